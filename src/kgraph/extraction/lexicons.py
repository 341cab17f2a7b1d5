"""The lexicons that the proposers, the repair and the fusion of candidates read, each
loaded once: the white and black lists (with a user's ``--lexicon DIR``), the world
list's names, the heads of organisations' and places' names (and the common nouns that end
in a head's character), and the pattern of a division's government written after its party
committee."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..errors import DataError, InputError
from ..gazetteer import gazetteer
from ..resources import (
    alias_table,
    cached,
    data_table,
    data_path,
    every_occurrence,
    jieba_dictionary,
    lexicon,
    longest_first,
    ordered_lexicon,
    pos_tags,
    rows,
    table,
    word_set,
)
from .world import listed_names

__all__ = ["CJK_RUN", "CLAUSE_MARKS", "COUNTY_LEVEL_CHARACTERS",
           "REGISTERED_FIRM_ENDINGS", "SYSTEM_TAILS", "AREA_PARTS", "DIVISION_ENDINGS", "DIVISION_SUFFIXES", "DIVISION_SUFFIX_ROWS", "JOINT_GOVERNMENT",
           "UNKNOWN_DIVISION_SUFFIXES", "TOWNSHIP_LEVEL_CHARACTERS", "GRASSROOTS_LEVEL_CHARACTERS", "abbreviations", "bare_body_kinds", "common_words", "division_level", "false_org_heads", "foreign_parties", "inside_a_compound_head", "is_place_name",
           "joint_government", "known_finder", "known_full_names", "known_types", "longest_end", "names_a_ship", "names_an_area", "org_heads", "party_prefixes", "periodical_heads", "person_roles", "place_heads",
           "post_verbs", "transliteration_characters", "vetoes", "word_ending", "world_finder", "world_longest", "world_names"]



@dataclass(frozen=True, slots=True)
class DivisionSuffix:
    """An ending of Chinese division names (data/lexicon/division_suffixes.tsv)."""

    suffix: str
    level: str  # of an unlinked division so named
    least: int  # characters before the suffix of a name the gazetteer lacks (0, 0: never read so)
    most: int
    model: bool  # a model's place ending so is a division


DIVISION_SUFFIX_ROWS = tuple(
    DivisionSuffix(suffix, level, int(least) if least != "-" else 0, int(most) if most != "-" else 0, model == "yes")
    for suffix, level, least, most, model in table("division_suffixes.tsv"))
# every ending of a division's name (区 too: 北京|海淀区 is no site's name)
DIVISION_ENDINGS = tuple(row.suffix for row in DIVISION_SUFFIX_ROWS)
# endings of a model's place that make a division (a foreign 州 or 市 is a place: 科罗拉多州)
DIVISION_SUFFIXES = tuple(row.suffix for row in DIVISION_SUFFIX_ROWS if row.model)
# endings of names the gazetteer lacks that the rules still read as divisions (新华|村), with the
# length of the name before them
UNKNOWN_DIVISION_SUFFIXES = tuple(row for row in DIVISION_SUFFIX_ROWS if row.most)
# the one-character levels of townships (镇, 乡), and of townships and villages (镇, 乡, 村)
TOWNSHIP_LEVEL_CHARACTERS = tuple(row.suffix for row in DIVISION_SUFFIX_ROWS
                                  if len(row.suffix) == 1 and row.level == "township")
GRASSROOTS_LEVEL_CHARACTERS = tuple(row.suffix for row in DIVISION_SUFFIX_ROWS
                                    if len(row.suffix) == 1 and row.level in ("township", "village"))


def division_level(name: str) -> str:
    """The level of a division the gazetteer does not link, by the ending the rules read it
    by (新华|村: village; county if none)."""
    return next((row.level for row in UNKNOWN_DIVISION_SUFFIXES if name.endswith(row.suffix)), "county")
# 北部, 东南部, 大部: a part of an area (weather reports: 新疆|北部), never a ministry (部)
AREA_PARTS = frozenset(word_set("directions") + word_set("area_parts"))
_AREA_ENDINGS = tuple(sorted(AREA_PARTS))
_LEVEL_CHARS = "".join(word_set("division_level_characters"))
# a division's government written right after its party committee: 省委|省政府, 党委|人民政府
JOINT_GOVERNMENT = re.compile(f"[{_LEVEL_CHARS}]?(?:人民)?政府")
# what a registered firm's full name ends with: one name, no unit of a body its words name (穆棱市|电站|阀门|有限公司)
REGISTERED_FIRM_ENDINGS = tuple(word_set("registered_firm_endings"))
# what after a kind of body makes it every body of the kind in a division (沈阳市|法院|系统|优秀法官)
SYSTEM_TAILS = tuple(word_set("body_system_tails"))
# the marks a clause ends with, after which the next opens (。|县|工业园区, 。|绿城…项目、, 。|文化馆|馆长)
CLAUSE_MARKS = frozenset("，,。；;：:\n")
# what joins the items of a list: 、 and the joining words (赫尔松、顿涅茨克, 赫尔松和扎波罗热; 到|将乐|、|沙县|等地)
LIST_MARKS = frozenset("、和及与")
# a run of Chinese characters (a name's or a word's own characters, no mark, digit or letter), one pattern for every stage
CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
# the level characters a county-level division's name ends with (沙县, 渠县, 朝天区, 射洪市, 科尔沁右翼前旗)
COUNTY_LEVEL_CHARACTERS = frozenset("县市区旗")


def joint_government(text: str, start: int, middle: int, end: int) -> bool:
    """Whether [middle, end) is the government of the committee [start, middle) written
    together with it (江苏省委|省政府, 埠河镇党委|政府): two bodies, not one name."""
    return text[start:middle].endswith("委") and bool(JOINT_GOVERNMENT.fullmatch(text, middle, end))


def inside_a_compound_head(text: str, start: int, end: int) -> bool:
    """Whether the name [start, end) ends inside a longer head the text goes on with (word set compound_heads): 秧坝|
    中心|派出所 (a central police station, no 秧坝中心), 建设|国家|中心|城市 (a kind of city, no 郑州市建设国家中心)."""
    return any(text.startswith(compound[cut:], end) and text.endswith(compound[:cut], start, end)
               for compound in word_set("compound_heads") for cut in range(1, len(compound)))


@cache
def _user_table(directory: str | None, name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a user's lexicon file (``--lexicon DIR``), or none."""
    if not directory:
        return ()
    path = Path(directory) / name
    if not path.is_file():
        return ()
    try:
        with open(path, encoding="utf-8") as handle:
            numbered = list(enumerate(handle, 1))
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"--lexicon {directory}: cannot read {name}: {error}") from error
    found = []
    for number, line in numbered:
        entry = line.split("#", 1)[0].rstrip()  # as lexicon_lines reads it: # starts a comment
        if not entry.strip():
            continue
        row = rows([entry])[0]
        # a row whose type is none of ours (红旗渠精神宣讲团<TAB>Organization) once applied nothing, silently
        if len(row) < 2 or row[1] not in _LEXICON_TYPES or not row[0]:
            raise InputError(f"{path}:{number}: give a name, a tab and its type, one of {', '.join(_LEXICON_TYPES)}"
                             f" (not {entry!r})", path=str(path), line=number)
        found.append(row)
    return tuple(found)


