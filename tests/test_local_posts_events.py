"""Posts and events on local pages (issue #18), the classes the invented county pages showed: a committee of
another level named by its character in a chain (市委常委、区委书记 on a county-level city's page), a village
committee's head after the village's party branch, the day of a 任免名单's session, a gathering's co-organiser
(由A主办、B承办的X), a profile's present post in a 任前公示 (现任…，拟任…), a township congress presidium's head.

The shared corpus holds national news only: the local sentences are invented after county papers, beside
real sentences of xwlb-2023 (copied as literals) where the same class occurs; end to end, and on hand-built
analyses of a stage where that helps."""
from __future__ import annotations

import kgraph

from .conftest import related_pairs


def _holdings(text: str, date: str | None = None) -> set[tuple[str, str, str]]:
    ex = kgraph.extract_text(text, date=date) if date else kgraph.extract_text(text)
    labels = {e.id: e.label for e in ex.entities}
    return {(labels[r.subject], r.prop("title"), labels[r.object])
            for r in ex.relations if r.predicate == "holdsPost"}


def _of(found, person):
    return {(title, body) for name, title, body in found if name == person}


def _events(text: str, date: str | None = None):
    ex = kgraph.extract_text(text, date=date) if date else kgraph.extract_text(text)
    labels = {e.id: e.label for e in ex.entities}
    return [(e.type, e.date, {(role, labels[i]) for role, i in e.arguments}, e) for e in ex.events]


# --- 1. a committee of another level, named by its character alone, is no unit of the chain's committee
# (posts.chains._another_levels_committee)

def test_a_district_committee_on_a_citys_page_is_no_unit_of_the_city_committee():
    found = _holdings("来源：阆中市人民政府\n\n5月18日，市委常委、区委书记张红军到老观镇督导防汛减灾工作。")
    assert ("常委", "阆中市委") in _of(found, "张红军")
    assert not any("区委" in body for _, body in _of(found, "张红军")), found


def test_a_unit_of_the_committee_is_still_read():
    # xwlb's kind of chain: 公安县委|副书记|、|政法委|书记 -> 公安县委政法委 (a unit, no level character)
    found = _holdings("安吉县召开会议。县委常委、政法委书记，县公安局局长钱勇出席。")
    assert ("书记", "安吉县委政法委") in _of(found, "钱勇")


# --- 2. a village committee's head after the village's party branch (posts.bodies._organisation_of)

def test_a_village_committees_head_after_its_party_branch():
    found = _holdings("5月18日，张红军到老观镇督导防汛减灾工作。白鹤村党支部书记、村委会主任赵德明说，村里已组建12支抢险队伍。")
    assert _of(found, "赵德明") == {("书记", "白鹤村党支部"), ("村委会主任", "白鹤村村民委员会")}
    # the village written under its town, which the gazetteer holds under other towns only: the town's village, its
    # committee the village's, not the town's
    text = "四川阆中市老观镇白鹤村党支部书记、村委会主任赵德明说，村里已组建12支抢险队伍。"
    assert ("村委会主任", "白鹤村村民委员会") in _of(_holdings(text), "赵德明")
    assert ("白鹤村", "老观镇") in related_pairs(text, "partOf")
    # xwlb-20230119-01 (the village in the gazetteer)
    found = _holdings("投下庄严神圣的一票，江苏省人大代表，镇江市丹阳市珥陵镇珥城村党委书记、村委会主任周忠阳心潮澎湃、激动不已。")
    assert ("村委会主任", "珥城村村民委员会") in _of(found, "周忠阳")
    # a city head after the city's committee stays in the city's government
    assert ("市长", "石首市人民政府") in _of(_holdings("石首市委副书记、市长李明出席。"), "李明")


# --- 3. a 任免名单's appointments take the day of the session its note in brackets names
# (events.appointments._passed_day, data/events/markers.tsv: passed_notes)

NAMES_LIST = """宁乡市人大常委会任免名单

（2024年3月12日宁乡市第十八届人民代表大会常务委员会第十五次会议通过）
任命王海波为宁乡市人民政府副市长；
任命张晓燕为宁乡市教育局局长；
免去刘建华的宁乡市卫生健康局局长职务。
"""


