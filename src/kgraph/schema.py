"""The one schema registry: every entity type, relation predicate and event type
kgraph knows, declared once, with

- its **key**: what identifies one across articles (an entity type's ``Key`` kind; the
  props that tell two facts between the same ends apart; what makes two reports one
  event);
- its **RDF mapping**: the class or property IRI the graph uses (``ontology/kgraph.ttl``
  declares the kg: ones; the test suite checks every IRI here is declared there);
- its **view style**: the name the view's style file (``data/viz/style.json``) keys it by;
- its **shard codec**: how an article shard (``kgraph extract --format jsonl``) writes it.

Everything else derives from it: :mod:`kgraph.model`'s ``ENTITY_TYPES``, ``KINDS``,
``PREDICATES``, ``EVENT_ROLES``, ``EVENT_TYPES``; the graph's class and property maps
(:mod:`kgraph.graph.rdf`); the CLI's ``--type`` choices; the names a pipeline stage may
declare (:func:`stage_names`).  A new type is one entry here (and its ontology term).

A leaf module: it imports nothing from kgraph and nothing heavy (IRIs are plain text),
so any layer may read it.
"""
from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "KG", "ORG", "SCHEMA",
    "EntityType", "Predicate", "Role", "EventType",
    "ENTITIES", "RELATIONS", "EVENTS", "DOCUMENT_KIND",
    "ENTITY_TYPES", "KINDS", "PREDICATES", "EVENT_TYPES", "EVENT_ROLES", "ROLES",
    "entity_type", "entity_type_of_kind", "predicate", "event_type", "role_property", "stage_names",
]

KG = "https://kgraph.example.org/ontology#"
ORG = "http://www.w3.org/ns/org#"
SCHEMA = "https://schema.org/"

# The codecs of shard lines (kgraph.model.ArticleRecord): a key written ``kind:name``, or
# ``kind:name@scope`` for a type whose names are read within a region; a fact written as
# [subject, predicate, object, props, span]; an event as its type, trigger, arguments, day.
KEY_CODEC = "key"
SCOPED_KEY_CODEC = "scoped-key"
FACT_CODEC = "fact"
EVENT_CODEC = "event"


@dataclass(frozen=True, slots=True)
class EntityType:
    """A kind of real thing a mention names."""

    name: str  # as the model, the JSON and the CLI name it: "AdministrativeDivision"
    kind: str  # its Key's kind, and the first part of its id (division/421003)
    rdf_class: str  # the class IRI of the graph
    style: str  # its entry in data/viz/style.json "types"
    codec: str  # KEY_CODEC or SCOPED_KEY_CODEC

    @property
    def scoped(self) -> bool:
        """Whether one name names different things in different regions (two officials
        named 王伟 in two prefectures): the key carries the region."""
        return self.codec == SCOPED_KEY_CODEC


@dataclass(frozen=True, slots=True)
class Predicate:
    """A relation between two entities (a fact read in a sentence)."""

    name: str
    rdf_property: str  # the property asserted (subject -> object)
    key: tuple[str, ...] = ()  # props that tell two facts with the same ends apart (holdsPost: the title)
    via: str | None = None  # "post": the object in RDF is the post (title) in the agency, not the agency
    style: str = ""  # its entry in data/viz/style.json "relations" ("" : not drawn)
    codec: str = FACT_CODEC


@dataclass(frozen=True, slots=True)
class Role:
    """A role an entity plays in an event, and the property from the event to it."""

    name: str
    rdf_property: str


@dataclass(frozen=True, slots=True)
class EventType:
    """A kind of happening (../shared/eval/EVENTS.md) and the roles of its arguments."""

    name: str
    rdf_class: str
    roles: tuple[Role, ...]
    rdf_superclasses: tuple[str, ...] = ()  # besides kg:Event (kg:Appointment is an org:ChangeEvent too)
    props: tuple[str, ...] = ()  # attributes besides its day and trigger: "title", "change"
    key: tuple[str, ...] = ("type", "date", "arguments")  # one happening, however often reported
    style: str = ""  # its entry in the view's style (the name, unless given)
    codec: str = EVENT_CODEC

    def __post_init__(self) -> None:
        if not self.style:
            object.__setattr__(self, "style", self.name)


DOCUMENT_KIND = "document"  # a key that names an article: the object of reporterOf

ENTITIES: tuple[EntityType, ...] = (
    EntityType("AdministrativeDivision", "division", KG + "AdministrativeDivision", "AdministrativeDivision",
               KEY_CODEC),
    EntityType("Agency", "agency", KG + "Agency", "Agency", KEY_CODEC),
    EntityType("Person", "person", KG + "Person", "Person", SCOPED_KEY_CODEC),
    EntityType("Program", "program", KG + "Program", "Program", KEY_CODEC),
    EntityType("Place", "place", KG + "Place", "Place", KEY_CODEC),
)