def _typed_rows(rows) -> dict[str, str]:
    out = {}
    for row in rows:
        if len(row) >= 2 and row[1] in _LEXICON_TYPES and row[0]:
            out[row[0]] = row[1]
    return out


@cache
def vetoes(directory: str | None = None) -> dict[str, set[str]]:
    """Words the model tags as names but are not, per type (the black list):
    data/lexicon/model_vetoes.tsv and the user's vetoes.tsv."""
    out: dict[str, set[str]] = {}
    for row in (*table("model_vetoes.tsv"), *_user_table(directory, "vetoes.tsv")):
        # row by row: a word may be vetoed for several types (林田湖: no person, no place)
        if len(row) >= 2 and row[1] in _LEXICON_TYPES and row[0]:
            out.setdefault(row[1], set()).add(row[0])
    return out


@cache
def known_types(directory: str | None = None) -> dict[str, str]:
    """Names whose type is known (the white list): data/lexicon/known_names.tsv and
    the user's names.tsv.  They override the model where they occur as words."""
    return _typed_rows(table("known_names.tsv")) | _typed_rows(_user_table(directory, "names.tsv"))


def names_an_area(name: str) -> bool:
    """Whether ``name`` ends in a part of an area (新疆北部, 大部) or holds 地区 (西北地区)."""
    return name.endswith(_AREA_ENDINGS) or "地区" in name


