"""The events stage (extraction/events.py), issue #18's fourth round: who joins a 分别 group of
meetings after another meeting was told in between, the co-chair of a gathering held after
a meeting, and gatherings listed with one day and the same people that stay apart as events
(kgraph.merge.event_id).  Hand-built ``Analysis`` objects with sentences of
../shared/corpus/news/xwlb-2023.jsonl."""
import itertools

import pytest

import kgraph
from kgraph import KnowledgeGraph
from kgraph.merge import event_id
from kgraph.model import EventMention

from .test_events_recall import analysis, labelled
from .test_resolve_officials import _article, _resolved
from .test_settle_officials import _extraction, _same


def test_who_joins_each_meeting_of_a_group_after_a_meeting_told_in_between():
    # xwlb-20230925-08: 分别|会见|巴沙尔|、|普拉昌达 … 会见|巴沙尔|时 … 习近平|主席|和|总统|先生|日前|…|会见 …
    # 会见|普拉昌达|时 … 洛桑江村|参加|会见 — he joins both meetings of the group, not the one told
    text = ("全国人大常委会委员长赵乐际25日在北京分别会见叙利亚总统巴沙尔、尼泊尔总理普拉昌达。"
            "会见巴沙尔时，赵乐际表示，中叙两国始终相互支持、守望相助。习近平主席和总统先生日前在杭州进行了富有成果的会见。"
            "会见普拉昌达时，赵乐际表示，中国和尼泊尔是山水相连的好邻居。"
            "洛桑江村参加会见。")
    an = analysis(text, [("Agency", "全国人大常委会"), ("Person", "赵乐际"), ("AdministrativeDivision", "北京"),
                         ("Place", "叙利亚"), ("Person", "巴沙尔"), ("Place", "尼泊尔"), ("Person", "普拉昌达"),
                         ("Person", "巴沙尔@2"), ("Person", "赵乐际@2"), ("Person", "习近平"), ("AdministrativeDivision", "杭州"),
                         ("Person", "普拉昌达@2"), ("Person", "赵乐际@3"), ("Person", "洛桑江村")], date="2023-09-25")
    found = {(type_, frozenset(args)) for type_, args in labelled(an)}
    assert ("Meeting", frozenset({("agent", "赵乐际"), ("agent", "洛桑江村"), ("counterpart", "巴沙尔")})) in found
    assert ("Meeting", frozenset({("agent", "赵乐际"), ("agent", "洛桑江村"), ("counterpart", "普拉昌达")})) in found
    # the meeting told is not joined
    assert not any(("agent", "习近平") in args and ("agent", "洛桑江村") in args for _, args in found)


def test_who_is_met_co_chairs_what_is_jointly_chaired_next():
    # xwlb-20231207-06: 丁薛祥|7日|在|天津|会见|…|黄循财|，|并|共同主持|… — both chair, each gathering listed
    text = ("中共中央政治局常委、国务院副总理丁薛祥7日在天津会见新加坡副总理兼财政部长黄循财，"
            "并共同主持中新双边合作联委会第十九次会议、苏州工业园区联合协调理事会第二十四次会议。")
    an = analysis(text, [("Agency", "中共中央政治局"), ("Agency", "国务院"), ("Person", "丁薛祥"),
                         ("AdministrativeDivision", "天津"), ("Place", "新加坡"), ("Agency", "财政部"), ("Person", "黄循财"),
                         ("Agency", "中新双边合作联委会"), ("Agency", "苏州工业园区联合协调理事会")], date="2023-12-07")
    gatherings = [args for type_, args in labelled(an) if type_ == "Gathering"]
    assert len(gatherings) == 2
    assert all({("chair", "丁薛祥"), ("chair", "黄循财"), ("location", "天津")} <= args for args in gatherings)
    # xwlb-20230710-07: 与|…|马特维延科|举行|会谈|，|并|共同主持 — and the organisation of her title is no venue
    text = ("全国人大常委会委员长赵乐际10日在北京与俄罗斯联邦委员会主席马特维延科举行会谈，"
            "并共同主持中俄议会合作委员会第八次会议。")
    an = analysis(text, [("Agency", "全国人大常委会"), ("Person", "赵乐际"), ("AdministrativeDivision", "北京"),
                         ("Agency", "俄罗斯联邦委员会"), ("Person", "马特维延科"), ("Agency", "中俄议会合作委员会")],
                  date="2023-07-10")
    [gathering] = [args for type_, args in labelled(an) if type_ == "Gathering"]
    assert {("chair", "赵乐际"), ("chair", "马特维延科"), ("location", "北京")} <= gathering
    assert ("location", "俄罗斯联邦委员会") not in gathering
    # what is not done jointly is done by the subject alone (xwlb-20230605-05): who is met does not attend
    text = "6月5日，国家副主席韩正在北京会见泰国公主诗琳通并出席公主第50次访华庆祝活动。"
    an = analysis(text, [("Person", "韩正"), ("AdministrativeDivision", "北京"), ("Place", "泰国"), ("Person", "诗琳通")],
                  date="2023-06-05")
    gatherings = [args for type_, args in labelled(an) if type_ == "Gathering"]
    assert gatherings and not any(role == "attendee" and name == "诗琳通" for args in gatherings for role, name in args)


