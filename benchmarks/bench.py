#!/usr/bin/env python3
"""kgraph on real news: one run per size, on the same text, printing

- ``jieba.lcut`` and ``jieba.posseg`` throughput on the same text (the references:
  plain jieba segmentation, and segmentation with part-of-speech tags),
- extraction throughput with one process and with ``--jobs``,
- the whole build with ``--jobs`` (extract, graph, Turtle written), and its parts:
  graph building (triples/s), Turtle write and read times,
- the graph's size, each named query's time on the result, ``validate``'s time,
- peak memory of the kgraph process (or its largest worker),
- with ``--compare-rdflib MB``: rdflib's own store reading the same Turtle and joining.

    python benchmarks/bench.py                        # the news corpus as it is (8.4 MB, 5 011 stories)
    python benchmarks/bench.py --sizes news,20        # and 20 MB: the news repeated with ids changed
    python benchmarks/bench.py --repeat 3             # best of three timings of each rate
    python benchmarks/bench.py --corpus PATH          # any input kgraph reads (file or folder)
    python benchmarks/bench.py --synthetic --sizes 1,10   # the old text: the sample page, moved

By default the text is a year of CCTV 新闻联播 transcripts
(``../shared/corpus/news/xwlb-2023.jsonl``, or ``--news PATH``): a size below the file's
is its first stories, a size above it repeats the stories with their ids changed (the
graph then grows by articles and excerpts, not by entities).  ``--synthetic`` makes
the text from the sample page instead: each copy moves the page to another prefecture
of the gazetteer and renames its people.  Each size runs in a fresh process, so peak
memory is per size.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "corpus" / "000_81ca9869dae714d6.txt"
NEWS = ROOT / ".." / "shared" / "corpus" / "news" / "xwlb-2023.jsonl"


def make_news(news: Path, target_bytes: int | None, folder: Path) -> Path:
    """The news file, its first stories up to ``target_bytes``, or the stories repeated
    (ids changed: ``ID~2``) until they hold that many bytes."""
    if target_bytes is None:
        return news
    lines = [line for line in news.read_bytes().splitlines(keepends=True) if line.strip()]
    path = folder / "news.jsonl"
    written, round_ = 0, 1
    with open(path, "wb") as out:
        while written < target_bytes:
            for line in lines:
                if written >= target_bytes:
                    break
                if round_ > 1:
                    record = json.loads(line)
                    record["id"] = f"{record['id']}~{round_}"
                    line = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
                out.write(line)
                written += len(line)
            round_ += 1
    return path


def corpus_texts(corpus: Path) -> list[str]:
    """The texts kgraph reads from ``corpus`` (a JSON Lines record's text, a page)."""
    from kgraph import Source
    from kgraph.ingest import read_sources

    return [s.text for s in read_sources([corpus]) if isinstance(s, Source)]


def corpus_bytes(corpus: Path) -> int:
    if corpus.is_file():
        return corpus.stat().st_size
    return sum(f.stat().st_size for f in corpus.rglob("*") if f.suffix in (".txt", ".jsonl", ".md"))


def make_corpus(target_bytes: int, folder: Path, seed: int = 7) -> int:
    """Write pages into ``folder`` until they hold ``target_bytes``; return the bytes."""
    from kgraph import extract
    from kgraph.gazetteer import gazetteer
    from kgraph.resources import lexicon

    gaz = gazetteer()
    rng = random.Random(seed)
    text = SAMPLE.read_text(encoding="utf-8")
    extraction = extract(SAMPLE)
    divisions = [e for e in extraction.entities if e.type == "AdministrativeDivision" and e.prop("gazetteerName")]
    people = sorted({e.label for e in extraction.entities if e.type == "Person"}, key=len, reverse=True)
    surnames = sorted(s for s in lexicon("surnames.txt") if len(s) == 1)
    given = "明华建国志强丽娟海燕文杰晓东红梅俊峰玉兰春生秋菊雪松德胜振宇思远嘉怡子涵浩然雨桐"
    by_name = {}
    for entity in divisions:
        nodes = [n for n in gaz.by_name.get(entity.label, []) if gaz.full_name(n) == entity.prop("gazetteerName")]
        if nodes:
            by_name[entity.label] = nodes[0]
    home = next(n for n in by_name.values() if gaz.levels[n] == 2)
    prefectures = [n for n in range(len(gaz)) if gaz.levels[n] == 2 and len(gaz.children(n)) >= 6]
    written, index = 0, 0
    while written < target_bytes:
        prefecture = rng.choice(prefectures)
        mapping = {gaz.names[home]: gaz.names[prefecture]}
        if gaz.shorts[home] and gaz.shorts[prefecture]:
            mapping[gaz.shorts[home]] = gaz.shorts[prefecture]
        moved = {home: prefecture}
        for name, node in sorted(by_name.items(), key=lambda item: gaz.levels[item[1]]):
            parent = moved.get(gaz.parents[node])
            if parent is None or node in moved:
                continue
            choices = [c for c in gaz.children(parent) if c not in moved.values()]
            if choices:
                moved[node] = rng.choice(choices)
                mapping[name] = gaz.names[moved[node]]
                if gaz.shorts[node] and gaz.shorts[moved[node]] and gaz.levels[node] <= 3:
                    mapping.setdefault(gaz.shorts[node], gaz.shorts[moved[node]])
        for person in people:
            mapping[person] = rng.choice(surnames) + "".join(rng.sample(given, rng.choice((1, 2))))
        pattern = re.compile("|".join(map(re.escape, sorted(mapping, key=len, reverse=True))))
        page = pattern.sub(lambda m, table=mapping: table[m.group()], text)
        path = folder / f"{index:06d}.txt"
        path.write_text(page, encoding="utf-8")
        written += path.stat().st_size
        index += 1
    return written


def peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024  # Linux reports KiB


def best_seconds(run, repeat: int) -> float:
    """The shortest of ``repeat`` timed calls (as timeit does: on a shared machine the
    slower runs measure the neighbours, not the code)."""
    times = []
    for _ in range(max(repeat, 1)):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def lcut_rate(corpus: Path, repeat: int = 1) -> dict:
    """Plain jieba.lcut, and jieba.posseg (words with their tags: what a tagger-based
    extractor starts from), over the corpus's texts (in their own process: jieba's
    dictionary is not kgraph's memory)."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    jieba.lcut("预热")
    list(jieba.posseg.cut("预热"))
    texts = corpus_texts(corpus)
    chars = sum(map(len, texts))

    def segment_all() -> None:
        for text in texts:
            jieba.lcut(text)

    def tag_all() -> None:
        for text in texts:
            list(jieba.posseg.cut(text))

    return {"jieba_lcut_chars_s": chars / best_seconds(segment_all, repeat),
            "jieba_posseg_chars_s": chars / best_seconds(tag_all, 1)}


def run_one(corpus: Path, jobs: int, compare_rdflib: bool = False, repeat: int = 1, model: str | None = None) -> dict:
    import kgraph
    from kgraph import KnowledgeGraph, named_queries, run_named
    from kgraph.resources import tokenizer

    texts = corpus_texts(corpus)
    chars = sum(map(len, texts))
    out: dict = {"bytes": corpus_bytes(corpus), "chars": chars, "files": len(texts),
                 "tokenizer": getattr(tokenizer(), "name", "jieba")}
    del texts

    from kgraph.extraction import warm_up

    warm_up(freeze=True, **({} if model is None else {"model": model}))  # as the CLI does: outside the timings
    kgraph.extract(SAMPLE, **({} if model is None else {"model": model}))
    options = {} if model is None else {"model": model}
    out["model"] = model or "default"
    out["extract_1_chars_s"] = chars / best_seconds(lambda: kgraph.extract(corpus, jobs=1, **options), repeat)

    extraction = None

    def extract_parallel() -> None:
        nonlocal extraction
        extraction = None  # one result alive at a time: peak memory is one build's
        extraction = kgraph.extract(corpus, jobs=jobs, **options)

    extract_seconds = best_seconds(extract_parallel, repeat)
    out[f"extract_{jobs}_chars_s"] = chars / extract_seconds
    out["entities"], out["relations"] = len(extraction.entities), len(extraction.relations)
    out["articles"], out["notes"] = len(extraction.documents), len(extraction.notes)

    start = time.perf_counter()
    graph = KnowledgeGraph()
    graph.add(extraction)
    graph_seconds = time.perf_counter() - start
    out["triples"] = len(graph)
    out["graph_triples_s"] = len(graph) / graph_seconds

    with tempfile.TemporaryDirectory() as tmp:
        turtle = Path(tmp) / "graph.ttl"
        start = time.perf_counter()
        graph.write(turtle)
        out["turtle_write_s"] = time.perf_counter() - start
        out["turtle_mb"] = turtle.stat().st_size / 1e6
        out[f"build_jobs{jobs}_s"] = extract_seconds + graph_seconds + out["turtle_write_s"]
        del graph, extraction
        start = time.perf_counter()
        loaded = KnowledgeGraph.load(turtle)
        out["turtle_load_s"] = time.perf_counter() - start
        if compare_rdflib:  # the store kgraph does not use, for the record (in its own process)
            out["peak_mb"] = peak_mb()
            child = subprocess.run([sys.executable, __file__, "--rdflib", str(turtle)], capture_output=True,
                                   text=True, check=True)
            out.update(json.loads(child.stdout.strip().splitlines()[-1]))
        start = time.perf_counter()
        out["oxigraph_join_rows"] = len(list(loaded.query("SELECT ?a ?d WHERE { ?a kg:locatedIn ?d . ?d kg:partOf ?p }")))
        out["oxigraph_join_s"] = time.perf_counter() - start
    params = {"agencies-in": {"division": next(iter(
        row[0] for row in loaded.query('SELECT ?n WHERE { ?d kg:level kg:Prefecture ; rdfs:label ?n } LIMIT 1')))},
        "entity": {"name": next(iter(row[0] for row in loaded.query(
            'SELECT ?n WHERE { ?p kg:role "official" ; rdfs:label ?n } LIMIT 1')))}}
    params["facts"] = params["entity"]
    # the worst case for a one-entity query: the entity with the most facts
    params["facts (busiest)"] = {"name": next(iter(row[0] for row in loaded.query(
        "SELECT ?n (COUNT(*) AS ?c) WHERE { ?s rdf:object ?e . ?e rdfs:label ?n } GROUP BY ?n ORDER BY DESC(?c) LIMIT 1")))}
    out["queries_s"] = {}
    for name in [*named_queries(), "facts (busiest)"]:
        start = time.perf_counter()
        # what `kgraph query … --format tsv` does: run, and serialise the W3C TSV
        answer = run_named(loaded, name.split(" ")[0], params.get(name)).serialize("tsv")
        out["queries_s"][name] = (time.perf_counter() - start, answer.count(b"\n") - 1)
    from kgraph import validate_graph

    start = time.perf_counter()
    validation = validate_graph(loaded)
    out["validate_s"] = time.perf_counter() - start
    out["conforms"], out["violations"] = validation.conforms, len(validation.violations)
    out.setdefault("peak_mb", peak_mb())
    return out


def rdflib_rates(turtle: Path) -> dict:
    from rdflib import Graph

    start = time.perf_counter()
    plain = Graph().parse(turtle, format="turtle")
    out = {"rdflib_load_s": time.perf_counter() - start}
    start = time.perf_counter()
    out["rdflib_join_rows"] = len(list(plain.query(
        "PREFIX kg: <https://kgraph.example.org/ontology#> SELECT ?a ?d WHERE { ?a kg:locatedIn ?d . ?d kg:partOf ?p }")))
    out["rdflib_join_s"] = time.perf_counter() - start
    return out


def report(result: dict, jobs: int) -> None:
    mb = result["bytes"] / 1e6
    print(f"\n=== {result['name']}: {mb:.1f} MB, {result['files']:,} texts, {result['articles']:,} articles, "
          f"{result['chars']:,} characters (segmenter: {result['tokenizer']}, model: {result['model']}) ===")
    lcut = result["jieba_lcut_chars_s"]
    print(f"  jieba.lcut (reference)   {lcut:>12,.0f} chars/s")
    print(f"  jieba.posseg (reference) {result['jieba_posseg_chars_s']:>12,.0f} chars/s")
    for key, label in (("extract_1_chars_s", "kgraph extract, 1 job"), (f"extract_{jobs}_chars_s",
                                                                         f"kgraph extract, {jobs} jobs")):
        if key in result:
            print(f"  {label:<24} {result[key]:>12,.0f} chars/s   ({result[key] / lcut:.2f}x jieba.lcut)")
    print(f"  entities / relations     {result['entities']:,} / {result['relations']:,}")
    print(f"  graph                    {result['triples']:>12,} triples   {result['graph_triples_s']:,.0f} triples/s")
    print(f"  Turtle write / read      {result['turtle_write_s']:.2f} s / {result['turtle_load_s']:.2f} s "
          f"({result['turtle_mb']:.1f} MB)")
    print(f"  two-hop join (Oxigraph)  {result['oxigraph_join_s']:.2f} s ({result['oxigraph_join_rows']:,} rows)")
    if "rdflib_load_s" in result:
        print(f"  rdflib store: read {result['rdflib_load_s']:.1f} s, same join {result['rdflib_join_s']:.2f} s")
    print(f"  whole build, {jobs} jobs     {result[f'build_jobs{jobs}_s']:.1f} s")
    for name, (seconds, rows) in result["queries_s"].items():
        print(f"  query {name:<18} {seconds * 1000:>9.1f} ms  ({rows} rows)")
    print(f"  validate (SHACL)         {result['validate_s']:.1f} s   "
          f"({'conforms' if result['conforms'] else str(result['violations']) + ' violations'})")
    print(f"  notes                    {result['notes']:,}")
    print(f"  peak memory              {result['peak_mb']:,.0f} MB")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=None,
                        help="comma-separated: 'news' (the news file as it is) or sizes in MB "
                             "[default: news; with --synthetic: 1,10]")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--model", default=None, help="kgraph's --model (lac, none) [default: kgraph's default]")
    parser.add_argument("--news", type=Path, default=NEWS, help="the news corpus (JSON Lines)")
    parser.add_argument("--synthetic", action="store_true",
                        help="the sample page moved to other prefectures instead of real news")
    parser.add_argument("--corpus", type=Path, help="measure this input instead (a file or folder kgraph reads)")
    parser.add_argument("--compare-rdflib", type=float, default=0, metavar="MB",
                        help="also time rdflib's own store reading the Turtle and the same join, "
                             "for corpora up to this size (it takes minutes and gigabytes beyond 10 MB)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="time jieba.lcut and extraction this many times and keep the best "
                             "(3 steadies the ratio on a shared machine)")
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)  # a child run on one corpus
    parser.add_argument("--lcut", type=Path, help=argparse.SUPPRESS)  # a child run of jieba.lcut
    parser.add_argument("--rdflib", type=Path, help=argparse.SUPPRESS)  # a child run of rdflib's store
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    if args.one:
        print(json.dumps(run_one(args.one, args.jobs, args.compare_rdflib, args.repeat, args.model)))
        return 0
    if args.lcut:
        print(json.dumps(lcut_rate(args.lcut, args.repeat)))
        return 0
    if args.rdflib:
        print(json.dumps(rdflib_rates(args.rdflib)))
        return 0
    corpora: list[tuple[str, Path]] = []
    with tempfile.TemporaryDirectory(prefix="kgraph-bench-") as tmp:
        if args.corpus:
            corpora.append((str(args.corpus), args.corpus))
        elif args.synthetic:
            for size in (float(s) for s in (args.sizes or "1,10").split(",")):
                folder = Path(tmp) / f"{size:g}MB"
                folder.mkdir()
                made = make_corpus(int(size * 1e6), folder)
                print(f"made {made / 1e6:.1f} MB corpus in {folder}", file=sys.stderr)
                corpora.append((f"synthetic {size:g} MB (the sample page, moved)", folder))
        else:
            if not args.news.is_file():
                print(f"bench: no news corpus at {args.news} (give --news PATH, --corpus PATH or --synthetic)",
                      file=sys.stderr)
                return 2
            for size in (args.sizes or "news").split(","):
                folder = Path(tmp) / f"news-{size}"
                folder.mkdir()
                target = None if size == "news" else int(float(size) * 1e6)
                name = (f"news: {args.news.name}" if target is None else
                        f"news: {size} MB of {args.news.name}" + (" (repeated, ids changed)"
                                                                   if target > args.news.stat().st_size else ""))
                corpora.append((name, make_news(args.news, target, folder)))
        for name, corpus in corpora:
            results = []
            size_mb = corpus_bytes(corpus) / 1e6
            compare = ["--compare-rdflib", "1"] if args.compare_rdflib and size_mb <= args.compare_rdflib * 1.01 else []
            repeat = ["--repeat", str(args.repeat)]
            for mode in (["--lcut", str(corpus), *repeat],
                         ["--one", str(corpus), "--jobs", str(args.jobs), *repeat, *compare,
                          *(["--model", args.model] if args.model else [])]):
                child = subprocess.run([sys.executable, __file__, *mode], capture_output=True, text=True,
                                       env={**os.environ, "PYTHONHASHSEED": "0"})
                if child.returncode != 0:
                    print(child.stderr, file=sys.stderr)
                    return 1
                results.append(json.loads(child.stdout.strip().splitlines()[-1]))
            result = results[1]
            result.update(results[0])
            result["name"] = name
            report(result, args.jobs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
