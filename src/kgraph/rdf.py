"""The RDF stage: an :class:`~kgraph.model.Extraction` as triples under the kgraph
ontology (``ontology/kgraph.ttl``).

Provenance is given by statement nodes, not named graphs, so that it survives every
format (Turtle and N-Triples have no graphs): each extracted fact is asserted as a
triple *and* described by a ``kg:Statement`` (``rdf:subject``/``predicate``/``object``)
that is ``prov:wasDerivedFrom`` the ``kg:Excerpt`` (sentence or byline) it was read
from, or from ``kg:gazetteer``.

Every node has an IRI made from what it is (no blank nodes), so the same input gives
the same graph and two graphs merge by union.  The few things decided corpus-wide
(an entity's one label, the most specific location) are settled by
:func:`kgraph.graph.KnowledgeGraph.finalize` over the merged graph, with the same rules
the resolver applies, so that updating a graph equals building it at once.
"""
from __future__ import annotations

import hashlib
import re
from typing import Iterator

import pyoxigraph as ox
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SDO, SKOS, XSD

from .model import Document, Entity, Extraction, Relation, Span
from .vocab import KG

__all__ = ["DEFAULT_BASE", "IriMaker", "extraction_quads", "node", "LEVELS", "PREDICATE_TERMS"]

DEFAULT_BASE = "https://kgraph.example.org/id/"

_NODES: dict[str, ox.NamedNode] = {}


def node(term: str) -> ox.NamedNode:
    """An Oxigraph IRI for a vocabulary term (cached: there are few)."""
    found = _NODES.get(term)
    if found is None:
        found = _NODES[term] = ox.NamedNode(str(term))
    return found


TYPE, LABEL, ALT = node(RDF.type), node(RDFS.label), node(SKOS.altLabel)

LEVELS = {"province": KG.Province, "prefecture": KG.Prefecture, "county": KG.County,
          "township": KG.Township, "village": KG.Village}

# extraction predicate -> the property asserted (holdsPost goes through a Post)
PREDICATE_TERMS = {
    "partOf": KG.partOf,
    "locatedIn": KG.locatedIn,
    "organizes": KG.organizes,
    "reporterOf": KG.reporterOf,
    "subOrganizationOf": ORG.subOrganizationOf,
    "holdsPost": ORG.holds,
}

# Characters an IRI path may not hold as they are (RFC 3987): percent-encoded.
# '/' separates the readable parts of an id and stays; non-ASCII letters stay.
_UNSAFE = re.compile(r"[\x00-\x20\"#%<>?\[\\\]^`{|}\x7f\u3000]")


def _path(text: str) -> str:
    return _UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode("utf-8")), text)


class IriMaker:
    """Readable, stable IRIs under a base: ``{base}division/421003/李埠镇``."""

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        self.base = base

    def entity(self, entity_id: str) -> ox.NamedNode:
        return ox.NamedNode(self.base + _path(entity_id))

    def article(self, document_id: str) -> ox.NamedNode:
        return ox.NamedNode(f"{self.base}article/{_path(document_id)}")

    def post(self, agency_id: str, title: str) -> ox.NamedNode:
        return ox.NamedNode(f"{self.base}post/{_path(agency_id.partition('/')[2])}/{_path(title)}")

    def excerpt(self, span: Span) -> ox.NamedNode:
        return ox.NamedNode(f"{self.base}excerpt/{_path(span.document)}/{span.start}-{span.end}")

    def statement(self, subject: ox.NamedNode, predicate: ox.NamedNode, obj: ox.NamedNode) -> ox.NamedNode:
        digest = hashlib.sha1(f"{subject.value} {predicate.value} {obj.value}".encode("utf-8")).hexdigest()
        return ox.NamedNode(f"{self.base}statement/{digest[:20]}")


def _zh(text: str) -> ox.Literal:
    return ox.Literal(text, language="zh")


def _int(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=node(XSD.integer))


def _date(value: str) -> ox.Literal:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return ox.Literal(value, datatype=node(XSD.date))
    return ox.Literal(value)


