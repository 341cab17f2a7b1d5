#!/usr/bin/env python3
"""Where ``kgraph build`` spends its time: one run over a JSON Lines file (or any input kgraph
reads), each stage timed in this process, with the peak memory after each.

- extraction: reading, the model and the rules, article by article (``extract_records``;
  with ``--jobs N`` in N worker processes, whose peak memory is reported apart),
- resolution: the articles' records joined into entities, relations and events (``Resolver``),
- graph: the RDF mapping, the store and the whole-graph rules (``KnowledgeGraph.add``),
- Turtle: the graph written (``KnowledgeGraph.write``),
- view: the HTML page of ``kgraph viz`` (``write_view``, reading the graph back from the Turtle),
- validate: SHACL (``kgraph validate``; ``--no-validate`` skips it).

Each stage gets its wall-clock seconds and the CPU seconds of this process (with ``--jobs N`` the
workers' CPU is not counted in it).

    python benchmarks/bench_build.py ../shared/corpus/news/xwlb-2023.jsonl --jobs 2
    python benchmarks/bench_build.py --huge 200000     # one story of 200 000 characters, no full stop

``--huge N`` extracts one story of N characters made of the news file's sentences joined by
commas (a page pasted whole): what grows faster than the text shows there.  These are figures
to read, not a test; the machine's other work makes them noisy.
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT / ".." / "shared" / "corpus" / "news" / "xwlb-2023.jsonl"
sys.path.insert(0, str(ROOT / "src"))


def _peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # kilobytes on Linux


# a stage: its name, seconds, CPU seconds of this process (all its threads: the model's too; a
# figure less hostage than the wall clock to what else the machine runs), peak memory after it
Row = tuple[str, float, float, float]


@contextmanager
def _stage(name: str, rows: list[Row]) -> Iterator[None]:
    started, cpu = time.perf_counter(), time.process_time()
    yield
    rows.append((name, time.perf_counter() - started, time.process_time() - cpu, _peak_mb()))
    _show(rows[-1])


def _show(row: Row) -> None:
    print(f"  {row[0]:<12} {row[1]:8.2f} s   CPU {row[2]:8.2f} s   peak {row[3]:7.0f} MB", file=sys.stderr, flush=True)


def huge_story(news: Path, size: int, folder: Path) -> Path:
    """One JSON Lines record of ``size`` characters: the news's stories, their full stops made
    commas and their lines joined, one after another."""
    text = ""
    with open(news, encoding="utf-8") as lines:
        for line in lines:
            if len(text) >= size:
                break
            text += json.loads(line)["text"].replace("。", "，").replace("\n", "")
    path = folder / "huge.jsonl"
    path.write_text(json.dumps({"id": "huge", "date": "2023-06-01", "text": text[:size]}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    return path


def run(inputs: Path, jobs: int, validate: bool, folder: Path) -> list[Row]:
    from kgraph.extraction.pipeline import extract_records, warm_up
    from kgraph.extraction.resolve import Resolver
    from kgraph.graph.knowledge import KnowledgeGraph
    from kgraph.graph.validate import validate_graph
    from kgraph.view.html import ViewOptions, write_view

    rows: list[Row] = []
    with _stage("start", rows):
        warm_up(freeze=True)  # as the CLI does
    # the records stream into the resolver as in a build; the time of adding them is resolution's
    resolver, adding, adding_cpu = Resolver(), 0.0, 0.0
    started, cpu = time.perf_counter(), time.process_time()
    for record in extract_records([inputs], jobs=jobs):
        # this thread's CPU only: with one job the model reads the next articles in another
        before, before_cpu = time.perf_counter(), time.thread_time()
        resolver.add_article(record)
        adding += time.perf_counter() - before
        adding_cpu += time.thread_time() - before_cpu
    rows.append(("extraction", time.perf_counter() - started - adding, time.process_time() - cpu - adding_cpu,
                 _peak_mb()))
    _show(rows[-1])
    with _stage("resolution", rows):
        extraction = resolver.finish()
    rows[-1] = ("resolution", rows[-1][1] + adding, rows[-1][2] + adding_cpu, rows[-1][3])
    with _stage("graph", rows):
        graph = KnowledgeGraph()
        graph.add(extraction)
    turtle = folder / "graph.ttl"
    with _stage("Turtle", rows):
        graph.write(turtle)
    with _stage("view", rows):
        write_view(KnowledgeGraph.load(turtle), folder / "graph.html", ViewOptions())
    if validate:
        with _stage("validate", rows):
            report = validate_graph(graph)
        print(f"  the graph {'conforms' if report.conforms else 'does not conform'}", file=sys.stderr)
    print(f"{len(extraction.documents)} articles, {len(extraction.entities)} entities, "
          f"{len(extraction.relations)} relations, {len(extraction.events)} events, {len(graph)} triples",
          file=sys.stderr)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", nargs="?", type=Path, default=None, help="what to build (default: the news)")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--huge", type=int, default=None, metavar="CHARS",
                        help="extract one story of this many characters made of the news")
    parser.add_argument("--news", type=Path, default=NEWS, help="the news file --huge reads")
    parser.add_argument("--no-validate", dest="validate", action="store_false")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kgraph-bench-") as folder:
        inputs = huge_story(args.news, args.huge, Path(folder)) if args.huge else (args.input or NEWS)
        print(f"{inputs}, --jobs {args.jobs}", file=sys.stderr)
        started, cpu = time.perf_counter(), time.process_time()
        rows = run(inputs, args.jobs, args.validate and not args.huge, Path(folder))
        total, total_cpu = time.perf_counter() - started, time.process_time() - cpu
    print("| stage | seconds | CPU seconds (this process) | peak memory after it (MB) |")
    print("| --- | ---: | ---: | ---: |")
    for name, seconds, cpu_seconds, peak in rows:
        print(f"| {name} | {seconds:.2f} | {cpu_seconds:.2f} | {peak:.0f} |")
    print(f"| total | {total:.2f} | {total_cpu:.2f} | {_peak_mb():.0f} |")
    if args.jobs > 1:
        print(f"\nthe largest worker's peak memory: {_peak_mb(resource.RUSAGE_CHILDREN):.0f} MB")


if __name__ == "__main__":
    main()
