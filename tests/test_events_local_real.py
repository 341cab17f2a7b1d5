"""Events on real local pages (issue #18): public excerpts of county papers and townships' posts, a sentence or
two each copied as literals (the page's kind and year in a comment), beside hand-built ``Analysis`` tests of
the events stage alone.  Each test is of a class of error those pages showed, not of its one sentence."""
from __future__ import annotations

import kgraph

from .test_events import analysis, events
from .test_events_local_pages import _events, _of


# --- the kinds of working meeting a county or a township holds (data/events/gatherings.txt)

def test_a_county_work_arrangement_meeting_is_a_gathering():
    # a county paper's 要闻简报 (2023): 召开|“中秋”“国庆”期间|护林防火|工作|安排会 — the quoted festivals are part
    # of its name, its kind is 安排会
    text = "9月27日,我县在政府二楼会议室召开“中秋”“国庆”期间护林防火工作安排会。副县长李晋平出席,各乡镇(服务中心)及县林业局、农业农村局等相关负责人参加。"
    assert [date for date, _ in _of(_events(text, "2023-09-28"), "Gathering", ("attendee", "李晋平"))] == ["2023-09-27"]


def test_a_township_rallying_meeting_is_the_one_its_chair_chairs():
    # a township's post (澧县如东镇, 2022): 召开|…|专项|工作|上劲会 — 会议|由|…|彭锋|主持 chairs the one just held,
    # on its day
    text = "3月2日下午,澧县如东镇召开年打击非法捕捞专项工作上劲会。会议由镇人大主席彭锋主持,辖区16个村(社区)村主任参加了会议。"
    gatherings = _of(_events(text, "2022-03-03"), "Gathering")
    assert len(gatherings) == 1, gatherings
    date, arguments = gatherings[0]
    assert date == "2022-03-02" and ("chair", "彭锋") in arguments


def test_local_kinds_of_meeting_on_the_stage_alone():
    for kind in ("安排会", "上劲会", "总结会", "表彰会", "启动会", "协调会", "布置会", "督导会", "讲评会"):
        text = f"9月27日,副县长李晋平主持召开全县工作{kind}。"
        found = events(analysis(text, [("Person", "李晋平")], date="2023-09-28"))
        assert [(t, d) for t, d, args, _ in found if ("chair", "李晋平") in args] == [("Gathering", "2023-09-27")], kind


# --- a gathering told right after the dated lead of the same happening (visits.py _dated_by_the_lead)

def test_an_opening_attended_in_the_sentence_after_the_dated_lead_is_of_its_day():
    # a county paper's 要闻简报 (2023), each ◆ item its own article: the match opened on the lead's day, the
    # ceremony its officials attended is told next with no day of its own
    text = ("9月24日,由县直工委、县卫体局、县总工会、县体育中心联合举办的2023年迎国庆“博源糠醛杯”县直机关干部职工篮球赛"
            "在县体育馆正式开赛。县人大常委会副主任乔先苗,县人大常委会副主任、教育局长李帅,副县长牛艳丽出席开幕式。")
    found = _of(_events(text, "2023-09-28"), "Gathering", ("attendee", "牛艳丽"))
    assert [date for date, _ in found] == ["2023-09-24"], found


def test_only_the_sentence_right_after_the_lead_takes_its_day():
    lead = "9月24日,全县篮球赛在县体育馆开赛。"
    names = [("Person", "乔先苗")]
    right_after = events(analysis(lead + "乔先苗出席开幕式。", names, date="2023-09-28"))
    assert [d for t, d, _, _ in right_after if t == "Gathering"] == ["2023-09-24"]
    # a sentence between: the gathering may be another, told on no day
    later = events(analysis(lead + "比赛为期五天。乔先苗出席开幕式。", names, date="2023-09-28"))
    assert [d for t, d, _, _ in later if t == "Gathering"] == [None]
    # one told as of before (日前) is not of the lead's day
    told = events(analysis(lead + "乔先苗日前出席开幕式。", names, date="2023-09-28"))
    assert [d for t, d, _, _ in told if t == "Gathering"] == [None]


# --- a removal a party committee proposes is no change of post (markers.tsv: proposed)

def test_a_removal_proposed_is_no_appointment():
    # a county's removals (屏南县, 2010): the county committee proposes (提议) them; the people's congress's standing
    # committee decides them weeks later
    text = ("2010年12月7日,经中共屏南县委常委会研究,提议免去游代进的屏南县财政局局长、张功成的屏南县人事局局长职务,"
            "并按有关规定程序办理。")
    assert not _of(_events(text, "2011-01-05"), "Appointment"), _events(text, "2011-01-05")


