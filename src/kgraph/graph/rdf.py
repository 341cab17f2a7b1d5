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
:func:`kgraph.graph.knowledge.KnowledgeGraph.finalize` over the merged graph, with the same rules
the resolver applies, so that updating a graph equals building it at once.
"""
from __future__ import annotations

import hashlib
import re
from typing import Iterable, Iterator

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SDO, SKOS, XSD

from .. import schema
from ..merge import Holding
from ..model import Document, Entity, Event, Extraction, Relation, Span, calendar_date
from .vocab import KG

__all__ = ["DEFAULT_BASE", "IriMaker", "extraction_quads", "node", "LEVELS", "ENTITY_CLASSES", "PREDICATE_TERMS",
           "EVENT_CLASSES", "ROLE_TERMS", "event_label", "holding_terms", "HOLDING_TERMS", "stored_holding"]

DEFAULT_BASE = "https://kgraph.example.org/id/"

_NODES: dict[str, ox.NamedNode] = {}


def node(term: str) -> ox.NamedNode:
    """An Oxigraph IRI for a vocabulary term (cached: there are few)."""
    found = _NODES.get(term)
    if found is None:
        found = _NODES[term] = ox.NamedNode(str(term))
    return found


TYPE, LABEL, ALT = node(RDF.type), node(RDFS.label), node(SKOS.altLabel)

# vocabulary terms as Oxigraph nodes, made once (a DefinedNamespace lookup per triple is slow)
_DCTERMS_date = node(DCTERMS.date)
_DCTERMS_isPartOf = node(DCTERMS.isPartOf)
_DCTERMS_source = node(DCTERMS.source)
_DCTERMS_title = node(DCTERMS.title)
_KG_Article = node(KG.Article)
_KG_Excerpt = node(KG.Excerpt)
_KG_Post = node(KG.Post)
_KG_Statement = node(KG.Statement)
_KG_code = node(KG.code)
_KG_contentDigest = node(KG.contentDigest)
_KG_credit = node(KG.credit)
_KG_end = node(KG.end)
_KG_gazetteer = node(KG.gazetteer)
_KG_gazetteerName = node(KG.gazetteerName)
_KG_introducedAs = node(KG.introducedAs)
_KG_level = node(KG.level)
_KG_publication = node(KG.publication)
_KG_role = node(KG.role)
_KG_start = node(KG.start)
_KG_text = node(KG.text)
_KG_title = node(KG.title)
_KG_change = node(KG.change)
_KG_firstSeen = node(KG.firstSeen)
_KG_former = node(KG.former)
_KG_lastSeen = node(KG.lastSeen)
_KG_post = node(KG.post)
_KG_trigger = node(KG.trigger)
_ORG_postIn = node(ORG.postIn)
_PROV_wasDerivedFrom = node(PROV.wasDerivedFrom)
_RDF_object = node(RDF.object)
_RDF_predicate = node(RDF.predicate)
_RDF_subject = node(RDF.subject)
_SDO_alternativeHeadline = node(SDO.alternativeHeadline)
_SDO_mentions = node(SDO.mentions)
_SDO_name = node(SDO.name)
_SDO_startDate = node(SDO.startDate)
_XSD_boolean = node(XSD.boolean)
_XSD_date = node(XSD.date)
_XSD_integer = node(XSD.integer)

LEVELS = {"province": KG.Province, "prefecture": KG.Prefecture, "county": KG.County,
          "township": KG.Township, "village": KG.Village}

_LEVEL_NODES = {name: node(term) for name, term in LEVELS.items()}
# the agency kinds of kgraph.extraction.recognisers.agencies.AGENCY_KINDS and their concepts in the ontology
AGENCY_KINDS = {"party": KG.PartyBody, "government": KG.GovernmentBody, "congress": KG.CongressBody, "consultative": KG.ConsultativeBody, "judicial": KG.JudicialBody, "public-security": KG.PublicSecurityBody, "military": KG.MilitaryBody, "public-institution": KG.PublicInstitution, "education": KG.EducationalInstitution, "social-organization": KG.SocialOrganization, "enterprise": KG.Enterprise, "media": KG.MediaOrganization, "international": KG.InternationalOrganization, "other": KG.OtherOrganization}
_KIND_NODES = {name: node(term) for name, term in AGENCY_KINDS.items()}
_KG_agencyKind = node(KG.agencyKind)
_PUBLIC_KINDS = frozenset(("party", "government", "congress", "consultative", "judicial", "public-security",
                           "military", "public-institution"))
# the kind's notation and its broader kg:PublicBody go with the data, so that
# `?a kg:agencyKind/skos:broader* kg:PublicBody` answers without the ontology loaded
_KIND_QUADS = {name: ((kind, node(SKOS.notation), ox.Literal(name)),
                      *(((kind, node(SKOS.broader), node(KG.PublicBody)),) if name in _PUBLIC_KINDS else ()))
               for name, kind in _KIND_NODES.items()}
# The classes and properties of the schema registry (kgraph.schema), as rdflib terms:
# entity type -> class; extraction predicate -> the property asserted (holdsPost goes
# through a Post); event type -> its class (each a kg:Event, a schema:Event; kg:Appointment
# also an org:ChangeEvent); an event's role -> the property from the event to the entity
# filling it (schema.org's where it fits)
ENTITY_CLASSES = {t.name: URIRef(t.rdf_class) for t in schema.ENTITIES}
PREDICATE_TERMS = {p.name: URIRef(p.rdf_property) for p in schema.RELATIONS}
EVENT_CLASSES = {e.name: URIRef(e.rdf_class) for e in schema.EVENTS}
ROLE_TERMS = {r.name: URIRef(r.rdf_property) for r in schema.ROLES}

_CLASSES = {name: node(term) for name, term in ENTITY_CLASSES.items()}
_PREDICATES = {name: node(term) for name, term in PREDICATE_TERMS.items()}
_EVENT_CLASSES = {name: node(term) for name, term in EVENT_CLASSES.items()}
_ROLES = {name: node(term) for name, term in ROLE_TERMS.items()}

# What an IRI path may hold as it is (RFC 3987 ipchar and '/'): unreserved ASCII,
# sub-delims, ':' '@', and the "ucschar" ranges (most of Unicode, but no controls, no
# private use, no noncharacters such as U+FFFE, no specials such as U+FFFD).  Anything
# else is percent-encoded as UTF-8, so any id gives a valid IRI.  '/' separates the
# readable parts of an id.  Unicode spaces (U+00A0, U+3000…) and the line and paragraph
# separators are encoded too: readers split lines and tokens on them (rdflib's N-Triples).
_UNSAFE = re.compile(
    "[^A-Za-z0-9\\-._~!$&'()*+,;=:@/"
    "\u00a1-\u167f\u1681-\u1fff\u200b-\u2027\u202a-\u202e\u2030-\u205e\u2060-\u2fff\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\uffef"
    "\U00010000-\U0001fffd\U00020000-\U0002fffd\U00030000-\U0003fffd\U00040000-\U0004fffd"
    "\U00050000-\U0005fffd\U00060000-\U0006fffd\U00070000-\U0007fffd\U00080000-\U0008fffd"
    "\U00090000-\U0009fffd\U000a0000-\U000afffd\U000b0000-\U000bfffd\U000c0000-\U000cfffd"
    "\U000d0000-\U000dfffd\U000e1000-\U000efffd]")
# a segment of dots would climb out of the base when the IRI is resolved (../../etc),
# and a final dot makes a prefixed name some Turtle readers refuse (article:a\.)
_DOTS = re.compile(r"(?:(?<=/)|^)\.+(?=/|$)|\.+$")


def _encode(text: str) -> str:
    return "".join(f"%{b:02X}" for b in text.encode("utf-8", "surrogatepass"))


def _path(text: str) -> str:
    return _DOTS.sub(lambda m: "%2E" * len(m.group()), _UNSAFE.sub(lambda m: _encode(m.group()), text))


class IriMaker:
    """Readable, stable IRIs under a base: ``{base}division/421003/李埠镇``."""

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        self.base = base

    def entity(self, entity_id: str) -> ox.NamedNode:
        return ox.NamedNode(self.base + _path(entity_id))

    def article(self, document_id: str) -> ox.NamedNode:
        return ox.NamedNode(f"{self.base}article/{_path(document_id)}")

    def event(self, event_id: str) -> ox.NamedNode:
        """``{base}event/<hex>``: an event's id is its IRI's path, as an entity's is."""
        return ox.NamedNode(self.base + _path(event_id))

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
    return ox.Literal(str(value), datatype=_XSD_integer)


