"""Stage: the names the trained model proposes, fused with what the gazetteer and
the rules found, then linked.

The model (see :mod:`kgraph.extraction.tagger`) proposes people (PER), organisations (ORG) and
locations (LOC) with their spans.  Each proposal becomes a :class:`Candidate`,
its boundaries are repaired (a transliterated name split at its middle dot is
joined; a verb glued to a name is cut off: 克林顿派|代表), and the lexicons veto
what the model is known to get wrong.  :func:`fuse` then chooses among
overlapping candidates in one place: a span that a rule or the gazetteer already
resolved keeps its reading (it is linked and more specific), and the longest model
candidate wins among the rest.  The survivors are linked: organisations to their
canonical names, locations to the gazetteer when they are divisions and to places
otherwise (foreign countries and cities, rivers, sites), people to a person scoped
like the rule-found ones.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..errors import InputError
from ..gazetteer import gazetteer
from ..merge import agency_kind
from ..model import Mention
from ..resources import (
    data_path,
    every_occurrence,
    lexicon,
    lexicon_lines,
    longest_first,
    ordered_lexicon,
    pos_tags,
    rows,
    table,
    tokenizer,
    word_set,
    word_tags,
)
from .analysis import Analysis, SpanIndex, stage
from .names import AFTER_NAME as _AFTER_NAME
from .names import anonymous_tails, person_key, read_name, scope_of, surnames, title_at
from .names import chinese_name as _chinese_name
from .recognisers.agencies import GLUED_BREAKS, JOINT_GOVERNMENT, agency_key, canonical_head, org_run
from .recognisers.divisions import model_division_name, unlinked_division
from .recognisers.places import place_key

__all__ = ["Candidate", "fuse", "find_model_agencies", "find_model_entities", "model_candidates", "flatten_nested"]

_CJK = re.compile(r"[\u4e00-\u9fff]")
_NAME_JOINERS = "".join(word_set("name_joiners"))  # tested as a string: a token of them, or none at the end
# the model's entity tags and the kgraph type each proposes
_MODEL_TYPES = {"PER": "Person", "ORG": "Agency", "LOC": "Place"}
# the type a rule or the gazetteer gives is more specific than the model's guess
# endings of Chinese division names (a foreign 州 or 市 is a place: 科罗拉多州)
_DIVISION_SUFFIXES = word_set("division_suffixes")
# 北部, 东南部, 大部: a part of an area (weather reports), never a ministry (部)
_AREA = re.compile(r"(?:[东西南北中]|大|全|内|外|局)部$|地区")
_LEVEL_ABBREVIATIONS = frozenset(word_set("level_abbreviations"))
_SOURCE_RANK = {"rule": 4, "gazetteer": 4, "lexicon": 3, "model": 2, "world": 1}


@dataclass(frozen=True, slots=True)
class Candidate:
    """A typed span some recogniser proposes, before linking."""

    start: int
    end: int
    type: str  # an entity type (Person, Agency, Place, AdministrativeDivision)
    source: str  # "model", "gazetteer", "rule"
    score: float = 1.0

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end


@cache
def _user_table(directory: str | None, name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a user's lexicon file (``--lexicon DIR``), or none."""
    if not directory:
        return ()
    path = Path(directory) / name
    if not path.is_file():
        return ()
    try:
        return rows(lexicon_lines(path))
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"--lexicon {directory}: cannot read {name}: {error}") from error


def _typed_rows(rows) -> dict[str, str]:
    out = {}
    for row in rows:
        if len(row) >= 2 and row[1] in _LEXICON_TYPES and row[0]:
            out[row[0]] = row[1]
    return out


@cache
def _vetoes(directory: str | None = None) -> dict[str, set[str]]:
    """Words the model tags as names but are not, per type (the black list):
    data/lexicon/model_vetoes.tsv and the user's vetoes.tsv."""
    out: dict[str, set[str]] = {}
    for name, type_ in (_typed_rows(table("model_vetoes.tsv")) | _typed_rows(
            _user_table(directory, "vetoes.tsv"))).items():
        out.setdefault(type_, set()).add(name)
    return out


@cache
def _known_names(directory: str | None = None) -> dict[str, str]:
    """Names whose type is known (the white list): data/lexicon/known_names.tsv and
    the user's names.tsv.  They override the model where they occur as words."""
    return _typed_rows(table("known_names.tsv")) | _typed_rows(_user_table(directory, "names.tsv"))


@cache
def _known_finder(directory: str | None = None):
    return every_occurrence(_known_names(directory))


_LEXICON_TYPES = ("Person", "Agency", "Place", "Program")


def known_names(an: Analysis) -> list[Candidate]:
    """The white list's names where they stand as whole words."""
    known = _known_names(an.lexicon_dir)
    return [Candidate(start, end, known[word], "lexicon", 1.0) for start, end, word in _known_finder(an.lexicon_dir)(an.text)
            if start in an.boundaries and end in an.boundaries]


def model_candidates(an: Analysis) -> list[Candidate]:
    """The model's PER/ORG/LOC words as candidates, boundaries repaired."""
    tokens = an.model_tokens
    text = an.text
    out: list[Candidate] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        kind = _MODEL_TYPES.get(token.tag)
        if kind is None:
            i += 1
            continue
        start, end = token.start, token.end
        j = i + 1
        if kind == "Person":
            # 彼得·皮奥, 差猜·春哈旺, 伯奇|费尔: one transliterated name in pieces
            while j < len(tokens):
                nxt = tokens[j]
                if (nxt.tag == "PER" and nxt.start == end and not _chinese_name(text[start:nxt.end])
                        and not _names_apart(an, start, end, nxt.end)):
                    end = nxt.end
                    j += 1
                elif (nxt.start == end and text[nxt.start:nxt.end] in _NAME_JOINERS and j + 1 < len(tokens)
                      and tokens[j + 1].tag in ("PER", "nz", "n") and tokens[j + 1].start == nxt.end
                      and _CJK.match(text[tokens[j + 1].start])):
                    end = tokens[j + 1].end
                    j += 2
                else:
                    break
        elif kind == "Agency":
            end, j = _complete_head(an, tokens, j, start, end)
        elif kind == "Place" and j < len(tokens) and tokens[j].tag == "LOC" and tokens[j].start == end:
            # 恒隆|四季城: a name and a place head the model read as two places
            following = text[tokens[j].start:tokens[j].end]
            if following.endswith(_place_heads()) and not _is_place_name(text[start:end]):
                end = tokens[j].end
                j += 1
        out.append(Candidate(start, end, kind, "model"))
        i = j
    return [r for c in out for r in _repair(an, c)]


