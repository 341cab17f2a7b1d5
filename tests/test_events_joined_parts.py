"""A sentence's parts joined by ； go on from its subject (events.reader.joined_parts), and a body's unnamed heads who brief
a forum or take part in its exchange speak or attend for it (data/events/triggers.tsv).  Sentences from xwlb-2023."""
from __future__ import annotations

import kgraph


def _events(text: str, date: str):
    ex = kgraph.extract_text(text, date=date)
    labels = {e.id: e.label for e in ex.entities}
    return [(ev.type, {(role, labels[i]) for role, i in ev.arguments}) for ev in ex.events]


def test_the_places_of_a_trip_told_after_semicolons():
    # xwlb-20230617-04
    events = _events("中央纪委书记李希14日至17日到云南调研。调研期间，李希还到昆明云内动力股份有限公司、云南师范大学听取对"
                     "正风肃纪反腐的意见建议；到宝丰湿地了解滇池保护治理和生态建设情况；参观朱德旧居纪念馆、滇西抗战纪念馆、"
                     "艾思奇纪念馆，要求纪检监察干部从历史中汲取奋进力量。", "2023-06-17")
    went = {name for kind, args in events if kind == "Visit" for role, name in args if role == "destination"}
    assert {"云南师范大学", "宝丰湿地", "朱德旧居纪念馆", "滇西抗战纪念馆", "艾思奇纪念馆"} <= went, events
    assert all(("agent", "李希") in args for kind, args in events if kind == "Visit"), events


def test_a_part_after_a_semicolon_with_its_own_subject_keeps_it():
    # 李希 goes to the first place only; the second part names who goes there
    events = _events("李希到云南调研。李希到云南师范大学听取意见建议；王小洪到宝丰湿地了解情况。", "2023-06-17")
    visits = [args for kind, args in events if kind == "Visit"]
    assert not any(("agent", "李希") in args and ("destination", "宝丰湿地") in args for args in visits), events


def test_a_bodys_heads_brief_a_forum_for_it():
    # xwlb-20230922-06 (six such biweekly forums in xwlb-2023: 20230331-09, 20230526-05, 20230908-08 …)
    events = _events("十四届全国政协第十次双周协商座谈会22日在京召开，全国政协主席王沪宁主持会议。教育部负责同志介绍有关情况，"
                     "中央编办、人力资源和社会保障部负责同志参与协商交流。", "2023-09-22")
    forum = next(args for kind, args in events if kind == "Gathering")
    assert ("speaker", "中华人民共和国教育部") in forum or ("speaker", "教育部") in forum, forum


def test_what_one_learns_about_where_one_went_is_no_destination():
    # xwlb-20230617-04: 到|宝丰湿地|了解|滇池|保护|治理 — a verb between two places ends where one went
    events = _events("中央纪委书记李希到云南调研。李希到宝丰湿地了解滇池保护治理和生态建设情况。", "2023-06-17")
    went = {name for kind, args in events if kind == "Visit" for role, name in args if role == "destination"}
    assert "宝丰湿地" in went and "滇池" not in went, events
