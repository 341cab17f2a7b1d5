"""The recognisers that propose candidates for the fusion: typed spans, not yet linked.

- :func:`model_candidates`: the trained model's PER/ORG/LOC words, pieces of one
  transliterated name joined, an organisation completed up to its head, each repaired
  (:mod:`.repair`);
- :func:`known_names`: the white list's names where they stand as words;
- :func:`speakers`: a Chinese name opening a line before a colon (姜山：…), who speaks;
- :func:`leaders`: a name next to a leader's title that the model missed;
- :func:`foreign_leaders`: the whole name after a foreign country and a leader's title
  (匈牙利总理|欧尔班), and the same name elsewhere in the article;
- :func:`doctrines`: the person a doctrine is named after (马克思|主义);
- :func:`names_in_titles`: the people a work's title names (《李白》, 《致|江绍原》, 《李中贤|诗文集》);
- :func:`appointees`: the people a verb of taking or leaving a post names before its joiner
  (任命|阴和俊|为|…, 免去|…|的|…职务);
- :func:`world_places`: countries and foreign regions by name, and the organisations
  named after them (挪威|议会).

The proposers of organisations alone (ministries, periodicals, units, …) are in
:mod:`.organisations`.  :mod:`.fusion` chooses among them; :mod:`.linkers` turns the chosen
into mentions.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import cache

from ..gazetteer import gazetteer
from ..merge import agency_kind
from ..resources import data_words, lexicon, longest_first, offsets, ordered_lexicon, pos_tags, word_set, word_tags
from .analysis import Analysis, SpanIndex
from .candidates import Candidate
from .lexicons import (CLAUSE_MARKS, abbreviations, common_words, person_roles, false_org_heads, inside_a_compound_head, is_place_name, joint_government, known_finder, known_types,
                       org_heads, place_heads, post_verbs, transliteration_characters, vetoes, word_ending, world_finder, world_names)
from .recognisers.divisions import BEFORE_LEVEL_WORDS, LEVEL_CHARACTERS
from .names import anonymous_tails, chinese_name, read_name, reads_as_chinese, surnames, tibetan_name, title_at, title_before
from .repair import (GLUED_TAILS, country_organisation, fields_joined, glued_verb, listed_with_a_person, named_after_a_title,
                     repair)
from .world import _home_names  # China's own names: its leaders' titles are not foreign ones
from .world import country_abbreviations, is_country
from .world import world_names as world_rows

__all__ = ["appointees", "doctrines", "foreign_leaders", "known_names", "leaders", "model_candidates", "names_in_titles",
           "speakers", "world_places"]

_CJK = re.compile(r"[\u4e00-\u9fff]")
_NAME_WORD_TAGS = pos_tags("personal_name")
_MODEL_NAME_TAGS = pos_tags("model_name")
_NOT_NAME_WORD_TAGS = pos_tags("not_in_joined_names")
_DICTIONARY_NAME_TAGS = pos_tags("dictionary_name")
_SHORT_ORG_TAGS = pos_tags("short_organisation")
_LEVEL_ABBREVIATIONS = frozenset(word_set("level_abbreviations"))
_NAME_JOINERS = "".join(word_set("name_joiners"))  # tested as a string: a token of them, or none at the end
# the model's entity tags and the kgraph type each proposes
_MODEL_TYPES = {"PER": "Person", "ORG": "Agency", "LOC": "Place"}


def known_names(an: Analysis) -> list[Candidate]:
    """The white list's names where they stand as whole words, of the segmenter or of the
    model: 俄罗斯|国家|杜马/PER|主席 (xwlb-20230130-10; jieba reads 俄罗斯国家杜马 as one word)."""
    known = known_types(an.lexicon_dir)
    edges = an.boundaries | {t.start for t in an.model_tokens or ()} | {t.end for t in an.model_tokens or ()}
    # (not a given name inside a person's the model reads: 副县长|李/海军/PER, 张海军 (a county's page, 2021; jieba:
    # 李|海军), no navy)
    people = SpanIndex((t.start, t.end) for t in an.model_tokens or () if t.tag == "PER")
    # (nor the given name after a surname the model reads alone: 石红梅、|慕/PER|海军|、赵恩华, a county's page, 2022)
    surnames_alone = {t.end: t.start for t in an.model_tokens or () if t.tag == "PER" and t.end - t.start == 1}
    return [Candidate(_with_its_country(an, start, word), end, known[word], "lexicon", 1.0)
            for start, end, word in known_finder(an.lexicon_dir)(an.text) if start in edges and end in edges
            and not any(s < start and e >= end and chinese_name(an.text[s:e]) for s, e in people.overlapping(start, end))
            and not (start in surnames_alone and chinese_name(an.text[surnames_alone[start]:end]))]


def _with_its_country(an: Analysis, start: int, word: str) -> int:
    """Where an armed service of the white list starts (word set armed_services): at the one-character name
    of a country written alone right before it, where the article names that country (its name, or its side
    or army: 乌方, 以军), the country's service: 乌方22日称，|乌|空军|对俄方人员…进行打击, 以色列国防军…|以|空军|
    袭击了加沙地带 (xwlb-2023; world: 乌克兰空军, 以色列空军); not China's 空军, nor 以|空军|为主."""
    text = an.text
    country = country_abbreviations().get(text[start - 1:start]) if start else None
    if (word not in _ARMED_SERVICES or country is None or start - 1 not in an.boundaries
            or not (country in text or any(text[start - 1] + side in text for side in "方军"))):
        return start
    return start - 1


_ARMED_SERVICES = frozenset(word_set("armed_services"))


# a line's first words up to a colon, a columnist's word of the match between (word set tipster_words): who
# speaks (姜山：, 金石开：, 陆慧明|解盘：, 关小刀|火线解盘：)
_SPEAKER = re.compile(r"(?m)^([\u4e00-\u9fff]{2,4}?)(?:%s)?[：:]" % "|".join(map(re.escape, longest_first(word_set("tipster_words")))))
# the model's tags of a name's first word: it read a name there, a person's or a place's (姜山/LOC)
_SPEAKER_TAGS = frozenset({"PER", "LOC"})


def speakers(an: Analysis) -> list[Candidate]:
    """姜山：|汉堡最近很是糟糕 (the model: 姜山/LOC), 金石开：|建议关注一下 (the model: 金石/PER|开/v), 陆慧明解盘：|半一盘
    尤文恐负弱旅, 关小刀火线解盘：|霍芬海姆取连胜 (the model: 关/PER|小刀/n), in
    CLUENER's train split (Sina's columns): a line that opens with a Chinese name's shape
    (:func:`chinese_name`, a surname and one or two characters) and a colon, where the model read a
    name (a person's or a place's) from its start, gives the words of the person named, a columnist's
    or a guest's.  Not a place or a word the dictionary knows as other
    than a name (宁夏：|推进大项目建设, 民调：, xwlb-2023 headlines), nor a body or a title
    (民政部：, 俄外长：), nor a word the black list holds (海采：|这个假期去哪儿, a street interview)."""
    tags, out, vetoed = word_tags(), [], vetoes(an.lexicon_dir).get("Person", ())
    named = {t.start for t in an.model_tokens or () if t.tag in _SPEAKER_TAGS}
    for match in _SPEAKER.finditer(an.text):
        name = match.group(1)
        if (match.start(1) not in named or not chinese_name(name) or is_place_name(name) or not tags.get(name, "nr").startswith("nr")
                or name.endswith(org_heads()) or word_ending(name, ordered_lexicon("titles.txt"))
                or name[1:].startswith(anonymous_tails()) or name in vetoed):
            continue
        out.append(Candidate(match.start(1), match.end(1), "Person", "lexicon", 1.0))
    return out


_DICTIONARY_PLACE_TAGS = pos_tags("dictionary_place")


def _dictionary_place_around(an: Analysis, start: int, end: int) -> tuple[int, int] | None:
    """The span of a place of jieba's dictionary (ns) that holds the model's place [start, end) and
    more, which the model reads as places only, side by side; None if there is none."""
    around = an.token_at(start)
    if (around is None or not (around[0] <= start and end <= around[1]) or (around[0], around[1]) == (start, end)
            or word_tags().get(around[2], "") not in _DICTIONARY_PLACE_TAGS):
        return None
    inside = an.model_tokens_between(around[0], around[1])
    if (not inside or inside[0].start != around[0] or inside[-1].end != around[1]
            or any(t.tag != "LOC" for t in inside)
            or any(is_place_name(an.text[t.start:t.end]) for t in inside)):
        # 德国/LOC|马克/PER (jieba: 德国马克/ns): not two places in one; 北京/LOC|王府井/LOC (jieba: 北京王府井/ns):
        # a division or a country of its own and a place in it
        return None
    return around[0], around[1]


_CUT_AT_START_TAGS = {"Place": pos_tags("places_cut_at_start"), "Agency": pos_tags("organisations_cut_at_start")}
_CUT_NAME_FUNCTION_WORDS = pos_tags("cut_name_function_words")


def _start_of_a_cut_name(an: Analysis, start: int, end: int, tags: frozenset[str]) -> int:
    """Where a name the model read starts when it cut a place or a foreign name of jieba's dictionary
    (``tags``, pos sets places_cut_at_start and organisations_cut_at_start) after its first characters and
    read the rest as the name: 流入|第/m|聂伯河/LOC (jieba: 第聂伯河/ns, xwlb-2023), 旧/a|金山/LOC (旧金山/ns),
    好|比/p|雷埃夫斯港/LOC (比雷埃夫斯/nrt), 中/f|美洲议会/ORG (中美洲/ns): at the word's start.  Not where
    the model read a name in what it leaves out (俄/LOC|外交部), nor a word the segmenter only guessed
    (对北|达尔富尔: the dictionary lacks it)."""
    token = an.token_at(start)
    if (token is None or not (token[0] == start - 1 and start < token[1] <= end) or end - start < 2
            or word_tags().get(token[2], "") not in tags):
        return start  # 离京/ns: the model's one character is no cut name; 南部非洲/ns: a part of it before
    before = [t for t in an.model_tokens if t.end > token[0] and t.start < start]
    if any(t.tag in _MODEL_TYPES or t.tag.startswith(_CUT_NAME_FUNCTION_WORDS) for t in before):
        return start  # 俄/LOC|外交部; 到|各/r|乡镇卫生院 (jieba: 各乡镇/ns): a function word, no part of a name
    if not any(t.start == token[0] for t in an.model_tokens):
        return start  # the model's word before runs into the cut word: no edge to start at
    return token[0]


_BEFORE_A_LEVEL = frozenset(BEFORE_LEVEL_WORDS) | frozenset(word_set("coordinating_conjunctions"))


def _a_level_with_no_name(an: Analysis, c: Candidate) -> bool:
    """Whether a place the model read is a preposition, a verb of appointment or a conjunction and a level
    character (word sets before_level_words, coordinating_conjunctions, division_level_characters): a local
    page's 察看了高标准农田建设|和村/LOC|集体经济发展情况, |经县/LOC|十八届人大常委会第十二次会议决定, and
    124个地级市|和县/LOC|市区 (xwlb-20231113-09): the level of a division named by none, no place.  和县 of
    马鞍山市 is read from the gazetteer after its city, by the divisions' stage."""
    name = an.text[c.start:c.end]
    return (c.source == "model" and c.type == "Place" and len(name) == 2 and name[0] in _BEFORE_A_LEVEL
            and name[1] in LEVEL_CHARACTERS)


_LIST_MARKS = "、"
_QUALITY_TAGS = pos_tags("qualities_before_a_head")


def _one_of_parallel_phrases(an: Analysis, c: Candidate) -> bool:
    """Whether a place the model read is an item of a list of phrases that end with its last character,
    a verb or a quality before it: 依法治疆、团结|稳疆/LOC|、文化润疆 (xwlb-20230826-01: to steady Xinjiang),
    严把人选政治关、|廉洁关/LOC|、形象关 (xwlb-20230228-02: the test of integrity): what it opens with is
    a verb or a quality of jieba's dictionary (pos set qualities_before_a_head: 稳/a, 廉洁/a), no list
    of places or the gazetteer holds it, and an item next to it in the list ends with the same character
    and is no place of the lists, nor one the model read.  Not 长江、黄河 (places of the lists), nor a name opening
    with a division's short name (京广、贵广: railway lines)."""
    text = an.text
    name = text[c.start:c.end]
    if (c.type != "Place" or c.source != "model" or not 2 <= len(name) <= 3 or is_place_name(name)
            or name in gazetteer().all_names or word_tags().get(name[:-1], "") not in _QUALITY_TAGS
            or name[0] in abbreviations()):
        return False  # 京广、|贵广|、南广高铁 (xwlb-20230902-10): lines between divisions' short names
    items = []
    if text[c.start - 1:c.start] in _LIST_MARKS:  # the item before: the run of characters up to the mark
        begin = c.start - 1
        while begin > 0 and _CJK.match(text[begin - 1]) and c.start - 1 - begin < 8:
            begin -= 1
        items.append((begin, c.start - 1))
    if text[c.end:c.end + 1] in _LIST_MARKS:  # the item after: the run after the mark
        end = c.end + 1
        while end < len(text) and _CJK.match(text[end]) and end - c.end - 1 < 8:
            end += 1
        items.append((c.end + 1, end))
    return any(end - begin >= 2 and text[end - 1] == name[-1] and not is_place_name(text[max(begin, end - 3):end])
               and not is_place_name(text[max(begin, end - 2):end])
               and not any(t.tag == "LOC" and t.start < end <= t.end for t in an.model_tokens)
               for begin, end in items)