def _names_apart(an: Analysis, start: int, middle: int, end: int) -> bool:
    """Whether two names the model read side by side are two: each reads as a Chinese
    name where the segmenter cuts between them (刘洪涛|陈静|出席, 习近平|李强|赵乐际: a row of
    names in a transcript), or the segmenter reads a word of the dictionary in them that is
    no name (塔尼亚|胡当天: 当天; 军乐团奏|埃塞: 军乐团).  Pieces of one transliterated name
    are none of these (伯奇|费尔, 差|哈旺), nor two pieces that each hold a character of
    transliterated names (呼日勒|苏赫: 勒, 赫).  A name the dictionary knows as a person's reads
    as one (习近平: 习 is no common surname)."""
    text, tags = an.text, word_tags()
    pieces = ((start, middle), (middle, end))
    foreign = all(any(ch in _transliteration_characters() for ch in text[s + 1:e]) for s, e in pieces)
    if middle in an.boundaries and not foreign and all(
            tags.get(text[s:e], "") in _DICTIONARY_NAME_TAGS or read_name(text, s, an.boundaries | {e}) == text[s:e]
            for s, e in pieces):
        return True
    return any(e - s >= 2 and tags.get(word, "") in _NOT_NAME_WORD_TAGS
               for s, e, word in an.tokens_from(start, end - start) if e <= end)


@cache
def _transliteration_characters() -> frozenset[str]:
    """Characters of transliterated names: those in twenty or more of the world list's
    (斯, 勒, 赫, 亚), read from the data, not listed."""
    counts: dict[str, int] = {}
    for name in _world():
        for ch in set(name):
            counts[ch] = counts.get(ch, 0) + 1
    return frozenset(ch for ch, count in counts.items() if count >= 20)


# nouns: the model's words that may continue an organisation's name up to its head, the
# dictionary's words of a minister's field (外交|部长)
_NOMINAL_TAGS = pos_tags("nominal")
_HEAD_RUN = 10


def _complete_head(an: Analysis, tokens, j: int, start: int, end: int) -> tuple[int, int]:
    """泛美卫生|组织, 国务院残疾人|工作|协调|委员会, 对外贸易经济|合作部: the model often
    ends an organisation before its head noun.  The nouns that follow, up to the last
    that ends in an organisation head, are part of the name (ten characters at most,
    never a title: 卫生部|副部长); so is the rest of a word the segmenter reads whole
    (美国化学|会 is jieba's 美国化学会).  Returns the new end and the next token."""
    text, heads = an.text, _org_heads()
    if end - start < 2 or (end - start <= 3 and word_tags().get(text[start:end], "") not in _SHORT_ORG_TAGS):
        return end, j  # 干|中学, 综合|养老服务中心: a character or a common word, not a name to complete
    best, best_j, pos, k = end, j, end, j
    while k < len(tokens) and tokens[k].start == pos and tokens[k].end - end <= _HEAD_RUN:
        token = tokens[k]
        word = text[token.start:token.end]
        title = title_at(text, pos)
        if (token.tag not in _NOMINAL_TAGS or not _CJK_ONLY.match(word)
                or (title is not None and len(title) >= len(word))):
            break  # 卫生部|副部长, 发展改革委|党组|成员 (党组成员); but 委员会 is no 委员
        pos, k = token.end, k + 1
        if (text[start:pos].endswith(heads) and pos in an.boundaries  # not 民主党|国会|议员 (国会议员)
                and word not in lexicon("false_org_heads.txt") and not _joint(text, start, end, pos)):
            best, best_j = pos, k
    if best == end and end not in an.boundaries:
        token = an.token_at(end)
        if (token is not None and token[0] >= start and token[1] - end <= 3 and token[2].endswith(heads)
                and title_at(text, end) is None):  # 中共中央政治局|常委 is a title
            while best_j < len(tokens) and tokens[best_j].start < token[1]:
                best_j += 1
            if best_j == len(tokens) or tokens[best_j].start == token[1]:
                best = token[1]
    return best, best_j


_MINISTER = re.compile(r"(副?)部长")
_ACTING = frozenset(word_set("acting_prefixes"))


def ministries(an: Analysis) -> list[Candidate]:
    """外交部长, 芬兰农林部长: a minister's title names the ministry (外交部, 芬兰农林部)
    with 部长 read as 部 + 长.  The field before it is a word of two to four
    characters, and a country's name may precede it."""
    text, tags = an.text, word_tags()
    out = []
    for match in _MINISTER.finditer(text):
        ministry_end = match.start() + 1 + len(match.group(1))  # after 部
        if match.group(1) or text[match.start() - 1:match.start()] == "部":
            continue  # 副部长, 组织部部长: the title follows a ministry written whole
        # the field: the nouns right before 部长 (产业|资源, 农林), six characters at most
        start = match.start()
        for word in reversed(tokenizer().lcut(text[max(0, start - 8):start])):
            if tags.get(word) not in _NOMINAL_TAGS or not _CJK_ONLY.match(word) or match.start() - start + len(word) > 6:
                break
            if _is_place_name(word) or word in _ACTING:
                break  # 芬兰|农林: the country is not the field; 代理部长 is an acting minister
            start -= len(word)
        if match.start() - start >= 2:
            before = next((w for w in _world_longest() if text.endswith(w, 0, start)), "")
            out.append(Candidate(start - len(before), ministry_end, "Agency", "model", 1.0))
    return out


@cache
def _leader_title_pattern() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, ordered_lexicon("leader_titles.txt"))))


_NAME_WORD_TAGS = pos_tags("personal_name")
_MODEL_NAME_TAGS = pos_tags("model_name")
_MODEL_NOT_NAME_TAGS = pos_tags("model_not_in_names")
_NOT_NAME_WORD_TAGS = pos_tags("not_in_joined_names")
_DICTIONARY_NAME_TAGS = pos_tags("dictionary_name")
_TRANSLITERATED_TAGS = pos_tags("transliterated_name")