def _document_triples(doc: Document, iris: IriMaker) -> Iterator[tuple]:
    article = iris.article(doc.id)
    yield article, TYPE, node(KG.Article)
    if doc.title:
        yield article, node(DCTERMS.title), _zh(doc.title)
    for headline in doc.headlines:
        if headline != doc.title:
            yield article, node(SDO.alternativeHeadline), _zh(headline)
    yield article, node(DCTERMS.source), ox.Literal(doc.origin)
    yield article, node(KG.start), _int(doc.start)
    yield article, node(KG.end), _int(doc.end)
    if doc.date:
        yield article, node(DCTERMS.date), _date(doc.date)
    if doc.publication:
        yield article, node(KG.publication), _zh(doc.publication)
    if doc.digest:
        yield article, node(KG.contentDigest), ox.Literal(doc.digest)


def _entity_triples(entity: Entity, iris: IriMaker) -> Iterator[tuple]:
    subject = iris.entity(entity.id)
    yield subject, TYPE, node(KG[entity.type])
    yield subject, LABEL, _zh(entity.label)
    for alias in entity.aliases:
        yield subject, ALT, _zh(alias)
    props = dict(entity.props)
    if entity.type == "AdministrativeDivision":
        if props.get("code"):
            yield subject, node(KG.code), ox.Literal(str(props["code"]))
        if props.get("level") in LEVELS:
            yield subject, node(KG.level), node(LEVELS[props["level"]])
        if props.get("gazetteerName"):
            yield subject, node(KG.gazetteerName), _zh(props["gazetteerName"])
    elif entity.type == "Person":
        if props.get("role"):
            yield subject, node(KG.role), ox.Literal(props["role"])
        if props.get("credit"):
            yield subject, node(KG.credit), _zh(props["credit"])
        if props.get("introduced_as"):
            yield subject, node(KG.introducedAs), _zh(props["introduced_as"])
    for document in dict.fromkeys(span.document for span in entity.mentions):
        yield iris.article(document), node(SDO.mentions), subject


def _relation_triples(relation: Relation, iris: IriMaker, documents: set[str]) -> Iterator[tuple]:
    subject = iris.entity(relation.subject)
    if relation.predicate == "reporterOf" and relation.object in documents:
        obj = iris.article(relation.object)
    else:
        obj = iris.entity(relation.object)
    predicate = node(PREDICATE_TERMS[relation.predicate])
    title = relation.prop("title")
    if relation.predicate == "holdsPost":
        if not title:
            return
        post = iris.post(relation.object, title)
        yield post, TYPE, node(KG.Post)
        # an agency's id is its full name (agency/公安县委政法委): the post's name follows
        yield post, LABEL, _zh(relation.object.partition("/")[2] + title)
        yield post, node(KG.title), _zh(title)
        yield post, node(ORG.postIn), obj
        obj = post
    yield subject, predicate, obj
    statement = iris.statement(subject, predicate, obj)
    yield statement, TYPE, node(KG.Statement)
    yield statement, node(RDF.subject), subject
    yield statement, node(RDF.predicate), predicate
    yield statement, node(RDF.object), obj
    if relation.prop("source") == "gazetteer":
        yield statement, node(PROV.wasDerivedFrom), node(KG.gazetteer)
    for span in relation.evidence:
        excerpt = iris.excerpt(span)
        yield statement, node(PROV.wasDerivedFrom), excerpt
        yield excerpt, TYPE, node(KG.Excerpt)
        yield excerpt, node(DCTERMS.isPartOf), iris.article(span.document)
        yield excerpt, node(KG.start), _int(span.start)
        yield excerpt, node(KG.end), _int(span.end)
        yield excerpt, node(KG.text), _zh(span.text)


def extraction_quads(extraction: Extraction, base: str = DEFAULT_BASE) -> Iterator[ox.Quad]:
    """The triples (as default-graph quads) that say what ``extraction`` found."""
    iris = IriMaker(base)
    for doc in extraction.documents:
        for s, p, o in _document_triples(doc, iris):
            yield ox.Quad(s, p, o)
    for entity in extraction.entities:
        for s, p, o in _entity_triples(entity, iris):
            yield ox.Quad(s, p, o)
    documents = {doc.id for doc in extraction.documents}
    for relation in extraction.relations:
        for s, p, o in _relation_triples(relation, iris, documents):
            yield ox.Quad(s, p, o)
