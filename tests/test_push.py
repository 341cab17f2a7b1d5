"""kgraph push: into an Oxigraph server that the test starts read-write on a free
loopback port; the remote graph is replaced all or nothing."""
import http.server
import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request

import pytest

from kgraph import KnowledgeGraph
from kgraph.extras import ServiceError

from .conftest import SAMPLE

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def run(*args, timeout=120):
    return subprocess.run([sys.executable, "-m", "kgraph", *args], capture_output=True, text=True,
                          timeout=timeout)


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    """``oxigraph serve`` (read-write) on loopback; yields its base URL, then stops it."""
    from kgraph.extras import MissingExtraError
    from kgraph.graph.serve import oxigraph_command

    try:
        binary = oxigraph_command()
    except MissingExtraError as exc:
        if os.environ.get("KGRAPH_REQUIRE_EXTRAS"):
            raise
        pytest.skip(str(exc))
    port = _free_port()
    process = subprocess.Popen([binary, "serve", "--location", str(tmp_path / "remote"),
                                "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        line = process.stdout.readline()  # "Listening for requests at …", or why not
        assert "Listening" in line, line
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def remote(url, sparql):
    request = urllib.request.Request(f"{url}/query", data=urllib.parse.urlencode({"query": sparql}).encode(),
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        answer = json.load(response)
    return [{k: v["value"] for k, v in b.items()} for b in answer["results"]["bindings"]]


def graphs(url):
    return {row["g"]: int(row["n"]) for row in
            remote(url, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")}


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory):
    out = tmp_path_factory.mktemp("push") / "g.ttl"
    assert run("build", str(SAMPLE), "-o", str(out)).returncode == 0
    return out


def test_push_then_the_server_answers_as_kgraph_query(server, graph_file):
    pushed = run("push", str(graph_file), "--endpoint", f"{server}/store", "--chunk", "300")
    assert pushed.returncode == 0, pushed.stderr
    assert "replaced the default graph" in pushed.stderr
    local = run("query", str(graph_file), COUNT, "--format", "json")
    expected = json.loads(local.stdout)["results"]["bindings"][0]["n"]["value"]
    assert remote(server, COUNT) == [{"n": expected}]
    from kgraph.graph.serve import portable_query

    local = json.loads(run("query", str(graph_file), "officials", "--format", "json").stdout)
    local_rows = sorted(json.dumps({k: v["value"] for k, v in b.items()}, sort_keys=True, ensure_ascii=False)
                        for b in local["results"]["bindings"])
    remote_rows = sorted(json.dumps(row, sort_keys=True, ensure_ascii=False)
                         for row in remote(server, portable_query("officials")))
    assert remote_rows == local_rows and remote_rows
    assert graphs(server) == {}  # no temporary graph is left


def test_a_named_graph_is_replaced_not_added_to(server, graph_file, tmp_path):
    iri = "https://example.org/graph/news"
    for _ in range(2):
        assert run("push", str(graph_file), "--endpoint", f"{server}/store", "--graph", iri,
                   "--chunk", "500").returncode == 0
    size = len(KnowledgeGraph.load(graph_file))
    assert graphs(server) == {iri: size}
    assert remote(server, COUNT) == [{"n": "0"}]  # the default graph is untouched
    # a smaller graph replaces it entirely
    page = tmp_path / "p.txt"
    page.write_text("本报讯(记者王凯)松滋市公安局举行退赃大会。", encoding="utf-8")
    assert run("build", str(page), "--store", str(tmp_path / "small")).returncode == 0
    assert run("push", str(tmp_path / "small"), "--endpoint", f"{server}/store", "--graph", iri).returncode == 0
    assert graphs(server) == {iri: len(KnowledgeGraph.load(tmp_path / "small"))}  # by one PUT
    # and the default graph too
    assert run("push", str(tmp_path / "small"), "--endpoint", f"{server}/store").returncode == 0
    assert remote(server, COUNT) == [{"n": str(len(KnowledgeGraph.load(tmp_path / "small")))}]


def test_a_failure_midway_leaves_the_remote_graph_as_it_was(server, graph_file, monkeypatch):
    from kgraph.graph import push

    graph = KnowledgeGraph.load(graph_file)
    push.push_graph(graph, f"{server}/store", graph_iri="https://example.org/g")
    before = graphs(server)
    real, calls = push._Client.send, []

    def failing_at(n):
        def flaky(self, method, url, body, content_type):
            calls.append(url)
            if len(calls) == n:
                raise push._Failed(f"{url.split('?')[0]} answered HTTP 503 Service Unavailable")
            return real(self, method, url, body, content_type)
        return flaky

    chunks = -(-len(graph) // 200)
    for n in (3, chunks + 1):  # an upload request, then the MOVE itself
        calls.clear()
        monkeypatch.setattr(push._Client, "send", failing_at(n))
        with pytest.raises(ServiceError, match="503.*<https://example.org/g> was left as it was"):
            push.push_graph(graph, f"{server}/store", graph_iri="https://example.org/g", chunk=200)
        assert len(calls) == n + 1 and calls[-1].endswith("/update")  # then the temporary graph dropped
    assert graphs(server) == before  # the target is whole, the partial upload dropped


@pytest.mark.parametrize("args, code, message", [
    (["--endpoint", "http://127.0.0.1:{closed}/store"], 5, "Connection refused; the default graph was left as it was"),
    (["--endpoint", "ftp://example.org/store"], 2, "give an http(s):// URL"),
    (["--endpoint", "http://[::1/store"], 2, "not a URL"),
    (["--endpoint", "http://127.0.0.1:{closed}/somewhere"], 2, "give --update-endpoint"),
    (["--endpoint", "http://127.0.0.1:{closed}/store", "--graph", "not an iri"], 2, "give an absolute IRI"),
    (["--endpoint", "http://127.0.0.1:{closed}/store", "--auth", "nocolon"], 2, "expected USER:PASSWORD"),
])
def test_push_errors_are_one_line(graph_file, args, code, message):
    closed = _free_port()
    result = run("push", str(graph_file), *[a.format(closed=closed) for a in args])
    assert result.returncode == code, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert message in result.stderr


class _Fake(http.server.BaseHTTPRequestHandler):
    """A server that wants a token, or that is too slow."""
    seen: list = []

    def do_POST(self):  # noqa: N802
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        _Fake.seen.append((self.path, self.headers.get("Authorization")))
        if "slow" in self.path:
            time.sleep(3)
        self.send_response(401 if self.headers.get("Authorization") != "Bearer s3cret" else 204)
        self.end_headers()

    do_PUT = do_POST  # noqa: N815

    def log_message(self, *args):
        pass


@pytest.fixture
def fake():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Fake)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    _Fake.seen = []
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_token_auth_status_and_timeout(graph_file, fake):
    ok = run("push", str(graph_file), "--endpoint", f"{fake}/store", "--token", "s3cret")
    assert ok.returncode == 0, ok.stderr
    assert {auth for _, auth in _Fake.seen} == {"Bearer s3cret"}
    assert [path for path, _ in _Fake.seen] == ["/store?default"]  # a small graph: one PUT
    _Fake.seen.clear()
    assert run("push", str(graph_file), "--endpoint", f"{fake}/store", "--token", "s3cret",
               "--chunk", "1000").returncode == 0
    assert _Fake.seen[-1][0] == "/update" and len(_Fake.seen) == 3  # two chunks, then the MOVE
    refused = run("push", str(graph_file), "--endpoint", f"{fake}/store")
    assert refused.returncode == 5 and "HTTP 401" in refused.stderr and "left as it was" in refused.stderr
    slow = run("push", str(graph_file), "--endpoint", f"{fake}/slow/store", "--update-endpoint",
               f"{fake}/slow/update", "--token", "s3cret", "--timeout", "0.5")
    assert slow.returncode == 5 and "did not answer within 0.5 s" in slow.stderr
