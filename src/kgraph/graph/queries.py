"""Named SPARQL queries that ship with kgraph (``data/queries/*.rq``), and a
readable table for query answers.

A query file starts with comment lines ``# title: …``, ``# description: …``,
``# param NAME: …`` (a parameter the query needs), ``# param NAME (optional): …``
(one it may take; ``(optional date)``: a day, ``YYYY-MM-DD``) and ``# example: …``.
Any variable a query projects can be fixed with a parameter (``--param name=冯荆柯``).
Every parameter is bound as text (a ``@zh`` literal): a query reads a day from it with
``BIND(xsd:date(STR(?on)) AS ?day)``, which leaves ``?day`` unbound when ``on`` is not
given, so ``FILTER(!BOUND(?day) || …)`` makes it optional.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

import pyoxigraph as ox

from ..errors import QueryError
from ..model import calendar_date
from ..resources import data_path
from .knowledge import KnowledgeGraph, QueryResult

__all__ = ["NamedQuery", "named_queries", "run_named", "format_table"]


@dataclass(frozen=True, slots=True)
class NamedQuery:
    name: str
    title: str
    description: str
    params: tuple[tuple[str, str], ...]  # (name, what it is): required
    example: str
    sparql: str
    options: tuple[tuple[str, str], ...] = ()  # (name, what it is): parameters it may take
    dates: frozenset[str] = frozenset()  # the parameters that are days (YYYY-MM-DD)


_HEADER = re.compile(r"#\s*(title|description|example|param\s+(\w+)(?:\s*\((optional)?\s*(date)?\))?)\s*:\s*(.*)")


def _parse(name: str, text: str) -> NamedQuery:
    fields: dict[str, str] = {}
    params, options = [], []
    dates = set()
    for line in text.splitlines():
        match = _HEADER.match(line.strip())
        if not match:
            if line.strip() and not line.lstrip().startswith("#"):
                break
            continue
        param, is_optional, is_date, value = match.group(2, 3, 4, 5)
        if param:
            (options if is_optional else params).append((param, value))
            if is_date:
                dates.add(param)
        else:
            fields[match.group(1)] = value
    return NamedQuery(name, fields.get("title", name), fields.get("description", ""), tuple(params),
                      fields.get("example", ""), text, tuple(options), frozenset(dates))


@cache
def named_queries() -> dict[str, NamedQuery]:
    """The shipped queries by name (the file name without ``.rq``)."""
    folder = data_path("queries")
    return {path.stem: _parse(path.stem, path.read_text(encoding="utf-8"))
            for path in sorted(folder.glob("*.rq"))}


def run_named(graph: KnowledgeGraph, name: str, params: dict[str, Any] | None = None) -> QueryResult:
    """Run a shipped query by name; its required parameters must be given."""
    queries = named_queries()
    if name not in queries:
        raise QueryError(f"no query named {name}; the named queries are: {', '.join(queries)}")
    query = queries[name]
    params = dict(params or {})
    missing = [p for p, _ in query.params if p not in params]
    if missing:
        raise QueryError(f"query {name} needs --param {missing[0]}=… ({dict(query.params)[missing[0]]})")
    for param in sorted(query.dates & set(params)):
        if not calendar_date(str(params[param])):
            raise QueryError(f"query {name}: --param {param}={params[param]} is not a day (YYYY-MM-DD)")
    return graph.query(query.sparql, params)


# ---------------------------------------------------------------------- tables

def _compact(term: Any, prefixes: dict[str, str]) -> str:
    if term is None:
        return ""
    if isinstance(term, bool):
        return "true" if term else "false"
    if isinstance(term, ox.NamedNode):
        iri = term.value
        best = max((ns for ns in prefixes.values() if iri.startswith(ns)), key=len, default=None)
        if best is not None:
            prefix = next(p for p, ns in prefixes.items() if ns == best)
            return f"{prefix}:{iri[len(best):]}"
        return f"<{iri}>"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cell(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())  # one line per row, whatever a literal holds
    if _width(text) <= limit:
        return text
    out, width = [], 0
    for ch in text:
        width += _width(ch)
        if width > limit - 1:
            break
        out.append(ch)
    return "".join(out) + "…"


def format_table(result: QueryResult, prefixes: dict[str, str]) -> str:
    """A plain-text table of a SELECT answer (IRIs shortened by prefix), ``true``/
    ``false`` for ASK, Turtle for CONSTRUCT/DESCRIBE."""
    if result.kind == "graph":
        return result.serialize("turtle").decode("utf-8")
    if result.kind == "boolean":
        return ("true" if result else "false") + "\n"
    header = result.variables
    rows = [[_cell(_compact(term, prefixes)) for term in row] for row in result.terms()]
    widths = [max([_width(h)] + [_width(r[i]) for r in rows]) for i, h in enumerate(header)]

    def line(cells: list[str]) -> str:
        return "  ".join(c + " " * (w - _width(c)) for c, w in zip(cells, widths)).rstrip()

    out = [line(header), line(["-" * w for w in widths])]
    out.extend(line(r) for r in rows)
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"
