"""The events stage (extraction/events.py), issue #18's fourth round: who joins a 分别 group of
meetings after another meeting was told in between, and the co-chair of a gathering held after
a meeting.  Hand-built ``Analysis`` objects with sentences of ../shared/corpus/news/xwlb-2023.jsonl."""
from .test_events_recall import analysis, labelled


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
