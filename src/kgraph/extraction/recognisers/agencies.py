"""Stage 2: agencies, with their division spelled out.

An agency is written as a division and a run of words ending in an
organisation head (公安县|公安局, 荆州市|楚康社会工作服务中心|), or with the
division abbreviated to its level (县法院, 市委党校) or to 该区, resolved to the
division of that level the article is about, or to the paper's home region.
Each head inside the run is an agency too: 荆州区市场监管局党组 is a unit of
荆州区市场监管局, 石首市委组织部 of 石首市委.
"""
from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import replace
from functools import cache, lru_cache
from itertools import accumulate

from ...gazetteer import LEVELED_SHORT_ENDINGS, gazetteer
from ...merge import agency_kind
from ...model import Key, Mention
from ...resources import (
    alias_table,
    data_words,
    find_words,
    lexicon,
    longest_first,
    offsets,
    ordered_lexicon,
    pos_tags,
    table,
    tokenizer,
    word_pattern,
    word_set,
    word_tags,
)
from ..analysis import Analysis, SpanIndex, stage
from ..candidates import Candidate
from ..lexicons import (CJK_RUN, CLAUSE_MARKS, LIST_MARKS, COUNTY_LEVEL_CHARACTERS, GRASSROOTS_LEVEL_CHARACTERS, division_level, appointing_verbs, post_verbs, AREA_PARTS, JOINT_GOVERNMENT, REGISTERED_FIRM_ENDINGS, SYSTEM_TAILS, abbreviations, common_words, false_org_heads, foreign_parties, inside_a_compound_head,
                        is_place_name, known_types, longest_end, names_a_ship, org_heads, party_body_names, party_prefixes,
                        word_ending)
from ..linkers import agency_key, canonical_head, division_key, league_committee, village_council
from ..names import chinese_name, title_at
from .teams import quoted_teams
from .divisions import (BEFORE_LEVEL_WORDS, CHINESE_NUMERALS, LIST_JOINERS, TOWNSHIP_SUFFIXES, UPPER_LEVEL_CHARACTERS,
                        counts_divisions)

__all__ = ["as_named_body", "brand_firm_of_a_grassroots_place", "presidiums_of_associations", "offices_of_a_department", "term_start", "governing_division", "home_division", "find_agencies", "org_run", "agency_key",
           "model_agency", "GLUED_BREAKS"]

_CJK_WORD = re.compile(r"^[\u4e00-\u9fff]+$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# the levels whose division a report may name after its abbreviation (governing_division)
_NAMED_AFTER = ("县", "区", "旗")
_LEVEL_CHARS = "".join(word_set("division_level_characters"))
_STOP_TAGS = pos_tags("agency_run_stops")
_ADVERB_TAGS = pos_tags("adverbs")
_MAX_RUN = 16
_PEOPLE_IN_A_RUN = tuple(word_set("people_in_a_run"))
_COUNTED_PARTIES = word_set("counted_parties")


@cache
def _national_words() -> re.Pattern[str]:
    return word_pattern(alias_table("national_agencies.tsv"))


_FUNCTION_TAGS = pos_tags("function_word")


def _ends_a_name(an: Analysis, end: int) -> bool:
    """A word ends at ``end``, or the segmenter's guessing glued one function character of the
    dictionary after it: 工业和信息化部|已/d|组织 (jieba 部已, xwlb-2023: 近日，工业和信息化部已组织…),
    国家发展改革委|将/d, 财政部|等/u, 中央网信办|和/c (a year of news: ~90)."""
    if end in an.boundaries:
        return True
    token = an.token_at(end)
    return (token is not None and token[1] == end + 1
            and word_tags().get(an.text[end], "") in _FUNCTION_TAGS)


GLUED_BREAKS = frozenset(word_set("glued_breaks"))
_JOINING_PREPOSITIONS = frozenset(word_set("joining_prepositions"))


def _joining(word: str, tags) -> bool:
    """Whether a word is a preposition joining two names (愿同, 会同), or one the segmenter only guesses
    with 同 at an edge (同海合会, 薛祥同): the name before it ends there (中国全国政协|愿同|尼泊尔联邦院)."""
    return word in _JOINING_PREPOSITIONS or (len(word) > 1 and word not in tags and "同" in (word[0], word[-1]))


@cache
def _LONG_HEADS() -> tuple[str, ...]:  # noqa: N802 - a constant, loaded lazily
    """Heads of two characters or more: a verb ending in one (举办, 组队) is a verb."""
    return tuple(h for h in ordered_lexicon("org_suffixes.txt") if len(h) >= 2)


_PARTICLES = frozenset(word_set("particles_before_verbs"))
_FIELD_VERBS = frozenset(word_set("field_verbs"))
_VERBS_AFTER_A_PARTICLE = pos_tags("verbs_after_a_particle")


@cache
def _fields() -> tuple[str, ...]:
    """The fields of bodies' names the segmenter does not keep whole, longest first: those that join
    two words with 和, of the central bodies (national_agencies.tsv: 住房和城乡建设部 -> 住房和城乡建设,
    国家发展和改革委员会 -> 发展和改革) and the local ones of joined_fields.txt (自然资源和规划); and the
    short ones of short_fields.txt (住建, 人社, 乡村振兴)."""
    heads = ordered_lexicon("org_suffixes.txt")
    fields = set(lexicon("joined_fields.txt")) | set(lexicon("short_fields.txt"))
    for name in alias_table("national_agencies.tsv").values():
        if "和" in name and not name.startswith("中华人民共和国"):
            field = name.removeprefix("国家")
            head = next((h for h in heads if field.endswith(h)), "")
            if head and "和" in field[:-len(head)]:
                fields.add(field[:-len(head)])
    return longest_first(fields)


@cache
def _field_set() -> frozenset[str]:
    return frozenset(_fields())


@cache
def _field_pattern() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, _fields())))


def _particles_apart(words: list[str], tags) -> list[str]:
    """The segmenter's words with a head and the particle 的 it guessed as one word apart: 在|县|委的|领导下 (jieba's
    guess; 桃源县's page, 2008) is 县|委|的: the county's committee, then its particle."""
    if not any(len(word) >= 2 and word[-1] == "的" for word in words):
        return words
    heads = ordered_lexicon("org_suffixes.txt")
    return [part for word in words
            for part in ((word[:-1], "的") if len(word) >= 2 and word[-1] == "的" and word not in tags
                         and word[:-1].endswith(heads) else (word,))]


def _heads_together(words: list[str]) -> list[str]:
    """The segmenter's words with an office's head it writes in two words one: 县|人大|办、|县府|办 (文成县's page, 2011:
    the county congress's office and its government's; word set heads_split_by_the_segmenter)."""
    heads = word_set("heads_split_by_the_segmenter")
    merged: list[str] = []
    for word in words:
        if merged and merged[-1] + word in heads:
            merged[-1] += word
        else:
            merged.append(word)
    return merged


def _with_fields(window: str, words: list[str]) -> list[str]:
    """The segmenter's words of ``window`` with each field of a body's name one word: 县|发展|和|改革|局
    -> 县|发展和改革|局 (a county's 县发展和改革局 is one body, not two), 县|住|建局 -> 县|住建|局.  A field
    starts where a word does; the rest of a word it ends inside is a word of its own (发展|和|改革局 ->
    发展和改革|局)."""
    if not _field_pattern().search(window):
        return words
    merged: list[str] = []
    i = position = 0
    while i < len(words):
        field = next((f for f in _fields() if window.startswith(f, position)), None)
        if field is None:
            merged.append(words[i])
            position += len(words[i])
            i += 1
            continue
        end = position
        while i < len(words) and end < position + len(field):
            end += len(words[i])
            i += 1
        merged.append(field)
        if end > position + len(field):
            merged.append(window[position + len(field):end])
        position = end
    return merged


# a body's party group or committee, which opens a title (党组书记, 党委委员): the party bodies of two characters
_PARTY_UNITS = frozenset(name for name in party_body_names() if len(name) == 2)


def _a_field_after_the_joiner(words: list[str], i: int, tags: dict[str, str]) -> bool:
    """Whether the words around the 和 at ``i`` are two fields and a bureau's head: common nouns before it (农牧|水利;
    not 巴西|外援|卡洛斯|和|海狮队, pd-dev: a name), nouns after it, then a word ending in a bureau's head (word set
    bureau_heads), within three words (和|科技|局, 和|科技局)."""
    if not all(_a_common_noun(tags.get(word, "")) for word in words[:i]):
        return False
    heads = word_set("bureau_heads")
    for j in range(i + 1, min(i + 4, len(words))):
        if words[j].endswith(heads) and (j > i + 1 or len(words[j]) > 2):
            return True  # (a bureau's head after a field: 和|科技局, 和|科技|局; not 和|西部, 和|政府, 和|公司)
        if not _a_common_noun(tags.get(words[j], "")):
            return False
    return False


def _a_common_noun(tag: str) -> bool:
    return tag.startswith(("n", "vn", "j")) and not tag.startswith(("nr", "ns", "nt", "nz"))  # (农牧/j: a field cut short)


def org_run(text: str, start: int, end: int) -> list[int]:
    """Offsets after ``start`` at which the words from ``start`` make an organisation
    name (end with a head such as 局, 中心, 委), stopping at a verb or particle."""
    # read once per window: the rules ask again where others asked (a page's 13,000 runs, a fifth of them repeats);
    # what the run reads is the window and, for a compound head, the characters just after it
    stop = min(end, start + _MAX_RUN + 4)
    window = text[start:stop]
    if _ending_characters().isdisjoint(window):
        return []  # no head's last character in the window, so no name ends in it (half the runs the stages ask for)
    ends = [start + e for e in _run_ends(window, text[stop:stop + _LONGEST_COMPOUND])]
    # (no end inside a word a head opens that names no body of its own: 区委|中心|组成员 (朝天区's page, 2020; jieba reads
    # 组成员): the committee's study group, word set heads_read_on)
    return [e for e in ends if not any(text.startswith(word, e - k) for word in _HEADS_READ_ON for k in range(1, len(word)))]


@cache
def _ending_characters() -> frozenset[str]:
    """The characters a run's name can end with: the last of a head's (org_suffixes.txt), and 大 and 委, which end the
    people's congress and a committee written inside a word (人大, 党委政府)."""
    return frozenset({suffix[-1] for suffix in ordered_lexicon("org_suffixes.txt")} | {"大", "委"})


# people of an age, which the dictionary tags as times or numbers (青年/t, 少年/m): a body's field (青年志愿者巡河队, 少年宫)
_AGE_GROUPS = frozenset(word_set("age_group_words"))
# words an organisation's head opens that go on past it (中心组: a committee's study group, no centre)
_HEADS_READ_ON = tuple(word_set("heads_read_on"))


@lru_cache(maxsize=1 << 15)
def _run_ends(window: str, after: str) -> tuple[int, ...]:
    """:func:`org_run` over ``window`` (``after``: what follows it), its ends counted from the window's start."""
    text = window + after  # the compound heads' check reads on past the window
    start = 0  # the ends are counted from the window's start
    tags, stops = word_tags(), lexicon("stop_tokens.txt")
    words = _with_fields(window, _heads_together(_particles_apart(tokenizer().lcut(window, HMM=True), tags)))
    ends: list[int] = []
    length = 0
    word_starts = set(accumulate((len(word) for word in words), initial=0))
    for i, word in enumerate(words):
        if word in _field_set() and length + len(word) <= _MAX_RUN:
            length += len(word)  # 县|人社|局: a field, whatever head it ends with (社), ends no name
            continue
        after_field = i and (words[i - 1] in _field_set() or words[i - 1] in _FIELD_VERBS)
        if after_field and len(word) == 1 and word in lexicon("org_suffixes.txt"):
            length += 1  # 县|发改|办, 县委|巡察|办: a head right after a field, though jieba tags it a verb (办)
            ends.append(start + length)
            continue
        if after_field and len(word) == 2 and word[0] in lexicon("org_suffixes.txt") and word not in tags:
            # 温泉县|林业和草原|局派|专业技术人员 (a county's page, 2022: jieba guessed 局派): the head, then the verb
            ends.append(start + length + 1)
            break
        if word in ("和", "与") and i and not ends and length >= 2 and _a_field_after_the_joiner(words, i, tags):
            # 刚察县|农牧|水利|和|科技|局 (a county's page, 2015): two fields joined in one body's name (no head before
            # 和, so no body of its own), as joined_fields.txt lists the common ones
            length += 1
            continue
        if i and word in lexicon("titles.txt") and word[:2] in _PARTY_UNITS and ends and ends[-1] == start + length \
                and (unit := longest_end(word[:2], ordered_lexicon("org_suffixes.txt"))):
            # 交通运输局|党组书记 (jieba: one title; a county's page, 2022): the bureau's party group is named before the
            # title, a unit of its own (GUIDELINES: 某局党组 is an agency); right after the body's head only (not 局|原|党组书记)
            ends.append(start + length + unit)
            break
        if (not _CJK_WORD.match(word) or word in stops or (i and word in lexicon("titles.txt"))
                or word in appointing_verbs()  # 潘口乡党委|任命/n|乡农技服务中心 (a township's page, 2019): a clause
                or (word[0] == "等" and word not in tags)  # 哈萨克斯坦|等国|使馆: a list, not a name
                or word.startswith(_COUNTED_PARTIES)  # 中国和阿根廷|两国|政府: several bodies
                or _joining(word, tags)):  # 中国全国政协|愿同|尼泊尔联邦院 (xwlb-20230613-03): two bodies
            break  # 枝江市委|常委: a title after the name, not a longer name
        if i and _names_a_division(word) and _a_persons_name(window[:length]):
            break  # 免去游代进屏南县财政局局长、|张功成|屏南县|人事局 (a county's page, 2010): a new name starts at its division
        if i and word[0] in LIST_JOINERS and words[i - 1].endswith(ordered_lexicon("org_suffixes.txt")):
            break  # 郧西县公安局|和县|检察院: a body whole, and the next of a list (jieba's 和县, a county)
        if ends and ends[-1] == start + length and window[length - 1] == "委" and word[:1] in UPPER_LEVEL_CHARACTERS \
                and word[1:] == "委":
            # 贯彻落实|省委|市委|全会精神 (a county's trade-union congress, 2021): two levels' committees, each whole (县委|县政府
            # is one division's two bodies, which joint_bodies.tsv reads)
            break
        if ends and ends[-1] == start + length and len(word) >= 2 and word[0] in BEFORE_LEVEL_WORDS \
                and word[1] in UPPER_LEVEL_CHARACTERS | {"村"}:
            # 该|镇党委|以村|党组织|领办合作社 (a town's rural work, 2021; jieba 以村): a body whole, then a preposition
            # before a level's next body, no village 以村
            break
        if len(word) == 2 and word[0] in _ONE_CHARACTER_POST_VERBS and word[1] in UPPER_LEVEL_CHARACTERS | {"村"} \
                and word not in tags:
            # 到|糜镇杨家村|任村/v|党支部|书记 (a city paper's page, 2021; 到某村任第一书记): the verb of the post, then the
            # level's body the post is in, no body 杨家村任村党支部
            break
        if i == 0 and word.startswith("人大") and (word[2:] in lexicon("titles.txt") or (word == "人大" and not (
                i + 1 < len(words) and words[i + 1].endswith(ordered_lexicon("org_suffixes.txt"))))):
            # 县|人大|主任|张阅农, 县人大、县政协 (a county's page, 2014): the division's people's congress written
            # short, its name (GUIDELINES accepts 户县人大); not inside a longer run (县乡人大: the congresses of
            # two levels; 全国人大 is the nation's), nor 人大代表 (a role: jieba holds it as one word), nor before a
            # longer head (省|人大|常委会 is the standing committee)
            ends.append(start + 2)
            if word != "人大":
                break
            length += 2
            continue
        if _two_heads(word) or (len(word) == 1 and i + 1 < len(words) and _two_heads(words[i + 1])):
            # 国务院|安|委办|、 (xwlb-20230425-11): the dictionary's verb 委办 is two heads, the
            # committee (安委, its field 安 a character of its own) and its office (安委办)
            if len(word) == 2:
                ends.extend((start + length + 1, start + length + 2))
            length += len(word)
            continue
        tag = tags.get(word, "")
        if i and _ORDINAL.fullmatch(word) and i + 1 < len(words) and length + len(word) < _MAX_RUN:
            length += len(word)  # 衡阳县县委|第一|巡察|组 (a county's page, 2018): a numbered unit, its number in its name
            continue
        if tag.startswith(_STOP_TAGS) and not word.endswith(ordered_lexicon("org_suffixes.txt")) \
                and word not in _AGE_GROUPS:  # 中方县|青年/t|志愿者|巡河队 (中方县's river chiefs, 2020): people of an age
            break
        if ends and ends[-1] == start + length and word in word_set("visiting_verbs"):
            break  # 到|开平市供销社|调研/vn|基层组织|建设 (a city's page, 2019): a body whole, then what one does there
        if len(word) > 2 and (tags.get(word[:2], "") in _ADVERB_TAGS or tag in ("l", "i") and tags.get(word[:2]) == "d"
                              and tags.get(word[2:], "").startswith("v")) \
                and not word.endswith(ordered_lexicon("org_suffixes.txt")):
            # 衡山县|认真落实|省政府 (a county's page, 2019; jieba's word 认真落实/z): an adverb opens it; or an idiom of an
            # adverb and a verb (县审计局|紧紧/d 围绕/v|县委, a county's page, 2022; not 自然/d 资源/n|局, 扶贫/v 开发|办公室)
            break
        if word in _PARTICLES and i + 1 < len(words) and tags.get(words[i + 1], "").startswith(_VERBS_AFTER_A_PARTICLE):
            break  # 中共中央|所|作出的决策 (xwlb-20230228-02): the particle before a verb, no unit (所)
        field_verb = word in _FIELD_VERBS and i + 1 < len(words) and (
            words[i + 1].endswith(ordered_lexicon("org_suffixes.txt")) or tags.get(words[i + 1], "").startswith(("n", "vn"))
            or (words[i + 1] in _FIELD_VERBS and not ends)  # 群众|来访|接待|中心; not 县人社局|受理|就业…: a name whole
            or (word + words[i + 1]).endswith(ordered_lexicon("org_suffixes.txt"))  # 巡察|组: a head across both
            # 县|审批|局等/x|有关人员 (镇安县's page: jieba's guess 局等): the head glued to the word after it
            or len(words[i + 1]) == 2 and words[i + 1][0] in lexicon("org_suffixes.txt") and words[i + 1] not in tags)
        if word in AREA_PARTS or (tag == "v" and not field_verb and not word.endswith(_LONG_HEADS())):
            break  # 新疆|北部 is an area, 怀来县|举办 a verb: neither ends a name in 部 or 办
        if tag.startswith("v") and tag != "vn" and not field_verb and not word.endswith(ordered_lexicon("org_suffixes.txt")):
            following = words[i + 1] if i + 1 < len(words) else ""
            if not following.endswith(ordered_lexicon("org_suffixes.txt")):
                break
        if length + len(word) > _MAX_RUN:
            break
        if i and words[i - 1] + word in lexicon("titles.txt"):
            break  # 槟城州|首席|部长 (xwlb-20231111-05): a title of two words after the name, no body 首席部
        # a head can end inside a word jieba glued to a title or a preposition:
        # 委副|书记 -> 委|副书记, 县委从 -> 县委|从
        glued = False
        # (not inside a word that is a body's name whole, unless what follows the cut is a title whole: 人民代表大会|
        # 常务委员会, one word of the dictionary, whose 常务委员 is no title after 人民代表大会; but 市委|常委)
        whole_body = word.endswith(ordered_lexicon("org_suffixes.txt"))
        for cut in range(1, len(word)):
            if word[:cut].endswith(ordered_lexicon("org_suffixes.txt")):
                if word[:cut + 1] in tags and word[cut] in lexicon("org_suffixes.txt") \
                        and word[cut:] in lexicon("titles.txt"):
                    # 市委|组织部长|刘俊 (贵阳市's page, 2023; jieba 组织部长): the department 组织部, a word of the
                    # dictionary, and 部长, which share the one-character head 部, not the head 组织 and the title after it
                    # (but 市场监管局|局长 is 局 and 局长: 局局 is no word; 新安|小学校长 is 小学 and 校长: 校 is no head alone)
                    ends.append(start + length + cut + 1)
                    glued = True
                    break
                if (window.startswith(ordered_lexicon("titles.txt"), length + cut)
                        and (not whole_body or word[cut:] in lexicon("titles.txt"))) or (
                        word[cut - 1:] in lexicon("titles.txt") and len(word) - cut == 1):
                    # 县委|书记: a title follows the name, which ends here; 县|公安局长|樊启斌 (a county's page, 2017;
                    # jieba 公安局长): the title 局长 shares the head's character, the name ends with it
                    ends.append(start + length + cut)
                    glued = True
                    break
                elif (word[cut] in GLUED_BREAKS or word[cut:] == "等") and word not in tags:
                    # 县委从 -> 县委|从; 湖泊|局等|单位 -> 局|等: a list's 等 glued to its last body's head
                    ends.append(start + length + cut)
                    glued = True
                    break
        if glued or word.endswith(_PEOPLE_IN_A_RUN):
            # 选拔干部: cadres, not a department (部); 西地乡|主要|负责人|及区|财政局 (承德市双滦区's page, 2017): the
            # people in charge end the run, no body 西地乡主要负责人及区财政局 (word set people_in_a_run)
            break
        committee = word.find("委") + 1  # 党委政府 is one word of the dictionary, and two bodies
        if 0 < committee < len(word) and JOINT_GOVERNMENT.fullmatch(word, committee):
            ends.append(start + length + committee)
        length += len(word)
        if len(word) == 1 and i and (across := longest_end(window[:length], ordered_lexicon("org_suffixes.txt"))) > 2 \
                and length - across in word_starts and not longest_end(word, false_org_heads()):
            # 教育|督导|团 (a city's site, 2021: jieba reads the head apart): a head written across the segmenter's
            # words, from a word's start
            ends.append(start + length)
            continue
        if longest_end(word, ordered_lexicon("org_suffixes.txt")) > max(longest_end(word, false_org_heads()),
                                                                       longest_end(window[:length], false_org_heads())):
            # (nor a false head the segmenter cuts in two: 平掌|村民|小组 (a county court's page, 2021), a village's group)
            # not 西藏|部队, 中国|边防部队 (pd-dev), 驻|南宁|部队 (xwlb): troops, no body's name; but
            # 苏丹|武装部队 (xwlb-2023, 15 times in 1,000 stories) is the army's name (a longer head)
            ends.append(start + length)
    # a head inside a longer one ends no name: 秧坝|中心|派出所 (word set compound_heads: a central police station, no
    # 秧坝中心 it is a unit of; a county police page, 2022)
    return tuple(end - start for end in ends if not inside_a_compound_head(text, start, end))


