#!/usr/bin/env python3
"""Issue #19's CLUENER bars: kgraph's names scored against records in CLUENER 2020's format.

CLUENER 2020 (Sina news of every kind: finance, sport, games, entertainment) labels ten kinds
of span.  kgraph's types answer three of them: ``name`` ~ Person, ``government`` ~ Agency and
``address`` ~ AdministrativeDivision or Place (``scene`` too, on a line of its own).  Its Agency is
every named organisation (GUIDELINES.md), so companies and teams are right for kgraph and wrong
for ``government``: the ``lenient`` line leaves out an Agency that is, or overlaps, a span labelled
``organization`` or ``company``, the ``strict`` line counts it wrong.

    python benchmarks/cluener_score.py CLUENER.json              # extracts, then scores
    python benchmarks/cluener_score.py CLUENER.json --extraction out.json
    python benchmarks/cluener_score.py CLUENER.json --model none --verbose

CLUENER.json: one record a line, as CLUENER ships it, ``{"text": …, "label": {"name": {"叶老桂":
[[9, 11]]}, …}}`` (end inclusive); the records may also be one JSON object after another over
many lines (a pretty-printed copy).  No CLUENER data ships with kgraph: bring your own copy, and
score on a split you did not tune on (the project tunes on none of CLUENER's dev split).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict

# CLUENER's labels that kgraph's types answer, and the ones an Agency may be right for besides
SCORED = {"name": ("Person",), "government": ("Agency",), "address": ("AdministrativeDivision", "Place"),
          "address+scene": ("AdministrativeDivision", "Place")}
OTHER_ORGANISATIONS = ("organization", "company")


def read_records(path: str) -> list[dict]:
    """CLUENER records, from JSON Lines or from objects written one after another."""
    text = open(path, encoding="utf-8").read()
    decoder, records, at = json.JSONDecoder(), [], 0
    while True:
        while at < len(text) and text[at].isspace():
            at += 1
        if at >= len(text):
            return records
        record, at = decoder.raw_decode(text, at)
        records.append(record)


def gold_spans(records: list[dict]) -> tuple[dict[str, set], dict[str, str]]:
    """{label: {(id, start, end)}} with ``end`` exclusive, and {id: text}; a span whose offsets do
    not read its name is left out (and said)."""
    spans: dict[str, set] = defaultdict(set)
    texts = {}
    for number, record in enumerate(records):
        doc = f"cluener-{number:05d}"
        texts[doc] = record["text"]
        for label, names in (record.get("label") or {}).items():
            for name, places in names.items():
                for start, end in places:
                    if record["text"][start:end + 1] != name:
                        print(f"note: record {number}: {label} {name!r} at [{start}, {end}] reads "
                              f"{record['text'][start:end + 1]!r}; left out", file=sys.stderr)
                        continue
                    spans[label].add((doc, start, end + 1))
    spans["address+scene"] = spans["address"] | spans["scene"]
    return spans, texts


def found_spans(extraction: dict, texts: dict[str, str]) -> dict[str, set]:
    """{kgraph type: {(document, start, end)}} of the extraction's mentions in those records."""
    found: dict[str, set] = defaultdict(set)
    for entity in extraction.get("entities", []):
        for mention in entity.get("mentions", []):
            if mention.get("document") in texts:
                found[entity["type"]].add((mention["document"], mention["start"], mention["end"]))
    return found


def overlaps(span: tuple, spans: set) -> bool:
    return any(span[0] == other[0] and span[1] < other[2] and other[1] < span[2] for other in spans)


def scores(gold: dict[str, set], found: dict[str, set]) -> dict[str, dict]:
    result = {}
    other = set().union(*(gold[label] for label in OTHER_ORGANISATIONS))
    for label, types in SCORED.items():
        system = set().union(*(found[t] for t in types))
        result[label if label != "government" else "government (strict)"] = _prf(system, gold[label])
        if label == "government":
            lenient = {span for span in system if span in gold[label] or not overlaps(span, other)}
            result["government (lenient)"] = _prf(lenient, gold[label])
    return result


def _prf(system: set, gold: set) -> dict:
    right = len(system & gold)
    precision = right / len(system) if system else 0.0
    recall = right / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "gold": len(gold), "found": len(system), "right": right}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cluener", help="records in CLUENER 2020's format")
    parser.add_argument("--extraction", help="a kgraph extraction (--format json) of those records, "
                        "as this script writes them (ids cluener-NNNNN); extracted here when absent")
    parser.add_argument("--model", help="kgraph extract --model (default: kgraph's)")
    parser.add_argument("--json", action="store_true", help="the scores as JSON")
    parser.add_argument("--verbose", action="store_true", help="list the spans missed and the spans found wrong")
    args = parser.parse_args(argv)
    records = read_records(args.cluener)
    gold, texts = gold_spans(records)
    extraction_path = args.extraction
    if extraction_path is None:
        folder = tempfile.mkdtemp(prefix="cluener-")
        source = os.path.join(folder, "records.jsonl")
        with open(source, "w", encoding="utf-8") as out:
            for doc, text in texts.items():
                out.write(json.dumps({"id": doc, "text": text}, ensure_ascii=False) + "\n")
        extraction_path = os.path.join(folder, "extraction.json")
        command = [sys.executable, "-m", "kgraph", "extract", source, "--format", "json", "-o", extraction_path, "--quiet"]
        if args.model:
            command += ["--model", args.model]
        subprocess.run(command, check=True)
    with open(extraction_path, encoding="utf-8") as handle:
        found = found_spans(json.load(handle), texts)
    result = scores(gold, found)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return 0
    print(f"{len(records)} records")
    for label, s in result.items():
        print(f"{label:22s} P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f}"
              f"  (gold {s['gold']}, found {s['found']}, right {s['right']})")
    if args.verbose:
        for label, types in SCORED.items():
            system = set().union(*(found[t] for t in types))
            for kind, spans in (("missed", gold[label] - system), ("wrong", system - gold[label])):
                for doc, start, end in sorted(spans):
                    text = texts[doc]
                    print(f"{label} {kind} {doc} {text[start:end]}  | {text[max(0, start - 10):start]}"
                          f"[{text[start:end]}]{text[end:end + 10]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
