"""Bad and hostile input through every command (issue #11's table): each failure is one
line on stderr with its documented exit code, no traceback, and nothing already
written is lost; hostile text that reaches labels still gives valid RDF; a query
parameter never changes a query's structure."""
from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

import kgraph
from kgraph.errors import InputError, QueryError

from .conftest import SAMPLE

BASE = "https://kgraph.example.org/id/"


def run(*args, stdin: bytes | None = None, env: dict | None = None, timeout: float = 300):
    return subprocess.run([sys.executable, "-m", "kgraph", *map(str, args)], input=stdin, capture_output=True,
                          timeout=timeout, env={**os.environ, **(env or {})})


def one_line(result, code: int) -> str:
    """The result failed (or not) as documented: its exit code, and at most one line on stderr."""
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode == code, err
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if not line.startswith("kgraph: wrote")]
    assert len(lines) <= 1, err
    return err


def jsonl(path: Path, *records) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n"
                            for r in records), encoding="utf-8")
    return path


def iris(ttl: Path) -> set[str]:
    store = ox.Store()
    store.load(path=str(ttl), format=ox.RdfFormat.TURTLE)
    rdflib.Graph().parse(ttl, format="turtle")  # and a second reader
    found = set()
    for quad in store:
        for term in (quad.subject, quad.object):
            if isinstance(term, ox.NamedNode):
                found.add(term.value)
    return found


COURT = "荆州市公安县人民法院召开会议。"


# ------------------------------------------------------------------ the crash

def test_an_agency_with_no_division_builds_no_fact_without_an_end():
    extraction = kgraph.extract_text("会议由中央纪委委员、国家监委委员张三主持。中央纪委委员、国家监委委员李四出席。")
    assert all(r.subject and r.object for r in extraction.relations)


def test_a_fact_without_an_end_cannot_be_built():
    from kgraph.model import Fact, IncompleteFact, Key, Relation

    def key(end):  # a fact's ends are keys, a relation's entity ids
        return Key("agency", end) if isinstance(end, str) and end != "None" else end

    for subject, obj in ((None, "x"), ("x", None), ("x", ""), ("", "x"), ("x", "None")):
        with pytest.raises(IncompleteFact):
            Fact.make(key(subject), "locatedIn", key(obj), "d", 0, 1)
        with pytest.raises(IncompleteFact):
            Relation(subject, "locatedIn", obj, ())


def test_a_shard_with_a_fact_without_an_end_is_malformed(tmp_path):
    record = {"format": "kgraph-article/1",
              "document": {"id": "a", "source": "a", "origin": "a", "start": 0, "end": 3},
              "mentions": [], "facts": [["agency:甲", "locatedIn", None, [], None]]}
    result = run("build", jsonl(tmp_path / "s.jsonl", record), "-o", tmp_path / "g.ttl")
    assert "malformed kgraph-article/1 record" in one_line(result, 2)


# ------------------------------------------------------------------ ids and IRIs

def test_any_id_gives_valid_iris_inside_the_base(tmp_path):
    records = [{"id": i, "text": COURT + str(n)} for n, i in enumerate(
        [".", "..", "../../etc/passwd", "a\ufffeb", "c\ue000d", "e\x85f", "g h", "x.", "正常"])]
    records.append({"id": "byline", "text": "□ 记者 余海艳\n" + COURT, "source": "报\ue000社\ufffe"})
    out = tmp_path / "g.ttl"
    one_line(run("build", jsonl(tmp_path / "ids.jsonl", *records), "-o", out), 0)
    found = iris(out)
    articles = {i for i in found if i.startswith(BASE + "article/")}
    assert len(articles) == len(records)
    for iri in found:
        if iri.startswith(BASE):
            assert not re.search(r"/\.\.?(/|$)", iri), iri
    one_line(run("validate", out), 0)
    for suffix in (".nt", ".jsonld"):
        one_line(run("export", out, "-o", tmp_path / f"g{suffix}"), 0)
    rdflib.Graph().parse(tmp_path / "g.nt", format="nt")


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_hostile_labels_give_valid_rdf(tmp_path):
    text = ('荆州市“a\\"b\\\\c>{}<\'’”公安局召开会议。\n荆州市公安局局长冯"}>荆柯出席。\n'
            '“平安\\建设}>”专项行动在荆州市开展。')
    out = tmp_path / "g.ttl"
    one_line(run("build", jsonl(tmp_path / "h.jsonl", {"id": 'q"}>\\', "text": text, "title": '"""\n>'}),
                 "-o", out), 0)
    iris(out)
    for suffix, fmt in ((".nt", "nt"), (".jsonld", "json-ld")):
        one_line(run("export", out, "-o", tmp_path / f"g{suffix}"), 0)
        rdflib.Graph().parse(tmp_path / f"g{suffix}", format=fmt)


