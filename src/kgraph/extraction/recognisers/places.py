"""Stage 5: named places that are not divisions — residential compounds, parks,
landmarks, venues (沙市花园, 三国公园, 万寿宝塔) — and the division each lies in."""
from __future__ import annotations

import bisect
import re
from functools import cache

from ...gazetteer import gazetteer
from ...model import Mention
from ...resources import every_occurrence, lexicon, longest_first, ordered_lexicon, pos_tags, tokenizer, word_set, word_tags
from ..analysis import Analysis, SpanIndex, stage
from ..lexicons import CLAUSE_MARKS, longest_end, place_heads, world_finder
from ..linkers import implicit, place_key
from ..names import chinese_name
from ..world import foreign_name, local_page
from .agencies import governing_division
from .divisions import CHINESE_NUMERALS, UPPER_LEVEL_CHARACTERS, picks_levels

__all__ = ["a_designation", "a_graded_kind", "a_kind_of_place", "find_places", "graded_kind_opening", "place_key", "venue_by_its_level"]

_CJK = re.compile(r"^[\u4e00-\u9fff]+$")
_NAME_TAGS = pos_tags("place_name_words")
_STOP_TAGS = pos_tags("place_run_stops")
# characters that never sit inside a place name but glue to it in jieba: 从|万寿宝塔, 到|洋码头
_BREAKS = frozenset(word_set("place_breaks"))
# the model's tags of a word no place's name holds: a function word (对/p, 和/c, 的/u), a verb, a
# pronoun or a count (工作人员|走进/v|广场, 境内|所有/r|水库: xwlb-2023)
_MODEL_BREAK_TAGS = pos_tags("place_model_breaks")
_MODEL_NAME_TAGS = pos_tags("model_proper_nouns")
# of those, the function words and pronouns, a break whatever their length (对/p|金龙小区, 北京|各/r|大|公园)
_MODEL_FUNCTION_TAGS = pos_tags("place_model_function_words")
# and of those the joining words, which cut off no clause (对/p, 和/c, 的/u: what is left is still read as a name)
_MODEL_JOINING_TAGS = pos_tags("place_model_joiners")
# the endings of a division's name written whole (胜利街道, 沙市区), not short (荆州), down to the
# township: a village's square is named with its village (肖红坪村文化广场)
_WHOLE_DIVISION_ENDINGS = tuple(UPPER_LEVEL_CHARACTERS) + ("旗", "街道")
_LEVELED_ENDINGS = (*_WHOLE_DIVISION_ENDINGS, "村", "社区")
# a measure word that ends a count before a place's head (5|个|国家公园)
_MEASURE_WORDS = frozenset(word_set("measure_words"))
# how far back from a memorial's head its name may run (八路军驻新疆办事处: 8), and the verb a name of a body's office
# abroad holds (驻)
_MEMORIAL_REACH = 12
# how far before the words of a name the model's place may open it (大|深港水库)
_MODEL_OPENING = 2
_MEMORIAL_JOINS = frozenset({"驻"})
_GRADE_WORDS = frozenset(word_set("grade_words"))


@cache
def _head_finder():
    # (and a market's heads, read only on a local page: word set trade_heads)
    return every_occurrence([*(s for s in ordered_lexicon("place_suffixes.txt") if s != "小区"), *word_set("trade_heads")])


@cache
def _longer_org_heads(place_head: str) -> tuple[str, ...]:
    return tuple(h for h in ordered_lexicon("org_suffixes.txt") if len(h) > len(place_head) and h.endswith(place_head))


def _dot_of_a_name(an: Analysis, at: int) -> bool:
    """Whether the middle dot at ``at`` is inside a personal name the model reads, here or as written anywhere in the
    article (何塞·马蒂, read whole once and as 何塞 alone the next time)."""
    if an.model_name_index.holding(at, at + 1) or any(t.end == at and t.tag == "PER" for t in an.model_tokens_between(
            max(0, at - 8), at)):
        return True  # (or a name the model reads up to the dot: 何塞/PER|·马蒂纪念馆)
    return any(an.text.startswith(name, at - name.index("·")) for name in an.model_name_texts if "·" in name)


def _a_names_dot(an: Analysis, tok_start: int, tok_end: int, word: str, start: int) -> bool:
    """Whether the word ``tok_start:tok_end`` read backwards from ``start`` is the dot of a transliterated name the model
    reads (:func:`_dot_of_a_name`): 何塞|·|马蒂|纪念馆 (xwlb-20230919-04) goes on over it."""
    return tok_end == start and word == "·" and _dot_of_a_name(an, tok_start)


def _past_a_dot(text: str, start: int) -> int:
    """``start``, past a dot that would open a name (列夫|·|托尔斯泰|庄园: the name stopped before its first part)."""
    return start + (text[start:start + 1] == "·")


def _name_before(an: Analysis, end: int, limit: int = 8) -> int:
    """Start of the name-like words that end at ``end``."""
    tags, stops = word_tags(), lexicon("stop_tokens.txt")
    start = end
    tokens = [t for t in an.tokens_from(max(0, end - limit - 4), limit + 8) if t[1] <= end]
    for tok_start, tok_end, word in reversed(tokens):
        if _a_names_dot(an, tok_start, tok_end, word, start):
            start = tok_start
            continue
        if tok_end != start or not _CJK.match(word) or word in stops:
            break
        tag = tags.get(word, "")
        if word[-1] in _MEASURE_WORDS and (tag.startswith("m") or len(word) == 1) \
                or tag == "q" and (an.text[tok_start - 1:tok_start].isdigit()
                                   or an.text[tok_start - 1:tok_start] in CHINESE_NUMERALS):
            # a count is no name: 建成5|个/m|国家公园, 50|余家/m|国内知名博物馆, 首个/m|… (not 五四/m|广场); nor a measure
            # after a number (新建|1000|平方米/q|文化广场, a village's page, 2020: a square of that size; but 宁夏|段/q|任湾…
            # 特大桥, xwlb-20230813-09, and 阿尔及尔|米/q|提加国际机场, xwlb-20230816-12, are names)
            break
        if tag.startswith(_STOP_TAGS) or (tag.startswith(("v", "d")) and end - tok_end > 0 and limit < 8):
            break
        if end - tok_start > limit:
            break
        start = tok_start
    start = _past_a_dot(an.text, start)
    # a name does not hold a division written whole before it, its address: 沙市区胜利街道|金龙小区
    # (jieba: 胜利|街道|金龙|小区), 徐闻县|大水桥水库 (xwlb-2023); a short one is part of the name
    # (荆州古城东门广场)
    for division in an.of_type("AdministrativeDivision"):
        if start < division.end < end and _written_whole(an.text[division.start:division.end], division):
            start = max(start, division.end)
    # nor start with a verb, an adverb or a preposition: 共同|提升小区, 进一步|优化小区; nor hold a
    # word the model reads as one (:func:`_after_the_models_breaks`)
    for tok_start, tok_end, word in tokens:
        if tok_start == start and tok_end < end and tags.get(word, "").startswith(("v", "d", "a", "p")):
            start = tok_end
    start = _after_the_models_breaks(an, start, end, tags)
    # after the last break that stands alone or ends a word (从/p|万寿宝塔, 侯艳琪|等到|机场, 东至|深圳…),
    # not one whose word would leave a fragment (建设|自动化|集装箱码头 is not 动化…, 自然科学|博物馆)
    breaks = [at for at in range(start, end) if an.text[at] in _BREAKS and not _inside_a_word(an, at, tags)]
    start = breaks[-1] + 1 if breaks else start
    if start < end and an.text[start] in _GRADE_WORDS and start and an.text[start - 1].isascii() \
            and an.text[start - 1].isalnum():
        return end  # 民族文化|5A|级|旅游景区 (a city's page, 2023): a grade of a kind, no name
    if start == end:
        # no word of a name before the head, where the model reads one the segmenter broke at a break:
        # 在|盛/和/|小区|广场 (LAC: 盛和/LOC|小区; a street office's post, 南通, 2023)
        start = next((t.start for t in an.model_tokens_between(max(0, end - limit), end)
                      if t.end == end and t.tag == "LOC" and t.end - t.start >= 2), end)
    return start


