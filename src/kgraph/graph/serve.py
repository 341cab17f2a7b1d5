"""``kgraph serve``: a read-only SPARQL 1.1 Protocol endpoint over a graph, served by
Oxigraph's own server (``oxigraph serve-read-only``, from the ``oxigraph`` package:
``pip install 'kgraph[server]'``).

The server answers GET and POST queries at ``/query`` with SPARQL JSON, XML, CSV or TSV
results and Turtle, N-Triples, JSON-LD… graphs, by content negotiation; it has no update
service (an update is refused: HTTP 403 at ``/update``, 400 at ``/query``), and a
malformed query gets HTTP 400 with the parser's message.  A store (``kgraph build -o
DIR/``) is served in place; a graph file is first loaded into a temporary store, which
is removed when the server stops.
"""
from __future__ import annotations

import errno
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import sysconfig
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from ..extras import MissingExtraError, ServiceError

__all__ = ["Endpoint", "start_endpoint", "oxigraph_command", "portable_query"]

_READY = re.compile(r"Listening for requests at (\S+)")


def oxigraph_command() -> str:
    """The ``oxigraph`` server binary of the ``oxigraph`` package (installed beside this
    Python), or one on ``PATH``; it must be 0.5.x, the storage format of pyoxigraph 0.5."""
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
    raise MissingExtraError(f"kgraph serve needs Oxigraph's server {wanted}.x: pip install 'kgraph[server]'")


def portable_query(name: str, params: dict[str, str] | None = None) -> str:
    """A shipped query as SPARQL any server runs: its parameters become a ``VALUES``
    clause (a plain value a ``@zh`` literal, an ``http(s)://`` value an IRI)."""
    from ..errors import QueryError
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


class Endpoint:
    """A running ``oxigraph serve-read-only`` over one graph.  Use :func:`start_endpoint`
    as a context manager: leaving it stops the server and removes any temporary store."""

    def __init__(self, process: subprocess.Popen, url: str, temporary: str | None) -> None:
        self.process = process
        self.url = url.rstrip("/")
        self.query_url = f"{self.url}/query"
        self._temporary = temporary

    def wait(self) -> int:
        """Block until the server exits (Ctrl-C raises ``KeyboardInterrupt`` here)."""
        return self.process.wait()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self._temporary:
            shutil.rmtree(self._temporary, ignore_errors=True)
            self._temporary = None

    def __enter__(self) -> "Endpoint":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.stop()


def _check_port(host: str, port: int) -> int:
    """Fail early, in one line, if the port is taken; port 0 picks a free one."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((host, port))
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise ServiceError(f"{host}:{port} is already in use: choose another --port") from exc
            raise ServiceError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
        return probe.getsockname()[1]


def _die_with_parent() -> None:  # pragma: no cover - runs in the child
    """On Linux the server gets SIGTERM if kgraph dies without stopping it (kill -9)."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def start_endpoint(graph: str | os.PathLike, host: str = "127.0.0.1", port: int = 7878, *,
                   timeout: float | None = None, cors: bool = False, startup: float = 60.0) -> Endpoint:
    """Serve ``graph`` (a store directory or a graph file) read-only at
    ``http://HOST:PORT/query`` and return once the server listens.

    Raises :class:`~kgraph.InputError` for a graph that cannot be read,
    :class:`~kgraph.extras.ServiceError` if the port is in use or the server does not
    start, :class:`~kgraph.extras.MissingExtraError` without the ``server`` extra."""
    from .knowledge import KnowledgeGraph
    from .store import is_store, store_data, write_store

    binary = oxigraph_command()
    temporary = None
    if is_store(graph):
        KnowledgeGraph.load(graph)  # checks the store opens: a damaged one fails here, in one line
        location = store_data(graph)
    else:
        loaded = KnowledgeGraph.load(graph)  # a graph file, checked and parsed once
        temporary = tempfile.mkdtemp(prefix="kgraph-serve-")
        try:
            write_store(loaded, Path(temporary) / "store")
        except BaseException:
            shutil.rmtree(temporary, ignore_errors=True)
            raise
        del loaded
        location = store_data(Path(temporary) / "store")
    try:
        port = _check_port(host, port)
        bind = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
        command = [binary, "serve-read-only", "--location", str(location), "--bind", bind]
        if timeout:
            command += ["--timeout-s", str(int(timeout))]
        if cors:
            command.append("--cors")
        env = dict(os.environ, RUST_BACKTRACE="0", RUST_LIB_BACKTRACE="0")
        process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                   stderr=subprocess.STDOUT, env=env, text=True, errors="replace",
                                   preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None)
    except BaseException:
        if temporary:
            shutil.rmtree(temporary, ignore_errors=True)
        raise
    endpoint = Endpoint(process, f"http://{bind}", temporary)
    try:
        _wait_until_listening(endpoint, startup)
    except BaseException:
        endpoint.stop()
        raise
    return endpoint


def _wait_until_listening(endpoint: Endpoint, startup: float) -> None:
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:  # the server's output: wait for its first line, then drain it
        for line in endpoint.process.stdout:
            if not ready.is_set():
                lines.append(line.strip())
                if _READY.search(line):
                    ready.set()

    threading.Thread(target=read, daemon=True).start()
    deadline = time.monotonic() + startup
    while not ready.is_set():
        if endpoint.process.poll() is not None:
            time.sleep(0.1)  # let the reader take the last lines
            message = next((line.removeprefix("Error: ") for line in lines if line.startswith("Error")),
                           lines[0] if lines else f"exit code {endpoint.process.returncode}")
            if "Address already in use" in message:
                message = f"{endpoint.url.removeprefix('http://')} is already in use: choose another --port"
            raise ServiceError(f"the SPARQL server did not start: {message}")
        if time.monotonic() > deadline:
            raise ServiceError(f"the SPARQL server did not start within {startup:.0f} s")
        ready.wait(0.05)
