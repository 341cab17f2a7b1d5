"""Posts of China's State Councillors (ev16's round, read in ../shared/corpus/news/xwlb-2023.jsonl): 国务委员 is a
post in 国务院 wherever it is written — after another body's title in a chain (中共中央政治局|委员|、|国务委员), and
alone, where the model reads 国务 as an organisation of its own (data/posts/implied_organisations.tsv,
posts.body_names). Sentences copied from the stories named, read end to end."""
import kgraph


def _holdings(text: str) -> set[tuple[str, str, str]]:
    ex = kgraph.extract_text(text, doc_id="t")
    labels = {e.id: e.label for e in ex.entities}
    return {(labels[r.subject], labels[r.object], r.prop("title")) for r in ex.relations if r.predicate == "holdsPost"}


def test_a_state_councillor_after_another_bodys_title_is_the_state_councils():
    # xwlb-20230106-01: 中共中央政治局|委员|、|国务委员|王毅 — 5 such 委员、国务委员 in xwlb-2023
    holdings = _holdings("中共中央政治局委员、国务委员王毅，中共中央政治局委员、全国政协副主席何立峰等出席欢迎仪式。")
    assert ("王毅", "国务院", "国务委员") in holdings and ("王毅", "中共中央政治局", "委员") in holdings
    assert ("王毅", "中共中央政治局", "国务委员") not in holdings


def test_a_state_councillor_alone_holds_no_post_in_a_body_named_guowu():
    # xwlb-20230511-05: 国务委员|谌贻琴 — the model's 国务/ORG opens the title, no body 国务 with a 委员
    holdings = _holdings("国务委员谌贻琴出席会议并讲话。")
    assert ("谌贻琴", "国务院", "国务委员") in holdings
    assert not {h for h in holdings if h[1] == "国务"}, holdings
