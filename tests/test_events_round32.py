"""Events read in stories annotated blind (batches 25, 26 and 27 of xwlb-2023, outside the dev set, read this round)."""
from __future__ import annotations

import kgraph


def _events(text: str, date: str, type_: str = "Gathering"):
    ex = kgraph.extract_text(text, date=date)
    labels = {e.id: e.label for e in ex.entities}
    return [({(role, labels[i]) for role, i in ev.arguments}, dict(ev.props).get("title"))
            for ev in ex.events if ev.type == type_]


# xwlb-20230923-01 (and xwlb-20230728-01, the other welcoming banquet of xwlb-2023 whose guests the next sentence lists)
BANQUET = ("习近平和彭丽媛为出席杭州第19届亚洲运动会开幕式的国际贵宾举行欢迎宴会\n"
           "央视网消息（新闻联播）：9月23日中午，国家主席习近平和夫人彭丽媛在浙江省杭州市西子宾馆举行宴会，"
           "欢迎来华出席杭州第19届亚洲运动会开幕式的国际贵宾。\n"
           "他们是：柬埔寨国王西哈莫尼、叙利亚总统巴沙尔和夫人阿斯玛、科威特王储米沙勒、尼泊尔总理普拉昌达。\n"
           "习近平和彭丽媛热情迎接贵宾，同他们亲切握手并合影留念。\n"
           "习近平发表致辞，代表中国政府和中国人民对来华出席杭州第19届亚运会开幕式的国际贵宾表示热烈欢迎。\n"
           "蔡奇、丁薛祥、王毅等出席活动。")
GUESTS = {"西哈莫尼", "巴沙尔", "阿斯玛", "米沙勒", "普拉昌达"}


def test_the_guests_a_banquet_welcomes_are_those_the_next_sentence_lists():
    gatherings = _events(BANQUET, "2023-09-23")
    banquet = next(args for args, title in gatherings if title == "宴会")
    assert {("attendee", name) for name in GUESTS} <= banquet, banquet
    assert {("organizer", "习近平"), ("speaker", "习近平"), ("attendee", "蔡奇"), ("attendee", "王毅")} <= banquet, banquet
    # they attend what they came to as well; the hosts' people and speech do not
    ceremony = next(args for args, title in gatherings if title and title.endswith("开幕式"))
    assert {("attendee", name) for name in GUESTS} <= ceremony, ceremony
    assert not {("attendee", "蔡奇"), ("speaker", "习近平")} & ceremony, ceremony


def test_each_party_the_list_sets_apart_comes_on_its_own_trip():
    visits = [args for args, _ in _events(BANQUET, "2023-09-23", "Visit")]
    agents = sorted(sorted(name for role, name in args if role == "agent") for args in visits)
    assert agents == [["巴沙尔", "阿斯玛"], ["普拉昌达"], ["米沙勒"], ["西哈莫尼"]], agents
    assert all(("destination", "中华人民共和国") in args for args in visits), visits


def test_a_sentence_that_lists_no_one_after_the_guests_adds_no_one():
    # a banquet whose guests are named in its own clause, the next sentence saying something else
    text = ("新闻\n5月15日，习近平在人民大会堂为伊萨亚斯举行欢迎宴会，欢迎来华进行国事访问的厄立特里亚总统伊萨亚斯。\n"
            "他们是老朋友。")
    banquet = next(args for args, title in _events(text, "2023-05-15") if title and title.endswith("宴会"))
    assert ("attendee", "伊萨亚斯") in banquet and not any(r == "attendee" and n != "伊萨亚斯" for r, n in banquet), banquet


def test_a_sports_series_leg_and_a_torch_relay_are_gatherings():
    # xwlb-20231115-10, xwlb-20230826 (开赛), xwlb-20230916 (31 relays and 6 cups held in xwlb-2023)
    for text, kind, argument in (
            ("国际雪联自由式滑雪及单板滑雪U型场地世界杯今天（12月8日）在张家口崇礼云顶滑雪公园举行。", "世界杯",
             ("location", "张家口市")),
            ("2023年威海铁人三项世界杯赛今天（8月26日）开赛。", "世界杯赛", ("location", "威海市")),
            ("杭州第19届亚运会火炬传递今天（9月16日）在丽水举行。", "火炬传递", ("location", "丽水市")),
            ("2023年世界泳联跳水世界杯西安站昨晚（4月16日）落幕。", "世界杯", ("organizer", "世界泳联"))):
        found = _events("国内联播快讯\n" + text, "2023-09-16")
        assert any(title and title.endswith(kind) and argument in args for args, title in found), (text, found)


def test_a_match_is_no_gathering():
    # 田径|比赛|今天|开赛 (xwlb-2023: a match of the games, not an organised gathering)
    assert _events("国内联播快讯\n田径比赛今天在杭州开赛。", "2023-09-29") == []


def test_who_runs_a_gathering_for_its_hosts_holds_it_too():
    # xwlb-20230323-07, xwlb-20230424-03: the three annotators who met 承办 read who runs it as an organizer
    text = ("第二届“民主：全人类共同价值”国际论坛在京开幕\n3月22日，第二届“民主：全人类共同价值”国际论坛在北京开幕。"
            "论坛由中共中央宣传部、国务院新闻办公室主办，中国社会科学院、中央广播电视总台、中国外文局承办。")
    forum = next(args for args, title in _events(text, "2023-03-22") if title and title.endswith("论坛"))
    organizers = {name for role, name in forum if role == "organizer"}
    assert {"中共中央宣传部", "国务院新闻办公室", "中国社会科学院", "中央广播电视总台", "中国外文局"} <= organizers, forum
