"""Writing an extraction: the JSON contract and a readable report."""
from __future__ import annotations

import json
from collections import Counter
from typing import Any, TextIO

from ..model import ENTITY_TYPES, Event, Extraction

__all__ = ["to_json", "write_json", "write_report"]


def to_json(extraction: Extraction) -> dict[str, Any]:
    """The documented JSON object: documents, entities, relations, events, notes.  A
    holdsPost relation carries its ``title``, ``former`` and, when an article had a
    date, ``first_seen``/``last_seen`` (see kgraph.merge.holding)."""
    documents = []
    for doc in extraction.documents:
        documents.append({
            "id": doc.id,
            "source": doc.origin,
            "title": doc.title,
            "headlines": list(doc.headlines),
            "start": doc.start,
            "end": doc.end,
            "date": doc.date,
            "date_source": doc.date_source,
            "publication": doc.publication,
            "reporters": [
                {"name": r.name, "role": r.role, "organization": r.organization, "station": r.station,
                 "start": r.start, "end": r.end}
                for r in doc.reporters
            ],
        })
    entities = []
    for entity in extraction.entities:
        item = {"id": entity.id, "type": entity.type, "label": entity.label, "aliases": list(entity.aliases)}
        item.update(dict(entity.props))
        item["mentions"] = [span.to_json() for span in entity.mentions]
        entities.append(item)
    relations = []
    for relation in extraction.relations:
        item = {"subject": relation.subject, "predicate": relation.predicate, "object": relation.object}
        item.update(dict(relation.props))
        item["evidence"] = [span.to_json() for span in relation.evidence]
        relations.append(item)
    return {"documents": documents, "entities": entities, "relations": relations,
            "events": [event_json(event) for event in extraction.events], "notes": list(extraction.notes)}


def event_json(event: Event) -> dict[str, Any]:
    """An event as ../shared/eval/EVENTS.md shows it: id, type, date, title (when known),
    change (appointments), trigger, document, arguments, evidence."""
    item: dict[str, Any] = {"id": event.id, "type": event.type, "date": event.date}
    props = dict(event.props)
    if props.get("title"):
        item["title"] = props["title"]
    if props.get("change"):
        item["change"] = props["change"]
    item.update({"trigger": event.trigger, "document": event.document,
                 "arguments": [{"role": role, "entity": entity} for role, entity in event.arguments],
                 "evidence": [span.to_json() for span in event.evidence]})
    return item


def write_json(extraction: Extraction, out: TextIO) -> None:
    """The JSON object of :func:`to_json`, each document, entity, relation, event and note on a line of its own (as
    ``grep`` and ``head`` read it; ``jq .`` indents it whole)."""
    # one string, one write: json.dump writes each of the ~500,000 pieces of a megabyte of
    # news's extraction separately (through the temporary file's wrapper): twice the time; and
    # each record by the C encoder, which an indented dump does not use (0.4 s of a megabyte's 5 s)
    fields = []
    for key, value in to_json(extraction).items():
        if isinstance(value, list) and value:
            records = ",\n".join("  " + json.dumps(item, ensure_ascii=False) for item in value)
            fields.append(f" {json.dumps(key)}: [\n{records}\n ]")
        else:
            fields.append(f" {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}")
    out.write("{\n" + ",\n".join(fields) + "\n}\n")


def _seen(props: dict) -> str:
    """When a post was read: (2023-03-05) or (2023-03-05 .. 2023-06-14)."""
    first, last = props.get("first_seen"), props.get("last_seen")
    if not first:
        return ""
    return f"  ({first})" if first == last else f"  ({first} .. {last})"


def write_report(extraction: Extraction, out: TextIO) -> None:
    """A report for people: what was found, by type, with the posts and notes."""
    labels = {e.id: e.label for e in extraction.entities}
    counts = Counter(e.type for e in extraction.entities)
    out.write(f"{len(extraction.documents)} articles, {len(extraction.entities)} entities, "
              f"{len(extraction.relations)} relations, {len(extraction.events)} events\n")
    for doc in extraction.documents:
        credits = "、".join(f"{r.role}{r.name}" for r in doc.reporters)
        out.write(f"  [{doc.id}] {doc.title or '(untitled)'}" + (f"  — {credits}" if credits else "") + "\n")
    for type_ in ENTITY_TYPES:
        members = [e for e in extraction.entities if e.type == type_]
        if not members:
            continue
        out.write(f"\n{type_} ({counts[type_]})\n")
        for entity in members:
            extra = []
            if entity.aliases:
                extra.append("aka " + "、".join(entity.aliases))
            props = dict(entity.props)
            if props.get("code"):
                extra.append(f"code {props['code']}")
            if props.get("role"):
                extra.append(props["role"])
            if props.get("inferred"):
                extra.append("not named in the text")
            out.write(f"  {entity.label}" + (f"  ({'; '.join(extra)})" if extra else "") + "\n")
    out.write("\nRelations\n")
    for relation in extraction.relations:
        props = dict(relation.props)
        title = props.get("title")
        obj = labels.get(relation.object, relation.object)
        out.write(f"  {labels.get(relation.subject, relation.subject)} {relation.predicate}"
                  + (f"[{'former ' if props.get('former') else ''}{title}]" if title else "") + f" {obj}"
                  + _seen(props) + "\n")
    if extraction.events:
        out.write("\nEvents\n")
        for event in extraction.events:
            props = dict(event.props)
            what = event.type + (f" {props['title']}" if props.get("title") else "") + (
                f" ({props['change']})" if props.get("change") else "")
            who = "; ".join(f"{role} {labels.get(entity, entity)}" for role, entity in event.arguments)
            out.write(f"  {event.date or '(no day)'} {what} [{event.trigger}]: {who}\n")
    if extraction.notes:
        out.write("\nNotes\n")
        for note in extraction.notes:
            out.write(f"  {note}\n")