_PARK_HEADS = tuple(word_set("park_heads"))
# what no park's description holds: the tags of pos set park_description_stops, a count's measure (个, 家, 座: word set
# measure_words) or 等, a visit's or an inspection's verb (东山园区|调研|…: word set not_project_words)
_NOT_PARK_WORD_TAGS = pos_tags("park_description_stops")
_NOT_PARK_WORDS = _MEASURE_WORDS | {"等"} | frozenset(word_set("not_project_words"))
# what a park's description between its place and its head holds: Chinese words, numbers written in them (百亿), no mark
_PARK_WORDS = re.compile(r"[\u4e00-\u9fff]{1,8}")


_DEMONSTRATION_HEADS = tuple(word_set("demonstration_park_heads"))
# how far a demonstration park's words run between its division and its head (国家农村产业融合发展: 10)
_DEMONSTRATION_REACH = 14
_DEMONSTRATION_WORDS = re.compile(r"[\u4e00-\u9fff]{1,%d}" % _DEMONSTRATION_REACH)


def _demonstration_park_start(an: Analysis, head_start: int, divisions: list[tuple[int, int]]) -> int | None:
    """Where a demonstration park's name starts: at the division written whole right before the words that say what it
    shows, Chinese words a noun opens; None where no division is written there."""
    for start, end in sorted(divisions, key=lambda d: -d[1]):
        if end <= head_start and head_start - end <= _DEMONSTRATION_REACH and start in an.boundaries \
                and (end == head_start or _DEMONSTRATION_WORDS.fullmatch(an.text, end, head_start)) \
                and any(t.start == end and (t.tag.startswith("n") or t.tag in ("LOC", "ORG"))
                        for t in an.model_tokens_between(end, head_start + 1)):
            # (a noun opening the words: not 新县|建设/vn|示范园, 新县|大力/d|发展|示范园; 发展/v inside them says what the park
            # shows)
            return start
    return None


def _park_name_start(an: Analysis, start: int, head_start: int, divisions: list[tuple[int, int]]) -> int:
    """Where a park's name starts: at the place written right before the words that describe it, a division
    (``divisions``: the written ones' spans) or the model's place (修水|百亿模具数字|产业园, 江家坪|装备制造配套|产业园: a city
    paper's page, 2024), the place within eight characters of ``start`` and the name within eighteen of the head; else
    ``start``, where the name's words read back from the head begin."""
    places = [(s, e) for s, e in divisions if start - 18 <= e <= start]
    places += [(t.start, t.end) for t in an.model_tokens_between(max(0, start - 14), start) if t.tag == "LOC"]
    tags = word_tags()
    for place_start, place_end in sorted(places, key=lambda p: -p[1]):
        if not (place_end <= start and start - place_end <= 8 and head_start - place_start <= 18
                and (place_end == start or _PARK_WORDS.fullmatch(an.text, place_end, start))
                and place_start in an.boundaries):
            continue
        words = [(s, w) for s, e, w in an.tokens_from(place_end, 12) if e <= head_start]
        if any(tags.get(w, "").startswith(_NOT_PARK_WORD_TAGS) or w in _NOT_PARK_WORDS for _, w in words) \
                or any(tags.get(w, "") == "ns" for _, w in words[1:]):
            # 赵家沟|和|薛家沟工业园区, 东柯河|等|五个|工业园: two parks, parks counted; 衡山县|加快推进|衡山|创新创业园区
            # (a county's page, 2021): another place nearer the head, where the name starts
            return start
        if words and tags.get(words[0][1], "") in ("nr", "ns") and (place_start, place_end) in divisions:
            return words[0][0]  # 东方广场街道|孙家湾|工业园区 (a zone's page, 2025): the street its address, 孙家湾 the name
        return place_start
    return start


def _after_the_models_breaks(an: Analysis, start: int, end: int, tags: dict[str, str]) -> int:
    """Where a name read back from ``end`` starts once the words the model reads as a function word,
    a verb or a pronoun are cut off where jieba guessed a name-like run: 街道|对金龙|小区 (LAC: 对/p|
    金龙小区/LOC), 工作人员|走进/v|广场, 充分利用/v|广场, 北京|各/r|大公园 (xwlb-2023: each had become a
    place).  What is left after a verb or a pronoun names a place only where the model reads a name in
    it, or one that starts it (``end`` when it does not): 参观|抗战/vn|遗址 and 市区/s|主要/a|绿地公园 are
    kinds, 距离/v|海里弗/LOC|机场 a name."""
    cut_a_clause = False
    tag_before = ""  # the model's tag of the word before the one read
    for token in an.model_tokens_between(max(0, start - 12), end):
        if token.start >= start and token.end <= end and token.tag in _MODEL_BREAK_TAGS \
                and _a_word(an.text[token.start:token.end], token.tag, tag_before, tags):
            start = max(start, token.end)
            cut_a_clause = cut_a_clause or token.tag not in _MODEL_JOINING_TAGS
        tag_before = token.tag
    if cut_a_clause and not any(t.tag in _MODEL_NAME_TAGS and (t.start == start or t.end <= end)
                                for t in an.model_tokens_between(start, end)):
        return end
    return start


def _written_whole(written: str, division: Mention) -> bool:
    """Whether a division is written with its level (沙市区, 胜利街道), not by a short name that happens
    to end in a level's character (沙市 of 沙市区: 沙市|花园|小区 is the compound 沙市花园, sample page)."""
    node = division.prop("node")
    if node is not None and written != gazetteer().names[node] and len(written) <= 2:
        return False
    return written.endswith(_WHOLE_DIVISION_ENDINGS)