_VERBS_GLUED_TO_NAMES = pos_tags("verbs_glued_to_names")


def _after_a_glued_verb(an: Analysis, start: int, end: int, kind: str) -> int:
    """Where an organisation or a place the model read starts when its first characters end a verb: 共同发起|
    成/v|立实业家委员会/ORG (xwlb-2023; jieba: 成立/v|实业家|委员会), where the model's word before and the
    dictionary's verb start together and the rest ends in an organisation's head; a local page's 领导带队|参观县博物馆/ORG (jieba: 参观|县|博物馆; a word of
    data/lexicon/stop_tokens.txt, which ends a name), where a level or a place opens the rest: the name starts after the verb.  Only where the
    segmenter starts a word there and leaves a name of two characters or more; a place only after a stop
    word (拦|洪削峰/LOC, jieba 拦洪/v|削峰, is no name cut short: the model's guess, not the verb's)."""
    token = an.token_at(start)
    if token is None or token[1] >= end - 1 or token[1] not in an.boundaries:
        return start
    if (kind == "Agency" and token[0] < start and word_tags().get(token[2], "") in _VERBS_GLUED_TO_NAMES
            and any(t.start == token[0] and t.end == start and t.tag.startswith("v") for t in an.model_tokens)
            and an.text[token[1]:end].endswith(org_heads())):
        # 成/v|立实业家委员会; not 开创/v|新时代 (jieba 开|创新|时代: the verb starts inside 开创), nor 展现出/v|
        # 新时代/ORG (jieba 出新|时代: what is left names no body by a head)
        return token[1]
    following = an.token_at(token[1])
    if (token[0] == start and token[1] - token[0] >= 2 and token[2] in lexicon("stop_tokens.txt")
            and following is not None and (following[2] in LEVEL_CHARACTERS or is_place_name(following[2]))):
        return token[1]  # 参观|县博物馆; not 联合|经济委员会, a name (the rest opens with no level nor place)
    return start


def _after_a_title_cut(an: Analysis, start: int, end: int) -> int | None:
    """Where the name starts when the model read a title's last character with the name after it as one
    name, and the segmenter reads the title whole across its start: 会见巴西众议|长里拉/LOC|。 (jieba:
    众|议长|里拉, xwlb-20231019-21), 加拿大众议院议|长安东尼·罗塔/LOC (议长|安东尼, xwlb-20230927-16): the
    holder's name after the title, a person.  Not where the rest is a place of the lists."""
    token = an.token_at(start)
    if token is not None and token[0] < start < token[1] <= end - 2 and title_at(an.text, token[0]) == token[2]:
        after = token[1]
    else:
        # or the title's longest reading runs into the name where the segmenter cut it short: 朝鲜劳动党总书记、
        # 国务委员/ORG|长金正恩/PER (jieba: 国务委员|长|金正恩; the title 国务委员长, xwlb-2023, 4 stories)
        # (a title that opens a word of the segmenter's: not 中|国王|楚钦, 中国 and 王楚钦)
        after = next((b + len(title) for b in range(max(0, start - _LONGEST_TITLE), start)
                      for title in [title_at(an.text, b)] if title and start < b + len(title) <= end - 2
                      and (an.token_at(b) or (-1,))[0] == b), None)
        if after is None:
            return None
    rest = an.text[after:end]
    return None if is_place_name(rest) or not _CJK.match(rest) else after


_LONGEST_TITLE = 6


# the marks a credit line sets between its labels and names (文/摄, 郭毅刚/视频), never inside a name
_CREDIT_MARKS = frozenset("/／|\\")


def _ends_in_a_division(written: str) -> bool:
    """Whether an organisation's words end with a county's, a city's or a province's name or short name, of two or three
    characters, after more than one character of their own (国家火炬|滨海)."""
    if written in known_types():
        return False  # a name the white list holds (摩根大通, JPMorgan Chase: xwlb-2023, three stories; not 大通's)
    return any(len(written) > size + 1 and gazetteer().names_a_county_or_above(written[-size:]) for size in (2, 3))


def _unit_named_after(an: Analysis, end: int) -> int:
    """Where the head of a unit named after the place before ``end`` ends (word set place_named_units: 杜木桥|警务室),
    the head ending a word; 0 if none."""
    head = next((h for h in _PLACE_NAMED_UNITS if an.text.startswith(h, end)), None)
    return end + len(head) if head and end + len(head) in an.boundaries else 0


_PLACE_NAMED_UNITS = longest_first(word_set("place_named_units"))


def model_candidates(an: Analysis) -> list[Candidate]:
    """The model's PER/ORG/LOC words as candidates, boundaries repaired."""
    tokens = an.model_tokens
    text = an.text
    out: list[Candidate] = []
    # the places units are named after on the page (杜木桥|警务室), which name no one where the model reads them alone
    places_of_units = {text[t.start:t.end] for t in tokens if t.tag in ("LOC", "PER") and _unit_named_after(an, t.end)} \
        if any(head in text for head in _PLACE_NAMED_UNITS) else set()  # (a pass over the words only where one is named)
    i = 0
    while i < len(tokens):
        token = tokens[i]
        kind = _MODEL_TYPES.get(token.tag)
        if kind is None:
            i += 1
            continue
        start, end = token.start, token.end
        j = i + 1
        if kind == "Person" and text[start:end] in places_of_units and not _unit_named_after(an, end):
            # 来到辖区|韩渠/PER|十队 … 派出所下设…和|韩渠|警务室 (灵武市's police, 2013): the place the post is named after,
            # no person (its village group no entity: GUIDELINES)
            i += 1
            continue
        if kind in ("Place", "Person") and (unit := _unit_named_after(an, end)):
            # 派出所下设|杜木桥/LOC|警务|室、新华桥警务室和|韩渠/PER|警务|室 (灵武市's police, 2013): a police post named
            # after its place, the model reading the place alone (word set place_named_units)
            while j < len(tokens) and tokens[j].start < unit:
                j += 1
            out.append(Candidate(start, unit, "Agency", "model"))
            i = j
            continue
        if kind == "Person":
            end = _without_a_level_taken(text, start, end)
            mark = next((at for at in range(start, end) if text[at] in _CREDIT_MARKS), end)
            if mark - start < 2 and mark < end:
                # 作者: 胡敏霞 厉胜男 |文//PER|摄 郭毅刚/视频 (a district's page, 2025): a credit's label, nobody; the name
                # after it its own (文/周娜娜 图: 周娜娜)
                start, mark = mark + 1, end
                if mark - start < 2:
                    i += 1
                    continue
            end = mark
            tibetan = tibetan_name(text, start)
            if tibetan is not None and end < start + len(tibetan):
                # 乡长|索朗旺/PER|堆/v|致开幕辞 (a township's page, 2025): a Tibetan name the model cut, its two parts whole
                end = start + len(tibetan)
                while j < len(tokens) and tokens[j].start < end:
                    j += 1
            if j < len(tokens) and _surname_and_a_place(an, token, tokens[j]):
                end, j = tokens[j].end, j + 1
            # 彼得·皮奥, 差猜·春哈旺, 伯奇|费尔: one transliterated name in pieces
            while j < len(tokens):
                nxt = tokens[j]
                # (a name of one character is none: 蒙古国总统|呼/PER|日勒/PER|苏赫/PER is one, xwlb-2023, 4 times)
                if (nxt.tag == "PER" and nxt.start == end and (end - start == 1 or not chinese_name(text[start:nxt.end]))
                        and not _names_apart(an, start, end, _without_a_level_taken(text, nxt.start, nxt.end))):
                    end = nxt.end
                    j += 1
                elif (nxt.tag == "d" and nxt.start == end and text[nxt.start:nxt.end] in word_set("name_characters_read_as_adverbs")
                      and end - start >= 3
                      and j + 1 < len(tokens) and tokens[j + 1].tag == "PER" and tokens[j + 1].start == nxt.end
                      and not reads_as_chinese(text[start:end])):
                    # 秘书长|塔斯马加姆/PER|别/d|托夫/PER (xwlb-20231124-17): a foreign name the model cut at a character it
                    # took for an adverb (别, don't) between two pieces it read as names
                    end = tokens[j + 1].end
                    j += 2
                elif (nxt.start == end and text[nxt.start:nxt.end] in _NAME_JOINERS and j + 1 < len(tokens)
                      and tokens[j + 1].tag in ("PER", "nz", "n") and tokens[j + 1].start == nxt.end
                      and _CJK.match(text[tokens[j + 1].start])):
                    end = tokens[j + 1].end
                    j += 2
                elif nxt.tag == "LOC" and nxt.start == end and _one_word_across(an, end, nxt.end):
                    # 别尔江斯克和|梅利托/PER|波尔/LOC|方向 (jieba: 梅利|托波尔, xwlb-20230620-12): the
                    # segmenter reads a word across the model's edge; the name ends as a place's
                    end, kind = nxt.end, "Place"
                    j += 1
                    break
                elif (nxt.start == end and nxt.end - nxt.start >= 2 and text[nxt.start] in _NAME_JOINERS
                      and _CJK_ONLY.match(text[nxt.start + 1:nxt.end])
                      and not text[nxt.start + 1:nxt.end].endswith(place_heads())):
                    # (not a site named after the person: 何塞/PER|·马蒂纪念馆/w, a place's, xwlb-20230919-04)
                    # 而|西摩/PER|·赫什/w|的 (xwlb-20230212-13): the dot and the rest of the name as one word
                    end = nxt.end
                    j += 1
                    word = an.token_at(nxt.start + 1)
                    if word is not None and word[0] == nxt.start + 1 and word[1] > end and _CJK_ONLY.match(word[2]):
                        # 纪工委书记|乌斯满/PER|·达吾/w|提/v|一行 (jieba: 达吾提/nr; a county's page, 2019): the name's
                        # second part ends where the segmenter's word does
                        end = word[1]
                        while j < len(tokens) and tokens[j].start < end:
                            j += 1
                else:
                    break
            body = _body_named_after(an, start, end)
            if body:  # 李嘉诚/PER|基金|会: the foundation, not the man
                end, kind = body, "Agency"
        elif kind == "Agency":
            end, j = _across_a_dot(an, tokens, j, end)
            end, j = _across_a_conjunction(an, tokens, j, start, end)
            end, j = _complete_head(an, tokens, j, start, end)
        whole = _dictionary_place_around(an, start, end) if token.tag == "LOC" else None
        if whole is not None:
            # 访问|拉丁/LOC|美洲/LOC (xwlb-20230613-15; jieba: 拉丁美洲/ns): the model cut a place the
            # dictionary holds whole into two; the place is the whole
            start, end = whole
            while j < len(tokens) and tokens[j].start < end:
                j += 1
        elif token.tag == "LOC" and j < len(tokens) and tokens[j].tag == "LOC" and tokens[j].start == end:
            # 恒隆|四季城: a name and a place head the model read as two places
            following = text[tokens[j].start:tokens[j].end]
            # (not a county's, a city's or a province's name after it: 商战正烈的|中原/LOC|郑州/LOC, pd-dev-00414, are two
            # places)
            if following.endswith(place_heads()) and not is_place_name(text[start:end]) \
                    and not gazetteer().names_a_county_or_above(following):
                end = tokens[j].end
                j += 1
        if kind in _CUT_AT_START_TAGS:
            start = _start_of_a_cut_name(an, start, end, _CUT_AT_START_TAGS[kind])
        if kind in ("Place", "Agency"):
            start = _after_a_glued_verb(an, start, end, kind)
        if kind in ("Place", "Person"):
            after = _after_a_title_cut(an, start, end)
            if after is not None:
                start, kind = after, "Person"
        out.append(Candidate(start, end, kind, "model"))
        i = j
    # 巴尔/LOC|的摩市/LOC: two pieces read whole are one place
    # the model's place checked as it read it (波罗/LOC|的|海关键: repair would make it 波 and 罗) and
    # as repaired
    repaired = list(dict.fromkeys(p for c in out if not _piece_of_a_word(an, c) for r in _latin_or_repaired(an, c)
                                  for p in _place_read_whole(an, r)))
    # 国家火炬滨海/ORG|流体|装备|特色|产业|基地 (a county paper's page, 2019): no organisation's name ends with a
    # division's; the model cut a longer name (a designation) after its place (read once repaired: 国家发展改革委会同/ORG
    # is 国家发展改革委, no body ending with 会同县's name; xwlb-20230227-06)
    repaired = [r for r in repaired if not (r.type == "Agency" and _ends_in_a_division(text[r.start:r.end]))]
    places = _places_named(an, repaired)
    initials = _country_initials(an)
    repaired = [_surname_and_a_place_after_a_role(an, _place_with_no_mark_of_a_name(an, r)) for r in repaired]
    repaired = [p for r in repaired for p in _place_after_its_country(an, r)]
    words_elsewhere = _words_read_elsewhere(an)
    kept = [p for r in repaired if not (r.type == "Person" and (
        _read_as_a_word_elsewhere(an, r, words_elsewhere) or _names_an_app(an, r)
        or _listed_with_things(an, r) or _names_a_listed_site(an, r) or _after_a_count(an, r)
        or _short_form_of_a_place(text[r.start:r.end], places)
        or _names_a_craft(an, r) or _cut_from_a_word(an, r) or _words_no_name(an, r)
        or _country_and_a_verb(an, r, initials) or _no_mark_of_a_name(an, r) or _two_characters_torn(an, r)))
            and not (r.type == "Place" and _a_quoted_figure(an, r))
            and not _a_leg_of_an_event(an, r)
            and not _a_level_with_no_name(an, r) and not _one_of_parallel_phrases(an, r)
            for o in _countries_as_a_person(an, r, initials) for q in _countries_and_a_glued_word(an, o, initials)
            for p in _country_and_a_word(an, q)
            for p in _title_after_a_place(an, p)]
    return kept + [s for p in kept if p.type == "Person" for s in _spelt_in_latin_after(an, p)]


