"""Places the text locates (kgraph.extraction.relations, data/relations/): a place written right
after a division or a foreign place, and what follows 位于X的 — on hand-built analyses and on
stories of ../shared/corpus/news/xwlb-2023.jsonl."""
from __future__ import annotations

import pytest

import kgraph
from kgraph.extraction.analysis import Analysis, Region
from kgraph.extraction.relations import find_relations
from kgraph.gazetteer import gazetteer
from kgraph.model import Document, Key, Mention

from .conftest import NEWS, related_pairs, shared_records

_KINDS = {"AdministrativeDivision": "division", "Place": "place", "Agency": "agency", "Program": "program",
          "Person": "person"}


def _analysis(text: str, *mentions: tuple, publication: str | None = None) -> Analysis:
    """An analysis of ``text`` with the mentions (type, written[, key name]) the recognisers
    would leave: a division keyed by its code, the rest by their name; published by ``publication``."""
    doc = Document("t", "t", "t.txt", None, (), text, ((0, 0, len(text)),), publication=publication)
    an = Analysis(doc, Region(None))
    for type_, written, *name in mentions:
        start = text.index(written)
        an.add(Mention.make(type_, "t", start, start + len(written), written, written,
                            Key(_KINDS[type_], name[0] if name else written)))
    return an


def _located(an: Analysis) -> set[tuple[str, str]]:
    return {(f.subject.name, f.object.name) for f in an.facts if f.predicate == "locatedIn"}


# --- on hand-built analyses (the sentences are the corpus's)

def test_a_place_after_a_division_lies_in_it():
    # 浙江|安吉|制作了多种当地传统美食 (xwlb-2023); 在|江西|南昌|凤凰沟梅园: the nearer division
    an = _analysis("浙江安吉制作了多种当地传统美食，在江西南昌凤凰沟梅园赏梅。",
                   ("AdministrativeDivision", "浙江", "330000"), ("Place", "安吉"),
                   ("AdministrativeDivision", "江西", "360000"), ("AdministrativeDivision", "南昌", "360100"),
                   ("Place", "凤凰沟梅园"))
    find_relations(an)
    assert _located(an) == {("安吉", "330000"), ("凤凰沟梅园", "360100")}


def test_a_place_after_a_foreign_place_lies_in_it():
    # 美国|夏威夷州|毛伊岛|大火 (xwlb-20230826-07); 英国|英格兰|地区; not China's own: a Chinese
    # place lies in a division
    an = _analysis("美国夏威夷州毛伊岛大火，英国英格兰地区罢工，中国桐庐。",
                   ("Place", "美国"), ("Place", "夏威夷州"), ("Place", "毛伊岛"), ("Place", "英国"),
                   ("Place", "英格兰"), ("Place", "中国"), ("Place", "桐庐"))
    find_relations(an)
    assert _located(an) == {("夏威夷州", "美国"), ("毛伊岛", "夏威夷州"), ("英格兰", "英国")}


@pytest.mark.parametrize("text, region, place", [
    ("俄军已经控制顿涅茨克地区的索列达尔，这有助于俄军", "顿涅茨克", "索列达尔"),  # xwlb-20230114-08
    ("乌军继续在扎波罗热地区的梅利托波尔和别尔江斯克方向采取进攻", "扎波罗热", "梅利托波尔"),  # xwlb-20230701-10
    ("乌军打击了顿涅茨克地区马克耶夫卡的俄军目标", "顿涅茨克", "马克耶夫卡"),  # xwlb-20230104-11
    ("俄军近期在顿涅茨克的巴赫穆特、武赫列达尔等地的军事行动", "顿涅茨克", "巴赫穆特"),  # xwlb-20230208-11
])
def test_a_place_after_a_foreign_region_and_its_kind_lies_in_it(text, region, place):
    # the regions of data/world/countries.tsv (CLDR's 顿涅茨克州, 扎波罗热州), written with 地区
    # and without 州, 的 or no 的 between
    an = _analysis(text, ("Place", region), ("Place", place))
    find_relations(an)
    assert _located(an) == {(place, region)}


