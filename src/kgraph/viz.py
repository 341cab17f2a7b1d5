"""The interactive HTML view: a pyvis network in one self-contained, offline page.

pyvis holds the network and its physics options and ships vis-network, which the page
inlines.  The page itself is kgraph's (``data/viz/page.html`` and ``page.js``), not
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
import math
import os
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Iterable

import networkx as nx

from .errors import DataError, InputError
from .graph import KnowledgeGraph
from .model import ENTITY_TYPES
from .network import to_networkx
from .output import atomic_write
from .resources import data_path

__all__ = ["ViewOptions", "View", "reduce_network", "render_html", "write_view"]


@dataclass(frozen=True, slots=True)
class ViewOptions:
    """What to draw: everything, or one entity's neighbourhood (``focus`` names it, by
    name, alias or IRI; ``depth`` hops), only some ``types``, at most ``max_nodes``."""

    focus: str | None = None
    depth: int = 1
    types: tuple[str, ...] | None = None
    max_nodes: int = 500
    title: str | None = None


@dataclass(frozen=True, slots=True)
class View:
    network: nx.MultiDiGraph
    title: str
    omitted: str  # what was left out, for the page to say ("" if nothing)
    total_nodes: int


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
        unknown = sorted(set(options.types) - set(ENTITY_TYPES))
        if unknown:
            raise InputError(f"unknown type {unknown[0]}; the types are {', '.join(ENTITY_TYPES)}")
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
    queues = [ranked[t] for t in ENTITY_TYPES if t in ranked]

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


def _vis_network(view: View) -> tuple[list[dict], list[dict], dict]:
    """Nodes, edges and options through pyvis (built as lists: add_node is quadratic)."""
    from pyvis.network import Network

    style = _style()
    net = Network(height="100%", width="100%", directed=True)
    degrees = dict(view.network.degree())
    nodes = []
    for node, data in view.network.nodes(data=True):
        look = style["types"].get(data["type"], {"color": "#888888", "shape": "dot"})
        info = {key: value for key, value in data.items() if value not in (None, "", [])}
        info["id"] = node
        info["vis"] = {
            "shape": look["shape"], "color": look["color"], "group": data["type"],
            "size": 10 + 4 * math.sqrt(degrees.get(node, 0)),
            "font": {"size": 14, "face": "sans-serif"},
        }
        nodes.append(info)
    edges = []
    for source, target, data in view.network.edges(data=True):
        relation = data["relation"]
        edges.append({"from": source, "to": target, "relation": relation, "arrows": "to",
                      "label": data.get("label") or style["relations"].get(relation, relation),
                      "font": {"size": 10, "color": "#666", "strokeWidth": 3}, "color": {"color": "#9aa5b1"}})
    net.nodes, net.edges = nodes, edges
    net.node_ids = [n["id"] for n in nodes]
    net.node_map = {n["id"]: n for n in nodes}
    many = len(nodes) > 150
    net.barnes_hut(gravity=-4000 if many else -2500, central_gravity=0.3, spring_length=120,
                   spring_strength=0.04, damping=0.25, overlap=0.1)
    options = json.loads(net.get_network_data()[5])
    options["physics"]["stabilization"] = {"enabled": True, "iterations": 250 if many else 400,
                                           "updateInterval": 50, "fit": True}
    options["layout"] = {"improvedLayout": not many, "randomSeed": 7}
    options["interaction"] = {"hover": True, "tooltipDelay": 150, "navigationButtons": False,
                              "keyboard": {"enabled": True, "bindToWindow": False}}
    options["edges"] = {"smooth": {"enabled": not many, "type": "dynamic"}}
    return nodes, edges, options


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
    nodes, edges, options = _vis_network(view)
    data = {"title": view.title, "omitted": view.omitted, "nodes": nodes, "edges": edges,
            "options": options, "style": _style()}
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
    """Draw ``graph`` into an HTML file (atomically); returns what was drawn."""
    view = reduce_network(to_networkx(graph), options or ViewOptions())
    html = render_html(view)
    atomic_write(path, lambda handle: handle.write(html))
    return view