def _boolean(value: bool) -> ox.Literal:
    return ox.Literal("true" if value else "false", datatype=_XSD_boolean)


def _date(value: str) -> ox.Literal:
    """An ``xsd:date`` for a real calendar date, else the text as given (never an
    invalid typed literal: 2023-02-30 stays a string, and the resolver notes it)."""
    if calendar_date(value):
        return ox.Literal(value, datatype=_XSD_date)
    return ox.Literal(value)


def _document_triples(doc: Document, iris: IriMaker) -> Iterator[tuple]:
    article = iris.article(doc.id)
    yield article, TYPE, _KG_Article
    if doc.title:
        yield article, _DCTERMS_title, _zh(doc.title)
    for headline in doc.headlines:
        if headline != doc.title:
            yield article, _SDO_alternativeHeadline, _zh(headline)
    yield article, _DCTERMS_source, ox.Literal(doc.origin)
    yield article, _KG_start, _int(doc.start)
    yield article, _KG_end, _int(doc.end)
    if doc.date:
        yield article, _DCTERMS_date, _date(doc.date)
    if doc.publication:
        yield article, _KG_publication, _zh(doc.publication)
    if doc.digest:
        yield article, _KG_contentDigest, ox.Literal(doc.digest)


def _entity_triples(entity: Entity, iris: IriMaker) -> Iterator[tuple]:
    subject = iris.entity(entity.id)
    yield subject, TYPE, _CLASSES[entity.type]
    yield subject, LABEL, _zh(entity.label)
    for alias in entity.aliases:
        yield subject, ALT, _zh(alias)
    props = dict(entity.props)
    if entity.type == "AdministrativeDivision":
        if props.get("code"):
            yield subject, _KG_code, ox.Literal(str(props["code"]))
        if props.get("level") in LEVELS:
            yield subject, _KG_level, _LEVEL_NODES[props["level"]]
        if props.get("gazetteerName"):
            yield subject, _KG_gazetteerName, _zh(props["gazetteerName"])
    elif entity.type == "Agency":
        if props.get("kind") in AGENCY_KINDS:
            yield subject, _KG_agencyKind, _KIND_NODES[props["kind"]]
            yield from _KIND_QUADS[props["kind"]]
    elif entity.type == "Person":
        if props.get("role"):
            yield subject, _KG_role, ox.Literal(props["role"])
        if props.get("credit"):
            yield subject, _KG_credit, _zh(props["credit"])
        if props.get("introduced_as"):
            yield subject, _KG_introducedAs, _zh(props["introduced_as"])
    for document in dict.fromkeys(span.document for span in entity.mentions):
        yield iris.article(document), _SDO_mentions, subject