def test_a_lists_appointments_take_the_day_of_the_session_that_passed_it():
    found = [(t, day, args) for t, day, args, _ in _events(NAMES_LIST, "2024-03-15") if t == "Appointment"]
    people = {name for _, _, args in found for role, name in args if role == "person"}
    assert people == {"王海波", "张晓燕", "刘建华"}, found
    assert {day for _, day, _ in found} == {"2024-03-12"}, found


def test_an_appointment_after_the_list_has_ended_takes_no_day_of_it():
    # the list ends with its first 。: what is told after is no item of it
    text = NAMES_LIST + "据悉，近日县里任命李明为宁乡市财政局局长。\n"
    found = [(day, args) for t, day, args, _ in _events(text, "2024-03-15") if t == "Appointment"
             and ("person", "李明") in args]
    assert found and all(day is None for day, _ in found), found


# --- 4. a gathering's co-organiser after 主办|、 (events.gatherings._co_hosts, events.titles._title_after;
# data/events/markers.tsv: co_hosting)

def _gatherings(text: str, date: str):
    return [(dict(e.props).get("title"), args) for t, _, args, e in _events(text, date) if t == "Gathering"]


def test_a_co_organiser_holds_the_gathering_and_its_name_is_the_gatherings_own():
    found = _gatherings("景宁畲族自治县\n\n9月3日，由县人力资源和社会保障局主办、县就业管理服务中心承办的2023年秋季招聘会"
                        "在县文化中心广场举行。", "2023-09-05")
    assert len(found) == 1, found
    title, args = found[0]
    assert title == "2023年秋季招聘会"
    assert {("organizer", "景宁畲族自治县人力资源和社会保障局"),
            ("organizer", "景宁畲族自治县就业管理服务中心")} <= args, found


def test_a_theme_after_the_organiser_is_no_organiser_nor_part_of_the_name():
    # xwlb-20230627-16
    found = _gatherings("由国家新闻出版署主办、以“新时代·新报业·新征程”为主题的第二届中国报业创新发展大会在江苏南京召开。",
                        "2023-06-27")
    assert len(found) == 1, found
    title, args = found[0]
    assert title == "第二届中国报业创新发展大会"
    assert {role for role, _ in args if role == "organizer"} and \
        {name for role, name in args if role == "organizer"} == {"国家新闻出版署"}, found


# --- 5. a 任前公示's profile after the notice's colon: 现任 is held, 拟任 is proposed (posts.verbs._profile_subject)

NOTICE = """干部任前公示

根据《党政领导干部选拔任用工作条例》规定，经县委常委会会议研究，拟提拔任用以下同志，现予以公示：
陈晓东，男，汉族，1985年6月生，大学学历，中共党员，现任城关镇党委副书记，拟任桃花乡党委书记；
李红梅，女，土家族，1988年3月生，研究生学历，中共党员，现任县财政局副局长，拟任县审计局局长；
公示时间：2024年4月10日至4月16日。
中共来凤县委组织部
2024年4月9日
"""


def test_the_first_profile_after_the_notices_colon_holds_its_present_post():
    # the layout joins 现予以公示：|陈晓东，男，… into one line: the colon opens the first item
    found = _holdings(NOTICE)
    assert _of(found, "陈晓东") == {("副书记", "城关镇党委")}, found
    assert _of(found, "李红梅") == {("副局长", "来凤县财政局")}, found


# --- 6. a township congress's presidium: 镇人大|主席团|主席 (posts.chains.body_unit_at, data/posts/body_units.tsv)

def test_the_head_of_a_town_congress_presidium():
    found = _holdings("4月8日，翔凤镇召开2024年村（社区）“两委”干部培训会。镇人大主席团主席杨光明，镇党委委员、纪委书记邓敏参加会议。")
    assert _of(found, "杨光明") == {("主席", "翔凤镇人大主席团")}, found
    # the congress's own head, as before
    found = _holdings("4月8日，翔凤镇召开干部培训会。镇人大主席杨光明参加会议。")
    assert _of(found, "杨光明") == {("主席", "翔凤镇人大")}
    # a session's presidium (xwlb-20230310): a body of the session, not a unit of a 人大 (test_session_bodies.py)
    found = _holdings("全国政协十四届一次会议主席团常务主席胡春华主持会议。")
    assert _of(found, "胡春华") == {("常务主席", "全国政协十四届一次会议主席团")}, found