@pytest.mark.parametrize("text, place", [
    ("俄军在顿涅茨克地区的阿夫杰耶夫卡方向发起进攻", "阿夫杰耶夫卡"),  # 阿夫杰耶夫卡|方向: a name going on
    ("美国多地的纽约州", "纽约州"),  # no region written before 的
    ("在乌克兰的伦敦办事处", "伦敦"),  # a country is no region with a kind word: only right before a place
])
def test_no_place_after_a_kind_word_unless_a_foreign_region_and_the_phrase_ends(text, place):
    before = text[:text.index(place)].rstrip("的")
    region = next(r for r in ("顿涅茨克", "多地", "乌克兰") if r in before)
    an = _analysis(text, ("Place", region), ("Place", place))
    find_relations(an)
    assert not _located(an)


@pytest.mark.parametrize("text, place, where", [
    ("美国多州遭极端天气袭击", "多州", "美国"),  # a number of states (xwlb-20230401-13)
    ("中亚五国", "五国", "中亚"),  # no country: 中亚 is a region of several
    ("美国东北纽约州也发布警报", "东北", "美国"),  # a direction (xwlb-20230629-13)
    ("大连海底隧道的建设工地", "海底隧道", "大连"),  # common words (xwlb-20230221-04)
    ("在青海海东黄河岸边植树", "黄河", "海东"),  # a river crosses divisions (xwlb-20230405-03)
    ("马来西亚东海岸铁路项目", "东海", "马来西亚"),  # cut out of 东海岸 (xwlb-20230512-12)
    ("重庆长江段", "长江", "重庆"),  # a stretch of it
    ("美国日本", "日本", "美国"),  # two countries
    ("成功举办杭州亚洲运动会", "亚洲", "杭州"),  # a continent (data/relations/generic_places.txt)
    ("俄太平洋舰队突击检查", "太平洋", "俄"),  # an ocean (xwlb-2023)
    ("美国中东政策的破坏性影响", "中东", "美国"),  # a region of the world (xwlb-2023)
    ("中越德天（板约）瀑布跨境旅游", "德天", "越"),  # one character: half of a pair (xwlb-2023)
])
def test_what_is_no_place_of_its_own_is_not_placed(text, place, where):
    where_type = "AdministrativeDivision" if where in ("大连", "海东", "重庆", "杭州") else "Place"
    an = _analysis(text, (where_type, where, "x"), ("Place", place))
    find_relations(an)
    assert _located(an) == set()


def test_what_follows_located_at_lies_in_the_last_place_named():
    # 在|位于|上海|的|中国商飞总装制造中心 (xwlb-20230113-01); 位于|北京市|顺义区|的|北京中德产业园
    an = _analysis("在位于上海的中国商飞总装制造中心，位于北京市顺义区的北京中德产业园，",
                   ("AdministrativeDivision", "上海", "310000"), ("Agency", "中国商飞总装制造中心"),
                   ("AdministrativeDivision", "北京市", "110000"), ("AdministrativeDivision", "顺义区", "110113"),
                   ("Place", "北京中德产业园"))
    find_relations(an)
    assert _located(an) == {("中国商飞总装制造中心", "310000"), ("北京中德产业园", "110113")}


def test_located_at_places_a_name_that_ends_its_phrase():
    # 位于|武汉市|的|中共|五大|会址纪念馆 (xwlb-2023): 中共 starts a longer name; 位于|西城区|的|中国书店|安排
    an = _analysis("李希来到位于武汉市的中共五大会址纪念馆。位于西城区的中国书店安排了专员。",
                   ("AdministrativeDivision", "武汉市", "420100"), ("Agency", "中共", "中国共产党"),
                   ("AdministrativeDivision", "西城区", "110102"), ("Agency", "中国书店"))
    find_relations(an)
    assert _located(an) == {("中国书店", "110102")}


def test_located_at_places_the_whole_name_only():
    # 位于|土耳其|伊斯坦布尔|的|黑海|粮食外运联合协调中心 (xwlb-20230721-16): the centre, not the sea
    an = _analysis("位于土耳其伊斯坦布尔的黑海粮食外运联合协调中心已结束运作。",
                   ("Place", "土耳其"), ("Place", "伊斯坦布尔"), ("Place", "黑海"))
    find_relations(an)
    assert ("黑海", "伊斯坦布尔") not in _located(an)
    assert ("伊斯坦布尔", "土耳其") in _located(an)


