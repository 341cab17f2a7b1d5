"""The RDF graph of the sample page: key facts by SPARQL, provenance, stable IRIs,
updates equal to building at once, every format, and a second parser."""
import pyoxigraph as ox
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

import kgraph
from kgraph import InputError, KnowledgeGraph, QueryError, build_graph
from kgraph.graph.formats import suffixes
from kgraph.graph.vocab import KG, ORG

from .conftest import SAMPLE


def rows(graph, sparql, **params):
    return [tuple(row) for row in graph.query(sparql, params)]


def test_officials_posts_are_things(sample_graph):
    found = rows(sample_graph, """
        SELECT ?title ?agency WHERE {
            ?person rdfs:label "冯荆柯"@zh ; org:holds ?post .
            ?post a kg:Post ; kg:title ?title ; org:postIn ?a .
            ?a a kg:Agency ; rdfs:label ?agency .
        } ORDER BY ?agency""")
    assert found == [("副书记", "公安县委"), ("书记", "公安县委政法委")]


def test_division_chain_up_to_the_province(sample_graph):
    found = rows(sample_graph, """
        SELECT ?name ?code ?level WHERE {
            ?town rdfs:label "李埠镇"@zh ; kg:partOf+ ?up .
            ?up rdfs:label ?name ; kg:level ?level .
            OPTIONAL { ?up kg:code ?code }
        } ORDER BY ?level""")
    assert sorted(found) == sorted([
        ("荆州区", "421003", str(KG.County)),
        ("荆州市", "421000", str(KG.Prefecture)),
        ("湖北省", "420000", str(KG.Province)),
    ])
    # the province is named nowhere in the page: it comes from the gazetteer, and says so
    assert rows(sample_graph, """
        ASK { ?st rdf:subject ?city ; rdf:predicate kg:partOf ; rdf:object ?province ;
                  prov:wasDerivedFrom kg:gazetteer .
              ?city rdfs:label "荆州市"@zh . ?province rdfs:label "湖北省"@zh }""") == [(True,)]


def test_a_fact_leads_to_its_sentence(sample_graph):
    found = rows(sample_graph, """
        SELECT ?sentence ?start ?end ?title WHERE {
            ?court rdfs:label "公安县人民法院"@zh .
            ?st rdf:subject ?court ; rdf:predicate kg:locatedIn ; prov:wasDerivedFrom ?ex .
            ?ex kg:text ?sentence ; kg:start ?start ; kg:end ?end ; dcterms:isPartOf ?article .
            ?article dcterms:title ?title .
        }""")
    assert found
    text = SAMPLE.read_text(encoding="utf-8")
    for sentence, start, end, _ in found:
        assert "法院" in sentence
        assert text[start:end].replace("\n", "") == sentence


def test_agencies_have_their_division_and_aliases(sample_graph):
    found = rows(sample_graph, """
        SELECT ?alias WHERE { ?a rdfs:label "荆州经济技术开发区综合执法中心"@zh ; skos:altLabel ?alias ;
                               kg:locatedIn/rdfs:label "荆州经济技术开发区"@zh }""")
    assert ("荆州经开区综合执法中心",) in found


def test_articles_carry_title_reporters_source_and_mentions(sample_graph):
    found = rows(sample_graph, """
        SELECT ?title ?source WHERE {
            ?article a kg:Article ; dcterms:title ?title ; dcterms:source ?source ; schema:mentions ?p .
            ?p rdfs:label "冯荆柯"@zh .
        }""")
    assert len(found) == 1 and found[0][0].startswith("公安县委副书记、政法委书记冯荆柯")
    assert found[0][1].endswith(SAMPLE.name)
    reporters = rows(sample_graph, """
        SELECT ?name ?credit WHERE {
            ?article a kg:Article ; dcterms:title ?title .
            ?r kg:reporterOf ?article ; rdfs:label ?name ; kg:credit ?credit .
            FILTER (CONTAINS(?title, "东苑社区"))
        } ORDER BY ?name""")
    assert reporters == [("喻叶", "通讯员"), ("蒋海星", "通讯员")]


def test_turtle_is_readable_and_parses_in_rdflib(sample_graph, tmp_path):
    out = tmp_path / "g.ttl"
    sample_graph.write(out)
    text = out.read_text(encoding="utf-8")
    assert "@prefix kg: <https://kgraph.example.org/ontology#>" in text
    assert '"冯荆柯"@zh' in text
    independent = Graph().parse(out, format="turtle")  # rdflib's own parser, not Oxigraph's
    assert len(independent) == len(sample_graph)
    assert isomorphic(independent, sample_graph.to_rdflib())