def _a_word(word: str, model_tag: str, tag_before: str, tags: dict[str, str]) -> bool:
    """Whether a word the model reads as a verb, pronoun or count is one, not a piece of a name it
    could not read: a function word, or a word the dictionary knows as no name — one character only
    where no name the model read comes just before it (走进/v, 所有/r, 这/r|是/v|继/v|港珠澳大桥; not
    特拉法/LOC|加/v|广场, 金日/LOC|成/v|广场, 汤原|抗联/v|广场, 拾影/m|花园: xwlb-2023)."""
    if model_tag in _MODEL_FUNCTION_TAGS or (model_tag == "m" and word in word_set("indefinite_counts")):
        return True
    tag = tags.get(word)
    if tag is None or tag.startswith(_NAME_TAGS):
        return False
    return len(word) >= 2 or tag_before not in _MODEL_NAME_TAGS


def _inside_a_word(an: Analysis, at: int, tags: dict[str, str]) -> bool:
    """Whether the character at ``at`` is inside a dictionary word whose rest after it is no word."""
    token = an.token_at(at)
    if token is None or token[1] - token[0] < 2 or token[2] not in tags:
        return False
    rest = an.text[at + 1:token[1]]
    return bool(rest) and rest not in tags


def _model_place(an: Analysis, start: int, end: int) -> bool:
    """Whether the model reads exactly [start, end), a name and 小区, as one place: a compound named
    with common words (幸福/a|小区 → 幸福小区/LOC, 和平小区/LOC) against a kind (老旧/a|小区/n, 问题|小区/n)."""
    if an.text[start:end - 2] in ordered_lexicon("place_suffixes.txt"):
        return False  # a kind of place before 小区 names none: 成了名副其实的|花园小区/LOC (sample page)
    # the model's place may go on with the works' phase (西苑小区二期/LOC|等工程建设, a county paper's page, 2019): the
    # compound's name ends before it
    return any(t.start == start and t.tag == "LOC" and (t.end == end or _PHASE.fullmatch(an.text, end, t.end))
               for t in an.model_tokens_between(start, start + 1))


# a works' phase written after a place's name (二期, 一期, 3期)
_PHASE = re.compile(r"[一二三四五六七八九十\d]{1,2}期")


def _model_reads_a_name(an: Analysis, start: int, end: int) -> bool:
    """Whether the model reads a name in [start, end), or reads nothing there (no model): a run of
    common words before 小区 is a kind of compound (城镇/n|老旧/a|小区, xwlb-2023), not its name
    (金源世纪城/LOC|小区)."""
    tokens = [t for t in an.model_tokens_between(start, end) if t.end <= end]
    return an.model_tokens is None or any(t.tag in _MODEL_NAME_TAGS for t in tokens)


def _model_runs_on(an: Analysis, head_start: int, end: int) -> bool:
    """Whether the model reads the whole head into a longer common word: no place ends there (2023年|
    全国|广场舞/n|大会, xwlb-2023).  Not a word that takes a head of one character, a misreading of what
    follows (河内|主席|府同/n|越南, xwlb-20231213-03), nor a longer name, which the model often
    overreads (成都|天府机场国际/LOC|航线; 凤凰山体育公园综合体育馆/LOC holds 凤凰山体育公园)."""
    return end - head_start >= 2 and any(t.start <= head_start and t.end > end and t.tag not in _MODEL_NAME_TAGS
                                         for t in an.model_tokens_between(max(0, head_start - 8), end))


def _model_names_the_place(an: Analysis, start: int, head_start: int, end: int) -> bool:
    """Whether the model reads the name and its head as one place where the dictionary gives the name a common
    word's tag: 来到|平遥/a|古城 (平遥古城/LOC; a visit recalled, xwlb-2023), 青海湖|仙女/n|湾 (仙女湾 read so). Not a
    kind's word (历史|古城)."""
    return head_start - start >= 2 and an.text[start:head_start] not in lexicon("generic_names.txt") \
        and _model_place(an, start, end)


def _model_name_exactly(an: Analysis, start: int, end: int) -> bool:
    """Whether the model reads [start, end) as one name, a common word of the dictionary though it is
    (深入|集贤/LOC|产业园, 集贤/n: a county's page, 2019)."""
    return start < end and any(t.start == start and t.end == end and t.tag in _MODEL_NAME_TAGS
                               for t in an.model_tokens_between(start, start + 1))


_KIND_OPENINGS = tuple(word_set("place_kind_openings"))
_NAMED_WITH_THEIR_CITY = tuple(word_set("place_heads_named_with_their_city"))


def _a_division_of_the_province_opens(words: str, province: int) -> bool:
    """Whether a city's or a county's name of ``province`` opens ``words`` (安徽|芜湖|古城, 浙江|余杭|良渚博物馆: xwlb-2023),
    which places it more finely than the province: the place's name keeps them whole."""
    gaz = gazetteer()
    return any(gaz.levels[n] in (2, 3) and gaz.province(n) == province
               for size in (2, 3) for n in gaz.lookup(words[:size]))


# a municipality and a special region, whose name often opens a place's official one (上海临港新片区, 香港故宫文化博物馆)
_PROVINCES_NAMING_THEIR_PLACES = ("市", "特别行政区")


_AREAS_BEFORE_A_PLACE = frozenset(word_set("areas_before_a_place"))
# the heads of a market's name, whose words are as often trade's (东莞市场, 国内市场, 消费市场: word set trade_heads)
_TRADE_HEADS = frozenset(word_set("trade_heads"))


def _a_markets_own_name(words: str) -> bool:
    """Whether the words before a market's head are its own name (泓源|市场, 金阳|市场, 林丰钢材|市场: local pages of
    2023-2025, each a place of the local gold): a word the dictionary lacks or holds as a name (澧源, 威龙/nrt), or
    characters no word of the dictionary joins (泓|源); and no province's, city's or country's name (对接|东莞|市场: its
    trade; a county's short name names a marketplace as often, 金阳|市场), no scope or goods of trade (国内, 农村: word set
    trade_scopes), no adjective, verb or adverb (人流密集|市场, jieba 密集/n, is none of these: it holds no name)."""
    gaz, tags = gazetteer(), word_tags()
    split = [w for w in tokenizer().lcut(words) if w.strip()]
    if not split or any(any(gaz.levels[n] <= 2 for n in gaz.lookup(w)) or foreign_name(w) or w in word_set("trade_scopes")
                        or tags.get(w, "n").startswith(("a", "v", "d")) for w in split):
        return False
    return all(len(w) == 1 for w in split) or any(tags.get(w) is None or tags[w].startswith(_NAME_TAGS) for w in split)


def _proper(word: str) -> bool:
    """Not a common noun on its own: 问题小区, 花园小区 are kinds, 沙市花园 is a name."""
    if len(word) < 2 or word in lexicon("generic_names.txt"):
        return False
    tag = word_tags().get(word)
    return tag is None or tag.startswith(_NAME_TAGS) or len(word) > 3


_LATIN_OPENING = re.compile(r"^[A-Za-zＡ-Ｚａ-ｚ]+")


_NATIONAL_OPENING = re.compile(r"中国[(（][\u4e00-\u9fff]{2,4}[)）]")


_PLACE_KIND_WORDS = frozenset(word_set("place_kind_words"))