def test_a_place_placed_by_another_stage_keeps_that():
    an = _analysis("湖北省神农架", ("AdministrativeDivision", "湖北省", "420000"), ("Place", "神农架"))
    an.fact(Key("place", "神农架"), "locatedIn", Key("division", "429021"), 3)
    find_relations(an)
    assert _located(an) == {("神农架", "429021")}


# --- end to end, on the news corpus

_STORIES = {
    "xwlb-20230113-01": ("中国商飞总装制造中心", "上海市"),
    "xwlb-20230208-11": ("巴赫穆特", "顿涅茨克"),  # 俄军近期在|顿涅茨克|的|巴赫穆特|、|武赫列达尔
    "xwlb-20230212-12": ("索列达尔", "顿涅茨克"),  # 乌方还称，|顿涅茨克|的|索列达尔|等地
    "xwlb-20230527-07": ("新疆生产建设兵团", "新疆维吾尔自治区"),  # 及|新疆生产建设兵团|及时开展
    "xwlb-20230826-07": ("毛伊岛", "夏威夷州"),
    # xwlb-20230825-12 北京|门头沟|地区: the district 门头沟区, partOf 北京市 (tests/test_divisions_counties.py)
}


@pytest.fixture(scope="module")
def stories():
    return shared_records(NEWS, {*_STORIES, "xwlb-20230401-13", "xwlb-20230405-03"}, "the shared news corpus")


@pytest.mark.parametrize("story", sorted(_STORIES))
def test_places_located_in_news_stories(stories, story):
    ex = kgraph.extract_text(stories[story]["text"], doc_id=story)
    labels = {e.id: e.label for e in ex.entities}
    located = {(labels[r.subject], labels[r.object]) for r in ex.relations if r.predicate == "locatedIn"}
    assert _STORIES[story] in located


@pytest.mark.parametrize("story, place", [("xwlb-20230401-13", "多州"), ("xwlb-20230405-03", "黄河")])
def test_no_place_of_its_own_unplaced_in_news_stories(stories, story, place):
    ex = kgraph.extract_text(stories[story]["text"], doc_id=story)
    labels = {e.id: e.label for e in ex.entities}
    assert not [r for r in ex.relations if r.predicate == "locatedIn" and labels[r.subject] == place]


# --- agencies named after their province (kgraph.extraction.relations._agencies_by_division_name)

@pytest.mark.parametrize("text, agency, province", [
    # 支持湖北、浙江等28省（区、市）及|新疆生产建设兵团|及时开展… (xwlb-20230527-07): one word of the model (nt)
    ("支持湖北、浙江等28省（区、市）及新疆生产建设兵团及时开展水毁灾损水利工程设施修复", "新疆生产建设兵团", "新疆维吾尔自治区"),
    ("10日上午，北京大学校园内洋溢着朝气蓬勃的青春气息", "北京大学", "北京市"),  # xwlb-20230610-05
    ("由中共中央对外联络部和中共湖北省委共同主办", "湖北省委", "湖北省"),  # xwlb-20230530-07
    # a prefecture-level city's, by a local body's head (data/relations/local_heads.txt)
    ("据深圳海关统计，2022年，深圳市外贸进出口3.67万亿元", "深圳海关", "深圳市"),  # xwlb-20230201-08
    ("习近平7月4日给南京审计大学审计专业硕士国际班的留学生回信", "南京审计大学", "南京市"),  # xwlb-20230705-02
])
def test_an_agency_named_after_its_province_lies_in_it(text, agency, province):
    an = _analysis(text, ("Agency", agency))
    find_relations(an)
    node = gazetteer().lookup(province)[0]
    assert _located(an) == {(agency, gazetteer().node_key(node))}
    # the province is in the article, if only as a mention without a span
    assert [m.label for m in an.mentions if m.prop("implicit")] == [province]


