"""A memorial or museum whose name opens with a body's is one place, the body's name part of it
(recognisers.places._Places.memorials): 中共|五大|会址|纪念馆, 八路军|驻|新疆|办事处|纪念馆.  Sentences from xwlb-2023."""
from __future__ import annotations

import kgraph
from kgraph.extraction.recognisers.places import find_places

from .test_events import analysis


def test_a_memorial_named_after_a_body_is_a_place_and_no_agency():
    # xwlb-20230321-04, on a hand-built Analysis: the bodies recognition read inside the names give way
    text = "赵乐际参观了中共五大会址纪念馆、八七会议会址纪念馆和中国共产党纪律建设历史陈列馆。"
    an = analysis(text, [("Person", "赵乐际"), ("Agency", "中共"), ("Agency", "中国共产党")])
    find_places(an)
    assert {m.label for m in an.of_type("Place")} >= {"中共五大会址纪念馆", "中国共产党纪律建设历史陈列馆"}
    assert not an.of_type("Agency")


def test_a_memorial_of_a_bodys_office_is_visited_whole():
    # xwlb-20230729-04: 参观|八路军|驻|新疆|办事处|纪念馆 — no visit to 八路军 nor to an office of 新疆
    ex = kgraph.extract_text("李希参观了八路军驻新疆办事处纪念馆。", date="2023-07-29")
    labels = {e.id: e.label for e in ex.entities}
    went = {labels[i] for ev in ex.events for role, i in ev.arguments if role == "destination"}
    assert went == {"八路军驻新疆办事处纪念馆"}, went


def test_a_body_that_holds_a_gathering_at_no_memorial_stays_a_body():
    # the head must end the name: 中国共产党|历史|研究院 is no memorial (研究院 is no memorial's head)
    ex = kgraph.extract_text("中共中央党史和文献研究院召开座谈会。", date="2023-07-29")
    assert "中共中央党史和文献研究院" in {e.label for e in ex.entities if e.type == "Agency"}
