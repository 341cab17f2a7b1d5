"""Programs carried out somewhere and run by an agency written anywhere in the clause
(kgraph.extraction.relations, data/relations/carrying_verbs.txt and organizing_verbs.txt) — on
hand-built analyses and on stories of ../shared/corpus/news/xwlb-2023.jsonl."""
from __future__ import annotations

import pytest

import kgraph
from kgraph.extraction.analysis import Analysis
from kgraph.extraction.relations import find_relations
from kgraph.gazetteer import gazetteer
from kgraph.model import Key, Mention
from kgraph.schema import predicate

from .conftest import NATIONAL, NEWS, shared_records
from .test_relations_places import _analysis


def _facts(an: Analysis, name: str) -> set[tuple[str, str]]:
    return {(f.subject.name, f.object.name) for f in an.facts if f.predicate == name}


def test_carried_out_in_is_a_predicate_of_the_registry():
    assert predicate("carriedOutIn").rdf_property.endswith("#carriedOutIn")


def test_a_program_carried_out_where_the_text_says():
    # …火炬传递活动|在|浙江|湖州|举行 (xwlb-20230909-12): the finer of the two
    an = _analysis("杭州第19届亚运会火炬传递活动在浙江湖州举行。",
                   ("Program", "杭州第19届亚运会火炬传递活动"), ("AdministrativeDivision", "浙江", "330000"),
                   ("AdministrativeDivision", "湖州", "330500"))
    find_relations(an)
    assert _facts(an, "carriedOutIn") == {("杭州第19届亚运会火炬传递活动", "330500")}


def test_a_program_carried_out_after_the_place_and_the_verb():
    # 在|西宁市|启动|“河湖长制”专项行动 (an invented local sentence, as the brief's 在X县开展Y活动)
    an = _analysis("在西宁市启动“河湖长制”专项行动，",
                   ("AdministrativeDivision", "西宁市", "630100"), ("Program", "“河湖长制”专项行动"))
    find_relations(an)
    assert _facts(an, "carriedOutIn") == {("“河湖长制”专项行动", "630100")}


def test_a_clause_opened_by_a_place_carries_its_programs_out_there():
    # 在|山东|，|小清河复航工程|进入收尾阶段 (xwlb-2023); the programs of a later clause are the
    # speaker's words, not the place's: 在|山西运城博物馆|，|总书记|强调|，|要|深入实施|中华文明探源工程
    an = _analysis("在山东，小清河复航工程进入收尾阶段。在运城博物馆，总书记强调，要深入实施中华文明探源工程。",
                   ("AdministrativeDivision", "山东", "370000"), ("Program", "小清河复航工程"),
                   ("Place", "运城博物馆"), ("Program", "中华文明探源工程"))
    find_relations(an)
    assert _facts(an, "carriedOutIn") == {("小清河复航工程", "370000")}


def test_a_place_inside_an_agency_is_no_place_of_the_program():
    # …宣传活动|在|四川大学|举行: 四川 is part of the university's name
    an = _analysis("大思政课网络主题宣传活动在四川大学举行。", ("Program", "大思政课网络主题宣传活动"),
                   ("AdministrativeDivision", "四川", "510000"), ("Agency", "四川大学"))
    find_relations(an)
    assert _facts(an, "carriedOutIn") == set()


def test_the_agency_that_runs_a_program_later_in_the_clause():
    # 中国驻法国大使馆|23日|在|联合国教科文组织总部|举办|“中法美食文化之夜”活动 (xwlb-20230124-08):
    # the agency after 在 is where, not who
    text = "为了庆祝春节，中国驻法国大使馆23日在联合国教科文组织总部举办“中法美食文化之夜”活动。"
    an = _analysis(text, ("Agency", "中国驻法国大使馆"), ("Agency", "联合国教科文组织"),
                   ("Program", "“中法美食文化之夜”活动"))
    find_relations(an)
    assert _facts(an, "organizes") == {("中国驻法国大使馆", "“中法美食文化之夜”活动")}


def test_the_agencies_after_you_run_the_program():
    # 由|文化和旅游部|、|农业农村部|…|共同主办|的|“大地欢歌”全国乡村文化活动年 (xwlb-20230212-09)
    text = "由文化和旅游部、农业农村部共同主办的“大地欢歌”全国乡村文化活动年今天启动。"
    an = _analysis(text, ("Agency", "文化和旅游部"), ("Agency", "农业农村部"),
                   ("Program", "“大地欢歌”全国乡村文化活动年"))
    find_relations(an)
    assert _facts(an, "organizes") == {("文化和旅游部", "“大地欢歌”全国乡村文化活动年"),
                                       ("农业农村部", "“大地欢歌”全国乡村文化活动年")}


