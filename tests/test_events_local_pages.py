"""Events on the pages of county and city papers (issue #18's local articles): the kinds of meeting a
county holds and who sits in on them, appointments its people's congress decides at a session, the notices
of posts proposed, and one day's visits told after a dated lead (深入城关镇调研).

The shared corpus holds national news only: the local pages here are invented after county papers'
wording (召开县委理论学习中心组学习会, 县人大常委会…任命…为县财政局局长, 干部任前公示, 带队深入企业开展“三服务”活动),
each beside real sentences of xwlb-2023 where the same class occurs (copied as literals)."""
from __future__ import annotations

import kgraph


def _events(text: str, date: str) -> list[tuple[str, str | None, set[tuple[str, str]]]]:
    """(type, date, {(role, label)}) of each event kgraph reads in ``text`` published on ``date``."""
    result = kgraph.extract_text(text, date=date)
    labels = {e.id: e.label for e in result.entities}
    return [(e.type, e.date, {(role, labels[i]) for role, i in e.arguments}) for e in result.events]


def _of(found, type_: str, *arguments: tuple[str, str]):
    """The events of ``type_`` whose arguments hold each of ``arguments``."""
    return [(date, args) for t, date, args in found if t == type_ and set(arguments) <= args]


# --- the kinds of meeting a county holds (data/events/gatherings.txt)

STUDY_PAGE = """县委理论学习中心组召开专题学习会

本报讯（记者 黄敏）6月2日，郧西县召开县委理论学习中心组学习会。周建军书记主持会议并讲话。县委副书记、县长吴凯出席。
"""


def test_a_study_session_held_is_the_gathering_its_chair_chairs():
    # 召开|县委理论学习中心组|学习会: the gathering of the opening sentence, with its day, is the one 周建军
    # chairs and speaks at after (not a bare 会议 of no day)
    found = _events(STUDY_PAGE, "2023-06-03")
    gatherings = [(date, args) for t, date, args in found if t == "Gathering"]
    assert len(gatherings) == 1, found
    date, arguments = gatherings[0]
    assert date == "2023-06-02"
    assert {("chair", "周建军"), ("speaker", "周建军"), ("attendee", "吴凯")} <= arguments


def test_other_local_kinds_of_meeting_are_gatherings():
    for kind in ("务虚会", "培训会", "专题会", "观摩会", "党组会"):
        found = _events(f"3月8日，县委副书记、县长吴凯主持召开全县经济工作{kind}。", "2023-03-09")
        assert _of(found, "Gathering", ("chair", "吴凯")), (kind, found)


def test_a_work_meeting_is_a_gathering():
    # xwlb-20230425-11: 召开|全国安全防范|工作会 (a county's 全县经济工作会 alike)
    sentence = "国务院安委办、应急管理部今天（4月25日）召开全国安全防范工作会，部署迅速开展重大事故隐患专项排查整治行动。"
    assert _of(_events(sentence, "2023-04-25"), "Gathering", ("organizer", "应急管理部"))
    found = _events("6月2日，全县经济工作会召开。周建军出席会议并讲话，吴凯主持会议。", "2023-06-03")
    assert [date for date, _ in _of(found, "Gathering", ("chair", "吴凯"), ("speaker", "周建军"))] == ["2023-06-02"]


def test_meetings_named_as_a_way_of_doing_are_none_held():
    # xwlb-20231014-05: 通过|举办|读书班|、|召开|理论学习中心组|学习会|…|等|方式 says how a province studies, no one gathering
    sentence = ("吉林在第二批主题教育中通过举办读书班、召开理论学习中心组学习会、集中研讨等方式，"
                "组织广大党员干部深入学习习近平新时代中国特色社会主义思想。")
    assert not _of(_events(sentence, "2023-10-14"), "Gathering")
    # a gathering held, not a way: 我县|召开|…|推进会 is one
    assert _of(_events("6月2日，我县召开安全生产工作推进会。副县长杨帆主持会议并讲话。", "2023-06-03"),
               "Gathering", ("chair", "杨帆"))


# --- appointments decided at a session (data/events/markers.tsv: session_subjects)

SESSION_PAGE = """县人大常委会召开第十次会议

本报讯（通讯员 孙磊）3月10日，郧西县人大常委会召开第十次会议。县人大常委会主任王德明主持会议。

会议表决通过了有关人事任免事项，任命张晓峰为县财政局局长，免去刘伟的县交通运输局局长职务。
"""


