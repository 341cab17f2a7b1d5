"""China's administrative divisions: names, short names, codes and hierarchy.

The data (``data/gazetteer/divisions.tsv.gz``) is generated from JioNLP's
maintained gazetteer by ``scripts/build_gazetteer.py``: five levels, province
to village/community, with the official codes of the upper three.  It is
loaded once, on first use, and kept compact: every distinct name (344 000 of
them) in one marisa trie with the nodes of each name in one array, the nodes'
names in one UTF-8 buffer, their levels and parents in flat arrays indexed by
node number, and the few short names and codes (upper three levels) in small
dicts.  Loading it from the per-user cache therefore makes a few dozen objects,
not the 700 000 strings and lists of a dict per name (which took most of a
second of every run).
"""
from __future__ import annotations

import gzip
import re
from array import array
from collections.abc import Iterable, Mapping, Sequence
from functools import cache, cached_property
from itertools import accumulate, chain
from pathlib import Path

import marisa_trie

from .errors import DataError
from .resources import cached, data_path, data_words, table

__all__ = ["AUTONOMOUS_ENDINGS", "Gazetteer", "gazetteer", "LEVELED_SHORT_ENDINGS", "LEVELS"]

LEVELS = {1: "province", 2: "prefecture", 3: "county", 4: "township", 5: "village"}
# the source's rows that hold a level's directly governed units together, not divisions
# (省直辖行政区划 with its short name 省直辖, 区直辖行政区划, 乡直辖村, 市辖区): they stay nodes
# of the tree, and no name of theirs matches text
_PLACEHOLDERS = ("直辖行政区划", "直辖村", "市辖区")
# and the rows a kind of development zone alone names (开发区, 经济开发区: data/lexicon/development_zones.tsv), or a kind
# of unit (林业局, 良种场: data/gazetteer/kind_named_units.txt)
_ZONE_KINDS_FILE = ("lexicon", "development_zones.tsv")
_UNIT_KINDS_FILE = ("gazetteer", "kind_named_units.txt")


def _encodable(text: str) -> str:
    """``text`` up to its first lone surrogate (no name holds one, and the trie takes UTF-8)."""
    for i, ch in enumerate(text):
        if "\ud800" <= ch <= "\udfff":
            return text[:i]
    return text


class _Strings(Sequence):
    """A read-only list of strings kept as one UTF-8 buffer and the offsets into it (an
    item is decoded when asked for): the nodes' names."""

    __slots__ = ("_data", "_offsets")

    def __init__(self, data: bytes, offsets: array):
        self._data, self._offsets = data, offsets

    @staticmethod
    def pack(strings: list[str]) -> tuple[bytes, array]:
        return ("".join(strings).encode("utf-8"),
                array("I", accumulate(map(len, map(str.encode, strings)), initial=0)))

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def __getitem__(self, index: int) -> str:  # type: ignore[override] - no slices
        if index < 0:
            index += len(self._offsets) - 1
        offsets = self._offsets
        if index < 0 or index + 1 >= len(offsets):
            raise IndexError("list index out of range")
        return self._data[offsets[index]:offsets[index + 1]].decode("utf-8")


class _SparseStrings(Sequence):
    """A read-only list of strings, most of them empty, kept as a dict of the others:
    the short names and the codes, which only the upper three levels have."""

    __slots__ = ("_values", "_length")

    def __init__(self, values: dict[int, str], length: int):
        self._values, self._length = values, length

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, index: int) -> str:  # type: ignore[override] - no slices
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError("list index out of range")
        return self._values.get(index, "")