# the verbs of a post of one character (data/posts/post_verbs.tsv: 任)
_ONE_CHARACTER_POST_VERBS = frozenset(verb for verb, *_ in post_verbs() if len(verb) == 1)

_LONGEST_COMPOUND = max(len(compound) for compound in word_set("compound_heads"))


_ORDINAL = re.compile(f"第[{''.join(sorted(CHINESE_NUMERALS))}]{{1,3}}")  # 第一, 第十八

# the levels whose division's name, written inside a run, starts a name of its own (屏南县, 江苏省)
_RUN_BREAKING_LEVELS = ("县", "市", "省")


# a sector's bodies of a division together (阜阳市|检察机关|…推进会: the city's procuratorates, a procuratorate's page,
# 2023; GUIDELINES: 全县政法机关 is no entity)
_BODY_SYSTEMS = frozenset(word_set("body_systems")) | frozenset(word_set("places_of_a_division"))


def _a_venue(head: str) -> bool:
    """Whether a body's head is a place's (data/lexicon/place_suffixes.txt) more than an organisation's:
    会展中心, 体育中心 against 中心."""
    return longest_end(head, ordered_lexicon("place_suffixes.txt")) > longest_end(head, org_heads())


def _names_a_division(word: str) -> bool:
    """Whether a word of the run is a division's full name of a county or above (屏南县): after a person's
    name (|张功成|屏南县|人事局) a new name starts there.  Not a zone (开发区, 高新区: words of bodies' names
    the gazetteer also holds)."""
    return len(word) >= 3 and word.endswith(_RUN_BREAKING_LEVELS) and word in gazetteer().all_names


def _a_persons_name(words: str) -> bool:
    """Whether the run so far is a Chinese name the dictionary holds as no common word (张功成; not 中共/j,
    whose 中共|河北省|委 is the party's committee)."""
    return chinese_name(words) and word_tags().get(words, "nr").startswith("nr")


def _two_heads(word: str) -> bool:
    """Whether a word of two characters is two one-character heads (委|办), not a common word
    that is written so (局部, 站队: false_org_heads.txt)."""
    heads = lexicon("org_suffixes.txt")
    return (len(word) == 2 and word[0] in heads and word[1] in heads
            and word not in false_org_heads())


# the levels a one-character abbreviation can stand for (区 is a district, never 社区)
ABBREVIATED_LEVELS = {"省": ("province",), "市": ("prefecture", "county", "province"), "州": ("prefecture",), "县": ("county",),
                      "区": ("county", "prefecture"), "旗": ("county",), "镇": ("township",), "乡": ("township",),
                      "村": ("village",), "社区": ("village",),  # 村党支部 after 第五村: that village's
                      "街道": ("township",),  # 该社区积极配合|街道党工委|、办事处 (a district's site, 2023): 三江街道's
                      "苏木": ("township",),  # 苏木|政府副苏木达|包爱华 (a banner's township, 2024): 敖包苏木's
                      "自治区": ("province",),  # 自治区高级人民法院 on a page of 防城港市: 广西壮族自治区's
                      "地区": ("prefecture",)}  # 塔城地委委员…、|地区|教育工委书记 (a city's page, 2019): 塔城地区's


# level words that are common nouns too, read so only where they open a clause or an item of a list
_LEVEL_WORDS_OPENING_ONLY = frozenset(("地区",))
# a level word a division's bodies are written after (该)? (县委, 社区党委, 街道党工委: the levels above)
_LEVEL_WORDS = re.compile("(该)?(" + "|".join(longest_first(w for w in ABBREVIATED_LEVELS if len(w) > 1))
                          + f"|[{_LEVEL_CHARS}])")

# one-character words that jieba glues to an abbreviated level (任|县 as 任县, a county of 河北省;
# 由县, 和县, 经县): 张伟同志任|县商务局局长, 会议由|县人大常委会主任王德明主持
_GLUED_WORDS = BEFORE_LEVEL_WORDS | LIST_JOINERS


# the township levels' characters (镇, 乡: the suffixes of one character)
_TOWNSHIP_LEVEL_CHARS = tuple(suffix for suffix in TOWNSHIP_SUFFIXES if len(suffix) == 1)


def _model_name_end(an: Analysis, at: int) -> int:
    """The end of the model's organisation that starts two Chinese characters or more before ``at`` (a level's
    character) and runs on past it, else ``at``: the level's character inside a name, not its own."""
    return next((t.end for t in an.model_tokens_between(max(0, at - 8), at + 1)
                 if t.tag == "ORG" and at - t.start >= 2 and t.end > at + 1
                 and CJK_RUN.fullmatch(an.text, t.start, at)), at)


def _closes_a_model_place(an: Analysis, at: int) -> bool:
    """Whether the level's character at ``at`` ends a place the model reads, of two Chinese characters or more before
    it (陈土楼|村/LOC)."""
    return any(t.tag == "LOC" and t.end == at + 1 and at - t.start >= 2 and CJK_RUN.fullmatch(an.text, t.start, at)
               for t in an.model_tokens_between(max(0, at - 8), at + 1))


def _glued_to_a_word(an: Analysis, level: int) -> bool:
    """Whether the segmenter read the level character at ``level`` as a two-character word with a
    one-character word before it (任|县 -> 任县), which a division's abbreviation opens all the same;
    or joined a verb and a county's or city's level as a word its dictionary lacks (市长杨立新|率市|
    发展|改革局: the unknown-word model's 率市; a division so written is the division recogniser's,
    covered before this).  Not a village's or a count's: 举行|开村|仪式暨…, 4|家省|技术创新中心."""
    token = an.token_at(level - 1)
    if token is None or token[1] != level + 1:
        return False
    word, tags = an.text[token[0]:token[1]], word_tags()
    if len(word) == 3 and word[1] in _GLUED_WORDS and word not in tags and not gazetteer().lookup(word):
        # three characters the unknown-word model glued, the date's end among them (8月20|日由县|人大常委会|党组副书记, a
        # county's page, 2024): the one-character word before the level is the glue, as in 由县; no county 日由县
        return True
    if len(word) != 2:
        return False
    first = word[0]
    return first in _GLUED_WORDS or (word not in tags and an.text[level] in _VERB_GLUED_LEVELS
                                     and tags.get(first, "").startswith("v"))


# the levels the unknown-word model glues a verb to: 率市, 带县, 赴区
_VERB_GLUED_LEVELS = "市县区"


def _a_firms_branch(an: Analysis, start: int) -> bool:
    """Whether a division is written right after an organisation's name the dictionary holds (nt), not a
    central body's: 中国移动|江苏|公司|北城|分公司 (a district's page, 2023), 中国工商银行|广东|韶关|分行 (xwlb-2023):
    the division names the firm's branch, whose name opens with the firm's; no body of the division's
    (江苏公司).  Not 国家税务总局|江苏省|税务局 (the central body's bureau of the province)."""
    if an.text.endswith(REGISTERED_FIRM_ENDINGS, 0, start) and _branch_after(an, start):
        # 中国邮政集团有限公司|湖南省|分公司|党委委员 (古丈县's page, 2022): a registered firm's name, whole, then its branch
        return True
    token = an.token_at(start - 1) if start else None
    if token is None or token[1] != start or token[1] - token[0] < 2:
        return False
    if token[1] - token[0] == 2:
        # a firm's short name of two characters (农行|四川省|分行, a county's page, 2017): only before a branch's head
        return word_tags().get(token[2], "") in ("nt", "j") and _branch_after(an, start)
    return word_tags().get(token[2], "") == "nt" and token[2] not in alias_table("national_agencies.tsv")


def _units_of_a_firms_branch(an: Analysis, division: Mention) -> None:
    """The units named after a registered firm's branch that the model reads whole (中国邮政集团有限公司湖南省分公司/ORG|
    党委|委员, 古丈县's page, 2022): the branch's party committee, named with the branch's whole name, its posts held in
    it."""
    text = an.text
    branch = next((t for t in an.model_tokens_between(max(0, division.start - _MAX_RUN), division.start + 1)
                   if t.tag == "ORG" and t.start < division.start < t.end
                   and text.endswith(_BRANCH_HEADS, t.start, t.end)),
                  None)
    if branch is None or not text.endswith(REGISTERED_FIRM_ENDINGS, 0, division.start):
        return
    whole = text[branch.start:branch.end]
    for end in org_run(text, branch.end, min(len(text), branch.end + _MAX_RUN)):
        unit = text[branch.start:end]
        an.add(Mention.make("Agency", an.doc.id, branch.start, end, unit, unit, agency_key(unit)))
        an.fact(agency_key(unit), "subOrganizationOf", agency_key(whole), branch.start)


def _branch_after(an: Analysis, start: int) -> bool:
    """Whether a firm's branch's head (分行, 支行, 分公司) ends the run after the division at ``start``."""
    division = next((m for m in an.of_type("AdministrativeDivision") if m.start == start and m.end > m.start), None)
    return division is not None and any(an.text.endswith(_BRANCH_HEADS, division.end, end)
                                        for end in org_run(an.text, division.end, len(an.text)))


_BRANCH_HEADS = tuple(word_set("branch_heads"))


