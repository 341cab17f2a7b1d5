"""Sub-organisations read from an agency's name (kgraph.extraction.relations): 国务院办公厅 is a
unit of 国务院 — on hand-built analyses and on stories of ../shared/corpus/news/xwlb-2023.jsonl."""
from __future__ import annotations

import pytest

import kgraph
from kgraph.extraction.analysis import Analysis
from kgraph.extraction.relations import find_relations
from kgraph.model import Key

from .conftest import NEWS, relations, shared_records
from .test_relations_places import _analysis as _with_mentions


def _analysis(text: str, *agencies: str) -> Analysis:
    """An analysis of ``text`` with the agencies as the recognisers would leave them."""
    return _with_mentions(text, *(("Agency", written) for written in agencies))


def _units(an: Analysis) -> set[tuple[str, str]]:
    return {(f.subject.name, f.object.name) for f in an.facts if f.predicate == "subOrganizationOf"}


def test_a_unit_of_an_agency_of_the_article():
    # 水利部|海河水利委员会|发布 (xwlb-20230806-03), with 水利部 named in the story
    an = _analysis("水利部海河水利委员会发布，水利部要求……", "水利部海河水利委员会", "水利部")
    find_relations(an)
    assert _units(an) == {("水利部海河水利委员会", "水利部")}


def test_a_unit_of_a_central_body_the_article_does_not_name_alone():
    # 国务院|侨务办公室|主任|陈旭 (xwlb-20230424-05): 国务院 is a central body
    # (data/lexicon/national_agencies.tsv); it joins the article as a mention without a span
    an = _analysis("国务院侨务办公室主任陈旭作了报告。", "国务院侨务办公室")
    find_relations(an)
    assert _units(an) == {("国务院侨务办公室", "国务院")}
    added = [m for m in an.mentions if m.key == Key("agency", "国务院")]
    assert added and added[0].start == added[0].end and added[0].prop("implicit")


def test_a_unit_of_a_name_read_as_one_word():
    # 中共中央办公厅、国务院办公厅印发 (xwlb-20230215-02): jieba reads each name as one word
    an = _analysis("中共中央办公厅、国务院办公厅印发了《意见》", "中共中央办公厅", "国务院办公厅")
    find_relations(an)
    assert _units(an) == {("中共中央办公厅", "中共中央"), ("国务院办公厅", "国务院")}


@pytest.mark.parametrize("text, agencies", [
    ("中央纪委国家监委网站公布", ("中央纪委国家监委", "中央纪委")),  # two bodies written together
    ("由商务部和上海市人民政府主办。", ("上海市人民政府主办", "上海市人民政府")),  # 主办 ends in 办, no noun
    ("中国船舶集团有限公司与法国达飞海运集团", ("中国船舶集团有限公司", "中国船舶集团")),  # its legal form
    ("乌克兰总统办公室11日称", ("乌克兰总统办公室", "乌克兰")),  # a foreign state's: kgraph.extraction.world
    ("中央文献出版社出版", ("中央文献出版社", "中央")),  # 中央 names no body by itself
    ("美国硅谷银行金融集团寻求破产重组", ("美国硅谷银行金融集团", "美国硅谷银行")),  # the bank's parent (xwlb-2023)
    ("中集来福士海洋工程有限公司烟台基地", ("中集来福士海洋工程有限公司", "中集来福士")),  # its legal name
    ("河南省中原信托有限公司原党委书记", ("河南省中原信托有限公司原党委", "河南省中原信托有限公司")),  # 原: was
    ("据美国国防部网站消息", ("美国国防部网站", "美国国防部")),  # its website (xwlb-2023)
    ("中国常驻联合国教科文组织代表团举办", ("联合国教科文组织代表团", "联合国教科文组织")),  # China's mission to it
    # fields 与 joins (xwlb-20230308-13, whose 中国物流|50强企业 the model reads as a body)
    ("记者从中国物流与采购联合会了解到，中国物流50强企业收入增长", ("中国物流与采购联合会", "中国物流")),
])
def test_what_is_no_unit_is_not_one(text, agencies):
    an = _analysis(text, *agencies)
    find_relations(an)
    assert _units(an) == set()


def test_a_unit_the_recognisers_nested_keeps_their_parent():
    an = _analysis("国务院办公厅", "国务院办公厅")
    an.fact(Key("agency", "国务院办公厅"), "subOrganizationOf", Key("agency", "国务院x"), 0)
    find_relations(an)
    assert _units(an) == {("国务院办公厅", "国务院x")}


_STORIES = {
    "xwlb-20230424-05": ("国务院侨务办公室", "国务院"),
    "xwlb-20230806-03": ("水利部海河水利委员会", "水利部"),
    "xwlb-20231009-01": ("中央军委政治工作部", "中央军委"),
}


@pytest.fixture(scope="module")
def stories():
    return shared_records(NEWS, set(_STORIES), "the shared news corpus")


@pytest.mark.parametrize("story", sorted(_STORIES))
def test_units_in_news_stories(stories, story):
    ex = kgraph.extract_text(stories[story]["text"], doc_id=story)
    assert (*_STORIES[story], None) in relations(ex, "subOrganizationOf")
