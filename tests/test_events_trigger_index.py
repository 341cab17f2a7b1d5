"""The events stage's triggers, indexed once per article (kgraph.extraction.events.reader): the
triggers a question over text[start:end] finds are those ``_trigger_pattern().finditer`` finds
there — the longest trigger at a position that ends within the span, the next after it — on
real sentences of xwlb-2023 where triggers nest (主持|召开, 考察|调研) and on every span of them.
(Scanning the text again for each question made a sentence of 120 KB take half a minute.)"""
from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from kgraph.extraction.analysis import Analysis, Region
from kgraph.extraction.events.reader import (_NOT_VERBS, _Reader, _says, _trigger_matches, _trigger_words,
                                             _first_trigger)
from kgraph.extraction.events.vocabulary import _trigger_pattern, triggers
from kgraph.model import Document

SENTENCES = [
    "央视网消息（新闻联播）：国务院总理李克强9日到市场监管总局考察，并主持召开座谈会。",  # xwlb-20230112-03
    "国务院副总理、国务院食品安全委员会主任韩正18日主持召开国务院食品安全委员会第五次全体会议并讲话。",  # xwlb-20230119-07
    "党的十八大以来，习近平总书记100多次到基层考察调研，足迹遍布城市乡村。",  # xwlb-20230225-02
]
CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "news" / "xwlb-2023.jsonl"


def _reader(text: str) -> _Reader:
    doc = Document("t", "t", "t.txt", None, (), text, ((0, 0, len(text)),))
    return _Reader(Analysis(doc, Region(None)))


def _scanned(reader: _Reader, start: int, end: int) -> list[tuple[int, int]]:
    """What the stage read before the index: the pattern run over the span, words of their own kept."""
    bounds = reader.an.boundaries
    return [m.span() for m in _trigger_pattern().finditer(reader.text, start, end)
            if m.start() in bounds and m.end() in bounds and triggers()[m.group()].reading not in _NOT_VERBS]


@pytest.mark.parametrize("text", SENTENCES)
def test_every_span_finds_the_triggers_the_pattern_finds(text):
    reader = _reader(text)
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            assert list(_trigger_matches(reader, start, end)) == [
                m.span() for m in _trigger_pattern().finditer(text, start, end)], (start, end)
            words = _scanned(reader, start, end)
            assert _trigger_words(reader, start, end) == words
            assert _says(reader, start, end) == bool(words)
            assert _first_trigger(reader, start, end) == (words[0][0] if words else end)


def test_a_span_cut_inside_a_longer_trigger_finds_the_shorter():
    text = SENTENCES[1]
    reader = _reader(text)
    at = text.index("主持召开")
    assert list(_trigger_matches(reader, at, len(text)))[0] == (at, at + 4)  # 主持召开
    assert list(_trigger_matches(reader, at, at + 3))[0] == (at, at + 2)  # 主持, 召 cut off
    assert (at + 2, at + 4) in list(_trigger_matches(reader, at + 1, len(text)))  # 召开, after 持


def test_spans_of_the_year_of_news():
    if not CORPUS.is_file():
        pytest.skip("../shared/corpus/news/xwlb-2023.jsonl is absent (the shared corpus)")
    rng = random.Random(7)
    with open(CORPUS, encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for _, line in zip(range(60), handle)]
    for text in texts:
        reader = _reader(text)
        for _ in range(40):
            start = rng.randrange(len(text) + 1)
            end = rng.randrange(start, len(text) + 1)
            assert list(_trigger_matches(reader, start, end)) == [
                m.span() for m in _trigger_pattern().finditer(text, start, end)], (start, end)
            assert _trigger_words(reader, start, end) == _scanned(reader, start, end)
