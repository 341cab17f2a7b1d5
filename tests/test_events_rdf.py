"""Events and dated holdings in RDF (../shared/eval/EVENTS.md, the events contract): the
triples of a meeting, a gathering and an appointment, and of a holding seen on two days,
each compared whole with the Turtle it must give; the SHACL shapes accept them and refuse
broken ones; and adding articles to a graph (``build --update``) gives the graph of
reading them together, with the earliest first day, the latest last day, one trigger.

The extractions are built by hand, as the resolver gives them, from sentences of the
news corpus (xwlb-2023) and an invented local one."""
from __future__ import annotations

import hashlib

import pyoxigraph as ox
import pytest
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kgraph import KnowledgeGraph, validate_graph
from kgraph.model import Document, Entity, Event, Extraction, Relation, Span

PREFIXES = """
@prefix kg: <https://kgraph.example.org/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix schema: <https://schema.org/> .
@base <https://kgraph.example.org/id/> .
"""

# xwlb-20230329-03 (2023-03-29), the first sentence of the story
MEETING = "国务院总理李强29日在海南博鳌会见科特迪瓦总理阿希。"
# xwlb-20230314-05 (2023-03-14)
GATHERING = "国务院总理李强3月14日主持召开新一届国务院第一次常务会议，研究国务院机构设置有关工作。"
# an invented local story (EVENTS.md: 某某同志任某县人民政府副县长)
APPOINTMENT = "王某某同志任公安县人民政府副县长。"
# the meeting of 2023-03-29 as a story of the next day would report it (invented)
MEETING_AGAIN = "李强29日同科特迪瓦总理阿希举行会谈。"


def document(doc_id: str, text: str, date: str | None) -> Document:
    return Document(doc_id, doc_id, f"{doc_id}.jsonl:1", None, (), text, ((0, 0, len(text)),), date=date,
                    publication="新闻联播", digest=hashlib.sha1(text.encode()).hexdigest())


def span(doc: Document, text: str) -> Span:
    start = doc.text.index(text)
    return Span(doc.id, start, start + len(text), text)


def entity(entity_id: str, type_: str, label: str, *spans: Span, **props) -> Entity:
    return Entity(entity_id, type_, label, (), spans, tuple(sorted(props.items())))


LI = "person/新闻联播/李强"
ACHI = "person/新闻联播/阿希"
WANG = "person/421022/王某某"
COUNCIL = "agency/国务院"
IVORY = "agency/科特迪瓦政府"
GONGAN = "agency/公安县人民政府"
MEETING_ID = "event/" + "a" * 16
GATHERING_ID = "event/" + "b" * 16
APPOINTMENT_ID = "event/" + "c" * 16

DOC_M = document("xwlb-20230329-03", MEETING, "2023-03-29")
DOC_G = document("xwlb-20230314-05", GATHERING, "2023-03-14")
DOC_A = document("gongan-20230512-01", APPOINTMENT, "2023-05-12")
DOC_M2 = document("invented-20230330-01", MEETING_AGAIN, "2023-03-30")


