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
"""
from .build import build_graph, load_graph
from .errors import DataError, InputError, KgraphError, OutputError, QueryError
from .extraction import extract, extract_records, extract_text, to_json
from .graph import KnowledgeGraph, QueryResult, ValidationReport, named_queries, run_named, validate_graph
from .model import ArticleRecord, Document, Entity, Extraction, Mention, Relation, Source, Span

__version__ = "0.1.0"

__all__ = [
    "extract",
    "extract_text",
    "extract_records",
    "build_graph",
    "load_graph",
    "KnowledgeGraph",
    "QueryResult",
    "named_queries",
    "run_named",
    "validate_graph",
    "ValidationReport",
    "to_json",
    "Extraction",
    "ArticleRecord",
    "Document",
    "Entity",
    "Relation",
    "Mention",
    "Source",
    "Span",
    "KgraphError",
    "InputError",
    "OutputError",
    "QueryError",
    "DataError",
    "__version__",
]
