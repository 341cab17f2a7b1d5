"""Firms listed by their short names, a brand and its trade (recognisers/firms.py; county pages of 2017-2023)."""
from __future__ import annotations

from kgraph.extraction.recognisers.firms import firms_listed

from .builders import analysis_of
from .conftest import agency_labels


def test_firms_listed_on_a_hand_built_analysis():
    # 先后与连峰服装、恒兴箱包等26家县内外企业签约 (邯郸's county page, 2019): two brands and their trades, listed
    an = analysis_of("先后与连峰服装、恒兴箱包等26家县内外企业签约。")
    firms_listed(an)
    assert [(m.type, m.text) for m in an.mentions] == [("Agency", "连峰服装"), ("Agency", "恒兴箱包")]
    # a kind of business is no firm (智慧|农业, 生态|环保: words of the dictionary), nor a word after a preposition
    an = analysis_of("发展了智慧农业、生态环保、在新能源等产业。")
    firms_listed(an)
    assert an.mentions == []


def test_firms_listed_end_to_end():
    agencies = agency_labels("来到逻辑智能家居产业园、雷巨机电科技、凤武农业、奥邦环保、柳堡电子新材料等企业实地考察。")
    assert {"凤武农业", "奥邦环保"} <= agencies
    # one named alone, no list: no firm read so (a brand is told from a word by the list it stands in)
    an = analysis_of("镇里与凤武农业和几家企业合作。")
    firms_listed(an)
    assert an.mentions == []
