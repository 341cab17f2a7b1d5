"""Stage 3, the graph: an extraction as RDF under kgraph's ontology
(:mod:`.vocab`, :mod:`.rdf`), held in an Oxigraph store (:mod:`.knowledge`,
:mod:`.store`), merged and settled on ``--update`` (:mod:`.settle`), queried with
SPARQL under a policy (:mod:`.sparql`, :mod:`.policy`, :mod:`.queries`), validated
with SHACL (:mod:`.validate`), written in any registered format (:mod:`.formats`),
served (:mod:`.serve`) or pushed (:mod:`.push`).

Names are imported when first used, so that a module of the package (the formats
registry, the store's helpers) can be read without rdflib.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_HOME = {
    "KnowledgeGraph": ".knowledge", "QueryResult": ".sparql",
    "named_queries": ".queries", "run_named": ".queries", "format_table": ".queries",
    "validate_graph": ".validate", "ValidationReport": ".validate",
}

__all__ = list(_HOME)


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module 'kgraph.graph' has no attribute {name!r}")
    value = getattr(importlib.import_module(home, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


if TYPE_CHECKING:
    from .knowledge import KnowledgeGraph
    from .queries import format_table, named_queries, run_named
    from .sparql import QueryResult
    from .validate import ValidationReport, validate_graph