def governing_division(an: Analysis, level_char: str, before: int, visitors: frozenset | None = None,
                       ruled_out: frozenset | None = None, listed: frozenset | None = None) -> Mention | None:
    """The division of that level the article last named (县 -> 公安县), else the one county or
    district it names after a 县 or 区 that opens a clause: a county's report names its county after
    its 县委 (，|县委书记|周建军…郧西县|要坚持…: 郧西县委; 区委书记|王海…东湖街道|位于|武昌区: 武昌区委).
    Not after a character: 河内|市委, 乡镇卫生院 and 大湾区|文化产业… are no abbreviations of a
    division named later; nor is a city named after its 市委 (measured: the unread half of the NER
    dev set's Agency score drops with it).  A province that is a city
    is its 市's (上海市委|和|市政府: 上海市人民政府, not 盐城市's named before, xwlb-20231203-01;
    天津…，市委领导… is 天津市委).  None when the article names none, or several after (which one is
    not said)."""
    found = None
    later: list[Mention] = []
    # (read once per call, for 市 only: the divisions' starts and the cities written, each city checked against them)
    divisions = [m for m in an.of_type("AdministrativeDivision") if m.end > m.start] if level_char == "市" else []
    starts = {m.start for m in divisions}
    cities = [m for m in divisions if m.label.endswith("市") and m.prop("node") is not None]
    # (a caller asking per match reads them once: the visiting divisions, the ones that govern no level word)
    visitors = _visiting_divisions(an) if visitors is None else visitors
    ruled_out = _divisions_governing_none(an) if ruled_out is None else ruled_out
    listed = _listed_places(an) if listed is None else listed
    for mention in an.of_type("AdministrativeDivision"):
        if id(mention) in ruled_out:
            continue
        if not ((mention.label.endswith(level_char) or (mention.text.endswith(level_char) and written_former(mention)))
                and mention.prop("level") in ABBREVIATED_LEVELS[level_char]):
            continue  # …审定|户县|全面推行… 县委书记 (a county's page, 2014): 户县, now 鄠邑区, is the 县 of its 县委
        if mention.text[-1:] in _LEVEL_CHARS and mention.text[-1:] != level_char and written_former(mention):
            continue  # 沙湾县委副书记… 市科技局 (鞍山's page, 2017): 沙湾县, 沙湾市 since 2021, was no 市 when written
        if mention.prop("node") is not None and _home_then_a_county(an, mention.prop("node"), level_char):
            continue  # 射洪市融媒体中心 … 我县…|市政协 (2017): then a county, whose 市 is the prefecture's
        if mention.key in visitors and not (mention.start < before and an.sentence(mention.start) == an.sentence(before)
                                            and "；" not in an.text[mention.end:before]):
            # 枞阳县党政代表团…来我县考察。县委书记余学峰: the hosts' 县委 is the page's county's, not the guests'; but
            # in the clause that names the guests' county, theirs (枞阳县委书记杨文萍，县委副书记、县长廖志远率…)
            continue
        if mention.start < before and level_char == "市" and (_above_a_city_written_first(an, mention, before, cities)
                                                             or _a_city_locating_a_place(an, mention, before, starts)):
            # 靖西市…动员部署会召开…按照中央、自治区及|百色市|委、市人民政府的决策部署…。会上,|市|应急管理局 (a county-level
            # city's page, 2024): the prefecture above the city the page opened with is 市 only in its own sentence
            continue
        if mention.start < before and id(mention) in listed:
            continue  # 东方、琼海、澄迈…等市县 … 由|市政府|副秘书长: places listed, none the city of the 市 after them
        if mention.start < before:
            # the nearest before (mentions are in the order the stages added them: an implied division added for
            # an earlier 市委 is no nearer than the division the sentence writes)
            if found is None or (mention.start, mention.end > mention.start) > (found.start, found.end > found.start):
                found = mention
        elif mention.end > mention.start:  # written, not implied
            later.append(mention)
    # a clause's start, a verb whose objects are people named with their posts (任命|县委副书记|纪道清…,
    # 免去|县委常委…: data/posts/post_verbs.tsv, a county paper's appointments, 2016), or a preposition or a
    # verb of appointment before the level word (word set before_level_words)
    token = an.token_at(before - 1) if before else None
    opens_clause = (before == 0 or not _CJK.match(an.text[before - 1]) or an.text.endswith(_people_verbs(), 0, before)
                    or an.text[before - 1] in word_set("before_level_words")  # …纪道清同志|为|县人民政府|副县长
                    # a verb's object: 为全面|落实|县委县政府|关于…的工作要求,4月12日,歙县检察院… (a county's page, 2019)
                    # (jieba tags 落实 an adjective and knows no 全面落实: the model's verb then)
                    or (token is not None and token[1] == before and word_tags().get(token[2], "")[:1] in ("v", "a"))
                    # or a conjunction the model reads there (王家波|及/c|县法院, a county paper, 2016: jieba's 波及 a place)
                    or any(t.end == before and t.tag in ("v", "c") for t in an.model_tokens_between(max(0, before - 4), before)))
    if found is None and level_char in _NAMED_AFTER and opens_clause and later and len({m.key for m in later}) == 1:
        return later[0]
    if found is not None and an.text.rfind("我" + level_char, found.end, before) >= 0 \
            and (home := home_division(an, level_char)) is not None and home[1] not in visitors:
        # the page's own division written 我市 after another named last: …鸡西|副市长兰知震,我市|市委书记陈立新、|市人大常委会
        # 主任胡明 (东北网虎林…讯, 2017: 虎林市委, not 鸡西市委), as the page writes its home, else none (the callers' own
        # home then); not where the page's home has no division of that level (正宁县党政考察团在|华池县|考察…了解我县…。
        # |县委书记辛少波 on a page of 庆阳市's: 华池县委), nor is the guests' (平罗县党政考察团来我市: 石嘴山市's guests)
        return next((m for m in an.of_type("AdministrativeDivision") if m.end > m.start and m.prop("node") == home[2]),
                    None)
    return found


_DELEGATIONS = "|".join(word_set("delegation_words"))
_VISITING = re.compile(f"(?:党政)?(?:{_DELEGATIONS})")
_ARRIVALS = "|".join(word_set("arrival_verbs"))
_DELEGATION_COMES = re.compile(f"(?:{_DELEGATIONS})(?:\\d+人)?[，,]?(?:先后)?(?:{_ARRIVALS})")


def _divisions_governing_none(an: Analysis) -> frozenset[int]:
    """The division mentions (their ids) that govern no level word after them, read once per article:
    - a division written after a body and a word of stationing (省政府|驻|上海|办事处), the place its office is in, not
      the city of 市委 (四平日报, 2016); not after a verb that ends so (督察组|进驻|河南省: the province inspected,
      whose 省委 the page says);
    - Taiwan, whose bodies a page of the mainland never writes by their level alone;
    - a county's short name inside a firm's name (延长石油集团…陪同调研。|县委书记|谢延明, 子长县's page, 2015: none of its
      bodies' county; but 平江县城市建设投资有限公司 is the county's firm, named in full);
    - an example of the places the page's people went to, before 等地 (到|将乐|等地|对标学习考察);
    - a person's native place, the division and 人 closing a clause (李某1988年出生,湖南|怀化|人。…|市公安局|商城派出所,
      a county-level city's police news: where the suspect is from, not the city of its 市)."""
    # (a body's head before the word, whether or not a stage has read the body yet: 省政府 is read by its level later)
    firms = SpanIndex((m.start, m.end) for m in an.of_type("Agency")
                      if m.end > m.start and agency_kind(m.label) == "enterprise")
    out = set()
    examples = _examples_of_places(an)
    for division in an.of_type("AdministrativeDivision"):
        if division.label == "台湾省":
            out.add(id(division))  # no paper of the mainland writes Taiwan's bodies short (12名|台湾|青年…|省住建厅|村镇处, a
            continue               # city's page of 福建, 2024: 福建省's)
        if an.text[division.end:division.end + 1] == "人" and (an.text[division.end + 1:division.end + 2] in CLAUSE_MARKS
                                                              or an.text[division.end + 1:division.end + 2] == "、"):
            out.add(id(division))
            continue
        if id(division) in examples:
            # an example of where the page's people went (组织人员到|将乐|等地|对标学习考察…。目前,|县总医院|领导班子已组建,
            # 明溪县's site, 2020: 明溪县总医院; 到|将乐|、|沙县|等地), none of the page's own
            out.add(id(division))
            continue
        word = word_ending(an.text, _STATIONED_WORDS, division.start, default=None)
        if (word is not None and an.text.endswith(ordered_lexicon("org_suffixes.txt"), 0, division.start - len(word))) \
                or (division.text != division.label and firms.holding(division.start, division.end)):
            out.add(id(division))
    return frozenset(out)


def _examples_of_places(an: Analysis) -> frozenset[int]:
    """The division mentions (ids) listed before 等地 (word set examples_of_places: 到|将乐|、|沙县|等地|对标学习), each
    joined to the next by a list's joiner: examples of where the page's people went or what a story tells of."""
    written = sorted((m for m in an.of_type("AdministrativeDivision") if m.end > m.start), key=lambda m: m.start)
    out: set[int] = set()
    for i in range(len(written) - 1, -1, -1):
        division = written[i]
        if an.text.startswith(tuple(word_set("examples_of_places")), division.end) or (
                id(written[i + 1]) in out if i + 1 < len(written) else False) and \
                an.text[division.end:written[i + 1].start] in LIST_MARKS:
            out.add(id(division))
    return frozenset(out)


def _listed_places(an: Analysis) -> frozenset[int]:
    """The division mentions (ids) listed with 、 three or more of a level together: 东方、琼海、澄迈、临高、白沙、琼中|等市县
    |科协领导… 启动仪式由|市政府|副秘书长黄远舶主持 (儋州市's page, 2021): places the page names, none the city of its 市."""
    written = sorted((m for m in an.of_type("AdministrativeDivision") if m.end > m.start), key=lambda m: m.start)
    runs, run = [], written[:1]
    for previous, current in zip(written, written[1:]):
        if an.text[previous.end:current.start] == "、" and previous.prop("level") == current.prop("level"):
            run.append(current)
        else:
            runs.append(run)
            run = [current]
    runs.append(run)
    return frozenset(id(m) for run in runs if len(run) >= 3 for m in run)


def written_former(mention: Mention) -> bool:
    """Whether a division is written by a name it bore before a rename (户县, now 鄠邑区)."""
    return mention.text != mention.label and (gazetteer().is_former_name(mention.text)
                                              or _short_name_of_its_former_level(mention.text, mention.label))


def _short_name_of_its_former_level(written: str, label: str) -> bool:
    """Whether a division is written by a short name that ends in a county's level its name no longer does: the
    county's name before it became a district or a city (沙县, short for 沙县区 since 2021; 梅县, 赣县), which the
    gazetteer keeps as the short name, not a former one (福建|沙县|考察调研 … 沙县|县委|常委, a district's page: 沙县区委,
    written 沙县县委; not 沙县区县委)."""
    return written != label and written[-1:] in COUNTY_LEVEL_CHARACTERS and label[-1:] != written[-1:] and label.startswith(written)


def _visiting_divisions(an: Analysis) -> frozenset:
    """The keys of the divisions whose delegation the page says comes to it: a division named right before
    代表团, 考察团 or 一行 in a sentence that says 来我县 or 到我市 (枞阳县党政代表团…来我县考察学习, a county's
    site, 2023), or before a delegation that comes to a division the page names (…赵中三|一行|莅临|穆棱经济开区, as the
    page writes it, 2017): the guests' division, whose bodies the page's bare 县委 never names."""
    coming = [m.start() for m in re.finditer(r"[来到]我[县市区旗镇乡]", an.text)]
    # a delegation that comes to a division the page names (牡丹江市政协副主席…赵中三|一行|莅临|穆棱经济开区, a
    # county-level city's site, 2017): the host is named after the verb, the guests before it
    starts = {m.start for m in an.of_type("AdministrativeDivision") if m.end > m.start}
    coming += [m.start() for m in _DELEGATION_COMES.finditer(an.text) if m.end() in starts]
    if not coming:
        return frozenset()
    found = set()
    # a division written right after a body names its branch there, no guests' division (县长边江风带领|市生态环境局|桓台|
    # 分局、县公安局等部门工作人员到我县部分企业…, 桓台县's site, 2019: the county's own staff)
    # (read from the text: the page's bodies are not all read when the first 县委 asks)
    for mention in an.of_type("AdministrativeDivision"):
        if mention.end <= mention.start or an.text.endswith(org_heads(), 0, mention.start):
            continue
        start, end = an.sentence(mention.start)
        # its delegation (枞阳县党政代表团), or named in the sentence before 来我县 (枞阳县委书记杨文萍…率党政代表团来我县)
        if _VISITING.match(an.text, mention.end) or any(mention.end <= at < end for at in coming):
            found.add(mention.key)
    return frozenset(found)


@cache
def _people_verbs() -> tuple[str, ...]:
    """The verbs of taking or leaving a post whose people follow them (任命, 免去: data/posts/post_verbs.tsv)."""
    return tuple(verb for verb, holder_after, _, _ in post_verbs() if holder_after)


def kind_named_before(an: Analysis, kind: str, at: int, since: int = 0) -> Mention | None:
    """The one body of a kind every division has (融媒体中心, 人大: lexicons.bare_body_kinds) that the article
    named in full, with its division, before ``at`` (and from ``since``): what the kind written alone stands for
    (敦化市…|市融媒体中心|来到… 活动中，|融媒体中心|主任|李永贤, a city's page, 2023: 敦化市融媒体中心); None where it
    named none, or several (the kind alone is then no name: GUIDELINES, an unresolved short form)."""
    earlier = {m.key: m for m in an.of_type("Agency") if since <= m.start and m.end <= at and m.label.endswith(kind)
               and m.label != kind and m.prop("division")}
    return next(iter(earlier.values())) if len(earlier) == 1 else None


def as_named_body(an: Analysis, body: Mention, start: int, end: int, **props) -> Mention:
    """A mention at [start, end) of ``body``, a body the article names in full (its label, key and division):
    what a short form written there stands for (融媒体中心 for 敦化市融媒体中心, 市院 for 阜阳市人民检察院)."""
    return an.add(Mention.make("Agency", an.doc.id, start, end, an.text[start:end], body.label, body.key,
                               division=body.prop("division"), division_label=body.prop("division_label"), **props))


def _one_body_of(an: Analysis, division, endings: tuple[str, ...]) -> Mention | None:
    """The one body of ``division`` the article names whose name ends so, what a level's character and a head alone stand
    for (阜阳市人民检察院 for 市院: endings 人民检察院, 人民法院; 潢川县教育体育局 for 县局: 局), else None."""
    found = {m.key: m for m in an.of_type("Agency") if m.prop("division") == division and m.end > m.start
             and m.label.endswith(endings) and len(m.label) > len(m.prop("division_label") or "") + 1}
    return next(iter(found.values())) if len(found) == 1 else None


def home_division(an: Analysis, level_char: str) -> tuple[str, str, int, str | None] | None:
    """The paper's own division of that level, when no article names one: the region itself or the
    nearest division above it whose name ends with the level's character (a city's paper: 市 ->
    荆州市, 省 -> 湖北省; a county's paper, 公安县: 县委|书记 -> 公安县委, 县法院 -> 公安县人民法院, and
    市委 -> 荆州市委); None when none does (县 in a city's paper: which county is not said).  With none, one
    whose name before a rename did, in the page's year: a renamed county's site writes 县委, 我县 on its pages
    of those years (射洪市融媒体中心主办 … 2017: 县委书记|蒲从双 is 射洪市委's, once 射洪县委).  (label, key,
    node, the former name the page's level stands for, or None)."""
    region = an.region.node
    if region is None:
        return None
    gaz = gazetteer()
    chain = list(reversed(gaz.chain(region)))
    node = next((n for n in chain if gaz.names[n].endswith(level_char) and not _home_then_a_county(an, n, level_char)),
                None)
    if node is not None:
        return gaz.names[node], division_key(node), node, None
    for node in chain:
        former = next((name for name in gaz.former_names(node, an.doc.date) if name.endswith(level_char)), None)
        if former is not None:
            return gaz.names[node], division_key(node), node, former
    return None


def _divisions_by_first_character(an: Analysis) -> dict[tuple[str, str], list[Mention]]:
    """The divisions the page writes in full, by their name's first character and their level's last (牡, 市:
    牡丹江市), read once per article for :func:`_named_by_its_first_character`."""
    found: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for m in an.of_type("AdministrativeDivision"):
        if m.end > m.start and len(m.label) > 2:
            found[m.label[0], m.label[-1]].append(m)
    return found


def _named_by_its_first_character(an: Analysis, level_char: str, start: int,
                                  by_first: dict[tuple[str, str], list[Mention]]) -> Mention | None:
    """The division a level character names with its name's first character before it, the page naming it in full
    (牡市|政协副主席赵中三, a county-level city's CPPCC site, 2017, its headline; the story: 牡丹江市政协副主席); None
    else, and where the character is a word of its own (南开区…和平区副区长…街道|和|区委: 南开区委; word set
    glued_breaks)."""
    before = an.text[start - 1] if start else ""
    if not _CJK.match(before) or before in GLUED_BREAKS or start - 1 in an.boundaries and start in an.boundaries \
            and word_tags().get(before, "")[:1] in ("c", "p", "u"):
        return None
    named = {m.key: m for m in by_first.get((before, level_char), ())}
    return next(iter(named.values())) if len(named) == 1 else None


def _the_hosts(an: Analysis, level_char: str, home: int, visitors: frozenset) -> tuple[str, Key, int, None] | None:
    """Where the home the page's level character names is the visitors' (牡丹江市副市长…来我市调研…。|市委|常委、副市长
    黄书文陪同, 东宁市's site: 牡丹江市 is the page's prefecture and the guests'), the one division of that level
    inside it the page names, the hosts' (东宁市); None where it names none or several."""
    gaz = gazetteer()
    hosts = {m.prop("node") for m in an.of_type("AdministrativeDivision")
             if m.end > m.start and m.prop("node") is not None and m.key not in visitors
             and m.label.endswith(level_char) and gaz.is_within(m.prop("node"), home) and m.prop("node") != home}
    if len(hosts) != 1:
        return None
    node = hosts.pop()
    return gaz.names[node], division_key(node), node, None


def implied_home(an: Analysis, home: tuple[str, Key, int, str | None], at: int) -> Mention:
    """The home division (:func:`home_division`) a level word implies at ``at``: a mention without a span, with
    the former name the page's level stands for (射洪市 of 2017: 射洪县)."""
    label, key, node, former = home
    gaz = gazetteer()
    return an.add(Mention.make("AdministrativeDivision", an.doc.id, at, at, "", label, key, node=node,
                               code=gaz.code(node), level=gaz.level(node), implicit=True, former_name=former))


