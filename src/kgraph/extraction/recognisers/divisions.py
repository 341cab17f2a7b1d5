"""Stage 1: administrative divisions, found in the text and linked to the gazetteer.

Names are matched against the gazetteer (official names at every level, short
names such as 荆州 for the upper three), then disambiguated: a division written
right after its parent (石首市高陵镇) must lie inside it; otherwise the candidate
inside the deepest division already known in the article, or inside the
paper's home region, wins.  Names the gazetteer lacks (new communities,
abolished counties, misprints) still become divisions when the text shows one,
and each such mismatch is noted.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache
from itertools import accumulate

from ...gazetteer import LEVELED_SHORT_ENDINGS, gazetteer
from ...resources import (data_words, lexicon, longest_first, offsets, ordered_lexicon, pos_tags, table, tokenizer, word_pattern, word_set,
                          word_tags)
from ..analysis import Analysis, Region, stage
from ..lexicons import COUNTY_LEVEL_CHARACTERS, TOWNSHIP_LEVEL_CHARACTERS, UNKNOWN_DIVISION_SUFFIXES, transliteration_characters, without_party_prefix, world_finder
from ..linkers import division_key, link_division, unlinked_division, unlinked_division_key
from ..names import address_words, name_written_from, surnames, tibetan_name, title_at, title_before, titled_names
from ..world import local_page
from ..world import country_abbreviations, foreign_name
from .zones import zone_kinds

__all__ = ["zone_names", "division_namesakes", "home_candidates", "after_a_country", "foreign_division", "common_head", "unlinked_division", "model_division_name", "Candidate", "scan", "infer_region", "find_divisions", "division_key", "region_named",
           "BEFORE_LEVEL_WORDS", "LEVEL_CHARACTERS", "LIST_JOINERS", "UPPER_LEVEL_CHARACTERS", "TOWNSHIP_SUFFIXES", "VILLAGE_SUFFIXES", "CHINESE_NUMERALS",
           "counts_divisions"]

_CJK = re.compile(r"[\u4e00-\u9fff]")
_MAX_NAME = 16
_UNKNOWN_SUFFIX_RE = re.compile("|".join(row.suffix for row in UNKNOWN_DIVISION_SUFFIXES))
_SUFFIX_SPAN = {row.suffix: (row.least, row.most) for row in UNKNOWN_DIVISION_SUFFIXES}
# the endings of villages and communities the gazetteer lacks (新华|村, 三湾路|社区)
LEVEL_CHARACTERS = frozenset(word_set("division_level_characters"))
# the level characters of a township or above, which a body's or a venue's name opens with (县委, 县|安委会,
# 县|人民会堂; not 村: 村|党支部 names a village the article may not)
UPPER_LEVEL_CHARACTERS = LEVEL_CHARACTERS - {"村"}
BEFORE_LEVEL_WORDS = frozenset(word_set("before_level_words"))
LIST_JOINERS = frozenset(word_set("body_list_joiners"))
VILLAGE_SUFFIXES = tuple(row.suffix for row in UNKNOWN_DIVISION_SUFFIXES if row.level == "village")
TOWNSHIP_SUFFIXES = tuple(row.suffix for row in UNKNOWN_DIVISION_SUFFIXES if row.level == "township")  # 街道 镇 乡 苏木


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    name: str
    nodes: tuple[int, ...]
    short: bool  # matched by a short name (荆州 for 荆州市)


def _candidate(start: int, piece: str) -> Candidate:
    """The gazetteer name ``piece`` at ``start``, with the divisions of its full name first."""
    gaz = gazetteer()
    full = gaz.by_name.nodes(piece)
    shorts = gaz.by_short.nodes(piece)
    nodes = full + tuple(x for x in shorts if x not in full)
    # an autonomous county's short name and its level is written as a full name is (云南|石林县|委副书记, a county's
    # tobacco news, 2014: 石林彝族自治县), and a people's district's (管城区): no short name, which only a page's region
    # could tell
    leveled = any(piece == gaz.shorts[x] + gaz.names[x][-1] and gaz.names[x].endswith(LEVELED_SHORT_ENDINGS)
                  for x in shorts)
    # so is a banner's short name that keeps its level (科左中旗, 土左旗: a banner's own page, 2015-2024), which no word
    # of the language ends as
    leveled = leveled or (len(piece) >= 3 and any(gaz.shorts[x] == piece and piece[-1] == gaz.names[x][-1] == "旗"
                                                  for x in shorts))
    return Candidate(start, start + len(piece), piece, nodes, short=not full and not leveled)



def scan(text: str) -> list[Candidate]:
    """Every longest gazetteer name in the text, left to right, not overlapping; but a joiner after a division opens
    no name where a division's full name starts after it and runs past that one (谢家集区|和|田家庵区, 淮南市's page, 2021:
    no 和田, the short name of 和田地区)."""
    gaz = gazetteer()
    found = gaz.names_in(text, _MAX_NAME)
    out: list[Candidate] = []
    for start, piece in found:
        if out and start < out[-1].end:
            continue  # inside the longer name read after a joiner
        if out and out[-1].end == start and piece[0] in LIST_JOINERS:
            after = gaz.names_in(text[start + 1:start + 1 + _MAX_NAME], _MAX_NAME)
            if after and after[0][0] == 0 and len(after[0][1]) >= len(piece) and gaz.by_name.nodes(after[0][1]):
                start, piece = start + 1, after[0][1]
        out.append(_candidate(start, piece))
    return out


def home_candidates(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates that may tell where a page is at home: not a name whose first character ends a title of two
    characters the character before it opens (副县|长武|英喆: 副县长 武英喆, a county's page, 2023 — no 长武县 of 陕西),
    unless a division is written right before (湖南省|长沙市: 省长 no title there), as find_divisions reads them."""
    ends = {c.end for c in candidates}
    return [c for c in candidates if not (_opens_with_a_titles_end(text, c.start) and c.start not in ends)
            and not _inside_a_title(text, c)]


def _opens_with_a_titles_end(text: str, start: int) -> bool:
    """Whether the character at ``start`` ends a title of two characters the one before it opens (外|长, 县|长)."""
    return start > 0 and text[start - 1:start + 1] in _two_character_titles()


def _inside_a_title(text: str, c: Candidate) -> bool:
    """Whether a name is the opening of a title written there that goes on past it: 县委副书记、|代县|长|孟兰生 (a county's
    page, 2023: the acting county head, no 代县 of 忻州市), or ends inside one (代|理县|长)."""
    title = title_at(text, c.start)
    if title is not None and c.start + len(title) > c.end:
        return True
    # or a name of two characters whose level's character opens a title and whose first ends a word begun before it:
    # 任命纪道清为|代|理县|长 (房县's page, 2016: 代理县长, the acting county head, no 理县 of 阿坝州)
    return len(c.name) == 2 and c.start > 0 and title_at(text, c.end - 1) is not None \
        and text[c.start - 1:c.start + 1] in word_tags()


def _hidden_names(an: Analysis, cands: list[Candidate], places: frozenset[tuple[int, int]]) -> list[Candidate]:
    """The candidates, each name that starts no word of the segmenter replaced by the name it hid, if
    any.  The scan takes the longest name where one first starts, so that 亲临江苏 gave 临江 and hid
    江苏 (jieba: 亲临|江苏, xwlb-20230119-01), 南连南宁 gave 连南 and hid 南宁 (南连|南宁), 肯定西藏 gave 定西
    and hid 西藏; the hidden name starts a word and ends before the next candidate.  A short name that
    starts a word but ends inside the next gives way to a whole word it hid after a function word:
    从/p|江苏|滨海 gave 从江 (从江县) and hid 江苏 (xwlb-20230312-18); not 饶/v|河源|国家湿地公园 (the source
    of the 饶河, not 河源市).  A name the model
    reads as a place though glued to the word before (首都北京: :func:`_glued_place`) stays, and so does
    one right after another division (石首市高陵镇 needs no word start)."""
    text, boundaries = an.text, an.boundaries
    out: list[Candidate] = []
    for i, c in enumerate(cands):
        # a short name that ends inside a word may hide one too: 从|江苏 gave 从江 (从江县), hid 江苏
        across = c.start in boundaries and c.short and c.end not in boundaries
        if (c.start in boundaries and not across) or _glued_place(an, c, places) or (i and cands[i - 1].end == c.start):
            out.append(c)
            continue
        limit = cands[i + 1].start if i + 1 < len(cands) else len(text)
        hidden = None
        for p in range(c.start + 1, c.end):
            if p not in boundaries:
                continue
            found = gazetteer().names_in(text[p:min(limit, p + _MAX_NAME)], _MAX_NAME)
            if found and found[0][0] == 0 and (not across or (
                    p + len(found[0][1]) in boundaries and word_tags().get(text[c.start:p], "") in _PARTICLE_TAGS)):
                hidden = _candidate(p, found[0][1])
                break
        out.append(hidden or c)
    return out


def _glued_place(an: Analysis, c: Candidate, places: frozenset[tuple[int, int]]) -> bool:
    """Whether a name the segmenter glued to the word before is the model's place all the same:
    群众来到|首都北京/ns|的 (xwlb-20230101-07; the model: 首都/n|北京/LOC), 点|赞成|都|大运会 — the word
    before is a word of its own (首都), or the segmenter's word ends inside the name (赞成|都); not
    重要|出海口 (出 is no word of two), 昆士兰州 (Queensland: 昆士 is none), nor a name inside a longer word
    (中华全国台湾同胞联谊会)."""
    if (c.start, c.end) not in places:
        return _after_a_glued_preposition(an, c)
    token = an.token_at(c.start)
    if token is None or token[1] > c.end:
        return False
    before = an.text[token[0]:c.start]
    # (or a verb of one character the unknown-word model glued to it: 高新区|驻高岗镇/HMM|的驻镇干部, a zone's page, 2023)
    return token[1] < c.end or (len(before) >= 2 and before in word_tags()) or (
        len(before) == 1 and an.text[token[0]:token[1]] not in word_tags()
        and word_tags().get(before, "")[:1] in ("v", "p"))


def _a_phrase_of_village_words(an: Analysis, c: Candidate) -> bool:
    """Whether a village's or a community's name the gazetteer holds is read from words of another phrase
    (local pages, 2017-2024): what comes before its level is a kind (generic_names.txt: 文明|村 of 全国文明村)
    or a verb (民警|组织|村民, 美化|社区, 保障|社区); not 邢台县|南市屯|村农民 (pd-dev: the segmenter's mistake)."""
    stem = c.name.removesuffix("社区").removesuffix("村")
    return stem in lexicon("generic_names.txt") or word_tags().get(stem, "").startswith("v")


def _enumerates(text: str, start: int) -> bool:
    """Whether a name read at ``start`` opens with a point's number (一是, 二是, 其三是: word set point_numbers)."""
    return text.startswith(word_set("point_numbers"), start)


def _after_a_glued_preposition(an: Analysis, c: Candidate) -> bool:
    """Whether the segmenter glued a preposition to the first character of a name written with its
    level (活动|由元|江县|党群服务中心|…开展, a county's page, 2024: 元江县, not an unknown 江县), or to the page's own
    county's short name (为安次)."""
    token = an.token_at(c.start)
    if token is None or token[0] != c.start - 1 or word_tags().get(an.text[c.start - 1], "") != "p":
        return False
    # (or the page's own county's short name, the segmenter's word ending with it: 履行社会责任,|为安次|经济社会发展 on
    # 安次区's page, 2019)
    return (c.start < token[1] < c.end and len(c.name) >= 3 and c.name[-1] in LEVEL_CHARACTERS) or (
        token[1] == c.end and c.short and an.region.node is not None and an.region.node in c.nodes)


def _names_a_street_or_feature(an: Analysis, c: Candidate, places: frozenset[tuple[int, int]]) -> bool:
    """Whether a short name and a street's, a natural feature's or a building's ending after it (word sets
    street_endings: 街, 路; feature_characters: 山, 湖; shrine_characters: 寺, 庙) are one place the model reads (中山|街
    as 中山街/LOC, 祁连|山 as 祁连山/LOC, 镇江|寺 as 镇江寺/LOC): the street, the mountain or the temple named after the
    place or naming it, no division."""
    ending = next((e for e in (*word_set("street_endings"), *word_set("feature_characters"), *word_set("shrine_characters"))
                   if an.text.startswith(e, c.end)), None)
    return ending is not None and (c.start, c.end + len(ending)) in places


def _model_places(an: Analysis) -> frozenset[tuple[int, int]]:
    """The spans the model reads as places (LOC)."""
    return frozenset((t.start, t.end) for t in an.model_tokens or () if t.tag == "LOC")


def region_named(name: str) -> Region:
    """The region a user names (荆州, 荆州市, 湖北省荆州市)."""
    gaz = gazetteer()
    nodes = [n for n in gaz.lookup(name) if gaz.levels[n] <= 3]
    if not nodes:
        for n in gaz.by_name.get(name[-4:], []) + gaz.by_short.get(name, []):
            nodes.append(n)
    nodes = sorted(set(nodes), key=lambda n: gaz.levels[n])
    return Region(nodes[0] if nodes else None, stated=bool(nodes))


def _region_of_the_crumbs(crumbs: list[str]) -> int | None:
    """The division the page's place in its site names, the deepest crumb that names one alone (首页> 天津区域> 宁河>
    正文: 宁河区 of 天津市; > 要闻动态 > 黎川要闻: 黎川县); None where no crumb does."""
    gaz = gazetteer()
    found = None
    for crumb in crumbs:
        nodes = [n for n in gaz.lookup(crumb) if gaz.levels[n] <= 3]
        if found is not None and len(nodes) > 1:
            nodes = [n for n in nodes if gaz.is_within(n, found)]
        if len(nodes) == 1 and (found is None or gaz.is_within(nodes[0], found)):
            found = nodes[0]
    return found


