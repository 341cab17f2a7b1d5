"""Named sites read this round, from the stops of inspection visits a sweep of stories outside every gold set found
missed (xwlb-2023)."""
from __future__ import annotations

import kgraph


def test_nature_reserves_and_historic_quarters_are_places():
    # xwlb-20230414-04, xwlb-20230707-01
    for text, site in (("湛江红树林国家级自然保护区现有红树林5000多公顷。", "红树林国家级自然保护区"),
                       ("位于苏州古城东北隅的平江历史文化街区，距今已有2500多年历史。", "平江历史文化街区")):
        ex = kgraph.extract_text("新闻\n" + text, date="2023-07-07")
        assert {e.label: e.type for e in ex.entities}.get(site) == "Place", (text, [(e.label, e.type) for e in ex.entities])
