"""The command line: output formats, one-line errors with documented exit codes,
and files that are never half-written."""
import json
import subprocess
import sys

import pytest

from .conftest import SAMPLE


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "kgraph", *args], input=stdin, capture_output=True)


def test_report_and_json(tmp_path):
    report = run("extract", str(SAMPLE))
    assert report.returncode == 0
    assert "冯荆柯" in report.stdout.decode()
    out = tmp_path / "x.json"
    assert run("extract", str(SAMPLE), "--format", "json", "-o", str(out)).returncode == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert set(data) >= {"documents", "entities", "relations"}
    entity = data["entities"][0]
    assert set(entity) >= {"id", "type", "label", "aliases", "mentions"}
    post = next(r for r in data["relations"] if r["predicate"] == "holdsPost")
    assert post["title"] and post["evidence"]


@pytest.mark.parametrize("make, message", [
    (lambda p: p / "missing.txt", "no such file"),
    (lambda p: (p / "empty.txt").write_bytes(b"") and p / "empty.txt" or p / "empty.txt", "empty"),
    (lambda p: (p / "bin.txt").write_bytes(bytes(range(256)) * 40) and p / "bin.txt", "binary|decode"),
    (lambda p: (p / "bad.jsonl").write_text('{"id": 1, "text": }\n') and p / "bad.jsonl", "malformed JSON"),
    (lambda p: (p / "d").mkdir() or p / "d", "no .txt"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path, make, message):
    path = make(tmp_path)
    result = run("extract", str(path))
    err = result.stderr.decode()
    assert result.returncode == 2
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert __import__("re").search(message, err)


def test_existing_output_survives_an_error(tmp_path):
    out = tmp_path / "keep.json"
    out.write_text("precious", encoding="utf-8")
    result = run("extract", str(tmp_path / "missing.txt"), "--format", "json", "-o", str(out))
    assert result.returncode == 2
    assert out.read_text(encoding="utf-8") == "precious"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.json"]


def test_unwritable_output_is_exit_3(tmp_path):
    result = run("extract", str(SAMPLE), "-o", str(tmp_path / "no" / "such" / "dir.json"))
    assert result.returncode == 3 and "Traceback" not in result.stderr.decode()


def test_stdin_and_module_entry_point():
    result = run("extract", "-", "--format", "json", stdin="本报讯(记者王凯)松滋市公安局举行退赃大会。".encode("gb18030"))
    assert result.returncode == 0
    labels = {e["label"] for e in json.loads(result.stdout)["entities"]}
    assert {"松滋市公安局", "王凯"} <= labels
