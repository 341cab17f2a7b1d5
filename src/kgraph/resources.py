"""Data files and heavy resources, each loaded lazily and once.

Lexicons live in ``data/lexicon/`` (documented in its README): one entry per
line, ``#`` starts a comment, tab-separated columns where a file has several.
In an installed wheel the same tree is packaged as ``kgraph/_data``.
"""
from __future__ import annotations

import logging
import os
import re
from typing import Callable, Iterable
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
def ordered_lexicon(name: str) -> tuple[str, ...]:
    """A one-column lexicon longest first (see :func:`longest_first`): the order for
    ``str.endswith``/``startswith`` tests where the longest word must win."""
    return longest_first(lexicon(name))


def longest_first(words: Iterable[str]) -> tuple[str, ...]:
    """Words longest first, then in code-point order: a fixed order (a set's order
    changes with Python's hash seed, and with it which of two equal-length words wins)."""
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def word_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """One regex for a word list, longest first, so that at one position the longest
    word matches (a plain alternation lets re skip ahead by the words' first
    characters).  Callers compile once per lexicon and keep it."""
    return re.compile("|".join(map(re.escape, longest_first(w for w in words if w))))


def find_words(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, str]]:
    """Where the words of ``pattern`` (from :func:`word_pattern`) occur in ``text``,
    as (start, end, word): longer words first, then left to right; at one position
    only the longest word, but a match may start inside another."""
    found = []
    search = pattern.search
    match = search(text)
    while match is not None:
        found.append((match.start(), match.end(), match.group()))
        match = search(text, match.start() + 1)
    found.sort(key=lambda item: (item[0] - item[1], item[0]))
    return found


def every_occurrence(words: Iterable[str]) -> Callable[[str], list[tuple[int, int, str]]]:
    """A finder of every occurrence of every word, overlapping ones included, as
    (start, end, word) by start, longer words first.  Words are indexed by their first
    two characters and their lengths (one alternation of two thousand country names
    made the regex engine try each at every position).  Callers make it once per word
    list and keep it."""
    vocabulary = frozenset(w for w in words if w)
    singles = frozenset(w for w in vocabulary if len(w) == 1)
    lengths: dict[str, tuple[int, ...]] = {}
    for word in vocabulary:
        if len(word) > 1:
            lengths[word[:2]] = (*lengths.get(word[:2], ()), len(word))
    lengths = {prefix: tuple(sorted(set(found), reverse=True)) for prefix, found in lengths.items()}

    def find(text: str) -> list[tuple[int, int, str]]:
        found = []
        for i in [i for i in range(len(text) - 1) if text[i:i + 2] in lengths]:
            for length in lengths[text[i:i + 2]]:
                word = text[i:i + length]
                if word in vocabulary:
                    found.append((i, i + length, word))
        if singles:
            found.extend((i, i + 1, ch) for i, ch in enumerate(text) if ch in singles)
            found.sort(key=lambda hit: (hit[0], hit[0] - hit[1]))
        return found

    return find


@cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """A tab-separated lexicon as rows of stripped columns."""
    return tuple(tuple(col.strip() for col in line.split("\t")) for line in _lines(name))


@cache
def alias_table(name: str) -> dict[str, str]:
    """A table of canonical names with their ``|``-separated aliases in the second
    column, as a map from every name and alias to its canonical name."""
    names: dict[str, str] = {}
    for row in table(name):
        canonical = row[0]
        names[canonical] = canonical
        if len(row) > 1:
            for alias in row[1].split("|"):
                names[alias] = canonical
    return names


class _RustJieba:
    """rjieba (the jieba-rs binding: jieba's dictionary and algorithm, same output)
    behind jieba's ``lcut`` signature; about twenty times faster."""

    name = "rjieba"

    def __init__(self, module) -> None:
        self._cut = module.cut

    def lcut(self, text: str, HMM: bool = True) -> list[str]:  # noqa: N803 - jieba's name
        return self._cut(text, hmm=HMM)


@cache
def tokenizer():
    """The word segmenter, initialised once and quietly: rjieba when installed (the
    default install has it), else jieba.  ``KGRAPH_TOKENIZER=jieba`` forces jieba."""
    choice = os.environ.get("KGRAPH_TOKENIZER", "").strip().lower()
    if choice not in ("", "jieba", "rjieba"):
        raise DataError(f"KGRAPH_TOKENIZER={choice}: use jieba or rjieba")
    if choice != "jieba":
        try:
            import rjieba
        except ImportError:
            if choice == "rjieba":
                raise DataError("KGRAPH_TOKENIZER=rjieba but rjieba is not installed") from None
        else:
            return _RustJieba(rjieba)
    import jieba

    jieba.setLogLevel(logging.WARNING)
    # jieba writes its prefix-dictionary cache to the temp dir; keep that explicit.
    cache_dir = os.environ.get("KGRAPH_CACHE_DIR")
    jieba.dt.tmp_dir = cache_dir if cache_dir and cache_dir.lower() != "off" else None
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
