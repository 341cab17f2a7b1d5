"""Places read this round, from a sweep of stories outside the gold (xwlb-2023)."""
from __future__ import annotations

import kgraph


def test_a_sites_name_goes_on_over_the_dot_of_a_transliterated_name():
    # xwlb-20230919-04 (a sweep of stories outside the gold): 何塞|·|马蒂|纪念碑, 何塞|·|马蒂|纪念馆 — the model reads 何塞·马蒂
    # whole once, 何塞 alone the next time
    ex = kgraph.extract_text("新闻\n李希还向何塞·马蒂纪念碑敬献花圈，参观了何塞·马蒂纪念馆。", date="2023-09-19")
    places = {e.label for e in ex.entities if e.type == "Place"}
    assert {"何塞·马蒂纪念碑", "何塞·马蒂纪念馆"} <= places and "马蒂纪念馆" not in places, places
