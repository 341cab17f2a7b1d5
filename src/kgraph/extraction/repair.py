"""The repair of a proposed candidate: its boundaries and its type.

The model's spans are often a character off or of the wrong type: a transliterated name
cut at its middle (内|塔尼亚|胡), a verb or a title glued on (克林顿派|代表, 费舍尔议长), a
country read as a person, a clause read as an organisation (清丰县委|从|选拔干部).
:func:`repair` returns none, one or several candidates for each; every rule says why with
a segmented example.
"""
from __future__ import annotations

import bisect
import re
from functools import cache, lru_cache

from ..gazetteer import gazetteer
from ..resources import alias_table, lexicon, longest_first, ordered_lexicon, pos_tags, tokenizer, word_pattern, word_set, word_tags
from .analysis import Analysis
from .candidates import Candidate
from .lexicons import (CJK_RUN, CLAUSE_MARKS, LIST_MARKS, appointing_verbs, DIVISION_SUFFIX_ROWS, JOINT_GOVERNMENT, REGISTERED_FIRM_ENDINGS, SYSTEM_TAILS, abbreviations, false_org_heads, is_place_name, known_full_names, known_types, longest_end, names_an_area, word_ending,
                       org_heads, person_roles, place_heads, transliteration_characters, vetoes, world_finder,
                       world_names)
from .names import AFTER_NAME, LINE_END_AFTER_A_NAME, addressed_by_title, anonymous_tails, chinese_name, reads_as_chinese, surnames, title_at, title_before
from .recognisers.agencies import org_run
from .world import dash_joined_start, is_country, local_page
# the level characters (县, 市) and the words before a level word that are no part of a name (经, 任):
# the divisions' recogniser reads them; the repair of the model's names reads the same
from .recognisers.divisions import BEFORE_LEVEL_WORDS, LEVEL_CHARACTERS, VILLAGE_SUFFIXES, division_namesakes, scan
from .recognisers.zones import every_zone_kind
from .recognisers.places import a_designation, a_graded_kind, a_kind_of_place, graded_kind_opening

__all__ = ["GLUED_TAILS", "GLUED_WORDS", "country_organisation", "glued_verb", "repair", "rest_of_a_foreign_name"]

_CJK = re.compile(r"[\u4e00-\u9fff]")

_LEVEL_ABBREVIATIONS = frozenset(word_set("level_abbreviations"))
# words of address that follow a name (先生, 女士, 老师): what follows a surname when nobody is named
_ADDRESS_WORDS = tuple(t for t in anonymous_tails() if len(t) >= 2)  # not 某, 老 (国药|老…)


_NAME_WORD_TAGS = pos_tags("personal_name")
_MODEL_NOT_NAME_TAGS = pos_tags("model_not_in_names")
_TRANSLITERATED_TAGS = pos_tags("transliterated_name")


def country_organisation(text: str, c: Candidate) -> list[Candidate]:
    tags = word_tags()
    if tags.get(text[c.end:c.end + 2], "") == "r" or tags.get(text[c.end:c.end + 1], "") == "r":
        return [c]  # 非洲|各国使馆: a pronoun starts a description, not a name
    if text.startswith("第", c.end):
        # 美国|第三大银行|国民银行 (pd-dev-02139): a rank describes what follows, it names nothing (a count may:
        # 中国|五矿, 中国|一汽)
        return [c]
    # not past the verb of a contest: 中国|队|战胜|日本队 (xwlb-20230803-07) is two teams, word set contest_verbs
    # nor up to a word that only looks like a body's head, unless a longer head ends it: 叙利亚|关系|有所|缓和, not
    # 苏丹|武装部队 (xwlb-2023: data/lexicon/false_org_heads.txt, 部队)
    ends = [e for e in org_run(text, c.end, min(len(text), c.end + 12))
            if text[c.end:e] not in lexicon("generic_org_heads.txt") and not names_an_area(text[c.start:e])
            and longest_end(text[c.start:e], false_org_heads()) < longest_end(text[c.start:e], org_heads())
            and not any(verb in text[c.end:e] for verb in _CONTEST_VERBS)]
    if ends:
        return [Candidate(c.start, ends[-1], "Agency", c.source, c.score)]
    return [c]


@cache
def _verbs_after_names() -> tuple[str, ...]:
    return ordered_lexicon("verbs_after_names.txt")


def glued_verb(name: str) -> int:
    """How many characters of a verb the model glued to the end of a name (克林顿派|代表,
    李明辉代表: data/lexicon/verbs_after_names.txt), 0 if none."""
    return len(word_ending(name[2:], _verbs_after_names()))  # two characters of the name at least


_DESCRIPTIVE_TAGS = pos_tags("descriptive")
_NOT_PLACE_TAGS = pos_tags("not_a_place")
_WORD_TAGS = pos_tags("ordinary_word")
_SHORT_ORG_TAGS = pos_tags("short_organisation")
_FUNCTION_TAGS = pos_tags("function_word")
_VERB_TAGS = pos_tags("verb_like")
_DIRECTIONS = word_set("directions")


def _name_after_a_titles_last_character(an: Analysis, start: int, end: int) -> int | None:
    """Where a Chinese name ends that starts right after the first character of the model's name at ``start`` (its
    end at ``end``), when that character ends a title written before it (秘书|长江|一春: 秘书长, then 江一春), or
    None."""
    text = an.text
    titles = lexicon("titles.txt")
    # a title of three characters or more: 州长, 市长 end the names of places (泸州|长江六桥, 重庆市|长江上游: xwlb-2023)
    if not (start and any(text[start + 1 - k:start + 1] in titles for k in range(3, min(start + 1, 6) + 1))
            and not title_before(text, start)):
        return None
    # (the name ends at a word's edge, the segmenter's or the model's: 代区|长安文哲/ORG|及, jieba 文哲及)
    return next((start + 1 + size for size in (3, 2) if chinese_name(text[start + 1:start + 1 + size])
                 and (start + 1 + size in an.boundaries or start + 1 + size == end)), None)


def _given_name_read_apart(an: Analysis, start: int, end: int) -> int:
    """The length of the given name after a surname the model reads alone right after a title: the segmenter's word of
    one or two characters after it, before a mark (局长|岳|备战|,); 0 where there is none."""
    text = an.text
    if end - start != 1 or text[start] not in surnames()[0] or not title_before(text, start):
        return 0
    token = an.token_at(end)
    if token is None or token[0] != end or not 1 <= token[1] - end <= 2 or text[token[1]:token[1] + 1] not in _NAME_CLOSING_MARKS:
        return 0
    return token[1] - end if chinese_name(text[start:token[1]]) else 0


# the marks a name written after a title closes before (局长岳备战，, 局长岳备战、)
_NAME_CLOSING_MARKS = CLAUSE_MARKS | {"、"}


def _name_cut_before_a_verb(an: Analysis, type_: str, start: int, end: int) -> bool:
    """Whether a person's name of two characters is one short of a Chinese name before one of the verbs a
    report writes after an official's name (word set verbs_after_officials): 周代|军|主持, after a title."""
    text = an.text
    return (type_ == "Person" and end - start == 2 and end + 1 < len(text) and _CJK.match(text[end]) is not None
            and text[end] not in _GLUED_CHARACTERS and text[end] not in _NEVER_LAST
            and text.startswith(word_set("verbs_after_officials"), end + 1)
            and (end + 1 in an.boundaries or _glued_by_the_segmenter(an, end))
            and chinese_name(text[start:end + 1])
            # not an adverb or a word of function the model reads there (王晨|都/d|表示, pd-dev)
            and ((following := an.model_token_at(end)) is None or following.tag not in _FUNCTION_WORDS | {"d", "ad"}
                 # but after a list's 、, an adverb of the model's that follows no names (word set after_name)
                 or following.tag in ("d", "ad") and text[end] not in AFTER_NAME and not title_before(text, start))
            # after a title, or listed after an official's name the model reads (副主任|范贵川|、|罗礼/PER|万/d|参加|
            # 调研, a county congress's page, 2021)
            and (title_before(text, start) or text[start - 1:start] == "、" and start - 1 in an.model_names.values()))


# a street's stretch (利州东路|一段, 高干渠路|西段), and a house number after a street or its stretch
_STRETCH = "[东西南北中一二三四五六七八九十]段"
_HOUSE_NUMBER = re.compile(f"(?:{_STRETCH})?[0-9０-９]+号")
_ENDS_WITH_A_STRETCH = re.compile(f"{_STRETCH}$")
_STREET_ENDINGS = tuple(word_set("street_endings"))


def _an_address(text: str, start: int, end: int) -> bool:
    """Whether a place is a street, or a street's stretch, with a house number right after it (高干渠路西段|6号)."""
    name = text[start:end]
    street = name[:-2] if _ENDS_WITH_A_STRETCH.search(name) else name
    return _HOUSE_NUMBER.match(text, end) is not None and street.endswith(_STREET_ENDINGS)


# two levels written together, every division of them (乡镇, 县市, 市县, 县区): no body of one
_LEVELS_TOGETHER = frozenset(word_set("levels_together"))


def _an_idiom(word: str) -> bool:
    """Whether a word of four characters is a set phrase of the dictionary: tagged an idiom or a fixed expression (i, l),
    or patterned as one, its second and fourth characters the same and its first and third not (念兹在兹)."""
    return word_tags().get(word, "") in ("i", "l") or (word[1] == word[3] and word[0] != word[2])


def _ends_as_a_place(name: str) -> bool:
    """Whether a place's name ends as places do (:func:`_place_endings`), or does before a side of it (太平湖|畔)."""
    bare = next((name[:-len(side)] for side in _SIDES if name.endswith(side) and len(name) > len(side) + 1), name)
    return bare.endswith(_place_endings())


@cache
def _place_endings() -> tuple[str, ...]:
    """How a place's name ends: place_suffixes.txt, the natural features', the streets' and word set other_place_endings."""
    return longest_first({*lexicon("place_suffixes.txt"), *word_set("feature_characters"), *word_set("street_endings"),
                          *word_set("other_place_endings")})


def _glued_by_the_segmenter(an: Analysis, at: int) -> bool:
    """Whether the segmenter's unknown-word model glued the character at ``at`` to a conjunction or a preposition
    after it, a word its dictionary lacks (副县长|林进|财及|相关部门同志, a county's page, 2017; never_last_in_names)."""
    token = an.token_at(at)
    return (token is not None and token[:2] == (at, at + 2) and token[2] not in word_tags()
            and token[2][1] in _NEVER_LAST)


def _a_place_by_where_it_stands(an: Analysis, start: int, end: int) -> bool:
    """Whether a name of two characters the model reads as a person's is one end of a stretch: before 至, a place the
    model reads and a word of a stretch (word set stretch_words: 沿线, 公路) after it (查看了|包溪/PER|至|舒家山/LOC|
    沿线公路, a county's page, 2024); not a person going somewhere (王强|至|北京|参加会议), after no title."""
    text = an.text
    if end - start != 2 or text[end:end + 1] != "至" or title_before(text, start):
        return False
    after = an.model_token_at(end + 1)
    return after is not None and after.tag == "LOC" and text.startswith(word_set("stretch_words"), after.end)


def _a_name_after_a_title(an: Analysis, name: str, start: int) -> bool:
    """Whether a place the model reads is a Chinese name of three characters right after a title, or one the model
    reads as a person's elsewhere in the article (市长|黄其山/PER … 。|黄其山/LOC|一行先后来到, a city's page, 2024),
    which neither the world's lists nor the gazetteer hold (总督学|白金山)."""
    if 2 <= len(name) <= 3 and reads_as_chinese(name) and title_before(an.text, start) \
            and an.text.startswith(word_set("party_after_a_name"), start + len(name)):
        # (and a name between a title and 一行, his party, whatever else it names: 政法委书记|秦淮/LOC|一行来光山县, a
        # county's page, 2023 — no district 秦淮区)
        return True
    return (len(name) == 3 and chinese_name(name) and not is_place_name(name) and not gazetteer().lookup(name)
            and (title_before(an.text, start) or (name in an.model_name_texts and reads_as_chinese(name))))


def _familiar_form(name: str) -> bool:
    """Whether a person's name is 老 or 小 and a surname of one character (老唐, 小王): how a story calls someone
    familiarly, no name."""
    return len(name) == 2 and name[0] in word_set("familiar_prefixes") and name[1] in surnames()[0]


def _a_name_read_short_elsewhere(an: Analysis, start: int, end: int) -> bool:
    """Whether a person's name of three characters is a name the model reads elsewhere in the article without its last
    character, written here before a word of one character that follows names (word set after_name: 在), the three
    written nowhere else."""
    text = an.text
    short = text[start:end - 1]
    if end - start != 3 or text[end:end + 1] not in AFTER_NAME or text[end - 1] in _GLUED_CHARACTERS \
            or short not in an.model_name_texts or not chinese_name(short):
        return False  # (巴新将|同中国…: a word glued on, which the glued words' repair reads)
    return text.count(text[start:end]) == 1 and any(
        at != start and text[at:stop] == short for at, stop in an.model_names.items())


def _name_cut_before_a_line_end(an: Analysis, start: int, end: int) -> bool:
    """Whether a person's name of two characters is one short of a Chinese name that ends a line (a credit's, a
    caption's: 记者 冯雅可, 记者孙也达摄), the character after it no word of function (word set after_name)."""
    text = an.text
    return (end - start == 2 and end < len(text) and _CJK.match(text[end]) is not None and text[end] not in AFTER_NAME
            and text[end] not in _NEVER_LAST and chinese_name(text[start:end + 1])
            and LINE_END_AFTER_A_NAME.match(text, end + 1) is not None
            and (title_before(text, start) or text.endswith(_CREDIT_ROLES, 0, start)
                 or text[start - 1:start] in (" ", "/", "\u3000")))


_CREDIT_ROLES = tuple(lexicon("byline_roles.txt"))


def _ends_with_an_adverb_no_name_ends_with(an: Analysis, start: int, end: int) -> bool:
    """Whether a person's name of three characters ends with an adverb no given name ends with (word set
    adverbs_never_last), the two before it a Chinese name, and a word the dictionary reads as a verb after it."""
    text = an.text
    if end - start != 3 or text[end - 1] not in word_set("adverbs_never_last") or not chinese_name(text[start:end - 1]):
        return False
    following = next((t for t in an.tokens_from(end, 1)), None)
    return following is not None and following[0] == end and word_tags().get(following[2], "").startswith("v")


