"""CSV tables of a graph for analysts (``kgraph export GRAPH -o DIR/ --tables``): the
entities, the posts people hold, the events and their arguments, and every sentence
each holding and event was read from, as files that pandas (``read_csv``), R
(``read.csv``, ``readr::read_csv``) and Stata (``import delimited``) read as they are.

The files are UTF-8 *without* a byte-order mark: with one, R's ``read.csv`` names the
first column ``X.U.FEFF.entity`` and Stata keeps the mark in it.  (Excel: Data > From
Text/CSV, which detects UTF-8.)  One header row of lowercase names that are valid Stata
variable names; one record per line (a sentence never holds a line break: ``kg:text``
has none), fields quoted only when they must be (RFC 4180); dates ISO ``YYYY-MM-DD``;
``former`` as 1 or 0; an unknown value empty.  Rows are in a fixed order (by id), so
one graph always gives the same bytes.

Each thing is one row with its id (the IRI's path after the graph's base, as
``kgraph extract --format json`` names it: ``person/新闻联播/李强``, ``event/3f…``) and
the first sentence that reports it (the earliest article, then the first in it);
``evidence.csv`` has every sentence.  Entities carry no sentence: the graph keeps the
articles that mention an entity, not where.

A text cell that opens with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is written
with a ``'`` before it (OWASP's advice against CSV injection): a spreadsheet would otherwise
run an article's ``=HYPERLINK(…)`` as a formula; Excel and LibreOffice show the cell as the
text.  Read with pandas or R, such a cell keeps the ``'``: drop it to have the article's text
(``df.sentence.str.replace("^'(?=[=+\\-@\\t\\r])", "", regex=True)``).  :func:`table_rows`
gives the values unescaped.
"""
from __future__ import annotations

import csv
import io
import os
from pathlib import Path
from typing import Any, Callable, Iterable
from urllib.parse import unquote

from .. import schema
from ..errors import OutputError
from ..files import atomic_write
from .knowledge import KnowledgeGraph
from .rdf import LEVELS

__all__ = ["TABLES", "write_tables", "table_rows"]

# file name -> its columns, in order
TABLES: dict[str, tuple[str, ...]] = {
    "entities.csv": ("entity", "type", "name", "aliases", "agency_kind", "division_level", "division_code",
                     "person_role", "articles", "first_article", "first_date"),
    "posts.csv": ("holding", "person", "person_name", "title", "agency", "agency_name", "former", "first_seen",
                  "last_seen", "reports", "article", "article_date", "sentence", "start", "end"),
    "events.csv": ("event", "type", "date", "trigger", "title", "change", "arguments", "reports", "article",
                   "article_date", "sentence", "start", "end"),
    "event_arguments.csv": ("event", "type", "date", "role", "entity", "entity_type", "entity_name", "article",
                            "article_date", "sentence"),
    "evidence.csv": ("id", "kind", "article", "article_date", "start", "end", "sentence"),
}

# the classes of the schema registry, as SPARQL
_ENTITY_CLASSES = " ".join(f"<{t.rdf_class}>" for t in schema.ENTITIES)
_EVENT_CLASSES = " ".join(f"<{e.rdf_class}>" for e in schema.EVENTS)

_ENTITIES = """
SELECT ?entity ?class ?name ?alias ?kind ?level ?code ?role WHERE {
  VALUES ?class { %s }
  ?entity a ?class ; rdfs:label ?name .
  OPTIONAL { ?entity skos:altLabel ?alias }
  OPTIONAL { ?entity kg:agencyKind/skos:notation ?kind }
  OPTIONAL { ?entity kg:level ?level }
  OPTIONAL { ?entity kg:code ?code }
  OPTIONAL { ?entity kg:role ?role }
}""" % _ENTITY_CLASSES

_MENTIONS = """
SELECT ?entity ?article ?date WHERE {
  ?article a kg:Article ; schema:mentions ?entity .
  OPTIONAL { ?article dcterms:date ?date }
}"""

