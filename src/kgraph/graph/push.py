"""``kgraph push``: load a graph into any SPARQL 1.1 Graph Store Protocol server
(Oxigraph, Apache Jena Fuseki, Virtuoso, GraphDB), replacing one graph on it.

How the remote graph is replaced, all or nothing:

0. A graph of at most ``chunk`` triples goes in one Graph Store Protocol ``PUT`` to the
   target, which replaces it in one request (the server's transaction; Oxigraph's and
   Fuseki's are atomic).  On failure the target is left as it was, except after a
   timeout, when the server may or may not have done it (the error says so).

A larger graph:

1. The triples go, in chunks of N-Triples the server accepts (``chunk`` triples per
   request), into a fresh temporary named graph ``urn:kgraph:push:<uuid>`` with Graph
   Store Protocol ``POST …?graph=<temp>`` requests.  The target graph is not touched.
2. One SPARQL update, ``MOVE GRAPH <temp> TO GRAPH <target>`` (``… TO DEFAULT`` for the
   default graph), replaces the target by the upload.  A server that runs one update
   request as one transaction (Oxigraph, Fuseki/TDB2, GraphDB; Virtuoso in its
   default transactional mode) shows either the old graph or the new one, never a mix.

If anything fails in step 1 (refused connection, an HTTP error, a timeout), kgraph
drops the temporary graph (``DROP SILENT GRAPH <temp>``, best effort) and the target
is left as it was.  If step 2 is refused, the target is left as it was too.  If step 2
times out, kgraph cannot know whether the server applied it: the error says so, and
the target is then either the old graph or the new one (a count tells which).  A
temporary graph that could not be dropped (the server went away) is named in the
error; drop it with ``DROP SILENT GRAPH <…>``.
"""
from __future__ import annotations

import base64
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

import pyoxigraph as ox

from ..errors import InputError
from ..extras import ServiceError

__all__ = ["push_graph", "PushReport", "update_endpoint_for", "DEFAULT_CHUNK"]

DEFAULT_CHUNK = 50_000  # triples per request: about 10 MB of N-Triples

# Graph Store Protocol service -> SPARQL update service, for the servers we know
_UPDATE_FOR = (
    (re.compile(r"/store/?$"), "/update"),                                  # Oxigraph
    (re.compile(r"/data/?$"), "/update"),                                   # Fuseki
    (re.compile(r"/rdf-graphs/service/?$"), "/statements"),                 # GraphDB, RDF4J
    (re.compile(r"/sparql-graph-crud-auth/?$"), "/sparql-auth"),            # Virtuoso
    (re.compile(r"/sparql-graph-crud/?$"), "/sparql"),                      # Virtuoso
)


@dataclass(frozen=True)
class PushReport:
    triples: int
    requests: int
    seconds: float
    graph: str | None  # None: the default graph

    @property
    def rate(self) -> float:
        return self.triples / self.seconds if self.seconds else float("inf")


def update_endpoint_for(endpoint: str) -> str:
    """The SPARQL update URL beside a Graph Store Protocol URL (Oxigraph ``/store`` ->
    ``/update``, Fuseki ``/ds/data`` -> ``/ds/update``, GraphDB ``…/rdf-graphs/service``
    -> ``…/statements``, Virtuoso ``/sparql-graph-crud-auth`` -> ``/sparql-auth``)."""
    parts = urllib.parse.urlsplit(endpoint)
    for pattern, replacement in _UPDATE_FOR:
        if pattern.search(parts.path):
            return urllib.parse.urlunsplit(parts._replace(path=pattern.sub(replacement, parts.path), query=""))
    raise InputError(f"--endpoint {endpoint}: cannot tell this server's SPARQL update URL: give --update-endpoint")


class _Client:
    def __init__(self, auth: str | None, token: str | None, timeout: float) -> None:
        self.timeout = timeout
        self.headers = {"User-Agent": "kgraph"}
        handlers = []
        if token:
            self.headers["Authorization"] = f"Bearer {token}"
        elif auth:
            user, sep, password = auth.partition(":")
            if not sep:
                raise InputError("--auth: expected USER:PASSWORD")
            # Basic up front (Fuseki, GraphDB), and Digest if the server asks for it (Virtuoso)
            self.headers["Authorization"] = "Basic " + base64.b64encode(auth.encode("utf-8")).decode("ascii")
            manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            manager.add_password(None, "/", user, password)
            handlers.append(urllib.request.HTTPDigestAuthHandler(manager))
        self.opener = urllib.request.build_opener(*handlers)

    def send(self, method: str, url: str, body: bytes, content_type: str) -> None:
        request = urllib.request.Request(url, data=body, method=method,
                                         headers={**self.headers, "Content-Type": content_type})
        try:
            with self.opener.open(request, timeout=self.timeout) as response:
                response.read()
        except urllib.error.HTTPError as exc:
            detail = " ".join(exc.read(300).decode("utf-8", "replace").split())[:160]
            raise _Failed(f"{url.split('?')[0]} answered HTTP {exc.code} {exc.reason}"
                          + (f": {detail}" if detail else "")) from exc
        except (TimeoutError, socket.timeout) as exc:
            raise _Failed(f"{url.split('?')[0]} did not answer within {self.timeout:g} s", timeout=True) from exc
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, (TimeoutError, socket.timeout)):
                raise _Failed(f"{url.split('?')[0]} did not answer within {self.timeout:g} s",
                              timeout=True) from exc
            text = getattr(reason, "strerror", None) or str(reason)
            raise _Failed(f"cannot reach {url.split('?')[0]}: {text}") from exc
        except (ConnectionError, OSError) as exc:
            raise _Failed(f"{url.split('?')[0]}: connection lost: {exc.strerror or exc}") from exc

    def update(self, url: str, sparql: str) -> None:
        self.send("POST", url, sparql.encode("utf-8"), "application/sparql-update")


