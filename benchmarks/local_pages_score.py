#!/usr/bin/env python3
"""Issue #18/#19's local-page bars: kgraph on pages of local papers and sites, scored page by page
against gold annotations in GUIDELINES.md's format, the counts summed over the pages.

    python benchmarks/local_pages_score.py PAGES_DIR GOLD_DIR [--set held=K,L,M,N] [--set read=A,B]
                                           [--jobs 2] [--save DIR]

PAGES_DIR holds the pages as text (``NAME.txt``), GOLD_DIR one gold file each (``NAME.json``, as
``../shared/eval/gold/`` holds the sample page's); a page without gold is left out.  Each page is
extracted alone, as a user would (``kgraph extract NAME.txt``), and scored by ``score.py``
(``--scorer``, by default ``../shared/eval/score.py``).  ``--set NAME=PREFIXES`` reports the pages
whose names start with one of the prefixes apart (the pages never read beside the ones tuned on).
``--save DIR`` keeps each page's extraction (``NAME.json``) and scores (``NAME.score.json``), so that two
trees' outputs can be compared page by page; ``--jobs`` extracts that many pages at once.
Printed: per type and predicate precision, recall and F1 over the summed counts, and the entity
figures of the four headline types (score.py's ``entities (4 headline types)``) and of all five.
No pages ship with kgraph: bring your own.
"""
from __future__ import annotations

import argparse
import concurrent.futures
import json
import os
import subprocess
import sys
import tempfile

TYPES = ("AdministrativeDivision", "Agency", "Person", "Program", "Place")
PREDICATES = ("partOf", "locatedIn", "holdsPost")
HERE = os.path.dirname(os.path.abspath(__file__))


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_pages(pages: str, gold: str, scorer: str, save: str | None = None, jobs: int = 1) -> dict[str, dict]:
    """{page name: score.py's --json figures} for every page with a gold file."""
    out_dir = save or tempfile.mkdtemp(prefix="local-pages-")
    os.makedirs(out_dir, exist_ok=True)
    names = [os.path.splitext(file)[0] for file in sorted(os.listdir(pages))
             if file.endswith(".txt") and os.path.exists(os.path.join(gold, os.path.splitext(file)[0] + ".json"))]

    def one(name: str) -> dict | None:
        extraction = os.path.join(out_dir, name + ".json")
        run = subprocess.run([sys.executable, "-m", "kgraph", "extract", os.path.join(pages, name + ".txt"),
                              "--format", "json", "-o", extraction, "--quiet"], capture_output=True, text=True)
        if run.returncode:
            print(f"{name}: kgraph failed: {run.stderr.strip()[-200:]}", file=sys.stderr)
            return None
        scored = subprocess.run([sys.executable, scorer, os.path.join(gold, name + ".json"), extraction, "--json"],
                                capture_output=True, text=True, check=True)
        if save:
            with open(os.path.join(out_dir, name + ".score.json"), "w", encoding="utf-8") as out:
                out.write(scored.stdout)
        return json.loads(scored.stdout)

    # Each page is its own process (a user's `kgraph extract PAGE`), so threads only wait on them.
    with concurrent.futures.ThreadPoolExecutor(max(1, jobs)) as pool:
        scores = dict(zip(names, pool.map(one, names)))
    return {name: figures for name, figures in scores.items() if figures is not None}


def summed(results: dict[str, dict], names: list[str]) -> dict[str, list[int]]:
    total = {k: [0, 0, 0] for k in (*TYPES, *PREDICATES)}
    for name in names:
        for section in ("entities", "relations"):
            for kind, m in results[name][section].items():
                if kind in total:
                    total[kind][0] += m["tp"]
                    total[kind][1] += m["fp"]
                    total[kind][2] += m["fn"]
    return total


def report(label: str, total: dict[str, list[int]], pages: int) -> None:
    head = [sum(total[t][i] for t in TYPES if t != "Place") for i in range(3)]
    every = [sum(total[t][i] for t in TYPES) for i in range(3)]
    p, r, f = _prf(*head)
    print(f"[{label}: {pages} pages] entities (4 headline types) P={p:.3f} R={r:.3f} F1={f:.3f}; "
          f"all five P={_prf(*every)[0]:.3f} F1={_prf(*every)[2]:.3f}")
    for kind in (*TYPES, *PREDICATES):
        p, r, f = _prf(*total[kind])
        print(f"   {kind:22s} P={p:.3f} R={r:.3f} F1={f:.3f}  (tp {total[kind][0]}, fp {total[kind][1]}, "
              f"fn {total[kind][2]})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages")
    parser.add_argument("gold")
    parser.add_argument("--scorer", default=os.path.join(HERE, "..", "..", "shared", "eval", "score.py"))
    parser.add_argument("--set", action="append", default=[], metavar="NAME=PREFIXES",
                        help="report the pages whose names start with one of PREFIXES (comma-separated) apart")
    parser.add_argument("--jobs", type=int, default=1, help="pages extracted at once")
    parser.add_argument("--save", metavar="DIR", help="keep each page's extraction and scores in DIR")
    args = parser.parse_args(argv)
    if not os.path.exists(args.scorer):
        print(f"local_pages_score: no scorer at {args.scorer} (--scorer PATH)", file=sys.stderr)
        return 2
    results = score_pages(args.pages, args.gold, args.scorer, args.save, args.jobs)
    if not results:
        print("local_pages_score: no page with a gold file", file=sys.stderr)
        return 2
    for spec in args.set:
        label, _, prefixes = spec.partition("=")
        names = [n for n in results if n.startswith(tuple(p for p in prefixes.split(",") if p))]
        if names:
            report(label, summed(results, names), len(names))
    report("all", summed(results, list(results)), len(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
