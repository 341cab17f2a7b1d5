"""The small, frozen data types that flow between the pipeline stages.

``Source`` (text as read) -> ``Document`` (one article, lines rejoined) ->
``Mention`` (a typed span with the name it resolves to and the ``Key`` of the real
thing) and ``Fact`` -> ``ArticleRecord`` (one article's ``RecordMention``s and
``RecordFact``s, offsets mapped to the source) -> ``Entity`` (one real thing, all
its mentions) and ``Relation`` (two entities, with the sentences it was read from).  Offsets in ``Span`` are character offsets into the text of the
*source* as read (end exclusive), so a user can always find the words again.
"""
from __future__ import annotations

import bisect
import datetime
import re
from dataclasses import dataclass, field
from typing import Any, Mapping, NamedTuple

from . import schema

__all__ = [
    "ENTITY_TYPES",
    "PREDICATES",
    "KINDS",
    "Key",
    "Source",
    "Reporter",
    "Document",
    "Span",
    "Mention",
    "Fact",
    "Entity",
    "Relation",
    "Extraction",
    "ArticleRecord",
    "RecordMention",
    "RecordFact",
    "EVENT_ROLES",
    "EVENT_TYPES",
    "EventMention",
    "RecordEvent",
    "Event",
    "SHARD_FORMAT",
    "SHARD_FORMATS",
    "IncompleteFact",
    "check_ends",
    "check_event",
    "calendar_date",
]

# Declared once, in the schema registry (kgraph.schema): the entity types, the relation
# predicates, and what happens (../shared/eval/EVENTS.md): each event type and the roles
# its arguments fill.
ENTITY_TYPES: tuple[str, ...] = schema.ENTITY_TYPES
PREDICATES: tuple[str, ...] = schema.PREDICATES
EVENT_ROLES: dict[str, tuple[str, ...]] = schema.EVENT_ROLES
EVENT_TYPES: tuple[str, ...] = schema.EVENT_TYPES


class IncompleteFact(ValueError):
    """A fact or relation with an end missing (``None`` or empty subject or object), or
    an unknown predicate: such a thing is never built.  The analysis drops it with a
    note, and a shard line holding one is malformed."""


KINDS: tuple[str, ...] = schema.KINDS  # the entity types' key kinds, and "document"


class Key(NamedTuple):
    """What identifies one real thing across articles: mentions with one key are one
    entity.  ``kind`` is one of :data:`KINDS`; ``name`` the canonical name, or for a
    division its gazetteer key (``421003``, ``421003/李埠镇``, ``421000/?新华村`` for a
    name the gazetteer lacks); ``scope`` the region a person's name is read in (two
    officials named 王伟 in two prefectures are two people).  A ``document`` key names
    an article (the object of ``reporterOf``).

    Written as text in shards: ``person:冯荆柯@421000``, ``agency:公安县人民法院``."""

    kind: str
    name: str
    scope: str = ""

    def __str__(self) -> str:
        if self.kind == "person":
            return f"person:{self.name}@{self.scope}"
        return f"{self.kind}:{self.name}"

    @classmethod
    def parse(cls, text: str) -> "Key":
        """The inverse of ``str(key)``; raises :class:`IncompleteFact` for text that is
        no key (empty, ``None``, an unknown kind)."""
        kind, sep, rest = text.partition(":") if isinstance(text, str) else ("", "", "")
        if not sep or kind not in KINDS or not rest.strip():
            raise IncompleteFact(f"{text!r} is not a key (kind:name)")
        if kind == "person":
            name, _, scope = rest.rpartition("@") if "@" in rest else (rest, "", "")
            return cls(kind, name, scope)
        return cls(kind, rest)

    @property
    def entity_id(self) -> str:
        """The entity's readable, stable id (its IRI's path): division/421003/李埠镇,
        person/421000/冯荆柯."""
        if self.kind == "person":
            return f"person/{self.scope}/{self.name}"
        return f"{self.kind}/{self.name}"



def check_ends(kind: str, subject: Any, predicate: Any, obj: Any) -> None:
    """A fact's ends are keys (a relation's, entity ids) with a name, and its predicate
    is one of :data:`PREDICATES`; raises :class:`IncompleteFact` otherwise."""
    for name, value in (("subject", subject), ("object", obj)):
        if isinstance(value, Key):
            if not value.name.strip():
                raise IncompleteFact(f"{kind} {subject!r} {predicate} {obj!r}: no {name}")
        elif not isinstance(value, str) or not value.strip() or value == "None":
            raise IncompleteFact(f"{kind} {subject!r} {predicate} {obj!r}: no {name}")
    if predicate not in PREDICATES:
        raise IncompleteFact(f"{kind} {subject!r} {predicate!r} {obj!r}: unknown predicate")


