#!/usr/bin/env python3
"""Counts the people of an extraction whose names are not whole names of people
(issue 19), on a year of news or any other input:

- **joined**: a person whose name is two or more other people's names written
  together (a transcript's row of leaders: 习近平李强赵乐际);
- **glued**: a person whose name is another person's name and one character of
  为同在作和与对说将 (the next word glued on: 某某为, 某某在);
- **world**: a person whose name is a country or a city in CLDR's Chinese names
  (the territories and the time zones' exemplar cities of the ``zh`` locale, read
  through Babel, a development dependency: ``pip install babel``).

    python benchmarks/name_errors.py extraction.json            # a kgraph extraction (--format json)
    python benchmarks/name_errors.py --extract ../shared/corpus/news/xwlb-2023.jsonl --jobs 2

Prints each count and its names; ``--json`` prints the counts as one JSON object.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

GLUED = "为同在作和与对说将"


def cldr_places() -> frozenset[str]:
    """Countries and cities by their Chinese names in CLDR (Babel's ``zh`` locale)."""
    try:
        from babel import Locale
    except ImportError:
        sys.exit("name_errors.py: Babel is needed for CLDR's names (pip install babel)")
    zh = Locale.parse("zh")
    names = {name for code, name in zh.territories.items() if code.isalpha()}  # not 001 世界, 419 拉丁美洲
    names |= {zone["city"] for zone_id, zone in zh.time_zones.items()
              if zone.get("city") and not zone_id.startswith(("Etc/", "Antarctica/"))}
    return frozenset(names)


def joined(name: str, others: frozenset[str]) -> list[str] | None:
    """``name`` as two or more of ``others`` written together, or None."""
    best: dict[int, list[str]] = {0: []}
    for end in range(1, len(name) + 1):
        for start in range(max(0, end - 6), end - 1):
            piece = name[start:end]
            if start in best and piece in others and piece != name:
                best[end] = best[start] + [piece]
                break
    parts = best.get(len(name))
    return parts if parts is not None and len(parts) >= 2 else None


def count(extraction: dict) -> dict[str, list[str]]:
    people = frozenset(e["label"] for e in extraction.get("entities", []) if e.get("type") == "Person")
    world = cldr_places()
    out: dict[str, list[str]] = {"joined": [], "glued": [], "world": []}
    for name in sorted(people):
        if joined(name, people):
            out["joined"].append(name)
        if len(name) >= 3 and name[-1] in GLUED and name[:-1] in people:
            out["glued"].append(name)
        if name in world:
            out["world"].append(name)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("extraction", nargs="?", help="a kgraph extraction (JSON)")
    parser.add_argument("--extract", metavar="INPUT", help="extract INPUT with kgraph first")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if bool(args.extraction) == bool(args.extract):
        parser.error("give an extraction or --extract INPUT")
    if args.extract:
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "extraction.json"
            subprocess.run([sys.executable, "-m", "kgraph", "extract", args.extract, "--format", "json",
                            "-o", str(out), "--quiet", "--jobs", str(args.jobs)], check=True)
            extraction = json.loads(out.read_text(encoding="utf-8"))
    else:
        extraction = json.loads(Path(args.extraction).read_text(encoding="utf-8"))
    found = count(extraction)
    if args.json:
        print(json.dumps({k: len(v) for k, v in found.items()}))
        return 0
    for kind, names in found.items():
        print(f"{kind}: {len(names)}  {' '.join(names)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