def extraction(*documents: Document) -> Extraction:
    """What the resolver gives for ``documents`` read together (a holding's days span
    every article that states it; one event for one happening, the least trigger)."""
    ids = {doc.id for doc in documents}
    sentences = {doc.id: span(doc, doc.text) for doc in documents}
    entities, relations, events = [], [], []
    li_docs = [sentences[d] for d in (DOC_G.id, DOC_M.id, DOC_M2.id) if d in ids]
    if li_docs:
        entities.append(entity(LI, "Person", "李强", *li_docs, role="official"))
        entities.append(entity(COUNCIL, "Agency", "国务院", *li_docs, kind="government"))
        held = [d for d in (DOC_G, DOC_M) if d.id in ids]
        if held:
            relations.append(Relation(LI, "holdsPost", COUNCIL, tuple(sentences[d.id] for d in held),
                                      (("first_seen", min(d.date for d in held)), ("former", False),
                                       ("last_seen", max(d.date for d in held)), ("title", "总理"))))
    meeting = [d for d in (DOC_M, DOC_M2) if d.id in ids]
    if meeting:
        entities.append(entity(ACHI, "Person", "阿希", *(sentences[d.id] for d in meeting), role="official"))
        entities.append(entity(IVORY, "Agency", "科特迪瓦政府", *(sentences[d.id] for d in meeting),
                               kind="government"))
        if DOC_M.id in ids:
            relations.append(Relation(ACHI, "holdsPost", IVORY, (sentences[DOC_M.id],),
                                      (("first_seen", "2023-03-29"), ("former", False),
                                       ("last_seen", "2023-03-29"), ("title", "总理"))))
        triggers = [t for d, t in ((DOC_M, "会见"), (DOC_M2, "会谈")) if d.id in ids]
        events.append(Event(MEETING_ID, "Meeting", "2023-03-29", min(triggers), meeting[0].id,
                            (("agent", LI), ("counterpart", ACHI)), tuple(sentences[d.id] for d in meeting)))
    if DOC_G.id in ids:
        events.append(Event(GATHERING_ID, "Gathering", "2023-03-14", "主持召开", DOC_G.id,
                            (("chair", LI), ("organizer", COUNCIL)), (sentences[DOC_G.id],),
                            (("title", "新一届国务院第一次常务会议"),)))
    if DOC_A.id in ids:
        sentence = sentences[DOC_A.id]
        entities.append(entity(WANG, "Person", "王某某", sentence, role="official"))
        entities.append(entity(GONGAN, "Agency", "公安县人民政府", sentence, kind="government"))
        relations.append(Relation(WANG, "holdsPost", GONGAN, (sentence,),
                                  (("first_seen", "2023-05-12"), ("former", False), ("last_seen", "2023-05-12"),
                                   ("title", "副县长"))))
        events.append(Event(APPOINTMENT_ID, "Appointment", None, "任", DOC_A.id,
                            (("organization", GONGAN), ("person", WANG)), (sentence,),
                            (("change", "start"), ("title", "副县长"))))
    return Extraction(tuple(documents), tuple(entities), tuple(relations), (), tuple(events))


def graph_of(*extractions: Extraction) -> KnowledgeGraph:
    graph = KnowledgeGraph()
    for one in extractions:
        graph.add(one)
    return graph


def assert_same(found: Graph, expected: Graph) -> None:
    if not isomorphic(found, expected):
        _, only_found, only_expected = graph_diff(to_isomorphic(found), to_isomorphic(expected))
        raise AssertionError("only in the graph:\n" + only_found.serialize(format="nt")
                             + "\nonly expected:\n" + only_expected.serialize(format="nt"))


def subgraph(graph: KnowledgeGraph, *subjects: str) -> Graph:
    """The triples about the nodes named (IRIs after the graph's base)."""
    full = graph.to_rdflib()
    wanted = {graph.base + path for path in subjects}
    out = Graph()
    for s, p, o in full:
        if str(s) in wanted:
            out.add((s, p, o))
    return out


def turtle(text: str) -> Graph:
    return Graph().parse(data=PREFIXES + text, format="turtle")


def statement_of(graph: KnowledgeGraph, person: str, title: str) -> str:
    rows = list(graph.query("""
        SELECT ?st ?name ?title WHERE { ?st rdf:subject ?p ; rdf:predicate org:holds ; rdf:object ?post .
                           ?p rdfs:label ?name . ?post kg:title ?title }""", {"name": person, "title": title}))
    assert len(rows) == 1, rows
    return "statement/" + rows[0][0].rpartition("/")[2]


def test_a_meeting_is_its_type_its_roles_its_day_and_its_sentence():
    graph = graph_of(extraction(DOC_M))
    assert_same(subgraph(graph, MEETING_ID, "excerpt/xwlb-20230329-03/0-26"), turtle("""
        <event/aaaaaaaaaaaaaaaa> a kg:Meeting ;
            rdfs:label "会见"@zh ; kg:trigger "会见"@zh ;
            schema:startDate "2023-03-29"^^xsd:date ;
            kg:agent <person/新闻联播/李强> ; kg:counterpart <person/新闻联播/阿希> ;
            prov:wasDerivedFrom <excerpt/xwlb-20230329-03/0-26> .
        <excerpt/xwlb-20230329-03/0-26> a kg:Excerpt ;
            dcterms:isPartOf <article/xwlb-20230329-03> ; kg:start 0 ; kg:end 26 ;
            kg:text "国务院总理李强29日在海南博鳌会见科特迪瓦总理阿希。"@zh .
    """))
    assert len(MEETING) == 26
    # the article mentions the event, as it mentions entities
    assert graph.query("ASK { article:xwlb-20230329-03 schema:mentions ?e . ?e a kg:Meeting }")