def leaders(an: Analysis) -> list[Candidate]:
    """法国总理|若斯潘, 若斯潘|总理, 库马拉通加|总统: a word next to a leader's title
    (data/lexicon/leader_titles.txt) that the segmenter knows as a name or does not
    know at all, and that is no place, is a person the model may have missed."""
    titles, tags, text = ordered_lexicon("leader_titles.txt"), word_tags(), an.text
    tokens = an.tokens
    # only the words next to a title are read: the tokens around each title's occurrence
    near = set()
    for match in _leader_title_pattern().finditer(text):
        token = an.token_at(match.start())
        if token is None:
            continue
        index = bisect.bisect_left(tokens, token)
        near.update((index - 1, index + 1))
    if not near:
        return []
    model_edges = {t.start for t in an.model_tokens} | {t.end for t in an.model_tokens}
    model_tags = {t.start: t.tag for t in an.model_tokens}
    out = []
    for i in sorted(k for k in near if 0 <= k < len(tokens)):
        start, end, word = tokens[i]
        if not 2 <= end - start <= 6 or not _CJK_ONLY.match(word) or tags.get(word, "") not in _NAME_WORD_TAGS:
            continue
        before = tokens[i - 1][2] if i else ""
        after = tokens[i + 1][2] if i + 1 < len(tokens) else ""
        tag = tags.get(word, "")
        if after in titles:
            # the whole name: nothing name-like glued before it (拉马|福萨|总统 is one name)
            if _CJK_ONLY.match(before) and (tags.get(before, "") in _NAME_WORD_TAGS or _is_place_name(before)):
                continue
        elif not (before.endswith(titles) and tag and _CJK_ONLY.match(before)):
            continue  # after a title only a word the segmenter knows as a name (not 总统|此访)
        if not (start in model_edges and end in model_edges):
            continue  # 拉马|福萨: both segmenters must agree on the name's edges
        if model_tags.get(start) == "LOC":
            continue  # 吉尔吉斯斯坦|总统: the model read a place
        if not tag and model_tags.get(start) not in _MODEL_NAME_TAGS:
            continue  # 这同|总统: a word neither knows is a name only if the model reads one word there
        if _is_place_name(word) or word.endswith(titles) or word[:1] in _LEVEL_ABBREVIATIONS:
            continue
        if an.model_name_index.overlaps(start, end) or text[end:end + 1] in _NAME_JOINERS:
            continue  # 拉特纳|亚克, 罗伯特|·马尔登: the model read the whole name
        out.append(Candidate(start, end, "Person", "lexicon", 1.0))
    return out


_PERIODICAL = re.compile(r"《([^《》\n]{2,16}?(?:日报|晚报|时报|周报|早报|报|周刊|杂志|新闻|电视台|通讯社))》")


def periodicals(an: Analysis) -> list[Candidate]:
    """《纽约时报》, 《人民日报》: a newspaper, magazine or broadcaster named in
    title marks is its publisher, an organisation (the marks are not part of it)."""
    return [Candidate(m.start(1), m.end(1), "Agency", "lexicon", 1.0) for m in _PERIODICAL.finditer(an.text)]


_CJK_ONLY = re.compile(r"^[\u4e00-\u9fff]+$")


@cache
def _world_longest() -> tuple[str, ...]:
    return longest_first(_world())


@cache
def _world_finder():
    return every_occurrence(_world())


_CHAMBERS = word_set("chambers")


def world_places(an: Analysis, occurrences: list[tuple[int, int, str]],
                 known_candidates: list[Candidate] | None = None) -> list[Candidate]:
    """Countries and foreign regions by name (``occurrences``: where the world list's
    names stand in the text): they fill in what the model missed, and never beat a
    longer name (美国|财政部); a country and organisation words make an organisation
    (南非|队, 挪威|议会)."""
    text = an.text
    # a country's own armed service or chamber (not 美国|北约: an alliance is nobody's own)
    known = {c.start: c for c in (known_names(an) if known_candidates is None else known_candidates)
             if c.type == "Agency" and (
        agency_kind(text[c.start:c.end]) == "military" or text[c.start:c.end].endswith(_CHAMBERS))}
    out = []
    for start, end, _ in occurrences:
        if start in an.boundaries and end in an.boundaries:
            if end in known:  # 挪威|海军, 俄罗斯|国家杜马: a country and a white-list body are one name
                out.append(Candidate(start, known[end].end, "Agency", "lexicon", 1.0))
                continue
            out.extend(_country_organisation(an.text, Candidate(start, end, "Place", "world", 0.5)))
    return out


def _with_units(an: Analysis, c: Candidate, model_starts: list[int]) -> Candidate:
    """An organisation and the unit named right after it are one name: 亚行|理事会,
    中国共产党|友好代表团, 长治人民医院|宣教科 (the unit's, the outermost)."""
    text = an.text
    if c.type != "Agency" or c.end not in an.boundaries or title_at(text, c.end) is not None:
        return c  # 农林部|长: the name ends inside a word; 县委|书记: a title follows, not a unit
    # 民主党|国会议员: a unit does not end inside a dictionary word (国会议员 is a title);
    # 全国人大|愿同|马来西亚国会: nor does it hold a verb or a name the model read apart
    limit = _model_break(an, model_starts, c.end, c.end + 10)
    ends = [e for e in org_run(text, c.end, min(len(text), c.end + 10))
            if e <= limit and (e in an.boundaries or an.token_at(e)[2] not in word_tags())]
    if not ends or text[c.end:ends[-1]] in lexicon("generic_org_heads.txt") or _joint(text, c.start, c.end, ends[-1]):
        return c  # 江苏省委|省政府: the division's government is no unit of its committee
    return Candidate(c.start, ends[-1], c.type, c.source, c.score)


_BREAK_TAGS = pos_tags("model_breaks")


def _model_break(an: Analysis, model_starts: list[int], start: int, end: int) -> int:
    """Where the first word the model read as a verb, a function word or a name of its
    own starts in [start, end), else ``end``."""
    tokens = an.model_tokens or ()
    at = bisect.bisect_left(model_starts, start)
    while at < len(tokens) and tokens[at].start < end:
        token = tokens[at]
        if token.tag in _BREAK_TAGS and (token.tag in _MODEL_TYPES or an.text[token.start:token.end]
                                         not in _org_heads()):  # 汉正街|地税|所/u: 所 is a head
            return token.start
        at += 1
    return end


def _country_organisation(text: str, c: Candidate) -> list[Candidate]:
    tags = word_tags()
    if tags.get(text[c.end:c.end + 2], "") == "r" or tags.get(text[c.end:c.end + 1], "") == "r":
        return [c]  # 非洲|各国使馆: a pronoun starts a description, not a name
    ends = [e for e in org_run(text, c.end, min(len(text), c.end + 12))
            if text[c.end:e] not in lexicon("generic_org_heads.txt") and not _AREA.search(text[c.start:e])]
    if ends:
        return [Candidate(c.start, ends[-1], "Agency", c.source, c.score)]
    return [c]


@cache
def _verbs_after_names() -> tuple[str, ...]:
    return ordered_lexicon("verbs_after_names.txt")


@cache
def _world() -> frozenset[str]:
    """Foreign countries and their regions (data/world/countries.tsv, from ISO 3166)."""
    names = set()
    for name, kind, *_ in rows(lexicon_lines(data_path("world", "countries.tsv"))):
        names.add(name)
        # 卢甘斯克州 is written 卢甘斯克 as often: its name without the kind of region
        kind_word = next((k for k in _REGION_KINDS if name.endswith(k)), None)
        if kind == "region" and kind_word and len(name) - len(kind_word) >= 3:
            names.add(name[:-len(kind_word)])
    return frozenset(names)