# the model's tags of no name: a common word's (林长/n, 巡林/vn)
_NO_NAME_TAGS = frozenset({"n", "v", "vn", "a", "an", "ad", "d", "vd", "f", "s"})


def _words_read_elsewhere(an: Analysis) -> Counter:
    """How often the model reads each word of two or three characters as a person's name and as a common word:
    (word, True) and (word, False)."""
    counts: Counter = Counter()
    text = an.text
    for t in an.model_tokens:
        if 2 <= t.end - t.start <= 3 and (t.tag == "PER" or t.tag in _NO_NAME_TAGS):
            counts[text[t.start:t.end], t.tag == "PER"] += 1
    return counts


def _read_as_a_word_elsewhere(an: Analysis, c: Candidate, counts: Counter) -> bool:
    """Whether the model reads a person's name it found as a common word, the same characters one word of its own,
    more often in the article than as a name: 划分|林长/PER|“责任田” beside 村级|林长/n|李银坤, 镇级|林长/n|9名,
    各级|林长/n (a township's forest chiefs, 2023: a title, no person); 巡林/PER|是很有必要的 beside 开展|巡林/vn."""
    word = an.text[c.start:c.end]
    # (not a word written after a title anywhere in the article: 原副处长|边巴/f|多年来 … 转业后，|边巴/PER|一直保持着,
    # xwlb-20230810-05, a Tibetan name the model reads as a noun elsewhere)
    return counts[word, False] > counts[word, True] > 0 and not any(
        title_before(an.text, t.start) for t in an.model_tokens if an.text[t.start:t.end] == word)


def _a_quoted_figure(an: Analysis, c: Candidate) -> bool:
    """Whether a place the model reads is a figure of speech, quoted whole after 的: 打造成…密切干群关系的|“连心桥”
    (a township's page, 2021): a bridge between the party and the people, no bridge."""
    text = an.text
    # (ending its clause: not 两列…的|“中西建交纪念号”|班列, xwlb-20230309-15, a train's name before its kind)
    return text[c.start - 2:c.start] == "的“" and text[c.end:c.end + 1] == "”" \
        and (c.end + 1 == len(text) or text[c.end + 1] in CLAUSE_MARKS)


def _names_an_app(an: Analysis, c: Candidate) -> bool:
    """Whether a name the model reads as a person's is quoted and an app's or a platform's word follows (word set
    app_words): 用|‘林长智’|APP|记录16次, 推广|“林长智”|应用 (a township's page, 2023): an app's name, nobody."""
    text = an.text
    return text[c.start - 1:c.start] in "“‘" and text[c.end:c.end + 1] in "”’" \
        and text.startswith(tuple(word_set("app_words")), c.end + 1)


def _spelt_in_latin_after(an: Analysis, c: Candidate) -> list[Candidate]:
    """A person's name spelt in Latin letters in brackets right after it is the person's too (CLUENER's
    spans, Sina's news of the arts and of sport): 主裁判阿特金森|（|martinatkinson|）, 西格玛·珀尔克|（|sigmarpolke|）,
    斯图尔特·卡里·韦尔奇|（|stuartcarywelch|1928-2008）; not an initialism (国际货币基金组织（IMF）, no person)."""
    if an.text[c.end:c.end + 1] not in ("（", "("):
        return []
    spelt = _LATIN_SPELLING.match(an.text, c.end + 1)
    return [Candidate(spelt.start(), spelt.end(), "Person", c.source, c.score)] if spelt else []


_LATIN_SPELLING = re.compile(r"[A-Za-z][a-z]{3,}(?:[ .·-]?[A-Za-z][a-z]+)*(?=[）)\d])")


_WORDS_AFTER_COUNTRIES = frozenset(word_set("words_after_countries"))


def _latin_or_repaired(an: Analysis, c: Candidate) -> list[Candidate]:
    """A name in Latin letters the model read as a person's is one where what stands around it says so
    (:func:`_marked_as_a_person`: a title or a role right before it, a person's verb after it; or word set
    latin_name_after: LewisCarroll|的原著, carmack|等人): 《模拟人生3》执行制作人|BenBell|这样表示, 《上古卷轴：湮灭》
    的设计师|KenRolston (CLUENER train); never a bare word (Software|是世界上最优秀的游戏开发团队之一, a
    company).  The repair drops every name with no Chinese character; any other candidate is repaired."""
    if c.type != "Person" or not _LATIN_NAME.fullmatch(an.text, c.start, c.end):
        return repair(an, c)
    return [c] if _marked_as_a_person(an, c) or an.text.startswith(_LATIN_NAME_AFTER, c.end) else []


_LATIN_NAME = re.compile(r"[A-Za-z][a-z]+(?:[A-Z][a-z]+)*")  # KenRolston, carmack; not WCG, DOTA
_LATIN_NAME_AFTER = longest_first(word_set("latin_name_after"))


def _countries_and_a_glued_word(an: Analysis, c: Candidate, initials: frozenset[str]) -> list[Candidate]:
    """A name the model read as a person's that is a country's whole name (is_country) or a run of two or
    more countries' one-character names (:func:`_country_initials`), and one character the model glued on
    that is a verb or a word of function (word set words_after_countries): 李克强表示，|中伊同/PER|为文明古国,
    |埃塞愿/PER|积极参与, |圭亚那视/PER|中国为…伙伴 (xwlb-2023): the countries and what they do, no person;
    the places are the country's whole name, or each one-character name of place_abbreviations.txt in the
    run (中, 伊).  Else the candidate as it is."""
    name = an.text[c.start:c.end]
    if c.type != "Person" or c.source != "model" or len(name) < 3 or name[-1] not in _WORDS_AFTER_COUNTRIES:
        return [c]
    countries = name[:-1]
    if is_country(countries):
        return [Candidate(c.start, c.end - 1, "Place", c.source, c.score)]
    if all(ch in initials for ch in countries):
        return [Candidate(c.start + i, c.start + i + 1, "Place", c.source, c.score)
                for i, ch in enumerate(countries) if ch in abbreviations()]
    return [c]


def _title_after_a_place(an: Analysis, c: Candidate) -> list[Candidate]:
    """A place the model read with a title after it is the place: 旧金山市长/LOC|布里德, 萨克森州州长/LOC
    (xwlb-2023: the title is who follows, data/lexicon/titles.txt); the title a word of its own
    (jieba reads 市长 apart), the place at least two characters."""
    if c.type != "Place":
        return [c]
    text = an.text
    for at in range(c.start + 2, c.end - 1):
        title = title_at(text, at)
        if title is not None and at + len(title) == c.end and at in an.boundaries:
            return [Candidate(c.start, at, "Place", c.source, c.score)]
    return [c]


_GIVEN_NAME_STOPS = pos_tags("given_name_stops")


def _country_initials(an: Analysis) -> frozenset[str]:
    """The one-character names of countries and provinces (place_abbreviations.txt) and the first
    characters of the countries the article names (洪 of 洪都拉斯)."""
    return abbreviations() | {name[0] for _, _, name in world_finder()(an.text) if is_country(name)}


def _country_and_a_verb(an: Analysis, c: Candidate, initials: frozenset[str]) -> bool:
    """Whether a name the model read as a person's is a country's one character, read apart by the
    segmenter, and one word after it that the dictionary tags as a verb, an adjective, an adverb or a
    number (pos set given_name_stops, as no given name: 王|建设): 雷东多表示，|洪坚定/PER|恪守一个中国原则,
    |阿钦佩/PER|中国人民, |韩多方/PER|批评 (xwlb-2023: Honduras, Argentina, Korea as the subject, in an article
    that names them): the country and what it does, no person.  Not a name the dictionary holds (nr), nor
    one a title stands beside."""
    text = an.text
    name = text[c.start:c.end]
    if (c.type != "Person" or c.source != "model" or len(name) != 3 or name[0] not in initials
            or c.start + 1 not in an.boundaries or word_tags().get(name, "").startswith("nr")
            or title_before(text, c.start) or title_at(text, c.end)):
        return False  # 教授|韩大元: a title names a person
    token = an.token_at(c.start + 1)
    return (token is not None and (token[0], token[1]) == (c.start + 1, c.end)
            and word_tags().get(token[2], "n").startswith(_GIVEN_NAME_STOPS))


_WORDS_IN_NO_NAME = pos_tags("words_in_no_name")


def _words_no_name(an: Analysis, c: Candidate) -> bool:
    """Whether a name the model read as a person's has none of a name's marks and holds a common word:
    it opens with no surname, is no foreign name (no dot, no more than half its characters those of
    transliterated names), no familiar 小 or 老 and a character (小廖, 老唐), no title stands before or
    after it, and a word of the segmenter inside it of two characters or more is one jieba's dictionary
    tags as a common word (pos set words_in_no_name): 每个孩子个人|月均/PER|托费 (月均/j), 绽放|芳华/PER
    (芳华/nz), 期待促进|澜湄合作/PER|… (合作/vn), 墨子巡天/PER|望远镜 (巡天/n), 严密监测余震和|次生/PER|
    衍生灾害 (次生/b) (xwlb-2023): a thing or a deed, no person.  Not 自民党国土强韧化推进本部长|二阶俊博
    (a title before), nor one word the dictionary holds as a noun (pos set nouns_that_name_people: 桥本/n,
    东条英机/n, pd-dev: Japanese names; 拿破仑/n)."""
    text = an.text
    name = text[c.start:c.end]
    singles, doubles = surnames()
    if (c.type != "Person" or c.source != "model" or len(name) < 2 or name[:2] in doubles or name[0] in singles
            or any(ch in _NAME_JOINERS for ch in name) or (len(name) == 2 and name[0] in _FAMILIAR)
            or 2 * sum(ch in transliteration_characters() for ch in name) >= len(name)
            or title_before(text, c.start) or title_at(text, c.end) or _country_and_a_word(an, c) != [c]):
        return False  # 美|财长: the country (_country_and_a_word)
    tags = word_tags()
    if tags.get(name, "") in _WHOLE_NAME_NOUNS:
        return False  # 桥本/n, 东条英机/n, 拿破仑/n: the dictionary holds names too as nouns
    return any(e - s >= 2 and tags.get(word, "") in _WORDS_IN_NO_NAME
               for s, e, word in an.tokens_from(c.start, c.end - c.start) if c.start <= s and e <= c.end)


_FAMILIAR = frozenset(word_set("familiar_prefixes"))
_PERSON_VERBS = longest_first(word_set("attending_verbs") + word_set("saying_verbs"))
_ROLE_WORDS = word_set("role_words")
# a meeting's link before its other side and its word after it (李强|同|奥云额尔登|会谈)
_MEETING_LINKS = tuple(word_set("meeting_links"))
_MEETING_WORDS = longest_first(word_set("meeting_words"))


_LEG_HEAD = "站"
_LEG_WORDS = word_set("event_leg_words")


def _a_leg_of_an_event(an: Analysis, c: Candidate) -> bool:
    """Whether an organisation the model read is a place and 站 in a sentence about a torch relay or a
    series of contests (word set event_leg_words): 第一棒火炬手是…。|湖州站/ORG|共有170名火炬手, 成都大运会|
    深圳站/ORG|火炬传递在深圳大学举行, 世界杯|盐湖城站/ORG|的比赛 (xwlb-2023): a leg of the relay or the
    series held there, no station; the place stays (湖州).  Not a station in a sentence of trains (昆明站)."""
    name = an.text[c.start:c.end]
    if c.type != "Agency" or c.source != "model" or not name.endswith(_LEG_HEAD) or len(name) < 3:
        return False
    place = name[:-len(_LEG_HEAD)]
    if not (is_place_name(place) or place + "市" in gazetteer().all_names):
        return False
    start, end = an.sentence(c.start)
    sentence = an.text[start:end]
    return any(word in sentence for word in _LEG_WORDS)


def _place_with_no_mark_of_a_name(an: Analysis, c: Candidate) -> Candidate:
    """A name with no mark of a person's (:func:`_no_mark_of_a_name`) that ends in a character of a kind
    of place (word set place_kind_characters) is the place: 三省一市推进…保护。|太浦河/PER|串联了苏州,
    香港市民…走进|昂船洲/PER|、石岗 (xwlb-2023); else the candidate as it is."""
    if c.type == "Person" and an.text[c.end - 1] in _PLACE_KIND_ENDS and _no_mark_of_a_name(an, c):
        return Candidate(c.start, c.end, "Place", c.source, c.score)
    return c




