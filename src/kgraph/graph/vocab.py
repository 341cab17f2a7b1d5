"""The kgraph vocabulary as a typed namespace: ``KG.partOf`` is an IRI, ``KG.partof``
is an AttributeError, not a silently new term.

The terms are declared in ``ontology/kgraph.ttl``; :func:`undeclared_terms` compares
the two and the test suite requires them to agree in both directions.
"""
from __future__ import annotations

from functools import cache

from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SDO, SKOS, XSD, DefinedNamespace, Namespace

from ..resources import ontology_path

__all__ = ["KG", "ONTOLOGY_IRI", "PREFIXES", "undeclared_terms"]


class KG(DefinedNamespace):
    """kgraph ontology terms (see ontology/kgraph.ttl)."""

    _NS = Namespace("https://kgraph.example.org/ontology#")
    _fail = True

    # classes
    AdministrativeDivision: URIRef
    Agency: URIRef
    Person: URIRef
    Program: URIRef
    Place: URIRef
    Post: URIRef
    Article: URIRef
    Statement: URIRef
    Excerpt: URIRef
    DivisionLevel: URIRef
    Event: URIRef
    Meeting: URIRef
    Visit: URIRef
    Gathering: URIRef
    Appointment: URIRef
    # individuals
    DivisionLevels: URIRef
    Province: URIRef
    Prefecture: URIRef
    County: URIRef
    Township: URIRef
    Village: URIRef
    gazetteer: URIRef
    AgencyKind: URIRef
    AgencyKinds: URIRef
    PublicBody: URIRef
    PartyBody: URIRef
    GovernmentBody: URIRef
    CongressBody: URIRef
    ConsultativeBody: URIRef
    JudicialBody: URIRef
    PublicSecurityBody: URIRef
    MilitaryBody: URIRef
    PublicInstitution: URIRef
    EducationalInstitution: URIRef
    SocialOrganization: URIRef
    Enterprise: URIRef
    MediaOrganization: URIRef
    InternationalOrganization: URIRef
    OtherOrganization: URIRef
    # object properties
    partOf: URIRef
    locatedIn: URIRef
    organizes: URIRef
    carriedOutIn: URIRef
    nationality: URIRef
    reporterOf: URIRef
    level: URIRef
    agencyKind: URIRef
    # an event's roles (schema:organizer, schema:attendee, schema:location are reused) and its post
    agent: URIRef
    counterpart: URIRef
    destination: URIRef
    chair: URIRef
    speaker: URIRef
    appointee: URIRef
    organization: URIRef
    post: URIRef
    # data properties
    code: URIRef
    gazetteerName: URIRef
    role: URIRef
    credit: URIRef
    introducedAs: URIRef
    title: URIRef
    publication: URIRef
    start: URIRef
    end: URIRef
    text: URIRef
    contentDigest: URIRef
    trigger: URIRef
    change: URIRef
    # on the statement of a holding (person org:holds post)
    former: URIRef
    firstSeen: URIRef
    lastSeen: URIRef


ONTOLOGY_IRI = URIRef("https://kgraph.example.org/ontology")

# Prefixes bound in every graph kgraph writes, and known to every query it runs.
PREFIXES: dict[str, str] = {
    "kg": str(KG),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "prov": str(PROV),
    "org": str(ORG),
    "schema": str(SDO),
}


@cache
def ontology_graph() -> Graph:
    graph = Graph()
    graph.parse(ontology_path("kgraph.ttl"), format="turtle")
    return graph


def undeclared_terms() -> tuple[set[str], set[str]]:
    """(terms the code uses that the ontology does not declare,
    terms the ontology declares that the code lacks)."""
    graph = ontology_graph()
    declared = {str(s) for s in graph.subjects() if isinstance(s, URIRef) and str(s).startswith(str(KG))}
    used = {str(KG[name]) for name in KG.__annotations__}
    return used - declared, declared - used
