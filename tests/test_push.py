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
import urllib.error
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
        def flaky(self, method, url, *args, **kwargs):
            calls.append(url)
            if len(calls) == n:
                raise push._Failed(f"{url.split('?')[0]} answered HTTP 503 Service Unavailable")
            return real(self, method, url, *args, **kwargs)
        return flaky

    chunks = -(-len(graph) // 200)
    # an upload request, the count of the temporary graph, then the MOVE itself
    for n, then in ((3, ["/query", "/update"]), (chunks + 1, ["/query", "/update"]),
                    (chunks + 2, ["/query", "/query", "/update"])):
        calls.clear()
        monkeypatch.setattr(push._Client, "send", failing_at(n))
        held = f"{before['https://example.org/g']:,}"
        with pytest.raises(ServiceError, match=f"503.*<https://example.org/g> was left as it was.*{held}"):
            push.push_graph(graph, f"{server}/store", graph_iri="https://example.org/g", chunk=200)
        # then what the target holds asked, and the temporary graph dropped
        assert [url.split("?")[0][len(server):] for url in calls[n:]] == then, calls[n - 1:]
    assert graphs(server) == before  # the target is whole, the partial upload dropped


@pytest.mark.parametrize("args, code, message", [
    (["--endpoint", "http://127.0.0.1:{closed}/store"], 5, "Connection refused; the default graph was left as it was"),
    (["--endpoint", "ftp://example.org/store"], 2, "give an http(s):// URL"),
    (["--endpoint", "http://[::1/store"], 2, "not a URL"),
    (["--endpoint", "http://127.0.0.1:{closed}/somewhere"], 2, "give --update-endpoint"),
    (["--endpoint", "http://127.0.0.1:{closed}/store", "--graph", "not an iri"], 2, "give an absolute IRI"),
    (["--endpoint", "http://127.0.0.1:{closed}/store", "--graph", "https://x.org/a\nb"], 2, "give an absolute IRI"),
    (["--endpoint", "http://127.0.0.1:{closed}/store", "--graph", "https://x.org/%ZZ"], 2, "give an absolute IRI"),
    (["--endpoint", "http://127.0.0.1:{closed}/store#g"], 2, "#fragment"),
    (["--endpoint", "http://127.0.0.1:{closed}/store?graph=https://x.org/a"], 2, "already names a graph"),
    (["--endpoint", "http://127.0.0.1:{closed}/store", "--timeout", "nan"], 2, "--timeout nan"),
    (["--endpoint", "http://127.0.0.1:{closed}/store", "--timeout", "inf"], 2, "--timeout inf"),
    (["--endpoint", "http://127.0.0.1:{closed}/store", "--token", "tok\u00e9n"], 2, "printable ASCII"),
    (["--endpoint", "http://127.0.0.1:{closed}/store", "--auth", "nocolon"], 2, "expected USER:PASSWORD"),
])
def test_push_errors_are_one_line(graph_file, args, code, message):
    closed = _free_port()
    result = run("push", str(graph_file), *[a.format(closed=closed) for a in args])
    assert result.returncode == code, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert message in result.stderr


class _Fake(http.server.BaseHTTPRequestHandler):
    """A server that wants a token, or that is too slow; it says it holds what it was sent."""
    seen: list = []
    held = 0

    def do_POST(self):  # noqa: N802
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        _Fake.seen.append((self.path, self.headers.get("Authorization")))
        if "slow" in self.path:
            time.sleep(3)
        if self.headers.get("Authorization") != "Bearer s3cret":
            self.send_response(401)
            self.end_headers()
            return
        if self.path.endswith("/query"):
            answer = json.dumps({"results": {"bindings": [{"n": {"value": str(_Fake.held)}}]}}).encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)
            return
        if self.command == "PUT":
            _Fake.held = body.count(b"\n")
        elif "graph=" in self.path:
            _Fake.held += body.count(b"\n")
        self.send_response(204)
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
    # a small graph: one PUT, then the count that checks it
    assert [path for path, _ in _Fake.seen] == ["/store?default", "/query"]
    _Fake.seen.clear()
    _Fake.held = 0
    assert run("push", str(graph_file), "--endpoint", f"{fake}/store", "--token", "s3cret",
               "--chunk", "1000").returncode == 0
    # two chunks, the temporary graph counted, the MOVE, the target counted
    assert [path.split("?")[0] for path, _ in _Fake.seen] == ["/store", "/store", "/query", "/update", "/query"]
    refused = run("push", str(graph_file), "--endpoint", f"{fake}/store")
    assert refused.returncode == 5 and "HTTP 401" in refused.stderr and "left as it was" in refused.stderr
    slow = run("push", str(graph_file), "--endpoint", f"{fake}/slow/store", "--update-endpoint",
               f"{fake}/slow/update", "--token", "s3cret", "--timeout", "0.5")
    assert slow.returncode == 5 and "did not answer within 0.5 s" in slow.stderr


# ---------------------------------------------------------------- a loopback proxy that misbehaves

