"""Answering SPARQL over the store: parameters bound as single terms, the query
policy (:mod:`.policy`) applied on the parsed query, and the answer as a
:class:`QueryResult`."""
from __future__ import annotations

import re
from typing import Any, Iterator, Mapping

import pyoxigraph as ox

from ..errors import QueryError, one_line
from .formats import RESULT_FORMATS
from .policy import check_query

__all__ = ["QueryResult", "run_query", "bind"]

_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"
_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"


def _value(term: Any) -> Any:
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        if term.datatype.value == _INTEGER:
            try:
                return int(term.value)
            except ValueError:
                return term.value
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


class QueryResult:
    """The answer to a SPARQL query: ``kind`` is ``"bindings"`` (SELECT), ``"boolean"``
    (ASK) or ``"graph"`` (CONSTRUCT, DESCRIBE).  Like a database cursor it is read once:
    iterate it (rows of plain Python values), or :meth:`serialize` it."""

    def __init__(self, raw: Any, prefixes: dict[str, str]) -> None:
        self._raw = raw
        self._prefixes = prefixes
        if isinstance(raw, ox.QueryBoolean):
            self.kind = "boolean"
            self.variables: list[str] = []
        elif isinstance(raw, ox.QuerySolutions):
            self.kind = "bindings"
            self.variables = [v.value for v in raw.variables]
        else:
            self.kind = "graph"
            self.variables = ["subject", "predicate", "object"]

    def __bool__(self) -> bool:
        if self.kind == "boolean":
            return bool(self._raw)
        raise TypeError("only an ASK result is true or false")

    def terms(self) -> Iterator[tuple]:
        """Rows of Oxigraph terms (``None`` where a variable is unbound)."""
        if self.kind == "boolean":
            yield (bool(self._raw),)
        elif self.kind == "bindings":
            for solution in self._raw:
                yield tuple(solution[v] for v in self.variables)
        else:
            for triple in self._raw:
                yield (triple.subject, triple.predicate, triple.object)

    def __iter__(self) -> Iterator[tuple]:
        for row in self.terms():
            yield tuple(_value(t) if not isinstance(t, bool) else t for t in row)

    def serialize(self, format: str) -> bytes:
        """W3C SPARQL 1.1 results (:data:`~kgraph.graph.formats.RESULT_FORMATS`: ``json``,
        ``csv``, ``tsv``, ``xml``) for SELECT and ASK, or RDF for CONSTRUCT/DESCRIBE:
        ``json`` gives JSON-LD, ``turtle`` Turtle."""
        if self.kind == "graph":
            if format == "json":
                return self._raw.serialize(format=ox.RdfFormat.JSON_LD)
            if format == "turtle":
                return ox.serialize(self._raw, format=ox.RdfFormat.TURTLE, prefixes=self._prefixes)
            raise QueryError(f"a CONSTRUCT or DESCRIBE answer is a graph: use --format table (Turtle) "
                             f"or json (JSON-LD), not {format}")
        if format not in RESULT_FORMATS:
            raise QueryError(f"unknown results format {format}")
        return self._raw.serialize(format=RESULT_FORMATS[format])


def run_query(store: ox.Store, sparql: str, prefixes: dict[str, str],
              params: Mapping[str, Any] | None = None) -> QueryResult:
    """Run a read-only query on ``store`` with ``prefixes`` predeclared and ``params``
    bound (see :func:`bind`).  Raises :class:`QueryError` for a refused or malformed
    query, with the line and column Oxigraph's parser reports."""
    if not isinstance(sparql, str):
        raise QueryError("a query is SPARQL text")
    check_query(sparql)  # updates, SERVICE, hostile nesting: refused on the parsed query
    substitutions = {_variable(name): bind(name, value) for name, value in (params or {}).items()}
    try:
        raw = store.query(sparql, prefixes=prefixes, substitutions=substitutions or None)
    except SyntaxError as exc:
        raise QueryError(f"malformed SPARQL: {one_line(exc)}", line=_position(exc, 0),
                         column=_position(exc, 1)) from exc
    except (RuntimeError, ValueError, OSError) as exc:
        raise QueryError(f"query failed: {one_line(exc)}") from exc
    return QueryResult(raw, prefixes)


def _position(exc: SyntaxError, which: int) -> int | None:
    """Line (0) or column (1) of Oxigraph's 'error at L:C' message."""
    found = re.search(r"\b(\d+):(\d+)\b", str(exc))
    return int(found.group(which + 1)) if found else None


def _variable(name: Any) -> ox.Variable:
    text = str(name)
    if not re.fullmatch(r"[^\W\d]\w*|\d\w*", text):
        raise QueryError(f"--param {text}=…: {text!r} is not a SPARQL variable name")
    try:
        return ox.Variable(text)
    except ValueError as exc:
        raise QueryError(f"--param {text}=…: {text!r} is not a SPARQL variable name") from exc


def bind(name: Any, value: Any) -> ox.NamedNode | ox.Literal:
    """A parameter's value as one RDF term, so that it can never change the query's
    structure: a string is a ``@zh`` literal (names are stored so), an ``http(s):`` or
    ``urn:`` string an IRI, an int an ``xsd:integer``, a bool an ``xsd:boolean``."""
    if isinstance(value, (ox.NamedNode, ox.Literal)):
        return value
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode(_BOOLEAN))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(_INTEGER))
    text = str(value)
    if re.match(r"(https?|urn):", text):
        try:
            return ox.NamedNode(text)
        except ValueError as exc:
            raise QueryError(f"--param {name}={text}: not a valid IRI ({one_line(exc)})") from exc
    try:
        return ox.Literal(text, language="zh")
    except (ValueError, UnicodeError) as exc:
        raise QueryError(f"--param {name}=…: not a usable value ({one_line(exc)})") from exc