def _no_mark_of_a_name(an: Analysis, c: Candidate) -> bool:
    """Whether a name of three characters or more the model read as a person's has no mark of a name at
    all, in its article (two may be a given name written alone: 俊平, pd-dev): it opens with no surname, is no
    foreign name (no dot or hyphen, no more than half its characters those of transliterated names), and jieba's dictionary holds it as no
    name (nr) nor as a noun that names people (拿破仑/n); no title, role or noun of the dictionary stands
    right before it, nor a title or a role after it, nor a title before it elsewhere in the article (首相|岸田,
    护士|赖洁, 经济产业大臣/n|西村康稔, 宛金杨|代表), it is listed with no person (陈闽慷、…、|次仁措姆|、温伟,
    陈艺文/|昌雅妮) and does nothing a person does right after it (赛宋蓬|表示: word sets attending_verbs,
    saying_verbs): 人们亲近自然…|探梅寻春/PER|正当时, 妇女参加了|彝绣/PER|技能培训, 冬油菜进入|抽蕾/PER|和初花期,
    营造创新生态。|数智/PER, 在四川北川，|羌歌羌舞/PER|展演 (xwlb-2023): a phrase, a craft, a season's work,
    no person."""
    text = an.text
    name = text[c.start:c.end]
    singles, doubles = surnames()
    if (c.type != "Person" or c.source != "model" or len(name) < 3 or name[:2] in doubles or name[0] in singles
            or not _CJK_ONLY.fullmatch(name) or 2 * sum(ch in transliteration_characters() for ch in name) >= len(name)):
        return False
    tag = word_tags().get(name, "")
    return not (tag.startswith("nr") or tag in _WHOLE_NAME_NOUNS or _marked_as_a_person(an, c))


def _place_after_its_country(an: Analysis, c: Candidate) -> list[Candidate]:
    """A name the model read as a person's right after a country's name (or a foreign region's or city's:
    :func:`_after_a_foreign_place`), with no title between them and
    nothing marking it a person's (:func:`_marked_as_a_person`; a rank after it, word set ranks: 美国|史迪威|将军), is no person: a place
    of that country where it sounds foreign (half its characters or more those of transliterated names) or
    ends in a kind of place, else nothing named (xwlb-2023: 沙特驻伊朗|马什哈德|领事馆, 在尼泊尔|博克拉|举行,
    在法国|梅斯|落下帷幕, 成都至波兰|罗兹; 加拿大|林火烟霾 is smoke; CLUENER train: 演习地点在印度|阿拉比娜（音）).
    Not a Chinese name (中国|邓亚萍 in a table of results), nor a doctrine's person (中国|马克思|主义); after a
    region or a city, a name of no foreign shape and no place's ending stays a person.  A natural feature's
    word after it says it is a place too (菲律宾|马荣|火山: data/world/feature_endings.txt).  NER-dev's
    even lines hold no person right after a country."""
    text, name = an.text, an.text[c.start:c.end]
    if c.type != "Person" or c.source != "model":
        return [c]
    after_a_country = any(is_country(text[c.start - k:c.start]) for k in range(2, min(c.start, _LONGEST_COUNTRY) + 1))
    if (not (after_a_country or _after_a_foreign_place(an, c.start))
            or _marked_as_a_person(an, c) or _doctrine_heads().match(text, c.end) or text.startswith(_RANKS, c.end)):
        return [c]
    if (name[-1] in _PLACE_KIND_ENDS or text[c.end:c.end + 1] in _PLACE_KIND_ENDS
            or text.startswith(_FEATURE_ENDINGS, c.end)):  # 菲律宾|马荣|火山 (xwlb-2023)
        return [Candidate(c.start, c.end, "Place", c.source, c.score)]
    if chinese_name(name) and reads_as_chinese(name):
        return [c]
    if 2 * sum(ch in transliteration_characters() for ch in name) >= len(name):
        return [Candidate(c.start, c.end, "Place", c.source, c.score)]
    return [] if after_a_country else [c]


_FEATURE_ENDINGS = longest_first(data_words("world", "feature_endings.txt"))
_REGION_KINDS = longest_first(word_set("region_kinds"))
_AREA_WORDS = longest_first(word_set("foreign_area_words"))


def _after_a_foreign_place(an: Analysis, start: int) -> bool:
    """Whether a foreign region or city of the world list ends right before ``start``, or before one of its
    areas (word set foreign_area_words) and 的, or before a place the model read after it: 亚拉巴马州|戴德维尔,
    得克萨斯州|哈灵根, 洛杉矶地区|英格尔伍德, 加沙地带的|杰巴利耶, 阿肯色州|加兰县/LOC|杰西维尔 (xwlb-2023: the model
    read each town as a person).  A country is :func:`is_country`'s."""
    text = an.text
    end = start - 1 if text.endswith("的", 0, start) else start
    area = next((len(w) for w in _AREA_WORDS if text.endswith(w, 0, end)), 0)
    if end < start and not area:
        return False  # 纽约的|莫尔斯 may be a person of the city (NER-dev: 俄罗斯的|库尼科娃)
    end -= area
    rows = world_rows()
    for _ in range(2):
        # (the region written with its kind, which the world list names without: 巴伊亚州|伊列乌斯, xwlb-20230705-18)
        kind = next((len(w) for w in _REGION_KINDS if text.endswith(w, 0, end)), 0)
        if any(text[stop - k:stop] in rows and rows[text[stop - k:stop]].kind != "country"
               for stop in {end, end - kind} for k in range(2, min(stop, _LONGEST_PLACE) + 1)):
            return True
        # the model's word that ends here: the last one starting before it (a bisection: a scan of every
        # token per candidate cost a 200,000-character story a tenth of its time)
        tokens = an.model_tokens or ()
        at = bisect.bisect_left(tokens, end, key=lambda t: t.start) - 1
        place = tokens[at] if at >= 0 and tokens[at].end == end and tokens[at].tag == "LOC" else None
        if place is None:
            return False
        end = place.start  # the place the model read before it lies in the region before it
    return False


_LONGEST_PLACE = 12


_RANKS = longest_first(word_set("ranks"))
_LONGEST_COUNTRY = 10  # the longest country's name: 波斯尼亚和黑塞哥维那


def _surname_and_a_place_after_a_role(an: Analysis, c: Candidate) -> Candidate:
    """A place the model read that is a surname the segmenter reads alone and a place of the dictionary,
    right after a title or a role (data/lexicon/person_roles.tsv), is the person: 南开大学化学学院，博士生|毕|嵩山/ns (the model: 毕嵩山/LOC, xwlb-2023); a county page's 村党支部
    书记|刘|华山 in the same way.  Else the candidate as it is."""
    text, name = an.text, an.text[c.start:c.end]
    if c.type != "Place" or c.source != "model" or len(name) != 3 or name[0] not in surnames()[0] or is_place_name(name):
        return c
    first, rest = an.token_at(c.start), an.token_at(c.start + 1)
    if (first is None or (first[0], first[1]) != (c.start, c.start + 1) or rest is None
            or (rest[0], rest[1]) != (c.start + 1, c.end) or not word_tags().get(rest[2], "").startswith("ns")
            or not chinese_name(name)):
        return c
    if title_before(text, c.start) or text.endswith(tuple(person_roles()), 0, c.start):
        return Candidate(c.start, c.end, "Person", c.source, c.score)
    return c  # 文脉|连|湾区 (a headline, xwlb-20230622-08): the arts link the Bay Area, nobody


def _two_characters_torn(an: Analysis, c: Candidate) -> bool:
    """Whether a name of two characters the model read as a person's has no mark of a name around it
    (:func:`_marked_as_a_person`, here or elsewhere in the article) and the segmenter reads its first
    character into a word of the dictionary before it, or its last into one after it: a county page's
    美丽乡村建设|和文/nz|旅|融合发展 (the model: 和/c|文旅/PER|融合/v), 中国|赴黎|维和/v|官兵 (xwlb-20230705-18;
    the model: 黎维/PER): a word of a phrase (文旅, 文化和旅游; 赴黎维和, to keep the peace in Lebanon), no
    person.  Not a foreign name's piece (both its characters those of transliterated names)."""
    text = an.text
    name = text[c.start:c.end]
    if (c.type != "Person" or c.source != "model" or len(name) != 2 or not _CJK_ONLY.fullmatch(name)
            or all(ch in transliteration_characters() for ch in name)):
        return False  # 齐塞/LOC|克迪/PER (jieba 塞克|迪): a piece of a foreign name the fusion makes whole
    tags = word_tags()
    first, last = an.token_at(c.start), an.token_at(c.end - 1)
    torn = (first is not None and first[0] < c.start and first[1] == c.start + 1 and first[2] in tags) or (
        last is not None and last[1] > c.end and last[0] == c.end - 1 and last[2] in tags)
    return torn and not _marked_as_a_person(an, c)


def _marked_as_a_person(an: Analysis, c: Candidate) -> bool:
    """Whether what stands around a name says it is a person's: a title or a role before it or after it
    here, or a title before it elsewhere in the article; a list with a person (、, 和, /); a verb of what a
    person does or says right after it; a common noun or a body's name of the dictionary right before it (pos set nouns_before_people:
    经济产业大臣/n|西村康稔; not a place, 京津冀/n|鲁苏)."""
    text, name = an.text, an.text[c.start:c.end]
    if (title_before(text, c.start) or title_at(text, c.end) or text.endswith(tuple(person_roles()), 0, c.start)
            or text.startswith(_PERSON_VERBS, c.end) or text.startswith(_ROLE_WORDS, c.end)
            or "/" in (text[c.start - 1:c.start], text[c.end:c.end + 1])
            or listed_with_a_person(an, c) or named_after_a_title(an, name)
            or _other_side_of_a_meeting(an, c)):
        return True  # 陈艺文/|昌雅妮: a pair of players
    before = an.token_at(c.start - 1) if c.start else None
    # a noun right before it may be who the person is (经济产业大臣|西村康稔, 缅甸领导人|敏昂莱: no title of the lists)
    return (before is not None and before[1] == c.start and word_tags().get(before[2], "") in _NOUNS_BEFORE_PEOPLE
            and not is_place_name(before[2]) and not all(ch in abbreviations() for ch in before[2])
            and before[2] not in _AREA_WORDS)  # 洛杉矶|地区|英格尔伍德: an area of a city, no one's role


def _other_side_of_a_meeting(an: Analysis, c: Candidate) -> bool:
    """Whether a name stands between a meeting's link and its word, which ends the clause or is followed by when or what
    next (word set meeting_word_ends): 李强|同|奥云额尔登|会谈|。 (xwlb-20230628-08); not countries' initials (同|沙伊|会谈|
    代表团), nor a meeting's word that opens a noun (会谈|代表)."""
    text = an.text
    if not text.endswith(_MEETING_LINKS, 0, c.start) or all(ch in abbreviations() for ch in text[c.start:c.end]):
        return False
    word = next((w for w in _MEETING_WORDS if text.startswith(w, c.end)), None)
    after = c.end + len(word) if word else c.end
    return word is not None and (after >= len(text) or not _CJK.match(text[after])
                                 or text.startswith(tuple(word_set("meeting_word_ends")), after))


_GROUPS_AFTER_COUNTRIES = frozenset(word_set("groups_after_countries"))
_OPENING_BRACKETS = frozenset("（(《“")
_NOUNS_BEFORE_PEOPLE = pos_tags("nouns_before_people")


def _countries_as_a_person(an: Analysis, c: Candidate, initials: frozenset[str]) -> list[Candidate]:
    """A name the model read as a person's that is a country's one-character name (:func:`_country_initials`)
    and a group of its people or its side (word set groups_after_countries) is the country, a place where
    place_abbreviations.txt holds it: 要求美国就监听窃听|韩官员/PER|道歉, 以军和|巴民众/PER (xwlb-2023); one of
    two or three such names with nothing around it that marks a person (:func:`_marked_as_a_person`) and a
    word after it is nobody: 高度赞赏中方成功斡旋|沙伊/PER|对话, 京津冀|鲁苏/PER|签署 (xwlb-2023; no places
    either: such a pair may be the rest of a name the model cut, 记者袁（|日希|）, pd-dev).  Not 全国政协委员|
    苏华 (a title), 华天、|包英凤 (listed with people), nor a name in brackets.  Else the candidate as it is."""
    name = an.text[c.start:c.end]
    if c.type != "Person" or c.source != "model" or len(name) < 2 or name[0] not in initials:
        return [c]
    if name[1:] in _GROUPS_AFTER_COUNTRIES and c.start + 1 in an.boundaries:
        return [Candidate(c.start, c.start + 1, "Place", c.source, c.score)] if name[0] in abbreviations() else []
    if (len(name) <= 3 and all(ch in initials for ch in name) and not is_place_name(name)
            and _CJK.match(an.text[c.end:c.end + 1]) and an.text[c.start - 1:c.start] not in _OPENING_BRACKETS
            and not (word_tags().get(name, "").startswith("nr") or _marked_as_a_person(an, c))):
        return []
    return [c]


_WHOLE_NAME_NOUNS = pos_tags("nouns_that_name_people")
_CUT_START_KEPT = pos_tags("before_a_cut_name")
_CUT_END_KEPT = pos_tags("after_a_cut_name")


