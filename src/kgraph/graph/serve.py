"""``kgraph serve``: a read-only SPARQL 1.1 Protocol endpoint over a graph, under the
query policy of :mod:`.policy`, the same as ``kgraph query``'s.

The engine is Oxigraph (pyoxigraph), run in a few worker processes behind a small
standard HTTP server (:mod:`http.server`) in this process:

- the server reads each request (GET or POST at ``/query``; a body of at most a few
  megabytes), checks the query with :func:`.policy.check_query` (no update, no
  ``SERVICE``, bounded nesting, operators and path steps: HTTP 400 with the reason),
  picks the answer's format by content negotiation (SPARQL JSON, XML, CSV, TSV;
  Turtle, N-Triples, JSON-LD, RDF/XML), and hands the query to an idle worker;
- a worker holds the store open read-only, runs one query at a time and sends back
  the serialized answer;
- a worker that runs over ``timeout`` seconds, or whose query takes the server's
  memory over ``ceiling``, is killed (Oxigraph cannot be stopped from outside once it
  evaluates) and replaced; so is one whose client went away.  The query gets HTTP 503
  with the reason, a worker that crashed HTTP 500, and the endpoint goes on answering.

``/update`` answers 403: the endpoint is read-only.  A store (``kgraph build -o DIR/``)
is served as it is when the server starts, from a checkpoint of it (hard links) that
an update swapping in a new version, and removing the old, does not disturb; a graph
file is first loaded into a temporary store.  Either is removed when the server stops,
or at the next start if the server was killed.
"""
from __future__ import annotations

import errno
import functools
import html
import http.server
import json
import os
import queue
import re
import select
import shutil
import signal
import socket
import struct
import subprocess
import sys
import sysconfig
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path
from typing import Any

from ..errors import OutputError, QueryError, clean_line
from ..extras import MissingExtraError, ServiceError
from .policy import (MAX_QUERY_CHARS, QUERY_TIMEOUT, check_query, die_with_parent, memory_ceiling, resident_memory,
                     stopped_message)

__all__ = ["Endpoint", "start_endpoint", "oxigraph_command", "portable_query", "DEFAULT_WORKERS"]

DEFAULT_WORKERS = 2
_MAX_BODY = MAX_QUERY_CHARS * 4 + 4096  # a form-encoded query at its longest, in bytes
_CLIENT_TIMEOUT = 30  # seconds a client may take to send its request
_TEMPORARY = "kgraph-serve-"


def oxigraph_command() -> str:
    """The ``oxigraph`` server binary of the ``oxigraph`` package (installed beside this
    Python), or one on ``PATH``; it must be 0.5.x, the storage format of pyoxigraph 0.5.
    (``kgraph serve`` does not need it; the tests and benchmarks start a read-write
    Oxigraph server with it to push to.)"""
    import pyoxigraph

    candidates = [Path(sysconfig.get_path("scripts")) / "oxigraph", Path(sys.executable).parent / "oxigraph"]
    found = shutil.which("oxigraph")
    if found:
        candidates.append(Path(found))
    wanted = ".".join(pyoxigraph.__version__.split(".")[:2])
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            try:
                version = subprocess.run([str(candidate), "--version"], capture_output=True, text=True,
                                         timeout=30).stdout.split()
            except (OSError, subprocess.SubprocessError):
                continue
            if len(version) >= 2 and version[1].startswith(wanted + "."):
                return str(candidate)
    raise MissingExtraError(f"Oxigraph's server {wanted}.x is not installed: pip install 'kgraph[server]'")


def portable_query(name: str, params: dict[str, str] | None = None) -> str:
    """A shipped query as SPARQL any server runs: its parameters become a ``VALUES``
    clause (a plain value a ``@zh`` literal, an ``http(s)://`` value an IRI)."""
    from .queries import named_queries

    queries = named_queries()
    if name not in queries:
        raise QueryError(f"no query named {name}; the named queries are: {', '.join(queries)}")
    sparql = queries[name].sparql
    for key, value in (params or {}).items():
        if re.match(r"https?://", value):
            term = f"<{value}>"
        else:
            term = '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"@zh'
        sparql = sparql.rstrip() + f"\nVALUES ?{key} {{ {term} }}\n"
    return sparql