# --- 7. a visit whose places its next sentences tell (events.visits._went_next), and the villages of a county
# the gazetteer cannot place in a town, visited on a trip to one of its towns (events.visits._inside)

def _visits(text: str, date: str):
    return [(day, args) for t, day, args, _ in _events(text, date) if t == "Visit"]


WUHOU = """武侯区

7月7日，区委书记李志勇带队调研督导防汛工作。区委常委、常务副区长王静，区水务局、区应急局主要负责同志参加。
李志勇一行先后来到簇桥街道、金花桥街道，实地察看江安河堤防及下穿隧道排涝设施运行情况。
"""


def test_a_visits_places_are_told_by_the_sentence_its_visitor_opens_next():
    found = _visits(WUHOU, "2024-07-08")
    assert len(found) == 1, found
    day, args = found[0]
    assert day == "2024-07-07"
    assert {("agent", "李志勇"), ("destination", "簇桥街道"), ("destination", "金花桥街道")} <= args


def test_no_places_from_a_sentence_past_another_happening():
    # a gathering told in between: what the visitor does after it is not where the visit went
    text = WUHOU.replace("区委常委、常务副区长王静，区水务局、区应急局主要负责同志参加。",
                         "当天下午，区长赵敏主持召开区政府常务会议。")
    assert not any(("destination", "簇桥街道") in args for _, args in _visits(text, "2024-07-08"))


TOWN = """新县八里畈镇人民政府

县委副书记刘建设到八里畈镇调研乡村振兴工作

9月10日，县委副书记刘建设一行到八里畈镇调研乡村振兴工作，镇党委书记胡志强陪同。刘建设先后深入大埠口村、吴围孜村，查看茶叶产业基地和村级党群服务中心建设情况。
"""


def test_villages_the_gazetteer_cannot_place_are_on_the_trip_to_a_town_of_their_county():
    found = [(day, args) for day, args in _visits(TOWN, "2024-09-12") if ("agent", "刘建设") in args]
    assert len(found) == 1, found
    day, args = found[0]
    assert day == "2024-09-10"
    assert {("destination", "八里畈镇"), ("destination", "大埠口村"), ("destination", "吴围孜村")} <= args


# --- 8. who joins a meeting named by its trigger alone (参加|座谈) is on its host's side (events.meetings._meet,
# data/events/markers.tsv: joining_verbs)

def test_who_joins_a_talk_just_reported_is_on_the_hosts_side():
    text = ("湄潭县\n\n2月4日，县长刘晓东与贵州茅台集团副总经理张德芹一行座谈，双方就茶产业合作进行深入交流。"
            "副县长黄丽参加座谈。")
    found = [args for t, _, args, _ in _events(text, "2024-02-06") if t == "Meeting"]
    assert len(found) == 1, found
    assert {("agent", "刘晓东"), ("agent", "黄丽"), ("counterpart", "张德芹")} <= found[0]


def test_with_no_meeting_reported_a_talk_joined_is_none():
    text = "湄潭县\n\n2月4日，县里召开茶产业发展推进会。副县长黄丽参加座谈。"
    assert not [args for t, _, args, _ in _events(text, "2024-02-06") if t == "Meeting"]


# --- 9. a notice's appointments: 任 glued by the segmenter to the county's character (任县, events._accepted), a
# by-election (补选: data/posts/post_verbs.tsv), and 免去|其 (data/posts/object_pronouns.txt)

def _appointments(text: str, date: str):
    return [(day, args, dict(e.props).get("change")) for t, day, args, e in _events(text, date) if t == "Appointment"]


def test_an_appointment_after_ren_glued_to_the_countys_character():
    # jieba reads 任县 (a county of 河北) and the model 任县乡村振兴局: the agency recognition read starts after 任
    found = _appointments("攸县\n\n邓超同志任县乡村振兴局局长。", "2024-01-26")
    assert [args for _, args, _ in found] == [{("person", "邓超"), ("organization", "攸县乡村振兴局")}], found