@pytest.mark.parametrize("text, agency", [
    ("中方支持土方同上海合作组织开展建设性合作", "上海合作组织"),  # 上海|合作 (vn)|组织: no body of 上海市 (xwlb-2023)
    ("谷神星一号遥五运载火箭在我国酒泉卫星发射中心成功发射升空", "酒泉卫星发射中心"),  # a city's name: in Inner Mongolia
    ("北京科技企业", "北京科技"),  # no organisation's name (no head of data/lexicon/org_suffixes.txt)
    # a county's name: 南华大学 is in 衡阳市, not 南华县 (xwlb-20230109-06 在湖南衡阳，南华大学…)
    ("在湖南衡阳，南华大学拥有执业医师资格证的100多名硕士研究生", "南华大学"),
    ("在电子科技大学（清水河校区）、西华大学、四川建筑职业技术学院设置考点", "西华大学"),  # xwlb-20230720-10
])
def test_an_agency_not_named_after_a_province_it_lies_in_is_not_placed(text, agency):
    an = _analysis(text, ("Agency", agency))
    find_relations(an)
    assert not _located(an)


def test_an_agency_placed_already_keeps_its_place():
    # the finer division another stage read stays the one (海淀区, not 北京市 as well)
    an = _analysis("北京大学", ("Agency", "北京大学"))
    an.fact(Key("agency", "北京大学"), "locatedIn", Key("division", "110108"), 0)
    find_relations(an)
    assert _located(an) == {("北京大学", "110108")}


# --- a foreign place in apposition: country or region, its part, the place's kind, its name

@pytest.mark.parametrize("text, where, place", [
    # xwlb-20231009-12 …和以色列南部城市阿什凯隆发射火箭弹; xwlb-20231217-10 对以色列南部城市埃拉特的多个目标
    ("向特拉维夫的本古里安国际机场和以色列南部城市阿什凯隆发射火箭弹。", "以色列", "阿什凯隆"),
    ("对以色列南部城市埃拉特的多个目标发动了无人机袭击。", "以色列", "埃拉特"),
    # xwlb-20230711-13 亚利桑那州首府菲尼克斯的气温已经连续10天; xwlb-20230724-14 在亚利桑那州的首府菲尼克斯
    ("亚利桑那州首府菲尼克斯的气温已经连续10天超过43摄氏度。", "亚利桑那州", "菲尼克斯"),
    ("在亚利桑那州的首府菲尼克斯，当地最高气温已经连续多日超过43摄氏度。", "亚利桑那州", "菲尼克斯"),
    # xwlb-20231231-09 …袭击俄罗斯西南部边境城市别尔哥罗德
    ("乌军使用集束弹头的火箭弹袭击俄罗斯西南部边境城市别尔哥罗德。", "俄罗斯", "别尔哥罗德"),
])
def test_a_foreign_place_in_apposition_lies_in_the_place_before_its_kind(text, where, place):
    an = _analysis(text, ("Place", where), ("Place", place))
    find_relations(an)
    assert (place, where) in _located(an)


@pytest.mark.parametrize("text, where, place", [
    # xwlb-20230419-13 首都喀土穆国际机场方向有浓烟升起: 喀土穆 starts a longer name, no phrase of its own
    ("当地时间19日上午，苏丹首都喀土穆国际机场方向有浓烟升起。", "苏丹", "喀土穆"),
    # a Chinese division before the kind is the divisions stage's: no foreign place
    ("广东省会城市广州持续高温。", "广东", "广州"),
])
def test_no_place_in_apposition_unless_foreign_and_the_phrase_ends(text, where, place):
    an = _analysis(text, ("Place", where), ("Place", place))
    find_relations(an)
    assert (place, where) not in _located(an)


@pytest.mark.parametrize("text, place", [
    # xwlb-2023: the division named last is China's, the place abroad (北京时间 is no place of the story's)
    ("北京时间今天上午9时左右，中韩双方在韩国仁川国际机场共同举行交接仪式。", "仁川国际机场"),
    ("当地时间18日晚，李强乘坐的包机从北京出发，抵达柏林勃兰登堡机场。", "柏林勃兰登堡机场"),
])
def test_a_place_abroad_is_not_in_the_division_named_before(text, place):
    ex = kgraph.extract_text(text)
    labels = {e.id: e.label for e in ex.entities}
    divisions = {e.id for e in ex.entities if e.type == "AdministrativeDivision"}
    assert not [r for r in ex.relations if r.predicate == "locatedIn" and labels[r.subject] == place
                and r.object in divisions]


