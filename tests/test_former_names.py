"""Divisions written by the names they bore before a rename (data/gazetteer/former_names.tsv, made by
scripts/build_gazetteer.py from GB2260's revisions and JioNLP's change list): pages of those years write
户县 for today's 鄠邑区 and 射洪县 for 射洪市.  The division is today's, the written name its alias; its
bodies are today's bodies, the names the page gives them accepted spellings.  The sentences are real
local pages' (public excerpts found with the workplace's search tool)."""
from __future__ import annotations

import kgraph
from kgraph.gazetteer import gazetteer

from .conftest import by_label, titled_posts as _posts


def _entities(text: str) -> dict[str, tuple[str, set[str]]]:
    """label -> (type, aliases) of the extraction of ``text``."""
    return {e.label: (e.type, set(e.aliases)) for e in kgraph.extract_text(text).entities}



def test_a_former_name_is_a_full_name_of_the_division_that_bears_its_code_now():
    gaz = gazetteer()
    (node,) = gaz.by_name.nodes("户县")
    assert gaz.names[node] == "鄠邑区" and gaz.code(node) == "610118"
    assert gaz.is_former_name("户县") and not gaz.is_former_name("鄠邑区") and not gaz.is_former_name("公安县")
    # a code kept under a new name (任县 130526, now 任泽区) and one that changed with the level (射洪县 510922,
    # now 射洪市 510981) both lead to today's division
    assert [gaz.names[n] for n in gaz.by_name.nodes("任县")] == ["任泽区"]
    assert [gaz.names[n] for n in gaz.by_name.nodes("射洪县")] == ["射洪市"]
    # names some division bears now stay theirs alone: 东乡县 is 东乡族自治县's (甘肃), not 江西's former 东乡县
    assert not gaz.is_former_name("东乡县")


def test_a_county_written_by_its_former_name_is_todays_with_that_name_as_alias():
    # a county's page (户县, 2014): 会议审议了县政府党组《关于审定|户县|全面推行农村集体“三资”管理工作实施方案的请示》
    text = ("2月28日,县委书记陆晓延主持召开县委十六届第43次常委会议。县委副书记、县长张永潮,县委副书记李化出席会议。"
            "县人大主任张阅农、县政协主席张萍列席会议。会议审议了县政府党组《关于审定户县全面推行农村集体“三资”"
            "管理工作实施方案的请示》、县总工会党组《关于评选户县劳动模范的请示》。")
    found = _entities(text)
    assert found["鄠邑区"] == ("AdministrativeDivision", {"户县"})
    # its bodies are today's, and the page's names of them accepted spellings (户县委, as a one-character
    # county's committee is written besides 户县县委)
    assert found["鄠邑区委"][1] & {"户县委", "户县县委"}
    assert "户县总工会" in found["鄠邑区总工会"][1] and "户县总工会党组" in found["鄠邑区总工会党组"][1]
    assert "户县人民政府" in found["鄠邑区人民政府"][1]
    posts = _posts(text)
    # (县人大主任: the director of the congress's standing committee, spelt as the page writes the county)
    assert {("陆晓延", "鄠邑区委", "书记"), ("张永潮", "鄠邑区人民政府", "县长"), ("张阅农", "鄠邑区人大常委会", "主任")} <= posts
    assert "户县人大常委会" in found["鄠邑区人大常委会"][1]


def test_a_one_character_county_repeats_its_level_before_its_bodies():
    # the same page's form: 户县|县政府|副县长 (the model reads 户县县政府 as one organisation)
    found = _entities("户县县政府副县长李某出席会议。")
    assert "鄠邑区" in found and "户县县政府" in found["鄠邑区人民政府"][1]
    # but 和 before 县 stays a joiner (郧西县公安局|和|县检察院), no county 和县
    assert "和县" not in {label for label, (kind, _) in _entities("郧西县公安局和县检察院联合开展活动。").items()
                          if kind == "AdministrativeDivision"}


def test_a_county_become_a_city_keeps_its_county_bodies_as_spellings():
    # a county's media centre site (射洪县, 2017): 射洪县人民政府, now 射洪市人民政府
    found = _entities("9月22日,射洪县人民政府与浙江某集团签订投资协议,县委书记蒲从双出席。")
    assert by_label(kgraph.extract_text("射洪县召开会议。"), "AdministrativeDivision")["射洪市"].aliases == ("射洪县",)
    assert "射洪县人民政府" in found["射洪市人民政府"][1]
    assert "射洪县委" in found["射洪市委"][1]


def test_a_county_people_s_congress_is_written_short_before_its_heads_title():
    # 县人大|主任|张阅农 (户县, 2014): the county congress's standing committee's director, its committee written
    # short; and 人大常委会 stays whole (省人大常委会|委员: 桃源县's site, 2017)
    assert ("张阅农", "郧西县人大常委会", "主任") in _posts("县人大主任张阅农出席会议。郧西县发展很快。")
    assert "湖南省人大常委会" in _entities("湖南省人大常委会委员李平带领调研组来桃源县调研。")


def test_a_former_name_holds_for_the_years_it_was_borne():
    # a page of 鄠邑区 (the user says where it is at home) writing 县委: in 2014 the county's (户县), in 2020 none
    # (鄠邑区 is a district since 2016, its 县委 no body of its own)
    then = kgraph.extract_text("县委书记陆晓延主持召开县委常委会议。", region="鄠邑区", date="2014-02-28")
    assert "户县委" in {a for e in then.entities if e.label == "鄠邑区委" for a in e.aliases}
    later = kgraph.extract_text("县委书记王某主持召开会议。", region="鄠邑区", date="2020-05-01")
    assert "鄠邑区委" not in by_label(later, "Agency")


def test_a_placeholder_rows_name_is_no_former_name():
    # 市辖区 (a source row holding a city's districts) was once 辛集市's code's name: no division in text
    assert not by_label(kgraph.extract_text("全市辖区内共有学校120所。"), "AdministrativeDivision")
    assert not gazetteer().by_name.nodes("市辖区")


def test_a_one_character_countys_doubled_level_opens_no_division_of_its_own():
    # 户县|县人大常委会, 房县|县人大常委会 (county papers, 2014-2016): no division 户县县 or 房县县
    for text in ("户县县人大常委会主任张阅农出席。", "房县县人大常委会主任张三出席。"):
        assert not {d for d in by_label(kgraph.extract_text(text), "AdministrativeDivision") if d.endswith("县县")}
