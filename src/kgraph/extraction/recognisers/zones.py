"""Development zones that act as divisions: 天水经济技术开发区, 宝鸡高新区, 四平红嘴经济技术开发区.

GUIDELINES.md counts a zone that acts as a division among the divisions (荆州经济技术开发区; 荆州经开区 is
that zone).  The gazetteer holds few of them, so a zone is read from its name: a division's name, at most a
short qualifier, and a kind of zone (data/lexicon/development_zones.tsv).  It is named after the division's
short name and its kind written out (赤峰|高新区: 赤峰高新技术产业开发区), lies in that division, and its
bodies are found after it as after any division's name (天水经济技术开发区|管委会).  On a page that names
one zone, the kind alone (开发区, 经开区) is that zone; on a city's or a county's own page that names none,
经开区 and 高新区 alone are its own (GUIDELINES.md: 经开区 on a page of 荆州 is 荆州经济技术开发区).
"""
from __future__ import annotations

import re
from functools import cache

from ...gazetteer import gazetteer
from ...model import Key, Mention
from ...resources import offsets, pos_tags, table, word_pattern, word_set, word_tags
from ..analysis import Analysis, stage
from ..lexicons import CJK_RUN, COUNTY_LEVEL_CHARACTERS, division_level
from ..linkers import division_key, link_division, unlinked_division

__all__ = ["every_zone_kind", "find_zones", "zone_kinds"]


@cache
def _roles() -> dict[str, str]:
    """Written kind -> its role (data/lexicon/development_zones.tsv: zone, short, any, place)."""
    return {row[0]: row[2] for row in table("development_zones.tsv")}


@cache
def zone_kinds() -> dict[str, str]:
    """Written kind -> full kind, of the kinds that make a division."""
    return {row[0]: row[1] for row in table("development_zones.tsv") if row[2] != "place"}


@cache
def every_zone_kind() -> frozenset[str]:
    """Every kind of zone as written, industrial parks too (开发区, 工业园区)."""
    return frozenset(_roles())


@cache
def _kinds_re() -> re.Pattern[str]:
    return word_pattern(zone_kinds())


_NOT_QUALIFIER_TAGS = pos_tags("zone_not_qualifier")


def _qualifier(an: Analysis, start: int, end: int) -> bool:
    """Whether [start, end) is a zone's own word between its division and its kind (四平|红嘴|经济技术开发区),
    not a clause (天水市|推进|经济开发区建设: a verb)."""
    words = an.text[start:end]
    if not 2 <= len(words) <= 3 or not CJK_RUN.fullmatch(words) or start not in an.boundaries:
        return False
    token = an.token_at(start)
    if token is None or token[1] != end:
        return False
    return not word_tags().get(words, "").startswith(_NOT_QUALIFIER_TAGS)


def _held_zone(node: int, label: str, kind: str) -> tuple[int, str] | None:
    """The one zone the gazetteer holds under ``node`` whose name ends with ``label`` read with another kind of its family
    (雨花经开区: 长沙雨花经济开发区, under 雨花区), where ``kind`` is written short, and that ending (雨花经济开发区); None
    otherwise."""
    if _roles()[kind] != "short":
        return None
    gaz = gazetteer()
    stem = label[:-len(zone_kinds()[kind])]
    held = [(child, stem + full) for child in gaz.children(node) for full in set(zone_kinds().values())
            if gaz.names[child].endswith(stem + full) and _same_zone(kind, full)]
    return held[0] if len({child for child, _ in held}) == 1 else None


def _zone(an: Analysis, node: int, start: int, end: int, label: str) -> Key:
    """The zone ``label`` of the division ``node``, written at [start, end), inside the division (a zone acts as
    a county does: GUIDELINES.md lists 荆州经济技术开发区 beside 沙市区)."""
    key = unlinked_division(an, start, end, label, within=node, zone=True)
    an.fact(key, "partOf", division_key(node), start)
    return key


def _zone_mention(an: Analysis, key: Key, label: str, start: int, end: int) -> None:
    """Another mention of a zone the page names (开发区 alone for 穆棱经济开发区)."""
    an.add(Mention.make("AdministrativeDivision", an.doc.id, start, end, an.text[start:end], label, key,
                        level=division_level(label), linked=False, zone=True))


def _same_zone(written: str, full: str) -> bool:
    """Whether a kind as written may be the zone a page names by the fuller kind ``full``: the same kind, the kind any
    zone is written short as (开发区), or a short kind of the same family (经开区 for 经济开发区, 高新区 for
    高新技术开发区)."""
    role = _roles()[written]
    return role == "any" or zone_kinds()[written] == full or (role == "short" and full[:2] == zone_kinds()[written][:2])


_BEFORE_A_ZONE_TAGS = pos_tags("before_a_zone_alone")


def _alone(an: Analysis, start: int) -> bool:
    """Whether a kind of zone at ``start`` is written alone: after no word of a name of its own (到|开发区|企业,
    not 长三角|开发区|联盟)."""
    if not start or not CJK_RUN.match(an.text[start - 1]):
        return True
    token = an.token_at(start - 1)
    return start in an.boundaries and token is not None and \
        word_tags().get(token[2], "").startswith(_BEFORE_A_ZONE_TAGS)


def _by_its_homes_level(an: Analysis, home: int, start: int) -> bool:
    """Whether a kind of zone at ``start`` follows the home county's level character written as a word of its own (。|县|
    产业集聚区, not 县城|…, nor 渠|县, a name's last character)."""
    gaz = gazetteer()
    level = gaz.names[home][-1:]
    return (gaz.levels[home] == 3 and start >= 1 and an.text[start - 1] == level and level in COUNTY_LEVEL_CHARACTERS
            and (start == 1 or not CJK_RUN.match(an.text[start - 2]) or an.text[start - 2] in _JOINERS))


