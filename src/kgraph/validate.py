"""Checking a graph against the SHACL shapes in ``ontology/shapes.ttl`` (pyshacl)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rdflib import Graph

from .graph import KnowledgeGraph
from .resources import ontology_path

__all__ = ["Violation", "ValidationReport", "validate_graph"]


@dataclass(frozen=True, slots=True)
class Violation:
    focus: str
    path: str | None
    value: str | None
    message: str
    severity: str

    def __str__(self) -> str:
        where = self.focus + (f" {self.path}" if self.path else "")
        value = f" (value: {self.value})" if self.value is not None else ""
        return f"{self.severity}: {where}: {self.message}{value}"


@dataclass(frozen=True, slots=True)
class ValidationReport:
    conforms: bool
    violations: tuple[Violation, ...]


@cache
def _shapes() -> Graph:
    graph = Graph()
    graph.parse(ontology_path("shapes.ttl"), format="turtle")
    return graph


_RESULTS = """
PREFIX sh: <http://www.w3.org/ns/shacl#>
SELECT ?focus ?path ?value ?message ?severity WHERE {
    ?result a sh:ValidationResult ; sh:focusNode ?focus ; sh:resultSeverity ?severity .
    OPTIONAL { ?result sh:resultPath ?path }
    OPTIONAL { ?result sh:value ?value }
    OPTIONAL { ?result sh:resultMessage ?message }
}"""


def validate_graph(graph: KnowledgeGraph) -> ValidationReport:
    """Validate against kgraph's shapes; the report lists each violation readably."""
    import pyshacl  # heavy: only when validating

    data = graph.to_rdflib()
    conforms, results, _ = pyshacl.validate(data, shacl_graph=_shapes(), inference="none",
                                            advanced=True, allow_warnings=True)
    violations = []
    for row in results.query(_RESULTS):
        focus = row.focus.n3(data.namespace_manager)
        path = row.path.n3(data.namespace_manager) if row.path is not None else None
        value = row.value.n3(data.namespace_manager) if row.value is not None else None
        severity = str(row.severity).rpartition("#")[2]
        violations.append(Violation(focus, path, value, str(row.message or "does not conform"), severity))
    violations.sort(key=lambda v: (v.focus, v.path or "", v.message))
    return ValidationReport(bool(conforms), tuple(violations))
