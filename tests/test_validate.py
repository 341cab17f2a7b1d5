"""SHACL validation: the sample graph conforms; damaged graphs do not, and say why."""
import pyoxigraph as ox
import pytest
from rdflib.namespace import RDFS

from kgraph import KnowledgeGraph, validate_graph
from kgraph.graph.vocab import KG


@pytest.fixture()
def graph(sample_graph):
    copy = KnowledgeGraph()  # these tests damage it
    copy.store.extend(sample_graph.store)
    return copy


def _node(graph, label):
    return next(q.subject for q in graph.store.quads_for_pattern(None, ox.NamedNode(str(RDFS.label)),
                                                                  ox.Literal(label, language="zh")))


def test_the_sample_graph_conforms(graph):
    report = validate_graph(graph)
    assert report.conforms, [str(v) for v in report.violations]


def test_a_missing_name_and_an_untagged_one_are_violations(graph):
    label = ox.NamedNode(str(RDFS.label))
    court = _node(graph, "公安县人民法院")
    graph.store.remove(ox.Quad(court, label, ox.Literal("公安县人民法院", language="zh")))
    person = _node(graph, "冯荆柯")
    graph.store.add(ox.Quad(person, label, ox.Literal("Feng Jingke")))
    report = validate_graph(graph)
    assert not report.conforms
    messages = {(v.focus, v.message) for v in report.violations}
    assert any("公安县人民法院" in focus and "rdfs:label" in message for focus, message in messages)
    assert any("冯荆柯" in focus for focus, _ in messages)


def test_a_statement_whose_fact_is_gone_is_a_violation(graph):
    court = _node(graph, "公安县人民法院")
    county = _node(graph, "公安县")
    graph.store.remove(ox.Quad(court, ox.NamedNode(str(KG.locatedIn)), county))
    report = validate_graph(graph)
    assert not report.conforms
    assert any("not asserted" in v.message for v in report.violations)


def test_a_bad_division_code_is_a_violation(graph):
    county = _node(graph, "公安县")
    graph.store.add(ox.Quad(county, ox.NamedNode(str(KG.code)), ox.Literal("42-1022")))
    report = validate_graph(graph)
    assert any(v.path == "kg:code" for v in report.violations)