# the words a list joins its items with before one (县产业集聚区|和|…)
_JOINERS = frozenset(word_set("body_list_joiners"))


@stage(reads=("text", "tokens", "AdministrativeDivision"), writes=("AdministrativeDivision", "partOf"))
def find_zones(an: Analysis) -> None:
    gaz = gazetteer()
    text = an.text
    linked = {m.end: m for m in an.of_type("AdministrativeDivision")
              if m.prop("node") is not None and gaz.levels[m.prop("node")] <= 3}
    taken = [(m.start, m.end) for m in an.of_type("AdministrativeDivision")]
    named: list[tuple[int, int, int, str, str]] = []  # start, end, node, qualifier, written kind
    bare: list[re.Match] = []
    for match in _kinds_re().finditer(text):
        kind_start, kind_end = match.span()
        if any(s < kind_end and kind_start < e for s, e in taken):
            continue  # inside a name the gazetteer holds (长春经济技术开发区)
        division, qualifier = linked.get(kind_start), ""
        if division is None:
            division = next((linked[s] for s in range(kind_start - 2, kind_start - 4, -1)
                             if s in linked and _qualifier(an, s, kind_start)), None)
            if division is not None:
                qualifier = text[division.end:kind_start]
        if division is None:
            bare.append(match)
        else:
            named.append((division.start, kind_end, division.prop("node"), qualifier, match.group()))
    # one zone however its kind is written: 穆棱经济开发区 … 穆棱开发区 (a county's page, 2017)
    # (a qualifier that is the short name of a district of the division names the zone by that district: 长沙|雨花|经济开发区
    # is 雨花区's, as 长沙市|雨花|经开区 reads it once 雨花 is linked — a county's page, 2024)
    for i, (start, end, node, qualifier, kind) in enumerate(named):
        inner = [n for n in gaz.by_short.nodes(qualifier) if qualifier and gaz.is_within(n, node) and n != node]
        if len(inner) == 1:
            named[i] = (start, end, inner[0], "", kind)
    # (a kind written in full names the zone before a short kind's reading: 长沙雨花经济开发区 … 长沙市雨花经开区 is
    # 雨花经济开发区, no 经济技术开发区 — a county's page, 2024)
    written_in_full: dict[tuple[int, str], str] = {}
    read_short: dict[tuple[int, str], str] = {}
    for _, _, node, qualifier, kind in named:
        fuller = written_in_full if _roles()[kind] == "zone" else read_short
        if len(zone_kinds()[kind]) > len(fuller.get((node, qualifier), "")):
            fuller[node, qualifier] = zone_kinds()[kind]
    fullest = {**read_short, **written_in_full}
    zones: dict[Key, tuple[str, str]] = {}  # key -> (label, full kind)
    held_zones: dict[str, int] = {}  # the gazetteer's zones written short -> their nodes
    for start, end, node, qualifier, kind in named:
        full = fullest[node, qualifier]
        full = full if _same_zone(kind, full) else zone_kinds()[kind]
        label = (gaz.shorts[node] or gaz.names[node]) + qualifier + full
        held = _held_zone(node, label, kind)
        if held is not None:
            # 长沙市|雨花|经开区 (a county's page, 2024): the gazetteer's 长沙雨花经济开发区 under 雨花区, written short
            link_division(an, start, end, an.text[start:end], held[0])
            held_zones.setdefault(held[1], held[0])
            continue
        zones[_zone(an, node, start, end, label)] = (label, full)
    # the gazetteer's zone written short elsewhere without its city (…贡献|雨花经济开发区|应有之力: 长沙雨花经济开发区)
    taken = [(m.start, m.end) for m in an.of_type("AdministrativeDivision")]
    for written, node in held_zones.items():
        for at in offsets(text, written):
            if not any(s < at + len(written) and at < e for s, e in taken):
                link_division(an, at, at + len(written), written, node)
    # the kind alone: the one zone the page names, of its kind (到|开发区|企业; not 高新区 for a 经济技术开发区), else
    # (经开区, 高新区) its home's own, one of each kind
    home = an.region.node
    own: dict[str, tuple[Key, str]] = {}
    for match in bare:
        start, end = match.span()
        kind = match.group()
        if home is not None and _by_its_homes_level(an, home, start) and _roles()[kind] != "any":
            # 。|县|产业集聚区|、涡北镇 (鹿邑县's page, 2023): the home county's zone, by its level's character; named whole
            # (鹿邑县产业集聚区), as the county's bodies are
            full = zone_kinds()[kind]
            if full in own:
                _zone_mention(an, *own[full], start - 1, end)
            else:
                label = gaz.names[home] + full
                own[full] = (_zone(an, home, start - 1, end, label), label)
            continue
        if not _alone(an, start):
            continue
        if zones:
            if len(zones) == 1 and _same_zone(kind, next(iter(zones.values()))[1]):
                key, (label, _) = next(iter(zones.items()))
                _zone_mention(an, key, label, start, end)
        elif home is not None and _roles()[kind] == "short" and an.region.stated:
            full = zone_kinds()[kind]
            if full in own:
                _zone_mention(an, *own[full], start, end)
            else:
                label = (gaz.shorts[home] or gaz.names[home]) + full
                own[full] = (_zone(an, home, start, end, label), label)