def _a_city_locating_a_place(an: Analysis, mention: Mention, before: int, starts: set[int]) -> bool:
    """Whether a county-level city is written right before another division (its village or town), in another
    sentence than ``before``'s: it says where that place is (先后到…城区洞头村、|高平市|沟北村、南河村 on a page of 晋城市's, 2021), and
    the page's 市 after it is the city the page is at home in."""
    return (mention.prop("level") == "county" and mention.end in starts and mention.prop("node") != an.region.node
            and an.sentence(mention.start) != an.sentence(before))


def _above_a_city_written_first(an: Analysis, mention: Mention, before: int, cities: list[Mention]) -> bool:
    """Whether a city is named in another sentence than ``before``'s, after a city inside it that the page wrote
    first (百色市 after 靖西市, a county-level city of it; ``cities``: the cities the page writes)."""
    node = mention.prop("node")
    if node is None or an.sentence(mention.start) == an.sentence(before):
        return False
    gaz = gazetteer()
    # (or the page's home its publisher states: 来源:《钱江晚报·今日桐乡》… 乌镇镇成为|嘉兴|首个…单位。|市委|副书记…蒋惠玲,
    # 2016 — 桐乡市委, 嘉兴 the prefecture the page measures its town in)
    home = an.region.node if an.region.stated else None
    return (home is not None and home != node and gaz.levels[home] == 3 and gaz.is_within(home, node)) or any(
        m.start < mention.start and m.prop("node") != node and gaz.is_within(m.prop("node"), node) for m in cities)


def _home_then_a_county(an: Analysis, node: int, level_char: str) -> bool:
    """Whether the county-level city the page is at home in was a county when the page was written: it bore a
    county's name then (射洪县, 射洪市 since 2019; no later than the page's date) and the page writes its own
    county by its level alone (我县, 县委 with no name before it) — its 市 is then the prefecture's
    (射洪市融媒体中心主办 … 我县…|市政协|副主席 (2017): 遂宁市政协)."""
    return (level_char == "市" and node == an.region.node and an.writes_its_county_by_level
            and any(name.endswith("县") for name in gazetteer().former_names(node, an.doc.date)))


# (its head written again before the title: 县应急局|局长杨冠军, 成安县's page, 2020s)
_BUREAU_WRITTEN = re.compile(r"([\u4e00-\u9fff]{2,4}?)局(?:局长|长|党委|党组)")


@lru_cache(maxsize=4)
def _the_pages_bureau(text: str) -> str | None:
    """The one kind of bureau a page writes before 局长 or its party body (公安局长吴占玉 … 县局党委: 公安), the
    bureau 县局 and 市局 stand for in its own jargon (a county police page, 2020; word set jargon_bureau_kinds); None
    where it writes none or several."""
    kinds = {kind for found in _BUREAU_WRITTEN.finditer(text) for kind in word_set("jargon_bureau_kinds")
             if found.group(1).endswith(kind)}
    kinds = {kind for kind in kinds if not any(other != kind and other.startswith(kind) for other in kinds)}  # 应急, 应急管理
    return kinds.pop() if len(kinds) == 1 else None


# a head written again before its party unit (科技局|局党组: word sets doubled_heads, party_units_after_a_head)
_DOUBLED_HEAD = re.compile("([" + "".join(word_set("doubled_heads")) + "])\\1(?=" + "|".join(word_set("party_units_after_a_head")) + ")")


# a department's head alone after a level's character, its field unwritten (省厅, 市厅): which department is not said
_BARE_HEAD = "厅"


# a division's hospital written short (县医院) and in full (县人民医院)
_HOSPITAL, _PEOPLES_HOSPITAL = "医院", "人民医院"


def _inside_a_models_body(an: Analysis, division: Mention, end: int) -> bool:
    """Whether the model reads one organisation from a word before ``division`` (no division's: 湖南|慈利|派出所 is the
    county's) to ``end``, the end of the body the division's name opens."""
    divisions_before = {m.end for m in an.of_type("AdministrativeDivision") if m.end > m.start}
    # (nor a body stationed there, whose own body and 驻 the model reads with it: 省政府|驻|上海|办事处, 四平日报, 2016)
    return any(t.tag == "ORG" and t.start < division.start and t.end == end and t.start in an.boundaries
               and division.start not in divisions_before and CJK_RUN.fullmatch(an.text[t.start:division.start])
               and _STATIONED_AT not in an.text[t.start:division.start]
               for t in an.model_tokens_between(max(0, division.start - 4), end))


def _host_of_natives(an: Analysis, division: Mention, body: int, ends: list[int]) -> Mention | None:
    """The division written whole right before ``division`` where the body after it is an association of natives (word
    set natives_association_heads: 中山市|贵州|商会, 上海|衡岳|同乡会): the place the association of the natives of the
    second division is in; None where no other division is written so, or one holding it or held by it (湖南省|长沙|商会
    is 长沙's own)."""
    if not an.text.endswith(tuple(word_set("natives_association_heads")), body, ends[-1]):
        return None
    gaz = gazetteer()
    host = next((m for m in an.of_type("AdministrativeDivision") if m.end == division.start and m.end > m.start
                 and m.text == m.label), None)  # (written whole: 中山市, not a short name)
    if host is None or host.prop("node") is None or division.prop("node") is None:
        return None
    one, other = host.prop("node"), division.prop("node")
    return None if gaz.is_within(one, other) or gaz.is_within(other, one) else host


def _emit(an: Analysis, start: int, ends: list[int], division_label: str, division_key: str,
          written_division: str, body_start: int, abbreviated: bool = False) -> list[Mention]:
    """One mention per head in the run; each nested in the next."""
    out: list[Mention] = []
    own = False  # whether the last name of the run is a body of its own name (北京大学)
    # a head written again before its party unit is one head (市科技局|局党组|书记刘耀庭, 鞍山's page, 2017: the bureau's
    # 党组, no 科技局局 nor 科技局局党组)
    ends = [end for i, end in enumerate(ends) if not (i and end - ends[i - 1] == 1
                                                      and _DOUBLED_HEAD.search(an.text, end - 2, end + 2))]
    for end in ends:
        head = _DOUBLED_HEAD.sub(r"\1", an.text[body_start:end])
        if head.startswith(_HOSPITAL) and any(name + _PEOPLES_HOSPITAL in an.text for name in {division_label, written_division}
                                              if len(name) > 1):
            # 镇雄县人民医院组织… 县|医院|党总支书记张宏义 (a county's page, 2015; 魏县人民医院 … 魏县|医院, a county's page,
            # 2019): the hospital the page names in full, written short
            head = _PEOPLES_HOSPITAL[:-len(_HOSPITAL)] + head
        spelling = former = None  # another accepted spelling of the body's name; the division's former name
        joint = bool(out) and out[-1].text.endswith("委") and JOINT_GOVERNMENT.fullmatch(an.text[out[-1].end:end])
        if joint:
            # 江苏省委省政府 (xwlb), 埠河镇党委政府, 党委人民政府: the committee and the division's
            # government are two bodies written together, the government no unit of the committee
            start, head = out[-1].end, an.text[out[-1].end:end].lstrip(_LEVEL_CHARS)
        if not out and brand_firm_of_a_grassroots_place(head, division_label):
            # 在|三交镇|宋家垣村|富瑞肉牛厂, 杜家庄村|漫山红农业科技发展有限责任公司 (柳林县's page), 三里村|家林农机专业
            # 合作社 (高唐县's town): a firm of its own brand lies in the village the text writes before it, which is
            # no part of its registered name (the local gold of five pages: 富瑞肉牛厂, the village's an accepted spelling)
            label, own, spelling = head, True, written_division + head
        elif head.endswith(ordered_lexicon("media_suffixes.txt")) or (
                head.endswith(ordered_lexicon("own_name_heads.txt")) and len(written_division) > 1):
            # papers keep their own name (荆州日报), and so do universities, stations, firms (北京大学, not
            # 北京市大学; 北京|西站; 云南|白药集团): own_name_heads.txt
            label, own = written_division + head, True
        elif out and not joint and (own or canonical_head(an.text[body_start:out[-1].end]) != an.text[body_start:out[-1].end]):
            # 北京大学|团委 (xwlb-20231027-03), 山东大学|儒学高等研究院 (xwlb-20231102-02): a unit of the body of its
            # own name before it, named after it (北京大学团委), not after the division (北京市大学团委); so is one
            # of a body its canonical name spells out (歙县检察院|党组, a county's page, 2019: 歙县人民检察院党组, the
            # unit of 歙县人民检察院, not another body 歙县检察院 its posts would be held in)
            label = out[-1].label + canonical_head(an.text[out[-1].end:end])
        else:
            canonical = (head == "院" and _court_by_its_yuan(an, body_start)) or canonical_head(head, of_a_division=True)
            if canonical.startswith("局") and (kind := _the_pages_bureau(an.text)):
                # 县局|党委, 市局|党委 on a police page (公安局长): 山阴县公安局党委; a kind written short is named in full
                # (县应急局局长 … |市局|第八督导组: 邯郸市应急管理局)
                canonical = canonical_head(kind + "局", of_a_division=True) + canonical[1:]
            if canonical == _BARE_HEAD and head.lstrip(_LEVEL_CHARS) == _BARE_HEAD:
                continue  # 要按|省厅|的要求 (a county's page, 2017): a department of the province unnamed, no name
            former = written_division if written_division != division_label and (gazetteer().is_former_name(
                written_division) or _short_name_of_its_former_level(written_division, division_label)) else None
            if former is not None:
                # 户县|县委 (a county's page, 2014; 户县 is 鄠邑区 since 2016): the body is one with today's
                # 鄠邑区委, its name then an accepted spelling (户县县委; 射洪县|人民政府: 射洪县人民政府)
                doubled = canonical[:1] == former[-1:] and canonical[1:2] in ("委", "人")
                # (a one-character county's committee doubles its level, 户县县委, its government not: 户县人民政府)
                spelling = former + (canonical[1:] if doubled and (len(former) > 2 or canonical[1] == "人") else canonical)
                if doubled:
                    canonical = division_label[-1] + canonical[1:]
            if (council := village_council(division_label, head)) is not None:
                # 石堰村|委|主任 (a village's page, 2019): the villagers' committee, which the village's name writes with
                # its 村 once; no party committee of it (石堰村|党委)
                canonical, spelling = council[len(division_label):], division_label + head
            elif canonical[:1] == division_label[-1:] and canonical[1:2] in ("委", "人"):
                canonical = canonical[1:]  # 眉县|县委 is 眉县委, as 县委 after 眉县 is
            elif division_label.endswith("特别行政区"):
                # a special administrative region's government is its 政府, never a 人民政府 (澳门特别行政区|政府,
                # xwlb-20231220-11), and 香港|特区政府 is 香港特别行政区政府 (11 times in xwlb-2023)
                canonical = canonical.removeprefix("特区")
                canonical = "政府" if canonical == "人民政府" else canonical
            label = league_committee(division_label, canonical) or division_label + canonical
            if (division_label.endswith("特别行政区") and written_division != division_label and canonical != "政府"
                    and not head.startswith("特区")):
                # its other bodies are named as the text writes them after its short name (香港|贸易发展局,
                # 香港|中国企业协会, 澳门|代表团: xwlb-2023), not with a 特别行政区 they do not bear
                label = written_division + head
            if division_label.endswith("地区") and canonical.startswith("地委"):
                label = division_label[:-2] + canonical  # 塔城|地委 is 塔城地委, the prefecture 塔城地区's committee
            if _renamed_level(written_division, division_label, canonical):
                # 广西|荔浦|县委|书记 (a 2011 profile): 荔浦县 is 荔浦市 since 2018; after its short name the body is
                # named as written (荔浦县委), never the hybrid 荔浦市县委 (after 荔浦县 written whole, a former name,
                # it is today's 荔浦市委 with 荔浦县委 a spelling: above)
                label = written_division + canonical
        if not out and label == division_label + "委" and _league_before(an, start):
            # 团|遵义市委|书记牛伟 (a city's page, 2020): the League's committee of the division, written as the page's
            # other lines write it whole (共青团遵义市委书记牛伟), no party committee of it
            start, label = start - 1, league_committee(division_label, "团" + division_label[-1] + "委")
        if spelling is None and len(division_label) == 2 and label.startswith(division_label + "委"):
            # 房县委 is written 房县县委 too, as a county of a one-character name writes its committee (a county
            # paper, 2016: 房县县委副书记): another accepted spelling of the name
            spelling = division_label + label[len(division_label) - 1:]
        if spelling is None and division_label.endswith(LEVELED_SHORT_ENDINGS) and label.startswith(division_label):
            # 黔东南苗族侗族自治州|委 is written 黔东南州委 too, by the short name and the level (a prefecture's paper,
            # 2015): another accepted spelling of the name
            spelling = _autonomous_short(division_label) + label[len(division_label) - 1:]
        key = agency_key(label)
        mention = an.add(Mention.make("Agency", an.doc.id, start, end, an.text[start:end], label, key,
                                      division=division_key, division_label=division_label,
                                      abbreviated=abbreviated or None, spelling=spelling,
                                      former_division=former))
        an.fact(key, "locatedIn", division_key, start)
        if out and not joint:
            an.fact(key, "subOrganizationOf", out[-1].key, start)
        out.append(mention)
    return out


def brand_firm_of_a_grassroots_place(head: str, division_label: str) -> bool:
    """Whether ``head``, written right after a township or a village, is a firm of its own brand: an enterprise
    (data/lexicon/agency_kinds.tsv) whose first word is no word of the dictionary or a name's (富瑞|肉牛厂,
    家林|农机专业合作社, 漫山|红农业…公司, 鑫|农源种植合作社); not a kind of firm (农民|专业合作社, 股份|经济合作社: the
    village's own, named with it)."""
    if division_level(division_label) not in ("township", "village") or agency_kind(head) != "enterprise":
        return False
    first = tokenizer().lcut(head)[0]
    tag = word_tags().get(first)
    return len(first) < len(head) and (tag is None and len(first) > 1 or (tag or "").startswith(_FIRM_BRAND_TAGS))


# a brand's tags: a place's, a name's, an abbreviation's (漫山/ns, 鑫/nr: pos set brand_tags)
_FIRM_BRAND_TAGS = (*pos_tags("brand_tags"), "nr")


# the character a team stationed in a division is written with before it (驻村, 驻猛虎洲村工作队)
_STATIONED_AT = "驻"


def _stationed_team(an: Analysis, division: Mention, end: int) -> None:
    """A team stationed in ``division`` (word set stationed_team_heads), the body that sent it written before 驻:
    听取了|省邮政|驻|猛虎洲村|工作队 (古丈县's page, 2022), 县委组织部|驻|某村|工作队.  The team is the sender's, named with
    it where the page names the sender as a body, else from 驻 (GUIDELINES accepts 驻猛虎洲村工作队); it works in the
    division, no body of the division's own (猛虎洲村工作队)."""
    at = division.start - 1
    sender = max((m for m in an.of_type("Agency") if m.end == at and m.end > m.start), key=lambda m: at - m.start,
                 default=None)
    start = sender.start if sender is not None else at
    label = (sender.label if sender is not None else "") + _STATIONED_AT + division.label + an.text[division.end:end]
    key = agency_key(label)
    an.add(Mention.make("Agency", an.doc.id, start, end, an.text[start:end], label, key, division=division.key,
                        division_label=division.label))
    an.fact(key, "locatedIn", division.key, start)
    if sender is not None:
        an.fact(key, "subOrganizationOf", sender.key, start)


def _league_before(an: Analysis, at: int) -> bool:
    """Whether the Youth League's 团 is written right before ``at``, a word of its own (团|遵义市委; not 集团, 代表团)
    or the first of the segmenter's word for a League's committee (:func:`_league_word_at`)."""
    return at > 0 and an.text[at - 1] == "团" and at - 1 in an.boundaries and (at in an.boundaries
                                                                               or _league_word_at(an, at))


def _league_word_at(an: Analysis, at: int) -> bool:
    """Whether the segmenter reads a League's committee by its level as one word from the 团 before ``at``: 。|团县委|
    书记韩潮 (远安县's page, 2019; word set youth_league_committees), the county's League committee."""
    token = an.token_at(at - 1) if at else None
    return token is not None and token[0] == at - 1 and token[2] in word_set("youth_league_committees")