def test_an_appointment_the_session_decides_is_on_the_sessions_day():
    found = _events(SESSION_PAGE, "2023-03-11")
    # 任命|张晓峰|为|县财政局|局长 and 免去|刘伟|的|…: both of the session of 3月10日
    assert [date for date, _ in _of(found, "Appointment", ("person", "张晓峰"), ("organization", "郧西县财政局"))] \
        == ["2023-03-10"], found
    assert [date for date, _ in _of(found, "Appointment", ("person", "刘伟"))] == ["2023-03-10"], found


def test_an_appointment_of_a_national_session_is_on_its_day():
    # xwlb-20230224-04: 会议|经|表决|，|决定|免去|…|任命|贺荣|为|司法部|部长; the next sentence goes on after ；
    text = ("十三届全国人大常委会第三十九次会议24日上午在北京人民大会堂闭幕。栗战书委员长主持闭幕会。"
            "会议经表决，决定免去唐一军的司法部部长职务，任命贺荣为司法部部长。"
            "会议经表决，免去贺荣的最高人民法院副院长、审判委员会委员、审判员职务；免去杨春雷的最高人民检察院副检察长、检察委员会委员职务。")
    found = _events(text, "2023-02-24")
    for person in ("贺荣", "唐一军", "杨春雷"):
        dated = _of(found, "Appointment", ("person", person))
        assert dated and all(date == "2023-02-24" for date, _ in dated), (person, found)


def test_a_session_to_come_gives_its_day_to_no_appointment():
    # xwlb-20231229-07: the session decided on (2024年3月5日) is not the one that appoints
    text = ("十四届全国人大常委会第七次会议29日下午在北京人民大会堂闭幕。"
            "会议表决通过了全国人大常委会关于召开十四届全国人大二次会议的决定。根据决定，十四届全国人大二次会议于2024年3月5日在北京召开。"
            "会议经表决，任命周敏为全国人大民族委员会副主任委员。")
    assert [date for date, _ in _of(_events(text, "2023-12-29"), "Appointment", ("person", "周敏"))] == ["2023-12-29"]


def test_an_appointment_no_session_decides_has_no_day():
    # the session is reported, but the sentence of the appointment does not say the session decided it
    text = "3月10日，郧西县人大常委会召开第十次会议。县委研究决定，任命张晓峰为县财政局局长。"
    found = _of(_events(text, "2023-03-11"), "Appointment", ("person", "张晓峰"))
    assert found and all(date is None for date, _ in found), found


# --- posts proposed (markers.tsv: proposed)

NOTICE_PAGE = """干部任前公示

张秀英，女，1978年5月生，现任红星镇党委副书记，拟任红星镇党委书记。
"""


def test_a_post_proposed_is_no_appointment():
    assert not _of(_events(NOTICE_PAGE, "2023-06-03"), "Appointment")
    # xwlb-20230628-09: the same sentence with the post made is one
    made = "会议经表决，任命郭振华为全国人大常委会代表工作委员会主任。"
    assert _of(_events(made, "2023-06-28"), "Appointment", ("person", "郭振华"))
    assert not _of(_events(made.replace("任命", "拟任命"), "2023-06-28"), "Appointment")


# --- one day's visits told after a dated lead

VISIT_PAGE = """县四套班子领导带队开展“三服务”活动

本报讯（记者 潘丽娟）6月1日，县委书记陈国强带队深入企业开展“三服务”活动。

在递铺街道，陈国强一行先后走访了浙江永裕竹业股份有限公司、安吉县人民医院。县领导李明陪同。
"""


def test_a_visit_told_after_the_dated_lead_is_on_its_day():
    found = _events(VISIT_PAGE, "2023-06-02")
    visits = _of(found, "Visit", ("agent", "陈国强"))
    assert len(visits) == 1, found
    date, arguments = visits[0]
    assert date == "2023-06-01"
    assert {("destination", "递铺街道"), ("destination", "浙江永裕竹业股份有限公司")} <= arguments
    # who accompanies takes no part (EVENTS.md)
    assert not any(name == "李明" for _, args in [(None, a) for _, _, a in found] for _, name in args)


def test_a_visit_of_the_day_in_a_national_story():
    # xwlb-20231207-06: the day is the lead's (7日), the visit is told after it
    text = ("中共中央政治局常委、国务院副总理丁薛祥7日在天津会见新加坡副总理兼财政部长黄循财。"
            "丁薛祥和黄循财还共同参观中新天津生态城15周年成果展，种植中新友谊树。")
    assert [date for date, _ in _of(_events(text, "2023-12-07"), "Visit", ("agent", "丁薛祥"))] == ["2023-12-07"]


