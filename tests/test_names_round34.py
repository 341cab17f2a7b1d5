"""Names read in stories annotated blind (batches 43-45 of xwlb-2023, outside the dev set, read this round)."""
from __future__ import annotations

import kgraph


def _typed(text: str) -> dict[str, str]:
    return {e.label: e.type for e in kgraph.extract_text(text, date="2023-12-03").entities}


def test_a_name_the_model_reads_as_a_place_right_after_an_envoys_title_is_a_person():
    # xwlb-20231203-05: 阿联酋|气候变化|事务|特使|苏尔坦/LOC — no list of places knows 苏尔坦, the envoy's name
    found = _typed("标题\n当天，丁薛祥会见了联合国气候变化迪拜大会主席、阿联酋气候变化事务特使苏尔坦。")
    assert found.get("苏尔坦") == "Person", found
    # a place the lists know stays a place after the title (特使|抵达|北京 is no name)
    found = _typed("标题\n联合国秘书长特使3日抵达北京。")
    assert found.get("北京市") == "AdministrativeDivision" and "北京" not in {k for k, v in found.items() if v == "Person"}, found