def test_a_by_election_is_an_appointment_and_a_post():
    text = "攸县\n\n1月25日，县人大常委会举行会议。会议还补选黄志刚为县人大常委会委员。"
    assert ("委员", "攸县人大常委会") in _of(_holdings(text, "2024-01-26"), "黄志刚")
    found = _appointments(text, "2024-01-26")
    assert [(day, args) for day, args, _ in found] == [
        ("2024-01-25", {("person", "黄志刚"), ("organization", "攸县人大常委会")})], found
    # xwlb-20230721: 补选 named as a noun elects no one
    assert not _appointments("英国议会原本由执政党保守党控制的三个选区议员补选20日举行，选举结果今天（7月21日）揭晓。",
                             "2023-07-21")


def test_the_post_a_pronoun_after_mianqu_names_is_left_by_the_one_just_appointed():
    # xwlb-20230628-09
    text = ("会议经表决，任命郭振华为全国人大常委会代表工作委员会主任，免去其全国人大常委会副秘书长职务；"
            "任命宋锐为全国人大常委会副秘书长。")
    ex = kgraph.extract_text(text, date="2023-06-28")
    labels = {e.id: e.label for e in ex.entities}
    posts = {(labels[r.subject], r.prop("title"), labels[r.object], bool(r.prop("former")))
             for r in ex.relations if r.predicate == "holdsPost"}
    assert ("郭振华", "副秘书长", "全国人大常委会", True) in posts
    assert ("郭振华", "主任", "全国人大常委会代表工作委员会", False) in posts
    found = _appointments(text, "2023-06-28")
    ended = [args for _, args, change in found if change == "end"]
    assert ended == [{("person", "郭振华"), ("organization", "全国人大常委会")}], found
    # a county's notice: what 任 starts is named before 免去, what 免去 ends after it
    found = _appointments("攸县\n\n经县委研究决定：\n刘洋同志任攸县财政局局长，免去其攸县教育局局长职务。", "2024-01-26")
    assert sorted((change, sorted(args)) for _, args, change in found) == [
        ("end", [("organization", "攸县教育局"), ("person", "刘洋")]),
        ("start", [("organization", "攸县财政局"), ("person", "刘洋")])], found


# --- 10. 参加活动 in the sentence of a gathering attends it, not a meeting reported before (events.meetings._join)

def test_joining_the_activity_of_the_sentences_gathering():
    text = ("盐城晚报\n\n本报讯 昨天下午，市委书记周斌会见了中国电力建设集团有限公司副总经理王斌一行。市委常委、秘书长李刚参加会见。\n"
            "本报讯 5月20日，2024盐城（深圳）投资推介会在深圳举行。市委副书记、市长周伟出席并致辞，深圳市盐城商会会长张国华参加活动。")
    found = _events(text, "2024-05-22")
    meetings = [args for t, _, args, _ in found if t == "Meeting"]
    gatherings = [args for t, _, args, _ in found if t == "Gathering"]
    assert meetings and all(("agent", "张国华") not in args for args in meetings), found
    assert any(("attendee", "张国华") in args and ("speaker", "周伟") in args for args in gatherings), found
    assert any(("agent", "李刚") in args for args in meetings), found


# --- 11. after an organisation's party committee, a title of the organisation is its post
# (posts.bodies._organisation_of, data/posts/party_titles.txt)

def test_a_companys_title_after_its_party_committee_is_the_companys():
    found = _holdings("本报讯 昨天下午，市委书记周斌会见了中国电力建设集团有限公司党委常委、副总经理王斌一行。")
    assert _of(found, "王斌") == {("常委", "中国电力建设集团有限公司党委"), ("副总经理", "中国电力建设集团有限公司")}
    # a division's committee keeps its rule, and a party title stays in the committee
    assert _of(_holdings("石首市委副书记、市长李明出席。"), "李明") == {("副书记", "石首市委"), ("市长", "石首市人民政府")}
    # xwlb-2023 (a notice of discipline): the company's titles read past its committee (党委书记 and 董事长 of the
    # company), and 书记 of its committee too (posts.party_groups)
    found = _holdings("河南省中原信托有限公司原党委书记、董事长赵卫华等人受到查处。")
    assert _of(found, "赵卫华") == {("党委书记", "河南省中原信托有限公司"), ("董事长", "河南省中原信托有限公司"),
                                 ("书记", "河南省中原信托有限公司党委")}


# --- 12. a visit whose place the next sentence opens with (在|宗泽社区|，|金晓峰|来到…), a street's congress
# working committee (data/posts/level_bodies.txt 人大工委)

