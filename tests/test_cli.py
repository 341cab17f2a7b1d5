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


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory):
    out = tmp_path_factory.mktemp("graph") / "graph.ttl"
    result = run("build", str(SAMPLE), "-o", str(out))
    assert result.returncode == 0, result.stderr.decode()
    return out


def test_build_query_validate(graph_file):
    table = run("query", str(graph_file), "officials")
    assert table.returncode == 0
    lines = table.stdout.decode().splitlines()
    assert lines[0].split()[:4] == ["name", "title", "agencyName", "divisionName"]
    assert any("冯荆柯" in line and "政法委" in line for line in lines)
    answer = run("query", str(graph_file), "agencies-in", "--param", "division=公安县", "--format", "json")
    names = {b["agencyName"]["value"] for b in json.loads(answer.stdout)["results"]["bindings"]}
    assert {"公安县人民法院", "公安县公安局"} <= names and "石首市委" not in names
    valid = run("validate", str(graph_file))
    assert valid.returncode == 0 and b"conforms" in valid.stdout


def test_query_from_a_file_and_listing(graph_file, tmp_path):
    query = tmp_path / "q.rq"
    query.write_text('SELECT ?n WHERE { ?d kg:code "421003" ; rdfs:label ?n }', encoding="utf-8")
    result = run("query", str(graph_file), "--file", str(query), "--format", "tsv")
    assert result.stdout.decode().splitlines() == ["?n", '"荆州区"@zh']
    listing = run("queries").stdout.decode()
    for name in ("officials", "agencies-in", "programs", "entity", "facts"):
        assert f"{name}:" in listing


@pytest.mark.parametrize("args, code, message", [
    (["query", "{graph}", "SELECT * WHERE ?s ?p"], 2, "malformed SPARQL: error at 1:"),
    (["query", "{graph}", "CLEAR ALL"], 2, "update operations are refused"),
    (["query", "{graph}", "entity"], 2, "needs --param name"),
    (["query", "{tmp}/none.ttl", "officials"], 2, "no such graph file"),
    (["query", "{graph}"], 2, "give a query"),
    (["validate", "{tmp}/bad.ttl"], 2, "not valid Turtle"),
    (["build", str(SAMPLE), "-o", "{tmp}/graph.xlsx"], 2, "unknown RDF format"),
    (["build", "{tmp}/missing.txt", "-o", "{tmp}/out.ttl"], 2, "no such file"),
    (["build", str(SAMPLE), "-o", "{tmp}/no/dir/g.ttl"], 3, "does not exist"),
    (["build", str(SAMPLE), "-o", "{tmp}/g.ttl", "--base", "not an iri"], 2, "--base"),
])
def test_graph_commands_fail_cleanly(graph_file, tmp_path, args, code, message):
    (tmp_path / "bad.ttl").write_text("<x> <y> .", encoding="utf-8")
    args = [a.replace("{graph}", str(graph_file)).replace("{tmp}", str(tmp_path)) for a in args]
    result = run(*args)
    err = result.stderr.decode()
    assert result.returncode == code, err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert message in err


def test_failed_update_leaves_the_graph_as_it_was(graph_file, tmp_path):
    before = graph_file.read_bytes()
    result = run("build", str(tmp_path / "missing.txt"), "-o", str(graph_file), "--update")
    assert result.returncode == 2
    assert graph_file.read_bytes() == before


def test_update_adds_without_duplicating(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text("本报讯(记者王凯)松滋市公安局举行退赃大会。", encoding="utf-8")
    out = tmp_path / "g.nt"
    assert run("build", str(page), "-o", str(out)).returncode == 0
    before = sorted(out.read_text(encoding="utf-8").splitlines())
    assert run("build", str(page), "-o", str(out), "--update").returncode == 0
    assert sorted(out.read_text(encoding="utf-8").splitlines()) == before


def test_viz_stats_export(graph_file, tmp_path):
    page = tmp_path / "g.html"
    result = run("viz", str(graph_file), "-o", str(page), "--focus", "冯荆柯", "--depth", "1")
    assert result.returncode == 0 and "3 of" in result.stderr.decode()
    assert "冯荆柯" in page.read_text(encoding="utf-8")
    stats = run("stats", str(graph_file), "--format", "json")
    data = json.loads(stats.stdout)
    assert data["entities"]["Agency"] > 0 and data["topPageRank"][0]["label"]
    out = tmp_path / "g.graphml"
    assert run("export", str(graph_file), "-o", str(out)).returncode == 0
    assert "<graphml" in out.read_text(encoding="utf-8")
    nt = tmp_path / "g.nt"
    assert run("export", str(graph_file), "-o", str(nt)).returncode == 0
    assert nt.read_text(encoding="utf-8").count("\n") == len(set(nt.read_text(encoding="utf-8").splitlines()))


@pytest.mark.parametrize("args, message", [
    (["viz", "{graph}", "-o", "{tmp}/v.html", "--focus", "没有这个人"], "no entity"),
    (["viz", "{tmp}/none.ttl", "-o", "{tmp}/v.html"], "no such graph file"),
    (["export", "{graph}", "-o", "{tmp}/g.xyz"], "unknown graph format .xyz; use one of .ttl"),
    (["build", "data/corpus", "-o", "{tmp}/g.graphml"], "unknown RDF format .graphml"),
    (["stats", "{tmp}/none.ttl"], "no such graph file"),
])
def test_browse_commands_fail_cleanly(graph_file, tmp_path, args, message):
    args = [a.replace("{graph}", str(graph_file)).replace("{tmp}", str(tmp_path)) for a in args]
    result = run(*args)
    err = result.stderr.decode()
    assert result.returncode == 2 and len(err.strip().splitlines()) == 1 and message in err
    assert not (tmp_path / "v.html").exists()


def test_jsonl_shards_and_jobs_from_the_command_line(tmp_path):
    shard = tmp_path / "s.jsonl"
    assert run("extract", str(SAMPLE), "--format", "jsonl", "-o", str(shard), "-j", "2", "-q").returncode == 0
    lines = shard.read_text(encoding="utf-8").splitlines()
    assert len(lines) > 3 and all(json.loads(line)["format"] == "kgraph-article/2" for line in lines)
    from_shard, direct = tmp_path / "a.nt", tmp_path / "b.nt"
    assert run("build", str(shard), "-o", str(from_shard), "-q").returncode == 0
    assert run("build", str(SAMPLE), "-o", str(direct), "-j", "2").returncode == 0
    assert sorted(from_shard.read_text().splitlines()) == sorted(direct.read_text().splitlines())


def test_queries_show_prints_portable_sparql():
    result = run("queries", "--show", "officials")
    assert result.returncode == 0
    text = result.stdout.decode()
    assert text.splitlines()[0].startswith("# title:") and "PREFIX org: <http://www.w3.org/ns/org#>" in text
    missing = run("queries", "--show", "nothing")
    assert missing.returncode == 2 and "no query named nothing" in missing.stderr.decode()


@pytest.mark.parametrize("args, message", [
    (["viz", "g.ttl", "-o", "v.html", "--type", "Bogus"], "Invalid value for '--type'"),
    (["build"], "Missing argument"),
    (["frobnicate"], "No such command"),
    (["extract", "x.txt", "--jobs", "0"], "--jobs"),
])
def test_usage_errors_are_one_line_too(args, message):
    result = run(*args)
    err = result.stderr.decode()
    assert result.returncode == 2 and len(err.strip().splitlines()) == 1 and message in err
