"""What is decided over the whole graph after articles are added (``build
--update`` merging into an existing graph, or a fresh build), with the same rules
as corpus resolution (:mod:`kgraph.merge`): one label (and role, credit) per
entity, the others kept as aliases; one agency kind, the settled label's;
gazetteer provenance only where no sentence gave the fact; the most specific
location only; a holding's earliest first and latest last day seen, and whether it
has ended, as the latest account says (:func:`with_stored_holdings`, before adding); an event's one
trigger and title (events merge by IRI: the same happening is one event); one person per
official (people of one name who hold one post are one, :func:`_one_person_per_official`)."""
from __future__ import annotations

from collections import defaultdict
from typing import Any, Iterable
from urllib.parse import unquote

import pyoxigraph as ox
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SDO

from ..merge import (Holding, agency_kind, combine_holdings, event_day, event_id, outer_locations, preferred,
                     same_officials)
from .rdf import (AGENCY_KINDS, ALT, ENTITY_CLASSES, EVENT_CLASSES, HOLDING_TERMS, LABEL, PREDICATE_TERMS,
                  ROLE_TERMS, TYPE, IriMaker, event_label, holding_terms, node, stored_holding)
from .vocab import KG

__all__ = ["settle", "with_stored_holdings"]

# Properties an entity has one value of; when merged graphs disagree, the resolver's
# choice (:func:`kgraph.merge.preferred`) wins and a losing name becomes an alias.
_FUNCTIONAL = {str(RDFS.label): "label", str(KG.role): "role", str(KG.credit): "credit",
               str(KG.introducedAs): "introduced_as"}


def settle(store: ox.Store, base: str) -> None:
    """Apply every whole-graph rule to ``store`` (a graph under ``base``), in place."""
    _one_person_per_official(store, IriMaker(base))  # first: it merges names and events the others settle
    _one_trigger_and_title_per_event(store)
    _one_value_per_functional_property(store)
    _one_kind_per_agency(store)
    _drop_redundant_gazetteer_provenance(store)
    _keep_most_specific_locations(store, IriMaker(base))


def _one_person_per_official(store: ox.Store, iris: IriMaker) -> None:
    """The resolver's rule (:meth:`kgraph.extraction.resolve.Resolver._one_person_per_official`)
    over the stored graph: people of one name who hold one post (the same ``org:holds`` post
    node, an agency and a title) are one person, the one whose entity id sorts first
    (:func:`kgraph.merge.same_officials`).  ``person/a/孙志强`` read in a.txt (任命|孙志强|为|
    公安县人民政府|常务副县长) and ``person/b/孙志强`` added from b.txt (公安县人民政府|常务副县长|
    孙志强|到|斗湖堤镇|调研) become ``person/a/孙志强``: every quad of the other moves to it, the
    statement nodes of its facts are re-derived (two accounts of one holding combined as
    :func:`kgraph.merge.combine_holdings` says) and so are the events it takes part in
    (:func:`kgraph.merge.event_id`), two that become one merged; the later rules settle the
    one label, role, trigger and title."""
    person_class, holds = node(ENTITY_CLASSES["Person"]), node(PREDICATE_TERMS["holdsPost"])
    held: dict[tuple[str, Any], list[ox.NamedNode]] = defaultdict(list)  # (name, post) -> its holders
    for quad in store.quads_for_pattern(None, holds, None, ox.DefaultGraph()):
        if ox.Quad(quad.subject, TYPE, person_class) in store:
            # an id is person/<scope>/<name> (kgraph.model.Key.entity_id): the name is its last part
            held[(_entity_id(iris, quad.subject).rpartition("/")[2], quad.object)].append(quad.subject)
    moved = same_officials(held.values(), order=lambda person: _entity_id(iris, person))
    if not moved:
        return
    events = {quad.subject for person in moved for role in _ROLE_NODES
              for quad in store.quads_for_pattern(None, role, person, ox.DefaultGraph())
              if any(q.object in _EVENT_TYPES for q in store.quads_for_pattern(quad.subject, TYPE, None))}
    for old, new in moved.items():
        _move_statements(store, iris, old, new)
        _rename(store, old, new)
    for event in events:
        _rename(store, event, _event_iri(store, iris, event))


_ROLE_NODES = {node(term): role for role, term in ROLE_TERMS.items()}
_EVENT_TYPES = {node(term): name for name, term in EVENT_CLASSES.items()}


def _entity_id(iris: IriMaker, entity: ox.NamedNode) -> str:
    """The entity id an IRI was made from (:meth:`IriMaker.entity` percent-encodes what an
    IRI may not hold, and ``%`` itself, so decoding gives the id back)."""
    return unquote(entity.value[len(iris.base):])


def _move_statements(store: ox.Store, iris: IriMaker, old: ox.NamedNode, new: ox.NamedNode) -> None:
    """The statement nodes of ``old``'s facts as ``new``'s: each re-derived from its triple
    (:meth:`IriMaker.statement`), its evidence kept, and a holding ``new`` already has
    combined with ``old``'s account of it (both stand whole on their own statements)."""
    ends = (node(RDF.subject), node(RDF.object))
    statements = {quad.subject for term in ends for quad in store.quads_for_pattern(None, term, old, ox.DefaultGraph())}
    for statement in statements:
        quads = list(store.quads_for_pattern(statement, None, None, ox.DefaultGraph()))
        of = {quad.predicate: quad.object for quad in quads}
        if any(term not in of for term in (*ends, node(RDF.predicate))):
            continue  # not a statement kgraph wrote (a graph file edited by hand): left as it is
        subject, obj = (new if of[end] == old else of[end] for end in ends)
        target = iris.statement(subject, of[node(RDF.predicate)], obj)
        holding = stored_holding(quads)
        if holding is not None:
            stored = _take_stored_holding(store, target)
            holding = holding if stored is None else combine_holdings(stored, holding)
        for quad in quads:
            store.remove(quad)
            if quad.predicate not in HOLDING_TERMS:
                store.add(ox.Quad(target, quad.predicate, new if quad.predicate in ends and quad.object == old
                                  else quad.object))
        if holding is not None:
            store.extend(ox.Quad(target, term, value) for term, value in holding_terms(holding))


