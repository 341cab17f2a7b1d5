"""Units named right after a central agency (国务院|安委办, 全国人大常委会|代表工作委员会) are
agencies, units of it; a word of the dictionary made of two heads (委办) ends a name at each."""
import kgraph
from kgraph.extraction.recognisers.agencies import org_run

from .test_orgs_junk import _labels, _model_agencies, _sentence


def test_a_word_of_two_heads_ends_a_name_at_each():
    # jieba: 国务院|安|委办|、|应急|管理部 — 委办 is the dictionary's verb, and the committee (安委)
    # and its office (安委办)
    text = "国务院安委办、应急管理部今天召开会议"
    assert org_run(text, 3, len(text)) == [5, 6]
    # a common word written with two heads' characters is none (局部: false_org_heads.txt)
    text = "国务院局部调整"
    assert org_run(text, 3, len(text)) == []


def test_a_unit_named_after_a_central_agency_is_its_unit():
    # xwlb-20230425-11 国务院安委办、应急管理部今天（4月25日）召开全国安全防范工作会
    extraction = kgraph.extract_text(_sentence("xwlb-20230425-11", "国务院安委办"))
    labels = {e.id: e.label for e in extraction.entities}
    assert {"国务院安委办", "国务院"} <= set(labels.values())
    assert ("国务院安委办", "国务院") in {(labels.get(r.subject), labels.get(r.object)) for r in extraction.relations
                                    if r.predicate == "subOrganizationOf"}


def test_a_central_agency_written_next_is_no_unit():
    # xwlb-20230106-11 由|中央纪委国家监委|宣传部|与…: two central agencies, not one and a unit
    agencies = _labels(_sentence("xwlb-20230106-11", "中央纪委国家监委"), "Agency")
    assert "中央纪委国家监委" not in agencies and "中央纪委" in agencies


def test_a_qualifier_of_the_minister_is_no_part_of_the_ministry():
    # xwlb-20230906-14 提名乌梅罗夫担任|新任|国防部长 (jieba: 国防部长 one word)
    assert _model_agencies(("担任", "v"), ("新任国防部", "ORG"), ("长", "n"), ("。", "w")) == {"国防部"}
    assert "国防部" in _labels(_sentence("xwlb-20230906-14", "新任国防部长"), "Agency")
    # with no title after it, the qualifier is the body's own: 成立了|临时|委员会
    assert _model_agencies(("成立", "v"), ("了", "u"), ("临时委员会", "ORG"), ("。", "w")) == {"临时委员会"}
