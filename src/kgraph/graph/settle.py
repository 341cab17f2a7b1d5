"""What is decided over the whole graph after articles are added (``build
--update`` merging into an existing graph, or a fresh build), with the same rules
as corpus resolution (:mod:`kgraph.merge`): one label (and role, credit) per
entity, the others kept as aliases; one agency kind, the settled label's;
gazetteer provenance only where no sentence gave the fact; the most specific
location only; a holding's earliest first and latest last day seen, and whether it
has ended, as the latest account says (:func:`with_stored_holdings`, before adding); an event's one
trigger and title (events merge by IRI: the same happening is one event)."""
from __future__ import annotations

from collections import defaultdict
from typing import Any, Iterable

import pyoxigraph as ox
from rdflib.namespace import PROV, RDFS, SDO

from ..merge import Holding, agency_kind, combine_holdings, outer_locations, preferred
from .rdf import AGENCY_KINDS, ALT, EVENT_CLASSES, LABEL, TYPE, IriMaker, event_label, holding_terms, node
from .vocab import KG

__all__ = ["settle", "with_stored_holdings"]

# Properties an entity has one value of; when merged graphs disagree, the resolver's
# choice (:func:`kgraph.merge.preferred`) wins and a losing name becomes an alias.
_FUNCTIONAL = {str(RDFS.label): "label", str(KG.role): "role", str(KG.credit): "credit",
               str(KG.introducedAs): "introduced_as"}


def settle(store: ox.Store, base: str) -> None:
    """Apply every whole-graph rule to ``store`` (a graph under ``base``), in place."""
    _one_trigger_and_title_per_event(store)
    _one_value_per_functional_property(store)
    _one_kind_per_agency(store)
    _drop_redundant_gazetteer_provenance(store)
    _keep_most_specific_locations(store, IriMaker(base))


def _one_value_per_functional_property(store: ox.Store) -> None:
    remove: list[ox.Quad] = []
    add: list[ox.Quad] = []
    for predicate, name in _FUNCTIONAL.items():
        values: dict[Any, list[ox.Quad]] = defaultdict(list)
        for quad in store.quads_for_pattern(None, ox.NamedNode(predicate), None):
            values[quad.subject].append(quad)
        for subject, quads in values.items():
            if len(quads) < 2:
                continue
            keep = preferred(name, [q.object.value for q in quads])
            for quad in quads:
                if quad.object.value != keep:
                    remove.append(quad)
                    if name == "label":
                        add.append(ox.Quad(subject, ALT, quad.object))
    store.extend(add)
    for quad in remove:
        store.remove(quad)
    for quad in list(store.quads_for_pattern(None, LABEL, None)):
        alias = ox.Quad(quad.subject, ALT, quad.object)
        if alias in store:
            store.remove(alias)


def _one_trigger_and_title_per_event(store: ox.Store) -> None:
    """Two builds may have read one event (one IRI) with different words: keep the
    resolver's choice of each (:func:`kgraph.merge.preferred`) and the label made from
    them, so the event has one name (and no aliases) as in one build."""
    trigger_term, name_term = node(KG.trigger), node(SDO.name)
    title_term = node(KG.title)
    for event_class in EVENT_CLASSES.values():
        for typed in list(store.quads_for_pattern(None, TYPE, node(event_class))):
            event = typed.subject
            triggers = [q.object for q in store.quads_for_pattern(event, trigger_term, None)]
            names = [q.object for q in store.quads_for_pattern(event, name_term, None)]
            if len(triggers) < 2 and len(names) < 2:
                continue
            trigger = preferred("trigger", [t.value for t in triggers])
            title = preferred("title", [n.value for n in names]) if names else None
            for term, keep in ((trigger_term, trigger), (name_term, title), (title_term, title)):
                for quad in list(store.quads_for_pattern(event, term, None)):
                    if quad.object.value != keep:
                        store.remove(quad)
            for quad in list(store.quads_for_pattern(event, LABEL, None)):
                store.remove(quad)
            store.add(ox.Quad(event, LABEL, ox.Literal(event_label(trigger, title), language="zh")))


