"""The knowledge graph: an Oxigraph store holding what kgraph extracted, with
loading, merging, SPARQL and writing.

Oxigraph (pyoxigraph) rather than rdflib's in-memory store: on a million triples it
parses Turtle in seconds rather than a minute and answers joins ten times faster,
and its Turtle writer is much faster still.  rdflib stays where it is the right tool:
the typed vocabulary (:mod:`kgraph.graph.vocab`), SHACL through pyshacl, and graph
comparison (:meth:`KnowledgeGraph.to_rdflib`).
"""
from __future__ import annotations

import os
import re
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable, Iterator

import pyoxigraph as ox
from rdflib import Graph
from rdflib.namespace import PROV, RDFS

from ..errors import InputError, QueryError
from ..model import Extraction
from ..files import atomic_write
from .policy import check_query
from .rdf import ALT, DEFAULT_BASE, LABEL, TYPE, IriMaker, extraction_quads, node
from ..merge import agency_kind, outer_locations, preferred
from .vocab import KG, PREFIXES

__all__ = ["KnowledgeGraph", "QueryResult", "FORMATS", "format_for"]

# file extension -> Oxigraph format
FORMATS: dict[str, ox.RdfFormat] = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
}

# The prefix of each kind of node a graph holds, bound when it is written.
_KINDS = ("division", "agency", "person", "program", "place", "article", "post", "statement", "excerpt")

# Properties an entity has one value of; when merged graphs disagree, the resolver's
# choice (:func:`kgraph.merge.preferred`) wins and a losing name becomes an alias.
_FUNCTIONAL = {str(RDFS.label): "label", str(KG.role): "role", str(KG.credit): "credit",
               str(KG.introducedAs): "introduced_as"}



