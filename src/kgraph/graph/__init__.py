"""Stage 3, the graph: an extraction as RDF under kgraph's ontology
(:mod:`.vocab`, :mod:`.rdf`), held in an Oxigraph store (:mod:`.knowledge`,
:mod:`.store`), merged and settled on ``--update``, queried with SPARQL under a
policy (:mod:`.policy`, :mod:`.queries`), validated with SHACL (:mod:`.validate`),
written in any registered format, served (:mod:`.serve`) or pushed (:mod:`.push`)."""
from .knowledge import KnowledgeGraph, QueryResult
from .queries import format_table, named_queries, run_named
from .validate import ValidationReport, validate_graph

__all__ = ["KnowledgeGraph", "QueryResult", "named_queries", "run_named", "format_table", "validate_graph",
           "ValidationReport"]