def _a_name_and_an_adverb(an: Analysis, start: int, end: int) -> bool:
    """Whether a person's name of four characters ends with an adverb (word set adverbs_after_names: 刚, 正) and the
    model reads the three before it as a name elsewhere in the article, the four written nowhere else."""
    text = an.text
    short = text[start:end - 1]
    return (end - start == 4 and text[end - 1] in _ADVERBS_AFTER_NAMES and chinese_name(short)
            and text.count(text[start:end]) == 1
            and any(at != start and text[at:stop] == short for at, stop in an.model_names.items()))


_ADVERBS_AFTER_NAMES = frozenset(word_set("adverbs_after_names"))
_JOINERS = frozenset(word_set("conjunctions_after_names"))


def _a_common_noun_of_people(an: Analysis, name: str, start: int) -> bool:
    """Whether a person's name the model reads is a noun of jieba's dictionary that ends as a kind of people does
    (word set people_kind_endings: 菜农/n, 渔民/n), opens with no surname and comes after no title: a kind of people,
    no name (not 桥本/n, a Japanese name the NER gold reads as a person's)."""
    return (len(name) == 2 and word_tags().get(name) == "n" and name.endswith(word_set("people_kind_endings"))
            and name[0] not in surnames()[0] and not title_before(an.text, start))


def _village_opened_by_a_name(an: Analysis, type_: str, start: int, end: int) -> int | None:
    """The end of a village's name a person's name the model reads opens: the model's place that ends with a
    village's level word (村, 社区) right after it, the two written after a township's name here or elsewhere in the
    article (贾家口镇|黄儿/PER|营西村/LOC); None otherwise."""
    if type_ != "Person":
        return None
    following = an.model_token_at(end)
    if following is None or following.start != end or following.tag != "LOC":
        return None
    # (after its township here or where the article writes it first: 、|黄儿营西村|党委书记 after 贾家口镇黄儿营西村; the
    # model's place may run on: 到|黄儿/PER|营西村村/LOC|史馆)
    ends = [village_end for village_end in range(end + 1, following.end + 1)
            if an.text[start:village_end].endswith(VILLAGE_SUFFIXES)]
    if not ends:
        return None
    township_ends = {m.end for m in an.mentions if m.type == "AdministrativeDivision" and m.prop("level") == "township"}
    for village_end in ends:
        whole = an.text[start:village_end]
        if any(at.start() in township_ends for at in re.finditer(re.escape(whole), an.text)):
            return village_end
    return None


def _name_cut_before_an_adverb(an: Analysis, type_: str, start: int, end: int) -> bool:
    """Whether a person's name of two characters is one short of a Chinese name the article writes at least twice and
    never without its third character, once after a title and once before a verb of an official's, the model reading
    that character an adverb (县长|覃家/PER|永/d|在会上强调 … 覃家/PER|永/d|指出, a county's site, 2025); not a character
    that ends a name's run (王晨|都|表示: word set after_name)."""
    text = an.text
    if type_ != "Person" or end - start != 2 or end + 1 >= len(text) or _CJK.match(text[end]) is None:
        return False
    whole = text[start:end + 1]
    adverb = an.model_token_at(end)
    if text[end] in AFTER_NAME or text[end] in _GLUED_CHARACTERS or text[end] in _NEVER_LAST or adverb is None \
            or adverb.tag != "d" or adverb.end != end + 1 or not chinese_name(whole):
        return False
    # (the two never written without the third: not 县长|刘洋|亲自部署 … 刘洋|再|强调, where 再 is the adverb)
    places = [m.start() for m in re.finditer(re.escape(whole), text)]
    if len(places) < 2 or len(places) != text.count(text[start:end]):
        return False
    return (any(title_before(text, at) for at in places)
            and any(text.startswith(word_set("verbs_after_officials"), at + 3) for at in places))


def _listed_name_cut_short(an: Analysis, type_: str, start: int, end: int) -> bool:
    """Whether a person's name of two characters is one short of an item of a list of names: one more
    character, no word of function (和, 等: glued_tails, glued_words), then 、 and a name the model reads
    (臧著|强|、|高勇), and the three read as a Chinese name."""
    text = an.text
    # (between two marks no character is glued on: 副主任刘锡金、|安大/PER|为/v|、|王法增, a county's page, 2020)
    return (type_ == "Person" and end - start == 2 and text[end + 1:end + 2] == "、"
            and _CJK.match(text[end]) is not None and (text[end] not in _GLUED_CHARACTERS or text[start - 1:start] == "、")
            and end + 2 in an.model_names and chinese_name(text[start:end + 1]))


def _listed_name_from_its_surname(an: Analysis, type_: str, start: int, end: int) -> int | None:
    """The end of a list's item of names that the model read only by its surname: the item between two 、 is two or
    three characters, reads as a Chinese name, and the model reads the names beside it (韩英超|、|石红梅|、|慕/PER|海军|、|
    赵恩华, a county's page, 2022; jieba 慕|海军); None otherwise (a comma first ends no list's item here)."""
    text = an.text
    if type_ != "Person" or end - start != 1 or text[start - 1:start] != "、":
        return None
    stop = next((i for i in range(start + 2, min(len(text), start + 4)) if text[i] in "、，,"), None)
    if stop is None or text[stop] != "、" or not chinese_name(text[start:stop]) \
            or not all(_CJK.match(ch) for ch in text[start:stop]):
        return None
    before = any(e == start - 1 for e in an.model_names.values())
    return stop if before and stop + 1 in an.model_names else None


# the kinds of body a firm's name may be written right after (投资企业|人人家能源集团), no part of it
_FIRM_KIND_OPENINGS = ("企业", "公司")
# the trades a firm's name ends with after its brand (word set firm_trades: 茶业, 科技), none a person's
_FIRM_TRADES = tuple(word_set("firm_trades"))

# what may follow a whole name directly: a comma, 、, a full stop, a semicolon
_MARKS_AFTER_NAMES = frozenset("，、,。；;")


def _transliterated_name_cut_before_a_mark(an: Analysis, type_: str, start: int, end: int) -> bool:
    """Whether an official's name, after a title, is one character short of a mark: the character between is one of
    transliterated names and the whole reads as no Chinese name (旗政协主席|钢布/PER|和|，, 常务副旗长|胡格吉乐/PER|图|，:
    a banner's page, 2021). Before a mark, 和 joins nothing and 图 ends no word of its own."""
    text = an.text
    return (type_ == "Person" and end - start >= 2 and text[end + 1:end + 2] in _MARKS_AFTER_NAMES
            and text[end] in transliteration_characters() and title_before(text, start)
            and not reads_as_chinese(text[start:end + 1]))


def _a_village_group(text: str, start: int, end: int) -> bool:
    """Whether a name is a village group's: it ends with 组, or 组 follows it, and a mark or a joiner of a list comes
    right after (陈川|组|和) or before it after another group (组|和|贾川组); a person's name goes on otherwise (张三|组织)."""
    at = end if text[end - 1:end] == "组" else end + 1 if text[end:end + 1] == "组" else None
    # (or the list's last item, after another group and its joiner: 陈川组|和|贾川组/PER|开展)
    return at is not None and end - start >= 2 and (
        text[at:at + 1] in _GROUP_LIST_MARKS or (text[start - 1:start] in _GROUP_LIST_MARKS and text[start - 2:start - 1] == "组"))


# what follows a village group in a list of them, or ends it
_GROUP_LIST_MARKS = ("、", "和", "，", ",", "。", "及", "等")


def _river_before_its_chief(text: str, start: int, end: int) -> int | None:
    """Where a river's name ends in a place the model reads on into the title of its chief (河长): the level of the
    chief (坝王河州|级|河长: 坝王河) or the title itself (长角河河长: 长角河); None when it does not."""
    name = text[start:end]
    if name.endswith("河长") and len(name) > 3 and name[-3] == "河":
        return end - 2
    if name[-1:] in word_set("division_level_characters") and len(name) > 2 and name[-2] == "河" \
            and text.startswith("级河长", end):
        return end - 1
    return None


def _name_read_whole_elsewhere(an: Analysis, type_: str, start: int, end: int) -> int | None:
    """The end of the whole name an official's name cut short after a title is, where the model reads that name
    whole elsewhere in the article and a mark or a verb of an official's follows it here (镇长|时/PER|宏飞/v|、 …
    镇长|时宏飞/PER|汇报, a town's page, 2014), or None."""
    text = an.text
    if type_ != "Person" or end - start > 2 or not title_before(text, start):
        return None  # (an official's, after a title: no 夏|玉米 of a story on crops, xwlb-20230701-06)
    for size in (3, 2):
        whole = text[start:start + size]
        if size > end - start and whole in an.model_name_texts and chinese_name(whole) and (
                text[start + size:start + size + 1] in ("、", "，", ",", "。")
                or text.startswith(word_set("verbs_after_officials"), start + size)):
            return start + size
    return None


def _surname_cut_off(an: Analysis, type_: str, start: int, end: int) -> bool:
    """Whether a person's name of two characters lost its surname to the word before: a surname alone between a
    title and the name, the three a Chinese name (农村工委主任|盛/v|邱根/PER|, a district's page, 2021). Where the
    segmenter reads the three as one word the surname may be one the model reads as a preposition or an adjective
    (副县长|原/a|骁锋/PER|等, jieba 原骁锋, a county's page, 2025), and so may a listed name's (副主席|向/p|午平/PER|、|梁福荣,
    a county's page: a bare title is no subject of 向 whose object is listed with names)."""
    text = an.text
    if not (type_ == "Person" and end - start == 2 and start >= 2 and start - 1 in an.boundaries
            and (token := an.token_at(start - 1)) is not None and token[:2] in ((start - 1, start), (start - 1, end))
            and text[start - 1] in surnames()[0] and text[start - 1] not in _GLUED_CHARACTERS
            and title_before(text, start - 1) and reads_as_chinese(text[start - 1:end])):
        return False
    # (not a conjunction: 习近平主席|和/c|塞西/PER|总统, xwlb-20231019-14)
    return (token[:2] == (start - 1, end) or (before := an.model_token_at(start - 1)) is None
            or before.tag not in _FUNCTION_WORDS | {"c", "p"}
            or before.tag == "p" and text[end:end + 1] == "、" and end + 1 in an.model_names)


# the most characters of a bloc's or an organisation's short name written after a country and a dash (东盟, 欧盟, 阿盟)
_LONGEST_BLOC = 3


def _title_opened_inside(text: str, start: int, end: int) -> int | None:
    """Where a leader's title opens inside a name's last character and runs on past it (沙特王|储), if it leaves a name of
    two characters at least."""
    cut = end - 1
    if cut - start < 2:
        return None
    # (every leader's title has two characters at least, so one that opens at the name's last character runs on past it)
    return cut if text.startswith(ordered_lexicon("leader_titles.txt"), cut) else None


# what before a kind of body makes it each of the kind (各联络站, 每个派出所)
_EACH = ("各", "每")


def _doubled_pairs(word: str) -> bool:
    """Whether a word of four characters doubles each of two (林林总总, which jieba's dictionary tags nr: an idiom's
    shape, AABB, never a name's; 摆放着|林林总/PER|总|的纪念章, 中卫市's page, 2022)."""
    return len(word) == 4 and word[0] == word[1] and word[2] == word[3]


def _role_glued_on(name: str) -> str | None:
    """A person's role (data/lexicon/person_roles.tsv) that ends an organisation's name after its head (…服务中心|社工),
    else None."""
    role = next((r for r in _roles_longest_first() if name.endswith(r) and len(name) > len(r) + 2), None)
    return role if role is not None and name[:-len(role)].endswith(org_heads()) else None


@cache
def _roles_longest_first() -> tuple[str, ...]:
    return longest_first(person_roles())


