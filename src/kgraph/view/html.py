"""The interactive HTML view: a pyvis network in one self-contained, offline page.

The page carries every entity of the graph, with the facts that link them and the
sentences and article titles they were read from (each sentence and title stored once),
and draws a chosen part: the opening view (the most connected people and agencies with
their posts and divisions, or everything when the graph is small), grown from there by
search and by clicking.  pyvis supplies the physics options and ships vis-network, which
the page inlines.  The page itself is kgraph's (``data/viz/page.html`` and ``page.js``), not
pyvis's template: pyvis's inserts its heading unescaped, switches tooltips to
``innerHTML`` when a title holds a link, and loads Bootstrap and vis from CDNs.  Here
every string from the articles travels as JSON in a non-executable script element
(with ``<``, ``>``, ``&`` escaped) and reaches the page through ``textContent`` only;
a Content-Security-Policy allows no network access and no script but the page's own.
"""
from __future__ import annotations

import base64
import hashlib
import heapq
import json
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Iterable

import networkx as nx

from ..errors import DataError, InputError
from ..files import atomic_write
from ..graph.knowledge import KnowledgeGraph
from ..model import ENTITY_TYPES, EVENT_TYPES
from ..resources import data_path
from .network import EVENT_PATTERN, is_event, relation_name, to_networkx

__all__ = ["ViewOptions", "View", "Facts", "DrawnEvent", "build_view", "draw_events", "opening_view", "read_facts",
           "reduce_network", "render_html", "write_view"]

# what --type may name: the entity types, then the event types
VIEW_TYPES = ENTITY_TYPES + EVENT_TYPES