@pytest.mark.parametrize("text, mentions", [
    # 由|A|联合推进|“一带一路”|建设工作领导小组办公室|摄制 (xwlb-20231010-07): the program starts
    # another organisation's name, and A is 由's object
    ("由中央广播电视总台联合推进“一带一路”建设工作领导小组办公室摄制的纪录片",
     (("Agency", "中央广播电视总台"), ("Program", "“一带一路”"))),
    # a preposition's object opens the sentence, and a person acts in the clause: 记者|从|某县人民政府|
    # 获悉|，|副县长|王某某|近日|在|某镇|开展|…
    ("记者从某县人民政府获悉，副县长王某某近日在某镇开展“清河行动”。",
     (("Agency", "某县人民政府"), ("Person", "王某某"), ("Program", "“清河行动”"))),
    # where a team went, not who acts: 护理志愿服务队|来到|鄱阳湖畔|的|南矶乡|开展|爱心义诊活动 (xwlb-2023)
    ("护理志愿服务队来到鄱阳湖畔的南矶乡开展爱心义诊活动。",
     (("AdministrativeDivision", "南矶乡", "360121/南矶乡"), ("Program", "爱心义诊活动"))),
    # a preposition's object: 向|某县人民政府|发起|…
    ("群众向某县人民政府发起“美丽乡村”倡议。", (("Agency", "某县人民政府"), ("Program", "“美丽乡村”"))),
])
def test_no_runner_where_the_agency_is_not_the_verbs_subject(text, mentions):
    an = _analysis(text, *mentions)
    find_relations(an)
    assert _facts(an, "organizes") == set()


def _with_divisions(text: str, program: str, *divisions: str) -> Analysis:
    """An analysis of ``text`` with a program and the divisions written at its start, linked to
    the gazetteer as the division finder links them."""
    an = _analysis(text, ("Program", program))
    gaz = gazetteer()
    for written in divisions:
        start = text.index(written)
        node = gaz.lookup(written)[0]
        an.add(Mention.make("AdministrativeDivision", "t", start, start + len(written), written, gaz.names[node],
                            Key("division", gaz.node_key(node)), node=node, level=gaz.level(node)))
    return an


@pytest.mark.parametrize("text, program, divisions, where", [
    ("吉林水网骨干工程今天开工", "吉林水网骨干工程", ("吉林",), "吉林省"),  # xwlb-20230530-10
    ("北京东六环改造工程西线隧道贯通", "北京东六环改造工程", ("北京",), "北京市"),  # xwlb-20230628-18
    ("重庆綦江页岩气田地面工程基本完工", "重庆綦江页岩气田地面工程", ("重庆", "綦江"), "綦江区"),  # xwlb-20230703-08
])
def test_a_program_named_after_its_division_is_carried_out_there(text, program, divisions, where):
    an = _with_divisions(text, program, *divisions)
    find_relations(an)
    node = gazetteer().lookup(where)[0]
    assert _facts(an, "carriedOutIn") == {(program, gazetteer().node_key(node))}


@pytest.mark.parametrize("text, program, divisions", [
    ("推进拉萨山南一体化重要工程", "拉萨山南一体化重要工程", ("拉萨", "山南")),  # two side by side (xwlb-20230628-18)
    ("吉林省", "吉林省", ("吉林省",)),  # nothing of the name after the division
    # a route: 四川巴塘|至|西藏澜沧江500千伏线路工程 runs between the two (xwlb-2023)
    ("四川巴塘至西藏澜沧江500千伏线路工程正式投运", "西藏澜沧江500千伏线路工程", ("西藏",)),
])
def test_no_division_of_a_program_that_is_not_named_after_one(text, program, divisions):
    an = _with_divisions(text, program, *divisions)
    find_relations(an)
    assert not _facts(an, "carriedOutIn")


_STORIES = {
    "xwlb-20230530-10": ("carriedOutIn", "吉林水网骨干工程", "吉林省"),
    "xwlb-20230621-11": ("carriedOutIn", "河北雄安干渠工程", "河北省"),
    "xwlb-20230909-12": ("carriedOutIn", "火炬传递", "湖州市"),
    "xwlb-20230608-11": ("carriedOutIn", "京杭大运河", "镇江市"),
    "xwlb-20230124-08": ("organizes", "中国驻法国大使馆", "中法美食文化之夜"),
    "xwlb-20230401-10": ("organizes", "农业农村部", "中国渔政亮剑2023"),
}


