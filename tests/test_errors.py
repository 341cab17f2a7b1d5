"""Errors that keep their cause: each says in one line what went wrong and where,
carries the same "where" as fields, is raised from the low-level exception that
caused it, and survives the trip from a worker process."""
from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys

import pytest

import kgraph
from kgraph.errors import InputError, OutputError, QueryError


def test_a_malformed_json_lines_record_says_its_file_line_and_column(tmp_path):
    news = tmp_path / "news.jsonl"
    news.write_text(json.dumps({"id": "a", "text": "荆州市召开会议。"}, ensure_ascii=False) + "\n"
                    + '{"id": "b", "text": }\n', encoding="utf-8")
    with pytest.raises(InputError) as caught:
        kgraph.extract(news)
    error = caught.value
    assert str(error).startswith(f"{news}:2: malformed JSON")
    assert (error.path, error.line, error.column) == (str(news), 2, 21)
    assert isinstance(error.__cause__, json.JSONDecodeError)


def test_malformed_sparql_says_where(tmp_path):
    graph = kgraph.KnowledgeGraph()
    with pytest.raises(QueryError) as caught:
        graph.query("SELECT ?x WHERE {\n  ?x ?y \n}")
    error = caught.value
    assert (error.line, error.column) == (2, 3) and error.__cause__ is not None
    assert f"error at {error.line}:{error.column}" in str(error)


def test_two_texts_under_one_id_name_the_article(tmp_path):
    news = tmp_path / "news.jsonl"
    news.write_text("".join(json.dumps({"id": "x-1", "text": text}, ensure_ascii=False) + "\n"
                            for text in ("荆州市召开会议。", "公安县召开会议。")), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        kgraph.extract(news)
    assert caught.value.article == "x-1" and "x-1" in str(caught.value)


def test_an_unwritable_output_names_its_path(tmp_path):
    with pytest.raises(OutputError) as caught:
        kgraph.KnowledgeGraph().write(tmp_path / "missing" / "g.ttl")
    assert caught.value.path == str(tmp_path / "missing" / "g.ttl")


def test_fields_survive_pickling():
    # --jobs workers send their errors to the parent pickled
    error = pickle.loads(pickle.dumps(InputError("news.jsonl:7: malformed JSON", path="news.jsonl", line=7,
                                                 column=3)))
    assert type(error) is InputError and str(error) == "news.jsonl:7: malformed JSON"
    assert error.where() == {"path": "news.jsonl", "line": 7, "column": 3}


def _extract(path, debug: bool):
    env = {**os.environ, "KGRAPH_DEBUG": "1"} if debug else {k: v for k, v in os.environ.items()
                                                              if k != "KGRAPH_DEBUG"}
    return subprocess.run([sys.executable, "-m", "kgraph", "extract", str(path)], capture_output=True, env=env,
                          timeout=120)


def test_kgraph_debug_shows_the_whole_chain_and_keeps_the_one_line(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1, "text": }\n', encoding="utf-8")
    quiet, debug = _extract(bad, debug=False), _extract(bad, debug=True)
    assert quiet.returncode == debug.returncode == 2
    line = f"kgraph: error: {bad}:1: malformed JSON: Expecting value at column 19"
    assert quiet.stderr.decode().strip() == line
    err = debug.stderr.decode()
    assert "json.decoder.JSONDecodeError" in err and "direct cause" in err
    assert err.strip().splitlines()[-1] == line


def test_text_from_elsewhere_reaches_the_terminal_on_one_clean_line():
    from kgraph.errors import clean_line, one_line

    # a server's error page: a terminal title escape, colours, NUL, a bidi override, two lines
    hostile = "bad\x1b]0;owned\x07 input\x00\nsecond\u202eline\r\n\x1b[31mred"
    line = clean_line(hostile)
    assert "\n" not in line and not any(c in line for c in "\x1b\x00\x07\r\u202e")
    assert line.startswith("bad ]0;owned input second line") and line.endswith("[31mred")
    assert one_line(ValueError(hostile), 20) == line[:17] + "..."
