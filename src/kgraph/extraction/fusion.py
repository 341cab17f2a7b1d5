"""The fusion: one choice among every candidate that overlaps another, in one place.

:func:`choose` gathers the proposers' candidates (:mod:`.proposers`, :mod:`.organisations`), aligns them with what
the rules and the gazetteer resolved, and :func:`fuse` keeps one reading per span: a
span a rule resolved keeps its reading (it is linked and more specific), and the longest
candidate of the best-ranked source wins among the rest.
"""
from __future__ import annotations

import bisect
import re

from ..gazetteer import gazetteer
from ..resources import lexicon, longest_first, ordered_lexicon, pos_tags, tokenizer, word_set, word_tags
from .analysis import Analysis, SpanIndex
from .candidates import Candidate
from .events.vocabulary import markers  # the verbs of saying (data/events/markers.tsv saying_verbs)
from .lexicons import (CJK_RUN, CLAUSE_MARKS, DIVISION_ENDINGS, LIST_MARKS, is_place_name, org_heads, person_roles, place_heads, transliteration_characters,
                       world_finder)
from .names import chinese_name, reads_as_chinese, title_at, title_before
from .organisations import (dictionary_organisations, foreign_party_bodies, joined_fields, listed_organisations, listed_teams, ministries,
                            missions, news_sites, periodicals, quoted_organisations, with_units)
from .proposers import (appointees, doctrines, foreign_leaders, known_names, leader_title_pattern, leaders, model_candidates,
                        names_in_titles, speakers, world_places)
from .recognisers.agencies import GLUED_BREAKS, org_run
from .repair import GLUED_TAILS, GLUED_WORDS, repair, rest_of_a_foreign_name

__all__ = ["choose", "fuse", "may_contain"]


def choose(an: Analysis) -> list[Candidate]:
    """Every candidate of the proposers, fused with the spans the rules and the gazetteer
    resolved: the chosen ones, in text order, none overlapping another."""
    taken = [(m.start, m.end, m.type) for m in an.mentions if m.end > m.start]
    model_starts = [t.start for t in an.model_tokens]
    known = known_names(an)
    model = [with_units(an, c, model_starts) for c in model_candidates(an) + ministries(an) + known
             + periodicals(an) + news_sites(an) + dictionary_organisations(an) + foreign_party_bodies(an) + quoted_organisations(an) + joined_fields(an)] + [r for c in leaders(an) for r in repair(an, c)] + foreign_leaders(an) + doctrines(an)
    model += names_in_titles(an) + _unknown_words_after_titles(an) + _names_between_titles(an) \
        + _names_in_a_titles_word(an) + _names_glued_to_a_break_after_titles(an) \
        + _names_in_a_phrase_before_titles(an) \
        + speakers(an) + appointees(an)
    model = _whole_foreign_names(an, model)
    model = _one_type_per_name(an.text, model)
    model += _names_after_glued_verbs(an, model)
    model += _people_read_as_organisations(an, model)
    model = _people_read_as_places(an, model)
    model = _people_listed_with_things(an, model)
    model = _glued_to_a_name(an.text, model)
    model = _words_glued_to_a_name(an, model)
    model = _places_by_context(an, model)
    model = _organisations_by_context(an, model)
    model += _named_after_foreign_names(an, model)
    model = listed_organisations(an, model)  # 用友、新天地/LOC、金山/LOC…等软件厂商: organisations
    model = _over_known_parts(an.text, model)
    model = _after_locating_divisions(an, model)
    model = [c for c in model if not _a_field_of_departments(an.text, c)]
    occurrences = _no_rulers_titles(an.text, world_finder()(an.text))
    countries = world_places(an, occurrences, known)
    # a model name that cuts through a country's name, or lies inside one, is wrong: 几内亚比|绍, 安提|瓜和巴布达
    every_country = SpanIndex((ws, we) for ws, we, _ in occurrences)
    model = [c for c in model if not any(not (c.start <= ws and we <= c.end)
                                         for ws, we in every_country.overlapping(c.start, c.end))]
    # 沙特驻|伊朗大使馆: Saudi Arabia's; 美国和俄罗斯|队: the countries' teams
    return fuse(taken, missions(an, listed_teams(an, model + countries)), an.text)


_DEPARTMENTS = longest_first(word_set("departments_of_a_field"))


def _a_field_of_departments(text: str, c: Candidate) -> bool:
    """Whether the model read as an organisation the field written before 部门 (departments in general): 接下来，
    |辽宁省农业农村|部门将统筹安排资金, 根据|韩国消防|部门今天公布, 各地的|人力资源社会保障|部门 (xwlb-2023): no
    body, and the country or division in it stays what the other proposers read (韩国: a place)."""
    return c.type == "Agency" and c.source == "model" and text.startswith(_DEPARTMENTS, c.end)