class _NameIndex(Mapping):
    """Name -> its nodes (a new list, in node order), for the names of one kind (full
    or short) in the gazetteer's trie: the nodes of trie key ``k`` are
    ``nodes[offsets[k]:offsets[k + 1]]``."""

    __slots__ = ("_key", "_keys", "_offsets", "_nodes", "_count")

    def __init__(self, trie: marisa_trie.Trie, offsets: array, nodes: array, count: int):
        self._key, self._keys = trie.get, trie
        self._offsets, self._nodes, self._count = offsets, nodes, count

    def nodes(self, name: str) -> tuple[int, ...]:
        """The nodes of ``name`` as a tuple, empty if it is no name of this kind."""
        try:
            key = self._key(name)
        except UnicodeEncodeError:
            return ()
        if key is None:
            return ()
        offsets = self._offsets
        return tuple(self._nodes[offsets[key]:offsets[key + 1]])

    def __getitem__(self, name: str) -> list[int]:
        found = self.nodes(name)
        if not found:
            raise KeyError(name)
        return list(found)

    def get(self, name: str, default=None):
        found = self.nodes(name)
        return list(found) if found else default

    def __contains__(self, name) -> bool:
        if not isinstance(name, str):
            return False
        try:
            key = self._key(name)
        except UnicodeEncodeError:
            return False
        return key is not None and self._offsets[key] != self._offsets[key + 1]

    def __iter__(self):
        offsets = self._offsets
        for name, key in self._keys.iteritems():
            if offsets[key] != offsets[key + 1]:
                yield name

    def __len__(self) -> int:
        return self._count


class _Names:
    """Every full and short name (the trie): ``name in gaz.all_names``."""

    __slots__ = ("_trie",)

    def __init__(self, trie: marisa_trie.Trie):
        self._trie = trie

    def __contains__(self, name) -> bool:
        try:
            return isinstance(name, str) and name in self._trie
        except UnicodeEncodeError:
            return False

    def __iter__(self):
        return self._trie.iterkeys()

    def __len__(self) -> int:
        return len(self._trie)


AUTONOMOUS_ENDINGS = ("自治州", "自治县", "自治旗")
# the endings of divisions that go by their short name and their level: the autonomous areas (凉山州, 积石山县) and
# the four districts of a people (管城回族区: 郑州市|管城区, the district's own site, 2016; 瀍河区, 梅里斯区)
LEVELED_SHORT_ENDINGS = (*AUTONOMOUS_ENDINGS, "族区")


def _ethnic_townships_short(names: list[str], shorts: dict[int, str], levels: list[int]) -> list[tuple[str, int]]:
    """The short names of the ethnic townships (民族乡): the name without its peoples, as pages write it (重返|施甸县|
    木老元布朗族彝族乡 … 曾被派驻在|木老元乡, a provincial paper's page, 2025).  The peoples are read from the source's own
    autonomous areas, their names between the short name and the ending (石林|彝族|自治县, 湘西|土家族苗族|自治州), so no
    list is typed in; a township of a people no autonomous area names (九保阿昌族乡) keeps its full name alone."""
    peoples: set[str] = set()
    for node, short in shorts.items():
        name = names[node]
        ending = next((e for e in AUTONOMOUS_ENDINGS if name.endswith(e)), None)
        if ending and name.startswith(short):
            peoples.update(re.findall(r".+?族", name[len(short):-len(ending)]))
    # (not a part of a longer people's name the split leaves: 前郭|尔罗斯蒙古族|自治县 gives 尔罗斯蒙古族; nor 各族)
    peoples = {p for p in peoples if len(p) >= 2 and not p.startswith("各")
               and not any(p != other and p.endswith(other) for other in peoples)}
    ordered = sorted(peoples, key=len, reverse=True)
    found = []
    for node, name in enumerate(names):
        if levels[node] != 4 or not name.endswith(("族乡", "族镇")):
            continue
        base = name[:-1]
        while (people := next((p for p in ordered if base.endswith(p) and len(base) > len(p)), None)) is not None:
            base = base[:-len(people)]
        if len(base) >= 2 and base != name[:-1] and not base.endswith("族"):
            found.append((base + name[-1], node))
    return found


