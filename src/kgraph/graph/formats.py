"""The formats kgraph writes a graph in, in one registry: ``build -o``, ``export -o``,
:meth:`KnowledgeGraph.write <kgraph.graph.KnowledgeGraph.write>` and the CLI's help
all read it, so a new format is one :func:`register` call.

An RDF syntax is written by Oxigraph.  Any other format names its writer as
``"module:function"``, imported only when a file of that format is written (as
rdflib's plugin registry does), so that the registry costs nothing at start-up
and the graph package never imports the view that draws the entity network.

A format with no extension is written into a directory and asked for by name
(:func:`format_named`): ``tables``, the CSV files of ``export --tables``.

SPARQL answers have their own small table (:data:`RESULT_FORMATS`): the W3C
results formats Oxigraph writes.
"""
from __future__ import annotations

import importlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import pyoxigraph as ox

from ..errors import InputError

__all__ = ["GraphFormat", "register", "graph_formats", "format_for", "format_named", "suffixes", "RESULT_FORMATS"]


@dataclass(frozen=True, slots=True)
class GraphFormat:
    """One way to write a graph: its name, the file extensions that ask for it, and
    either the RDF syntax Oxigraph writes (``rdf``) or a writer
    (``"module:function"``, called as ``function(graph, path)``)."""

    name: str
    suffixes: tuple[str, ...]
    description: str
    rdf: ox.RdfFormat | None = None
    writer: str | None = None

    def __post_init__(self) -> None:
        if (self.rdf is None) == (self.writer is None):
            raise ValueError(f"format {self.name}: give an RDF syntax or a writer, not both or neither")

    @property
    def is_rdf(self) -> bool:
        """Whether the file holds the graph itself (it can be read back, queried, updated)."""
        return self.rdf is not None

    def write_function(self) -> Callable[[Any, str | os.PathLike], None]:
        module, _, name = (self.writer or "").partition(":")
        return getattr(importlib.import_module(module), name)


_REGISTRY: dict[str, GraphFormat] = {}  # extension -> format, in registration order
_NAMED: dict[str, GraphFormat] = {}  # name -> format, those without an extension too


def register(fmt: GraphFormat) -> None:
    """Add a format; an extension or a name already taken by another format is refused."""
    for suffix in fmt.suffixes:
        taken = _REGISTRY.get(suffix)
        if taken is not None and taken.name != fmt.name:
            raise ValueError(f"{suffix} is already the extension of {taken.name}")
    if _NAMED.get(fmt.name, fmt) != fmt:
        raise ValueError(f"a format named {fmt.name} is already registered")
    for suffix in fmt.suffixes:
        _REGISTRY[suffix] = fmt
    _NAMED[fmt.name] = fmt


def format_named(name: str) -> GraphFormat:
    """The registered format of that name (``tables``, ``turtle``…)."""
    fmt = _NAMED.get(name)
    if fmt is None:
        raise InputError(f"unknown graph format {name}; use one of {', '.join(_NAMED)}")
    return fmt


def graph_formats(*, rdf: bool | None = None) -> tuple[GraphFormat, ...]:
    """The registered formats (``rdf=True``: RDF syntaxes only; ``False``: the others)."""
    found = dict.fromkeys(_REGISTRY.values())
    return tuple(f for f in found if rdf is None or f.is_rdf == rdf)


def suffixes(*, rdf: bool | None = None) -> tuple[str, ...]:
    """The file extensions of :func:`graph_formats`, in registration order."""
    return tuple(s for s, f in _REGISTRY.items() if rdf is None or f.is_rdf == rdf)


def format_for(path: str | os.PathLike, *, rdf: bool = False) -> GraphFormat:
    """The format a file name asks for, by its extension; ``rdf=True`` accepts RDF
    syntaxes only (a graph to read back).  Raises :class:`InputError` naming the
    extensions it knows."""
    suffix = Path(path).suffix.lower()
    fmt = _REGISTRY.get(suffix)
    if fmt is None or (rdf and not fmt.is_rdf):
        known = ", ".join(suffixes(rdf=True if rdf else None))
        what = "RDF format" if rdf else "graph format"
        raise InputError(f"{path}: unknown {what} {suffix or '(no extension)'!s}; use one of {known}",
                         path=os.fspath(path))
    return fmt


for _format in (
    GraphFormat("turtle", (".ttl",), "Turtle", rdf=ox.RdfFormat.TURTLE),
    GraphFormat("n-triples", (".nt",), "N-Triples", rdf=ox.RdfFormat.N_TRIPLES),
    GraphFormat("json-ld", (".jsonld",), "JSON-LD", rdf=ox.RdfFormat.JSON_LD),
    GraphFormat("trig", (".trig",), "TriG", rdf=ox.RdfFormat.TRIG),
    GraphFormat("n-quads", (".nq",), "N-Quads", rdf=ox.RdfFormat.N_QUADS),
    GraphFormat("rdf-xml", (".rdf", ".owl"), "RDF/XML", rdf=ox.RdfFormat.RDF_XML),
    GraphFormat("graphml", (".graphml",), "GraphML: the entity network, for Gephi, yEd, Cytoscape",
                writer="kgraph.view.network:export_graphml"),
    GraphFormat("tables", (), "CSV tables for analysts (entities, posts, events, event arguments, evidence) "
                "in a directory", writer="kgraph.graph.tables:write_tables"),
):
    register(_format)

# SPARQL 1.1 results of SELECT and ASK, by the name ``kgraph query --format`` takes
RESULT_FORMATS: dict[str, ox.QueryResultsFormat] = {
    "json": ox.QueryResultsFormat.JSON,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "xml": ox.QueryResultsFormat.XML,
}
