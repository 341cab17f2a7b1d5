"""A division's party committee written only inside its departments' names (省委|组织部) is no entity of the article
(recognise._committees_of_departments_alone); one written by itself or holding a post stays."""
from __future__ import annotations

import kgraph
from kgraph.extraction.recognise import flatten_nested
from kgraph.model import Key

from .builders import hand_built, mention
from .conftest import by_label


def _department_of(an, committee, department, division):
    an.fact(department.key, "locatedIn", division, department.start)
    an.fact(department.key, "subOrganizationOf", committee.key, department.start)
    an.fact(committee.key, "locatedIn", division, committee.start)


def test_a_committee_only_its_department_names_is_dropped_on_a_hand_built_analysis():
    # 由|省委组织部|副部长|陈建华|带领的工作组 (兰州新区's page, 2015), as the agencies stage leaves it: the committee
    # nested in its department's name, both placed in the province
    an = hand_built("由省委组织部副部长陈建华带领的工作组来到新区。")
    province = Key("division", "620000")
    department = mention(an, "Agency", "省委组织部", "甘肃省委组织部", division=province, division_label="甘肃省")
    committee = mention(an, "Agency", "省委", "甘肃省委", division=province, division_label="甘肃省")
    _department_of(an, committee, department, province)
    flatten_nested(an)
    assert {m.label for m in an.mentions} == {"甘肃省委组织部"}
    assert [(f.subject, f.predicate) for f in an.facts] == [(department.key, "locatedIn")]


def test_a_committee_written_by_itself_or_holding_a_post_stays():
    # 市委|组织部 … 市委|书记|李某: the committee holds a post, so it is an entity of the article
    an = hand_built("市委组织部部长张某出席。市委书记李某讲话。", ("Person", "李某"))
    city = Key("division", "620100")
    department = mention(an, "Agency", "市委组织部", "兰州市委组织部", division=city, division_label="兰州市")
    committee = mention(an, "Agency", "市委", "兰州市委", division=city, division_label="兰州市")
    _department_of(an, committee, department, city)
    li = an.mentions[0]
    an.fact(li.key, "holdsPost", committee.key, li.start, title="书记")
    flatten_nested(an)
    assert "兰州市委" in {m.label for m in an.mentions}
    # written by itself in another sentence (市委召开常委会。市委组织部…), the committee stays too
    an = hand_built("市委召开常委会。市委组织部部长张某出席。")
    committee = mention(an, "Agency", "市委", "兰州市委", division=city, division_label="兰州市")
    department = mention(an, "Agency", "市委组织部", "兰州市委组织部", division=city, division_label="兰州市")
    nested = mention(an, "Agency", "市委", "兰州市委", after=department.start, division=city, division_label="兰州市")
    _department_of(an, nested, department, city)
    flatten_nested(an)
    assert "兰州市委" in {m.label for m in an.mentions} and committee.key == nested.key


def test_committees_of_departments_end_to_end():
    # 6月16日,由省委组织部副部长陈建华带领的工作组来到兰州新区 (兰州新区's page, 2015)
    page = "6月16日,由省委组织部副部长陈建华带领的工作组来到兰州新区,就非公经济企业党建工作进行调研。"
    agencies = by_label(kgraph.extract_text(page, region="兰州市"), "Agency")
    assert "甘肃省委组织部" in agencies and "甘肃省委" not in agencies
    # written by itself the committee stays: 省委书记|…|省委组织部
    agencies = by_label(kgraph.extract_text("省委书记主持会议,省委组织部部长出席。", region="兰州市"), "Agency")
    assert {"甘肃省委", "甘肃省委组织部"} <= set(agencies)

