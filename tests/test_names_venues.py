"""A named venue the model reads together with the division before it (在|北京人民大会堂/LOC|举行):
the division is found by the division stage, and the venue is a place of its own. EVENTS.md
places such a gathering in 北京市 and 人民大会堂; before, only 北京 was kept (74 times in a
year of 新闻联播).

Read on a hand-built :class:`Analysis` (the model's words written in the test) and end to end on
stories of ``../shared/corpus/news/xwlb-2023.jsonl``."""
import pytest

from .test_names_types import _repaired
from .test_recognise import NEWS, _shared_texts, assert_names


def test_a_venue_after_a_division_is_a_place_of_its_own():
    # xwlb-20230113-01: 习近平|在|北京人民大会堂/LOC|会见 (jieba: 人民大会堂/nt)
    assert _repaired(("习近平", "PER"), ("在", "p"), ("北京人民大会堂", "LOC"), ("会见", "v"), ("。", "w"),
                     span="北京人民大会堂", type_="Place") == [("人民大会堂", "Place")]
    # xwlb-20230119-04: 在|新疆塔克拉玛干沙漠/LOC (jieba: 塔克拉玛干沙漠/ns)
    assert _repaired(("在", "p"), ("新疆塔克拉玛干沙漠", "LOC"), ("，", "w"),
                     span="新疆塔克拉玛干沙漠", type_="Place") == [("塔克拉玛干沙漠", "Place")]


def test_no_venue_is_cut_out_of_a_name_that_is_no_division_and_a_venue():
    # 平遥|古城: a two-character rest (古城/ns) is the whole place's word, not a venue of its own
    assert _repaired(("在", "p"), ("平遥古城", "LOC"), ("，", "w"), span="平遥古城", type_="Place") != [
        ("古城", "Place")]
    # 安达|卢西亚 (a Spanish region; 安达 is a city of 黑龙江): a name in transliterating characters
    assert _repaired(("在", "p"), ("安达卢西亚", "LOC"), ("，", "w"), span="安达卢西亚", type_="Place") == [
        ("安达卢西亚", "Place")]
    # 北京|北海公园: the rest opens with a division's name (北海), no venue is cut out
    assert ("北海公园", "Place") not in _repaired(("在", "p"), ("北京北海公园", "LOC"), ("，", "w"),
                                                 span="北京北海公园", type_="Place")
    # 武汉|东湖新技术开发区 (ns for jieba): a division's unit is the division stage's, no place
    assert ("东湖新技术开发区", "Place") not in _repaired(
        ("武汉东湖新技术开发区", "LOC"), ("是", "v"), span="武汉东湖新技术开发区", type_="Place")


def test_a_direction_that_begins_a_halls_name_is_no_part_of_the_venue():
    # 会谈在|人民大会堂北/LOC|大厅|举行 (19 times a year): the place is 人民大会堂
    assert _repaired(("会谈", "v"), ("在", "p"), ("人民大会堂北", "LOC"), ("大厅", "n"), ("举行", "v"), ("。", "w"),
                     span="人民大会堂北", type_="Place") == [("人民大会堂", "Place")]


@pytest.mark.parametrize("story_id,must", [
    ("xwlb-20230113-01", {("人民大会堂", "Place")}),
    ("xwlb-20230119-04", {("塔克拉玛干沙漠", "Place")}),
])
def test_venues_in_news_stories(story_id, must):
    text = _shared_texts(NEWS, [story_id], "the shared news corpus")[story_id]
    assert_names(text, must, {("北京人民大会堂", "Place")})
