"""The graph as an rdflib ``Graph``: for pyshacl, :func:`rdflib.compare.isomorphic`
and any rdflib tool.  Oxigraph holds the data; rdflib gets a copy."""
from __future__ import annotations

from typing import Any, Iterable

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

__all__ = ["to_rdflib"]

_STRING = "http://www.w3.org/2001/XMLSchema#string"


def to_rdflib(quads: Iterable[ox.Quad], prefixes: dict[str, str]) -> Graph:
    """An rdflib ``Graph`` of ``quads`` (their graph name is ignored) with ``prefixes`` bound."""
    graph = Graph()
    for prefix, namespace in prefixes.items():
        graph.bind(prefix, namespace)
    made: dict[Any, Any] = {}

    def term(value: Any) -> Any:  # terms repeat a lot: convert each once
        found = made.get(value)
        if found is None:
            if isinstance(value, ox.NamedNode):
                found = URIRef(value.value)
            elif isinstance(value, ox.BlankNode):
                found = BNode(value.value)
            elif value.language:
                found = Literal(value.value, lang=value.language)
            elif value.datatype.value == _STRING:
                found = Literal(value.value)  # rdflib's plain literal: the same in RDF 1.1
            else:
                found = Literal(value.value, datatype=URIRef(value.datatype.value))
            made[value] = found
        return found

    graph.addN((term(q.subject), term(q.predicate), term(q.object), graph) for q in quads)
    return graph