def format_for(path: str | os.PathLike) -> ox.RdfFormat:
    """The RDF format a file name asks for (by its extension)."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        known = ", ".join(FORMATS)
        raise InputError(f"{path}: unknown RDF format {suffix or '(no extension)'!s}; use one of {known}")
    return FORMATS[suffix]


def _value(term: Any) -> Any:
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        if term.datatype.value == "http://www.w3.org/2001/XMLSchema#integer":
            try:
                return int(term.value)
            except ValueError:
                return term.value
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


class QueryResult:
    """The answer to a SPARQL query: ``kind`` is ``"bindings"`` (SELECT), ``"boolean"``
    (ASK) or ``"graph"`` (CONSTRUCT, DESCRIBE).  Like a database cursor it is read once:
    iterate it (rows of plain Python values), or :meth:`serialize` it."""

    def __init__(self, raw: Any, prefixes: dict[str, str]) -> None:
        self._raw = raw
        self._prefixes = prefixes
        if isinstance(raw, ox.QueryBoolean):
            self.kind = "boolean"
            self.variables: list[str] = []
        elif isinstance(raw, ox.QuerySolutions):
            self.kind = "bindings"
            self.variables = [v.value for v in raw.variables]
        else:
            self.kind = "graph"
            self.variables = ["subject", "predicate", "object"]

    def __bool__(self) -> bool:
        if self.kind == "boolean":
            return bool(self._raw)
        raise TypeError("only an ASK result is true or false")

    def terms(self) -> Iterator[tuple]:
        """Rows of Oxigraph terms (``None`` where a variable is unbound)."""
        if self.kind == "boolean":
            yield (bool(self._raw),)
        elif self.kind == "bindings":
            for solution in self._raw:
                yield tuple(solution[v] for v in self.variables)
        else:
            for triple in self._raw:
                yield (triple.subject, triple.predicate, triple.object)

    def __iter__(self) -> Iterator[tuple]:
        for row in self.terms():
            yield tuple(_value(t) if not isinstance(t, bool) else t for t in row)

    def serialize(self, format: str) -> bytes:
        """W3C SPARQL 1.1 results as ``json``, ``csv`` or ``tsv`` (SELECT, ASK), or RDF
        for CONSTRUCT/DESCRIBE: ``json`` gives JSON-LD, ``turtle`` Turtle."""
        if self.kind == "graph":
            if format == "json":
                return self._raw.serialize(format=ox.RdfFormat.JSON_LD)
            if format == "turtle":
                return ox.serialize(self._raw, format=ox.RdfFormat.TURTLE, prefixes=self._prefixes)
            raise QueryError(f"a CONSTRUCT or DESCRIBE answer is a graph: use --format table (Turtle) "
                             f"or json (JSON-LD), not {format}")
        formats = {"json": ox.QueryResultsFormat.JSON, "csv": ox.QueryResultsFormat.CSV,
                   "tsv": ox.QueryResultsFormat.TSV, "xml": ox.QueryResultsFormat.XML}
        if format not in formats:
            raise QueryError(f"unknown results format {format}")
        return self._raw.serialize(format=formats[format])


class KnowledgeGraph:
    """A kgraph graph.  Build one with :func:`kgraph.build_graph` or
    :meth:`add`, open one with :meth:`load`; query it with :meth:`query`; write it
    with :meth:`write` (the format follows the file's extension)."""

    def __init__(self, base: str | None = None) -> None:
        self.store = ox.Store()
        self._base = base

    # ------------------------------------------------------------------ reading
    @classmethod
    def load(cls, path: str | os.PathLike, base: str | None = None, *, writable: bool = False) -> "KnowledgeGraph":
        """Open a graph file, or a store (a directory: :mod:`kgraph.graph.store`; read-only
        unless ``writable``).  Raises :class:`InputError` if it is missing or malformed."""
        from .store import is_store_path, open_store

        if is_store_path(path) or Path(path).is_dir():  # open_store says what a plain directory lacks
            return open_store(path, base, writable=writable)
        graph = cls(base)
        graph.parse(path)
        return graph

    def parse(self, path: str | os.PathLike) -> None:
        target = Path(path)
        fmt = format_for(target)
        if not target.is_file():
            raise InputError(f"{target}: no such graph file")
        try:
            self.store.load(path=str(target), format=fmt)
        except SyntaxError as exc:
            raise InputError(f"{target}: not valid {fmt.name}: {_one_line(exc)}") from None
        except (OSError, ValueError) as exc:
            raise InputError(f"{target}: cannot read: {_one_line(exc)}") from None
        found = self._found_base()
        if self._base is None:
            self._base = found
        elif found is not None and found != self._base:
            raise InputError(f"{target}: its IRIs are under {found}, not {self._base} (--base)")

    def _found_base(self) -> str | None:
        for quad in self.store.quads_for_pattern(None, TYPE, node(KG.Article)):
            iri = quad.subject.value
            at = iri.find("article/")
            if at > 0:
                return iri[:at]
        return None

    @property
    def base(self) -> str:
        return self._base or DEFAULT_BASE

    def __len__(self) -> int:
        return len(self.store)

    # ------------------------------------------------------------------ building
    def add(self, extraction: Extraction) -> None:
        """Add what an extraction found.  Adding articles already in the graph adds
        nothing; an article id already holding a different text is refused."""
        self._check_articles(extraction)
        self.store.extend(extraction_quads(extraction, self.base))
        self.finalize()

    def _check_articles(self, extraction: Extraction) -> None:
        iris = IriMaker(self.base)
        digest = node(KG.contentDigest)
        for doc in extraction.documents:  # unique ids: the resolver merged or refused repeats
            for quad in self.store.quads_for_pattern(iris.article(doc.id), digest, None):
                if quad.object.value != doc.digest:
                    raise InputError(f"the graph already holds an article {doc.id} with a different text "
                                     f"(from {doc.origin}): rename the new one, or rebuild")

    def finalize(self) -> None:
        """Settle what is decided over the whole graph, with the resolver's rules: one
        label (and role, credit) per entity, the others kept as aliases; gazetteer
        provenance only where no sentence gave the fact; the most specific location only."""
        store = self.store
        remove: list[ox.Quad] = []
        add: list[ox.Quad] = []
        for predicate, name in _FUNCTIONAL.items():
            values: dict[Any, list[ox.Quad]] = defaultdict(list)
            for quad in store.quads_for_pattern(None, ox.NamedNode(predicate), None):
                values[quad.subject].append(quad)
            for subject, quads in values.items():
                if len(quads) < 2:
                    continue
                keep = preferred(name, [q.object.value for q in quads])
                for quad in quads:
                    if quad.object.value != keep:
                        remove.append(quad)
                        if name == "label":
                            add.append(ox.Quad(subject, ALT, quad.object))
        store.extend(add)
        for quad in remove:
            store.remove(quad)
        for quad in list(store.quads_for_pattern(None, LABEL, None)):
            alias = ox.Quad(quad.subject, ALT, quad.object)
            if alias in store:
                store.remove(alias)
        self._one_kind_per_agency()
        self._drop_redundant_gazetteer_provenance()
        self._keep_most_specific_locations()

    def _one_kind_per_agency(self) -> None:
        """Two builds may have read an agency's kind from different names: the kind of
        the settled label wins, as in one build (the resolver reads it from its label)."""
        from .rdf import AGENCY_KINDS

        kinds: dict[Any, list[ox.Quad]] = defaultdict(list)
        for quad in self.store.quads_for_pattern(None, node(KG.agencyKind), None):
            kinds[quad.subject].append(quad)
        for subject, quads in kinds.items():
            if len(quads) < 2:
                continue
            label = next(self.store.quads_for_pattern(subject, LABEL, None), None)
            keep = node(AGENCY_KINDS.get(agency_kind(label.object.value) if label else "other", KG.OtherOrganization))
            for quad in quads:
                if quad.object != keep:
                    self.store.remove(quad)

    def _drop_redundant_gazetteer_provenance(self) -> None:
        derived = node(PROV.wasDerivedFrom)
        for quad in list(self.store.quads_for_pattern(None, derived, node(KG.gazetteer))):
            if sum(1 for _ in self.store.quads_for_pattern(quad.subject, derived, None)) > 1:
                self.store.remove(quad)

    def _keep_most_specific_locations(self) -> None:
        """Of two locations of one thing where one lies in the other, drop the outer."""
        located: dict[Any, list[Any]] = defaultdict(list)
        for quad in self.store.quads_for_pattern(None, node(KG.locatedIn), None, ox.DefaultGraph()):
            located[quad.subject].append(quad.object)
        part_of = node(KG.partOf)

        def parents(place: Any) -> list[Any]:
            return [quad.object for quad in self.store.quads_for_pattern(place, part_of, None, ox.DefaultGraph())]

        for subject, outer in outer_locations(located, parents):
            self._retract(subject, node(KG.locatedIn), outer)

    def _retract(self, subject: ox.NamedNode, predicate: ox.NamedNode, obj: ox.NamedNode) -> None:
        """Remove a fact, its statement node and the excerpts only it cited."""
        store = self.store
        store.remove(ox.Quad(subject, predicate, obj))
        statement = IriMaker(self.base).statement(subject, predicate, obj)
        derived = node(PROV.wasDerivedFrom)
        sources = [q.object for q in store.quads_for_pattern(statement, derived, None)]
        for quad in list(store.quads_for_pattern(statement, None, None)):
            store.remove(quad)
        for source in sources:
            if isinstance(source, ox.NamedNode) and source != node(KG.gazetteer):
                if next(iter(store.quads_for_pattern(None, derived, source)), None) is None:
                    for quad in list(store.quads_for_pattern(source, None, None)):
                        store.remove(quad)

    # ------------------------------------------------------------------ querying
    @property
    def prefixes(self) -> dict[str, str]:
        found = dict(PREFIXES)
        for kind in _KINDS:
            found[kind] = f"{self.base}{kind}/"
        return found

    def query(self, sparql: str, params: dict[str, Any] | None = None) -> QueryResult:
        """Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE).  The prefixes of
        :data:`kgraph.graph.vocab.PREFIXES` and the data's own (``agency:``…) are predeclared.
        ``params`` fixes projected variables (``{"division": "荆州市"}``): a string
        becomes a ``@zh`` literal, as names are stored, or an IRI if it is one.
        Updates are refused."""
        if not isinstance(sparql, str):
            raise QueryError("a query is SPARQL text")
        check_query(sparql)  # updates, SERVICE, hostile nesting: refused on the parsed query
        substitutions = {_variable(name): _term(name, value) for name, value in (params or {}).items()}
        try:
            raw = self.store.query(sparql, prefixes=self.prefixes, substitutions=substitutions or None)
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL: {_one_line(exc)}") from None
        except (RuntimeError, ValueError, OSError) as exc:
            raise QueryError(f"query failed: {_one_line(exc)}") from None
        return QueryResult(raw, self.prefixes)

    # ------------------------------------------------------------------ writing
    def _dump(self, output: Any, format: ox.RdfFormat) -> bytes | None:
        if format.supports_datasets:
            return self.store.dump(output, format=format)
        return self.store.dump(output, format=format, from_graph=ox.DefaultGraph(), prefixes=self.prefixes)

    def serialize(self, format: ox.RdfFormat = ox.RdfFormat.TURTLE) -> bytes:
        return self._dump(None, format)

    def write(self, path: str | os.PathLike) -> None:
        """Write the graph in the format its extension names, atomically: on any
        error an existing file is left as it was.  A directory (``graph.db/``, with
        the slash, or an existing one) gets a store (:mod:`kgraph.graph.store`)."""
        from .store import is_store_path, write_store

        if is_store_path(path):
            return write_store(self, path)
        fmt = format_for(path)
        atomic_write(path, lambda handle: self._dump(handle, fmt), binary=True)

    def to_rdflib(self) -> Graph:
        """The graph as an rdflib ``Graph`` (for pyshacl, comparison, rdflib tools)."""
        from rdflib import BNode, Literal, URIRef

        graph = Graph()
        for prefix, namespace in self.prefixes.items():
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
                elif value.datatype.value == "http://www.w3.org/2001/XMLSchema#string":
                    found = Literal(value.value)  # rdflib's plain literal: the same in RDF 1.1
                else:
                    found = Literal(value.value, datatype=URIRef(value.datatype.value))
                made[value] = found
            return found

        graph.addN((term(q.subject), term(q.predicate), term(q.object), graph) for q in self.triples())
        return graph

    def triples(self) -> Iterable[ox.Quad]:
        return self.store.quads_for_pattern(None, None, None, ox.DefaultGraph())


def _variable(name: Any) -> ox.Variable:
    text = str(name)
    if not re.fullmatch(r"[^\W\d]\w*|\d\w*", text):
        raise QueryError(f"--param {text}=…: {text!r} is not a SPARQL variable name")
    try:
        return ox.Variable(text)
    except ValueError:
        raise QueryError(f"--param {text}=…: {text!r} is not a SPARQL variable name") from None


def _term(name: Any, value: Any) -> ox.NamedNode | ox.Literal:
    """A parameter's value as one RDF term: it can never change the query's structure."""
    if isinstance(value, (ox.NamedNode, ox.Literal)):
        return value
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
    text = str(value)
    if re.match(r"(https?|urn):", text):
        try:
            return ox.NamedNode(text)
        except ValueError as exc:
            raise QueryError(f"--param {name}={text}: not a valid IRI ({_one_line(exc)})") from None
    try:
        return ox.Literal(text, language="zh")
    except (ValueError, UnicodeError) as exc:
        raise QueryError(f"--param {name}=…: not a usable value ({_one_line(exc)})") from None


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    # spargebra lists every token it expected; the position and the start say enough
    return text if len(text) <= 160 else text[:157] + "..."