@cache
def periodical_heads() -> tuple[str, ...]:
    """What the name of a periodical or broadcaster ends with: a media organisation's
    ending (data/lexicon/media_suffixes.txt: 日报, 电视台) or a periodical's (word set
    periodical_heads: 时报, 周刊, 通讯社), longest first."""
    return longest_first(lexicon("media_suffixes.txt") | frozenset(word_set("periodical_heads")))


@cache
def known_full_names() -> dict[str, str]:
    """The white list's abbreviations of agencies -> their full names (data/lexicon/known_names.tsv's
    third column: 世行 -> 世界银行, 上合组织 -> 上海合作组织): the label both are known by."""
    return {row[0]: row[2] for row in table("known_names.tsv") if len(row) >= 3 and row[1] == "Agency" and row[2]}


@cache
def known_finder(directory: str | None = None):
    return every_occurrence(known_types(directory))


_LEXICON_TYPES = ("Person", "Agency", "Place", "Program")


@cache
def transliteration_characters() -> frozenset[str]:
    """Characters of transliterated names: those in twenty or more of the world list's
    (斯, 勒, 赫, 亚), read from the data, not listed."""
    counts: dict[str, int] = {}
    for name in world_names():
        for ch in set(name):
            counts[ch] = counts.get(ch, 0) + 1
    return frozenset(ch for ch, count in counts.items() if count >= 20)


# how often jieba's dictionary must count a word for it to be a common word: 时代 (10799), 云朵 (355),
# 中微子 (92), 雷暴 (79) are; names it happens to hold as nouns are rarer (基辛格/n 40, 陆治/n 2)
COMMON_WORD_COUNT = 50


@cache
def common_words() -> frozenset[str]:
    """The words of two characters or more that jieba's dictionary tags as common words (pos set
    common_words: nouns, verbs, adjectives…, no proper noun) and counts at least
    :data:`COMMON_WORD_COUNT` times (时代/n, 江面/n, 陆路/n, 高寒/b), and its idioms and set phrases of
    four characters or more whatever their count (大好河山/i, 鱼米之乡/l; not 春熙路/i, a street): words,
    no names."""
    path = jieba_dictionary()
    common, sayings = pos_tags("common_words"), pos_tags("sayings")

    def build() -> frozenset[str]:
        words = set()
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                parts = line.split()
                if len(parts) == 3 and len(parts[0]) >= 2 and (
                        (parts[2] in sayings and len(parts[0]) >= 4)
                        or (parts[2] in common and int(parts[1]) >= COMMON_WORD_COUNT)):
                    words.add(parts[0])
        return frozenset(words)

    return cached("common-words", (path, Path(__file__), data_path("lexicon", "pos_tags.tsv")), build)


@cache
def world_longest() -> tuple[str, ...]:
    return longest_first(world_names())


@cache
def world_finder():
    """Every occurrence of a world name in a text (:func:`every_occurrence`), the last
    text's answer kept: proposers and repair ask it of the whole article once per
    candidate (a 200,000-character story: 844 scans of the text), now one scan an article."""
    return last_text_remembered(every_occurrence(world_names()))


def last_text_remembered(find):
    """``find(text)``, the answer for the last text asked kept and given again (a copy) while
    the same text object is asked: one entry, held with its text, so it can neither go stale
    (a string never changes) nor grow; another text replaces it."""
    last: list = [None, ()]

    def remembered(text: str) -> list:
        held, found = last
        if held is not text:
            found = tuple(find(text))
            last[:] = text, found  # one assignment: a thread sees the old pair or the new one
        return list(found)

    return remembered


