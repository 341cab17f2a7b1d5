"""Writing an extraction: the JSON contract, a readable report, and atomic files."""
from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any, Callable, TextIO

from .errors import OutputError
from .model import ENTITY_TYPES, Extraction

__all__ = ["to_json", "write_json", "write_report", "atomic_write", "check_writable"]


def to_json(extraction: Extraction) -> dict[str, Any]:
    """The documented JSON object: documents, entities, relations, notes."""
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
            "notes": list(extraction.notes)}


def write_json(extraction: Extraction, out: TextIO) -> None:
    json.dump(to_json(extraction), out, ensure_ascii=False, indent=1)
    out.write("\n")


def write_report(extraction: Extraction, out: TextIO) -> None:
    """A report for people: what was found, by type, with the posts and notes."""
    labels = {e.id: e.label for e in extraction.entities}
    counts = Counter(e.type for e in extraction.entities)
    out.write(f"{len(extraction.documents)} articles, {len(extraction.entities)} entities, "
              f"{len(extraction.relations)} relations\n")
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
        title = dict(relation.props).get("title")
        obj = labels.get(relation.object, relation.object)
        out.write(f"  {labels.get(relation.subject, relation.subject)} {relation.predicate}"
                  + (f"[{title}]" if title else "") + f" {obj}\n")
    if extraction.notes:
        out.write("\nNotes\n")
        for note in extraction.notes:
            out.write(f"  {note}\n")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def check_writable(path: str | os.PathLike) -> None:
    """Raise :class:`OutputError` (exit 3) if ``path`` can certainly not be written as a
    file: it is a directory, or its directory does not exist."""
    target = Path(path)
    if target.is_dir():
        raise OutputError(f"{target}: is a directory, not a file to write")
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise OutputError(f"{target}: directory {directory} does not exist")


def atomic_write(path: str | os.PathLike, write: Callable[[Any], None], binary: bool = False) -> None:
    """Write a file so that it appears whole or not at all: an error or an
    interruption leaves an existing file as it was.  ``write`` gets a text handle
    (UTF-8), or a binary one if ``binary``."""
    target = Path(path)
    check_writable(target)
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise OutputError(f"{target}: directory {directory} does not exist")
    try:
        handle = tempfile.NamedTemporaryFile("wb" if binary else "w", encoding=None if binary else "utf-8",
                                             dir=directory, prefix=f".{target.name}.", suffix=".tmp", delete=False)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write: {exc.strerror or exc}") from None
    try:
        with handle:
            write(handle)
        # the temporary file is private (0600); the result gets the usual permissions
        os.chmod(handle.name, 0o666 & ~_umask())
        os.replace(handle.name, target)
    except OSError as exc:
        os.unlink(handle.name)
        raise OutputError(f"{target}: cannot write: {exc.strerror or exc}") from None
    except BaseException:
        os.unlink(handle.name)
        raise
