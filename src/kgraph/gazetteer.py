"""China's administrative divisions: names, short names, codes and hierarchy.

The data (``data/gazetteer/divisions.tsv.gz``) is generated from JioNLP's
maintained gazetteer by ``scripts/build_gazetteer.py``: five levels, province
to village/community, with the official codes of the upper three.  It is
loaded once, on first use, into flat lists indexed by node number.
"""
from __future__ import annotations

import gzip
from functools import cache, cached_property
from pathlib import Path

from .errors import DataError
from .resources import cached, data_path

__all__ = ["Gazetteer", "gazetteer", "LEVELS"]

LEVELS = {1: "province", 2: "prefecture", 3: "county", 4: "township", 5: "village"}


class Gazetteer:
    """Lookup by name and walk up the hierarchy. Nodes are ints."""

    def __init__(self, rows: list[tuple[int, str, str, str]]):
        self.names: list[str] = []
        self.shorts: list[str] = []
        self.codes: list[str] = []
        self.levels: list[int] = []
        self.parents: list[int] = []
        self.by_name: dict[str, list[int]] = {}
        self.by_short: dict[str, list[int]] = {}
        stack: list[int] = [-1] * 8
        for depth, name, short, code in rows:
            parent = stack[depth - 1] if depth > 1 else -1
            # Municipalities repeat themselves as their own prefecture (上海市/上海市): one node.
            if parent >= 0 and depth == 2 and name == self.names[parent] and code == self.codes[parent]:
                stack[depth] = parent
                continue
            node = len(self.names)
            self.names.append(name)
            self.shorts.append(short)
            self.codes.append(code)
            self.levels.append(depth)
            self.parents.append(parent)
            stack[depth] = node
            self.by_name.setdefault(name, []).append(node)
            if short and depth <= 3 and len(short) >= 2:
                self.by_short.setdefault(short, []).append(node)
        self.max_len = max(map(len, self.by_name)) if self.by_name else 0
        self._ancestors: dict[int, tuple[int, ...]] = {}

    # what the cache keeps: the tables and the indexes the scan builds on first use
    _CACHED = ("names", "shorts", "codes", "levels", "parents", "by_name", "by_short", "max_len",
               "all_names", "name_starts", "name_lengths", "two_character_names")

    @classmethod
    def load(cls) -> "Gazetteer":
        """The gazetteer, from the per-user cache when it holds this data file's build
        (reading 700 000 rows and indexing them costs 2 s; the cache, a quarter of it)."""
        path = data_path("gazetteer", "divisions.tsv.gz")

        def build() -> dict:
            parsed = cls._parse(path)
            return {name: getattr(parsed, name) for name in cls._CACHED}

        state = cached("gazetteer", (path, Path(__file__)), build)
        if not isinstance(state, dict) or set(state) != set(cls._CACHED):
            state = build()  # a cache of another shape
        gaz = cls.__new__(cls)
        gaz.__dict__.update(state)
        gaz._ancestors = {}
        return gaz

    @classmethod
    def _parse(cls, path) -> "Gazetteer":
        rows = []
        try:
            with gzip.open(path, "rt", encoding="utf-8") as handle:
                for line in handle:
                    if line.startswith("#"):
                        continue
                    depth, name, short, code = line.rstrip("\n").split("\t")
                    rows.append((int(depth), name, short, code))
        except (OSError, ValueError) as exc:
            raise DataError(f"gazetteer {path} is damaged: {exc}") from exc
        return cls(rows)

    def __len__(self) -> int:
        return len(self.names)

    def lookup(self, name: str) -> list[int]:
        """Nodes with this official name, or (upper three levels) this short name."""
        return self.by_name.get(name, []) + self.by_short.get(name, [])

    def ancestors(self, node: int) -> tuple[int, ...]:
        """Parent first, province last (computed once per node)."""
        found = self._ancestors.get(node)
        if found is None:
            out = []
            parent = self.parents[node]
            while parent >= 0:
                out.append(parent)
                parent = self.parents[parent]
            found = self._ancestors[node] = tuple(out)
        return found

    @cached_property
    def all_names(self) -> frozenset[str]:
        """Every full and short name: one set lookup tells whether a string is one."""
        return frozenset(self.by_name).union(self.by_short)

    @cached_property
    def name_starts(self) -> frozenset[str]:
        """The first two characters of every name (full or short): where a name may start."""
        return frozenset(name[:2] for names in (self.by_name, self.by_short) for name in names)

    @cached_property
    def name_lengths(self) -> dict[str, tuple[int, ...]]:
        """For the first three characters of every name of three or more (full or
        short), the lengths of the names that start so, longest first: the scan tries
        only those (two-character names are in :attr:`two_character_names`)."""
        masks: dict[str, int] = {}  # bit k set: a name of length k starts so
        get = masks.get
        for names in (self.by_name, self.by_short):
            for name in names:
                if len(name) >= 3:
                    prefix = name[:3]
                    masks[prefix] = get(prefix, 0) | (1 << len(name))
        return {prefix: tuple(k for k in range(mask.bit_length() - 1, 2, -1) if mask >> k & 1)
                for prefix, mask in masks.items()}

    @cached_property
    def two_character_names(self) -> frozenset[str]:
        return frozenset(name for names in (self.by_name, self.by_short) for name in names if len(name) == 2)

    def chain(self, node: int) -> list[int]:
        """Province first, the node itself last."""
        return [*reversed(self.ancestors(node)), node]

    def is_within(self, node: int, ancestor: int) -> bool:
        return node == ancestor or ancestor in self.ancestors(node)

    def full_name(self, node: int) -> str:
        return "".join(self.names[n] for n in self.chain(node))

    def level(self, node: int) -> str:
        return LEVELS.get(self.levels[node], "division")

    @cached_property
    def _code_owner(self) -> dict[str, int]:
        """The shallowest node carrying each code.  The source repeats a code below
        itself (香港's eighteen districts all carry 810000): only the owner, and nodes of
        the same name (东莞市 under 东莞市), are that code."""
        owners: dict[str, int] = {}
        for node, code in enumerate(self.codes):
            if code and code not in owners:
                owners[code] = node
        return owners

    def code(self, node: int) -> str | None:
        code = self.codes[node]
        if not code:
            return None
        owner = self._code_owner[code]
        return code if owner == node or self.names[owner] == self.names[node] else None

    def prefecture(self, node: int) -> int | None:
        for n in self.chain(node):
            if self.levels[n] == 2:
                return n
        return None

    def node_key(self, node: int) -> str:
        """A stable identifier: the official code, or the parent's key and the name."""
        code = self.code(node)
        if code:
            return code
        parent = self.parents[node]
        return f"{self.node_key(parent)}/{self.names[node]}" if parent >= 0 else self.names[node]

    @cached_property
    def _children(self) -> dict[int, list[int]]:
        children: dict[int, list[int]] = {}
        for node, parent in enumerate(self.parents):
            children.setdefault(parent, []).append(node)
        return children

    def children(self, node: int) -> list[int]:
        return self._children.get(node, [])


@cache
def gazetteer() -> Gazetteer:
    """The shipped gazetteer, loaded on first use."""
    gaz = Gazetteer.load()
    if not len(gaz):
        raise DataError("gazetteer is empty")
    return gaz