def _court_by_its_yuan(an: Analysis, at: int) -> str:
    """The court or procuratorate 院 alone after a division names, a word of its own, on a page that names one of
    the two kinds only: a procuratorate's page calls itself and its peers so (梁平区|院|阳彬|检察长一行 … 前往|垫江县|院
    |召开交流座谈会, a procuratorate's page, 2023: 垫江县人民检察院); "" otherwise."""
    token = an.token_at(at)
    if an.text[at:at + 1] != "院" or token is None or token[1] != at + 1:
        return ""  # 院 ends a word (垫江县|院, 梁平|区院), not 院长, 院落
    named = [body for word, body in _YUAN_BODIES if word in an.text]
    return named[0] if len(named) == 1 else ""


# what a page names when it is a procuratorate's or a court's (检察长, 检察院: 人民检察院; 法院: 人民法院)
_YUAN_BODIES = (("检察", "人民检察院"), ("法院", "人民法院"))


def _autonomous_short(name: str) -> str:
    """An autonomous division's short name (黔东南苗族侗族自治州: 黔东南), or its name without the level's last
    character when the gazetteer gives none."""
    gaz = gazetteer()
    return next((gaz.shorts[n] for n in gaz.by_name.nodes(name) if gaz.shorts[n]), name[:-1])


# the levels of a county or a city whose character a short name may be written with before its body


def _renamed_level(written: str, label: str, head: str) -> bool:
    """Whether a body's head opens with the level character of the division it is written after by its
    short name, the division now of another level (荔浦|县委: 荔浦市, once 荔浦县): the character is the
    division's own, no abbreviation.  Not after a province or a region (广西|区委)."""
    return (len(head) > 1 and head[0] in COUNTY_LEVEL_CHARACTERS and head[0] != label[-1:] and label[-1:] in COUNTY_LEVEL_CHARACTERS
            and not written.endswith(tuple(_LEVEL_CHARS)) and not label.endswith(("自治区", "特别行政区"))
            and head[1:].endswith(org_heads()))


def _a_word_of_no_level(an: Analysis, at: int) -> bool:
    """Whether a level's character at ``at`` opens a word that is no level's (word set words_of_no_level: 市场 of
    市场监督管理局: 市政府办公室、税务局、…、审计局、|市场|监督管理局|等市相关单位, a city's page, 2019)."""
    token = an.token_at(at)
    return token is not None and token[0] == at and token[2] in word_set("words_of_no_level")


# an item of a list that opens with a village's name, which the gazetteer may lack (杨东村|鑫农源种植合作社)
_OPENS_WITH_A_VILLAGE = re.compile(r"[\u4e00-\u9fff]{1,3}村(?=[\u4e00-\u9fff]{2})")


def _siblings(an: Analysis, last: Mention, division_label: str, division_key: str, written: str,
              next_division, abbreviated: bool = False) -> None:
    """公安县家庭教育检察服务中心、未成年人检察服务站: the list shares its division."""
    text = an.text
    # (joined by 和 or 及 only after a level's body: 县教育局和财政局; after a named division's the item may be another's:
    # 西阳镇九年制学校和|教师进修学校, the county's, a county's page, 2020)
    while last.end + 1 < len(text) and text[last.end] in ("、和及" if abbreviated else "、"):
        item = last.end + 1
        while item < len(text) and text[item] in " \u3000":
            item += 1  # 教育局、 城市管理监督局: a space typed after the mark
        if item == len(text) or text[item] == "该" or (text[item] in _LEVEL_CHARS and not _a_word_of_no_level(an, item)):
            return
        division_at = next_division(item)
        ends = org_run(text, item, division_at)
        if not ends or text[item:ends[-1]] in alias_table("national_agencies.tsv"):
            return  # 甘肃省人民政府、|文化和旅游部|、国家广播电视总局 (xwlb-20230906-07): central bodies of their own
        if text[last.end] != "、" and not text.endswith(word_set("bureau_heads"), item, ends[-1]):
            return  # 县X局和|某某公司: after 和 or 及 only a bureau is the level's (word set bureau_heads)
        if abbreviated and (text.endswith(word_set("level_list_stops"), item, ends[-1]) or _a_kind(text[item:ends[-1]])):
            # 市住建局、|建设银行, 市公安局、|派出所: a nation's bank, a kind of body, neither the level's (but 县政府办、|发投
            # 集团 is the county's investment group)
            return
        if ends[-1] == division_at:
            return  # 区教科局、|交警支队|海棠大队 (a district's page, 2024): an item that goes on after a division's name
        if _OPENS_WITH_A_VILLAGE.match(text, item, ends[-1]):
            return  # 西朱村田兴种植合作社、|杨东村|鑫农源种植合作社 (高唐县's town, 2021): another village's, unknown to the gazetteer
        if text.startswith(tuple(data_words("posts", "national_openers.txt")), item):
            return  # 甘肃省法官学院、|中国法院|中华民族共同体法治文化陈列馆 (a county's page, 2024): the nation's, no body of 甘肃省
        emitted = _emit(an, item, ends[-1:], division_label, division_key, written, item, abbreviated=abbreviated)
        if not emitted:
            return
        last = emitted[-1]


@stage(reads=("text", "tokens", "AdministrativeDivision"),
       writes=("Agency", "AdministrativeDivision", "locatedIn", "subOrganizationOf"))
def find_agencies(an: Analysis) -> None:
    text = an.text
    divisions = an.of_type("AdministrativeDivision")
    starts = sorted(m.start for m in divisions)
    # linear, not a scan of every division per division or per character (a 1 MB article
    # took seconds): covered characters marked once, the furthest end of the names so far
    covered = bytearray(len(text) + 1)
    for m in divisions:
        covered[m.start:m.end] = b"\x01" * max(m.end - m.start, 0)
    by_start = sorted((m.start, m.end) for m in divisions)
    start_keys = [s for s, _ in by_start]
    furthest = list(accumulate((e for _, e in by_start), max))

    def next_division(after: int) -> int:
        index = bisect.bisect_left(starts, after)
        return starts[index] if index < len(starts) else len(text)

    def inside_longer(m) -> bool:
        index = bisect.bisect_right(start_keys, m.start) - 1
        return index >= 0 and furthest[index] > m.end

    # 1. an explicit division and a run: 公安县公安局, 荆州经开区综合执法中心
    for division in divisions:
        if inside_longer(division):
            continue  # 荆州 inside 荆州经开区: the longer name governs
        if names_a_ship(text, division.end):
            # |山东舰航母编队|在西太平洋 (xwlb-2023, 4 times): a ship named after the province and its group,
            # not a body of 山东省 (word sets vessel_heads, vessels: 青岛|舰艇学院 is the city's)
            continue
        if _a_firms_branch(an, division.start):
            _units_of_a_firms_branch(an, division)
            continue
        if any(qs <= division.start < qe and ("+" in text[qs:qe] or "＋" in text[qs:qe]) for qs, qe in an.quotes):
            continue  # “广东|总部|+|贵州|基地”|发展模式 (碧江区's page, 2025): a model's parts, no body of 广东省
        body = _after_term(text, division.end)
        # 宁德市|会展中心 (xwlb-2023): a venue that a place's head names (会展中心) longer than an
        # organisation's (中心) is a place of the division, no body of it
        ends = [end for end in org_run(text, body, next_division(body))
                if not _a_venue(text[body:end]) and text[body:end] not in _BODY_SYSTEMS
                and not text.startswith(SYSTEM_TAILS, end)]
        if _court_by_its_yuan(an, body):
            ends = [body + 1]  # 垫江县|院|党组书记, 梁平区|院|阳彬|检察长 (a procuratorate's page, 2023)
        if ends and text.endswith(REGISTERED_FIRM_ENDINGS, body, ends[-1]):
            # 穆棱市|电站|阀门|有限公司 (a zone's page, 2017): a registered firm's name is one name, no body 穆棱市电站
            # it is a unit of
            ends = ends[-1:]
            if any(t.tag == "ORG" and t.start < division.start and t.end >= ends[-1]
                   for t in an.model_tokens_between(max(0, division.start - _MAX_RUN), ends[-1])):
                # 山东钢铁集团永锋|淄博|有限公司/ORG (桓台县's site, 2019): the city's name inside a firm's the model reads
                # whole, no firm of its own
                continue
        if ends and division.text != division.label and _inside_a_models_body(an, division, ends[-1]):
            # 怀铁|慈利|派出所/ORG (慈利县's police, 2017: 怀化铁路公安处's station at 慈利): a short name inside a body the
            # model reads whole from a word of its own before it, no body of 慈利县
            continue
        host = _host_of_natives(an, division, body, ends) if ends else None
        if host is not None:
            # 中山市|贵州|商会 (天柱县's investment page, 2019): the chamber of 贵州's natives in 中山市, named whole as written
            # and in the city it is in, no 贵州省商会
            label = text[host.start:ends[-1]]
            an.add(Mention.make("Agency", an.doc.id, host.start, ends[-1], label, label, agency_key(label),
                                division=host.key, division_label=host.label))
            an.fact(agency_key(label), "locatedIn", host.key, host.start)
            continue
        if ends and text[division.start - 1:division.start] == _STATIONED_AT \
                and text.endswith(tuple(word_set("stationed_team_heads")), body, ends[-1]):
            _stationed_team(an, division, ends[-1])
            continue
        if ends:
            found = _emit(an, division.start, ends, division.label, division.key, division.text, body)
            _siblings(an, found[-1], division.label, division.key, division.text, next_division)
    # 2. an abbreviated division: 县法院, 市委党校, 该区公共服务中心
    found_spans = {(m.start, m.end) for m in an.of_type("Agency")}
    visitors = _visiting_divisions(an)  # read once for every abbreviation below
    ruled_out = _divisions_governing_none(an)
    listed = _listed_places(an)
    by_first = _divisions_by_first_character(an)
    homes: dict[str, tuple | None] = {}
    # 社区党委, 社区党群服务中心 (a community's page, Shenzhen, 2019): a community's level word, read as 村's
    # and an autonomous region's word (自治区|高级人民法院|咨询委员会, a district court's page, 2017: 广西壮族自治区's)
    for match in _LEVEL_WORDS.finditer(text):
        p = match.start(2)
        if covered[p]:
            continue
        start = match.start()
        token = an.token_at(start)
        # the page's own division (我市|人大常委会|主任周爱东, a city's page, 2020s: its home's, though it named 盐城市 just
        # before; jieba's word 我市); every division's or several, none (全县, 各乡镇, 两区)
        ours = not match.group(1) and start > 0 and text[start - 1] in "我本"
        if start not in an.boundaries and (token is None or token[0] != start) and not _glued_to_a_word(an, p) \
                and not ours and not _league_word_at(an, start):
            continue
        if not match.group(1) and start and text[start - 1] in "全各每两三四五六七八九十数多个":
            continue
        if match.group(2) in _TOWNSHIP_LEVEL_CHARS and (name_end := _model_name_end(an, p)) > p + 1 \
                and not any(m.end == p and m.end > m.start for m in divisions) \
                and agency_kind(text[match.end(2):name_end]) == "enterprise":
            # 、|闵桥|镇金|农村藕业专业合作社 (the model: 闵桥镇金农村藕业专业合作社/ORG; a county's page, 2019): the end of a
            # town's name the gazetteer lacks before a firm's, no town's body written short (but 凤来镇|党委: its body)
            continue
        if match.group(2) in GRASSROOTS_LEVEL_CHARACTERS and _closes_a_model_place(an, p):
            # 陈土楼村/LOC|农民专业合作社 (after 萧县's village), 西川村/LOC|金亨祥公司 (镇安县's page): the level of a village the gazetteer
            # lacks, which the model's places read later, no short form of the page's village (no 高桥村农民专业合作社)
            continue
        if token is not None and token[0] == start and text[token[0]:token[1]] in lexicon("titles.txt"):
            continue  # 市长|杨立新|率|市发展改革局: the level character opens a title, no division's body
        if not match.group(1) and text.endswith(word_set("democratic_parties"), 0, start):
            continue  # 农工党|省委|主委 (a province CPPCC's page, 2019): the party's committee, no division's (posts.chains)
        if token is not None and token[0] == p and token[1] == match.end(2) + 1 \
                and _a_word_of_its_own(text[p:token[1]]) \
                and not text.startswith(word_set("heads_split_by_the_segmenter"), match.end(2)):
            # 全面建设|区域|养老服务中心 (xwlb-2023): a word the level character opens (区域), no body of a 区; but 县府|办
            # is the county government's office (文成县's page, 2011)
            continue
        if text.startswith(word_set("level_area_nouns"), p):
            continue  # 建设|省域|副中心城市 (a city paper's site, 2023): the area of a level, a noun, no body of a 省
        if len(match.group(2)) == 1 and (second := an.token_at(p + 1)) is not None and second[0] == p + 1 \
                and second[2][0] in UPPER_LEVEL_CHARACTERS and second[2].endswith(org_heads()):
            # 得到了|省|市政协|的高度认可 (上高县's page, 2019): two levels, their bodies read at the second (市政协); not
            # 县|市场|监督管理局
            continue
        if match.group(2) in _LEVEL_WORDS_OPENING_ONLY and p and _CJK.match(text[p - 1]):
            continue  # 部分|地区|教育局: regions, a common noun; the level word opens an item (、|地区|教育工委)
        body = _after_term(text, match.end(2))
        # (a numbered body right after the level's character is read with it, the number no run's opening: 来自南华大学附一
        # 医院、|市|第三|人民|医院, 衡阳市's page, 2017: 衡阳市第三人民医院)
        run = org_run(text, match.start(2), next_division(body)) if _ORDINAL.match(text, body) \
            else org_run(text, body, next_division(body))
        ends = [end for end in run
                if not _organisations_of_a_kind(text[body:end]) and text[body:end] not in _BODY_SYSTEMS
                and not _a_venue(text[body:end])  # 县委|报告厅: the committee's hall, a place
                and not text.startswith(SYSTEM_TAILS, end)]
        if not ends or (start, ends[-1]) in found_spans:
            continue  # 石首市委|市政府: the government step 1 read after the committee
        if ours and (word_tags().get(tokenizer().lcut(text[body:ends[-1]])[0], "").startswith("v")
                     or not text.startswith(ordered_lexicon("titles.txt"), ends[-1]) and _a_kind(text[body:ends[-1]])):
            # the page's own body before an official's title, or one of its own kind: not 我区|中小学校, 我市|派出所
            # (kinds), 来我市|调研|省政协… (a verb); but 自2019年|我县|退役军人事务局|成立以来 (通道侗族自治县's page,
            # 2022: the county's one bureau of that name)
            continue
        level_char = match.group(2)
        governing = None if ours else governing_division(an, level_char, start, visitors, ruled_out, listed) \
            or _named_by_its_first_character(an, level_char, start, by_first)
        written = None
        if governing is not None:
            label, key = governing.label, governing.key
            if written_former(governing):
                written = governing.text  # 县委 on a page that names 户县: the article's name of its bodies, an alias
        else:
            if level_char not in homes:  # one home per level word and article
                home = home_division(an, level_char)
                if home is not None and home[1] in visitors:
                    home = _the_hosts(an, level_char, home[2], visitors) or home
                homes[level_char] = home
            home = homes[level_char]
            if home is None:
                continue  # an unresolved short form is not a name
            label, key, node, written = home
            implied_home(an, home, start)
        if text[body:ends[-1]] == "院":
            court = _one_body_of(an, key, ("人民检察院", "人民法院"))
            if court is not None:  # 服从|市院|统一安排部署 on a page naming 阜阳市检察院 (2023): that procuratorate
                as_named_body(an, court, start, ends[-1], abbreviated=True)
            continue  # with none or both named, which 院 is not said
        if text[body:ends[-1]] == "局" and _the_pages_bureau(text) is None:
            # (a page's jargon names it by the kind of bureau it writes: 县应急局局长 … |市局|第八督导组, _emit)
            bureau = _one_body_of(an, key, ("局",))
            if bureau is not None:  # 县教体局党组成员余伟 … 他对|县局|领导…表示感谢 (潢川县's school, 2018): that bureau
                as_named_body(an, bureau, start, ends[-1], abbreviated=True)
            continue  # with none or several named, which 局 is not said
        found = _emit(an, start, ends, label, key, written or label, body, abbreviated=True)
        if found:
            # 市公安局、自然资源局、住房和城乡建设局…分别就有关工作进行汇报 (a county-level city's page, 2024): the list
            # shares the level, as a list after a division written whole shares the division
            _siblings(an, found[-1], label, key, written or label, next_division, abbreviated=True)
    _streets_working_committee(an, covered)
    # 3. central agencies named without a division: 公安部, 国务院
    national = alias_table("national_agencies.tsv")
    in_agency = bytearray(len(text) + 1)  # characters inside an agency's name, marked once
    for m in an.of_type("Agency"):
        in_agency[m.start:m.end] = b"\x01" * max(m.end - m.start, 0)
    occurrences = find_words(_national_words(), text)
    national_starts = {s for s, _, _ in occurrences}
    division_starts = {m.start for m in divisions if m.end > m.start}
    for s, e, name in occurrences:
        if s not in an.boundaries or not _ends_a_name(an, e):
            continue
        if in_agency[s] or text.endswith(foreign_parties(), 0, s):
            # 越共|中央政治局 (xwlb-20230913-05), 老挝人革党|中央政治局 (xwlb-20231206-03): after a foreign party's
            # name a central body's short name is that party's body (not after 中国共产党)
            continue
        if name in party_prefixes() and (in_agency[e] or e in division_starts):
            # 中共|射洪市委宣传部|主管 (a county's site, 2017), 中共|福州市|鼓楼区委社会工作部 (a community's page, 2025):
            # the prefix of a committee's full name, no mention of the party
            continue
        # a central agency written next is no unit: 中央纪委|国家监委 are two bodies; nor is a
        # title: 国家发展改革委|党组成员 (xwlb-20231012-05)
        titled = e in national_starts or text.startswith(ordered_lexicon("titles.txt"), e)
        units = [] if titled else [u for u in org_run(text, e, next_division(e)) if u in an.boundaries]
        department = [] if titled or units else _ministry_unit(an, e)
        if department:  # 民航局|飞行标准司 is 中国民用航空局飞行标准司, the written form its alias
            label = national[name] + text[e:department[0]]
            an.add(Mention.make("Agency", an.doc.id, s, department[0], text[s:department[0]], label, agency_key(label)))
            an.fact(agency_key(label), "subOrganizationOf", agency_key(national[name]), s)
            in_agency[e:department[0]] = b"\x01" * (department[0] - e)
        end = units[-1] if units else e
        in_agency[s:end] = b"\x01" * (end - s)
        begin = term_start(text, s, name)  # 十四届|全国人大: the term written before the body
        an.add(Mention.make("Agency", an.doc.id, begin, e, text[begin:e], national[name], agency_key(national[name])))
        if units:  # 国务院|安委办 (xwlb-20230425-11): a unit of the central agency, named after it
            label = canonical_head(text[s:end])  # as written, as the model's names are (中共代表团)
            an.add(Mention.make("Agency", an.doc.id, s, end, text[s:end], label, agency_key(label)))
            an.fact(agency_key(label), "subOrganizationOf", agency_key(national[name]), s)
    # 4. 该中心, 该局: the agency with that head named last
    for match in re.finditer(r"该(中心|局|院|委|所|站|队)", text):
        previous = [m for m in an.of_type("Agency") if m.end <= match.start() and m.label.endswith(match.group(1))]
        if previous:
            last = previous[-1]
            an.add(Mention.make("Agency", an.doc.id, match.start(), match.end(), match.group(), last.label,
                                last.key, anaphor=True))
    _party_congresses(an)
    _central_committee(an)
    _central_teams(an)
    _bodies_of_a_session(an)
    _liaison_offices(an)
    quoted_teams(an)
    _local_cppccs(an)
    _bodies_named_again(an)
    _bureaus_branches(an)
    offices_of_a_department(an)
    an.mentions.sort(key=lambda m: (m.start, -m.end))


