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
