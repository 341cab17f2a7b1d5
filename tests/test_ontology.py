"""The ontology file: well-formed in two parsers, every term documented in Chinese and
English, and in step with the code's typed namespace."""
import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kgraph.graph.vocab import KG, undeclared_terms
from kgraph.resources import ontology_path


@pytest.fixture(scope="module")
def ontology():
    return Graph().parse(ontology_path("kgraph.ttl"), format="turtle")


def test_code_and_ontology_declare_the_same_terms():
    used_not_declared, declared_not_used = undeclared_terms()
    assert used_not_declared == set()
    assert declared_not_used == set()


def test_an_unknown_term_is_an_error():
    with pytest.raises(AttributeError):
        KG.partof  # noqa: B018 - a typo must fail, not make a new IRI


def test_every_class_and_property_has_chinese_and_english_labels_and_a_definition(ontology):
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
    terms = {s for kind in kinds for s in ontology.subjects(RDF.type, kind) if isinstance(s, URIRef)}
    assert {KG.AdministrativeDivision, KG.Agency, KG.Person, KG.Program, KG.Place, KG.Post, KG.Article,
            KG.partOf, KG.locatedIn, KG.organizes} <= terms
    for term in terms:
        languages = {label.language for label in ontology.objects(term, RDFS.label) if isinstance(label, Literal)}
        assert {"zh", "en"} <= languages, term
        assert list(ontology.objects(term, SKOS.definition)), term


def test_standard_vocabularies_are_reused(ontology):
    from rdflib.namespace import ORG, SDO

    assert (KG.Agency, RDFS.subClassOf, ORG.Organization) in ontology
    assert (KG.Post, RDFS.subClassOf, ORG.Post) in ontology
    assert (KG.AdministrativeDivision, RDFS.subClassOf, SDO.AdministrativeArea) in ontology
    assert (KG.Article, RDFS.subClassOf, SDO.NewsArticle) in ontology


@pytest.mark.parametrize("name", ["kgraph.ttl", "shapes.ttl"])
def test_ontology_files_parse_in_oxigraph_too(name):
    quads = list(ox.parse(path=str(ontology_path(name)), format=ox.RdfFormat.TURTLE))
    assert len(quads) == len(Graph().parse(ontology_path(name), format="turtle"))


def test_the_agency_kinds_agree_with_the_ontology():
    """Kinds are named in three places (the lexicon's classifier, the RDF mapping, the
    ontology's scheme with its public bodies): they must say the same."""
    from rdflib import Graph
    from rdflib.namespace import SKOS

    from kgraph.graph.rdf import _PUBLIC_KINDS
    from kgraph.graph.rdf import AGENCY_KINDS as RDF_KINDS
    from kgraph.graph.vocab import KG
    from kgraph.merge import AGENCY_KINDS
    from kgraph.resources import ontology_path, table

    ontology = Graph().parse(ontology_path(), format="turtle")
    notations = {str(o): s for s, o in ontology.subject_objects(SKOS.notation)
                 if (s, SKOS.inScheme, KG.AgencyKinds) in ontology}
    assert set(AGENCY_KINDS) == set(RDF_KINDS) == set(notations)
    assert all(RDF_KINDS[kind] == notations[kind] for kind in AGENCY_KINDS)
    public = {kind for kind, concept in notations.items() if (concept, SKOS.broader, KG.PublicBody) in ontology}
    assert public == set(_PUBLIC_KINDS)
    assert {row[2] for row in table("agency_kinds.tsv")} <= set(AGENCY_KINDS)
