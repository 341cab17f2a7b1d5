"""The graph as a network of entities (networkx), for analytics, GraphML and the view.

Nodes are the entities (divisions, agencies, people, programs, places) with what a
reader wants to see (names, codes, posts, the sentences they were read in); edges are
the relations between them.  A person's post becomes an edge to the agency, labelled
with the title; articles stay out (they are the sources, listed on each node).
"""
from __future__ import annotations

import os
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from ..errors import OutputError
from ..files import atomic_write
from ..graph.knowledge import KnowledgeGraph
from ..model import ENTITY_TYPES

__all__ = ["to_networkx", "GraphStats", "graph_stats", "write_graphml", "export_graphml"]



_ENTITIES = """
SELECT ?e ?type ?label WHERE {
  VALUES ?type { kg:AdministrativeDivision kg:Agency kg:Person kg:Program kg:Place }
  ?e a ?type ; rdfs:label ?label .
}"""
_DETAILS = """
SELECT ?e ?p ?v WHERE {
  VALUES ?p { skos:altLabel kg:code kg:level kg:gazetteerName kg:role kg:credit kg:introducedAs }
  ?e ?p ?v .
}"""
_EDGES = """
SELECT ?s ?p ?o WHERE {
  VALUES ?p { kg:partOf kg:locatedIn kg:organizes org:subOrganizationOf }
  ?s ?p ?o .
}"""
_POSTS = """
SELECT ?person ?agency ?title WHERE { ?person org:holds ?post . ?post org:postIn ?agency ; kg:title ?title . }"""
_SOURCES = """
SELECT ?e ?text WHERE {
  ?st rdf:subject|rdf:object ?e ; prov:wasDerivedFrom ?ex .
  ?ex kg:text ?text .
}"""
_ARTICLES = """
SELECT ?e (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a schema:mentions ?e } GROUP BY ?e"""


def _local(iri: str) -> str:
    return iri.rpartition("#")[2] if "#" in iri else iri.rpartition("/")[2]


def to_networkx(graph: KnowledgeGraph, max_sentences: int = 5) -> nx.MultiDiGraph:
    """Entities as nodes (keyed by IRI) with ``label``, ``type``, ``aliases``, ``code``,
    ``level``, ``posts``, ``sentences``, ``articles``…; relations as edges with
    ``relation`` and ``label`` (a post's title)."""
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
    sentences: dict[str, list[str]] = defaultdict(list)
    for iri, text in graph.query(_SOURCES) if max_sentences else ():  # 0: none wanted, none read
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
        if subject in nodes and obj in nodes:
            relation = _local(prop)
            network.add_edge(subject, obj, key=relation, relation=relation, label="")
    for person, agency, title in graph.query(_POSTS):
        if person in nodes and agency in nodes:
            network.add_edge(person, agency, key=f"holdsPost:{title}", relation="holdsPost", label=title)
            nodes[person]["posts"].append(f"{nodes[agency]['label']}{title}")
    for iri in nodes:
        network.nodes[iri]["posts"] = sorted(network.nodes[iri]["posts"])
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


def write_graphml(network: nx.MultiDiGraph, path: str | os.PathLike) -> None:
    """GraphML for Gephi, yEd, Cytoscape: list attributes joined with '; '."""
    flat = nx.MultiDiGraph()
    for node, data in network.nodes(data=True):
        flat.add_node(node, **{k: "; ".join(v) if isinstance(v, list) else v for k, v in data.items()
                               if v is not None})
    for u, v, key, data in network.edges(keys=True, data=True):
        flat.add_edge(u, v, key=key, **data)

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