def _named_after_foreign_names(an: Analysis, candidates: list[Candidate]) -> list[Candidate]:
    """泰利特/PER|北京围棋女队 (pd-dev-00979), 游击队组织|萨帕塔/PER|全国民族解放军/ORG (pd-dev-01253), 与|佩诺/PER|—|
    里加集团/ORG (pd-dev-01145): a foreign name the model read as a person's, and right after it (or after a
    dash) the words of an organisation's name up to its head, are one organisation named after it (a
    sponsor, a hero, a founder: 弗兰克·派斯|农业信用合作社, xwlb-20230919-04).  Not a title after the name
    (普京|总统), a verb (雷蒙多|代表|美国政府), another name inside (西摩·赫什|爆料|美国|政府), nor a head alone
    (克林顿|政府: his administration, 罗威|公司: the company's short name, which the fusion reads elsewhere)."""
    text, out = an.text, []
    named = [c.start for c in candidates if c.type in ("Agency", "Place")]
    for c in candidates:
        if c.type != "Person" or c.source != "model" or reads_as_chinese(text[c.start:c.end]):
            continue
        start = c.end + (1 if text[c.end:c.end + 1] in _NAME_DASHES else 0)
        word = an.token_at(start)
        if (title_at(text, start) is not None or start not in an.boundaries or word is None
                or word_tags().get(word[2], "").startswith("v")
                or any(t.start == start and t.tag.startswith("v") for t in an.model_tokens_between(start, start + 1))):
            # not 雷蒙多|代表/v|美国政府, 西摩·赫什|爆料|美国政府, nor a verb the model reads in a word jieba guessed
            # (区政协副主席|徐金威|率/v|区政协文化文史学习委, 九龙坡区's page, 2023: jieba's 率区)
            continue
        ends = [e for e in org_run(text, start, min(len(text), start + 12)) if e - start >= 3]
        if (ends and text[start:ends[-1]] not in lexicon("generic_org_heads.txt")
                and not any(start < s < ends[-1] for s in named)):
            out.append(Candidate(c.start, ends[-1], "Agency", "model", c.score))
    return out


_NAME_DASHES = frozenset("—－-")


def _people_read_as_organisations(an: Analysis, candidates: list[Candidate]) -> list[Candidate]:
    """李强|同|安瓦尔/ORG|举行会谈 … 安瓦尔/PER|表示 … 李强|和|安瓦尔/ORG|共同见证 (xwlb-20230401-06): a name
    the article reads as a person's elsewhere on evidence (a title before it, a verb of saying after it:
    not 汗|尤尼斯, a city's name cut) is that person where the model read the very same word
    as an organisation with no organisation's head (a guess the repair drops, so the meeting lost
    its other side).  Not a word with a head (李嘉诚/PER … 李嘉诚基金会/ORG is the foundation)."""
    text, says = an.text, markers("saying_verbs")
    people = {text[c.start:c.end] for c in candidates if c.type == "Person" and c.end - c.start >= 3
              and (title_before(text, c.start) or text.startswith(says, c.end))}
    if not people:
        return []
    read = SpanIndex((c.start, c.end) for c in candidates)
    return [Candidate(token.start, token.end, "Person", "model", 1.0) for token in an.model_tokens or ()
            if token.tag == "ORG" and text[token.start:token.end] in people
            and not text[token.start:token.end].endswith(org_heads()) and not read.overlaps(token.start, token.end)
            and _starts_a_word(an, token.start)]


def _people_read_as_places(an: Analysis, candidates: list[Candidate]) -> list[Candidate]:
    """巴基斯坦国民议会|议长|阿什拉夫/LOC|举行会谈 (xwlb-20230726-02): a name the model reads as a place right after a
    post's title, that no list of places knows (a country, a foreign region, a Chinese division), is the holder's."""
    text = an.text
    return [Candidate(c.start, c.end, "Person", c.source, c.score)
            if c.type == "Place" and c.source == "model" and c.end - c.start >= 2 and title_before(text, c.start)
            and not is_place_name(text[c.start:c.end]) and not text[c.start:c.end].endswith(place_heads()) else c
            for c in candidates]


def _people_listed_with_things(an: Analysis, candidates: list[Candidate]) -> list[Candidate]:
    """本村适合|草莓|、|黄桃/PER|生长的自然条件 (a village's page, 2023, three times): a name the model reads as a person's,
    listed right after or before a common noun of the dictionary (草莓/n) that is no title and that the model reads as
    no name, is a thing of that list, no person: dropped.  Names are listed with names: not in a list that holds another
    of the model's people (副主席向午平、|梁福荣; …陈体法、齐忠伟、|方明/n|、方金菊, a county's page, 2021)."""
    text, tags = an.text, word_tags()
    names = SpanIndex((t.start, t.end) for t in an.model_tokens or () if t.tag in ("PER", "ORG", "LOC"))
    people = {(t.start, t.end) for t in an.model_tokens or () if t.tag == "PER"}

    def among_people(c: Candidate) -> bool:
        # the list's items around it, to its marks: another the model reads as a person's
        start = c.start
        while start > 1 and text[start - 1] == "、":
            before = max(text.rfind(mark, 0, start - 1) for mark in _ITEM_OPENINGS) + 1
            if (before, start - 1) in people:
                return True
            start = before
        end = c.end
        while text[end:end + 1] == "、":
            after = min((i for i in (text.find(mark, end + 1) for mark in _ITEM_OPENINGS | {"等"}) if i >= 0),
                        default=len(text))
            if (end + 1, after) in people:
                return True
            end = after
        return False

    def a_thing(start: int, end: int) -> bool:
        # (no word of address after a name: 任命|张华/PER|同志|、|李军|同志, a county's appointments; no role before one:
        # 实际控制人|康学俭|、|法定代表人/n|康继革, xwlb-20230829-11)
        word = text[start:end]
        return (end - start >= 2 and tags.get(word) == "n" and title_at(text, start) is None
                and not names.overlaps(start, end) and not names.overlaps(start - 1, start)
                and not names.overlaps(end, end + 1))

    def listed_with_a_thing(c: Candidate) -> bool:
        before = an.token_at(c.start - 2) if c.start >= 2 and text[c.start - 1] == "、" else None
        after = an.token_at(c.end + 1) if text[c.end:c.end + 1] == "、" else None
        # (the item after it the thing whole, up to a mark: 黄桃、|草莓|等; not 康学俭、|法定|代表人康继革)
        return (before is not None and before[1] == c.start - 1 and a_thing(before[0], before[1])) or (
            after is not None and after[0] == c.end + 1 and text[after[1]:after[1] + 1] in _ITEM_MARKS
            and a_thing(after[0], after[1]))

    # (not a name the dictionary holds as one: 马列主义、|毛泽东/nr|思想, pd-dev-02233)
    return [c for c in candidates if not (c.type == "Person" and c.source == "model" and c.end - c.start <= 3
                                          and not tags.get(text[c.start:c.end], "").startswith("nr")
                                          and not title_before(text, c.start) and listed_with_a_thing(c)
                                          and not among_people(c))]