def infer_region(candidates: list[Candidate], publication: str | None = None, page: bool = False,
                 crumbs: list[str] = (), text: str = "", zoned: list[Candidate] = (),
                 dateline: str | None = None) -> Region:
    """The prefecture a page is about: its paper's city or county if the name says so (荆州日报,
    安吉新闻, 今日平江, 上海嘉定; a county-level division the publisher names whole, longer than a city's name it opens
    with: 长春经济技术开发区), else its place in its site (``crumbs``: 首页> 天津区域> 宁河) naming a city or a county,
    else the one county named only by its short name before a kind of zone (``zoned``: 平利|经开区, with 县委 written
    in ``text``), else, on a page of several articles, the one county it names, else (a page naming no publisher, or
    one whose name names no place and is no national medium's: 观海融媒) the one county its towns are in, else the
    county its paper's ``dateline`` names (农村大众报|高唐|讯), else the prefecture its division names point to most. One
    story naming one county is no county paper's page: a national story names a county and says 市委 of another city
    (河内市委书记, xwlb-20230928-09)."""
    gaz = gazetteer()
    if publication:
        publication = without_party_prefix(publication)  # 中共|来凤县委组织部: 来凤县's paper
        if publication.startswith("中国") and len(publication) > 4 and not any(
                gaz.levels[n] == 1 for size in (2, 3) for n in gaz.lookup(publication[2:2 + size])):
            # 中国|九江网 (a city's news site, 2024): 九江市's, as 九江日报 is; not a province's (中国吉林网: no 吉林市)
            publication = publication[2:]
        for length in range(min(len(publication), 12), 1, -1):
            # the longest division the name opens with: a zone's site names itself whole (信息来源:长春经济技术开发区,
            # 2025: the zone, not 长春市 its first two characters name)
            whole = [n for n in gaz.by_name.get(publication[:length], []) if gaz.levels[n] == 3] if length > 6 else []
            if len(whole) == 1:
                return Region(whole[0], stated=True)
            nodes = [n for n in gaz.lookup(publication[:length]) if gaz.levels[n] == 2] if length <= 6 else []
            if len(nodes) == 1:
                return Region(nodes[0], stated=True)
        county = _publishers_county(publication, candidates, text)
        if county is not None:
            return Region(county, stated=True)
    crumbed = _region_of_the_crumbs(list(crumbs))
    if crumbed is not None and gazetteer().levels[crumbed] >= 2:
        return Region(crumbed, stated=True)
    # (a national medium's story calls no county its own: 全区500多艘渔船, 该市机场 say another's whole, xwlb-2023)
    national = bool(publication) and publication in data_words("world", "national_media.txt")
    county = _county_of_its_zone(candidates, zoned, text) or _one_county_written_short(candidates, text, national) \
        or _one_county_with_its_level_bodies(candidates, text, national)
    if county is not None:
        return Region(county)
    # a publisher whose name names no place (观海融媒, a street's account, 2021) and no national medium says nothing of
    # the page's home: its towns do, as on a page naming no publisher
    placeless = not publication or (publication not in data_words("world", "national_media.txt") and not scan(publication))
    county = (_one_county_named(candidates) if page else None) or (
        _county_of_its_towns(candidates) or _one_county_with_its_towns(candidates) if placeless else None)
    if county is not None:
        return Region(county)
    # the county a paper's dateline names (农村大众报|高唐|讯, a province's farm paper, 2016: 高唐县), one of the gazetteer's
    # by its name or its short name; not a city, where a provincial paper's and a national one's reporters file from
    # (大众日报|济南|讯 … 全省农业工作会议: no page of 济南市's)
    placed = [n for n in gaz.lookup(dateline) if gaz.levels[n] == 3] if dateline else []
    if len(placed) == 1:
        return Region(placed[0])
    votes: Counter[int] = Counter()
    for cand in candidates:
        if cand.name in _common_words():
            continue
        nodes = [n for n in cand.nodes if gaz.levels[n] <= 3 and not (cand.short and gaz.levels[n] == 3)]
        for node in nodes:
            # a district of a municipality votes for the municipality, its prefecture's peer: else the page of
            # 上海's 普陀区 (×5) is 舟山市's, the only city with a district of the name (a district's page, 2018)
            prefecture = gaz.prefecture(node) or (gaz.province(node) if gaz.levels[node] == 3 else None)
            if prefecture is not None:
                votes[prefecture] += 1 / len(nodes)
    if votes:
        weight = max(votes.values())
        tied = [node for node, w in votes.items() if w == weight]
        if len(tied) > 1:
            # prefectures the names point to equally: the one the page writes by name (浦江县 and 金华市 against
            # 规范县's 范县 ×2: a county's page, 2017), else no home: 西安区 (×4) is a district of 辽源市 and of
            # 牡丹江市 (a district court's page, 2024), and the page's 西安区温春镇 tells which, not the gazetteer's order
            written = {n for cand in candidates if cand.name not in _common_words() for n in cand.nodes}
            tied = [node for node in tied if node in written]
        if weight >= 2 and len(tied) == 1:
            return Region(tied[0])
    return Region(None)


def zone_names(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """The short names of ``candidates`` (of ``text``) written before a kind of zone (平利|经开区, 綦江|高新区)."""
    kinds = tuple(zone_kinds())
    return [c for c in candidates if c.short and text.startswith(kinds, c.end)]


def _county_of_its_zone(candidates: list[Candidate], zoned: list[Candidate], text: str) -> int | None:
    """The county a page is about when the one county-level name it writes is a county's short name before a kind
    of zone (``zoned``: :func:`zone_names`), and its bodies are written by that county's level (县委书记杨军、县长陈华
    一同调研|平利|经开区, a county's site, 2022: 平利县; 区委副书记、区长罗成带队前往|綦江|高新区, a district's, 2023:
    綦江区)."""
    gaz = gazetteer()
    counties = {n for c in zoned for n in c.nodes if gaz.levels[n] == 3}
    others = {n for c in candidates for n in c.nodes if gaz.levels[n] == 3 and not c.short}
    if len(counties) != 1 or others - counties:
        return None
    county = next(iter(counties))
    return county if _writes_its_level_bodies(county, text) else None


def _writes_its_level_bodies(county: int, text: str) -> bool:
    """Whether ``text`` writes bodies by the county's level's character opening a word (，县委书记, 县长): not the end
    of another division's name (苏州市委)."""
    level = gazetteer().names[county][-1]
    return re.search(rf"(?<![\u4e00-\u9fff]){re.escape(level)}(?:{_level_bodies()})", text) is not None


def _writes_its_level(county: int, text: str, pronouns: str = "全我本") -> bool:
    """Whether ``text`` writes bodies by the county's level's character (:func:`_writes_its_level_bodies`) or calls the
    level its own by one of ``pronouns`` (全县, 我县, 本县; 该县, the county a story names before: 镇安|工业集中区管委会…|
    该县|加快新入园企业…, a county paper's page, 2013), the two characters one word of the segmenter's (在|全县|范围内, not
    安全|区域, 本|区域, 该|市场, 健全|县乡).  全 only of a county or a banner: 全区 is 广西's or 新疆's as often."""
    level = gazetteer().names[county][-1]
    if _writes_its_level_bodies(county, text):
        return True
    if level not in _LEVELS_CALLED_WHOLE:
        pronouns = pronouns.replace("全", "")
    for found in re.finditer(f"[{pronouns}]{re.escape(level)}", text) if pronouns else ():
        window = max(0, found.start() - 4)
        words = tokenizer().lcut(text[window:found.end() + 4])
        if dict(zip(accumulate(map(len, words), initial=0), words)).get(found.start() - window) == found.group():
            return True  # (the segmenter's word at the match is the two characters)
    return False


# what a county's own page calls its level by (全县, 我县, 本县, 该县: :func:`_writes_its_level`), a national medium's story
# by none
_OWN_LEVEL_PRONOUNS = "全我本该"
# the levels whose whole a page writes 全 before (全县, 全旗): 全区, 全市 say as often a region's or a city's whole
_LEVELS_CALLED_WHOLE = ("县", "旗")


def _one_county_with_its_level_bodies(candidates: list[Candidate], text: str, national: bool = False) -> int | None:
    """The county a one-story page is about when it names one county, written whole, and writes bodies by that
    county's level opening a word (，县委书记…, 县长…: a county's site, its name once in the text) or calls the level its
    own (全县, 我县, 该县: 全州县公安局组织300名警力|在全县范围内…, a county police's page, 2019)."""
    county = _one_county_named(candidates)
    return county if county is not None and (_writes_its_level(county, text, _OWN_LEVEL_PRONOUNS if not national else "")
                                             or _its_court_named_short(county, text)) else None


def _one_county_written_short(candidates: list[Candidate], text: str, national: bool = False) -> int | None:
    """The county a page is about when it writes no county whole, one county's short name that is the segmenter's
    place name (ns) and the gazetteer's only one, and its bodies by that county's level (县委书记封杰,县委副书记、政府
    县长赵贵波…|县退役军人事务局… 支持、关心|子洲|各项事业, a county's site: 子洲县), or its own words for the level
    (:func:`_writes_its_level`: 该县, not in a national medium's story), or its court by the short name twice.  Not where another county's short
    name that is a place name stands beside it (a page on two counties), nor a namesake of a common word."""
    gaz = gazetteer()
    if any(gaz.levels[n] == 3 and len(c.name) > 2 for c in candidates if not c.short
           and c.name not in _common_words() for n in c.nodes):
        return None
    shorts = [c for c in candidates if c.short and c.name not in _common_words()
              and any(gaz.levels[n] == 3 for n in c.nodes)]
    # a short name the segmenter reads otherwise is the county's all the same where it opens the name of a body named
    # after its place (一行还来到|郎溪中学, 县委副书记、县长余宏汉 … 县职教中心, a county's site, 2011: jieba 郎溪/nr;
    # 郎溪县, its one county)
    read = [c for c in shorts if word_tags().get(c.name) == "ns" or _opens_an_own_name(c.name, text)
            or _before_a_places_words(c.name, text)]
    written = _written_alone(shorts, text).most_common(2)
    if written and (written[0][1] >= 3 or (written[0][1] == 2 and written[0][0] not in word_tags())) \
            and (len(written) == 1 or written[1][1] == 1):
        # or one the page writes three times at least, each other once (驻|江华|的省、市政协委员…|江华|职中…感受到|江华|日新
        # 月异…|涔天河|: a county's site, 2025; jieba reads 江华 no place name): 江华瑶族自治县; twice where the
        # dictionary knows no word of it (是进入|双滦|的一个门户,代表着|双滦|的形象 with 区委书记路立营, a district's site,
        # 2017: 承德市双滦区)
        read = [c for c in shorts if c.name == written[0][0]]
    counties = {n for c in read for n in c.nodes}
    if len(counties) != 1:
        return None
    county = next(iter(counties))
    # written once at least as the page's own, not only as where its leaders go or whom they meet (县委书记李明带队|赴|
    # 平江|考察学习, 与|平江|客商座谈: another county's)
    others = tuple(word_set("province_visit_verbs")) + tuple(LIST_JOINERS)
    short = read[0].name
    if not any(at == 0 or text[at - 1] not in others for at in (m.start() for m in re.finditer(re.escape(short), text))):
        return None
    return county if _writes_its_level(county, text, _OWN_LEVEL_PRONOUNS if not national else "") \
        or _its_court_named_short(county, text) else None


def _its_court_named_short(county: int, text: str) -> bool:
    """Whether ``text`` names the county's court or procuratorate by the county's short name twice or more (word set
    courts_named_short: 罗田法院 three times, 罗田县人民法院's page, 2025; 安岳|法院|前往通贤镇…, 安岳县's court, 2024):
    the court's own page, at home in the county."""
    short = gazetteer().shorts[county]
    return bool(short) and len(short) >= 2 and sum(
        text.startswith(_COURTS_NAMED_SHORT, at + len(short)) for at in offsets(text, short)) >= 2


def _before_a_places_words(short: str, text: str) -> bool:
    """Whether ``text`` writes ``short`` right before the words of a place's development or its natives (为|安次|经济社会
    发展|贡献力量, 区委书记张平…, a district's page, 2019; 三门|籍人士, 三门县's page, 2014: word set
    words_after_a_places_name), as a county's own page says of it (jieba tags 安次 nz, 三门 m: no place name)."""
    return any(text.startswith(word_set("words_after_a_places_name"), at + len(short)) for at in offsets(text, short))


def _opens_an_own_name(short: str, text: str) -> bool:
    """Whether ``text`` writes ``short`` right before the head of a body named after its place (郎溪|中学, 江华|医院:
    own_name_heads.txt)."""
    heads = _own_name_heads()
    return any(heads.match(text, at + len(short)) for at in offsets(text, short))


def _market_named_after(text: str, end: int) -> bool:
    """Whether a market's or a shopping district's head (word set trade_heads) closes the words right after ``end``,
    Chinese characters and at most four before it (金阳|市场, 金阳|农贸市场): the market's name, which a county's short name
    opens."""
    return _MARKET_AFTER.match(text, end) is not None


# (not the regulator of markets a county's short name opens: 金阳|市场监督管理局)
_MARKET_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:%s)(?!监)" % "|".join(map(re.escape, word_set("trade_heads"))))


@cache
def _own_name_heads() -> re.Pattern[str]:
    return word_pattern(ordered_lexicon("own_name_heads.txt"))


