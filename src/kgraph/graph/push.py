"""``kgraph push``: load a graph into any SPARQL 1.1 Graph Store Protocol server
(Oxigraph, Apache Jena Fuseki, Virtuoso, GraphDB), replacing one graph on it, and
checking that it did.

Three URLs of the server are used: its Graph Store Protocol service (``--endpoint``),
its SPARQL update service and its SPARQL query service (both derived from the first for
the servers kgraph knows, or given).  The graph is addressed exactly as the protocol
says: ``?graph=IRI`` (URL-encoded) or ``?default``, added to the query string the
endpoint already has.  An endpoint with a fragment, or whose query string already
names a graph, is refused: it would address something else than the graph asked for
(an Oxigraph ``/store?`` with a mangled parameter is the whole dataset).

How the remote graph is replaced, all or nothing:

0. A graph of at most ``chunk`` triples goes in one ``PUT`` to the target, which
   replaces it in one request (the server's transaction; Oxigraph's and Fuseki's are
   atomic).

A larger graph:

1. The triples go, in chunks of N-Triples (``chunk`` triples per request), into a fresh
   temporary named graph ``urn:kgraph:push:<uuid>`` with ``POST …?graph=<temp>``.  The
   target graph is not touched.  Then the temporary graph's triples are counted: a
   server that lost some of them is caught before the target is touched.
2. One SPARQL update, ``MOVE GRAPH <temp> TO GRAPH <target>`` (``… TO DEFAULT``),
   replaces the target by the upload.  A server that runs one update request as one
   transaction (Oxigraph, Fuseki/TDB2, GraphDB; Virtuoso in its default transactional
   mode) shows either the old graph or the new one, never a mix.

Nothing is claimed before it is checked: only a 2xx answer is success (a redirect is
not: the server did not do what was asked), and after the ``PUT`` or the ``MOVE`` the
target's triples are counted on the server.  The default graph, which some servers
query as the union of all graphs, is counted by reading it back when the count differs.
Every failure says what the target holds now, when the server can still tell.  The
temporary graph is dropped on any failure, Ctrl-C included; one that could not be
dropped (the server went away) is named in the error.  Text from the server reaches the
terminal on one line, without control characters.
"""
from __future__ import annotations

import base64
import json
import math
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

from ..errors import InputError, clean_line
from ..extras import ServiceError

__all__ = ["push_graph", "PushReport", "update_endpoint_for", "query_endpoint_for", "check_iri", "DEFAULT_CHUNK"]

DEFAULT_CHUNK = 50_000  # triples per request: about 10 MB of N-Triples
MAX_TIMEOUT = 86_400.0  # seconds: a day; socket timeouts beyond are an error, not a wait