@cache
def world_names() -> frozenset[str]:
    """Foreign countries, their regions and cities (data/world/countries.tsv, read by
    kgraph.extraction.world, which also gives a region's name without its kind)."""
    return frozenset(listed_names())


@cache
def abbreviations() -> frozenset[str]:
    return lexicon("place_abbreviations.txt")


def is_place_name(name: str) -> bool:
    """A country, a foreign region, or a Chinese division, by name."""
    return name in world_names() or name in gazetteer().all_names


def longest_end(name: str, heads: tuple[str, ...]) -> int:
    """The length of the longest of ``heads`` (ordered longest first) ``name`` ends with."""
    # the name's own endings looked up in a set, longest first: a few lookups instead of
    # an endswith per head (hundreds of heads, tens of thousands of names a megabyte)
    ending, longest = _endings(heads)
    for length in range(min(longest, len(name)), 0, -1):
        if name[-length:] in ending:
            return length
    return 0


@cache
def bare_body_kinds() -> frozenset[str]:
    """The kinds of body every division has, written alone (人大, 政协, 党委, and the people's organisations
    妇联, 团委, 工会: agency_kinds.tsv), and a medium's ending alone (融媒体中心: media_suffixes.txt): never a
    name of their own (西青区妇联主席张艳红表示，…，|妇联|也将积极提供相关社会服务, a district's page, 2023)."""
    national = alias_table("national_agencies.tsv")
    kinds = {r[1] for r in table("agency_kinds.tsv") if r[0] in ("suffix", "contains")
             and r[2] in ("congress", "consultative", "party", "social-organization") and r[1] not in national
             and len(r[1]) == 2}
    return frozenset(kinds | set(lexicon("media_suffixes.txt")))


@cache
def party_prefixes() -> tuple[str, ...]:
    """The names of China's ruling party that open its bodies' names, longest first: the prefixes of
    kind ``party`` in data/lexicon/agency_kinds.tsv (中国共产党|来凤县委, 中共|屏南县委常委会)."""
    return longest_first([row[1] for row in table("agency_kinds.tsv") if row[0] == "prefix" and row[2] == "party"])


@cache
def party_body_names() -> tuple[str, ...]:
    """A body's party bodies as written after it, each with its 党 (word set party_bodies: 委 -> 党委, 支部 -> 党支部,
    党组), longest first."""
    return longest_first({body if body.startswith("党") else "党" + body for body in word_set("party_bodies")})


def without_party_prefix(name: str) -> str:
    """``name`` without the party's name it opens with (中共|来凤县委组织部: 来凤县委组织部), the longest that
    matches; as written where it opens with none."""
    return next((name[len(party):] for party in party_prefixes() if name.startswith(party)), name)


@cache
def foreign_parties() -> tuple[str, ...]:
    """Foreign parties' names as the news writes them, longest first (data/lexicon/foreign_parties.txt:
    越共, 老挝人民革命党)."""
    return longest_first(lexicon("foreign_parties.txt"))


def names_a_ship(text: str, end: int) -> bool:
    """Whether the place's name ending at ``end`` names a ship (or its group) instead: a vessel's
    head follows it (word set vessel_heads: 导弹驱逐舰|南宁|舰, 山东|舰|航母编队), not a word of a
    place's vessels (vessels: 青岛|舰艇学院 is the city's school)."""
    return text.startswith(_VESSEL_HEADS, end) and not text.startswith(_VESSELS, end)


_VESSEL_HEADS = tuple(word_set("vessel_heads"))
_VESSELS = tuple(word_set("vessels"))