def a_kind_of_place(name: str) -> bool:
    """Whether a place's name is a place's head after words of a kind alone (generic_names.txt): 智慧平安小区 — no name of
    its own (not 平安花园小区: a word of its own before the head; nor 幸福小区, one word of a kind)."""
    head = longest_end(name, place_heads())
    if not head or len(name) == head:
        return False
    # (letters before the words are a technique's, no name: VR|智慧|平安|小区)
    words = tokenizer().lcut(_LATIN_OPENING.sub("", name[:-head]))
    # (two words of a kind at least: one alone names many a compound, 幸福|小区; but one of the words that only say
    # what a site is for or how large, word set place_kind_words, names none: 建设|文化|公园, 社区|文化|广场, 大型|文化|
    # 广场, 打造|网红|景区 — local pages of 2015-2023, no local gold's place)
    kind_words = _PLACE_KIND_WORDS | lexicon("generic_names.txt")
    return bool(words) and all(word in kind_words for word in words) and (len(words) >= 2 or words[0] in _PLACE_KIND_WORDS)


def graded_kind_opening(name: str) -> int:
    """How many characters of a place's name a site's grade and kind open it with, no part of its name (三A级景区|尧母文化园,
    望都县's page, 2023; 5A级旅游景区, 四星级景区: word set grade_words); 0 where none does, or where nothing of two
    characters follows."""
    graded = _GRADED_KIND.match(name)
    return graded.end() if graded and len(name) - graded.end() >= 2 else 0


_GRADED_KIND = re.compile(r"(?:[0-9０-９一二三四五]?[AＡ]+|[一二三四五]星)(?:%s)(?:旅游)?(?:景区|景点)" % "|".join(_GRADE_WORDS))


def a_graded_kind(name: str) -> bool:
    """Whether a place's name is a site's grade and kind alone, no name (旅游发展规划和|3A级景区/LOC|创建规划标准, a town's
    page, 2023: the grade a town means to reach)."""
    return _GRADED_KIND.fullmatch(name) is not None


def a_designation(name: str) -> bool:
    """Whether a place's name is a title a site is designated by, a rank and a kind of site alone (word sets
    designation_ranks, designated_kinds): 世界地质公园, 国家森林公园, 国家级风景名胜区 — not 国家大剧院, 国家植物园."""
    rank = next((word for word in word_set("designation_ranks") if name.startswith(word)), None)
    if rank is None or not name.endswith(tuple(word_set("designated_kinds"))):
        return False
    return all(word in word_tags() and not word_tags()[word].startswith(("ns", "nr", "nz"))
               for word in tokenizer().lcut(name[len(rank):]))


def _add(an: Analysis, start: int, end: int, label: str) -> Mention:
    named = venue_by_its_level(an, start, label)
    spelling = None
    if named is not None:
        # 会议在|县|人民会堂|召开 (a county's 政法 meeting, 2018): the county's hall, named with the county
        division, label, spelling = named
        an.fact(place_key(label), "locatedIn", division.key, start)
    return an.add(Mention.make("Place", an.doc.id, start, end, an.text[start:end], label, place_key(label),
                               spelling=spelling))


def venue_by_its_level(an: Analysis, start: int, written: str) -> tuple[Mention, str, str | None] | None:
    """(division, label, another spelling or None) of a venue written after its division's level character alone
    (县|人民会堂, 市|图书馆): the division the level names, as a body's (recognisers.agencies.governing_division), the place
    named with it; a venue of its own name is spelt without the division too (区|雍州大剧院: 凤翔区雍州大剧院, spelt
    雍州大剧院), its name kept apart from another city's venue of the name (县|中山公园, 市|中山公园)."""
    level, rest = written[:1], written[1:]
    if level not in UPPER_LEVEL_CHARACTERS or len(rest) < 3 or not rest.endswith(ordered_lexicon("place_suffixes.txt")):
        return None
    if any(m.start == start and m.end > start + 1 for m in an.of_type("AdministrativeDivision")):
        return None  # 前往|镇安县|天麻…产业园 (镇安县's page, 2023): the level's character opens a division written whole
    division = governing_division(an, level, start)
    if division is None:
        return None
    head = longest_end(rest, ordered_lexicon("place_suffixes.txt"))
    return division, division.label + rest, rest if len(rest) > head and _proper(rest[:-head]) else None


# It writes divisions too: 沙市 inside 沙市花园 is marked implicit (the place owns the span).
# It takes over a program read inside a park's name (修水百亿模具|数字产业园): the park's words, no program.
@stage(reads=("text", "tokens", "Agency", "Program", "AdministrativeDivision"),
       writes=("Place", "AdministrativeDivision", "locatedIn", "Program"))
def find_places(an: Analysis) -> None:
    """The named places of the article, each step of :class:`_Places` in turn, then where each lies."""
    places = _Places(an)
    places.compounds()
    places.named_again()
    places.memorials()
    places.heads()
    places.venues_after_divisions()
    places.venues_after_levels()
    places.staff_housing()
    places.markets()
    places.place_their_divisions()
    an.mentions.sort(key=lambda m: (m.start, -m.end))