def calendar_date(value: str | None) -> bool:
    """Whether ``value`` is a date as YYYY-MM-DD that the calendar has (not 2023-02-30)."""
    if not value or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return False
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _frozen_props(props: Mapping[str, Any] | None) -> tuple[tuple[str, Any], ...]:
    return tuple(sorted((props or {}).items()))


@dataclass(frozen=True, slots=True)
class Source:
    """One unit of input as read: a file's decoded text, or one JSON Lines record."""

    id: str
    text: str
    origin: str  # file path, "<stdin>", or "file.jsonl:LINE"
    title: str | None = None
    date: str | None = None
    publication: str | None = None  # the paper, e.g. 荆州日报, when known
    single_article: bool = False  # JSON Lines records are one article each: never split
    size: int = 0  # bytes read for it (for progress)
    markup: str | None = None  # "markdown" for a .md file: headings split articles, markup is not text


@dataclass(frozen=True, slots=True)
class Reporter:
    """A byline credit: 记者余海艳, 荆州日报签约摄影师倪隆广, 驻荆州经开区记者黄思明."""

    name: str
    role: str
    organization: str | None
    station: str | None  # 驻荆州经开区 -> 荆州经开区
    start: int  # source offsets of the name
    end: int


@dataclass(frozen=True, slots=True)
class Document:
    """One article: its normalised text (broken lines rejoined, bylines removed) and the
    map from that text back to the source text."""

    id: str
    source: str
    origin: str
    title: str | None
    headlines: tuple[str, ...]
    text: str
    # (offset in text, offset in source, length) for each piece copied from the source
    pieces: tuple[tuple[int, int, int], ...]
    reporters: tuple[Reporter, ...] = ()
    date: str | None = None
    publication: str | None = None
    # the media a page's source fields credit the article to (来源：温州都市报), with their source offsets
    publishers: tuple[tuple[str, int, int], ...] = ()
    # where the article's header ends in ``text`` (headlines precede it)
    body_start: int = 0
    # SHA-1 (hex) of the article's source text: an article id names one text
    digest: str | None = None
    # which source gave ``date``: 'record' (JSON Lines), 'option' (--date), 'path' (file
    # name or folder), 'page' (a dateline or masthead), or None (see kgraph.ingest.dates)
    date_source: str | None = None
    _piece_starts: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_piece_starts", tuple(piece[0] for piece in self.pieces))

    @property
    def start(self) -> int:
        return self.pieces[0][1] if self.pieces else 0

    @property
    def end(self) -> int:
        if not self.pieces:
            return 0
        _, src, length = self.pieces[-1]
        return src + length

    def source_offset(self, offset: int) -> int:
        """Map an offset in ``text`` to the source text (an inserted separator maps to
        the end of the piece before it)."""
        if not self.pieces:
            return offset
        index = bisect.bisect_right(self._piece_starts, offset) - 1
        norm, src, length = self.pieces[max(index, 0)]
        return src + min(max(offset - norm, 0), length)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            at = self.source_offset(start)
            return at, at
        return self.source_offset(start), self.source_offset(end - 1) + 1


@dataclass(frozen=True, slots=True)
class Span:
    """Characters ``start:end`` of a document's source text; ``text`` is what they say
    (normalised: a line break inside the span is removed)."""

    document: str
    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"document": self.document, "start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Mention:
    """A typed span of a document's text and what it resolves to.

    ``start``/``end`` index ``Document.text``; ``key`` identifies the real thing
    (mentions with one key are one entity); ``label`` is its canonical name;
    ``props`` carries type-specific facts (gazetteer node, code, level, role)."""

    type: str
    document: str
    start: int
    end: int
    text: str
    label: str
    key: Key
    props: tuple[tuple[str, Any], ...] = ()

    @staticmethod
    def make(type: str, document: str, start: int, end: int, text: str, label: str, key: Key,
             **props: Any) -> "Mention":
        if not isinstance(key, Key):  # a key built as text would silently be another entity
            raise TypeError(f"a mention's key is a Key, not {key!r}")
        return Mention(type, document, start, end, text, label, key, _frozen_props(props))

    def prop(self, name: str, default: Any = None) -> Any:
        for key, value in self.props:
            if key == name:
                return value
        return default


