"""Places the text locates by a scene (在X，…), by a clause that says where a place lies (X位于Y，),
after 位于 and a place of its own name (位于X的Y), and in a list of a country's cities
(kgraph.extraction.relations): real sentences of ../shared/corpus/news/xwlb-2023.jsonl, run
through the whole pipeline, and hand-built analyses of the stage alone."""
from __future__ import annotations

import pytest

from kgraph.extraction.analysis import Analysis, Region
from kgraph.extraction.relations import find_relations
from kgraph.model import Document, Key, Mention
from .conftest import related_pairs




def _analysis(text: str, *places: str) -> Analysis:
    doc = Document("t", "t", "t.txt", None, (), text, ((0, 0, len(text)),))
    an = Analysis(doc, Region(None))
    for written in places:
        start = text.index(written)
        an.add(Mention.make("Place", "t", start, start + len(written), written, written, Key("place", written)))
    return an


@pytest.mark.parametrize("text, place, division", [
    ("在拉萨，王沪宁到布达拉宫、大昭寺、八廓街、鲁固社区等地调研。", "大昭寺", "拉萨市"),  # xwlb-20230728-06
    ("在广东肇庆，麒麟山上万亩李花争先绽放，李花花期过后培育出的麒麟李是当地有名的特色农产品。", "麒麟山",
     "肇庆市"),  # xwlb-20230211-06
    ("在广西贺州，花灯将有着600多年历史的古明城装扮得分外喜庆。", "古明城", "贺州市"),  # xwlb-20230118-06
    ("在柬埔寨，柬王宫遗址保护修复工作正在进行。", "柬王宫遗址", "柬埔寨"),  # xwlb-20230325-01: a country's scene
    # a division opening the sentence as its subject (the model tags 精心 ad, 先后 d)
    ("南昌精心打造文旅线路，将滕王阁、万寿宫历史文化街区等景点串联起来。", "滕王阁", "南昌市"),  # xwlb-20230409-09
    ("历史节点，北京先后打造了以卢沟桥、宛平城为中心的“抗日战争主题片区”。", "宛平城", "北京市"),  # xwlb-20230912-03
])
def test_a_place_in_the_scene_an_opening_division_sets_lies_in_it(text, place, division):
    assert (place, division) in related_pairs(text, "locatedIn")


@pytest.mark.parametrize("text, place", [
    # xwlb-20230405-01: a place the clauses head for, elsewhere (data/relations/scene_leaving_words.txt)
    ("在北京，城市副中心站综合交通枢纽正在加紧施工，未来，这里1小时就可直达雄安新区、天津、唐山等地。", "雄安新区"),
    # an area of several provinces (data/relations/generic_places.txt, xwlb-20231014-01), and a basin
    # (stretches.txt, xwlb-20230815-05)
    ("在上海，长三角科技资源共享服务平台已集聚重大科研基础设施25个。", "长三角"),
    ("在湖北宜昌，当地利用社区暑期课堂让孩子们认识长江流域的珍稀鱼类和鸟类。", "长江流域"),
    # two characters: a region wider than the scene (闽南 is more than 厦门)
    ("在福建厦门，热门景区鼓浪屿处处张灯结彩，洋溢着新春的喜庆，来自各地的游客兴致勃勃登岛，体会独特的闽南风情。",
     "闽南"),  # xwlb-20230125-03
    # a subject division that says where it lies (地处), a route from it (至), a place of no list after it
    ("西藏地处青藏高原，这里孕育了多条亚洲重要的河流，被称为“亚洲水塔”。", "青藏高原"),  # xwlb-20230709-03
    ("截至11月底，成都至波兰罗兹、西安至德国杜伊斯堡全程时刻表中欧班列已累计开通5条线路。", "波兰罗兹"),  # xwlb-20231205-04
    ("在冰雪产业的持续带动下，张家口大力培育旅游新业态和市场主体，做精做强龙头项目，打造了一批带动作用强的景区、"
     "全域旅游示范区、国家级旅游度假区，不断提升服务水平。", "旅游度假区"),  # xwlb-20230105-06
])
def test_no_place_the_scene_does_not_hold(text, place):
    assert not {(s, o) for s, o in related_pairs(text, "locatedIn") if s == place}


@pytest.mark.parametrize("text, place, where", [
    ("石峁遗址位于陕西神木市，遗址主体距今约4000年，是目前我国发现的最大的史前城址。", "石峁遗址", "神木市"),  # xwlb-20230112-11
    ("兴凯湖国家级自然保护区位于黑龙江鸡西市，每年途经兴凯湖的鸟类有110多种。", "兴凯湖国家级自然保护区", "鸡西市"),  # xwlb-20230327-12
])
def test_a_clause_says_where_a_place_lies(text, place, where):
    assert (place, where) in related_pairs(text, "locatedIn")


def test_no_place_a_distance_away():
    # 马林卡位于顿涅茨克市西南约30公里 (xwlb-20231226-10): outside the city
    an = _analysis("马林卡位于顿涅茨克市西南约30公里。", "马林卡", "顿涅茨克市")
    find_relations(an)
    assert not {f for f in an.facts if f.predicate == "locatedIn" and f.subject.name == "马林卡"}


def test_a_place_after_located_and_a_place_of_its_own_name():
    # xwlb-20230405-15: 以色列军警进入位于耶路撒冷老城的阿克萨清真寺
    an = _analysis("以色列军警进入位于耶路撒冷老城的阿克萨清真寺，与巴勒斯坦民众爆发激烈冲突。",
                   "以色列", "耶路撒冷老城", "阿克萨清真寺", "巴勒斯坦")
    find_relations(an)
    assert {(f.subject.name, f.object.name) for f in an.facts if f.predicate == "locatedIn"} \
        == {("阿克萨清真寺", "耶路撒冷老城")}