@pytest.mark.parametrize("suffix", suffixes(rdf=True))
def test_every_rdf_format_round_trips(sample_graph, tmp_path, suffix):
    out = tmp_path / f"g{suffix}"
    sample_graph.write(out)
    again = KnowledgeGraph.load(out)
    assert isomorphic(again.to_rdflib(), sample_graph.to_rdflib())


def test_one_registry_of_formats_serves_write_build_and_export(sample_graph, tmp_path):
    from kgraph.graph.formats import GraphFormat, format_for, graph_formats, register

    assert {f.name for f in graph_formats(rdf=True)} >= {"turtle", "n-triples", "json-ld", "rdf-xml"}
    assert format_for("g.TTL").name == "turtle" and format_for("g.graphml").name == "graphml"
    with pytest.raises(InputError, match="unknown RDF format .graphml; use one of .ttl"):
        format_for("g.graphml", rdf=True)  # what build -o and reading a graph accept
    sample_graph.write(tmp_path / "g.graphml")  # a format with a writer of its own: the entity network
    assert "<graphml" in (tmp_path / "g.graphml").read_text(encoding="utf-8")
    with pytest.raises(ValueError, match="already the extension of turtle"):
        register(GraphFormat("other", (".ttl",), "another format", writer="kgraph.view.network:export_graphml"))
    assert format_for("g.ttl").name == "turtle"  # the refused registration changed nothing


def test_rebuilding_gives_the_same_graph(sample_graph, tmp_path):
    first, second = tmp_path / "a.ttl", tmp_path / "b.ttl"
    sample_graph.write(first)
    build_graph(SAMPLE).write(second)
    assert first.read_bytes() == second.read_bytes()


def _split_sample(tmp_path, sample_extraction):
    """The sample page cut into two files at an article boundary."""
    text = SAMPLE.read_text(encoding="utf-8")
    cut = sample_extraction.documents[3].start
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(text[:cut], encoding="utf-8")
    b.write_text(text[cut:], encoding="utf-8")
    return a, b


def test_update_equals_building_together(tmp_path, sample_extraction):
    a, b = _split_sample(tmp_path, sample_extraction)
    together = build_graph([a, b], region="荆州市")
    stepwise = build_graph([a], region="荆州市")
    before = len(stepwise)
    build_graph([b], region="荆州市", graph=stepwise)
    assert len(stepwise) > before
    assert isomorphic(stepwise.to_rdflib(), together.to_rdflib())
    # and adding the same articles again changes nothing
    build_graph([a], region="荆州市", graph=stepwise)
    assert isomorphic(stepwise.to_rdflib(), together.to_rdflib())


def test_update_through_a_file(tmp_path, sample_extraction):
    a, b = _split_sample(tmp_path, sample_extraction)
    out = tmp_path / "g.ttl"
    build_graph([a], region="荆州市").write(out)
    build_graph([b], region="荆州市", graph=KnowledgeGraph.load(out)).write(out)
    assert isomorphic(KnowledgeGraph.load(out).to_rdflib(), build_graph([a, b], region="荆州市").to_rdflib())


def test_an_entity_keeps_its_iri_when_articles_are_added(tmp_path, sample_extraction):
    a, b = _split_sample(tmp_path, sample_extraction)
    alone = {row[0] for row in build_graph([a], region="荆州市").query(
        "SELECT ?e WHERE { ?e a kg:Agency }")}
    more = {row[0] for row in build_graph([a, b], region="荆州市").query(
        "SELECT ?e WHERE { ?e a kg:Agency }")}
    assert alone and alone <= more


