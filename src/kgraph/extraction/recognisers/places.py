"""Stage 5: named places that are not divisions — residential compounds, parks,
landmarks, venues (沙市花园, 三国公园, 万寿宝塔) — and the division each lies in."""
from __future__ import annotations

import bisect
import re
from functools import cache

from ...gazetteer import gazetteer
from ...model import Mention
from ...resources import every_occurrence, lexicon, longest_first, ordered_lexicon, pos_tags, word_set, word_tags
from ..analysis import Analysis, SpanIndex, stage
from ..lexicons import world_finder
from ..linkers import implicit, place_key
from ..world import foreign_name

__all__ = ["find_places", "place_key"]

_CJK = re.compile(r"^[\u4e00-\u9fff]+$")
_NAME_TAGS = pos_tags("place_name_words")
_STOP_TAGS = pos_tags("place_run_stops")
# characters that never sit inside a place name but glue to it in jieba: 从|万寿宝塔, 到|洋码头
_BREAKS = frozenset(word_set("place_breaks"))


@cache
def _head_finder():
    return every_occurrence(s for s in ordered_lexicon("place_suffixes.txt") if s != "小区")  # 小区 has its own rule


@cache
def _longer_org_heads(place_head: str) -> tuple[str, ...]:
    return tuple(h for h in ordered_lexicon("org_suffixes.txt") if len(h) > len(place_head) and h.endswith(place_head))


def _name_before(an: Analysis, end: int, limit: int = 8) -> int:
    """Start of the name-like words that end at ``end``."""
    tags, stops = word_tags(), lexicon("stop_tokens.txt")
    start = end
    tokens = [t for t in an.tokens_from(max(0, end - limit - 4), limit + 8) if t[1] <= end]
    for tok_start, tok_end, word in reversed(tokens):
        if tok_end != start or not _CJK.match(word) or word in stops:
            break
        tag = tags.get(word, "")
        if tag.startswith(_STOP_TAGS) or (tag.startswith(("v", "d")) and end - tok_end > 0 and limit < 8):
            break
        if end - tok_start > limit:
            break
        start = tok_start
    # a name does not start with a verb or adverb: 共同|提升小区, 进一步|优化小区
    for tok_start, tok_end, word in tokens:
        if tok_start == start and tok_end < end and tags.get(word, "").startswith(("v", "d", "a")):
            start = tok_end
    while start < end and (text_break := an.text[start:end]) and any(ch in _BREAKS for ch in text_break):
        start += 1
    return start


def _proper(word: str) -> bool:
    """Not a common noun on its own: 问题小区, 花园小区 are kinds, 沙市花园 is a name."""
    if len(word) < 2 or word in lexicon("generic_names.txt"):
        return False
    tag = word_tags().get(word)
    return tag is None or tag.startswith(_NAME_TAGS) or len(word) > 3


def _add(an: Analysis, start: int, end: int, label: str) -> Mention:
    return an.add(Mention.make("Place", an.doc.id, start, end, an.text[start:end], label, place_key(label)))


# It writes divisions too: 沙市 inside 沙市花园 is marked implicit (the place owns the span).
@stage(reads=("text", "tokens", "Agency", "Program", "AdministrativeDivision"),
       writes=("Place", "AdministrativeDivision", "locatedIn"))
