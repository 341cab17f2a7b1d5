"""Names read this round, each from a class seen in stories annotated blind (batch 19 of xwlb-2023)."""
from __future__ import annotations

import kgraph


def test_the_cppcc_standing_committee_of_a_term_is_a_body_of_its_own():
    # xwlb-20230313-05 (政协第十四届全国委员会常务委员会: 24 a year), xwlb-20230312-08 (全国政协十四届常委会: 10 a year)
    for text in ("政协第十四届全国委员会常务委员会第一次会议13日下午在北京人民大会堂举行。",
                 "全国政协十四届常委会第一次会议13日在京举行。"):
        ex = kgraph.extract_text("新闻\n" + text, date="2023-03-13")
        labels = {e.label for e in ex.entities if e.type == "Agency"}
        assert "全国政协常委会" in labels and "全国政协" not in labels, (text, labels)
        held = [dict(ev.props).get("title") for ev in ex.events if ev.type == "Gathering"
                and any(e.label == "全国政协常委会" for e in ex.entities
                        for role, i in ev.arguments if role == "organizer" and i == e.id)]
        assert held, (text, [(ev.type, ev.arguments) for ev in ex.events])