@dataclass(frozen=True, slots=True)
class Fact:
    """A relation read in one document, between mention keys, with the sentence
    (``start``/``end`` in ``Document.text``) it was read from."""

    subject: Key
    predicate: str
    object: Key
    document: str
    start: int
    end: int
    props: tuple[tuple[str, Any], ...] = ()

    def __post_init__(self) -> None:
        check_ends("fact", self.subject, self.predicate, self.object)
        if not (isinstance(self.subject, Key) and isinstance(self.object, Key)):  # see Mention.make
            raise TypeError(f"a fact's ends are Keys, not {self.subject!r} and {self.object!r}")

    @staticmethod
    def make(subject: Key, predicate: str, object: Key, document: str, start: int, end: int,
             **props: Any) -> "Fact":
        """A fact; raises :class:`IncompleteFact` if an end is missing."""
        return Fact(subject, predicate, object, document, start, end, _frozen_props(props))


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    type: str
    label: str
    aliases: tuple[str, ...]
    mentions: tuple[Span, ...]
    props: tuple[tuple[str, Any], ...] = ()

    def prop(self, name: str, default: Any = None) -> Any:
        return dict(self.props).get(name, default)


@dataclass(frozen=True, slots=True)
class Relation:
    subject: str  # entity id
    predicate: str
    object: str  # entity id
    evidence: tuple[Span, ...]
    props: tuple[tuple[str, Any], ...] = ()

    def __post_init__(self) -> None:
        check_ends("relation", self.subject, self.predicate, self.object)

    def prop(self, name: str, default: Any = None) -> Any:
        return dict(self.props).get(name, default)


def check_event(kind: str, type: str, arguments: tuple[tuple[str, Any], ...]) -> None:
    """An event has a known type, at least one argument, and each argument a role of
    its type with an end; raises :class:`IncompleteFact` otherwise."""
    if type not in EVENT_ROLES:
        raise IncompleteFact(f"{kind} of unknown type {type!r}")
    if not arguments:
        raise IncompleteFact(f"{kind} {type} without arguments")
    for role, end in arguments:
        if role not in EVENT_ROLES[type]:
            raise IncompleteFact(f"{kind} {type}: {role!r} is no role of it")
        if isinstance(end, Key) and end.name.strip():
            continue
        if not isinstance(end, str) or not end.strip():
            raise IncompleteFact(f"{kind} {type}: {role} without an entity")


class _Happening:
    """What every form of an event shares: the check of its type and arguments when it
    is built, and its props by name."""

    __slots__ = ()

    def __post_init__(self) -> None:
        check_event("event", self.type, self.arguments)

    def prop(self, name: str, default: Any = None) -> Any:
        return dict(self.props).get(name, default)


@dataclass(frozen=True, slots=True)
class EventMention(_Happening):
    """An event read in one document: its type, the word that says it (``trigger``, at
    ``trigger_start`` in ``Document.text``), its arguments as (role, key) pairs, its
    day (``YYYY-MM-DD`` or ``None``) and the sentences it was read from
    (``start``/``end`` in ``Document.text``).  ``props``: ``title`` (a gathering's or an
    appointment's), ``change`` (``start``/``end`` of an appointment)."""

    type: str
    document: str
    start: int
    end: int
    trigger: str
    trigger_start: int
    arguments: tuple[tuple[str, Key], ...]
    date: str | None = None
    props: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True, slots=True)
class RecordEvent(_Happening):
    """One event as an article record keeps it: arguments as (role, key), and the spans
    of its sentences mapped to the source."""

    type: str
    trigger: str
    arguments: tuple[tuple[str, Key], ...]
    date: str | None = None
    props: tuple[tuple[str, Any], ...] = ()
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Event(_Happening):
    """One happening, resolved across articles (the same meeting reported twice is one
    event): ``id`` is stable (``event/`` and a digest of what identifies it),
    ``arguments`` are (role, entity id) pairs, ``document`` the first article that
    reports it, ``evidence`` every sentence it was read from."""

    id: str
    type: str
    date: str | None
    trigger: str
    document: str
    arguments: tuple[tuple[str, str], ...]
    evidence: tuple[Span, ...]
    props: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True, slots=True)
class Extraction:
    """The result of :func:`kgraph.extract`: documents, entities, relations, and the
    notes a user should read (gazetteer mismatches, ambiguities)."""

    documents: tuple[Document, ...]
    entities: tuple[Entity, ...]
    relations: tuple[Relation, ...]
    notes: tuple[str, ...] = field(default=())
    events: tuple[Event, ...] = field(default=())


SHARD_FORMAT = "kgraph-article/2"
# the shard formats this kgraph reads: /1 (before events and date_source) and /2
SHARD_FORMATS = ("kgraph-article/1", SHARD_FORMAT)