def repair(an: Analysis, c: Candidate) -> list[Candidate]:
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
    if c.type == "Person" and around is not None and around[0] <= start and end <= around[1] \
            and _doubled_pairs(around[2]):
        return []  # 摆放着|林林总/PER|总|的纪念章: inside an idiom of doubled pairs, no name
    if (c.type == "Person" and around is not None and around[0] <= start and end <= around[1]
            and (around[0], around[1]) != (start, end) and around[1] - around[0] >= 4
            and start - around[0] <= 1 and around[1] - end <= 1
            and word_tags().get(around[2], "") == "nr" and around[0] in an.boundaries
            and _model_edges(an, around[0], around[1])):
        # 日本外相|小渊惠/PER|三/m|表示 (jieba: 小渊惠三/nr): the model cut a long name the dictionary holds
        # whole by a character (a Japanese name of four characters; not 邓小平|理论, which jieba tags nr too,
        # nor 陆海空/PER|三军/n, where the model's word runs on past jieba's 陆海空三)
        return repair(an, Candidate(around[0], around[1], "Person", c.source, c.score))
    if (around is not None and around[0] < start and end <= around[1]
            and word_tags().get(around[2], "") in _TRANSLITERATED_TAGS):
        # 以色列总理|内|塔尼亚/PER|胡当天, 内|塔尼亚/ORG|胡今天: the model cut into a foreign
        # name that the dictionary holds whole (not 自|北向南/nr: only a transliterated one)
        return repair(an, Candidate(around[0], around[1], "Person", c.source, c.score))
    if c.type == "Person" and (given := _given_name_read_apart(an, start, end)):
        # 县公安局局长|岳/PER|备战/v|, (商水县's police, 2019): a surname alone after a title, its given name a word of
        # the dictionary's before a mark, is the whole name
        return repair(an, Candidate(start, end + given, "Person", c.source, c.score))
    if c.type == "Person":
        whole = _whole_transliterated_name(an, start, end)
        if whole != (start, end):
            return repair(an, Candidate(whole[0], whole[1], c.type, c.source, c.score))
    name = text[start:end]
    if not _CJK.search(name) or name in vetoes(an.lexicon_dir).get(c.type, ()) or any(ch.isspace() for ch in name):
        return []
    known = known_types(an.lexicon_dir)
    if c.type == "Agency" and (kind := next((name[k:] for k in range(2, len(name) - 1) if known.get(name[:k]) == "Agency"
                                             and name[k:] in lexicon("generic_org_heads.txt")), None)) is not None:
        # 乌军指挥部/ORG (xwlb-2023): a known body and a kind of post or facility of it, unnamed — the body alone
        return repair(an, Candidate(start, end - len(kind), c.type, c.source, c.score))
    if c.type == "Agency" and len(name) > _LONGEST_BLOC and not is_country(name) and name not in known \
            and name not in known_full_names().values() and (opened := dash_joined_start(text, start)) is not None:
        # 位于|南宁|的|中国|—|东盟信息港股份有限公司/ORG (xwlb-20231216-02), 巴林|-|卡塔尔联合行动委员会 (xwlb-20230413-09):
        # the country and the dash open the body's name (not a bloc's alone, 中国|—|东盟/ORG|合作, nor an organisation
        # known by itself, 中国|－|海湾阿拉伯国家合作委员会|峰会, xwlb-20230328-01: the two sides of a summit; nor a country
        # the model read as a body, 中国|-|澳大利亚/ORG)
        return repair(an, Candidate(opened, end, c.type, c.source, c.score))
    if c.type == "Person" and (cut := _title_opened_inside(text, start, end)) is not None:
        # 沙特王/PER|储|兼首相|穆罕默德, 威尔士亲王|威廉王/PER|储 (xwlb-2023): the model ran the name into a leader's title
        # (data/lexicon/leader_titles.txt) that opens at its last character; the name ends where the title opens (沙特,
        # a country, is then read as one)
        return repair(an, Candidate(start, cut, c.type, c.source, c.score))
    if c.type == "Person" and len(name) >= 4 and name.endswith(_FIRM_TRADES) and CJK_RUN.fullmatch(name):
        # 让|奇尔茶业/PER|成了…窗口 (景宁畲族自治县's page, 2023): a brand and its trade, a firm; no name ends in a trade
        return repair(an, Candidate(start, end, "Agency", c.source, c.score))
    if c.type == "Person" and _a_place_by_where_it_stands(an, start, end):
        # 包溪/PER|至|舒家山/LOC|沿线公路 (a county's page, 2024): one end of a road's stretch, the other a place
        return [Candidate(start, end, "Place", c.source, c.score)]
    if c.type == "Person" and _familiar_form(name):
        # “|老唐|，莫急，先喝口茶。” (a county's page, 2024): a surname called so, no name (GUIDELINES: 张某, 李女士)
        return []
    if c.type == "Person" and _name_cut_before_a_line_end(an, start, end):
        # 《四川党的建设》记者 |冯雅/PER|可 (a party magazine's page, 2021), 河北日报记者|孙也/PER|达|摄 (a province's page,
        # 2022): a credit's name, the model one character short of the line's end or of the photo's credit
        return [Candidate(start, end + 1, "Person", c.source, c.score)]
    if c.type == "Person" and _a_name_and_an_adverb(an, start, end):
        # 党委书记|李昱南|颇有感触 … 去年3月,|李昱南刚/PER|来到东电社区时 (a city paper's page, 2021): the name the article
        # writes elsewhere, the adverb after it (刚, just) no part of it
        return [Candidate(start, end - 1, "Person", c.source, c.score)]
    if c.type == "Person" and _ends_with_an_adverb_no_name_ends_with(an, start, end):
        # 而|哈文则/PER|去了|天津电视台, 副行长|朱琦已/PER|预备|出任 (CLUENER's train split, Sina news): a name of three
        # characters that ends with an adverb no given name ends with (word set adverbs_never_last: 则, 已), a verb after it
        return [Candidate(start, end - 1, "Person", c.source, c.score)]
    if c.type == "Person" and _a_name_read_short_elsewhere(an, start, end):
        # 唐福|匆匆推开… 唐福站/PER|在|围观人群里 (a county's page, 2024): the name the article writes elsewhere, the
        # next word's first character (站在) no part of it
        return [Candidate(start, end - 1, "Person", c.source, c.score)]
    if c.type == "Person" and end - start == 1 and (token := an.token_at(start)) is not None and token[0] == start \
            and token[1] - start in (2, 3) and chinese_name(token[2]) and title_before(text, start):
        # 统战部部长|于/PER|春君/n (a county's page, 2021; jieba 于春君): the model read the surname alone, a preposition's
        # character; the segmenter's word after the title is the whole name
        return [Candidate(start, token[1], "Person", c.source, c.score)]
    if c.type == "Person" and c.source == "model" and (token := an.token_at(start)) is not None and token[0] == start \
            and token[1] - end >= 2 and len(token[2]) == 4 and _an_idiom(token[2]):
        # 习近平总书记|念兹/PER|在兹 (xwlb-20230703-02; jieba 念兹在兹): a set phrase of four characters the name opens, no
        # name
        return []
    if c.type in ("Person", "Place") and _a_village_group(text, start, end):
        # 贾岔村|西堡/LOC|组|、|上川/LOC|组|、|陈川/PER|组|和|贾川组/PER (a town's page): a village's groups, listed by their
        # names and 组; no entity (GUIDELINES: village groups)
        return []
    if c.type == "Person" and end - start == 3 and name.endswith("一") and text.startswith("行", end):
        # 区人大常委会副主任|石姝一/PER|行|到… (a district's page, 2019): 一行, his party, after the name; a name that
        # ends in 一 is written 一一行 before it
        return [Candidate(start, end - 1, "Person", c.source, c.score)]
    if c.type == "Person" and (title := title_at(text, start)) is not None and start + len(title) > end:
        # 副书记、|代旗/PER|长|刘晓敏 (a banner's page, 2021): the model's name is the head of a title, who holds it
        # follows it
        return []
    if c.type == "Person" and _a_common_noun_of_people(an, name, start):
        # 鼓起了|菜农/PER|的“钱袋子” (a city paper's site, 2024): a kind of people, no name
        return []
    if c.type == "Place" and _a_name_after_a_title(an, name, start):
        # 市政府教育督导团总督学|白金山/LOC|带领… (a city's site, 2021): a Chinese name right after a title, though it
        # ends as a mountain's does; no place the lists know
        return [Candidate(start, end, "Person", c.source, c.score)]
    if c.type in ("Place", "Agency") and (person := _name_after_a_titles_last_character(an, start, end)) is not None \
            and (c.type == "Place" or person == end):
        # 县工商联|秘书|长江/LOC|一春/m (a county's page, 2019): the title 秘书长 ends inside the model's place,
        # and its rest begins the name after it: the person 江一春, no river. So too an organisation the model reads
        # whole: 区委副书记、|代区|长安文哲/ORG|及 (a district's standing committee, 2021): 代区长, then 安文哲
        return [Candidate(start + 1, person, "Person", c.source, c.score)]
    if _name_cut_before_a_verb(an, c.type, start, end):
        # 组织部长|周代/PER|军|主持 (a county's page, 2016): the model stopped one character short of a name
        # before the verb a report writes after it; the name is the whole
        return [Candidate(start, end + 1, "Person", c.source, c.score)]
    if (village_end := _village_opened_by_a_name(an, c.type, start, end)) is not None:
        # 宁晋县贾家口镇|黄儿/PER|营西村/LOC|召开 (a county paper, 2024): a village whose name opens like a person's,
        # written right after its township; the whole is the village (unknown to the gazetteer: 西黄儿营村)
        return [Candidate(start, village_end, "Place", c.source, c.score)]
    if _name_cut_before_an_adverb(an, c.type, start, end):
        # 县长|覃家/PER|永/d|在会上强调 … 覃家/PER|永/d|指出 (a county's site, 2025): the name written twice the same
        return [Candidate(start, end + 1, "Person", c.source, c.score)]
    if (item_end := _listed_name_from_its_surname(an, c.type, start, end)) is not None:
        # 韩英超、石红梅、|慕/PER|海军|、赵恩华 (a county's page, 2022): the list's item is the name, not 海军 (the navy)
        return [Candidate(start, item_end, "Person", c.source, c.score)]
    if _listed_name_cut_short(an, c.type, start, end):
        # 市领导|臧著/PER|强/a|、|高勇/PER|、… (a city's page, 2017): a name listed with others, the model one
        # character short of the 、 after it; the listed item is the whole name
        return [Candidate(start, end + 1, "Person", c.source, c.score)]
    if _transliterated_name_cut_before_a_mark(an, c.type, start, end):
        # 常务副旗长|胡格吉乐/PER|图|，|政府副旗长|… (a banner's page, 2021): a Mongolian name the model cut one character
        # short of the comma after it; the name is the whole
        return [Candidate(start, end + 1, "Person", c.source, c.score)]
    if (whole := _name_read_whole_elsewhere(an, c.type, start, end)) is not None:
        # 镇长|时/PER|宏飞/v|、 (a town's page, 2014): the name the model reads whole elsewhere in the article
        return [Candidate(start, whole, "Person", c.source, c.score)]
    if _surname_cut_off(an, c.type, start, end):
        # 主任|盛/v|邱根/PER (a district's page, 2021): the surname the model left a verb is the name's first
        return [Candidate(start - 1, end, "Person", c.source, c.score)]
    if _leader_cut_before_a_title(an, start, end):
        # 习近平主席和|欧尔/ORG|班/n|总理 (xwlb-2023; jieba: 欧尔/ns|班|总理): the model stopped one character short
        # of a foreign leader's name before the title; the leader is the whole
        return [Candidate(start, end + 1, "Person", c.source, c.score)]
    if c.type == "Agency" and c.source == "model" and name[:2] in _LEVELS_TOGETHER:
        # 完善|乡镇司法所/ORG|、派出所 (广平县's page, 2021): the bodies of every division of two levels, none named
        return []
    if c.type == "Agency" and name.startswith(_FIRM_KIND_OPENINGS) and end - start >= 7 \
            and name.endswith(tuple(word_set("company_heads"))) and text[start - 1:start] not in (")", "）") \
            and not name.startswith(tuple(word_set("firm_words_after_kinds")), 2):
        # 投资|企业|人人家能源集团/ORG|董事长 (a county's page, 2013): the kind of body before the firm's name is no part of it
        # (not a firm's own words after its place in brackets: 科尔尼|(上海)|企业|咨询|有限公司, nor 企业|管理|有限公司)
        opening = next(word for word in _FIRM_KIND_OPENINGS if name.startswith(word))
        return [Candidate(start + len(opening), end, c.type, c.source, c.score)]
    if c.type == "Agency" and text.endswith(REGISTERED_FIRM_ENDINGS, start, end) \
            and (named := _firm_name_before_its_place(an, start)) is not None:
        # 科尔尼|(上海)|企业咨询有限公司/ORG (a county's page, 2015; the model: 科尔尼/PER): a registered firm's name
        # holds its place in brackets after its own name, all one name
        return [Candidate(named, end, c.type, c.source, c.score)]
    if c.type == "Place" and a_kind_of_place(name):
        # 打造|VR|智慧平安小区 (a district's page, 2020): words of a kind (generic_names.txt: 智慧, 平安) and a place's head, no
        # compound's name
        return []
    if c.type == "Place" and a_graded_kind(name):
        return []  # 旅游发展规划和|3A级景区/LOC|创建规划标准 (a town's page, 2023): a grade and a kind, no place (a_graded_kind)
    if c.type == "Place" and (graded := graded_kind_opening(name)):
        # 我县|三A级景区/LOC|尧母文化园/LOC (望都县's page, 2023): the grade and kind a site holds before its name, no part of it
        return [Candidate(start + graded, end, c.type, c.source, c.score)]
    if c.type == "Place" and a_designation(name):
        # 龟峰景区|…|集|世界地质公园|、|国家级风景名胜区|、|国家森林公园|、|国家水利风景区|等 (a county's page, 2020): the titles a
        # site holds, no place of their own
        return []
    if c.type == "Place" and (river_end := _river_before_its_chief(text, start, end)) is not None:
        # 坝王河|州/LOC|级|河长 and 长角河|河长/LOC (a prefecture's and a city's pages, 2021): the river a chief is named
        # for, without the chief's level or title the model ran on into
        return [Candidate(start, river_end, c.type, c.source, c.score)] if river_end - start >= 2 else []
    if c.type == "Place" and c.source == "model" and local_page(an) and name not in division_namesakes() \
            and gazetteer().names_a_county_or_above(name):
        # 天台|新昌/LOC|等相邻县市, 具有|滨江/LOC|特色 (a county's and a city paper's pages, 浙江 and 江苏, 2019-2025): a
        # county's or a city's name or short name the divisions' stage did not take as one here, no place of another
        # kind (a village's, 白鹤村/LOC|党支部, still names its bodies); but a namesake names what it names first (中原,
        # 天山: division_namesakes.tsv)
        return []
    if c.type == "Place" and c.source == "model" and local_page(an) and not _ends_as_a_place(name) \
            and name not in world_names() and name not in division_namesakes() \
            and not (name.endswith(VILLAGE_SUFFIXES) and is_place_name(name)):
        # 推动|江南/LOC|城区提质减载, 磐安这座|‘清水山城/LOC’, 往|沃柑园/LOC|走 (a district's, a county's and a provincial
        # paper's pages, 2019-2025): on a local page a place ends as places do (word set other_place_endings), or is a
        # country's or a foreign place's; or a village's the gazetteer holds far away, which names the village's bodies
        # and the stops of a trip (白鹤村/LOC|党支部, 到|大埠口村/LOC), not another name of the gazetteer's
        return []
    if c.type == "Place" and _an_address(text, start, end):
        # 地址:杨凌示范区|高干渠路西段/LOC|6号 (a research centre's page, 2021), 地址: 天水市麦积区|社棠东路/LOC|1号 (a zone's
        # page, 2023): a street and its stretch before a house number, where someone is found, no place of the page
        return []
    if c.type == "Place" and (number := next((m for m in _BUILDING_NUMBER.finditer(text, start, end) if m.end() == end),
                                             None)) is not None:
        # 澳华小区|71栋/LOC (a district police's page, 2021), 京西宾馆|1号楼: the place, its building's number no part of
        # the name; 新昌路|270号 (a street's page, 2023), 龙城大道1280号|2号楼 (a district's page, 2022): an address, no
        # place (word set street_endings; a number before the building's)
        head = text[start:number.start()]
        return [] if head.endswith(tuple(word_set("street_endings"))) or len(head) < 2 \
            or _BUILDING_NUMBER.search(head) is not None else [Candidate(start, number.start(), c.type, c.source, c.score)]
    if c.type == "Place" and end - start > 3 and text[end - 1] in word_set("stretch_characters") \
            and text[end - 2] in word_set("feature_characters"):
        # 对|小洪河段|进行清理 (西平县's site, 2022): a stretch of the river, the river
        return [Candidate(start, end - 1, c.type, c.source, c.score)]
    trailing = _trailing_word(an, c.type, start, end) if c.type in ("Place", "Agency") and c.source == "model" else 0
    if trailing:
        # 坠落在|莫斯科一栋/LOC|非住宅建筑上 (jieba: 莫斯科|一栋/m), 向各民主党派中央、|全国工商联新/ORG|当选的
        # (jieba: 全国工商联/nt|新/a) (xwlb-2023): a count, or a word of one character that opens what follows,
        # glued on to a name of the lists or of the dictionary
        return repair(an, Candidate(c.start, end - trailing, c.type, c.source, c.score))
    if c.type == "Agency" and _deputy_glued_on(text, start, end):
        # 全国人大副/ORG|委员长|蒋正华 (CLUENER train): the model glued the deputy's mark of the title after it to
        # the body (全国人大|副委员长)
        return repair(an, Candidate(start, end - 1, c.type, c.source, c.score))
    if c.type == "Agency" and (role := _role_glued_on(name)) is not None:
        # 百色市民安社会工作服务中心社工/ORG|及志愿者 (右江区's page on day care, 2021): the people of the body the model
        # glued to its name after its head (person_roles.tsv: 社工, 民警), who are none of it
        return repair(an, Candidate(start, end - len(role), c.type, c.source, c.score))
    joined = _joined_by_a_preposition(an, start, end) if c.type in ("Place", "Agency") else None
    if joined is not None:
        # 国务院总理李强7日在|京同欧洲理事会/ORG|主席米歇尔 (xwlb-20231207-04), 上海等|地同加州/LOC|的合作,
        # 中国全国政协愿同尼泊尔联邦院/ORG|一道: two names and the preposition between them read as one;
        # each is a name of its own, a place where the lists know it (京, 加州)
        return [r for s, e in ((start, joined[0]), (joined[1], end)) if e > s
                for r in repair(an, Candidate(s, e, "Place" if _a_place(text[s:e]) else c.type, c.source, c.score))]
    if c.type == "Agency" and (verb := next((s for s, e, word in an.tokens_from(start, end - start)
                                             if e <= end and s > start and word in appointing_verbs()), None)) is not None:
        # 潘口乡党委|任命|乡农技/ORG|服务中心|主任 (a township's page, 2019): a clause of appointment; the body before the
        # verb, if it is one
        return repair(an, Candidate(start, verb, c.type, c.source, c.score)) if text[start:verb].endswith(org_heads()) else []
    if c.type != "Person" and name in lexicon("common_division_words.txt"):
        return []  # 惠民|政策, 平安|中国: a division's short name that is a common word (the rules read it after its parent)
    if c.type == "Person":
        digit = next((k for k, ch in enumerate(name) if ch.isdigit()), len(name))
        if digit < len(name):
            # 叙利亚卫生部长|哈桑·加巴什9日/PER|呼吁 (xwlb-20230210-11): a name holds no digit, the date
            # glued on is cut (and with it all the rest)
            return repair(an, Candidate(c.start, c.start + digit, c.type, c.source, c.score)) if digit >= 2 else []
        half = len(name) // 2
        if len(name) in (4, 6) and name[:half] == name[half:] and reads_as_chinese(name[:half]):
            # 理事长|林钦燕林钦燕|介绍 (a community's page, 2025): a name the page wrote twice is one person's
            return repair(an, Candidate(c.start, c.start + half, c.type, c.source, c.score))
    if c.type == "Person" and _name_before_a_word(an, c.start, c.end):
        # 为此，|穆萨敦/PER|促 (jieba: 穆萨|敦促, pd-dev-02221): the model glued the next word's first character on
        return repair(an, Candidate(c.start, an.token_at(c.end)[0], c.type, c.source, c.score))
    if c.type == "Person" and _first_character_of_the_next_word(an, c.start, c.end):
        # 沙特外交大臣|费萨尔通/PER|电话 (xwlb-20230513-10; jieba: 费萨尔|通电话): the model glued the next
        # word's first character on, where jieba reads the name before it apart
        return repair(an, Candidate(c.start, c.end - 1, c.type, c.source, c.score))
    if _cuts_a_word(an, c.start, c.end, c.type == "Person") and not is_place_name(text[c.start:c.end].strip()) and not (
            c.type == "Agency" and text[c.start:c.end].endswith(org_heads())):
        return []  # 雨夹|雪, 山水|林田湖|草, 中华|民族: the model cut a word the dictionary knows
    quote = _enclosing_quote(an, c.start, c.end)
    if quote is not None and quote != (c.start, c.end) and not (
            c.type == "Person" and _QUOTED_SPEECH.search(text, quote[0], quote[1]) and not is_place_name(name)):
        # part of a quoted phrase: “辣妈酷爸爱心联盟” read as 酷爸爱心联盟; but a name in quoted
        # speech (“刘成是党员，富了就得……”) is a name
        return []
    if c.type == "Person":
        if len(name) < 2 or name[1:].startswith(anonymous_tails()) or "的" in name:
            return []
        if addressed_by_title(name):
            return []  # 刘|台长, 周|书记 (local pages: 在社区,刘台长与…, 2014): a surname and a title address, name no one
        side = len(name) == 2 or (c.start + 2 in an.boundaries and word_tags().get(
            an.token_at(c.start + 2)[2], "")[:2] != "nr")  # 越方|坚信, 乌方|美制 (not 韩方明)
        if side and name[1] in "方军" and name[0] in abbreviations():
            return []  # 乌方, 美军, 越方坚信, 乌方美: a side or an army of a country, not a person
        if side and name[1] == "方" and _country_starting(text, name[0]):
            return []  # 洪都拉斯 … 支持|洪方|为|维护, 赞方珍视: a side, by the first character of a country named
        if len(name) == 2 and all(ch in abbreviations() or _country_starting(text, ch) for ch in name) and any(
                _country_starting(text, ch) for ch in name):
            # 俄罗斯方面8日表示，|俄乌/PER|再次|交换 (xwlb-20230109-10), 阿尔及利亚 … |阿中/PER|合作
            # (xwlb-20230719-07; 阿 is also a surname): two countries by their one-character names, or
            # by the first character of a country the article names
            return _one_place_each(c)
        if quote == (c.start, c.end):
            return []  # 台风“卡努”, “卡西尼”号: a name in quotation marks is a storm's, a craft's
        if len(name) >= 4 and (first := an.token_at(c.start)) is not None and first[0] == c.start \
                and 2 <= first[1] - c.start <= 3 and text[first[1]] in _JOINERS and chinese_name(text[c.start:first[1]]) \
                and (joined := an.token_at(first[1])) is not None and joined[0] == first[1] and joined[1] - joined[0] >= 2:
            # 副主任|熊德蓉和县/PER|乡村振兴五大分指挥部 (a county's page, 2021; jieba 熊德蓉|和县): the name, and the
            # conjunction that joins the next body read as a word with its first character (和县 is a county too)
            return repair(an, Candidate(c.start, first[1], c.type, c.source, c.score))
        region = _region_named(an, c, name)
        if region is not None:
            return [region]
        if (name[-1] in _ORGANISATION_TAILS and c.end - 1 in an.boundaries and not chinese_name(name)
                and len(name) >= 3):
            # 哈马斯下属武装派别|卡桑|旅|发言人 (xwlb-20231009-12; the model: 卡桑旅/PER): a foreign word and
            # the kind of an armed unit or a party, read apart by the segmenter, name an organisation
            return [Candidate(c.start, c.end, "Agency", c.source, c.score)]
        singles, doubles = surnames()
        if not (name[:1] in singles or name[:2] in doubles):
            if len(name) == 2 and (name[1] == "方" or text.startswith(_PAIR_NOUNS, c.end)):
                # 尼方, 塞方: a side; 美哥|两国: one-character names of two countries
                return [] if name[1] == "方" else _one_place_each(c)
            if word_tags().get(name, "") == "nt" or (len(name) == 3 and name.endswith(org_heads())):
                return []  # 军乐团, 军乐队: an organisation of the dictionary, a kind of unit
            first = an.token_at(c.start)
            if first is not None and first[0] == c.start and first[1] < c.end and word_tags().get(first[2], "") == "nt":
                return []  # 欢迎仪式。|军乐团奏/PER|所中两国国歌 (xwlb-20230710-05; jieba: 军乐团/nt|奏): the band and a verb
        if len(name) >= 3 and name[0] in _SEASONS and name[1:] in _CROPS:
            return []  # 夏播粮食作物主要是|夏玉米/PER|、|夏大豆/PER (xwlb-20230701-06): a season's crop, no person
        if (len(name) >= 3 and name.endswith(_ROAD_HEADS)) or (
                c.end in an.boundaries and an.token_at(c.end) is not None and an.token_at(c.end)[2] in _ROAD_HEADS):
            # 。|银昆高速/PER|宁夏段 (xwlb-20230710-13), 昌景|黄高铁/PER, 广西|贺巴/PER|高速|培森柳江特大桥
            # (xwlb-20230217-08): a road, a railway, no person
            return []
        if len(name) >= 3 and name[-1] in GLUED_WORDS and c.end - 1 in an.boundaries and c.end in an.boundaries:
            # 。|巴新将/PER|同|中国 (jieba: 巴新|将|同): the segmenter reads the last character as
            # a word of its own, the next word glued on; not 李|大为|同志, 张|和平|在
            return repair(an, Candidate(c.start, c.end - 1, c.type, c.source, c.score))
        if len(name) == 4 and name.endswith("为") and not chinese_name(name) and reads_as_chinese(name[:-1]) \
                and "以" in text[max(text.rfind("，", 0, c.start), text.rfind("。", 0, c.start), 0):c.start]:
            # 以…董事长|魏玺华为/PER|班长 (a county's page, 2019; jieba 魏玺|华为|班长): 以…为… (taking … as …) in the
            # clause, no Chinese name of four characters with one surname: 为 is cut (not 池田大作, xwlb-20231122-08)
            return [Candidate(c.start, c.end - 1, c.type, c.source, c.score)]
        if len(name) == 3 and name[-1] in BEFORE_LEVEL_WORDS and text[c.end:c.end + 1] in LEVEL_CHARACTERS:
            # 李四任/PER|市文旅局|局长: the verb of appointment before a level word is no part of the name
            return [Candidate(c.start, c.end - 1, c.type, c.source, c.score)]
        if (cut := next((k for k in (3, 2) if len(name) > k + 1 and name[k] in BEFORE_LEVEL_WORDS
                         and name[k + 1] in LEVEL_CHARACTERS and chinese_name(name[:k])), None)) is not None:
            # 决定任命:|…;\n|陈建国为县财政局/PER|局长 (a county congress's appointments, the notices' layout): the name,
            # then the verb and the body the model read on into
            return [Candidate(c.start, c.start + cut, c.type, c.source, c.score)]
        if len(name) == 3 and name[-1] in _NEVER_LAST and _model_word_at(an, c.end):
            # a character that ends no given name of a three-character name (not 池田大作) is cut
            # wherever the model reads a word after it:
            # 副主席|邵鸿作/PER|提案/n, 副主席|韩正在/PER|京/LOC (jieba: 邵鸿作, 韩|正在: not cut again)
            return [Candidate(c.start, c.end - 1, c.type, c.source, c.score)]
        for tail in GLUED_TAILS:  # 习近平和|普京, 习近平等: a conjunction glued to a name
            if name.endswith(tail) and len(name) - len(tail) >= 3:
                return repair(an, Candidate(c.start, c.end - len(tail), c.type, c.source, c.score))
        if _end_of_a_place_word(an, c.start, c.end):
            return []  # 美元兑日元…；|德国/LOC|马克/PER|走势 (pd-dev-00927; jieba: 德国马克/ns): a currency, no person
        if word_tags().get(name, "") in _WORD_TAGS and not (len(name) == 3 and chinese_name(name)) and not (
                chinese_name(name) and (listed_with_a_person(an, c) or named_after_a_title(an, name))):
            # 殷红, 许许多多: the dictionary knows these as words; but not a name listed with another
            # person's: 老指挥|严良/PER|和|李培智/PER|等人 (pd-dev-00845; jieba: 严良/a)
            return []
        if (len(name) == 2 and word_tags().get(name, "") == "n" and not chinese_name(name)
                and not _transliterating(name) and _before_a_noun(an, c.end)):
            # 为此，|炎炎/PER|烈日/n|下 (pd-dev-00845), 贤内助们|律己/PER|律夫/n, 他却是|早慧/PER|的/u|成功者: a common
            # noun of the dictionary that has neither a surname nor a character of transliterated names, before
            # a noun or 的, is no one's name (严良, 高峰 have a surname; 马克, 乌兰 foreign characters; 桥本|则|在,
            # jieba's 桥本/n, acts)
            return []
        after_a_title = len(name) == 3 and not name.endswith("家门") and title_before(text, c.start)
        if name.endswith(("家", "家门")) and len(name) <= 3 and not after_a_title:
            # 刘家, 阮家门: a family; but 兴华街小学校长|张少家 (a street's page, 2021) is a name after a title
            return []
        if is_place_name(name) and not (c.source == "model" and reads_as_chinese(name) and title_before(text, c.start)):
            # 波恩, 阿布贾; not a Chinese name the model read as a person's right after a title:
            # 全国人大财政经济委员会主任委员|钟山/PER|向会议作了…报告 (xwlb-20230308-02: 钟山 is a county too)
            return [Candidate(c.start, c.end, "Place", c.source, c.score)]
        if len(name) >= 3 and name.endswith(_ISLANDS) and c.end in an.boundaries:
            # 最新天气预报显示，|毛伊岛/PER|本周末可能会出现降雨 (xwlb-20230817-07): an island, no person
            return [Candidate(c.start, c.end, "Place", c.source, c.score)]
        before = ("（" if text[c.start - 1:c.start] == "（" and text[c.end:c.end + 1] == "）"
                  else "——" if text[c.start - 2:c.start] == "——" else "")
        if (before and text[:c.start - len(before)].endswith(org_heads() + _MOVEMENT_HEADS)
                and not title_at(text, c.end)):
            # 巴勒斯坦伊斯兰抵抗运动（哈马斯）, 巴勒斯坦伊斯兰圣战组织（杰哈德）, 抵抗运动——哈马斯:
            # an organisation's short name in brackets or after a dash is the organisation's; not a person
            # with a title after the name: 勇当…先锋队、突击队——|习近平|总书记在同团中央… (a headline, xwlb-20230628-04)
            return [Candidate(c.start, c.end, "Agency", "lexicon", c.score)]
        role = word_ending(name, _role_endings())
        if name.endswith(org_heads()) and len(name) >= 4 and longest_end(name, org_heads()) >= len(role):
            # 乔治·梅森大学; not 吴为山常委/PER|代表|民盟中央 (xwlb-20230627-12): a title longer than the head
            # (常委 over 委) ends a person's name, and is cut below
            return [Candidate(c.start, c.end, "Agency", c.source, c.score)]
        if name.endswith("族") or text[c.end:c.end + 1] == "族":
            return []  # 阿昌族: a people, not a person
        in_table = text[c.start - 1:c.start] == "℃" or text[c.end:c.end + 1].isdigit()
        for weather in _WEATHER:  # 卡拉奇晴, 开罗多云: a city in a weather table
            if name.endswith(weather) and (in_table or is_place_name(name[:-len(weather)])):
                return [Candidate(c.start, c.end - len(weather), "Place", c.source, c.score)]
        if name in ordered_lexicon("leader_titles.txt"):
            return []  # 继任科威特|埃米尔/PER (xwlb-20231218-03): a title alone names nobody
        for leader in ordered_lexicon("leader_titles.txt"):
            # 科威特新任|埃米尔米沙勒, 纳瓦夫埃米尔|逝世: a leader's title the model read into the name
            if len(name) - len(leader) >= 2 and name.startswith(leader):
                return repair(an, Candidate(c.start + len(leader), c.end, c.type, c.source, c.score))
            if len(name) - len(leader) >= 2 and name.endswith(leader):
                return repair(an, Candidate(c.start, c.end - len(leader), c.type, c.source, c.score))
        title = word_ending(name, ordered_lexicon("titles.txt"), shorter=True, default=None)
        if title:  # 费舍尔议长, 郑弘九段: the title is not part of the name
            if len(name) - len(title) < 2:
                return []  # 陈教授: a surname and a title do not name anyone here
            return repair(an, Candidate(c.start, c.end - len(title), c.type, c.source, c.score))
        if name[0] == "小" and len(name) >= 3 and word_tags().get(name, "") != "nr":
            # 小马尔蒂尼, 小徐婷: 小 is a form of address (not 小渊惠三/nr, a name the dictionary holds)
            return repair(an, Candidate(c.start + 1, c.end, c.type, c.source, c.score))
        extended = _extend_name(an, c, name)
        if extended != c:  # 杜尚|别, 萨尔瓦|多: the whole word may be a place's name
            return repair(an, extended)
        # 克林顿派|代表, 李明辉代表: a verb the model glued to the name
        verb = glued_verb(name)
        return [Candidate(c.start, c.end - verb, c.type, c.source, c.score)]
    if c.type == "Agency":
        if an.text.startswith(SYSTEM_TAILS, c.end) and name.endswith(org_heads()):
            return []  # 沈阳市|法院|系统|优秀法官 (a district court's page, 2021): every court of the city, no body
        zone = next((kind for kind in _ZONE_KINDS if name.startswith(kind)), None)
        if zone is not None and len(name) - len(zone) >= 4 and name.endswith(REGISTERED_FIRM_ENDINGS):
            # 举报的|经济开发区|义聚永酒业酿造有限公司 (a district's page, 2021): the zone the firm is in, written alone
            # before it, is no part of its name
            return repair(an, Candidate(c.start + len(zone), c.end, c.type, c.source, c.score))
        around = an.token_at(c.start)
        if (around is not None and around[0] + 2 <= c.start < around[1] < c.end and word_tags().get(around[2], "") == "ns"
                and around[0] in an.boundaries and name.endswith(org_heads())
                and not any(t.start == around[0] for t in an.model_tokens or ())):
            # 美国|密执安州立大学 read as 美国密/ORG|执/v|安州立大学/ORG (pd-dev-00793; jieba: 美国|密执安/ns|州立大学):
            # a name that starts inside a place's name of the dictionary, where the model cut into that place
            # too, starts with it (not 各/r|乡镇卫生院: jieba 各乡镇/ns)
            return repair(an, Candidate(around[0], c.end, c.type, c.source, c.score))
        if len(name) >= 3 and name[0] in BEFORE_LEVEL_WORDS and name[1] in LEVEL_CHARACTERS:
            # 经|县人大常委会, 王海涛|任|县教育局: a preposition or a verb before the level word
            return repair(an, Candidate(c.start + 1, c.end, c.type, c.source, c.score))
        joiner = next((word for word in word_set("agency_joiners") if len(word) == 2 and name.startswith(word)), None)
        if joiner and len(name) >= 5 and name[2] in LEVEL_CHARACTERS and name[3:4] not in LEVEL_CHARACTERS:
            # 东乡分局|联合县住建局/ORG|、水务局 (临夏州's page, 2026): a joining verb before a body written by its level, no
            # part of its name (not 联合国: no level's character after 联合)
            return repair(an, Candidate(c.start + 2, c.end, c.type, c.source, c.score))
        if name.endswith("族"):
            return []  # 居住着汉族、|壮族|、瑶族 (xwlb-20231216-02): a people, no organisation
        if an.text[c.start - 1:c.start] in _EACH and len(name) <= 4 and not scan(name):
            # 全镇29个村级联络站…|各|联络站/ORG|以小组为单位开展 (章镇镇's discipline page, 2024): each body of a kind,
            # no name
            return []
        national = alias_table("national_agencies.tsv") if name in word_set("central_bodies_written_together") else {}
        cut = next((k for k in range(2, len(name) - 1) if name[:k] in national and name[k:] in national), None)
        if cut is not None:
            # 认真贯彻落实|党中央国务院/ORG|决策部署 (阳信县's page, 2023): two central bodies written together, each whole
            return [Candidate(c.start, c.start + cut, c.type, c.source, c.score),
                    Candidate(c.start + cut, c.end, c.type, c.source, c.score)]
        joint = _JOINT_BODIES.fullmatch(name)
        if joint:  # 江苏省委省政府 (xwlb-20230114-03), 埠河镇党委政府: a committee and a government
            middle = c.start + joint.end(1)
            return [Candidate(c.start, middle, c.type, c.source, c.score), Candidate(middle, c.end, c.type, c.source,
                                                                                   c.score)]
        if len(name) < 2 or _abbreviated(name) or names_an_area(name):
            return []  # 县法院: a short form only the rules resolve; 新疆北部: an area, not a ministry
        role = word_ending(name, _role_endings())
        if len(role) > longest_end(name, org_heads()):
            # 国务委员, 吴为山|常委, 某镇人大|代表: a title or a membership ends no organisation's
            # name (委员会 and 代表团 end in longer heads); what comes before it may be one
            return repair(an, Candidate(c.start, c.end - len(role), c.type, c.source, c.score)) if len(name) - len(
                role) >= 2 else []
        words = tokenizer().lcut(name)
        at = 0
        for word in words[:-1]:
            at += len(word)
            if (word in _AGENCY_JOINERS or word in _CONTEST_VERBS) and name[:at - len(word)].endswith(org_heads()) \
                    and name.endswith(org_heads()):
                # 国家医保局|联合|财政部|印发 (xwlb-20230605-14), 国家体育总局|会同|国家发展改革委: two
                # organisations acting together, read by the model as one name; two teams and the verb of
                # their contest (中国队|战胜|日本队|获得冠军, xwlb-20230803-07: word set contest_verbs)
                return (repair(an, Candidate(c.start, c.start + at - len(word), c.type, c.source, c.score))
                        + repair(an, Candidate(c.start + at, c.end, c.type, c.source, c.score)))
        if _a_clause(name, words) or name.endswith(("干部", "部队")):
            return []  # 清丰县委|从|选拔干部: a preposition or adverb inside is a clause, not a name
        if len(words) > 1 and word_tags().get(words[-1], "") == "v" and (
                words[-1] not in org_heads() or name[:-len(words[-1])].endswith(org_heads()) or is_place_name(words[0])):
            # 德国举办, 艺术公司合办: a verb ending in 办 is not the head 办; but 组织/v is the head itself
            # (伊斯兰|合作|组织, xwlb-2023) of a name that opens with no place's (not 上海|合作|组织: the model's)
            name = name[:-len(words[-1])]
            c = Candidate(c.start, c.start + len(name), c.type, c.source, c.score)
            if not name.endswith(org_heads()):
                return []
        if is_place_name(name):  # 本报巴黎电, 不来梅; 巴西|代表团 read as one organisation
            return country_organisation(text, Candidate(c.start, c.end, "Place", c.source, c.score))
        if name.endswith("政府"):
            if name[:-2] in world_names() or name[:-2] in abbreviations():
                # 印度政府: the country's government is the country acting, written with a generic noun
                return [Candidate(c.start, c.end - 2, "Place", c.source, c.score)]
            if name[:-2].removesuffix("人民") not in gazetteer().all_names:
                # 克林顿政府, 特区政府: an administration, not a body the text names; but the leader it
                # is named after is a person the text names: 克林顿|政府 (pd-dev-01737), 金大中|新政府
                # (pd-dev-00031), where the dictionary tags the name a person's (nr; not 南斯拉夫/nrt|政府)
                leader = name[:-2].removesuffix("新")
                if len(leader) >= 2 and word_tags().get(leader, "") == "nr" and not is_place_name(leader):
                    return [Candidate(c.start, c.start + len(leader), "Person", c.source, c.score)]
                return []
        if not name.endswith(org_heads()):
            if text.startswith(_ADDRESS_WORDS, c.end) and CJK_RUN.fullmatch(name) and not is_place_name(name):
                # 卓科达/ORG|先生|在长期研究的基础上 (pd-dev-00821): a word of address after a name that
                # ends in no organisation's head makes it a person's
                return repair(an, Candidate(c.start, c.end, "Person", c.source, c.score))
            if text.startswith(ordered_lexicon("leader_titles.txt"), c.end) and CJK_RUN.fullmatch(name) \
                    and not is_place_name(name) and not reads_as_chinese(name) and len(name) >= 3:
                # 同|斯克利亚尔/ORG|第一副总理|举行|会谈 (xwlb-20231128-04): so is a leader's title after a foreign name
                return repair(an, Candidate(c.start, c.end, "Person", c.source, c.score))
            following = an.model_token_at(c.end)
            if (len(name) == 3 and name[0] in surnames()[0] and word_tags().get(name, "") == "nr"
                    and following is not None and following.tag.startswith("v")):
                # 在|金大中/ORG|访/v|美|期间 (pd-dev-00075): a surname and two characters, which the dictionary
                # knows as a person's (nr), with no head, doing something (a verb follows), name the person;
                # not a company (|巴斯夫/ORG|、埃克森美孚, |施罗德/ORG|基金|在上海浦东揭牌, xwlb-2023), nor the start
                # of a body named after him (胡志明/ORG|国家政治学院/ORG|院长, xwlb-20230710-09)
                return repair(an, Candidate(c.start, c.end, "Person", c.source, c.score))
            if name.endswith(ordered_lexicon("place_suffixes.txt")):
                return _place(c, name)  # 东风水库
            if len(name) <= 3 and word_tags().get(name, "") not in _SHORT_ORG_TAGS:
                return []  # 农村, 综合, 聚力: words, not short names such as 北大, 欧盟, 微软
            if any(word_tags().get(word, "") in _VERB_TAGS for word in tokenizer().lcut(name)):
                return []  # 聚力联防联控: a phrase with a verb is not an organisation's name
        return [c]
    # locations
    ruled = country_and_ruler(name)
    if ruled is not None:
        # 向习近平主席致贺的还有：|阿曼苏丹/LOC|海赛姆, |卡塔尔埃米尔塔米姆/LOC|、 (xwlb-20230315-10): a country,
        # its ruler's title and (the start of) his name, read as one place: the place is the country; what
        # follows the title, two characters or more, is the ruler's name
        country, title = ruled
        rest = c.start + len(country) + len(title)
        return [Candidate(c.start, c.start + len(country), "Place", c.source, c.score)] + (
            repair(an, Candidate(rest, c.end, "Person", c.source, c.score)) if c.end - rest >= 2 else [])
    if name in world_names() or (len(name) <= 3 and name in gazetteer().all_names):
        # 中国|女队, 芬兰|农林部, 古巴|代表团: the model read the country, the organisation goes on
        extended = country_organisation(text, c)
        if extended[0].type == "Agency":
            return extended
    venue = _venue_after_division(an, c, name)
    if venue:  # 在|北京人民大会堂/LOC|会见: the division is found on its own, the venue is the place
        return repair(an, Candidate(c.end - venue, c.end, c.type, c.source, c.score))
    if len(name) >= 4 and name[-1] in _COMPASS and word_tags().get(name[:-1], "") in _VENUE_TAGS and (
            name[:-1] not in gazetteer().all_names):
        # 在|人民大会堂北/LOC|大厅|举行 (19 times a year): the direction begins the hall's name, the
        # place is the venue jieba knows (人民大会堂/nt)
        return repair(an, Candidate(c.start, c.end - 1, c.type, c.source, c.score))
    cut = _leader_title_cut(text, c.start, c.end)
    if cut:  # 科威特王/LOC|储/v|米沙勒 (xwlb-20230921-01): the place ends before the leader's title
        return repair(an, Candidate(c.start, c.end - cut, c.type, c.source, c.score))
    if (_before_a_leaders_title(an, c) and len(name) >= 2 and CJK_RUN.fullmatch(name) and not names_an_area(name)
            and not is_place_name(name) and not is_place_name(name.removesuffix("国"))
            and not all(ch in abbreviations() for ch in name) and not name.endswith(org_heads())):
        # 转达了|库马拉通加/LOC|总统|对/p|他的问候 (pd-dev-00291): no place the lists know, before a
        # leader's title that ends the phrase, is the leader (斯里兰卡|总统 is a country's, and so is
        # 蒙古国 (蒙古); 英|首相 a country's one-character name; 美国众议院|议长 an organisation's)
        return repair(an, Candidate(c.start, c.end, "Person", c.source, c.score))
    if (len(name) >= 3 and CJK_RUN.fullmatch(name) and an.text.startswith(_ATTENDING, c.end)
            and (c.start == 0 or an.text[c.start - 1] in _CLAUSE_STARTS) and not is_place_name(name)
            and name not in gazetteer().all_names and not name.endswith(org_heads())):
        # 。|洛桑江村/LOC|参加会见 (xwlb-20230925-08): what opens a clause and takes part in a meeting is a
        # person, where no list knows the place (the model reads the Tibetan name's 江村 as a village's)
        return [Candidate(c.start, c.end, "Person", c.source, c.score)]
    if len(name) == 1:
        return [c] if name in abbreviations() else []
    if all(ch in abbreviations() for ch in name) and not is_place_name(name) and name not in known_types(
            an.lexicon_dir) and not any(name[:k] in world_names() for k in range(2, len(name))):
        # 中美, 中日韩, 欧美: one place per character; not 苏丹港/LOC (xwlb-20230829-17: Port Sudan, read as
        # 苏, 丹 and 港, and 港 as 香港), which opens with a country's whole name
        return [Candidate(c.start + i, c.start + i + 1, "Place", c.source, c.score) for i in range(len(name))]
    for side in _SIDES:  # 太平湖畔, 长江边: the place is the lake, the river
        if name.endswith(side) and len(name) - len(side) >= 2:
            return repair(an, Candidate(c.start, c.end - len(side), c.type, c.source, c.score))
    if names_an_area(name) and not is_place_name(name):
        if name.endswith("地区") and len(name) >= 4:  # 西北地区, 中东地区: the region is 西北, 中东
            return repair(an, Candidate(c.start, c.end - 2, c.type, c.source, c.score))
        return []  # 中部: a part of somewhere
    if name.endswith("地区") and len(name) >= 4:
        return repair(an, Candidate(c.start, c.end - 2, c.type, c.source, c.score))
    for weather in _WEATHER:  # 曼谷雷阵雨: a city in a weather table
        if name.endswith(weather) and len(name) - len(weather) >= 2 and (
                text[c.end:c.end + 1].isdigit() or text[c.start - 1:c.start] == "℃"):
            return [Candidate(c.start, c.end - len(weather), c.type, c.source, c.score)]
    for direction in _DIRECTIONS:  # 保加利亚南部 is a part of 保加利亚
        if name.endswith(direction) and len(name) > len(direction) + 1:
            return [Candidate(c.start, c.end - len(direction), c.type, c.source, c.score)]
    if longest_end(name, org_heads()) > longest_end(name, ordered_lexicon("place_suffixes.txt")):
        return [Candidate(c.start, c.end, "Agency", c.source, c.score)]  # 中国男队, 镇政府 (政府 over 府)
    if word_tags().get(name, "") in _NOT_PLACE_TAGS or name in vetoes(an.lexicon_dir).get("Place", ()):
        return []  # 北宋, 沿湖: words, not places
    return _place(c, name)