_HOLDINGS = """
SELECT ?holding ?person ?personName ?title ?agency ?agencyName ?former ?first ?last WHERE {
  ?holding a kg:Statement ; rdf:predicate org:holds ; rdf:subject ?person ; rdf:object ?post .
  ?person rdfs:label ?personName .
  ?post kg:title ?title ; org:postIn ?agency .
  ?agency rdfs:label ?agencyName .
  OPTIONAL { ?holding kg:former ?former }
  OPTIONAL { ?holding kg:firstSeen ?first }
  OPTIONAL { ?holding kg:lastSeen ?last }
}"""

_EVENTS = """
SELECT ?event ?class ?date ?trigger ?title ?change WHERE {
  VALUES ?class { %s }
  ?event a ?class ; kg:trigger ?trigger .
  OPTIONAL { ?event schema:startDate ?date }
  OPTIONAL { ?event schema:name ?title }
  OPTIONAL { ?event kg:change ?change }
}""" % _EVENT_CLASSES

_ARGUMENTS = """
SELECT ?event ?property ?entity ?entityClass ?entityName WHERE {
  VALUES ?class { %s }
  VALUES ?property { %s }
  VALUES ?entityClass { %s }
  ?event a ?class ; ?property ?entity .
  ?entity a ?entityClass ; rdfs:label ?entityName .
}""" % (_EVENT_CLASSES, " ".join(f"<{r.rdf_property}>" for r in schema.ROLES), _ENTITY_CLASSES)

_EVIDENCE = """
SELECT ?thing ?article ?date ?start ?end ?text WHERE {
  ?thing prov:wasDerivedFrom ?excerpt .
  ?excerpt a kg:Excerpt ; dcterms:isPartOf ?article ; kg:start ?start ; kg:end ?end ; kg:text ?text .
  OPTIONAL { ?article dcterms:date ?date }
}"""


class _Ids:
    """A node's id: its IRI's path after the graph's base, percent-decoding undone."""

    def __init__(self, base: str) -> None:
        self.base = base

    def __call__(self, iri: str) -> str:
        return unquote(iri[len(self.base):]) if iri.startswith(self.base) else iri

    def article(self, iri: str) -> str:
        return self(iri).removeprefix("article/")


def _report_key(report: dict[str, Any]) -> tuple:
    # the earliest article first (an undated one last), then the first sentence in it
    return (report["article_date"] or "9999-99-99", report["article"], report["start"], report["end"])


