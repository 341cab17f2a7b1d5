"""The events stage (extraction/events.py), issue #18's recall round: readings checked on a
hand-built ``Analysis`` with sentences of ../shared/corpus/news/xwlb-2023.jsonl (none of
them in the events dev set), and end to end on stories read by id (skipped when that
corpus is absent)."""
import json

import pytest

import kgraph
from kgraph.extraction.events import find_events

from .conftest import NEWS, shared_records
from .test_events import analysis, events


def labelled(an):
    """(type, {(role, label)}) of each event found, one per happening."""
    find_events(an)
    labels = {m.key: m.label for m in an.mentions}
    out = []
    for event in an.events:
        item = (event.type, frozenset((role, labels[key]) for role, key in event.arguments))
        if item not in out:
            out.append(item)
    return out


def test_a_gathering_named_after_a_word_holding_another_kind():
    # xwlb-20230320-16: 旨在|缓和|巴|以|局势|的|安全|会议|19|日|在|埃及|沙姆沙伊赫|举行 — 安全会议 holds
    # 全会 (which ends no word) and 会议 one character later: the gathering is 安全会议
    text = "旨在缓和巴以局势的安全会议19日在埃及沙姆沙伊赫举行。"
    an = analysis(text, [("Place", "埃及"), ("Place", "沙姆沙伊赫")], date="2023-03-20")
    assert events(an) == [("Gathering", "2023-03-19", {("location", "埃及"), ("location", "沙姆沙伊赫")},
                           (("title", "旨在缓和巴以局势的安全会议"),))]


def test_a_state_visit_to_our_country_goes_to_china():
    # xwlb-20230214-01: …|举行|仪式|，|欢迎|伊朗伊斯兰共和国|总统|…|莱希|对|我国|进行|国事访问
    text = "国家主席习近平14日下午在人民大会堂北大厅举行仪式，欢迎伊朗伊斯兰共和国总统赛义德·易卜拉欣·莱希对我国进行国事访问。"
    an = analysis(text, [("Person", "习近平"), ("Place", "人民大会堂"), ("Place", "伊朗伊斯兰共和国"),
                         ("Person", "赛义德·易卜拉欣·莱希")], date="2023-02-14")
    assert ("Visit", {("agent", "赛义德·易卜拉欣·莱希"), ("destination", "中华人民共和国")}) in labelled(an)
    # 我国 elsewhere names no place (十年来|我国|累计|建设)
    an = analysis("十年来我国累计建设国家储备林。", [])
    assert labelled(an) == []
