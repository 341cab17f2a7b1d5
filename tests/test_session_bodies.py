"""A national session's presidium and secretariat are bodies of their own, named after the session, and 大会主席团
later in the story is the presidium of the session named last (recognisers.agencies._bodies_of_a_session); their
standing chairs hold 常务主席 in it.  Sentences from xwlb-2023 (21 stories of the year name a session's body)."""
from __future__ import annotations

import re

import kgraph
from kgraph.extraction.recognisers.agencies import _CPPCC_SESSION, _NPC_SESSION, _session_label


def _extract(text: str, date: str = "2023-03-04"):
    ex = kgraph.extract_text(text, date=date)
    labels = {e.id: e.label for e in ex.entities}
    agencies = {e.label for e in ex.entities if e.type == "Agency"}
    posts = {(labels[r.subject], r.prop("title"), labels[r.object]) for r in ex.relations if r.predicate == "holdsPost"}
    return agencies, posts


def test_a_session_is_named_one_way_however_written():
    # 十四届|全国人大|一次会议 and 第十四届|全国人民代表大会|第一次会议 are one session; so are the CPPCC's two spellings
    assert _session_label(_NPC_SESSION.search("第十四届全国人民代表大会第一次会议主席团")) == "十四届全国人大一次会议"
    assert _session_label(_NPC_SESSION.search("十四届全国人大一次会议")) == "十四届全国人大一次会议"
    assert _session_label(_CPPCC_SESSION.search("政协第十四届全国委员会第一次会议主席团")) == "全国政协十四届一次会议"
    assert _session_label(_CPPCC_SESSION.search("全国政协十四届一次会议")) == "全国政协十四届一次会议"
    assert _CPPCC_SESSION.search("全国政协十四届常委会第二次会议") is None  # a standing committee's meeting: no session


def test_the_presidium_named_after_the_session_and_by_daihui_later():
    # xwlb-20230304-07
    agencies, posts = _extract(
        "十四届全国人大一次会议主席团常务主席第一次会议4日下午在北京人民大会堂举行。大会主席团常务主席赵乐际主持会议。"
        "大会主席团常务主席李干杰、李鸿忠、王东明出席会议。")
    assert "十四届全国人大一次会议主席团" in agencies
    assert "大会主席团" not in agencies  # the same body, not one of every session
    for person in ("赵乐际", "李干杰", "李鸿忠", "王东明"):
        assert (person, "常务主席", "十四届全国人大一次会议主席团") in posts, posts


def test_the_cppcc_sessions_presidium_and_secretariat():
    # xwlb-20230303-05, xwlb-20230303-04
    agencies, posts = _extract(
        "全国政协十四届一次会议主席团常务主席石泰峰、胡春华、沈跃跃在主席台就座。"
        "会议审议通过了政协第十四届全国委员会第一次会议秘书处的报告。", date="2023-03-03")
    assert {"全国政协十四届一次会议主席团", "全国政协十四届一次会议秘书处"} <= agencies, agencies
    assert {p for p in posts if p[1] == "常务主席"} == {
        (person, "常务主席", "全国政协十四届一次会议主席团") for person in ("石泰峰", "胡春华", "沈跃跃")}, posts


def test_no_session_named_no_session_body():
    # 大会主席团 where no session is named is no body of one; an association's presidium is its own (中国残联第八届主席团)
    agencies, _ = _extract("报告提请大会主席团审议。中国残联第八届主席团第一次全体会议在京召开。")
    assert not any(re.search("次会议(主席团|秘书处)$", a) for a in agencies), agencies
