"""Chinese divisions that kgraph read as places (issues #18, #19): a county's short name after its
province (浙江义乌), or alone where the model reads a place in a story on its province (在莱西), a
full county name of two characters (忠县), a city's name glued to the word before (首都北京) or hidden
by a name the scan took one character earlier (亲|临江|苏: 江苏).  Each is the division, partOf its
parent; a mountain, a sea, a river or a common word of the same name is not (新疆天山南北, 东海,
大兴调查研究之风).  The sentences are from the year of news (xwlb-2023) unless said otherwise."""
from __future__ import annotations

import pytest

from kgraph.extraction.analysis import Analysis, Region
from kgraph.extraction.recognisers.divisions import find_divisions, scan
from kgraph.extraction.tagger import Token
from kgraph.gazetteer import gazetteer
from kgraph.model import Document
from kgraph.resources import table

from .conftest import NEWS, labels_by_type, related_pairs, shared_records


@pytest.mark.parametrize("text, division, written", [
    ("在浙江义乌江畔，绵延两公里多长的梅花迎来盛花期。", "义乌市", "义乌"),  # xwlb-20230208-07
    ("在北京丰台永定河畔园博园，一棵白皮松枝繁叶茂，郁郁葱葱。", "丰台区", "丰台"),  # xwlb-20230402-01
    ("在浙江义乌，盛开的白玉兰枝繁叶茂。", "义乌市", "义乌"),  # xwlb-20230216-11
    ("在吉林舒兰，灾毁房屋修复重建工作正在加紧进行。", "舒兰市", "舒兰"),  # xwlb-20230829-07
])
def test_a_county_short_name_after_its_province_is_the_county(text, division, written):
    found = labels_by_type(text)
    assert division in found.get("AdministrativeDivision", set())
    assert written not in found.get("Place", set())


def test_the_county_is_part_of_its_province():
    assert ("义乌市", "浙江省") in related_pairs("在浙江义乌江畔，绵延两公里多长的梅花迎来盛花期。", "partOf")


def test_a_district_after_its_city_in_a_news_story():
    """xwlb-20230825-12: 截至目前，北京|门头沟|地区的2.5万户受损有线电视信号用户全部恢复使用 — the district,
    which the relations stage had placed in 北京市 as a place."""
    story = shared_records(NEWS, {"xwlb-20230825-12"}, "the news corpus")["xwlb-20230825-12"]
    assert ("门头沟区", "北京市") in related_pairs(story["text"], "partOf")


@pytest.mark.parametrize("text, division, written", [
    ("山东麦收进度已过九成半。在莱西，75.8万亩小麦正在抓紧收割。", "莱西市", "莱西"),  # xwlb-20230618-06
    ("涪陵白鹤梁题刻、云阳张飞庙、忠县石宝寨等文化遗存，串起了长江沿岸数千年的文化脉络。", "忠县", "忠县"),
    # xwlb-20231029-11
    ("新年第一天，来自全国各地的群众来到首都北京的天安门广场，观看庄严隆重的升国旗仪式。", "北京市", "北京"),
    # xwlb-20230101-07
    ("2020年，中国石油大学（北京）克拉玛依校区的首届本科毕业生中，有超过四分之一的学生响应祖国号召。",
     "克拉玛依市", "克拉玛依"),  # xwlb-20230504-05: the city, which holds 克拉玛依区
    ("三次亲临江苏考察，多次作出重要指示批示。", "江苏省", "江苏"),  # xwlb-20230119-01: 亲|临江|苏
    ("黄百铁路北接沪昆铁路，南连南宁至昆明铁路，设计时速160公里。", "南宁市", "南宁"),  # xwlb-20231209-12
    ("从江苏滨海的黄海岸畔，到四川梓潼的大山深处，处处都是人们挥锹铲土的身影。", "江苏省", "江苏"),
    # xwlb-20230312-18: 从/p|江苏, the scan took 从江 (从江县)
    ("在长沙，李强考察了长沙比亚迪汽车、中国铁建重工、蓝思科技等企业。", "长沙市", "长沙"),  # xwlb-20230322-07
])
def test_a_division_the_text_reads_alone(text, division, written):
    found = labels_by_type(text)
    assert division in found.get("AdministrativeDivision", set())
    assert written not in found.get("Place", set())