RELATIONS: tuple[Predicate, ...] = (
    Predicate("partOf", KG + "partOf", style="partOf"),
    Predicate("locatedIn", KG + "locatedIn", style="locatedIn"),
    Predicate("holdsPost", ORG + "holds", key=("title",), via="post", style="holdsPost"),
    Predicate("organizes", KG + "organizes", style="organizes"),
    Predicate("carriedOutIn", KG + "carriedOutIn", style="carriedOutIn"),  # a program where it is carried out
    Predicate("subOrganizationOf", ORG + "subOrganizationOf", style="subOrganizationOf"),
    Predicate("nationality", KG + "nationality", style="nationality"),  # a person's country, as the text states it
    Predicate("reporterOf", KG + "reporterOf"),  # a byline credit: the view draws no edge for it
)

# One property per role name, whatever the event's type (an agent is kg:agent in a
# meeting and in a visit); schema.org's where a term fits.
_ROLE = {role.name: role for role in (
    Role("agent", KG + "agent"),
    Role("counterpart", KG + "counterpart"),
    Role("destination", KG + "destination"),
    Role("organizer", SCHEMA + "organizer"),
    Role("chair", KG + "chair"),
    Role("speaker", KG + "speaker"),
    Role("attendee", SCHEMA + "attendee"),
    Role("location", SCHEMA + "location"),
    Role("person", KG + "appointee"),
    Role("organization", KG + "organization"),
)}

EVENTS: tuple[EventType, ...] = (
    EventType("Meeting", KG + "Meeting", (_ROLE["agent"], _ROLE["counterpart"])),
    EventType("Visit", KG + "Visit", (_ROLE["agent"], _ROLE["destination"])),
    EventType("Gathering", KG + "Gathering",
              tuple(_ROLE[name] for name in ("organizer", "chair", "speaker", "attendee", "location")),
              props=("title",)),
    EventType("Appointment", KG + "Appointment", (_ROLE["person"], _ROLE["organization"]),
              rdf_superclasses=(ORG + "ChangeEvent",), props=("title", "change")),
)

# ---------------------------------------------------------------------- derived

ENTITY_TYPES: tuple[str, ...] = tuple(t.name for t in ENTITIES)
KINDS: tuple[str, ...] = (*(t.kind for t in ENTITIES), DOCUMENT_KIND)
PREDICATES: tuple[str, ...] = tuple(p.name for p in RELATIONS)
EVENT_TYPES: tuple[str, ...] = tuple(e.name for e in EVENTS)
EVENT_ROLES: dict[str, tuple[str, ...]] = {e.name: tuple(r.name for r in e.roles) for e in EVENTS}
ROLES: tuple[Role, ...] = tuple(_ROLE.values())  # every role, each once

_BY_NAME = {**{t.name: t for t in ENTITIES}, **{p.name: p for p in RELATIONS}, **{e.name: e for e in EVENTS}}
if len(_BY_NAME) != len(ENTITIES) + len(RELATIONS) + len(EVENTS):
    raise ValueError("an entity type, a predicate and an event type share a name")


def _declared(name: str, kind: type, what: str, names: tuple[str, ...]):
    found = _BY_NAME.get(name)
    if not isinstance(found, kind):
        raise KeyError(f"{name!r} is no {what}; the {what}s are {', '.join(names)}")
    return found


def entity_type(name: str) -> EntityType:
    """The entity type of that name; ``KeyError`` for another."""
    return _declared(name, EntityType, "entity type", ENTITY_TYPES)


def predicate(name: str) -> Predicate:
    """The predicate of that name; ``KeyError`` for another."""
    return _declared(name, Predicate, "predicate", PREDICATES)


def event_type(name: str) -> EventType:
    """The event type of that name; ``KeyError`` for another."""
    return _declared(name, EventType, "event type", EVENT_TYPES)


def entity_type_of_kind(kind: str) -> EntityType:
    """The entity type whose keys have that kind (``person`` -> Person)."""
    for found in ENTITIES:
        if found.kind == kind:
            return found
    raise KeyError(f"{kind!r} is the kind of no entity type")


def role_property(role: str) -> str:
    """The property IRI from an event to the entity in that role."""
    return _ROLE[role].rdf_property


def stage_names() -> frozenset[str]:
    """What a pipeline stage may say it reads or writes besides the analysis's own
    fields: the entity types (mentions of them), the predicates (facts), the event
    types (events of them)."""
    return frozenset(_BY_NAME)
