"""Data files and heavy resources, each loaded lazily and once.

Lexicons live in ``data/lexicon/`` (documented in its README): one entry per
line, ``#`` starts a comment, tab-separated columns where a file has several.
In an installed wheel the same tree is packaged as ``kgraph/_data``.
"""
from __future__ import annotations

import logging
import os
from functools import cache
from pathlib import Path

from .errors import DataError

__all__ = ["data_path", "lexicon", "table", "tokenizer", "word_tags", "ontology_path"]

_PACKAGE = Path(__file__).resolve().parent


def _root(packaged: str, in_repo: str) -> Path:
    candidate = _PACKAGE / packaged
    if candidate.is_dir():
        return candidate
    return _PACKAGE.parent.parent / in_repo


def data_path(*parts: str) -> Path:
    path = _root("_data", "data").joinpath(*parts)
    if not path.exists():
        raise DataError(f"kgraph data file missing: {path}")
    return path


def ontology_path(name: str = "kgraph.ttl") -> Path:
    path = _root("_ontology", "ontology") / name
    if not path.exists():
        raise DataError(f"kgraph ontology file missing: {path}")
    return path


def _lines(name: str):
    with open(data_path("lexicon", name), encoding="utf-8") as handle:
        for line in handle:
            line = line.split("#", 1)[0].rstrip()
            if line.strip():
                yield line


@cache
def lexicon(name: str) -> frozenset[str]:
    """A one-column lexicon as a set."""
    return frozenset(line.strip() for line in _lines(name))


@cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """A tab-separated lexicon as rows of stripped columns."""
    return tuple(tuple(col.strip() for col in line.split("\t")) for line in _lines(name))


@cache
def tokenizer():
    """jieba's default tokenizer, initialised once and quietly."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    # jieba writes its prefix-dictionary cache to the temp dir; keep that explicit.
    jieba.dt.tmp_dir = os.environ.get("KGRAPH_CACHE_DIR") or None
    jieba.dt.initialize()
    return jieba.dt


@cache
def word_tags() -> dict[str, str]:
    """Part-of-speech tag of every word in jieba's dictionary (no posseg run needed)."""
    import jieba

    tags: dict[str, str] = {}
    path = Path(jieba.__file__).resolve().parent / "dict.txt"
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) == 3:
                tags[parts[0]] = parts[2]
    return tags
