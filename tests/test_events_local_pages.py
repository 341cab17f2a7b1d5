"""Events on the pages of county and city papers (issue #18's local articles): the kinds of meeting a
county holds.

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


def test_meetings_named_as_a_way_of_doing_are_none_held():
    # xwlb-20231014-05: 通过|举办|读书班|、|召开|理论学习中心组|学习会|…|等|方式 says how a province studies, no one gathering
    sentence = ("吉林在第二批主题教育中通过举办读书班、召开理论学习中心组学习会、集中研讨等方式，"
                "组织广大党员干部深入学习习近平新时代中国特色社会主义思想。")
    assert not _of(_events(sentence, "2023-10-14"), "Gathering")
    # a gathering held, not a way: 我县|召开|…|推进会 is one
    assert _of(_events("6月2日，我县召开安全生产工作推进会。副县长杨帆主持会议并讲话。", "2023-06-03"),
               "Gathering", ("chair", "杨帆"))