@pytest.mark.parametrize("text, not_a_division", [
    ("如今，行走在新疆天山南北，处处可见碧水环绕、绿树成荫。", "天山区"),  # xwlb-20230911-13: the mountains
    ("郝鹏表示，辽宁振兴首先要企业振兴。", "振兴区"),  # xwlb-20230112-06: a verb
    ("这个部队出色完成东海防空识别区常态化管控、巡航台岛等一系列重大任务。", "东海县"),  # xwlb-20230116-05
    ("这些天，在江西鄱阳湖，东方白鹳、小天鹅等候鸟数量持续增加。", "鄱阳县"),  # jieba holds 鄱阳湖
    ("在江苏泰州凤城河畔，人们游览老街，品尝干丝、鱼汤面。", "凤城市"),  # xwlb-20230430-09: a river of 泰州
    ("输水线路涉及江苏、安徽、山东3省124个地级市和县市区，惠及沿线6800多万人口。", "和县"),  # xwlb-20231113-09
    ("黄骅港是我国西煤东运、北煤南运重要出海口。", "海口市"),  # xwlb-20230415-10: 出|海口
    ("要加强政府自身建设，大兴调查研究之风。", "大兴区"),  # xwlb-20230221-01: a verb
    ("高质量发展的最终目的是人民幸福安康。", "安康市"),  # xwlb-20230803-01: a word
    ("才能确保西藏长治久安和高质量发展。", "长治市"),  # xwlb-20231110-04: a saying
    ("黑龙江做好防汛工作。松花江、嫩江等干流防洪压力增大。", "嫩江市"),  # xwlb-20230807-02 (first sentence invented): a river
    ("截至目前，昆士兰州的林火已造成2人死亡。", "兰州市"),  # xwlb-20231028-11: Queensland
])
def test_a_namesake_is_no_division(text, not_a_division):
    assert not_a_division not in labels_by_type(text).get("AdministrativeDivision", set())


@pytest.mark.parametrize("text, word", [
    ("要加强政府自身建设，大兴调查研究之风。", "大兴"),  # xwlb-20230221-01: to promote
    ("人类社会现代化的征程难免遭遇坎坷，但前途终归光明。", "光明"),  # xwlb-20230316-01: bright
    ("集安组织举行2023年战略军事演习。", "集安"),  # xwlb-20230902-14: 集体安全条约组织
])
def test_a_common_word_is_no_place_either(text, word):
    """data/lexicon/common_division_words.txt: the model read these as places."""
    found = labels_by_type(text)
    assert word not in found.get("Place", set())
    assert not any(label.startswith(word) for label in found.get("AdministrativeDivision", set()))


def test_a_name_inside_an_organisation_s_word_makes_no_division():
    """xwlb-20230619-01: jieba holds 中华全国台湾同胞联谊会 whole, the model reads 台湾 in it; reading
    it as 台湾省 made the next organisation 台湾省中国残疾人联合会."""
    found = labels_by_type("中华全国台湾同胞联谊会、中国残疾人联合会向大会致贺词。")
    assert "中国残疾人联合会" in found.get("Agency", set())
    assert not any(label.startswith("台湾省") for label in found.get("Agency", set()))


# --- the stage alone, on a hand-built analysis with the model's places given

def _analysis(text: str, *places: str) -> Analysis:
    """``text`` alone, the model reading each of ``places`` (at its first occurrence) as a place."""
    tokens = [Token(text.index(p), text.index(p) + len(p), "LOC") for p in places]
    doc = Document(id="t", source="test", origin="test", title=None, headlines=(), text=text,
                   pieces=((0, 0, len(text)),))
    return Analysis(doc, Region(None), model_tokens=tokens)


