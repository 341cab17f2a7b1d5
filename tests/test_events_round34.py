"""Events read in stories annotated blind (batches 43, 44 and 45 of xwlb-2023, outside the dev set, read this round)."""
from __future__ import annotations

import kgraph
from kgraph.extraction.proposers import appointees

from .builders import analysis_of


def _appointments(text: str, date: str) -> set[tuple[str, str, str | None, str | None]]:
    """Each appointment the whole pipeline reads in ``text`` (its first line the headline): (person, organisation,
    title, change)."""
    ex = kgraph.extract_text(text, date=date)
    labels = {e.id: e.label for e in ex.entities}
    found = set()
    for ev in ex.events:
        if ev.type == "Appointment":
            roles = {role: labels[i] for role, i in ev.arguments}
            props = dict(ev.props)
            found.add((roles.get("person"), roles.get("organization"), props.get("title"), props.get("change")))
    return found


def test_the_people_a_verb_of_appointment_names_before_its_joiner_are_people():
    # xwlb-20231024-07: 任命|阴和俊|为 (the model: 阴/n|和/c|俊/an), 任命|蓝佛安/ORG|为; xwlb-20231229-05: 任命|陆治原|为
    an = analysis_of("会议决定免去刘昆的财政部部长职务、任命蓝佛安为财政部部长，任命阴和俊、陆治原为部长。")
    found = {an.text[c.start:c.end] for c in appointees(an) if c.type == "Person"}
    assert found == {"刘昆", "蓝佛安", "阴和俊", "陆治原"}, found
    # no place, no word of the dictionary, no pronoun; and nothing unless the list closes with the verb's joiner
    an = analysis_of("任命中国为主席国。免去其部长职务。选举产生新一届领导班子。任命书为红色。任命王明同志为局长。")
    assert [an.text[c.start:c.end] for c in appointees(an)] == [], appointees(an)


def test_a_removal_and_an_appointment_joined_by_a_list_comma_are_two_changes():
    # xwlb-20231024-07: 免去|王志刚|的|…|职务|、|任命|阴和俊|为|科学技术部|部长 — who 任命 names takes the post, and 免去
    # ends only 王志刚's
    text = ("全国人大常委会会议闭幕\n会议经表决，决定免去李尚福的国务委员、国防部部长职务，免去秦刚的国务委员职务，"
            "免去王志刚的科学技术部部长职务、任命阴和俊为科学技术部部长，免去刘昆的财政部部长职务、任命蓝佛安为财政部部长。")
    found = _appointments(text, "2023-10-24")
    assert {("阴和俊", "科学技术部", "部长", "start"), ("蓝佛安", "财政部", "部长", "start"),
            ("王志刚", "科学技术部", "部长", "end"), ("刘昆", "财政部", "部长", "end")} <= found, found
    assert not any(person in ("阴和俊", "蓝佛安") and change == "end" for person, _, _, change in found), found
    # the post whose organisation its title implies, named nowhere (国务委员 → 国务院), after the verb's joiner 的
    assert {("李尚福", "国务院", "国务委员", "end"), ("秦刚", "国务院", "国务委员", "end"),
            ("李尚福", "国防部", "部长", "end")} <= found, found


def _speakers(text: str, date: str) -> set[tuple[str, str]]:
    """The (role, label) of the first gathering the whole pipeline reads in ``text``."""
    ex = kgraph.extract_text(text, date=date)
    labels = {e.id: e.label for e in ex.entities}
    first = next(ev for ev in ex.events if ev.type == "Gathering")
    return {(role, labels[i]) for role, i in first.arguments}


def test_a_division_listed_with_the_bodies_whose_heads_speak_speaks_too():
    # xwlb-20230629-08, xwlb-20231109-07 (10-15 such lists in xwlb-2023): the division's heads brief for it
    found = _speakers("发布会\n国务院新闻办今天（6月29日）召开发布会，中央网信办、福建省等相关负责人介绍了大会的相关筹备情况。",
                      "2023-06-29")
    assert {("organizer", "国务院新闻办公室"), ("speaker", "中央网信办"), ("speaker", "福建省")} <= found, found
    found = _speakers("发布会\n国务院新闻办今天召开发布会，国家发展改革委、内蒙古自治区等部门和地区相关负责人介绍有关情况。",
                      "2023-11-09")
    assert ("speaker", "内蒙古自治区") in found, found
    # a division that opens the short name of the body after it is that body's (江苏|、|四川省委统战部: 江苏省委统战部)
    found = _speakers("座谈会\n中共中央召开座谈会。中央统战部、江苏、四川省委统战部主要负责同志作了发言。", "2023-03-24")
    assert ("speaker", "江苏省") not in found and ("speaker", "中央统战部") in found, found
    # but a national body after it leaves it one of the list (xwlb-20230629-01)
    found = _speakers("会议\n全国组织工作会议召开。北京市、浙江省、四川省、商务部、天津大学负责同志作交流发言。", "2023-06-28")
    assert {("speaker", "四川省"), ("speaker", "商务部"), ("speaker", "北京市")} <= found, found