# a street's party working committee, the one body of the name a street has (a zone's is written with the zone)
_WORKING_COMMITTEE = "党工委"


def _streets_working_committee(an: Analysis, covered: bytearray) -> None:
    """A bare party working committee opening a clause before a title, on a page that names one street, is the
    street's (中山街道党政领导班子… 。|党工委书记|夏爱军|一行, the street's own site, 2026: 中山街道党工委; its 、办事处主任
    the street's office, read by the posts' chains).  A street's site writes its committee so; with two streets
    named, which one is not said."""
    text = an.text
    at = text.find(_WORKING_COMMITTEE)
    if at < 0:
        return
    streets = {m.key: m for m in an.of_type("AdministrativeDivision") if m.end > m.start and m.label.endswith("街道")}
    if len(streets) != 1:
        return
    street = next(iter(streets.values()))
    titles = ordered_lexicon("titles.txt")
    while at >= 0:
        end = at + len(_WORKING_COMMITTEE)
        if not covered[at] and (at == 0 or not _CJK.match(text[at - 1])) and text.startswith(titles, end) \
                and not any(m.start <= at < m.end for m in an.of_type("Agency")):
            _emit(an, at, [end], street.label, street.key, street.label, at, abbreviated=True)
        at = text.find(_WORKING_COMMITTEE, end)


def _bureaus_branches(an: Analysis) -> None:
    """A bureau's branch in a county, written right after the bureau with the county's short name (word set
    bureau_branch_heads: 县长边江风带领|市生态环境局|桓台|分局|、县公安局…, 桓台县's site, 2019): one body, the bureau's
    branch (淄博市生态环境局桓台分局), not a 桓台县分局 of the county's."""
    heads = tuple(word_set("bureau_branch_heads"))
    bureaus = {m.end: m for m in an.of_type("Agency") if m.end > m.start and m.label.endswith("局")}
    for branch in [m for m in an.of_type("Agency") if m.start in bureaus and m.text.endswith(heads)]:
        bureau = bureaus[branch.start]
        division = next((d for d in an.of_type("AdministrativeDivision") if d.start == branch.start
                         and branch.text == d.text + branch.text[len(d.text):] and branch.text[len(d.text):] in heads), None)
        if division is None:
            continue
        an.mentions.remove(branch)
        label = bureau.label + branch.text
        an.add(Mention.make("Agency", an.doc.id, bureau.start, branch.end, an.text[bureau.start:branch.end], label,
                            agency_key(label), division=division.key, division_label=division.label))
        an.fact(agency_key(label), "subOrganizationOf", bureau.key, bureau.start)
        an.fact(agency_key(label), "locatedIn", division.key, branch.start)


@cache
def _office() -> re.Pattern[str]:
    """An office of a department named right after it, before its own head's title (省文化和旅游厅|非遗处|处长杜文辉: a
    county's page, 2023; 德阳市文化新闻出版局|文物科|科长赵明: a county's page, 2012): its field, then a unit's head of one
    character (data/lexicon/unit_heads.txt: 处, 科) and that head's chief (处长, 副科长)."""
    heads = "".join(head for head in lexicon("unit_heads.txt") if len(head) == 1)
    return re.compile(rf"([\u4e00-\u9fff]{{1,7}}([{heads}]))(?:副)?\2长")


def offices_of_a_department(an: Analysis) -> None:
    """An office (处, 科) written right after a department and before its head's title (处长, 科长) is a unit of that
    department, named with it (云南省文化和旅游厅非遗处), where its chief's post is held; the field's words hold no
    word that ends an agency's run (not 局|对/p|此处/r|处长…).  Called again once the model's bodies are read (省住建厅/ORG|城市更新处|处长)."""
    text, tags, stops = an.text, word_tags(), pos_tags("agency_run_stops")
    for body in [m for m in an.of_type("Agency") if m.end > m.start and m.label.endswith(("厅", "局", "委", "委员会"))]:
        match = _office().match(text, body.end)
        if match is None or match.end(1) not in an.boundaries and text[match.end(1)] != match.group(2):
            continue
        words = tokenizer().lcut(match.group(1))
        inside = [m for m in an.mentions if m is not body and m.start < match.end(1) and m.end > body.end]
        if any(tags.get(w, "").startswith(stops) for w in words) \
                or any(m.type != "Program" or m.start < body.end or m.end > match.end(1) for m in inside):
            continue
        for program in inside:  # 省住建厅|城市更新处|处长 (a city's page, 2023): the office's field, no program
            an.mentions.remove(program)
        label = body.label + match.group(1)
        an.add(Mention.make("Agency", an.doc.id, body.start, match.end(1), text[body.start:match.end(1)], label,
                            agency_key(label), division=body.prop("division"), division_label=body.prop("division_label")))
        an.fact(agency_key(label), "subOrganizationOf", body.key, body.start)


def _bodies_named_again(an: Analysis) -> None:
    """A body the article named in full, named again by its head alone at a clause's start and before a title
    (word set bodies_named_again: 泗水县人大常委会开展…观摩会。|常委会|党组书记、主任刘庆恩, a county congress's
    page, 2021): that body, where the article named one of the kind (:func:`kind_named_before`)."""
    text = an.text
    for head in word_set("bodies_named_again"):
        for at in offsets(text, head):
            end = at + len(head)
            if (at and _CJK.match(text[at - 1])) or title_at(text, end) is None \
                    or any(m.start <= at < m.end for m in an.of_type("Agency")):
                continue
            body = kind_named_before(an, head, at)
            if body is not None:
                as_named_body(an, body, at, end, anaphor=True)


def _organisations_of_a_kind(head: str) -> bool:
    """Whether a kind of body after a level character names every body of the kind, none (社区|党组织|主导, a
    community's page: organisation_kinds.txt, the kinds that end in 组织); a kind of body that is one of a
    division's (县|人民检察院, 州|人民法院, 镇|卫生院, 县|中医医院) is that division's."""
    return head in lexicon("organisation_kinds.txt") and head.endswith(_COLLECTIVE_HEADS)


_COLLECTIVE_HEADS = tuple(word_set("collective_organisation_heads"))


def _a_word_of_its_own(word: str) -> bool:
    """Whether a level character's two-character word of the segmenter is a word of the dictionary whose second
    character opens no organisation's head and no division's body (区域; not 县委, 市政, 县人; nor 县住 of 县|住建局,
    which jieba guessed)."""
    return word in word_tags() and word[1] not in _body_openings()


@cache
def _body_openings() -> frozenset[str]:
    return frozenset(word[0] for word in (*ordered_lexicon("org_suffixes.txt"), *word_set("division_bodies")))


@cache
def _cppcc() -> re.Pattern[str]:
    """中国人民政治协商会议 or 政协, and its term before the division (政协|第十一届|平阴县|委员会, a county's page, 2017)."""
    return re.compile(f"(?:中国人民政治协商会议|政协)(?:{TERM_WRITTEN})?")


@cache
def _cppcc_term() -> re.Pattern[str]:
    """A CPPCC's term and 委员会 after its division (第十四届委员会, 委员会)."""
    return re.compile(f"(?:{TERM_WRITTEN})?委员会")


@cache
def _cppcc_after_its_level_and_term() -> re.Pattern[str]:
    """A division's CPPCC by its level's character, its term, then 政协 (县|第十届|政协委员会)."""
    return re.compile(f"[{''.join(UPPER_LEVEL_CHARACTERS)}](?:{TERM_WRITTEN})政协(?:委员会)?")


def _local_cppccs(an: Analysis) -> None:
    """A division's CPPCC named in full, the party's formal order (政协|沧源佤族自治县|第十四届委员会, 中国人民政治协商会议
    |沧源佤族自治县|第十四届委员会, a county's page, 2025; 政协第十一届|平阴县|委员会, 2017): the division's 政协, the
    whole written its alias; not the
    national body nor a cut name the model read inside it."""
    text = an.text
    divisions = {m.start: m for m in an.of_type("AdministrativeDivision") if m.end > m.start}
    found = []
    for match in _cppcc().finditer(text):
        division = divisions.get(match.end())
        while division is not None and division.end in divisions:
            division = divisions[division.end]  # 政协|阜阳市|颍东区|委员会 (a district's page, 2014): the district's
        term = _cppcc_term().match(text, division.end) if division is not None else None
        if term is not None:
            found.append((match.start(), term.end(), division))
    for match in _cppcc_after_its_level_and_term().finditer(text):
        # 选举…为|县|第十届|政协委员会|副主席, 县|第十届|政协|秘书长 (太和县's CPPCC session, 2021): the term written between
        # the level's character and the body
        if text[match.start() - 1:match.start()] in ("全", "各"):
            continue  # (every county's: 全县第十届…)
        division = governing_division(an, match.group()[0], match.start())
        if division is not None:
            found.append((match.start(), match.end(), division))
    if not found:
        return
    _drop_agencies_inside(an, [(s, e) for s, e, _ in found])
    for start, end, division in found:
        label = division.label + "政协"
        an.add(Mention.make("Agency", an.doc.id, start, end, text[start:end], label, agency_key(label),
                            division=division.key, division_label=division.label,
                            spelling="政协" + division.label + "委员会"))
        an.fact(agency_key(label), "locatedIn", division.key, start)


def _liaison_offices(an: Analysis) -> None:
    """A government's office in another place is one body, named from the government: 省政府|驻|上海|办事处 on
    a city paper's page (四平日报, 2016) is 吉林省人民政府驻上海办事处, not 上海市's 办事处 and the province's
    government beside it (word sets stationed_words, mission_heads); the place keeps its written form."""
    text = an.text
    heads = tuple(word_set("mission_heads"))
    governments = {m.end: m for m in an.of_type("Agency") if m.label.endswith(_GOVERNMENTS) and m.end > m.start}
    for office in [m for m in an.of_type("Agency") if m.prop("division") and m.label.endswith(heads)]:
        word = word_ending(text, _STATIONED_WORDS, office.start, default=None)
        government = governments.get(office.start - len(word)) if word else None
        if government is None or government.prop("division") is None:
            continue
        an.mentions.remove(office)
        an.mentions.remove(government)
        for gone in (office, government):
            if not any(m.key == gone.key for m in an.mentions):
                an.facts[:] = [f for f in an.facts if gone.key not in (f.subject, f.object)]
        label = government.label + word + text[office.start:office.end]
        an.add(Mention.make("Agency", an.doc.id, government.start, office.end, text[government.start:office.end], label,
                            agency_key(label), division=government.prop("division"),
                            division_label=government.prop("division_label")))
        an.fact(agency_key(label), "locatedIn", government.prop("division"), government.start)
        an.fact(agency_key(label), "subOrganizationOf", government.key, government.start)


# a government's name ends so; the word of stationing (省政府|驻|上海|办事处)
_GOVERNMENTS = ("人民政府",)
_STATIONED_WORDS = longest_first(word_set("stationed_words"))


# how many characters a central body's department may run to before its head (边防检查管理|司)
_MINISTRY_UNIT_RUN = 8


def _ministry_unit(an: Analysis, at: int) -> list[int]:
    """Where a central body's department named right after it ends (data/lexicon/ministry_unit_heads.txt:
    海关总署|卫生|检疫|司, 国家移民管理局|边防|检查|管理司, xwlb-20230113-09), or none: what follows is a title,
    有关 or a list's joint (…司|有关|负责人, 医疗应急司|司长), the words between hold no function word or
    punctuation; not 公司."""
    text, tags = an.text, word_tags()
    heads = ordered_lexicon("ministry_unit_heads.txt")
    for end in range(at + 2, min(len(text), at + _MINISTRY_UNIT_RUN + 1) + 1):
        if not _CJK_WORD.match(text[at:end]):
            return []
        if text.endswith(heads, at, end) and not text.endswith("公司", at, end) and (
                text.startswith(tuple(word_set("after_a_ministry_unit")), end)):
            # (飞行|标准|司: a verb may name a department's field; a particle, a preposition, a conjunction,
            # an adverb or a pronoun ends the run)
            words = tokenizer().lcut(text[at:end])
            if all(w.endswith(heads) or not tags.get(w, "").startswith(("u", "p", "c", "d", "r")) for w in words):
                return [end]
            return []
    return []


_NUMERALS = "一二三四五六七八九十"
# 党的|十五大|报告, 中共十五大|精神, 落实|十五大|精神 (pd-dev), 党的|二十大|精神 (xwlb, 457 times a year)
_CONGRESS = re.compile(f"(中共|(?<=党的))?([{_NUMERALS}]{{1,3}})大")


def _party_congresses(an: Analysis) -> None:
    """党的十五大, 中共二十大: the party's national congress by its number, its highest body (an
    organisation, as the People's Daily annotation reads it), where the party is named before it
    (党的, 中共) or a number of two characters is followed by what the congress laid down (落实|
    十五大|精神).  Not 党的|一大批|干部 (the segmenter reads on past 大), nor the site named after
    a congress (中共一大纪念馆, 中共一大会址: a place)."""
    text = an.text
    taken = SpanIndex((m.start, m.end) for m in an.of_type("Agency") if m.end > m.start)
    for match in _CONGRESS.finditer(text):
        number = match.group(2)
        if not match.group(1) and len(number) < 2:
            continue  # 我们党的|一大|创举: one of the party's great deeds; but 中共一大
        if not (match.group(1) or text.endswith("党的", 0, match.start())) and not (
                text.startswith(word_set("congress_outcomes"), match.end()) and _after_a_verb(an, match.start())):
            continue  # 越共|十三大|精神 (xwlb-20230114-01), 中国妇女|十二大|以来: another body's congress
        if match.end() not in an.boundaries or text.startswith(
                ordered_lexicon("place_suffixes.txt"), match.end()) or text.startswith("会址", match.end()):
            continue
        if match.start() and text[match.start() - 1] in _NUMERALS + "第" or taken.overlaps(match.start(), match.end()):
            continue  # 第十五大|…: an ordinal of something else; a name already read
        label = "中共" + number + "大"
        an.add(Mention.make("Agency", an.doc.id, match.start(), match.end(), match.group(), label, agency_key(label),
                            party_congress=True))


