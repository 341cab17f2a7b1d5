#!/usr/bin/env python3
"""The store, the endpoint, push and Dask on a real corpus, printing:

- the time to open the persistent store vs parse the Turtle file of the same graph,
- each named query's latency in-process vs through ``kgraph serve`` (Oxigraph's
  server over HTTP, SPARQL JSON results), medians,
- push throughput (triples/s) into an Oxigraph server started read-write on loopback,
- extraction with ``--dask local --jobs 2`` vs ``--jobs 2`` (whole command, wall time),
- the memory of the single-process steps: resolution (per million entities) and the
  graph (per million triples), as peak RSS above the warmed-up process.

    python benchmarks/bench_store.py                         # ../shared/corpus/news/
    python benchmarks/bench_store.py --corpus DIR --repeat 5

Needs ``pip install -e '.[all]'`` (the server and dask extras).
"""
from __future__ import annotations

import argparse
import json
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def cli(*args: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kgraph", *args, "--quiet"] if args[0] in ("build", "extract")
                   else [sys.executable, "-m", "kgraph", *args], check=True, capture_output=True)
    return time.perf_counter() - started


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


def median(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def memory_of_single_process_steps(shard: Path) -> dict:
    """Run in a fresh process: peak RSS of resolution and of the graph, above warm-up."""
    code = f"""
import json, resource
from kgraph.extraction import warm_up
from kgraph import ArticleRecord
from kgraph.extraction import Resolver
from kgraph import KnowledgeGraph
warm_up()
rss = lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
base = rss()
resolver = Resolver()
with open({str(shard)!r}, encoding="utf-8") as handle:
    for line in handle:
        resolver.add_article(ArticleRecord.from_json(json.loads(line)))
extraction = resolver.finish()
resolved = rss()
graph = KnowledgeGraph()
graph.add(extraction)
built = rss()
print(json.dumps({{"entities": len(extraction.entities), "relations": len(extraction.relations),
                   "triples": len(graph), "resolve_mb": resolved - base, "graph_mb": built - resolved,
                   "base_mb": base}}))
"""
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def print_memory(memory: dict) -> None:
    print(f"single-process steps: {memory['entities']:,} entities, {memory['relations']:,} relations, "
          f"{memory['triples']:,} triples (warmed-up process: {memory['base_mb']:.0f} MB)")
    print(f"  resolution: {memory['resolve_mb']:.0f} MB peak above it = "
          f"{memory['resolve_mb'] / memory['entities'] * 1e6 / 1024:.1f} GB per million entities")
    print(f"  graph:      {memory['graph_mb']:.0f} MB more = "
          f"{memory['graph_mb'] / memory['triples'] * 1e6 / 1024:.2f} GB per million triples")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "news"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--skip-dask", action="store_true")
    parser.add_argument("--memory-only", action="store_true",
                        help="Only the memory of the single-process steps (for a bigger corpus, e.g. one "
                             "made by benchmarks/bench.py's make_corpus).")
    args = parser.parse_args()
    if args.memory_only:
        with tempfile.TemporaryDirectory(prefix="kgraph-bench-") as tmp:
            shard = Path(tmp) / "shard.jsonl"
            cli("extract", args.corpus, "--format", "jsonl", "-o", str(shard), "--jobs", "2")
            print_memory(memory_of_single_process_steps(shard))
        return

    import kgraph
    from kgraph import named_queries
    from kgraph.graph.push import push_graph
    from kgraph.graph.serve import oxigraph_command, portable_query, start_endpoint

    corpus = Path(args.corpus)
    size = sum(p.stat().st_size for p in ([corpus] if corpus.is_file() else corpus.rglob("*")) if p.is_file())
    print(f"corpus: {corpus} ({size / 1e6:.1f} MB)")
    with tempfile.TemporaryDirectory(prefix="kgraph-bench-") as tmp:
        tmp = Path(tmp)
        ttl, db, shard = tmp / "news.ttl", tmp / "news.db", tmp / "news.jsonl"

        # ------------------------------------------------------------ extraction
        jobs2 = cli("extract", str(corpus), "--format", "jsonl", "-o", str(shard), "--jobs", "2")
        print(f"extract --jobs 2:                {jobs2:7.1f} s")
        if not args.skip_dask:
            dask2 = cli("extract", str(corpus), "--format", "jsonl", "-o", str(tmp / "dask.jsonl"),
                           "--dask", "local", "--jobs", "2")
            same = (tmp / "dask.jsonl").read_bytes() == shard.read_bytes()
            print(f"extract --dask local --jobs 2:   {dask2:7.1f} s  (cluster start-up included; "
                  f"{'identical output' if same else 'OUTPUT DIFFERS'})")

        # ------------------------------------------------------------ store vs Turtle
        cli("build", str(shard), "-o", str(ttl))
        cli("export", str(ttl), "-o", f"{db}/")
        triples = len(kgraph.load_graph(ttl))
        count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
        parse = best(lambda: kgraph.load_graph(ttl), args.repeat)
        open_ = best(lambda: kgraph.load_graph(db), args.repeat)
        open_count = best(lambda: list(kgraph.load_graph(db).query(count)), args.repeat)
        print(f"graph: {triples:,} triples")
        print(f"parse Turtle:                    {parse:7.3f} s")
        print(f"open the store:                  {open_:7.3f} s  (and count every triple: {open_count:.3f} s)")

        # ------------------------------------------------------------ queries
        graph = kgraph.load_graph(db)
        division = next(iter(graph.query(
            "SELECT ?n WHERE { ?a kg:locatedIn ?d . ?d rdfs:label ?n } GROUP BY ?n ORDER BY DESC(COUNT(?a)) LIMIT 1")))[0]
        person = next(iter(graph.query(
            "SELECT ?n WHERE { ?p a kg:Person ; rdfs:label ?n . ?st rdf:subject ?p } "
            "GROUP BY ?n ORDER BY DESC(COUNT(?st)) LIMIT 1")))[0]
        params = {"division": division, "name": person}
        print(f"query latency, median of {max(args.repeat, 5)} (params: division={division}, name={person}):")
        print(f"  {'query':12} {'rows':>7} {'in-process':>11} {'endpoint':>10}")
        oxigraph_command()
        with start_endpoint(db, "127.0.0.1", 0) as endpoint:
            for name, query in named_queries().items():
                bound = {p: params[p] for p, _ in query.params}
                rows = len(list(kgraph.run_named(graph, name, bound)))
                local = median(lambda: list(kgraph.run_named(graph, name, bound)), max(args.repeat, 5))
                body = urllib.parse.urlencode({"query": portable_query(name, bound)}).encode()

                def remote() -> None:
                    request = urllib.request.Request(endpoint.query_url, data=body,
                                                     headers={"Accept": "application/sparql-results+json"})
                    with urllib.request.urlopen(request, timeout=300) as response:
                        json.load(response)

                over_http = median(remote, max(args.repeat, 5))
                print(f"  {name:12} {rows:7,} {local * 1000:9.1f} ms {over_http * 1000:8.1f} ms")

        # ------------------------------------------------------------ push
        port = free_port()
        server = subprocess.Popen([oxigraph_command(), "serve", "--location", str(tmp / "remote"),
                                   "--bind", f"127.0.0.1:{port}"], stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT, text=True)
        try:
            server.stdout.readline()
            for label, chunk, iri in (("a new named graph, one PUT", 10**9, "https://example.org/new"),
                                      ("replacing it, one PUT", 10**9, "https://example.org/new"),
                                      ("replacing it, 50 000-triple chunks + MOVE", 50_000,
                                       "https://example.org/new")):
                report = push_graph(graph, f"http://127.0.0.1:{port}/store", graph_iri=iri, chunk=chunk)
                print(f"push into Oxigraph server, {label + ':':44} {report.rate:9,.0f} triples/s "
                      f"({report.seconds:.1f} s, {report.requests} requests)")
        finally:
            server.terminate()
            server.wait()

        # ------------------------------------------------------------ memory
        print_memory(memory_of_single_process_steps(shard))
    print(f"(peak RSS of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)")


if __name__ == "__main__":
    main()