def test_a_place_after_its_division_is_still_placed_by_the_places_stage():
    ex = kgraph.extract_text("在湖北荆州，三国公园游人如织。")
    labels = {e.id: e.label for e in ex.entities}
    assert ("三国公园", "荆州市") in {(labels[r.subject], labels[r.object]) for r in ex.relations
                                   if r.predicate == "locatedIn"}


def test_a_place_named_after_its_division_stays_there_whatever_is_written_before():
    # xwlb-2023 西安还将首开至塔吉克斯坦首都杜尚别的国际航线…西安机场国际客运航线将达到16条
    ex = kgraph.extract_text("西安还将首开至塔吉克斯坦首都杜尚别的国际航线。西安机场国际客运航线将达到16条。")
    labels = {e.id: e.label for e in ex.entities}
    assert ("西安机场", "西安市") in {(labels[r.subject], labels[r.object]) for r in ex.relations
                                   if r.predicate == "locatedIn"}


# --- a list after a placed place: the places listed lie where the first does

@pytest.mark.parametrize("text, mentions, expected", [
    # xwlb-20230208-11: 顿涅茨克|的|巴赫穆特|、|武赫列达尔|等地
    ("俄军近期在顿涅茨克的巴赫穆特、武赫列达尔等地的军事行动进展顺利",
     (("Place", "顿涅茨克"), ("Place", "巴赫穆特"), ("Place", "武赫列达尔")),
     {("巴赫穆特", "顿涅茨克"), ("武赫列达尔", "顿涅茨克")}),
    # xwlb-20231013-13: 以色列|阿什凯隆|、|梅图拉|等多地
    ("当天，以色列阿什凯隆、梅图拉等多地上空响起防空警报。",
     (("Place", "以色列"), ("Place", "阿什凯隆"), ("Place", "梅图拉")),
     {("阿什凯隆", "以色列"), ("梅图拉", "以色列")}),
    # xwlb-20230122-02: 海南|七连屿|赵述岛|、|北岛|等岛礁 (a community of 三沙市)
    ("海南七连屿赵述岛、北岛等岛礁的渔民和工作人员欢聚一堂",
     (("AdministrativeDivision", "七连屿", "460321/七连屿"), ("Place", "赵述岛"), ("Place", "北岛")),
     {("赵述岛", "460321/七连屿"), ("北岛", "460321/七连屿")}),
])
def test_places_listed_after_a_placed_one_lie_where_it_does(text, mentions, expected):
    an = _analysis(text, *mentions)
    find_relations(an)
    assert _located(an) == expected


@pytest.mark.parametrize("text, mentions, unplaced", [
    # xwlb-2023: 塞内加尔|方久尼大桥|、|肯尼亚机场 — an item that names its own country
    ("非洲疾控中心、塞内加尔方久尼大桥、肯尼亚机场快速路",
     (("Place", "塞内加尔"), ("Place", "方久尼大桥"), ("Place", "肯尼亚机场")), "肯尼亚机场"),
    # an item opening with a division of its own: 浙江|良渚|、|四川三星堆
    ("浙江良渚、四川三星堆等遗址", (("AdministrativeDivision", "浙江", "330000"), ("Place", "良渚"),
                            ("Place", "四川三星堆")), "四川三星堆"),
    # an item the name goes on after (阿夫杰耶夫卡|方向): no place of the list
    ("顿涅茨克的巴赫穆特、阿夫杰耶夫卡方向", (("Place", "顿涅茨克"), ("Place", "巴赫穆特"),
                                 ("Place", "阿夫杰耶夫卡")), "阿夫杰耶夫卡"),
    # no place placed first: 东北|、|黄淮海 (a direction opens the list)
    ("东北、黄淮海大豆重点产区", (("Place", "东北"), ("Place", "黄淮海")), "黄淮海"),
])
def test_a_listed_place_is_not_placed_by_the_list_when_it_names_its_own_or_goes_on(text, mentions, unplaced):
    an = _analysis(text, *mentions)
    find_relations(an)
    assert unplaced not in {subject for subject, _ in _located(an)}


# --- a part by its direction between a country, a region or an area and a place

