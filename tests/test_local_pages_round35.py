"""Local pages annotated blind this round (40 pages of county, district and street sites, 2003-2026; the odd-numbered
pages read): each rule tested on its page's sentence, and on a hand-built analysis where it is one stage's."""
from __future__ import annotations

from kgraph.extraction.analysis import Region
from kgraph.gazetteer import gazetteer

from .builders import analysis_of, extracted_labels, mention

# 管城回族区's site, 2016 (a vice mayor's visit): the district writes itself 管城区 and its bodies by their level
GUANCHENG = ("7月27日下午,副市长张俊峰、市规划局局长杨东方一行到我区调研商都历史文化街区及“两院”项目建设情况。"
             "区领导王东亮、柴丹陪同调研。\n"
             "张俊峰副市长一行先后实地查看了夕阳楼片区、塔湾古街项目及亳都古街项目。随后,在区委礼堂一楼会议室召开座谈会。\n"
             "会上,区委书记王东亮对张俊峰副市长一行的到来表示欢迎。王书记表示,管城区将一如既往地发扬迎难而上的精神。"
             "张俊峰副市长指出,商都历史文化街区建设对郑州市建设国家中心城市和国际商都具有重要意义,为中原崛起、河南振兴作出"
             "省会城市应有的贡献。")

# 中山街道's site (松江区, 上海), 2026: the street's committee written bare, its leaders by their titles
ZHONGSHAN = ("春节将至,中山街道党政领导班子高度重视、周密部署,深入一线对辖区内重点场所和单位开展节前安全生产大检查。\n"
             "党工委书记夏爱军一行分别检查了万达广场和永辉超市。\n"
             "党工委副书记、办事处主任李江带队检查了工业区韩科科技在建工地、玛伊沙园区、上海弋风环保科技有限公司。\n"
             "党工委副书记姚海萍带队检查扬源文创园。")


def _extracted(text: str):
    return extracted_labels(text)[1:]


def test_a_peoples_district_goes_by_its_short_name_and_level():
    # 管城回族区 is written 管城区, as the autonomous counties are by their short name and level (孟连县)
    gaz = gazetteer()
    assert [gaz.names[n] for n in gaz.lookup("管城区")] == ["管城回族区"]
    assert [gaz.names[n] for n in gaz.lookup("瀍河区")] == ["瀍河回族区"]
    typed, relations = _extracted(GUANCHENG)
    # the page is at home in the district: its 区委 and 市规划局 are named, and so are their heads' posts
    assert ("holdsPost", "王东亮", "书记", "管城回族区委") in relations, relations
    assert ("holdsPost", "杨东方", "局长", "郑州市规划局") in relations, relations


def test_a_region_word_is_no_district_a_kind_of_city_no_body_and_a_hall_alone_no_place():
    typed, _ = _extracted(GUANCHENG)
    assert "中原区" not in typed, typed  # 为|中原|崛起: the Central Plains
    assert not any(label.startswith("郑州市建设") for label in typed), typed  # 建设|国家|中心城市: a kind of city
    assert "礼堂" not in typed, typed  # 区委|礼堂: the committee's hall, no name of its own


def test_a_local_pages_sites_lie_in_its_own_division():
    _, relations = _extracted(GUANCHENG)
    assert ("locatedIn", "塔湾古街", None, "管城回族区") in relations, relations
    assert ("locatedIn", "亳都古街", None, "管城回族区") in relations, relations


def test_a_local_pages_place_lies_in_the_division_its_sentence_names_else_the_pages_own_on_a_hand_built_analysis():
    from kgraph.extraction.relations import find_relations

    gaz = gazetteer()
    district = gaz.lookup("管城回族区")[0]
    text = "区委书记到管城区调研。城东路街道查看了塔湾古街。随后查看了亳都古街。"
    an = analysis_of(text)
    an.region = Region(district)
    home = mention(an, "AdministrativeDivision:county", "管城区", "管城回族区", node=district)
    node = next(n for n in gaz.lookup("城东路街道") if gaz.is_within(n, district))
    street = mention(an, "AdministrativeDivision:township", "城东路街道", node=node)
    first = mention(an, "Place", "塔湾古街")
    second = mention(an, "Place", "亳都古街")
    find_relations(an)
    located = {(f.subject, f.object) for f in an.facts if f.predicate == "locatedIn"}
    assert (first.key, street.key) in located, located  # the street its sentence writes before it
    # the next sentence names none: the page's own division, the one township it names
    assert (second.key, street.key) in located, located
    assert home.key not in {o for s, o in located if s in (first.key, second.key)}