# punctuation inside quotation marks that makes them quoted speech, not a name or a phrase
_QUOTED_SPEECH = re.compile(r"[，。！？；：、,!?;]")
# what follows two one-character countries' names (中美|两国, 美哥|双方)
_PAIR_NOUNS = word_set("pair_nouns")
GLUED_TAILS = word_set("glued_tails")  # 习近平和|普京, 习近平等: a conjunction glued to a name
GLUED_WORDS = frozenset(word_set("glued_words"))  # 为 在 作 与 对 说 将: a word glued after a name
_NEVER_LAST = frozenset(word_set("never_last_in_names"))
_FIRM_PLACE = re.compile(r"[(（][\u4e00-\u9fff]{2,4}[)）]$")
_BUILDING_NUMBER = re.compile(r"(?:\d+|[一二三四五六七八九十]{1,3})(?:" + word_pattern(word_set("building_units")).pattern + ")")


_MOVEMENT_HEADS = word_set("movement_heads")
_AGENCY_JOINERS = frozenset(word_set("agency_joiners"))
_CONTEST_VERBS = frozenset(word_set("contest_verbs"))
_GLUED_CHARACTERS = GLUED_WORDS | frozenset(GLUED_TAILS)
_JOINT_BODIES = re.compile(f"(.+委)({JOINT_GOVERNMENT.pattern})")
_ZONE_KINDS = longest_first(every_zone_kind())


