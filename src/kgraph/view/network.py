"""The graph as a network of entities and events (networkx), for analytics, GraphML and the view.

Nodes are the entities (divisions, agencies, people, programs, places) with what a
reader wants to see (names, codes, posts, the sentences they were read in), and the
events (meetings, visits, gatherings, appointments: ``kind="event"``, with their type,
day, trigger and title); edges are the relations between entities and, from each event,
one edge per role to the entity that fills it (``relation`` is the role: ``agent``,
``attendee``…).  A person's post becomes an edge to the agency, labelled with the title and
carrying ``former``, ``first_seen`` and ``last_seen``; articles stay out (they are the
sources, listed on each node).

Nothing the graph relates is left out: a relation between two entities whose property
the view does not know is an edge named by the property's local name, and so is an
event's link to an entity through a property that is not in
:data:`EVENT_ROLE_PROPERTIES`.
"""
from __future__ import annotations

import os
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from .. import schema
from ..errors import OutputError
from ..files import atomic_write
from ..graph.knowledge import KnowledgeGraph
from ..graph.rdf import PREDICATE_TERMS
from ..graph.vocab import PREFIXES
from ..model import ENTITY_TYPES, EVENT_ROLES, EVENT_TYPES

__all__ = ["to_networkx", "GraphStats", "graph_stats", "write_graphml", "export_graphml",
           "EVENT_ROLE_PROPERTIES", "EVENT_PATTERN", "is_event",
           "relation_name"]

# The property that links an event to the entity filling each role, role -> property
# IRI: derived from the schema registry (kgraph.schema), where each role is declared once.
EVENT_ROLE_PROPERTIES: dict[str, str] = {role.name: role.rdf_property for role in schema.ROLES}


def _expand(curie: str) -> str:
    prefix, _, name = curie.partition(":")
    return PREFIXES[prefix] + name


_ROLE_OF = {iri: role for role, iri in EVENT_ROLE_PROPERTIES.items()}
# property IRI -> relation name (org:holds goes through a post: read by _POSTS)
_RELATION_OF = {str(term): name for name, term in PREDICATE_TERMS.items()}
_HOLDS = str(PREDICATE_TERMS["holdsPost"])

_ENTITIES = """
SELECT ?e ?type ?label WHERE {
  VALUES ?type { %s }
  ?e a ?type ; rdfs:label ?label .
}""" % " ".join(f"kg:{t}" for t in ENTITY_TYPES)
_DETAILS = """
SELECT ?e ?p ?v WHERE {
  VALUES ?p { skos:altLabel kg:code kg:level kg:gazetteerName kg:role kg:credit kg:introducedAs }
  ?e ?p ?v .
}"""
# every fact between two entities, whatever its property
_EDGES = """
SELECT ?s ?p ?o WHERE {
  VALUES ?subjectType { %s } VALUES ?objectType { %s }
  ?s a ?subjectType ; ?p ?o . ?o a ?objectType .
}""" % ((" ".join(f"kg:{t}" for t in ENTITY_TYPES),) * 2)
_POSTS = """
SELECT ?person ?agency ?title ?former ?first ?last WHERE {
  ?person org:holds ?post . ?post org:postIn ?agency ; kg:title ?title .
  OPTIONAL {
    ?st rdf:subject ?person ; rdf:predicate org:holds ; rdf:object ?post .
    OPTIONAL { ?st kg:former ?former } OPTIONAL { ?st kg:firstSeen ?first } OPTIONAL { ?st kg:lastSeen ?last }
  }
}"""
_SOURCES = """
SELECT ?e ?text WHERE {
  { ?st rdf:subject|rdf:object ?e ; prov:wasDerivedFrom ?ex . }
  UNION { %s ?ev prov:wasDerivedFrom ?ex . BIND(?ev AS ?e) }
  ?ex kg:text ?text .
}"""
_ARTICLES = """
SELECT ?e (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a schema:mentions ?e } GROUP BY ?e"""
# An event: a node of an event class, or anything with a trigger (an event type the view
# does not know yet is drawn too, by its class's local name).
EVENT_PATTERN = ("{ SELECT DISTINCT ?ev WHERE { { VALUES ?evClass { %s } ?ev a ?evClass } "
                 "UNION { ?ev kg:trigger [] } } }" % " ".join(f"kg:{t}" for t in EVENT_TYPES))