def _central_teams(an: Analysis) -> None:
    """A team the party's centre sends, by its number (word set central_team_kinds): 中央第四十六指导组|在|邮政集团|…|调研
    (xwlb-20230523-05), 主题教育中央第五巡回指导组 (xwlb-20230925-01), 中央第八巡视组|进驻 — 32 such a year, which the model
    reads as nothing; one body each, named without the campaign written before it (主题教育)."""
    for match in _CENTRAL_TEAM.finditer(an.text):
        _drop_agencies_inside(an, [match.span()])
        label = match.group(1)
        an.add(Mention.make("Agency", an.doc.id, match.start(), match.end(), match.group(), label, agency_key(label)))


_CENTRAL_TEAM = re.compile("(?:" + "|".join(map(re.escape, word_set("central_team_campaigns"))) + ")?(中央"
                           + _ORDINAL.pattern + "(?:巡回)?(?:"
                           + "|".join(map(re.escape, longest_first(word_set("central_team_kinds")))) + "))")


def _central_committee(an: Analysis) -> None:
    """A party's Central Committee named with its term (中国共产党|第二十届|中央委员会|第二次全体会议, xwlb-2023, 3 times;
    中共第十九届中央委员会; 中国民主促进会|第十五届|中央委员会|第二次全体会议, 九三学社|第十五届|中央委员会, 共青团|第十八届|
    中央委员会: 14 times in xwlb-2023): the party's centre, one body (中共中央, 民进中央), not the party and a bare
    中央委员会 of no one; so the CPPCC's national committee of a term (中国人民政治协商会议|第十四届|全国委员会|第一次会议,
    政协|第十四届|全国委员会|第十二次|主席会议, xwlb-20231229-08): 全国政协, not a bare 政协."""
    names = _national_bodies()
    for match in _CENTRAL_COMMITTEE.finditer(an.text):
        label = _central_committees().get((match.group(1), match.group(2)))
        if label is None:
            continue  # (a party and a committee no body of the lists pairs)
        end = match.end()
        if an.text.startswith(_STANDING, end) and label + _STANDING_SHORT in names:
            # 政协|第十四届|全国委员会|常务委员会|第一次会议 (xwlb-20230313-05; 24 a year): the committee's standing committee,
            # 全国政协常委会, a body of its own
            label, end = label + _STANDING_SHORT, end + len(_STANDING)
        _drop_agencies_inside(an, [(match.start(), end)])
        an.add(Mention.make("Agency", an.doc.id, match.start(), end, an.text[match.start():end], label, agency_key(label)))
    for match in _TERM_STANDING.finditer(an.text):
        # 全国政协|十四届|常委会|第一次会议 (xwlb-20230312-08; 10 a year): the standing committee of a term
        label = match.group(1) + _STANDING_SHORT
        if label in names:
            _drop_agencies_inside(an, [match.span()])
            an.add(Mention.make("Agency", an.doc.id, match.start(), match.end(), match.group(), label, agency_key(label)))


@cache
def _central_committees() -> dict[tuple[str, str], str]:
    """(a party's name as written before the term of its committee, the committee: word set term_committees) -> the
    canonical name of the body: the ruling party's prefixes (中国共产党, 中共) and 中央委员会 -> 中共中央; each body of
    data/lexicon/national_agencies.tsv that a name ``<party>中央委员会`` or ``<party>全国委员会`` stands for
    (中国民主促进会中央委员会 -> 民进中央; 中国人民政治协商会议全国委员会, 政协全国委员会 -> 全国政协)."""
    names = alias_table("national_agencies.tsv")
    committees = word_set("term_committees")
    found = {(prefix, committees[0]): names["党中央"] for prefix in party_prefixes()}
    for name, canonical in names.items():
        for committee in committees:
            if name.endswith(committee) and len(name) > len(committee):
                found.setdefault((name.removesuffix(committee), committee), canonical)
    return found


_CENTRAL_COMMITTEE = re.compile("(" + "|".join(map(re.escape, longest_first(party for party, _ in _central_committees())))
                                + ")" + _ORDINAL.pattern + "届(" + "|".join(map(re.escape, word_set("term_committees")))
                                + ")")


_STANDING, _STANDING_SHORT = "常务委员会", "常委会"


@cache
def _national_bodies() -> frozenset[str]:
    """The canonical names of data/lexicon/national_agencies.tsv (全国政协, 全国政协常委会…)."""
    return frozenset(alias_table("national_agencies.tsv").values())


# a national session's own bodies (data/lexicon/word_sets.tsv session_units): 十四届|全国人大|一次会议|主席团,
# 全国政协|十四届|一次会议|主席团, 第十四届|全国人民代表大会|第一次会议|主席团, 政协|第十四届|全国委员会|第一次会议|秘书处
# 第六届|全国人大, 六届|人大常委会 (pd-dev), 十四届|全国人大|一次会议 (xwlb): a body elected for a term
_TERM_DIGITS = f"[{_NUMERALS}]{{1,3}}"
TERM_WRITTEN = f"第?{_TERM_DIGITS}届"  # 第十八届, 十四届
_TERM_NUMBER = f"第?({_TERM_DIGITS})届"  # TERM_WRITTEN, its number captured
_SESSION_NUMBER = f"第?([{_NUMERALS}]{{1,3}})次会议"
# a body's standing committee of a term, written between them: 全国政协|十四届|常委会
_TERM_STANDING = re.compile(f"(全国政协){TERM_WRITTEN}{_STANDING_SHORT}")
_NPC_SESSION = re.compile(f"{_TERM_NUMBER}(?:全国人大|全国人民代表大会){_SESSION_NUMBER}")
_CPPCC_SESSION = re.compile(f"(?:全国政协{_TERM_NUMBER}|(?:政协|中国人民政治协商会议){_TERM_NUMBER}全国委员会)"
                            f"{_SESSION_NUMBER}")
# a national congress of an organisation, by its number (第十一次全国归侨侨眷代表大会, 中国妇女|第十三次全国代表大会)
_NATIONAL_CONGRESS = re.compile(f"第[{_NUMERALS}]{{1,3}}次全国[\u4e00-\u9fff]{{0,8}}?代表大会")


def _session_label(match: re.Match) -> str:
    """The name a session goes by, whichever way it is written: 十四届全国人大一次会议, 全国政协十四届一次会议 (政协|第十四届
    |全国委员会|第一次会议 is the same session)."""
    if match.re is _NPC_SESSION:
        return f"{match.group(1)}届全国人大{match.group(2)}次会议"
    term = match.group(1) or match.group(2)
    return f"全国政协{term}届{match.group(3)}次会议"


def _sessions(an: Analysis) -> list[tuple[int, int, str]]:
    """The national sessions and congresses the text names, in order, as (start, end, name): a congress with the
    organisation written right before it (中国妇女|第十三次全国代表大会) by both."""
    text = an.text
    found = [(m.start(), m.end(), _session_label(m)) for pattern in (_NPC_SESSION, _CPPCC_SESSION)
             for m in pattern.finditer(text)]
    owners = {m.end: m for m in an.of_type("Agency") if m.end > m.start}
    for m in _NATIONAL_CONGRESS.finditer(text):
        owner = owners.get(m.start())
        if owner is None and m.group().endswith("全国代表大会"):
            continue  # (中国妇女|第十三次全国代表大会: whose congress, not read as a body, is not said by the name)
        start = owner.start if owner is not None else m.start()
        found.append((start, m.end(), text[start:m.end()]))
    return sorted(found)


def _bodies_of_a_session(an: Analysis) -> None:
    """A national session's or congress's presidium and secretariat, each one body of its own named after the session:
    十四届全国人大一次会议主席团|常务主席|赵乐际 (xwlb-20230309-05), and 大会主席团 written later in the story is the one of the
    session the story named first (大会|主席团|常务主席|李干杰、…|出席会议; 第十一次全国归侨侨眷代表大会|…|开幕|…|第十次全国
    归侨侨眷代表大会|以来|…|大会|主席团|常务主席|万立骏, xwlb-20230831-02: the one it reports, not one recalled since);
    21 stories of xwlb-2023 name one.  Not a body's own presidium (翔凤镇人大|主席团:
    data/posts/body_units.tsv), nor 大会主席团 where no session was named."""
    text, units = an.text, longest_first(word_set("session_units"))
    sessions = _sessions(an)
    if not sessions:
        return
    found = []
    for start, end, label in sessions:
        unit = next((u for u in units if text.startswith(u, end)), None)
        if unit is not None:
            found.append((start, end + len(unit), label + unit))
    for written in re.finditer("大会(" + "|".join(units) + ")", text):
        named = [label for start, end, label in sessions if end <= written.start()]
        if named and not any(s <= written.start() < e for s, e, _ in found):
            found.append((written.start(), written.end(), named[0] + written.group(1)))
    _drop_agencies_inside(an, [(s, e) for s, e, _ in found])
    for start, end, label in found:
        an.add(Mention.make("Agency", an.doc.id, start, end, text[start:end], label, agency_key(label)))


def _drop_agencies_inside(an: Analysis, spans: list[tuple[int, int]]) -> None:
    """Withdraw the agencies read starting inside ``spans`` (a name read whole replaces its pieces), and the facts
    of those no other mention keeps."""
    inside = [m for m in an.mentions if m.type == "Agency" and any(s <= m.start < e for s, e in spans)]
    for m in inside:
        an.mentions.remove(m)
    gone = {m.key for m in inside} - {m.key for m in an.mentions}
    an.facts[:] = [f for f in an.facts if f.subject not in gone and f.object not in gone]


def _after_a_verb(an: Analysis, at: int) -> bool:
    """Whether a verb (贯彻|落实: jieba tags 落实 an adjective), a conjunction or a clause's edge
    stands right before ``at``: 贯彻、落实|十五大|精神, not 越共|十三大, 中国妇女|十二大."""
    token = an.token_at(at - 1) if at else None
    return token is None or not _CJK_WORD.match(token[2]) or word_tags().get(token[2], "")[:1] in ("v", "a", "c")


_TERM = re.compile(TERM_WRITTEN + "$")


_TERM_AHEAD = re.compile(TERM_WRITTEN)


def _after_term(text: str, start: int) -> int:
    """Where a division's body elected for a term starts when the term is written between them:
    县|第十八届|人大常委会 (a county's session report), 郧西县|十八届|人大常委会 -> the body's name after
    the term, which the label drops as :func:`term_start`'s does; ``start`` if no term body follows."""
    if text.startswith(_NOW_HOLDING, start):
        # 沙河镇|现任|党委书记|钟亮 (章贡区's discipline page, 2019): the post held now, in the division's body after it
        return start + len(next(word for word in _NOW_HOLDING if text.startswith(word, start)))
    match = _TERM_AHEAD.match(text, start)
    if match is None or not text.startswith(word_set("term_bodies"), match.end()):
        return start
    return match.end()


# the words that say a post after them is held now, written between a division and its body (现任)
_NOW_HOLDING = tuple(word_set("now_holding_words"))


def term_start(text: str, start: int, name: str) -> int:
    """Where the name of a body elected for a term starts when its term is written before it
    (第六届|全国人大, 六届|人大常委会: word set term_bodies); ``start`` if not.  The term is part of
    the name as written; the label drops it (:func:`kgraph.extraction.linkers.canonical_head`)."""
    if not name.startswith(word_set("term_bodies")):
        return start
    match = _TERM.search(text, max(0, start - 5), start)
    if match is None or text[match.start() - 1:match.start()] in ("、", "和", "至"):
        return start  # 曾任第八、九、|十届|全国政协副主席 (xwlb-20230510-03): a list of terms, no part of the name
    return match.start()


_PRESIDIUM = "主席团"


def presidiums_of_associations(an: Analysis) -> None:
    """The presidium an association elects for a term, written after it with the term: 中国残联|第八届|主席团|第一次全体会议
    (xwlb-20230920-07, the dev gold's organizer) is 中国残联主席团, a body of its own under the association.  Not a
    township congress's (翔凤镇人大|主席团: data/posts/body_units.tsv reads it with the title after it), nor a session's
    (:func:`_bodies_of_a_session`)."""
    text = an.text
    for body in [m for m in an.of_type("Agency") if m.end > m.start and not m.label.endswith(("人大", _PRESIDIUM))]:
        term = _TERM_AHEAD.match(text, body.end)
        if term is None or not text.startswith(_PRESIDIUM, term.end()):
            continue  # (the term says it is the presidium of a term, not a word of another name: 中国残联|主席团成员)
        end, label = term.end() + len(_PRESIDIUM), body.label + _PRESIDIUM
        presidium = an.add(Mention.make("Agency", an.doc.id, body.start, end, text[body.start:end], label,
                                        agency_key(label)))
        an.fact(presidium.key, "subOrganizationOf", body.key, body.start)


# --- the model's organisations: which are names --------------------------------------------

@cache
def _not_org_endings() -> tuple[tuple[str, int], ...]:
    return tuple((row[0], int(row[1])) for row in table("not_org_endings.tsv"))


# the kinds of body every division has, one each (not 参议院, 众议院: a country's own)
_DIVISION_BODY_KINDS = ("congress", "consultative", "party", "government")


@cache
def _bare_kinds() -> frozenset[str]:
    """The endings of the bodies every division has (人大, 政协, 党委): written alone, a kind
    of body with no division, no name: 自觉把|人大|工作 (xwlb-20230111-03), 加强|人大|监督工作."""
    national, tags = alias_table("national_agencies.tsv"), word_tags()
    return frozenset(r[1] for r in table("agency_kinds.tsv") if r[0] in ("suffix", "contains")
                     and r[2] in _DIVISION_BODY_KINDS and r[1] not in national
                     and tags.get(r[1], "") != "nt")  # 共青团/nt: the League, a name


_QUANTITY_TAGS = ("m", "q")


def _country_pair(name: str, country_initials) -> bool:
    """中马, 中泰, 美中, 中科关系: two countries by one character each (a one-character name
    of place_abbreviations.txt, or the first character of a country the article names: 马 of
    马来西亚 in 中马|同为|亚洲发展中国家, xwlb-20230401), and no organisation's head after them."""
    if len(name) < 2 or name[0] not in abbreviations():
        return False
    if len(name) > 2 and (name.endswith(org_heads()) or len(tokenizer().lcut(name)[0]) > 2):
        return False  # 中新社: a name that starts with the pair; 比亚迪, 中华人民共和国…: one word
    return name[1] in abbreviations() or name[1] in country_initials()


def _ends_in_no_name(name: str) -> bool:
    """Whether a name the model read as an organisation, ending in no head, is an amount, a
    member or an abstract noun (data/lexicon/not_org_endings.tsv)."""
    words = tokenizer().lcut(name)
    tags = word_tags()
    if name[0].isdigit() or tags.get(words[0], "") in _QUANTITY_TAGS or tags.get(words[-1], "") in _QUANTITY_TAGS:
        return True  # 360万亩, 360家 (xwlb-20230212), 7000|万立方米: an amount
    last = words[-1]
    return any(last.endswith(ending) and len(last) >= least for ending, least in _not_org_endings())


_QUALIFIERS = word_set("leader_qualifiers")
_ERAS = longest_first(word_set("era_qualifiers"))
_KIND_MODIFIERS = pos_tags("kind_modifiers")


def _a_kind(name: str) -> bool:
    """Whether a name is a kind of body (data/lexicon/organisation_kinds.txt: 卫生院, 加油站), alone or
    after the dictionary's common words (乡镇|卫生院, 露天|煤矿, 农民|合作社: pos tags kind_modifiers, or
    generic_names.txt: 农村|合作社); not after a proper noun (大同|煤矿) or a number (第一|煤矿)."""
    kinds, generic, tags = ordered_lexicon("organisation_kinds.txt"), lexicon("generic_names.txt"), word_tags()
    kind = next((k for k in kinds if name.endswith(k)), None)
    if kind is None:
        return False
    rest = name[:-len(kind)]
    return all(w in generic or (tags.get(w, "") in _KIND_MODIFIERS and not is_place_name(w))
               for w in tokenizer().lcut(rest)) if rest else True  # 名古屋/n|证券交易所: a city's


@cache
def _media_heads() -> tuple[str, ...]:
    """What a paper's or a broadcaster's name ends with: media_suffixes.txt, the periodicals' heads
    (word set periodical_heads: 时报) and the agencies' and stations' heads (社, 台, 网)."""
    return longest_first(set(ordered_lexicon("media_suffixes.txt")) | set(word_set("periodical_heads")) | {"社", "台", "网"})