def test_a_visits_place_the_next_sentence_opens_with():
    text = ("稠城发布\n\n8月1日，街道党工委书记金晓峰带队走访慰问辖区退役军人代表。在宗泽社区，金晓峰来到退役军人吴大伯家中，送上慰问品。")
    found = _visits(text, "2024-08-03")
    assert [(day, args) for day, args in found] == [("2024-08-01", {("agent", "金晓峰"), ("destination", "宗泽社区")})]
    # xwlb-20230209-01: amid a report, no place (中共二十大 is none)
    text = ("习近平总书记在各地调研考察时围绕工业经济高质量发展作出一系列新部署、新要求。在党的二十大报告中，"
            "习近平总书记指出，建设现代化产业体系，坚持把发展经济的着力点放在实体经济上。")
    assert not _visits(text, "2023-02-09")


def test_a_streets_congress_working_committee():
    found = _holdings("稠城街道召开防汛工作部署会。街道人大工委主任陈建平参加会议。")
    assert _of(found, "陈建平") == {("主任", "稠城街道人大工委")}, found


# --- 13. a township committee's portfolio titles (data/posts/titles.txt: 组织委员) and a unit its chain names once
# the bare committee is named (posts.local._committees_of_the_division_named: 街道党工委|委员|、|武装部|部长)

def test_a_township_committees_portfolio_title():
    found = _holdings("稠城街道召开会议。街道党工委委员、组织委员王强参加会议。")
    assert _of(found, "王强") == {("委员", "稠城街道党工委"), ("组织委员", "稠城街道党工委")}, found


def test_a_unit_of_a_bare_committee_the_article_names():
    # (街道党工委 read as the street's committee by its level word; its 武装部, no party department, is the street's:
    # 街道武装部, as the streets' pages name it)
    found = _holdings("稠城街道召开会议。街道党工委委员、武装部部长王强参加会议。")
    assert _of(found, "王强") == {("委员", "稠城街道党工委"), ("部长", "稠城街道武装部")}, found
    # but a discipline commission is the division's own body (镇纪委, 县纪委: its name on local pages of 2019-2021,
    # 石潭镇纪委, 盐亭县纪委监委), no unit of the committee
    found = _holdings("翔凤镇召开会议。镇党委委员、纪委书记邓敏参加会议。")
    assert _of(found, "邓敏") == {("委员", "翔凤镇党委"), ("书记", "翔凤镇纪委")}, found
    # xwlb-20230317-07: a national body after the bare committee is no unit of it
    found = _holdings("东经路社区是郑州市金水区的一个老旧小区。社区党委书记、全国人大代表李丹丹说，要把好事办好。")
    assert not any(body.startswith("东经路社区全国") for _, body in _of(found, "李丹丹")), found


# --- 14. a division head's bare title, then 、 and an agency's chain before the name: both posts are the name's
# (posts.local._after_the_next_chain)

def test_a_deputy_county_heads_title_before_a_bureaus_chain():
    found = _holdings("安吉县召开会议。副县长、县公安局局长钱勇出席。")
    assert _of(found, "钱勇") == {("副县长", "安吉县人民政府"), ("局长", "安吉县公安局")}, found
    found = _holdings("安吉县召开会议。副县长、县公安局党委书记、局长钱勇出席。")
    assert ("副县长", "安吉县人民政府") in _of(found, "钱勇"), found
    # a name right after the title holds it alone
    found = _holdings("安吉县召开会议。副县长李明、县公安局局长钱勇出席。")
    assert _of(found, "钱勇") == {("局长", "安吉县公安局")} and _of(found, "李明") == {("副县长", "安吉县人民政府")}


def test_people_listed_before_a_count_of_them_and_a_body_are_its_members():
    # 于现伟、郑婷婷、徐坤、陈钟、卢兆亮、孙铁军|6名|县政协|委员 (a county's CPPCC page, 平阴县, 2023)
    from .conftest import titled_posts
    posts = titled_posts("平阴县政协召开会议。会上,于现伟、郑婷婷、徐坤、陈钟、卢兆亮、孙铁军6名县政协委员,分别作了发言。")
    assert {(name, "平阴县政协", "委员") for name in ("于现伟", "郑婷婷", "徐坤", "陈钟", "卢兆亮", "孙铁军")} <= posts
