"""benchmarks/cluener_score.py, the script that scores issue #19's CLUENER bars: it reads CLUENER's
record format (one a line, or pretty-printed), and counts a kgraph Agency against ``government``
strictly, or leniently where CLUENER calls the span a company or an organisation.  The records here
are invented in CLUENER's format; no CLUENER data ships with kgraph."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import kgraph

_SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "cluener_score.py"
_spec = importlib.util.spec_from_file_location("cluener_score", _SCRIPT)
cluener_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(cluener_score)

RECORDS = [
    {"text": "郧西县人民法院院长胡斌和郧西县供电公司经理王明出席。",
     "label": {"government": {"郧西县人民法院": [[0, 6]]}, "name": {"胡斌": [[9, 10]], "王明": [[21, 22]]},
               "company": {"郧西县供电公司": [[12, 18]]}}},
    {"text": "记者在十堰市采访。", "label": {"address": {"十堰市": [[3, 5]]}}},
]


def test_records_are_read_one_a_line_or_pretty_printed(tmp_path):
    lines = tmp_path / "lines.json"
    lines.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in RECORDS), encoding="utf-8")
    pretty = tmp_path / "pretty.json"
    pretty.write_text("\n".join(json.dumps(r, ensure_ascii=False, indent=2) for r in RECORDS), encoding="utf-8")
    assert cluener_score.read_records(str(lines)) == cluener_score.read_records(str(pretty)) == RECORDS


def test_an_agency_that_is_a_company_is_wrong_strictly_and_left_out_leniently(tmp_path):
    gold, texts = cluener_score.gold_spans(RECORDS)
    assert gold["government"] == {("cluener-00000", 0, 7)}
    source = tmp_path / "records.jsonl"
    source.write_text("".join(json.dumps({"id": doc, "text": text}, ensure_ascii=False) + "\n"
                              for doc, text in texts.items()), encoding="utf-8")
    found = cluener_score.found_spans(kgraph.to_json(kgraph.extract([source])), texts)
    scores = cluener_score.scores(gold, found)
    assert scores["name"]["right"] == 2
    # kgraph finds the court and the company: the company is wrong for government, strictly
    assert scores["government (strict)"]["found"] == 2 and scores["government (strict)"]["right"] == 1
    assert scores["government (lenient)"]["found"] == 1 and scores["government (lenient)"]["precision"] == 1.0
    assert scores["address"]["right"] == 1
