"""A national session's presidium and secretariat are bodies of their own, named after the session, and 大会主席团
later in the story is the presidium of the session the story named first (recognisers.agencies._bodies_of_a_session); their
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


def test_a_national_congresss_presidium():
    # xwlb-20230831-02: 大会主席团 after a national congress named by its field, the one reported (not one recalled)
    agencies, posts = _extract("第十一次全国归侨侨眷代表大会31日上午在北京人民大会堂开幕。李希说，第十次全国归侨侨眷代表大会以来，"
                               "侨联工作取得新成就。大会主席团常务主席万立骏代表中国侨联第十届委员会向大会作了工作报告。",
                               date="2023-08-31")
    assert ("万立骏", "常务主席", "第十一次全国归侨侨眷代表大会主席团") in posts, posts
    # a congress whose organisation is not read: no presidium of nobody's (中国妇女|第十三次全国代表大会)
    agencies, posts = _extract("中国妇女第十三次全国代表大会主席团常务主席沈跃跃主持。", date="2023-10-23")
    assert not any(body.endswith("第十三次全国代表大会主席团") for _, _, body in posts), posts


def test_state_councillor_and_the_councils_secretary_general():
    # xwlb-20231107-01 (16 such 国务委员|兼|国务院|秘书长 in xwlb-2023): each title its post
    _, posts = _extract("国务委员兼国务院秘书长吴政隆等出席欢迎仪式。", date="2023-11-07")
    assert {("吴政隆", "国务委员", "国务院"), ("吴政隆", "秘书长", "国务院")} <= posts, posts
    # xwlb-20230402-04: 外相 is a foreign minister's title, held in the country's foreign ministry
    _, posts = _extract("国务院总理李强在北京会见来华访问的日本外相林芳正。", date="2023-04-02")
    assert ("林芳正", "外相", "日本外交部") in posts, posts


def test_a_member_named_before_委员_in_a_story_of_the_cppccs_session():
    # xwlb-20230307-05 (32 such in 8 stories of xwlb-2023): 田红旗|委员|代表|民革中央|发言 -> a member of 全国政协
    _, posts = _extract("全国政协十四届一次会议7日上午在人民大会堂举行第二次全体会议。随后，13位政协委员作大会发言。"
                        "田红旗委员代表民革中央发言说，新征程上要发挥优势。林毅夫委员发言说，要贯彻新发展理念。", date="2023-03-07")
    assert {("田红旗", "委员", "全国政协"), ("林毅夫", "委员", "全国政协")} <= posts, posts
    # no session of a 政协 named: whose member is not said (an NPC session's story; a committee's member)
    _, posts = _extract("十四届全国人大一次会议5日在人民大会堂开幕。张三委员发言说，要贯彻新发展理念。", date="2023-03-05")
    assert not any(person == "张三" for person, _, _ in posts), posts


def test_the_convenor_of_the_cppcc_sessions_presidium():
    # xwlb-20230307-05 (10 such in xwlb-2023): 中共中央政治局|常委|、|…|主席团|会议主持人|王沪宁 — both posts
    _, posts = _extract("全国政协十四届一次会议7日上午在人民大会堂举行第二次全体会议。中共中央政治局常委、全国政协十四届一次会议"
                        "主席团会议主持人王沪宁出席会议。", date="2023-03-07")
    assert {("王沪宁", "常委", "中共中央政治局"), ("王沪宁", "会议主持人", "全国政协十四届一次会议主席团")} <= posts, posts


def test_a_meeting_of_the_presidiums_standing_chairs_is_held_by_the_presidium():
    # xwlb-20230309-05: 十四届全国人大一次会议|主席团|常务主席|第三次会议|…|举行 — its name runs on past the session's
    ex = kgraph.extract_text("十四届全国人大一次会议主席团常务主席第三次会议9日下午在北京人民大会堂举行。大会主席团常务主席赵乐际主持"
                             "会议。", date="2023-03-09")
    labels = {e.id: e.label for e in ex.entities}
    (meeting,) = [ev for ev in ex.events if ev.type == "Gathering"]
    assert meeting.prop("title") == "十四届全国人大一次会议主席团常务主席第三次会议"
    assert ("organizer", "十四届全国人大一次会议主席团") in {(role, labels[i]) for role, i in meeting.arguments}


def test_an_associations_presidium_of_a_term_holds_its_plenary():
    # xwlb-20230920-07 (the dev gold's organizer): 中国残联|第八届|主席团|第一次全体会议 — the presidium, not the association
    ex = kgraph.extract_text("中国残联第八届主席团第一次全体会议20日在京召开。", date="2023-09-20")
    labels = {e.id: e.label for e in ex.entities}
    organizers = {labels[i] for ev in ex.events for role, i in ev.arguments if role == "organizer"}
    assert organizers == {"中国残联主席团"}, organizers
    assert ("中国残联主席团", "中国残联") in {(labels[r.subject], labels[r.object]) for r in ex.relations
                                          if r.predicate == "subOrganizationOf"}


def test_the_premiers_speak_in_turn_at_the_meeting_they_chair():
    # xwlb-20231219-04: …|共同主持|…|定期会晤|。|…|丁薛祥|出席|。|李强|表示|…|。|米舒斯京|表示 — each a speaker; 在京同: 北京
    ex = kgraph.extract_text("国务院总理李强19日在京同俄罗斯总理米舒斯京共同主持中俄总理第二十八次定期会晤。国务院副总理丁薛祥出席。"
                             "李强表示，中方愿同俄方加强合作。米舒斯京表示，俄方愿同中方深化合作。", date="2023-12-19")
    labels = {e.id: e.label for e in ex.entities}
    (meeting,) = ex.events
    args = {(role, labels[i]) for role, i in meeting.arguments}
    assert {("speaker", "李强"), ("speaker", "米舒斯京"), ("location", "北京市")} <= args, args
    assert ("location", "俄罗斯") not in args
