"""The country written before a title, and the holder's: a country's name or abbreviation as words
of its own (俄|总统 -> 俄罗斯; not 以 the preposition), a place that names one, China by its names
(中国|外长 takes China's own body), the foreign country last written in a span."""
from __future__ import annotations

import re
from functools import cache

from ...model import Mention
from ...resources import data_table, word_tags
from ..analysis import Analysis
from ..world import country_abbreviations as _abbreviations, listed_names  # one table for posts and resolution (data/world/)
from .titles import _titles_after_a_country


def _title_after_a_country_ending_at(an: Analysis, end: int, ends: dict[int, Mention]) -> str | None:
    for title in _titles_after_a_country():
        if an.text[end - len(title):end] == title and _country_ending_at(an, end - len(title), ends) is not None:
            return title
    return None


@cache
def _countries() -> frozenset[str]:
    """Countries by name (data/world/countries.tsv): the ones whose heads hold posts in them."""
    return frozenset(name for name, row in listed_names().items() if row.kind == "country")


@cache
def _home_country() -> frozenset[str]:
    """China by its names: after them a title takes China's own organisation (中国|外长 -> 外交部)."""
    return frozenset(row[0] for row in data_table("posts", "home_country.txt"))


def _country_named_first(label: str) -> str | None:
    """The foreign country an organisation's name starts with (老挝人民革命党中央 -> 老挝), or None."""
    return next((label[:size] for size in range(min(8, len(label)), 1, -1)
                 if label[:size] in _countries() and label[:size] not in _home_country()), None)


def _country_written_before(an: Analysis, pos: int) -> tuple[str, int] | None:
    """The country whose name (data/world/countries.tsv) or abbreviation (俄 -> 俄罗斯) ends at
    ``pos`` as words of their own, and where it is written from."""
    text = an.text
    for size in range(min(8, pos), 1, -1):
        if text[pos - size:pos] in _countries() and pos - size in an.boundaries:
            return text[pos - size:pos], pos - size
    country = _abbreviations().get(text[pos - 1:pos]) if pos > 0 else None
    if country is None or pos - 1 not in an.boundaries or _NUMBER.match(text, max(0, pos - 2)) and pos >= 2:
        return None  # 12|日|，|众议院 (xwlb-20231014-12): a day, not 日本
    if word_tags().get(text[pos - 1:pos]) in _NO_COUNTRY_TAGS and _CLAUSE_OPENS.match(text[pos - 2:pos - 1]) is None:
        # 所有|以|瓦格纳雇佣兵集团|创始人|普里戈任 (xwlb-20230624-15), ，|以|民盟|所长 (xwlb-20231205-09): the
        # preposition 以 within a sentence, not 以色列; 。|以|国防军|发言人 (xwlb-20231029-13) opens one
        return None
    return country, pos - 1


# the segmenter's tags of an abbreviation's character that read it as another word (以: a preposition),
# unless it opens a sentence or a line (or the text)
_NO_COUNTRY_TAGS = frozenset(("p", "c"))
_CLAUSE_OPENS = re.compile(r"$|[。！？；\n]")
# a number before an abbreviation's character makes it a unit of it (12日, 三日): no country
_NUMBER = re.compile(r"[0-9０-９零〇一二三四五六七八九十百千万两]")


def _country_proposed_between(an: Analysis, start: int, end: int) -> str | None:
    """The foreign country a place the recognisers proposed in [start, end) names, the last: what the first
    stage, before the places stage, sees of one the segmenter wrote in a word (乌政府: 乌 -> 乌克兰)."""
    found: tuple[int, str] | None = None
    for candidate in an.pending:
        if candidate.type == "Place" and start <= candidate.start < candidate.end <= end:
            written = an.text[candidate.start:candidate.end]
            name = _abbreviations().get(written, written)
            if (name in _countries() or name.removesuffix("国") in _countries()) and name not in _home_country() \
                    and (found is None or candidate.start > found[0]):
                found = (candidate.start, name)
    return None if found is None else found[1]


def _country_named(place: Mention) -> str | None:
    """The country a place names, by its label: 伊朗; an abbreviation the model reads as a place
    (美|前总统 -> 美国, xwlb-20230405-14); 蒙古国 for 蒙古 (xwlb-20231027-02: 蒙古国|总理 -> 蒙古国政府)."""
    if place.type != "Place":
        return None
    label = _abbreviations().get(place.label, place.label)
    return label if label in _countries() or label.removesuffix("国") in _countries() else None


def _country_ending_at(an: Analysis, pos: int, ends: dict[int, Mention]) -> tuple[str, int] | None:
    """The country written right before ``pos`` and where it starts: a place the model or
    the world list read (伊朗|总统), or an abbreviation as a word of its own (俄|总统 ->
    俄罗斯)."""
    mention = ends.get(pos)
    if mention is not None:
        name = _country_named(mention)
        return None if name is None else (name, mention.start)
    country = _abbreviations().get(an.text[pos - 1:pos]) if pos > 0 else None
    if country is None or pos - 1 not in an.boundaries:
        return None
    return country, pos - 1


def _countries_written(an: Analysis) -> list[tuple[int, int, str]]:
    """(start, end, country) of each foreign country written: a place the recognisers read as one, or a
    word of the segmenter (摩尔多瓦|共产党人|党: the model reads no place there)."""
    found = {(m.start, m.end): name for m in an.of_type("Place") if m.end > m.start
             and (name := _country_named(m)) is not None}
    found.update({(s, e): word for s, e, word in an.tokens if word in _countries()})
    return sorted((s, e, name) for (s, e), name in found.items() if name not in _home_country())


def _clause_start(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts: after the last ，。；： or line break before it."""
    return max(text.rfind(mark, 0, pos) for mark in "，。；：\n") + 1


def _foreign_country_between(an: Analysis, start: int, end: int) -> str | None:
    """The foreign country written last in [start, end): a country's name or abbreviation as words of
    their own (乌|政府), or an organisation named with its country first (俄罗斯总检察院)."""
    found: tuple[int, str] | None = None
    for mention in an.mentions:
        if start <= mention.start and mention.end <= end and mention.end > mention.start:
            name = _country_named(mention) or (
                _country_named_first(mention.label) if mention.type == "Agency" else None)
            if name is not None and name not in _home_country() and (found is None or mention.end > found[0]):
                found = (mention.end, name)
    for pos in range(end, max(start, found[0] if found else start), -1):
        if pos in an.boundaries and (written := _country_written_before(an, pos)) is not None and \
                written[1] >= start and written[0] not in _home_country():
            return _abbreviations().get(written[0], written[0])
    return None if found is None else found[1]