def _starts_a_word(an: Analysis, start: int) -> bool:
    """A word of the segmenter's starts at ``start``, or one glued a preposition before it (同安|瓦尔: 同|安瓦尔);
    not the rest of a word (汗尤尼斯: 汗|尤尼斯 is the city's name cut)."""
    return start in an.boundaries or (start - 1 in an.boundaries and an.text[start - 1] in _BEFORE_A_NAME)


_BEFORE_A_NAME = GLUED_BREAKS | frozenset(GLUED_TAILS)  # 同安|瓦尔: 同|安瓦尔


def _names_after_glued_verbs(an: Analysis, candidates: list[Candidate]) -> list[Candidate]:
    """弹劾内政部长|努里/PER|的议案后，立即|任命努里/v|为… (pd-dev-00823): a word of the model's that is a word of
    the dictionary (任命, which jieba tags n) and a name the article reads as a person's elsewhere, and no
    word of the dictionary as a whole, holds that person: the model glued the word before it on."""
    text, tags = an.text, word_tags()
    names = {text[c.start:c.end] for c in candidates if c.type == "Person" and c.end - c.start >= 2}
    if not names:
        return []
    out = []
    for token in an.model_tokens or ():
        word = text[token.start:token.end]
        if token.tag in _MODEL_NAME_TAGS or word in tags or len(word) < 4:
            continue
        name = next((n for n in names if word.endswith(n) and len(word) > len(n)), None)
        verb = word[:len(word) - len(name)] if name else ""
        if name is not None and len(verb) >= 2 and verb in tags and token.start + len(verb) in an.boundaries:
            out.append(Candidate(token.start + len(verb), token.end, "Person", "model", 1.0))
    return out


_MODEL_NAME_TAGS = pos_tags("model_names_and_times")


def _names_in_a_phrase_before_titles(an: Analysis) -> list[Candidate]:
    """要认真贯彻落实|习近平总书记系列重要讲话精神/nz (上街区's people's congress, 2017; jieba 习近平/nr|总书记): a name of
    the dictionary's people (nr), a title of the segmenter's right after it, inside one word of the model's of no name
    that runs on past the title, is the person."""
    out, tags, titles = [], word_tags(), lexicon("titles.txt")
    tokens = an.model_tokens or ()
    for token in tokens:
        if token.tag in ("PER", "ORG", "LOC") or token.end - token.start < 5:
            continue
        word = an.token_at(token.start)
        if word is None or word[0] != token.start or not 2 <= word[1] - word[0] <= 3 \
                or not tags.get(word[2], "").startswith("nr"):
            continue
        title = an.token_at(word[1])
        if title is not None and title[0] == word[1] and title[2] in titles and title[1] < token.end:
            out.append(Candidate(word[0], word[1], "Person", "model", 1.0))
    return out


def _unknown_words_after_titles(an: Analysis) -> list[Candidate]:
    """前国家银行|行长|伦差/v|等7人 (pd-dev-01219; jieba: 伦差, a word it does not know): a word neither the
    dictionary nor the model knows as one (a verb or noun of its guessing, one word of the segmenter's
    guessing too), right after a title and before
    a list's mark, 等 or the sentence's end, is the holder's name.  Not a title again (行长|助理), nor a word
    of the dictionary (部长|表示)."""
    text, tags, out = an.text, word_tags(), []
    tokens = an.model_tokens or ()
    for i, token in enumerate(tokens):
        if token.tag not in _GUESSED_WORD_TAGS:
            continue  # (the check below, first: most of the model's words are no guess)
        end, k = token.end, i + 1
        word = an.token_at(token.start)
        while (word is not None and word[0] == token.start and end < word[1] and k < len(tokens)
               and tokens[k].start == end and tokens[k].tag in _GUESSED_WORD_TAGS):
            # 汇丰集团行政总裁|祈耀/v|年/n|、 (xwlb-20230329-05; jieba guesses 祈耀年): the model's guesses in
            # one word the segmenter guessed are that word
            end, k = tokens[k].end, k + 1
        name = text[token.start:end]
        if (not 2 <= len(name) <= 4 or token.tag not in _GUESSED_WORD_TAGS or name in tags
                or not CJK_RUN.fullmatch(name) or text[end:end + 1] not in _AFTER_A_HOLDER
                or not title_before(text, token.start) or title_at(text, token.start) is not None
                or (word or (None, None))[:2] != (token.start, end)):
            continue  # one word of the segmenter's too (伦差; not 委员|发言|说)
        out.append(Candidate(token.start, end, "Person", "model", 1.0))
    return out