# ------------------------------------------------------------------ reading

@pytest.mark.parametrize("line, code, message", [
    ('{"id":"x","text":"\\ud800荆州市"}', 0, None),
    ('{"id":' + "9" * 5000 + ',"text":"甲"}', 2, "malformed JSON"),
    ('{"id":"x","text":"甲","title":' + "[" * 100_000 + "]" * 100_000 + "}", 2, "malformed JSON"),
    ('{"id":true,"text":"甲"}', 2, 'missing "id"'),
])
def test_hostile_json_lines(tmp_path, line, code, message):
    err = one_line(run("extract", jsonl(tmp_path / "x.jsonl", line), "--format", "json"), code)
    if message:
        assert message in err


def test_the_byte_limit_holds_for_streams(tmp_path):
    zero = tmp_path / "zero.txt"
    os.symlink("/dev/zero", zero)
    started = time.monotonic()
    err = one_line(run("extract", zero, env={"KGRAPH_MAX_FILE_BYTES": "100000"}), 2)
    assert "limit" in err and time.monotonic() - started < 60
    err = one_line(run("extract", "-", stdin=b"\xe7\x94\xb2" * 50_000, env={"KGRAPH_MAX_FILE_BYTES": "100000"}), 2)
    assert "limit" in err
    lines = tmp_path / "z.jsonl"
    os.symlink("/dev/zero", lines)
    assert "limit" in one_line(run("extract", lines, env={"KGRAPH_MAX_FILE_BYTES": "100000"}), 2)


def test_a_bad_byte_limit_is_one_line():
    err = one_line(run("extract", SAMPLE, env={"KGRAPH_MAX_FILE_BYTES": "abc"}), 2)
    assert "KGRAPH_MAX_FILE_BYTES" in err


def test_an_impossible_date_is_noted_and_never_typed(tmp_path):
    path = jsonl(tmp_path / "d.jsonl", {"id": "d", "text": COURT, "date": "2023-02-30"})
    report = run("extract", path, "--format", "json")
    one_line(report, 0)
    assert any("2023-02-30" in note for note in json.loads(report.stdout)["notes"])
    out = tmp_path / "g.ttl"
    one_line(run("build", path, "-o", out), 0)
    assert "2023-02-30\"^^" not in out.read_text(encoding="utf-8")
    assert one_line(run("validate", out), 0) == ""


def test_an_ill_typed_literal_is_one_violation(tmp_path):
    out = tmp_path / "g.ttl"
    one_line(run("build", jsonl(tmp_path / "d.jsonl", {"id": "d", "text": COURT}), "-o", out), 0)
    with out.open("a", encoding="utf-8") as handle:
        handle.write('\n<https://kgraph.example.org/id/article/d> <http://purl.org/dc/terms/date> '
                     '"2023-02-30"^^<http://www.w3.org/2001/XMLSchema#date> .\n')
    result = run("validate", out)
    assert result.returncode == 1 and b"Traceback" not in result.stderr
    assert b"not a valid xsd:date" in result.stdout


def test_an_empty_text_is_noted(tmp_path):
    report = run("extract", jsonl(tmp_path / "e.jsonl", {"id": "e", "text": ""}), "--format", "json")
    one_line(report, 0)
    assert any("no text" in note for note in json.loads(report.stdout)["notes"])


def test_one_rule_for_repeated_ids(tmp_path):
    same = jsonl(tmp_path / "same.jsonl", {"id": "a", "text": COURT}, {"id": "a", "text": COURT})
    report = run("extract", same, "--format", "json")
    one_line(report, 0)
    assert [d["id"] for d in json.loads(report.stdout)["documents"]] == ["a"]
    one_line(run("build", same, "-o", tmp_path / "g.ttl"), 0)
    conflict = jsonl(tmp_path / "conflict.jsonl", {"id": "a", "text": COURT}, {"id": "a", "text": "公安县。"})
    for command in (("extract", conflict), ("build", conflict, "-o", tmp_path / "c.ttl")):
        assert "two articles have the id a" in one_line(run(*command), 2)
    assert not (tmp_path / "c.ttl").exists()
    # two pages with one name in two folders are two pages
    for month in ("2023-01", "2023-02"):
        (tmp_path / "pages" / month).mkdir(parents=True)
        (tmp_path / "pages" / month / "news.txt").write_text(f"{month}，{COURT}", encoding="utf-8")
    report = run("extract", tmp_path / "pages", "--format", "json")
    one_line(report, 0)
    assert [d["id"] for d in json.loads(report.stdout)["documents"]] == ["2023-01/news", "2023-02/news"]
    one_line(run("build", tmp_path / "pages", "-o", tmp_path / "p.ttl"), 0)


