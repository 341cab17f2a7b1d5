"""Hand-built analyses for the tests of one stage without the model (as spaCy tests a
component on a ``Doc`` made by hand): the text, and the mentions the stages before it would
have left, keyed the way the linkers key them.

    an = hand_built("埠河镇召开会议，镇人大主席杨光出席。",
                    ("AdministrativeDivision:township", "埠河镇"), ("Person", "杨光"))

A mention is ``(type, written)`` or ``(type, written, label)``; a division carries its
gazetteer level as ``AdministrativeDivision:level`` and an unlinked key (``?/label``) unless a
key is given with ``mention(..., key=)``. A form given again is its next occurrence.
"""
from __future__ import annotations

from kgraph.extraction.analysis import Analysis, Region
from kgraph.extraction.linkers import agency_key, person_key, place_key, scope_of
from kgraph.model import Document, Key, Mention

__all__ = ["hand_built", "mention", "analysis_of", "events_read"]


def analysis_of(text: str, doc_id: str = "t") -> Analysis:
    """An analysis of ``text`` alone: one paragraph, no mentions, no home region."""
    document = Document(doc_id, doc_id, f"{doc_id}.txt", None, (), text, ((0, 0, len(text)),))
    return Analysis(document, Region(None))


def mention(an: Analysis, type_: str, written: str, label: str | None = None, *, after: int = 0,
            key: Key | None = None, **props) -> Mention:
    """Adds the mention of ``written`` at its first occurrence from ``after`` and returns it."""
    label = label or written
    type_, _, level = type_.partition(":")
    if level:
        props["level"] = level
    start = an.doc.text.index(written, after)
    if key is None:
        if type_ == "AdministrativeDivision":
            key = Key("division", f"?/{label}")
        elif type_ == "Agency":
            key = agency_key(label)
        elif type_ == "Place":
            key = place_key(label)
        else:
            key = person_key(label, scope_of(an))
    return an.add(Mention.make(type_, an.doc.id, start, start + len(written), written, label, key, **props))


def hand_built(text: str, *mentions: tuple[str, ...]) -> Analysis:
    """An analysis of ``text`` holding ``mentions`` (``(type, written[, label])``) in order."""
    an = analysis_of(text)
    after: dict[str, int] = {}
    for type_, written, *label in mentions:
        m = mention(an, type_, written, label[0] if label else None, after=after.get(written, 0))
        after[written] = m.end
    return an


def events_read(text: str, date: str, type_: str = "Gathering") -> list[tuple[set[tuple[str, str]], str | None]]:
    """The events of ``type_`` the whole pipeline reads in ``text`` (its first line the headline), each as its set of
    (role, entity label) and its title: what the tests of rules read from stories assert on."""
    import kgraph

    ex = kgraph.extract_text(text, date=date)
    labels = {e.id: e.label for e in ex.entities}
    return [({(role, labels[i]) for role, i in ev.arguments}, dict(ev.props).get("title"))
            for ev in ex.events if ev.type == type_]


def posts_read(text: str, date: str) -> set[tuple[str, str | None, str]]:
    """The posts the whole pipeline reads in ``text`` (a headline put before it), as (person, title, organisation)
    labels: what the tests of post rules read from stories assert on."""
    import kgraph

    ex = kgraph.extract_text("标题\n" + text, date=date)
    labels = {e.id: e.label for e in ex.entities}
    return {(labels[r.subject], dict(r.props).get("title"), labels[r.object]) for r in ex.relations if r.predicate == "holdsPost"}


def extracted_labels(text: str):
    """A page extracted as a user would: the extraction, its entities' types by label, and its relations as
    (predicate, subject's label, title, object's label) (an object no entity is, a document, by its id)."""
    import kgraph

    ex = kgraph.extract_text(text)
    labels = {e.id: e.label for e in ex.entities}
    typed = {e.label: e.type for e in ex.entities}
    relations = {(r.predicate, labels[r.subject], dict(r.props).get("title"), labels.get(r.object, r.object))
                 for r in ex.relations}
    return ex, typed, relations