class _Failed(Exception):
    def __init__(self, message: str, timeout: bool = False) -> None:
        super().__init__(message)
        self.timeout = timeout


def _chunks(triples: Iterable[ox.Quad], size: int) -> Iterator[tuple[int, bytes]]:
    batch: list[ox.Triple] = []
    for quad in triples:
        batch.append(quad.triple)
        if len(batch) >= size:
            yield len(batch), ox.serialize(batch, format=ox.RdfFormat.N_TRIPLES)
            batch = []
    if batch:
        yield len(batch), ox.serialize(batch, format=ox.RdfFormat.N_TRIPLES)


def _check_url(url: str, option: str) -> None:
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018 - a bad port raises here
    except ValueError as exc:
        raise InputError(f"{option} {url}: not a URL: {exc}") from exc
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(f"{option} {url}: give an http(s):// URL")


def push_graph(graph, endpoint: str, *, graph_iri: str | None = None, update_endpoint: str | None = None,
               auth: str | None = None, token: str | None = None, chunk: int = DEFAULT_CHUNK,
               timeout: float = 120.0, progress: Callable[[int], None] | None = None) -> PushReport:
    """Replace the graph ``graph_iri`` (the default graph if ``None``) on the Graph Store
    Protocol service ``endpoint`` with ``graph`` (a :class:`~kgraph.KnowledgeGraph`),
    all or nothing (see the module's documentation).  ``auth`` is ``USER:PASSWORD``
    (HTTP Basic, or Digest when the server asks), ``token`` a bearer token.  ``progress``
    is called with the number of triples of each chunk sent.

    Raises :class:`~kgraph.extras.ServiceError` when the server fails (the message says
    what became of the remote graph), :class:`~kgraph.InputError` for bad options."""
    _check_url(endpoint, "--endpoint")
    update_url = update_endpoint or update_endpoint_for(endpoint)
    _check_url(update_url, "--update-endpoint")
    if graph_iri is not None and not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+", graph_iri):
        raise InputError(f"--graph {graph_iri}: give an absolute IRI, e.g. https://example.org/graph/news")
    if chunk < 1:
        raise InputError("--chunk: at least one triple per request")
    client = _Client(auth, token, timeout)
    temporary = f"urn:kgraph:push:{uuid.uuid4()}"
    target = f"GRAPH <{graph_iri}>" if graph_iri else "DEFAULT"
    where = f"<{graph_iri}>" if graph_iri else "the default graph"
    started = time.perf_counter()
    sent = requests = 0
    separator = "&" if urllib.parse.urlsplit(endpoint).query else "?"
    upload = f"{endpoint}{separator}graph={urllib.parse.quote(temporary, safe='')}"
    if len(graph) <= chunk:
        body = ox.serialize([quad.triple for quad in graph.triples()], format=ox.RdfFormat.N_TRIPLES)
        query = f"graph={urllib.parse.quote(graph_iri, safe='')}" if graph_iri else "default"
        try:
            client.send("PUT", f"{endpoint}{separator}{query}", body, "application/n-triples")
        except _Failed as exc:
            if exc.timeout:
                raise ServiceError(f"{exc}: the server may or may not have replaced {where} (it is one request: "
                                   f"either the old graph or the new one is there; a count tells which)") from exc
            raise ServiceError(f"{exc}; {where} was left as it was") from exc
        if progress:
            progress(len(graph))
        return PushReport(len(graph), 1, time.perf_counter() - started, graph_iri)
    try:
        for count, body in _chunks(graph.triples(), chunk):
            client.send("POST", upload, body, "application/n-triples")
            sent += count
            requests += 1
            if progress:
                progress(count)
    except _Failed as exc:
        _drop(client, update_url, temporary, f"{exc}; {where} was left as it was", requests > 0)
    except BaseException:  # Ctrl-C: the same clean-up
        try:
            client.update(update_url, f"DROP SILENT GRAPH <{temporary}>")
        except _Failed:
            pass
        raise
    try:
        if sent:
            client.update(update_url, f"MOVE GRAPH <{temporary}> TO {target}")
        else:  # an empty graph: the target becomes empty
            client.update(update_url, f"DROP SILENT {target}" if graph_iri else "CLEAR SILENT DEFAULT")
        requests += 1
    except _Failed as exc:
        if exc.timeout:
            raise ServiceError(f"{exc}: the server may or may not have replaced {where} (it is one update: "
                               f"either the old graph or the new one is there; a count tells which); "
                               f"if the old one is, DROP SILENT GRAPH <{temporary}>") from exc
        _drop(client, update_url, temporary, f"{exc}; {where} was left as it was", True)
    return PushReport(sent, requests, time.perf_counter() - started, graph_iri)


def _drop(client: _Client, update_url: str, temporary: str, message: str, uploaded: bool) -> None:
    try:
        client.update(update_url, f"DROP SILENT GRAPH <{temporary}>")
    except _Failed:
        if uploaded:
            message += f" (the partial upload in <{temporary}> could not be dropped: DROP SILENT GRAPH it)"
    raise ServiceError(message)