def test_proposed_and_decided_removals_on_the_stage_alone():
    names = [("Person", "张功成"), ("Agency", "屏南县人事局")]
    for verb, made in (("提议免去", False), ("建议免去", False), ("决定免去", True)):
        text = f"12月7日,县委常委会研究,{verb}张功成的屏南县人事局局长职务。"
        found = [t for t, _, _, _ in events(analysis(text, names, date="2010-12-20")) if t == "Appointment"]
        assert bool(found) is made, verb


# --- a visit whose visitor is named by surname and title only, to places named (visits.py _unnamed_visit)

def test_a_visit_of_a_secretary_named_by_title_to_the_pages_own_town():
    # a township's post (莽张镇, 2022): 周书记 is named by surname and title only; 我镇 is the one town the page names,
    # and the villages told after it by the same visitor are stops of the same visit
    text = ("12月5日上午,周书记到我镇实地调研,现场查看了乡村振兴示范村建设、村集体经济发展等工作。 "
            "在莽张镇天湖村,周书记详细了询问了新农合收缴进度、后评估准备、疫情防控等工作情况,并查阅了相关资料。 "
            "在莽张镇郑洼村,周书记查看了村集体发展的设施蔬菜大棚产业。 "
            "最后来到了李洼村,周书记与村两委干部进行了交流。")
    visits = _of(_events(text, "2022-12-06"), "Visit")
    assert len(visits) == 1, visits
    date, arguments = visits[0]
    assert date == "2022-12-05"
    # (the last stop a clause of going with no subject names, 最后|来到|了|李洼村, before the visitor's clause)
    assert {("destination", "莽张镇"), ("destination", "天湖村"), ("destination", "郑洼村"),
            ("destination", "李洼村")} <= arguments
    assert not {role for role, _ in arguments} - {"destination"}


def test_an_unnamed_visitor_on_the_stage_alone():
    names = [("AdministrativeDivision", "莽张镇"), ("AdministrativeDivision", "天湖村")]
    text = "12月5日上午,周书记到我镇实地调研。在莽张镇天湖村,周书记查看了产业。"
    found = events(analysis(text, names, date="2022-12-06"))
    # (folding the stop into the trip needs the gazetteer's codes: 天湖村 in 莽张镇, the end-to-end test above)
    assert {t for t, _, _, _ in found} == {"Visit"} and found[0][1] == "2022-12-05"
    assert set().union(*(args for _, _, args, _ in found)) == {("destination", "莽张镇"), ("destination", "天湖村")}
    # a page that names two towns says not which 我镇 is
    two = events(analysis("周书记到我镇实地调研。莽张镇、周党镇…", [("AdministrativeDivision", "莽张镇"),
                                                        ("AdministrativeDivision", "周党镇")], date="2022-12-06"))
    assert two == []
    # no place named: no argument named, no event; nor one whose opener is no surname (该书记)
    assert events(analysis("周书记到企业实地调研。", [], date="2022-12-06")) == []
    assert events(analysis("该书记到莽张镇实地调研。", names[:1], date="2022-12-06")) == []
    # a stop told by another visitor is no stop of this visit
    other = events(analysis("周书记到莽张镇调研。在莽张镇天湖村,李县长查看了产业。", names, date="2022-12-06"))
    assert [args for _, _, args, _ in other] == [frozenset({("destination", "莽张镇")})]


# --- a list of removals, each a name and its own post (posts/verbs.py _removals_listed, appointments.py _own_posts)

REMOVALS = "12月31日,经屏南县第十五届人大常委会第31次会议审议通过,免去游代进屏南县财政局局长、张功成屏南县人事局局长职务。"


def test_each_removal_of_a_list_ends_its_own_post():
    # a county's removals (屏南县, 2010): the model reads neither name (游代|进, 张功|成) and recognition read the
    # second item as one organisation, 张功成屏南县人事局; each is a person leaving a post of their own
    result = kgraph.extract_text(REMOVALS, date="2011-01-05")
    labels = {e.id: e.label for e in result.entities}
    assert not any("张功成" in e.label for e in result.entities if e.type == "Agency")
    posts = {(labels[r.subject], labels[r.object]) for r in result.relations if r.predicate == "holdsPost"}
    assert posts == {("游代进", "屏南县财政局"), ("张功成", "屏南县人事局")}
    removed = {(e.date, frozenset((role, labels[i]) for role, i in e.arguments)) for e in result.events
               if e.type == "Appointment"}
    assert removed == {("2010-12-31", frozenset({("person", "游代进"), ("organization", "屏南县财政局")})),
                       ("2010-12-31", frozenset({("person", "张功成"), ("organization", "屏南县人事局")}))}


