"""Data files and heavy resources, each loaded lazily and once.

Lexicons live in ``data/lexicon/`` (documented in its README): one entry per
line, ``#`` starts a comment, tab-separated columns where a file has several.
In an installed wheel the same tree is packaged as ``kgraph/_data``.
"""
from __future__ import annotations

import contextlib
import gc
import hashlib
import importlib.util
import logging
import os
import pickle
import re
import tempfile
from collections.abc import Mapping
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator

from .errors import DataError

if TYPE_CHECKING:
    import marisa_trie

__all__ = ["offsets", "jieba_dictionary", "data_path", "data_table", "data_words", "lexicon", "lexicon_lines", "rows", "table", "pos_tags", "word_set", "tokenizer", "word_tags",
           "WordTags", "ontology_path"]

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
    yield from lexicon_lines(data_path("lexicon", name))


def lexicon_lines(path: str | os.PathLike):
    """The entries of a lexicon-shaped file (kgraph's or a user's): ``#`` starts a
    comment, blank lines are skipped."""
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.split("#", 1)[0].rstrip()
            if line.strip():
                yield line


def rows(lines) -> tuple[tuple[str, ...], ...]:
    """Tab-separated lines as rows of stripped columns."""
    return tuple(tuple(col.strip() for col in line.split("\t")) for line in lines)


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


def offsets(text: str, word: str, start: int = 0, end: int | None = None) -> Iterator[int]:
    """Where ``word`` starts in text[start:end], in order (str.find, not a loop over every character)."""
    end = len(text) if end is None else end
    at = text.find(word, start, end)
    while at >= 0:
        yield at
        at = text.find(word, at + 1, end)


def every_occurrence(words: Iterable[str]) -> Callable[[str], list[tuple[int, int, str]]]:
    """A finder of every occurrence of every word, overlapping ones included, as
    (start, end, word) by start, longer words first.  Words are indexed by their first
    two characters and their lengths (one alternation of two thousand country names
    made the regex engine try each at every position).  Callers make it once per word
    list and keep it."""
    vocabulary = frozenset(w for w in words if w)
    singles = sorted(w for w in vocabulary if len(w) == 1)
    # one-character words, by a character class: the regex engine walks the text, not Python
    single = re.compile("[" + "".join(map(re.escape, singles)) + "]").finditer if singles else None
    lengths: dict[str, tuple[int, ...]] = {}
    for word in vocabulary:
        if len(word) > 1:
            lengths[word[:2]] = (*lengths.get(word[:2], ()), len(word))
    lengths = {prefix: tuple(sorted(set(found), reverse=True)) for prefix, found in lengths.items()}
    # where a word may start: a first character of one followed by a second character of
    # one, found by the regex engine (a Python loop over every character cost ten times
    # as much); the pair itself is then looked up
    pairs = re.compile("[" + "".join(map(re.escape, sorted({p[0] for p in lengths}))) + "](?=["
                       + "".join(map(re.escape, sorted({p[1] for p in lengths}))) + "])").finditer if lengths else None

    def find(text: str) -> list[tuple[int, int, str]]:
        found = []
        starts = [i for i in (match.start() for match in pairs(text)) if text[i:i + 2] in lengths] if pairs else ()
        for i in starts:
            for length in lengths[text[i:i + 2]]:
                word = text[i:i + length]
                if word in vocabulary:
                    found.append((i, i + length, word))
        if single:
            found.extend((match.start(), match.end(), match.group()) for match in single(text))
            found.sort(key=lambda hit: (hit[0], hit[0] - hit[1]))
        return found

    return find


@cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """A tab-separated lexicon as rows of stripped columns."""
    return rows(_lines(name))


@cache
def data_table(folder: str, name: str) -> tuple[tuple[str, ...], ...]:
    """A tab-separated file of a stage's own data folder (data/posts/, data/events/) as
    rows of stripped columns, read once."""
    return rows(lexicon_lines(data_path(folder, name)))


@cache
def data_words(folder: str, name: str) -> tuple[str, ...]:
    """A one-word-a-line file of a stage's own data folder (data/world/sides.txt,
    data/events/gatherings.txt), in the file's order, read once."""
    return tuple(line.strip() for line in lexicon_lines(data_path(folder, name)))


