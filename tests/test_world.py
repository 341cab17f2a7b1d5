"""One entity per country, foreign places and agencies placed (kgraph.extraction.world and
the resolver's country keys): on hand-built analyses and records, and on stories of
../shared/corpus/news/xwlb-2023.jsonl."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

import kgraph
from kgraph.extraction.analysis import Analysis, Region
from kgraph.extraction.posts.countries import _country_ending_at
from kgraph.extraction.resolve import Resolver
from kgraph.extraction.world import country_abbreviations, country_key, find_world, one_character_reading, world_names
from kgraph.gazetteer import gazetteer
from kgraph.model import ArticleRecord, Document, Key, Mention, RecordFact, RecordMention, Span
from kgraph.resources import data_table

from .conftest import NEWS, built_by_script, shared_records


def _analysis(text: str, *mentions: tuple[str, str], publication: str | None = None) -> Analysis:
    """An analysis of ``text`` with the given mentions (type, written), keyed by their name,
    as the recognisers would leave it; published by ``publication``."""
    doc = Document("t", "t", "t.txt", None, (), text, ((0, 0, len(text)),), publication=publication)
    an = Analysis(doc, Region(None))
    for type_, written in mentions:
        start = text.index(written)
        an.add(Mention.make(type_, "t", start, start + len(written), written, written,
                            Key(type_.lower(), written)))
    return an


def _located(an: Analysis) -> set[tuple[str, str]]:
    return {(f.subject.name, f.object.name) for f in an.facts if f.predicate == "locatedIn"}


# --- the world list and the abbreviations (data/world)

def test_every_row_names_its_country_and_a_country_names_itself():
    rows = data_table("world", "countries.tsv")
    countries = {name for name, kind, _, _ in rows if kind == "country"}
    assert {country for *_, country in rows} <= countries
    one_name = {code: country for name, kind, code, country in rows if kind == "country"}
    for name, kind, code, country in rows:
        if kind == "country":
            assert one_name[code] == country, name  # every name of one code names one country
    named = {name: country for name, _, _, country in rows}
    assert named["俄国"] == named["俄罗斯"] == "俄罗斯"
    assert named["伦敦"] == "英国" and named["下诺夫哥罗德州"] == "俄罗斯"  # a city by its zone, a region by its code
    assert named["沙特阿拉伯"] == "沙特" and named["中国"] == "中华人民共和国"  # the name news gives them; China: its full name (EVENTS.md)


def test_abbreviations_name_countries_of_the_world_list():
    names = world_names()
    for abbreviation, name, where in data_table("world", "abbreviations.tsv"):
        assert len(abbreviation) == 1 and where in ("alone", "title", "place", "division", "context")
        if where == "division":  # a Chinese province, by the gazetteer's name
            assert [gazetteer().level(node) for node in gazetteer().lookup(name)] == ["province"], name
        else:
            assert name in names or name in ("欧洲", "非洲", "亚洲"), name  # a country's, or a continent
    # the posts stage reads the countries of the same table (俄|总统 -> 俄罗斯), no continent
    assert country_abbreviations()["俄"] == "俄罗斯" and "欧" not in country_abbreviations()
    assert country_abbreviations()["澳"] == "澳大利亚"  # before a title only


@pytest.mark.skipif(not all(importlib.util.find_spec(name) for name in ("pycountry", "babel", "opencc"))
                    or not Path("/usr/share/unicode/cldr/common/subdivisions/zh.xml").exists(),
                    reason="scripts/build_world.py needs pycountry, babel and opencc (pip install pycountry babel "
                           "opencc) and CLDR's subdivision names (apt-get install unicode-cldr-core)")
def test_the_world_list_is_what_the_script_makes(tmp_path, monkeypatch):
    assert built_by_script("build_world", "world", "countries.tsv", tmp_path, monkeypatch)


# --- the key of a country's mention

@pytest.mark.parametrize("key, expected", [
    (Key("place", "俄"), Key("place", "俄罗斯")),  # 俄乌冲突
    (Key("place", "俄国"), Key("place", "俄罗斯")),
    (Key("place", "俄方"), Key("place", "俄罗斯")),  # 俄方愿同中方一道
    (Key("place", "伊朗伊斯兰共和国"), Key("place", "伊朗")),
    (Key("place", "沙特阿拉伯"), Key("place", "沙特")),
    # the two Congos by the names news writes (xwlb-2023: 刚果（金） 38 times, 刚果民主共和国 2)
    (Key("place", "刚果民主共和国"), Key("place", "刚果（金）")),
    (Key("place", "刚果共和国"), Key("place", "刚果（布）")),
    (Key("place", "刚果"), Key("place", "刚果（布）")),
    (Key("place", "欧"), Key("place", "欧洲")),  # 中欧班列
    (Key("agency", "伊朗"), Key("place", "伊朗")),  # the state of 伊朗|总统
    (Key("agency", "中华人民共和国"), Key("place", "中华人民共和国")),  # the state of 国家主席
    (Key("agency", "俄外交部"), Key("agency", "俄罗斯外交部")),
    (Key("place", "中"), Key("place", "中华人民共和国")),  # 中|美, 中方 (abbreviations.tsv: place)
    (Key("place", "华"), Key("place", "中华人民共和国")),  # 访|华
    (Key("agency", "美国务院"), Key("agency", "美国国务院")),  # 务院 is no word after 美国
])
def test_a_country_has_one_key(key, expected):
    assert country_key(key) == expected


@pytest.mark.parametrize("key", [
    Key("place", "俄罗斯"),  # already the one key
    Key("place", "澳"),  # 港澳, 爱国爱澳: 澳门; only 澳|总理 is Australia's
    Key("place", "巴"),  # 巴以: 巴勒斯坦; 中巴经济走廊: 巴基斯坦
    Key("place", "港"),  # a province's: the world stage reads it (粤港澳 -> 香港特别行政区)
    Key("place", "伦敦"),  # a city: placed in its country, not merged with it
    Key("agency", "伊朗外交部"), Key("agency", "美联储"),  # named as written
    Key("person", "乌"),
])
def test_what_is_no_other_name_of_a_country_keeps_its_key(key):
    assert country_key(key) is None


def test_the_posts_stage_reads_the_abbreviations_of_the_world_list():
    an = _analysis("柬首相洪森出席。")
    assert _country_ending_at(an, 1, {}) == ("柬埔寨", 0)  # a row added here reaches the posts stage


# --- the stage, on hand-built analyses

def test_foreign_cities_regions_and_agencies_are_in_their_country():
    # as xwlb-20230114-08 英国国家统计局13日称, xwlb-20230206-14 伊朗外交部发言人卡纳尼,
    # xwlb-20230113-12 俄外交部, xwlb-20230125-13 美国南部得克萨斯州, xwlb-20230115-13 英国伦敦街头
    # xwlb-2023 writes 纽约市 as often as 纽约
    an = _analysis("英国国家统计局称，伦敦房价下跌。伊朗外交部发言人表示。俄外交部称。得克萨斯州遭遇龙卷风。美国纽约市。",
                   ("Agency", "英国国家统计局"), ("Place", "伦敦"), ("Agency", "伊朗外交部"),
                   ("Agency", "俄外交部"), ("Place", "得克萨斯州"), ("Place", "美国"), ("Place", "纽约市"))
    find_world(an)
    assert _located(an) == {("英国国家统计局", "英国"), ("伦敦", "英国"), ("伊朗外交部", "伊朗"),
                            ("俄外交部", "俄罗斯"), ("得克萨斯州", "美国"), ("纽约市", "美国")}
    # the countries are in the article, if only as mentions without a span, so the facts stand
    countries = {m.key for m in an.mentions if m.prop("implicit")}
    assert countries == {Key("place", name) for name in ("英国", "伊朗", "俄罗斯", "美国")}
    assert all(m.start == m.end and m.type == "Place" for m in an.mentions if m.prop("implicit"))


@pytest.mark.parametrize("agency", [
    "伊朗大使馆",  # xwlb-2023: Saudi Arabia reopens its embassy... in Tehran: an embassy's place is not its name's
    "沙特代表团",  # a delegation travels
    "加沙地带希法医院",  # 加 starts 加沙, not 加拿大
    "伊斯兰教",  # 伊 starts 伊斯兰
    "英特尔公司",  # 英 starts 英特尔
    "美中贸易全国委员会",  # 美|中: a pair of countries
    "巴勒斯坦人流离失所",  # the country's people, not an organisation
    "南非人民衷心感谢中国人民政府",  # names China's
    "中国代表团",  # a delegation travels
    "日本人",  # a country's people, not a body (a one-character rest must be an organisation's head)
])
def test_an_agency_that_is_not_the_country_s_is_not_placed_there(agency):
    an = _analysis(agency + "称。", ("Agency", agency))
    find_world(an)
    assert _located(an) == set()


def test_a_mission_abroad_is_where_it_is_posted_not_in_its_country():
    # xwlb-2023: 俄罗斯驻美使馆 is in the United States, 中国驻沙特大使馆 in Saudi Arabia (data/world/abroad.txt)
    for agency, host in (("俄罗斯驻美使馆", "美国"), ("中国驻沙特大使馆", "沙特")):
        an = _analysis(agency + "称。", ("Agency", agency))
        find_world(an)
        assert _located(an) == {(agency, host)}


def test_china_s_national_bodies_are_in_china():
    # xwlb-20230207-07 中国救援队已集结，将启程赶赴土耳其震区; xwlb-20230209-10 中国红十字会向叙利亚地震灾区
    # 提供的医疗物资; xwlb-20230112-11 中国汽车工业协会今天（1月12日）发布数据; xwlb-20230224-06 2月24日，中国外交部
    # 发布《关于政治解决乌克兰危机的中国立场》: China's own bodies are China's, as a foreign body is its country's
    an = _analysis("中国救援队已集结。中国红十字会向叙利亚地震灾区提供医疗物资。中国汽车工业协会今天发布数据。中国外交部发布。",
                   ("Agency", "中国救援队"), ("Agency", "中国红十字会"), ("Agency", "中国汽车工业协会"),
                   ("Agency", "中国外交部"), publication="新闻联播")
    find_world(an)
    assert _located(an) == {(name, "中华人民共和国") for name in ("中国救援队", "中国红十字会", "中国汽车工业协会", "中国外交部")}
    assert {m.key for m in an.mentions if m.prop("implicit")} == {Key("place", "中华人民共和国")}


@pytest.mark.parametrize("agency", [
    "中国队战胜日本队",  # xwlb-2023: a sentence read as one name (中国队|战胜|日本队)
    "中国特色社会主义工会",  # 中国特色: with Chinese characteristics, no body's name
    "中国党和人民政府",  # two, joined by 和
    "中国香港特区救援队",  # xwlb-20230217-07: Hong Kong's, a division's body
    "中国经济开局",  # 开局 only looks like a body's head (局)
    "中国援毛医疗队",  # works abroad (援毛: a word jieba does not know)
    "中国援外医疗队",  # xwlb-2023 今年是中国援外医疗队派遣60周年: the teams China sends abroad
])
def test_what_is_no_national_body_of_china_s_is_not_placed_there(agency):
    an = _analysis(agency + "。", ("Agency", agency))
    find_world(an)
    assert _located(an) == set()


def test_a_body_of_china_s_abroad_is_not_placed_in_china():
    # xwlb-2023 通过全球百家媒体和海外中国文化中心陆续展映
    an = _analysis("通过全球百家媒体和海外中国文化中心陆续展映。", ("Agency", "中国文化中心"))
    find_world(an)
    assert _located(an) == set()


def test_a_body_of_china_s_placed_in_its_division_stays_there():
    an = _analysis("中国石化九江分公司。", ("Agency", "中国石化九江分公司"))
    an.fact(Key("agency", "中国石化九江分公司"), "locatedIn", Key("division", "360400"), 0)
    find_world(an)
    assert _located(an) == {("中国石化九江分公司", "360400")}


def test_a_team_named_after_its_country_is_in_the_country():
    # xwlb-20230702-09 日本队夺得女篮亚洲杯冠军: its one-character head 队 after the country's name
    an = _analysis("日本队夺得女篮亚洲杯冠军。", ("Agency", "日本队"))
    find_world(an)
    assert _located(an) == {("日本队", "日本")}


def test_an_agency_named_after_a_foreign_city_is_in_the_city():
    # xwlb-20230201-11 德国驻伊斯坦布尔总领事馆 (recognised as 伊斯坦布尔总领事馆, a consulate in the
    # city); xwlb-20230222-12 日本东京电力公司 (recognised as 东京电力公司 after the country)
    an = _analysis("日本东京电力公司称。土耳其伊斯坦布尔总领事馆关闭。", ("Place", "日本"), ("Agency", "东京电力公司"),
                   ("Place", "土耳其"), ("Agency", "伊斯坦布尔总领事馆"))
    find_world(an)
    assert _located(an) == {("东京电力公司", "东京"), ("东京", "日本"), ("伊斯坦布尔总领事馆", "伊斯坦布尔"),
                            ("伊斯坦布尔", "土耳其")}
    # xwlb-20230226-11 美国环境保护署…诺福克南方铁路公司: Norfolk Southern is no body of Norfolk Island
    an = _analysis("美国环境保护署宣布，暂停诺福克南方铁路公司运输。", ("Agency", "美国环境保护署"),
                   ("Agency", "诺福克南方铁路公司"))
    find_world(an)
    assert _located(an) == {("美国环境保护署", "美国")}


@pytest.mark.parametrize("text, place", [
    # a city, or a region without its kind, is placed where the article names its country:
    # 汉诺威 is a parish of Jamaica in ISO 3166-2, 圣保罗 one of Antigua, 罗德里格斯 an island of
    # Mauritius (xwlb-2023: the Hanover fair, the city of Brazil, Cuba's foreign minister)
    ("汉诺威工业博览会开幕。", "汉诺威"),
    ("巴西圣保罗市民。", "圣保罗"),
    ("古巴外长罗德里格斯表示。", "罗德里格斯"),
    ("伦敦房价下跌。", "伦敦"),
])
def test_an_ambiguous_foreign_name_is_placed_with_its_country_only(text, place):
    an = _analysis(text, ("Place", place))
    find_world(an)
    assert an.facts == []


def test_the_region_kinds_words_are_no_regions():
    # 东北地区 is Ghana's Upper East in ISO's Chinese; in xwlb-2023 it is China's Northeast
    assert "东北地区" not in world_names() and "西北地区" not in world_names() and "大西洋" not in world_names()


def test_a_chinese_place_and_a_country_are_not_placed():
    # 河南省 is also a province of Viet Nam in ISO 3166-2 (VN-63)
    an = _analysis("俄罗斯和港澳。河南省。", ("Place", "俄罗斯"), ("Place", "港"), ("Place", "澳"), ("Place", "河南省"))
    find_world(an)
    assert an.facts == []


# --- resolution: one entity per country

def _record(doc_id: str, *mentions: RecordMention, facts=()) -> ArticleRecord:
    doc = Document(doc_id, doc_id, f"{doc_id}.txt", None, (), "", ((0, 0, 0),), digest=doc_id * 2)
    return ArticleRecord(doc, tuple(mentions), tuple(facts))


def _mention(type_: str, key: Key, label: str, doc_id: str, start: int | None) -> RecordMention:
    span = Span(doc_id, start, start + len(label), label) if start is not None else None
    return RecordMention(type_, key, label, label if span else None, span)


def test_a_country_and_its_state_are_one_entity():
    putin = Key("person", "普京", "")
    resolver = Resolver()
    # a: 俄|总统|普京 (the posts stage's state 俄罗斯, an agency) and 俄乌冲突; b: 俄罗斯 and 俄国
    resolver.add_article(_record(
        "a", _mention("Person", putin, "普京", "a", 3), _mention("Agency", Key("agency", "俄罗斯"), "俄罗斯", "a", None),
        _mention("Place", Key("place", "俄"), "俄", "a", 10), _mention("Place", Key("place", "港"), "港", "a", 20),
        _mention("Place", Key("place", "澳"), "澳", "a", 21),
        facts=[RecordFact(putin, "holdsPost", Key("agency", "俄罗斯"), (("title", "总统"),), Span("a", 0, 9, "俄总统普京"))]))
    resolver.add_article(_record(
        "b", _mention("Place", Key("place", "俄罗斯"), "俄罗斯", "b", 0), _mention("Place", Key("place", "俄国"), "俄国", "b", 5)))
    ex = resolver.finish()
    russia = [e for e in ex.entities if e.label == "俄罗斯"]
    assert len(russia) == 1 and russia[0].type == "Place" and russia[0].id == "place/俄罗斯"
    assert set(russia[0].aliases) == {"俄", "俄国"} and dict(russia[0].props)["state"] is True
    assert len(russia[0].mentions) == 3
    post = next(r for r in ex.relations if r.predicate == "holdsPost")
    assert post.object == "place/俄罗斯"
    # 港 and 澳 stay as written: 港澳 is 香港 and 澳门, not Australia
    assert {e.id for e in ex.entities if e.type == "Place"} == {"place/俄罗斯", "place/港", "place/澳"}


# --- end to end on the news

# story -> relations (subject's label, predicate, object's label) it must hold
NEWS_WORLD = {
    # 英国国家统计局13日称…; 匈牙利中央统计局13日发布…; 罗马尼亚首都布加勒斯特
    "xwlb-20230114-08": {("英国国家统计局", "locatedIn", "英国"), ("匈牙利中央统计局", "locatedIn", "匈牙利"),
                         ("布加勒斯特", "locatedIn", "罗马尼亚")},
    # 伊朗外交部发言人卡纳尼5日发表声明; 叙利亚首都大马士革
    "xwlb-20230206-14": {("伊朗外交部", "locatedIn", "伊朗"), ("卡纳尼", "holdsPost", "伊朗外交部"),
                         ("大马士革", "locatedIn", "叙利亚")},
    # 美国南部得克萨斯州东部遭遇龙卷风袭击
    "xwlb-20230125-13": {("得克萨斯州", "locatedIn", "美国")},
    # 俄外交部…; 俄乌冲突
    "xwlb-20230113-12": {("俄罗斯外交部", "locatedIn", "俄罗斯")},
    # 赵乐际分别会见叙利亚总统、尼泊尔总理: 巴沙尔 holds his post in the country 叙利亚
    "xwlb-20230925-08": {("巴沙尔", "holdsPost", "叙利亚"), ("尼泊尔政府", "locatedIn", "尼泊尔")},
    # 日本队夺得女篮亚洲杯冠军
    "xwlb-20230702-09": {("日本队", "locatedIn", "日本")},
    # 中国救援队今天（2月9日）继续在土耳其…; 中国红十字会向叙利亚地震灾区提供的医疗物资
    "xwlb-20230209-10": {("中国救援队", "locatedIn", "中华人民共和国"), ("中国红十字会", "locatedIn", "中华人民共和国")},
    # 乌方还称，顿涅茨克的索列达尔等地战斗激烈 (CLDR's 顿涅茨克州, written without 州, in 乌克兰)
    "xwlb-20230212-12": {("顿涅茨克", "locatedIn", "乌克兰")},
}


@pytest.fixture(scope="module")
def world_stories():
    return shared_records(NEWS, {*NEWS_WORLD, "xwlb-20230101-04"}, "the shared news corpus")


@pytest.mark.parametrize("story", sorted(NEWS_WORLD))
def test_foreign_things_placed_in_news_stories(world_stories, story):
    ex = kgraph.extract_text(world_stories[story]["text"], doc_id=story)
    labels = {e.id: e.label for e in ex.entities}
    found = {(labels[r.subject], r.predicate, labels[r.object]) for r in ex.relations}
    assert NEWS_WORLD[story] <= found, NEWS_WORLD[story] - found
    # one entity per country: no agency named as a country beside its place
    countries = {name for name, row in world_names().items() if row.kind == "country"}
    assert not [e for e in ex.entities if e.type == "Agency" and e.label in countries]


def test_one_russia_in_a_story_of_the_war(world_stories):
    # xwlb-20230113-12: 俄罗斯国防部…; 俄乌冲突; 俄方
    ex = kgraph.extract_text(world_stories["xwlb-20230113-12"]["text"], doc_id="xwlb-20230113-12")
    russia = [e for e in ex.entities if "俄" in (e.label, *e.aliases)]
    assert [e.id for e in russia] == ["place/俄罗斯"]
    assert [e.id for e in ex.entities if e.label == "乌克兰"] == ["place/乌克兰"]


def test_hong_kong_and_macao_are_not_australia(world_stories):
    # xwlb-20230101-04: 港澳人士表示…港澳的明天会更好
    ex = kgraph.extract_text(world_stories["xwlb-20230101-04"]["text"], doc_id="xwlb-20230101-04")
    australia = [e for e in ex.entities if e.label == "澳大利亚"]
    assert not australia
    # 港|澳: the provinces (data/world/abbreviations.tsv division rows), read side by side
    assert {e.label for e in ex.entities if "澳" in e.aliases} == {"澳门特别行政区"}
    assert {e.label for e in ex.entities if "港" in e.aliases} == {"香港特别行政区"}


# --- one-character places read in their context (data/world/abbreviations.tsv)

def _singles(text: str, characters: str) -> Analysis:
    """An analysis with each of ``characters`` a one-character place where the text first writes it."""
    return _analysis(text, *(("Place", ch) for ch in characters))


def _read(an: Analysis) -> dict[str, tuple[str, str]]:
    return {m.text: (m.type, m.label) for m in an.mentions if m.end - m.start == 1}


def test_provinces_written_by_one_character():
    # 京|津|冀|协同发展 (xwlb-20230130-03): the divisions, keyed as the gazetteer's
    an = _singles("推动京津冀协同发展", "京津冀")
    find_world(an)
    assert _read(an) == {"京": ("AdministrativeDivision", "北京市"), "津": ("AdministrativeDivision", "天津市"),
                         "冀": ("AdministrativeDivision", "河北省")}
    assert all(m.key.kind == "division" and m.prop("level") == "province" for m in an.mentions)


@pytest.mark.parametrize("text, characters, expected", [
    ("粤港澳大湾区", "粤港澳", {"澳": ("AdministrativeDivision", "澳门特别行政区")}),  # beside provinces
    ("推动中澳关系", "中澳", {"澳": ("Place", "澳大利亚")}),  # beside a country (xwlb-20230907-06)
    ("晋蒙交界", "晋蒙", {"蒙": ("AdministrativeDivision", "内蒙古自治区")}),  # xwlb-20230704-07
    ("中蒙边境", "中蒙", {"蒙": ("Place", "蒙古")}),  # xwlb-20230224-10
    # 中|巴|经济走廊 in a story naming 巴基斯坦 (xwlb-20230324-11)
    ("巴基斯坦总理说，中巴经济走廊", "中巴", {"巴": ("Place", "巴基斯坦")}),
    ("中老铁路", "中老", {"老": ("Place", "老挝")}),  # one candidate, beside a country
    # 印|巴 in a sentence naming none of 巴's countries: no place is sure, kept as written
    ("印巴两国间关系", "印巴", {"巴": ("Place", "巴")}),
])
def test_a_character_of_several_places_is_read_by_its_context(text, characters, expected):
    an = _singles(text, characters)
    find_world(an)
    read = _read(an)
    assert {ch: read[ch] for ch in expected} == expected
    assert one_character_reading("澳", "港", "") == ("division", "澳门特别行政区")


def test_china_by_one_character_is_one_country():
    # 中|美 (中 1,461 mentions in xwlb-2023), 访|华: the place 中华人民共和国 by its key
    assert country_key(Key("place", "中")) == country_key(Key("place", "华")) == Key("place", "中华人民共和国")
    assert "中" not in country_abbreviations()  # no country's before a title or in an agency's name: 中纪委


def test_provinces_by_one_character_in_a_news_story():
    records = shared_records(NEWS, {"xwlb-20230130-03"}, "the shared news corpus")
    ex = kgraph.extract_text(records["xwlb-20230130-03"]["text"], doc_id="xwlb-20230130-03")
    assert not [e for e in ex.entities if e.type == "Place" and e.label in ("京", "津", "冀")]
    beijing = [e for e in ex.entities if e.label == "北京市"]
    assert beijing and beijing[0].type == "AdministrativeDivision" and "京" in beijing[0].aliases


@pytest.mark.parametrize("text, expected", [
    # xwlb-20230105-02 习近平会见巴基斯坦总理夏巴兹…支持巴方维护国内团结稳定; xwlb-20230103-04 (巴西副总统阿尔克明)
    # 阿尔克明表示，巴方愿继续用好高委会合作机制: the side of the country the story names
    ("习近平会见巴基斯坦总理夏巴兹，支持巴方维护国内团结稳定。", "巴基斯坦"),
    ("巴西副总统阿尔克明表示，巴方愿继续用好高委会合作机制。", "巴西"),
    # a story naming two candidates: no side is sure, kept as written
    ("巴西和巴基斯坦代表出席。巴方表示欢迎。", "巴方"),
])
def test_a_side_by_an_ambiguous_character_is_the_country_the_story_names(text, expected):
    an = _analysis(text, ("Place", "巴方"))
    find_world(an)
    assert [m.label for m in an.mentions if m.text == "巴方"] == [expected]


# --- a place the model read with its country first

@pytest.mark.parametrize("text, written, country, place", [
    # xwlb-20231014-11 他们向以色列特拉维夫、斯代罗特等地发射了火箭弹 (a city of the world list)
    ("他们向以色列特拉维夫、斯代罗特等地发射了火箭弹。", "以色列特拉维夫", "以色列", "特拉维夫"),
    # xwlb-20230401-12 英国希思罗机场的1400多名安保人员开始举行罢工 (a place's head)
    ("英国希思罗机场的1400多名安保人员开始举行罢工。", "英国希思罗机场", "英国", "希思罗机场"),
    # xwlb-20230725-14 在意大利西西里岛的卡塔尼亚 (a feature's ending); xwlb-20230909-07 惊悉巴西南里奥格兰德州
    # 等地发生严重暴雨洪涝灾害 (a region's kind)
    ("在意大利西西里岛的卡塔尼亚，24日最高气温达到47摄氏度。", "意大利西西里岛", "意大利", "西西里岛"),
    ("惊悉巴西南里奥格兰德州等地发生严重暴雨洪涝灾害。", "巴西南里奥格兰德州", "巴西", "南里奥格兰德州"),
    # the country by its one character, before a name of the world list of that country: xwlb-20230605-15
    # 俄军4日击退了潜入俄别尔哥罗德州的又一个乌克兰武装小组; xwlb-20230212-14 美洛杉矶机场发生客机与巴士碰撞事故
    ("俄军4日击退了潜入俄别尔哥罗德州的又一个乌克兰武装小组。", "俄别尔哥罗德州", "俄", "别尔哥罗德州"),
    ("美洛杉矶机场发生客机与巴士碰撞事故", "美洛杉矶机场", "美", "洛杉矶机场"),
])
def test_a_place_read_with_its_country_first_is_two_and_in_the_country(text, written, country, place):
    an = _analysis(text, ("Place", written))
    find_world(an)
    assert {m.text for m in an.mentions if m.end > m.start} == {country, place}
    one = {"俄": "俄罗斯", "美": "美国"}.get(country, country)  # the country's one name
    assert (place, one) in _located(an)


@pytest.mark.parametrize("written", [
    "英国机场",  # xwlb-20230330-14 英国机场安保人员: a common word after the country
    "马里兰州",  # one word: Maryland, not 马里|兰州
    "巴西利亚",  # one word: the capital of Brazil
    "俄罗斯联邦外交政策构想",  # xwlb-20230401-11 《俄罗斯联邦外交政策构想》: a document, no place
    "苏丹东部加达里夫州",  # a direction first: no name of its own
    "南非国家博物馆",  # the country's own (国家): no 国家博物馆 apart from 南非
    "法希尔市",  # xwlb-20230527-13 北达尔富尔州首府法希尔市: El Fasher, not a 希尔市 of 法国
    "古柏林",  # xwlb-20230730-02 这片古柏林的延续和保护: an old cypress wood, not Cuba's 柏林
])
def test_what_is_no_place_of_the_country_after_it_stays_whole(written):
    an = _analysis(written + "。", ("Place", written))
    find_world(an)
    assert [m.text for m in an.mentions if m.end > m.start] == [written]


def test_a_place_cut_out_of_a_name_is_not_split():
    # xwlb-2023 向习近平主席致贺的还有：卡塔尔埃米尔塔米姆 (the model read 卡塔尔埃米尔塔 as a place)
    an = _analysis("向习近平主席致贺的还有：卡塔尔埃米尔塔米姆、阿曼苏丹海赛姆。", ("Place", "卡塔尔埃米尔塔"))
    find_world(an)
    assert "埃米尔塔" not in {m.label for m in an.mentions}


@pytest.mark.parametrize("text, written, kept", [
    # xwlb-20230518-03 两国元首签署了《中华人民共和国和塔吉克斯坦共和国联合声明》: a document, naming the country
    ("两国元首签署了《中华人民共和国和塔吉克斯坦共和国联合声明》。", "塔吉克斯坦共和国联合声明", ["塔吉克斯坦共和国"]),
    # xwlb-20230401-11 俄罗斯总统普京3月31日批准新版《俄罗斯联邦外交政策构想》
    ("俄罗斯总统普京3月31日批准新版《俄罗斯联邦外交政策构想》。", "俄罗斯联邦外交政策构想", ["俄罗斯"]),
    # xwlb-20231105-03 《习近平关于中国式现代化论述摘编》: no country's word
    ("《习近平关于中国式现代化论述摘编》一书出版。", "中国式现代化论述摘编", []),
])
def test_a_place_read_to_the_end_of_a_title_is_the_title(text, written, kept):
    an = _analysis(text, ("Place", written))
    find_world(an)
    assert [m.text for m in an.mentions if m.end > m.start] == kept


def test_a_place_that_is_a_whole_title_stays():
    an = _analysis("央视播出纪录片《长江》。", ("Place", "长江"))
    find_world(an)
    assert [m.text for m in an.mentions] == ["长江"]


# --- a number of places is no place (data/world/counted_places.txt)

@pytest.mark.parametrize("text, written", [
    ("“中国+中亚五国”合作机制是中国同中亚国家开展合作的平台。", "五国"),  # xwlb-2023 中亚|五国
    ("美国多州遭极端天气袭击。", "多州"),  # xwlb-20230401-13
    ("这批作品是从近4000件来自五大洲的国际艺术藏品中遴选出来的。", "五大洲"),  # xwlb-2023
    # xwlb-2023 …所罗门群岛、东帝汶5国进行访问: a country's name before the count
    ("赴基里巴斯、汤加、瓦努阿图、所罗门群岛、东帝汶5国进行访问。", "东帝汶5国"),
])
def test_a_number_of_places_is_no_place(text, written):
    an = _analysis(text, ("Place", written))
    find_world(an)
    assert written not in {m.label for m in an.mentions}


@pytest.mark.parametrize("text, written", [
    ("日本九州地区出现数十年一遇强降雨。", "九州"),  # xwlb-2023: Kyushu; 州 only after a count of no number
    ("泰国旅游业复苏。", "泰国"),  # a country whose name ends in 国
])
def test_a_name_that_only_ends_like_a_number_of_places_stays(text, written):
    an = _analysis(text, ("Place", written))
    find_world(an)
    assert any(m.text == written for m in an.mentions)


# --- a pair of one-character places with China's, read as one place

def test_a_pair_with_china_read_as_one_place_is_two_the_country_the_story_names():
    # xwlb-20230518-03 习近平…塔吉克斯坦总统拉赫蒙…中塔建交以来: 塔 is the country the story writes
    text = "国家主席习近平同塔吉克斯坦总统拉赫蒙举行会谈。习近平指出，中塔建交以来，两国关系实现跨越式发展。"
    an = _analysis(text, ("Place", "塔吉克斯坦"), ("Place", "中塔"))
    find_world(an)
    assert "中塔" not in {m.label for m in an.mentions}
    assert {(m.text, m.label) for m in an.mentions if m.end - m.start == 1} == {("中", "中"), ("塔", "塔吉克斯坦")}


@pytest.mark.parametrize("text, pair", [
    ("中塔建交以来，两国关系实现跨越式发展。", "中塔"),  # no country of 塔 written: none is sure
    ("华中地区输送清洁电能近400亿千瓦时。", "华中"),  # xwlb-2023: China's two names, a region of China
])
def test_a_pair_is_kept_when_no_country_is_sure(text, pair):
    an = _analysis(text, ("Place", pair))
    find_world(an)
    assert pair in {m.label for m in an.mentions}