def _written_alone(candidates: list[Candidate], text: str) -> Counter[str]:
    """How often each candidate's name is written as a word of its own in ``text``, not a person's given name after his
    surname (县长|王|江华|主持会议…|王|江华|指出: no 江华 of a county)."""
    counts = Counter(c.name for c in candidates)
    if not text or not counts or max(counts.values()) < 3:
        return counts  # (too few to name a home, or no text to read them in: not segmented for them)
    # (read in ``text`` itself, the page's: the candidates' offsets are their articles')
    words = tokenizer().lcut(text)
    starts = dict(zip(accumulate(map(len, words), initial=0), words))
    singles = surnames()[0]
    return Counter({name: count if count < 3 else sum(
        1 for at in offsets(text, name) if at in starts and starts.get(at - 1) not in singles) for name, count in counts.items()})


@cache
def _level_bodies() -> str:
    """What a level's character writes its bodies and heads with (委, 长, 政府: word set level_bodies_written)."""
    return word_pattern(word_set("level_bodies_written")).pattern


def _one_county_named(candidates: list[Candidate]) -> int | None:
    """The county a page is about when it names one county and no other, written whole: a county
    paper's page (县委书记周建军… 郧西县要坚持…; 县人大常委会召开… in the next article is 郧西县's too).
    A county's name written short, or one that is a common word, says too little; a page naming two
    counties is a city's, and its 县委 is said in each article."""
    gaz = gazetteer()
    named = [cand for cand in candidates if not cand.short and cand.name not in _common_words()
             and any(gaz.levels[n] == 3 for n in cand.nodes)]
    if any(len(cand.name) > 2 for cand in named):
        # a two-character name is often the end of a word the scan cannot tell (…示范县: 范县), and says less
        # than a longer one written whole beside it (射洪市融媒体中心主办 … 示范县, a county's site, 2017)
        named = [cand for cand in named if len(cand.name) > 2]
    counties = {n for cand in named for n in cand.nodes if gaz.levels[n] == 3}  # a name two counties share counts both
    if len(counties) > 1:
        # of a name's namesakes, the one inside a province or city the page writes (…|河东区|… 走访|天津|五市政公路工程有限公司…
        # a district paper's page: 天津市's 河东区, not 临沂市's; the page's 现代化|新城区 is in none), where that leaves one
        above = {n for cand in candidates if cand.name not in _common_words() for n in cand.nodes if gaz.levels[n] <= 2}
        # or the one the page's towns, written whole, lie in (鼓楼区 … 温泉街道东大社区、华大街道公益社区: 福州市's, not 南京市's,
        # 徐州市's or 开封市's; a district's news site, 2018)
        towns = {gaz.parents[n] for cand in candidates if not cand.short and len(cand.name) >= 3
                 for n in cand.nodes if gaz.levels[n] == 4}
        counties = set()
        for cand in named:
            nodes = {n for n in cand.nodes if gaz.levels[n] == 3}
            # (with no province or city written, a namesake keeps all its counties: 兰山区、河东区 says no home)
            if len(nodes) > 1 and above:
                nodes = {n for n in nodes if any(gaz.is_within(n, a) for a in above)}
            if len(nodes) > 1 and len(nodes & towns) == 1:
                nodes &= towns
            counties |= nodes
    return next(iter(counties)) if len(counties) == 1 else None


def _county_of_its_towns(candidates: list[Candidate]) -> int | None:
    """The county a page is about when it names no county but towns the gazetteer holds once each, all of one
    county: a district's site says 区委, 区人大 and names 南翔镇 (嘉定区's, a district's site, 2022), never 嘉定区.
    None where it names a county or a city of its own level elsewhere, or towns of several counties.  Only for a
    page that names no publisher (a source's medium reports on many places: a national story naming a town)."""
    gaz = gazetteer()
    named = [cand for cand in candidates if not cand.short and cand.name not in _common_words()]
    if any(gaz.levels[n] == 3 for cand in named for n in cand.nodes):
        return None  # a county written whole: read by the rules that read counties
    above = {n for cand in candidates if cand.name not in _common_words() for n in cand.nodes if gaz.levels[n] <= 2}

    def the_one_town(cand: Candidate) -> int | None:
        """The town's one node, or the one of its namesakes in the cities and provinces the page names (中山街道, one
        of many, on a page naming 上海: 松江区's, the street's own site, 2026)."""
        nodes = [n for n in cand.nodes if gaz.levels[n] == 4]
        if len(cand.nodes) > 1 and above:
            nodes = [n for n in nodes if any(gaz.is_within(n, a) for a in above)]
        return nodes[0] if len(nodes) == 1 and (len(cand.nodes) == 1 or above) else None

    towns = {cand.name: gaz.parents[node] for cand in named
             if len(cand.name) >= 3 and (node := the_one_town(cand)) is not None and gaz.levels[gaz.parents[node]] == 3}
    counties = set(towns.values())
    if len(counties) > 1:
        # a word the scan reads as another county's town stands beside them (部|分乡镇: a town of 夷陵区, on a
        # page of 黎川县 naming 湖坊乡、潭溪乡, 2025): the county more of the towns are in, where each other has one
        votes = Counter(towns.values()).most_common()
        if votes[0][1] >= 2 and votes[0][1] > len(votes) - 1 and all(n == 1 for _, n in votes[1:]):
            return votes[0][0]
        return None
    if not counties:
        return None
    if above and not any(gaz.is_within(county, a) for county in counties for a in above):
        # a town of a county in none of the cities and provinces the page names is a word's namesake (推动老|工业基地|走出…
        # on a page naming 天水 and 甘肃, a city paper's, 2023: a township of 广水市, 湖北)
        return None
    # two towns, or one whose name is no word's start (促进|乡村 holds 促进乡, 孙镇平 holds 孙镇: words the scan cannot
    # tell; a town of 乡 or of two characters says too little alone)
    if len(towns) >= 2 or not next(iter(towns)).endswith("乡"):
        return next(iter(counties))
    return None


def _one_county_with_its_towns(candidates: list[Candidate]) -> int | None:
    """The county a page with no publisher is about when it writes one county whole and towns of it, no other
    county's (…调研指导|西吉县|村(社区)“两委”换届选举工作…深入|兴隆镇|单南村和|将台堡镇|保林村, a city's page, 2021):
    its 县委 is that county's, its 市委 the county's city's.  Not a national story (a publisher names its medium)."""
    gaz = gazetteer()
    county = _one_county_named(candidates)
    if county is None:
        return None
    towns = [[n for n in cand.nodes if gaz.levels[n] == 4] for cand in candidates
             if not cand.short and cand.name not in _common_words()]
    towns = [nodes for nodes in towns if nodes]
    # a town of it among each name's namesakes (兴隆镇: 33 towns, one of 西吉县), and of no other county alone
    return county if towns and all(any(gaz.parents[n] == county for n in nodes) for nodes in towns) else None


# what a county's media centre is named with after the county's short name (word set county_media_endings)
_COUNTY_MEDIA = frozenset(word_set("county_media_endings"))


def _publishers_county(publication: str, candidates: list[Candidate], text: str = "") -> int | None:
    """The county a publisher's name opens with: written whole (石泉县人民政府, 石泉县融媒体中心:
    石泉县), or short when the page names the county or a place in it too (安吉新闻 on a page
    naming 安吉县人民医院 or 递铺街道: 安吉县), or when the dictionary knows the short name as a place's
    (来源:如东日报 on a county's site: 如东/ns, 如东县).  A short name that is a common word says too little:
    光明日报 (光明/n) is no paper of 光明区, and 荆州 is 荆州市 (read above) before it is 荆州区."""
    gaz = gazetteer()
    opening = next((w for w in word_set("media_name_openings") if publication.startswith(w)), "")
    publication = publication[len(opening):]  # 今日|平江 (a county's site, 2020): 平江's medium
    for length in range(min(len(publication), 6), 1, -1):
        prefix = publication[:length]
        whole = [n for n in gaz.by_name.get(prefix, []) if gaz.levels[n] == 3]
        if len(whole) == 1:
            return whole[0]
        short = [n for n in gaz.by_short.get(prefix, []) if gaz.levels[n] == 3]
        written = [n for n in short if any(n == c or n in gaz.chain(c)
                                           for cand in candidates if not cand.short for c in cand.nodes)]
        # (or the page writes the short name by itself twice more: 修水网 • 首页资讯 … 推动|修水|走向江西, a county's
        # site, 2018: jieba tags 修水 a verb)
        again = prefix not in _common_words() and _written_alone(
            [c for c in candidates if c.name == prefix], text)[prefix] >= 3
        if len(short) == 1 and (word_tags().get(prefix) == "ns" or publication[length:] in _COUNTY_MEDIA or written
                                or again or (prefix not in _common_words() and _writes_its_level(short[0], text, "我本"))):
            # (普定融媒体中心, a county media centre's account, 2024: the centres are the counties', named after them;
            # so is 通道融媒, 通道侗族自治县's, 2022, though 通道 is a common word; and an account named by the one county's
            # short name on a page calling the county's level its own: 来源:集贤微言 … 县委书记栾伟江…|我县, 2025, where jieba
            # tags 集贤 n)
            return short[0]
        leveled = [n for n in short if _writes_its_level(n, text)]
        if len(short) > 1 and word_tags().get(prefix) == "ns" and len(leveled) == 1:
            # of namesakes, the one whose level the page calls its own (来源:滨海日报 … 全县目标任务: 滨海县 of 盐城市, not
            # 天津's 滨海新区; a county paper's page, 2019)
            return leveled[0]
        if opening and len(written) == 1:
            # 来源:今日平江 … 伍市镇: of 平江县 (湖南) and 平江区 (苏州), the one a town the page names lies in
            return written[0]
    for length in (2, 3):
        # a province's or a city's name, then its county's short name (来源:上海嘉定, a district's site, 2025: 嘉定区)
        above = [n for n in gaz.lookup(publication[:length]) if gaz.levels[n] <= 2]
        rest = publication[length:]
        inside = [n for n in {*gaz.by_short.get(rest[:2], []), *gaz.by_short.get(rest[:3], [])}
                  if gaz.levels[n] == 3 and any(gaz.is_within(n, a) for a in above)]
        cities = [n for k in (2, 3) for n in gaz.lookup(rest[:k]) if gaz.levels[n] == 2]
        if above and len(inside) == 1 and not cities:
            # (湖南长沙 is the city 长沙市, not the county 长沙县 its short name also writes)
            return inside[0]
    return None


@cache
def _common_words() -> frozenset[str]:
    return lexicon("common_division_words.txt")


def _depth_in(node: int, anchors: set[int]) -> int:
    """The level of the deepest anchor on the node's chain (0 if none): how far down
    the context the page set up this reading goes."""
    gaz = gazetteer()
    levels = gaz.levels
    best = levels[node] if node in anchors else 0
    for a in gaz.ancestors(node):
        if a in anchors and levels[a] > best:
            best = levels[a]
    return best


