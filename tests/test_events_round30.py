"""Events read in stories annotated blind this round (batches 19-20 of xwlb-2023, outside the dev set): who speaks at a
report meeting (在|报告会|上|表示), every organisation that speaks in turn after a press conference though one goes on
for a sentence more."""
from __future__ import annotations

import kgraph


def _gatherings(text: str, date: str):
    ex = kgraph.extract_text(text, date=date)
    labels = {e.id: e.label for e in ex.entities}
    return [{(role, labels[i]) for role, i in ev.arguments} for ev in ex.events if ev.type == "Gathering"]


def test_who_says_something_at_the_report_meeting_just_reported_speaks_at_it():
    # xwlb-20231227-11 (3 such 报告会上表示 in xwlb-2023)
    found = _gatherings("经济形势系列报告会第二场报告会在京举行\n“全面推进中国式现代化建设”经济形势系列报告会第二场报告会"
                        "今天（12月27日）在京举行。工业和信息化部党组书记、部长金壮龙在报告会上表示，推进新型工业化要突出重点。",
                        "2023-12-27")
    assert any(("speaker", "金壮龙") in args for args in found), found


def test_every_organisation_that_speaks_in_turn_after_a_press_conference_speaks_at_it():
    # xwlb-20230720-07: the second speaker goes on for a sentence (同时，…) before the third opens its own paragraph
    text = ("多措并举促进民营经济发展壮大\n国务院新闻办今天（7月20日）举行新闻发布会，介绍《关于促进民营经济发展壮大的意见》相关情况。"
            "国家发展改革委表示，将会同有关方面在近期推出促进民营经济发展若干举措。\n工业和信息化部表示，深入开展清理拖欠中小企业"
            "账款工作。同时，支持专精特新中小企业上市融资。\n全国工商联表示，将不断完善工商联法律服务体系。")
    found = _gatherings(text, "2023-07-20")
    press = next(args for args in found if ("organizer", "国务院新闻办公室") in args)
    assert {("speaker", "国家发展和改革委员会"), ("speaker", "工业和信息化部"), ("speaker", "全国工商联")} <= press, press
    # a paragraph that does not open with a speaker ends the run
    found = _gatherings(text.replace("\n全国工商联表示，", "\n记者了解到，全国工商联"), "2023-07-20")
    press = next(args for args in found if ("organizer", "国务院新闻办公室") in args)
    assert ("speaker", "全国工商联") not in press, press
