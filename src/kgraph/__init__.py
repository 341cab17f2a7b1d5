"""kgraph: Chinese local-government news -> a knowledge graph.

The pipeline's stages are subpackages: :mod:`kgraph.ingest` (reading, page layout,
bylines) -> :mod:`kgraph.extraction` (recognisers, fusion, resolution across
articles) -> :mod:`kgraph.graph` (the RDF graph: mapping, store, SPARQL, validation)
-> :mod:`kgraph.view` (the entity network and the HTML view).  This module is the
public API over them:

    >>> import kgraph
    >>> extraction = kgraph.extract("data/corpus")
    >>> [e.label for e in extraction.entities if e.type == "Person"][:3]
    >>> graph = kgraph.build_graph("data/corpus")
    >>> graph.write("graph.ttl")
    >>> list(kgraph.run_named(graph, "officials"))

Names are imported when first used (PEP 562), so that ``kgraph extract`` does not
pay for rdflib and the store, and ``import kgraph`` stays cheap.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# public name -> the module that defines it
_HOME = {
    "extract": ".extraction", "extract_text": ".extraction", "extract_records": ".extraction",
    "to_json": ".extraction",
    "build_graph": ".build", "load_graph": ".build",
    "KnowledgeGraph": ".graph", "QueryResult": ".graph", "named_queries": ".graph", "run_named": ".graph",
    "validate_graph": ".graph", "ValidationReport": ".graph",
    "Extraction": ".model", "ArticleRecord": ".model", "Document": ".model", "Entity": ".model",
    "Relation": ".model", "Mention": ".model", "Source": ".model", "Span": ".model",
    "KgraphError": ".errors", "InputError": ".errors", "OutputError": ".errors", "QueryError": ".errors",
    "DataError": ".errors",
}

__all__ = [*_HOME, "__version__"]


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module 'kgraph' has no attribute {name!r}")
    value = getattr(importlib.import_module(home, __name__), name)
    globals()[name] = value  # once: later lookups do not come here
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


if TYPE_CHECKING:  # what the names are, for type checkers and editors
    from .build import build_graph, load_graph
    from .errors import DataError, InputError, KgraphError, OutputError, QueryError
    from .extraction import extract, extract_records, extract_text, to_json
    from .graph import KnowledgeGraph, QueryResult, ValidationReport, named_queries, run_named, validate_graph
    from .model import ArticleRecord, Document, Entity, Extraction, Mention, Relation, Source, Span
