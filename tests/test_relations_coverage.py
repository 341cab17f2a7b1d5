"""Relations of places and programs the text relates and the older rules missed
(kgraph.extraction.relations): a list of programs shares what its clause says of one item, a
program written right after its division is carried out there, and 位于X的 places a program and
passes over a place it put in X — on hand-built analyses and on stories of
../shared/corpus/news/xwlb-2023.jsonl."""
from __future__ import annotations

import pytest

import kgraph
from kgraph.extraction.analysis import Analysis
from kgraph.extraction.relations import find_relations
from kgraph.gazetteer import gazetteer
from kgraph.model import Key, Mention

from .conftest import NATIONAL, NEWS, shared_records
from .test_relations_places import _analysis


def _facts(an: Analysis, name: str) -> set[tuple[str, str]]:
    return {(f.subject.name, f.object.name) for f in an.facts if f.predicate == name}


def _division(an: Analysis, written: str, name: str | None = None) -> None:
    """A division's mention linked to the gazetteer as the division finder links it."""
    gaz = gazetteer()
    start = an.text.index(written)
    node = gaz.lookup(name or written)[0]
    an.add(Mention.make("AdministrativeDivision", "t", start, start + len(written), written, gaz.names[node],
                        Key("division", gaz.node_key(node)), node=node, level=gaz.level(node)))


def _code(name: str) -> str:
    return gazetteer().node_key(gazetteer().lookup(name)[0])


# --- kinds of place, no names: dropped

def test_a_kind_of_place_written_alone_is_no_entity():
    # xwlb-2023: 官兵随即在|码头|开设安全警戒区域; 城市公园、|口袋公园|串联成线
    an = _analysis("官兵随即在码头开设安全警戒区域，将城市公园、口袋公园串联成线。", ("Place", "码头"), ("Place", "口袋公园"))
    find_relations(an)
    assert not [m for m in an.mentions if m.type == "Place"]


def test_a_kind_a_stage_related_or_a_name_holding_one_stays():
    # 洋码头文创园 is a name; a kind another stage placed keeps its relation
    an = _analysis("游客在洋码头文创园参观，码头在此。", ("Place", "洋码头文创园"), ("Place", "码头"))
    an.fact(Key("place", "码头"), "locatedIn", Key("division", "110000"), 0)
    find_relations(an)
    assert {m.label for m in an.mentions if m.type == "Place"} == {"洋码头文创园", "码头"}


def test_kinds_of_place_in_a_news_story_are_dropped(stories):
    ex = kgraph.extract_text(stories["xwlb-20230427-09"]["text"], doc_id="xwlb-20230427-09")
    assert "码头" not in {e.label for e in ex.entities if e.type == "Place"}


# --- a list of programs: what the clause says of one is said of every item

def test_programs_written_one_after_another_are_run_by_the_subject():
    # xwlb-20230222-01: 深入实施|“中学生英才计划”|“强基计划”|“基础学科拔尖学生培养计划”
    an = _analysis("教育部深入实施“中学生英才计划”“强基计划”“基础学科拔尖学生培养计划”，优化体系。",
                   ("Agency", "教育部"), ("Program", "“中学生英才计划”"), ("Program", "“强基计划”"),
                   ("Program", "“基础学科拔尖学生培养计划”"))
    find_relations(an)
    assert _facts(an, "organizes") == {("教育部", "“中学生英才计划”"), ("教育部", "“强基计划”"),
                                       ("教育部", "“基础学科拔尖学生培养计划”")}


def test_programs_joined_by_a_conjunction_are_carried_out_in_one_place():
    # 在|北京|启动|…行动|和|…行动 (a sentence of the corpus's kind: 在X启动Y); the item before 在 too
    an = _analysis("在西宁市启动“河湖长制”专项行动和“清四乱”专项行动，",
                   ("AdministrativeDivision", "西宁市", "630100"), ("Program", "“河湖长制”专项行动"),
                   ("Program", "“清四乱”专项行动"))
    find_relations(an)
    assert _facts(an, "carriedOutIn") == {("“河湖长制”专项行动", "630100"), ("“清四乱”专项行动", "630100")}


def test_two_programs_a_clause_pairs_are_no_list():
    # xwlb-2023: 推动|“一带一路”倡议|和|“四角战略”|对接: the second is Cambodia's, no program of the subject
    an = _analysis("在西宁市推进“一带一路”倡议和“四角战略”对接。",
                   ("AdministrativeDivision", "西宁市", "630100"), ("Program", "“一带一路”倡议"),
                   ("Program", "“四角战略”"))
    find_relations(an)
    assert _facts(an, "carriedOutIn") == {("“一带一路”倡议", "630100")}


