"""The words of posts, read once from ``data/posts/`` and the lexicon: the titles (post_title_at:
the longest at a position, 副局长 before 局长; _title_ending_at: the longest ending at one), the
organisations titles imply (国务委员 -> 国务院) or take after a foreign country, a division head's
titles and levels (镇长 -> 人民政府, 镇), a bare party committee (镇|党委), a body's term (十四届), and the
former-markers (原, 前, 曾任: former_before)."""
from __future__ import annotations

import re
from functools import cache

from ...model import Mention
from ...resources import data_table, lexicon, longest_first, table, word_pattern, word_set, word_tags
from ..analysis import Analysis
from ..lexicons import party_body_names
from ..world import country_abbreviations as _abbreviations  # one table for posts and resolution (data/world/)

_CJK = re.compile(r"[\u4e00-\u9fff]")

# One post as a chain reads it: the organisation's mention, the title, whether it is former.
Post = tuple[Mention, str, bool]


@cache
def _titles() -> frozenset[str]:
    """Every title: the recognisers' (data/lexicon/titles.txt) and the posts' own."""
    return lexicon("titles.txt") | frozenset(row[0] for row in data_table("posts", "titles.txt"))


@cache
def _generic_titles() -> frozenset[str]:
    """The titles any group may have (data/posts/titles.txt, ``generic``: 官员, 领导人): read after a
    body another stage read, they never make the model's span before them a body (中非|领导人|对话会)."""
    return frozenset(row[0] for row in data_table("posts", "titles.txt") if row[1:2] == ("generic",))


def _body_title_at(text: str, pos: int) -> str | None:
    """The title at ``pos`` when it says that the words before it name a body: no generic one."""
    title = post_title_at(text, pos)
    return None if title in _generic_titles() else title


@cache
def _qualifiers() -> tuple[str, ...]:
    """Words before a title that are part of it as written (data/posts/title_qualifiers.txt: 联合|主席)."""
    return longest_first(row[0] for row in data_table("posts", "title_qualifiers.txt"))


@cache
def _title_pattern() -> re.Pattern[str]:
    """A title, with up to two qualifiers written before it (联合|主席, 全球|执行|董事长)."""
    qualifiers = "|".join(map(re.escape, _qualifiers()))
    return re.compile(f"(?:(?:{qualifiers}){{0,2}}(?:{word_pattern(_titles()).pattern}))")


@cache
def _longest_title() -> int:
    return max(map(len, _titles()))


def post_title_at(text: str, pos: int) -> str | None:
    """The longest title starting at ``pos`` (副局长 before 局长), or None."""
    match = _title_pattern().match(text, pos)
    return match.group() if match else None


def _former_title_at(text: str, pos: int, read=post_title_at) -> tuple[int, str] | None:
    """Where the title after a former-marker that is no verb (原, 前) written at ``pos`` starts, and the
    title; or None: 全国政协社会和法制委员会|原副|主任|傅政华, 福州市粮食和物资储备局|原|党组书记 (the segmenter
    glues 局原) — how notices of discipline name a body before the former posts held in it."""
    marker = next((m for m in _former_words() if text.startswith(m, pos)), None)
    title = read(text, pos + len(marker)) if marker else None
    return None if title is None else (pos + len(marker), title)


def _title_ending_at(text: str, end: int) -> str | None:
    """The longest title that ends at ``end``: 伊朗第一副总统|穆赫贝尔 -> 第一副总统."""
    titles = _titles()
    for size in range(min(_longest_title(), end), 0, -1):
        if text[end - size:end] in titles:
            start = end - size
            for _ in range(2):  # 德国社会民主党|联合|主席: the qualifiers before it are the title's
                qualifier = next((q for q in _qualifiers() if text.startswith(q, start - len(q))), None)
                if qualifier is None:
                    break
                start -= len(qualifier)
            return text[start:end]
    return None


@cache
def _implied() -> dict[str, tuple[str, str, str, bool]]:
    """title -> (organisation, alone|always|never, also after the name)."""
    return {row[0]: (row[1], row[2], row[3] == "yes") for row in data_table("posts", "implied_organisations.tsv")}


@cache
def _foreign() -> dict[str, str]:
    """title after a foreign country -> the organisation's name as a template on {country}."""
    return {row[0]: row[1] for row in data_table("posts", "foreign_titles.tsv")}


@cache
def _titles_after_a_country() -> tuple[str, ...]:
    """The titles that are titles only right after a country's name, another word elsewhere:
    文莱|苏丹|哈桑纳尔 (xwlb-20231117-06), but 苏丹|总统 (Sudan) and 秘书长|苏丹问题|特别代表."""
    return tuple(row[0] for row in data_table("posts", "foreign_titles.tsv") if row[2:3] == ("after-country",))


@cache
def former_markers() -> tuple[str, ...]:
    return tuple(sorted((row[0] for row in data_table("posts", "former_markers.txt")), key=lambda w: (-len(w), w)))