def _post_triples(post: ox.NamedNode, agency_id: str, agency: ox.NamedNode, title: str) -> Iterator[tuple]:
    yield post, TYPE, _KG_Post
    # an agency's id is its full name (agency/公安县委政法委): the post's name follows
    yield post, LABEL, _zh(agency_id.partition("/")[2] + title)
    yield post, _KG_title, _zh(title)
    yield post, _ORG_postIn, agency


def _evidence_triples(subject: ox.NamedNode, spans: tuple[Span, ...], iris: IriMaker) -> Iterator[tuple]:
    """``subject`` (a statement, an event) ``prov:wasDerivedFrom`` each sentence it was read from."""
    for span in spans:
        excerpt = iris.excerpt(span)
        yield subject, _PROV_wasDerivedFrom, excerpt
        yield excerpt, TYPE, _KG_Excerpt
        yield excerpt, _DCTERMS_isPartOf, iris.article(span.document)
        yield excerpt, _KG_start, _int(span.start)
        yield excerpt, _KG_end, _int(span.end)
        yield excerpt, _KG_text, _zh(span.text)


def _relation_triples(relation: Relation, iris: IriMaker, documents: set[str]) -> Iterator[tuple]:
    subject = iris.entity(relation.subject)
    if relation.predicate == "reporterOf" and relation.object in documents:
        obj = iris.article(relation.object)
    else:
        obj = iris.entity(relation.object)
    predicate = _PREDICATES[relation.predicate]
    title = relation.prop("title")
    via_post = schema.predicate(relation.predicate).via == "post"
    if via_post:
        if not title:
            return
        post = iris.post(relation.object, title)
        yield from _post_triples(post, relation.object, obj, title)
        obj = post
    yield subject, predicate, obj
    statement = iris.statement(subject, predicate, obj)
    yield statement, TYPE, _KG_Statement
    yield statement, _RDF_subject, subject
    yield statement, _RDF_predicate, predicate
    yield statement, _RDF_object, obj
    if via_post:
        # a holding's dates and whether it has ended: on its statement (settle.py merges them)
        holding = Holding(relation.prop("first_seen"), relation.prop("last_seen"), bool(relation.prop("former", False)))
        for term, value in holding_terms(holding):
            yield statement, term, value
    if relation.prop("source") == "gazetteer":
        yield statement, _PROV_wasDerivedFrom, _KG_gazetteer
    yield from _evidence_triples(statement, relation.evidence, iris)