_JOINING_PREPOSITIONS = longest_first(word_set("joining_prepositions"))
_NAMED_WORD_TAGS = pos_tags("named_words")


_TRAILING_WORD_TAGS = pos_tags("trailing_words")
_ORGANISATION_WORD_TAGS = pos_tags("organisation_words")


def _trailing_word(an: Analysis, type_: str, start: int, end: int) -> int:
    """The length of the last word of the segmenter in [start, end) where it is a number (一栋/m) or one
    character of an adjective, an adverb, a conjunction, a preposition or a verb (pos set trailing_words), no
    head of a body's or a place's name (嘉兴|站, 联合国人口基金|会), and what stands before it is a place of the
    lists (莫斯科, 欧洲|多/m|地; not 福尔|多: a foreign name's last character) or, before an organisation's, a
    name the dictionary holds as an organisation's (pos set organisation_words: 全国工商联/nt; not 普拉克/nr|明);
    0 otherwise."""
    name = an.text[start:end]
    last = an.token_at(end - 1)
    if (last is None or last[1] != end or last[0] - start < 2 or last[0] not in an.boundaries
            or name.endswith(org_heads()) or name.endswith(place_heads())):
        return 0
    tag = word_tags().get(last[2], "")
    if not (tag.startswith("m") or (last[1] - last[0] == 1 and tag in _TRAILING_WORD_TAGS)):
        return 0
    rest = an.text[start:last[0]]
    named = is_place_name(rest) or (type_ == "Agency" and word_tags().get(rest, "") in _ORGANISATION_WORD_TAGS)
    return end - last[0] if named else 0


