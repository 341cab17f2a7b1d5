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