def _cut_from_a_word(an: Analysis, c: Candidate) -> bool:
    """Whether a name the model read as a person's starts or ends inside a word of jieba's dictionary
    that is no name (pos set personal_name), the segmenter reading across its edge: 工会工作是|党治/PER|
    国理政 (xwlb-2023; jieba: 党|治国|理政), 天然|林保护/PER (jieba: 天然林|保护), 以防|沙治/PER|沙 (jieba:
    防沙|治沙), 柬新/PER|一届政府 (jieba: 新一届), 桑给|巴尔/PER (jieba: 桑给巴尔/ns): a piece of a phrase or
    of a longer name, no person.  Not where what the word leaves outside the name is one character that
    goes on after a name, or before one at its start (pos sets after_a_cut_name, before_a_cut_name:
    韩正|在/正在, 刘彦平|等/平等, 李干杰|作/杰作, 习近平主席|和|普京/和普京), nor after a title (会长|坂本雅信,
    jieba 长坂), nor where the article writes the name elsewhere as a word of its own (会见|杜文战|时,
    jieba 战时)."""
    if c.type != "Person" or c.source != "model":
        return False
    text, tags = an.text, word_tags()
    cut = False
    for edge in (c.start, c.end):
        if edge in an.boundaries:
            continue
        token = an.token_at(edge)
        if token is None or token[1] - token[0] < 2 or token[2] not in tags or tags[token[2]] in _NAME_WORD_TAGS:
            continue
        outside = text[token[0]:edge] if edge == c.start else text[edge:token[1]]
        kept = _CUT_START_KEPT if edge == c.start else _CUT_END_KEPT
        if len(outside) == 1 and tags.get(outside, "").startswith(kept):
            continue
        if edge == c.start and title_before(text, c.start):
            continue
        cut = True
    return cut and not _written_whole(an, text[c.start:c.end])


def _written_whole(an: Analysis, name: str) -> bool:
    """Whether ``name`` stands in the article as a word of its own, both its edges the segmenter's."""
    at = an.text.find(name)
    while at >= 0:
        if at in an.boundaries and at + len(name) in an.boundaries:
            return True
        at = an.text.find(name, at + 1)
    return False


_CUT_SIDES = frozenset(word_set("sides"))


def _place_read_whole(an: Analysis, c: Candidate) -> list[Candidate]:
    """A place the model read that is a piece cut out of a word of the dictionary (:func:`_piece_of_a_word`)
    or ends in the head of what is no place (:func:`_names_no_place`) or is a common word (:func:`_a_common_word`)
    is none; one with a preposition
    glued on is without it (:func:`_without_function_words`); one that opens with a country's name and goes on with what is no
    part of a place's name is the country (:func:`_country_and_a_phrase`)."""
    if c.type != "Place" or c.source != "model":
        return [c]
    if _piece_of_a_word(an, c) or _names_no_place(an.text[c.start:c.end]) or _a_common_word(an, c):
        return []
    bare = _without_function_words(an, c)
    if bare != c and bare.end - bare.start < 2 and an.text[bare.start:bare.end] not in abbreviations():
        return []
    c = bare
    counted = _places_counted(an, c)
    if counted is not None:
        return counted
    country = _country_and_a_phrase(an, c)
    if country:
        return [Candidate(c.start, c.start + country, "Place", c.source, c.score)]
    countries = _countries_and_a_phrase(an, c)
    if countries is not None:
        return countries
    return _abbreviation_and_a_word(an, c)


_COMMON_WORD_TAGS = pos_tags("common_words")
_ROAD_AND_ISLAND_ENDS = word_set("road_heads") + word_set("island_endings")
_PLACE_KIND_ENDS = word_set("place_kind_characters")


def _countries_and_a_phrase(an: Analysis, c: Candidate) -> list[Candidate] | None:
    """The countries a place the model read opens with, where the segmenter reads them apart from the
    rest and the rest opens with a common word of the dictionary (pos set common_words), no place's or
    body's head ending it: 韩国|现/政府 (xwlb-20230430-16), 俄中|执政党 (俄中执政党/LOC), 古中|和|拉中
    (古中和/LOC), 中国|梦 (xwlb-2023): the countries, one place each of a run of their
    one-character names, and the phrase none of a place.  The prefix is a country's whole name
    (is_country), or a run of one-character names (place_abbreviations.txt) of two or more, or one that
    the dictionary holds as a place or an abbreviation (pos set abbreviation_characters: not 沙/nr, 古/a)
    before a rest of two characters or more (德|拉 is Daraa).  Not where the rest is a place of the lists or
    of the dictionary (美|佛州: :func:`_abbreviation_and_a_word`), nor a name ending in a place's, a road's
    or a body's head or a character of a kind of place (埃及|艺术宫, 以色列|海法新港, 京|哈|高速, 中国|驻…大使馆) or in a word of one character (阿曼|海,
    加纳|利: the rest of a name).  None where the place opens with no country."""
    text, tags = an.text, word_tags()
    name = text[c.start:c.end]
    if is_place_name(name) or name.endswith(place_heads()) or name.endswith(org_heads()):
        return None
    k = next((k for k in range(len(name) - 1, 1, -1) if is_country(name[:k])), 0)
    run = 0
    if not k:
        initials = _country_initials(an)
        while run < len(name) - 1 and name[run] in initials:
            run += 1
        if run == 1 and (len(name) < 3 or tags.get(name[0], "") not in _ABBREVIATION_TAGS):
            return None
        k = run
    if not k or c.start + k not in an.boundaries:
        return None
    rest = name[k:]
    token = an.token_at(c.start + k)
    if (token is None or token[0] != c.start + k or is_place_name(rest) or rest.endswith(_ROAD_AND_ISLAND_ENDS)
            or rest.endswith(_PLACE_KIND_ENDS)
            or tags.get(rest, "") in _PLACES_AFTER_AN_ABBREVIATION or is_place_name(token[2])
            or (token[1] <= c.end and tags.get(token[2], "") not in _COMMON_WORD_TAGS)):
        return None  # a word the segmenter reads across the place's end cuts a phrase: 韩国|现/政府 (jieba 现政府)
    last = an.token_at(c.end - 1)
    if token[1] <= c.end and (last is None or last[1] != c.end or (
            last[1] - last[0] < 2 and tags.get(last[2], "") not in _GLUED_FUNCTION_TAGS)):
        return None  # 阿曼|海, 土耳其|溪, 加纳|利: a character of a place's name or its head ends it (not 古中|和)
    if run:
        return [Candidate(c.start + i, c.start + i + 1, "Place", c.source, c.score) for i in range(run)
                if name[i] in abbreviations()]
    return [Candidate(c.start, c.start + k, "Place", c.source, c.score)]


_COUNTED_PARTIES = longest_first(word_set("counted_parties"))


def _places_counted(an: Analysis, c: Candidate) -> list[Candidate] | None:
    """A place the model read that ends in a count of countries (word set counted_parties: 多国, 各国,
    两国) names no place: 欧洲多国/LOC|持续高温, 东欧多国/LOC, 拉美多国/LOC|人士 (xwlb-2023) are several
    countries of the region, which is the place where the lists or the dictionary name it (欧洲/ns,
    东欧/ns: :func:`_a_place_word`), else none (美欧多国).  None where the name ends in no count."""
    name = an.text[c.start:c.end]
    count = next((w for w in _COUNTED_PARTIES if name.endswith(w)), "")
    if not count or len(name) == len(count) or is_place_name(name) or c.end - len(count) not in an.boundaries:
        return None
    rest = name[:-len(count)]
    return [Candidate(c.start, c.end - len(count), "Place", c.source, c.score)] if _a_place_word(rest) else []


_WORDS_AFTER_AN_ABBREVIATION = pos_tags("words_after_an_abbreviation")
_PLACES_AFTER_AN_ABBREVIATION = pos_tags("places_after_an_abbreviation")
_ABBREVIATION_TAGS = pos_tags("abbreviation_characters")


def _abbreviation_and_a_word(an: Analysis, c: Candidate) -> list[Candidate]:
    """A place the model read that is a country's or a province's one-character name
    (place_abbreviations.txt) and one word of the segmenter after it: with a common word of the
    dictionary (pos set words_after_an_abbreviation) it is the country, the word none of the place
    (民众赴|泰/LOC|旅游, 德荷驻|土/LOC|领馆, 美/LOC|领馆: xwlb-2023); with a foreign place of the world list
    or a place the dictionary holds (pos set places_after_an_abbreviation) two places, the country's
    and the place's (美|佛州/ns, 澳|昆士兰州).  Only a character the dictionary holds as a place or an
    abbreviation (pos set abbreviation_characters: 美/ns, 俄/j), not one that is a common word or a
    surname too (敬老爱|老/a|城市, 沙/nr|柳河, 吉/nr|亚德工业城).  Else the candidate as it is."""
    text = an.text
    name = text[c.start:c.end]
    if (len(name) < 3 or name[0] not in abbreviations() or c.start + 1 not in an.boundaries
            or c.end not in an.boundaries or is_place_name(name)
            or word_tags().get(name[0], "") not in _ABBREVIATION_TAGS):
        return [c]  # 老|城市, 古|蜀道, 沙|柳河: a character that is a common word or a surname too
    words = [w for s, e, w in an.tokens_from(c.start + 1, 8) if e <= c.end]
    rest = name[1:]
    country = Candidate(c.start, c.start + 1, "Place", c.source, c.score)
    tag = word_tags().get(rest, "")
    if len(words) == 1 and tag in _WORDS_AFTER_AN_ABBREVIATION:
        return [country]
    if rest in world_names() or tag in _PLACES_AFTER_AN_ABBREVIATION:
        return [country, Candidate(c.start + 1, c.end, "Place", c.source, c.score)]
    return [c]


def _a_common_word(an: Analysis, c: Candidate) -> bool:
    """Whether a place the model read is one word of the segmenter that jieba's dictionary holds as a
    common word (:func:`.lexicons.common_words`) other than a noun, and no list names: 秘方愿同中方加强|多边/LOC|
    协作 (xwlb-20231117-05; jieba: 多边/r), 西双版纳、陵水、海口、厦门、万宁等|旅游/LOC|度假城市 (旅游/vn),
    苏丹多地交火持续|首都/LOC|圈冲突扩大 (首都/d), 从西南山区到|鱼米之乡/LOC (/l): a word, no place.  A common noun may be one (在|广场/n|西侧,
    北京|西单/n|路口: the NER gold reads them as places)."""
    name = an.text[c.start:c.end]
    if (name not in common_words() or is_place_name(name) or word_tags().get(name, "n").startswith("n")
            or name.endswith(place_heads())):
        return False  # 春熙路/i: an idiom to the dictionary, a street's name by its head
    token = an.token_at(c.start)
    return token is not None and (token[0], token[1]) == (c.start, c.end)


def _piece_of_a_word(an: Analysis, c: Candidate) -> bool:
    """Whether a place the model read starts or ends inside a word of jieba's dictionary, and what
    it leaves of that word is no word of its own: 美国|巴尔/LOC|的摩市 and 巴尔的|摩市/LOC (jieba:
    巴尔的摩市, xwlb-20230329-14), 破坏|波罗/LOC|的|海关键基础设施 (波罗的海, the same story): a piece of
    a longer name, or of a common word, no place.  Not where what it
    leaves is a place, a side or a pronoun (中国|香港/LOC, jieba 中国香港; 滇池湖/LOC|畔, jieba 湖畔;
    东欧/LOC|各国, jieba 东欧各国), nor a word of two characters or more (冲绳县/LOC|知事, jieba 县知事);
    nor a name of the lists (点赞|成都/LOC, jieba 赞成|都), nor a country's one character (中尼|两国).
    A word the segmenter guessed and its dictionary lacks says nothing (部队|对|北达尔富尔州/LOC, jieba
    对北|达尔富尔, xwlb-20230527-13)."""
    text, tags = an.text, word_tags()
    name = text[c.start:c.end]
    if c.type != "Place" or c.source != "model" or c.end - c.start < 2:
        return False
    around = an.token_at(c.start)
    if around is not None and around[0] <= c.start and c.end <= around[1] and around[1] - around[0] > c.end - c.start \
            and tags.get(around[2], "") in _SAYING_TAGS:
        return True  # 安全生产责任|重于泰山/i (a county's page, 2023): a saying holds the name, no place
    if is_place_name(name):
        return False
    for edge in (c.start, c.end):
        if edge in an.boundaries:
            continue
        token = an.token_at(edge)
        if token is None or token[2] not in tags or tags[token[2]] in _TRANSLITERATED_NAME_TAGS:
            continue  # 以色列总理|内塔尼亚/LOC|胡当天 (jieba: 内塔尼亚胡/nrt): the names' stages read him
        outside = text[token[0]:edge] if edge == c.start else text[edge:token[1]]
        inside = text[max(token[0], c.start):min(token[1], c.end)]
        if is_place_name(outside) or outside in _CUT_SIDES or tags.get(outside, "") in _BESIDE_A_PLACE:
            continue
        if len(outside) >= 2 and outside in tags and (inside in tags or is_place_name(inside) or inside == name):
            continue
        return True
    return False


_GLUED_FUNCTION_TAGS = pos_tags("glued_to_places")
_SAYING_TAGS = pos_tags("sayings")


def _without_function_words(an: Analysis, c: Candidate) -> Candidate:
    """A place the model read without a preposition, a conjunction or a particle the segmenter reads as
    a word of one character at its start, and up to the first such word after it: 愿|同|马来西亚/LOC (the
    model: 同马来西亚, xwlb-20230331-08; word set place_glued_characters before a listed name), 在|人民大会堂|同|
    来华/LOC|进行国事访问 (xwlb-20230106-02), 中国|的|远洋渔业/LOC (pos set glued_to_places)."""
    tags, start, end = word_tags(), c.start, c.end
    if an.text[start] in _PLACE_GLUED and end - start >= 3 and _a_place_word(an.text[start + 1:end]):
        start += 1  # 我们|愿同/x|马来西亚 (jieba guesses 愿同): the character glued on, before a place's name
    for token_start, token_end, word in an.tokens_from(start, 16):
        if token_end > end:
            break
        if token_end - token_start == 1 and tags.get(word, "") in _GLUED_FUNCTION_TAGS:
            if token_start == start and _a_place_word(an.text[token_end:end]):
                start = token_end
            elif token_start > start and _a_place_word(an.text[start:token_start]):
                end = token_start
            break
    return c if (start, end) == (c.start, c.end) else Candidate(start, end, c.type, c.source, c.score)