# ---------------------------------------------------------------- the workers

def _frame(data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + data


def _read_frame(stream) -> bytes:
    head = stream.read(4)
    if len(head) < 4:
        raise EOFError
    size = struct.unpack(">I", head)[0]
    data = stream.read(size)
    if len(data) < size:
        raise EOFError
    return data


def _worker_main() -> None:  # pragma: no cover - runs in the worker process
    """A worker: open the store read-only, then answer one query at a time.  Requests
    and answers are length-prefixed frames on stdin and on the process's original stdout
    (standard output itself goes to /dev/null, so that nothing else can mix in)."""
    import pyoxigraph as ox

    channel = os.fdopen(os.dup(1), "wb")
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the server stops its workers
    store = ox.Store.read_only(sys.argv[1])
    inbox = sys.stdin.buffer
    channel.write(_frame(b"ready"))
    channel.flush()
    while True:
        try:
            request = json.loads(_read_frame(inbox))
        except EOFError:
            return
        try:
            answer = store.query(request["query"])
            if isinstance(answer, ox.QueryTriples):
                body = answer.serialize(format=ox.RdfFormat.from_media_type(request["graph"]))
            else:
                body = answer.serialize(format=ox.QueryResultsFormat.from_media_type(request["results"]))
            head = {"status": 200}
        except SyntaxError as exc:
            head, body = {"status": 400}, f"malformed SPARQL: {clean_line(str(exc), 300)}".encode()
        except (OSError, RuntimeError, ValueError) as exc:
            head, body = {"status": 500}, f"the query failed: {clean_line(str(exc), 300)}".encode()
        channel.write(_frame(json.dumps(head).encode()) + _frame(body or b""))
        channel.flush()


class _Worker:
    def __init__(self, location: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", "from kgraph.graph.serve import _worker_main; _worker_main()", location],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            preexec_fn=die_with_parent if sys.platform.startswith("linux") else None)
        self.stopped: str | None = None  # why the watchdog killed it
        self.busy = False
        if _read_frame(self.process.stdout) != b"ready":
            raise EOFError

    def kill(self, reason: str) -> None:
        self.stopped = self.stopped or reason
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        for stream in (self.process.stdin, self.process.stdout):
            try:
                stream.close()
            except OSError:
                pass


class _Stopped(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class _Pool:
    """Worker processes, each running one query at a time, watched for time and memory."""

    def __init__(self, location: str, workers: int, timeout: float, ceiling: int) -> None:
        self.location, self.timeout, self.ceiling = location, timeout, ceiling
        self.idle: queue.Queue[_Worker] = queue.Queue()
        self.all: set[_Worker] = set()
        self.lock = threading.Lock()
        self.closed = False
        self.wanted: queue.Queue[None] = queue.Queue()
        for _ in range(workers):
            self._add(self._spawn())
        threading.Thread(target=self._watch, daemon=True).start()
        # one long-lived thread starts the replacements: a worker is killed when the
        # thread that started it ends (PR_SET_PDEATHSIG follows the thread, not the process)
        threading.Thread(target=self._respawn, daemon=True).start()

    def _spawn(self) -> _Worker:
        try:
            return _Worker(self.location)
        except (OSError, EOFError) as exc:
            raise ServiceError(f"the query engine did not start on {self.location}: {clean_line(str(exc), 100)}") \
                from exc

    def _add(self, worker: _Worker) -> None:
        with self.lock:
            if self.closed:
                worker.kill("closed")
                return
            self.all.add(worker)
        self.idle.put(worker)

    def _replace(self, worker: _Worker, reason: str) -> None:
        worker.kill(reason)
        with self.lock:
            self.all.discard(worker)
        self.wanted.put(None)

    def _respawn(self) -> None:
        while not self.closed:
            self.wanted.get()
            try:
                self._add(self._spawn())
            except ServiceError:
                time.sleep(1)
                self.wanted.put(None)

    def _watch(self) -> None:
        """Kill the busy worker that takes the server over its memory ceiling."""
        me = os.getpid()
        while not self.closed:
            time.sleep(0.05)
            with self.lock:
                workers = [(resident_memory(w.process.pid), w) for w in self.all]
            total = resident_memory(me) + sum(size for size, _ in workers)
            busy = [(size, w) for size, w in workers if w.busy]
            if total > self.ceiling and busy:
                max(busy, key=lambda item: item[0])[1].kill("memory")

    def run(self, request: dict, client_gone) -> tuple[int, bytes]:
        """Answer one query: (HTTP status, body), or :class:`_Stopped`."""
        started = time.monotonic()
        try:
            worker = self.idle.get(timeout=self.timeout if self.timeout < float("inf") else None)
        except queue.Empty:
            raise _Stopped(503, f"every query worker stayed busy for {self.timeout:g} s: try again") from None
        worker.busy = True
        try:
            worker.process.stdin.write(_frame(json.dumps(request).encode()))
            worker.process.stdin.flush()
            deadline = started + self.timeout
            while True:
                ready, _, _ = select.select([worker.process.stdout], [], [], 0.1)
                if ready:
                    head = json.loads(_read_frame(worker.process.stdout))
                    body = _read_frame(worker.process.stdout)
                    break
                if worker.process.poll() is not None or worker.stopped:
                    raise EOFError
                if time.monotonic() > deadline:
                    worker.kill("timeout")
                    raise EOFError
                if client_gone():
                    worker.kill("client gone")
                    raise EOFError
        except (EOFError, OSError, ValueError):
            reason = worker.stopped or f"exit code {worker.process.poll()}"
            self._replace(worker, reason)
            if reason in ("timeout", "memory"):
                raise _Stopped(503, stopped_message(reason, self.timeout, self.ceiling)) from None
            if reason == "client gone":
                raise _Stopped(499, "the client went away") from None
            raise _Stopped(500, stopped_message(reason, self.timeout, self.ceiling)) from None
        worker.busy = False
        self.idle.put(worker)
        return head["status"], body

    def close(self) -> None:
        with self.lock:
            self.closed = True
            workers = list(self.all)
            self.all.clear()
        for worker in workers:
            worker.kill("closed")


# ---------------------------------------------------------------- the HTTP server

_RESULTS = ("application/sparql-results+json", "application/sparql-results+xml", "text/csv",
            "text/tab-separated-values")
_GRAPHS = ("text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml")


def _negotiate(accept: str, form: str) -> str | None:
    """The media type to answer with: the client's most wanted one that the query's form
    can give (``*/*`` or no header: SPARQL JSON, or Turtle for a graph); None if none."""
    import pyoxigraph as ox

    graph = form in ("ConstructQuery", "DescribeQuery")
    offered = _GRAPHS if graph else _RESULTS
    wanted = []
    for position, item in enumerate((accept or "*/*").split(",")):
        media, *options = [part.strip() for part in item.split(";")]
        quality = 1.0
        for option in options:
            if option.startswith("q="):
                try:
                    quality = float(option[2:])
                except ValueError:
                    quality = 0.0
        wanted.append((-quality, position, media.lower()))
    for quality, _, media in sorted(wanted):
        if quality == 0:
            continue
        if media in ("*/*", "application/*", "text/*"):
            return offered[0]
        try:
            known = (ox.RdfFormat if graph else ox.QueryResultsFormat).from_media_type(media)
        except ValueError:
            known = None
        if known is not None:
            return known.media_type.split(";")[0]
    return None


@functools.cache
def _read_chunked(stream, limit: int) -> bytes | str:
    """A chunked request body (RFC 9112 7.1) of at most ``limit`` bytes, or "long", or
    "malformed"."""
    body = bytearray()
    while True:
        line = stream.readline(1024)
        try:
            size = int(line.split(b";")[0].strip(), 16)
        except ValueError:
            return "malformed"
        if size < 0:
            return "malformed"
        if size == 0:
            for _ in range(64):  # trailer fields, up to the blank line
                if not stream.readline(1024).strip():
                    return bytes(body)
            return "malformed"
        if len(body) + size > limit:
            return "long"
        chunk = stream.read(size)
        if len(chunk) != size or stream.readline(3).strip():
            return "malformed"
        body += chunk


def _front_page() -> bytes:
    """The page at ``/``: what the endpoint answers and a form that sends a query to it.

    The page is the project's own file (data/serve/index.html) with the ontology's
    namespace filled in; nothing from a request or from the graph goes into it."""
    from ..resources import data_path
    from .vocab import KG

    page = data_path("serve", "index.html").read_text(encoding="utf-8")
    return page.replace("{ontology}", html.escape(str(KG))).encode("utf-8")


@functools.cache
def _service_description() -> bytes:
    """A SPARQL 1.1 Service Description of the endpoint, in Turtle, as the endpoint's URL
    gives it to a GET without a query.  ``<>`` is that URL, so no Host header (which the
    client writes) goes into the answer; the result formats are the ones ``_negotiate`` offers."""
    import pyoxigraph as ox

    formats = [ox.QueryResultsFormat.from_media_type(media).iri for media in _RESULTS]
    formats += [ox.RdfFormat.from_media_type(media).iri for media in _GRAPHS]
    listed = ",\n        ".join(f"<{iri}>" for iri in formats)
    return ("@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .\n\n"
            "<> a sd:Service ;\n    sd:endpoint <> ;\n    sd:supportedLanguage sd:SPARQL11Query ;\n"
            f"    sd:resultFormat {listed} .\n").encode("utf-8")


class _Handler(http.server.BaseHTTPRequestHandler):
    server_version = "kgraph"
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # the headers and the body leave at once, not after an ACK
    timeout = _CLIENT_TIMEOUT
    pool: _Pool
    cors = False

    def log_message(self, *args: Any) -> None:  # quiet: the endpoint prints its URL and nothing per request
        pass

    def _answer(self, status: int, body: bytes, content_type: str = "text/plain; charset=utf-8") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        # an error's text may say what the client sent (a path, a query's start): never read
        # as a page whatever it holds (/<script>…)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Length", str(len(body)))
        if self.cors:
            self.send_header("Access-Control-Allow-Origin", "*")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _text(self, status: int, message: str) -> None:
        self._answer(status, (clean_line(message, 2000) + "\n").encode("utf-8"))

    def _client_gone(self) -> bool:
        try:
            readable, _, _ = select.select([self.connection], [], [], 0)
            return bool(readable) and self.connection.recv(1, socket.MSG_PEEK) == b""
        except (OSError, ValueError):
            return True

    def do_OPTIONS(self) -> None:  # noqa: N802 - CORS preflight
        self.send_response(204)
        if self.cors:
            self.send_header("Access-Control-Allow-Origin", "*")
            self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
            self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:  # noqa: N802
        parts = urllib.parse.urlsplit(self.path)
        if parts.path == "/query":
            params = urllib.parse.parse_qs(parts.query)
            if not params:
                return self._answer(200, _service_description(), "text/turtle; charset=utf-8")
            return self._query(params)
        if parts.path in ("/", ""):
            return self._answer(200, _front_page(), "text/html; charset=utf-8")
        if parts.path == "/update":
            return self._text(403, "this endpoint is read-only: updates are refused")
        return self._text(404, f"nothing at {parts.path}: queries go to /query")

    do_HEAD = do_GET  # noqa: N815

    def do_POST(self) -> None:  # noqa: N802
        parts = urllib.parse.urlsplit(self.path)
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            # a body sent in chunks (requests with a generator, fetch with a stream): read
            # within the bound; it was once read as empty ("give one query parameter"),
            # and its chunks then as the next request on the connection
            body = _read_chunked(self.rfile, _MAX_BODY)
            if not isinstance(body, bytes):
                self.close_connection = True
                return self._text(413 if body == "long" else 400,
                                  f"a request body of at most {_MAX_BODY:,} bytes" if body == "long"
                                  else "a malformed chunked request body")
        else:
            try:
                length = int(self.headers.get("Content-Length") or 0)
            except ValueError:
                length = -1
            if length < 0 or length > _MAX_BODY:
                self.close_connection = True
                return self._text(413, f"a request body of at most {_MAX_BODY:,} bytes, with its Content-Length")
            body = self.rfile.read(length)
        if parts.path == "/update":
            return self._text(403, "this endpoint is read-only: updates are refused")
        if parts.path != "/query":
            return self._text(404, f"nothing at {parts.path}: queries go to /query")
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if kind == "application/sparql-query":
            params = urllib.parse.parse_qs(parts.query)
            params["query"] = [body.decode("utf-8", "replace")]
        elif kind in ("application/x-www-form-urlencoded", ""):
            params = urllib.parse.parse_qs(body.decode("utf-8", "replace"))
        elif kind == "application/sparql-update":
            return self._text(403, "this endpoint is read-only: updates are refused")
        else:
            return self._text(415, f"a query is posted as application/sparql-query or a form, not {kind}")
        return self._query(params)

    def _query(self, params: dict[str, list[str]]) -> None:
        if "update" in params:  # an update sent to the query service is a malformed request there
            return self._text(400, "update operations are refused: this endpoint only reads the graph")
        queries = params.get("query", [])
        if len(queries) != 1:
            return self._text(400, "give one query parameter")
        sparql = queries[0].removeprefix("\ufeff")
        try:
            form = check_query(sparql)
        except QueryError as exc:
            return self._text(400, str(exc))
        media = _negotiate(self.headers.get("Accept", ""), form)
        if media is None:
            return self._text(406, "no answer format the client accepts: ask for SPARQL JSON, XML, CSV or TSV, "
                                   "or for a graph Turtle, N-Triples, JSON-LD or RDF/XML")
        graph = form in ("ConstructQuery", "DescribeQuery")
        request = {"query": sparql, "results": None if graph else media, "graph": media if graph else None}
        try:
            status, body = self.pool.run(request, self._client_gone)
        except _Stopped as exc:
            if exc.status == 499:
                self.close_connection = True
                return None
            return self._text(exc.status, str(exc))
        if status != 200:
            return self._text(status, body.decode("utf-8", "replace"))
        if media.startswith("text/") and "charset" not in media:
            media += "; charset=utf-8"
        return self._answer(200, body, media)


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 64

    def handle_error(self, request, client_address) -> None:
        """A client that went away mid-answer is not worth a traceback on the console."""


class _Server6(_Server):
    address_family = socket.AF_INET6


# ---------------------------------------------------------------- the endpoint

class Endpoint:
    """A running endpoint over one graph.  Use :func:`start_endpoint` as a context
    manager: leaving it stops the server, its workers, and removes any temporary store."""

    def __init__(self, httpd: _Server, pool: _Pool, url: str, temporary: str | None) -> None:
        self.httpd, self.pool = httpd, pool
        self.url = url.rstrip("/")
        self.query_url = f"{self.url}/query"
        self._temporary = temporary
        self._thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True)
        self._thread.start()

    def wait(self) -> int:
        """Block until the server stops (Ctrl-C raises ``KeyboardInterrupt`` here)."""
        while self._thread.is_alive():
            self._thread.join(0.5)
        return 1

    def stop(self) -> None:
        if self._thread.is_alive():
            self.httpd.shutdown()
        self.httpd.server_close()
        self.pool.close()
        if self._temporary:
            shutil.rmtree(self._temporary, ignore_errors=True)
            self._temporary = None

    def __enter__(self) -> "Endpoint":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.stop()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _clean_stale_temporaries() -> None:
    """Remove the temporary stores of servers that were killed (``kgraph-serve-PID-…``
    whose process is gone)."""
    root = Path(tempfile.gettempdir())
    try:
        entries = list(root.glob(f"{_TEMPORARY}*"))
    except OSError:
        return
    for entry in entries:
        found = re.fullmatch(rf"{_TEMPORARY}(\d+)-.*", entry.name)
        if found and int(found.group(1)) != os.getpid() and not _alive(int(found.group(1))):
            shutil.rmtree(entry, ignore_errors=True)


def start_endpoint(graph: str | os.PathLike, host: str = "127.0.0.1", port: int = 7878, *,
                   timeout: float | None = QUERY_TIMEOUT, cors: bool = False, workers: int = DEFAULT_WORKERS,
                   max_memory: float | None = None) -> Endpoint:
    """Serve ``graph`` (a store directory or a graph file) read-only at
    ``http://HOST:PORT/query`` and return once it listens.  ``timeout`` bounds each query
    (seconds), ``max_memory`` the server's memory with its workers (megabytes; default
    half the machine's), ``workers`` the queries run at once.

    Raises :class:`~kgraph.InputError` for a graph that cannot be read,
    :class:`~kgraph.extras.ServiceError` if the port is in use or the server does not
    start."""
    from .knowledge import KnowledgeGraph
    from .store import is_store, store_data, write_store

    _clean_stale_temporaries()
    temporary = None
    if is_store(graph):
        KnowledgeGraph.load(graph)  # checks the store opens: a damaged one fails here, in one line
        # the server's own checkpoint of this version (hard links: quick).  An update of the
        # store removes the version it replaces, and a worker started after that (one that
        # replaced a worker stopped at --timeout) once found nothing to open: no query was
        # answered again
        temporary = tempfile.mkdtemp(prefix=f"{_TEMPORARY}{os.getpid()}-")
        location = Path(temporary) / "oxigraph"
        try:
            import pyoxigraph as ox

            ox.Store.read_only(str(store_data(Path(graph).resolve()))).backup(str(location))
        except (OSError, RuntimeError) as exc:
            shutil.rmtree(temporary, ignore_errors=True)
            raise OutputError(f"{graph}: cannot make the server's copy of the store in {tempfile.gettempdir()}: "
                              f"{clean_line(str(exc), 200)}", path=str(graph)) from exc
        except BaseException:
            shutil.rmtree(temporary, ignore_errors=True)
            raise
    else:
        loaded = KnowledgeGraph.load(graph)  # a graph file, checked and parsed once
        temporary = tempfile.mkdtemp(prefix=f"{_TEMPORARY}{os.getpid()}-")
        try:
            write_store(loaded, Path(temporary) / "store")
        except BaseException:
            shutil.rmtree(temporary, ignore_errors=True)
            raise
        del loaded
        location = store_data(Path(temporary) / "store").resolve()
    try:
        server_class = _Server6 if ":" in host else _Server
        handler = type("Handler", (_Handler,), {"cors": cors})
        try:
            httpd = server_class((host, port), handler)
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise ServiceError(f"{host}:{port} is already in use: choose another --port") from exc
            raise ServiceError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
        try:
            handler.pool = _Pool(str(location), workers, timeout or float("inf"), memory_ceiling(max_memory))
        except BaseException:
            httpd.server_close()
            raise
    except BaseException:
        if temporary:
            shutil.rmtree(temporary, ignore_errors=True)
        raise
    bound = httpd.server_address[1]
    return Endpoint(httpd, handler.pool, f"http://[{host}]:{bound}" if ":" in host else f"http://{host}:{bound}",
                    temporary)
