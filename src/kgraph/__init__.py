"""kgraph: Chinese local-government news -> a knowledge graph.

    >>> import kgraph
    >>> extraction = kgraph.extract("data/corpus")
    >>> [e.label for e in extraction.entities if e.type == "Person"][:3]
    >>> graph = kgraph.build_graph("data/corpus")
    >>> graph.write("graph.ttl")
    >>> list(kgraph.run_named(graph, "officials"))
"""
from .build import build_graph, load_graph
from .errors import DataError, InputError, KgraphError, OutputError, QueryError
from .model import ArticleRecord, Document, Entity, Extraction, Mention, Relation, Source, Span
from .output import to_json
from .graph import KnowledgeGraph, QueryResult
from .pipeline import extract, extract_records, extract_text
from .queries import named_queries, run_named
from .validate import ValidationReport, validate_graph

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