@stage(reads=("text", "tokens", "model_tokens"), writes=("AdministrativeDivision", "partOf"))
def find_divisions(an: Analysis, candidates: list[Candidate]) -> None:
    gaz = gazetteer()
    places = _model_places(an)
    cands = _hidden_names(an, list(candidates), places)
    villages_elsewhere: set[int] = set()  # the starts of villages the gazetteer holds only outside the town written before
    # 1. adjacency: a division written right after another lies inside it
    for i in range(1, len(cands)):
        prev, cur = cands[i - 1], cands[i]
        if prev.end != cur.start:
            continue
        prev_nodes = set(prev.nodes)
        inside = tuple(n for n in cur.nodes if not prev_nodes.isdisjoint(gaz.ancestors(n)))
        if inside:
            above = set(inside).union(*(gaz.ancestors(n) for n in inside))
            parents = tuple(p for p in prev.nodes if p in above)
            cands[i] = replace(cur, nodes=inside)
            cands[i - 1] = replace(prev, nodes=parents)
        elif cur.name in _common_words():
            cands[i] = replace(cur, nodes=())
        elif cur.short and not prev.short and prev.nodes and all(gaz.levels[n] == 2 for n in prev.nodes) \
                and cur.nodes and all(gaz.levels[n] == 2 for n in cur.nodes):
            # 内蒙古|赤峰市|马鞍山|林场 (xwlb-20230811-01): a city's short name written right after another city, whole,
            # that holds it nowhere opens a place's name there, no city of another province (马鞍山市, 安徽)
            cands[i] = replace(cur, nodes=())
        elif prev.nodes and cur.nodes and ((all(gaz.levels[n] == 4 for n in prev.nodes)
                                            and all(gaz.levels[n] == 5 for n in cur.nodes))
                                           or (not cur.short and all(gaz.levels[n] == 3 for n in prev.nodes)
                                               and all(gaz.levels[n] == 4 for n in cur.nodes))):
            # 成山镇|东霞口村 (荣成市's page, 2023): a village written right after its town that the gazetteer holds under
            # no town of the name (only under 阜城县's 霞口镇, 河北) is a village the gazetteer lacks, in that town; and so is
            # a street written right after its district (珠海市香洲区|凤山街道|红荔社区, 2026: no 凤山街道 of 汕尾市)
            villages_elsewhere.add(cur.start)
    # words such as 城区 are divisions only right after their parent; a name must
    # start a word (规范县 holds no 范县) unless it follows another division
    kept = []
    wholes: list[tuple[int, int]] = []  # the model's places that hold a village's name read short
    features: set[int] = set()  # the candidates dropped as a street's or a feature's name (ids)
    taiwan = next(iter(gaz.by_name.nodes("台湾省")), None)
    mainland_page = (an.region.node is not None and "台湾" not in an.text
                     and gaz.province(an.region.node) != taiwan)  # a page at home on the mainland, never naming 台湾
    people = titled_names(an.text, an.model_tokens)  # the names of officials the model reads after their titles
    for i, c in enumerate(cands):
        # (not right after a name dropped as a feature's: 祁连|山南|麓 — the mountains 祁连山, their 南麓: no 山南市)
        adjacent = bool(i) and cands[i - 1].end == c.start and id(cands[i - 1]) not in features
        if not c.nodes or ((c.name in _common_words() or _kind_of_village(c.name) or _ends_in_a_kind(an, c))
                           and not (adjacent and len(c.nodes) < 5)):
            continue  # 20户以上的|自然村: the dictionary's kind of village, though nine villages bear the name
        if (whole := _model_place_holding(an, c, places)) is not None and not (
                adjacent and cands[i - 1].start < whole[0]):
            # 他记忆里的|木|老元村 (jieba; the model: 木老元村/LOC, a county's page, 2025), 青峪镇|青龙|石村|党支部: a
            # village's name whose first characters the segmenter read apart is the model's whole place, no village
            # 老元村 or 石村 of the gazetteer's far away
            wholes.append(whole)
            continue
        if counts_divisions(c.name) and not adjacent:
            continue  # 五村|同建村委办公楼 (a province's news site, 2017): five villages counted, none of the 40 named 五村
        if c.name in _common_words() and c.end not in an.boundaries:
            # even after its parent, a common word read as a division ends a word: 荆州市|公安局 is
            # the city's police bureau, not 公安县 (a county of 荆州市); 天津市|和平路 is a road
            continue
        if not adjacent and ((c.start not in an.boundaries and not _glued_place(an, c, places))
                             or _read_across_words(an, c)):
            shorter = _candidate(c.start, c.name[:-1])
            if c.start in an.boundaries and len(shorter.name) >= 2 and shorter.nodes and shorter.end in an.boundaries:
                kept.append(shorter)  # 海南|区域: the province 海南, written short before the word, no 海南区
            continue  # 规范县 holds no 范县; but 首都北京 (one word of the segmenter) holds 北京, the model's place
        if c.short and all(gaz.levels[n] < 3 for n in c.nodes) \
                and an.text.startswith(word_set("township_unit_heads"), c.end):
            continue  # 海西|派出所: a station named after a town, not a body of 海西州 (township_unit_heads)
        if mainland_page and all(gaz.province(n) == taiwan for n in c.nodes):
            # 到|桃园|乡村振兴齐鲁样板示范区 (德州新闻网, 2021): a mainland page's 桃园, no city of 台湾省; 凤山街道10|大社区
            # (a district's page, 2021) no district 大社区 of 高雄市 (a story with no home, a national one, reads 台北 as
            # 台北市: pd-dev-00345)
            continue
        if c.short and not adjacent and _after_a_foreign_place(an.text, c.start):
            continue  # 美国新墨西哥州|城市|红河 (xwlb-20230529-11): a foreign city of the name, no 红河州
        if not adjacent and _ends_a_title(an, c.start):
            continue  # 老挝副总理兼外|长沙|伦赛 (xwlb-20230417-04): 外长 and a name, no 长沙市
        if not adjacent and _inside_a_title(an.text, c):
            continue  # 县委副书记、|代县|长|孟兰生 (a county's page, 2023): the acting county head, no 代县
        if c.short and any((s, e) != (c.start, c.end) and title_before(an.text, s)
                           for s, e in an.model_name_index.holding(c.start, c.end)):
            # 宣传部部长|张和田/PER (a county's page, 2021): a short name inside the name of a person a title names, no
            # 和田地区 (not 本报讯|沈铁通辽/PER|分局, pd-dev: the model's person, after no title, is 沈铁's 通辽分局)
            continue
        if c.name.endswith(_VILLAGE) and an.text.startswith(_GROUP_AFTER_VILLAGE, c.end):
            continue  # 木厂村|平掌村民小组 (a county court's page, 2021): a village's group, no village 平掌村 (GUIDELINES)
        if c.short and not adjacent and _opens_a_persons_name(an, c, people):
            continue
        if c.short and not adjacent and _split_by_both_readers(an, c):
            continue
        if _quoted_alone(an.text, c.start, c.end) and min(gaz.levels[n] for n in c.nodes) >= 4:
            continue  # 共建的|“同心社区”|实践基地: a brand (_quoted_alone)
        if not adjacent and any(t.tag == "PER" and t.start < c.start < t.end < c.end
                                for t in an.model_tokens_between(max(0, c.start - 4), c.start)):
            # 所长|杨俊云/PER|和|社区|民警 (灵武市's police, 2013): no division opens inside a person's name (云和社区 of the
            # gazetteer's, in the city)
            continue
        if c.short and any(t.tag == "PER" and t.start < c.start and t.end == c.end
                           and an.text[t.start - 1:t.start] in "“‘" and an.text[t.end:t.end + 1] in "”’"
                           for t in an.model_tokens_between(max(0, c.start - 4), c.start)):
            # 实现|“|林|长治|”|目标 (jieba; the model 林长治/PER: a township's forest chiefs, 2023): a quoted word the
            # model reads whole ends with a city's short name, a slogan's pun (林长治, 林长制), no 长治市
            continue
        if _starts_a_saying(an, c) or (_counted(an.text, c.start) and min(gaz.levels[n] for n in c.nodes) >= 4):
            continue  # 长治久安: a saying; 1000个左右的|中心村: a kind counted, though villages bear the name
        if len(c.name) == 2 and c.name[0] in LIST_JOINERS and (
                an.text.endswith(ordered_lexicon("org_suffixes.txt"), 0, c.start) or an.text[c.start - 1:c.start] in "》”）"):
            # 郧西县公安局|和|县检察院: 和 joins two bodies, no 和县 (a county of 安徽省); so after a document's title
            # (县总工会党组《关于评选…的请示》|和|县妇联《…》, a county's page, 2014)
            continue
        if c.name[-1] in LEVEL_CHARACTERS and (c.name[:-1] in word_set("agency_joiners") or c.name[:-1] in BEFORE_LEVEL_WORDS) \
                and (c.end - 1 in an.boundaries and c.end not in an.boundaries
                     or an.text.endswith(address_words(), 0, c.start)):
            # 联合督查组,|会同|县政府督查室 (a county's page, 2023): acting with the county's office, no 会同县; 孙立军同志|任|
            # 县委办公室主任, 赵红梅同志|任县/jieba|妇联主席 (a county's appointments, the notices' wording): the verb of the
            # post after the one appointed and the word of address, no 任县 (任泽区's old name)
            continue
        if c.short and _names_a_street_or_feature(an, c, places):
            features.add(id(c))
            continue  # 位于|中山/街|与东街之间 (宜宾晚报, 2019): 中山街, a street the model reads whole, no 中山市; 祁连山
        if _enumerates(an.text, c.start):
            continue  # 一是…;|二是|县工作专班领导…讲话 (a township's page, 2023): the second point, no county 二是县
        if not adjacent and min(gaz.levels[n] for n in c.nodes) >= 4 and _a_phrase_of_village_words(an, c):
            continue  # 民警|组织|村民, 全国|文明村, 进一步|美化|社区|环境: words, though villages bear the names
        kept.append(c)
    cands = kept
    # 2. context: the home region and every division named without ambiguity
    region = an.region.node
    anchors: set[int] = set() if region is None else {region, *gaz.ancestors(region)}
    resolved: dict[int, int | None] = {}
    relevelled: set[int] = set()  # the townships read as the gazetteer's of the name at another level (侯村镇: 侯村乡)
    # a village's or a community's name the gazetteer holds only far from the page's home region is no link
    # of it (far_village): on a county's page 保障社区, 组织村 are words (保障|社区, 基层|组织|村), not the
    # community of 哈尔滨 or the village of 拜泉县 the gazetteer holds (local pages, 2019-2024); far is outside the
    # home's prefecture, the province alone in common (助推|凤山|社区治理 on a page of 珠海's 凤山街道, 2021: no
    # 凤山社区 of 江门市恩平市), or outside a province that is the home
    for _round in range(2):
        for i, cand in enumerate(cands):
            if resolved.get(i) is not None:
                continue
            nodes = list(cand.nodes)
            adjacent = bool(i) and cands[i - 1].end == cand.start
            if cand.short or (len(cand.name) == 2 and not adjacent):
                # short county names (沙市, 石首) and one-character ones (和县) only
                # inside a region the page is about, or where the text reads them as the county
                # (inside the region too a namesake is the county only right after a division: 为|中原|崛起 on
                # 管城区's page, 2016, is the Central Plains, no 中原区 of the page's 郑州市; division_namesakes.tsv)
                nodes = [n for n in nodes if gaz.levels[n] < 3
                         or (_depth_in(n, anchors) >= 2 and (adjacent or cand.name not in division_namesakes()))
                         or _county_read(an, cands, i, n, resolved, anchors, places)]
            if not nodes:
                resolved[i] = None
                continue
            scores = {n: _depth_in(n, anchors) for n in nodes}
            best = max(scores.values())
            top = _outermost(sorted(n for n, s in scores.items() if s == best))
            if len({(gaz.parents[n], gaz.names[n]) for n in top}) == 1:
                # the source lists some communities more than once under their street (平原县龙门街道军仓社区, four
                # rows): one division (德州新闻网, 2021: 龙门街道|军仓社区)
                top = top[:1]
            if best == 0 and gaz.levels[top[0]] == 4 and (same := _township_of_another_level(cand.name, anchors)):
                # 闻喜县人民法院…到|侯村镇|东泉村 (闻喜县's court, 2023): the gazetteer's 侯村乡 of the county the page names,
                # since made a town, named as written; not 曲周县's 侯村镇, which nothing on the page is near
                resolved[i] = same
                anchors.add(same)
                relevelled.add(i)
                continue
            far_village = region is not None and best < min(2, gaz.levels[region]) and gaz.levels[top[0]] >= 4 \
                and not adjacent
            if len(top) == 1 and not far_village and (best > 0 or gaz.levels[top[0]] <= 3 or len(cand.name) >= 4
                                                      or _the_one_township(an, cand)):
                resolved[i] = top[0]
                anchors.add(top[0])
            else:
                resolved[i] = None
        if region is None and not anchors:
            break
    _towns_written_short(cands, resolved)
    towns_of_villages_elsewhere: dict[str, int] = {}  # such a village's name -> its town (every mention of the name)
    # such a village's name -> the name of the town it is written after, itself one of those (香洲区|凤山街道|红荔社区: the
    # street the gazetteer lacks in 香洲区, and its community, in it and not in 汕尾市's 凤山街道)
    in_a_town_elsewhere: dict[str, str] = {}
    for i, cand in enumerate(cands):
        if cand.start in villages_elsewhere and i and resolved.get(i - 1) is not None and cands[i - 1].end == cand.start:
            if cands[i - 1].start in villages_elsewhere and cands[i - 1].name in towns_of_villages_elsewhere:
                in_a_town_elsewhere.setdefault(cand.name, cands[i - 1].name)
                towns_of_villages_elsewhere.setdefault(cand.name, towns_of_villages_elsewhere[cands[i - 1].name])
            else:
                towns_of_villages_elsewhere.setdefault(cand.name, resolved[i - 1])
    for i, cand in enumerate(cands):
        if cand.name in towns_of_villages_elsewhere:
            resolved[i] = None
    _correct_misprints(an, cands, resolved, anchors)
    mentions_by_index: dict[int, str] = {}
    for i, cand in enumerate(cands):
        node = resolved.get(i)
        if node is None and cand.name in towns_of_villages_elsewhere:
            town = towns_of_villages_elsewhere[cand.name]
            mentions_by_index[i] = unlinked_division(an, cand.start, cand.end, cand.name, within=town)
            parent = in_a_town_elsewhere.get(cand.name)
            an.fact(mentions_by_index[i], "partOf", division_key(town) if parent is None else
                    unlinked_division_key(an, parent, town), cand.start)
            continue
        if node is None:
            if len(set(cand.nodes)) > 1 and not cand.short and (
                    gaz.levels[cand.nodes[0]] <= 3 or (all(gaz.levels[n] == 4 for n in cand.nodes)
                                                       and _a_township_written_whole(an, cand)
                                                       and not _listed_with_a_township(an, cands, i))):
                # (and a township of many, written whole: 五山镇纪委书记王保林 on a page naming no county, 2021 — the
                # town the page is about, which of the gazetteer's four not said)
                an.notes.append(f"{an.doc.id}: {cand.name} is ambiguous ({len(cand.nodes)} divisions); not linked")
                mentions_by_index[i] = unlinked_division(an, cand.start, cand.end, cand.name)
            continue
        label = None
        if gaz.levels[node] == 5 and (not cand.name.endswith("村") or cand.name.endswith("新村")) \
                and not cand.name.endswith("社区") and an.text.startswith("社区", cand.end) and cand.end + 2 in an.boundaries:
            # 海口市|滨海新村|社区|居民 (海南日报, 2013): the gazetteer's community 滨海新村 written with its
            # level word is one division, named as written, not 滨海新村 and an unknown 滨海新村社区 beside it (a
            # village's 社区服务中心 is its own: 中家桥村|社区服务中心)
            cand = cands[i] = replace(cand, end=cand.end + 2, name=cand.name + "社区")
            label = cand.name
        elif gaz.levels[node] == 5 and len(cand.name) == 2 and cand.name.endswith("村") and an.text.startswith("村", cand.end):
            # 夏村村党委…在|夏村村|广场 (斗门区's justice page, 2021): a village of two characters ending in 村, which the
            # gazetteer keeps without its level (夏村), is named with it (夏村村), as its villagers' committee is
            cand = cands[i] = replace(cand, end=cand.end + 1, name=cand.name + "村")
            label = cand.name
        elif cand.short and _county_of_another_level(an, cand, node):
            # 宝鸡市|凤翔|区|文物局 (凤翔区's culture bureau, 2021): a county made a district after the gazetteer's data (it
            # holds 凤翔市, 610322), named as written, not as the gazetteer's other level
            cand = cands[i] = replace(cand, end=cand.end + 1, name=an.text[cand.start:cand.end + 1])
            label = cand.name
        if i in relevelled:
            label = cand.name
        start = cand.start
        text = cand.name
        if cand.short and i and cands[i - 1].end == cand.start and resolved.get(i - 1) is not None \
                and gaz.is_within(node, resolved[i - 1]) and _compound(an, cands[i - 1], cand, node, places):
            start = cands[i - 1].start
            text = an.text[start:cand.end]
        key = division_key(node)
        mentions_by_index[i] = key
        link_division(an, start, cand.end, text, node, label=label)
        previous = resolved.get(i - 1) if i else None
        if previous is not None and cands[i - 1].end == cand.start and gaz.is_within(node, previous) \
                and node != previous:
            an.fact(key, "partOf", mentions_by_index[i - 1], cand.start)
    _unknown_divisions(an, cands, resolved, places, wholes + _streets_written_by_their_office(an, cands, resolved, places))
    _villages_read_whole(an, wholes)


