"""The extraction pipeline: sources -> documents -> analysed documents -> entities
and relations.  ``extract`` is the library entry point the CLI calls."""
from __future__ import annotations

import os
from typing import BinaryIO, Callable, Iterable, Iterator

from .agencies import find_agencies
from .analysis import Analysis, Region
from .divisions import find_divisions, infer_region, region_named, scan
from .errors import InputError
from .layout import split_documents
from .model import Extraction, Source
from .people import find_people
from .places import find_places
from .programs import find_programs
from .reader import read_sources
from .relations import find_relations
from .resolve import Resolver

__all__ = ["extract", "extract_text", "extract_sources", "analyze_source", "STAGES"]

# The stages after divisions, in order; each reads what the ones before found.
STAGES: tuple[Callable[[Analysis], None], ...] = (
    find_agencies,
    find_people,
    find_programs,
    find_places,
    find_relations,
)


def analyze_source(source: Source, region: Region | None = None) -> Iterator[Analysis]:
    """Split a source into articles and run every stage over each."""
    documents = split_documents(source)
    candidates = [scan(doc.text) for doc in documents]
    if region is None or region.node is None:
        region = infer_region([c for cands in candidates for c in cands], source.publication)
    for doc, cands in zip(documents, candidates):
        analysis = Analysis(doc, region)
        find_divisions(analysis, cands)
        for stage in STAGES:
            stage(analysis)
        yield analysis


def extract_sources(sources: Iterable[Source], region: str | None = None) -> Extraction:
    home = None
    if region:
        home = region_named(region)
        if home.node is None:
            raise InputError(f"--region {region}: no such division in the gazetteer")
    resolver = Resolver()
    for source in sources:
        for analysis in analyze_source(source, home):
            resolver.add(analysis)
    return resolver.finish()


def extract(inputs: Iterable[str | os.PathLike] | str | os.PathLike, *, region: str | None = None,
            stdin: BinaryIO | None = None) -> Extraction:
    """Read files, directories, JSON Lines or ``-`` (stdin) and return what they say.

    ``region`` names the paper's home region (荆州市) when it cannot be inferred.
    Raises :class:`kgraph.InputError` for unreadable input.
    """
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    return extract_sources(read_sources(inputs, stdin=stdin), region=region)


def extract_text(text: str, *, doc_id: str = "text", region: str | None = None) -> Extraction:
    """Extract from a string (one page or article), e.g. in a notebook or a test."""
    return extract_sources([Source(id=doc_id, text=text, origin="<text>")], region=region)