def test_a_holding_has_its_post_its_days_and_whether_it_ended():
    graph = graph_of(extraction(DOC_M))
    held = statement_of(graph, "李强", "总理")
    assert_same(subgraph(graph, held, "post/国务院/总理"), turtle(f"""
        <{held}> a kg:Statement ;
            rdf:subject <person/新闻联播/李强> ; rdf:predicate org:holds ; rdf:object <post/国务院/总理> ;
            kg:former false ;
            kg:firstSeen "2023-03-29"^^xsd:date ; kg:lastSeen "2023-03-29"^^xsd:date ;
            prov:wasDerivedFrom <excerpt/xwlb-20230329-03/0-26> .
        <post/国务院/总理> a kg:Post ; rdfs:label "国务院总理"@zh ; kg:title "总理"@zh ; org:postIn <agency/国务院> .
    """))


def test_a_gathering_has_its_title_and_an_appointment_its_post_and_change():
    graph = graph_of(extraction(DOC_G, DOC_A))
    assert_same(subgraph(graph, GATHERING_ID, APPOINTMENT_ID), turtle("""
        <event/bbbbbbbbbbbbbbbb> a kg:Gathering ;
            rdfs:label "主持召开新一届国务院第一次常务会议"@zh ; kg:trigger "主持召开"@zh ;
            schema:name "新一届国务院第一次常务会议"@zh ;
            schema:startDate "2023-03-14"^^xsd:date ;
            kg:chair <person/新闻联播/李强> ; schema:organizer <agency/国务院> ;
            prov:wasDerivedFrom <excerpt/xwlb-20230314-05/0-44> .
        <event/cccccccccccccccc> a kg:Appointment ;
            rdfs:label "任副县长"@zh ; kg:trigger "任"@zh ;
            schema:name "副县长"@zh ; kg:title "副县长"@zh ; kg:change "start" ;
            kg:appointee <person/421022/王某某> ; kg:organization <agency/公安县人民政府> ;
            kg:post <post/公安县人民政府/副县长> ;
            prov:wasDerivedFrom <excerpt/gongan-20230512-01/0-17> .
    """))
    assert len(GATHERING) == 44 and len(APPOINTMENT) == 17
    # the appointment's post is the one the holding names
    assert graph.query("""ASK { ?e a kg:Appointment ; kg:post ?post ; kg:appointee ?p . ?p org:holds ?post }""")


def test_events_and_dated_holdings_conform_to_the_shapes():
    graph = graph_of(extraction(DOC_M, DOC_G, DOC_A, DOC_M2))
    report = validate_graph(graph)
    assert report.conforms, [str(v) for v in report.violations]


def _damaged(change) -> list[str]:
    graph = graph_of(extraction(DOC_M, DOC_A))
    change(graph)
    report = validate_graph(graph)
    assert not report.conforms
    return [str(v) for v in report.violations]


def _term(prefix_name: str) -> ox.NamedNode:
    from kgraph.graph.vocab import PREFIXES as KNOWN

    prefix, _, local = prefix_name.partition(":")
    return ox.NamedNode(KNOWN[prefix] + local)


def _iri(graph: KnowledgeGraph, path: str) -> ox.NamedNode:
    return ox.NamedNode(graph.base + path)


@pytest.mark.parametrize("change, says", [
    # a role of another type: a meeting has no destination
    (lambda g: g.store.add(ox.Quad(_iri(g, MEETING_ID), _term("kg:destination"), _iri(g, IVORY))),
     "kg:destination"),
    # a role filled by something that is no entity (an article)
    (lambda g: g.store.add(ox.Quad(_iri(g, MEETING_ID), _term("kg:counterpart"), _iri(g, "article/xwlb-20230329-03"))),
     "kg:counterpart"),
    # a day that is no xsd:date
    (lambda g: g.store.add(ox.Quad(_iri(g, MEETING_ID), _term("schema:startDate"), ox.Literal("29日"))),
     "schema:startDate"),
    # an appointment's change is start or end
    (lambda g: g.store.add(ox.Quad(_iri(g, APPOINTMENT_ID), _term("kg:change"), ox.Literal("promoted"))),
     "kg:change"),
    # an event without its sentence
    (lambda g: [g.store.remove(q) for q in list(g.store.quads_for_pattern(
        _iri(g, MEETING_ID), _term("prov:wasDerivedFrom"), None))], "prov:wasDerivedFrom"),
])
def test_a_broken_event_is_a_violation(change, says):
    assert any(says in v for v in _damaged(change))


