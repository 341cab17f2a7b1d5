"""Firms listed by their short names, a brand and its trade (recognisers/firms.py; county pages of 2017-2023)."""
from __future__ import annotations

import kgraph
from kgraph.extraction.recognisers.firms import firms_listed

from .builders import analysis_of
from .conftest import agency_labels, by_label


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


def test_shops_a_market_regulator_inspects():
    # 先后检查了华宇市场、瓦房店市中心医院、利民大药房、新丽华酒店、家乐福超市及大连万东食品有限公司 (瓦房店's page, 2013);
    # 好家乡超市、家乐福超市、突玛丽斯酒店、苏氏牛肉面、百草堂药店、济康大药房等 (天山区's page, 2017): brands of four too
    an = analysis_of("检查了好家乡超市、家乐福超市、突玛丽斯酒店、苏氏牛肉面、百草堂药店、济康大药房等食品经营单位。")
    firms_listed(an)
    assert {m.text for m in an.mentions} >= {"家乐福超市", "突玛丽斯酒店", "济康大药房"}
    # four characters that make a clause are no brand (打造|高效|农业, 发放|宣传|材料)
    an = analysis_of("大力发展特色农业、打造高效农业、发放宣传材料、设立咨询台。")
    firms_listed(an)
    assert an.mentions == []
    # nor words of the dictionary before a trade (镇村|两级|超市、加油站: xwlb-2023)
    an = analysis_of("镇村两级超市、加油站等也被纳入信用体系。")
    firms_listed(an)
    assert an.mentions == []


def test_family_farms_listed_after_their_towns_are_firms_and_a_family_farm_alone_none():
    # 深入|平梁镇|绿源家庭农场|、|章玉|养殖家庭农场|、|城关镇|润睿家庭农场|、|… (a county's page, 2021): registered farms, each
    # an enterprise; the kind alone (检查验收|家庭农场|省级示范县) names none
    result = kgraph.extract_text("省农业农村厅来我县检查验收家庭农场省级示范县创建工作。验收组一行先后深入平梁镇绿源家庭农场、"
                                 "章玉养殖家庭农场、城关镇润睿家庭农场、良沣养殖家庭农场、永丰生态家庭农场等地。")
    agencies = set(by_label(result, "Agency"))
    assert {"绿源家庭农场", "章玉养殖家庭农场", "润睿家庭农场", "良沣养殖家庭农场", "永丰生态家庭农场"} <= agencies
    assert "家庭农场" not in agencies and not {"章玉", "良沣"} & set(by_label(result, "Person"))
