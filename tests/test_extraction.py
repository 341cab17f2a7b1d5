"""Each stage on short texts of our own, about other places, papers and agencies."""
import kgraph

from .conftest import by_label, relations


def _extract(text, **kw):
    return kgraph.extract_text(text, **kw)


def test_divisions_link_to_the_gazetteer_with_hierarchy():
    ex = _extract("宜昌日报讯 近日,宜昌市夷陵区小溪塔街道开展活动。夷陵区委书记王立参加。")
    divisions = by_label(ex, "AdministrativeDivision")
    assert {"宜昌市", "夷陵区", "小溪塔街道", "湖北省"} <= set(divisions)
    assert divisions["夷陵区"].prop("code") == "420506"
    assert divisions["湖北省"].prop("inferred") is True
    part_of = relations(ex, "partOf")
    assert ("小溪塔街道", "夷陵区", None) in part_of and ("宜昌市", "湖北省", None) in part_of


def test_ambiguous_community_is_resolved_by_context():
    # 东苑社区 exists in dozens of cities; the article names its district
    ex = _extract("沙市区朝阳街道召开会议。\n东苑社区党委书记介绍了经验。")
    community = by_label(ex, "AdministrativeDivision")["东苑社区"]
    assert community.prop("gazetteerName") == "湖北省荆州市沙市区朝阳街道东苑社区"


def test_one_character_county_names_are_not_read_inside_words():
    ex = _extract("武汉市江岸区进一步规范县级以下机关和县公安局的工作。")
    labels = set(by_label(ex, "AdministrativeDivision"))
    assert "范县" not in labels and "和县" not in labels


def test_unknown_community_and_misprinted_town():
    ex = _extract("石首市委组织部组织学员到桃花源镇李花山村走访,还走进晓晴湾社区宣传。", region="荆州市")
    divisions = by_label(ex, "AdministrativeDivision")
    assert divisions["桃花山镇"].aliases == ("桃花源镇",)
    assert "晓晴湾社区" in divisions and divisions["晓晴湾社区"].prop("linked") is False
    assert any("桃花源镇" in note for note in ex.notes)


def test_agencies_are_spelled_out_with_their_division():
    text = ("监利市人民政府召开会议。市法院、市检察院负责人参加。市委宣传部印发通知。\n"
            "该市应急管理局开展演练。")
    agencies = by_label(_extract(text), "Agency")
    assert {"监利市人民政府", "监利市人民法院", "监利市人民检察院", "监利市委宣传部", "监利市应急管理局"} <= set(agencies)
    assert "市法院" in agencies["监利市人民法院"].mentions[0].text


def test_abbreviations_fall_back_to_the_home_region():
    ex = _extract("本报讯 市应急管理局要求各地做好防汛准备。", region="宜昌市")
    assert "宜昌市应急管理局" in by_label(ex, "Agency")
    assert ("宜昌市应急管理局", "宜昌市", None) in relations(ex, "locatedIn")


def test_an_unresolvable_short_form_is_not_an_entity():
    ex = _extract("县法院公开审理了一起案件。")
    assert not any(e.label.startswith("县") for e in ex.entities if e.type == "Agency")


def test_official_with_two_posts():
    ex = _extract("枝江市委常委、政法委书记李建华主持会议。")
    posts = relations(ex, "holdsPost")
    assert ("李建华", "枝江市委", "常委") in posts
    assert ("李建华", "枝江市委政法委", "书记") in posts
    assert ("枝江市委政法委", "枝江市委", None) in relations(ex, "subOrganizationOf")


def test_named_residents_but_not_anonymised_people():
    ex = _extract("村民张德福说,犯罪嫌疑人王某已被抓获,受害人李女士表示感谢。居民刘芳芳也来了。")
    people = by_label(ex, "Person")
    assert set(people) == {"张德福", "刘芳芳"}
    assert people["张德福"].prop("role") == "other"


def test_programs_quoted_unquoted_and_merged():
    text = ("宜都市开展“清风行动”专项整治,推广“三事分流”工作法。\n"
            "宜都市深入开展电信网络诈骗打击专项行动。“三事分流”模式取得实效。")
    ex = _extract(text)
    programs = by_label(ex, "Program")
    assert "“清风行动”专项整治" in programs or "“清风行动”" in programs
    merged = [e for e in ex.entities if e.type == "Program" and "三事分流" in e.label]
    assert len(merged) == 1 and len(merged[0].mentions) == 2
    assert any("电信网络诈骗打击专项行动" in label for label in programs)
    assert ("宜都市", "“三事分流”工作法", None) in relations(ex, "organizes")


def test_places_and_where_they_are():
    ex = _extract("宜昌市西陵区在滨江公园、万达广场等地开展宣传,并走进桃花岭小区。", region="宜昌市")
    places = by_label(ex, "Place")
    assert {"滨江公园", "万达广场", "桃花岭小区"} <= set(places)
    assert ("滨江公园", "西陵区", None) in relations(ex, "locatedIn")


def test_reporters_become_people_of_their_article():
    ex = _extract("标题\n\n本报讯(记者张明金 通讯员李珍珍)松滋市公安局举行退赃大会。")
    people = by_label(ex, "Person")
    assert people["张明金"].prop("role") == "journalist"
    assert {(s, o) for s, o, _ in relations(ex, "reporterOf")} == {("张明金", "text"), ("李珍珍", "text")}


def test_district_abbreviation_skips_communities():
    # 区委 after 南苑社区 is the district's committee, not the community's
    ex = _extract("宜昌市西陵区南苑社区开展活动。区委组织部、区民政局负责人参加。")
    agencies = by_label(ex, "Agency")
    assert {"西陵区委组织部", "西陵区民政局"} <= set(agencies)
    assert not any(label.startswith("南苑社区委") for label in agencies)
    assert "区民政局" not in agencies["西陵区民政局"].aliases