def _a_clause(name: str, words: list[str]) -> bool:
    """Whether a function word stands among the words of an organisation's name (清丰县委|从|选拔干部): a
    clause, not a name; but not a conjunction that joins two fields inside one name (:func:`fields_joined`)."""
    at = 0
    for i, word in enumerate(words):
        if i == len(words) - 1 and i and word in org_heads():
            break  # 盘塘|司法|所 (jieba tags 所 c): the head that ends the name, no function word (桃源县's page, 2022)
        if not i and word in _PLACE_KINDS_BEFORE:
            at += len(word)
            continue  # 首都/d|规划|建设|委员会 (xwlb-20230703-03): a kind of place the dictionary tags an adverb opens it
        if word_tags().get(word, "") in _FUNCTION_TAGS and not (word in _FIELD_JOINERS and fields_joined(name, at)) \
                and not _inside_a_countys_name(name, at, at + len(word)):
            return True
        at += len(word)
    return False


def _inside_a_countys_name(name: str, start: int, end: int) -> bool:
    """Whether [start, end) of an organisation's name lies inside a county's or a higher division's name or short name:
    中国邮政集团有限公司|望|都/d|分公司 (望都县's page, 2023: the county 望都, no adverb 都)."""
    gaz = gazetteer()
    return any(at <= start and end <= at + len(division) for at, division in gaz.names_in(name)
               if gaz.names_a_county_or_above(division))


def fields_joined(name: str, at: int) -> bool:
    """Whether the conjunction at ``at`` of an organisation's name (word set field_joiners: 与, 和, 及)
    joins two fields of one body (中国物流|与|采购联合会, 全国人大监察|和|司法委员会, 上海市规划|与|国土资源管理局:
    xwlb-2023, CLUENER train), not two bodies: the name ends in an organisation's head, and what stands
    before the conjunction is neither a body (中国证监会|和, 中央广播电视总台|与: an organisation's head or a
    national body's name ends it), a place (北京市|和, 中国|与), a title (全国政协委员|和) nor a list (伊朗工业、
    矿业|和贸易部, which the ministries' rule reads), nor holds a verb of acting together (中国残联|会同|工业和
    信息化部); what follows it is no body the dictionary names whole (和|国家文物局/nt)."""
    heads, before, after = org_heads(), name[:at], name[at + 1:]
    if not (at and name.endswith(heads)) or "、" in before or before.endswith(heads) or is_place_name(before):
        return False
    if word_ending(before, _TITLES) or word_ending(before, _NATIONAL_BODIES) or any(j in before for j in _AGENCY_JOINERS):
        return False
    words_before, words_after = tokenizer().lcut(before), tokenizer().lcut(after)
    if word_tags().get(words_before[-1], "") in _BODY_WORD_TAGS or is_place_name(words_before[-1]):
        return False
    return word_tags().get(words_after[0], "") not in _BODY_WORD_TAGS


_FIELD_JOINERS = frozenset(word_set("field_joiners"))
_TITLES = tuple(ordered_lexicon("titles.txt"))
_NATIONAL_BODIES = longest_first(alias_table("national_agencies.tsv"))
_BODY_WORD_TAGS = pos_tags("body_word")


def _deputy_glued_on(text: str, start: int, end: int) -> bool:
    """Whether [start, end) ends with the first character of a deputy's title written after it (副:
    全国人大副|委员长, the title 副委员长 of data/lexicon/titles.txt), what stands before that a name of three
    characters or more."""
    title = title_at(text, end - 1)
    return end - start >= 4 and title is not None and title[0] == text[end - 1] and title[1:] in lexicon("titles.txt")


def _a_place(name: str) -> bool:
    return is_place_name(name) or name in abbreviations()


def _joined_by_a_preposition(an: Analysis, start: int, end: int) -> tuple[int, int] | None:
    """(where the first name ends, where the second starts) of a span that holds a preposition joining
    two names (word set joining_prepositions: 同, 愿同, 会同), which the segmenter reads alone (松园|同|法国)
    or glued to the next or the last word as a word it only guesses (京同|欧洲理事会, 同古共|中央政治局,
    薛祥同): never inside a word it knows (同胞, 大同, 协同, 同江).  What follows it is a name: one of the
    lists, or a word the dictionary knows as a proper noun first (欧洲理事会/nt), or nothing where the
    span ends with it (在|京同/LOC|来华); or it ends in an organisation's head after a place or another
    (中国|同海合会, 国家体育总局|会同|国家发展改革委).  None if it holds none."""
    text, tags = an.text, word_tags()
    for k in range(start, end):
        if text[k] != "同":
            continue
        token = an.token_at(k)
        if token is None or token[1] <= k:
            continue
        word = token[2]
        if word in tags and word != "同" and word not in _JOINING_PREPOSITIONS:
            continue  # 同胞, 大同, 同江: a word the dictionary knows
        if word not in tags and token[0] != k and token[1] != k + 1:
            continue  # a guessed word with 同 inside is no preposition glued on
        if word not in tags and token[0] == k and token[1] == k + 2 and k > start:
            # nor on a single character (山东|同力|化工有限公司 (桓台县's site, 2019): the firm's name, 同力; but
            # 同古共|中央政治局 holds 古共)
            continue
        first = next((k + 1 - len(p) for p in _JOINING_PREPOSITIONS
                      if k + 1 - len(p) >= start and text.startswith(p, k + 1 - len(p))), k)
        left, right = text[start:first], text[k + 1:end]
        if not left and not right:
            return None
        first_tag = tags.get(tokenizer().lcut(right)[0], "") if right else ""  # of the first word after it
        if right and left and first_tag.startswith("v"):
            return first, end  # 在|京同来华/LOC|进行国事访问 (the model's 京同…, as in xwlb-20231219-04's 京同/LOC): a verb follows, the place ends
        if right and not (_a_place(right) or any(_a_place(right[:i]) for i in range(1, len(right)))
                          or first_tag in _NAMED_WORD_TAGS
                          or ((left.endswith(org_heads()) or _a_place(left)) and right.endswith(org_heads()))):
            continue
        return first, k + 1
    return None


def _region_named(an: Analysis, c: Candidate, name: str) -> Candidate | None:
    """The place a name the model read as a person's names by its kind word (word set
    region_kinds: 州, 邦, 省, 市): 印度|奥里萨邦/PER|列车脱轨 (xwlb-20230603-01), 在|别尔哥/LOC|罗德州/PER|发动袭击
    (xwlb-20230816-10; jieba: 别尔哥罗德|州): a name that is no Chinese name, or the end of a
    place's name the model read apart where the segmenter reads one word across both, ending in
    the kind of a foreign region or city.  None if it is no such name."""
    kind = word_ending(name, _REGION_KINDS, default=None)
    if kind is None or len(name) - len(kind) < 2:
        return None
    before, word = _model_token_at_end(an, c.start), an.token_at(c.start)
    if before is not None and before.tag == "LOC" and word is not None and before.start <= word[0] < c.start:
        return Candidate(before.start, c.end, "Place", c.source, c.score)
    if not chinese_name(name):
        return Candidate(c.start, c.end, "Place", c.source, c.score)
    return None


# the kind words of foreign regions and cities (州, 邦, 省); the kinds of armed units and parties (旅, 党)
_REGION_KINDS = longest_first(word_set("region_kinds"))
_ORGANISATION_TAILS = frozenset(word_set("organisation_tails"))