@pytest.fixture(scope="module")
def stories():
    return shared_records(NEWS, {*_STORIES, "xwlb-20231010-07"}, "the shared news corpus")


@pytest.mark.parametrize("story", sorted(_STORIES))
def test_programs_in_news_stories(stories, story):
    ex = kgraph.extract_text(stories[story]["text"], doc_id=story)
    labels = {e.id: e.label for e in ex.entities}
    name, subject, obj = _STORIES[story]
    assert any(subject in labels[r.subject] and obj in labels[r.object] for r in ex.relations if r.predicate == name)


def test_no_runner_from_an_organisations_name_in_a_news_story(stories):
    ex = kgraph.extract_text(stories["xwlb-20231010-07"]["text"], doc_id="xwlb-20231010-07")
    labels = {e.id: e.label for e in ex.entities}
    assert ("中央广播电视总台", "一带一路") not in {(labels[r.subject], labels[r.object]) for r in ex.relations
                                                   if r.predicate == "organizes"}


@pytest.mark.parametrize("text, program, where, code", [
    # xwlb-20230815-01 (…15日|在|浙江省|湖州市|举行): a day of the month between the program and 在
    ("首个全国生态日主场活动15日在湖州市举行。", "全国生态日主场活动", "湖州市", "330500"),
    # xwlb-20231101-12: a day's word with its date in brackets
    ("2023年全国消防宣传月活动今天（11月1日）在北京启动。", "2023年全国消防宣传月活动", "北京", "110000"),
    # xwlb-20230426-03: 当日
    ("宣传周主场活动当日在北京举行", "宣传周主场活动", "北京", "110000"),
])
def test_a_program_written_with_its_day_before_where_it_is_held(text, program, where, code):
    an = _analysis(text, ("Program", program), ("AdministrativeDivision", where, code))
    find_relations(an)
    assert _facts(an, "carriedOutIn") == {(program, code)}


def test_only_the_words_of_a_time_stand_between_a_program_and_where_it_is_held():
    # 活动|结束后|在|北京: no time word, another clause's place (the program, named as the nation's, is
    # China's: data/relations/national_name_openings.txt)
    an = _analysis("全国生态日主场活动结束后在北京举行座谈", ("Program", "全国生态日主场活动"),
                   ("AdministrativeDivision", "北京", "110000"))
    find_relations(an)
    assert ("全国生态日主场活动", "110000") not in _facts(an, "carriedOutIn")


def test_the_clauses_after_an_opening_place_carry_its_programs_out_there():
    # xwlb-20230204-05: 在|江西芦溪|，|21支灯彩队伍身着盛装|，|沿着街道进行|游园踩街活动 — a later clause
    an = _analysis("在江西芦溪，21支灯彩队伍身着盛装，沿着街道进行游园踩街活动。",
                   ("AdministrativeDivision", "江西", "360000"), ("AdministrativeDivision", "芦溪", "360323"),
                   ("Program", "游园踩街活动"))
    find_relations(an)
    assert _facts(an, "carriedOutIn") == {("游园踩街活动", "360323")}


@pytest.mark.parametrize("text, mentions", [
    # xwlb-20230302-11: a later clause's phrase that only reads as a program (the villages it names)
    ("在浙江湖州，盛开的梅花，远远看去仿佛淡色轻纱，装扮着美丽乡村。",
     (("AdministrativeDivision", "浙江", "330000"), ("AdministrativeDivision", "湖州", "330500"),
      ("Program", "美丽乡村", "美丽乡村建设"))),
    # a clause of saying, or another scene, ends the place's clauses
    ("在湖州，总书记指出，要深入实施乡村振兴示范工程。",
     (("AdministrativeDivision", "湖州", "330500"), ("Program", "乡村振兴示范工程"))),
    ("在湖州，梅花盛开；在西宁，启动“河湖长制”专项行动。",
     (("AdministrativeDivision", "湖州", "330500"), ("Program", "“河湖长制”专项行动"))),
])
def test_no_program_of_a_later_clause_that_is_no_name_or_after_a_saying_or_another_scene(text, mentions):
    an = _analysis(text, *mentions)
    find_relations(an)
    assert ("330500" not in {o for _, o in _facts(an, "carriedOutIn")})