# each event's triples, in one query (three queries took three times as long)
_EVENT_TRIPLES = "SELECT ?ev ?p ?o WHERE { %s ?ev ?p ?o }" % EVENT_PATTERN
_EVENT_DETAILS = {_expand(curie): curie.partition(":")[2] for curie in (
    "rdfs:label", "kg:trigger", "schema:name", "kg:title", "schema:startDate", "kg:change")}
_TYPE = PREFIXES["rdf"] + "type"
# classes an event has beside its own type
_GENERAL_EVENT_CLASSES = {PREFIXES["kg"] + "Event", PREFIXES["schema"] + "Event",
                          PREFIXES["org"] + "ChangeEvent"}


def _local(iri: str) -> str:
    return iri.rpartition("#")[2] if "#" in iri else iri.rpartition("/")[2]


def relation_name(prop: str) -> str:
    """The view's name of a relation's property: kgraph's predicate name, or for a property
    it does not know, the property's local name (drawn as it is, not dropped)."""
    return _RELATION_OF.get(prop) or _local(prop)


def is_event(data: dict[str, Any]) -> bool:
    """Whether a node of :func:`to_networkx` is an event (not an entity)."""
    return data.get("kind") == "event"


def _event_type(classes: set[str]) -> str:
    known = sorted(_local(c) for c in classes if _local(c) in EVENT_ROLES)
    if known:
        return known[0]
    own = sorted(_local(c) for c in classes - _GENERAL_EVENT_CLASSES if c.startswith(PREFIXES["kg"]))
    return own[0] if own else "Event"


def _add_events(graph: KnowledgeGraph, nodes: dict[str, dict[str, Any]]) -> list[tuple[str, str, str]]:
    """The events as nodes (added to ``nodes``) and their roles as (event, entity, role)."""
    classes: dict[str, set[str]] = defaultdict(set)
    details: dict[str, dict[str, str]] = defaultdict(dict)
    links = []
    for event, prop, obj in graph.query(_EVENT_TRIPLES):
        if event in nodes:  # an entity with a trigger stays an entity
            continue
        if prop == _TYPE:
            classes[event].add(obj)
        elif prop in _EVENT_DETAILS:
            details[event].setdefault(_EVENT_DETAILS[prop], obj)
        elif obj in nodes:
            links.append((event, obj, _ROLE_OF.get(prop) or _local(prop)))
    for event in details:  # an event with a trigger and no class is an event still
        classes.setdefault(event, set())
    # in IRI order: the engine's order of answers changes from run to run (its hash maps
    # are seeded per process), and the page must not
    for event, found in sorted(classes.items()):
        got = details[event]
        title = got.get("name") or got.get("title") or ""
        trigger = got.get("trigger") or ""
        label = got.get("label") or " ".join(filter(None, (trigger, title))) or _local(event)
        nodes[event] = {"label": label, "type": _event_type(found), "kind": "event", "aliases": [], "posts": [],
                        "sentences": [], "articles": 0, "date": got.get("startDate") or "", "trigger": trigger,
                        "title": title, "change": got.get("change") or ""}
    return sorted(links)


