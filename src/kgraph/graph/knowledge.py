"""The knowledge graph: an Oxigraph store holding what kgraph extracted, and the
few things done with it.  Each is a small module of its own; this class joins them:

- adding an extraction: the RDF mapping (:mod:`.rdf`), then the whole-graph rules
  (:mod:`.settle`);
- reading and writing files (:mod:`.formats` picks the syntax) and stores
  (:mod:`.store`);
- SPARQL (:mod:`.sparql`, under the policy of :mod:`.policy`);
- an rdflib copy (:mod:`.bridge`).

Oxigraph (pyoxigraph) rather than rdflib's in-memory store: on a million triples it
parses Turtle in seconds rather than a minute and answers joins ten times faster,
and its Turtle writer is much faster still.  rdflib stays where it is the right tool:
the typed vocabulary (:mod:`.vocab`), SHACL through pyshacl, and graph comparison.
"""
from __future__ import annotations

import mmap
import os
import re
from pathlib import Path
from typing import Any, Iterable

import pyoxigraph as ox
from rdflib import Graph

from ..errors import InputError, OutputError, one_line
from ..files import atomic_write
from .. import schema
from ..model import Extraction
from .bridge import to_rdflib
from .formats import format_for
from .rdf import DEFAULT_BASE, TYPE, IriMaker, extraction_quads, node
from .settle import settle, with_stored_holdings
from .sparql import QueryResult, run_query
from .vocab import KG, PREFIXES

__all__ = ["KnowledgeGraph", "QueryResult"]

# The prefix of each kind of node a graph holds, bound when it is written: the entity
# kinds of the schema registry, and the nodes the RDF mapping makes.
_KINDS = (*(t.kind for t in schema.ENTITIES), "article", "post", "statement", "excerpt", "event")


# An RDF/XML file may declare XML entities in its DOCTYPE (Protégé writes
# <!ENTITY owl "http://www.w3.org/2002/07/owl#"> and rdf:about="&owl;Thing"), and the
# parser expands every one without a limit: ten entities of ten references each (the
# "billion laughs", 1 KB) took 18 GB in a minute.  So an entity made of other entities is
# refused, and so is a file whose references would expand past this many bytes.
_MAX_EXPANSION = 64 * 1024 * 1024
_DOCTYPE_HEAD = 1024 * 1024  # the DOCTYPE comes before the root element
_ENTITY = re.compile(rb"""<!ENTITY\s+(%\s*)?([^\s"'%;&<>]+)\s+(?:"([^"]*)"|'([^']*)')""")