def with_stored_holdings(store: ox.Store, quads: Iterable[ox.Quad]) -> Iterable[ox.Quad]:
    """``quads`` about to be added, with each holding the store already has combined
    with its stored account by the resolver's rule (:func:`kgraph.merge.combine_holdings`:
    the earliest first day, the latest last day, ``former`` as the latest account says),
    and the stored values removed.  Done before adding, not after: once two builds'
    values stand side by side, which ``former`` went with which last day is lost.  A
    store with no holding yet (a fresh build) gets ``quads`` as they stream."""
    if next(store.quads_for_pattern(None, node(KG.former), None, ox.DefaultGraph()), None) is None:
        return quads
    quads = list(quads)
    terms = {node(KG.firstSeen): "first_seen", node(KG.lastSeen): "last_seen", node(KG.former): "former"}
    new: dict[Any, dict[str, str]] = defaultdict(dict)
    for quad in quads:
        if quad.predicate in terms:
            new[quad.subject][terms[quad.predicate]] = quad.object.value
    combined: dict[Any, Holding] = {}
    for statement, values in new.items():
        stored = {terms[q.predicate]: q for term in terms
                  for q in store.quads_for_pattern(statement, term, None, ox.DefaultGraph())}
        if not stored:
            continue
        old = Holding(*(stored[k].object.value if k in stored else None for k in ("first_seen", "last_seen")),
                      "former" in stored and stored["former"].object.value == "true")
        combined[statement] = combine_holdings(old, Holding(values.get("first_seen"), values.get("last_seen"),
                                                            values.get("former") == "true"))
        for quad in stored.values():
            store.remove(quad)
    if not combined:
        return quads
    out = [quad for quad in quads if not (quad.subject in combined and quad.predicate in terms)]
    for statement, holding in combined.items():
        out.extend(ox.Quad(statement, term, value) for term, value in holding_terms(holding))
    return out


def _one_kind_per_agency(store: ox.Store) -> None:
    """Two builds may have read an agency's kind from different names: the kind of
    the settled label wins, as in one build (the resolver reads it from its label)."""
    kinds: dict[Any, list[ox.Quad]] = defaultdict(list)
    for quad in store.quads_for_pattern(None, node(KG.agencyKind), None):
        kinds[quad.subject].append(quad)
    for subject, quads in kinds.items():
        if len(quads) < 2:
            continue
        label = next(store.quads_for_pattern(subject, LABEL, None), None)
        keep = node(AGENCY_KINDS.get(agency_kind(label.object.value) if label else "other", KG.OtherOrganization))
        for quad in quads:
            if quad.object != keep:
                store.remove(quad)


def _drop_redundant_gazetteer_provenance(store: ox.Store) -> None:
    derived = node(PROV.wasDerivedFrom)
    for quad in list(store.quads_for_pattern(None, derived, node(KG.gazetteer))):
        if sum(1 for _ in store.quads_for_pattern(quad.subject, derived, None)) > 1:
            store.remove(quad)


def _keep_most_specific_locations(store: ox.Store, iris: IriMaker) -> None:
    """Of two locations of one thing where one lies in the other, drop the outer."""
    located: dict[Any, list[Any]] = defaultdict(list)
    for quad in store.quads_for_pattern(None, node(KG.locatedIn), None, ox.DefaultGraph()):
        located[quad.subject].append(quad.object)
    part_of = node(KG.partOf)

    def parents(place: Any) -> list[Any]:
        return [quad.object for quad in store.quads_for_pattern(place, part_of, None, ox.DefaultGraph())]

    for subject, outer in outer_locations(located, parents):
        _retract(store, iris, subject, node(KG.locatedIn), outer)


def _retract(store: ox.Store, iris: IriMaker, subject: ox.NamedNode, predicate: ox.NamedNode,
             obj: ox.NamedNode) -> None:
    """Remove a fact, its statement node and the excerpts only it cited."""
    store.remove(ox.Quad(subject, predicate, obj))
    statement = iris.statement(subject, predicate, obj)
    derived = node(PROV.wasDerivedFrom)
    sources = [q.object for q in store.quads_for_pattern(statement, derived, None)]
    for quad in list(store.quads_for_pattern(statement, None, None)):
        store.remove(quad)
    for source in sources:
        if isinstance(source, ox.NamedNode) and source != node(KG.gazetteer):
            if next(iter(store.quads_for_pattern(None, derived, source)), None) is None:
                for quad in list(store.quads_for_pattern(source, None, None)):
                    store.remove(quad)