# a street written by its office's short name, right after its district (猇亭区|云池街办): the name before 街办
_STREET_OFFICE = re.compile(r"([\u4e00-\u9fff]{2,4}?)街办")


def _streets_written_by_their_office(an: Analysis, cands: list[Candidate], resolved: dict[int, int | None],
                                     places: frozenset[tuple[int, int]]) -> list[tuple[int, int]]:
    """A street written by its office's short name, 街办, right after its district and right before a village or a
    community, is the street: 夏时分,|猇亭区|云池街办|福善场村|溪水潺潺 (宜昌市猇亭区's page, 2023: the gazetteer's 云池街道),
    linked as written; its spans, which no name the gazetteer lacks may take.  Where no village follows, 街办 is the
    office, an agency (雁塔区小寨路街办|组织…)."""
    gaz, spans = gazetteer(), []
    # where a village or a community starts: the scan's or the model's place ending so (not 街办|组织村民…: a verb)
    villages = {c.start for c in cands} | {start for start, end in places
                                            if an.text.endswith(VILLAGE_SUFFIXES, start, end)}
    for i, cand in enumerate(cands):
        county = resolved.get(i)
        if county is None or gaz.levels[county] != 3 or (found := _STREET_OFFICE.match(an.text, cand.end)) is None \
                or found.end() not in villages:
            continue
        street = [n for n in gaz.by_name.nodes(found.group(1) + "街道") if gaz.parents[n] == county]
        if len(street) == 1:
            link_division(an, found.start(), found.end(), found.group(), street[0])
            spans.append(found.span())
    return spans


def _towns_written_short(cands: list[Candidate], resolved: dict[int, int | None]) -> None:
    """A short name that a township the article writes whole bears is that township, not a far division it names
    short: 肥西县山南镇 … 山南的美丽画卷 (a county's festival, 2018) is the town, no 山南市 of 西藏.  Not a division the
    town lies in (沙市街道 … 沙市: 沙市区)."""
    gaz = gazetteer()
    towns: dict[str, int] = {}
    for i, cand in enumerate(cands):
        node = resolved.get(i)
        if node is not None and gaz.levels[node] == 4 and not cand.short and cand.name == gaz.names[node]:
            stem = next((cand.name[:-len(level)] for level in TOWNSHIP_SUFFIXES if cand.name.endswith(level)), "")
            if len(stem) >= 2:
                towns.setdefault(stem, node)
    for i, cand in enumerate(cands):
        town = towns.get(cand.name)
        if town is not None and cand.short and resolved.get(i) != town \
                and (resolved.get(i) is None or not gaz.is_within(town, resolved[i])):
            resolved[i] = town


# the level words a phrase of kinds may open with (街道|城市社区, 乡镇|…): a township's, two levels together, a level's
# character
_LEVEL_WORDS = longest_first((*TOWNSHIP_SUFFIXES, *word_set("levels_together"), *UPPER_LEVEL_CHARACTERS))


def _model_place_holding(an: Analysis, c: Candidate, places: frozenset[tuple[int, int]]) -> tuple[int, int] | None:
    """The model's place that ends where a village's or a community's name ends and starts up to three characters
    before it, the characters before the name no division's full name, nor a level's end, nor the short name of a
    division that holds the village (not 高陵镇|东苑村, nor 沙市|东苑村 read as one place)."""
    gaz = gazetteer()
    if not c.nodes or min(gaz.levels[n] for n in c.nodes) < 5 or not c.name.endswith(("村", "社区")):
        return None  # (no village's team: 八|一队, pd-dev-01177)
    if not local_page(an):
        return None  # (a national story's villages are games' and media's: 亚运分村, 大运村, 媒体村, xwlb-2023)
    for start in range(max(0, c.start - 3), c.start):
        head = an.text[start:c.start]
        if (start, c.end) not in places or start not in an.boundaries or not all(_CJK.match(ch) for ch in head) \
                or head[-1] in LEVEL_CHARACTERS or gaz.by_name.nodes(head):
            continue
        if word_tags().get(head, "").startswith("nr") or tibetan_name(an.text, start):
            continue  # 洛桑|江村 (xwlb-20230925-08): a Tibetan name, a person the model calls a place
        if any(gaz.is_within(n, above) for above in gaz.lookup(head) for n in c.nodes):
            continue
        return start, c.end
    return None


def _villages_read_whole(an: Analysis, wholes: list[tuple[int, int]]) -> None:
    """Each village the model reads whole, as a division the gazetteer lacks, inside the division written right
    before it (青峪镇|青龙石村)."""
    divisions = {m.end: m for m in an.of_type("AdministrativeDivision") if m.end > m.start}
    taken = {(m.start, m.end) for m in divisions.values()}
    for start, end in wholes:
        if any(s < end and start < e for s, e in taken):
            continue
        name = an.text[start:end]
        an.notes.append(f"{an.doc.id}: {name} is not in the gazetteer; kept as an unlinked division")
        key = unlinked_division(an, start, end, name)
        taken.add((start, end))
        before = divisions.get(start)
        if before is not None:
            an.fact(key, "partOf", before.key, start)


def _county_of_another_level(an: Analysis, cand: Candidate, node: int) -> bool:
    """Whether a county's short name is written with another county level than the gazetteer's, a word of its own
    (凤翔|区 for its 凤翔市; 撤县设区 renames counties every year, and the data lags); not a word the level opens
    (岐山|区域)."""
    gaz = gazetteer()
    level = an.text[cand.end:cand.end + 1]
    if level not in COUNTY_LEVEL_CHARACTERS or gaz.levels[node] != 3 or gaz.shorts[node] != cand.name \
            or gaz.names[node][-1] not in COUNTY_LEVEL_CHARACTERS or gaz.names[node][-1] == level \
            or cand.name[-1] in COUNTY_LEVEL_CHARACTERS:
        return False  # (沙县|县委, 2018: the county 沙县, a district since, its level written twice as a one-character county's is)
    # a word of its own, or the level opening one of the division's own bodies the segmenter reads as one word with it
    # (凤翔|区委|书记, 凤翔|区政府)
    return cand.end + 1 in an.boundaries or an.text.startswith(_own_bodies(level), cand.end)


def _township_of_another_level(name: str, anchors: set[int]) -> int | None:
    """The one township of a county the page names (among ``anchors``) that bears ``name`` with the other township level
    (侯村镇 -> 闻喜县's 侯村乡: a township made a town, or a town written as a township), else None."""
    gaz = gazetteer()
    levels = TOWNSHIP_LEVEL_CHARACTERS
    if not name.endswith(levels) or len(name) < 3:
        return None
    stem, level = name[:-1], name[-1]
    counties = {n for n in anchors if gaz.levels[n] == 3}
    found = {n for other in levels if other != level for n in gaz.lookup(stem + other)
             if gaz.levels[n] == 4 and gaz.parents[n] in counties}
    return next(iter(found)) if len(found) == 1 else None


def _the_one_township(an: Analysis, cand: Candidate) -> bool:
    """Whether a township's three-character name written with its level, a word of its own, is the
    gazetteer's only one of that name: the page need not say the county (a township's paper or site:
    莽张镇召开…, 在莽张镇天湖村 — 罗山县's; 城关镇, in hundreds of counties, stays unlinked).  Not a common
    word with a level (苹果村、木耳/n|乡、黄花镇: kinds, xwlb-2023), nor across words (促进|乡村|振兴)."""
    gaz = gazetteer()
    return _a_township_written_whole(an, cand) \
        and len({n for n in gaz.by_name.get(cand.name, ()) if gaz.levels[n] == 4}) == 1


def _listed_with_a_township(an: Analysis, cands: list[Candidate], i: int) -> bool:
    """Whether the candidate stands in a list beside another township's name (永安镇、清水镇召开…, 永安镇和清水镇: which of
    the gazetteer's many each is, and whose a 镇长 after them is, the page does not say)."""
    gaz = gazetteer()
    marks = ("、", *LIST_JOINERS)
    return any(0 <= j < len(cands) and an.text[min(cands[i].end, cands[j].end):max(cands[i].start, cands[j].start)] in marks
               and any(gaz.levels[n] == 4 for n in cands[j].nodes) for j in (i - 1, i + 1))


def _a_township_written_whole(an: Analysis, cand: Candidate) -> bool:
    """Whether a candidate is a township's three-character name with its level, a word of its own, no common word's."""
    return len(cand.name) == 3 and cand.name[-1] in "镇乡" and not cand.short \
        and cand.start in an.boundaries and cand.end in an.boundaries \
        and (word_tags().get(cand.name[:2], "") not in _COMMON_HEAD_TAGS or _digits_no_count(cand.name[:2]))


def _digits_no_count(head: str) -> bool:
    """Whether a name's two characters are two digits written as a number's are, which count nothing: 一六镇 (乳源
    瑶族自治县's, a town's page, 2019; the dictionary tags 一六 a numeral); not 十八, 二十, 百余 (a count of towns)."""
    return all(ch in CHINESE_NUMERALS - _COUNTING_NUMERALS for ch in head)


# the numerals that make a count of a number (十, 百, 两), not digits read one by one
_COUNTING_NUMERALS = frozenset("十百千万两")


def _compound(an: Analysis, parent: Candidate, child: Candidate, node: int,
              places: frozenset[tuple[int, int]]) -> bool:
    """Whether a division's short name written right after its parent makes one name with it:
    荆州经开区 (59 zones go by 经开区), 湖北荆州 for the city (四川宜宾|五粮液集团 its company).  A county's
    short name is a name of its own where the model reads both as places (本报|江苏/LOC|宜兴/LOC|5月9日电,
    pd-dev: the places 江苏 and 宜兴, not 江苏宜兴)."""
    gaz = gazetteer()
    if gaz.levels[node] != 3 or len(gaz.by_short.nodes(child.name)) >= _SHARED_SHORT:
        return True
    return not ((parent.start, parent.end) in places and (child.start, child.end) in places)


def _outermost(nodes: list[int]) -> list[int]:
    """Of divisions equally likely, the one that holds all the others, if any: 长沙 in a story on
    长沙市 is the city, not 长沙县 inside it (the county is written whole); 克拉玛依 likewise."""
    gaz = gazetteer()
    for node in nodes if len(nodes) > 1 else ():
        if all(other == node or gaz.is_within(other, node) for other in nodes):
            return [node]
    return nodes


@cache
def division_namesakes() -> dict[str, str]:
    """data/lexicon/division_namesakes.tsv: county short names that name something else first,
    and where the text still names the county with them (``parent`` or ``prefecture``)."""
    return {row[0]: row[1] for row in table("division_namesakes.tsv")}


_COUNTY_SUFFIXES = tuple(word_set("county_endings"))
# a short name this many divisions share names none alone: 经开区 (59), 高新区
_SHARED_SHORT = 5