def test_programs_side_by_side_without_quotation_marks_are_no_list():
    # two names glued with no mark between may be one name cut in two: only quoted names are items
    an = _analysis("在西宁市启动河湖长制专项行动清四乱活动，",
                   ("AdministrativeDivision", "西宁市", "630100"), ("Program", "河湖长制专项行动"),
                   ("Program", "清四乱活动"))
    find_relations(an)
    assert _facts(an, "carriedOutIn") == {("河湖长制专项行动", "630100")}


def test_agencies_listed_before_an_organising_verb_all_run_the_program():
    # xwlb-2023: 工业和信息化部|、|国资委|、|全国工商联|联合开展|…活动, 全国总工会|、|教育部|共同开展|…活动
    an = _analysis("近日，工业和信息化部、国资委、全国工商联联合开展“百场万企”活动。", ("Agency", "工业和信息化部"),
                   ("Agency", "国资委"), ("Agency", "全国工商联"), ("Program", "“百场万企”活动"))
    find_relations(an)
    assert _facts(an, "organizes") == {(agency, "“百场万企”活动") for agency in ("工业和信息化部", "国资委", "全国工商联")}


def test_an_agency_before_a_listed_one_with_no_join_is_none_of_the_subjects():
    # 商务部|副部长|…: only agencies joined by 、 or a conjunction are items of one subject
    an = _analysis("记者从商务部获悉，国资委联合开展“百场万企”活动。", ("Agency", "商务部"), ("Agency", "国资委"),
                   ("Program", "“百场万企”活动"))
    find_relations(an)
    assert _facts(an, "organizes") == {("国资委", "“百场万企”活动")}


def test_a_closing_quotation_mark_may_stand_between_a_program_and_where_it_is_held():
    # xwlb-2023: “星月交辉 海天胜览——|科技荟澳系列活动|”|今天（11月28日）|在|澳门|开幕
    an = _analysis("“星月交辉 海天胜览——科技荟澳系列活动”今天（11月28日）在澳门开幕。", ("Program", "科技荟澳系列活动"),
                   ("AdministrativeDivision", "澳门", "820000"))
    find_relations(an)
    assert _facts(an, "carriedOutIn") == {("科技荟澳系列活动", "820000")}


# --- a program named as the nation's

@pytest.mark.parametrize("text, program", [
    ("全国科普日活动自2004年起，已连续举办20年。", "全国科普日活动"),  # xwlb-2023
    ("“2023全国一刻钟便民生活节”活动11月1日启动", "“2023全国一刻钟便民生活节”活动"),  # xwlb-2023
])
def test_a_program_named_as_the_nations_is_carried_out_in_china(text, program):
    an = _analysis(text, ("Program", program), publication=NATIONAL)
    find_relations(an)
    assert _facts(an, "carriedOutIn") == {(program, "中华人民共和国")}


@pytest.mark.parametrize("text, program", [
    # xwlb-2023: …活动|也正|在|全国|进行中, …活动|正|在|全国|举行, 在|全国|范围内|组织开展|…活动
    ("目前，持续至九月底的专精特新中小企业网络招聘活动也正在全国进行中。", "专精特新中小企业网络招聘活动"),
    ("时令美食融合春日美景，“中华美食荟”系列餐饮促消费活动正在全国举行。", "“中华美食荟”系列餐饮促消费活动"),
    ("新闻出版署印发通知，4月至11月间在全国范围内组织开展残疾人文化周活动。", "残疾人文化周活动"),
])
def test_a_program_carried_out_in_the_whole_nation(text, program):
    an = _analysis(text, ("Program", program), publication=NATIONAL)
    find_relations(an)
    assert _facts(an, "carriedOutIn") == {(program, "中华人民共和国")}
    # the same words on a local page that never names China: the country is no place of its graph
    local = _analysis(text, ("Program", program))
    find_relations(local)
    assert not _facts(local, "carriedOutIn")


def test_no_nation_from_a_bodys_name_after_zai():
    # 在|全国人大常委会|开展|…: the body's name, no extent of the nation
    an = _analysis("在全国人大常委会开展执法检查活动。", ("Agency", "全国人大常委会"), ("Program", "执法检查活动"))
    find_relations(an)
    assert not _facts(an, "carriedOutIn")