def _divisions(an: Analysis) -> dict[str, str]:
    find_divisions(an, scan(an.text))
    return {m.text: m.label for m in an.mentions if m.type == "AdministrativeDivision" and m.end > m.start}


def test_the_stage_reads_a_county_after_its_province_without_the_model():
    assert "义乌市" in _divisions(_analysis("在浙江义乌江畔，梅花迎来盛花期。")).values()


def test_a_county_the_model_reads_as_a_place_of_its_own_keeps_its_own_span():
    # pd-dev: 本报|江苏/LOC|宜兴/LOC|5月9日电 — the places 江苏 and 宜兴, not one 江苏宜兴
    found = _divisions(_analysis("本报江苏宜兴5月9日电奥运会冠军来到家乡。", "江苏", "宜兴"))
    assert found.get("宜兴") == "宜兴市" and "江苏宜兴" not in found


def test_a_city_after_its_province_is_still_written_as_one_name():
    # the older reading, which organisations named after the city build on (四川宜宾|五粮液集团)
    assert _divisions(_analysis("在湖北荆州，梅花迎来盛花期。"))["湖北荆州"] == "荆州市"


def test_a_lone_county_needs_its_province_in_the_article():
    text = "在莱西，75.8万亩小麦正在抓紧收割。"
    assert "莱西" not in _divisions(_analysis(text, "莱西"))
    assert _divisions(_analysis("山东麦收进度已过九成半。" + text, "莱西"))["莱西"] == "莱西市"


def test_a_lone_county_needs_the_model_s_place():
    assert "莱西" not in _divisions(_analysis("山东麦收进度已过九成半。在莱西，75.8万亩小麦正在抓紧收割。"))


def test_a_namesake_alone_stays_no_division_even_in_its_province():
    # data/lexicon/division_namesakes.tsv: 嫩江 (the river) though 黑龙江 holds 嫩江市
    assert "嫩江" not in _divisions(_analysis("黑龙江做好防汛工作。松花江、嫩江等干流防洪压力增大。", "嫩江"))


def test_the_namesakes_are_county_short_names():
    gaz = gazetteer()
    for name, reading, *_ in table("division_namesakes.tsv"):
        assert reading in ("parent", "prefecture"), name
        assert any(gaz.levels[n] == 3 for n in gaz.by_short.nodes(name)), name


# --- the reverse: a foreign division, or a foreign name's tail, is no Chinese division the gazetteer lacks

@pytest.mark.parametrize("text, fragment", [
    ("截至目前，亚利桑那州马里科帕县已经有59人死于高温。", "帕县"),  # xwlb-2023: Maricopa County
    ("美国加利福尼亚州里弗赛德县8日发生一起小型飞机坠毁事件。", "赛德县"),  # xwlb-2023: Riverside County
    ("日本首相岸田文雄在和歌山县准备进行演讲时遭遇袭击。", "和歌山县"),  # xwlb-20230415: a world list name
    ("2018年4月7日，叙利亚空军涉嫌在大马士革东郊杜马镇使用化学武器。", "杜马镇"),  # xwlb-2023: Douma
    ("雷克雅内斯半岛格林达维克镇数千居民紧急疏散。", "维克镇"),  # xwlb-2023: Grindavík
    ("克里米亚黑海沿岸的费奥多西亚镇遭乌克兰方面袭击。", "西亚镇"),  # xwlb-20231226: Feodosia
])
def test_a_foreign_division_or_its_tail_is_no_chinese_division(text, fragment):
    assert fragment not in labels_by_type(text).get("AdministrativeDivision", set())


@pytest.mark.parametrize("text, division", [
    ("位于昆仑山深处的新疆克州塔尔乡这几天迎来丰收。", "塔尔乡"),  # xwlb-2023: 州 ends 克州
    ("在滨州市北陈村，每月都会举办一场文艺活动。", "北陈村"),  # xwlb-2023: right after a division
    ("在四川凉山三河村，我看望了彝族村民吉好也求。", "三河村"),  # xwlb-2023
])
def test_a_chinese_village_in_foreign_looking_characters_stays(text, division):
    assert division in labels_by_type(text).get("AdministrativeDivision", set())


