"""Posts read this round, in stories annotated blind (batches 34-36 of xwlb-2023, outside the dev set)."""
from __future__ import annotations

import kgraph


def _posts(text: str) -> set[tuple[str, str, str]]:
    ex = kgraph.extract_text("标题\n" + text, date="2023-09-03")
    labels = {e.id: e.label for e in ex.entities}
    return {(labels[r.subject], dict(r.props).get("title"), labels[r.object]) for r in ex.relations if r.predicate == "holdsPost"}


def test_the_dprks_head_of_state_holds_the_post_in_the_country():
    # xwlb-20230903-13 (11 such 国务委员长 in xwlb-2023): the party's post in the party, the state's in the state
    found = _posts("朝中社今天还报道称，朝鲜劳动党总书记、国务委员长金正恩视察了重要军工厂。")
    assert {("金正恩", "总书记", "朝鲜劳动党"), ("金正恩", "国务委员长", "朝鲜")} <= found, found
    assert ("金正恩", "国务委员长", "朝鲜劳动党") not in found, found