@pytest.mark.parametrize("text, mentions, expected", [
    # xwlb-20230426-12: 苏丹|西部|达尔富尔|地区
    ("此外，苏丹西部达尔富尔地区居民说，该地区冲突也在升级。", (("Place", "苏丹"), ("Place", "达尔富尔")),
     {("达尔富尔", "苏丹")}),
    # xwlb-20231113-10: 加沙|地带|北部|卡拉梅|地区 — an area written with 地带
    ("以军还称，控制了加沙地带北部卡拉梅地区。", (("Place", "加沙"), ("Place", "卡拉梅")), {("卡拉梅", "加沙")}),
    # xwlb-20230827-10: 佛罗里达州|北部|杰克逊维尔市 (a region of the world list); the state lies in 美国, written
    # right before it though no mention of it is given here
    ("美国佛罗里达州北部杰克逊维尔市一家商店26日发生枪击事件", (("Place", "佛罗里达州"), ("Place", "杰克逊维尔市")),
     {("杰克逊维尔市", "佛罗里达州"), ("佛罗里达州", "美国")}),
])
def test_a_place_after_a_part_of_a_country_or_region_lies_in_it(text, mentions, expected):
    an = _analysis(text, *mentions)
    find_relations(an)
    assert _located(an) == expected


@pytest.mark.parametrize("text, mentions, place", [
    # xwlb-20230827-10: islands north of a city, not in it
    ("一架运输机在澳大利亚达尔文北部提维群岛坠毁", (("Place", "达尔文"), ("Place", "提维群岛")), "提维群岛"),
    # a number of states, not one (xwlb-2023)
    ("美国南部多州遭遇新一轮风暴", (("Place", "美国"), ("Place", "多州")), "多州"),
])
def test_no_place_after_a_part_of_a_city_or_when_no_place_of_its_own(text, mentions, place):
    an = _analysis(text, *mentions)
    find_relations(an)
    assert place not in {subject for subject, _ in _located(an)}


@pytest.mark.parametrize("text, mentions, expected", [
    # xwlb-20230906-15: a rank before the kind
    ("英国第二大城市伯明翰宣布破产", (("Place", "英国"), ("Place", "伯明翰")), {("伯明翰", "英国")}),
    # xwlb-20231216-11: a region this stage placed abroad (苏丹|中部|杰济拉州, before its 首府) places its capital
    ("在苏丹中部杰济拉州首府瓦德迈达尼发生交火。",
     (("Place", "苏丹"), ("Place", "杰济拉州"), ("Place", "瓦德迈达尼")),
     {("杰济拉州", "苏丹"), ("瓦德迈达尼", "杰济拉州")}),
])
def test_a_place_in_apposition_after_a_rank_or_a_region_placed_abroad(text, mentions, expected):
    an = _analysis(text, *mentions)
    find_relations(an)
    assert _located(an) == expected


# --- a place named after the foreign city or region it is in (_places_named_after_a_foreign_place)

@pytest.mark.parametrize("text, country, place, city", [
    # xwlb-20230828-16: the city's airport, the article names Syria
    ("据叙利亚军方消息，以色列从地中海方向对阿勒颇国际机场发动空袭，造成机场跑道受损。", "叙利亚", "阿勒颇国际机场", "阿勒颇"),
    # xwlb-20230829-17: London's Gatwick, Britain named before it
    ("英国曼彻斯特机场、伦敦盖特威克机场等多个机场以及瑞安航空均发出航班延误的通知。", "英国", "伦敦盖特威克机场", "伦敦"),
])
def test_a_place_named_after_a_foreign_city_lies_in_it(text, country, place, city):
    an = _analysis(text, ("Place", country), ("Place", place))
    find_relations(an)
    assert (place, city) in _located(an) and (city, country) in _located(an)


def test_a_place_named_after_a_region_with_its_kind_needs_no_country():
    # xwlb-20230408-13: 田纳西州 names its state by its kind word; the article need not name 美国
    an = _analysis("3月30日，数百示威者涌入田纳西州议会大厦，呼吁通过更严格的控枪法律。", ("Place", "田纳西州议会大厦"))
    find_relations(an)
    assert _located(an) == {("田纳西州议会大厦", "田纳西州"), ("田纳西州", "美国")}


