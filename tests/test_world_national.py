"""A body whose name says it is the nation's, 中央 or 国家 first and an organisation's head last, is
in China (kgraph.extraction.world._national_owner; data/world/national_openers.txt), as one named
with 中国 first is: in a year of news 中央气象台 (91 mentions), 国家电影局 and 中央文献出版社 were in no
relation.  Not a kind every country has (data/world/every_nations_bodies.txt), a branch named with
its place, nor a body after a foreign country or party in its sentence.  The sentences are
xwlb-2023's, extracted whole as 新闻联播's (a national medium's story: the nation is where its bodies are)."""
from __future__ import annotations

import pytest

from kgraph.extraction.world import _national_owner

from .conftest import NATIONAL, related_pairs

CHINA = "中华人民共和国"


@pytest.mark.parametrize("text, body", [
    ("今天（1月11日），随着寒潮抵达，新疆北部出现10℃以上的降温和大到暴雪天气，中央气象台继续发布寒潮蓝色预警。",
     "中央气象台"),  # xwlb-20230111-08
    ("国家电影局统计数据显示，截至今天（1月23日）18时，兔年春节档票房已超过20亿元。", "国家电影局"),  # xwlb-20230123-05
    ("中共中央党史和文献研究院编辑的《习近平关于城市工作论述摘编》一书，近日由中央文献出版社出版，在全国发行。",
     "中央文献出版社"),  # xwlb-20230220-01
])
def test_a_body_named_as_the_nations_is_in_china(text, body):
    assert (body, CHINA) in related_pairs(text, "locatedIn", NATIONAL)


@pytest.mark.parametrize("text, body", [
    # a kind every country has (xwlb-20230124-12: the central banks of Latin America)
    ("阿根廷经济部长马萨近日对媒体表示，首脑会议将磋商共同货币议题，包括中央银行的角色、提振地区贸易等问题。", "中央银行"),
    # a body after a foreign party in its sentence is that country's (xwlb-20231206-03: Laos's inspectorate)
    ("12月6日，中共中央政治局常委、中央纪委书记李希在北京同老挝人民革命党中央政治局委员、中央纪委书记、"
     "国家监察总署署长坎潘举行会谈。", "国家监察总署"),
])
def test_no_body_of_another_country_is_placed_in_china(text, body):
    assert (body, CHINA) not in related_pairs(text, "locatedIn", NATIONAL)


def test_what_names_a_national_body():
    assert _national_owner("中央气象台") is not None and _national_owner("国家信息中心") is not None
    # a branch named with its place (xwlb-20231125-08: 国家电网|新疆|阜康抽水蓄能电站), a phrase ending in
    # no head (中央广播电视总台|跨年|晚会), a rest of one character (国家|队) and a kind every country has
    for label in ("国家电网新疆阜康", "中央广播电视总台跨年晚会", "国家队", "中央银行", "国家电视台", "中国一汽"):
        assert _national_owner(label) is None, label
