"""Agencies the year of news (xwlb-2023) left in no relation: the bodies of China named with 中国
first and a name of their own (kgraph.extraction.world._home_owner), and a foreign body written
right after its country (kgraph.extraction.world._country_before), on hand-built analyses and on
real sentences of ../shared/corpus/news/xwlb-2023.jsonl (copied here)."""
from __future__ import annotations

import pytest

from kgraph.extraction.analysis import Analysis, Region
from kgraph.extraction.pipeline import extract_sources
from kgraph.extraction.world import _owner, find_world
from kgraph.model import Document, Key, Mention, Source

from .conftest import labels_by_type, related_pairs


def _analysis(text: str, *mentions: tuple[str, str]) -> Analysis:
    """An analysis of ``text`` with the given mentions (type, written), keyed by their name."""
    doc = Document("t", "t", "t.txt", None, (), text, ((0, 0, len(text)),))
    an = Analysis(doc, Region(None))
    for type_, written in mentions:
        start = text.index(written)
        an.add(Mention.make(type_, "t", start, start + len(written), written, written, Key(type_.lower(), written)))
    return an


def _located(an: Analysis) -> set[tuple[str, str]]:
    return {(f.subject.name, f.object.name) for f in an.facts if f.predicate == "locatedIn"}


def _located_in_a_national_story(sentence: str) -> set[tuple[str, str]]:
    """The locatedIn pairs of ``sentence`` read as a 新闻联播 story (a record whose source is that programme)."""
    story = extract_sources([Source(id="s", text=sentence, origin="s.jsonl:1", publication="新闻联播", single_article=True)])
    labels = {e.id: e.label for e in story.entities}
    return {(labels[r.subject], labels[r.object]) for r in story.relations if r.predicate == "locatedIn"}


# --- China's bodies with a name of their own after 中国

@pytest.mark.parametrize("agency", [
    "中国一汽",  # 中国|一汽 (j): an enterprise's short name
    "中国华能",  # 中国|华能 (nz)
    "中国航发",  # 中国|航发: a word jieba does not know, opening with a noun's character
    "中国出版集团有限公司",  # 中国|出版/v|集团: a verb before the noun it goes on with
    "中国海上搜救中心",  # 中国|海上/s|搜救/v|中心
    "中国新一届政府",  # 中国|新一届/b|政府
    "中国平煤神马集团",  # 中国|平煤|神马|集团: 平煤 unknown
    "中国电视剧精品制播联盟",
    "中国长江三峡集团有限公司",  # 长江三峡 (ns) names no division or country
])
def test_a_body_of_china_s_with_a_name_of_its_own_is_china_s(agency):
    assert _owner(agency) is not None and _owner(agency).country == "中华人民共和国"


@pytest.mark.parametrize("agency", [
    "中国支持世界卫生组织",  # a verb before a body's whole name (nt): a sentence
    "中国援毛医疗队",  # 援毛: unknown, opens with a verb's character; the team works abroad
    "中国驻多国大使馆",  # 驻多国: unknown, opens with a verb's character
    "中国同海合会",  # 同: a preposition
    "中国上大学",  # 上: a locality
    "中国城市",  # no organisation's head, no abbreviation
    "中国物流",
    "中国香港特区救援队",  # a division's body
    "中国美国商会",  # America's
])
def test_a_phrase_opening_with_china_is_no_body_of_china_s(agency):
    assert _owner(agency) is None


@pytest.mark.parametrize("sentence, agency", [
    # xwlb-20230517-02
    ("中国海上搜救中心将信息通报相关国家，澳大利亚等国海上搜救力量在现场搜救。", "中国海上搜救中心"),
    # xwlb-20230713-09
    ("在中国平煤神马集团，记者看到的却是衣服箱包、汽车轮胎、太阳能电池片这些和煤不相关的产品。", "中国平煤神马集团"),
    # xwlb-20230318-04
    ("全国人大代表、中国一汽首席技能大师杨永修带领研发团队，继续钻研新一代红旗新能源车型关键部件的试制工作。", "中国一汽"),
])
def test_china_s_bodies_of_the_news_are_placed_in_china(sentence, agency):
    # a 新闻联播 story is the nation's (data/world/national_media.txt): China is where its bodies are
    assert (agency, "中华人民共和国") in _located_in_a_national_story(sentence)
    # the same sentence on a page of no national medium names no China: none is made a place of its graph
    assert (agency, "中华人民共和国") not in related_pairs(sentence, "locatedIn")


# --- a foreign body written right after its country

def test_a_body_with_a_name_of_its_own_after_its_country_is_the_country_s():
    # xwlb-20230317-15 美国第一共和银行的股价当天一度下跌达78%; xwlb-20230203-09 世界田联室内巡回赛瑞典哥德堡站比赛
    an = _analysis("美国第一共和银行的股价当天一度下跌达78%。瑞典哥德堡站比赛中。",
                   ("Place", "美国"), ("Agency", "第一共和银行"), ("Place", "瑞典"), ("Agency", "哥德堡站"))
    find_world(an)
    assert {("第一共和银行", "美国"), ("哥德堡站", "瑞典")} <= _located(an)