def test_the_state_councils_office_is_national_on_a_story_at_home_in_a_city():
    # xwlb-20230629-08: the divisions the story names (福建|厦门) put it at home in 厦门; 国务院新闻办 stays the State
    # Council's office, not a city's short form dropped
    text = ("2023年中国网络文明大会将在福建厦门举办\n国务院新闻办今天（6月29日）召开发布会，中央网信办、福建省等相关负责人"
            "介绍了“2023年中国网络文明大会”的相关筹备情况。大会以“网聚文明力量 奋进伟大征程”为主题，将于7月18日至19日在"
            "福建省厦门市举办。")
    assert ("organizer", "国务院新闻办公室") in _speakers(text, "2023-06-29")


def test_who_joins_the_activities_above_attends_what_the_meetings_host_spoke_at_that_day_too():
    # xwlb-20230530-05: 陈吉宁|参加|上述|活动 after an opening 丁薛祥 spoke at and his meeting before it, both of 5月30日
    text = ("丁薛祥出席新开发银行第八届理事会年会开幕式并致辞\n5月30日，中共中央政治局常委、国务院副总理丁薛祥在上海出席"
            "新开发银行第八届理事会年会开幕式并致辞。\n开幕式前，丁薛祥会见新开发银行行长罗塞夫，双方进行交流。\n"
            "中共中央政治局委员、上海市委书记陈吉宁参加上述活动。")
    ex = kgraph.extract_text(text, date="2023-05-30")
    labels = {e.id: e.label for e in ex.entities}
    found = {(ev.type, role, labels[i]) for ev in ex.events for role, i in ev.arguments}
    assert {("Gathering", "attendee", "陈吉宁"), ("Meeting", "agent", "陈吉宁")} <= found, found
    # a gathering the guest came to, told with no day (来华|出席|…|峰会), is not joined (xwlb-20230518-02's precedent)
    text = ("习近平会见吉尔吉斯斯坦总统\n5月18日，国家主席习近平在西安会见来华出席中国－中亚峰会的吉尔吉斯斯坦总统扎帕罗夫。\n"
            "蔡奇、王毅、秦刚等参加上述活动。")
    ex = kgraph.extract_text(text, date="2023-05-18")
    labels = {e.id: e.label for e in ex.entities}
    found = {(ev.type, role, labels[i]) for ev in ex.events for role, i in ev.arguments}
    assert ("Meeting", "agent", "王毅") in found and ("Gathering", "attendee", "王毅") not in found, found


def test_the_day_before_or_after_the_day_named_last():
    from kgraph.ingest.dates import day_expressions

    # xwlb-20230125-11 (22 such 此前一天 in xwlb-2023): 24日|…|。|此前一天 is the 23rd; 次日 the day after
    text = "24日，拉各斯轻轨举行通车仪式。此前一天，莱基港举行开港运营仪式。次日，双方会谈。"
    assert [value for _, _, value in day_expressions(text, "2023-01-25")] == ["2023-01-24", "2023-01-23", "2023-01-24"]
    # from the day of what the sentence before reported, not of what it announced (xwlb-20230811-10: the 9th)
    text = "拉索10日宣布全国进入紧急状态，并表示大选仍将于8月20日举行。此前一天，候选人在集会时遭枪杀。"
    assert [value for _, _, value in day_expressions(text, "2023-08-11")][-1] == "2023-08-09"
    # with no day named before, none; and 前一天 or 第二天 alone count from a happening, not read
    assert [value for _, _, value in day_expressions("此前一天，莱基港举行仪式。", "2023-01-25")] == [None]
    assert [value for _, _, value in day_expressions("5日，开幕前一天，访问的第二天。", "2023-01-25")] == ["2023-01-05"]
    text = "摘要\n24日，由中企承建的拉各斯轻轨举行通车仪式。此前一天，由中企建设和运营的莱基港举行开港运营仪式。"
    dates = {dict(ev.props).get("title"): ev.date for ev in kgraph.extract_text(text, date="2023-01-25").events}
    assert dates.get("开港运营仪式") == "2023-01-23", dates
