"""A gathering's name in its event's identity (kgraph.merge.event_title, data/events/title_variants.tsv):
one gathering named with what tells it from no other by one article and plainly by another is one event,
in a build and in ``build --update`` alike; names of xwlb-2023 (none of its stories in the events dev set)."""
import itertools

import pytest

from kgraph import KnowledgeGraph
from kgraph.merge import event_id, event_title

from .test_events_fourth import chaired_articles
from .test_resolve_officials import _resolved
from .test_settle_officials import _extraction, _same

_CHAIR = [("chair", "person/a/丁薛祥")]


@pytest.mark.parametrize("one, other", [
    # xwlb-20230627-15, xwlb-20230616-10: how long it lasts, quotation marks, its session at the start
    ("为期三天的第十四届夏季达沃斯论坛", "“夏季达沃斯论坛”"),
    # xwlb-20231121-10, xwlb-20231127-12: its theme
    ("以“链接世界 共创未来”为主题的首届中国国际供应链促进博览会", "为期五天的首届中国国际供应链促进博览会"),
    # xwlb-20231119-02, xwlb-20231115-01: an abbreviation in brackets
    ("亚太经合组织（APEC）第三十次领导人非正式会议", "亚太经合组织第三十次领导人非正式会议"),
    # xwlb-20230921-09, xwlb-20230925-03: 首届
    ("首届全球可持续交通高峰论坛", "全球可持续交通高峰论坛"),
])
def test_one_gathering_named_two_ways_is_one_event(one, other):
    assert event_title("Gathering", one) == event_title("Gathering", other)
    assert event_id("Gathering", "2023-06-27", _CHAIR, one) == event_id("Gathering", "2023-06-27", _CHAIR, other)


def test_names_that_tell_gatherings_apart_stay_apart():
    # xwlb-20230310-03, xwlb-20230310-04: two sessions of one presidium on one day (only the kind is left after 第N次)
    assert event_title("Gathering", "第五次会议") != event_title("Gathering", "第六次会议")
    # xwlb-20231207-06: two gatherings of one day and chairs
    one, other = "中新双边合作联委会第十九次会议", "苏州工业园区联合协调理事会第二十四次会议"
    assert event_id("Gathering", "2023-12-07", _CHAIR, one) != event_id("Gathering", "2023-12-07", _CHAIR, other)
    # a post's title is no part of an appointment's identity, nor an empty name of a gathering's
    assert event_title("Appointment", "副县长") is None and event_title("Gathering", "") is None


def _articles():
    return chaired_articles(a="为期三天的第十四届夏季达沃斯论坛", b="“夏季达沃斯论坛”")


def test_two_articles_naming_one_gathering_two_ways_give_one_event():
    gatherings = [e for e in _resolved(*_articles().values()).events if e.type == "Gathering"]
    assert len(gatherings) == 1 and len(gatherings[0].evidence) == 2


@pytest.mark.parametrize("order", list(itertools.permutations("ab")))
def test_an_update_gives_the_one_event_building_together_does(order):
    # the official of a and b is one person: build --update re-derives his events' ids with their names
    together = KnowledgeGraph()
    together.add(_extraction(*_articles().values()))
    stepwise = KnowledgeGraph()
    for name in order:
        stepwise.add(_extraction(_articles()[name]))
    assert _same(stepwise, together)
    assert len(list(stepwise.query("SELECT ?e WHERE { ?e a kg:Gathering }"))) == 1