def test_a_list_of_removals_on_the_stage_alone():
    # the events stage over the posts the posts stage gave: each person after 免去 with the post named after them
    from kgraph.model import Key
    text = "12月31日,县人大常委会会议审议通过,免去游代进屏南县财政局局长、张功成屏南县人事局局长职务。"
    an = analysis(text, [("Person", "游代进"), ("Agency", "屏南县财政局"), ("Person", "张功成"), ("Agency", "屏南县人事局")],
                  date="2011-01-05")
    verb = text.index("免去")
    for person, body in (("游代进", "屏南县财政局"), ("张功成", "屏南县人事局")):
        an.fact(Key("person", person, "000000"), "holdsPost", Key("agency", body, ""), verb, title="局长", former=True)
    found = {(d, args) for t, d, args, _ in events(an) if t == "Appointment"}
    assert found == {("2010-12-31", frozenset({("person", "游代进"), ("organization", "屏南县财政局")})),
                     ("2010-12-31", frozenset({("person", "张功成"), ("organization", "屏南县人事局")}))}
    # with no post of their own read, the list is the one of the names joined (免去|A|、|B|的|…|职务), as before
    joined = "免去游代进、张功成的屏南县人事局局长职务。"
    an = analysis(joined, [("Person", "游代进"), ("Person", "张功成"), ("Agency", "屏南县人事局")], date="2011-01-05")
    assert {args for t, _, args, _ in events(an) if t == "Appointment"} == {
        frozenset({("person", "游代进"), ("organization", "屏南县人事局")}),
        frozenset({("person", "张功成"), ("organization", "屏南县人事局")})}


def test_one_holder_of_two_posts_is_no_list_of_removals():
    # (a chain of one holder's posts after 、 goes on: no second holder is read in 屏南县人事局)
    text = "12月31日,县人大常委会会议审议通过,免去张功成同志的屏南县财政局局长、屏南县人事局局长职务。"
    result = kgraph.extract_text(text, date="2011-01-05")
    labels = {e.id: e.label for e in result.entities}
    posts = {(labels[r.subject], labels[r.object]) for r in result.relations if r.predicate == "holdsPost"}
    assert posts == {("张功成", "屏南县财政局"), ("张功成", "屏南县人事局")}
    assert [e.label for e in result.entities if e.type == "Person"] == ["张功成"]


def test_a_stop_told_by_a_clause_of_going_on_the_stage_alone():
    names = [("Person", "陈国强"), ("AdministrativeDivision", "递铺街道"), ("AdministrativeDivision", "李洼村")]
    text = "6月1日,陈国强到递铺街道调研。最后来到了李洼村,陈国强与村干部进行了交流。"
    found = events(analysis(text, names, date="2023-06-02"))
    assert set().union(*(args for t, _, args, _ in found if t == "Visit")) >= {("agent", "陈国强"), ("destination", "李洼村")}
    # (only in a story that reports a visit by them: a clause of going alone recounts none)
    assert events(analysis("最后来到了李洼村,陈国强与村干部进行了交流。", names[:1] + names[2:], date="2023-06-02")) == []
    assert events(analysis("最后来到了李洼村,周书记与村干部进行了交流。", names[2:], date="2023-06-02")) == []


def test_a_place_named_by_one_character_is_none_where_a_division_goes_on_from_it():
    # 今日镇江讯 … 赴京|口|开展|…|调研 (a city paper's, 2022; jieba 赴京): the visit goes to 京口区, not to 北京市
    text = ("今日镇江讯 近日,扬中市人社局副局长施晓晖、李荣林等人,赴京口开展全国文明窗口创建调研交流。"
            "记者了解到,京口区人社局综合服务大厅窗口服务好。")
    result = kgraph.extract_text(text, date="2022-06-10")
    labels = {e.id: e.label for e in result.entities}
    destinations = {labels[key] for event in result.events for role, key in event.arguments if role == "destination"}
    assert "京口区" in destinations and "北京市" not in destinations
