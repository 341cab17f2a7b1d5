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