def table_rows(graph: KnowledgeGraph) -> dict[str, list[dict[str, Any]]]:
    """The rows of each of :data:`TABLES`, as dicts by column name."""
    ids = _Ids(graph.base)

    def select(sparql: str) -> Iterable[dict[str, Any]]:
        result = graph.query(sparql)
        for row in result:
            yield dict(zip(result.variables, row))

    evidence: dict[str, list[dict[str, Any]]] = {}
    for row in select(_EVIDENCE):
        evidence.setdefault(row["thing"], []).append({
            "article": ids.article(row["article"]), "article_date": row["date"], "start": row["start"],
            "end": row["end"], "sentence": row["text"]})
    for reports in evidence.values():
        reports.sort(key=_report_key)

    def first(thing: str) -> dict[str, Any]:
        reports = evidence.get(thing) or [{}]
        return {"reports": len(evidence.get(thing, ())), **reports[0]}

    tables: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    classes = {t.rdf_class: t.name for t in (*schema.ENTITIES, *schema.EVENTS)}
    levels = {str(term): name for name, term in LEVELS.items()}  # kg:County -> county

    entities: dict[str, dict[str, Any]] = {}
    for row in select(_ENTITIES):
        entity = entities.setdefault(row["entity"], {
            "entity": ids(row["entity"]), "type": classes[row["class"]], "name": row["name"], "aliases": set(),
            "agency_kind": row["kind"], "division_level": levels.get(row["level"]),
            "division_code": row["code"], "person_role": row["role"]})
        if row["alias"]:
            entity["aliases"].add(row["alias"])
    mentions: dict[str, list[tuple[str, str]]] = {}
    for row in select(_MENTIONS):
        mentions.setdefault(row["entity"], []).append((row["date"] or "9999-99-99", ids.article(row["article"])))
    for iri, entity in entities.items():
        seen = sorted(set(mentions.get(iri, ())))
        entity["aliases"] = "|".join(sorted(entity["aliases"]))
        entity["articles"] = len(seen)
        entity["first_article"] = seen[0][1] if seen else None
        entity["first_date"] = seen[0][0] if seen and seen[0][0] != "9999-99-99" else None
        tables["entities.csv"].append(entity)

    for row in select(_HOLDINGS):
        former = {"true": 1, "false": 0}.get(row["former"])
        tables["posts.csv"].append({
            "holding": ids(row["holding"]), "person": ids(row["person"]), "person_name": row["personName"],
            "title": row["title"], "agency": ids(row["agency"]), "agency_name": row["agencyName"],
            "former": former, "first_seen": row["first"], "last_seen": row["last"], **first(row["holding"])})
        for report in evidence.get(row["holding"], ()):
            tables["evidence.csv"].append({"id": ids(row["holding"]), "kind": "holdsPost", **report})

    roles = {r.rdf_property: r.name for r in schema.ROLES}  # property IRI -> agent, organizer, person…
    events: dict[str, dict[str, Any]] = {}
    for row in select(_EVENTS):
        events[row["event"]] = {
            "event": ids(row["event"]), "type": classes[row["class"]], "date": row["date"],
            "trigger": row["trigger"], "title": row["title"], "change": row["change"], "arguments": 0,
            **first(row["event"])}
    for row in select(_ARGUMENTS):
        event = events.get(row["event"])
        role = roles.get(row["property"])
        if event is None or role is None:
            continue
        event["arguments"] += 1
        tables["event_arguments.csv"].append({
            "event": event["event"], "type": event["type"], "date": event["date"], "role": role,
            "entity": ids(row["entity"]), "entity_type": classes[row["entityClass"]],
            "entity_name": row["entityName"], "article": event.get("article"),
            "article_date": event.get("article_date"), "sentence": event.get("sentence")})
    for iri, event in events.items():
        tables["events.csv"].append(event)
        for report in evidence.get(iri, ()):
            tables["evidence.csv"].append({"id": event["event"], "kind": event["type"], **report})

    order: dict[str, Callable[[dict[str, Any]], tuple]] = {
        "entities.csv": lambda r: (r["entity"],),
        "posts.csv": lambda r: (r["person"], r["agency"], r["title"], r["holding"]),
        "events.csv": lambda r: (r["date"] or "", r["event"]),
        "event_arguments.csv": lambda r: (r["date"] or "", r["event"], r["role"], r["entity"]),
        "evidence.csv": lambda r: (r["id"], _report_key(r)),
    }
    for name, rows in tables.items():
        rows.sort(key=order[name])
    return tables


# what makes a spreadsheet read a cell as a formula (OWASP, CSV injection)
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    """A value as written: None empty; text that opens like a formula (=1+2, -2+3, @SUM(…)) with a
    ``'`` before it, so that a spreadsheet shows it as text and runs nothing."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def write_tables(graph: KnowledgeGraph, directory: str | os.PathLike) -> None:
    """Write :data:`TABLES` into ``directory`` (made if missing; each file whole or not
    at all).  Raises :class:`~kgraph.errors.OutputError` if it cannot be written."""
    folder = Path(directory)
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"{folder}: is a file, not a directory for the tables", path=str(folder))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{folder}: cannot make the directory: {exc.strerror or exc}", path=str(folder)) from exc
    for name, rows in table_rows(graph).items():
        columns = TABLES[name]

        text = io.StringIO(newline="")  # the csv module's line ends as they are, on any system
        writer = csv.writer(text, lineterminator="\r\n")
        writer.writerow(columns)
        writer.writerows([_cell(row.get(column)) for column in columns] for row in rows)
        data = text.getvalue().encode("utf-8")
        atomic_write(folder / name, lambda handle, data=data: handle.write(data), binary=True)