_REGION_KINDS = word_set("region_kinds")


@cache
def _abbreviations() -> frozenset[str]:
    return lexicon("place_abbreviations.txt")


def _is_place_name(name: str) -> bool:
    """A country, a foreign region, or a Chinese division, by name."""
    return name in _world() or name in gazetteer().all_names


# parts of speech of common words: a short organisation the model proposes that the
# dictionary knows as one of these is a word, not a name (农村, 综合, 平安, 计生)
_DESCRIPTIVE_TAGS = pos_tags("descriptive")
_NOT_PLACE_TAGS = pos_tags("not_a_place")
_WORD_TAGS = pos_tags("ordinary_word")
_SHORT_ORG_TAGS = pos_tags("short_organisation")
_FUNCTION_TAGS = pos_tags("function_word")
_VERB_TAGS = pos_tags("verb_like")
_DIRECTIONS = word_set("directions")


def _repair(an: Analysis, c: Candidate) -> list[Candidate]:
    """The candidate with its boundaries and type repaired: none, one or several."""
    text = an.text
    start, end = c.start, c.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if (start, end) != (c.start, c.end):  # the model reads line breaks as part of a word
        c = Candidate(start, end, c.type, c.source, c.score)
    around = an.token_at(start)
    if (around is not None and around[0] < start and end <= around[1]
            and word_tags().get(around[2], "") in _TRANSLITERATED_TAGS):
        # 以色列总理|内|塔尼亚/PER|胡当天, 内|塔尼亚/ORG|胡今天: the model cut into a foreign
        # name that the dictionary holds whole (not 自|北向南/nr: only a transliterated one)
        return _repair(an, Candidate(around[0], around[1], "Person", c.source, c.score))
    name = text[start:end]
    if not _CJK.search(name) or name in _vetoes(an.lexicon_dir).get(c.type, ()) or any(ch.isspace() for ch in name):
        return []
    if c.type != "Person" and name in lexicon("common_division_words.txt"):
        return []  # 惠民|政策, 平安|中国: a division's short name that is a common word (the rules read it after its parent)
    if _cuts_a_word(an, c.start, c.end) and not _is_place_name(text[c.start:c.end].strip()) and not (
            c.type == "Agency" and text[c.start:c.end].endswith(_org_heads())):
        return []  # 雨夹|雪, 山水|林田湖|草, 中华|民族: the model cut a word the dictionary knows
    quote = _enclosing_quote(an, c.start, c.end)
    if quote is not None and quote != (c.start, c.end) and not (
            c.type == "Person" and _QUOTED_SPEECH.search(text, quote[0], quote[1]) and not _is_place_name(name)):
        # part of a quoted phrase: “辣妈酷爸爱心联盟” read as 酷爸爱心联盟; but a name in quoted
        # speech (“刘成是党员，富了就得……”) is a name
        return []
    if c.type == "Person":
        if len(name) < 2 or name[1:].startswith(anonymous_tails()) or "的" in name:
            return []
        if len(name) == 2 and name[0] in _abbreviations() and name[1] in "方军":
            return []  # 乌方, 美军: a side or an army of a country, not a person
        if len(name) == 2 and name[1] == "方" and _country_starting(text, name[0]):
            return []  # 洪都拉斯 … 支持|洪方|为|维护: a side, by the first character of a country named
        if quote == (c.start, c.end):
            return []  # 台风“卡努”, “卡西尼”号: a name in quotation marks is a storm's, a craft's
        singles, doubles = surnames()
        if not (name[:1] in singles or name[:2] in doubles):
            if len(name) == 2 and (name[1] == "方" or text.startswith(_PAIR_NOUNS, c.end)):
                # 尼方, 塞方: a side; 美哥|两国: one-character names of two countries
                return [] if name[1] == "方" else _one_place_each(c)
            if word_tags().get(name, "") == "nt" or (len(name) == 3 and name.endswith(_org_heads())):
                return []  # 军乐团, 军乐队: an organisation of the dictionary, a kind of unit
        if len(name) >= 3 and name[-1] in _GLUED_WORDS and c.end - 1 in an.boundaries and c.end in an.boundaries:
            # 。|巴新将/PER|同|中国 (jieba: 巴新|将|同): the segmenter reads the last character as
            # a word of its own, the next word glued on; not 李|大为|同志, 张|和平|在
            return _repair(an, Candidate(c.start, c.end - 1, c.type, c.source, c.score))
        if len(name) == 3 and name[-1] in _NEVER_LAST and _model_word_at(an, c.end):
            # a character that ends no given name of a three-character name (not 池田大作) is cut
            # wherever the model reads a word after it:
            # 副主席|邵鸿作/PER|提案/n, 副主席|韩正在/PER|京/LOC (jieba: 邵鸿作, 韩|正在: not cut again)
            return [Candidate(c.start, c.end - 1, c.type, c.source, c.score)]
        for tail in _GLUED_TAILS:  # 习近平和|普京, 习近平等: a conjunction glued to a name
            if name.endswith(tail) and len(name) - len(tail) >= 3:
                return _repair(an, Candidate(c.start, c.end - len(tail), c.type, c.source, c.score))
        if word_tags().get(name, "") in _WORD_TAGS and not (len(name) == 3 and _chinese_name(name)):
            return []  # 殷红, 律己, 许许多多: the dictionary knows these as words
        if name.endswith(("家", "家门")) and len(name) <= 3:
            return []  # 刘家, 阮家门: a family
        if _is_place_name(name):
            return [Candidate(c.start, c.end, "Place", c.source, c.score)]  # 波恩, 阿布贾
        before = ("（" if text[c.start - 1:c.start] == "（" and text[c.end:c.end + 1] == "）"
                  else "——" if text[c.start - 2:c.start] == "——" else "")
        if before and text[:c.start - len(before)].endswith(_org_heads() + _MOVEMENT_HEADS):
            # 巴勒斯坦伊斯兰抵抗运动（哈马斯）, 巴勒斯坦伊斯兰圣战组织（杰哈德）, 抵抗运动——哈马斯:
            # an organisation's short name in brackets or after a dash is the organisation's
            return [Candidate(c.start, c.end, "Agency", "lexicon", c.score)]
        if name.endswith(_org_heads()) and len(name) >= 4:
            return [Candidate(c.start, c.end, "Agency", c.source, c.score)]  # 乔治·梅森大学
        if name.endswith("族") or text[c.end:c.end + 1] == "族":
            return []  # 阿昌族: a people, not a person
        in_table = text[c.start - 1:c.start] == "℃" or text[c.end:c.end + 1].isdigit()
        for weather in _WEATHER:  # 卡拉奇晴, 开罗多云: a city in a weather table
            if name.endswith(weather) and (in_table or _is_place_name(name[:-len(weather)])):
                return [Candidate(c.start, c.end - len(weather), "Place", c.source, c.score)]
        for leader in ordered_lexicon("leader_titles.txt"):
            # 科威特新任|埃米尔米沙勒, 纳瓦夫埃米尔|逝世: a leader's title the model read into the name
            if len(name) - len(leader) >= 2 and name.startswith(leader):
                return _repair(an, Candidate(c.start + len(leader), c.end, c.type, c.source, c.score))
            if len(name) - len(leader) >= 2 and name.endswith(leader):
                return _repair(an, Candidate(c.start, c.end - len(leader), c.type, c.source, c.score))
        title = next((t for t in ordered_lexicon("titles.txt") if name.endswith(t) and len(name) > len(t)), None)
        if title:  # 费舍尔议长, 郑弘九段: the title is not part of the name
            if len(name) - len(title) < 2:
                return []  # 陈教授: a surname and a title do not name anyone here
            return _repair(an, Candidate(c.start, c.end - len(title), c.type, c.source, c.score))
        if name[0] == "小" and len(name) >= 3:  # 小马尔蒂尼, 小徐婷: 小 is a form of address
            return _repair(an, Candidate(c.start + 1, c.end, c.type, c.source, c.score))
        extended = _extend_name(an, c, name)
        if extended != c:  # 杜尚|别, 萨尔瓦|多: the whole word may be a place's name
            return _repair(an, extended)
        # 克林顿派|代表, 李明辉代表: a verb the model glued to the name
        for verb in _verbs_after_names():
            if name.endswith(verb) and len(name) - len(verb) >= 2:
                return [Candidate(c.start, c.end - len(verb), c.type, c.source, c.score)]
        return [c]
    if c.type == "Agency":
        if name.endswith("族"):
            return []  # 居住着汉族、|壮族|、瑶族 (xwlb-20231216-02): a people, no organisation
        joint = _JOINT_BODIES.fullmatch(name)
        if joint:  # 江苏省委省政府 (xwlb-20230114-03), 埠河镇党委政府: a committee and a government
            middle = c.start + joint.end(1)
            return [Candidate(c.start, middle, c.type, c.source, c.score), Candidate(middle, c.end, c.type, c.source,
                                                                                   c.score)]
        if len(name) < 2 or name[0] in _LEVEL_ABBREVIATIONS or _AREA.search(name):
            return []  # 县法院: a short form only the rules resolve; 新疆北部: an area, not a ministry
        words = tokenizer().lcut(name)
        if any(word_tags().get(w, "") in _FUNCTION_TAGS for w in words) or name.endswith(("干部", "部队")):
            return []  # 清丰县委|从|选拔干部: a preposition or adverb inside is a clause, not a name
        if len(words) > 1 and word_tags().get(words[-1], "") == "v":
            # 德国举办, 艺术公司合办: a verb ending in 办 is not the head 办
            name = name[:-len(words[-1])]
            c = Candidate(c.start, c.start + len(name), c.type, c.source, c.score)
            if not name.endswith(_org_heads()):
                return []
        if _is_place_name(name):  # 本报巴黎电, 不来梅; 巴西|代表团 read as one organisation
            return _country_organisation(text, Candidate(c.start, c.end, "Place", c.source, c.score))
        if name.endswith("政府"):
            if name[:-2] in _world() or name[:-2] in _abbreviations():
                # 印度政府: the country's government is the country acting, written with a generic noun
                return [Candidate(c.start, c.end - 2, "Place", c.source, c.score)]
            if name[:-2].removesuffix("人民") not in gazetteer().all_names:
                return []  # 克林顿政府, 特区政府: an administration, not a body the text names
        if not name.endswith(_org_heads()):
            if name.endswith(ordered_lexicon("place_suffixes.txt")):
                return _place(c, name)  # 东风水库
            if len(name) <= 3 and word_tags().get(name, "") not in _SHORT_ORG_TAGS:
                return []  # 农村, 综合, 聚力: words, not short names such as 北大, 欧盟, 微软
            if any(word_tags().get(word, "") in _VERB_TAGS for word in tokenizer().lcut(name)):
                return []  # 聚力联防联控: a phrase with a verb is not an organisation's name
        return [c]
    # locations
    if name in _world() or (len(name) <= 3 and name in gazetteer().all_names):
        # 中国|女队, 芬兰|农林部, 古巴|代表团: the model read the country, the organisation goes on
        extended = _country_organisation(text, c)
        if extended[0].type == "Agency":
            return extended
    if len(name) == 1:
        return [c] if name in _abbreviations() else []
    if all(ch in _abbreviations() for ch in name) and not _is_place_name(name) and name not in _known_names(
            an.lexicon_dir):
        # 中美, 中日韩, 欧美: one place per character
        return [Candidate(c.start + i, c.start + i + 1, "Place", c.source, c.score) for i in range(len(name))]
    for side in _SIDES:  # 太平湖畔, 长江边: the place is the lake, the river
        if name.endswith(side) and len(name) - len(side) >= 2:
            return _repair(an, Candidate(c.start, c.end - len(side), c.type, c.source, c.score))
    if _AREA.search(name) and not _is_place_name(name):
        if name.endswith("地区") and len(name) >= 4:  # 西北地区, 中东地区: the region is 西北, 中东
            return _repair(an, Candidate(c.start, c.end - 2, c.type, c.source, c.score))
        return []  # 中部: a part of somewhere
    if name.endswith("地区") and len(name) >= 4:
        return _repair(an, Candidate(c.start, c.end - 2, c.type, c.source, c.score))
    for weather in _WEATHER:  # 曼谷雷阵雨: a city in a weather table
        if name.endswith(weather) and len(name) - len(weather) >= 2 and (
                text[c.end:c.end + 1].isdigit() or text[c.start - 1:c.start] == "℃"):
            return [Candidate(c.start, c.end - len(weather), c.type, c.source, c.score)]
    for direction in _DIRECTIONS:  # 保加利亚南部 is a part of 保加利亚
        if name.endswith(direction) and len(name) > len(direction) + 1:
            return [Candidate(c.start, c.end - len(direction), c.type, c.source, c.score)]
    if _longest_end(name, _org_heads()) > _longest_end(name, ordered_lexicon("place_suffixes.txt")):
        return [Candidate(c.start, c.end, "Agency", c.source, c.score)]  # 中国男队, 镇政府 (政府 over 府)
    if word_tags().get(name, "") in _NOT_PLACE_TAGS or name in _vetoes(an.lexicon_dir).get("Place", ()):
        return []  # 北宋, 沿湖: words, not places
    return _place(c, name)