def to_networkx(graph: KnowledgeGraph, max_sentences: int = 5) -> nx.MultiDiGraph:
    """Entities as nodes (keyed by IRI) with ``label``, ``type``, ``aliases``, ``code``,
    ``level``, ``posts``, ``sentences``, ``articles``…; events as nodes too (``kind="event"``,
    ``date``, ``trigger``, ``title``, ``change``); relations as edges with ``relation`` and
    ``label`` (a post's title; its ``former``, ``first_seen``, ``last_seen``), an event's
    roles as edges from the event named by the role."""
    network = nx.MultiDiGraph()
    nodes: dict[str, dict[str, Any]] = {}
    for iri, type_iri, label in graph.query(_ENTITIES):
        nodes[iri] = {"label": label, "type": _local(type_iri), "aliases": [], "posts": [], "sentences": [],
                      "articles": 0}
    for iri, prop, value in graph.query(_DETAILS):
        node = nodes.get(iri)
        if node is None:
            continue
        name = _local(prop)
        if name == "altLabel":
            node["aliases"].append(value)
        elif name == "level":
            node["level"] = _local(value).lower()
        else:
            node[name] = value
    roles = _add_events(graph, nodes)
    sentences: dict[str, list[str]] = defaultdict(list)
    for iri, text in graph.query(_SOURCES % EVENT_PATTERN) if max_sentences else ():  # 0: none read
        if iri in nodes and text not in sentences[iri]:
            sentences[iri].append(text)
    for iri, count in graph.query(_ARTICLES):
        if iri in nodes:
            nodes[iri]["articles"] = count
    for iri, node in nodes.items():
        node["aliases"].sort()
        node["sentences"] = sorted(sentences[iri], key=lambda s: (len(s), s))[:max_sentences]
        network.add_node(iri, **node)
    for subject, prop, obj in graph.query(_EDGES):
        if prop != _HOLDS and subject in nodes and obj in nodes:
            relation = relation_name(prop)
            network.add_edge(subject, obj, key=relation, relation=relation, label="")
    for person, agency, title, former, first, last in graph.query(_POSTS):
        if person in nodes and agency in nodes:
            seen = {"first_seen": first, "last_seen": last} if first or last else {}
            network.add_edge(person, agency, key=f"holdsPost:{title}", relation="holdsPost", label=title,
                             former=former == "true", **seen)
            nodes[person]["posts"].append(f"{nodes[agency]['label']}{title}")
    for event, entity, role in roles:
        network.add_edge(event, entity, key=f"{role}:{entity}", relation=role, label="")
    for iri in nodes:
        network.nodes[iri]["posts"] = sorted(set(network.nodes[iri]["posts"]))
    return network


@dataclass(frozen=True)
class GraphStats:
    entities: dict[str, int]
    relations: dict[str, int]
    triples: int
    components: int
    largest_component: int
    top_degree: list[tuple[str, str, int]]  # (label, type, degree)
    top_pagerank: list[tuple[str, str, float]]
    divisions_without_agencies: list[str]
    people_without_posts: list[str]
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "triples": self.triples, "entities": self.entities, "relations": self.relations,
            "components": self.components, "largestComponent": self.largest_component,
            "topDegree": [{"label": l, "type": t, "degree": d} for l, t, d in self.top_degree],
            "topPageRank": [{"label": l, "type": t, "pagerank": round(p, 6)} for l, t, p in self.top_pagerank],
            "divisionsWithoutAgencies": self.divisions_without_agencies,
            "peopleWithoutPosts": self.people_without_posts,
        }

    def to_text(self) -> str:
        out = [f"{self.triples} triples, {sum(self.entities.values())} entities, "
               f"{sum(self.relations.values())} relations"]
        out.append("\nEntities by type")
        out += [f"  {t:<24}{n:>7}" for t, n in self.entities.items()]
        out.append("\nRelations")
        out += [f"  {r:<24}{n:>7}" for r, n in self.relations.items()]
        out.append(f"\nConnected components: {self.components} (largest: {self.largest_component} entities)")
        out.append("\nMost connected (degree)")
        out += [f"  {d:>5}  {l} ({t})" for l, t, d in self.top_degree]
        out.append("\nMost central (PageRank)")
        out += [f"  {p:.4f}  {l} ({t})" for l, t, p in self.top_pagerank]
        out.append(f"\nDivisions without agencies ({len(self.divisions_without_agencies)})")
        out.append("  " + ("、".join(self.divisions_without_agencies) or "none"))
        out.append(f"\nPeople without posts ({len(self.people_without_posts)})")
        out.append("  " + ("、".join(self.people_without_posts) or "none"))
        return "\n".join(out) + "\n"