def _streets_written_once(names: list[str], levels: list[int]) -> list[tuple[str, int]]:
    """The streets the source names with their own 街 and the level's 街道 (唐家墩街街道) by the name pages write, the
    two run together (江汉区|唐家墩街道|西桥社区, 长江日报, 2025): 148 of the 246 names that end so.  Not a name of one
    character before them (八街街道), nor a street's (友谊大街街道: its 大街 is no 街道's)."""
    found = []
    for node, name in enumerate(names):
        base = name[:-3]
        if levels[node] == 4 and name.endswith("街街道") and len(base) >= 2 and not base.endswith("大"):
            found.append((base + "街道", node))
    return found


def _code_owners(codes: dict[int, str]) -> dict[str, int]:
    """The shallowest node carrying each code.  The source repeats a code below itself (香港's eighteen
    districts all carry 810000): only the owner, and nodes of the same name (东莞市 under 东莞市), are that code."""
    owners: dict[str, int] = {}
    for node, code in sorted(codes.items()):
        owners.setdefault(code, node)
    return owners


@cache
def _kind_named_rows() -> frozenset[str]:
    """The kinds of development zone as written (开发区, 经开区: data/lexicon/development_zones.tsv), and of unit whose
    rows no text matches either (林业局, 良种场: data/gazetteer/kind_named_units.txt)."""
    return frozenset(row[0] for row in table(_ZONE_KINDS_FILE[1])) | frozenset(data_words(*_UNIT_KINDS_FILE))


