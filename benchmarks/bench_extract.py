#!/usr/bin/env python3
"""Extraction throughput next to plain ``jieba.lcut`` on the same text, one run.

    python benchmarks/bench_extract.py [--copies N] [FILE ...]

Defaults to the sample page repeated ``--copies`` times (as separate sources,
so that resolution across articles is part of the cost). Prints characters per
second for each, and the one-off cost of loading the gazetteer and jieba.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from kgraph.gazetteer import gazetteer  # noqa: E402
from kgraph.model import Source  # noqa: E402
from kgraph.pipeline import extract_sources  # noqa: E402
from kgraph.resources import tokenizer, word_tags  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--copies", type=int, default=20)
    args = parser.parse_args()
    files = args.files or [ROOT / "data" / "corpus" / "000_81ca9869dae714d6.txt"]
    texts = [f.read_text(encoding="utf-8") for f in files]
    sources = [Source(f"{i}-{j}", text, f"copy{i}") for i in range(args.copies) for j, text in enumerate(texts)]
    chars = sum(len(s.text) for s in sources)

    t0 = time.perf_counter()
    gazetteer()
    t1 = time.perf_counter()
    tokenizer()
    word_tags()
    t2 = time.perf_counter()
    print(f"load: gazetteer {t1 - t0:.2f} s, jieba + tags {t2 - t1:.2f} s")

    start = time.perf_counter()
    for source in sources:
        tokenizer().lcut(source.text)
    lcut = time.perf_counter() - start
    start = time.perf_counter()
    extraction = extract_sources(sources)
    ours = time.perf_counter() - start
    print(f"text: {chars:,} characters in {len(sources)} sources")
    print(f"jieba.lcut:      {chars / lcut:12,.0f} chars/s")
    print(f"kgraph extract:  {chars / ours:12,.0f} chars/s  ({len(extraction.entities)} entities, "
          f"{len(extraction.relations)} relations)")
    print(f"ratio: kgraph is {ours / lcut:.1f}x the time of jieba.lcut")
    return 0


if __name__ == "__main__":
    sys.exit(main())