def test_a_national_program_held_somewhere_keeps_that_place():
    # 第十三届全国残疾人健身周活动|在|青海西宁|启动 (xwlb-20230804-07): where the text says, not the nation
    an = _analysis("全国残疾人健身周活动在西宁市启动。", ("Program", "全国残疾人健身周活动"),
                   ("AdministrativeDivision", "西宁市", "630100"))
    find_relations(an)
    assert _facts(an, "carriedOutIn") == {("全国残疾人健身周活动", "630100")}


def test_no_nation_for_a_program_that_only_holds_the_word():
    # 推进|“一带一路”建设|…: 全国 must open the name (not 中国|全国|…)
    an = _analysis("推进中日全国交流活动。", ("Program", "中日全国交流活动"))
    find_relations(an)
    assert not _facts(an, "carriedOutIn")


# --- a place that hosts a program

@pytest.mark.parametrize("text, place, program", [
    ("雄安新区举办“百所高校雄安行”活动", "雄安新区", "“百所高校雄安行”活动"),  # xwlb-20231028-08
    ("拉美国家哥斯达黎加历史文化名城卡塔戈举办了首届“闪耀卡塔戈·共庆中国年”活动。", "卡塔戈",
     "“闪耀卡塔戈·共庆中国年”活动"),  # xwlb-2023
])
def test_a_place_before_a_verb_of_holding_hosts_the_program(text, place, program):
    an = _analysis(text, ("Place", place), ("Program", program))
    find_relations(an)
    assert _facts(an, "carriedOutIn") == {(program, place)}


@pytest.mark.parametrize("text, place, program", [
    ("中方向美国举办“中国日”活动的城市致意。", "美国", "“中国日”活动"),  # a preposition's object
    ("美国代表团今天举办“中国日”活动。", "美国", "“中国日”活动"),  # the subject is the delegation, no place
    # xwlb-2023: 缔约方大会|中国|角|举行|…: the China pavilion at the conference in Dubai, no place in China
    ("第二十八次缔约方大会中国角举行数字化转型日活动，", "中国", "数字化转型日活动"),
])
def test_no_host_that_is_no_subject_of_the_verb(text, place, program):
    an = _analysis(text, ("Place", place), ("Program", program))
    find_relations(an)
    assert not _facts(an, "carriedOutIn")


def test_a_division_after_another_after_zai_is_where_not_who():
    # xwlb-2023: 住房城乡建设部、国家体育总局|今天|在|北京|石景山区|启动|“国球进社区”|“国球进公园”活动: the
    # bodies run them, in 石景山区; the district, written after 北京 and 在, is no subject
    an = _analysis("住房城乡建设部、国家体育总局今天在北京石景山区启动“国球进社区”“国球进公园”活动，",
                   ("Agency", "住房城乡建设部"), ("Agency", "国家体育总局"), ("Program", "“国球进社区”"),
                   ("Program", "“国球进公园”活动"))
    _division(an, "北京", "北京市")
    _division(an, "石景山区")
    find_relations(an)
    runners = {subject for subject, _ in _facts(an, "organizes")}
    assert _code("石景山区") not in runners and "国家体育总局" in runners
    assert _facts(an, "carriedOutIn") == {("“国球进社区”", _code("石景山区")), ("“国球进公园”活动", _code("石景山区"))}


# --- a program right after its division

@pytest.mark.parametrize("text, divisions, program, where", [
    # xwlb-20230525-11, xwlb-20230220-09
    ("今天，福州长乐国际机场二期扩建航站区工程开工建设。", (("福州", "福州市"),), "长乐国际机场二期扩建航站区工程", "福州市"),
    ("河南省淮河流域重点平原洼地治理工程今天开工建设。", (("河南省", None),), "淮河流域重点平原洼地治理工程", "河南省"),
    # the finer of two written one inside the other
    ("重庆綦江页岩气田地面工程基本完工。", (("重庆", "重庆市"), ("綦江", "綦江区")), "页岩气田地面工程", "綦江区"),
])
def test_a_program_after_its_division_is_carried_out_there(text, divisions, program, where):
    an = _analysis(text, ("Program", program))
    for written, name in divisions:
        _division(an, written, name)
    find_relations(an)
    assert _facts(an, "carriedOutIn") == {(program, _code(where))}


