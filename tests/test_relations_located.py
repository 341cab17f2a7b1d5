"""Places and agencies the text locates that the graph left unrelated (issue #18): a place the model
reads as one name right after its division, of common words or not; an agency whose name opens with
its division written whole (kgraph.extraction.relations, data/relations/).  The sentences are
xwlb-2023's, extracted whole (the model's words decide)."""
from __future__ import annotations

import pytest

import kgraph
from kgraph.extraction.relations import _division_named_first
from kgraph.gazetteer import gazetteer
from .conftest import NATIONAL, related_pairs




# --- places right after their division

@pytest.mark.parametrize("text, place, where", [
    # jieba knows 白云机场 and 趵突泉 as common nouns, and 樱花|峪, 大众|巷 are common words: the model
    # reads each as one place's name after the city
    ("广州白云机场的机票预订显示，往年在春节前一周出现的客流高峰，今年提前到来。", "白云机场", "广州市"),  # xwlb-20230109-07
    ("在广东韶关樱花峪，20多个品种、近千亩樱花在山谷间绚丽绽放。", "樱花峪", "韶关市"),  # xwlb-20230219-07
    ("在甘肃兰州大众巷，挑福字、选灯笼，品尝热气腾腾的特色小吃。", "大众巷", "兰州市"),  # xwlb-20230114-05
    ("在江西安义县万长灌区的施工现场，京岗闸口主体工程已经建成。", "万长灌区", "安义县"),  # xwlb-20230129-01
    # abroad: 佛罗里达州|坦帕 (jieba: 坦帕/n), xwlb-20231030-13
    ("29日，美国多地发生枪击事件。佛罗里达州坦帕地区的枪击事件造成包括一名14岁少年在内的多人死伤。", "坦帕", "佛罗里达州"),
    # one word of the segmenter that starts in the division: 河南|洛阳龙门石窟, xwlb-20231210-08
    ("在河南洛阳龙门石窟，今年推出的《无上龙门》沉浸体验馆几乎场场爆满。", "龙门石窟", "洛阳市"),
])
def test_a_place_the_model_reads_whole_after_its_division_lies_in_it(text, place, where):
    assert (place, where) in related_pairs(text, "locatedIn")


@pytest.mark.parametrize("text, place", [
    ("建设国际消费中心城市，重庆依托山、水、城、桥相连的独特景观，联动打造消费场景。", "依托山"),  # a verb's phrase
    ("这里地处呼伦贝尔沙地腹地，今年秋季计划完成造林10万亩。", "沙地"),  # a kind (generic_places.txt)
    ("黄河山东段本年度第二次封河。", "段本年度"),  # a stretch's word read on
    ("长宁—威远和昭通国家级页岩气示范区建设加快推进。", "国家级页岩气"),  # a rank's phrase
])
def test_no_phrase_after_a_division_is_placed_in_it(text, place):
    assert not [pair for pair in related_pairs(text, "locatedIn") if pair[0] == place]


# --- agencies named after their division written whole

@pytest.mark.parametrize("label, division", [
    ("涡阳县人民医院血透室", "涡阳县"),  # 在安徽省|涡阳县|人民医院|血透室 (xwlb-2023): a unit of the hospital
    ("长沙市第一福利院", "长沙市"),  # 湖南省|长沙市|第一|福利院
    ("江苏省气象台", "江苏省"),  # 今天，|江苏省|气象台|分别发布暴雪蓝色预警
    ("淮滨县丰安种植专业合作社", "淮滨县"),  # 在河南|淮滨县|丰安种植专业合作社|的麦田里
    ("积石山县人民医院急诊室", "积石山保安族东乡族撒拉族自治县"),  # 积石山|县: the county's common name
    ("上海海关", "上海市"),  # 据|上海海关|统计: one word of jieba's, the city's name and a local head
    # a local body's head (data/relations/local_heads.txt) and a unit after it
    ("宜昌三峡中心医院伍家院区急诊室", "宜昌市"),  # 在|宜昌|三峡|中心医院|伍家院区|急诊室
    ("成都中医药大学温江校区", "成都市"),
    ("香港科学馆", "香港特别行政区"),  # 此次展览在|香港科学馆|和香港历史博物馆举行
    ("南京紫金山实验室", "南京市"),
])
def test_an_agency_named_after_its_division_written_whole_lies_in_it(label, division):
    node = _division_named_first(label)
    assert node is not None and gazetteer().names[node] == division


@pytest.mark.parametrize("label", [
    "台湾省全国人大",  # 13名|台湾省全国人大|代表: the national congress's deputies of the province
    "绥化市依托合作社",  # a verb after the city: no body's name
    "酒泉卫星发射中心",  # a city's short name: a body of the nation's, in Inner Mongolia
    "江北区人民医院",  # two divisions bear the name (重庆, 宁波)
    "怀柔国家实验室",  # a county's short name: not the county's own body
])
def test_no_agency_is_placed_by_a_name_that_does_not_say_where_it_is(label):
    assert _division_named_first(label) is None


def test_an_agency_of_a_division_written_whole_in_a_sentence():
    # xwlb-2023: 在安徽省涡阳县人民医院血透室，春节期间这里的医护人员依然忙碌
    located = related_pairs("在安徽省涡阳县人民医院血透室，春节期间这里的医护人员依然忙碌。", "locatedIn")
    assert any(agency.startswith("涡阳县人民医院") and where == "涡阳县" for agency, where in located)


# --- a place after its division's 的, read whole by the model