def former_before(an: Analysis, pos: int) -> tuple[bool, int]:
    """Whether a former-marker (原, 前, 曾任, 生前) ends at ``pos`` as a word of its own
    (日前|国务院 is no marker: 日前 is one word) or after a country's abbreviation the segmenter
    joined to it, when the two are no word of its dictionary (美前|总统|特朗普, xwlb-20230405-14;
    日前 and 以前 are words), and where it starts."""
    text = an.text
    for marker in former_markers():
        start = pos - len(marker)
        if start < 0 or not text.startswith(marker, start):
            continue
        if start in an.boundaries or _after_abbreviation(an, start, pos):
            return True, start
    return False, pos


def _after_abbreviation(an: Analysis, start: int, end: int) -> bool:
    """美|前: a country's abbreviation right before [start, end), which the segmenter joined to it
    though the two make no word of its dictionary."""
    before = start - 1
    return (an.text[before:start] in _abbreviations() and before in an.boundaries
            and an.text[before:end] not in word_tags())


@cache
def _government_titles() -> dict[str, str]:
    """title -> the body of a division it is held in (镇长 -> 人民政府), an acting head's too (代市长 -> 人民政府:
    data/posts/acting_markers.txt)."""
    titles = {row[0]: row[1] for row in table("division_titles.tsv") if len(row) < 3 or not row[2]}
    return titles | {marker + title: body for title, body in titles.items() for marker in _acting_markers()
                     if not title.startswith(("副", "常务"))}


@cache
def _titles_of_a_kind_of_division() -> dict[str, tuple[str, str]]:
    """title -> (the ending a division's name has, the body of it the title is held in), of the titles only a division of
    that kind's head holds (data/lexicon/division_titles.tsv's third column: 主席 of an autonomous region's government)."""
    return {row[0]: (row[2], row[1]) for row in table("division_titles.tsv") if len(row) >= 3 and row[2]}


def government_title_body(title: str, division_label: str | None) -> str | None:
    """The body of a division a title is held in: 镇长 -> 人民政府 anywhere; 副主席 -> 人民政府 only of an autonomous
    region (自治区党委常委、|常务副主席|蓝天立, 南丹县's page, 2018: 广西壮族自治区人民政府), whose chairman heads its
    government; elsewhere a 主席 chairs a body the text names."""
    body = _government_titles().get(title)
    if body is None and (kind := _titles_of_a_kind_of_division().get(title)) is not None \
            and (division_label or "").endswith(kind[0]):
        body = kind[1]
    return body


@cache
def _acting_markers() -> tuple[str, ...]:
    return longest_first(row[0] for row in data_table("posts", "acting_markers.txt"))


# bodies of a division itself, never units of its party committee
_DIVISION_BODIES = word_set("division_bodies")
# a name starting with a level character abbreviates a division's (市政府党组, 县委; 全国人大 does not)
_LEVEL_CHARACTERS = word_set("division_level_characters")
_PARTY_BODIES = word_set("party_bodies")


@cache  # (asked for each title of every article: a pure function of the title)
def _level_of_head(title: str) -> str:
    """The level character of a division head's title that names the division's level
    (副区长 -> 区, 镇长 -> 镇), or "" (村委会主任: a village is named, never implied)."""
    if title not in _government_titles():
        return ""
    level = title.removeprefix("常务").removeprefix("副")
    # 代市长 -> 市: an acting head's title names the level of the title it is written with
    level = next((level[len(m):] for m in _acting_markers() if level.startswith(m)
                  and level[len(m):] in _government_titles()), level)[:1]
    # (州: an autonomous prefecture's, 副州长|文金哲 on a page of 敦化市, a city of 延边朝鲜族自治州, 2023)
    return level if level in "省州市县区旗镇乡" and len(title) >= 2 else ""


@cache
def _party_levels() -> dict[str, tuple[str, ...]]:
    """level word -> the gazetteer levels of the division it stands for (镇 -> township)."""
    return {row[0]: tuple(row[1].split()) for row in data_table("posts", "party_levels.txt")}


@cache
def _bare_committee() -> re.Pattern[str]:
    """镇党委, 街道党工委, 村党支部: a level word and a party body (data/lexicon/word_sets.tsv
    party_bodies, each with its 党: 委 -> 党委, 支部 -> 党支部)."""
    levels = "|".join(sorted(map(re.escape, _party_levels()), key=len, reverse=True))
    bodies = {*party_body_names(), *(row[0] for row in data_table("posts", "level_bodies.txt"))}  # 镇|人大, 街道办事处
    return re.compile(f"(?:{levels})(?:{'|'.join(sorted(map(re.escape, bodies), key=len, reverse=True))})")


@cache
def _former_words() -> frozenset[str]:
    """The former-markers that are no verb (原, 前): a word of a post, never of an organisation's name."""
    return frozenset(row[0] for row in data_table("posts", "former_markers.txt") if row[1:] != ("verb",))


@cache
def _head_staff() -> frozenset[str]:
    """Titles on a foreign head's staff, one title with the head's (data/posts/head_staff.txt: 总理|顾问)."""
    return frozenset(row[0] for row in data_table("posts", "head_staff.txt"))


# the terms of a body written between a verb and its name: 曾任|第八、九、十届|全国政协|副主席,
# 任命|…|为|十四届|全国人大常委会|副秘书长 (xwlb-20230314-07)
_TERMS = re.compile(r"第?[一二三四五六七八九十百、]+届")