@pytest.mark.parametrize("text, divisions, program", [
    # a route's: xwlb-2023 新建北京|至雄安新区城际铁路雄安站站房工程, 凤城|至|…
    ("新建北京至雄安新区城际铁路雄安站站房工程。", (("北京", "北京市"),), "至雄安新区城际铁路雄安站站房工程"),
    ("成都至西宁铁路工程，连江黄岐至马祖航线工程。", (("西宁", "西宁市"),), "铁路工程"),
    # two divisions side by side, neither inside the other: 拉萨|山南|一体化重要工程 is both's
    ("推进拉萨山南一体化重要工程。", (("拉萨", "拉萨市"), ("山南", "山南市")), "一体化重要工程"),
    # an item of a list of divisions
    ("拉萨、山南一体化重要工程。", (("拉萨", "拉萨市"), ("山南", "山南市")), "一体化重要工程"),
])
def test_no_division_of_a_program_after_a_route_or_a_pair(text, divisions, program):
    an = _analysis(text, ("Program", program))
    for written, name in divisions:
        _division(an, written, name)
    find_relations(an)
    assert not _facts(an, "carriedOutIn")


# --- 位于X的: a program, and a place put in X passed over

def test_a_program_after_located_markers_is_carried_out_there():
    # xwlb-20231129-07: 位于|北京市|门头沟区|的|国道109新线高速公路工程|安家庄特大桥|上跨…
    an = _analysis("位于北京市门头沟区的国道109新线高速公路工程安家庄特大桥上跨丰沙铁路。",
                   ("Program", "国道109新线高速公路工程"), ("Place", "安家庄特大桥"))
    _division(an, "北京市")
    _division(an, "门头沟区")
    find_relations(an)
    assert _facts(an, "carriedOutIn") == {("国道109新线高速公路工程", _code("门头沟区"))}


def test_a_place_put_in_the_division_before_it_is_passed_over():
    # xwlb-20230911-13: 位于|新疆|巴州|的|博斯腾湖: 巴州 (no stage reads it as 巴音郭楞) lies in 新疆, and so
    # does the lake
    an = _analysis("位于新疆巴州的博斯腾湖是我国最大的内陆淡水湖。", ("Place", "巴州"), ("Place", "博斯腾湖"))
    _division(an, "新疆", "新疆维吾尔自治区")
    find_relations(an)
    assert ("博斯腾湖", _code("新疆维吾尔自治区")) in _facts(an, "locatedIn")


@pytest.mark.parametrize("text, mentions, place, where", [
    # xwlb-2023: the name before the kind of site it names (data/relations/site_kinds.txt)
    ("水利工程也掀起建设热潮。位于陕西的东庄水利枢纽，日前正进行大坝混凝土浇筑。", (("Place", "东庄"),),
     "东庄", ("陕西", "陕西省")),
    ("这个冬天，位于吉林市的北大湖滑雪场，雪道从27条增至64条。", (("Place", "北大湖"),), "北大湖", ("吉林市", None)),
])
def test_a_place_named_before_its_site_after_located_markers(text, mentions, place, where):
    an = _analysis(text, *mentions)
    _division(an, *where)
    find_relations(an)
    assert _facts(an, "locatedIn") == {(place, _code(where[1] or where[0]))}


def test_a_part_of_a_country_after_located_markers():
    # xwlb-2023: 位于|伊拉克|西部|的|阿萨德|空军基地: a part by its direction of the country, in it
    an = _analysis("位于伊拉克西部的阿萨德空军基地遭到袭击。", ("Place", "伊拉克"), ("Place", "阿萨德"))
    find_relations(an)
    assert _facts(an, "locatedIn") == {("阿萨德", "伊拉克")}


def test_no_common_name_before_a_site_after_located_markers():
    # 位于|杭州市|的|城市公园|景区: common words, a kind of park, no name of its own
    an = _analysis("位于杭州市的城市公园景区开放。", ("Place", "城市公园"))
    _division(an, "杭州市")
    find_relations(an)
    assert not _facts(an, "locatedIn")


# --- a place right after one placed in a division

def test_a_place_after_one_placed_in_a_division_lies_in_that_division():
    # xwlb-2023: 在|甘肃|鸣沙山|月牙泉: the spring at the dunes, both in 甘肃
    an = _analysis("在甘肃鸣沙山月牙泉，游客可以骑着骆驼穿行大漠。", ("Place", "鸣沙山"), ("Place", "月牙泉"))
    _division(an, "甘肃", "甘肃省")
    find_relations(an)
    assert _facts(an, "locatedIn") == {("鸣沙山", _code("甘肃省")), ("月牙泉", _code("甘肃省"))}


