"""A gazetteer name that is also a common word (公安, 白云, 和平: data/lexicon/
common_division_words.txt) is a division only right after its parent AND only where it
ends a word of the segmenter: 荆州市|公安局 is the city's police bureau, not the county
公安县 of 荆州市 (it made the agency 公安县局 of every 荆州市公安局)."""
import kgraph

from .conftest import NEWS, shared_records


def _divisions(extraction):
    return {e.label for e in extraction.entities if e.type == "AdministrativeDivision"}


def _agencies(extraction):
    return {e.label for e in extraction.entities if e.type == "Agency"}


def test_a_city_police_bureau_is_no_county():
    # invented local sentence: 荆州市|公安局 (公安县 lies in 荆州市)
    found = kgraph.extract_text("荆州市公安局近日召开全市公安工作会议。")
    assert "荆州市公安局" in _agencies(found)
    assert "公安县" not in _divisions(found) and "公安县局" not in _agencies(found)


def test_the_county_named_in_full_after_its_city_is_still_read():
    found = kgraph.extract_text("荆州市公安县公安局近日召开会议。")
    assert "公安县" in _divisions(found)
    assert "公安县公安局" in _agencies(found)


def test_an_airport_named_after_a_district_holds_no_division():
    """xwlb-20230109-07: 广州|白云机场 — 白云 ends inside the word 白云机场, so it is not the
    district 白云区 (before, the only division 1,500 stories lost by this rule)."""
    text = shared_records(NEWS, {"xwlb-20230109-07"}, "the news corpus")["xwlb-20230109-07"]["text"]
    sentence = next(s for s in text.split("。") if "广州白云机场" in s)
    assert "白云区" not in _divisions(kgraph.extract_text(sentence + "。"))


# --- division-shaped words and phrases that name no division (issue #18: they took part in nothing)

import pytest  # noqa: E402

from kgraph.extraction.recognisers.divisions import common_phrase  # noqa: E402

from .builders import analysis_of  # noqa: E402


@pytest.mark.parametrize("text, name, suffix", [
    ("从雪域高原到鱼米之乡，秋粮正陆续收储入仓。", "鱼米之乡", "乡"),  # xwlb-20231112-03: a saying (i)
    ("反对导致巴勒斯坦人背井离乡的一切企图。", "背井离乡", "乡"),  # xwlb-20231228-09
    ("鼓励高职院校面向农村培养维保技术人员。", "面向农村", "村"),  # xwlb-20230505-03: the dictionary's n
    ("经济强县和26个山区县结对互助。", "山区县", "县"),  # xwlb-20230514-01: a kind of county
    ("杭州亚运村由运动员村、技术官员村等五部分组成。", "技术官员村", "村"),  # xwlb-20230616-09: common words
    ("通过各级卫健部门与基层乡镇街道对接。", "基层乡镇街道", "街道"),  # xwlb-20230117-07
])
def test_a_saying_a_kind_or_a_phrase_is_no_division(text, name, suffix):
    an = analysis_of(text)
    start = text.index(name)
    assert common_phrase(an, start, start + len(name), suffix)
    assert name not in _divisions(kgraph.extract_text(text))


@pytest.mark.parametrize("text, name, suffix", [
    ("江苏华西村、安徽小岗村和浙江安吉余村。", "华西村", "村"),  # real villages the dictionary knows (ns, nr)
    ("江苏华西村、安徽小岗村和浙江安吉余村。", "小岗村", "村"),
    ("我们来到湖州市安吉县天荒坪镇余村。", "余村", "村"),
    ("在浙江淳安县下姜村，村民们种植中药材。", "下姜村", "村"),
    ("村民们在下叔村种植果树。", "下叔村", "村"),  # the dictionary tags it n, but 下叔 is no word
])
def test_a_village_s_name_stays(text, name, suffix):
    an = analysis_of(text)
    start = text.index(name)
    assert not common_phrase(an, start, start + len(name), suffix)


def test_a_village_in_the_city_is_a_kind_not_a_village():
    # xwlb-20230428-01 在超大特大城市积极稳步推进城中村改造 (the gazetteer has villages named 城中村)
    assert "城中村" not in _divisions(kgraph.extract_text("在超大特大城市积极稳步推进城中村改造。"))
    assert "城中村" not in _divisions(kgraph.extract_text("浙江杭州积极稳步推进城中村改造。"))


def test_a_town_named_with_a_generic_word_stays():
    # xwlb-2023 在舒兰市平安镇党委书记梁多的手机里 (平安 is a generic word of generic_names.txt)
    assert "平安镇" in _divisions(kgraph.extract_text("在舒兰市平安镇党委书记梁多的手机里，存着许多照片。"))