def _names_between_titles(an: Analysis) -> list[Candidate]:
    """旗政协主席|宝/n|力道/n|、|副主席|姚海明 (西乌珠穆沁旗's page, 2019; jieba 宝|力道): what stands between a title and
    a list's mark before another title, two to four characters the model reads as no name, place or organisation, is
    the first holder's name where it reads as a Chinese name or the dictionary holds it as a name (宝力道/nr).  Not a
    title itself (主席|团), and not where a title follows no list's mark (the holders of a list are each written after
    their title)."""
    text, tags, out = an.text, word_tags(), []
    for mark in re.finditer("[、，,]", text):
        end = mark.start()
        if title_at(text, end + 1) is None:
            continue
        for size in (3, 2, 4):
            start = end - size
            name = text[start:end]
            if start < 1 or start not in an.boundaries or not CJK_RUN.fullmatch(name) \
                    or not title_before(text, start) or title_at(text, start) is not None \
                    or not (tags.get(name) in _DICTIONARY_NAMES or name not in tags and reads_as_chinese(name)) \
                    or any(t.tag in ("PER", "ORG", "LOC") or t.start < start < t.end
                           for t in an.model_tokens_between(max(0, start - 4), end)):
                continue
            out.append(Candidate(start, end, "Person", "model", 1.0))
            break
    return out


def _names_in_a_titles_word(an: Analysis) -> list[Candidate]:
    """韩正|还|与|副首相道登/n|举行了|会见 (xwlb-20230507-03; jieba: 副|首相|道|登), 会见|斯洛伐克/LOC|国民议/n|会议长科拉尔/n
    (xwlb-20230419-07): a word of the model's that holds a leader's title (data/lexicon/leader_titles.txt) and goes on
    after it with what no word of the dictionary is, two to four characters to the word's end, holds the holder's name
    there.  Not a word of the dictionary after the title (首相|官邸, 总统|表示)."""
    text, tags, out = an.text, word_tags(), []
    tokens = an.model_tokens or ()
    for i, token in enumerate(tokens):
        if token.tag in ("PER", "ORG", "LOC") or token.end - token.start < 3:
            continue
        found = leader_title_pattern().search(text, token.start, token.end)
        if found is None:
            continue
        name = text[found.end():token.end]
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if 1 <= len(name) <= 2 and following is not None and following.tag == "PER" and following.start == token.end:
            # 俄罗斯|第一|副总理别/n|洛乌索夫/PER (xwlb-20231120-03): the name's first characters glued to the title,
            # the model's person the rest of it
            out.append(Candidate(found.end(), following.end, "Person", "model", 1.0))
            continue
        if 2 <= len(name) <= 4 and CJK_RUN.fullmatch(name) and name not in tags and title_at(name, 0) is None \
                and 2 * sum(ch in transliteration_characters() for ch in name) >= len(name) \
                and not any(len(word) >= 2 and word in tags and not tags[word].startswith("nr")
                            for word in tokenizer().lcut(name)):
            # (a transliteration's characters, half of them at least: not 总统|此访, xwlb-2023's state visits)
            # (a word of a transliterated name the dictionary holds is the name's: 科|拉尔/nrt)
            out.append(Candidate(found.end(), token.end, "Person", "model", 1.0))
    return out


def _names_glued_to_a_break_after_titles(an: Analysis) -> list[Candidate]:
    """柳州市委常委、宣传部部长、副市长|曾艳到|我县调研 (鹿寨县's page, 2017; the model: 曾/d 艳/v): a word the segmenter
    guessed (no word of the dictionary) right after a title, of a Chinese name and a preposition or verb glued to it
    (word set glued_breaks: 到, 在, 为), is the holder's name; the title says one follows."""
    text, tags, out = an.text, word_tags(), []
    # (not where the model reads the whole word a name: 副市长|刘敬为/PER|出席, a given name ending in 为)
    whole = {(t.start, t.end) for t in an.model_tokens or () if t.tag == "PER"}
    for start, end, word in an.tokens:
        if not 3 <= len(word) <= 4 or word in tags or word[-1] not in GLUED_BREAKS or not CJK_RUN.fullmatch(word) \
                or (start, end) in whole:
            continue
        name = word[:-1]
        if chinese_name(name) and name not in tags and title_before(text, start) and title_at(text, start) is None:
            out.append(Candidate(start, end - 1, "Person", "model", 1.0))
    return out


# the model's guesses of a word it does not know; what follows a holder's name at the end of a phrase
_GUESSED_WORD_TAGS = pos_tags("model_guessed_words")
_DICTIONARY_NAMES = pos_tags("dictionary_name")
_AFTER_A_HOLDER = frozenset("、，。；：！？等和")


def _whole_foreign_names(an: Analysis, candidates: list[Candidate]) -> list[Candidate]:
    """Each foreign person's name whole where the model or the segmenter's edge cut it before the
    rest, which the model reads as a word of no name (:func:`.repair.rest_of_a_foreign_name`):
    哈萨克斯坦外长|努尔特/PER|列吾/v|会晤 is 努尔特列吾 (xwlb-20230412-13; jieba 努尔|特列|吾, where the
    leader read after the title ended), 院长|格雷特/PER|施莱格/v|、 is 格雷特施莱格 (pd-dev-01191)."""
    out = []
    for c in candidates:
        rest = rest_of_a_foreign_name(an, c.start, c.end) if c.type == "Person" else 0
        out.append(Candidate(c.start, c.end + rest, c.type, c.source, c.score) if rest else c)
    return out


_RULERS_AFTER_A_COUNTRY = frozenset(word_set("rulers_after_a_country"))