class _Places:
    """The places found in one article so far, and the characters agencies, programs and those places hold (one mark
    each): each step adds places only where no name holds the characters yet."""

    def __init__(self, an: Analysis) -> None:
        self.an, self.text = an, an.text
        self.held = bytearray(len(an.text) + 1)
        for m in an.mentions:
            if m.type in ("Agency", "Program") and m.end > m.start:
                self.hold(m.start, m.end)
        self.found: list[Mention] = []
        # the divisions' names: no place ends inside one (来到|文亨花园/LOC|社区, 我|街道/LOC|文亨花园社区, a street's page,
        # 常州, 2013: the community 文亨花园社区 written whole, no compound 文亨花园 nor 街道文亨花园), though a venue may
        # hold one (朱家台社区菜市场)
        self.divisions = SpanIndex((m.start, m.end) for m in an.mentions
                                   if m.type == "AdministrativeDivision" and m.end > m.start)

    def hold(self, start: int, end: int, held: bool = True) -> None:
        self.held[start:end] = (b"\x01" if held else b"\x00") * (end - start)

    def free(self, start: int, end: int) -> bool:
        return not any(self.held[start:end])

    def add(self, start: int, end: int, label: str) -> None:
        if a_designation(label) or a_kind_of_place(label):
            return  # 集|世界地质公园|、|国家水利风景区|等 (a county's page, 2020): a site's titles, no place
        if any(s < end < e for s, e in self.divisions.overlapping(end - 1, end + 1)):
            return  # a place ending inside a division's name is a piece of the name (文亨花园|社区)
        self.found.append(_add(self.an, start, end, label))
        self.hold(start, end)

    def take_over(self, inner: Mention) -> None:
        """A name read inside a place's is the place's words: no mention of its own, its characters free."""
        self.an.mentions.remove(inner)
        self.hold(inner.start, inner.end, held=False)

    def compounds(self) -> None:
        """1. X小区, and lists ending in 等小区: 金源世纪城、合汇公园天下等小区."""
        an, text = self.an, self.text
        listed = _compounds_listed(an)
        for match in re.finditer("小区", text):
            start = _name_before(an, match.start())
            name = text[start:match.start()]
            if (_model_place(an, start, match.end()) or (_proper(name) and _model_reads_a_name(an, start, match.start()))
                    or (start, match.end()) in listed) \
                    and self.free(start, match.end()) \
                    and not an.in_quote(start, match.end()):
                # 金源世纪城 is a compound already (…城 names one); 红光还迁 is not
                label = name if name.endswith((*ordered_lexicon("place_suffixes.txt"), "城")) else name + "小区"
                self.add(start, match.end(), label)
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
                if not _proper(item) or not self.free(item_start, cursor - 1):
                    break
                self.add(item_start, cursor - 1, item)
                cursor = item_start
            if text[match.start() - 1:match.start()] == "等" and last_start == match.start() - 1:
                item_start = _name_before(an, last_start)
                item = text[item_start:last_start]
                if _proper(item) and self.free(item_start, last_start):
                    self.add(item_start, last_start, item)

    def named_again(self) -> None:
        """One name, one place: every other occurrence of a name found so far is that place."""
        labels: dict[str, str] = {}
        for m in self.found:
            labels.setdefault(m.text, m.label)
        for written in longest_first(labels):
            for match in re.finditer(re.escape(written), self.text):
                if self.free(match.start(), match.end()):
                    self.add(match.start(), match.end(), labels[written])

    def memorials(self) -> None:
        """2a. a memorial or a museum whose name opens with a body's, the body's name part of the place's, no agency:
        参观|了|中共|五大|会址|纪念馆|、|…|和|中国共产党|纪律|建设|历史|陈列馆 (xwlb-20230321-04), 八路军|驻|新疆|办事处|
        纪念馆 (xwlb-20230729-04).  The name runs back from the head (word set memorial_heads) over words of a name, 驻
        among them, to a verb, a function word or a mark; a division that opens it says where the place is (左权县|麻田|
        八路军总部|纪念馆)."""
        an, text, tags = self.an, self.text, word_tags()
        heads = longest_first(word_set("memorial_heads"))
        divisions = {m.start: m for m in an.of_type("AdministrativeDivision") if m.end > m.start}
        for match in re.finditer(f"(?:{'|'.join(heads)})+", text):  # (会址|纪念馆: one head)
            head_start, end = match.span()
            if head_start not in an.boundaries or end not in an.boundaries:
                continue
            start = head_start
            for tok_start, tok_end, word in reversed([t for t in an.tokens_from(max(0, head_start - _MEMORIAL_REACH),
                                                                                 _MEMORIAL_REACH + 4) if t[1] <= head_start]):
                tag = tags.get(word, "")
                if _a_names_dot(an, tok_start, tok_end, word, start):
                    start = tok_start
                    continue
                if tok_end != start or not _CJK.match(word) or word in heads or (
                        (tag.startswith(_STOP_TAGS) or tag in ("v", "d")) and word not in _MEMORIAL_JOINS):
                    break
                start = tok_start
            start = _past_a_dot(an.text, start)
            # (nor over a word the model reads as a verb or a function word that jieba calls a noun: 参观/v|枫桥经验|陈列馆)
            for token in an.model_tokens_between(start, head_start):
                if token.tag in _MODEL_BREAK_TAGS and token.end <= head_start \
                        and text[token.start:token.end] not in _MEMORIAL_JOINS:
                    start = max(start, token.end)
            bodies = [m for m in an.of_type("Agency") if start <= m.start and m.end <= head_start and m.end > m.start]
            if not bodies or head_start - start > _MEMORIAL_REACH:
                continue
            while start in divisions and divisions[start].end < head_start and start not in {m.start for m in bodies}:
                start = divisions[start].end  # (左权县|麻田…: where it is, not its name)
            for inner in [m for m in an.mentions if start <= m.start and m.end <= end and m.end > m.start
                          and m.type in ("Agency", "Person", "Program")]:
                self.take_over(inner)
            if self.free(start, end):
                self.add(start, end, text[start:end])

    def heads(self) -> None:
        """2. a name and a place head: 三国公园, 万寿宝塔, 洋码头文创园 (longest first)."""
        an, text = self.an, self.text
        candidates = []
        written_divisions = [(m.start, m.end) for m in an.of_type("AdministrativeDivision") if m.end > m.start]
        # (those written with their level: a short name is part of a name, 汤原|抗联广场)
        leveled_divisions = [(m.start, m.end) for m in an.of_type("AdministrativeDivision")
                             if m.end > m.start and m.text.endswith(_LEVELED_ENDINGS)]
        model_place_ends = {t.end for t in an.model_tokens or () if t.tag == "LOC"}
        # (a province, not a municipality nor a special region, whose names often open a place's official one)
        provinces_written = {m.start: (m.end, m.prop("node")) for m in an.of_type("AdministrativeDivision")
                             if m.end > m.start and m.prop("level") == "province" and m.prop("node") is not None
                             and not m.label.endswith(_PROVINCES_NAMING_THEIR_PLACES)}
        local = local_page(an)
        for head_start, end, _ in _head_finder()(text):
            if (end < len(text) and end not in an.boundaries) or not (
                    head_start in an.boundaries or (end - head_start >= 2 and head_start in model_place_ends)):
                # (a head of two characters or more may open inside the segmenter's word where the model's place
                # ends: 赤湖/LOC|联圩, jieba 赤湖联|圩 — a county's flood news, 2020)
                continue
            if text[:end].endswith(_longer_org_heads(text[head_start:end])):
                continue  # 镇政府 ends in 府 but names a government: 政府 is the longer head
            if text[end:end + 1] in word_set("village_level_characters"):
                continue  # 走进|新城镇|新城|村 (a court's page, 2023): the head opens a village's or a town's name
            if _opens_a_road(text, end):
                continue  # 杨凌示范区|高干渠|路西段|6号 (an address, 2021): the head opens a road's name
            if text[head_start:end] in word_set("heads_of_the_place_before") and any(
                    t.end == head_start and t.tag == "LOC" for t in an.model_tokens_between(max(0, head_start - 8), head_start)):
                continue  # 列车在|埃舍德/LOC|小镇|出轨 (pd-dev-00146): the town is the place the model read, 小镇 a common noun
            start = _name_before(an, head_start, 6)
            built = next((v for v in word_set("building_verbs") if text.startswith(v, start)
                          and start + len(v) < head_start and start + len(v) in an.boundaries), None)
            if built is not None:
                start += len(built)  # 城区内|新建|澧源市场 (a county's page, 2021): the verb of building, no part of its name
            # (not inside a division written before it: 前往|新桥|村肖|家|幸福|屋场, jieba; a city's observation of villages,
            # 常德, 2023 — 肖家幸福屋场 of 新桥村)
            start = next((e for s, e in leveled_divisions if s < start < e < head_start), start)
            if text[head_start:end] in _DEMONSTRATION_HEADS:
                # a demonstration park only with the division it is in written whole before it (水塝村|乡村振兴|示范园区,
                # 新县|国家农村产业融合发展|示范园: 新县's page, 2021); words of a kind alone name none (生态农业|示范园)
                start = _demonstration_park_start(an, head_start, written_divisions)
                if start is None:
                    continue
                candidates.append((start, end))  # (the division written before it is the mark of its name)
                continue
            elif text[head_start:end] in _PARK_HEADS:
                start = _park_name_start(an, start, head_start, written_divisions)
            opened = next((t.start for t in an.model_tokens_between(max(0, start - _MODEL_OPENING), start)
                           if t.end == end and t.tag == "LOC" and t.start in an.boundaries), None)
            if opened is not None and start < head_start and _CJK.match(text[opened:start]) \
                    and not any(s < start and opened < e for s, e in written_divisions):
                # 到|大深港水库/LOC (a district's flood inspection, 2023; jieba 大|深港|水库): the name opens where the model's
                # place does, a character or two before the words of a name (大, an adjective); not where no words of a name
                # stand before the head (主要|绿地/LOC|公园, xwlb-20230916-11: a kind), nor over a division the model reads
                # with the place (北京八达岭长城景区/LOC, xwlb-2023: 八达岭长城景区, in 北京市)
                start = opened
            if head_start not in an.boundaries and any(s <= start and end <= e for s, e in written_divisions):
                continue  # the model's place opens a division's own name: 前往|苏州工业园区|考察 (苏州/LOC|工业园区; xwlb-2023)
            # nor the area it lies in, a word of its own before it (检查|府|城区|松江囍府、蓝天四村, 功能区|恒都广场: 松江区's
            # street, 2023; 宁州|工业园|吴都工业区, 修水县's page: word set areas_before_a_place)
            start = max((e for s_, e, w in an.tokens_from(start, 12) if e <= head_start - 2 and s_ >= start
                         and w in _AREAS_BEFORE_A_PLACE), default=start)
            if start and text[start - 1].isdigit():
                continue  # 甘肃|30|多万亩|大型|灌区 (xwlb-20230703-12): a count's words, no name
            if text[head_start:end] in _TRADE_HEADS and not (local and _a_markets_own_name(text[start:head_start])):
                # 对接|东莞|市场, 人流密集|市场 (local pages, 2022-2023): a place's trade or a kind, no market's name; national
                # news names markets by their trade alone (中国|电影|市场, 全球|能源|市场, 广州|天河路|商圈: xwlb-2023)
                continue
            opening = provinces_written[start][0] if start in provinces_written else None
            if opening is not None and opening <= head_start - 2 and opening in an.boundaries \
                    and not _a_division_of_the_province_opens(text[opening:head_start], provinces_written[start][1]) \
                    and _proper(text[opening:head_start]) and not a_kind_of_place(text[opening:end]) \
                    and not text[opening:head_start].startswith(_KIND_OPENINGS) \
                    and not text.endswith(_NAMED_WITH_THEIR_CITY, head_start, end):
                # 江西|梅江|灌区, 湖北|太湖港|灌区 (xwlb-2023): the province written before a name of its own is where the
                # place lies, no part of its name; not a municipality, nor before a city or a county of the province, which
                # places it more finely (河南|安阳|殷墟遗址: the name keeps them); an airport's and a station's official
                # names keep their city (江西南昌瑶湖机场); a kind after the province, 国家|现代农业产业园, names nothing
                start = opening
            if text[head_start:end] in word_set("works_heads"):
                works = _works_name_start(an, start, head_start)
                if works is None:
                    continue
                start = works
            if (_proper(text[start:head_start]) or _model_name_exactly(an, start, head_start)
                    or _model_names_the_place(an, start, head_start, end)) \
                    and not an.in_quote(start, end) and not _model_runs_on(an, head_start, end):
                # (a national park's name opens with 中国 and its city in brackets: 中国(德州)|农业食品创新产业园, a provincial
                # broadcaster's page, 2024; 中国(上海)自由贸易试验区)
                national = _NATIONAL_OPENING.search(text, max(0, start - 8), start)
                if national is not None and national.end() == start:
                    start = national.start()
                elif (named_after := _named_after(an, start, end)) is not None:
                    start = named_after
                candidates.append((start, end))
        for start, end in sorted(set(candidates), key=lambda se: (se[0] - se[1], se[0])):
            if (start, end) in written_divisions:
                continue  # 河北|塞罕坝机械林场: a division the gazetteer holds by the name, no place besides
            inside = [m for m in an.of_type("Program") if start <= m.start and m.end <= end and m.end > m.start]
            if len(inside) == 1 and not self.free(start, end) \
                    and text.endswith(_PARK_HEADS + _DEMONSTRATION_HEADS, start, end) \
                    and self.free(start, inside[0].start) and self.free(inside[0].end, end):
                # a program read inside a park's name is the park's words (修水百亿模具|数字产业园, 中峰镇|粤桂协作|生物医药科技
                # 产业园: local pages, 2024): the park
                self.take_over(inside[0])
            for person in [m for m in an.of_type("Person") if start <= m.start and m.end <= end and m.end > m.start]:
                self.take_over(person)  # (王孝锡|革命烈士纪念馆: the memorial's name)
            if self.free(start, end):
                self.add(start, end, text[start:end])

    def venues_after_divisions(self) -> None:
        """2c. a venue of a kind named with its division written whole before it: 海丰县|烈士陵园 (a county's memorial hall
        opened, 2012), as 县|人民会堂 names the county's hall."""
        an, text = self.an, self.text
        for division in an.of_type("AdministrativeDivision"):
            token = an.token_at(division.end) if division.end > division.start else None
            if token is None or token[0] != division.end or division.prop("node") is None \
                    or text[division.start:division.end] != gazetteer().names[division.prop("node")]:
                continue  # (its official name as written: not 广东广州|儿童公园, xwlb-2023)
            # (a common noun of the dictionary, a kind of venue with no name of its own: 烈士陵园/n, 体育馆/n; or words of a
            # kind before a place's head: 农建乡|现代|农业园区, 旺苍县's page, 2021; a head of two characters at least, not
            # 湾滩河镇|家庭/n; no compound, which a kind does not name: 吴兴区|老旧|小区, xwlb-2023)
            for _, end, _ in an.tokens_from(division.end, 4):
                run = text[division.end:end]
                # (a market too: 澧源镇|朱家台社区|菜市场, 龙洞坪村|农贸市场, a county's market meeting, 2020)
                head = longest_end(run, _venue_heads())
                if head >= 2 and not run.endswith("小区") and (word_tags().get(run, "") == "n" or _words_of_a_kind(run[:-head])) \
                        and self.free(division.start, end) and end in an.boundaries and not _opens_a_road(text, end):
                    self.add(division.start, end, text[division.start:end])
                    break

    def venues_after_levels(self) -> None:
        """2c'. a venue of a kind named with its division's level character alone, a word of its own after a
        preposition: 签约仪式在|县|会议中心|举行 (a county's signing ceremony, 2023), 在|县|人民|会堂 — the county's, named
        with it (:func:`venue_by_its_level`); not an institution, which is a body (县|图书馆: word set
        division_institutions)."""
        an, text, tags = self.an, self.text, word_tags()
        for match in re.finditer(f"[{''.join(UPPER_LEVEL_CHARACTERS)}]", text):
            at = match.start()
            word_before = next((t for t in an.tokens_from(max(0, at - 3), 4) if t[1] == at), None)
            # (or opening a clause: 。|县|工业园区|总规划面积3.8平方公里, 古丈县's page, 2016)
            opens = at == 0 or text[at - 1] in CLAUSE_MARKS
            if at not in an.boundaries or at + 1 not in an.boundaries or not (
                    opens or word_before is not None and tags.get(word_before[2], "") == "p"):
                continue
            for _, end, _ in an.tokens_from(at + 1, 3):
                run = text[at + 1:end]
                head = longest_end(run, ordered_lexicon("place_suffixes.txt"))
                if head >= 2 and (head == len(run) or _words_of_a_kind(run[:-head])) and end in an.boundaries \
                        and not run.endswith(tuple(word_set("division_institutions"))) and not run.endswith("小区") \
                        and self.free(at, end) and not _opens_a_road(text, end):
                    self.add(at, end, text[at:end])
                    break

    def staff_housing(self) -> None:
        """2d. staff housing named after the body whose staff it housed: 县公安局|家属院, 县纪委监委|家属院 (a county's
        compounds renovated, 2021): the compound, named with the body's full name, not the body."""
        an, text = self.an, self.text
        for body in [m for m in an.of_type("Agency") if m.end > m.start]:
            head = next((w for w in word_set("staff_housing_heads") if text.startswith(w, body.end)), None)
            after = body.end + len(head) if head is not None else 0
            if head is not None and (after == len(text) or after in an.boundaries) and body in an.mentions:
                # (and the bodies read inside it: 县纪委|监委, the joint body's two)
                an.mentions[:] = [m for m in an.mentions if not (m.type == "Agency" and body.start <= m.start
                                                                 and m.end <= body.end)]
                self.hold(body.start, body.end, held=False)
                self.add(body.start, body.end + len(head), body.label + head)

    def markets(self) -> None:
        """3. named markets: 合众民生农贸市场, 城阳蔬菜水产品批发市场 (a district's market inspection, 2024)."""
        an = self.an
        for start, end in _markets(an):
            inside = [m for m in an.mentions if m.type == "Agency" and start <= m.start and m.end <= end and m.end > m.start]
            if not self.free(start, end) and len(inside) == 1 and self.free(start, inside[0].start) \
                    and self.free(inside[0].end, end):
                # the model's organisation that opens a market's name is the market's word (合众/ORG|民生|农贸市场)
                self.take_over(inside[0])
            if self.free(start, end):
                self.add(start, end, self.text[start:end])

    def place_their_divisions(self) -> None:
        """A division name inside a place name (沙市 in 沙市花园) is not a mention of the division: it is where the place
        is (杭州|植物园 is in 杭州市, whatever the text named before); else the division named before the place."""
        an, text = self.an, self.text
        places = SpanIndex((p.start, p.end) for p in self.found)
        inside: dict[int, Mention] = {}
        kept = []
        provinces = _provinces_written(an)
        for m in an.mentions:
            holders = places.holding(m.start, m.end) if m.type == "AdministrativeDivision" else ()
            if holders and not m.prop("implicit"):
                if _namesake(an, m, holders[0][0], provinces):
                    continue  # 中山|公园广场 in an article on 荆州: named after 孙中山, not in 中山市
                inside.setdefault(holders[0][0], m)
                m = implicit(m)  # still the place's division, with no span of its own
            kept.append(m)
        an.mentions[:] = kept
        divisions = sorted(an.of_type("AdministrativeDivision"), key=lambda m: (m.end, m.end - m.start))
        ends = [m.end for m in divisions]
        for place in self.found:
            inner = inside.get(place.start)  # 西安|机场 is in 西安市, whatever is written before it
            before = _division_before(an, place.start, divisions, ends)
            if before is not None and before.end <= an.sentence(an.sentence(place.start)[0] - 1)[0]:
                # named two sentences back or more: the story has moved on (xwlb-2023: a far 澳门 before
                # 十个中华文明探源|工程|重点考古遗址); the sentence before still speaks of it (荆州经开区在金源世纪城…。
                # 在|金源世纪城小区|,记者看到)
                before = None
            if inner is not None and before is not None and "、" in text[before.end:place.start]:
                # 下白石镇下岐村、|宁德市会展中心|、… (xwlb-2023): an item of a list is no place inside the
                # item before it; its own name says where it is
                before = None
            if before is not None and inner is None and any(
                    word in word_set("route_joins") for at, _, word in an.tokens_from(before.end, 6)
                    if at < place.start):
                # 从|天津|西站|至|大兴|机场|站 (xwlb-2023): the division names where a route starts, not where the
                # place at its other end is
                before = None
            division = _where(inner, before)
            if division is not None and (inner is not None or not _abroad_between(text, division.end, place.start, place.end)):
                an.fact(place.key, "locatedIn", division.key, place.start)


