#!/usr/bin/env python3
"""A seeded random sample of the entities in no relation and no event, each with its first
mention's sentence, to classify by hand (docs/coverage-sample.md).

    python benchmarks/coverage_sample.py year.json --seed 8

Reads the corpus the extraction was made from (../shared/corpus/news/xwlb-2023.jsonl) and leaves
out the stories of events-dev's odd lines (held out).  Standard library only.
"""
from __future__ import annotations

import argparse
import json
import random
import re

from coverage import in_events, in_relations  # benchmarks/coverage.py, beside this script

SIZES = (("Place", 100), ("Person", 60), ("Program", 40))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("extraction")
    parser.add_argument("--corpus", default="../shared/corpus/news/xwlb-2023.jsonl")
    parser.add_argument("--events-dev", default="../shared/eval/events/events-dev.jsonl")
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args()
    ext = json.load(open(args.extraction, encoding="utf-8"))
    ids = [json.loads(line)["id"] for line in open(args.events_dev, encoding="utf-8")]
    held_out = set(ids[1::2])
    texts = {}
    for line in open(args.corpus, encoding="utf-8"):
        record = json.loads(line)
        texts[record["id"]] = record["title"] + "\n" + record["text"]  # the offsets' source
    related = in_relations(ext) | in_events(ext)
    entities = {e["id"]: e for e in ext["entities"]}
    for type_, size in SIZES:
        bare = sorted(i for i, e in entities.items() if e["type"] == type_ and i not in related
                      and not any(m["document"].split("/")[0] in held_out for m in e["mentions"]))
        print(f"===== {type_}: {len(bare)} bare")
        for n, i in enumerate(random.Random(args.seed).sample(bare, min(size, len(bare)))):
            mention = entities[i]["mentions"][0]
            doc = mention["document"].split("/")[0]
            text, start, end = texts.get(doc, ""), mention["start"], mention["end"]
            left = max(text.rfind(mark, 0, start) for mark in "。\n") + 1
            right = min([k for k in (text.find(mark, end) for mark in "。\n") if k >= 0] or [len(text)])
            sentence = text[left:start] + "[" + text[start:end] + "]" + text[end:right + 1]
            sentence = re.sub(r"\s+", " ", sentence)[:220]
            print(f"{n:3} {entities[i]['label']} ({len(entities[i]['mentions'])}) {doc}: {sentence}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