def holding_terms(holding: Holding) -> Iterator[tuple[ox.NamedNode, ox.Literal]]:
    """A holding's properties on its statement: ``kg:former`` always, the days when known."""
    yield _KG_former, _boolean(holding.former)
    for day, term in ((holding.first_seen, _KG_firstSeen), (holding.last_seen, _KG_lastSeen)):
        if calendar_date(day):
            yield term, _date(day)


# the terms a holding is written with on its statement (holding_terms), and its field each holds
HOLDING_TERMS = {_KG_firstSeen: "first_seen", _KG_lastSeen: "last_seen", _KG_former: "former"}


def stored_holding(quads: Iterable[ox.Quad]) -> Holding | None:
    """The holding a statement's quads record, as :func:`holding_terms` wrote it (None for a
    fact that is no holding)."""
    values = {HOLDING_TERMS[quad.predicate]: quad.object.value for quad in quads if quad.predicate in HOLDING_TERMS}
    if not values:
        return None
    return Holding(values.get("first_seen"), values.get("last_seen"), values.get("former") == "true")


def event_label(trigger: str, title: str | None) -> str:
    """An event's readable name: its trigger and its title (召开|国务院常务会议, 任|副县长)."""
    return trigger + (title or "")


def _event_triples(event: Event, iris: IriMaker) -> Iterator[tuple]:
    subject = iris.event(event.id)
    title = event.prop("title")
    yield subject, TYPE, _EVENT_CLASSES[event.type]
    yield subject, LABEL, _zh(event_label(event.trigger, title))
    yield subject, _KG_trigger, _zh(event.trigger)
    if title:
        yield subject, _SDO_name, _zh(title)
    if calendar_date(event.date):
        yield subject, _SDO_startDate, _date(event.date)
    if event.prop("change") in ("start", "end"):
        yield subject, _KG_change, ox.Literal(event.prop("change"))
    for role, entity_id in event.arguments:
        yield subject, _ROLES[role], iris.entity(entity_id)
    if event.type == "Appointment" and title:
        yield subject, _KG_title, _zh(title)
        for role, entity_id in event.arguments:  # the post it starts or ends: the one holdsPost names
            if role == "organization" and entity_id.startswith("agency/"):
                post = iris.post(entity_id, title)
                yield subject, _KG_post, post
                yield from _post_triples(post, entity_id, iris.entity(entity_id), title)
    for document in dict.fromkeys(span.document for span in event.evidence):
        yield iris.article(document), _SDO_mentions, subject
    yield from _evidence_triples(subject, event.evidence, iris)


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
    for event in extraction.events:
        for s, p, o in _event_triples(event, iris):
            yield ox.Quad(s, p, o)