def _a_place_word(name: str) -> bool:
    """A name of the lists, or a place or a body the dictionary holds (人民大会堂/nt): what stays of a
    place the model read without a function word (not 人民|之|城, 于|都中央红军: no place is left)."""
    return is_place_name(name) or word_tags().get(name, "") in _PLACE_WORD_TAGS


_PLACE_WORD_TAGS = pos_tags("place_words")
_NOT_PLACE_HEADS = longest_first(word_set("not_place_heads"))
_TRANSLITERATED_NAME_TAGS = pos_tags("transliterated_name")


def _names_no_place(name: str) -> bool:
    """Whether a place the model read ends in the head of a gathering, an agreement, a law, an award or
    a language (word set not_place_heads), two characters or more before it: 第六届进博会国家展、|虹桥
    论坛/LOC (xwlb-2023), 中尼自贸协定/LOC, 花腰傣族花街节/LOC, 亚洲杯/LOC, 青藏高原生态保护法/LOC, 南非勋章/LOC,
    尼泊尔语/LOC name no place (not 拉法: one character before 法)."""
    head = word_ending(name, _NOT_PLACE_HEADS)
    return bool(head) and len(name) - len(head) >= 2 and not is_place_name(name)


_PLACE_GLUED = frozenset(word_set("place_glued_characters"))
_BESIDE_A_PLACE = pos_tags("beside_a_place")
_PHRASE_AFTER_A_COUNTRY = pos_tags("phrase_after_a_country")


def _country_and_a_phrase(an: Analysis, c: Candidate) -> int:
    """The length of the country's name a model place opens with, where what follows is a character
    glued on or a phrase that is no part of a place's name; 0 if none."""
    text = an.text
    name = text[c.start:c.end]
    if is_place_name(name):
        return 0
    for k in range(len(name) - 1, 1, -1):
        if (name[k:] in _PLACE_GLUED and c.start + k in an.boundaries and _a_place_word(name[:k])
                and text[c.start + k:c.end + 1] in _COUNTED_PARTIES):
            # 能源价格飙升 欧洲多/LOC|国/n|通胀高企 (a headline, xwlb-20230114-08; jieba: 欧洲/ns|多|国): the
            # character glued on counts the region's countries (not 伊朗已将在|福尔多/LOC|核设施, a name)
            return k
        if not is_place_name(name[:k]):
            continue
        rest = name[k:]
        if rest in _PLACE_GLUED:
            return k  # 英格兰多/LOC|地 (jieba: 英格兰|多地)
        if not is_country(name[:k]):
            return 0
        if c.start + k not in an.boundaries or c.end not in an.boundaries:
            return 0
        words = [w for s, e, w in an.tokens_from(c.start + k, 8) if e <= c.end]
        if (rest in lexicon("titles.txt") or rest in lexicon("leader_titles.txt")
                or word_tags().get(words[0], "") in _PHRASE_AFTER_A_COUNTRY) and not (
                rest.endswith(org_heads()) or rest.endswith(place_heads())):
            return k
        return 0
    return 0


_WORDS_AFTER_A_COUNTRY = pos_tags("words_after_a_country")


def _country_and_a_word(an: Analysis, c: Candidate) -> list[Candidate]:
    """A name the model read as a person's that is a country's one-character name (place_abbreviations.txt)
    and a common noun of the dictionary (pos set words_after_a_country), the segmenter reading the two
    apart, is the country: |美|财长/n|称债务上限危机 (xwlb-20230516-13: 美财长/PER): the country and who it
    is, no person; after a transliteration character it is the end of a foreign name, and nobody.  Not a verb after it (斯…，希|加强/v|两国合作: 希 hopes), a name the
    dictionary knows or a given name it lacks, nor a character that is a surname too (王勇、|韩|春雨/n,
    巴|官员: 韩, 巴 are).  Else the candidate as it is."""
    text = an.text
    name = text[c.start:c.end]
    if (c.type != "Person" or len(name) < 3 or name[0] not in abbreviations() or name[0] in surnames()[0]
            or c.start + 1 not in an.boundaries):
        return [c]  # 韩|春雨, 罗|干: a surname too
    rest = c.start + (2 if name[1] == "方" and c.start + 2 in an.boundaries else 1)
    token = an.token_at(rest)
    if token is None or token[0] != rest or token[1] != c.end or word_tags().get(token[2], "") not in (
            _WORDS_AFTER_A_COUNTRY):
        return [c]
    if text[c.start - 1:c.start] in transliteration_characters():
        return []  # 同达达|埃|总督|一道努力 (xwlb-20231213-04): the end of a foreign name before a title, no country
    return [Candidate(c.start, c.start + 1, "Place", c.source, c.score)]


def _across_a_dot(an: Analysis, tokens, j: int, end: int) -> tuple[int, int]:
    """An organisation named after a foreign person whose name the model cut at its dot: 卡迈勒·/ORG|
    阿德万医院/ORG (xwlb-2023, a hospital in Gaza), 美国彼得/ORG|·|彼得森基金会/ORG (xwlb-20230617-15):
    one name across the dot.  Returns the name's end and the index of the next token."""
    text = an.text
    k, at = j, end
    if k < len(tokens) and tokens[k].start == at and text[tokens[k].start:tokens[k].end] in _NAME_JOINERS:
        k, at = k + 1, tokens[k].end  # the dot a token of its own
    if (text[at - 1] in _NAME_JOINERS and k < len(tokens) and tokens[k].start == at
            and tokens[k].tag in ("ORG", "PER") and _CJK.match(text[at:at + 1])):
        return tokens[k].end, k + 1
    return end, j


def _across_a_conjunction(an: Analysis, tokens, j: int, start: int, end: int) -> tuple[int, int]:
    """在|上海市规划与/ORG|国土资源管理局/ORG|（下称上海市规划局） (CLUENER train): the model's organisation
    that ends in a conjunction (word set field_joiners: 与, 和, 及), what stands before it no
    name of its own (no organisation's head ends it), and the model's organisation right after it that
    ends in a head are one name, the fields it joins in it (规划与国土资源: :func:`.repair.fields_joined`).  Returns the new end and the
    next token."""
    text, heads = an.text, org_heads()
    if (end - start >= 3 and text[end - 1] in _CONJUNCTIONS and not text[start:end - 1].endswith(heads)
            and j < len(tokens) and tokens[j].tag == "ORG" and tokens[j].start == end
            and text[tokens[j].start:tokens[j].end].endswith(heads)
            and fields_joined(text[start:tokens[j].end], end - 1 - start)):
        return tokens[j].end, j + 1
    return end, j


_CONJUNCTIONS = frozenset(word_set("field_joiners"))


def _body_named_after(an: Analysis, start: int, end: int) -> int:
    """Where the name of a body named after the person [start, end) ends, its head
    (data/lexicon/person_body_heads.txt) right after the name or begun inside it (the model read
    彼得森基金/PER|会/v): 此外，李嘉诚|基金会|另捐款 (pd-dev), 会见美国|彼得·彼得森基金|会|主席
    (xwlb-2023); 0 if none.  The head ends a word: not 中学时代 (one word of the dictionary)."""
    text = an.text
    for head in ordered_lexicon("person_body_heads.txt"):
        for k in range(len(head)):  # k characters of the head inside the name
            begin = end - k
            if begin > start + 1 and text.startswith(head, begin) and begin + len(head) > end and (
                    begin + len(head) in an.boundaries):
                return begin + len(head)
    return 0


def _places_named(an: Analysis, candidates: list[Candidate]) -> frozenset[str]:
    """The divisions and places the article names: the rules' and the model's."""
    return frozenset([m.text for m in an.mentions if m.type in ("AdministrativeDivision", "Place")]
                     + [an.text[c.start:c.end] for c in candidates if c.type == "Place"])


def _short_form_of_a_place(name: str, places: frozenset[str]) -> bool:
    """Whether a name the model read as a person's is the start of a division the article names,
    the rest being the division's ending (word set short_place_rests: 新区, 市, 县…): 雄安新区的孩子们，
    一起描绘|雄安/PER|的未来 (xwlb-20230601-07), 从北京到|雄安/PER (雄安新区, xwlb-20230511-03): the
    division's short name."""
    return any(place.startswith(name) and place[len(name):] in _SHORT_PLACE_RESTS for place in places)


_CRAFT_HEADS = longest_first(word_set("craft_heads"))


def _names_a_craft(an: Analysis, c: Candidate) -> bool:
    """Whether a kind of spacecraft (word set craft_heads: 实验舱, 飞船) follows a name the model
    read as a person's, the name ending a word of the segmenter: 航天员|关闭|梦天/PER|实验|舱|货物气闸舱舱门
    (xwlb-20230616-07; jieba: 梦天|实验舱), 在空间站|梦天/PER|实验|舱|内 (jieba: 实验|舱内), 问天实验舱和|
    梦天/PER|实验舱 (xwlb-20230302-09): the craft's name, no person's."""
    return c.end in an.boundaries and an.text.startswith(_CRAFT_HEADS, c.end)


def _after_a_count(an: Analysis, c: Candidate) -> bool:
    """Whether a number and a measure word stand right before a name the model read as a
    person's: 8.7万亩/m|李花/PER|连片开放 (xwlb-20230129-10), 十二道/m|金芒/PER|闪耀 (xwlb-20230729-01),
    新春|第一批/m|红梅/PER (xwlb-20230213-09), 造成|2名/m|黎平民/PER (xwlb-20231015-11): what is
    counted is a thing or a kind of people, not a person.  A shirt's number names a player
    (由|7号/m|穆勒/PER|头球, pd-dev-00301); a count of what follows the name counts the person's works
    (三件|黄胄|的作品), and a verbal measure counts nothing (回想|一下|伯南克)."""
    token = _model_token_before(an, c.start)
    if token is None or token.tag != "m":
        return False
    count = an.text[token.start:token.end]
    if count in _VERBAL_MEASURES:
        return False  # 大家可以回想|一下/m|伯南克/PER|2002年11月的讲话 (CLUENER train): how often one does, no count
    rest = an.text[c.end:c.end + 1 + _LONGEST_WORK].removeprefix("的")
    if rest.startswith(_WORKS):
        # 有|三件/m|黄胄/PER|的作品, 又|一部/m|周迅/PER|电影 (CLUENER train): the count is of the person's works
        # named after the name (word set works_of_people); not 近百架|唐风|灯笼 (xwlb-20230123-02)
        return False
    return not count.endswith("号") and not count[-1:].isdigit()


_VERBAL_MEASURES = frozenset(word_set("verbal_measures"))
_WORKS = longest_first(word_set("works_of_people"))
_LONGEST_WORK = max(map(len, _WORKS))


def _model_token_before(an: Analysis, offset: int):
    """The model's word that ends at ``offset``, or None."""
    tokens = an.model_tokens or ()
    at = bisect.bisect_left(tokens, offset, key=lambda t: t.end)
    return tokens[at] if at < len(tokens) and tokens[at].end == offset else None


_SHORT_PLACE_RESTS = frozenset(word_set("short_place_rests"))
_LISTED_THINGS = pos_tags("listed_things")
_LISTED_THING_WORDS = pos_tags("listed_thing_words")
_LIST_EDGES = frozenset(word_set("list_edges"))