def graph_stats(graph: KnowledgeGraph, top: int = 10, network: nx.MultiDiGraph | None = None) -> GraphStats:
    """Counts, the most connected and most central entities, components, and gaps."""
    network = network if network is not None else to_networkx(graph)
    nodes = network.nodes
    types = Counter(nodes[n]["type"] for n in network)
    entities = {t: types.get(t, 0) for t in ENTITY_TYPES}
    relations = dict(sorted(Counter(d["relation"] for _, _, d in network.edges(data=True)).items()))
    undirected = nx.Graph(network)
    components = list(nx.connected_components(undirected)) if len(network) else []
    degree = sorted(network.degree(), key=lambda item: (-item[1], nodes[item[0]]["label"], item[0]))[:top]
    # PageRank over the undirected view: a county's agencies point at it and its towns
    # point at it, and both make it central; direction would only favour the province.
    rank = nx.pagerank(undirected) if len(network) else {}
    by_rank = sorted(rank.items(), key=lambda item: (-item[1], nodes[item[0]]["label"], item[0]))[:top]
    # a division has agencies if one is located in it or in a division inside it
    parents = defaultdict(list)
    for u, v, d in network.edges(data=True):
        if d["relation"] == "partOf":
            parents[u].append(v)
    served: set[str] = set()
    stack = [v for u, v, d in network.edges(data=True)
             if d["relation"] == "locatedIn" and nodes[u]["type"] == "Agency"]
    while stack:
        division = stack.pop()
        if division not in served:
            served.add(division)
            stack.extend(parents[division])
    without_agencies = sorted(nodes[n]["label"] for n in network
                              if nodes[n]["type"] == "AdministrativeDivision" and n not in served)
    holders = {u for u, _, d in network.edges(data=True) if d["relation"] == "holdsPost"}
    without_posts = sorted(nodes[n]["label"] for n in network if nodes[n]["type"] == "Person" and n not in holders)
    return GraphStats(
        entities=entities, relations=relations, triples=len(graph),
        components=len(components), largest_component=max((len(c) for c in components), default=0),
        top_degree=[(nodes[n]["label"], nodes[n]["type"], d) for n, d in degree],
        top_pagerank=[(nodes[n]["label"], nodes[n]["type"], r) for n, r in by_rank],
        divisions_without_agencies=without_agencies, people_without_posts=without_posts,
    )


# What XML 1.0 cannot hold, even escaped: a graph read from elsewhere may carry it in a
# name (kgraph's own reading makes control characters spaces), and one such character
# made the whole GraphML file unreadable to Gephi, yEd and networkx
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_text(value):
    return _NOT_XML.sub("\ufffd", value) if isinstance(value, str) else value


def write_graphml(network: nx.MultiDiGraph, path: str | os.PathLike) -> None:
    """GraphML for Gephi, yEd, Cytoscape: list attributes joined with '; '."""
    flat = nx.MultiDiGraph()
    for node, data in network.nodes(data=True):
        flat.add_node(_xml_text(node), **{k: _xml_text("; ".join(v) if isinstance(v, list) else v)
                                          for k, v in data.items() if v is not None})
    for u, v, key, data in network.edges(keys=True, data=True):
        flat.add_edge(_xml_text(u), _xml_text(v), key=_xml_text(key), **{k: _xml_text(x) for k, x in data.items()})

    def write(handle) -> None:
        for line in nx.generate_graphml(flat, encoding="utf-8", prettyprint=True):
            handle.write(line + "\n")

    try:
        atomic_write(path, write)
    except (TypeError, ValueError) as exc:  # an attribute networkx cannot type
        raise OutputError(f"{path}: cannot write GraphML: {exc}") from exc


def export_graphml(graph: KnowledgeGraph, path: str | os.PathLike) -> None:
    """The writer of the ``graphml`` format (:mod:`kgraph.graph.formats`): the entity
    network of ``graph`` as GraphML."""
    write_graphml(to_networkx(graph), path)
