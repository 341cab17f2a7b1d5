"""How the HTML view scales: a page for about 50,000 entities.

The graph is a year of national news (``../shared/corpus/news/xwlb-2023.jsonl`` beside the
repository, or ``--corpus``; or a graph already built, ``--graph``), repeated with changed
ids until it holds ``--entities``: each copy's IRIs, names, sentences and titles carry the
copy's number, so that no entity merges and no sentence is shared across copies (the page
stores each sentence once: shared ones would flatter its size).

Prints the time to write the page (``kgraph.view.html.write_view``: reading the graph, choosing
the opening view, the JSON and the file), its size and what it is made of; then, in
headless Chromium with the network blocked, the time until the opening view is drawn and
settled, and the time to answer searches (``kgraph.search(name)``: an entity not drawn,
drawn with its neighbours; and the search box's list for a partial name), and to narrow
what is drawn to a month (``kgraph.dateRange``) when the graph has dated events or posts.
These are figures to read, not a test.

    .venv/bin/python benchmarks/bench_viz.py [--entities 50000] [--graph graph.nt] [--keep page.html]
"""
from __future__ import annotations

import argparse
import json
import math
import os
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from kgraph import (
    KnowledgeGraph,  # noqa: E402
    load_graph,  # noqa: E402
)
from kgraph.view import (
    to_networkx,  # noqa: E402
    write_view,  # noqa: E402
)

NEWS = ROOT.parent / "shared" / "corpus" / "news" / "xwlb-2023.jsonl"


def base_graph(args) -> KnowledgeGraph:
    if args.graph:
        return load_graph(args.graph)
    import kgraph

    if not args.corpus.exists():
        sys.exit(f"bench_viz: no corpus at {args.corpus} (--corpus FILE or --graph GRAPH)")
    corpus = args.corpus
    if args.skip:  # stories the extraction cannot take yet, left out (and said so)
        skip = set(args.skip)
        corpus = Path(tempfile.mkdtemp()) / corpus.name
        with args.corpus.open(encoding="utf-8") as source, corpus.open("w", encoding="utf-8") as out:
            out.writelines(line for line in source if json.loads(line).get("id") not in skip)
        print(f"left out of the corpus: {', '.join(sorted(skip))}")
    graph = KnowledgeGraph()
    started = time.perf_counter()
    graph.add(kgraph.extract(corpus, jobs=args.jobs))
    print(f"built the graph of {args.corpus.name} in {time.perf_counter() - started:.1f} s")
    return graph


def repeated(graph: KnowledgeGraph, copies: int) -> KnowledgeGraph:
    """``copies`` copies of ``graph``: copy k > 0 has ``~k`` on its IRIs and ``·k`` on its texts."""
    base = graph.base
    quads = list(graph.triples())
    out = KnowledgeGraph(base=base)
    for k in range(copies):
        if k == 0:
            out.store.extend(quads)
            continue
        made: dict = {}

        def term(value):
            found = made.get(value)
            if found is None:
                if isinstance(value, ox.NamedNode) and value.value.startswith(base):
                    found = ox.NamedNode(f"{value.value}~{k}")
                elif isinstance(value, ox.Literal) and value.language:
                    found = ox.Literal(f"{value.value}·{k}", language=value.language)
                else:
                    found = value
                made[value] = found
            return found

        out.store.extend(ox.Quad(term(q.subject), q.predicate, term(q.object)) for q in quads)
    return out


def network_edges(network, among: set[str]):
    """The edges between the nodes ``among``, with their data."""
    return ((u, v, d) for u, v, d in network.edges(data=True) if u in among and v in among)


def chromium() -> str | None:
    for name in (os.environ.get("KGRAPH_CHROMIUM"), "chromium", "chromium-browser", "google-chrome"):
        if name and shutil.which(name):
            return shutil.which(name)
    return None