def _check_entities(path: Path) -> None:
    """Raise :class:`InputError` if the RDF/XML file at ``path`` declares entities that
    would expand without bound (see :data:`_MAX_EXPANSION`)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(_DOCTYPE_HEAD)
            if b"<!ENTITY" not in head:
                return
            sizes = {}
            for match in _ENTITY.finditer(head):
                name, value = match.group(2), match.group(3) if match.group(3) is not None else match.group(4)
                if match.group(1) or b"&" in value or b"%" in value:
                    raise InputError(f"{path}: not read: its DOCTYPE declares the entity {name.decode(errors='replace')} "
                                     "in terms of others (an XML entity bomb expands without bound)", path=str(path))
                sizes[name] = len(value)
            if not sizes:
                return
            references = re.compile(rb"&(" + b"|".join(map(re.escape, sizes)) + rb");")
            with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
                total = 0
                for match in references.finditer(data):
                    total += sizes[match.group(1)]
                    if total > max(_MAX_EXPANSION, len(data)):
                        raise InputError(f"{path}: not read: its entity references would expand to over "
                                         f"{max(_MAX_EXPANSION, len(data)):,} bytes", path=str(path))
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}", path=str(path)) from exc


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
        """Add the triples of an RDF file (its syntax by its extension)."""
        target = Path(path)
        fmt = format_for(target, rdf=True).rdf
        if not target.is_file():
            raise InputError(f"{target}: no such graph file", path=str(target))
        if fmt == ox.RdfFormat.RDF_XML:
            _check_entities(target)
        try:
            self.store.load(path=str(target), format=fmt)
        except SyntaxError as exc:
            raise InputError(f"{target}: not valid {fmt.name}: {one_line(exc)}", path=str(target),
                             line=getattr(exc, "lineno", None), column=getattr(exc, "offset", None)) from exc
        except (OSError, ValueError) as exc:
            raise InputError(f"{target}: cannot read: {one_line(exc)}", path=str(target)) from exc
        found = self._found_base()
        if self._base is None:
            self._base = found
        elif found is not None and found != self._base:
            raise InputError(f"{target}: its IRIs are under {found}, not {self._base} (--base)", path=str(target))

    def _found_base(self) -> str | None:
        """The base of the graph's IRIs, read off its first article."""
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
        try:
            self.store.extend(with_stored_holdings(self.store, extraction_quads(extraction, self.base)))
            self.finalize()
        except OSError as exc:  # a store on disk (a working copy for --update): a full disk, say
            raise OutputError(f"cannot add to the graph's store on disk: {one_line(exc, 200)}") from exc

    def _check_articles(self, extraction: Extraction) -> None:
        iris = IriMaker(self.base)
        digest = node(KG.contentDigest)
        for doc in extraction.documents:  # unique ids: the resolver merged or refused repeats
            for quad in self.store.quads_for_pattern(iris.article(doc.id), digest, None):
                if quad.object.value != doc.digest:
                    raise InputError(f"the graph already holds an article {doc.id} with a different text "
                                     f"(from {doc.origin}): rename the new one, or rebuild", article=doc.id)

    def finalize(self) -> None:
        """Settle what is decided over the whole graph (:func:`kgraph.graph.settle.settle`)."""
        settle(self.store, self.base)

    # ------------------------------------------------------------------ querying
    @property
    def prefixes(self) -> dict[str, str]:
        found = dict(PREFIXES)
        for kind in _KINDS:
            found[kind] = f"{self.base}{kind}/"
        return found

    def query(self, sparql: str, params: dict[str, Any] | None = None) -> QueryResult:
        """Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE).  The prefixes of
        :data:`kgraph.graph.vocab.PREFIXES` and the data's own (``agency:``…) are
        predeclared.  ``params`` fixes projected variables (``{"division": "荆州市"}``):
        a string becomes a ``@zh`` literal, as names are stored, or an IRI if it is one.
        Updates are refused."""
        return run_query(self.store, sparql, self.prefixes, params)

    # ------------------------------------------------------------------ writing
    def _dump(self, output: Any, format: ox.RdfFormat) -> bytes | None:
        if format.supports_datasets:
            return self.store.dump(output, format=format)
        return self.store.dump(output, format=format, from_graph=ox.DefaultGraph(), prefixes=self.prefixes)

    def serialize(self, format: ox.RdfFormat = ox.RdfFormat.TURTLE) -> bytes:
        return self._dump(None, format)

    def write(self, path: str | os.PathLike) -> None:
        """Write the graph in the format its extension names (any of
        :func:`kgraph.graph.formats.graph_formats`), atomically: on any error an
        existing file is left as it was.  A directory (``graph.db/``, with the slash,
        or an existing one) gets a store (:mod:`kgraph.graph.store`)."""
        from .store import is_store_path, write_store

        if is_store_path(path):
            return write_store(self, path)
        fmt = format_for(path)
        if not fmt.is_rdf:
            return fmt.write_function()(self, path)
        atomic_write(path, lambda handle: self._dump(handle, fmt.rdf), binary=True)

    def to_rdflib(self) -> Graph:
        """The graph as an rdflib ``Graph`` (for pyshacl, comparison, rdflib tools)."""
        return to_rdflib(self.triples(), self.prefixes)

    def triples(self) -> Iterable[ox.Quad]:
        return self.store.quads_for_pattern(None, None, None, ox.DefaultGraph())