def word_ending(text: str, words: tuple[str, ...], end: int | None = None, *, shorter: bool = False,
                default: str | None = "") -> str | None:
    """The first of ``words`` (ordered longest first, :func:`kgraph.resources.longest_first`)
    that ``text[:end]`` ends with, and with ``shorter`` that is shorter than it; ``default``
    when none does.  What ``next((w for w in words if text.endswith(w, 0, end)), default)``
    gives (of two words of one length only one can end the text, so the order among them
    does not matter), by one set lookup per length instead of an ``endswith`` per word:
    the world list's 4,551 names before every ministry (美国|国务院), a title list for every
    name the model reads (费舍尔|议长).  ``words`` is a tuple kept for the process (a
    module's constant, a cached function's result): it is known by its identity."""
    size = len(text)
    end = size if end is None else min(end, size) if end >= 0 else max(size + end, 0)  # as a slice's end
    ending, longest = _endings(words)
    for length in range(min(longest, end - 1 if shorter else end), 0, -1):
        word = text[end - length:end]
        if word in ending:
            return word
    if "" in ending and (end > 0 or not shorter):
        return ""  # every text ends with the empty word
    return default


def _endings(words: tuple[str, ...]) -> tuple[frozenset[str], int]:
    """``words`` as a set, and the longest one's length, made once per tuple (by its
    identity: hashing a tuple of thousands of words at every call cost more than the lookups)."""
    known = _ending_sets.get(id(words))
    if known is None or known[0] is not words:
        if any(len(a) < len(b) for a, b in zip(words, words[1:])):
            raise ValueError("the words must come longest first: kgraph.resources.longest_first")
        if len(_ending_sets) > 256:  # tuples made afresh by a caller: do not keep them all
            _ending_sets.clear()
        known = _ending_sets[id(words)] = (words, frozenset(words), max(map(len, words), default=0))
    return known[1], known[2]


# id(words) -> (the words, their set, the longest's length)
_ending_sets: dict[int, tuple[tuple[str, ...], frozenset[str], int]] = {}


@cache
def person_roles() -> dict[str, str]:
    """A word that introduces a named person -> what it says of the person (data/lexicon/person_roles.tsv:
    村民, 护士, 记者)."""
    return {row[0]: row[1] for row in table("person_roles.tsv")}


@cache
def place_heads() -> tuple[str, ...]:
    return ordered_lexicon("place_suffixes.txt") + ("城",)


@cache
def org_heads() -> tuple[str, ...]:
    return ordered_lexicon("org_suffixes.txt")


@cache
def false_org_heads() -> tuple[str, ...]:
    """Common nouns that end in an organisation head's character (data/lexicon/false_org_heads.txt:
    部队, 大局, 团队), longest first, the one reader of that file: a name does not end in one
    (西藏|部队 is troops), and a word that is one is not two heads (局部 is no 局|部)."""
    return ordered_lexicon("false_org_heads.txt")


@cache
def post_verbs() -> tuple[tuple[str, bool, tuple[str, ...], bool], ...]:
    """(verb, whether its holder follows it, the joiners before the chain, whether the post
    ends), the longest verb first (被任命 before 任命): ``data/posts/post_verbs.tsv``, which the
    events stage and the recognisers read too — through here, so all read it alike."""
    rows = [(*row, "", "", "")[:4] for row in data_table("posts", "post_verbs.tsv")]
    for row in rows:
        if row[1] not in ("before", "after"):
            raise DataError(f"data/posts/post_verbs.tsv: {chr(9).join(row)!r}: the holder is before or after the verb")
    return tuple(sorted(((verb, holder == "after", tuple(j for j in joiners.split(",") if j), held == "former")
                         for verb, holder, joiners, held in rows), key=lambda row: -len(row[0])))


@cache
def appointing_verbs() -> frozenset[str]:
    """The verbs of posts of two characters or more (任命, 担任; not 任, which 主任 ends with): no body's name holds one,
    though the dictionary tags some a noun (乡党委|任命/n|乡农技服务中心|主任, a township's page, 2019).  Not the verbs of
    elections, a field bodies are named after (乌兹别克斯坦中央|选举|委员会, xwlb-2023: word set election_verbs)."""
    return frozenset(verb for verb, *_ in post_verbs() if len(verb) >= 2 and verb not in word_set("election_verbs"))
