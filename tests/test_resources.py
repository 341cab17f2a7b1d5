"""The lexicons as data: the tag sets and word lists the rules read are rows of
data/lexicon/pos_tags.tsv and word_sets.tsv, each one read by the code."""
import re
from pathlib import Path

import pytest

from kgraph.errors import DataError
from kgraph.resources import pos_tags, table, word_set

SRC = Path(__file__).resolve().parent.parent / "src" / "kgraph"


def test_tag_sets_match_by_prefix_or_exactly():
    stops = pos_tags("agency_run_stops")
    assert isinstance(stops, tuple) and "vn".startswith(pos_tags("division_not_name"))
    names = pos_tags("personal_name")
    assert isinstance(names, frozenset) and {"nr", ""} <= names  # "" : a word the dictionary lacks


def test_word_lists_keep_their_order():
    sides = word_set("sides")
    assert sides.index("两岸") < sides.index("岸")  # the first match wins: the longer word first
    assert word_set("weather")[0] == "雷阵雨"


@pytest.mark.parametrize("reader, name", [(pos_tags, "no_such_set"), (word_set, "no_such_list")])
def test_an_unknown_list_is_a_data_error(reader, name):
    with pytest.raises(DataError, match=name):
        reader(name)


@pytest.mark.parametrize("file, reader", [("pos_tags.tsv", "pos_tags"), ("word_sets.tsv", "word_set")])
def test_every_row_is_read_by_the_code(file, reader):
    code = "\n".join(path.read_text(encoding="utf-8") for path in SRC.rglob("*.py"))
    unread = [row[0] for row in table(file) if not re.search(rf'{reader}\("{row[0]}"\)', code)]
    assert not unread, f"{file}: rows no rule reads: {unread}"


@pytest.mark.parametrize("file", ["pos_tags.tsv", "word_sets.tsv"])
def test_every_list_is_named_once(file):
    # two rows of one name: the code read the first only, and a rule meant for the second read the first's words
    # (stretch_words, road_heads: round 37)
    names = [row[0] for row in table(file)]
    assert not {name for name in names if names.count(name) > 1}, file


def test_a_list_named_twice_is_a_data_error(monkeypatch):
    import kgraph.resources as resources

    monkeypatch.setattr(resources, "table", lambda name: (("twice", "a"), ("twice", "b")))
    resources.word_set.cache_clear()
    try:
        with pytest.raises(DataError, match="twice"):
            resources.word_set("twice")
    finally:
        resources.word_set.cache_clear()


def _every_occurrence_by_hand(words, text):
    """Every occurrence of every word, by trying each word at each position: what
    :func:`kgraph.resources.every_occurrence` finds with its prefix index."""
    found = [(i, i + len(w), w) for i in range(len(text)) for w in set(words) if w and text.startswith(w, i)]
    return sorted(found, key=lambda hit: (hit[0], hit[0] - hit[1]))


def test_every_occurrence_finds_what_trying_every_word_finds():
    """The finder looks only where a word's first two characters stand (found by one
    regex); it finds all that trying every word everywhere finds, in that order, with
    the world list's names on real news (xwlb-20230109-10) and words with the regex's
    own characters ([, ], ^, -, \\)."""
    from kgraph.extraction.lexicons import world_names
    from kgraph.resources import every_occurrence

    text = ("俄罗斯方面8日表示，俄乌再次交换战俘。乌克兰总统泽连斯基当天在基辅表示，"
            "美国和德国将向乌克兰提供步兵战车。新西兰、巴布亚新几内亚和所罗门群岛的代表出席。")
    words = world_names()
    assert every_occurrence(words)(text) == _every_occurrence_by_hand(words, text)
    odd = ["[a]", "a]", "^b", "-c", "\\d", "e-", "]"]
    sample = "x[a]y^b-c\\d e- ]"
    assert every_occurrence(odd)(sample) == _every_occurrence_by_hand(odd, sample)