@pytest.mark.parametrize("text, country, agency", [
    ("韩国最高人民法院裁定。", "韩国", "最高人民法院"),  # every country's: keyed by its common name
    ("俄罗斯外交部表示。", "俄罗斯", "外交部"),
    ("柬埔寨人民党主席洪森。", "柬埔寨", "人民党"),  # the dictionary's word, many countries' party
    ("阿曼代表团抵达萨那。", "阿曼", "代表团"),  # a delegation travels
    ("巴基斯坦海水淡化厂竣工。", "巴基斯坦", "海水淡化厂"),  # common words only
])
def test_a_body_of_common_words_after_a_country_is_not_placed_there(text, country, agency):
    an = _analysis(text, ("Place", country), ("Agency", agency))
    find_world(an)
    assert (agency, country) not in _located(an)


def test_a_country_s_character_before_a_body_places_nothing():
    # xwlb-2023 为俄中新时代全面战略协作伙伴关系发展注入新动力: 俄|中新时代 is a phrase
    an = _analysis("为俄中新时代全面战略协作伙伴关系发展注入新动力。", ("Place", "俄"), ("Agency", "中新时代"))
    find_world(an)
    assert ("中新时代", "俄罗斯") not in _located(an)


def test_a_foreign_bank_of_the_news_is_in_its_country():
    # xwlb-20230425-16
    pairs = related_pairs("美国第一共和银行股价暴跌近50%。受今年一季度存款大幅下降的影响，美国第一共和银行股价25日暴跌49.38%。",
                          "locatedIn")
    assert ("第一共和银行", "美国") in pairs or ("美国第一共和银行", "美国") in pairs


# --- a country's armed forces by its abbreviation, and a periodical after its country

@pytest.mark.parametrize("agency, country", [
    ("美军中央司令部", "美国"),  # xwlb-2023 美军中央司令部28日称: the segmenter reads 美军 as one word
    ("俄军", "俄罗斯"),
    ("乌军电子情报中心", "乌克兰"),
    ("乌方海军陆战队", "乌克兰"),
])
def test_a_country_s_forces_by_its_abbreviation_are_the_country_s(agency, country):
    assert _owner(agency) is not None and _owner(agency).country == country


@pytest.mark.parametrize("agency", [
    "英法联军",  # two countries' characters
    "美方代表",  # no organisation's head
    "乌军赫尔松集团军",  # a region of the world list after the forces (赫尔松)
])
def test_what_only_opens_with_forces_is_no_body_of_theirs(agency):
    assert _owner(agency) is None


def test_a_periodical_after_its_country_is_the_country_s():
    # xwlb-2023 据法国《回声报》和美国政治新闻网9日报道; 日本《朝日新闻》今天公布的最新民调显示
    pairs = related_pairs("央视网消息（新闻联播）：据法国《回声报》和美国政治新闻网9日报道。"
                          "日本《朝日新闻》今天公布的最新民调显示，岸田内阁支持率为28.1%。", "locatedIn")
    assert {("回声报", "法国"), ("朝日新闻", "日本")} <= pairs


def test_a_periodical_after_china_is_not_placed_by_this_rule():
    an = _analysis("中国《人民日报》发表评论员文章。", ("Place", "中国"), ("Agency", "人民日报"))
    find_world(an)
    assert _located(an) == set()


@pytest.mark.parametrize("agency", [
    "中国南方航空集团有限公司",  # 中国|南方/f|航空|集团: a direction's word of two characters
    "中国第一汽车集团有限公司",  # 中国|第一/m|汽车集团: a numeral of the name
    "中国一重集团",  # 中国|一重/m|集团
])
def test_a_direction_or_a_numeral_may_stand_in_a_name_of_china_s(agency):
    assert _owner(agency) is not None and _owner(agency).country == "中华人民共和国"


@pytest.mark.parametrize("agency", ["中国东盟", "中国欧盟"])
def test_china_and_a_group_of_countries_is_no_body_of_china_s(agency):
    # 中国—东盟: a pair (data/world/home_pairs.txt), though the dictionary reads 东盟 as an abbreviation
    assert _owner(agency) is None


# --- two teams and the verb of their contest (kgraph.extraction.repair; word set contest_verbs)

@pytest.mark.parametrize("sentence, teams", [
    # xwlb-20230803-07
    ("在昨晚进行的体操男团决赛中，中国队战胜日本队获得冠军。", {"中国队", "日本队"}),
    # xwlb-20230929-09
    ("此外，在昨晚进行的击剑女子花剑团体决赛中，中国队击败韩国队，时隔29年，再夺亚运会的女子花剑团体金牌。", {"中国队", "韩国队"}),
])
def test_two_teams_and_their_contest_are_two_teams(sentence, teams):
    agencies = labels_by_type(sentence).get("Agency", set())
    assert teams <= agencies and not any("战胜" in a or "击败" in a for a in agencies)


