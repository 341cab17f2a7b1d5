"""Checking a graph against the SHACL shapes in ``ontology/shapes.ttl`` (pyshacl)."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cache

from rdflib import Graph, Literal, Namespace, URIRef

from ..resources import ontology_path
from .knowledge import KnowledgeGraph

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


_SH = Namespace("http://www.w3.org/ns/shacl#")


@cache
def _split_shapes() -> tuple[Graph, tuple[tuple[tuple[str, ...], str, str], ...]]:
    """The shapes without their SPARQL constraints (for pyshacl), and those constraints
    as (target classes, SELECT, message).  pyshacl runs a SPARQL constraint once per
    focus node in rdflib's engine, minutes on a 10 MB graph; Oxigraph answers it once
    for all focus nodes in a fraction of a second, with the same result."""
    shapes = _shapes()
    core = Graph()
    for prefix, namespace in shapes.namespaces():
        core.bind(prefix, namespace)
    sparql = []
    constraints = set()
    for shape, constraint in shapes.subject_objects(_SH.sparql):
        constraints.add(constraint)
        targets = tuple(str(t) for t in shapes.objects(shape, _SH.targetClass))
        select = str(shapes.value(constraint, _SH.select))
        message = str(shapes.value(constraint, _SH.message) or "does not conform")
        sparql.append((targets, select, message))
    for triple in shapes:
        if triple[1] != _SH.sparql and triple[0] not in constraints:
            core.add(triple)
    return core, tuple(sparql)


_RESULTS = """
PREFIX sh: <http://www.w3.org/ns/shacl#>
SELECT ?focus ?path ?value ?message ?severity WHERE {
    ?result a sh:ValidationResult ; sh:focusNode ?focus ; sh:resultSeverity ?severity .
    OPTIONAL { ?result sh:resultPath ?path }
    OPTIONAL { ?result sh:value ?value }
    OPTIONAL { ?result sh:resultMessage ?message }
}"""


class _CaughtWarnings(logging.Handler):
    """Collect what a logger says (instead of printing tracebacks), for a ``with`` block."""

    def __init__(self, name: str) -> None:
        super().__init__(logging.WARNING)
        self.logger = logging.getLogger(name)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def __enter__(self) -> "_CaughtWarnings":
        self._propagate = self.logger.propagate
        self.logger.addHandler(self)
        self.logger.propagate = False
        return self

    def __exit__(self, *exc) -> None:
        self.logger.removeHandler(self)
        self.logger.propagate = self._propagate


def _ill_typed(data: Graph) -> list[Violation]:
    """A violation for each literal whose text is not a value of its datatype
    ("2023-02-30"^^xsd:date): one clear line each, not rdflib's traceback."""
    found = []
    for subject, predicate, obj in data:
        if isinstance(obj, Literal) and obj.datatype is not None and getattr(obj, "ill_typed", False):
            found.append(Violation(subject.n3(data.namespace_manager), predicate.n3(data.namespace_manager),
                                   obj.n3(data.namespace_manager),
                                   f"not a valid {obj.datatype.n3(data.namespace_manager)} value", "Violation"))
    return found


def validate_graph(graph: KnowledgeGraph) -> ValidationReport:
    """Validate against kgraph's shapes; the report lists each violation readably."""
    import pyshacl  # heavy: only when validating

    with _CaughtWarnings("rdflib.term") as caught:  # rdflib logs a traceback per ill-typed literal
        data = graph.to_rdflib()
    ill_typed = _ill_typed(data) if caught.records else []
    core, sparql = _split_shapes()
    # inplace: ``data`` is this call's own copy, and with no inference and no rules in the
    # shapes pyshacl changes nothing in it: its copy of the copy took 5-10% of the time (a year of news: 2 s)
    conforms, results, _ = pyshacl.validate(data, shacl_graph=core, inference="none",
                                            advanced=True, allow_warnings=True, inplace=True)
    violations = list(ill_typed)
    conforms = conforms and not ill_typed
    for targets, select, message in sparql:
        focus_nodes = {row[0] for target in targets
                       for row in graph.query("SELECT ?x ?class WHERE { ?x a ?class }", {"class": URIRef(target)})}
        for (node, *_) in graph.query(select.replace("$this", "?this")):
            if node in focus_nodes:
                violations.append(Violation(URIRef(node).n3(data.namespace_manager), None, None, message,
                                            "Violation"))
                conforms = False
    for row in results.query(_RESULTS):
        focus = row.focus.n3(data.namespace_manager)
        path = row.path.n3(data.namespace_manager) if row.path is not None else None
        value = row.value.n3(data.namespace_manager) if row.value is not None else None
        severity = str(row.severity).rpartition("#")[2]
        violations.append(Violation(focus, path, value, str(row.message or "does not conform"), severity))
    violations.sort(key=lambda v: (v.focus, v.path or "", v.message))
    return ValidationReport(bool(conforms), tuple(violations))