def test_a_town_of_many_namesakes_in_the_city_the_page_names_tells_its_home():
    typed, relations = _extracted(ZHONGSHAN)
    assert typed.get("中山街道") == "AdministrativeDivision", typed
    # the bare committee is the street's, and its 、办事处主任 the street's office
    assert ("holdsPost", "夏爱军", "书记", "中山街道党工委") in relations, relations
    assert ("holdsPost", "李江", "主任", "中山街道办事处") in relations, relations
    assert ("holdsPost", "姚海萍", "副书记", "中山街道党工委") in relations, relations
    # a firms' park is a place (…园区), and lies in the street
    assert typed.get("玛伊沙园区") == "Place", typed
    assert ("locatedIn", "扬源文创园", None, "中山街道") in relations, relations


def test_a_bare_working_committee_needs_one_street():
    # two streets named: which street's committee is not said, no body
    typed, _ = _extracted("中山街道、岳阳街道开展节前安全生产大检查。\n党工委书记夏爱军一行检查了万达广场。")
    assert not any(label.endswith("党工委") for label in typed), typed


def test_a_street_the_source_names_with_its_own_jie_is_written_once():
    # 长江日报, 2025: 江汉区|唐家墩街道|西桥社区 — the source's 唐家墩街街道, its community under it
    gaz = gazetteer()
    assert [gaz.names[n] for n in gaz.lookup("唐家墩街道")] == ["唐家墩街街道"]
    assert not gaz.lookup("八街道")  # (a name of one character before 街街道 keeps its whole name: 八街街道)
    _, relations = _extracted("12月15日,阳光照进江汉区唐家墩街道西桥社区安友花园小区。西桥社区党委书记董守芝介绍情况。")
    assert ("partOf", "西桥社区", None, "唐家墩街街道") in relations, relations
    assert ("partOf", "唐家墩街街道", None, "江汉区") in relations, relations


def test_a_street_the_gazetteer_lacks_after_its_district_and_its_community_are_the_districts():
    # a community's page of 珠海, 2026: 凤山街道 of 香洲区 is no division of the source, which holds 汕尾市's only
    typed, relations = _extracted("今年以来,珠海市香洲区凤山街道红荔社区通过“物业党建联建”模式的探索实践,为破解这一难题"
                                  "提供了有益借鉴。凤山街道红荔社区率先成立物业管理联合党支部。")
    assert "汕尾市" not in typed, typed
    assert ("partOf", "凤山街道", None, "香洲区") in relations, relations
    assert ("partOf", "红荔社区", None, "凤山街道") in relations, relations


def test_a_temple_named_after_a_city_is_no_city():
    # 中江县's site, 2015: the model reads 镇江寺 as one place, a temple of the county, no 镇江市 of 江苏
    typed, _ = _extracted("中江县第六届乡村文化旅游节开幕。届时,白塔寺、火神庙(彤华宫)、镇江寺、文庙、黄继光纪念馆"
                          "五大人文景区免费供游客参观。")
    assert "镇江市" not in typed and "江苏省" not in typed, typed
    assert typed.get("镇江寺") == "Place", typed


def test_a_namesake_of_a_district_is_the_region_it_names_first_on_the_citys_own_pages():
    # 为|中原|崛起 on a page at home in 郑州市: the Central Plains (division_namesakes.tsv), no 中原区; written right
    # after its city it stays the district
    typed, _ = _extracted(GUANCHENG)
    assert "中原区" not in typed, typed
    typed, _ = _extracted("郑州市中原区召开会议,区委书记主持会议。")
    assert typed.get("中原区") == "AdministrativeDivision", typed


def test_a_body_that_opens_with_a_division_written_whole_is_no_unit_of_the_body_listed_before():
    # a health paper's page, 2021: 邯郸市第一医院 after the health commission's officials is a hospital of its own
    _, relations = _extracted("11月12日上午,邯郸市魏县人民医院新区正式启用。邯郸市卫生健康委主任李之杰、副主任周海英及"
                              "邯郸市第一医院党委书记刘吉祥、副院长索俊生等参加活动。")
    assert ("holdsPost", "索俊生", "副院长", "邯郸市第一医院") in relations, relations
    assert ("holdsPost", "刘吉祥", "书记", "邯郸市第一医院党委") in relations, relations
    assert not any(obj.startswith("邯郸市卫生健康委邯郸") for *_, obj in relations), relations


def test_a_league_committee_named_with_its_county_lies_in_it():
    # a county's page, 2018: the model's 共青团平利县第二十届委员会 opens with the league's name, then the county's
    _, relations = _extracted("8月30至31日,共青团平利县第二十次代表大会召开。县委书记郑小东出席开幕式。大会选举产生了"
                              "共青团平利县第二十届委员会委员和候补委员。")
    located = {(s, o) for p, s, _, o in relations if p == "locatedIn"}
    assert any(s.startswith("共青团平利县") and o == "平利县" for s, o in located), relations