def _chaired(an, title, date="2023-05-12"):
    """``an`` with a gathering of ``title`` its official chairs on ``date``."""
    [who] = [m for m in an.mentions if m.type == "Person"]
    an.events.append(EventMention("Gathering", an.doc.id, 0, len(an.doc.text), "共同主持", 0, (("chair", who.key),), date,
                                  (("title", title),)))
    return an


# three articles naming one official, 孙志强 (one post: one person once resolved)
_OFFICIAL_ARTICLES = {"a": "任命孙志强为公安县人民政府常务副县长。", "b": "公安县人民政府任命孙志强为常务副县长。",
                      "c": "公安县人民政府常务副县长孙志强主持会议。"}


def chaired_articles(**titles: str) -> dict:
    """The articles ``titles`` names (a, b, c), each with a gathering of its title the official chairs."""
    return {name: _chaired(_article(name, _OFFICIAL_ARTICLES[name], "孙志强", "公安县人民政府", "常务副县长"), title)
            for name, title in titles.items()}


def test_a_gatherings_title_is_part_of_its_identity():
    # 共同主持|中新双边合作联委会第十九次会议|、|苏州工业园区联合协调理事会第二十四次会议 (xwlb-20231207-06): two
    # gatherings of one day and one chair are two events, not one
    one, other = "中新双边合作联委会第十九次会议", "苏州工业园区联合协调理事会第二十四次会议"
    arguments = [("chair", "person/a/丁薛祥")]
    assert event_id("Gathering", "2023-12-07", arguments, one) != event_id("Gathering", "2023-12-07", arguments, other)
    assert event_id("Gathering", "2023-12-07", arguments, one) == event_id("Gathering", "2023-12-07", arguments, one)
    # an appointment's title is not (one change of post however its title is read), nor is a missing one
    assert event_id("Appointment", "d", arguments, "副县长") == event_id("Appointment", "d", arguments)
    assert event_id("Gathering", "d", arguments, None) == event_id("Gathering", "d", arguments, "")
    a = _article("a", "任命孙志强为公安县人民政府常务副县长。", "孙志强", "公安县人民政府", "常务副县长")
    a = _chaired(_chaired(a, one), other)
    gatherings = [e for e in _resolved(a).events if e.type == "Gathering"]
    assert sorted(e.prop("title") for e in gatherings) == sorted([one, other])
    # one gathering of one title, reported by two articles, is one event
    b = _chaired(_article("b", "公安县人民政府任命孙志强为常务副县长。", "孙志强", "公安县人民政府", "常务副县长"), one)
    gatherings = [e for e in _resolved(a, b).events if e.type == "Gathering"]
    assert len(gatherings) == 2 and sorted(len(e.evidence) for e in gatherings) == [1, 2]


