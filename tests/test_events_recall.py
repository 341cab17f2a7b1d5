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
