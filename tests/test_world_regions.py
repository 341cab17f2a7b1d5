"""Countries and regions of the world in the regions of the UN's M49 scheme the article names
them with (kgraph.extraction.world, data/world/regions.tsv made by scripts/build_world_regions.py
from the CLDR's territory containment)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

import kgraph
from kgraph.extraction.analysis import Analysis
from kgraph.extraction.world import find_world
from kgraph.resources import data_table

from .conftest import built_by_script
from .test_relations_scenes import _analysis  # places written in a text, as recognition would leave them

_CLDR = Path("/usr/share/unicode/cldr/common/supplemental/supplementalData.xml")


def _located(an: Analysis) -> set[tuple[str, str]]:
    return {(f.subject.name, f.object.name) for f in an.facts if f.predicate == "locatedIn"}


def test_the_table_is_the_cldrs_containment_of_countries_by_their_one_names():
    rows = {(member, region) for _, member, _, region in data_table("world", "regions.tsv")}
    assert {("越南", "东南亚"), ("东南亚", "亚洲"), ("德国", "西欧"), ("西欧", "欧洲"),
            ("中华人民共和国", "东亚"), ("巴西", "南美洲")} <= rows
    assert ("土耳其", "欧洲") not in rows and ("俄罗斯", "东欧") in rows
    # no group that names no place (欧盟, 联合国, 欧元区), no 世界, and no 中非 (read 中|非: China, Africa)
    names = {region for _, region in rows} | {member for member, _ in rows}
    assert not names & {"欧盟", "联合国", "欧元区", "世界", "中非"}


def test_a_country_lies_in_the_innermost_region_the_article_names():
    # xwlb-20230716-13 在欧洲，希腊、意大利等国也在经历高温天气; 希腊 is in 南欧, in 欧洲
    an = _analysis("在欧洲，希腊、意大利等国也在经历高温天气。东南亚的越南属于亚洲。",
                   "欧洲", "希腊", "意大利", "东南亚", "越南", "亚洲")
    find_world(an)
    located = _located(an)
    assert {("希腊", "欧洲"), ("意大利", "欧洲"), ("越南", "东南亚"), ("东南亚", "亚洲")} <= located
    assert ("越南", "亚洲") not in located  # 东南亚, named too, is the inner one


def test_no_region_that_does_not_hold_the_country():
    # 土耳其 is in 西亚 for the CLDR (and the UN), not in 欧洲; 中国 is in no region of Africa
    an = _analysis("欧洲多国和土耳其遭遇高温，在非洲，中国数字技术助力发展。", "欧洲", "土耳其", "非洲", "中国")
    find_world(an)
    assert not {(s, o) for s, o in _located(an) if o in ("欧洲", "非洲")}


def test_a_story_places_its_countries_in_its_regions():
    # xwlb-20231108-02: 在东南亚，泰国电商行业…；在中东，…；在非洲，中国数字技术助力肯尼亚发展移动支付
    ex = kgraph.extract_text("在东南亚，泰国电商行业在中国企业投资和参与下获得快速发展。在非洲，中国数字技术助力肯尼亚"
                             "发展移动支付，为当地数字经济高效运转提供了便捷服务。")
    labels = {e.id: e.label for e in ex.entities}
    located = {(labels[r.subject], labels[r.object]) for r in ex.relations if r.predicate == "locatedIn"}
    assert {("泰国", "东南亚"), ("肯尼亚", "非洲")} <= located
    assert not {(s, o) for s, o in located if s in ("中国", "中华人民共和国")}


@pytest.mark.skipif(importlib.util.find_spec("babel") is None or not _CLDR.exists(),
                    reason="scripts/build_world_regions.py needs babel (pip install babel) and the CLDR's "
                           "supplemental data (apt-get install unicode-cldr-core)")
def test_the_regions_are_what_the_script_makes(tmp_path, monkeypatch):
    assert built_by_script("build_world_regions", "world", "regions.tsv", tmp_path, monkeypatch)


def test_a_countrys_mission_lies_in_the_place_it_is_posted_to():
    # xwlb-2023: 中国驻摩洛哥大使馆, 美国驻俄大使馆, 德国驻伊斯坦布尔总领事馆, 沙特驻伊朗马什哈德领事馆 (data/world/abroad.txt:
    # 使馆, 领事馆 are missions); not a mission to an organisation or to no place
    from kgraph.extraction.world import _mission_host
    assert _mission_host("中国驻摩洛哥大使馆") == "摩洛哥"
    assert _mission_host("美国驻俄大使馆") == "俄罗斯"
    assert _mission_host("德国驻伊斯坦布尔总领事馆") == "伊斯坦布尔"
    assert _mission_host("沙特驻伊朗马什哈德领事馆") == "伊朗"
    assert _mission_host("特立尼达和多巴哥常驻联合国代表团") is None
    assert _mission_host("中国驻多国大使馆") is None
    assert _mission_host("外交部") is None


def test_an_embassy_in_a_story_is_located_where_it_is_posted():
    import kgraph
    from kgraph.extraction.pipeline import extract_text
    d = kgraph.to_json(extract_text("中国驻摩洛哥大使馆提醒在摩中国公民注意防范余震。", doc_id="t"))
    labels = {e["id"]: e["label"] for e in d["entities"]}
    assert ("中国驻摩洛哥大使馆", "摩洛哥") in {(labels[r["subject"]], labels[r["object"]]) for r in d["relations"]
                                        if r["predicate"] == "locatedIn"}