def _county_read(an: Analysis, cands: list[Candidate], i: int, node: int, resolved: dict[int, int | None],
                 anchors: set[int], places: frozenset[tuple[int, int]]) -> bool:
    """Whether the text reads a county's short name, or a full name of two characters, as the
    county outside the region the page is about:
    - right after a division that holds it, written short (its province: the prefecture's case is the
      region's), ending a word: 在浙江|义乌|江畔, 在北京|丰台|永定河畔 (xwlb-2023); not 江西|鄱阳|湖 (jieba
      holds 鄱阳湖: the lake), nor a namesake that only its prefecture makes the county (新疆|天山|南北: the
      mountains; data/lexicon/division_namesakes.tsv); after a province written in full the short name
      opens an organisation's more often than it names the place (辽宁省|开原公安交警三中队, 黑龙江省|
      阿城市委: pd-dev), where the rest of the text must show the county;
    - alone, a word of the segmenter that the model reads as a place, out of quotes, the gazetteer
      holding no other division of the name, its province named in the article (or the paper's
      home), and no namesake: 山东麦收进度已过九成半。在|莱西|，|75.8万亩小麦 (xwlb-20230618-06); not
      东海 (the sea), 邻水|而植, 高峡|平湖, 松花江、|嫩江 (rivers); never right after a division that does
      not hold it (江苏泰州|凤城|河畔: a river of 泰州, not 辽宁's 凤城市);
    - a full county name of two characters the segmenter holds as a place (ns) or the model reads
      as one, not before a level's character: 云阳张飞庙、|忠县|石宝寨 (xwlb-20231029-11); not
      124个地级市|和县|市区 (xwlb-20231113-09: 和 and 县市区)."""
    gaz = gazetteer()
    cand = cands[i]
    if gaz.levels[node] != 3:
        return False
    reading = division_namesakes().get(cand.name)
    adjacent = bool(i) and cands[i - 1].end == cand.start
    before = resolved.get(i - 1) if adjacent else None
    if before is not None and before != node and gaz.is_within(node, before):
        ends_word = cand.end in an.boundaries or any(end == cand.end for _, end in places)
        return ends_word and reading != "prefecture" and cands[i - 1].short
    if adjacent or reading is not None or len(set(cand.nodes)) != 1 or an.in_quote(cand.start, cand.end):
        return False
    read_whole = (cand.start, cand.end) in places
    if not cand.short:
        token = an.token_at(cand.start)
        if cand.name.endswith(_COUNTY_SUFFIXES) and an.text.startswith(_own_bodies(cand.name[-1]), cand.end):
            # 户县|县政府|副县长 (a county's page, 2014; the model reads 户县县政府 as one organisation), 房县|县委: a
            # county of a one-character name writes its level again before its bodies
            return True
        return (cand.name.endswith(_COUNTY_SUFFIXES) and an.text[cand.end:cand.end + 1] not in LEVEL_CHARACTERS
                and (read_whole or (token is not None and token[:2] == (cand.start, cand.end)
                                    and word_tags().get(cand.name) == "ns")))
    if not (cand.start in an.boundaries and cand.end in an.boundaries):
        return False
    if _market_named_after(an.text, cand.end):
        return False  # the market named after it: 对|金阳|市场、海鲜超市… (大英县's market inspection, 2025), no 金阳县
    # (or right before its court or procuratorate, which the county's short name names: ——|罗田|法院|依托综治中心…,
    # 罗田县人民法院's page, 2025; 3月18日，|安岳|法院|前往通贤镇…, 安岳县's court, 2024: word set courts_named_short)
    return (read_whole and _depth_in(node, anchors) >= 1) or _listed_with_its_province(an, cands, i, node, resolved) \
        or an.text.startswith(_COURTS_NAMED_SHORT, cand.end)


_COURTS_NAMED_SHORT = tuple(word_set("courts_named_short"))


@cache
def _own_bodies(level: str) -> tuple[str, ...]:
    """A level's character and the heads of a division's own bodies after it (县委, 县政府, 县人民政府, 县人大:
    word set division_bodies, and its committees)."""
    return tuple(level + head for head in (*word_set("division_bodies"), "委", "纪委"))


def _joined(text: str, left: Candidate, right: Candidate) -> bool:
    """Whether two names are items of one list or the ends of one route: only a joiner of
    data/relations/joined_divisions.txt between them (海林|、|东宁, 贵阳|开往|玉屏)."""
    return text[left.end:right.start] in data_words("relations", "joined_divisions.txt")


def _listed_with_its_province(an: Analysis, cands: list[Candidate], i: int, node: int,
                              resolved: dict[int, int | None]) -> bool:
    """Whether a county's short name stands in a list (names joined by 、) or at an end of a route
    (至, 开往) with a division of its own province the text already reads: 黑龙江…|海林|、|东宁|、|依兰
    (xwlb-20230815-07; the model reads 海林 as a person's name), 三亚、西双版纳、|陵水|、海口、厦门、|万宁
    (xwlb-20230103-08: 三亚, 海口 in 海南), 在贵阳|开往|玉屏|的列车 (xwlb-20230115-08); not 新安、|龙湖
    (xwlb-20230221-04: reservoirs, 新安县 in 河南 and 龙湖区 in 广东)."""
    gaz = gazetteer()
    text = an.text
    province = gaz.province(node)
    members = []
    j = i
    while j > 0 and _joined(text, cands[j - 1], cands[j]):
        j -= 1
        members.append(j)
    j = i
    while j + 1 < len(cands) and _joined(text, cands[j], cands[j + 1]):
        j += 1
        members.append(j)
    if any(resolved.get(k) is not None and resolved[k] != node and gaz.levels[resolved[k]] >= 2
           and gaz.province(resolved[k]) == province for k in members):
        return True
    # or two others of the list are counties of that province too: 湘黔边界五县(|天柱|、|镇远|、|玉屏|、|三穗|、新晃)
    # (a county police's page, 2015: four counties of 贵州省 beside the page's own)
    return sum(any(n != node and gaz.levels[n] == 3 and gaz.province(n) == province for n in cands[k].nodes)
               for k in members) >= 2



def _ends_a_title(an: Analysis, start: int) -> bool:
    """Whether a name's first character ends a title of two characters the character before it opens,
    that character in no word of the dictionary ending there: 兼外|长沙|伦赛 (外长 and the minister's name,
    xwlb-20230417-04; jieba's guess 兼外).  Not 查处/v|长沙 (xwlb-20230521-09: a verb, the city after it);
    a division written right before (湖南省|长沙市, 省长 no title there) is the caller's to except."""
    if not _opens_with_a_titles_end(an.text, start):
        return False
    token = an.token_at(start - 1)
    return token is None or token[1] > start or token[2] not in word_tags()


@cache
def _two_character_titles() -> frozenset[str]:
    return frozenset(t for t in lexicon("titles.txt") if len(t) == 2)


def _starts_a_saying(an: Analysis, c: Candidate) -> bool:
    """Whether a name opens a saying of the dictionary that goes on past it: 确保西藏|长治久安/i
    (xwlb-20231110-04) holds no 长治市."""
    token = an.token_at(c.start)
    return (token is not None and token[0] == c.start and token[1] > c.end
            and word_tags().get(token[2], "") in _SAYING_TAGS)


# a village's group written after its own name with the village's 村 once (平掌|村民小组): none of GUIDELINES' entities
_VILLAGE, _GROUP_AFTER_VILLAGE = "村", "民小组"


def _opens_a_persons_name(an: Analysis, c: Candidate, people: frozenset[str]) -> bool:
    """Whether a short name opens, where it is written, the whole of a name the model reads as a person's after a title
    somewhere on the page (``people``: names.titled_names), ending at a word's end there (names.name_written_from):
    党委第一书记|常德盛/PER|带领…。|常德/LOC|盛/v|思路清晰 (a village's story, 人民网, 2023): the village's secretary each
    time, no 常德市; but 县委书记安庆华|来到|安庆|华侨城 is the city."""
    return bool(name_written_from(an, c.start, c.name, people))


def _split_by_both_readers(an: Analysis, c: Candidate) -> bool:
    """Whether the segmenter and the model both read a short name's last character as the start of a longer word, the
    model its first as a word of no name: 深入群众家中|和/c|田间/s|地头 (a county's work team, 河南日报, 2023), 村庄|和/c|田野
    (xwlb-20230214-07), 张高丽|和/c|田纪云 (xwlb-20230119-03): 和 joins, no 和田地区; not 和田地区 written whole (its own
    candidate, no short name), nor a name the model reads in two places (的|定/LOC|南港/LOC|扩容工程, xwlb-20230131-08:
    定南县's port)."""
    if c.end in an.boundaries:
        return False
    word = an.token_at(c.end - 1)
    model = {t.start: t for t in an.model_tokens_between(c.start, c.end)}
    first, last = model.get(c.start), model.get(c.end - 1)
    return (word is not None and word[0] == c.end - 1 and word[1] > c.end and first is not None
            and first.end == c.end - 1 and first.tag not in _MODEL_PROPER_NOUNS and last is not None and last.end > c.end)



# the model's tags of a name of any type (pos set model_proper_nouns): a word it reads so is part of a name, not a word apart
_MODEL_PROPER_NOUNS = pos_tags("model_proper_nouns")


def _read_across_words(an: Analysis, c: Candidate) -> bool:
    """Whether the segmenter reads a division's name as a country's one character (data/world/
    abbreviations.tsv) and the start of the next word: 乌国家安全局和|乌/nr|海军/n (xwlb-2023: Ukraine's
    navy, not 乌海市), 乌|海上|无人舰队; not 广州塔 (one word holding the name), 乌海/ns|段, nor 和|田地|区
    (the segmenter's mistake, no country's character); nor a count's character read alone (四|平台); or whose level's
    character opens a word of word set level_words_read_across (海南|区域)."""
    if an.text[c.end - 1:c.end + 1] in word_set("level_words_read_across") and len(c.name) >= 3:
        return True  # 培树乡|风|文明 (a town's page, 2020; jieba glues 培树乡): 培树 乡风文明, no township 培树乡
    if c.end in an.boundaries:
        return False
    first, last = an.token_at(c.start), an.token_at(c.end - 1)
    if last is not None and last[0] == c.end - 1 and last[2] in word_set("level_words_read_across"):
        return True  # 中国流动科技馆|海南|区域|换展 (a city's page, 2021): Hainan's region, no 海南区 of 乌海市
    return (first is not None and last is not None and first[0] == c.start and first[1] == c.start + 1
            and (first[2] in country_abbreviations() or first[2] in CHINESE_NUMERALS) and last[0] > c.start and last[1] > c.end)


# a count's character the segmenter reads alone before the next word: “一核两网三化|四|平台” (a community's
# working model, Shenzhen, 2019) names four platforms, not 四平市
CHINESE_NUMERALS = frozenset("一二三四五六七八九十两百千万")


def counts_divisions(name: str) -> bool:
    """Whether a name of two characters is a numeral and a level's character: a count of divisions (五村, 两镇),
    though the gazetteer holds villages so named."""
    return len(name) == 2 and name[0] in CHINESE_NUMERALS and name[1] in word_set("division_level_characters")


def _one_off(a: str, b: str) -> bool:
    return len(a) == len(b) and a[-1] == b[-1] and sum(x != y for x, y in zip(a, b)) == 1


def _correct_misprints(an: Analysis, cands: list[Candidate], resolved: dict[int, int | None],
                       anchors: set[int]) -> None:
    """桃花源镇李花山村 in a 石首 article: 李花山村 lies in 桃花山镇, one character off,
    so 桃花源镇 is a misprint of it, not the 桃花源镇 of another province."""
    gaz = gazetteer()
    for i in range(1, len(cands)):
        prev, cur = cands[i - 1], cands[i]
        child = resolved.get(i)
        if prev.end != cur.start or child is None:
            continue
        node = resolved.get(i - 1)
        if node is not None and gaz.is_within(child, node):
            continue
        for ancestor in gaz.ancestors(child):
            if _one_off(gaz.names[ancestor], prev.name):
                resolved[i - 1] = ancestor
                cands[i - 1] = replace(prev, nodes=(ancestor,), short=False)
                an.notes.append(f"{an.doc.id}: {prev.name} read as {gaz.full_name(ancestor)}, "
                                f"which holds {cur.name} (misprint or old name)")
                break


_NOT_NAME_TAGS = pos_tags("division_not_name")


def _name_like(an: Analysis, start: int, end: int) -> bool:
    """No verb, adverb, preposition, pronoun, number... among the words of a name; a long word the segmenter holds
    with no tag, or as an organisation's name, is read by the tagged words it is made of (社区|大力开展/nt|社区, a
    town's paper, 2021: 大力 开展/v)."""
    tags = word_tags()
    for tok_start, tok_end, word in an.tokens_from(start, 8):
        if tok_start >= end:
            break
        word = word[: end - tok_start] if tok_end > end else word
        for part in (word,) if len(word) < 4 or tags.get(word, "nt") != "nt" else _tagged_parts(word):
            tag = tags.get(part)
            if tag and tag.startswith(_NOT_NAME_TAGS) and tag != "vn":
                return False
    return True


def _tagged_parts(word: str) -> list[str]:
    """The longest words of the tagged dictionary, shorter than ``word``, that it is made of, left to right
    (大力开展: 大力, 开展)."""
    tags, parts, at = word_tags(), [], 0
    while at < len(word):
        size = next((k for k in range(min(len(word) - at, len(word) - 1), 1, -1) if word[at:at + k] in tags), 1)
        parts.append(word[at:at + size])
        at += size
    return parts


_PARTICLE_TAGS = pos_tags("function_word")


def _has_particle(an: Analysis, start: int, end: int) -> bool:
    """Whether a particle, a preposition or a conjunction is among the words in [start, end):
    东宝镇是有名的“贡米|之|乡” (xwlb-20231011): a saying, no name; numbers are in names (山东临沂
    四门洞村)."""
    tags = word_tags()
    return any(tags.get(word, "") in _PARTICLE_TAGS for s, _, word in an.tokens_from(start, 8) if s < end)


_COMMON_NOUN_TAGS = pos_tags("division_common_nouns")
_KIND_TAGS = pos_tags("division_kinds")
_KIND_PREFIX_TAGS = pos_tags("division_kind_prefixes")


def _kind_of_village(name: str) -> bool:
    """自然村 (自然|村), 行政村: a noun of the dictionary made of a noun or an adverb and the
    suffix, a kind of village or community (not 下叔村, which the dictionary tags n too: 下叔 is
    no word; not 团结村 or 胜利村, the commonest villages' names)."""
    suffix = next((s for s in VILLAGE_SUFFIXES if name.endswith(s)), "")
    tags = word_tags()
    return (bool(suffix) and tags.get(name, "") in _KIND_TAGS
            and tags.get(name[:-len(suffix)], "") in _KIND_PREFIX_TAGS)  # not 团结/a|村, 胜利/vn|村