@cache
def pos_tags(name: str) -> tuple[str, ...] | frozenset[str]:
    """A set of part-of-speech tags from ``pos_tags.tsv``: a tuple for a set matched by
    prefix (``tag.startswith(pos_tags(...))``), a frozenset for one matched exactly.
    ``-`` in the file is the empty tag of a word jieba's dictionary does not have."""
    for row in table("pos_tags.tsv"):
        if row[0] == name:
            tags = tuple("" if tag == "-" else tag for tag in row[2].split())
            if row[1] == "prefix":
                return tags
            if row[1] == "exact":
                return frozenset(tags)
            raise DataError(f"pos_tags.tsv: {name}: match by prefix or exact, not {row[1]!r}")
    raise DataError(f"pos_tags.tsv has no tag set {name}")


@cache
def word_set(name: str) -> tuple[str, ...]:
    """A short word list from ``word_sets.tsv``, in the file's order (where the first
    match wins, longer words come first)."""
    found = [row for row in table("word_sets.tsv") if row[0] == name]
    if len(found) > 1:
        raise DataError(f"word_sets.tsv names the word list {name} {len(found)} times")
    if found:
        return tuple(found[0][1].split())
    raise DataError(f"word_sets.tsv has no word list {name}")


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


# Strings up to this long are segmented once each (see _Remembered); whole articles are not.
_SHORT = 64
# The short strings remembered, the least recently used forgotten first: an article's
# rules segment its names and windows again and again (a thousand stories: 77,000 calls
# for 21,000 different strings), and a year's stories share most of them.
_REMEMBERED = 1 << 15


class _Remembered:
    """A segmenter whose ``lcut`` of a short string is computed once: the stages cut the
    same names and windows many times (org_run, repair, relations: 400,000 calls a year,
    the single largest cost of the rules).  The words come back as a new list each
    call, as the segmenter's own ``lcut`` gives them: a caller may change its list."""

    def __init__(self, segmenter) -> None:
        self._segmenter = segmenter
        self.name = getattr(segmenter, "name", "jieba")
        cut = segmenter.lcut
        self._short = lru_cache(maxsize=_REMEMBERED)(lambda text, hmm: tuple(cut(text, HMM=hmm)))
        self._long = cut

    def lcut(self, text: str, HMM: bool = True) -> list[str]:  # noqa: N803 - jieba's name
        if len(text) > _SHORT:
            return self._long(text, HMM=HMM)
        return list(self._short(text, HMM))

    def __getattr__(self, name: str):
        return getattr(self._segmenter, name)


@cache
def tokenizer():
    """The word segmenter, initialised once and quietly: rjieba when installed (the
    default install has it), else jieba.  ``KGRAPH_TOKENIZER=jieba`` forces jieba.
    Short strings' words are remembered (:class:`_Remembered`)."""
    return _Remembered(_segmenter())


def _segmenter():
    choice = os.environ.get("KGRAPH_TOKENIZER", "").strip().lower()
    if choice not in ("", "jieba", "rjieba"):
        raise DataError(f"KGRAPH_TOKENIZER={choice}: use jieba or rjieba")
    if choice != "jieba":
        try:
            import rjieba
        except ImportError as exc:
            if choice == "rjieba":
                raise DataError("KGRAPH_TOKENIZER=rjieba but rjieba is not installed") from exc
        else:
            return _RustJieba(rjieba)
    import jieba

    jieba.setLogLevel(logging.WARNING)
    # jieba writes its prefix-dictionary cache to the temp dir; keep that explicit.
    cache_dir = os.environ.get("KGRAPH_CACHE_DIR")
    jieba.dt.tmp_dir = cache_dir if cache_dir and cache_dir.lower() != "off" else None
    jieba.dt.initialize()
    return jieba.dt


_UNSEEN = object()
# the most words WordTags remembers (a thousand stories of news ask about 29,000 different strings)
_WORDS_SEEN = 1 << 17