def _take_stored_holding(store: ox.Store, statement: ox.NamedNode) -> Holding | None:
    """The holding stored on ``statement``, taken out of the store to be written back
    combined with another account of it."""
    stored = [quad for term in HOLDING_TERMS
              for quad in store.quads_for_pattern(statement, term, None, ox.DefaultGraph())]
    for quad in stored:
        store.remove(quad)
    return stored_holding(stored)


def _event_iri(store: ox.Store, iris: IriMaker, event: ox.NamedNode) -> ox.NamedNode:
    """An event's IRI as its identity now makes it (:func:`kgraph.merge.event_id`): its type,
    its day (an undated one's article: every sentence of it is in that article), each role
    with the entity filling it, and a gathering's title (its ``schema:name``)."""
    event_type = next(_EVENT_TYPES[q.object] for q in store.quads_for_pattern(event, TYPE, None)
                      if q.object in _EVENT_TYPES)
    day = next((q.object.value for q in store.quads_for_pattern(event, node(SDO.startDate), None)), None)
    articles = sorted(unquote(q.object.value[len(iris.article("").value):])
                      for excerpt in store.quads_for_pattern(event, node(PROV.wasDerivedFrom), None)
                      for q in store.quads_for_pattern(excerpt.object, node(DCTERMS.isPartOf), None))
    arguments = [(_ROLE_NODES[q.predicate], _entity_id(iris, q.object))
                 for q in store.quads_for_pattern(event, None, None, ox.DefaultGraph()) if q.predicate in _ROLE_NODES]
    names = [q.object.value for q in store.quads_for_pattern(event, node(SDO.name), None, ox.DefaultGraph())]
    title = preferred("title", names) if names else None
    return iris.event(event_id(event_type, event_day(day, articles[0] if articles else ""), arguments, title))


def _rename(store: ox.Store, old: ox.NamedNode, new: ox.NamedNode) -> None:
    """Every quad of ``old`` (as subject or object) as ``new``'s; what both had is kept once."""
    if old == new:
        return
    quads = [*store.quads_for_pattern(old, None, None), *store.quads_for_pattern(None, None, old)]
    for quad in quads:
        store.remove(quad)
    store.extend(ox.Quad(new if q.subject == old else q.subject, q.predicate, new if q.object == old else q.object,
                         q.graph_name) for q in quads)


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
    them, so the event has one name (and no aliases) as in one build.  So too its change
    and the post it starts or ends, the one of the title kept: 免去|孙志强|副县长 (end) and
    任命|孙志强|常务副县长 (start) of one day and agency are one Appointment to the resolver
    (kgraph.extraction.resolve._one_account), and a post no other triple names goes with the
    title that lost."""
    trigger_term, name_term = node(KG.trigger), node(SDO.name)
    title_term, change_term, post_term = node(KG.title), node(KG.change), node(KG.post)
    for event_class in EVENT_CLASSES.values():
        for typed in list(store.quads_for_pattern(None, TYPE, node(event_class))):
            event = typed.subject
            triggers = [q.object for q in store.quads_for_pattern(event, trigger_term, None)]
            names = [q.object for q in store.quads_for_pattern(event, name_term, None)]
            changes = [q.object for q in store.quads_for_pattern(event, change_term, None)]
            if len(triggers) < 2 and len(names) < 2 and len(changes) < 2:
                continue
            trigger = preferred("trigger", [t.value for t in triggers])
            title = preferred("title", [n.value for n in names]) if names else None
            change = preferred("change", [c.value for c in changes]) if changes else None
            for term, keep in ((trigger_term, trigger), (name_term, title), (title_term, title),
                               (change_term, change)):
                for quad in list(store.quads_for_pattern(event, term, None)):
                    if quad.object.value != keep:
                        store.remove(quad)
            for quad in list(store.quads_for_pattern(event, post_term, None)):
                if ox.Quad(quad.object, title_term, ox.Literal(title or "", language="zh")) not in store:
                    store.remove(quad)
                    if next(store.quads_for_pattern(None, None, quad.object), None) is None:
                        for unused in list(store.quads_for_pattern(quad.object, None, None)):
                            store.remove(unused)
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
    accounts: dict[Any, list[ox.Quad]] = defaultdict(list)
    for quad in quads:
        if quad.predicate in HOLDING_TERMS:
            accounts[quad.subject].append(quad)
    combined: dict[Any, Holding] = {}
    for statement, account in accounts.items():
        stored = _take_stored_holding(store, statement)
        if stored is not None:
            combined[statement] = combine_holdings(stored, stored_holding(account))
    if not combined:
        return quads
    out = [quad for quad in quads if not (quad.subject in combined and quad.predicate in HOLDING_TERMS)]
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