def after_a_country(text: str, start: int) -> bool:
    """Whether a foreign country or region of the world list ends right before ``start``."""
    before = text[max(0, start - 12):start]
    return any(end == len(before) for _, end, _ in world_finder()(before))


def _after_a_foreign_place(text: str, start: int) -> bool:
    """Whether a foreign country, region or city (:func:`~..world.foreign_name`: not China's own names) of two characters
    or more ends before a word of what a place there is (word set foreign_place_kinds), right before ``start``:
    美国新墨西哥州|城市|红河 (xwlb-20230529-11) is a city of New Mexico, no 红河哈尼族彝族自治州; 中国|首都|北京 is 北京市,
    中越|边境城市|凭祥 a Chinese city (越 alone is no name here), and 伊朗|北京|会谈 still 北京市 (no such word)."""
    before = text[max(0, start - 14):start]
    kind = next((word for word in longest_first(word_set("foreign_place_kinds")) if before.endswith(word)), "")
    if not kind:
        return False  # (伊朗|北京|会谈, 新加坡|天津|生态城: a Chinese city right after a foreign name is still China's)
    before = before[:len(before) - len(kind)]
    return any(end == len(before) and end - begin >= 2 and foreign_name(name) is not None
               for begin, end, name in world_finder()(before))


def foreign_division(an: Analysis, start: int, end: int) -> bool:
    """Whether a division-shaped name the gazetteer lacks, at [start, end), is abroad:
    - it or the name before its suffix is a foreign name of the world list: 日本首相岸田文雄在|和歌山县,
      美国加州|洛杉矶县 (xwlb-2023);
    - or its sentence names a foreign country, region or city and no division of the gazetteer, and
      half its name or more is written in characters of foreign names: 美国加利福尼亚州|里弗赛德县,
      叙利亚空军涉嫌在大马士革东郊|杜马镇, 俄罗斯…巴赫穆特北郊的|帕拉斯科维耶夫卡镇 (xwlb-2023; all read as
      Chinese divisions); not 新疆克州|塔尔乡 (新疆 is the gazetteer's), 在四川凉山|三河村."""
    text = an.text
    name = text[start:end]
    row = next((r for r in UNKNOWN_DIVISION_SUFFIXES if name.endswith(r.suffix)), None)
    stem = name[:-len(row.suffix)] if row is not None else name
    if any(foreign_name(n) is not None for n in (name, stem)):
        return True
    foreign = transliteration_characters()
    if len(stem) < 2 or 2 * sum(ch in foreign for ch in stem) < len(stem):
        return False
    first, last = an.sentence(start)
    if not any(foreign_name(n) is not None for _, _, n in world_finder()(text[first:last])):
        return False
    return not any(m.type == "AdministrativeDivision" and m.prop("node") is not None and first <= m.start < last
                   and m.end > m.start for m in an.mentions)


def _ends_in_a_kind(an: Analysis, c: Candidate) -> bool:
    """Whether a village's name in the gazetteer is written here as a phrase: a word and a
    common noun of the dictionary that ends in the suffix and is generic
    (generic_names.txt: 乡村, 农村): 发展|乡村|休闲旅游 (xwlb-20231113-01), 热没有覆盖的
    区域|和|农村 (xwlb-20231120-10), 美|乡村, though villages bear these names; not 茗|新村 (新村 is
    the dictionary's place name), 禾|木村 (木村 is no kind), 关中|村 (the suffix alone)."""
    suffix = next((s for s in VILLAGE_SUFFIXES if c.name.endswith(s)), None)
    last = an.token_at(c.end - 1)
    return (suffix is not None and last is not None and c.start < last[0] and last[1] == c.end
            and len(last[2]) > len(suffix) and last[2] in lexicon("generic_names.txt")
            and word_tags().get(last[2], "") in _KIND_TAGS)


_COMMON_HEAD_TAGS = pos_tags("division_common_heads")
_SAYING_TAGS = pos_tags("division_sayings")


def _made_a_town(name: str, official: str) -> bool:
    """Whether the township ``name`` is the town ``official`` of the gazetteer, made a town since and named as before
    (西地乡 and 西地镇: 撤乡设镇 keeps a township's name), or the gazetteer's township a town the page writes since it
    was made one (武陟县|嘉应观镇|中水寨村, 焦作's paper, 2018: the gazetteer's 嘉应观乡 holds 中水寨村)."""
    return len(name) > 2 and name[:-1] == official[:-1] and {name[-1], official[-1]} == {"乡", "镇"}


def common_head(prefix: str, suffix: str) -> bool:
    """Whether the name before a division's suffix is a common word of the dictionary that no
    division in the gazetteer bears with that suffix: 杭州亚运村由|运动员|村 (xwlb-20230616-09),
    当地|利用|社区|暑期课堂 (xwlb-20230815-05), 推动|居家|社区|养老, 所有|县, 属地|街道: a noun of
    people, a verb, a distinguishing word before the suffix makes a phrase or a kind, no name;
    not 码头|镇 or 桃花|村, which the gazetteer knows (so another so named is one too)."""
    return word_tags().get(prefix, "") in _COMMON_HEAD_TAGS and prefix + suffix not in gazetteer().all_names


_WORD_TAGS = pos_tags("division_common_words")


def _two_words(name: str, suffix: str) -> bool:
    """Whether a name is a word of the dictionary and the suffix (山区|县), or a word and a
    generic one (面向|农村, 新型|农村: generic_names.txt): no name, though the dictionary knows the
    whole as a noun; 下叔村, which it tags n too, is a village (下叔 is no word)."""
    tags = word_tags()
    return name[:-len(suffix)] in tags or any(
        name.endswith(word) and name[:-len(word)] in tags for word in lexicon("generic_names.txt") if len(word) > 1)


def common_phrase(an: Analysis, start: int, end: int, suffix: str) -> bool:
    """Whether a division-shaped name is a kind or a phrase of common words, no name:
    - the gazetteer lacks it and the part before the suffix is a generic word (data/lexicon/
      generic_names.txt: 重点|村, 特色|村; 舒兰市|平安镇 is a town the gazetteer knows; 城中村, which it
      knows too, is a common word: data/lexicon/common_division_words.txt);
    - the gazetteer lacks it and the whole is a word of the dictionary tagged as a saying
      (鱼米之乡, 十里八乡, 背井离乡, 异国他乡), or as a common noun made of two words (pos_tags.tsv
      division_common_words, :func:`_two_words`:
      xwlb-2023 从雪域高原到|鱼米之乡; 鼓励高职院校|面向农村|培养; 26个|山区县|结对互助; 发展|新型农村|集体经济);
    - the part before the suffix is two or more common words of two characters or more
      (技术|官员|村 in 杭州亚运村由运动员村、技术官员村等五部分组成, 基层|乡镇|街道, 民宿|特色|村: xwlb-2023)."""
    name = an.text[start:end]
    prefix = name[:-len(suffix)]
    tags = word_tags()
    if name not in gazetteer().all_names and _verb_in_the_models_reading(an, start, end - len(suffix)):
        return True
    if name not in gazetteer().all_names and (prefix in lexicon("generic_names.txt") or (
            tags.get(name, "") in _SAYING_TAGS or tags.get(name, "") in _WORD_TAGS and _two_words(name, suffix))):
        return True
    words = [token for token in an.tokens_from(start, 8) if token[0] < end - len(suffix)]
    return (len(words) >= 2 and words[-1][1] == end - len(suffix)
            and all(len(word) >= 2 and tags.get(word, "") in _COMMON_HEAD_TAGS for _, _, word in words))


def _verb_in_the_models_reading(an: Analysis, start: int, end: int) -> bool:
    """Whether the model reads the words before a suffix as one verb (商户们都|夸赞/v|社区党委/ORG|为老百姓做了实事,
    贵阳's page, 2025; jieba tags 夸赞 nrt): praise for the community's committee, no community 夸赞社区."""
    return any(t.start == start and t.end == end and t.tag == "v" for t in an.model_tokens_between(start, end))


# the suffixes of the townships whose name the model's one place vouches for, though a common word opens it (西地/s|乡)
_TOWNS_THE_MODEL_READS = ("乡", "镇")
# every suffix of a division the gazetteer may lack (a model's place ending so is a division of its own: 红庄乡)
_UNKNOWN_SUFFIXES = tuple(row.suffix for row in UNKNOWN_DIVISION_SUFFIXES)


def _glued_to_its_suffix(an: Analysis, start: int, suffix_start: int, end: int,
                         places: frozenset[tuple[int, int]]) -> bool:
    """Whether the segmenter glued a name's last character to its level's suffix in a word the dictionary lacks, the
    model reading the whole as one place: 嘉应|观镇 (jieba), 嘉应观镇/LOC (焦作's paper, 2018); not a word of the
    dictionary across them (建设|和美|乡村, 探索|小村: 乡村 and 小村 are common nouns), nor more than the last character
    glued (西藏|林芝|嘎拉村, xwlb-20230503-02: the village 嘎拉村 of 林芝市), nor a name a place's head follows (太行|水镇|
    景区, xwlb-20230816-06: a scenic area's name)."""
    token = an.token_at(suffix_start)
    return ((start, end) in places and suffix_start not in an.boundaries and token is not None
            and token[0] == suffix_start - 1 and token[1] == end and token[2] not in word_tags()
            and not an.text.startswith(ordered_lexicon("place_suffixes.txt"), end))


def _model_ends_a_suffix(an: Analysis, start: int, end: int) -> bool:
    """Whether the model ends a word at a suffix of two characters that the segmenter glues to the word after: 扎嘎斯台|
    嘎|查牧户 (jieba; the model 查/v|牧户/n: 西乌珠穆沁旗's page, 2019) is the village 扎嘎斯台嘎查 before 牧户."""
    return end - start >= 2 and start in an.boundaries \
        and any(t.start == end for t in an.model_tokens_between(end, end + 1))


def _quoted_alone(text: str, start: int, end: int) -> bool:
    """Whether a village's or a community's name is quoted alone, the name of a brand of the thing after it, no
    division: 由南华大学党委统战部…共建的|“同心社区”|实践基地 (衡阳市's page, 2017; the gazetteer's 同心社区 are elsewhere)."""
    return text[start - 1:start] == "“" and text[end:end + 1] == "”"


def model_division_name(an: Analysis, start: int, end: int) -> bool:
    """Whether a place the model read, ending in a division's suffix, names one: not a saying
    (鱼米之乡, 十里八乡: idioms of the dictionary; 贡米|之|乡: a particle in a name the
    gazetteer lacks), not a common
    word and the suffix (利用社区, 主产县), and for a village or a community not a phrase
    (全面|启动社区|清淤), not a kind of village (自然村, 乡村), not a fragment of a word (和|美乡村), not
    counted (1000个左右的|中心村: :func:`_counted`), not a work's title (《赤桑镇》: :func:`_a_work`)."""
    name = an.text[start:end]
    if _counted_kind(an, start) or _a_work(an.text, start, end):
        return False
    row = next((r for r in UNKNOWN_DIVISION_SUFFIXES if name.endswith(r.suffix)), None)
    if row is not None and (word_tags().get(name, "") in _SAYING_TAGS or common_head(name[:-len(row.suffix)], row.suffix)
                            or common_phrase(an, start, end, row.suffix) or (
            name not in gazetteer().all_names and _has_particle(an, start, end - len(row.suffix)))):
        return False
    suffix = next((s for s in VILLAGE_SUFFIXES if name.endswith(s)), None)
    if suffix is None:
        return True
    if _quoted_alone(an.text, start, end):
        return False
    prefix = name[:-len(suffix)]
    low, high = _SUFFIX_SPAN[suffix]
    tags = word_tags()
    holder = an.token_at(end - len(suffix))  # 和|美|乡村: the suffix is the end of a common noun
    fragment = holder is not None and holder[0] < end - len(suffix) and tags.get(holder[2], "") in _KIND_TAGS
    return (low <= len(prefix) <= high and start in an.boundaries and not fragment and not _kind_of_village(name)
            and tags.get(prefix, "") not in _COMMON_NOUN_TAGS and not tags.get(prefix, "").startswith(_NOT_NAME_TAGS)
            # 全国|文明村/LOC|刘集村 (a county's page, 2023): a kind; but 安地镇|文明村 (xwlb-2023) names the village
            and (prefix not in lexicon("generic_names.txt") or any(m.end == start for m in an.of_type("AdministrativeDivision"))))


# the characters that end a division's or a state's name (克州|塔尔乡, 得州): what follows starts a name
_NAME_ENDS = frozenset(LEVEL_CHARACTERS | set(word_set("name_ending_characters")))


def _a_foreign_tail(text: str, start: int) -> bool:
    """Whether a division-shaped name the gazetteer lacks is the tail of a transliterated name, its
    first character and the two before it all characters of foreign names (data: the world list's),
    none of them ending a name: 亚利桑那州马里科|帕县 (Maricopa County), 雷克雅内斯半岛格林达|维克镇
    (Grindavík), 克里米亚黑海沿岸的费奥多|西亚镇 (Feodosia), 帕拉斯科维耶|夫卡镇 (xwlb-2023: read as the
    divisions 帕县, 维克镇, 西亚镇, 夫卡镇); not 新疆克州|塔尔乡 (州 ends 克州), nor a name right after a
    division of the gazetteer (滨州市|北陈村: the caller's test)."""
    if start < 2:
        return False
    foreign = transliteration_characters()
    before = text[start - 2:start]
    return (all(ch in foreign and "\u4e00" <= ch <= "\u9fff" for ch in before + text[start])
            and before[-1] not in _NAME_ENDS)


