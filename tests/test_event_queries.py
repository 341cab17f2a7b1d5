"""The named queries about events and dated holdings (timeline, holders, meetings) on a
hand-built graph (the extractions of test_events_rdf: sentences of xwlb-2023 and an
invented local one): what each answers, with and without its optional parameters, and
a day that is no day refused in one line."""
import pytest

from kgraph import KnowledgeGraph, QueryError, run_named

from .test_events_rdf import DOC_A, DOC_G, DOC_M, DOC_M2, GATHERING, MEETING, MEETING_AGAIN, extraction


@pytest.fixture(scope="module")
def graph():
    graph = KnowledgeGraph()
    graph.add(extraction(DOC_M, DOC_G, DOC_A, DOC_M2))
    return graph


def answer(graph, query, **params):
    result = run_named(graph, query, params)
    return [dict(zip(result.variables, row)) for row in result]


def test_timeline_lists_events_and_posts_by_day_with_their_sentences(graph):
    rows = answer(graph, "timeline", name="李强")
    seen = [(r["date"], r["kind"], r["role"], r["label"], r["with"], r["sentence"]) for r in rows]
    assert seen == [
        ("2023-03-14", "Gathering", "chair", "主持召开新一届国务院第一次常务会议", "国务院", GATHERING),
        ("2023-03-14", "holdsPost", "holder", "国务院总理", None, GATHERING),
        ("2023-03-14", "holdsPost", "holder", "国务院总理", None, MEETING),
        ("2023-03-29", "Meeting", "agent", "会见", "阿希", MEETING_AGAIN),  # article invented-… before xwlb-…
        ("2023-03-29", "Meeting", "agent", "会见", "阿希", MEETING),
    ]
    held = [r for r in rows if r["kind"] == "holdsPost"]
    assert {(r["until"], r["former"]) for r in held} == {("2023-03-29", "false")}
    # an organisation's timeline: the gathering it held, in its role
    assert [(r["kind"], r["role"], r["with"]) for r in answer(graph, "timeline", name="国务院")] == [
        ("Gathering", "organizer", "李强")]
    assert answer(graph, "timeline", name="没有这个人") == []


def test_an_appointment_without_a_day_comes_first(graph):
    rows = answer(graph, "timeline", name="王某某")
    assert [(r["date"], r["kind"], r["label"]) for r in rows] == [
        (None, "Appointment", "任副县长"), ("2023-05-12", "holdsPost", "公安县人民政府副县长")]


def test_holders_of_a_title_in_an_agency_on_a_day(graph):
    def holders(**params):
        return [(r["title"], r["name"], r["firstSeen"], r["lastSeen"]) for r in answer(graph, "holders", **params)]

    assert holders(agency="国务院") == [("总理", "李强", "2023-03-14", "2023-03-29")]
    assert holders(agency="国务院", title="总理", on="2023-03-20") == [("总理", "李强", "2023-03-14", "2023-03-29")]
    assert holders(agency="国务院", title="总理", on="2023-03-29") == [("总理", "李强", "2023-03-14", "2023-03-29")]
    # before it was first stated, after it was last stated: not known to be held
    assert holders(agency="国务院", title="总理", on="2023-03-13") == []
    assert holders(agency="国务院", title="总理", on="2023-04-01") == []
    assert holders(agency="国务院", title="副总理") == []
    assert holders(agency="公安县人民政府") == [("副县长", "王某某", "2023-05-12", "2023-05-12")]


def test_a_former_holding_was_not_held_on_the_day_it_was_read():
    ended = extraction(DOC_A)
    relation = ended.relations[0]
    from kgraph.model import Extraction, Relation

    props = tuple((k, True if k == "former" else v) for k, v in relation.props)
    graph = KnowledgeGraph()
    graph.add(Extraction(ended.documents, ended.entities,
                         (Relation(relation.subject, "holdsPost", relation.object, relation.evidence, props),),
                         (), ended.events))
    assert [r["former"] for r in answer(graph, "holders", agency="公安县人民政府")] == ["true"]
    assert answer(graph, "holders", agency="公安县人民政府", on="2023-05-12") == []


def test_meetings_between_two_days(graph):
    def meetings(**params):
        return [(r["date"], r["agentName"], r["counterpartName"], r["trigger"], r["reports"])
                for r in answer(graph, "meetings", **params)]

    everything = meetings()
    assert everything == [("2023-03-29", "李强", "阿希", "会见", 2)]
    assert meetings(**{"from": "2023-03-01", "to": "2023-03-31"}) == everything
    assert meetings(**{"from": "2023-03-29"}) == everything
    assert meetings(to="2023-03-28") == []
    assert meetings(**{"from": "2023-03-30"}) == []
    assert meetings(name="阿希") == everything
    assert meetings(name="王某某") == []
    assert answer(graph, "meetings")[0]["sentence"] == min(MEETING, MEETING_AGAIN)


@pytest.mark.parametrize("query, params", [
    ("holders", {"agency": "国务院", "on": "2023-3-20"}),
    ("holders", {"agency": "国务院", "on": "2023-02-30"}),
    ("meetings", {"to": "yesterday"}),
])
def test_a_day_that_is_no_day_is_refused(graph, query, params):
    with pytest.raises(QueryError, match="is not a day"):
        run_named(graph, query, params)


def test_holders_needs_its_agency(graph):
    with pytest.raises(QueryError, match="needs --param agency"):
        run_named(graph, "holders", {"title": "总理"})