@pytest.mark.parametrize("text, place, where", [
    ("在安徽宣城泾县的桃花潭，当地的“龙舟村赛”今年的参赛队伍多达十余支。", "桃花潭", "泾县"),  # xwlb-20230623-06
    ("四川成都的宽窄巷子里，糖油果子、三大炮等四川传统小吃吸引了众多游客。", "宽窄巷子", "成都市"),  # 里: a localiser
])
def test_a_place_the_model_reads_whole_after_its_division_s_de_lies_in_it(text, place, where):
    assert (place, where) in related_pairs(text, "locatedIn")


def test_a_description_after_a_division_s_de_is_not_placed():
    # 青岛|的|百年|老街区 (xwlb-20230326-07): what is there, no place's name
    assert not [pair for pair in related_pairs("青岛的百年老街区经过升级改造，游客较往年大幅增加。", "locatedIn") if pair[0] == "百年老街区"]


# --- a place after 该 and its kind, with the place's kind between

def test_a_place_after_gai_its_kind_and_the_place_s_kind_lies_in_the_one_named_before():
    # xwlb-2023: 美国东北部佛蒙特州遭遇“灾难性”洪水…。|该州|首府|蒙彼利埃…
    located = related_pairs("美国东北部佛蒙特州遭遇“灾难性”洪水，该州数十条道路被迫关闭。该州首府蒙彼利埃市区的部分街道被淹。", "locatedIn")
    assert any(place.startswith("蒙彼利埃") and where == "佛蒙特州" for place, where in located)


# --- a region after a country's far east (data/relations/compass_parts.txt)

def test_a_region_after_a_country_s_far_east_lies_in_the_country():
    from kgraph.extraction.relations import find_relations
    from .test_relations_places import _analysis
    # xwlb-20230411-16: 俄罗斯|远东|堪察加半岛|的|希韦卢奇火山
    an = _analysis("俄罗斯远东堪察加半岛的希韦卢奇火山11日发生剧烈喷发。",
                   ("Place", "俄罗斯"), ("Place", "远东"), ("Place", "堪察加半岛"), ("Place", "希韦卢奇火山"))
    find_relations(an)
    located = {(f.subject.name, f.object.name) for f in an.facts if f.predicate == "locatedIn"}
    assert ("堪察加半岛", "俄罗斯") in located and ("希韦卢奇火山", "堪察加半岛") in located


# --- programs of a national story's 各地 (data/relations/national_subjects.txt)

@pytest.mark.parametrize("text, program", [
    ("今天（3月23日）是世界气象日。各地开展“世界气象日”主题活动，普及气象知识。", "世界气象日"),  # xwlb-20230323-08
    ("在粮食收储环节，各地实施“粮食绿色仓储提升行动”，目前全国已实现低温储粮。", "粮食绿色仓储提升"),  # xwlb-20231126-03
])
def test_a_program_a_national_story_s_places_carry_out_is_carried_out_in_the_country(text, program):
    ex = kgraph.extract_text(text, doc_id="t", publication=NATIONAL)
    labels = {e.id: e.label for e in ex.entities}
    assert any(program in labels[r.subject] and labels[r.object] == "中华人民共和国"
               for r in ex.relations if r.predicate == "carriedOutIn")


def test_no_program_of_a_foreign_country_s_places():
    # 美国|多地: the country is written before, no clause of the nation's
    ex = kgraph.extract_text("美国多地开展“反枪支暴力”游行活动。", doc_id="t")
    labels = {e.id: e.label for e in ex.entities}
    assert not [r for r in ex.relations if r.predicate == "carriedOutIn" and labels[r.object] == "中华人民共和国"]


# --- a list going on after a city of the world list (relations._country_of_a_listed_city)

@pytest.mark.parametrize("text, place, country", [
    ("13日到18日，英国初级医生在伦敦、利兹等地举行连续五天的罢工，抗议物价上涨。", "利兹", "英国"),  # xwlb-20230714-15
    ("意大利交通、教育等多个行业的工作人员在罗马、米兰、都灵、那不勒斯等地举行罢工。", "那不勒斯", "意大利"),
])
def test_a_place_listed_after_a_city_of_the_world_list_lies_in_its_country(text, place, country):
    assert (place, country) in related_pairs(text, "locatedIn")


def test_no_place_listed_after_a_city_is_placed_when_the_article_names_no_country():
    assert not [pair for pair in related_pairs("初级医生在伦敦、利兹等地举行罢工。", "locatedIn") if pair[0] == "利兹"]


# --- the stage alone, on hand-built analyses

def test_the_stage_places_an_agency_named_after_its_county_written_whole():
    from kgraph.extraction.relations import find_relations
    from .test_relations_places import _analysis
    an = _analysis("在安徽省涡阳县人民医院血透室，春节期间这里的医护人员依然忙碌。",
                   ("AdministrativeDivision", "安徽省", "340000"), ("Agency", "涡阳县人民医院血透室"))
    find_relations(an)
    node = gazetteer().lookup("涡阳县")[0]
    assert {(f.subject.name, f.object.name) for f in an.facts if f.predicate == "locatedIn"} == \
        {("涡阳县人民医院血透室", gazetteer().node_key(node))}
    assert [m.label for m in an.mentions if m.prop("implicit")] == ["涡阳县"]  # added without a span


def test_the_stage_places_a_list_after_a_city_of_the_world_list_in_its_country():
    from kgraph.extraction.relations import find_relations
    from .test_relations_places import _analysis
    an = _analysis("英国初级医生在伦敦、利兹等地举行罢工。", ("Place", "英国"), ("Place", "伦敦"), ("Place", "利兹"))
    find_relations(an)
    located = {(f.subject.name, f.object.name) for f in an.facts if f.predicate == "locatedIn"}
    assert ("利兹", "英国") in located and not any(place == "伦敦" for place, _ in located)  # 伦敦: the world stage's