@pytest.mark.parametrize("order", list(itertools.permutations("abc")))
def test_an_update_keeps_gatherings_of_two_titles_apart_as_building_together_does(order):
    # the official of a and b is one person (one post): build --update re-derives his events'
    # ids (kgraph.graph.settle) with their titles, as the resolver does
    def articles():
        return chaired_articles(a="县政府常务会议", b="防汛工作会议", c="县政府常务会议")
    together = KnowledgeGraph()
    together.add(_extraction(*articles().values()))
    stepwise = KnowledgeGraph()
    for name in order:
        stepwise.add(_extraction(articles()[name]))
    assert _same(stepwise, together)
    rows = stepwise.query("SELECT ?e ?name WHERE { ?e a kg:Gathering ; schema:name ?name }")
    assert sorted(str(row[1]) for row in rows) == ["县政府常务会议", "防汛工作会议"]


def test_who_says_something_at_a_gathering_named_between_zai_and_shang_speaks_there():
    # xwlb-20231119-11: 欧尔班|18日|在|匈牙利|执政党|青民盟|换届选举大会|上|表示 — a gathering of that name
    text = "匈牙利总理欧尔班18日在匈牙利执政党青民盟换届选举大会上表示，欧盟必须进行根本性变革。"
    an = analysis(text, [("Place", "匈牙利"), ("Person", "欧尔班"), ("Place", "匈牙利@2"), ("Agency", "青民盟")],
                  date="2023-11-19")
    assert labelled(an) == [("Gathering", {("speaker", "欧尔班")})]
    assert an.events[0].date == "2023-11-18" and dict(an.events[0].props)["title"] == "匈牙利执政党青民盟换届选举大会"
    # xwlb-20230330-14: 巴尔|在|…|委员会|举行|的|听证会|上|称 — the one this sentence just reported, held by the committee
    text = "美国联邦储备委员会副主席迈克尔·巴尔在美国国会众议院金融服务委员会举行的听证会上称，硅谷银行的倒闭是银行管理不善的典型案例。"
    an = analysis(text, [("Agency", "美国联邦储备委员会"), ("Person", "迈克尔·巴尔"), ("Agency", "美国国会众议院金融服务委员会")],
                  date="2023-03-30")
    assert labelled(an) == [("Gathering", {("speaker", "迈克尔·巴尔"), ("organizer", "美国国会众议院金融服务委员会")})]
    # a speech named as a topic (…会议|上|的|重要|讲话, xwlb-20230324-02) is no speech given
    text = "要深入贯彻习近平总书记在中央农村工作会议上的重要讲话精神。"
    an = analysis(text, [("Person", "习近平")], date="2023-03-24")
    assert labelled(an) == []


def test_who_says_something_at_the_ceremony_just_reported_speaks_there():
    # xwlb-20231228-11: …|举行|主线贯通仪式|。|塞内加尔|总理|阿马杜·巴|在|仪式|上|表示 — the bare kind is the one reported
    text = ("中国企业承建的达喀尔快速公交系统项目27日在塞内加尔达喀尔举行主线贯通仪式。"
            "塞内加尔总理阿马杜·巴在仪式上表示，这一快速公交系统将使用清洁能源。")
    an = analysis(text, [("Place", "塞内加尔"), ("Place", "达喀尔"), ("Place", "塞内加尔@2"), ("Person", "阿马杜·巴")],
                  date="2023-12-28")
    [(type_, args)] = labelled(an)
    assert type_ == "Gathering" and ("speaker", "阿马杜·巴") in args and ("location", "达喀尔") in args


def test_a_speech_given_where_no_gathering_was_reported_is_a_gathering_there():
    # xwlb-20231214-14: 欧尔班|13日|在|匈牙利国会|发表|讲话|重申
    text = "匈牙利总理欧尔班13日在匈牙利国会发表讲话重申，乌克兰加入欧盟的时机尚未到来。"
    an = analysis(text, [("Place", "匈牙利"), ("Person", "欧尔班"), ("Agency", "匈牙利国会"), ("Agency", "欧盟")],
                  date="2023-12-14")
    assert labelled(an) == [("Gathering", {("speaker", "欧尔班"), ("location", "匈牙利国会")})]
    assert an.events[0].date == "2023-12-13"
    # not a speech named as given at a gathering (xwlb-20231209-01), nor one of another happening (xwlb-20230909-08)
    for text, names in (
            ("该书收录了国家主席习近平在亚太经合组织工商领导人峰会上的书面演讲《同心协力 共迎挑战 谱写亚太合作新篇章》。",
             [("Person", "习近平"), ("Agency", "亚太经合组织")]),
            ("奋力开创高质量发展新局面——习近平总书记在黑龙江考察时的重要讲话引起干部群众热烈反响",
             [("Person", "习近平"), ("AdministrativeDivision", "黑龙江")])):
        an = analysis(text, names, date="2023-09-09")
        assert not any(type_ == "Gathering" for type_, _ in labelled(an)), text


