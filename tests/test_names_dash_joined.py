"""Names a country opens, joined by one dash to the rest (issue 19: agency boundaries): 中国|—|东盟信息港股份有限公司,
第20届|中国|—|东盟博览会.  The model and the programs stage read the name from after the dash; the country and the dash
are part of it.  Checked on a hand-built :class:`Analysis` (the model's words written in the test) and end to end on
sentences of ``../shared/corpus/news/xwlb-2023.jsonl``."""
import kgraph

from .test_names_types import _repaired


def _labels(text, type_):
    return {e.label for e in kgraph.extract_text(text).entities if e.type == type_}


def test_a_body_a_country_and_one_dash_open():
    # xwlb-20231216-02: 位于|南宁|的|中国|—|东盟信息港股份有限公司/ORG
    assert _repaired(("位于", "v"), ("南宁", "LOC"), ("的", "u"), ("中国", "LOC"), ("—", "w"),
                     ("东盟信息港股份有限公司", "ORG"), span="东盟信息港股份有限公司",
                     type_="Agency") == [("中国—东盟信息港股份有限公司", "Agency")]
    # xwlb-20230413-09: 巴林|-|卡塔尔联合行动委员会
    assert _repaired(("巴林", "LOC"), ("-", "w"), ("卡塔尔联合行动委员会", "ORG"), ("12日", "t"),
                     span="卡塔尔联合行动委员会", type_="Agency") == [("巴林-卡塔尔联合行动委员会", "Agency")]


def test_not_a_bloc_nor_a_known_organisation_nor_a_dash_of_two():
    # 中国|—|东盟/ORG|合作: the bloc itself; xwlb-20230328-01: 中国|－|海湾阿拉伯国家合作委员会|峰会, the summit's two sides
    assert _repaired(("中国", "LOC"), ("—", "w"), ("东盟", "ORG"), ("合作", "v"), span="东盟",
                     type_="Agency") == [("东盟", "Agency")]
    assert _repaired(("中国", "LOC"), ("－", "w"), ("海湾阿拉伯国家合作委员会", "ORG"), ("峰会", "n"),
                     span="海湾阿拉伯国家合作委员会", type_="Agency") == [("海湾阿拉伯国家合作委员会", "Agency")]
    # nor a country the model read as a body (xwlb-2023: 中国|-|澳大利亚/ORG|海关 …)
    assert _repaired(("中国", "LOC"), ("-", "w"), ("澳大利亚", "ORG"), ("海关", "n"), span="澳大利亚",
                     type_="Agency") != [("中国-澳大利亚", "Agency")]
    # a dash of two sets what follows beside what precedes: 中国|——|国家开发银行 is the bank
    assert _repaired(("中国", "LOC"), ("——", "w"), ("国家开发银行", "ORG"), span="国家开发银行",
                     type_="Agency") == [("国家开发银行", "Agency")]


def test_an_expo_a_country_and_one_dash_open():
    # xwlb-20230825-13: 第20届|中国|—|东盟博览会; xwlb-2023: 第三届|中国|—|中东欧国家博览会
    assert "中国—东盟博览会" in _labels("第20届中国—东盟博览会将于9月16日至19日在广西南宁举办。", "Program")
    assert "中国—中东欧国家博览会" in _labels("第三届中国—中东欧国家博览会在浙江宁波开幕。", "Program")