@pytest.mark.parametrize("text, place, country", [
    # xwlb-20230416-12: a city alone whose country the text does not name is not sure (the same
    # story names 苏丹 elsewhere; here the sentence alone is analysed)
    ("快速支援部队称占领了总统府、武装部队领导人住所和喀土穆国际机场等要地。", "喀土穆国际机场", None),
    # a bridge named after a region spans to it: 克里米亚|大桥 (data/relations/spanning_endings.txt)
    ("乌克兰称克里米亚大桥遭到袭击。", "克里米亚大桥", "乌克兰"),
    # a country's own airports, not one: 德国|机场 (a country is no city)
    ("杜塞尔多夫等四个德国机场的安保和地勤人员举行罢工。", "德国机场", None),
    # xwlb-20230619-03: named after two places, the city and its region (the airport lies outside Berlin)
    ("当地时间18日晚，李强乘坐的包机抵达柏林勃兰登堡机场。德国政府代表和中国驻德国大使吴恳等到机场迎接。", "柏林勃兰登堡机场", "德国"),
    # no place's head after the city: 纽约|股市 is a market
    ("美国纽约股市三大股指全线上涨。", "纽约股市", "美国"),
])
def test_no_place_named_after_a_foreign_city_without_its_country_or_head(text, place, country):
    an = _analysis(text, ("Place", place), *([("Place", country)] if country else []))
    find_relations(an)
    assert not any(subject == place for subject, _ in _located(an))


# --- a place after a division or a foreign region and 的 (_owner_before)

@pytest.mark.parametrize("text, mentions, place, where", [
    # xwlb-20230429-03: the finer division written
    ("在河南新乡的宝泉大峡谷，景区打造了森林主题和峡谷主题，让游客能够畅享山野乐趣。",
     (("AdministrativeDivision", "河南", "410000"), ("AdministrativeDivision", "新乡", "410700")), "宝泉大峡谷", "410700"),
    # xwlb-20230725-14: a foreign region
    ("在意大利西西里岛的卡塔尼亚，24日最高气温达到47.6摄氏度。", (("Place", "意大利"), ("Place", "西西里岛")),
     "卡塔尼亚", "西西里岛"),
])
def test_a_place_after_a_division_or_a_foreign_region_and_de_lies_in_it(text, mentions, place, where):
    an = _analysis(text, *mentions, ("Place", place))
    find_relations(an)
    assert (place, where) in _located(an)


@pytest.mark.parametrize("text, mentions, place", [
    # xwlb-20230831-09: the ends of a route (data/relations/route_words.txt)
    ("今天（8月31日），连接贵阳和南宁的贵南高铁全线开通运营。",
     (("AdministrativeDivision", "贵阳", "520100"), ("AdministrativeDivision", "南宁", "450100")), "贵南高铁"),
    # xwlb-20230803-06: a river crosses divisions (crossing_features.txt)
    ("受强降雨和上游行洪的影响，流经天津市的永定河和大清河来水量增加。",
     (("AdministrativeDivision", "天津市", "120000"),), "永定河"),
    # a country's: 以色列|的|… may be what it holds (no such place is placed by 的)
    ("以色列的萨巴阿农场遭到炮击。", (("Place", "以色列"),), "萨巴阿农场"),
    # xwlb-20230123-04: what someone is (是|…|的), a word jieba tags as a name
    ("76岁的甘永乐是越秀区的老街坊，知道花市开张，他早早地带着小孙女来买年花。", (("AdministrativeDivision", "越秀区", "440104"),), "老街坊"),
    # common words only, no name of its own (xwlb-20230123-02: 大足石刻|景区 read as common words)
    ("在重庆的大足石刻景区，游客们领略千年石窟石刻造像艺术的独特魅力。",
     (("AdministrativeDivision", "重庆", "500000"),), "大足石刻景区"),
])
def test_no_place_after_de_between_a_route_s_ends_a_river_or_a_country_s(text, mentions, place):
    an = _analysis(text, *mentions, ("Place", place))
    find_relations(an)
    assert not any(subject == place for subject, _ in _located(an))


# --- a place after 该 and its kind (_referred_before)

