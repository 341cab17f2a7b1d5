"""Divisions listed by their short names before one level word: 马楼、后方、孙口等三个乡(镇), 石潭、杨嘉桥、花石3个乡镇,
民主、东正、北山、珠山社区.

A county's page names its towns so, the level written once after the list (local pages of 台前县, 2016; 湘潭县,
2019; 万秀区, 2015).  Each name with the level's suffix (乡镇: 镇 or 乡) is the one division of that name the
gazetteer holds inside a county the page names or is at home in; a list is read only when two of its names are
so found, so that a list of words (民主、法治等村) names nothing.
"""
from __future__ import annotations

import re
from functools import cache

from ...gazetteer import gazetteer
from ...resources import table, word_pattern
from ..analysis import Analysis, stage
from ..linkers import link_division
from .divisions import Candidate

__all__ = ["find_listed_divisions", "listed_towns_of_one_county"]


@cache
def _levels() -> dict[str, tuple[str, ...]]:
    """A level word written after a list -> the suffixes its names take (data/lexicon/listed_levels.tsv)."""
    return {row[0]: tuple(row[1].split()) for row in table("listed_levels.tsv")}


@cache
def _list_re() -> re.Pattern[str]:
    levels = word_pattern(_levels()).pattern
    # the last name as short as the words after it allow (孙口|等三个乡(镇), not 孙口等); the count with no measure word
    # too (赖坊镇|赖安、赖武|两村, 清流县's page, 2018; 向阳、洄水、瓦庙、汉王|四镇, a county's page)
    return re.compile(r"((?:[\u4e00-\u9fff]{2,3}、){1,15}[\u4e00-\u9fff]{2,3}?)"
                      rf"(?:等)?(?:[一二三四五六七八九十两\d]{{1,2}}个?)?(?P<level>{levels})")


def _readings(match: re.Match) -> list[list[tuple[int, int, str]]]:
    """Each name of a list, as the (start, end, name) readings to try in turn: the first name may have taken the word
    before it (先后到|民主、东正…社区, 来到|贾庙、…), so its last two characters are read too."""
    out, at = [], match.start(1)
    for i, name in enumerate(match.group(1).split("、")):
        out.append([(at + skip, at + len(name), name[skip:]) for skip in ((0, 1) if i == 0 and len(name) == 3 else (0,))])
        at += len(name) + 1
    return out


def listed_towns_of_one_county(text: str) -> list[Candidate]:
    """The townships lists name before a township's level word (乡镇, 镇, 乡, 街道), as candidates of the page's home,
    where each name is a township the gazetteer holds and all of them lie in one county, two at least: a page that
    names no county says where it is at home so (来到|贾庙|、|总路咀|、|回龙山|等|乡镇: 贾庙乡, 总路咀镇 and 回龙山镇 of
    团风县, a county's page that says only 我县, 2021).  :func:`find_listed_divisions` links them, the home known."""
    gaz = gazetteer()
    out: list[Candidate] = []
    for match in _list_re().finditer(text):
        suffixes = _levels()[match.group("level")]
        if not all(suffix in ("镇", "乡", "街道") for suffix in suffixes):
            continue
        found = []
        for readings in _readings(match):
            found.append(next((Candidate(start, end, name, nodes, short=False) for start, end, name in readings
                               if (nodes := tuple(n for suffix in suffixes for n in gaz.by_name.nodes(name + suffix)
                                                  if gaz.levels[n] == 4))), None))
        if None in found or len(found) < 2:
            continue
        counties = set.intersection(*({gaz.parents[n] for n in c.nodes} for c in found))
        if len(counties) == 1:
            county = counties.pop()
            for c in found:
                nodes = tuple(n for n in c.nodes if gaz.parents[n] == county)
                # named in full, as the list's level word says (赴|溪尾|、赛岐|、甘棠|等乡镇: 溪尾镇, a city's page, 2024), so
                # that a name of two characters tells its county as one of three does
                name = gaz.names[nodes[0]] if len(nodes) == 1 else c.name
                out.append(Candidate(c.start, c.end, name, nodes, short=False))
    return out


def _counties(an: Analysis) -> set[int]:
    """The counties the page names or is at home in (its anchors)."""
    gaz = gazetteer()
    nodes = {m.prop("node") for m in an.of_type("AdministrativeDivision") if m.prop("node") is not None}
    if an.region.node is not None:
        nodes.add(an.region.node)
    return {n for n in nodes if gaz.levels[n] == 3} | {a for n in nodes if gaz.levels[n] > 3
                                                        for a in gaz.ancestors(n) if gaz.levels[a] == 3}


@stage(reads=("text", "AdministrativeDivision"), writes=("AdministrativeDivision",))
def find_listed_divisions(an: Analysis) -> None:
    """Every list of short names before a level word whose names the gazetteer holds, two at least, inside the
    page's counties (see the module's docstring), each name linked where no division is written yet."""
    counties = None
    gaz = gazetteer()
    taken = {(m.start, m.end) for m in an.of_type("AdministrativeDivision")}
    for match in _list_re().finditer(an.text):
        if counties is None:  # (read at the first list, once: most pages have none)
            counties = _counties(an)
            towns = {m.prop("node") for m in an.of_type("AdministrativeDivision") if m.prop("level") == "township"}
            towns.discard(None)
        if not counties:
            return
        found = []
        for readings in _readings(match):
            for start, end, name in readings:
                nodes = {n for suffix in _levels()[match.group("level")] for n in gaz.by_name.nodes(name + suffix)
                         if not counties.isdisjoint(gaz.ancestors(n))}
                if len(nodes) > 1:
                    # two villages of the name in the county, one in the town the page names (马楼村 of 孟海镇)
                    nodes = {n for n in nodes if not towns.isdisjoint(gaz.ancestors(n))} or nodes
                if len(nodes) == 1:
                    found.append((start, end, nodes.pop()))
                    break
        if len(found) < 2:
            continue
        for start, end, node in found:
            if not any(s < end and start < e for s, e in taken):
                link_division(an, start, end, an.text[start:end], node)