# punctuation inside quotation marks that makes them quoted speech, not a name or a phrase
_QUOTED_SPEECH = re.compile(r"[，。！？；：、,!?;]")
# what follows two one-character countries' names (中美|两国, 美哥|双方)
_PAIR_NOUNS = word_set("pair_nouns")
_GLUED_TAILS = word_set("glued_tails")
_GLUED_WORDS = frozenset(word_set("glued_words"))
_NEVER_LAST = frozenset(word_set("never_last_in_names"))
_MOVEMENT_HEADS = word_set("movement_heads")
_JOINT_BODIES = re.compile(f"(.+委)({JOINT_GOVERNMENT.pattern})")


def _country_starting(text: str, character: str) -> bool:
    """Whether ``text`` names a country or foreign region whose name starts with ``character``."""
    return any(name.startswith(character) for _, _, name in _world_finder()(text))


def _one_place_each(c: Candidate) -> list[Candidate]:
    return [Candidate(c.start + i, c.start + i + 1, "Place", c.source, c.score) for i in range(c.end - c.start)]


def _place(c: Candidate, name: str) -> list[Candidate]:
    """A place whose name is a kind (花园小区, 幸福花园: a common word and a place
    head) is not a named place."""
    for head in ordered_lexicon("place_suffixes.txt"):
        if name.endswith(head) and len(name) > len(head):
            modifier = name[:-len(head)]
            if (word_tags().get(modifier, "") in _DESCRIPTIVE_TAGS or modifier in lexicon("generic_names.txt")
                    or modifier in ordered_lexicon("place_suffixes.txt")):
                return []
            break
    return [Candidate(c.start, c.end, "Place", c.source, c.score)]