class Gazetteer:
    """Lookup by name and walk up the hierarchy. Nodes are ints."""

    def __init__(self, rows: Iterable[tuple[int, str, str, str]], former: Iterable[tuple[str, str, int]] = (),
                 kinds: Iterable[str] = ()):
        """``rows``: (depth, name, short name, code) in tree order; ``former``: (code, name, last year) of names
        the division that bears the code now bore before a rename (户县: 鄠邑区, 610118, 2016), full names of it too;
        ``kinds``: names that only say a kind of zone (开发区), whose rows no text matches."""
        kinds = frozenset(kinds)
        names: list[str] = []
        levels: list[int] = []
        parents: list[int] = []
        shorts: dict[int, str] = {}  # only the upper levels have short names and codes
        codes: dict[int, str] = {}
        by_name: dict[str, list[int]] = {}
        by_short: dict[str, list[int]] = {}
        stack: list[int] = [-1] * 8
        for depth, name, short, code in rows:
            parent = stack[depth - 1] if depth > 1 else -1
            # Municipalities repeat themselves as their own prefecture (上海市/上海市): one node.
            if parent >= 0 and depth == 2 and name == names[parent] and code == codes.get(parent, ""):
                stack[depth] = parent
                continue
            node = len(names)
            names.append(name)
            levels.append(depth)
            parents.append(parent)
            if short:
                shorts[node] = short
            if code:
                codes[node] = code
            stack[depth] = node
            if name.endswith(_PLACEHOLDERS) or name in kinds:
                continue  # a node of the tree that names no division: no text matches it
            if parent >= 0 and name == shorts.get(parent):
                # The source repeats 香港特别行政区 (short 香港) as a prefecture 香港 above its
                # districts, and 澳门 likewise: in text, 香港 is the region, not a second,
                # ambiguous node (227 mentions of 香港 and 澳门 in a year of news were unlinked).
                continue
            by_name.setdefault(name, []).append(node)
            if short and depth <= 3 and len(short) >= 2:
                by_short.setdefault(short, []).append(node)
                if name.endswith(LEVELED_SHORT_ENDINGS) and not short.endswith(name[-1]):  # 东乡族自治县: 东乡县
                    # An autonomous prefecture, county or banner goes by its short name and its
                    # level: 甘肃|临夏州|积石山县|发生|6.2级|地震 (积石山保安族东乡族撒拉族自治县),
                    # 四川省|凉山州|喜德县 (凉山彝族自治州); no full name is written so.
                    by_short.setdefault(short + name[-1], []).append(node)
        for name, node in (*_ethnic_townships_short(names, shorts, levels), *_streets_written_once(names, levels)):
            by_name.setdefault(name, []).append(node)
        owners = _code_owners(codes)
        formers: dict[int, tuple[tuple[str, int], ...]] = {}
        for code, name, year in former:
            if code in owners and name not in by_name and not name.endswith(_PLACEHOLDERS):
                by_name[name] = [owners[code]]
                formers[owners[code]] = (*formers.get(owners[code], ()), (name, year))
        self._adopt(self._compact(names, shorts, codes, levels, parents, by_name, by_short, formers, owners))

    @staticmethod
    def _compact(names, shorts, codes, levels, parents, by_name, by_short, formers, owners) -> dict:
        """The tables and indexes as a few flat objects: what the cache keeps."""
        trie = marisa_trie.Trie([*by_name, *(s for s in by_short if s not in by_name)])
        owns = bytearray(len(names))  # whether a node is its code's (_code_owners)
        for node, code in codes.items():
            owns[node] = owners[code] == node or names[owners[code]] == names[node]

        def index(table: dict[str, list[int]]) -> tuple[array, array, int]:
            """The nodes of every trie key in one array, and where each key's nodes start."""
            by_key: list = [()] * len(trie)
            for key, nodes in zip(map(trie.key_id, table), table.values()):
                by_key[key] = nodes
            return (array("I", accumulate(map(len, by_key), initial=0)), array("i", chain.from_iterable(by_key)),
                    len(table))

        return {
            "trie": trie, "full": index(by_name), "short": index(by_short),
            "names": _Strings.pack(names), "shorts": shorts, "codes": codes,
            "owns_code": bytes(owns), "levels": bytes(levels), "parents": array("i", parents), "formers": formers,
            # where a name may start: the first two characters of every name (full or short)
            "starts": "".join(sorted({name[:2] for name in chain(by_name, by_short) if len(name) >= 2})),
            "max_len": max(map(len, by_name), default=0),
        }

    # what the cache keeps (see _compact)
    _CACHED = ("trie", "full", "short", "names", "shorts", "codes", "owns_code", "levels", "parents", "starts",
               "max_len", "formers")

    def _adopt(self, state: dict) -> None:
        trie = state["trie"]
        self._state = state
        self.all_names = _Names(trie)
        self.by_name = _NameIndex(trie, *state["full"])
        self.by_short = _NameIndex(trie, *state["short"])
        self.levels: bytes = state["levels"]
        self.names = _Strings(*state["names"])
        self.shorts = _SparseStrings(state["shorts"], len(self.levels))
        self.codes = _SparseStrings(state["codes"], len(self.levels))
        self.parents: array = state["parents"]
        self.max_len: int = state["max_len"]
        self._owns_code: bytes = state["owns_code"]
        self._formers: dict[int, tuple[str, ...]] = state["formers"]
        self._prefixes = trie.prefixes
        self._ancestors: dict[int, tuple[int, ...]] = {}

    @classmethod
    def load(cls) -> "Gazetteer":
        """The gazetteer, from the per-user cache when it holds this data file's build
        (reading 700 000 rows and indexing them costs 2 s; the cache, milliseconds)."""
        path = data_path("gazetteer", "divisions.tsv.gz")
        former = data_path("gazetteer", "former_names.tsv")
        kinds = (data_path(*_ZONE_KINDS_FILE), data_path(*_UNIT_KINDS_FILE))

        def build() -> dict:
            return cls._parse(path, former, _kind_named_rows())._state

        state = cached("gazetteer", (path, former, *kinds, Path(__file__)), build)
        gaz = cls.__new__(cls)
        try:
            if not isinstance(state, dict) or set(state) != set(cls._CACHED):
                raise TypeError("a cache of another shape")
            gaz._adopt(state)
        except (TypeError, ValueError, KeyError):
            gaz._adopt(build())
        return gaz

    @classmethod
    def _parse(cls, path, former_path=None, kinds: Iterable[str] = ()) -> "Gazetteer":
        rows, former = [], []
        try:
            with gzip.open(path, "rt", encoding="utf-8") as handle:
                for line in handle:
                    if line.startswith("#"):
                        continue
                    depth, name, short, code = line.rstrip("\n").split("\t")
                    rows.append((int(depth), name, short, code))
            if former_path is not None:
                with open(former_path, encoding="utf-8") as handle:
                    for line in handle:
                        if not line.startswith("#") and line.strip():
                            code, name, year = line.rstrip("\n").split("\t")
                            former.append((code, name, int(year)))
        except (OSError, ValueError) as exc:
            raise DataError(f"gazetteer {path} is damaged: {exc}") from exc
        return cls(rows, former, kinds)

    def __len__(self) -> int:
        return len(self.levels)

    def lookup(self, name: str) -> list[int]:
        """Nodes with this official name, or (upper three levels) this short name."""
        return self.by_name.get(name, []) + self.by_short.get(name, [])

    def names_a_county_or_above(self, name: str) -> bool:
        """Whether ``name`` is the name or short name of a county, a city or a province (levels 1-3)."""
        return any(self.levels[n] <= 3 for n in self.lookup(name))

    def former_names(self, node: int, on: str | None = None) -> tuple[str, ...]:
        """The names the node bore before a rename (鄠邑区: 户县), none for most; with ``on`` (a date, YYYY-MM-DD),
        only those it still bore in that year (a page of 2014 writes 户县, one of 2020 鄠邑区)."""
        year = int(on[:4]) if on and on[:4].isdigit() else None
        return tuple(name for name, last in self._formers.get(node, ()) if year is None or year <= last)

    def is_former_name(self, name: str) -> bool:
        """Whether ``name`` is only a name divisions bore before a rename (户县, now 鄠邑区: data/gazetteer/
        former_names.tsv), no division's name now."""
        nodes = self.by_name.nodes(name)
        return bool(nodes) and all(self.names[n] != name for n in nodes)

    def names_in(self, text: str, longest: int = 16) -> list[tuple[int, str]]:
        """The longest name (full or short, of two to ``longest`` characters) at each place
        in ``text``, left to right, none overlapping the one before, as (start, name)."""
        name_starts, prefixes = self.name_starts, self._prefixes
        out: list[tuple[int, str]] = []
        after = 0  # the end of the last name taken
        # the positions where some name could start, found in one comprehension (the
        # per-character loop is what costs); there, the names the text goes on with
        for i in [i for i in range(len(text) - 1) if text[i:i + 2] in name_starts]:
            if i < after:
                continue
            window = text[i:i + longest]
            try:
                found = prefixes(window)
            except UnicodeEncodeError:  # a lone surrogate: no name holds one
                found = prefixes(_encodable(window))
            if found:
                name = found[0] if len(found) == 1 else max(found, key=len)
                if len(name) >= 2:
                    out.append((i, name))
                    after = i + len(name)
        return out

    @cached_property
    def name_starts(self) -> frozenset[str]:
        """The first two characters of every name (full or short): where a name may start."""
        starts = self._state["starts"]
        return frozenset([starts[i:i + 2] for i in range(0, len(starts), 2)])

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

    def is_placeholder(self, node: int) -> bool:
        """Whether the node is one of the source's rows that hold a level's directly governed
        units together (省直辖县级行政区划 above 仙桃市, 市直辖行政区划 under 东莞市), or a row a kind of zone
        or of unit alone names (开发区, 林业局), no division."""
        return self.names[node].endswith(_PLACEHOLDERS) or self.names[node] in _kind_named_rows()

    def chain(self, node: int) -> list[int]:
        """Province first, the node itself last."""
        return [*reversed(self.ancestors(node)), node]

    def is_within(self, node: int, ancestor: int) -> bool:
        return node == ancestor or ancestor in self.ancestors(node)

    def full_name(self, node: int) -> str:
        return "".join(self.names[n] for n in self.chain(node))

    def level(self, node: int) -> str:
        return LEVELS.get(self.levels[node], "division")

    def code(self, node: int) -> str | None:
        """The node's official code, unless the source only repeats its owner's below it."""
        return self.codes[node] if self._owns_code[node] else None

    def province(self, node: int) -> int:
        """The province the node lies in (the node itself for a province)."""
        return self.chain(node)[0]

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