@pytest.mark.parametrize("text, programs", [
    # xwlb-20231129-01: the country opening the clause, two programs after its verb
    ("近年来，我国深入实施产业基础再造工程和重大技术装备攻关工程。", ("产业基础再造工程", "重大技术装备攻关工程")),
    # xwlb-20230315-08
    ("全国各地开展消费者权益保护活动", ("消费者权益保护活动",)),
])
def test_a_clause_the_country_opens_carries_its_programs_out_in_the_country(text, programs):
    an = _analysis(text, *(("Program", p) for p in programs), publication=NATIONAL)
    find_relations(an)
    assert _facts(an, "carriedOutIn") == {(p, "中华人民共和国") for p in programs}
    assert any(m.key == Key("place", "中华人民共和国") and m.prop("implicit") for m in an.mentions)


@pytest.mark.parametrize("text, mentions", [
    # xwlb-20230621-11: 全国性 is a word of its own (nationwide societies take part abroad too)
    ("2022年度，全国性科技学术社团参与国际交流活动1000余次。", (("Program", "国际交流活动"),)),
    # a body's name opens with 全国; a clause naming another country
    ("全国人大常委会开展执法检查活动。", (("Agency", "全国人大常委会"), ("Program", "执法检查活动"))),
    ("我国同东盟开展蓝色经济合作活动。", (("Place", "东盟"), ("Program", "蓝色经济合作活动"))),
])
def test_no_program_of_the_country_unless_the_country_alone_opens_the_clause(text, mentions):
    an = _analysis(text, *mentions)
    find_relations(an)
    assert not _facts(an, "carriedOutIn")


def test_a_congress_named_as_a_time_runs_no_program():
    # 党的十八大|以来 is a time (xwlb-2023: 252 sentences open so): the programs of the sentence are run by
    # nobody it names, not by 中共十八大 (xwlb-20230223-01 and a 2023 story on culture)
    ex = kgraph.extract_text("党的十八大以来，文化惠民工程深入实施，文化旅游深度融合，文化产业快速发展。"
                             "特别是党的十八大以来，习近平总书记对弘扬雷锋精神作出一系列重要论述，"
                             "指导推动新时代学雷锋活动不断拓展内容、创新形式、丰富载体。")
    labels = {e.id: e.label for e in ex.entities}
    runners = {labels[r.subject] for r in ex.relations if r.predicate == "organizes"}
    assert not {r for r in runners if r.startswith("中共") and r.endswith("大")}, runners


def test_a_campaign_for_a_national_title_is_not_carried_out_in_the_whole_country():
    # 舞阳县's site (2023): 我县召开创建全国文明城市工作推进会 — 全国文明城市 is the title the county works
    # for; 全国科普日活动 (xwlb-2023) is the nation's own
    ex = kgraph.extract_text("8月18日,我县召开创建全国文明城市工作推进会,对近期全国文明城市创建工作进行了讲评。"
                             "2023年全国科普日活动在全国各地举行。", publication=NATIONAL)
    labels = {e.id: e.label for e in ex.entities}
    national = {labels[r.subject] for r in ex.relations if r.predicate == "carriedOutIn"
                and labels[r.object] == "中华人民共和国"}
    assert not {p for p in national if "文明城市" in p}, national
    assert any("科普日" in p for p in national), national


def test_the_occasion_a_sentence_celebrates_runs_nothing():
    # a county forum's story (射阳, 2017): 为|迎接|党的十九大|胜利召开,…,射阳县委统战部|牵头举办|…活动 — the department
    # holds it, the congress is the occasion
    ex = kgraph.extract_text("为迎接党的十九大胜利召开,讲述射阳好故事,传播射阳好声音,10月17日,"
                             "射阳县委统战部牵头举办“同心采风行·喜迎十九大”活动。")
    labels = {e.id: e.label for e in ex.entities}
    runners = {labels[r.subject] for r in ex.relations if r.predicate == "organizes"}
    assert runners == {"射阳县委统战部"}, runners


def test_east_west_cooperation_and_its_pairs_are_programs():
    # county pages (2021-2024): 西湖区与青川县|东西部协作|联席会议, 粤桂协作, 苏陕对口协作
    result = kgraph.extract_text("西湖区与青川县东西部协作联席会议召开。深化粤桂协作,推进苏陕对口协作。")
    assert {"东西部协作", "粤桂协作", "苏陕协作"} <= {e.label for e in result.entities if e.type == "Program"}