def _works_name_start(an: Analysis, start: int, head_start: int) -> int | None:
    """Where the name of works (word set works_heads) opens, the head at ``head_start`` and the words of a name from
    ``start`` before it: at the name the model reads right before the head, where it starts a word of the segmenter
    (红沿河/LOC|核电站, xwlb-2023; not 扎/v|波罗热/LOC, jieba 扎波罗热/nrt: xwlb-20230608-13), else at a name of the
    dictionary (扎波罗热/nrt|核电站) the model reads no longer name across; None where the start is unsure (1000千伏|北京|
    东变电站, 向/p|家坝水电站, 骨干|工程|大藤峡|水利枢纽, xwlb-2023: the model's whole organisation is read instead,
    青海拉西瓦水电站/ORG; 红|沿河/ns inside 红沿河/LOC)."""
    model = next((t.start for t in an.model_tokens_between(max(0, head_start - 8), head_start)
                  if t.end == head_start and t.tag in _MODEL_NAME_TAGS and t.start in an.boundaries), None)
    if model is not None:
        return model
    if word_tags().get(an.text[start:head_start], "").startswith(_NAME_TAGS) \
            and not any(t.start < start < t.end for t in an.model_tokens_between(max(0, start - 8), start)):
        return start
    return None


def _opens_a_road(text: str, end: int) -> bool:
    """Whether a place's head ending at ``end`` opens a road's name, a road's head after it (高干渠|路西段; word set
    road_name_heads), not a street's division (公园|街道)."""
    return text.startswith(tuple(word_set("road_name_heads")), end) and not text.startswith("街道", end)