class WordTags(Mapping):
    """Word -> part-of-speech tag, read-only, for every word of jieba's dictionary: a
    marisa trie of the words and one byte per word naming its tag, so that loading it
    from the cache copies three buffers instead of making 350 000 strings."""

    __slots__ = ("_key", "_words", "_codes", "_tags", "_seen")

    def __init__(self, words: marisa_trie.Trie, codes: bytes, tags: tuple[str, ...]):
        self._key, self._words, self._codes, self._tags = words.get, words, codes, tags
        # the words asked about, with their tags (None: no word): the rules of a thousand stories
        # ask 495,000 times about 29,000 strings (的, 会见, 马来西亚), and a dict answers in a
        # quarter of the trie's time; emptied when full, so it never grows past _WORDS_SEEN
        self._seen: dict[str, str | None] = {}

    @classmethod
    def of(cls, tags: dict[str, str]) -> "WordTags":
        import marisa_trie

        words = marisa_trie.Trie(tags)
        names = tuple(sorted(set(tags.values())))
        if len(names) > 256:
            raise DataError(f"{len(names)} part-of-speech tags: one byte holds 256")
        number = {tag: i for i, tag in enumerate(names)}
        codes = bytearray(len(words))
        for key, code in zip(map(words.key_id, tags), map(number.__getitem__, tags.values())):
            codes[key] = code
        return cls(words, bytes(codes), names)

    def state(self) -> tuple:
        return self._words, self._codes, self._tags

    def get(self, word: str, default=None):
        seen = self._seen
        try:
            tag = seen.get(word, _UNSEEN)
        except TypeError:  # unhashable: no word
            return default
        if tag is _UNSEEN:
            try:
                key = self._key(word)
            except (UnicodeEncodeError, TypeError):  # a lone surrogate, a non-string: no word
                return default
            tag = None if key is None else self._tags[self._codes[key]]
            if len(seen) >= _WORDS_SEEN:
                seen.clear()
            seen[word] = tag
        return default if tag is None else tag

    def __getitem__(self, word: str) -> str:
        tag = self.get(word)
        if tag is None:
            raise KeyError(word)
        return tag

    def __contains__(self, word) -> bool:
        return self.get(word) is not None

    def __iter__(self) -> Iterator[str]:
        return self._words.iterkeys()

    def __len__(self) -> int:
        return len(self._codes)


def jieba_dictionary() -> Path:
    """jieba's dictionary (word, count and tag a line), found without importing jieba."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise DataError("jieba is not installed: pip install jieba")
    return Path(next(iter(spec.submodule_search_locations))) / "dict.txt"


@cache
def word_tags() -> WordTags:
    """Part-of-speech tag of every word in jieba's dictionary (no posseg run needed),
    from the per-user cache when it holds this dictionary's (importing jieba and
    reading its dictionary costs half a second; the cache, milliseconds)."""
    path = jieba_dictionary()

    def parse() -> tuple:
        tags: dict[str, str] = {}
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                parts = line.split()
                if len(parts) == 3:
                    tags[parts[0]] = parts[2]
        return WordTags.of(tags).state()

    state = cached("word-tags", (path, Path(__file__)), parse)
    if not (isinstance(state, tuple) and len(state) == 3 and isinstance(state[1], bytes)
            and hasattr(state[0], "iterkeys") and isinstance(state[2], tuple)):
        state = parse()  # a cache of another shape
    return WordTags(*state)


def cache_dir() -> Path | None:
    """Where kgraph keeps what it derives from its data: ``$KGRAPH_CACHE_DIR``, else
    ``$XDG_CACHE_HOME/kgraph`` or ``~/.cache/kgraph``; ``KGRAPH_CACHE_DIR=off``: nowhere."""
    setting = os.environ.get("KGRAPH_CACHE_DIR")
    if setting and setting.lower() == "off":
        return None
    return Path(setting) if setting else Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "kgraph"


def cached(name: str, sources: tuple[Path, ...], build: Callable[[], Any]) -> Any:
    """``build()``, or its result pickled in :func:`cache_dir` under a name that carries
    a digest of ``sources`` (the data and the code that reads it), so that a new
    dictionary or a new reader is never served an old result.  A damaged, foreign or
    unwritable cache only costs the build."""
    directory = cache_dir()
    try:
        digest = hashlib.sha1()
        for source in sources:
            digest.update(Path(source).read_bytes())
    except OSError:
        directory = None
    if directory is None:
        return build()
    path = directory / f"{name}-{digest.hexdigest()[:16]}.pickle"
    if path.exists():
        gc.disable()  # a million new objects: the collector would scan them again and again
        try:
            with open(path, "rb") as handle:
                return pickle.load(handle)
        except Exception:  # noqa: BLE001 - rebuilt below
            pass
        finally:
            gc.enable()
    value = build()
    handle = None
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=directory, prefix=f".{name}-", delete=False) as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, path)
        for stale in directory.glob(f"{name}-*.pickle"):  # earlier data or code: never read again
            if stale != path:
                stale.unlink(missing_ok=True)
    except OSError:
        if handle is not None:
            with contextlib.suppress(OSError):
                os.unlink(handle.name)
    return value