def test_a_changed_article_under_a_known_id_is_refused(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("公安县人民法院召开会议。", encoding="utf-8")
    graph = build_graph([page], region="荆州市")
    page.write_text("石首市人民法院召开会议。", encoding="utf-8")
    with pytest.raises(kgraph.InputError, match="different text"):
        build_graph([page], region="荆州市", graph=graph)


def test_base_is_configurable(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text("公安县人民法院召开会议。", encoding="utf-8")
    graph = build_graph([page], region="荆州市", base="http://data.example.net/kg/")
    iris = {row[0] for row in graph.query("SELECT ?s WHERE { ?s ?p ?o }")}
    assert iris and all(iri.startswith("http://data.example.net/kg/") or iri.startswith(str(KG))
                        for iri in iris)
    out = tmp_path / "g.ttl"
    graph.write(out)
    with pytest.raises(kgraph.InputError, match="not https://other.example/"):
        KnowledgeGraph.load(out, base="https://other.example/")


@pytest.mark.parametrize("sparql, message", [
    ("SELECT * WHERE { ?s ?p }", "1:"),
    ("DELETE WHERE { ?s ?p ?o }", "update operations are refused"),
    ("PREFIX x: <http://x/> INSERT DATA { x:a x:b x:c }", "update operations are refused"),
    ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE"),
    # thousands deep would overflow the parser's stack and kill the process (seen: SIGSEGV)
    ("SELECT * WHERE " + "{" * 5000 + "}" * 5000, "nested 5000 levels"),
    ("SELECT * WHERE { FILTER(" + "(" * 5000 + "1" + ")" * 5000 + ") }", "levels deep"),
])
def test_bad_queries_are_refused(sample_graph, sparql, message):
    with pytest.raises(QueryError, match=message):
        sample_graph.query(sparql)


def test_results_follow_the_w3c_formats(sample_graph):
    import csv
    import io
    import json

    sparql = 'SELECT ?name WHERE { ?p a kg:Person ; kg:role "official" ; rdfs:label ?name }'
    data = json.loads(sample_graph.query(sparql).serialize("json"))
    assert data["head"]["vars"] == ["name"]
    assert data["results"]["bindings"] == [{"name": {"type": "literal", "value": "冯荆柯", "xml:lang": "zh"}}]
    table = list(csv.reader(io.StringIO(sample_graph.query(sparql).serialize("csv").decode())))
    assert table == [["name"], ["冯荆柯"]]
    assert sample_graph.query(sparql).serialize("tsv").decode().splitlines() == ["?name", '"冯荆柯"@zh']
    turtle = sample_graph.query('CONSTRUCT WHERE { ?p rdfs:label "冯荆柯"@zh }').serialize("turtle")
    assert len(Graph().parse(data=turtle, format="turtle")) == 1


def test_graph_file_errors(tmp_path):
    with pytest.raises(kgraph.InputError, match="no such graph file"):
        KnowledgeGraph.load(tmp_path / "missing.ttl")
    broken = tmp_path / "broken.ttl"
    broken.write_text("<a> <b> .\n", encoding="utf-8")
    with pytest.raises(kgraph.InputError, match="not valid Turtle: .*line 1"):
        KnowledgeGraph.load(broken)
    with pytest.raises(kgraph.InputError, match="unknown RDF format"):
        KnowledgeGraph.load(tmp_path / "graph.docx")


def test_writing_never_leaves_half_a_file(sample_graph, tmp_path):
    out = tmp_path / "g.ttl"
    out.write_text("previous", encoding="utf-8")

    broken = KnowledgeGraph()
    broken.store = _FailingStore(sample_graph.store)
    with pytest.raises(kgraph.OutputError, match="No space left"):
        broken.write(out)
    assert out.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["g.ttl"]


class _FailingStore:
    def __init__(self, store):
        self._store = store

    def __getattr__(self, name):
        return getattr(self._store, name)

    def dump(self, output=None, **kwargs):
        output.write(b"@prefix partial")
        raise OSError(28, "No space left on device")


def test_iris_are_safe_for_any_name():
    from kgraph.graph.rdf import IriMaker

    iri = IriMaker().entity('division/421000/?三湾 路<社区>#"x"')
    assert iri.value == "https://kgraph.example.org/id/division/421000/%3F三湾%20路%3C社区%3E%23%22x%22"
    assert isinstance(ox.NamedNode(iri.value), ox.NamedNode)  # Oxigraph accepts it as an IRI


def test_named_queries_run_on_any_sparql_store(sample_graph, tmp_path):
    """The shipped .rq files declare their prefixes: a plain Oxigraph store (as an
    external server would) answers them like kgraph does, with their required
    parameters and with each optional one."""
    from kgraph import named_queries

    from .test_events_rdf import DOC_A, DOC_G, DOC_M, DOC_M2, extraction

    graph = KnowledgeGraph()  # the sample page and a few hand-built events: every query has answers
    graph.store.extend(sample_graph.store)
    graph.add(extraction(DOC_M, DOC_G, DOC_A, DOC_M2))
    out = tmp_path / "g.nt"
    graph.write(out)
    plain = ox.Store()
    plain.load(path=str(out), format=ox.RdfFormat.N_TRIPLES)
    values = {"division": "公安县", "name": "李强", "agency": "国务院", "title": "总理", "on": "2023-03-20",
              "from": "2023-03-01", "to": "2023-03-31"}
    for name, query in named_queries().items():
        required = {param: values[param] for param, _ in query.params}
        for params in (required, *({**required, option: values[option]} for option, _ in query.options)):
            substitutions = {ox.Variable(k): ox.Literal(v, language="zh") for k, v in params.items()}
            theirs = plain.query(query.sparql, substitutions=substitutions).serialize(format=ox.QueryResultsFormat.TSV)
            ours = graph.query(query.sparql, params).serialize("tsv")
            assert theirs == ours and len(theirs.splitlines()) > 1, (name, params)


def test_facts_about_an_entity_by_name_or_alias(sample_graph):
    """The entity as subject or as object, named by its name or an alias, each fact with
    the sentence it was read from."""
    from kgraph import run_named

    def facts(name):
        return [tuple(map(str, row[1:5])) for row in run_named(sample_graph, "facts", {"name": name})]

    assert facts("冯荆柯") == [
        ("冯荆柯", str(ORG.holds), "公安县委副书记", "公安县委副书记、政法委书记冯荆柯：坚持“五共”“五治”并举深化平安建设"),
        ("冯荆柯", str(ORG.holds), "公安县委政法委书记", "公安县委副书记、政法委书记冯荆柯：坚持“五共”“五治”并举深化平安建设"),
    ]
    by_alias = facts("共同缔造")  # an alias of 美好环境与幸福生活共同缔造, the object of these facts
    assert [(subject, objectName) for subject, _, objectName, _ in by_alias] == [
        ("朝阳街道", "美好环境与幸福生活共同缔造"), ("沙市区", "美好环境与幸福生活共同缔造"),
        ("石首市", "美好环境与幸福生活共同缔造")]
    assert all(prop == str(KG.organizes) and subject in sentence for subject, prop, _, sentence in by_alias)
    assert facts("没有这个名字") == []


def test_update_keeps_only_the_most_specific_location():
    """Two graphs each holding one location of a place, one inside the other: merged,
    the outer one goes, with its statement and the excerpt only it cited."""
    from kgraph.model import Document, Entity, Extraction, Relation, Span

    def extraction(doc_id, location, sentence):
        doc = Document(doc_id, doc_id, f"{doc_id}.txt", None, (), "", ((0, 0, 10),), digest="0" * 40)
        division = {"division/421002/朝阳街道": "朝阳街道", "division/421002/朝阳街道/东苑社区": "东苑社区"}
        entities = [Entity("place/沙市花园", "Place", "沙市花园", (), (Span(doc_id, 0, 4, "沙市花园"),)),
                    Entity("division/421002/朝阳街道", "AdministrativeDivision", "朝阳街道", (), ()),
                    Entity("division/421002/朝阳街道/东苑社区", "AdministrativeDivision", "东苑社区", (), ())]
        relations = [Relation("place/沙市花园", "locatedIn", location, (Span(doc_id, 0, 10, sentence),)),
                     Relation("division/421002/朝阳街道/东苑社区", "partOf", "division/421002/朝阳街道", (),
                              (("source", "gazetteer"),))]
        assert division[location]
        return Extraction((doc,), tuple(entities), tuple(relations))

    graph = KnowledgeGraph()
    graph.add(extraction("a", "division/421002/朝阳街道", "沙市花园在朝阳街道"))
    assert rows(graph, 'ASK { ?p kg:locatedIn/rdfs:label "朝阳街道"@zh }') == [(True,)]
    graph.add(extraction("b", "division/421002/朝阳街道/东苑社区", "沙市花园在东苑社区"))
    located = rows(graph, "SELECT ?n WHERE { ?p a kg:Place ; kg:locatedIn/rdfs:label ?n }")
    assert located == [("东苑社区",)]
    assert rows(graph, 'ASK { ?e kg:text "沙市花园在朝阳街道"@zh }') == [(False,)]
    assert rows(graph, "SELECT (COUNT(*) AS ?n) WHERE { ?s rdf:predicate kg:locatedIn }") == [(1,)]


def test_agencies_have_a_kind_and_public_bodies_can_be_asked_for(sample_graph):
    rows = sample_graph.query("""
        PREFIX kg: <https://kgraph.example.org/ontology#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?name ?kind ?public WHERE {
          ?a a kg:Agency ; rdfs:label ?name ; kg:agencyKind ?k . ?k skos:notation ?kind .
          BIND(EXISTS { ?k skos:broader* kg:PublicBody } AS ?public)
        }""")
    kinds = {str(r[0]): (str(r[1]), str(r[2]).lower() in ("true", "1")) for r in rows}
    assert kinds["公安县人民法院"] == ("judicial", True)
    assert kinds["公安县委政法委"] == ("party", True)
    assert kinds["荆州日报"] == ("media", False)
    assert kinds["公安县公安局"] == ("public-security", True)
