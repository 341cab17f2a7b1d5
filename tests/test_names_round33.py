"""Names read this round, from a sweep of stories outside every gold set (xwlb-2023)."""
from __future__ import annotations

import kgraph


def test_what_closes_a_list_of_missions_is_no_body():
    # xwlb-20230124-08 (9 such lists in xwlb-2023): 中国|驻|印度尼西亚|、|伊朗|和|叙利亚|等国|大使馆 is three embassies,
    # and 国大使馆 none
    ex = kgraph.extract_text("标题\n中国驻印度尼西亚、伊朗和叙利亚等国大使馆近日举行了“温暖迎春”活动。", date="2023-01-24")
    agencies = {e.label for e in ex.entities if e.type == "Agency"}
    assert agencies == {"中国驻印度尼西亚大使馆", "中国驻伊朗大使馆", "中国驻叙利亚大使馆"}, agencies