def test_the_cities_listed_after_a_country_and_its_city_written_as_one_word():
    # xwlb-20230703-14: 法国巴黎 is one word of the segmenter; 马赛, 尼斯 and 斯特拉斯堡 are listed after it
    located = related_pairs("2日，法国巴黎、马赛、尼斯、斯特拉斯堡等城市仍有暴力冲突事件发生。", "locatedIn")
    assert {("巴黎", "法国"), ("马赛", "法国"), ("尼斯", "法国"), ("斯特拉斯堡", "法国")} <= located


@pytest.mark.parametrize("label, division", [
    ("长沙国际会展中心", "430100"),  # xwlb-20230620-11 …顺利通关运抵长沙国际会展中心: 长沙市 holds 长沙县
    ("南昌五星白鹤保护小区", "360100"),  # xwlb-20231125-07 鄱阳湖南昌五星白鹤保护小区
])
def test_a_place_named_with_its_city_first_lies_in_it(label, division):
    an = _analysis(f"展品顺利通关运抵{label}，这批展品有来自乌干达的食品。", label)
    find_relations(an)
    assert {(f.subject.name, f.object.name) for f in an.facts if f.predicate == "locatedIn"} == {(label, division)}


@pytest.mark.parametrize("label", [
    "中山公园",  # named after 孙中山, a park of many cities: no name of its own before the head
    "北京大兴国际机场",  # another division named in it (大兴区; the airport lies across 北京 and 河北)
    "南京长江大桥",  # a thing that spans (data/relations/spanning_endings.txt)
])
def test_no_place_named_after_a_division_that_may_lie_elsewhere(label):
    an = _analysis(f"游客来到{label}参观。", label)
    find_relations(an)
    assert not [f for f in an.facts if f.predicate == "locatedIn"]


def test_no_body_after_located_and_a_place_of_its_own_name():
    # xwlb-20230502-01: 位于塔里木盆地的中国石化“深地一号”跃进3-3井正式开钻施工, with the firm read as a place
    an = _analysis("5月1日，位于塔里木盆地的中国石化“深地一号”跃进3-3井正式开钻施工。", "塔里木盆地", "中国石化")
    find_relations(an)
    assert not [f for f in an.facts if f.predicate == "locatedIn"]


def test_a_place_after_a_place_placed_abroad_lies_in_it():
    # xwlb-20230115-12 …在美国俄克拉荷马州锡尔堡接受“爱国者”反导系统的操作培训: the state is no name of the world
    # list's, but the stage placed it in 美国
    an = _analysis("将有约100名乌克兰士兵在美国俄克拉荷马州锡尔堡接受“爱国者”反导系统的操作培训。",
                   "乌克兰", "美国", "俄克拉荷马州", "锡尔堡")
    find_relations(an)
    assert {(f.subject.name, f.object.name) for f in an.facts if f.predicate == "locatedIn"} \
        == {("俄克拉荷马州", "美国"), ("锡尔堡", "俄克拉荷马州")}



@pytest.mark.parametrize("text, places, city, region", [
    # xwlb-20231211-12, xwlb-20230810-12: jieba tags 群山 and 巨济 common nouns, but a word and 市 name a city
    ("驻韩美军一架F-16战斗机在韩国西南部全罗北道群山市附近海域坠毁。", ("韩国", "全罗北道", "群山市"), "群山市", "全罗北道"),
    ("台风“卡努”当地时间今天（8月10日）上午在韩国庆尚南道巨济市附近登陆，之后逐步北上。", ("韩国", "庆尚南道", "巨济市"),
     "巨济市", "庆尚南道"),
    # xwlb-20230630-16: 匹 is a measure word, but 匹兹堡 is a place's word, no count of places
    ("宾夕法尼亚州匹兹堡市空气质量达到“非常不健康”级别。", ("宾夕法尼亚州", "匹兹堡市"), "匹兹堡市", "宾夕法尼亚州"),
])
def test_a_foreign_city_named_with_its_kind_after_its_region(text, places, city, region):
    an = _analysis(text, *places)
    find_relations(an)
    assert (city, region) in {(f.subject.name, f.object.name) for f in an.facts if f.predicate == "locatedIn"}


def test_a_number_of_states_is_still_no_place():
    # xwlb-20230401-13 美国|多州 (data/relations/numeral_tags.txt): 多 is a numeral and 多州 no word of a place
    an = _analysis("美国多州遭极端天气袭击 4人死亡", "美国", "多州")
    find_relations(an)
    assert not [f for f in an.facts if f.predicate == "locatedIn"]


def test_the_places_of_a_region_the_world_list_does_not_hold():
    # xwlb-20230416-12 …达尔富尔地区的法希尔和尼亚拉等多地发生激烈交火: 达尔富尔 is no region of ISO 3166 (five
    # states), but 地区 and 的 say it holds them
    an = _analysis("苏丹武装部队同快速支援部队在喀土穆、北部城市麦罗维、达尔富尔地区的法希尔和尼亚拉等多地发生激烈交火。",
                   "苏丹", "喀土穆", "麦罗维", "达尔富尔", "法希尔", "尼亚拉")
    find_relations(an)
    located = {(f.subject.name, f.object.name) for f in an.facts if f.predicate == "locatedIn"}
    assert {("法希尔", "达尔富尔"), ("尼亚拉", "达尔富尔")} <= located

