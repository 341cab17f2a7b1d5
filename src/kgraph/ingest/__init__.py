"""Stage 1, ingest: reading inputs (files, directories, JSON Lines, stdin, any common
encoding) into :class:`~kgraph.model.Source` objects, and a page's layout into
:class:`~kgraph.model.Document` articles (broken lines rejoined, bylines read)."""
from .layout import header_fields, page_publisher, parse_credits, split_documents
from .reader import decode, input_size, read_sources

__all__ = ["read_sources", "input_size", "decode", "split_documents", "parse_credits", "header_fields", "page_publisher"]
