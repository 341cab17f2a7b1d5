"""Building graphs from text: the library calls behind ``kgraph build``."""
from __future__ import annotations

import os
from typing import BinaryIO, Iterable

from .extraction.pipeline import Executor, Progress, extract
from .extraction.tagger import DEFAULT_MODEL
from .graph.knowledge import KnowledgeGraph

__all__ = ["build_graph", "load_graph"]


def build_graph(inputs: Iterable[str | os.PathLike] | str | os.PathLike, *, base: str | None = None,
                region: str | None = None, graph: KnowledgeGraph | None = None,
                stdin: BinaryIO | None = None, jobs: int = 1, progress: Progress | None = None,
                model: str | None = DEFAULT_MODEL, lexicon: str | os.PathLike | None = None,
                executor: Executor | None = None, date: str | None = None) -> KnowledgeGraph:
    """Extract from ``inputs`` (as :func:`kgraph.extract`: texts, JSON Lines, shards)
    and return the graph, or add to ``graph`` when given: adding B to the graph of A
    gives the graph of A and B.  ``jobs`` processes extract; the graph is the same.
    ``model`` is the trained model that proposes names ("lac") or "none";
    ``lexicon`` a directory of the user's own lexicons, ``date`` the articles' date when
    their records give none (see :func:`kgraph.extract`)."""
    extraction = extract(inputs, region=region, stdin=stdin, jobs=jobs, progress=progress, model=model,
                         lexicon=lexicon, executor=executor, date=date)
    if graph is None:
        graph = KnowledgeGraph(base)
    graph.add(extraction)
    return graph


def load_graph(path: str | os.PathLike, *, base: str | None = None, writable: bool = False) -> KnowledgeGraph:
    """Open a graph file kgraph wrote (any of its formats), or a store (a directory,
    opened read-only unless ``writable``: to add to it and write it back)."""
    return KnowledgeGraph.load(path, base=base, writable=writable)