class _Proxy(http.server.BaseHTTPRequestHandler):
    """Forwards to the Oxigraph server, except as ``mode`` says: ``redirect`` answers every
    upload with 303, ``drop-after-move`` applies the MOVE and closes the connection
    without an answer, ``junk`` answers everything 200 with garbage and terminal escapes."""
    upstream = ""
    mode = ""

    def _handle(self):  # noqa: C901
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if _Proxy.mode == "junk":
            junk = b"\x1b[2J\x1b[31mjunk\x00\r\nrm -rf"
            self.send_response(200)
            self.send_header("Content-Length", str(len(junk)))
            self.end_headers()
            self.wfile.write(junk)
            return
        if _Proxy.mode == "redirect" and self.path.startswith("/store"):
            self.send_response(303)
            self.send_header("Location", "/elsewhere\x1b[31m")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        request = urllib.request.Request(_Proxy.upstream + self.path, data=body if body else None,
                                         method=self.command,
                                         headers={k: v for k, v in self.headers.items()
                                                  if k.lower() in ("content-type", "accept")})
        try:
            with urllib.request.urlopen(request, timeout=30) as answer:
                status, content = answer.status, answer.read()
        except urllib.error.HTTPError as exc:
            status, content = exc.code, exc.read()
        if _Proxy.mode == "drop-after-move" and b"MOVE" in body:
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        self.send_response(status)
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        self.wfile.write(content)

    do_GET = do_POST = do_PUT = _handle  # noqa: N815

    def log_message(self, *args):
        pass


@pytest.fixture
def proxy(server):
    import urllib.error  # noqa: F401 - used by the handler

    _Proxy.upstream = server
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Proxy)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _other_graphs(server):
    """Two named graphs and a default graph that a push elsewhere must leave alone."""
    triples = "<http://x.org/s> <http://x.org/p> <http://x.org/o> .\n"
    for graph in ("https://example.org/keep-1", "https://example.org/keep-2"):
        request = urllib.request.Request(f"{server}/store?graph={urllib.parse.quote(graph, safe='')}",
                                         data=triples.encode(), method="PUT",
                                         headers={"Content-Type": "application/n-triples"})
        urllib.request.urlopen(request, timeout=30).close()
    return graphs(server)


def test_a_query_string_is_kept_and_a_fragment_refused(server, graph_file):
    """The audit: a push to ``…/store?`` (and ``#frag``) deleted every named graph."""
    before = _other_graphs(server)
    size = len(KnowledgeGraph.load(graph_file))
    for chunk in ("100000", "500"):  # one PUT, then chunks + MOVE
        pushed = run("push", str(graph_file), "--endpoint", f"{server}/store?", "--graph", "https://example.org/g",
                     "--chunk", chunk)
        assert pushed.returncode == 0, pushed.stderr
        assert graphs(server) == {**before, "https://example.org/g": size}
    fragment = run("push", str(graph_file), "--endpoint", f"{server}/store#frag", "--graph", "https://example.org/h")
    assert fragment.returncode == 2 and "#fragment" in fragment.stderr
    assert graphs(server) == {**before, "https://example.org/g": size}


def test_a_redirect_is_not_success(server, proxy, graph_file):
    before = _other_graphs(server)
    _Proxy.mode = "redirect"
    for chunk in ("100000", "500"):
        result = run("push", str(graph_file), "--endpoint", f"{proxy}/store", "--graph", "https://example.org/g",
                     "--chunk", chunk)
        assert result.returncode == 5, result.stderr
        assert "HTTP 303" in result.stderr and "was left as it was" in result.stderr
        assert "replaced" not in result.stderr and "\x1b" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert graphs(server) == before


def test_a_connection_dropped_after_the_move_is_told_as_it_is(server, proxy, graph_file):
    before = _other_graphs(server)
    _Proxy.mode = "drop-after-move"
    result = run("push", str(graph_file), "--endpoint", f"{proxy}/store", "--graph", "https://example.org/g",
                 "--chunk", "500")
    size = len(KnowledgeGraph.load(graph_file))
    assert result.returncode == 5, result.stderr
    assert f"the MOVE was applied: <https://example.org/g> holds the new graph ({size:,} triples)" in result.stderr
    assert "left as it was" not in result.stderr
    assert graphs(server) == {**before, "https://example.org/g": size}  # and no temporary graph is left


def test_junk_answers_are_not_success_and_never_reach_the_terminal_raw(server, proxy, graph_file):
    _Proxy.mode = "junk"
    for chunk in ("100000", "500"):
        result = run("push", str(graph_file), "--endpoint", f"{proxy}/store", "--chunk", chunk)
        assert result.returncode == 5, result.stderr
        assert "not SPARQL JSON results" in result.stderr and "replaced" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
        assert not any(c in result.stderr for c in "\x1b\x00\r")


def test_server_error_text_is_one_clean_line(graph_file, tmp_path):
    class Noisy(http.server.BaseHTTPRequestHandler):
        def do_PUT(self):  # noqa: N802
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            text = b"bad\x1b]0;owned\x07 input\x00\nsecond line\n\x1b[31mred"
            self.send_response(500)
            self.send_header("Content-Length", str(len(text)))
            self.end_headers()
            self.wfile.write(text)

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Noisy)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        result = run("push", str(graph_file), "--endpoint", f"http://127.0.0.1:{httpd.server_address[1]}/store")
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert result.returncode == 5
    line = result.stderr.strip()
    assert len(line.splitlines()) == 1 and "HTTP 500" in line and "second line" in line
    assert not any(c in line for c in "\x1b\x00\x07\r")