def _longest_end(name: str, heads: tuple[str, ...]) -> int:
    """The length of the longest of ``heads`` (ordered longest first) ``name`` ends with."""
    return next((len(h) for h in heads if name.endswith(h)), 0)


@cache
def _place_heads() -> tuple[str, ...]:
    return ordered_lexicon("place_suffixes.txt") + ("城",)


@cache
def _org_heads() -> tuple[str, ...]:
    return ordered_lexicon("org_suffixes.txt")


def _cuts_a_word(an: Analysis, start: int, end: int) -> bool:
    """Whether a span starts or ends inside a word of the segmenter's dictionary that is
    not a name (the model's boundary is then the wrong one)."""
    tags = word_tags()
    for edge in (start, end):
        if edge in an.boundaries:
            continue
        token = an.token_at(edge)
        if token is not None and tags.get(token[2], "nr")[:2] not in ("nr", "ns", "nt", "nz"):
            return True
    return False


def _enclosing_quote(an: Analysis, start: int, end: int) -> tuple[int, int] | None:
    held = an.quote_index.holding(start, end)
    return held[0] if held else None


def fuse(taken: list[tuple[int, int, str]], candidates: list[Candidate], text: str = "") -> list[Candidate]:
    """The fusion policy, in one place.

    ``taken`` are the spans (start, end, type) that the gazetteer and the rules
    resolved: their readings are linked and more specific, so a candidate that
    overlaps one loses, except that an organisation may contain divisions and
    places (北京|九十中学, 四川|有线电视台: the rule read only the division).
    Among the rest the longest wins, then the leftmost; chosen candidates never
    overlap each other."""
    chosen: list[Candidate] = []
    resolved = SpanIndex(taken)
    starts: list[int] = []  # of the chosen, which never overlap: sorted, the neighbours tell
    ends: dict[int, int] = {}
    ordered = sorted(candidates, key=lambda c: (-_SOURCE_RANK.get(c.source, 0), c.start - c.end, c.start))
    for c in ordered:
        if any(not _may_contain(c, s, e, t, text) for s, e, t in resolved.overlapping(c.start, c.end)):
            continue
        at = bisect.bisect_left(starts, c.end)
        if at and ends[starts[at - 1]] > c.start:
            continue
        bisect.insort(starts, c.start)
        ends[c.start] = c.end
        chosen.append(c)
    return sorted(chosen, key=lambda c: (c.start, -c.end))


def _may_contain(c: Candidate, start: int, end: int, type_: str, text: str = "") -> bool:
    """An organisation's name may hold other names: 北京|九十中学, 国务院|法制办公室,
    李嘉诚|基金会 (the rule read a shorter name than the organisation's), but not after a
    conjunction (和|县公安局).  A person's name may hold a place's: 许|银川,
    内|塔尼亚|胡, 武村|正义 (a village by its name)."""
    if not (c.start <= start and end <= c.end and (end - start) < (c.end - c.start)):
        return False
    if c.type == "Agency":
        return not (start - c.start == 1 and text[c.start:start] in GLUED_BREAKS)
    if c.type == "Place" and c.source == "model" and type_ == "AdministrativeDivision" and start == c.start:
        # 北京|图书大厦, 杭州|植物园: a site named after its city; not a chain of divisions
        # 北京|人民大会堂 and 新疆|煤炭 stay apart: the rest must end in a place head
        rest = text[end:c.end]
        return (len(rest) >= 2 and rest not in gazetteer().all_names and not rest.endswith(_DIVISION_SUFFIXES + ("区",))
                and rest.endswith(ordered_lexicon("place_suffixes.txt")))
    return c.type == "Person" and type_ in ("AdministrativeDivision", "Place")




@stage(reads=("text", "tokens", "model_tokens", "AdministrativeDivision", "Agency"), writes=("Agency", "pending"))
def find_model_agencies(an: Analysis) -> None:
    """Fuse every candidate once, and add the organisations now: the people stage
    reads posts after them (中央军委|委员|李尚福).  The other names wait for
    :func:`find_model_entities`, after the rules for people, programs and places."""
    if an.model_tokens is None:
        return

    taken = [(m.start, m.end, m.type) for m in an.mentions if m.end > m.start]
    model_starts = [t.start for t in an.model_tokens]
    known = known_names(an)
    model = [_with_units(an, c, model_starts) for c in model_candidates(an) + ministries(an) + known
             + periodicals(an)] + [r for c in leaders(an) for r in _repair(an, c)]
    model = _one_type_per_name(an.text, model)
    model = _over_known_parts(an.text, model)
    model = _after_locating_divisions(an, model)
    occurrences = _world_finder()(an.text)
    countries = world_places(an, occurrences, known)
    # a model name that cuts through a country's name, or lies inside one, is wrong: 几内亚比|绍, 安提|瓜和巴布达
    every_country = SpanIndex((ws, we) for ws, we, _ in occurrences)
    model = [c for c in model if not any(not (c.start <= ws and we <= c.end)
                                         for ws, we in every_country.overlapping(c.start, c.end))]
    chosen = fuse(taken, model + countries, an.text)
    an.pending = [c for c in chosen if c.type != "Agency"]
    an.pending_names = {c.start: c.end for c in an.pending if c.type == "Person"}
    committees = {}  # where a committee the fusion chose ends -> its name
    for c in chosen:
        if c.type != "Agency":
            continue
        written = an.text[c.start:c.end]
        if _longest_end(written, ordered_lexicon("place_suffixes.txt")) > _longest_end(written, _org_heads()):
            an.pending.append(Candidate(c.start, c.end, "Place", c.source, c.score))
            continue
        label = canonical_head(written)
        if written.endswith("委"):
            committees[c.end] = written
        elif c.start in committees and JOINT_GOVERNMENT.fullmatch(written):
            # 江苏省委|省政府: the government of the committee's division (江苏省人民政府)
            committee = committees[c.start]
            label = committee.removesuffix("党委").removesuffix("委") + "人民政府"
        an.add(Mention.make("Agency", an.doc.id, c.start, c.end, written, label, agency_key(label),
                            found_by="model"))
    an.mentions.sort(key=lambda m: (m.start, -m.end))


