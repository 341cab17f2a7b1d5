"""The sample page end to end: the key facts, and the score against its gold annotation."""

import kgraph

from .conftest import SAMPLE, by_label, relations


def test_key_facts_of_the_sample_page(sample_extraction):
    ex = sample_extraction
    posts = relations(ex, "holdsPost")
    assert ("冯荆柯", "公安县委", "副书记") in posts
    assert ("冯荆柯", "公安县委政法委", "书记") in posts
    part_of = relations(ex, "partOf")
    assert ("李埠镇", "荆州区", None) in part_of
    assert ("荆州区", "荆州市", None) in part_of and ("荆州市", "湖北省", None) in part_of
    agencies = by_label(ex, "Agency")
    assert "公安县人民法院" in agencies and "县法院" in {m.text for m in agencies["公安县人民法院"].mentions}
    assert "荆州经济技术开发区公共服务中心" in agencies
    assert "荆州市应急管理局" in agencies
    people = by_label(ex, "Person")
    assert "谢某" not in people and "刘女士" not in people
    assert people["喻叶"].prop("role") == "journalist"


def test_mentions_point_at_the_source_text(sample_extraction):
    text = SAMPLE.read_text(encoding="utf-8")
    for entity in sample_extraction.entities:
        for span in entity.mentions:
            assert text[span.start:span.end].replace("\n", "") == span.text
    for relation in sample_extraction.relations:
        for span in relation.evidence:
            assert text[span.start:span.end].replace("\n", "") == span.text


def test_one_entity_per_thing_across_files(tmp_path):
    page = SAMPLE.read_text(encoding="utf-8")
    (tmp_path / "a.txt").write_text(page, encoding="utf-8")
    (tmp_path / "b.txt").write_text(page, encoding="gb18030")
    both = kgraph.extract(tmp_path)
    single = kgraph.extract(SAMPLE)
    assert sorted(e.id for e in both.entities) == sorted(e.id for e in single.entities)