def _venue_after_division(an: Analysis, c: Candidate, name: str) -> int:
    """The length of a named venue a place name ends in after a Chinese division's name: a word
    of three or more characters that jieba's dictionary holds as a place's name (ns), or as an
    institution's (nt) with no noun after it (在|北京人民大会堂/LOC|举行, 北京|钓鱼台国宾馆, 新疆|塔克拉玛干沙漠:
    xwlb-2023, 74 times a year for 人民大会堂; EVENTS.md places such a gathering in 北京市 and
    人民大会堂); 0 when there is none.  Not a foreign name written in transliterating characters
    (安达卢西亚, where 安达 is a city), nor a rest that opens with a division's name (北京|北海公园, 新疆|吉木萨尔), that runs on
    into the next word (义乌|国际商贸|城) or that an institution's noun follows in the model's reading (于都|中央红军|长征)."""
    if all(ch in transliteration_characters() for ch in name):
        return 0
    names = gazetteer().all_names
    for length in range(len(name) - 3, 1, -1):
        division, rest = name[:length], name[length:]
        if division not in names:
            continue
        tag = word_tags().get(rest, "")
        if (tag not in _VENUE_TAGS or rest.endswith(org_heads()) or rest.endswith(_DIVISION_ENDINGS)
                or any(rest[:k] in names for k in range(2, len(rest) + 1)) or c.end not in an.boundaries):
            return 0
        after = an.model_token_at(c.end)  # the model's word: jieba's dictionary holds 会见 as a noun
        if tag == "nt" and after is not None and after.tag.startswith("n"):
            return 0
        return len(rest)
    return 0


_VENUE_TAGS = frozenset(("ns", "nt"))
_COMPASS = frozenset("东南西北")
_DIVISION_ENDINGS = tuple(row.suffix for row in DIVISION_SUFFIX_ROWS)  # 区 too: 开发区, 新区


@cache
def _rulers_titles() -> frozenset[str]:
    """Leaders' titles (data/lexicon/leader_titles.txt: 总统, 埃米尔) and the rulers' titles that are
    titles only after a country (word set rulers_after_a_country: 苏丹)."""
    return frozenset(ordered_lexicon("leader_titles.txt")) | frozenset(word_set("rulers_after_a_country"))


@cache
def country_and_ruler(name: str) -> tuple[str, str] | None:
    """(the country, the title) a place's name opens with when the segmenter reads it as a country
    of the world list and a ruler's title, each a word of its own (阿曼|苏丹, 卡塔尔|埃米尔|塔|米姆);
    None otherwise (苏丹|总统府 is a place: jieba reads 总统府 whole)."""
    words = tokenizer().lcut(name)
    if len(words) < 2 or words[1] not in _rulers_titles():
        return None
    return (words[0], words[1]) if is_country(words[0]) else None


def _country_starting(text: str, character: str) -> bool:
    """Whether ``text`` names a country or foreign region whose name starts with ``character``."""
    return character in _countries_first_characters(text)


@lru_cache(maxsize=1)
def _countries_first_characters(text: str) -> frozenset[str]:
    """The first characters of the countries and foreign regions ``text`` names (洪 of 洪都拉斯),
    found once per text: repair asks for each person it reads (洪方, 俄乌), and reading the
    article's world names each time was quadratic in a long one (a story of 200 000 characters
    asked it hundreds of times, 11 s).  Keyed by the text itself, so it cannot be stale."""
    return frozenset(name[0] for _, _, name in world_finder()(text))


def _one_place_each(c: Candidate) -> list[Candidate]:
    return [Candidate(c.start + i, c.start + i + 1, "Place", c.source, c.score) for i in range(c.end - c.start)]


def _place(c: Candidate, name: str) -> list[Candidate]:
    """A place whose name is a kind (花园小区, 幸福花园: a common word and a place
    head) is not a named place."""
    head = word_ending(name, ordered_lexicon("place_suffixes.txt"), shorter=True, default=None)
    if head:
        modifier = name[:-len(head)]
        if (word_tags().get(modifier, "") in _DESCRIPTIVE_TAGS or modifier in lexicon("generic_names.txt")
                or modifier in ordered_lexicon("place_suffixes.txt")):
            return []
    return [Candidate(c.start, c.end, "Place", c.source, c.score)]


@cache
def _role_endings() -> tuple[str, ...]:
    """Titles (data/lexicon/titles.txt) and the words of a role that are no titles there
    (word set role_words: 代表, 主委), longest first."""
    return longest_first(lexicon("titles.txt") | frozenset(word_set("role_words")))


def _a_title_or_spouse_before(text: str, at: int) -> bool:
    """Whether a title, or a word of whose spouse (word set spouse_words: 夫人), ends right before ``at``: 土库曼斯坦民族领袖、
    人民委员会主席|夫人|别/d|尔德穆哈梅多娃/PER (xwlb-20231018-05) names the wife as 总统|别/d|尔德穆哈梅多夫 names him."""
    return title_before(text, at) or text.endswith(tuple(word_set("spouse_words")), 0, at)


def _whole_transliterated_name(an: Analysis, start: int, end: int) -> tuple[int, int]:
    """The span of a foreign name the model cut after its first character, which it read
    as a word of its own: the segmenter guesses the whole name as one word it does not know
    (柬埔寨国王|西/f|哈莫尼/PER|和, jieba 西哈莫尼, xwlb-20230224-01), or a title ends right before
    that character (俄罗斯外交部发言人|扎/v|哈罗娃/PER, xwlb-20230205-11).  The character is one of
    transliterated names (:func:`transliteration_characters`: 西, 扎)."""
    text = an.text
    before = _model_token_at_end(an, start)
    if (before is not None and before.start < start - 1 and text[start - 1] in transliteration_characters()
            and title_before(text, start - 1) and not title_before(text, start)):
        # 乌拉圭众议长|安杜哈尔 (xwlb-20230419-05; the model: 长安/LOC|杜哈尔/PER, jieba 众议|长安|杜|哈尔): the
        # model read a title's last character and the name's first as one word; the title ends before it
        return start - 1, end
    if (before is not None and start >= 2 and end - start >= 4 and not reads_as_chinese(text[start:end])
            and not chinese_name(text[start - 1:end]) and _CJK.match(text[start - 1])
            and text[start - 1] not in _GLUED_CHARACTERS and (
                (before.end - before.start == 1 and before.tag in _MODEL_ADVERBS and _a_title_or_spouse_before(text, start - 1))
                or (before.end - before.start == 1 and before.tag == "v" and title_before(text, start - 1)
                    and (first := an.model_token_at(start)) is not None and first.end < end)
                or (before.end - before.start == 2 and text[start - 2] in _GLUED_CHARACTERS
                    and text[start - 2:start] not in word_tags()  # not 对此|斯蒂芬·米勒德
                    and an.token_at(start - 2) is not None and an.token_at(start - 2)[:2] == (start - 2, start)))):
        # 土库曼斯坦总统|别/d|尔德穆哈梅多夫/PER (xwlb-20230508-02): a character the model read as an adverb
        # between a title and a long foreign name is the name's first; 习近平主席|同别/v|尔德穆哈梅多夫
        # (xwlb-20231016-10; jieba: 同别): a preposition glued to it (同, 与: word sets glued_words,
        # glued_tails) is not; 蒙古总统|呼/v|日勒/PER|苏赫/PER (xwlb-20231221-11; 6 a year): a verb's character, where the
        # model cut the rest of the name too
        return start - 1, end
    if before is None or before.end - before.start != 1 or before.tag in _MODEL_TYPES or before.tag in _FUNCTION_WORDS:
        return start, end
    first = start - 1
    if _stranded(an, first, end):
        return first, end
    if text[first] not in transliteration_characters():
        return start, end
    around = an.token_at(first)
    guessed = (around is not None and around[0] == first and around[1] == end
               and around[2] not in word_tags())  # 西哈莫尼: one word the dictionary lacks
    if guessed or (first > 0 and title_before(text, first)):
        return first, end
    return start, end


def rest_of_a_foreign_name(an: Analysis, start: int, end: int) -> int:
    """How many characters of a foreign name a reading of it left out after its end, which the model
    reads as a word of no name: 哈萨克斯坦外长|努尔特/PER|列吾/v|会晤 (xwlb-20230412-13; jieba: 努尔|特列|吾:
    the leader read after the title ends at jieba's 特列), 新闻学院院长|格雷特/PER|施莱格/v|、 (pd-dev-01191;
    jieba: 施|莱格); 0 if none.  The model's word after the end, or across it, is two or three characters
    that are no word of the dictionary and that the segmenter does not open a word of it with at the end
    (not 普京|访华, 拜登|政府), read as neither a name nor a time; the name before it reads as no Chinese
    name (not 王毅|出席)."""
    tokens = an.model_tokens or ()
    at = bisect.bisect_right(tokens, end, key=lambda t: t.start) - 1
    following = tokens[at] if at >= 0 and tokens[at].start <= end < tokens[at].end else None
    if (following is not None and following.start == end and an.text[following.start:following.end] in
            word_set("uncounted_spans") and not reads_as_chinese(an.text[start:end]) and at + 1 < len(tokens)
            and tokens[at + 1].start == following.end and tokens[at + 1].tag == "TIME"):
        # 乌克兰武装部队总司令|扎卢/PER|日内/TIME|当天/TIME|表示 (xwlb-20231229-14; 4 a year): a span of days counts
        # nothing with no number before it, and another time follows: the end of the name (but 泽连斯基|日内|前往|华盛顿:
        # within days)
        return following.end - end
    if (following is None or not 2 <= following.end - following.start <= 3 or following.start < start + 2
            or not following.tag.startswith(_GUESSED_TAGS)):
        return 0
    word, text = an.text[following.start:following.end], an.text
    if (not CJK_RUN.fullmatch(word) or word in word_tags() or word.endswith(tuple(_rulers_titles()))
            or title_before(text, following.end) or text[end] in _GLUED_CHARACTERS or text[end] in AFTER_NAME):
        return 0  # not a title (塔米姆|埃米尔), nor a word glued on (克里斯亚蒂诺|等人)
    # both written in the characters of transliterated names, the name mostly, the word half (not 律己|律夫,
    # 岭峻|石险; 列|吾)
    name = text[start:following.start].replace("·", "")
    if not (2 * _transliterating(name) > len(name) and 2 * _transliterating(word) >= len(word)):
        return 0
    opening = an.token_at(end)
    if opening is not None and opening[0] == end and opening[1] - end >= 2 and opening[2] in word_tags():
        return 0
    if word.endswith(_REGION_KINDS) or word.endswith(ordered_lexicon("place_suffixes.txt")):
        return 0  # a place's name: 萨斯喀彻温|省, 安东诺夫斯|基桥
    # the name ends the phrase: a mark or a verb follows (列吾|会晤/v), not a noun or a number (马克龙|共进|晚餐,
    # 扎泽尔果德|有约|19万)
    after = an.model_token_at(following.end)
    if after is None or not (after.tag == "w" or after.tag.startswith("v")):
        return 0
    return following.end - end


def _end_of_a_place_word(an: Analysis, start: int, end: int) -> bool:
    """Whether [start, end) ends a word of the dictionary tagged a place's (ns) that a place the model
    reads opens: 德国/LOC|马克 (jieba: 德国马克/ns) names a thing of that place, not a person."""
    around = an.token_at(start)
    if around is None or not (around[0] < start and around[1] == end) or word_tags().get(around[2], "") != "ns":
        return False
    before = _model_token_at_end(an, start)
    return before is not None and before.tag == "LOC" and before.start == around[0]


def _model_edges(an: Analysis, start: int, end: int) -> bool:
    """Whether the model's words start at ``start`` and end at ``end``."""
    return an.model_token_at(start) is not None and _model_token_at_end(an, end) is not None


def _before_a_noun(an: Analysis, offset: int) -> bool:
    """Whether the model reads a noun or a structural particle (的) right at ``offset``."""
    following = an.model_token_at(offset)
    text = an.text
    return (following is not None and (following.tag == "n" or following.tag == "u")
            and not text.startswith(tuple(_rulers_titles()), offset) and title_at(text, offset) is None)


def _transliterating(word: str) -> int:
    """How many characters of ``word`` write transliterated names (:func:`transliteration_characters`)."""
    return sum(ch in transliteration_characters() for ch in word)


# the model's tags of a word it does not know after a name, which may be the name's rest: a verb or an
# adjective (列吾/v, 施莱格/v), not a noun of place (尤妮斯·杜姆弗|身中/s|多枪), a name, a time or a number
_GUESSED_TAGS = pos_tags("model_guessed_rests")


def _stranded(an: Analysis, first: int, end: int) -> bool:
    """Whether the one character at ``first`` stands alone between a function word and the
    foreign name ending at ``end``, for the segmenter too: 拉法|和|汗/n|尤尼斯/PER (xwlb-20231017-21;
    jieba: 和|汗|尤|尼斯), 杰巴利耶|与|汗|尤尼斯, 南部城市|汗|尤尼斯 (the Gazan town 汗尤尼斯, cut in 16 stories
    of 2023).
    A noun of one character (the model's; 汗 writes no other foreign name) neither joins the
    function word before it nor opens a phrase with the name, which reads as no Chinese name (not
    横幅下方|是/v|李克强, 不仅|有/v|高明斌)."""
    alone, before = an.token_at(first), an.token_at(first - 1) if first else None
    model = an.model_token_at(first)
    return (alone is not None and alone[:2] == (first, first + 1) and before is not None
            and model is not None and model.end == first + 1 and model.tag == "n"
            and (word_tags().get(before[2], "")[:1] in _JOINING_TAGS or before[2] in _PLACE_KINDS_BEFORE)
            and not reads_as_chinese(an.text[first + 1:end])
            and end - first >= 3)


_ISLANDS = word_set("island_endings")
# what a person does, written right after the name that opens a clause (洛桑江村|参加会见), and the marks
# that open one
_ATTENDING = longest_first(word_set("attending_verbs"))
_CLAUSE_STARTS = frozenset("。，；：！？\n、")
_ROAD_HEADS = word_set("road_heads")
_SEASONS = frozenset("春夏秋冬")
_CROPS = frozenset(word_set("crops"))