@pytest.mark.parametrize("text, mentions, place, where", [
    # xwlb-20231027-14: the state named before, in the same sentence
    ("美国缅因州政府26日通报称，该州刘易斯顿市25日晚发生的大规模枪击案嫌疑人仍然在逃。",
     (("Place", "美国"), ("Place", "缅因州")), "刘易斯顿市", "缅因州"),
    # xwlb-20230620-12: not the 顿涅茨克 of the sentence before, the last 州 named
    ("俄军还击退了乌军在顿涅茨克、扎波罗热等方向的进攻。俄罗斯别尔哥罗德州州长19日称，乌军当天对该州瓦卢伊基市的袭击造成7人受伤。",
     (("Place", "顿涅茨克"), ("Place", "俄罗斯"), ("Place", "别尔哥罗德州")), "瓦卢伊基市", "别尔哥罗德州"),
    # xwlb-20230623-12: 该国 is the country named
    ("卢森堡首届国际龙舟节近日在该国雷米希市摩泽尔河畔举行。", (("Place", "卢森堡"),), "雷米希市", "卢森堡"),
])
def test_a_place_after_gai_and_its_kind_lies_in_the_one_named_before(text, mentions, place, where):
    an = _analysis(text, *mentions, ("Place", place))
    find_relations(an)
    assert (place, where) in _located(an)


def test_no_place_after_gai_when_nothing_of_that_kind_was_named_or_it_is_far():
    # the state was named two sentences back: the story has moved on
    an = _analysis("美国缅因州发生枪击。警方展开搜捕。该州刘易斯顿市居民居家。", ("Place", "缅因州"), ("Place", "刘易斯顿市"))
    find_relations(an)
    assert ("刘易斯顿市", "缅因州") not in _located(an)
    # 该国 with a region, not a country, named before
    an = _analysis("缅因州发生枪击，该国刘易斯顿市居民居家。", ("Place", "缅因州"), ("Place", "刘易斯顿市"))
    find_relations(an)
    assert not any(subject == "刘易斯顿市" for subject, _ in _located(an))


# --- the last place of a list joined by a conjunction (_listed_after, data/relations/list_joins.txt)

@pytest.mark.parametrize("text, mentions, place, where", [
    # xwlb-20231113-12: after a place placed by its country's part
    ("美国国防部长奥斯汀12日发布声明称，美军当天对叙利亚东部阿布凯马勒和迈亚丁附近的一些设施实施了精确打击。",
     (("Place", "美国"), ("Place", "叙利亚"), ("Place", "阿布凯马勒")), "迈亚丁", "叙利亚"),
])
def test_a_place_joined_to_a_placed_one_by_a_conjunction_lies_where_it_does(text, mentions, place, where):
    an = _analysis(text, *mentions, ("Place", place))
    find_relations(an)
    assert (place, where) in _located(an)


def test_no_place_joined_by_a_conjunction_in_a_clause_naming_a_route():
    # xwlb-20230417-08 (its district written before it here): the two ends of a road
    an = _analysis("今年年内，又一条连接鄂州葛店经开区和东湖高新区的跨区域交通主干道将实现对接。",
                   ("AdministrativeDivision", "鄂州", "420700"), ("Place", "葛店经开区"), ("Place", "东湖高新区"))
    find_relations(an)
    assert ("葛店经开区", "420700") in _located(an) and not any(s == "东湖高新区" for s, _ in _located(an))


def test_an_agency_named_after_a_division_or_a_unit_of_a_located_body_lies_there():
    # 南宁市公安局指挥中心, a unit of 南宁市公安局 (a district police's page, 2016): where its parent is
    pairs = related_pairs("南宁市公安局召开会议。南宁市公安局指挥中心值班民警迅速出警。", "locatedIn")
    assert ("南宁市公安局指挥中心", "南宁市") in pairs
    # on a hand-built analysis: a unit whose parent lies in a division the text names lies there too
    from kgraph.extraction.relations import find_relations

    from .builders import hand_built

    an = hand_built("南宁市召开会议,南宁市公安局指挥中心民警出警。",
                    ("AdministrativeDivision:prefecture", "南宁市"), ("Agency", "南宁市公安局"),
                    ("Agency", "南宁市公安局指挥中心"))
    city, bureau, centre = an.mentions
    an.fact(bureau.key, "locatedIn", city.key, bureau.start)
    an.fact(centre.key, "subOrganizationOf", bureau.key, centre.start)
    find_relations(an)
    assert {(f.subject.name, f.object) for f in an.facts if f.predicate == "locatedIn"} >= {
        ("南宁市公安局指挥中心", city.key)}