def test_a_visit_told_as_past_keeps_no_day():
    # xwlb-20230518-05: 习近平|指出|，|去年|9月|，|我|对|乌兹别克斯坦|进行|国事访问 — not the day of the talks
    text = ("5月18日下午，国家主席习近平在西安同来华出席中国－中亚峰会并进行国事访问的乌兹别克斯坦总统米尔济约耶夫会谈。"
            "习近平指出，去年9月，我对乌兹别克斯坦进行国事访问，我们共同宣布在中乌双边层面践行命运共同体。")
    visits = _of(_events(text, "2023-05-18"), "Visit", ("agent", "习近平"))
    assert all(date is None for date, _ in visits), visits


def test_a_visitor_goes_deep_into_the_place_named_right_after():
    # 深入|城关镇|调研: where the county head went (a county paper's wording); xwlb-20230529-04 alike
    found = _events("6月7日，郧西县委副书记、县长吴凯深入城关镇调研防汛工作。", "2023-06-08")
    assert [date for date, _ in _of(found, "Visit", ("agent", "吴凯"), ("destination", "城关镇"))] == ["2023-06-07"]
    found = _events("这段时间，新疆农业农村厅深入南疆四地州进行走访调研。", "2023-05-29")
    assert _of(found, "Visit", ("destination", "南疆")), found
    # but 深入|推进 goes nowhere (xwlb-20231130-01)
    found = _events("习近平强调，深入推进长三角一体化发展，进一步提升创新能力、产业竞争力、发展能级。", "2023-11-30")
    assert not _of(found, "Visit"), found


def test_a_going_word_before_going_deep_still_says_where(tmp_path):
    # xwlb-20230609-06: 先后|到|成都|、|德阳|、|绵阳|等地|深入|科研院所|… — 到 names where, 深入 no place
    import json

    from .conftest import NEWS, shared_records

    record = shared_records(NEWS, {"xwlb-20230609-06"}, "the shared news corpus")["xwlb-20230609-06"]
    path = tmp_path / "story.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    ex = kgraph.extract(path)
    labels = {e.id: e.label for e in ex.entities}
    visits = [{(role, labels[i]) for role, i in e.arguments} for e in ex.events if e.type == "Visit"]
    assert any({("agent", "赵乐际"), ("destination", "成都市"), ("destination", "绵阳市")} <= v for v in visits), visits


def test_who_sits_in_on_a_session_attends_it():
    # 列席|会议: a county head and the court's president sit in on the county people's congress session
    found = _events(SESSION_PAGE + "\n县政府副县长杨帆，县法院院长胡斌，县检察院检察长邓丽列席会议。\n", "2023-03-11")
    sessions = _of(found, "Gathering", ("chair", "王德明"))
    assert len(sessions) == 1 and {("attendee", "杨帆"), ("attendee", "胡斌"), ("attendee", "邓丽")} <= sessions[0][1], found
    # xwlb-20230313-01: 李家超|、|…|贺一诚|列席|会议 — the closing session just reported
    text = ("十四届全国人大一次会议13日上午在人民大会堂闭幕。"
            "香港特别行政区行政长官李家超、澳门特别行政区行政长官贺一诚列席会议并在主席台就座。")
    assert _of(_events(text, "2023-03-13"), "Gathering", ("attendee", "李家超"), ("attendee", "贺一诚"))


def test_an_inspection_tour_is_a_visit():
    # local news's 督导 (invented after county papers), as xwlb-2023's 检查指导 (xwlb-20231224-03)
    found = _events("5月18日，市委常委、县委书记张红军到老观镇督导防汛减灾工作。", "2024-05-20")
    assert _of(found, "Visit", ("agent", "张红军"), ("destination", "老观镇")) == [
        ("2024-05-18", {("agent", "张红军"), ("destination", "老观镇")})]
    found = _events("中共中央政治局常委、国务院总理李强12月23日赴甘肃、青海地震灾区检查指导受灾群众过冬安置和灾后恢复重建等工作。",
                    "2023-12-24")
    assert _of(found, "Visit", ("agent", "李强"), ("destination", "甘肃省"), ("destination", "青海省"))
    # with no one named who goes, none: 各地文化和旅游行政部门将开展督导检查 (xwlb-2023)
    assert not _of(_events("各地文化和旅游行政部门将开展督导检查，发现问题，督促整改。", "2023-01-10"), "Visit")