def in_browser(path: Path, names: list[str], partial: str, month: str | None) -> None:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("browser: Playwright is not installed (pip install -e '.[browser]'): skipped")
        return
    if chromium() is None:
        print("browser: no Chromium found (or set KGRAPH_CHROMIUM): skipped")
        return
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium(), args=["--no-sandbox", "--disable-gpu"])
        context = browser.new_context(viewport={"width": 1300, "height": 800})
        requests = []
        context.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
                      else (requests.append(route.request.url), route.abort()))
        page = context.new_page()
        started = time.perf_counter()
        page.goto(path.resolve().as_uri())
        page.wait_for_selector("body[data-ready]", timeout=120000)
        ready = time.perf_counter() - started
        page.wait_for_selector("body[data-stabilized]", timeout=120000)
        opened = time.perf_counter() - started
        count = page.evaluate("kgraph.entityCount()")
        drawn = len(page.evaluate("kgraph.visibleIds()"))
        print(f"browser: {count} entities in the page; ready (data read, opening view in the data sets) in "
              f"{ready:.2f} s; opening view drawn and settled ({drawn} entities) in {opened:.2f} s")
        for name in names:
            took, found, shown = page.evaluate("""name => {
                const t = performance.now();
                const id = kgraph.search(name);
                return [performance.now() - t, id, kgraph.visibleIds().length];
            }""", name)
            print(f"browser: search({name!r}) answered in {took / 1000:.3f} s: drew {found.rsplit('/', 1)[-1]} "
                  f"({shown} drawn now)")
        took, listed = page.evaluate("""query => {
            const box = document.getElementById("search");
            const t = performance.now();
            box.value = query;
            box.dispatchEvent(new Event("input"));
            return [performance.now() - t, document.querySelectorAll("#results li").length];
        }""", partial)
        print(f"browser: the search box listed {listed} matches for {partial!r} in {took / 1000:.3f} s")
        if month:
            took, shown, events = page.evaluate("""month => {
                const t = performance.now();
                const shown = kgraph.dateRange(month + "-01", month + "-31");
                return [performance.now() - t, shown, kgraph.drawnEvents().length];
            }""", month)
            print(f"browser: dateRange({month}) drew {shown} nodes and {events} events in {took / 1000:.3f} s")
        if requests:
            print(f"browser: the page tried to fetch {requests}")
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entities", type=int, default=50_000)
    parser.add_argument("--corpus", type=Path, default=NEWS)
    parser.add_argument("--graph", help="a graph already built from the corpus (skips building it)")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--skip", action="append", metavar="ID", help="leave this story out (repeatable)")
    parser.add_argument("--keep", type=Path, help="keep the page here")
    args = parser.parse_args()

    graph = base_graph(args)
    per_copy = len(to_networkx(graph))
    copies = max(1, math.ceil(args.entities / per_copy))
    started = time.perf_counter()
    big = repeated(graph, copies)
    print(f"{per_copy} entities in the corpus graph, repeated {copies} times with changed ids: "
          f"{len(big)} triples (made in {time.perf_counter() - started:.1f} s)")

    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "page.html"
        started = time.perf_counter()
        view = write_view(big, path)
        took = time.perf_counter() - started
        html = path.read_text(encoding="utf-8")
        data = json.loads(re.search(r'id="kgraph-data">(.*?)</script>', html, re.S).group(1))
        size = path.stat().st_size
        print(f"page: {len(view.network)} entities, {view.network.number_of_edges()} relations, "
              f"{len(view.opening)} drawn when it opens; written in {took:.2f} s")
        parts = {key: len(json.dumps(data[key], ensure_ascii=False, separators=(",", ":")).encode())
                 for key in ("ids", "labels", "aliases", "info", "edges", "sentences", "articles", "mentioned")}
        print(f"page: {size / 1e6:.1f} MB; in its data: " + ", ".join(f"{k} {v / 1e6:.1f} MB" for k, v in parts.items()))
        print(f"page: {len(data['sentences'])} sentences and {len(data['articles'])} articles, each stored once")
        as_nodes = sum(1 for event in view.events if event.node)
        print(f"page: {len(view.events)} events, {len(view.events) - as_nodes} drawn as edges between their "
              f"participants and {as_nodes} as nodes; {len(data['seen'])} posts with their days; "
              f"events {len(json.dumps(data['events'], ensure_ascii=False, separators=(',', ':')).encode()) / 1e6:.1f} MB")
        drawn = {n for n in view.opening}
        opening_events = sum(1 for *_, d in network_edges(view.network, drawn) if d.get("event"))
        print(f"page: the opening view draws {opening_events} edges of events "
              f"({sum(1 for n in drawn if view.network.nodes[n].get('kind') == 'event')} event nodes)")
        opening = set(view.opening)
        network = view.network
        names = [network.nodes[n]["label"] for n in sorted(network, key=lambda n: -network.degree(n))
                 if n not in opening and n.endswith(f"~{copies - 1}")][:3]
        days = sorted(event.date for event in view.events if event.date)
        in_browser(path, names, "市委", days[len(days) // 2][:7] if days else None)


if __name__ == "__main__":
    main()
