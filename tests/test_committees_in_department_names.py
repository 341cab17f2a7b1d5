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
    # a body other units' names open with is no committee: 县公安局|党委 keeps 县公安局 (the gold lists 60 of 72)
    an = hand_built("县公安局党委召开会议。")
    county = Key("division", "410100")
    unit = mention(an, "Agency", "县公安局党委", "某县公安局党委", division=county, division_label="某县")
    bureau = mention(an, "Agency", "县公安局", "某县公安局", division=county, division_label="某县")
    _department_of(an, bureau, unit, county)
    flatten_nested(an)
    assert "某县公安局" in {m.label for m in an.mentions}


def test_committees_of_departments_end_to_end():
    # 6月16日,由省委组织部副部长陈建华带领的工作组来到兰州新区 (兰州新区's page, 2015)
    page = "6月16日,由省委组织部副部长陈建华带领的工作组来到兰州新区,就非公经济企业党建工作进行调研。"
    agencies = by_label(kgraph.extract_text(page, region="兰州市"), "Agency")
    assert "甘肃省委组织部" in agencies and "甘肃省委" not in agencies
    # written by itself the committee stays: 省委书记|…|省委组织部
    agencies = by_label(kgraph.extract_text("省委书记主持会议,省委组织部部长出席。", region="兰州市"), "Agency")
    assert {"甘肃省委", "甘肃省委组织部"} <= set(agencies)


def test_the_partys_national_congress_is_no_body_of_a_local_page():
    # 深入学习贯彻党的二十大精神 on county pages (2023): the occasion of the page's work; the local gold lists the congress
    # on none of 14 read pages that write it.  A national story keeps it (the People's Daily annotation reads it an
    # organisation).
    local = kgraph.extract_text("3月5日,歙县召开会议。县委书记李明要求,全县上下要深入学习贯彻党的二十大精神。")
    assert "中共二十大" not in by_label(local, "Agency") and "歙县委" in by_label(local, "Agency")
    national = kgraph.extract_text("各地深入学习贯彻党的二十大精神。", publication="新闻联播")
    assert "中共二十大" in by_label(national, "Agency")
