"""A person named in full with a dot and later by the last part alone is one person of the
article (resolve._short_references), on a hand-built analysis and on the news story it came from."""
import kgraph
from kgraph.extraction.analysis import Analysis, Region
from kgraph.extraction.linkers import link_person
from kgraph.extraction.resolve import article_record
from kgraph.model import Document

from .test_recognise import NEWS, _shared_texts


def _analysis(text: str) -> Analysis:
    return Analysis(Document("d", "d", "<test>", None, (), text, ((0, 0, len(text)),)), Region(None))


def test_the_last_part_of_a_dotted_name_is_that_person_with_its_facts_and_events():
    text = "美国调查记者西摩·赫什发文。赫什称，此事另有隐情。"
    an = _analysis(text)
    full = link_person(an, 6, 11, "other")
    short = link_person(an, 14, 16, "other")
    an.fact(short.key, "holdsPost", full.key, 14)  # any fact naming the short key follows it
    record = article_record(an)
    assert {m.key for m in record.mentions} == {full.key}
    assert {m.label for m in record.mentions} == {"西摩·赫什"}
    assert {m.alias for m in record.mentions} == {"西摩·赫什", "赫什"}
    assert record.facts[0].subject == full.key


def test_a_last_part_shared_by_two_full_names_stays_apart():
    text = "约翰·史密斯和安娜·史密斯出席。史密斯表示欢迎。"
    an = _analysis(text)
    for start, end in ((0, 5), (6, 11), (16, 19)):
        link_person(an, start, end, "other")
    assert len({m.key for m in article_record(an).mentions}) == 3  # which 史密斯 is not known


def test_seymour_hersh_is_one_person_in_his_story():
    text = _shared_texts(NEWS, ["xwlb-20230212-13"], "the shared news corpus")["xwlb-20230212-13"]
    people = {e.label: e for e in kgraph.extract_text(text).entities if e.type == "Person"}
    assert "赫什" not in people and "赫什" in people["西摩·赫什"].aliases