@dataclass(frozen=True, slots=True)
class ViewOptions:
    """What the page opens on: one entity's neighbourhood (``focus`` names it, by name,
    alias or IRI; ``depth`` hops), or the graph's most connected people and agencies;
    only some ``types``; at most ``max_nodes`` drawn when it opens (a graph that small is
    drawn whole; a bigger one opens on about a third as many)."""

    focus: str | None = None
    depth: int = 1
    types: tuple[str, ...] | None = None
    max_nodes: int = 120
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Facts:
    """Where the relations were read: ``evidence[(subject, object, relation, title)]`` is
    a list of ``(sentence, article IRI)``; ``articles[IRI]`` is ``(title, date)``;
    ``mentions[entity]`` the articles that name it; ``events[event]`` the ``(sentence,
    article IRI)`` each event was read from."""

    evidence: dict[tuple[str, str, str, str], list[tuple[str, str]]]
    articles: dict[str, tuple[str, str]]
    mentions: dict[str, list[str]]
    events: dict[str, list[tuple[str, str]]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DrawnEvent:
    """An event as the page has it: its ``arguments`` (role, entity IRI), and whether it is
    drawn as a node of its own (``node``) or as edges between its participants."""

    iri: str
    type: str
    label: str
    date: str
    trigger: str
    title: str
    change: str
    arguments: tuple[tuple[str, str], ...]
    node: bool


@dataclass(frozen=True, slots=True)
class View:
    network: nx.MultiDiGraph  # every entity the page carries
    title: str
    omitted: str  # what the page says about what was left out of it ("" if nothing)
    total_nodes: int
    opening: tuple[str, ...] | None = None  # drawn when the page opens (None: everything)
    facts: Facts | None = None
    examples: tuple[str, ...] = ()  # names to suggest in the search box
    events: tuple[DrawnEvent, ...] = ()  # newest first, undated last


@cache
def _style() -> dict[str, Any]:
    with open(data_path("viz", "style.json"), encoding="utf-8") as handle:
        style = json.load(handle)
    style.pop("_comment", None)
    return style


def _find(network: nx.MultiDiGraph, name: str) -> list[str]:
    if name in network:
        return [name]
    return sorted(n for n, d in network.nodes(data=True) if name == d["label"] or name in d["aliases"])


def reduce_network(network: nx.MultiDiGraph, options: ViewOptions) -> View:
    """Keep what the options ask for; if still too big to draw usefully, keep the most
    connected entities, and say what was left out."""
    total = len(network)
    reasons = []
    keep: Iterable[str] = network.nodes
    if options.types:
        unknown = sorted(set(options.types) - set(VIEW_TYPES))
        if unknown:
            raise InputError(f"unknown type {unknown[0]}; the types are {', '.join(VIEW_TYPES)}")
        keep = [n for n in keep if network.nodes[n]["type"] in options.types]
        reasons.append("types " + ", ".join(options.types))
    view = network.subgraph(keep)
    title = options.title
    if options.focus:
        centres = _find(view, options.focus)
        if not centres:
            raise InputError(f"--focus {options.focus}: no entity of that name or alias in the graph"
                             + (" (among the types kept)" if options.types else ""))
        around: set[str] = set()
        undirected = view.to_undirected(as_view=True)
        for centre in centres:
            around |= set(nx.single_source_shortest_path_length(undirected, centre, cutoff=max(options.depth, 0)))
        view = view.subgraph(around)
        reasons.append(f"within {options.depth} of {options.focus}")
        title = title or f"{options.focus} (depth {options.depth})"
    if options.max_nodes and len(view) > options.max_nodes:
        kept = _most_connected_by_type(view, options.max_nodes)
        dropped = Counter(view.nodes[n]["type"] for n in view if n not in kept)
        view = view.subgraph(kept)
        detail = ", ".join(f"{count} {type_}" for type_, count in dropped.most_common())
        reasons.append(f"the {options.max_nodes} most connected entities, shared among the types "
                       f"(left out: {detail})")
    omitted = ""
    if len(view) < total:
        omitted = (f"Showing {len(view)} of {total} entities: " + "; ".join(reasons)
                   + ". Use --focus, --type or --max-nodes to choose.")
    return View(nx.MultiDiGraph(view), title or "kgraph", omitted, total)


def _most_connected_by_type(network: nx.MultiDiGraph, limit: int) -> set[str]:
    """``limit`` nodes: half taken in turn from each type's most connected (so that a
    hub of one type, thousands of villages say, does not crowd the others out), the
    rest grown from those through their most connected neighbours (so that what is
    drawn hangs together rather than floating apart)."""
    degree = dict(network.degree())

    def rank(node: str) -> tuple:
        return (-degree[node], network.nodes[node]["label"], node)

    ranked: dict[str, list[str]] = {}
    for node in sorted(network, key=rank):
        ranked.setdefault(network.nodes[node]["type"], []).append(node)
    queues = [ranked[t] for t in list(ENTITY_TYPES) + sorted(set(ranked) - set(ENTITY_TYPES)) if t in ranked]

    kept: set[str] = set()

    def take_in_turn(budget: int, connected: bool) -> None:
        depth = 0
        while len(kept) < budget and any(depth < len(q) for q in queues):
            for queue in queues:
                if depth < len(queue) and len(kept) < budget and queue[depth] not in kept \
                        and (degree[queue[depth]] or not connected):
                    kept.add(queue[depth])
            depth += 1

    take_in_turn(max(limit // 2, 1), connected=True)
    undirected = network.to_undirected(as_view=True)
    for seed in sorted(kept, key=rank):  # each seed with its best partner, so none floats alone
        if len(kept) >= limit:
            break
        neighbours = sorted(undirected.neighbors(seed), key=rank)
        if neighbours and not any(n in kept for n in neighbours):
            kept.add(neighbours[0])
    frontier = [(rank(n), n) for k in kept for n in undirected.neighbors(k) if n not in kept]
    heapq.heapify(frontier)
    while frontier and len(kept) < limit:
        _, node = heapq.heappop(frontier)
        if node in kept:
            continue
        kept.add(node)
        for neighbour in undirected.neighbors(node):
            if neighbour not in kept:
                heapq.heappush(frontier, (rank(neighbour), neighbour))
    take_in_turn(limit, connected=False)  # a graph of islands: fill up in turn again
    return kept


def opening_view(network: nx.MultiDiGraph, budget: int) -> list[str]:
    """About ``budget`` entities to open a big graph on: its most connected people and
    agencies, in turn, each with the agencies it holds posts in and the divisions those
    sit in, so that the picture is of who does what where, not a ring of divisions.  A
    graph with few people and agencies is filled up with its most connected entities."""
    undirected = network.to_undirected(as_view=True)
    degree = {n: len(set(undirected.neighbors(n)) - {n}) for n in network}

    def rank(node: str) -> tuple:
        return (-degree[node], network.nodes[node]["label"], node)

    def seeds(type_: str) -> list[str]:
        return sorted((n for n, d in network.nodes(data=True) if d["type"] == type_ and degree[n]), key=rank)

    def placed(agency: str) -> list[str]:
        """An agency's divisions (where it is located) and the agency it belongs to."""
        return sorted((v for _, v, d in network.out_edges(agency, data=True)
                       if d["relation"] in ("locatedIn", "subOrganizationOf")), key=rank)[:2]

    def partners(seed: str) -> list[str]:
        """Whom (or which gathering) a person's events link them to, the most often first."""
        shared = Counter(v if u == seed else u for u, v, d in
                         list(network.out_edges(seed, data=True)) + list(network.in_edges(seed, data=True))
                         if d.get("event") and u != v)
        return sorted(shared, key=lambda n: (-shared[n], rank(n)))

    def cluster(seed: str) -> list[str]:
        out = [seed]
        if network.nodes[seed]["type"] == "Person":
            posts = sorted({v for _, v, d in network.out_edges(seed, data=True) if d["relation"] == "holdsPost"},
                           key=rank)[:3]
            for agency in posts:
                out += [agency] + placed(agency)
            out += partners(seed)[:2]  # the events that connect them, drawn between the two
            if len(out) == 1:  # a person linked otherwise: their best neighbour
                out += sorted(undirected.neighbors(seed), key=rank)[:1]
        else:
            out += placed(seed)
            holders = sorted((u for u, _, d in network.in_edges(seed, data=True) if d["relation"] == "holdsPost"),
                             key=rank)
            out += holders[:2]
        return list(dict.fromkeys(out))

    kept: dict[str, None] = {}
    people, agencies = seeds("Person"), seeds("Agency")
    for i in range(max(len(people), len(agencies))):
        for queue in (people, agencies):
            if i < len(queue) and len(kept) < budget:
                more = [n for n in cluster(queue[i]) if n not in kept]
                if len(kept) + len(more) <= budget:
                    kept.update(dict.fromkeys(more))
        if len(kept) >= budget:
            break
    if len(kept) < budget // 2:  # few people and agencies: fill up with the most connected
        rest = network.subgraph([n for n in network if n not in kept])
        if len(rest):
            kept.update(dict.fromkeys(sorted(_most_connected_by_type(rest, budget - len(kept)), key=rank)))
    return list(kept)


def draw_events(network: nx.MultiDiGraph) -> tuple[nx.MultiDiGraph, tuple[DrawnEvent, ...]]:
    """How the page draws each event (``events`` in data/viz/style.json says, per type).

    An event of a type with an ``edge`` entry (a meeting: agent → counterpart; a visit:
    agent → destination; an appointment: person → organization) becomes one edge from each
    ``from`` participant to each ``to`` participant, named by its type and labelled with its
    trigger: the page merges the meetings of one pair into one edge (会见 ×3), so a year of
    news stays a picture of who met whom, not a cloud of event dots.  Any other event (a
    gathering, with its chair, speakers and attendees; an event of an unknown type; one that
    lacks a side or has a role beyond the two) is a small node of its own, with one edge
    per role to the entity that fills it: a star, not the clique of every pair.  Nothing is
    dropped.  Returns the network the page draws (edges from events carry ``event``, the
    event's IRI) and the events, newest first."""
    style = _style()["events"]
    drawn = nx.MultiDiGraph()
    drawn.add_nodes_from(network.nodes(data=True))
    events = []
    for node, data in network.nodes(data=True):
        if not is_event(data):
            continue
        arguments = tuple(sorted((d["relation"], v) for _, v, d in network.out_edges(node, data=True)))
        edge = (style.get(data["type"]) or {}).get("edge")
        sources = [v for role, v in arguments if edge and role in edge["from"]]
        targets = [v for role, v in arguments if edge and role in edge["to"]]
        as_node = not (sources and targets and all(role in edge["from"] + edge["to"] for role, _ in arguments))
        events.append(DrawnEvent(node, data["type"], data["label"], data.get("date") or "", data.get("trigger") or "",
                                 data.get("title") or "", data.get("change") or "", arguments, as_node))
        if as_node:
            for role, entity in arguments:
                drawn.add_edge(node, entity, key=f"{role}:{entity}", relation=role, label="", event=node)
        else:
            drawn.remove_node(node)
            for source in dict.fromkeys(sources):
                for target in dict.fromkeys(targets):
                    if source != target:
                        drawn.add_edge(source, target, key=node, relation=data["type"],
                                       label=data.get("trigger") or "", event=node)
    for u, v, key, data in network.edges(keys=True, data=True):
        if not is_event(network.nodes[u]):
            drawn.add_edge(u, v, key=key, **data)
    newest_first = sorted(sorted(events, key=lambda e: e.iri), key=lambda e: e.date, reverse=True)  # undated last
    return drawn, tuple(newest_first)


def build_view(network: nx.MultiDiGraph, options: ViewOptions | None = None, facts: Facts | None = None) -> View:
    """The page's content: every entity and event (of the ``types`` asked for), how each
    event is drawn (:func:`draw_events`), and what the page opens on."""
    options = options or ViewOptions()
    total = len(network)
    notes = []
    if options.types:
        unknown = sorted(set(options.types) - set(VIEW_TYPES))
        if unknown:
            raise InputError(f"unknown type {unknown[0]}; the types are {', '.join(VIEW_TYPES)}")
        network = nx.MultiDiGraph(network.subgraph(n for n in network if network.nodes[n]["type"] in options.types))
        notes.append(f"The page holds {len(network)} of {total} entities and events (types {', '.join(options.types)}).")
    network, events = draw_events(network)
    title = options.title
    limit = max(options.max_nodes, 1)
    if options.focus:
        centres = _find(network, options.focus)
        if not centres:
            raise InputError(f"--focus {options.focus}: no entity of that name or alias in the graph"
                             + (" (among the types kept)" if options.types else ""))
        around: dict[str, None] = {}
        undirected = network.to_undirected(as_view=True)
        for centre in centres:
            around.update(dict.fromkeys(nx.single_source_shortest_path_length(
                undirected, centre, cutoff=max(options.depth, 0))))
        if len(around) > limit:
            kept = _most_connected_by_type(network.subgraph(around), limit) | set(centres)
            around = {n: None for n in around if n in kept}
        opening = list(around)
        title = title or f"{options.focus} (depth {options.depth})"
    elif len(network) <= limit:
        opening = list(network)
    else:
        opening = opening_view(network, max(limit // 3, 1))
    people_and_agencies = [n for n in opening if network.nodes[n]["type"] in ("Person", "Agency")]
    examples = tuple(dict.fromkeys(network.nodes[n]["label"] for n in (people_and_agencies or opening)))[:3]
    return View(network, title or "kgraph", " ".join(notes), total, tuple(opening), facts, examples, events)


_FACTS = """
SELECT ?s ?p ?o ?agency ?title ?text ?article WHERE {
  ?st a kg:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?ex .
  ?ex kg:text ?text ; dcterms:isPartOf ?article .
  OPTIONAL { ?o org:postIn ?agency ; kg:title ?title }
}"""
_ARTICLE_TITLES = """
SELECT ?a ?title ?date WHERE { ?a a kg:Article . OPTIONAL { ?a dcterms:title ?title } OPTIONAL { ?a dcterms:date ?date } }"""
_MENTIONS = "SELECT ?a ?e WHERE { ?a schema:mentions ?e }"
_EVENT_SOURCES = """
SELECT ?ev ?text ?article WHERE {
  %s
  ?ev prov:wasDerivedFrom ?ex . ?ex kg:text ?text ; dcterms:isPartOf ?article .
}""" % EVENT_PATTERN


def read_facts(graph: KnowledgeGraph) -> Facts:
    """The sentences each relation was read from, with their articles."""
    evidence: dict[tuple[str, str, str, str], list[tuple[str, str]]] = {}
    for subject, prop, obj, agency, title, text, article in graph.query(_FACTS):
        relation = relation_name(prop)
        if relation == "holdsPost":
            if agency is None:
                continue
            obj = agency
        found = evidence.setdefault((subject, obj, relation, title or ""), [])
        if (text, article) not in found:
            found.append((text, article))
    articles = {iri: (title or "", str(date or "")) for iri, title, date in graph.query(_ARTICLE_TITLES)}
    mentions: dict[str, list[str]] = {}
    for article, entity in graph.query(_MENTIONS):
        mentions.setdefault(entity, []).append(article)
    events: dict[str, list[tuple[str, str]]] = {}
    for event, text, article in graph.query(_EVENT_SOURCES):
        found = events.setdefault(event, [])
        if (text, article) not in found:
            found.append((text, article))
    return Facts(evidence, articles, mentions, events)


_INFO = ("code", "level", "gazetteerName", "role", "credit", "introducedAs")
MAX_EVIDENCE = 8  # sentences kept per relation
MAX_ARTICLES = 30  # article titles listed per entity


def _options(opening: int) -> dict:
    """vis-network options, the physics through pyvis."""
    from pyvis.network import Network

    net = Network(height="100%", width="100%", directed=True)
    many = opening > 150
    net.barnes_hut(gravity=-9000, central_gravity=0.6, spring_length=210,
                   spring_strength=0.04, damping=0.25, overlap=0.6)
    options = json.loads(net.get_network_data()[5])
    options["physics"]["stabilization"] = {"enabled": True, "iterations": 250 if many else 400,
                                           "updateInterval": 50, "fit": True}
    options["physics"]["minVelocity"] = 1.5
    options["layout"] = {"improvedLayout": False, "randomSeed": 7}
    options["interaction"] = {"hover": True, "tooltipDelay": 150, "navigationButtons": False,
                              "keyboard": {"enabled": True, "bindToWindow": False}}
    options["nodes"] = {"font": {"size": 14, "face": "sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"},
                        "scaling": {"label": {"drawThreshold": 9}}}
    options["edges"] = {"smooth": {"enabled": not many, "type": "dynamic"}, "arrows": "to",
                        "font": {"size": 10, "color": "#666", "strokeWidth": 3}, "color": {"color": "#9aa5b1"}}
    return options


def _payload(view: View) -> dict[str, Any]:
    """Everything the page needs, compact: entities and event nodes as parallel lists
    (their IRIs without the common base), sparse extras keyed by index, relations as
    ``[from, to, relation, title, [sentence, article, …]]`` (``seen[k]``: a post's first
    and last day; ``former``: the posts held before; ``edgeEvent[k]``: the event an edge
    draws), events as ``[type, date, trigger, title, change, node or -1, [role, entity, …],
    [sentence, article, …]]`` newest first, and each sentence and article stored once."""
    network, facts = view.network, view.facts
    nodes = list(network)
    index = {node: i for i, node in enumerate(nodes)}
    base = os.path.commonprefix(nodes) if nodes else ""
    base = base[:base.rfind("/") + 1] if "/" in base else ""
    style = _style()
    known = list(VIEW_TYPES) + sorted(set(style["events"]) - set(VIEW_TYPES))
    types = known + sorted(({d["type"] for _, d in network.nodes(data=True)} | {e.type for e in view.events})
                           - set(known))
    type_index = {t: i for i, t in enumerate(types)}
    relations = list(style["relations"]) + list(style["roles"]) + [t for t in types if t in style["events"]]
    relations += sorted(({d["relation"] for *_, d in network.edges(data=True)}
                         | {role for e in view.events for role, _ in e.arguments}) - set(relations))
    relation_index = {r: i for i, r in enumerate(relations)}
    sentences: dict[str, int] = {}
    articles: dict[str, int] = {}

    def sentence(text: str) -> int:
        return sentences.setdefault(text, len(sentences))

    def article(iri: str) -> int:
        return articles.setdefault(iri, len(articles))

    aliases, info, read, mentioned = {}, {}, {}, {}
    for i, node in enumerate(nodes):
        data = network.nodes[node]
        if data.get("aliases"):
            aliases[i] = list(data["aliases"])
        extra = {key: data[key] for key in _INFO if data.get(key) not in (None, "")}
        if extra:
            info[i] = extra
        if facts is None:
            if data.get("sentences"):
                read[i] = [sentence(s) for s in data["sentences"]]
            if data.get("articles"):
                mentioned[i] = [data["articles"]]
        elif node in facts.mentions:
            found = sorted(facts.mentions[node], key=lambda a: (facts.articles.get(a, ("", ""))[1], a), reverse=True)
            mentioned[i] = [len(found)] + [article(a) for a in found[:MAX_ARTICLES]]
    event_index = {e.iri: k for k, e in enumerate(view.events)}
    edges, seen, former, edge_event = [], {}, [], {}
    for source, target, data in network.edges(data=True):
        relation, title = data["relation"], data.get("label") or ""
        row: list[Any] = [index[source], index[target], relation_index[relation], title]
        if facts is not None:
            found = facts.evidence.get((source, target, relation, title), ())
            row.append([k for text, iri in found[:MAX_EVIDENCE] for k in (sentence(text), article(iri))])
        if data.get("first_seen") or data.get("last_seen"):
            seen[len(edges)] = [data.get("first_seen") or "", data.get("last_seen") or ""]
        if data.get("former"):
            former.append(len(edges))
        if data.get("event") in event_index:
            edge_event[len(edges)] = event_index[data["event"]]
        edges.append(row)
    events = []
    for event in view.events:
        found = facts.events.get(event.iri, ()) if facts is not None else ()
        events.append([type_index[event.type], event.date, event.trigger, event.title, event.change,
                       index[event.iri] if event.node and event.iri in index else -1,
                       [k for role, entity in event.arguments if entity in index
                        for k in (relation_index[role], index[entity])],
                       [k for text, iri in found[:MAX_EVIDENCE] for k in (sentence(text), article(iri))]])
    known = facts.articles if facts is not None else {}
    return {
        "base": base, "ids": [n[len(base):] for n in nodes],
        "labels": [network.nodes[n]["label"] for n in nodes],
        "type": [type_index[network.nodes[n]["type"]] for n in nodes],
        "types": types, "relations": relations,
        "aliases": aliases, "info": info, "read": read, "mentioned": mentioned,
        "edges": edges, "seen": seen, "former": former, "edgeEvent": edge_event, "events": events,
        "sentences": list(sentences),
        "articles": [list(known.get(a, ("", ""))) for a in articles],
        "open": [index[n] for n in view.opening] if view.opening is not None else list(range(len(nodes))),
        "examples": list(view.examples),
    }


@cache
def _vis_js() -> str:
    import pyvis

    path = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2" / "vis-network.min.js"
    script = path.read_text(encoding="utf-8")
    # no source map beside the page to look for; and nothing that could end the element early
    script = re.sub(r"\n//# sourceMappingURL=\S*\s*$", "\n", script)
    if re.search(r"</script|<!--", script, re.IGNORECASE):
        raise DataError(f"{path}: cannot be inlined safely (it contains </script or <!--)")
    return script


def _script_json(value: Any) -> str:
    """JSON that cannot end the script element it sits in or open markup."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def render_html(view: View) -> str:
    """The page: one file, no network access, safe with any text."""
    payload = _payload(view)
    data = {"title": view.title, "omitted": view.omitted, "total": view.total_nodes, "style": _style(),
            "options": _options(len(payload["open"])), **payload}
    template = data_path("viz", "page.html").read_text(encoding="utf-8")
    page_js = data_path("viz", "page.js").read_text(encoding="utf-8")
    vis_js = _vis_js()
    parts = {
        "__SCRIPT_HASHES__": f"{_hash(vis_js)} {_hash(page_js)}",
        "__DATA__": _script_json(data),
        "__VIS_JS__": vis_js,
        "__PAGE_JS__": page_js,
    }
    # one pass over the template, so nothing inserted is scanned again
    return re.sub("|".join(parts), lambda m: parts[m.group()], template)


def write_view(graph: KnowledgeGraph, path: str | os.PathLike, options: ViewOptions | None = None) -> View:
    """Write ``graph`` as an HTML page (atomically); returns what it holds and opens on."""
    view = build_view(to_networkx(graph, max_sentences=0), options, read_facts(graph))
    html = render_html(view)
    atomic_write(path, lambda handle: handle.write(html))
    return view
