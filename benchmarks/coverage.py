#!/usr/bin/env python3
"""How much of the graph says something: issue #18's coverage bars on a year of news.

Reads an extraction (``kgraph extract … --format json``) and prints

- the share of entities that take part in no relation and no event (bar: at most 35%),
  per type, and how many relations of each predicate the graph has;
- the people named in ``--min-stories`` or more stories (default 20), and which of them
  have neither a post (holdsPost) nor an event: the bar is none.

    kgraph extract ../shared/corpus/news/xwlb-2023.jsonl --format json -o year.json --jobs 2 --quiet
    python benchmarks/coverage.py year.json
    python benchmarks/coverage.py year.json --min-stories 10 --list 40

Standard library only: it reads the documented JSON, so it measures any build.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter


def in_relations(extraction: dict) -> set[str]:
    """The ids of the entities that are a relation's subject or object."""
    return {end for relation in extraction.get("relations", []) for end in (relation["subject"], relation["object"])}


def in_events(extraction: dict) -> set[str]:
    """The ids of the entities that fill an event's role."""
    return {argument["entity"] for event in extraction.get("events", []) for argument in event.get("arguments", [])}


def coverage(extraction: dict, min_stories: int) -> dict:
    entities = {e["id"]: e for e in extraction.get("entities", [])}
    related, taking_part = in_relations(extraction), in_events(extraction)
    posted = {relation["subject"] for relation in extraction.get("relations", []) if relation.get("predicate") == "holdsPost"}
    alone = Counter(e["type"] for i, e in entities.items() if i not in related and i not in taking_part)
    every = Counter(e["type"] for e in entities.values())
    stories = {i: len({m["document"].split("/", 1)[0] for m in e.get("mentions", [])})
               for i, e in entities.items() if e["type"] == "Person"}
    frequent = sorted((i for i, n in stories.items() if n >= min_stories), key=lambda i: -stories[i])
    bare = [i for i in frequent if i not in posted and i not in taking_part]
    predicates = Counter(relation.get("predicate") for relation in extraction.get("relations", []))
    return {"entities": len(entities), "alone": sum(alone.values()), "by_type": {t: (alone[t], every[t]) for t in every},
            "predicates": dict(predicates.most_common()),
            "frequent": len(frequent), "bare": [(entities[i]["label"], stories[i]) for i in bare]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("extraction", help="kgraph extract --format json output")
    parser.add_argument("--min-stories", type=int, default=20)
    parser.add_argument("--list", type=int, default=30, help="how many bare people to name")
    args = parser.parse_args()
    try:
        with open(args.extraction, encoding="utf-8") as handle:
            result = coverage(json.load(handle), args.min_stories)
    except (OSError, ValueError, KeyError) as exc:
        print(f"coverage: cannot read {args.extraction}: {exc}", file=sys.stderr)
        return 2
    share = result["alone"] / result["entities"] if result["entities"] else 0.0
    print(f"entities in no relation and no event: {result['alone']} of {result['entities']} ({share:.1%}; bar 35%)")
    for type_, (alone, every) in sorted(result["by_type"].items()):
        print(f"  {type_:24} {alone:6} of {every:6} ({alone / every:.1%})")
    print("relations: " + ", ".join(f"{name} {n}" for name, n in result["predicates"].items()))
    print(f"people named in {args.min_stories}+ stories: {result['frequent']}, "
          f"with neither a post nor an event: {len(result['bare'])} (bar 0)")
    for label, n in result["bare"][:args.list]:
        print(f"  {label} ({n} stories)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
