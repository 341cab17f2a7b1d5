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


def test_a_datelines_medium_is_written_where_its_own_span_says():
    # CLUENER's Sina news (晨报讯（记者…）, 新华社香港1月25日电（记者…）): the medium credited to the reporter is the
    # dateline's, its mention the medium's own characters — no span of 讯（ or 日电（
    from kgraph.extraction import to_json
    for text, medium in (("晨报讯（记者杨莉通讯员王媛）近日，武汉市青山区房产管理局一楼的房屋中介对其表示。", "晨报"),
                         ("新华社香港1月25日电（记者陈思武）香港特别行政区政府今天宣布。", "新华社")):
        found = to_json(kgraph.extract_text(text))
        spans = [text[m["start"]:m["end"]] for e in found["entities"] if e["label"] == medium for m in e["mentions"]]
        assert spans and all(span == medium for span in spans), (text, spans)
        reporter = next(e for e in found["entities"] if e["type"] == "Person")
        assert any(r["predicate"] == "holdsPost" and r["subject"] == reporter["id"] for r in found["relations"]), found


def test_a_bodys_name_opened_by_a_kind_of_place_the_dictionary_tags_an_adverb():
    # xwlb-20230703-03 (5 a year; jieba: 首都/d|规划|建设|委员会): the model's body, no clause of an adverb
    ex = kgraph.extract_text("首规委召开全体会议\n首都规划建设委员会7月3日在京召开第45次全体会议。", date="2023-07-03")
    assert "首都规划建设委员会" in {e.label for e in ex.entities if e.type == "Agency"}, ex.entities