def test_word_ending_is_the_first_word_that_ends_the_text():
    """lexicons.word_ending gives what the first of a longest-first list to end the text
    gives (next(w for w in words if text.endswith(w, 0, end))), for every end, with the
    world list (美国|国务院: the country before a ministry) and a title list (费舍尔|议长)."""
    from kgraph.extraction.lexicons import world_longest, word_ending
    from kgraph.resources import longest_first

    text = "据美国《时代》周刊报道，沙特驻伊朗大使馆重新开放，德国议会议长费舍尔议长出席。"
    countries = world_longest()
    for end in [*range(-3, len(text) + 3), None]:
        expected = next((w for w in countries if text.endswith(w, 0, len(text) if end is None else end)), None)
        assert word_ending(text, countries, end, default=None) == expected
    titles = longest_first(["议长", "长", "会议长", "", "费舍尔议长"])
    for name in ("费舍尔议长", "议长", "长", "", "会议"):
        assert word_ending(name, titles) == next(t for t in titles if name.endswith(t))
        assert word_ending(name, titles, shorter=True, default=None) == next(
            (t for t in titles if name.endswith(t) and len(name) > len(t)), None)


# sentences of xwlb-2023 (20230104-05, 20230316-09)
_NEWS = ("全国人大常委会委员长栗战书4日在人民大会堂会见菲律宾总统马科斯。",
         "马来西亚总理安瓦尔表示，作为14亿中国人民的掌舵者，您承担的责任无比重大。")


def test_short_strings_are_segmented_once_and_as_the_segmenter_does():
    from kgraph.resources import _SHORT, tokenizer

    segmenter = tokenizer()
    own = segmenter._segmenter  # the segmenter behind the memo
    for text in ("菲律宾总统马科斯", "中国驻马来西亚大使馆", *_NEWS, "".join(_NEWS) * 2):
        for hmm in (True, False):
            first = segmenter.lcut(text, HMM=hmm)
            assert first == own.lcut(text, HMM=hmm)
            first.append("改")  # a caller's list is its own: the memo keeps its words
            assert segmenter.lcut(text, HMM=hmm) == own.lcut(text, HMM=hmm)
    before = segmenter._short.cache_info()
    segmenter.lcut("菲律宾总统马科斯")
    after = segmenter._short.cache_info()
    assert after.hits == before.hits + 1 and after.misses == before.misses
    assert len("".join(_NEWS) * 2) > _SHORT  # the whole article: segmented each time, never kept
    assert after.currsize <= after.maxsize


def test_word_tags_remembered_are_the_dictionarys_and_bounded(monkeypatch):
    import kgraph.resources as resources

    tags = resources.word_tags()
    words = ["会见", "马来西亚", "的", "菲律宾总统马科斯", "\ud800", "国家主席"]
    trie = {word: tags._tags[tags._codes[tags._key(word)]] if tags._key(word) is not None else None
            for word in words if word != "\ud800"}
    monkeypatch.setattr(resources, "_WORDS_SEEN", 3)
    # the process's one WordTags has remembered the words of the tests before this one (7,289 in a full
    # run): start from none, so the bound is what is measured
    monkeypatch.setattr(tags, "_seen", {})
    for _ in range(2):
        for word in words:
            assert tags.get(word, "") == (trie.get(word) or "")
            assert (word in tags) == (trie.get(word) is not None)
            assert len(tags._seen) <= 3
    assert tags.get(["not", "a", "word"]) is None and tags.get(7, "x") == "x"


def test_world_names_of_one_text_are_found_once():
    from kgraph.extraction.lexicons import last_text_remembered, world_finder
    from kgraph.resources import every_occurrence
    from kgraph.extraction.world import listed_names

    text = "".join(_NEWS)
    plain = every_occurrence(listed_names())(text)
    assert world_finder()(text) == plain and ("菲律宾" in {name for _, _, name in plain})
    calls = []
    remembered = last_text_remembered(lambda t: calls.append(t) or [(0, 1, t[:1])])
    first = remembered(text)
    first.clear()  # a caller's list is its own
    assert remembered(text) == [(0, 1, "全")] and len(calls) == 1
    assert remembered(_NEWS[1]) == [(0, 1, "马")] and len(calls) == 2  # another text replaces it
    assert remembered(text) == [(0, 1, "全")] and len(calls) == 3