_COUNT = re.compile(r"(?:\d+|[一二两三四五六七八九十百千万几数])[多余]?(?:%s)(?:左右)?的?$"
                    % "|".join(map(re.escape, word_set("measure_words"))))


def _counted(text: str, start: int) -> bool:
    """Whether a number and a measure word come right before ``start``: what is counted is a kind of
    village or township, not one by its name: 当地75个|交通中断村|已抢通73个, 把其中1000个左右的|中心村|建成,
    梅溪镇的一个|小山村 (xwlb-2023: read as villages the gazetteer lacks)."""
    return bool(_COUNT.search(text, max(0, start - 12), start))


_KIND_WORD_TAGS = frozenset(("n", "vn", "nz", "an", "j"))  # a noun, an abbreviation (通信/j)


def _counted_kind(an: Analysis, start: int) -> bool:
    """:func:`_counted` at ``start`` or before the one noun of the dictionary that opens the name:
    北京342个|通信/j|中断村 (xwlb-20230809-02: the model read 中断村)."""
    if _counted(an.text, start):
        return True
    word = an.token_at(start - 1) if start else None
    return (word is not None and word[1] == start and start - word[0] <= 2
            and word_tags().get(word[2], "") in _KIND_WORD_TAGS and _counted(an.text, word[0]))


def _a_work(text: str, start: int, end: int) -> bool:
    """Whether a name is written whole as a work's title: 京剧《对花枪》《四郎探母》《|赤桑镇|》 (xwlb-2023:
    an opera, not a township)."""
    return text[start - 1:start] == "《" and text[end:end + 1] == "》"


def picks_levels(word: str) -> bool:
    """Whether ``word`` is levels of divisions, or a word that picks some and the levels (乡镇, 各乡镇, 部分县镇), no
    division's name."""
    rest = word.removeprefix(_level_determiner(word))
    return bool(rest) and all(ch in LEVEL_CHARACTERS for ch in rest)


def _level_determiner(prefix: str) -> str:
    """The word that opens ``prefix`` and picks some divisions of a level (部分|县镇), or ""."""
    return next((word for word in longest_first(word_set("level_determiners")) if prefix.startswith(word)), "")


def _unknown_divisions(an: Analysis, cands: list[Candidate], resolved: dict[int, int | None],
                       places: frozenset[tuple[int, int]], reserved: list[tuple[int, int]] = ()) -> None:
    """Division-shaped names that the gazetteer lacks: 三湾路社区, 陵县, 桃花源镇 (none inside the ``reserved`` spans;
    ``places``: the model's, :func:`_model_places`)."""
    gaz = gazetteer()
    text = an.text
    covered = bytearray(len(text) + 1)  # characters a name holds: one mark each, not a scan of names
    whole = bytearray(len(text) + 1)  # and those a name written with its level holds (沽河街道, not 集美)
    for start, end in reserved:  # the villages the model reads whole (_villages_read_whole)
        covered[start:end] = b"\x01" * (end - start)
    linked = {(m.start, m.end) for m in an.of_type("AdministrativeDivision")}
    whole_ends = {c.end for i, c in enumerate(cands) if not c.short and resolved.get(i) is not None}
    # (the model's places of a short name no word of the dictionary is, ending where no division the scan read does:
    # not 四川|凉山/LOC|三河村, 菏泽市|黄河滩区/LOC|六合村, xwlb-20230724-09, nor 成都大运会|运动员/LOC|村开村)
    # (nor a division of its own the gazetteer lacks: 红庄乡/LOC|陈沟村, pd-dev-02314)
    place_ends = {end for start, end in places if end - start <= 3 and text[start:end] not in word_tags()
                  and not text.endswith(_UNKNOWN_SUFFIXES, start, end)} - {c.end for c in cands}
    for i, c in enumerate(cands):
        if resolved.get(i) is None and (c.start, c.end) not in linked \
                and (any(c.start - k in whole_ends and _CJK.match(text[c.start - k:c.start]) for k in (1, 2, 3))
                     or c.start in place_ends):
            # a name the gazetteer holds only far away, left unlinked, covers nothing where a division written whole
            # ends a few characters before it: 席王街道|普华|浅水湾社区 (a district's page, 2023; 浅水湾社区 of other cities)
            # is a longer name the gazetteer lacks; nor where the model reads a place's name right before it (杨店乡|
            # 黄栗/LOC|民族社区, 肥东县's page, 2023: 黄栗民族社区, not the 民族社区 of 涡阳县)
            continue
        covered[c.start:c.end] = b"\x01" * (c.end - c.start)
        if not c.short:
            whole[c.start:c.end] = b"\x01" * (c.end - c.start)
    following = {c.start: (i, c) for i, c in enumerate(cands)}
    preceding = {c.end: (i, c) for i, c in enumerate(cands)}
    # 到|西地乡/LOC|烧锅村 (承德市双滦区's page, 2017; jieba 西地/s): a place word before a township's or a town's suffix
    # makes a name where the model reads the whole as one place (当地|社区 it does not); not a street's, a village's
    # or a community's (沿途|街道/LOC, 媒体|村/LOC of an Asian Games, xwlb-2023: a phrase, a venue)
    # (a street's suffix too right after a county's name: 沙湾市|书香街道/LOC|老沙湾路社区, 沙湾市's page, 2024 — a street
    # the gazetteer lacks, 书香/n)
    county_ends = {c.end for i, c in enumerate(cands) if resolved.get(i) is not None and gaz.levels[resolved[i]] == 3}
    read_as: dict[str, int] = {}  # a name the gazetteer lacks, read as a division it holds (a misprint) -> that one
    for match in _UNKNOWN_SUFFIX_RE.finditer(text):
        p, suffix_end = match.start(), match.end()
        if any(covered[p:suffix_end]) \
                or (suffix_end not in an.boundaries and not _model_ends_a_suffix(an, p, suffix_end)):
            continue
        if p in preceding and preceding[p][1].name.endswith(match.group()):
            continue  # 房县|县人大常委会 (a county paper, 2016), 户县|县人大: the county's level again, before its bodies
        if any(len(title_at(text, at) or "") > suffix_end - at for at in (p - 1, p) if at >= 0):
            continue  # 政府|副苏木达|包杨 (a banner's township, 2024): the suffix opens a head's title, no division 政府副苏木
        if text[suffix_end - 1:suffix_end + 1] in word_set("level_words_read_across"):
            continue  # 培树|乡风|文明 (a town's page, 2020; jieba 培树乡|风): the level's character opens a word, no 培树乡
        low, high = _SUFFIX_SPAN[match.group()]
        if any(_counted(text, p - k) for k in range(low, high + 3) if p - k >= 0):
            continue  # 北京342个|通信中断村: a kind counted (nor 通信|中断村: the count may stand a word further)
        start = None
        # (a longer name where a division written whole ends right before it: 席王街道|普华浅水湾社区, a district's page, 2023)
        bounded = [k for k in range(high + 2, high, -1) if p - k >= 1 and whole[p - k - 1] and not any(whole[p - k:p])]
        for k in [*bounded, *range(high, low - 1, -1)]:
            s = p - k
            if s < 0 or s not in an.boundaries or any(whole[s:p]):
                # (not over a name read with its level: 沽河街道|庄扶社区, a city's page, 2017, is no 街道庄扶社区; but
                # 集美|镇 holds 集美区's short name, pd-dev-00920)
                continue
            token = an.token_at(p)
            if p not in an.boundaries and (token is None or token[0] != s) \
                    and not _glued_to_its_suffix(an, s, p, suffix_end, places):
                # (a word across the name's end and the suffix opens none, unless the model reads the whole as one
                # place: 武陟县|嘉应|观镇/jieba, 嘉应观镇/LOC, 焦作's paper, 2018)
                continue
            if any(t.tag == "PER" and t.start < s < t.end for t in an.model_tokens_between(max(0, s - 4), s)):
                # 部长|刘邦文/PER|率|县|双考组 (a county's page, 2021; jieba 刘邦|文率|县): no name opens inside a person's
                continue
            prefix = text[s:p]
            if not all(_CJK.match(ch) for ch in prefix) or prefix.startswith(ordered_lexicon("generic_names.txt")) or prefix in ordered_lexicon("generic_names.txt"):
                continue
            if s and text[s - 1].isdigit():
                continue  # 学生志愿者等30|余人来|社区|开展… (通州区's page, 2019): a count's words, no name opens after a number
            if text[s:suffix_end] in _common_words():
                continue  # 以鹿圈村为|中心村 (a town's rural work, 2021): the gazetteer's name is a common word here too
            if prefix.startswith(_LEVEL_WORDS) and prefix[len(next(w for w in _LEVEL_WORDS if prefix.startswith(w))):] \
                    in lexicon("generic_names.txt"):
                continue  # 是|街道城市|社区治理改革试点 (长兴县's page, 2021): a level and a kind, no name
            if prefix in BEFORE_LEVEL_WORDS or prefix[-1] in BEFORE_LEVEL_WORDS or prefix[-1] in LIST_JOINERS \
                    or _enumerates(text, s):
                # 经|县人大常委会: a preposition before the level word, no county 经县; nor a name that ends with
                # one (任命…纪道清|为|县人民政府副县长, a county paper, 2016: no county 清为县); 二是|县工作专班
                continue
            if picks_levels(prefix):
                # 安徽全省75个|市县, 省市县|三级 (xwlb-20231219-11, -20230527-06): levels, no name; so after a word that
                # picks some of them (新集川镇的|部分|县镇|人大代表, a county's page, 2019: word set level_determiners)
                continue
            # (a name the model reads as a place up into the suffix is one whatever the segmenter's words: 扎/v|嘎斯台|
            # 嘎查, the model 扎嘎斯台嘎/LOC|查/v, 西乌珠穆沁旗's page, 2019; or whole, where the segmenter glued its last
            # character to the suffix: 嘉应|观镇, 嘉应观镇/LOC; not 荔枝|之|乡/LOC, xwlb-20230413-01, a saying)
            # (or the model reads the name right before the suffix as a place, a division written whole right before it:
            # 枫溪街道|七斗冲/LOC|社区, jieba 冲/v — 芦淞区's united-front page, 2021)
            if (not (_name_like(an, s, p) or any((s, e) in places for e in range(p + 1, suffix_end))
                     or _glued_to_its_suffix(an, s, p, suffix_end, places)
                     or ((s, p) in places and s and whole[s - 1]))
                    or word_tags().get(prefix, "") in _COMMON_NOUN_TAGS
                    or _kind_of_village(text[s:suffix_end])
                    or (common_head(prefix, match.group())
                        and not ((s, suffix_end) in places
                                 and (match.group() in _TOWNS_THE_MODEL_READS or s in county_ends)))
                    or common_phrase(an, s, suffix_end, match.group())):
                continue  # 全面|启动|社区|清淤: a verbal noun and the suffix make a phrase; 自然村 a kind
            start = s
            break
        if start is None or an.in_quote(start, suffix_end) or after_a_country(text, start) \
                or _a_work(text, start, suffix_end) \
                or text.endswith(word_set("building_verbs"), 0, start) \
                or (start not in preceding and (_a_foreign_tail(text, start) or foreign_division(an, start, suffix_end))):
            # 日本|福岛县 (xwlb-20230611-13): a foreign division, a place; 谋划|打造|品质化社区 (xwlb-20230105-03): a kind
            # of community to build, none named (word set building_verbs)
            continue
        if match.group() in TOWNSHIP_SUFFIXES and any(
                found is not None and found[1].nodes and all(gaz.levels[n] >= 4 for n in found[1].nodes)
                and found[1].end <= p
                for found in (preceding.get(start), following.get(start))):
            continue  # 来到|金沙镇主|街道 (闽清新闻网, 2023): the town's main street; no township lies inside a township
        name = text[start:suffix_end]
        # a misprint: 桃花源镇 right before 李花山村, whose town is 桃花山镇; or a township since made a town of the
        # name (到|西地乡|烧锅村, 承德市双滦区's site, 2017: the gazetteer's 西地镇 holds 烧锅村)
        if name in read_as:  # the name read so once is so wherever the article writes it (西地乡|主要负责人)
            link_division(an, start, suffix_end, name, read_as[name])
            covered[start:suffix_end] = b"\x01" * (suffix_end - start)
            continue
        after = following.get(suffix_end)
        if after is not None and resolved.get(after[0]) is not None:
            parent = gaz.parents[resolved[after[0]]]
            official = gaz.names[parent]
            if (len(official) == len(name) and official[-len(match.group()):] == match.group()
                    and sum(a != b for a, b in zip(official, name)) == 1) or _made_a_town(name, official):
                an.notes.append(f"{an.doc.id}: {name} is not in the gazetteer; read as {gaz.full_name(parent)} "
                                f"(parent of {gaz.names[resolved[after[0]]]})")
                link_division(an, start, suffix_end, name, parent)
                read_as[name] = parent
                an.fact(division_key(resolved[after[0]]), "partOf", division_key(parent), start)
                covered[start:suffix_end] = b"\x01" * (suffix_end - start)
                continue
        an.notes.append(f"{an.doc.id}: {name} is not in the gazetteer; kept as an unlinked division")
        key = unlinked_division(an, start, suffix_end, name)
        covered[start:suffix_end] = b"\x01" * (suffix_end - start)
        whole[start:suffix_end] = b"\x01" * (suffix_end - start)  # written with its level: it bounds a name after it
        before = preceding.get(start)
        if before is not None and resolved.get(before[0]) is not None:
            an.fact(key, "partOf", division_key(resolved[before[0]]), start)