def _verb_head_before_a_verb(an: Analysis, c: Candidate) -> int:
    """The length of a name's last word when it is a verb of two characters or more that heads names too
    (组织, as 世界卫生组织 ends), a verb follows it, and the words before it end a body's name of their own
    (人大|组织|召开: the congress organises a meeting); 0 if not."""
    last = an.token_at(c.end - 1)
    following = an.token_at(c.end)
    tags = word_tags()
    if (last is None or following is None or last[1] != c.end or following[0] != c.end or last[0] <= c.start
            or tags.get(last[2], "") != "v"):
        return 0
    rest = an.text[c.start:last[0]]
    if not tags.get(following[2], "").startswith("v") and not rest.endswith(tuple(_bare_kinds())):
        # (after a kind of body every division has, the verb's object may follow: 西夏墅镇人大|组织|辖区内…人大代表开展…
        # 视察, a town's page, 2023; no name ends 人大组织)
        return 0
    if last[1] - last[0] < 2 or last[2] not in lexicon("org_suffixes.txt") or not (
            rest.endswith(org_heads()) or rest.endswith(tuple(_bare_kinds()))):
        return 0  # 上合组织|举行, 县委办|召开: the head of a name (上合 none without it)
    return last[1] - last[0]


def _title_runs_from(an: Analysis, end: int) -> bool:
    """Whether a title follows ``end`` or ends a word that runs on past it (国防部|长: jieba
    reads 国防部长 as one word)."""
    token = an.token_at(end - 1)
    return an.text.startswith(ordered_lexicon("titles.txt"), end) or (
        token is not None and token[1] > end and token[2].endswith(ordered_lexicon("titles.txt")))


def _last_starts_a_word(an: Analysis, end: int) -> bool:
    """新时代|新征程党/ORG|和国家事业 (xwlb-20230101-01, jieba: 新征程|党和国家|事业): the name's
    last character is the first of a dictionary word that runs on past it (党和国家)."""
    token = an.token_at(end - 1)
    return (token is not None and token[0] == end - 1 and token[1] > end
            and word_tags().get(token[2], "") != "nt" and token[2] not in lexicon("titles.txt"))  # 产业资源部|长官


def _ends_inside_no_name(an: Analysis, c: Candidate) -> bool:
    """Whether the segmenter reads a word across the name's end, begun inside it, that is a
    sector, a trade or a member (:func:`_ends_in_no_name`: 美国|银行界 (pd-dev), 澳门|科技界): the
    model cut a common noun, the name is part of it."""
    token = an.token_at(c.end - 1)
    return (token is not None and c.start < token[0] and token[1] > c.end and token[2] in word_tags()
            and _ends_in_no_name(token[2]))


def _split_national(name: str) -> int:
    """Where a name made of two central agencies written together is cut: 中央纪委|国家监委
    (xwlb-20230107-01: the commission and the state commission work as one, and are two bodies)."""
    national = alias_table("national_agencies.tsv")
    return next((k for k in range(2, len(name) - 1) if name[:k] in national and name[k:] in national
                 and name[:k].endswith(org_heads())), 0)  # not 中共|中央宣传部: the party's department


def _split_joined(name: str) -> int:
    """Where a name made of two bodies joined by 和 is cut (at the 和): 郧西县公安局|和|县检察院, 县住建局|和|
    县乡村振兴局 (invented local sentences), 中国科学院|和|中国工程院; not inside a field that 和 joins
    (国家发展和改革委员会, 民族和宗教事务局: joined_fields.txt) nor after no head (中共中央党史|和|文献研究院)."""
    heads = org_heads()
    for k, char in enumerate(name):
        if char != "和" or not (name[:k].endswith(heads) and name.endswith(heads)) or k + 1 >= len(name):
            continue
        if any(field.index("和") <= k and name.startswith(field, k - field.index("和"))
               for field in _fields() if "和" in field):
            continue
        return k
    return 0


_NAME_TAGS = pos_tags("dictionary_proper_nouns") | {"nt", "j"}  # names, organisations, abbreviations


def _runs_on(an: Analysis, start: int) -> int:
    """Where a name that ends in no head runs on after 和 to its head: a field and a head of
    the dictionary's common words (中共中央党史|和|文献|研究院, 国家发展|和|改革|委员会), not a
    name of its own (北约|和|英国政府, 中铁装备|和|清华大学, 美国白宫|和|财政部: two bodies); 0 if not."""
    ends = org_run(an.text, start, min(len(an.text), start + _MAX_RUN))
    if not ends or ends[-1] not in an.boundaries:
        return 0
    words = tokenizer().lcut(an.text[start:ends[-1]])
    tags = word_tags()
    if len(words) < 2 or any(tags.get(w, "") in _NAME_TAGS
                             for w in words):
        return 0
    return ends[-1]


def _particle_before_a_verb(an: Analysis, end: int) -> bool:
    """Whether a name ends in a character that is a particle before a verb (word set
    particles_before_verbs: 所), the segmenter reading it as a word of its own and a verb after it
    (pos set verbs_after_a_particle): 中共中央|所|作出, 中国共产党领导中国|所|取得, 朝鲜核武力政策|所|阐明
    (xwlb-2023); not 中科院苏州|纳米所|的研究 (纳米所, one word: the institute)."""
    text = an.text
    if end < 2 or text[end - 1] not in _PARTICLES or end - 1 not in an.boundaries or end not in an.boundaries:
        return False
    following = an.token_at(end)
    return following is not None and following[0] == end and word_tags().get(following[2], "").startswith(
        _VERBS_AFTER_A_PARTICLE)


_BODY_TAGS = pos_tags("dictionary_bodies")


def _body_and_a_word(an: Analysis, c: Candidate) -> int:
    """Where a body ends that the model read with a word after it, no head of a unit: the segmenter
    reads two words, the first one the dictionary holds as an organisation's name (pos set
    dictionary_bodies), the second a common word of it (:func:`.lexicons.common_words`) that ends in no
    head of an organisation or a unit (unit_heads.txt): 美国|共和党/nt|方面 (xwlb-2023), 受|国务院/nt|委托,
    中国共产党/nt|全面|从严治党, 全国政协/nt|协商|议政: the body, the word after it none of its name.  Not
    阿拉伯国家联盟|秘书处, 外交部|领事司 (units), 敦煌研究院|文保 (an abbreviation).  0 if not."""
    tags = word_tags()
    words = [(s, e, w) for s, e, w in an.tokens_from(c.start, 4) if e <= c.end]
    if (len(words) != 2 or words[0][0] != c.start or words[-1][1] != c.end
            or tags.get(words[0][2], "") not in _BODY_TAGS):
        return 0
    tail = words[1][2]
    if (tail not in common_words() or tail.endswith(org_heads()) or tail.endswith(_unit_heads())
            or tail in _PARTY_CENTRES):
        return 0  # 老挝人民革命党|中央: the party's central committee
    return words[0][1]


_PARTY_CENTRES = frozenset(word_set("party_centres"))


@cache
def _unit_heads() -> tuple[str, ...]:
    return ordered_lexicon("unit_heads.txt")


_COUNT_NUMERALS = "0-9０-９一二两三四五六七八九十百千万几数"  # a character class's ranges


@cache
def _body_count() -> re.Pattern[str]:
    """A count of bodies: a number (or 多, 几, 数) and a word that counts bodies (word set body_counters:
    31所, 两家, 1500多个, 多地, 一座), not an ordinal (第一家)."""
    counters = "".join(word_set("body_counters"))
    return re.compile(rf"(?<![第{_COUNT_NUMERALS}])(?:[{_COUNT_NUMERALS}]+多?|多)[{counters}]")


def _counted_bodies(an: Analysis, c: Candidate) -> list[Candidate] | None:
    """A name the model read as an organisation that a count of bodies opens or stands right before names
    bodies of a kind, none of them (xwlb-2023: 31所|中管高校|深入开展, 迈阿密一家|联邦法院|出庭, 一个|俄罗斯武装小组,
    以色列对|加沙一所大学|进行空袭, |伊朗多地加油站|因网络攻击); one written before the count within the name is
    the body it names (陶氏化学公司|一家化工厂, 厦门大学|五所中管高校).  Not a name of its own that the count
    stands before (13个|安理会|成员国, 400个|哈马斯|目标, 62座|海军|军营: the white list, the dictionary's
    organisations, the central bodies), nor one a noun after it is what the count counts (15个|联合国人权理事会|
    成员), nor a count inside a division's name (五家渠市).  None if the count says nothing."""
    text, name, count = an.text, an.text[c.start:c.end], _body_count()
    if name in known_types() or word_tags().get(name, "") == "nt" or name in alias_table("national_agencies.tsv"):
        return None
    def in_a_division(m: re.Match) -> bool:
        return any(d.start < c.start + m.end() and c.start + m.start() < d.end for d in an.of_type("AdministrativeDivision"))

    opening = count.match(name)
    if opening is not None and opening.group()[-1] in _LEVEL_CHARS and opening.end() < len(name) \
            and not in_a_division(opening):
        # |三县|检察院|合作共建 (a county procuratorate's page, 2015): the bodies of three counties (but 万家福超市有限公司,
        # a firm's name opening with a count of its own, stays)
        return []
    inside = next((m for m in count.finditer(name) if m.start() >= 2 and m.end() < len(name) and not in_a_division(m)),
                  None)
    if inside is not None:
        body = c.start + inside.start()
        if text[c.start:body].endswith(org_heads()):
            return [replace(c, end=body)]
        return []
    before = count.search(text, max(0, c.start - 8), c.start)
    while before is not None and before.end() < c.start:
        before = count.search(text, before.start() + 1, c.start)
    if before is None:
        return None
    if text.startswith(_COUNTED_PARTS, c.end):
        return None  # 15个|联合国人权理事会|成员: the count counts the members
    return []


_COUNTED_PARTS = longest_first(word_set("counted_parts"))


def _a_division_and_a_titles_start(an: Analysis, c: Candidate) -> bool:
    """Whether the model's organisation is a division written whole and the first characters of a title that runs on
    past it (李旺镇|科技/ORG|副镇长: the title 科技副镇长 after the town)."""
    runs_past = [at for at in range(c.start + 2, c.end) if (title := title_at(an.text, at)) and at + len(title) > c.end]
    # (the title read first, the divisions only then: an article names thousands of organisations)
    return bool(runs_past) and any(d.start == c.start and d.end in runs_past for d in an.of_type("AdministrativeDivision"))


def model_agency(an: Analysis, c: Candidate, country_initials) -> list[Candidate]:
    """The model's organisation, as a name: none if it is no organisation's name, two if it is
    two central agencies written together, longer if the name runs on over 和 to its head
    (中共中央党史|和|文献研究院, xwlb-20230106: one name, as 国家发展和改革委员会).
    ``country_initials()`` gives the first characters of the countries the article names."""
    text = an.text
    name = text[c.start:c.end]
    if c.source == "team":
        return [c]  # 巴西、古巴|等队: a country's team, by the world list's name (not 巴|西, two countries)
    if c.source == "model" and ("+" in name or "＋" in name):
        return []  # 探索|公司+合作社/ORG|+农户产业发展模式 (张家川县's page, 2019): kinds joined in a model of parts, no body
    if c.source in ("model", "lexicon"):  # the model's, or the model's holding a white-list name: 加沙|一所大学
        counted = _counted_bodies(an, c)
        if counted is not None:
            return counted  # 31所|中管高校, 加沙|一所大学: bodies of a kind, counted
    if c.source == "model" and counts_divisions(name[:2]) \
            and re.compile(f"{name[0]}个[^，。]{{0,4}}{name[1]}").search(text, 0, c.start) is not None:
        # 万福集等|五个|行政村 … |五村同建村委/ORG|办公楼 (a province's news site, 2017): the villages the article counted,
        # no body (but 一村一品办公室: the office of a national programme, no villages counted)
        return []
    if c.source == "model" and _a_division_and_a_titles_start(an, c):
        return []  # 李旺镇科技/ORG|副镇长|刘康林 (中卫日报, a county's farms): the town, and the title 科技副镇长
    if name in party_prefixes() and any(m.start == c.end and m.end > m.start for m in an.of_type("AdministrativeDivision")):
        # 建立|中共/ORG|旺苍县|第十八届人民代表大会第三次会议临时委员会 (旺苍县's page, 2017): the prefix of the body named
        # after it, no body of its own (as 中共|射洪市委宣传部 is read)
        return []
    system = next((k for k in _BODY_SYSTEMS if name.endswith(k)), None)
    if system is not None and (len(name) == len(system) or name[:-len(system)] in gazetteer().all_names
                               or name[:-len(system)] in _LEVEL_CHARS):
        return []  # 阜阳市|检察机关/ORG (a procuratorate's page, 2023): the city's procuratorates, no body named
    begin = term_start(text, c.start, name)
    if begin < c.start:  # 经过|六届|人大常委会/ORG|第四次: the term is part of the name
        return [replace(c, start=begin)]
    middle = _split_national(name)
    if middle:
        return [replace(c, end=c.start + middle), replace(c, start=c.start + middle)]
    joined = _split_joined(name) if c.source == "model" else 0
    if joined:  # each part, unless the division's reading named it already (县检察院: 郧西县人民检察院)
        parts = (replace(c, end=c.start + joined), replace(c, start=c.start + joined + 1))
        return [p for p in parts if not any(m.start <= p.start and p.end <= m.end for m in an.of_type("Agency"))]
    era = next((w for w in _ERAS if name.startswith(w)), "")
    rest = name[len(era):]
    if era and c.source == "model":
        if rest in alias_table("national_agencies.tsv"):
            return [replace(c, start=c.start + len(era))]  # 新时代|中国共产党: the party, the period qualifying it
        if len(rest) < 2 or not rest.endswith(org_heads()) or len(tokenizer().lcut(rest)) == 1 or _a_kind(rest):
            # 新时代|人大|工作, 新征程|党|的使命任务, 新时代|办公厅|工作, 新时代|党的建设: a period before a word
            # of the language (a kind of body, a head) names no body, nor before a kind of body (新时代|公安派出所); but
            # 新时代文明实践中心 is the centres' name
            return []
    if c.source == "model" and _particle_before_a_verb(an, c.end):
        # 统一到|中共中央/ORG|所|作出的决策部署 (xwlb-20230228-02), 解决|乌克兰危机所/ORG|做努力: 所 before a verb
        # is the particle, no institute's head; the body before it stays if it is one
        rest = replace(c, end=c.end - 1)
        name = text[rest.start:rest.end]
        if not (name.endswith(org_heads()) or name in alias_table("national_agencies.tsv")):
            return []
        c = rest
    dispatch = next((mark for mark in word_set("dispatch_marks") if name.endswith(mark)), "")
    if dispatch and c.source == "model" and name[:-len(dispatch)].endswith(_media_heads()):
        # 江南时报讯/ORG|（记者 钱月明） (a paper's page, 2024): the paper's dispatch line, the paper before its mark
        return [replace(c, end=c.end - len(dispatch))]
    false_head = longest_end(name, false_org_heads())
    if c.source == "model" and (_a_kind(name) or 0 < false_head >= longest_end(name, org_heads())):
        return []  # 乡镇|卫生院, 露天|煤矿: a kind of body; 世界|政党: parties in general (false_org_heads.txt)
    if name in _bare_kinds() and not _title_runs_from(an, c.end) and not text.startswith("第", c.end):
        # but 八宝镇党委书记、|人大|主席: the post is at the congress of the town just named; and
        # 辞去|政协|第十四届全国委员会|委员 (xwlb-20230301-13): the body named with its term
        return []
    if _country_pair(name, country_initials) or _last_starts_a_word(an, c.end) or name.startswith(_COUNTED_PARTIES):
        return []  # 日美|两国中央银行/ORG (pd-dev): the two countries' banks, no name
    if _ends_inside_no_name(an, c):
        return []  # 美国银行/ORG|界 (pd-dev; jieba: 美国|银行界): the banking sector
    if name.endswith(_fields()):
        return []  # 北京、天津、河北|人社/ORG|部门 (xwlb-2023): a field of bodies, no body (short_fields.txt)
    if name.endswith(org_heads()):
        qualifier = next((q for q in _QUALIFIERS if name.startswith(q)), "")
        if qualifier and tokenizer().lcut(name)[0] == qualifier and _title_runs_from(an, c.end):
            # 提名乌梅罗夫担任|新任|国防部长 (xwlb-20230906-14): 新任 qualifies the minister, not the ministry;
            # 召开|新任|部长|见面会 (a county's page, 2021): and a head alone after it names no body at all
            return [replace(c, start=c.start + len(qualifier))] if len(name) - len(qualifier) > 1 else []
        verb = _verb_head_before_a_verb(an, c)
        if verb:
            # 鲁垛镇人大组织/ORG|召开 (a town's page, 2018): 组织 the verb before a verb, the body before it
            return [replace(c, end=c.end - verb)] if c.end - verb - c.start > 1 else []
        return [c]
    if text.startswith("和", c.end) and "》" not in name and _runs_on(an, c.end + 1):
        # not 美国《时代》周刊|和|有线新闻电视公司 (pd-dev): a periodical's title ends its name
        return [replace(c, end=_runs_on(an, c.end + 1))]
    body = _body_and_a_word(an, c)
    if body:
        return [replace(c, end=body)]
    return [] if _ends_in_no_name(name) else [c]