def _listed_with_things(an: Analysis, c: Candidate) -> bool:
    """Whether a name the model read as a person's stands in a list next to an item that is one
    common noun: 节日期间，|商超/PER|、|社区/n|、|乡村 (xwlb-20230120-04), 粮油作物、|棉花/n|、|林果/PER|等
    (xwlb-20230827-01), 刺梅、|杏梅/n|、|玉碟梅/PER|等, 夏收、|夏种/n|、|夏管/PER (xwlb-20230529-08): the
    list names things, not people.  The item is the whole of its place in the list (a list's mark,
    a conjunction or 等 on its other side: not 国家主席|武文赏|、|政府/n|总理|范明政), a word the
    dictionary knows as a common noun (not 赵洪祝|、|尤权/n|、|王丙乾: the dictionary lacks 尤权)."""
    tokens, text = an.model_tokens or (), an.text
    at = bisect.bisect_left(tokens, c.start, key=lambda t: t.start)
    last = bisect.bisect_left(tokens, c.end, key=lambda t: t.end)
    if at >= len(tokens) or tokens[at].start != c.start or last >= len(tokens) or tokens[last].end != c.end:
        return False

    def word(k: int) -> str:
        return text[tokens[k].start:tokens[k].end] if 0 <= k < len(tokens) else "。"

    def a_thing(k: int, beyond: int) -> bool:
        return (0 <= k < len(tokens) and tokens[k].tag in _LISTED_THINGS and tokens[k].end - tokens[k].start >= 2
                and word_tags().get(word(k), "") in _LISTED_THING_WORDS and word(beyond) in _LIST_EDGES)

    def a_person_listed() -> bool:
        # another item of the list the model reads as a person's name: 县领导毛献明、余建华、汪黎云/PER、陈体法、齐忠伟、
        # |方明/n|、方金菊/PER|等 (a county's page, 2021) lists people, one of whose names is a word too
        for k, step in ((at - 2, -2), (last + 2, 2)):
            while 0 <= k < len(tokens) and word(k - step // 2) == "、":
                if tokens[k].tag == "PER":
                    return True
                k += step
        return False

    return ((word(at - 1) == "、" and a_thing(at - 2, at - 3)) or (word(last + 1) == "、" and a_thing(last + 2, last + 3))) \
        and not a_person_listed()


def _names_a_listed_site(an: Analysis, c: Candidate) -> bool:
    """Whether a name the model read as a person's opens an item of a list that goes on to a site's or a project's head
    (place_suffixes.txt, word sets other_place_endings and listed_site_heads): 深入|鲁班/PER|精装|小镇|、理工大学还建社区、
    …、|林丰/PER|钢材|市场|、…、|绿夏/PER|新材料|项目|、 (a district's news site, 2021): the sites are named after
    the names, no person is.  The item is the whole of its place in the list: a list's mark right after it or
    before the name."""
    text = an.text
    end = c.end
    while end < len(text) and end - c.end <= _LONGEST_SITE_REST and _CJK.match(text[end]) and text[end] not in _LIST_EDGES:
        end += 1
    rest = text[c.end:end]
    if not 2 <= len(rest) <= _LONGEST_SITE_REST or not rest.endswith(_listed_site_heads()):
        return False
    return text[end:end + 1] in ("、", "等") or text[c.start - 1:c.start] == "、"


_LONGEST_SITE_REST = 8


@cache
def _listed_site_heads() -> tuple[str, ...]:
    return longest_first((*place_heads(), *word_set("other_place_endings"), *word_set("listed_site_heads")))


def _surname_and_a_place(an: Analysis, token, following) -> bool:
    """Whether the model read a surname alone as a person and the given name after it as a
    place, where the segmenter reads the two as one word: 唐胜杰和|江/PER|新林/LOC|自 (jieba: 江新林,
    xwlb-20231119-06), 吕钦对|许/PER|银川/LOC|、 (jieba: 许银川, pd-dev-02049).  The name is the
    surname and the place's characters (a given name may be a place's: 许|银川); not where every
    character is a division's one-character name (沪|苏/PER|浙皖/LOC|三省一市, xwlb-20230606-07: jieba 苏浙皖)."""
    start, end = token.start, following.end
    if (an.text[start:token.end] in surnames()[1] and following.tag == "LOC" and following.start == token.end
            and following.end - following.start <= 2 and chinese_name(an.text[start:end])):
        # 全国政协委员曹鹏、范扎根、|皇甫/PER|宜川/LOC|、周清 (xwlb-20230311-18; jieba: 皇甫|宜川): a compound
        # surname alone is no one's whole name; the place after it is the given name
        return True
    word = an.token_at(start)
    # (or a title before the surname and a mark after the place: 县政协主席|于/PER|兰山/LOC|, a county's page, 2024;
    # jieba 于|兰山)
    return (token.end - start == 1 and following.tag == "LOC" and following.start == token.end
            and ((word is not None and word[0] == start and word[1] == end)
                 or (title_before(an.text, start) and an.text[end:end + 1] in ("、", "，", ",")))
            and an.text[start] in surnames()[0] and chinese_name(an.text[start:end])
            and not all(ch in abbreviations() for ch in an.text[start:end]))  # 沪|苏/PER|浙皖/LOC: provinces


def _one_word_across(an: Analysis, middle: int, end: int) -> bool:
    """Whether the segmenter reads a word of foreign characters across ``middle`` that ends
    at ``end`` (梅利|托波尔 across 梅利托|波尔)."""
    token = an.token_at(middle)
    return (token is not None and token[0] < middle and token[1] == end
            and all(ch in transliteration_characters() for ch in token[2]))


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
    foreign = all(any(ch in transliteration_characters() for ch in text[s + 1:e]) for s, e in pieces)
    # the segmenter's words say where a name ends, unless each name is written apart elsewhere: then the pieces
    apart = all(_written_apart(text, s, e) for s, e in pieces)
    if (apart or (not foreign and middle in an.boundaries)) and all(
            tags.get(text[s:e], "") in _DICTIONARY_NAME_TAGS
            or read_name(text, s, frozenset((s, e)) if apart else an.boundaries | {e}) == text[s:e]
            for s, e in pieces):
        # (a photo's caption, 德州新闻网, 2021: 市领导|张传忠景文新张安民董绍辉|县领导…, jieba 张传忠景|文新张; the
        # story under it lists 张传忠、景文新、张安民、董绍辉: each name written apart there is one here)
        return True
    return any(e - s >= 2 and tags.get(word, "") in _NOT_NAME_WORD_TAGS
               for s, e, word in an.tokens_from(start, end - start) if e <= end)


def _written_apart(text: str, start: int, end: int) -> bool:
    """Whether the name at [start, end) is written elsewhere in the text as an item of a list or a clause's
    last word (张传忠、|景文新、|董绍辉,): a name of its own."""
    name = text[start:end]
    return any(at != start and (text[at - 1:at] in _APART_MARKS or text[at + len(name):at + len(name) + 1] in _APART_MARKS)
               for at in offsets(text, name))


_APART_MARKS = frozenset("、，,；;")


def _without_a_level_taken(text: str, start: int, end: int) -> int:
    """The end of the model's name at [start, end) without the level's character it took from the next word,
    where the name is written apart elsewhere without it and never with it (市领导…张安民|董绍辉县/PER|领导, a
    caption run together, 德州新闻网, 2021; the story lists …、董绍辉,县领导…): the name's end."""
    if end - start >= 3 and text[end - 1] in LEVEL_CHARACTERS and _written_apart(text, start, end - 1) \
            and not _written_apart(text, start, end):
        return end - 1
    return end

# nouns: the model's words that may continue an organisation's name up to its head, the
# dictionary's words of a minister's field (外交|部长)
_NOMINAL_TAGS = pos_tags("nominal")
_ORG_RUN_VERBAL_NOUNS = pos_tags("org_run_verbal_nouns")
_HEAD_RUN = 10


def _complete_head(an: Analysis, tokens, j: int, start: int, end: int) -> tuple[int, int]:
    """泛美卫生|组织, 国务院残疾人|工作|协调|委员会, 对外贸易经济|合作部: the model often
    ends an organisation before its head noun.  The nouns that follow, up to the last
    that ends in an organisation head, are part of the name (ten characters at most,
    never a title: 卫生部|副部长); so is the rest of a word the segmenter reads whole
    (美国化学|会 is jieba's 美国化学会).  Returns the new end and the next token."""
    text, heads = an.text, org_heads()
    if end - start < 2 or (end - start <= 3 and word_tags().get(text[start:end], "") not in _SHORT_ORG_TAGS):
        return end, j  # 干|中学, 综合|养老服务中心: a character or a common word, not a name to complete
    best, best_j, pos, k = end, j, end, j
    while k < len(tokens) and tokens[k].start == pos and tokens[k].end - end <= _HEAD_RUN:
        token = tokens[k]
        word = text[token.start:token.end]
        title = title_at(text, pos)
        # (a verb goes on a name that ends in no head yet: 五山镇纪委/ORG|第一时间|组织/v|村 (a town's page, 2021) is the
        # committee, then the adverb and the verb)
        nominal = token.tag in _NOMINAL_TAGS or (token.tag == "v" and not text[start:pos].endswith(heads)
                                                 and not text[start:end].endswith(heads) and (
            word_tags().get(word, "") in _ORG_RUN_VERBAL_NOUNS or word in heads))
        if (not nominal or not _CJK_ONLY.match(word)
                or (title is not None and len(title) >= len(word))):
            # 伊斯兰/ORG|合作/v|组织/v|秘书长 (xwlb-2023): a verbal noun of the dictionary, or the head itself,
            # the model read as a verb goes on; not after a head (中国儿童少年基金会|组织/v|实施: pd-dev)
            break  # 卫生部|副部长, 发展改革委|党组|成员 (党组成员); but 委员会 is no 委员
        pos, k = token.end, k + 1
        if (text[start:pos].endswith(heads) and pos in an.boundaries  # not 民主党|国会|议员 (国会议员)
                and word not in false_org_heads() and not joint_government(text, start, end, pos)
                and not inside_a_compound_head(text, start, pos)):  # 郑州市建设国家/ORG|中心|城市: a kind of city
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


@cache
def leader_title_pattern() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, ordered_lexicon("leader_titles.txt"))))


def leaders(an: Analysis) -> list[Candidate]:
    """法国总理|若斯潘, 若斯潘|总理, 库马拉通加|总统: a word next to a leader's title
    (data/lexicon/leader_titles.txt) that the segmenter knows as a name or does not
    know at all, and that is no place, is a person the model may have missed."""
    titles, tags, text = ordered_lexicon("leader_titles.txt"), word_tags(), an.text
    tokens = an.tokens
    # only the words next to a title are read: the tokens around each title's occurrence
    near = set()
    for match in leader_title_pattern().finditer(text):
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
            if _CJK_ONLY.match(before) and (tags.get(before, "") in _NAME_WORD_TAGS or is_place_name(before)):
                continue
        elif not (before.endswith(titles) and tag and _CJK_ONLY.match(before)):
            continue  # after a title only a word the segmenter knows as a name (not 总统|此访)
        if not (start in model_edges and end in model_edges):
            continue  # 拉马|福萨: both segmenters must agree on the name's edges
        if model_tags.get(start) == "LOC":
            continue  # 吉尔吉斯斯坦|总统: the model read a place
        if not tag and model_tags.get(start) not in _MODEL_NAME_TAGS:
            continue  # 这同|总统: a word neither knows is a name only if the model reads one word there
        if is_place_name(word) or word.endswith(titles) or word[:1] in _LEVEL_ABBREVIATIONS:
            continue
        if an.model_name_index.overlaps(start, end) or text[end:end + 1] in _NAME_JOINERS:
            continue  # 拉特纳|亚克, 罗伯特|·马尔登: the model read the whole name
        out.append(Candidate(start, end, "Person", "lexicon", 1.0))
    return out




@cache
def _foreign_leader_titles() -> re.Pattern[str]:
    """A foreign country, a qualifier or none (新任, 代理), and a chain of leaders' titles
    (副总理|兼|外长): what stands right before a foreign leader's name."""
    countries = longest_first(n for n in _countries() if n not in _home_names())
    # 文莱|苏丹|哈桑纳尔 (xwlb-20231117-06; the model: 文莱苏丹哈桑纳尔/LOC): a ruler's title that is one
    # only after a country (word set rulers_after_a_country) stands in the chain
    titles = "|".join(map(re.escape, longest_first(ordered_lexicon("leader_titles.txt")
                                                   + tuple(word_set("rulers_after_a_country")))))
    qualifiers = "|".join(map(re.escape, longest_first(word_set("leader_qualifiers"))))
    return re.compile(f"(?:{'|'.join(map(re.escape, countries))})(?:{qualifiers})?(?:{titles})(?:兼(?:{titles}))*")


@cache
def _countries() -> frozenset[str]:
    """The world list's names of countries (its rows say which names are countries)."""
    return frozenset(filter(is_country, world_rows()))


def _segmenter_edge(an: Analysis, start: int, end: int) -> int:
    """The end of a foreign leader's name read from the model's words, moved to the
    segmenter's edge where the segmenter reads a word across it: back before a common
    character the model glued on (莱希|通/电话: jieba 通电话), on to the end of a name the
    model cut (奥尔特|加/通电话: jieba 奥尔特加), as the transliteration characters tell."""
    foreign = transliteration_characters()
    if an.text[end - 1] in GLUED_TAILS and end - 1 in an.boundaries and end - 1 - start >= 2:
        return end - 1  # 德国总理|朔尔茨和/ORG|法国政府 (jieba: 朔尔茨|和): a conjunction glued on
    if end in an.boundaries:
        # 埃尔多/PER|安通/v|电话 (jieba: 安|通电话): the model's next word starts with transliteration
        # characters that the segmenter reads apart from the rest of it
        following = next((t for t in an.model_tokens if t.start == end), None) if an.model_tokens else None
        after = an.token_at(end)
        if (following is not None and after is not None and after[1] < following.end and after[1] - end <= 2
                and after[1] in an.boundaries and all(ch in foreign for ch in after[2])
                and an.text[after[1]:following.end] in word_tags()):
            return after[1]
        return end
    token = an.token_at(end)
    if token is None or token[0] >= end:
        return end
    if token[0] == end - 1 and token[0] > start + 1 and an.text[end - 1] not in foreign and token[2] in word_tags():
        return end - 1  # not 马克龙|向 (jieba: 马克|龙向, a word it does not know)
    if token[0] >= start and token[1] - end <= 2 and all(ch in foreign for ch in an.text[end:token[1]]):
        return token[1]
    return end


_LEADER_NAME_STOPS = pos_tags("leader_name_stops")
_VERB_TAGS_OF_MODEL = pos_tags("model_verbs")