@pytest.mark.parametrize("text, first, second", [
    ("习近平来到麻章区湖光镇金牛岛红树林片区，察看红树林长势。", "金牛岛", "红树林"),  # xwlb-20230413-01: a cut name
    ("四川泸州白沙长江大桥今日合龙。", "白沙", "长江大桥"),  # xwlb-2023: one of many bridges so named
    ("平陆运河北起广西南宁平塘江口，南至钦州。", "平塘", "江口"),  # xwlb-20230523-09: 江口, a county's name too
])
def test_no_part_of_a_name_after_a_place_placed_in_a_division(text, first, second):
    an = _analysis(text, ("Place", first), ("Place", second))
    division = {"金牛岛": ("湖光镇", None), "白沙": ("泸州", "泸州市"), "平塘": ("南宁", "南宁市")}[first]
    if division[0] == "湖光镇":
        an.add(Mention.make("AdministrativeDivision", "t", text.index("湖光镇"), text.index("湖光镇") + 3, "湖光镇",
                            "湖光镇", Key("division", "440811101"), node=None, level="township"))
    else:
        _division(an, *division)
    find_relations(an)
    assert second not in {subject for subject, _ in _facts(an, "locatedIn")}


def test_no_common_name_after_a_place_placed_in_a_division():
    # 在|香港|尖沙咀|星光大道: 星光大道 is common words (many cities have one), no name of its own here
    an = _analysis("在香港尖沙咀星光大道，市民们热闹过节。", ("Place", "尖沙咀"), ("Place", "星光大道"))
    _division(an, "香港", "香港特别行政区")
    find_relations(an)
    assert _facts(an, "locatedIn") == {("尖沙咀", _code("香港特别行政区"))}


# --- after a foreign place no stage kept as a mention

@pytest.mark.parametrize("text, place, expected", [
    # xwlb-20231108-12: 运抵|尼泊尔|博克拉国际机场 (the model read the country and the airport as one place)
    ("物资今天运抵尼泊尔博克拉国际机场。", "博克拉国际机场", {("博克拉国际机场", "尼泊尔")}),
    # xwlb-20230704-08: a city of the world list, in its country
    ("莫斯科伏努科沃国际机场一度限制飞机起降。", "伏努科沃国际机场",
     {("伏努科沃国际机场", "莫斯科"), ("莫斯科", "俄罗斯")}),
])
def test_a_place_after_an_unread_foreign_place_lies_in_it(text, place, expected):
    an = _analysis(text, ("Place", place))
    find_relations(an)
    assert _facts(an, "locatedIn") == expected


@pytest.mark.parametrize("text, place", [
    ("内蒙古达里湖华子鱼洄游临近尾声。", "达里湖"),  # xwlb-2023: 蒙古 is no word of 内蒙古
    ("中国光谷科学岛正在建设。", "光谷科学岛"),  # China's places lie in divisions, not in the country
    ("巴西朗多尼亚州帕尔梅拉斯河干涸严重。", "帕尔梅拉斯河"),  # a river crosses borders
])
def test_no_place_after_a_word_that_only_holds_a_foreign_name(text, place):
    an = _analysis(text, ("Place", place))
    find_relations(an)
    assert not _facts(an, "locatedIn")


_STORIES = {
    "xwlb-20231108-12": ("locatedIn", "博克拉国际机场", "尼泊尔"),
    "xwlb-20230129-06": ("locatedIn", "北大湖滑雪场", "吉林市"),  # the ski resort whole (滑雪场: place_suffixes.txt)
    "xwlb-20230704-08": ("locatedIn", "伏努科沃国际机场", "莫斯科"),
    "xwlb-20230911-13": ("locatedIn", "博斯腾湖", "新疆维吾尔自治区"),
    "xwlb-20231129-07": ("carriedOutIn", "国道109新线高速公路工程", "门头沟区"),
    "xwlb-20230525-11": ("carriedOutIn", "长乐国际机场二期扩建航站区工程", "福州市"),
}


@pytest.fixture(scope="module")
def stories():
    return shared_records(NEWS, {*_STORIES, "xwlb-20230427-09"}, "the shared news corpus")


@pytest.mark.parametrize("story", sorted(_STORIES))
def test_relations_in_news_stories(stories, story):
    ex = kgraph.extract_text(stories[story]["text"], doc_id=story)
    labels = {e.id: e.label for e in ex.entities}
    name, subject, obj = _STORIES[story]
    assert (subject, obj) in {(labels[r.subject], labels[r.object]) for r in ex.relations if r.predicate == name}
