"""kgraph serve: Oxigraph's server on a free loopback port, queried with SPARQLWrapper
as other tools would; each test stops what it starts."""
import os
import signal
import subprocess
import sys
import time

import pytest

from kgraph import KnowledgeGraph, named_queries, run_named

from .conftest import SAMPLE

SPARQLWrapper = pytest.importorskip("SPARQLWrapper")
from SPARQLWrapper import CSV, JSON, POST, TURTLE  # noqa: E402
from SPARQLWrapper import SPARQLWrapper as Wrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed  # noqa: E402

PARAMS = {"division": "公安县", "name": "冯荆柯", "agency": "公安县委政法委"}


def _need_server():
    from kgraph.extras import MissingExtraError
    from kgraph.graph.serve import oxigraph_command

    try:
        oxigraph_command()
    except MissingExtraError as exc:
        if os.environ.get("KGRAPH_REQUIRE_EXTRAS"):
            raise
        pytest.skip(str(exc))


def start(graph, *extra, wait=60):
    """kgraph serve GRAPH on a free port; returns (process, query URL)."""
    _need_server()
    process = subprocess.Popen([sys.executable, "-m", "kgraph", "serve", str(graph), "--port", "0", *extra],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + wait
    line = ""
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if line or process.poll() is not None:
            break
    if "SPARQL endpoint at" not in line:
        stop(process)
        pytest.fail(f"kgraph serve did not start: {line} {process.stderr.read()}")
    process.stdout.readline()  # the example
    return process, line.split(" at ")[1].split()[0]


def stop(process):
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    return process.returncode


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory):
    out = tmp_path_factory.mktemp("serve") / "g.ttl"
    assert subprocess.run([sys.executable, "-m", "kgraph", "build", str(SAMPLE), "-o", str(out)],
                          capture_output=True).returncode == 0
    return out


@pytest.fixture(scope="module")
def endpoint(graph_file):
    process, url = start(graph_file)
    yield url
    assert stop(process) == 0


def ask(url, sparql, fmt=JSON, method="GET"):
    wrapper = Wrapper(url)
    wrapper.setQuery(sparql)
    wrapper.setReturnFormat(fmt)
    wrapper.setMethod(method)
    return wrapper.query().convert()


def test_select_as_json_and_csv_get_and_post(endpoint, graph_file):
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    expected = len(KnowledgeGraph.load(graph_file))
    for method in ("GET", "POST"):
        answer = ask(endpoint, count, JSON, method)
        assert int(answer["results"]["bindings"][0]["n"]["value"]) == expected
    csv = ask(endpoint, count, CSV).decode("utf-8").split()
    assert csv == ["n", str(expected)]


def test_ask_and_construct(endpoint):
    assert ask(endpoint, "PREFIX kg: <https://kgraph.example.org/ontology#> ASK { ?a a kg:Agency }")["boolean"]
    turtle = ask(endpoint, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 5", TURTLE)
    from rdflib import Graph

    assert len(Graph().parse(data=turtle, format="turtle")) == 5


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_each_named_query_answers_as_in_process(endpoint, graph_file, name):
    from kgraph.graph.serve import portable_query

    params = {p: PARAMS[p] for p, _ in named_queries()[name].params}
    local = run_named(KnowledgeGraph.load(graph_file), name, params)
    expected = sorted(tuple(None if v is None else str(v) for v in row) for row in local)
    answer = ask(endpoint, portable_query(name, params))
    names = answer["head"]["vars"]
    assert names == local.variables
    got = sorted(tuple(b[v]["value"] if v in b else None for v in names) for b in answer["results"]["bindings"])
    assert got == expected
    assert got or name == "meetings"  # the sample page reports no meeting (test_graph runs it on one that does)


@pytest.mark.filterwarnings("ignore:.*query type:RuntimeWarning")  # SPARQLWrapper on a malformed query
def test_updates_are_refused_and_bad_queries_are_400(endpoint):
    import urllib.error

    update = Wrapper(endpoint.replace("/query", "/update"))
    update.setQuery("INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }")
    update.setMethod(POST)
    with pytest.raises(urllib.error.HTTPError) as refused:
        update.query()
    assert refused.value.code == 403
    with pytest.raises(QueryBadFormed):  # an update sent as a query
        ask(endpoint, "INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }", method="POST")
    with pytest.raises(QueryBadFormed, match="error at 1:"):
        ask(endpoint, "SELEKT ?s WHERE { ?s ?p ?o }")
    assert ask(endpoint, "ASK { <http://x/a> <http://x/b> <http://x/c> }")["boolean"] is False


def test_a_store_is_served_in_place_and_a_busy_port_is_one_line(tmp_path, graph_file):
    db = tmp_path / "g.db"
    assert subprocess.run([sys.executable, "-m", "kgraph", "export", str(graph_file), "-o", f"{db}/"],
                          capture_output=True).returncode == 0
    process, url = start(db)
    try:
        answer = ask(url, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        assert int(answer["results"]["bindings"][0]["n"]["value"]) == len(KnowledgeGraph.load(graph_file))
        port = url.split(":")[2].split("/")[0]
        busy = subprocess.run([sys.executable, "-m", "kgraph", "serve", str(db), "--port", port],
                              capture_output=True, text=True, timeout=60)
        assert busy.returncode == 5
        assert busy.stderr.strip() == f"kgraph: error: 127.0.0.1:{port} is already in use: choose another --port"
    finally:
        assert stop(process) == 0


def test_a_temporary_store_is_removed_when_stopped(graph_file, tmp_path):
    env_tmp = tmp_path / "tmp"
    env_tmp.mkdir()
    _need_server()
    process = subprocess.Popen([sys.executable, "-m", "kgraph", "serve", str(graph_file), "--port", "0"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env=dict(os.environ, TMPDIR=str(env_tmp)))
    assert "SPARQL endpoint at" in process.stdout.readline()
    assert any(env_tmp.iterdir())
    process.terminate()  # SIGTERM: stops as Ctrl-C does
    process.wait(20)
    assert not any(env_tmp.iterdir())


def test_bad_graph_and_missing_extra_are_one_line(tmp_path, monkeypatch):
    result = subprocess.run([sys.executable, "-m", "kgraph", "serve", str(tmp_path / "none.ttl")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode in (2, 6) and len(result.stderr.strip().splitlines()) == 1
    import shutil
    import sysconfig

    from kgraph.extras import MissingExtraError
    from kgraph.graph.serve import oxigraph_command

    monkeypatch.setattr(sysconfig, "get_path", lambda *_: str(tmp_path))
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    monkeypatch.setattr(shutil, "which", lambda *_: None)
    with pytest.raises(MissingExtraError, match=r"pip install 'kgraph\[server\]'"):
        oxigraph_command()


@pytest.mark.parametrize("accept, kind, check", [
    ("application/sparql-results+xml", "SELECT", "<sparql"),
    ("text/tab-separated-values", "SELECT", "?n"),
    ("application/n-triples", "CONSTRUCT", "> <"),
    ("application/ld+json", "CONSTRUCT", "@id"),
])
def test_content_negotiation(endpoint, accept, kind, check):
    import urllib.parse
    import urllib.request

    sparql = ("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }" if kind == "SELECT"
              else "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 3")
    url = f"{endpoint}?{urllib.parse.urlencode({'query': sparql})}"
    with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": accept}), timeout=30) as answer:
        assert answer.headers["Content-Type"].startswith(accept)
        assert check in answer.read().decode("utf-8")
