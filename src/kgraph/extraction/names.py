"""Personal names, in one place: the surnames, a Chinese name read at an offset, the
title before or after one, and the key a person gets (one entity per name within a scope).

The recognisers (the people stage, the fusion of the model's names) read names only
through these; :mod:`kgraph.extraction.recognisers.people` still exports them under the
same names.
"""
from __future__ import annotations

import re
from functools import cache

from ..resources import lexicon, longest_first, ordered_lexicon, pos_tags, word_pattern, word_set, word_tags
from .lexicons import transliteration_characters
from .linkers import person_key, scope_of

__all__ = ["AFTER_NAME", "LINE_END_AFTER_A_NAME", "address_words", "anonymous_tails", "chinese_name", "person_key", "read_name", "reads_as_chinese", "scope_of", "name_written_from", "titled_names",
           "surnames", "title_at", "title_before"]

_CJK = re.compile(r"[\u4e00-\u9fff]")
# characters that start the word after a two-character name: 刘甜|说, 向旺|深有感触
AFTER_NAME = frozenset(word_set("after_name"))
_NOT_IN_NAMES = frozenset(word_set("not_in_names"))
_GIVEN_NAME_STOPS = pos_tags("given_name_stops")


@cache
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """The single and the compound surnames."""
    names = lexicon("surnames.txt")
    return frozenset(n for n in names if len(n) == 1), frozenset(n for n in names if len(n) == 2)


@cache
def _titles() -> re.Pattern[str]:
    """Any title, longest first (副局长 before 局长)."""
    return word_pattern(lexicon("titles.txt"))


# what may follow a credit's name on its line: a photo's credit (摄, 摄影, 供图), then the line's end (河北日报记者孙也达摄)
LINE_END_AFTER_A_NAME = re.compile("(?:" + "|".join(longest_first(word_set("photo_credits"))) + r")?[ \u3000]*(?:\n|$)")


def read_name(text: str, pos: int, boundaries: frozenset[int]) -> str | None:
    """A personal name starting at ``pos``, or None (also for 谢某, 刘女士)."""
    tibetan = tibetan_name(text, pos)
    if tibetan is not None and pos in boundaries:
        return tibetan
    singles, doubles = surnames()
    surname = 2 if text[pos:pos + 2] in doubles else 1 if text[pos:pos + 1] in singles else 0
    if not surname or pos not in boundaries:
        return None
    rest = text[pos + surname:pos + surname + 3]
    if not rest or rest.startswith(anonymous_tails()):
        return None
    two, three = pos + surname + 1, pos + surname + 2
    if not all(_CJK.match(ch) for ch in text[pos:two]) or len(text) < two:
        return None
    third = text[two:three]
    if not third or not _CJK.match(third) or third in AFTER_NAME:
        end = two
    elif three in boundaries or not _CJK.match(text[three:three + 1] or "x") or LINE_END_AFTER_A_NAME.match(text, three):
        end = three  # (河北日报记者|孙|也|达摄: jieba glues the photo's credit to the name's last character)
    elif two in boundaries:
        end = two
    else:
        return None
    if end not in boundaries and end < len(text) and _CJK.match(text[end]):
        return None  # the name's last character starts a longer word: 群众|满意度
    name = text[pos:end]
    if any(ch in _NOT_IN_NAMES for ch in name):
        return None
    tags = word_tags()
    if len(name) >= 2 and tags.get(name, "nr")[:2] != "nr":
        return None  # 安全, 路线, 解释 are words, not names
    given = name[surname:]
    if len(given) >= 2 and tags.get(given, "n").startswith(_GIVEN_NAME_STOPS):
        return None
    return name


def tibetan_name(text: str, pos: int) -> str | None:
    """A Tibetan given name of two parts at ``pos`` (data/lexicon/tibetan_name_parts.txt: 索朗|旺堆, 扎西|顿珠); None if
    there is none."""
    parts = lexicon("tibetan_name_parts.txt")
    if text[pos:pos + 2] not in parts or text[pos + 2:pos + 4] not in parts:
        return None
    return text[pos:pos + 4]


def title_at(text: str, pos: int) -> str | None:
    match = _titles().match(text, pos)
    return match.group() if match else None


@cache
def anonymous_tails() -> tuple[str, ...]:
    """What follows a surname when nobody is named (谢某, 刘女士), longest first."""
    return ordered_lexicon("anonymous_tails.txt")


@cache
def address_words() -> tuple[str, ...]:
    """The words of address after a name, of two characters or more (同志, 先生: anonymous_tails.txt): 孙志强|同志|任."""
    return tuple(w for w in anonymous_tails() if len(w) >= 2)


def addressed_by_title(name: str) -> bool:
    """Whether a name is a surname and a title, an address that names no one (刘|台长, 周|书记, 宋|县长)."""
    return name[:1] in surnames()[0] and name[1:] in lexicon("titles.txt")


def chinese_name(name: str) -> bool:
    """Whether ``name`` has the shape of a Chinese name: a surname and at most two
    characters after it (three after a compound surname)."""
    singles, doubles = surnames()
    return (name[:2] in doubles and len(name) <= 4) or (name[:1] in singles and len(name) <= 3)


def reads_as_chinese(name: str) -> bool:
    """Whether ``name`` reads as a Chinese name: it has the shape of one (:func:`chinese_name`)
    and no more than half its characters are characters of transliterated names (赫尔松, 尤尼斯
    have the shape, but 赫, 尔, 尼, 斯 write foreign names; 王亚州, 林毅夫 read as Chinese)."""
    return chinese_name(name) and 2 * sum(ch in transliteration_characters() for ch in name) <= len(name)


def title_before(text: str, offset: int) -> bool:
    """Whether a title ends right before ``offset`` (村党总支书记|王德顺)."""
    titles = lexicon("titles.txt")
    return any(text[offset - k:offset] in titles for k in range(1, min(offset, 6) + 1))


def titled_names(text: str, model_tokens) -> frozenset[str]:
    """The Chinese names the model reads as a person's right after a title somewhere in ``text`` (党委第一书记|常德盛/PER): a
    person the page names for sure, whose name a place's short name may open elsewhere (常德/LOC|盛/v|思路清晰); not a
    word the model reads as a name in a list of weather (卡拉奇晴/PER, pd-dev-00345), after no title."""
    return frozenset(text[t.start:t.end] for t in model_tokens or () if t.tag == "PER"
                     and chinese_name(text[t.start:t.end]) and title_before(text, t.start))


def name_written_from(an, start: int, written: str, people) -> str:
    """The one of ``people`` (names) that the text writes from ``start``, longer than ``written`` (what a
    place's, a division's or an organisation's reading took there) and ending at a word's end, the segmenter's or the
    model's (常德/LOC|盛/v|思路 where jieba reads 盛思: 常德盛); '' if none."""
    return next((name for name in people if len(name) > len(written) and name.startswith(written)
                 and an.text.startswith(name, start)
                 and (start + len(name) in an.boundaries or an.model_tokens_between(start + len(name), start + len(name) + 1))),
                "")
