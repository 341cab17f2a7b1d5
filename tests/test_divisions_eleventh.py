"""Divisions left bare in the year of news (issues #18, #19): a town or a village the gazetteer does
not link, written right after the division that holds it (江苏徐州|马庄村, 浙江海宁|盐官古镇), is part
of it; one after no division the gazetteer links is part of none (希纳图安镇).  A county's short
name listed with, or at a route's end from, a division of its own province is the county (海林、东宁,
贵阳开往玉屏), not where the other is of another province (新安、龙湖).  The sentences are from the year of news (xwlb-2023)."""
from __future__ import annotations

import pytest

from .conftest import labels_by_type, related_pairs


@pytest.mark.parametrize("text, village, division", [
    ("丰富的文化活动，为乡村振兴提供了精神动力。在江苏徐州马庄村，村民们组成铜管乐团，不仅丰富了业余生活。",
     "马庄村", "徐州市"),  # xwlb-2023, many villages bear the name, none in 徐州
    ("在四川凉山三河村，我看望了彝族村民吉好也一家。", "三河村", "凉山彝族自治州"),
    ("山东临沂四门洞村，把萤火虫和溶洞打造成旅游项目。", "四门洞村", "临沂市"),  # the gazetteer lacks it
    ("在浙江海宁盐官古镇，月色与潮水交相辉映。", "盐官古镇", "海宁市"),
    ("到江苏苏州的同里古镇，去感受江南水乡的浓浓年味。", "同里古镇", "苏州市"),  # after 的
])
def test_a_village_after_its_division_is_part_of_it(text, village, division):
    assert (village, division) in related_pairs(text, "partOf")


def test_a_town_after_no_linked_division_is_part_of_none():
    # xwlb-2023 (the Philippines): 希纳 is no division the gazetteer holds
    found = related_pairs("当地官员表示，地震造成希纳图安镇、达沃市等地部分房屋和桥梁受损。", "partOf")
    assert not any(child.endswith("图安镇") for child, _ in found)


@pytest.mark.parametrize("text, divisions, written", [
    # xwlb-20230815-07: the model reads 海林 as a person's name; 东宁, 依兰 are of its province
    ("黑龙江受灾地区灾后恢复重建加快进行。海林、东宁、依兰等地组建工作组，深入受灾村屯。", {"海林市"}, "海林"),
    # xwlb-20230103-08: 三亚 and 海口 are of Hainan, as 陵水 and 万宁 are (the province unnamed)
    ("三亚、西双版纳、陵水、海口、厦门、万宁等地的预订量超过去年同期。", {"陵水黎族自治县", "万宁市"}, "陵水"),
    # xwlb-20230115-08, xwlb-20230509-06: a route's end, the other in its province
    ("火车上也年味十足。在贵阳开往玉屏的列车上，乘务员和旅客一起包饺子。", {"玉屏侗族自治县"}, "玉屏"),
    ("深圳至江门高铁、南昌至九江高铁、丽江至香格里拉铁路开通运营。", {"香格里拉市"}, "香格里拉"),
])
def test_a_county_short_name_listed_with_its_province_is_the_county(text, divisions, written):
    found = labels_by_type(text)
    assert divisions <= found.get("AdministrativeDivision", set())
    assert written not in found.get("Place", set())


def test_a_short_name_listed_with_another_province_is_no_county():
    # xwlb-20230221-04: reservoirs; 新安县 is in 河南, 龙湖区 in 广东
    found = labels_by_type("金门供水水源保障工程昨天开工，建成后，工程连通新安、龙湖等水库，保护和治理水源。")
    assert not {"新安县", "龙湖区"} & found.get("AdministrativeDivision", set())