# jieba's tags of the words after which a character standing alone starts a name: a conjunction,
# a preposition, a localiser, a particle (和|汗|尤尼斯, 南部|汗|尤尼斯, 南部的|汗|尤尼斯); and the kinds of place
# written before a town's name (南部城市|汗|尤尼斯, xwlb-20231206-12)
_JOINING_TAGS = ("c", "p", "f", "u")
_PLACE_KINDS_BEFORE = frozenset(word_set("place_kinds_before"))


def listed_with_a_person(an: Analysis, c: Candidate) -> bool:
    """Whether the model reads a person's name right after ``c`` and a mark or conjunction of a list
    (严良|和|李培智), or right before them (李培智|、|严良)."""
    after = an.model_token_at(c.end)
    if after is not None and an.text[after.start:after.end] in LIST_MARKS:
        following = an.model_token_at(after.end)
        if following is not None and following.tag == "PER":
            return True
    before = _model_token_at_end(an, c.start)
    if before is not None and an.text[before.start:before.end] in LIST_MARKS:
        preceding = _model_token_at_end(an, before.start)
        return preceding is not None and preceding.tag == "PER"
    return False




def named_after_a_title(an: Analysis, name: str) -> bool:
    """Whether the article writes a name the model reads as a person's right after a title
    (data/lexicon/titles.txt, leader_titles.txt, word set titles_before_foreign_names) somewhere:
    美国国会参议院多数党领袖|舒默/PER|率领 (xwlb-20231009), then |舒默/PER|等表示 (jieba's dictionary
    holds 舒默 as an adjective)."""
    titles = _titles_before_names()
    at = an.text.find(name)
    while at >= 0:
        if title_before(an.text, at) or an.text.endswith(titles, 0, at):
            return True
        at = an.text.find(name, at + 1)
    return False


@cache
def _titles_before_names() -> tuple[str, ...]:
    return (*ordered_lexicon("leader_titles.txt"), *word_set("titles_before_foreign_names"))


def _model_token_at_end(an: Analysis, offset: int):
    """The model's word that ends at ``offset``, or None."""
    tokens = an.model_tokens or ()
    at = bisect.bisect_left(tokens, offset, key=lambda t: t.end)
    return tokens[at] if at < len(tokens) and tokens[at].end == offset else None


# the model's tags of names, and of function words (主席|和/c|普京: no name's first character)
_MODEL_TYPES = frozenset(("PER", "ORG", "LOC"))
_FUNCTION_WORDS = pos_tags("model_function_words")
_MODEL_ADVERBS = pos_tags("model_adverb")


_TITLE_ENDS_TAGS = pos_tags("leader_name_stops") | pos_tags("model_verbs") | {"w"}


def _before_a_leaders_title(an: Analysis, c: Candidate) -> bool:
    """Whether a leader's title follows [c.start, c.end) and ends the phrase: the model reads
    the title as a word and a function word, a verb or a mark after it (总统|对/p|他)."""
    title = next((t for t in ordered_lexicon("leader_titles.txt") if an.text.startswith(t, c.end)), None)
    if title is None:
        return False
    token, following = an.model_token_at(c.end), an.model_token_at(c.end + len(title))
    return (token is not None and token.end == c.end + len(title) and following is not None
            and following.tag in _TITLE_ENDS_TAGS)


def _leader_cut_before_a_title(an: Analysis, start: int, end: int) -> bool:
    """Whether a name of two characters or more, half of them or more characters of transliterated names
    (:func:`transliteration_characters`), is followed by one more such character that the model reads as a
    word of no name and then a leader's title (data/lexicon/leader_titles.txt): 欧尔/ORG|班/n|总理; not where
    the name and that character are a place of the lists (阿联|酋|总统: a country's leader), nor where the name
    ends in a body's or a place's head or the character is a word of function (巴西国会、联邦最高法院|和|总统府)."""
    text = an.text
    name = text[start:end]
    if (end - start < 2 or end >= len(text) or text[end] not in transliteration_characters()
            or text[end] in _GLUED_CHARACTERS or name.endswith(org_heads()) or name.endswith(place_heads())
            or 2 * _transliterating(name) < len(name)
            or is_place_name(text[start:end + 1]) or is_place_name(name)):
        return False
    following = an.model_token_at(end)
    if (following is None or following.end != end + 1 or following.tag in _MODEL_TYPES
            or following.tag in _FUNCTION_WORDS):
        return False  # 联邦最高法院|和/c|总统府: a conjunction between two names
    return any(text.startswith(title, end + 1) for title in ordered_lexicon("leader_titles.txt"))


def _leader_title_cut(text: str, start: int, end: int) -> int:
    """How many characters of a leader's title (王储, 埃米尔) a name ending at ``end`` holds,
    the title going on after it; 0 if none, or if nothing of the name would be left."""
    for title in ordered_lexicon("leader_titles.txt"):
        for k in range(1, len(title)):
            if end - k - start >= 2 and text.endswith(title[:k], start, end) and text.startswith(title[k:], end):
                return k
    return 0


def _first_character_of_the_next_word(an: Analysis, start: int, end: int) -> bool:
    """Whether a name's last character starts a word of jieba's dictionary that runs on past it by a
    word of two characters or more (费萨尔|通电话: 电话), what jieba reads before it being two characters
    or more (费萨尔): the character is the next word's, not the name's.  Not where only one character
    follows (法国总理|博尔内/PER|在, jieba 博尔|内在; 丁薛祥/PER|和, jieba 丁薛|祥和: the names are whole), nor
    where the word is a noun (努赛|赖特难/PER|民营, jieba 赖特|难民营: a camp's name, no person's)."""
    token = an.token_at(end - 1)
    return (token is not None and token[0] == end - 1 and token[1] - end >= 2 and end - 1 - start >= 2
            and word_tags().get(token[2], "").startswith(_GLUED_WORD_TAGS) and an.text[end:token[1]] in word_tags()
            and start in an.boundaries)


def _cuts_a_word(an: Analysis, start: int, end: int, person: bool = False) -> bool:
    """Whether a span starts or ends inside a word of the segmenter's dictionary that is
    not a name (the model's boundary is then the wrong one), or a person's name ends inside
    an organisation's name the dictionary holds whole.  A person's name may end
    inside one when the rest of it starts the word after the name, read apart by the model:
    国家副主席|韩正|在/p|北京 (jieba: 韩|正在, xwlb-20230328-04)."""
    tags = word_tags()
    for edge in (start, end):
        if edge in an.boundaries:
            continue
        token = an.token_at(edge)
        if token is not None and tags.get(token[2], "nr")[:2] not in ("nr", "ns", "nt", "nz"):
            if person and edge == end and an.text[end] in AFTER_NAME and _model_word_at(an, end):
                continue
            if person and edge == start and token[0] == start - 1 and title_before(an.text, start) \
                    and chinese_name(an.text[start:end]):
                # 常务副主任|何茂/PER (jieba: 主|任何|茂; 松桃网, 2021): the title's last character and the name's first
                continue
            return True
        if person and edge == end and token is not None and tags.get(token[2], "") == "nt" and token[0] <= start:
            return True  # 军乐/PER|团奏 (xwlb-20230331-06; jieba: 军乐团/nt): a name's end inside an organisation's
    return False


def _abbreviated(name: str) -> bool:
    """Whether an organisation's name starts with a division abbreviated to its level: the level
    character as a word of its own or glued to a head (县|法院, 市委|宣传部, 省委), or after a word
    that points to the division (该|区, 全市, 本县, 全国).  Not a name whose first word merely starts
    with such a character (镇南|小学, 全兴队, 全国人大常委会法工委|研究室, 市场监管总局: pd-dev)."""
    if name[0] not in _LEVEL_ABBREVIATIONS:
        return False
    first = tokenizer().lcut(name)[0]
    if name[0] not in LEVEL_CHARACTERS:
        return len(first) <= 2  # 该区, 全市, 本县, 全国 (not 全兴队, 全国人大, 全国青联)
    return len(first) == 1 or first[1:].endswith(org_heads())


def _name_before_a_word(an: Analysis, start: int, end: int) -> bool:
    """Whether a person's name the model read ends one or two characters inside a word of the
    dictionary that is no name, and the segmenter reads a name the dictionary knows right
    before that word: 穆萨敦/PER|促 (jieba: 穆萨/nrt|敦促/v, pd-dev-02221); 费萨尔通/PER|电话 (费萨尔 is nr, and
    not all transliteration characters) is _first_character_of_the_next_word's.  Only a foreign name (the dictionary's nrt, or transliteration
    characters only): 李强强 may be a Chinese name whole (李强强|调 is kept as the model reads it), and nr
    also tags common words (麦田|春管, xwlb-20230324-05); not a place the dictionary tags nr (尼日尔|政变),
    nor before a title (王东明副|委员长)."""
    if end in an.boundaries:
        return False
    word = an.token_at(end)
    tags = word_tags()
    if word is None or not (start + 2 <= word[0] < end) or word[0] not in an.boundaries or word[2] not in tags:
        return False
    name = an.text[start:word[0]]
    tag = tags.get(name, "")
    foreign = tag == "nrt" or all(ch in transliteration_characters() for ch in name)
    return (tag in _DICTIONARY_NAMES and foreign and not is_place_name(name)
            and tags[word[2]].startswith(_GLUED_WORD_TAGS))


# the dictionary's tags of names, and of the words whose first character the model glues to a name:
# verbs, prepositions, set phrases (敦促/v, 通电话/l), not nouns (王东明副|委员长/n: the posts stage's)
_DICTIONARY_NAMES = pos_tags("dictionary_name")
_GLUED_WORD_TAGS = pos_tags("glued_word_heads")


def _enclosing_quote(an: Analysis, start: int, end: int) -> tuple[int, int] | None:
    held = an.quote_index.holding(start, end)
    return held[0] if held else None


_SIDES = word_set("sides")
_WEATHER = word_set("weather")


def _last_character_before_a_date(an: Analysis, end: int) -> bool:
    """Whether the one character at ``end`` is the last of a name the model cut before a
    date (欧尔|班|27日): the model reads it alone, no function word, then a date in digits."""
    text = an.text
    following, date = an.model_token_at(end), an.model_token_at(end + 1)
    return (following is not None and following.end == end + 1 and bool(_CJK.match(text[end]))
            and following.tag not in _MODEL_NOT_NAME_TAGS and text[end] not in AFTER_NAME
            and date is not None and date.tag == "TIME" and text[end + 1].isdigit())


_GIVEN_NAME_LOCALISERS = frozenset(word_set("given_name_localisers"))
_NAME_ENDERS = pos_tags("name_enders")


def _last_character_a_localiser(an: Analysis, start: int, end: int) -> bool:
    """Whether the one character at ``end`` is the last of a Chinese name the model read as a
    surname and one character: 国务院副总理|刘国/PER|中/f|出席会议 (xwlb-20230712-04), 张国清|、|刘国|中|出席
    (xwlb-20230313-04; jieba: 刘国|中 too).  The character is a localiser that ends given names
    (word set given_name_localisers: 中, 东; not 后: 会见|王毅|后), read alone by both segmenters,
    and a mark, a verb or a date follows it (pos tags name_enders)."""
    text = an.text
    if end - start != 2 or not chinese_name(text[start:end + 1]) or text[end:end + 1] not in _GIVEN_NAME_LOCALISERS:
        return False
    following, after = an.model_token_at(end), an.model_token_at(end + 1)
    return (following is not None and following.end == end + 1 and end + 1 in an.boundaries and end in an.boundaries
            and after is not None and after.tag in _NAME_ENDERS)


def _model_word_at(an: Analysis, offset: int) -> bool:
    """Whether the model reads a word of its own starting at ``offset``, not a name."""
    token = an.model_token_at(offset)
    return token is not None and token.tag != "PER"


_MESSAGES = longest_first(word_set("message_words"))


def _extend_name(an: Analysis, c: Candidate, name: str) -> Candidate:
    """罗豪|才主持, 冈田|武史说: the model stopped inside a name that the segmenter
    reads whole (a word it does not know, or knows as a name)."""
    if _last_character_before_a_date(an, c.end) or _last_character_a_localiser(an, c.start, c.end):
        # 匈牙利总理|欧尔|班|27日|表示: the model ended the name one character early, before a date
        return Candidate(c.start, c.end + 1, c.type, c.source, c.score)
    token = an.token_at(c.start)
    if token is not None and token[1] == c.end and len(name) == 2 and chinese_name(name + "x"):
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
            word not in word_tags() and an.text[c.end] in AFTER_NAME and _model_word_at(an, c.end)):
        # 秘书长|刘奇|作|了|说明, 总统|卢拉|将|于, 书记|李希|在|研讨班: the segmenter guessed a word
        # it does not know (刘奇作) where the model reads the name and the next word apart; a
        # character that ends no given name is never taken (副主席|邵鸿|作|提案)
        return c
    if chinese_name(name) and not chinese_name(word):
        return c  # a Chinese name has at most two characters after its surname
    if token[1] - c.end == 1 and an.text[c.end] == "致" and an.text.startswith(_MESSAGES, token[1]):
        # 印度总统穆尔穆、总理|莫迪|致|慰问电 (xwlb-2023; jieba: 莫迪致|慰问电): the verb of sending a message
        # (word set message_words) is no part of the name before it
        return c
    return Candidate(c.start, token[1], c.type, c.source, c.score)


def _firm_name_before_its_place(an: Analysis, start: int) -> int | None:
    """Where a firm's own name starts that its place in brackets follows, right before ``start`` (科尔尼|(上海)|…),
    or None: the model's name that ends at the bracket, else the shortest run of two to six characters from a
    word's start with no word of function in it (not 长杨军民和|科尔尼)."""
    text = an.text
    place = _FIRM_PLACE.search(text, max(0, start - 6), start)
    if place is None:
        return None
    opened = place.start()
    model = next((t.start for t in an.model_tokens_between(max(0, opened - 8), opened)
                  if t.end == opened and t.tag in ("PER", "ORG", "LOC", "nz")), None)
    if model is not None:
        return model
    return next((opened - k for k in range(2, 7) if opened - k in an.boundaries
                 and all(_CJK.match(ch) for ch in text[opened - k:opened])
                 and not any(ch in _GLUED_CHARACTERS or ch == "的" for ch in text[opened - k:opened])), None)