def test_markdown_headings_split_articles_and_markup_is_not_text(tmp_path):
    stories = [("习近平致函祝贺卢拉就任巴西总统", "荆州市公安县人民法院召开会议，**研究**部署工作。"),
               ("市场渐活跃 消费正复苏", "公安县开展[平安建设](https://example.org/a)专项行动。"),
               ("国内联播快讯", "沙市区召开会议。")]
    page = ["# 新闻联播 2023-01-03", ""]
    for title, body in stories:
        page += [f"## {title}", "", "[视频](https://tv.cctv.com/x.shtml)", "", body, ""]
    path = tmp_path / "day.md"
    path.write_text("\n".join(page), encoding="utf-8")
    report = run("extract", path, "--format", "json")
    one_line(report, 0)
    data = json.loads(report.stdout)
    assert [d["title"] for d in data["documents"]] == [title for title, _ in stories]
    source = path.read_text(encoding="utf-8")
    for entity in data["entities"]:
        for mention in entity["mentions"]:
            # a name across a link keeps the link's text only
            said = re.sub(r"\]\([^)]*\)|[\[\]*]", "", source[mention["start"]:mention["end"]])
            assert said == mention["text"]
    for relation in data["relations"]:
        for evidence in relation["evidence"]:
            assert not re.search(r"[#*\[\]()]|https?:", evidence["text"]), evidence


# ------------------------------------------------------------------ output

def test_an_existing_directory_as_output_is_exit_3(tmp_path):
    (tmp_path / "out").mkdir()
    for command in (("extract", SAMPLE, "-o", tmp_path / "out"), ("build", SAMPLE, "-o", tmp_path / "out")):
        assert "directory" in one_line(run(*command), 3)