def test_the_politburos_collective_study_is_a_gathering_it_holds_and_its_general_secretary_chairs():
    # xwlb-20230331-01: 中共中央政治局|3月30日|下午|就|…|进行|第四次|集体学习|。|…|习近平|在|主持学习|时|强调 — who
    # chairs and says something while chairing speaks too (the dev set's 总书记|在|主持|会议|时|强调: chair and speaker)
    text = ("中共中央政治局3月30日下午就学习贯彻习近平新时代中国特色社会主义思想进行第四次集体学习。"
            "中共中央总书记习近平在主持学习时强调，举行这次集体学习，目的是发挥示范作用。")
    an = analysis(text, [("Agency", "中共中央政治局"), ("Agency", "中共中央"), ("Person", "习近平@2")], date="2023-03-31")
    assert labelled(an) == [("Gathering", {("organizer", "中共中央政治局"), ("chair", "习近平"), ("speaker", "习近平")})]
    assert an.events[0].date == "2023-03-30"


def test_a_sessions_presidium_not_the_organisation_holds_its_meetings():
    # xwlb-20230312-07: 十四届全国人大一次会议|主席团|常务主席|第七次会议|…|举行 — the presidium (no entity here)
    # holds it, not 全国人大
    text = ("十四届全国人大一次会议主席团常务主席第七次会议12日下午在北京人民大会堂举行。"
            "大会主席团常务主席赵乐际主持会议。")
    an = analysis(text, [("Agency", "全国人大"), ("AdministrativeDivision", "北京"), ("Place", "人民大会堂"),
                         ("Person", "赵乐际")], date="2023-03-12")
    [(type_, args)] = labelled(an)
    assert ("chair", "赵乐际") in args and ("location", "人民大会堂") in args
    assert not any(role == "organizer" for role, _ in args)
    # the organisation a session is named after still holds it when no body follows: 国务院|常务会议 (xwlb-20230324)
    an = analysis("国务院总理李强3月24日主持召开国务院常务会议。", [("Agency", "国务院"), ("Person", "李强"),
                                                             ("Agency", "国务院@2")], date="2023-03-24")
    assert ("organizer", "国务院") in labelled(an)[0][1]


def test_a_session_read_again_with_no_day_of_its_own_is_the_one_before():
    # xwlb-20230201-01: …|进行|第二次|集体学习|。|…|这次|中央政治局|集体学习|，|由|…|尹力|、|…|作了|发言 — one study
    text = ("中共中央政治局1月31日下午就加快构建新发展格局进行第二次集体学习。"
            "这次中央政治局集体学习，由中央政治局同志自学并交流工作体会，尹力、刘国中同志结合分管领域和地方的工作作了发言。")
    an = analysis(text, [("Agency", "中共中央政治局"), ("Agency", "中央政治局"), ("Agency", "中央政治局@2"),
                         ("Person", "尹力"), ("Person", "刘国中")], date="2023-02-01")
    [(type_, args)] = labelled(an)
    assert {("organizer", "中共中央政治局"), ("speaker", "尹力"), ("speaker", "刘国中")} <= args
    assert an.events[0].date == "2023-01-31"


def test_a_gathering_held_somewhere_is_named_without_where():
    # 出席|了|在|沙特|吉达|举行|的|第32届|阿盟峰会 (xwlb-20230521-13): the venue is its location, and its name
    # what follows 的, as other accounts of it write it (a gathering's title is part of its identity)
    for text, name in (("沙特王储出席了在沙特吉达举行的第32届阿盟峰会。", "第32届阿盟峰会"),
                       ("国家主席习近平出席了在南非约翰内斯堡举行的金砖国家领导人第十五次会晤。", "金砖国家领导人第十五次会晤")):
        gatherings = [e for e in kgraph.extract_text(text).events if e.type == "Gathering"]
        assert [g.prop("title") for g in gatherings] == [name]
