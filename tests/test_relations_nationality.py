"""A person's nationality as the text states it (kgraph.extraction.relations, data/relations/
nationality_roles.txt, nationality_modifiers.txt): the country written before what the person is,
or the national team a list of people makes up — on hand-built analyses of sentences of
../shared/corpus/news/xwlb-2023.jsonl and on its stories."""
from __future__ import annotations

import pytest

import kgraph
from kgraph.extraction.analysis import Analysis
from kgraph.extraction.relations import find_relations
from kgraph.model import Key
from kgraph.schema import predicate

from .builders import hand_built
from .conftest import NEWS, relations, shared_records

def _nationalities(an: Analysis) -> set[tuple[str, str]]:
    return {(f.subject.name, f.object.name) for f in an.facts if f.predicate == "nationality"}


def test_nationality_is_a_predicate_of_the_registry():
    assert predicate("nationality").rdf_property.endswith("#nationality")


@pytest.mark.parametrize("text, people, expected", [
    # xwlb-20230816-09: 美国|前|众议员|罗恩·保罗
    ("此外，美国前众议员罗恩·保罗近日发文", ("罗恩·保罗",), {("罗恩·保罗", "美国")}),
    # 美国|资深|调查记者|西摩·赫什 (xwlb-2023)
    ("美国资深调查记者西摩·赫什8日发文", ("西摩·赫什",), {("西摩·赫什", "美国")}),
    # xwlb-20230501-09: the country of each of two players, 中国 the People's Republic's one name
    ("中国棋手丁立人和俄罗斯棋手涅波姆尼亚奇此前在比赛中", ("丁立人", "涅波姆尼亚奇"),
     {("丁立人", "中华人民共和国"), ("涅波姆尼亚奇", "俄罗斯")}),
    # a list after it: 中国队的|两名|选手|张子扬|、|兰天辰 (xwlb-2023); 中国组合|薛飞|/|徐瑛彬
    ("中国队的两名选手张子扬、兰天辰包揽了冠、亚军。", ("张子扬", "兰天辰"),
     {("张子扬", "中华人民共和国"), ("兰天辰", "中华人民共和国")}),
    ("中国组合薛飞/徐瑛彬以4:3战胜日本组合", ("薛飞", "徐瑛彬"),
     {("薛飞", "中华人民共和国"), ("徐瑛彬", "中华人民共和国")}),
    # xwlb-20231018-05: spouses of heads of state; xwlb-20230228-08 a minister after the country
    ("印度尼西亚总统夫人伊莉亚娜，肯尼亚总统夫人蕾切尔", ("伊莉亚娜", "蕾切尔"),
     {("伊莉亚娜", "印度尼西亚"), ("蕾切尔", "肯尼亚")}),
    ("美国财政部长耶伦27日在乌克兰称", ("耶伦",), {("耶伦", "美国")}),
    # xwlb-20230319-10: a head of state in a list of them, each after its own country
    ("向习近平主席致贺的还有：挪威国王哈拉尔五世、东帝汶总统奥尔塔、南苏丹总统基尔", ("哈拉尔五世", "奥尔塔", "基尔"),
     {("哈拉尔五世", "挪威"), ("奥尔塔", "东帝汶"), ("基尔", "南苏丹")}),
])
def test_a_person_after_a_country_and_what_the_person_is_is_its_national(text, people, expected):
    an = hand_built(text, *(("Person", p) for p in people))
    find_relations(an)
    assert _nationalities(an) == expected


@pytest.mark.parametrize("text, person, country", [
    ("纽约州州长霍楚尔当天称，该州日前遭遇的大暴雨“千年一遇”", "霍楚尔", "美国"),  # xwlb-20230711-13
    ("莫斯科市长索比亚宁今天表示，两架军用无人机今天凌晨试图袭击", "索比亚宁", "俄罗斯"),  # xwlb-20230809-12
])
def test_the_head_of_a_foreign_region_or_city_is_its_country_s_national(text, person, country):
    an = hand_built(text, ("Person", person))
    find_relations(an)
    assert _nationalities(an) == {(person, country)}


def test_the_head_of_a_chinese_division_is_no_foreign_national():
    # 北京市|市长: no place of the world list (data/relations/nationality_local_roles.txt)
    an = hand_built("北京市市长殷勇出席活动。", ("Person", "殷勇"))
    find_relations(an)
    assert _nationalities(an) == set()


def test_the_people_a_national_team_is_made_of_are_its_country_s():
    # xwlb-20230927-10: 由|刘疆驰|、|吴云轩|、|韩旭|组成的|中国队; the country is added unwritten
    an = hand_built("男子双向飞碟团体赛由刘疆驰、吴云轩、韩旭组成的中国队夺得金牌。",
                   ("Person", "刘疆驰"), ("Person", "吴云轩"), ("Person", "韩旭"), ("Agency", "中国队"))
    find_relations(an)
    assert _nationalities(an) == {(p, "中华人民共和国") for p in ("刘疆驰", "吴云轩", "韩旭")}
    assert any(m.key == Key("place", "中华人民共和国") and m.prop("implicit") for m in an.mentions)


@pytest.mark.parametrize("text, people", [
    # a firm's staff: the country names the firm (xwlb-2023)
    ("荷兰国际集团欧元区高级经济学家科莱恩表示", ("科莱恩",)),
    # a post held for others (the UN's coordinator), an envoy: what kgraph.extraction.posts reads
    ("巴勒斯坦被占领土人道主义协调员琳恩·黑斯廷斯说", ("琳恩·黑斯廷斯",)),
    ("伊朗新任驻沙特大使埃纳亚抵达利雅得", ("埃纳亚",)),
    # a character between the role and the name: 中国选手|盛|李豪以 read short
    ("中国选手盛李豪以253.3的总分夺得金牌", ("李豪以",)),
    # another country's item of a list read as a person; a title word read as one (以色列总理|顾问|雷格夫)
    ("气旋灾害分别向马拉维总统查克维拉、坦桑尼亚桑给巴尔总统致慰问", ("坦桑尼亚桑",)),
    ("以色列总理顾问雷格夫说", ("顾问", "雷格夫")),
])
def test_no_nationality_unless_only_the_country_and_what_the_person_is_stand_before(text, people):
    an = hand_built(text, *(("Person", p) for p in people))
    find_relations(an)
    assert _nationalities(an) == set()


# --- end to end, on the news corpus

_STORIES = {
    "xwlb-20230927-10": ("韩旭", "中华人民共和国"),  # 由刘疆驰、吴云轩、韩旭组成的中国队
    "xwlb-20230929-09": ("王朝朝", "中华人民共和国"),  # 中国选手张俊和王朝朝包揽了冠亚军
    "xwlb-20230816-09": ("罗恩·保罗", "美国"),
}


@pytest.fixture(scope="module")
def stories():
    return shared_records(NEWS, set(_STORIES), "the shared news corpus")


@pytest.mark.parametrize("story", sorted(_STORIES))
def test_nationality_in_news_stories(stories, story):
    ex = kgraph.extract_text(stories[story]["text"], doc_id=story)
    assert (*_STORIES[story], None) in relations(ex, "nationality")
    assert all(e.type == "Place" for e in ex.entities if any(r.object == e.id for r in ex.relations
                                                            if r.predicate == "nationality"))