# Graph Store Protocol service -> (SPARQL update service, SPARQL query service), for the servers we know
_SERVICES = (
    (re.compile(r"/store/?$"), "/update", "/query"),                                   # Oxigraph
    (re.compile(r"/data/?$"), "/update", "/query"),                                    # Fuseki
    (re.compile(r"/rdf-graphs/service/?$"), "/statements", ""),                        # GraphDB, RDF4J
    (re.compile(r"/sparql-graph-crud-auth/?$"), "/sparql-auth", "/sparql-auth"),       # Virtuoso
    (re.compile(r"/sparql-graph-crud/?$"), "/sparql", "/sparql"),                      # Virtuoso
)
# an absolute IRI, with no character the N-Triples and SPARQL IRI syntax forbids, %-escapes whole
_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:(?:[^\x00-\x20<>\"{}|\\^`%\x7f]|%[0-9A-Fa-f]{2})+")


@dataclass(frozen=True)
class PushReport:
    triples: int
    requests: int
    seconds: float
    graph: str | None  # None: the default graph

    @property
    def rate(self) -> float:
        return self.triples / self.seconds if self.seconds else float("inf")


def _service_for(endpoint: str, which: int, option: str) -> str:
    parts = urllib.parse.urlsplit(endpoint)
    for pattern, *services in _SERVICES:
        if pattern.search(parts.path):
            return urllib.parse.urlunsplit(parts._replace(path=pattern.sub(services[which], parts.path),
                                                          query="", fragment=""))
    raise InputError(f"--endpoint {clean_line(endpoint, 100)}: cannot tell this server's SPARQL {option[2:-9]} "
                     f"URL: give {option}")


def update_endpoint_for(endpoint: str) -> str:
    """The SPARQL update URL beside a Graph Store Protocol URL (Oxigraph ``/store`` ->
    ``/update``, Fuseki ``/ds/data`` -> ``/ds/update``, GraphDB ``…/rdf-graphs/service``
    -> ``…/statements``, Virtuoso ``/sparql-graph-crud-auth`` -> ``/sparql-auth``)."""
    return _service_for(endpoint, 0, "--update-endpoint")


def query_endpoint_for(endpoint: str) -> str:
    """The SPARQL query URL beside a Graph Store Protocol URL (Oxigraph ``/store`` ->
    ``/query``, Fuseki ``/ds/data`` -> ``/ds/query``, GraphDB ``…/rdf-graphs/service`` ->
    the repository, Virtuoso ``/sparql-graph-crud-auth`` -> ``/sparql-auth``)."""
    return _service_for(endpoint, 1, "--query-endpoint")


def check_iri(value: str, option: str) -> str:
    """``value`` if it is an absolute IRI that N-Triples and SPARQL can write as it is
    (no space, no control character, ``%`` only in whole escapes); else one line."""
    if not isinstance(value, str) or not _IRI.fullmatch(value):
        raise InputError(f"{option} {clean_line(repr(value), 100)}: give an absolute IRI, "
                         "e.g. https://example.org/graph/news")
    try:
        ox.NamedNode(value)
    except ValueError as exc:
        raise InputError(f"{option} {clean_line(repr(value), 100)}: not a valid IRI: {clean_line(str(exc), 80)}") \
            from exc
    return value


def _check_url(url: str, option: str) -> urllib.parse.SplitResult:
    shown = clean_line(url, 100)
    if any(c in url for c in "\x00\r\n\t ") or not url.isprintable():
        raise InputError(f"{option} {shown}: not a URL (it holds spaces or control characters)")
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018 - a bad port raises here
    except ValueError as exc:
        raise InputError(f"{option} {shown}: not a URL: {clean_line(str(exc), 80)}") from exc
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(f"{option} {shown}: give an http(s):// URL")
    if "#" in url:
        raise InputError(f"{option} {shown}: a URL with a #fragment: give the service's URL without it")
    return parts


def _graph_url(endpoint: str, graph_iri: str | None) -> str:
    """The Graph Store Protocol address of one graph: the endpoint's own query string
    kept, ``graph=IRI`` or ``default`` added.  A query string that already names a graph
    (or cannot be read) is refused rather than guessed at."""
    parts = _check_url(endpoint, "--endpoint")
    try:
        params = urllib.parse.parse_qsl(parts.query, keep_blank_values=True, strict_parsing=bool(parts.query))
    except ValueError as exc:
        raise InputError(f"--endpoint {clean_line(endpoint, 100)}: cannot read its query string: "
                         f"{clean_line(str(exc), 80)}") from exc
    if any(name in ("graph", "default") for name, _ in params):
        raise InputError(f"--endpoint {clean_line(endpoint, 100)}: its query string already names a graph: "
                         "give the service's URL and --graph")
    query = urllib.parse.urlencode(params)
    added = f"graph={urllib.parse.quote(graph_iri, safe='')}" if graph_iri else "default"
    return urllib.parse.urlunsplit(parts._replace(query=f"{query}&{added}" if query else added))


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """A redirect is not success: the upload or update was not done where asked (urllib
    would otherwise turn a redirected POST into a GET and report success)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


class _Failed(Exception):
    def __init__(self, message: str, timeout: bool = False) -> None:
        super().__init__(message)
        self.timeout = timeout


class _Client:
    def __init__(self, auth: str | None, token: str | None, timeout: float) -> None:
        self.timeout = timeout
        self.headers = {"User-Agent": "kgraph"}
        handlers: list = [_NoRedirect()]
        if token:
            if not (token.isascii() and token.isprintable()) or " " in token:
                raise InputError("--token: a bearer token is printable ASCII without spaces")
            self.headers["Authorization"] = f"Bearer {token}"
        elif auth:
            user, sep, password = auth.partition(":")
            if not sep:
                raise InputError("--auth: expected USER:PASSWORD")
            if not auth.isprintable():
                raise InputError("--auth: USER:PASSWORD holds control characters")
            # Basic up front (Fuseki, GraphDB), and Digest if the server asks for it (Virtuoso;
            # Digest hashes ASCII only, so other credentials go as Basic, in UTF-8)
            self.headers["Authorization"] = "Basic " + base64.b64encode(auth.encode("utf-8")).decode("ascii")
            if auth.isascii():
                manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
                manager.add_password(None, "/", user, password)
                handlers.append(urllib.request.HTTPDigestAuthHandler(manager))
        self.opener = urllib.request.build_opener(*handlers)

    def send(self, method: str, url: str, body: bytes | None, content_type: str | None,
             accept: str | None = None, limit: int | None = 1 << 20) -> bytes:
        """One request; the answer's body (at most ``limit`` bytes), or :class:`_Failed`
        for anything but a 2xx answer."""
        headers = dict(self.headers)
        if content_type:
            headers["Content-Type"] = content_type
        if accept:
            headers["Accept"] = accept
        request = urllib.request.Request(url, data=body, method=method, headers=headers)
        where = url.split("?")[0]
        try:
            with self.opener.open(request, timeout=self.timeout) as response:
                return response.read() if limit is None else response.read(limit)
        except urllib.error.HTTPError as exc:
            try:
                detail = clean_line(exc.read(300).decode("utf-8", "replace"), 160)
            except (OSError, ValueError):
                detail = ""
            if 300 <= exc.code < 400:
                detail = f"a redirect to {clean_line(exc.headers.get('Location', '?'), 100)}, not done: " \
                         "give the URL the server wants"
            raise _Failed(f"{where} answered HTTP {exc.code} {clean_line(exc.reason, 60)}"
                          + (f": {detail}" if detail else "")) from exc
        except (TimeoutError, socket.timeout) as exc:
            raise _Failed(f"{where} did not answer within {self.timeout:g} s", timeout=True) from exc
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, (TimeoutError, socket.timeout)):
                raise _Failed(f"{where} did not answer within {self.timeout:g} s", timeout=True) from exc
            text = getattr(reason, "strerror", None) or str(reason)
            raise _Failed(f"cannot reach {where}: {clean_line(text, 100)}") from exc
        except (ConnectionError, OSError) as exc:
            raise _Failed(f"{where}: connection lost: {clean_line(exc.strerror or str(exc), 100)}") from exc
        except (ValueError, UnicodeError) as exc:  # http.client on a malformed status line or header
            raise _Failed(f"{where}: not an HTTP answer: {clean_line(str(exc), 100)}") from exc

    def update(self, url: str, sparql: str) -> None:
        self.send("POST", url, sparql.encode("utf-8"), "application/sparql-update")

    def count(self, url: str, pattern: str) -> int:
        """The number of triples matching ``pattern`` on the server, by SPARQL."""
        sparql = f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}"
        body = self.send("POST", url, urllib.parse.urlencode({"query": sparql}).encode("ascii"),
                         "application/x-www-form-urlencoded", accept="application/sparql-results+json")
        try:
            return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])
        except (ValueError, KeyError, IndexError, TypeError) as exc:
            raise _Failed(f"{url.split('?')[0]} answered a count with something that is not SPARQL JSON results: "
                          f"{clean_line(body[:80].decode('utf-8', 'replace'), 80)!r}") from exc

    def read_back(self, url: str) -> int:
        """The triples of one graph, read back through the Graph Store Protocol and counted."""
        body = self.send("GET", url, None, None, accept="application/n-triples", limit=None)
        try:
            return sum(1 for _ in ox.parse(body, format=ox.RdfFormat.N_TRIPLES))
        except SyntaxError as exc:
            raise _Failed(f"{url.split('?')[0]} answered a read-back with something that is not N-Triples") from exc


def _chunks(triples: Iterable[ox.Quad], size: int) -> Iterator[tuple[int, bytes]]:
    batch: list[ox.Triple] = []
    for quad in triples:
        batch.append(quad.triple)
        if len(batch) >= size:
            yield len(batch), ox.serialize(batch, format=ox.RdfFormat.N_TRIPLES)
            batch = []
    if batch:
        yield len(batch), ox.serialize(batch, format=ox.RdfFormat.N_TRIPLES)


class _Target:
    """The graph being replaced, as the server addresses and counts it."""

    def __init__(self, client: _Client, endpoint: str, query_url: str, graph_iri: str | None) -> None:
        self.client, self.query_url, self.iri = client, query_url, graph_iri
        self.url = _graph_url(endpoint, graph_iri)
        self.name = f"<{graph_iri}>" if graph_iri else "the default graph"

    def count(self) -> int:
        if self.iri:
            return self.client.count(self.query_url, f"GRAPH <{self.iri}> {{ ?s ?p ?o }}")
        return self.client.count(self.query_url, "?s ?p ?o")

    def holds(self, expected: int) -> int:
        """The target's triples: ``expected`` if it holds them (the default graph, which
        some servers query as the union of all graphs, is read back to be sure)."""
        found = self.count()
        if found != expected and not self.iri:
            found = self.client.read_back(self.url)
        return found

    def now(self) -> str:
        """What the target holds now, for an error message ('' if the server cannot say)."""
        try:
            return f"; {self.name} now holds {self.count():,} triples"
        except _Failed:
            return ""


def push_graph(graph, endpoint: str, *, graph_iri: str | None = None, update_endpoint: str | None = None,
               query_endpoint: str | None = None, auth: str | None = None, token: str | None = None,
               chunk: int = DEFAULT_CHUNK, timeout: float = 120.0,
               progress: Callable[[int], None] | None = None) -> PushReport:
    """Replace the graph ``graph_iri`` (the default graph if ``None``) on the Graph Store
    Protocol service ``endpoint`` with ``graph`` (a :class:`~kgraph.KnowledgeGraph`),
    all or nothing, and check on the server that it holds the new graph (see the
    module's documentation).  ``auth`` is ``USER:PASSWORD`` (HTTP Basic, or Digest when
    the server asks), ``token`` a bearer token.  ``progress`` is called with the number
    of triples of each chunk sent.

    Raises :class:`~kgraph.extras.ServiceError` when the server fails (the message says
    what became of the remote graph), :class:`~kgraph.InputError` for bad options."""
    if graph_iri is not None:
        check_iri(graph_iri, "--graph")
    _graph_url(endpoint, graph_iri)
    update_url = update_endpoint or update_endpoint_for(endpoint)
    _check_url(update_url, "--update-endpoint")
    query_url = query_endpoint or query_endpoint_for(endpoint)
    _check_url(query_url, "--query-endpoint")
    if not isinstance(chunk, int) or chunk < 1:
        raise InputError("--chunk: at least one triple per request")
    if not isinstance(timeout, (int, float)) or not math.isfinite(timeout) or not 0 < timeout <= MAX_TIMEOUT:
        raise InputError(f"--timeout {timeout}: give a number of seconds above 0 and at most {MAX_TIMEOUT:g}")
    client = _Client(auth, token, float(timeout))
    target = _Target(client, endpoint, query_url, graph_iri)
    expected = len(graph)
    started = time.perf_counter()
    if expected <= chunk:
        body = ox.serialize([quad.triple for quad in graph.triples()], format=ox.RdfFormat.N_TRIPLES)
        try:
            client.send("PUT", target.url, body, "application/n-triples")
        except _Failed as exc:
            if exc.timeout:
                raise ServiceError(f"{exc}: the server may or may not have replaced {target.name} (it is one "
                                   f"request: either the old graph or the new one is there){target.now()}") from exc
            raise ServiceError(f"{exc}; {target.name} was left as it was{target.now()}") from exc
        _verify(target, expected, "the upload")
        if progress:
            progress(expected)
        return PushReport(expected, 1, time.perf_counter() - started, graph_iri)
    temporary = f"urn:kgraph:push:{uuid.uuid4()}"
    upload = _graph_url(endpoint, temporary)
    sent = requests = 0
    try:
        for count, body in _chunks(graph.triples(), chunk):
            client.send("POST", upload, body, "application/n-triples")
            sent += count
            requests += 1
            if progress:
                progress(count)
        stored = client.count(query_url, f"GRAPH <{temporary}> {{ ?s ?p ?o }}")
        if stored != sent:
            raise _Failed(f"the server accepted {sent:,} triples but holds {stored:,} of them")
    except _Failed as exc:
        _drop(client, update_url, temporary, f"{exc}; {target.name} was left as it was{target.now()}")
    except BaseException:  # Ctrl-C: the same clean-up
        try:
            client.update(update_url, f"DROP SILENT GRAPH <{temporary}>")
        except _Failed:
            pass
        raise
    to = f"GRAPH <{graph_iri}>" if graph_iri else "DEFAULT"
    try:
        client.update(update_url, f"MOVE GRAPH <{temporary}> TO {to}")
        requests += 1
    except _Failed as exc:
        _after_failed_move(client, update_url, query_url, temporary, target, expected, exc)
    except BaseException:  # Ctrl-C while the MOVE was on its way: it may have been applied
        try:
            client.update(update_url, f"DROP SILENT GRAPH <{temporary}>")
        except _Failed:
            pass
        raise
    _verify(target, expected, "the MOVE")
    return PushReport(sent, requests, time.perf_counter() - started, graph_iri)


def _verify(target: _Target, expected: int, what: str) -> None:
    try:
        found = target.holds(expected)
    except _Failed as exc:
        raise ServiceError(f"{exc}: after {what}, kgraph cannot tell what {target.name} holds") from exc
    if found != expected:
        raise ServiceError(f"the server answered {what} as done, but {target.name} holds {found:,} triples, "
                           f"not the {expected:,} pushed")


def _after_failed_move(client: _Client, update_url: str, query_url: str, temporary: str, target: _Target,
                       expected: int, exc: _Failed) -> None:
    """The ``MOVE`` failed or its answer was lost: find out on the server whether it was
    applied, say so, and drop the temporary graph if it is still there."""
    try:
        left = client.count(query_url, f"GRAPH <{temporary}> {{ ?s ?p ?o }}")
        found = target.count()
    except _Failed:
        raise ServiceError(f"{exc}: the server may or may not have replaced {target.name} (it is one update: either "
                           f"the old graph or the new one is there), and cannot be asked; if the old one is, "
                           f"DROP SILENT GRAPH <{temporary}>") from exc
    if left == 0 and found == expected:
        raise ServiceError(f"{exc}; but the MOVE was applied: {target.name} holds the new graph "
                           f"({found:,} triples)") from exc
    _drop(client, update_url, temporary, f"{exc}; {target.name} was left as it was ({found:,} triples)")


def _drop(client: _Client, update_url: str, temporary: str, message: str) -> None:
    try:
        client.update(update_url, f"DROP SILENT GRAPH <{temporary}>")
    except _Failed:
        message += f" (the partial upload in <{temporary}> could not be dropped: DROP SILENT GRAPH it)"
    raise ServiceError(message)