def test_ctrl_c_with_jobs_is_one_line(tmp_path):
    text = SAMPLE.read_text(encoding="utf-8")
    records = [{"id": f"r{n}", "text": text} for n in range(600)]
    path = jsonl(tmp_path / "many.jsonl", *records)
    out = tmp_path / "g.ttl"
    out.write_text("kept", encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-m", "kgraph", "build", str(path), "-o", str(out), "--jobs", "2"],
                               stderr=subprocess.PIPE, start_new_session=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    time.sleep(6)
    os.killpg(process.pid, signal.SIGINT)
    _, err = process.communicate(timeout=120)
    assert process.returncode == 130, err
    assert err.decode().strip() == "kgraph: interrupted"
    assert out.read_text(encoding="utf-8") == "kept"


# ------------------------------------------------------------------ queries

@pytest.fixture(scope="module")
def graph_file(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("q") / "g.ttl"
    one_line(run("build", SAMPLE, "-o", out), 0)
    return out


@pytest.mark.parametrize("args, message", [
    (("officials", "-p", "name=http://a b"), "not a valid IRI"),
    (("ASK {}", "-p", "a b=c"), "not a SPARQL variable name"),
    (("ASK { FILTER(" + "!" * 10_000 + " true) }",), "nested"),
    (("ASK { FILTER(1" + "+1" * 5000 + ") }",), "at most"),
    (("SELECT * { " + " ".join(f"BIND(1 AS ?x{i})" for i in range(3000)) + " }",), "at most"),
    (("SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }",), "SERVICE"),
    (("SELECT * WHERE { OPTIONAL { SERVICE SILENT <http://127.0.0.1:1/> { ?s ?p ?o } } }",), "SERVICE"),
    (("CLEAR ALL",), "update operations are refused"),
    (("SELECT * WHERE ?s ?p",), "malformed SPARQL: error at 1:"),
])
def test_bad_queries_are_one_line(graph_file, args, message):
    assert message in one_line(run("query", graph_file, *args), 2)


@pytest.mark.parametrize("args, message", [
    (("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", "--timeout", "1"),
     "the query was stopped after 1 s (--timeout)"),
    (("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f", "--max-memory", "250", "--timeout", "60"),
     "the query was stopped at the memory ceiling of 250 MB (--max-memory)"),
    (("ASK { ?s " + "/".join(["<http://x.org/p>"] * 300) + " ?o }",), "property-path steps"),
    (("ASK {}", "--timeout", "nan"), "--timeout nan: give a number above 0"),
    (("ASK {}", "--max-memory", "inf"), "--max-memory inf: give a number above 0"),
    (("  \n",), "empty query"),
])
def test_runaway_queries_are_stopped_in_one_line(graph_file, args, message):
    """The audit: a cartesian COUNT ran on, a 1,000-step path hung, and under a memory
    limit the process aborted with a 136-line Rust backtrace."""
    started = time.monotonic()
    assert message in one_line(run("query", graph_file, *args), 2)
    assert time.monotonic() - started < 30


def test_an_engine_that_aborts_is_one_line(graph_file):
    # under an address-space limit Oxigraph cannot allocate, and aborts (SIGABRT)
    import resource

    def limited():
        resource.setrlimit(resource.RLIMIT_AS, (1_500_000_000, 1_500_000_000))

    result = subprocess.run([sys.executable, "-m", "kgraph", "query", str(graph_file),
                             "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f"], capture_output=True,
                            timeout=120, preexec_fn=limited)
    err = result.stderr.decode()
    assert result.returncode == 2 and len(err.strip().splitlines()) == 1, err[:500]
    assert "the query engine failed (signal SIGABRT)" in err or "memory ceiling" in err


def test_query_files_bounded_with_a_bom_or_empty(graph_file, tmp_path):
    bom = tmp_path / "bom.rq"
    bom.write_bytes("\ufeffASK { ?s ?p ?o }".encode("utf-8"))
    assert run("query", graph_file, "--file", bom).stdout.strip() == b"true"
    empty = tmp_path / "empty.rq"
    empty.write_bytes(b"\xef\xbb\xbf \n")
    assert "an empty query file" in one_line(run("query", graph_file, "--file", empty), 2)
    assert "a query file over" in one_line(run("query", graph_file, "--file", "/dev/zero"), 2)


def test_service_as_a_name_or_in_a_string_is_not_a_service_clause(graph_file):
    result = run("query", graph_file, "SELECT ?service WHERE { ?service rdfs:label \"SERVICE <http://x/> {}\"@zh }")
    one_line(result, 0)


def test_a_parameter_never_changes_the_structure(graph_file):
    hostile = 'x"@zh } ?s ?p ?o . FILTER(true) } #'
    result = run("query", graph_file, "entity", "-p", f"name={hostile}", "--format", "json")
    one_line(result, 0)
    assert json.loads(result.stdout)["results"]["bindings"] == []
    graph = kgraph.load_graph(graph_file)
    with pytest.raises(QueryError):
        graph.query("SELECT ?n WHERE { ?d rdfs:label ?n }", {"n n": "x"})
    assert isinstance(QueryError("x"), InputError)


# ------------------------------------------------------------------ every graph command

GRAPH_COMMANDS = [("query", "{g}", "officials"), ("validate", "{g}"), ("stats", "{g}"),
                  ("viz", "{g}", "-o", "{out}/v.html"), ("export", "{g}", "-o", "{out}/e.nt")]


@pytest.mark.parametrize("command", GRAPH_COMMANDS, ids=lambda c: c[0])
@pytest.mark.parametrize("bad", ["missing.ttl", "broken.ttl", "folder.ttl", "graph.xyz", "zero.ttl"])
def test_bad_graph_files_through_every_command(tmp_path, command, bad):
    (tmp_path / "broken.ttl").write_text('<a:b> <a:c> "unterminated .\n', encoding="utf-8")
    (tmp_path / "folder.ttl").mkdir()
    (tmp_path / "graph.xyz").write_text("x", encoding="utf-8")
    os.symlink("/dev/zero", tmp_path / "zero.ttl")
    args = [a.format(g=tmp_path / bad, out=tmp_path) for a in command]
    one_line(run(*args, timeout=120), 2)


@pytest.mark.parametrize("command", [c for c in GRAPH_COMMANDS if "-o" in c], ids=lambda c: c[0])
def test_graph_output_to_a_directory_is_exit_3(graph_file, tmp_path, command):
    (tmp_path / "taken").mkdir()
    args = [a.format(g=graph_file, out=tmp_path) for a in command]
    args[args.index("-o") + 1] = str(tmp_path / "taken")
    assert "directory" in one_line(run(*args), 3)