def _leader_name_word(text: str, token, first: bool, start: int | None = None) -> bool:
    """Whether a word the model read after a foreign leader's title may be (a piece of)
    the name.  A word of transliteration characters that is no function word (拉/v|马福萨,
    欧尔|班/n, 拉赫蒙/v) or what the model reads as a person may be any piece; the first may
    also be a word jieba's dictionary lacks that the model reads as no verb (特本/d|决定), or
    whose characters are mostly transliteration characters (拉赫蒙/v).
    Not 气候, 致, 将, 办公室, 和, nor 访华/v, 互致/v; nor 贺信, 顾问, which the dictionary
    tags as names (普京|贺信, 总理|顾问|雷格夫)."""
    word = text[token.start if start is None else start:token.end]
    if not _CJK_ONLY.fullmatch(word.replace("·", "")) or token.tag in ("w", "m", "q", "TIME"):
        return False
    if token.tag == "PER":
        return True
    if first and token.tag in _MODEL_PROPER_TAGS and word_tags().get(word, "") in _DICTIONARY_PROPER_TAGS:
        return True  # 匈牙利总理|欧尔/ORG|班 (jieba: 欧尔/ns): a proper noun, of whatever type
    if token.tag not in _LEADER_NAME_STOPS and all(ch in transliteration_characters() for ch in word):
        return True
    foreign = sum(ch in transliteration_characters() for ch in word)
    return first and word not in word_tags() and (token.tag not in _VERB_TAGS_OF_MODEL or 2 * foreign > len(word))


_MODEL_PROPER_TAGS = pos_tags("model_proper_nouns")
_DICTIONARY_PROPER_TAGS = pos_tags("dictionary_proper_nouns")


def foreign_leaders(an: Analysis) -> list[Candidate]:
    """南非总统|拉马福萨, 匈牙利总理|欧尔班|对此, 阿尔及利亚总统|特本|决定, 马来西亚总理|安瓦尔|、,
    科威特|新任|埃米尔|米沙勒 (xwlb-20230312-19, -20230316-09, -20230907-06, -20231217-01): after a
    foreign country and a leader's title (data/lexicon/leader_titles.txt) the model's words up
    to a function word, a date or a common word make the leader's name, whatever the model
    tagged them (拉/v|马福萨/PER, 特本/a, 阿尔巴尼斯/LOC).  The name is then that person's
    wherever else the article writes it as a word (特本|表示, 会见|特本|时)."""
    text, tokens = an.text, an.model_tokens or ()
    starts = {t.start: i for i, t in enumerate(tokens)}
    names: set[str] = set()
    out = []
    for match in _foreign_leader_titles().finditer(text):
        at = starts.get(match.end())
        end = match.end()
        if at is None:
            # 巴林国王哈马德通/n|电话: the model read the title and the name as one word; the
            # name starts after the title; a word from before the country (兼外|长沙) holds none
            at = bisect.bisect_right(tokens, match.end(), key=lambda t: t.start) - 1
            if (at < 0 or tokens[at].start < match.start() or tokens[at].end - end < 2
                    or text[tokens[at].start:tokens[at].end] in word_tags()):
                continue  # 智利总统府/n: a word of the dictionary
            if not _leader_name_word(text, tokens[at], True, end):
                continue
            end, at = tokens[at].end, at + 1
        while at < len(tokens) and tokens[at].start == end:
            token = tokens[at]
            if _leader_name_word(text, token, end == match.end()):
                end, at = token.end, at + 1
            elif (text[token.start:token.end] in _NAME_JOINERS and at + 1 < len(tokens) and end > match.end()
                  and _leader_name_word(text, tokens[at + 1], False)):
                end, at = tokens[at + 1].end, at + 2  # 夏巴兹|·|谢里夫
            else:
                break
        if end > match.end() and text[end:end + 1] and text[end] in _NAME_JOINERS:
            # 美国前国务卿|亨利/PER|·基辛格/w|当天 (xwlb-20231130-07): the model read the dot and the surname as a
            # mark; the segmenter's word after the dot, written mostly in transliterating characters (基辛格/n), ends
            # the name
            following = an.token_at(end + 1)
            if (following is not None and following[0] == end + 1 and len(following[2]) >= 2
                    and 2 * sum(ch in transliteration_characters() for ch in following[2]) > len(following[2])):
                end = following[1]
        end = _segmenter_edge(an, match.end(), end)
        end -= glued_verb(text[match.end():end])  # 美国总统|克林顿派/PER|代表 (pd-dev-00557)
        name = text[match.end():end]
        if (len(name) < 2 or name in _countries() or name.endswith(ordered_lexicon("leader_titles.txt"))
                or title_at(text, match.end())):
            continue  # 以色列总理|顾问|雷格夫: another title, another person
        out.append(Candidate(match.end(), end, "Person", "lexicon", 1.0))
        names.add(name)
    if not names:
        return out  # no leader named: the article's word edges are not needed (a set of every token's)
    edges = an.boundaries | {t.start for t in tokens} | {t.end for t in tokens}
    found = {(c.start, c.end) for c in out}
    for name in names:
        for match in re.finditer(re.escape(name), text):
            span = (match.start(), match.end())
            if (span not in found and match.start() in edges and match.end() in edges
                    and not _joined(text, match.start() - 1) and not _joined(text, match.end())):
                out.append(Candidate(*span, "Person", "lexicon", 1.0))
    return out


@cache
def _doctrine_heads() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, longest_first(word_set("doctrine_heads")))))


def doctrines(an: Analysis) -> list[Candidate]:
    """马克思主义/nz, 邓小平/nz|理论, 毛泽东|思想 (pd-dev-00073, -01563): a doctrine named after a person
    (word set doctrine_heads: 主义, 思想, 理论) names that person, where the model reads the name, or
    the name and the head, as one proper noun (nz) and the dictionary knows the name as a person's
    (not 社会|主义, 三民|主义; nor 习近平|生态|文明/n|思想 (xwlb-20230217-01): jieba tags 文明 nr)."""
    tokens, text, tags = an.model_tokens or (), an.text, word_tags()
    out = []
    for match in _doctrine_heads().finditer(text):
        at = bisect.bisect_right(tokens, match.start() - 1, key=lambda t: t.start) - 1
        if at < 0 or tokens[at].tag != "nz" or tokens[at].end not in (match.start(), match.end()):
            continue  # 生态|文明/n|思想: a common noun the dictionary happens to tag nr names nobody
        start = tokens[at].start
        if match.start() - start >= 2 and tags.get(text[start:match.start()], "")[:2] == "nr":
            out.append(Candidate(start, match.start(), "Person", "lexicon", 1.0))
    return out


_WORK_TITLE = re.compile(r"《([^《》\n]{2,30})》")
_TITLE_OPENERS = longest_first(word_set("work_title_openers"))
_TITLE_GENRES = longest_first(word_set("work_title_genres"))
# what may follow a person's name inside a work's title: its end, the possessive, a list's
# comma, or a conjunction before the next name
_AFTER_NAME_IN_TITLE = ("的", "、", "和", "与")  # not a dot: 《安娜·卡列尼娜》 is no Chinese name


def names_in_titles(an: Analysis) -> list[Candidate]:
    """《李白》, 《致|江绍原》, 《李中贤|诗文集》, 《陈伊玲|的|故事》 (pd-dev-01257, -00619, -01237,
    -00029): the model reads a work's title as one word (nw) and names nobody in it, but a title
    that is a person's name, or opens with one (after 致, 怀念: word set work_title_openers) that
    the title's end, 的, a list's comma or the kind of work (word set work_title_genres: 诗文集,
    年谱, 传) follows, names that person.  The name must read as a Chinese name where the title's
    edges are words' edges (:func:`read_name`: not 《蓝|蝴蝶》, 《宣传|提纲》)."""
    text, out = an.text, []
    titles = {match.group(1) for match in _WORK_TITLE.finditer(text)}
    for match in _WORK_TITLE.finditer(text):
        start, end = match.span(1)
        edges = an.boundaries | {start, end}
        first = pos = start + len(_opener(text, start))
        names: list[Candidate] = []
        while pos < end:
            name = read_name(text, pos, edges | {pos})
            if name is None or is_place_name(name) or _given_name_a_word(name) or _starts_with_a_word(an, pos, name):
                break
            after = pos + len(name)
            if pos == start and after == end and an.model_names.get(pos) != end and (
                    word_tags().get(name, "")[:2] != "nr" or _in_a_list_of_titles(text, start - 1, end + 1)
                    or any(name in longer and len(longer) > len(name) for longer in titles)):
                # a whole title is a name where the model or the dictionary reads one (《李白》, 《焦裕禄》);
                # not 《时代潮》|杂志, nor a work in a row of works (春节期间，包括《满江红》《流浪地球2》:
                # films, xwlb-20230123-05), nor the short form of a longer title the text names
                # (《维也纳宣言和行动纲领》 … 《宣言》明确强调, xwlb-20230330-11; jieba tags 宣言 nr)
                break
            if not (after == end or pos > first or text.startswith(_AFTER_NAME_IN_TITLE, after)
                    or (text.startswith(_TITLE_GENRES, after) and after in an.boundaries)):
                break  # 《习近平|谈|治国理政》: what follows the first name (not a listed one) is no kind of work
            if text.startswith("的", after) and len(name) < 3 and an.model_names.get(pos) != after:
                break  # 《文明|的|荣光》: jieba tags 文明 nr; a surname and one character before 的 need the model
            names.append(Candidate(pos, after, "Person", "lexicon", 1.0))
            if text[after:after + 1] not in ("、", "和", "与"):
                break
            pos = after + 1  # 《毛泽东、邓小平、江泽民|新闻宣传思想研究》: a list of names
        else:
            out.extend(names)
            continue
        if names and text[names[-1].end:names[-1].end + 1] in ("和", "与"):
            names.pop()  # 《区块链|和|分布式…》, 《毛泽东|与|抗美援朝》: a name joined to no other name is uncertain
        out.extend(names)
    return out


def appointees(an: Analysis) -> list[Candidate]:
    """任命|阴和俊|为|科学技术部|部长 (xwlb-20231024-07; the model: 阴/n|和/c|俊/an), 任命|蓝佛安/ORG|为|财政部|部长 (the
    same sentence), 任命|陆治原|为|民政部|部长 (xwlb-20231229-05): the people a verb of taking or leaving a post names right
    after it (the verbs whose holder follows them, data/posts/post_verbs.tsv), listed with 、 and closed by the verb's
    joiner (为; 的 of 免去|…|的|…职务), are people, where each reads as a Chinese name (:func:`reads_as_chinese`) that
    is no place and no other word of the dictionary (not 任命|中国|为, 免去|其|…).  Two such a year in xwlb-2023 that
    the model misses; a county's appointment notices hold many."""
    text, out, tags = an.text, [], word_tags()
    for verb, holder_after, joiners, _ in post_verbs():
        if not holder_after or not joiners:
            continue
        ends = ("、", *joiners)
        start = text.find(verb)
        while start >= 0:
            pos, names = start + len(verb), []
            while True:
                name = next((text[pos:k] for k in range(pos + 2, pos + 5) if text.startswith(ends, k)), None)
                if (name is None or not reads_as_chinese(name) or is_place_name(name)
                        or tags.get(name, "nr")[:2] != "nr"):
                    names = []
                    break
                names.append(Candidate(pos, pos + len(name), "Person", "lexicon", 1.0))
                pos += len(name)
                if text.startswith(joiners, pos):
                    break
                pos += 1  # past the list's 、
            out.extend(names)
            start = text.find(verb, start + len(verb))
    return out


def _opener(text: str, start: int) -> str:
    """The word that opens a work's title before the person it names (致, 怀念), or ''."""
    return next((w for w in _TITLE_OPENERS if text.startswith(w, start)), "")


def _in_a_list_of_titles(text: str, start: int, end: int) -> bool:
    """Whether the title marked at [start, end) (《…》) stands next to another one, alone or
    after a list's comma (《满江红》《流浪地球2》, 《甲》、《乙》)."""
    return (text.startswith(("《", "、《"), end) or text.endswith("》", 0, start)
            or text.endswith("》、", 0, start))


def _starts_with_a_word(an: Analysis, pos: int, name: str) -> bool:
    """Whether the segmenter reads a word of the dictionary across the surname that ends inside
    the name (《匡正|干|的导向》, 《区块|链|和…》): the surname starts a word, no name."""
    token = an.token_at(pos)
    return token is not None and token[0] == pos and 1 < token[1] - pos < len(name) and token[2] in word_tags()


def _given_name_a_word(name: str) -> bool:
    """Whether what follows the surname is a word of the dictionary that is no name (蓝|蝴蝶/n):
    in a title, without the model's reading of a person, a surname and a word name nobody."""
    singles, doubles = surnames()
    given = name[2:] if name[:2] in doubles else name[1:]
    return len(given) >= 2 and word_tags().get(given, "nr")[:2] != "nr"


def _joined(text: str, at: int) -> bool:
    """Whether a name's dot stands at ``at`` (巴沙尔|·|阿萨德: 阿萨德 is part of a longer name)."""
    return 0 <= at < len(text) and text[at] in _NAME_JOINERS


_CJK_ONLY = re.compile(r"^[\u4e00-\u9fff]+$")


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
    model_starts = {t.start for t in an.model_tokens or ()}
    for start, end, _ in occurrences:
        if start not in an.boundaries and start in model_starts and text[start - 1:start] in _PLACE_GLUED:
            # 习近平|同北/LOC…: jieba 同北|马其顿共和国 (xwlb-20231012-02), where the model starts a word at the
            # country's start: a preposition glued on, the country whole
            start_ok = True
        else:
            start_ok = start in an.boundaries
        if start_ok and end in known:
            # 挪威|海军, 俄罗斯|国家杜马: a country and a white-list body are one name (the segmenter may
            # read them as one word: 俄罗斯国家杜马, xwlb-20230130-10)
            out.append(Candidate(start, known[end].end, "Agency", "lexicon", 1.0))
        elif start_ok and end in an.boundaries:
            out.extend(country_organisation(an.text, Candidate(start, end, "Place", "world", 0.5)))
    return out