@dataclass(frozen=True, slots=True)
class RecordMention:
    """One mention as an article record keeps it: ``alias`` is the text as written when
    it may name the entity (not 县法院 or 该中心 on their own), ``span`` where it was
    written (``None`` for a body the text implies, such as a division's government)."""

    type: str
    key: Key
    label: str
    alias: str | None
    span: Span | None
    props: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True, slots=True)
class RecordFact:
    """One fact as an article record keeps it, with the span of its sentence (or the
    byline it was read from)."""

    subject: Key
    predicate: str
    object: Key
    props: tuple[tuple[str, Any], ...] = ()
    evidence: Span | None = None


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    """What one article says, ready for corpus-level resolution: the article's
    metadata (no text), its mentions and facts with their spans already mapped to the
    source, and its notes.  Parallel workers return these, and ``kgraph extract
    --format jsonl`` writes one per line (a shard that ``kgraph build`` merges)."""

    document: Document
    mentions: tuple[RecordMention, ...]
    facts: tuple[RecordFact, ...]
    notes: tuple[str, ...] = ()
    events: tuple[RecordEvent, ...] = ()

    def to_json(self) -> dict[str, Any]:
        doc = self.document
        return {
            "format": SHARD_FORMAT,
            "document": {
                "id": doc.id, "source": doc.source, "origin": doc.origin, "title": doc.title,
                "headlines": list(doc.headlines), "start": doc.start, "end": doc.end,
                "reporters": [[r.name, r.role, r.organization, r.station, r.start, r.end] for r in doc.reporters],
                "date": doc.date, "date_source": doc.date_source, "publication": doc.publication,
                "publishers": [list(p) for p in doc.publishers], "digest": doc.digest,
            },
            "mentions": [[m.type, str(m.key), m.label, m.alias, _span_json(m.span), [list(p) for p in m.props]]
                         for m in self.mentions],
            "facts": [[str(f.subject), f.predicate, str(f.object), [list(p) for p in f.props], _span_json(f.evidence)]
                      for f in self.facts],
            "notes": list(self.notes),
            "events": [[e.type, e.trigger, [[role, str(key)] for role, key in e.arguments], e.date,
                        [list(p) for p in e.props], [_span_json(span) for span in e.evidence]]
                       for e in self.events],
        }

    @staticmethod
    def from_json(data: Mapping[str, Any]) -> "ArticleRecord":
        """The inverse of :meth:`to_json`; raises ``KeyError``/``TypeError``/``ValueError``
        on a malformed record (:class:`IncompleteFact`, a ``ValueError``, for a fact
        without an end)."""
        if data.get("format") not in SHARD_FORMATS:
            raise ValueError(f"not a {SHARD_FORMAT} record")
        d = data["document"]
        start, end = int(d["start"]), int(d["end"])
        document = Document(
            id=str(d["id"]), source=str(d["source"]), origin=str(d["origin"]), title=d.get("title"),
            headlines=tuple(map(str, d.get("headlines") or ())), text="", pieces=((0, start, end - start),),
            reporters=tuple(Reporter(str(r[0]), str(r[1]), r[2], r[3], int(r[4]), int(r[5]))
                            for r in d.get("reporters") or ()),
            date=d.get("date"), publication=d.get("publication"), digest=d.get("digest"),
            date_source=d.get("date_source"),
            publishers=tuple((str(p[0]), int(p[1]), int(p[2])) for p in d.get("publishers") or ()),
        )
        mentions = tuple(RecordMention(str(t), Key.parse(key), str(label), alias, _span_from(span, document.id),
                                       tuple((str(k), v) for k, v in props))
                         for t, key, label, alias, span, props in data["mentions"])
        facts = []
        for subj, pred, obj, props, span in data["facts"]:
            check_ends("fact", subj, pred, obj)  # a null end was once written as "None"
            facts.append(RecordFact(Key.parse(subj), pred, Key.parse(obj), tuple((str(k), v) for k, v in props),
                                    _span_from(span, document.id)))
        # a kgraph-article/1 shard has no events
        events = tuple(RecordEvent(str(type_), str(trigger), tuple((str(role), Key.parse(key)) for role, key in arguments),
                                   date, tuple((str(k), v) for k, v in props),
                                   tuple(_span_from(span, document.id) for span in evidence))
                       for type_, trigger, arguments, date, props, evidence in data.get("events") or ())
        return ArticleRecord(document, mentions, tuple(facts), tuple(map(str, data.get("notes") or ())), events)


def _span_json(span: Span | None) -> list | None:
    return None if span is None else [span.start, span.end, span.text]


def _span_from(value: Any, document: str) -> Span | None:
    if value is None:
        return None
    start, end, text = value
    return Span(document, int(start), int(end), str(text))
