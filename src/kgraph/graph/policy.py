"""What ``kgraph query`` agrees to run, decided on the parsed query, not on its text.

The query is parsed with rdflib's SPARQL 1.1 parser before Oxigraph sees it:
an update is refused, a ``SERVICE`` clause anywhere in the parsed query is refused
(kgraph works offline, and Oxigraph would fetch it), and a query nested too deeply
to parse is refused before Oxigraph's recursive parser could overflow the stack.  A
variable named ``?service`` or the word in a string is just a name or a string.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..errors import QueryError

__all__ = ["check_query", "MAX_NESTING", "MAX_PARTS", "MAX_QUERY_CHARS"]

MAX_NESTING = 256
MAX_QUERY_CHARS = 1_000_000
MAX_PARTS = 1000  # Oxigraph crashed at 3 000 BINDs; the shipped queries have under 100

# strings, IRIs and comments: their brackets do not nest
_SKIPPED = re.compile(r'''"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''''
                      r'''|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*''')
_TOKENS = re.compile(r"[(\[{)\]}]|[!^]+|[-+](?:\s*[-+])*|[.,;|/*&=<>]+"
                     r"|\b(?:UNION|OPTIONAL|MINUS|BIND|FILTER|VALUES|GRAPH|SERVICE|EXISTS|IN)\b|[?$][^\W\d]\w*",
                     re.IGNORECASE)


def _shape(sparql: str) -> tuple[int, int]:
    """How deep a recursive parser goes (brackets, and runs of unary operators such as
    !!!!x or ^^^^p), and how many operators, clauses and variables the query has,
    outside strings, IRIs and comments.  Oxigraph builds its algebra as a tree and walks
    it recursively: a chain of a few thousand joins, BINDs or + overflows its stack."""
    depth = deepest = parts = 0
    for token in _TOKENS.finditer("".join(_SKIPPED.split(sparql))):
        text = token.group()
        if text in ")]}":
            depth = max(depth - 1, 0)
            continue
        if text in "([{":
            depth += 1
            deepest = max(deepest, depth)
            continue
        parts += 1
        if text[0] in "!^-+":
            # a run of unary operators: each one is a level (a lone binary - or + is not)
            deepest = max(deepest, depth + sum(1 for c in text if c in "!^-+") - 1)
    return deepest, parts


def _walk(node: Any, depth: int = 0):
    """Every part of an rdflib parse tree (pyparsing results and CompValues)."""
    stack = [node]
    while stack:
        item = stack.pop()
        yield item
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, (list, tuple)):
            stack.extend(item)
        elif hasattr(item, "asList") and not isinstance(item, str):
            stack.extend(list(item))


@lru_cache(maxsize=256)
def check_query(sparql: str) -> str:
    """Raise :class:`QueryError` unless ``sparql`` is a read-only SPARQL 1.1 query
    without SERVICE; return its form (``SelectQuery``, ``AskQuery``…)."""
    if len(sparql) > MAX_QUERY_CHARS:
        raise QueryError(f"query of {len(sparql)} characters; at most {MAX_QUERY_CHARS} are allowed")
    depth, parts = _shape(sparql)
    if depth > MAX_NESTING:
        raise QueryError(f"query nested {depth} levels deep; at most {MAX_NESTING} are allowed")
    if parts > MAX_PARTS:
        raise QueryError(f"query of {parts} operators, clauses and variables; at most {MAX_PARTS} are allowed")
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        parsed = parseQuery(sparql)
    except RecursionError as exc:
        raise QueryError("query nested too deeply to parse") from exc
    except ParseException as exc:
        try:
            parseUpdate(sparql)
        except (ParseException, RecursionError):
            pass
        else:  # a refusal, not a failure: no cause to show
            raise QueryError("update operations are refused: kgraph query only reads the graph") from None
        raise QueryError(f"malformed SPARQL: error at {exc.lineno}:{exc.col}: {_first_line(exc.msg)}",
                         line=exc.lineno, column=exc.col) from exc
    form = getattr(parsed[1], "name", "") if len(parsed) > 1 else ""
    for part in _walk(parsed):
        if getattr(part, "name", None) == "ServiceGraphPattern":
            raise QueryError("SERVICE (federated query) is not allowed: kgraph query works offline")
    return form


def _first_line(text: str) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= 120 else text[:117] + "..."