def _no_rulers_titles(text: str, occurrences: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The world list's names in the text less a ruler's title written right after a country:
    会见|文莱|苏丹|哈桑纳尔 (xwlb-20231117-06) names Brunei and its sultan, not Sudan."""
    ends = {end for _, end, _ in occurrences}
    return [o for o in occurrences if not (text[o[0]:o[1]] in _RULERS_AFTER_A_COUNTRY and o[0] in ends)]


# the type a rule or the gazetteer gives is more specific than the model's guess
# (a team is read from its list as a pattern's reading: 美国和俄罗斯|队, organisations.listed_teams)
_SOURCE_RANK = {"rule": 4, "gazetteer": 4, "lexicon": 3, "team": 3, "model": 2, "world": 1}


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
        if any(not may_contain(c, s, e, t, text) for s, e, t in resolved.overlapping(c.start, c.end)):
            continue
        at = bisect.bisect_left(starts, c.end)
        if at and ends[starts[at - 1]] > c.start:
            continue
        bisect.insort(starts, c.start)
        ends[c.start] = c.end
        chosen.append(c)
    return sorted(chosen, key=lambda c: (c.start, -c.end))


def may_contain(c: Candidate, start: int, end: int, type_: str, text: str = "") -> bool:
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
        return (len(rest) >= 2 and rest not in gazetteer().all_names and not rest.endswith(DIVISION_ENDINGS)
                and rest.endswith(ordered_lexicon("place_suffixes.txt")))
    return c.type == "Person" and type_ in ("AdministrativeDivision", "Place")


def _one_type_per_name(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """巴勒斯坦伊斯兰抵抗运动（哈马斯）… 哈马斯方面对此没有确认: a name read as an
    organisation once in an article, on evidence (after its full name, or on the white
    list), is that organisation wherever the model reads it as a person (xwlb-20230407-11);
    the model's own guess is no evidence (总统|阿里/ORG is a person).  A name read as a person after a title
    is that person wherever the model guessed an organisation of no head."""
    agencies = {text[c.start:c.end] for c in candidates if c.type == "Agency" and c.source == "lexicon"}
    # and the other way: a name read as a person after a title or a role is that person wherever the model
    # guessed an organisation of no head: 全国人大代表|夏吾卓玛 … 我们跟随|夏吾卓玛/ORG|走进三江源, 【…】|夏吾卓玛/ORG|：
    # (xwlb-20230224-09), 尼泊尔总理|普拉昌达 … |普拉昌达/ORG|表示 (xwlb-20230925-07); or before one: |习近平|总书记
    # … ——|习近平/ORG|总书记在同团中央… (xwlb-20230628-04)
    people = {text[c.start:c.end] for c in candidates if c.type == "Person"
              and (title_before(text, c.start) or title_at(text, c.end) or text.endswith(tuple(person_roles()), 0, c.start))}
    heads = org_heads()
    return [Candidate(c.start, c.end, "Agency", c.source, c.score)
            if c.type == "Person" and text[c.start:c.end] in agencies
            else Candidate(c.start, c.end, "Person", c.source, c.score)
            if (c.type == "Agency" and c.source == "model" and text[c.start:c.end] in people
                and text[c.start:c.end] not in agencies and not text[c.start:c.end].endswith(heads))
            else c for c in candidates]


# a character of a word glued to a name (为 在 作 与 对 说 将; 等 和 与 同)
_GLUED = GLUED_WORDS | frozenset(GLUED_TAILS)


def _glued_to_a_name(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """蔡奇同|越共中央政治局委员…会谈 (a headline, xwlb-20230426-06), 韩正同|清华大学 (xwlb-20230328-04),
    我|同拉马福萨|总统 (xwlb-20230821-02): a person's name and one glued character of a preposition
    or conjunction, where the article names that person without it, is the name; and a name's
    end (应拉|福萨|总统邀请) or start (会见|布林|肯时) is the whole name where the article names the person whole."""
    people = {text[c.start:c.end] for c in candidates if c.type == "Person"}
    unglued = []
    for c in candidates:
        name = text[c.start:c.end]
        if c.type == "Person" and len(name) >= 3 and name[-1] in _GLUED and name[:-1] in people:
            c = Candidate(c.start, c.end - 1, c.type, c.source, c.score)
        elif c.type == "Person" and len(name) >= 3 and name[0] in _GLUED and name[1:] in people:
            c = Candidate(c.start + 1, c.end, c.type, c.source, c.score)
        unglued.append(c)
    starts = _person_starts(text, unglued)  # where each name is read: written whole elsewhere, not only here
    people = starts.keys()
    out = []
    for c in unglued:
        if c.type == "Person" and not chinese_name(text[c.start:c.end]):
            # only a foreign name's piece (日勒苏赫 of 呼日勒苏赫), not 普京 of 习近平和普京
            name = text[c.start:c.end]
            whole = max((p for p in people if len(p) > len(name) and p.endswith(name) and text.endswith(p, 0, c.end)),
                        key=len, default=None)
            if whole is not None and not any(ch in _GLUED for ch in whole[:-len(name)]):
                c = Candidate(c.end - len(whole), c.end, c.type, c.source, c.score)
        name = text[c.start:c.end]
        if c.type == "Person":
            # a name's start: 在会见|布林/PER|肯/v|时 (jieba: 布|林肯, xwlb-20230919-05), 武文/PER|赏 (xwlb-20231214-04),
            # where the article writes 美国国务卿|布林肯, 武文赏 whole elsewhere (not a longer reading of the
            # same words: 总统|卢拉致/慰问电)
            whole = max((p for p in people if len(p) > len(name) and p.startswith(name) and text.startswith(p, c.start)
                         and starts[p] - {c.start}), key=len, default=None)
            if whole is not None and not any(ch in _GLUED for ch in whole[len(name):]):
                c = Candidate(c.start, c.start + len(whole), c.type, c.source, c.score)
        out.append(c)
    return out


def _person_starts(text: str, candidates: list[Candidate]) -> dict[str, set[int]]:
    """Each person's name the candidates read, with where each reading starts."""
    starts: dict[str, set[int]] = {}
    for c in candidates:
        if c.type == "Person":
            starts.setdefault(text[c.start:c.end], set()).add(c.start)
    return starts


def _words_glued_to_a_name(an: Analysis, candidates: list[Candidate]) -> list[Candidate]:
    """国家主席|习近平复信/PER|费城交响乐团 (xwlb-20231111-02; jieba: 习近平|复信), 包村干部|熊丽频繁/PER|望向窗外
    (xwlb-20230822-09), 阿根廷当选总统|米莱致贺电/PER (a headline, xwlb-20231123-03): a name the article
    writes on its own elsewhere, and a word of the dictionary the segmenter reads right after it (no
    name's: not 萨勒|曼), are the name and a word the model glued on; with a conjunction and another
    name the article writes (习近平和普京/PER|分别, xwlb-20230322-01), they are two people."""
    text, tags = an.text, word_tags()
    starts = _person_starts(text, candidates)
    out = []
    for c in candidates:
        name = text[c.start:c.end]
        short = max((p for p in starts if 2 <= len(p) < len(name) and name.startswith(p) and starts[p] - {c.start}
                     and c.start + len(p) in an.boundaries), key=len, default=None) if c.type == "Person" else None
        if short is None:
            out.append(c)
            continue
        at = c.start + len(short)
        rest = text[at:c.end]
        if rest[0] in GLUED_TAILS and rest[1:] in starts:
            out += [Candidate(c.start, at, c.type, c.source, c.score), Candidate(at + 1, c.end, c.type, c.source, c.score)]
            continue
        word = an.token_at(at)
        tag = tags.get(word[2], "") if word is not None and word[0] == at else ""
        if tag and not tag.startswith(("nr", "ns", "nt", "nz")) and (word[1] - word[0] >= 2 or tag.startswith("v")):
            out.append(Candidate(c.start, at, c.type, c.source, c.score))
        else:
            out.append(c)
    return out


def _organisations_by_context(an: Analysis, candidates: list[Candidate]) -> list[Candidate]:
    """国际评级机构|穆迪/PER|10日宣布, 穆迪/PER|指出 … 穆迪公司/ORG (xwlb-20230808-11, -20230322-11): a name
    the model read as a person's names an organisation wherever the article writes a kind of
    organisation right before it, however the model read it there (word set
    organisation_kinds_before: 评级机构, 派别), or names it with a company's head after it (穆迪|公司: word set company_heads)
    or an armed group's (胡塞|武装: armed_group_heads) as an organisation, unless
    the dictionary knows it as a person's name (李宁|公司 is named after him); and a team by the words of
    a match around it (:func:`_a_team`)."""
    text = an.text
    agencies = {text[c.start:c.end] for c in candidates if c.type == "Agency"} | {
        m.text for m in an.mentions if m.type == "Agency"}
    named = set()
    for c in candidates:
        name = text[c.start:c.end]
        if c.type not in ("Person", "Agency") or c.source != "model":
            continue
        if any(text.endswith(w, 0, c.start) for w in _ORGANISATION_KINDS) or (
                any(name + head in agencies for head in _SHORT_NAMED_HEADS) and word_tags().get(name, "")[:2] != "nr"):
            named.add(name)
        elif c.type == "Person" and _a_team(an, c):
            named.add(name)
        elif c.type == "Person" and not reads_as_chinese(name) and any(
                a.startswith(name) and a.endswith(_COMPANY_HEADS) and len(a) - len(name) <= _TRADE_AND_HEAD
                for a in agencies):
            # 宝马收购了|罗威汽车公司|，|罗威/PER|是… (pd-dev-00399): a foreign name that opens a company's name
            # the article writes, its trade and its head after it, is that company's short name
            named.add(name)
    if not named:
        return candidates
    return [Candidate(c.start, c.end, "Agency", c.source, c.score)
            if c.type == "Person" and c.source == "model" and text[c.start:c.end] in named else c for c in candidates]


def _a_team(an: Analysis, c: Candidate) -> bool:
    """Whether a name the model read as a person's names a team, by the words of a match (CLUENER train,
    Sina's football previews: the clubs by their short names, 斯托克, 桑普, 博尔顿): right before it
    (word set team_context_before: 做客|维冈, 米德尔vs|博尔顿) or right after it (team_context_after:
    斯托克|上轮主场, 桑德兰|vs博尔顿), or, where it does not read as a Chinese name, in a sentence of the
    match's odds or one on either side of it (odds_words: …盘口状态下…。|现在|桑普|排名落后，让出半一盘,
    威廉|主胜赔1.70), where the players are not named.  Not a name after a title (主教练|莫耶斯)."""
    text, name = an.text, an.text[c.start:c.end]
    if title_before(text, c.start) or text.endswith(tuple(person_roles()), 0, c.start):
        return False
    if any(text.endswith(w, 0, c.start) for w in _TEAM_BEFORE) or text.startswith(_TEAM_AFTER, c.end):
        return True
    if reads_as_chinese(name):
        return False
    # the sentence and those on either side, the odds' words written as words (not 让|球队)
    start, end = an.sentence(c.start)
    start, end = an.sentence(max(start - 1, 0))[0], an.sentence(min(end, len(text) - 1))[1]
    return any(at in an.boundaries and at + len(w) in an.boundaries
               for w in _ODDS_WORDS for at in _occurrences(text, w, start, end))


def _occurrences(text: str, word: str, start: int, end: int):
    at = text.find(word, start, end)
    while at >= 0:
        yield at
        at = text.find(word, at + 1, end)


_TEAM_BEFORE = word_set("team_context_before")
_TEAM_AFTER = longest_first(word_set("team_context_after"))
_ODDS_WORDS = word_set("odds_words")
# kinds of organisation written right before a name (评级机构|穆迪), and companies' heads (穆迪|公司)
_ORGANISATION_KINDS = longest_first(word_set("organisation_kinds_before"))
_COMPANY_HEADS = word_set("company_heads")
_TRADE_AND_HEAD = 6  # 罗威|汽车|公司, 西门子|医疗|有限公司: the characters after the short name
# and the heads of armed groups, whose name alone is the group too: 胡塞武装 … 获释的|胡塞/PER|武装人员
# (xwlb-20230409-14), 瓦格纳集团 … 袭击|瓦格纳/PER|雇佣兵营地 (xwlb-20230624-15)
_SHORT_NAMED_HEADS = _COMPANY_HEADS + word_set("armed_group_heads")


def _places_by_context(an: Analysis, candidates: list[Candidate]) -> list[Candidate]:
    """俄军控制了战略要地|巴赫穆特|附近, 在|库皮扬斯克|、|红利曼|、|哈尔科夫|等地, 在|赫尔松|、|顿涅茨克|、|
    扎波罗热|等方向 (xwlb-20230112-13, -20230105-10, -20230126-12): a name that a word of place
    follows (data/lexicon/word_sets.tsv place_context_after: 方向, 附近, 等地, 以东, 西部…),
    directly or at the end of the list it belongs to, or that a kind of place precedes
    (place_kinds_before: 城市|杰宁), names a place, however the model read
    it: foreign towns that no list holds.  So does the same name elsewhere in the article,
    wherever the model read it as a person or an organisation without a head."""
    text, heads = an.text, org_heads()
    by_start: dict[int, int] = {}
    for c in candidates:
        by_start[c.start] = max(by_start.get(c.start, c.end), c.end)
    model_ends = {t.start: t.end for t in an.model_tokens}

    def guessed(c: Candidate) -> bool:
        return c.source == "model" and (c.type == "Person" or (
            c.type == "Agency" and not text[c.start:c.end].endswith(heads)))

    # the places a name may be listed with: not a division the gazetteer does not hold (洛桑江村 is a
    # person, 咸辉 is listed after him: xwlb-20230831-02)
    place_spans = [(c.start, c.end) for c in candidates if c.type == "Place"] + [
        (m.start, m.end) for m in an.mentions if m.type in ("Place", "AdministrativeDivision") and m.end > m.start
        and m.prop("linked") is not False]
    titled = {text[c.start:c.end] for c in candidates if c.type == "Person" and title_before(text, c.start)}
    people = SpanIndex((c.start, c.end) for c in candidates if c.type == "Person")
    place_ends = {e: s for s, e in place_spans}
    place_starts = {s: e for s, e in place_spans}
    places = set()
    for c in candidates:
        if not guessed(c):
            continue
        pos = c.end
        while text[pos:pos + 1] in LIST_MARKS and model_ends.get(pos) == pos + 1:
            # the next item: a candidate, or a word of the model's of two characters or more (扎波罗热/v)
            end = by_start.get(pos + 1) or model_ends.get(pos + 1, pos + 1)
            word = an.token_at(pos + 1)
            if word is not None and word[0] == pos + 1 and word[1] > end:
                end = word[1]  # 梅利托波尔和|别尔/LOC|江斯克/PER|方向 (xwlb-20230701-10): the segmenter's 别尔江斯克
            if end - pos - 1 < 2 or not CJK_RUN.fullmatch(text, pos + 1, end):
                break
            pos = end
        after = next((w for w in _PLACE_CONTEXT if text.startswith(w, pos)), None)
        if after is not None and pos + len(after) in an.boundaries:
            places.add(text[c.start:c.end])
        elif (c.type == "Person" and text[c.start:c.end] not in titled
              and _listed_with_a_place(text, c, place_ends, place_starts, people)):
            # not a name the article writes after a title (联合国秘书长|古特雷斯、中国和中东: xwlb-20231021-11)
            places.add(text[c.start:c.end])
        elif c.start in an.boundaries and any(text.endswith(w, 0, c.start - text.endswith(_DASH, 0, c.start) * len(_DASH))
                                              for w in _PLACE_KINDS):
            # 约旦河西岸北部城市|杰宁 (xwlb-20230127-14): a kind of place before it, or before a dash: 罗斯托夫州两座
            # 城市——|塔甘罗格|和亚速, 震中附近的村镇——|艾米兹米兹 (xwlb-2023)
            places.add(text[c.start:c.end])
        elif (c.type == "Person" and c.start in an.boundaries and not reads_as_chinese(text[c.start:c.end])
              and text[c.start:c.end] not in titled and any(text.endswith(w, 0, c.start - text.endswith("的", 0, c.start))
                                                              for w in _DIRECTIONS)):
            # 加沙地带南部|汗尤尼斯 (xwlb-20231118-11), 加沙地带北部的|杰巴利耶 (xwlb-20231218-12): a part of a
            # place before it
            places.add(text[c.start:c.end])
        elif c.type == "Person" and text[c.start:c.end] not in titled and _after_a_word_of_place(an, c):
            places.add(text[c.start:c.end])  # not 调查记者|西摩·赫什 … 在|西摩·赫什|的报道出来之后 (xwlb-20230303-13)
    if not places:
        return candidates
    # a name listed with one that its context made a place is a place too: 乌军继续在|巴赫穆特|、梅利托波尔|和别尔江斯克
    # (xwlb-20230726-14)
    more = [(c.start, c.end) for c in candidates if guessed(c) and text[c.start:c.end] in places]
    place_ends.update((e, s) for s, e in more)
    place_starts.update(more)
    places.update(text[c.start:c.end] for c in candidates
                  if c.type == "Person" and guessed(c) and text[c.start:c.end] not in titled
                  and _listed_with_a_place(text, c, place_ends, place_starts, people))
    return [Candidate(c.start, c.end, "Place", c.source, c.score)
            if guessed(c) and text[c.start:c.end] in places else c for c in candidates]


def _listed_with_a_place(text: str, c: Candidate, place_ends: dict[int, int], place_starts: dict[int, int],
                         people: SpanIndex) -> bool:
    """乌军在顿涅茨克和|卢甘斯克|击退了俄军进攻, 连接克里米亚与|赫尔松|的大桥, 俄军在库皮扬斯克、|红利曼|、
    顿涅茨克 (xwlb-20230104-11, -20230623-14, -20230302-14): a name that is no Chinese name, listed
    right after a place, or right before one that ends its item (a mark of the list or of the
    sentence follows it, not 以色列|总理), is a place too.  (Not an organisation the model read:
    用友、|新天地|、金山 are companies, pd-dev-01633.)"""
    if chinese_name(text[c.start:c.end]):
        return False
    if text[c.start - 1:c.start] in LIST_MARKS and c.start - 1 in place_ends:
        start = place_ends[c.start - 1]
        # not a list of people the model read one of as a place (王小洪、|洛桑江村/LOC|、咸辉, xwlb-20230831-02)
        return not (text[start - 1:start] in LIST_MARKS and people.overlaps(start - 2, start - 1))
    if text[c.end:c.end + 1] in LIST_MARKS and c.end + 1 in place_starts:
        end = place_starts[c.end + 1]
        if end < len(text) and text[end] in LIST_MARKS and people.overlaps(end + 1, end + 2):
            return False
        return end >= len(text) or text[end] in LIST_MARKS or text[end] in _ITEM_ENDS
    return False


def _after_a_word_of_place(an: Analysis, c: Candidate) -> bool:
    """乌军|在|巴赫穆特|击退了俄军多次进攻, 俄军|在|巴赫穆特|的推进, 以军|在|杰宁|发动军事行动
    (xwlb-20230423-11, -20230126-12, -20230703-15), 俄方还控制了|巴赫穆特|更多区域, 连接|赫尔松|与克里米亚的
    多座桥梁, 被运往|赫尔松 (xwlb-20230424-12, -20230622-13, -20230829-16): a name right after a word the
    segmenter reads as a word of its own names a place: after a preposition of place (word set
    place_words_before: 在, 位于) a name that has no Chinese name's shape (在|林毅夫|发表演讲时 is a
    person), after a verb that takes a place (place_verbs_before: 控制, 连接, 运往…; 了 may come
    between) one that does not read as a Chinese name (:func:`reads_as_chinese`: 赫尔松 has the
    shape, 赫 and 尔 write foreign names).  A foreign person is written so only before a title
    (在|普京|总统…) or a phrase of circumstance (在|拜登|的邀请下: word set person_after_place_word),
    or whole with the dot of a foreign name (在|西摩·赫什|的报道出来之后)."""
    text, start, name = an.text, c.start, an.text[c.start:c.end]
    if start not in an.boundaries or any(ch in name for ch in _NAME_JOINERS) or title_at(text, c.end) is not None \
            or text.startswith(_PERSON_AFTER_PLACE_WORD, c.end):
        return False
    before = next((w for w in _PLACE_WORDS_BEFORE if text.endswith(w, 0, start)), None)
    if before is not None:
        return start - len(before) in an.boundaries and not chinese_name(name)
    if text.endswith("了", 0, start):
        start -= 1  # 俄方还控制了|巴赫穆特|更多区域 (xwlb-20230424-12)
    before = next((w for w in _PLACE_VERBS_BEFORE if text.endswith(w, 0, start)), None)
    return before is not None and start - len(before) in an.boundaries and not reads_as_chinese(name)


# words and verbs of place right before a name (在|巴赫穆特, 控制了|巴赫穆特), and what follows a person's name after them
# (在|拜登|的邀请下)
_PLACE_WORDS_BEFORE = longest_first(word_set("place_words_before"))
_PLACE_VERBS_BEFORE = longest_first(word_set("place_verbs_before"))
_PERSON_AFTER_PLACE_WORD = longest_first(word_set("person_after_place_word"))
_NAME_JOINERS = frozenset(word_set("name_joiners"))
# what ends a list's last item: a mark of the sentence
_ITEM_ENDS = frozenset("，。；！？：\n")
# what may follow a list's item: a clause's or a list's mark, 等, the text's end
_ITEM_MARKS = CLAUSE_MARKS | LIST_MARKS | {"等", ""}
# what a list's item opens after
_ITEM_OPENINGS = CLAUSE_MARKS | {"、"}
# kinds of place written right before a place's name (城市|杰宁, 首都|基辅)
_PLACE_KINDS = word_set("place_kinds_before")
_DASH = "——"
_DIRECTIONS = longest_first(word_set("directions"))
# words of place after a name, longest first (等地区 before 等地)
_PLACE_CONTEXT = longest_first(word_set("place_context_after") + word_set("directions"))


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
                text[c.start:c.end].endswith(org_heads()) or any(e == c.end for _, e in inner)):
            c = Candidate(c.start, c.end, c.type, "lexicon", c.score)
        out.append(c)
    return out