# --- a kind counted, a work's title: no division the gazetteer lacks

@pytest.mark.parametrize("text, kind", [
    ("涞源县的通信线路全部抢通。当地75个交通中断村已抢通73个。", "交通中断村"),  # xwlb-2023 (the first
    # sentence shortened): 中断 is ns in jieba's dictionary, so no word test tells the phrase
    ("浙江省选择1万个左右的行政村进行全面整治，把其中1000个左右的中心村建成美丽乡村。", "中心村"),  # xwlb-2023
    ("北京召开新闻发布会。目前，北京342个通信中断村全部恢复通讯。", "中断村"),  # xwlb-20230809-02: the model's 中断村
    ("京剧《对花枪》《红娘》《四郎探母》《赤桑镇》和越剧《梁山伯与祝英台》等经典唱段韵味十足。", "赤桑镇"),
    # xwlb-2023: an opera
])
def test_a_counted_kind_or_a_title_is_no_division(text, kind):
    assert kind not in labels_by_type(text).get("AdministrativeDivision", set())


def test_a_counted_village_of_the_gazetteer_is_still_one():
    # invented: the count is of people; 梅溪镇 is the gazetteer's (资源县)
    assert "梅溪镇" in labels_by_type("广西桂林资源县梅溪镇的一个山村有120户人家。").get("AdministrativeDivision", set())


def test_a_publishers_name_says_which_county_a_page_is_at_home_in():
    from kgraph.extraction.recognisers.divisions import infer_region

    gaz = gazetteer()
    # written whole, the county is sure (来源：石泉县人民政府 on a county's website)
    assert gaz.names[infer_region([], "石泉县人民政府").node] == "石泉县"
    # short, only when the page names the county or a place in it (安吉新闻 above 递铺街道)
    page = scan("在递铺街道，陈国强一行走访了企业。")
    assert gaz.names[infer_region(page, "安吉新闻").node] == "安吉县"
    assert infer_region([], "安吉新闻").node is None
    # a national paper named like a district is no paper of it
    assert infer_region(scan("国务院新闻办公室今天举行发布会。"), "光明日报").node is None
    # a city's paper is the city's, not the district of the same short name
    assert gaz.names[infer_region([], "荆州日报").node] == "荆州市"


# --- a township the page names without its county

def test_the_only_township_of_its_name_is_linked_without_its_county():
    # a township's own post (莽张镇, 罗山县, 2022): 在莽张镇天湖村,周书记… names no county; the gazetteer has
    # one 莽张镇, so the page is 罗山县's, and 天湖村 the one inside that township
    text = "12月5日上午,周书记到我镇实地调研。在莽张镇天湖村,周书记详细了询问了新农合收缴进度。"
    an = Analysis(Document("t", "t", "t.txt", None, (), text, ((0, 0, len(text)),)), Region(None))
    find_divisions(an, scan(text))
    nodes = {m.text: m.prop("node") for m in an.of_type("AdministrativeDivision")}
    gaz = gazetteer()
    assert gaz.names[nodes["莽张镇"]] == "莽张镇" and "罗山县" in [gaz.names[n] for n in gaz.chain(nodes["莽张镇"])]
    assert gaz.is_within(nodes["天湖村"], nodes["莽张镇"])


def test_a_township_name_many_counties_share_or_a_word_with_a_level_stays_unlinked():
    # 城关镇 is in hundreds of counties; 促进|乡村|振兴 (xwlb-2023, often) holds no 促进乡
    found = labels_by_type("城关镇召开会议。要坚持以促进乡村振兴为抓手。")
    assert "城关镇" not in found.get("AdministrativeDivision", set()) or not any(
        d.endswith("县") for d in found.get("AdministrativeDivision", set()))
    assert "促进乡" not in found.get("AdministrativeDivision", set())