def test_a_body_written_after_its_country_in_a_longer_name_is_the_country_s_alone_too():
    # xwlb-20231104-06 会见德国博世集团董事会主席斯特凡·哈通 … 欢迎包括博世集团在内的跨国公司在华实现更好发展
    text = "会见德国博世集团董事会主席斯特凡·哈通。欢迎包括博世集团在内的跨国公司在华实现更好发展。"
    an = _analysis(text, ("Agency", "德国博世集团董事会"))
    start = text.rindex("博世集团")
    an.add(Mention.make("Agency", "t", start, start + 4, "博世集团", "博世集团", Key("agency", "博世集团")))
    find_world(an)
    assert ("博世集团", "德国") in _located(an)


# --- the academies under the State Council, written short in their units' names (data/lexicon/national_agencies.tsv)

@pytest.mark.parametrize("sentence, unit", [
    # xwlb-2023 复旦大学、上海交通大学、中科院上海分院入选为第一批基础研究特区
    ("复旦大学、上海交通大学、中科院上海分院入选为第一批基础研究特区。", "中科院上海分院"),
])
def test_a_unit_of_an_academy_written_short_is_its_unit(sentence, unit):
    assert (unit, "中国科学院") in related_pairs(sentence, "subOrganizationOf")


def test_a_member_of_an_academy_s_divisions_holds_the_title_there():
    # xwlb-20230901-12
    pairs = related_pairs("中国社会科学院学部委员、历史学部主任王巍作了题为《中华文明起源与早期发展综合研究》的讲座。", "holdsPost")
    assert ("王巍", "中国社会科学院") in pairs


# --- the nation's bodies with a head of one character (kgraph.extraction.world._national_owner)

@pytest.mark.parametrize("sentence, body", [
    ("国家标准委表示，今年我国大幅提升市场自主制定标准比重，推动我国市场主体用标准开拓国际市场。", "国家标准委"),  # xwlb-20230330-10
    ("今天（6月21日），国家禁毒办发布了《2022年中国毒情形势报告》。", "国家禁毒办"),  # xwlb-20230621-11
])
def test_a_national_body_with_a_one_character_head_is_in_china(sentence, body):
    assert (body, "中华人民共和国") in _located_in_a_national_story(sentence)


@pytest.mark.parametrize("label", ["国家民委", "中央编办", "国家外国专家局", "国家发展改革委"])
def test_what_names_a_national_body_with_a_short_head_or_a_field(label):
    assert _owner(label) is not None and _owner(label).country == "中华人民共和国"


@pytest.mark.parametrize("label", ["国家队", "中央银行", "国家电网新疆阜康", "中央政府驻澳"])
def test_what_names_no_national_body_of_china_s(label):
    assert _owner(label) is None


# --- a unit named after the body it belongs to (kgraph.extraction.recognise._parents_written_in_names)

@pytest.mark.parametrize("sentence, unit, parent", [
    # xwlb-20231110-08
    ("联合国开发计划署和西亚经济社会委员会9日发布报告称，加沙战事爆发以来，巴勒斯坦新增失业人口已达39万。",
     "联合国开发计划署", "联合国"),
    # xwlb-20231205-07
    ("在湖北武汉，华中科技大学软件学院的志愿者团队，利用自主研发的AI图像修复技术助力寻找走失孩子。",
     "华中科技大学软件学院", "华中科技大学"),
    # xwlb-20230511-12
    ("阿拉伯国家联盟理事会发表声明，强烈谴责以色列空袭加沙。", "阿拉伯国家联盟理事会", "阿拉伯国家联盟"),
])
def test_a_unit_named_after_its_body_is_its_unit(sentence, unit, parent):
    assert (unit, parent) in related_pairs(sentence, "subOrganizationOf")


@pytest.mark.parametrize("sentence, unit", [
    ("中国银行保险监督管理委员会发布通知。", "中国银行保险监督管理委员会"),  # 银行: no head of a body with units
    ("招商局集团有限公司今天发布公告。", "招商局集团有限公司"),  # the body itself, written longer
])
def test_a_body_whose_name_opens_with_another_is_not_always_its_unit(sentence, unit):
    assert not any(u == unit for u, _ in related_pairs(sentence, "subOrganizationOf"))


def test_a_body_read_in_a_name_and_related_to_nothing_leaves_no_entity():
    import kgraph
    labels = {e.label for e in kgraph.extract_text("招商局集团有限公司今天发布公告。", doc_id="t").entities}
    assert "招商局" not in labels


def test_a_central_body_s_unit_keeps_its_parent():
    # xwlb-2023 国务院新闻办公室今天举行国务院政策例行吹风会: 国务院|新闻办公室, not 国务院新闻办|公室
    assert ("国务院新闻办公室", "国务院") in related_pairs("国务院新闻办公室今天（12月18日）举行国务院政策例行吹风会。",
                                                        "subOrganizationOf")
