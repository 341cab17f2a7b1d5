"""``--format json`` writes the documented object with each record on a line of its own (extraction.report.write_json),
the same object :func:`kgraph.extraction.to_json` gives."""
from __future__ import annotations

import io
import json

import kgraph
from kgraph.extraction import to_json, write_json


def test_each_record_on_a_line_and_the_same_object():
    ex = kgraph.extract_text("国务院总理李强在北京会见日本外相林芳正。", date="2023-04-02")
    out = io.StringIO()
    write_json(ex, out)
    text = out.getvalue()
    assert json.loads(text) == json.loads(json.dumps(to_json(ex), ensure_ascii=False))
    lines = text.splitlines()
    for entity in to_json(ex)["entities"]:
        # one line holds the whole record, as grep finds it
        assert sum(f'"id": "{entity["id"]}"' in line and f'"label": "{entity["label"]}"' in line for line in lines) == 1
    assert text.startswith("{\n") and text.endswith("}\n")


def test_an_empty_extraction_is_still_the_object():
    ex = kgraph.extract_text("", date="2023-04-02")
    out = io.StringIO()
    write_json(ex, out)
    assert json.loads(out.getvalue()) == json.loads(json.dumps(to_json(ex), ensure_ascii=False))