def find_places(an: Analysis) -> None:
    text = an.text
    # the characters agencies, programs and the places found so far hold: one mark each
    held = bytearray(len(text) + 1)
    for m in an.mentions:
        if m.type in ("Agency", "Program") and m.end > m.start:
            held[m.start:m.end] = b"\x01" * (m.end - m.start)
    found: list[Mention] = []

    def free(s: int, e: int) -> bool:
        return not any(held[s:e])

    def add(start: int, end: int, label: str) -> None:
        found.append(_add(an, start, end, label))
        held[start:end] = b"\x01" * (end - start)

    # 1. X小区, and lists ending in 等小区: 金源世纪城、合汇公园天下等小区
    for match in re.finditer("小区", text):
        start = _name_before(an, match.start())
        name = text[start:match.start()]
        if _proper(name) and free(start, match.end()) and not an.in_quote(start, match.end()):
            # 金源世纪城 is a compound already (…城 names one); 红光还迁 is not
            label = name if name.endswith((*ordered_lexicon("place_suffixes.txt"), "城")) else name + "小区"
            add(start, match.end(), label)
            last_start = start
        elif text[match.start() - 1:match.start()] == "等":
            last_start = match.start() - 1
        else:
            continue
        # the items listed before it with 、
        cursor = last_start
        while cursor > 0 and text[cursor - 1] == "、":
            item_start = _name_before(an, cursor - 1)
            item = text[item_start:cursor - 1]
            if not _proper(item) or not free(item_start, cursor - 1):
                break
            add(item_start, cursor - 1, item)
            cursor = item_start
        if text[match.start() - 1:match.start()] == "等" and last_start == match.start() - 1:
            item_start = _name_before(an, last_start)
            item = text[item_start:last_start]
            if _proper(item) and free(item_start, last_start):
                add(item_start, last_start, item)
    # one name, one place: every other occurrence of a name found above is that place
    labels = {}
    for m in found:
        labels.setdefault(m.text, m.label)
    for written in longest_first(labels):
        for match in re.finditer(re.escape(written), text):
            if free(match.start(), match.end()):
                add(match.start(), match.end(), labels[written])
    # 2. a name and a place head: 三国公园, 万寿宝塔, 洋码头文创园 (longest first)
    candidates = []
    for head_start, end, _ in _head_finder()(text):
        if (end < len(text) and end not in an.boundaries) or head_start not in an.boundaries:
            continue
        if text[:end].endswith(_longer_org_heads(text[head_start:end])):
            continue  # 镇政府 ends in 府 but names a government: 政府 is the longer head
        start = _name_before(an, head_start, 6)
        if _proper(text[start:head_start]) and not an.in_quote(start, end):
            candidates.append((start, end))
    for start, end in sorted(set(candidates), key=lambda se: (se[0] - se[1], se[0])):
        if free(start, end):
            add(start, end, text[start:end])
    # a division name inside a place name (沙市 in 沙市花园) is not a mention of the division
    # it is where the place is (杭州|植物园 is in 杭州市, whatever the text named before)
    places = SpanIndex((p.start, p.end) for p in found)
    inside: dict[int, Mention] = {}
    kept = []
    for m in an.mentions:
        holders = places.holding(m.start, m.end) if m.type == "AdministrativeDivision" else ()
        if holders and not m.prop("implicit"):
            inside.setdefault(holders[0][0], m)
            m = implicit(m)  # still the place's division, with no span of its own
        kept.append(m)
    an.mentions[:] = kept
    divisions = sorted(an.of_type("AdministrativeDivision"), key=lambda m: (m.end, m.end - m.start))
    ends = [m.end for m in divisions]
    for place in found:
        inner = inside.get(place.start)  # 西安|机场 is in 西安市, whatever is written before it
        division = _where(inner, _division_before(an, place.start, divisions, ends))
        if division is not None and (inner is not None or not _abroad_between(text, division.end, place.start, place.end)):
            an.fact(place.key, "locatedIn", division.key, place.start)
    an.mentions.sort(key=lambda m: (m.start, -m.end))


def _abroad_between(text: str, start: int, place: int, end: int) -> bool:
    """Whether a foreign country, region or city is written between the division named last
    (ending at ``start``) and a place after it (at ``place``), or starts the place's name: the
    place is abroad, not in that division (xwlb-2023: 北京时间…中韩双方在|韩国|仁川国际机场, 李强乘坐的包机
    抵达|柏林勃兰登堡机场, 首都|喀土穆|国际机场 were placed in 北京市).  Not a name inside the place's
    (西藏…|强巴林寺 holds 巴林, Bahrain)."""
    return any(foreign_name(name) is not None for s, e, name in world_finder()(text[start:end])
               if start + e <= place or start + s == place)


def _where(inner: Mention | None, before: Mention | None) -> Mention | None:
    """The division a place lies in: the one its name holds, unless the text named one
    inside that just before (东苑社区 before 沙市花园 is in 沙市区: the finer one)."""
    if inner is None:
        return before
    if before is not None and before.prop("node") is not None and inner.prop("node") is not None \
            and gazetteer().is_within(before.prop("node"), inner.prop("node")):
        return before
    return inner


def _division_before(an: Analysis, offset: int, divisions: list[Mention], ends: list[int]) -> Mention | None:
    """The division named last before ``offset`` (the whole 荆州经开区, not its 荆州):
    ``divisions`` sorted by (end, length), ``ends`` their ends."""
    at = bisect.bisect_right(ends, offset)
    return divisions[at - 1] if at else None