def test_an_event_without_arguments_is_a_violation():
    def strip(g):
        for role in ("kg:agent", "kg:counterpart"):
            for quad in list(g.store.quads_for_pattern(_iri(g, MEETING_ID), _term(role), None)):
                g.store.remove(quad)
    assert any("argument" in v for v in _damaged(strip))


def test_a_holding_last_seen_before_it_was_first_seen_is_a_violation():
    def swap(g):
        held = next(q.subject for q in g.store.quads_for_pattern(None, _term("kg:firstSeen"), None))
        for quad in list(g.store.quads_for_pattern(held, _term("kg:lastSeen"), None)):
            g.store.remove(quad)
        g.store.add(ox.Quad(held, _term("kg:lastSeen"), ox.Literal("2020-01-01", datatype=_term("xsd:date"))))
    assert any("first seen" in v for v in _damaged(swap))


def test_former_and_days_only_on_holdings():
    def misplace(g):
        g.store.add(ox.Quad(_iri(g, MEETING_ID), _term("kg:former"), ox.Literal("true", datatype=_term("xsd:boolean"))))
    assert any("kg:former" in v for v in _damaged(misplace))


@pytest.mark.parametrize("first, then", [
    ((DOC_M, DOC_A), (DOC_G, DOC_M2)),  # the later build brings an earlier day and another report
    ((DOC_G, DOC_M2), (DOC_M, DOC_A)),
    ((DOC_M2,), (DOC_M, DOC_G, DOC_A)),
])
def test_an_update_equals_building_together(first, then):
    together = graph_of(extraction(DOC_M, DOC_G, DOC_A, DOC_M2))
    stepwise = graph_of(extraction(*first), extraction(*then))
    assert_same(stepwise.to_rdflib(), together.to_rdflib())
    # and adding the same again changes nothing
    stepwise.add(extraction(*first))
    assert_same(stepwise.to_rdflib(), together.to_rdflib())


def test_an_update_keeps_the_earliest_first_and_latest_last_day():
    graph = graph_of(extraction(DOC_M), extraction(DOC_G))
    rows = [tuple(r) for r in graph.query("""
        SELECT ?first ?last ?former WHERE {
            ?st rdf:subject ?p ; rdf:predicate org:holds ; kg:firstSeen ?first ; kg:lastSeen ?last ; kg:former ?former .
            ?p rdfs:label "李强"@zh }""")]
    assert rows == [("2023-03-14", "2023-03-29", "false")]


def _with_holding(extraction_: Extraction, **changes) -> Extraction:
    """``extraction_`` with its one holding's props changed."""
    relation = extraction_.relations[0]
    props = tuple((k, changes.get(k, v)) for k, v in relation.props)
    return Extraction(extraction_.documents, extraction_.entities,
                      (Relation(relation.subject, relation.predicate, relation.object, relation.evidence, props),),
                      (), extraction_.events)


def test_former_follows_the_latest_account_as_in_one_build():
    """kgraph.merge.combine_holdings decides in the resolver and on --update alike:
    a post read as held on the same day outweighs 前; a later 原 ends it, in either order."""
    held = extraction(DOC_A)
    ended_same_day = _with_holding(held, former=True)
    assert graph_of(ended_same_day).query("ASK { ?st kg:former true }")
    merged = graph_of(ended_same_day, held)
    assert not merged.query("ASK { ?st kg:former true }")
    assert merged.query("ASK { ?st kg:former false }")
    ended_later = _with_holding(held, former=True, first_seen="2023-09-01", last_seen="2023-09-01")
    for builds in ((held, ended_later), (ended_later, held)):
        rows = [tuple(r) for r in graph_of(*builds).query("""
            SELECT ?first ?last ?former WHERE { ?st kg:firstSeen ?first ; kg:lastSeen ?last ; kg:former ?former }""")]
        assert rows == [("2023-05-12", "2023-09-01", "true")]


def test_one_event_reported_by_two_builds_has_one_trigger_and_name():
    graph = graph_of(extraction(DOC_M2), extraction(DOC_M))
    rows = [tuple(r) for r in graph.query(f"""
        SELECT ?label ?trigger WHERE {{ <{graph.base}{MEETING_ID}> rdfs:label ?label ; kg:trigger ?trigger }}""")]
    assert rows == [("会见", "会见")]
    assert not graph.query(f"ASK {{ <{graph.base}{MEETING_ID}> skos:altLabel ?x }}")