@cache
def _venue_heads() -> tuple[str, ...]:
    """The heads of a venue's name after its division's: a place's (place_suffixes.txt) or a market's (word set
    market_heads), longest first."""
    return longest_first((*ordered_lexicon("place_suffixes.txt"), *word_set("market_heads")))


def _named_after(an: Analysis, start: int, end: int) -> int | None:
    """Where a place's name opens whose words are the dictionary's common nouns alone, a kind of place (文化公园/n,
    革命烈士|纪念馆), at the person's name the model reads right before them (王孝锡/PER|革命烈士纪念馆, a county's
    memorial opened, 2019): the place is named after the person; None where none stands there or the place's words are
    no kind.  (Not after a proper noun of the dictionary: 南水北调/nz|文化公园 is one, but so are 高速铁路/nz|跨海大桥 and
    抗联/nz|历史博物馆, xwlb-2023, kinds.)"""
    tags = word_tags()
    if not all(tags.get(word, "") == "n" for word in tokenizer().lcut(an.text[start:end])):
        return None
    # (the model may read the whole as the person: 王孝锡革命烈士纪念馆/PER)
    return next((t.start for t in an.model_tokens_between(max(0, start - 4), start) if t.tag == "PER"
                 and start <= t.end <= end and chinese_name(an.text[t.start:start])), None)


