"""kgraph: Chinese local-government news -> a knowledge graph.

    >>> import kgraph
    >>> extraction = kgraph.extract("data/corpus")
    >>> [e.label for e in extraction.entities if e.type == "Person"][:3]
"""
from .errors import DataError, InputError, KgraphError, OutputError, QueryError
from .model import Document, Entity, Extraction, Mention, Relation, Source, Span
from .output import to_json
from .pipeline import extract, extract_text

__version__ = "0.1.0"

__all__ = [
    "extract",
    "extract_text",
    "to_json",
    "Extraction",
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
