"""Places read this round, from a sweep of stories outside the gold (xwlb-2023)."""
from __future__ import annotations

import kgraph


def test_a_sites_name_goes_on_over_the_dot_of_a_transliterated_name():
    # xwlb-20230919-04 (a sweep of stories outside the gold): 何塞|·|马蒂|纪念碑, 何塞|·|马蒂|纪念馆 — the model reads 何塞·马蒂
    # whole once, 何塞 alone the next time
    ex = kgraph.extract_text("新闻\n李希还向何塞·马蒂纪念碑敬献花圈，参观了何塞·马蒂纪念馆。", date="2023-09-19")
    places = {e.label for e in ex.entities if e.type == "Place"}
    assert {"何塞·马蒂纪念碑", "何塞·马蒂纪念馆"} <= places and "马蒂纪念馆" not in places, places


def test_a_forest_farm_is_a_place_and_no_city_of_another_province_opens_it():
    # xwlb-20230811-01 (14 …林场 in xwlb-2023): 内蒙古|赤峰市|马鞍山|林场 — no 马鞍山市 (安徽); 塞罕坝机械林场, a division the
    # gazetteer holds, stays one entity
    ex = kgraph.extract_text("新闻\n他先后到内蒙古赤峰市马鞍山林场、河北塞罕坝机械林场等重点林场实地考察。", date="2023-08-11")
    by_type = {}
    for e in ex.entities:
        by_type.setdefault(e.type, set()).add(e.label)
    assert "马鞍山林场" in by_type.get("Place", set()), by_type
    assert "马鞍山市" not in by_type.get("AdministrativeDivision", set()), by_type
    assert sum(e.label == "塞罕坝机械林场" for e in ex.entities) == 1, by_type
    # a city's short name after its own province or a county of it stays the city (福建|石狮, 湖北|荆州)
    ex = kgraph.extract_text("新闻\n湖北荆州举办文化节。", date="2023-08-11")
    assert "荆州市" in {e.label for e in ex.entities if e.type == "AdministrativeDivision"}, ex.entities


def test_a_sites_name_after_the_first_part_of_a_name_the_model_reads_up_to_the_dot():
    # the model reads 何塞/PER alone: the site is 何塞·马蒂纪念馆, no person of that name; a dot opens no place
    ex = kgraph.extract_text("新闻\n李希还参观了何塞·马蒂纪念馆。代表团参观了列夫·托尔斯泰庄园。", date="2023-09-19")
    assert ("Place", "何塞·马蒂纪念馆") in {(e.type, e.label) for e in ex.entities}, ex.entities
    assert not any(e.label.startswith("·") for e in ex.entities), ex.entities