def _words_of_a_kind(words: str) -> bool:
    """Whether ``words`` say what kind a place is, not which: each a word of a kind (generic_names.txt: 现代, 生态) or one the
    dictionary tags a time, a distinguisher or an adjective (现代|农业园区); not a noun, which may be a name's (西子|宾馆,
    xwlb-2023: no 杭州市西子宾馆)."""
    tags = word_tags()
    return bool(words) and all(word in lexicon("generic_names.txt") or tags.get(word, "") in _KIND_WORD_TAGS
                               for word in tokenizer().lcut(words))


_KIND_WORD_TAGS = pos_tags("place_kind_words")


def _compounds_listed(an: Analysis) -> set[tuple[int, int]]:
    """Spans of compounds named by the works or the bodies whose staff they housed, listed with 、 or 和 two or more
    together (察素齐镇|国税小区、公安小区、发改委小区、汽车站小区、轴承小区和化肥厂小区, a banner's CPPCC survey, 2021): each
    item one word of the works' or the body's before 小区 (国税, 发改委/j), no kind (老旧, 无物业: the dictionary's
    adjectives and verbs; generic_names.txt)."""
    text, tags = an.text, word_tags()
    items = []
    for match in re.finditer("小区", text):
        word = next((t for t in an.tokens_from(max(0, match.start() - 6), 8) if t[1] == match.start()), None)
        if word is not None and _CJK.match(word[2]) and len(word[2]) >= 2 \
                and tags.get(word[2], "n").startswith(("n", "j")) and word[2] not in lexicon("generic_names.txt"):
            items.append((word[0], match.end()))
    spans = set()
    for (s1, e1), (s2, e2) in zip(items, items[1:]):
        if text[e1:s2] in ("、", "和", "及"):
            spans.update({(s1, e1), (s2, e2)})
    return spans


def _markets(an: Analysis) -> list[tuple[int, int]]:
    """Spans of markets named before their head (word set market_heads): the words back from the head are goods
    and names (nouns, names, words the dictionary lacks), and the name opens at the first the model reads as a name
    or the dictionary tags as one. A market of goods alone is a kind (大型|农副产品|批发市场, 主要|农产品|批发市场:
    xwlb-2023; 县城|农贸市场), not a name (福满家|农贸市场, 李家|女姑|农贸市场, 上马|农贸市场: a district's market
    inspection, 2024)."""
    text, tags, stops = an.text, word_tags(), lexicon("stop_tokens.txt")
    building = word_set("building_verbs")
    spans = []
    for head_start, end, _ in every_occurrence(word_set("market_heads"))(text):
        if head_start not in an.boundaries or (end < len(text) and end not in an.boundaries):
            continue
        run_start = head_start
        for tok_start, tok_end, word in reversed([t for t in an.tokens_from(max(0, head_start - 14), 16)
                                                  if t[1] <= head_start]):
            tag = tags.get(word, "")
            if tok_end != run_start or head_start - tok_start > 10 or not _CJK.match(word) or word in stops \
                    or (tag and not tag.startswith(("n", "vn"))) or word in building or picks_levels(word):
                # (nor over a verb of building, nor over levels: 计划|新建/ns|乡镇|农贸市场, 解决|各乡镇/ns|农贸市场, a
                # county's market meeting, 2020: jieba tags 新建 for 新建区, 各乡镇 as a place)
                break
            run_start = tok_start
        if run_start == head_start:
            continue
        for division in an.of_type("AdministrativeDivision"):
            if run_start < division.end < head_start and _written_whole(text[division.start:division.end], division):
                run_start = division.end  # its address: 沙市区|胜利农贸市场
        model_names = [t.start for t in an.model_tokens_between(run_start, head_start)
                       if t.tag in _MODEL_NAME_TAGS and run_start <= t.start < head_start]
        word_names = [s for s, e, w in an.tokens_from(run_start, 8) if e <= head_start
                      and (tags.get(w) is None or tags[w].startswith(_NAME_TAGS))]
        if model_names or word_names:
            spans.append((min(model_names) if model_names else word_names[0], end))
    return spans


def _abroad_between(text: str, start: int, place: int, end: int) -> bool:
    """Whether a foreign country, region or city is written between the division named last
    (ending at ``start``) and a place after it (at ``place``), or starts the place's name: the
    place is abroad, not in that division (xwlb-2023: 北京时间…中韩双方在|韩国|仁川国际机场, 李强乘坐的包机
    抵达|柏林勃兰登堡机场, 首都|喀土穆|国际机场 were placed in 北京市).  Not a name inside the place's
    (西藏…|强巴林寺 holds 巴林, Bahrain)."""
    return any(foreign_name(name) is not None for s, e, name in world_finder()(text[start:end])
               if start + e <= place or start + s == place)


def _provinces_written(an: Analysis) -> dict[int, frozenset[int]]:
    """For each division the article writes, the provinces of the other divisions it writes."""
    nodes = {m.prop("node") for m in an.of_type("AdministrativeDivision") if m.prop("node") is not None}
    province = {node: gazetteer().chain(node)[0] for node in nodes}
    return {node: frozenset(province[other] for other in nodes if other != node) for node in nodes}


def _namesake(an: Analysis, division: Mention, place_start: int, provinces: dict[int, frozenset[int]]) -> bool:
    """Whether a city's or county's short name that opens a place's name is a namesake, not where
    the place is: in a paper at home in another province, which names no other division of that
    one's (荆州日报: 沙市区人民法院在|中山|公园广场|举办 — a park named after 孙中山, not in 广东's 中山市;
    中山路, 中山大道, 中山公园 are in most cities).  Not a province's name (上海|世纪公园), a name written
    whole (西安市|机场), a place in its own province (杭州|植物园 beside 西湖区), nor in news whose home
    nobody states: national news ranges over the country (xwlb-2023: a roundup with 长沙 and
    深中通道|中山|大桥, which is in 中山市)."""
    node, home = division.prop("node"), an.region.node
    if node is None or home is None or not an.region.stated or division.start != place_start \
            or division.text == gazetteer().names[node]:
        return False
    chain = gazetteer().chain(node)
    return len(chain) > 1 and chain[0] != gazetteer().chain(home)[0] and chain[0] not in provinces.get(node, ())


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