def _joint(text: str, start: int, middle: int, end: int) -> bool:
    """Whether [middle, end) is the government of the committee [start, middle) written
    together with it (江苏省委|省政府, 埠河镇党委|政府): two bodies, not one name."""
    return text[start:middle].endswith("委") and bool(JOINT_GOVERNMENT.fullmatch(text, middle, end))


def _one_type_per_name(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """巴勒斯坦伊斯兰抵抗运动（哈马斯）… 哈马斯方面对此没有确认: a name read as an
    organisation once in an article, on evidence (after its full name, or on the white
    list), is that organisation wherever the model reads it as a person (xwlb-20230407-11);
    the model's own guess is no evidence (总统|阿里/ORG is a person)."""
    agencies = {text[c.start:c.end] for c in candidates if c.type == "Agency" and c.source == "lexicon"}
    return [Candidate(c.start, c.end, "Agency", c.source, c.score)
            if c.type == "Person" and text[c.start:c.end] in agencies else c for c in candidates]


def _after_locating_divisions(an: Analysis, candidates: list[Candidate]) -> list[Candidate]:
    """长沙市|芙蓉区人民法院, 辽宁省|开原公安交警三中队: an organisation is named from its
    own division; the divisions written before that one locate it.  A model organisation
    that starts with a chain of divisions starts at the last of them, or, after a single
    division, at the name of a division inside it (开原 is in 辽宁省), as the rules read
    them (湖北省|公安县人民法院)."""
    divisions = {m.start: m for m in an.mentions if m.type == "AdministrativeDivision" and m.end > m.start}
    if not divisions:
        return candidates
    text, gaz = an.text, gazetteer()
    out = []
    for c in candidates:
        first = divisions.get(c.start) if c.type == "Agency" else None
        if first is not None:
            chain = [first]
            while chain[-1].end in divisions and chain[-1].end < c.end:
                chain.append(divisions[chain[-1].end])
            start = chain[-1].start if len(chain) >= 2 else c.start
            last = chain[-1]
            node = last.prop("node")
            if len(chain) == 1 and node is not None and last.end < c.end:
                inner = next((k for k in range(min(6, c.end - last.end - 1), 1, -1)
                              if any(gaz.is_within(n, node) and n != node
                                     for n in gaz.lookup(text[last.end:last.end + k]))), 0)
                if inner:
                    start = last.end
            if start > c.start and c.end - start >= 3:
                c = Candidate(start, c.end, c.type, c.source, c.score)
        out.append(c)
    return out


def _over_known_parts(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """联合国|艾滋病联合计划署, 杜马|议会党团, 美国|海军: a white-list name is often a part
    of a longer organisation's name.  The model's organisation that holds one and ends in
    an organisation head, or in that name, ranks with the white list: the longer name wins."""
    known = SpanIndex((c.start, c.end) for c in candidates if c.source == "lexicon")
    if not known.spans:
        return candidates
    out = []
    for c in candidates:
        inner = [(s, e) for s, e in known.overlapping(c.start, c.end)
                 if c.start <= s and e <= c.end and (s, e) != (c.start, c.end)]
        # 联合国|难民署 (the name ends in a head), 美国|海军 (it ends in the white-list name)
        if c.source == "model" and c.type == "Agency" and inner and (
                text[c.start:c.end].endswith(_org_heads()) or any(e == c.end for _, e in inner)):
            c = Candidate(c.start, c.end, c.type, "lexicon", c.score)
        out.append(c)
    return out


@stage(reads=("text", "pending", "Person", "Place", "Program"),
       writes=("Person", "Place", "AdministrativeDivision", "locatedIn"))
def find_model_entities(an: Analysis) -> None:
    """Add the model's people and places that no rule found."""
    if an.model_tokens is None:
        return

    taken = SpanIndex((m.start, m.end, m.type) for m in an.mentions if m.end > m.start)
    chosen = [c for c in an.pending if not any(
        not _may_contain(c, s, e, t, an.text) for s, e, t in taken.overlapping(c.start, c.end))]
    people = SpanIndex((c.start, c.end) for c in chosen if c.type == "Person")
    places = SpanIndex((c.start, c.end) for c in chosen if c.type == "Place")
    located: dict[int, Mention] = {}  # a place's start -> the division its name starts with
    if people.spans or places.spans:
        kept = []
        for m in an.mentions:
            if m.type in ("AdministrativeDivision", "Place") and m.end > m.start and people.holding(m.start, m.end):
                continue  # a place the rules read inside a person's name was part of the name
            if m.type == "AdministrativeDivision" and m.end > m.start:
                holders = [s for s, e in places.holding(m.start, m.end) if (s, e) != (m.start, m.end)]
                if holders and not m.prop("implicit"):  # 北京|图书大厦: where the place is, with no span of its own
                    located[holders[0]] = m
                    props = dict(m.props)
                    props["implicit"] = True
                    m = Mention.make(m.type, m.document, m.start, m.end, m.text, m.label, m.key, **props)
            kept.append(m)
        an.mentions[:] = kept
    for c in sorted(chosen, key=lambda c: (c.start, -c.end)):
        written = an.text[c.start:c.end]
        if c.type == "Person":
            # 村党总支书记|王德顺: a title right before the name makes an official
            role = "official" if _title_before(an.text, c.start) else "other"
            an.add(Mention.make("Person", an.doc.id, c.start, c.end, written, written,
                                person_key(written, scope_of(an)), role=role, found_by="model"))
        elif written.endswith(_DIVISION_SUFFIXES) and len(written) > 2:
            if not model_division_name(an, c.start, c.end):
                continue  # 全面|启动社区|清淤, 自然村: a phrase or a kind, no division
            # 城关镇: a division by its name, which the gazetteer could not pin down (many
            # townships share it) or does not hold: a division, not linked
            unlinked_division(an, c.start, c.end, written, found_by="model")
        else:
            an.add(Mention.make("Place", an.doc.id, c.start, c.end, written, written, place_key(written),
                                found_by="model"))
            if c.start in located and located[c.start].key:
                an.fact(place_key(written), "locatedIn", located[c.start].key, c.start)
    _listed_people(an)
    an.mentions.sort(key=lambda m: (m.start, -m.end))


# an item of a list written with 、: after one (up to the next, or 和, 及, 与, 等), or before one
_LIST_ITEM = re.compile(r"(?<=、)([\u4e00-\u9fff]{2,3})(?=[、和及与等])|([\u4e00-\u9fff]{2,3})(?=、)")


def _listed_people(an: Analysis) -> None:
    """王沪宁、蔡奇、丁薛祥、李希: an item of a list written with 、, next to a Chinese
    name the stages read as a person, is a person when it reads as a Chinese name (a
    surname and one or two characters, as :func:`read_name` reads them); the model often
    misses one name of a long list of officials."""
    people = {m.start: m for m in an.mentions if m.type == "Person" and m.end > m.start}
    if not people or "、" not in an.text:
        return
    ends = {m.end: m for m in people.values()}
    text = an.text
    taken = SpanIndex((m.start, m.end) for m in an.mentions if m.end > m.start)
    for match in _LIST_ITEM.finditer(text):
        group = 1 if match.group(1) else 2
        start, end = match.start(group), match.end(group)
        if taken.overlaps(start, end):
            continue
        before = (start - 1) in ends and text[start - 1] == "、" and _chinese_name(ends[start - 1].text)
        after = text[end:end + 1] == "、" and (end + 1) in people and _chinese_name(people[end + 1].text)
        if not (before or after):
            continue
        name = text[start:end]
        if read_name(text, start, an.boundaries | {end}) == name:
            an.add(Mention.make("Person", an.doc.id, start, end, name, name, person_key(name, scope_of(an)),
                                role="other", found_by="list"))


@stage(reads=("Agency", "AdministrativeDivision", "Place", "Person", "Program"), writes=())
def flatten_nested(an: Analysis) -> None:
    """The last stage: names inside an organisation's name are part of that name.

    A division, place, agency or person written inside an agency (北京 in 北京大学,
    公安县 in 公安县人民法院, 国务院 in 国务院法制办公室) stays an entity of the
    article, with every relation the stages read from it (the agency's
    ``locatedIn``, ``subOrganizationOf``), but its mention no longer claims
    the characters: the outermost name owns a span, as in spaCy's ``filter_spans``
    and in the annotation of the People's Daily NER set."""
    agencies = SpanIndex((m.start, m.end) for m in an.mentions if m.type == "Agency" and m.end > m.start)
    if not agencies.spans:
        return
    out = []
    for m in an.mentions:
        if m.end > m.start and not m.prop("implicit") and any(
                (s, e) != (m.start, m.end) for s, e in agencies.holding(m.start, m.end)):
            props = dict(m.props)
            props["implicit"] = True
            m = Mention.make(m.type, m.document, m.start, m.end, m.text, m.label, m.key, **props)
        out.append(m)
    an.mentions[:] = out


def _title_before(text: str, offset: int) -> bool:
    titles = lexicon("titles.txt")
    return any(text[offset - k:offset] in titles for k in range(1, min(offset, 6) + 1))


_SIDES = word_set("sides")
_WEATHER = word_set("weather")


def _model_token_at(an: Analysis, offset: int):
    """The model's word that starts at ``offset``, or None."""
    tokens = an.model_tokens or ()
    at = bisect.bisect_left(tokens, offset, key=lambda t: t.start)
    return tokens[at] if at < len(tokens) and tokens[at].start == offset else None


def _last_character_before_a_date(an: Analysis, end: int) -> bool:
    """Whether the one character at ``end`` is the last of a name the model cut before a
    date (欧尔|班|27日): the model reads it alone, no function word, then a date in digits."""
    text = an.text
    following, date = _model_token_at(an, end), _model_token_at(an, end + 1)
    return (following is not None and following.end == end + 1 and bool(_CJK.match(text[end]))
            and following.tag not in _MODEL_NOT_NAME_TAGS and text[end] not in _AFTER_NAME
            and date is not None and date.tag == "TIME" and text[end + 1].isdigit())


def _model_word_at(an: Analysis, offset: int) -> bool:
    """Whether the model reads a word of its own starting at ``offset``, not a name."""
    token = _model_token_at(an, offset)
    return token is not None and token.tag != "PER"


def _extend_name(an: Analysis, c: Candidate, name: str) -> Candidate:
    """罗豪|才主持, 冈田|武史说: the model stopped inside a name that the segmenter
    reads whole (a word it does not know, or knows as a name)."""
    if _last_character_before_a_date(an, c.end):
        # 匈牙利总理|欧尔|班|27日|表示: the model ended the name one character early, before a date
        return Candidate(c.start, c.end + 1, c.type, c.source, c.score)
    token = an.token_at(c.start)
    if token is not None and token[1] == c.end and len(name) == 2 and _chinese_name(name + "x"):
        following = an.token_at(c.end)
        if (following is not None and following[1] - following[0] == 1 and following[1] in an.boundaries
                and word_tags().get(following[2], "") == "nr" and _CJK.match(following[2])
                and an.text[following[1]:following[1] + 1] not in ("", "、", "，", "。")
                and following[0] not in an.model_names):
            # 方齐|连|上任, 高允|连|对: the model read a surname and one character, and the
            # segmenter reads the next character alone, as a name's: the given name's second
            return Candidate(c.start, following[1], c.type, c.source, c.score)
    if token is None or token[0] != c.start or token[1] <= c.end or token[1] - c.end > 2:
        return c
    word = token[2]
    if word_tags().get(word, "") not in _NAME_WORD_TAGS or not all(_CJK.match(ch) for ch in word):
        return c
    if an.text[c.end] in _NEVER_LAST or (
            word not in word_tags() and an.text[c.end] in _AFTER_NAME and _model_word_at(an, c.end)):
        # 秘书长|刘奇|作|了|说明, 总统|卢拉|将|于, 书记|李希|在|研讨班: the segmenter guessed a word
        # it does not know (刘奇作) where the model reads the name and the next word apart; a
        # character that ends no given name is never taken (副主席|邵鸿|作|提案)
        return c
    if _chinese_name(name) and not _chinese_name(word):
        return c  # a Chinese name has at most two characters after its surname
    return Candidate(c.start, token[1], c.type, c.source, c.score)
