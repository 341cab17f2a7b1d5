"""Bodies the model reads by their short forms, named with their division (GUIDELINES: an unresolved short form is no
name): a local body written alone (人大|主席, 妇联), by its level's character (镇|人大), or listed after a body of its
division (该县财政局局长游代进、|人事局|局长); a home's bodies listed bare on a page that says where it is at home; the
League's committees by their level; what no division resolves dropped.  Run by
:func:`kgraph.extraction.recognise.find_model_agencies` after the model's organisations are linked.
"""
from __future__ import annotations

import re
from functools import cache

from ...gazetteer import gazetteer
from ...merge import agency_kind
from ...model import Mention
from ...resources import (alias_table, data_words, lexicon, longest_first, offsets, pos_tags, tokenizer, word_set,
                          word_tags)
from ..analysis import Analysis, SpanIndex
from ..lexicons import CJK_RUN, COUNTY_LEVEL_CHARACTERS, bare_body_kinds, known_types, word_ending
from ..linkers import agency_key, canonical_head, party_committee_of_the_level, division_key, league_committee
from ..names import title_at
from .agencies import as_named_body, governing_division, home_division, kind_named_before
from .divisions import TOWNSHIP_SUFFIXES, UPPER_LEVEL_CHARACTERS

__all__ = ["bare_local_bodies", "bodies_a_division_leads", "league_committees_by_their_level", "listed_bodies_of_the_home",
           "short_forms_left_on_a_local_page"]


# the kinds of a division's own bodies and departments (data/lexicon/agency_kinds.tsv) whose bare name is a short form
# (and the people's organisations every county has: 县工商联|秘书长, 县妇联, 县总工会: a county's page, 2019)
_LOCAL_KINDS = frozenset(("party", "government", "congress", "consultative", "judicial", "public-security", "media",
                          "social-organization"))
# what before a level's character makes it every division of the level, not one (全县|人大, 各镇|党委)
_EVERY = "全各本我每两三四五六七八九十数多个"
_CLAUSE_ENDS = "，,。；;：:！？!?\n（）()"


@cache
def _after_bare_body() -> tuple[str, ...]:
    """What a bare body's short form is written before when it holds a post: a title (宣传部|长), a credit
    (融媒体中心|记者: data/lexicon/byline_roles.txt)."""
    return longest_first(set(lexicon("titles.txt")) | set(lexicon("byline_roles.txt")))


def _bare_local_body(an: Analysis, m: Mention) -> bool:
    """Whether the model's organisation is a local body's short form: its name as written, no division,
    no place in it, no name of its own (national, white list), of a division's kind (人大, 宣传部, 人事局,
    融媒体中心), before a title or a credit."""
    text, name = an.text, m.text
    if m.end <= m.start:
        return False  # an implied body: no text to read
    if not (text.startswith(_after_bare_body(), m.end) or any(
            text.startswith(t, m.end - 1) for t in _after_bare_body() if len(t) > 1 and t[0] == name[-1])
            or _opens_with_a_level(an, m) or _level_before(an, m.start)):
        return False  # before a title (宣传部|长, jieba 宣传部长: the title's first character ends the name) or a credit
    return _a_local_short_form(an, m)


def _a_local_short_form(an: Analysis, m: Mention) -> bool:
    """Whether the model's organisation is a division's body by its short form: its name as written, no
    division, no place in it, no name of its own (national, white list), of a division's kind."""
    name = m.text
    # (its length the canonical name's: 召开|第二届人民代表大会 is 人大 by its term and head, a township's page, 2022)
    if (m.end <= m.start or m.prop("division") or m.prop("found_by") != "model" or min(len(name), len(m.label)) > _SHORT_FORM
            or m.label not in (name, canonical_head(name))
            or name in alias_table("national_agencies.tsv") or name in known_types()):
        return False
    if _opens_with_a_level(an, m):
        name = name[1:]  # 由县|直|工委: the county's 直工委
    return _a_local_short_name(name)


def _a_local_short_name(name: str, namesakes: bool = True) -> bool:
    """Whether a body's name as written holds no place and no name of its own and is of a division's kind.  With
    ``namesakes`` false a word the gazetteer also holds is no place (农业|农村|局 beside the county's 水利局: the
    common noun, though a village is named 农村)."""
    if name.startswith(data_words("posts", "national_openers.txt")):
        return False  # 中央|统战部, 国家|民委 (a city's page, 2016): the nation's bodies, no division's short forms
    tags, words = word_tags(), tokenizer().lcut(name)
    if any(tags.get(w, "") in _PROPER_TAGS or (namesakes and w in gazetteer().all_names)
           or (len(words) > 1 and tags.get(w, "") == "nr") for w in words):
        return False  # 江苏银行, 汝州火车站派出所: named after their place; 八宝/nz|镇党委: a town's
    return agency_kind(name) in _LOCAL_KINDS


_PROPER_TAGS = ("ns", "nz", "nrt", "nrfg")


def _opens_with_a_level(an: Analysis, m: Mention) -> bool:
    """Whether the model's organisation opens with a level's character that is no word's first character
    (由县|直|工委, a county's page, 2023: the county's abbreviation; not 市场|监管局)."""
    if len(m.text) < 3 or m.text[0] not in UPPER_LEVEL_CHARACTERS:
        return False
    token = an.token_at(m.start)
    rest = m.text[1:]
    # nor where the segmenter glues it to a body's word that the rest is: 市民|委 (市委统战部副部长、|市民委/ORG|党组书记,
    # a city's page, 2025: the city's 民委)
    return token is None or token[0] < m.start or token[1] == m.start + 1 or (
        word_tags().get(rest, "") in ("n", "nt") and rest.endswith(tuple(word_set("bureau_heads"))))


def _level_before(an: Analysis, start: int) -> bool:
    """Whether the character before ``start`` is a level's abbreviation: a word of its own (县|安委会) or
    glued after a word the dictionary lacks (由镇|人大), not the end of a word (城市|规划局)."""
    if not start or an.text[start - 1] not in UPPER_LEVEL_CHARACTERS:
        return False
    token = an.token_at(start - 1)
    return token is None or token[1] - token[0] == 1 or (token[1] == start and token[2] not in word_tags())


def league_committees_by_their_level(an: Analysis) -> None:
    """The Youth League's committee written by its level alone (团省委|副书记张阿峰, a city's page of 福建, 2024; word set
    youth_league_committees), as the model reads it, is the committee of the division of that level the article named
    last, else of the page's own: 共青团福建省委.  One no division resolves stays the model's reading."""
    for m in [m for m in an.of_type("Agency") if m.text in word_set("youth_league_committees") and m.label == m.text
              and not m.prop("division") and m.prop("found_by") == "model"]:
        level = m.start + 1
        written = governing_division(an, an.text[level], level)
        home = home_division(an, an.text[level]) if written is None else (written.label, written.key)
        if home is None:
            continue
        label, key = home[:2]
        name = league_committee(label, m.text)
        an.mentions[an.mentions.index(m)] = Mention.make(
            "Agency", an.doc.id, m.start, m.end, m.text, name, agency_key(name), division=key, division_label=label,
            found_by="model")
        an.fact(agency_key(name), "locatedIn", key, m.start)


def bare_local_bodies(an: Analysis) -> None:
    """A local body the model read by its short form (GUIDELINES: an unresolved short form is no name) is
    named with the division the text gives it: written right before it (澧县如东镇|人大|主席彭锋, a town's
    page, 2023: 如东镇人大), by its level's character before it (会议由|镇|人大|主席彭锋主持: the town the
    article named), or by the body listed before it in a list of officials (该县财政局局长游代进、|人事局|局长
    张功成, a county's page, 2010: 屏南县人事局).  One no division resolves (县委常委、|宣传部|长李晓勇 with no county
    named; 本报讯（|融媒体中心|记者宋乐义 on a page that names no home) is dropped, and so no post is held in it.
    A party department listed after its committee is the committee's (公安县委|常委、|宣传部|长: 公安县委宣传部)."""
    for m in [m for m in an.mentions if m.type == "Agency" and m.text in bare_body_kinds() and m.label == m.text
              and m.end > m.start and not m.prop("division") and m.prop("found_by") == "model"
              and not _bare_local_body(an, m)]:
        # 西青区妇联|主席张艳红表示，…，|妇联|也将积极提供… (a district's page, 2023): a kind every division has,
        # written alone and before no title, is the one of its kind the article named in full before
        full = kind_named_before(an, m.text, m.start)
        if full is not None:
            an.mentions.remove(m)
            as_named_body(an, full, m.start, m.end, found_by="model")
    for m in [m for m in an.mentions if m.type == "Agency" and _bare_local_body(an, m)]:
        division = _division_of_a_bare_body(an, m)
        full = _kind_named_before(an, m.text, m.start) if (division is None or division is _LEFT) and (
            m.start == 0 or an.text[m.start - 1] in _CLAUSE_ENDS) else None
        if full is not None:
            # 县委统战部常务副部长、民宗局局长徐风…,|统战部|副部长、工商联党组书记韩大力 (a county's page, 2021): a short
            # form opening a clause before a title, no division written before it, is the one body of its kind the
            # article named in full before (郸城县委统战部); one listed after 、 is read with the list's (怀集县副县长
            # 文红妹、|妇联|主席欧阳莺: 怀集县妇联, not 肇庆市妇联 named before)
            an.mentions.remove(m)
            as_named_body(an, full, m.start, m.end, found_by="model")
            continue
        if division is _LEFT:
            continue
        an.mentions.remove(m)
        if division is None:
            continue
        start, label, key, parent = division
        body = m.text[1:] if _opens_with_a_level(an, m) else m.text
        name = party_committee_of_the_level(body, label) or \
            (parent.label if parent else label) + canonical_head(body, of_a_division=parent is None)
        an.add(Mention.make("Agency", an.doc.id, start, m.end, an.text[start:m.end], name, agency_key(name),
                            division=key, division_label=label, found_by="model"))
        an.fact(agency_key(name), "locatedIn", key, start)
        if parent:
            an.fact(agency_key(name), "subOrganizationOf", parent.key, start)


def _kind_named_before(an: Analysis, kind: str, at: int) -> Mention | None:
    """The one body of ``kind`` the sentence named in full before ``at``, else the one the article did
    (:func:`~.agencies.kind_named_before`): 郸城县被|市委统战部|表彰… 县委统战部|常务副部长、民宗局局长徐风…,|统战部|副部长
    (a county's page, 2021) is the county's, named in its sentence, not the city's named before."""
    return kind_named_before(an, kind, at, since=an.sentence(at)[0]) or kind_named_before(an, kind, at)


def listed_bodies_of_the_home(an: Analysis) -> None:
    """A division's bodies by their short forms in a list (、) on a page whose site says where it is at home:
    the home's (信息来源:长春经济技术开发区 … 应急局、消防大队、综保区应急局、建设局、城市管理局、兴隆山镇…相关负责人, a
    zone's site, 2025: 长春经济技术开发区建设局).  Only a county-level home, stated by the page or, unstated, named by a
    town of it in the same list and no other place's bureau there; and only bodies listed with others: a short form
    alone says too little (GUIDELINES)."""
    node = an.region.node
    if node is None or gazetteer().levels[node] != 3:
        return
    label, key = gazetteer().names[node], division_key(node)
    text = an.text
    # a home the page does not state: the bodies of a list that names a town of it (同心县 … 教育局、财政局、|下马关镇|、丁塘
    # 中心学校… (a county's page, 2019): the county's own units and towns, listed together)
    # (a town that is an item of the list, not one before it whose own bodies the list names: 敖包苏木综治中心组织|派出所、
    # 信访办、综治办 (a banner's page, 2024) are the township's)
    towns = SpanIndex((m.start, m.end) for m in an.of_type("AdministrativeDivision") if m.end > m.start
                      and m.prop("level") == "township" and m.prop("node") is not None
                      and gazetteer().is_within(m.prop("node"), node) and _in_a_list(text, m.start, m.end))
    # (and no bureau of another place's: 屈家岭市场监管局(应急管理局)、农业水利局、…易家岭办事处, a zone's list, 2023)
    # (a bureau whose name holds no place is no other place's: 市场监督管理管理局, a typo of the home's, 东北网虎林…讯, 2017)
    others = SpanIndex((m.start, m.end) for m in an.of_type("Agency") if m.end > m.start and m.label.endswith("局")
                       and not _a_local_short_form(an, m) and not m.label.startswith(label)
                       and not _a_local_short_name(m.text))
    national_chains = _links_of_national_chains(an)
    listed = [(m.start, m.end) for m in an.mentions if m.type == "Agency" and _a_local_short_form(an, m)
              and _in_a_list(text, m.start, m.end) and not _opens_with_a_level(an, m) and not _level_before(an, m.start)
              and m.start not in national_chains
              and (an.region.stated or (_listed_with(text, m.start, towns) and not _listed_with(text, m.start, others)))]
    taken = SpanIndex((m.start, m.end) for m in an.mentions if m.end > m.start)
    # the items beside them the model left as words (县长侯公涛率|政府办|、|农业农村局|、|水利局/ORG|等单位, 西平县's site,
    # 2022): bodies of the same list, the home's
    homes = [(m.start, m.end) for m in an.mentions if m.type == "Agency" and m.prop("division") == key
             and _in_a_list(text, m.start, m.end) and m.label.startswith(label) and not m.text.startswith(label)
             and m.text[:1] not in UPPER_LEVEL_CHARACTERS and _a_local_short_name(m.text)]
    listed += _bare_items_beside(an, listed + homes, taken)
    # 来自边防大队、|公安局|、|人民检察院|、…|林业局|、…、中心街道、虎林镇… (东北网虎林…讯, 2017): bureaus the model leaves, listed
    # bare with the home's towns (or on a page that states its home), the home's as the model's short forms are
    # (or listed after a body the list names by the home's level: 省防总工作组、|县三防办|、水务局、气象局, 陵水黎族自治县's
    # news, 2014: the county's bureaus)
    by_level = SpanIndex((m.start, m.end) for m in an.mentions if m.type == "Agency" and m.prop("division") == key
                         and m.text[:1] == label[-1] and _in_a_list(text, m.start, m.end))
    listed += [span for span in _bare_words_listed(an, word_set("listed_bare_bureaus"), taken)
               if not (span[0] and text[span[0] - 1] in UPPER_LEVEL_CHARACTERS)
               and (an.region.stated or _listed_with(text, span[0], by_level)
                    or (_listed_with(text, span[0], towns) and not _listed_with(text, span[0], others)))]
    # 县政府办、高新区、|法院|、|检察院|、贸促会 (今日平江, 2020): the court and procuratorate the model leaves
    listed += _bare_words_listed(an, word_set("listed_bare_bodies"), taken)
    spans = set(listed)
    an.mentions[:] = [m for m in an.mentions if not (m.type == "Agency" and (m.start, m.end) in spans)]
    for start, end in listed:
        name = canonical_head(label + text[start:end])  # 平江县|发改局: 平江县发展和改革局; 平江县|法院: 平江县人民法院
        an.add(Mention.make("Agency", an.doc.id, start, end, text[start:end], name, agency_key(name), division=key,
                            division_label=label, found_by="model", abbreviated=True))
        an.fact(agency_key(name), "locatedIn", key, start)


def bodies_a_division_leads(an: Analysis) -> None:
    """A division's bureaus by their short forms, listed bare after a verb of leading whose subject is the division's
    official or one of its bodies: the division's (蓝山县级河长、县长魏和胜|带领|政府办、水利局、…、规划局、荆竹瑶族乡|等部门
    主要领导, a county's story on a city portal, 2019: 蓝山县水利局; 区禁毒办|会同|交通局、卫计局、…等单位, a district's
    police, 2017: 安州区交通运输局's short form).  The subject is a body of a county or a city the stages read, ending right
    before the verb, or a name after a title of the level's (县长, 区委书记) whose division the text names; a list of two
    bureaus or more (word set bureau_heads), half its items or more, closed by 等; the other items (荆竹瑶族乡, a town;
    花荄派出所, a station of the police's) are passed over."""
    text = an.text
    # (the model's bare reading of an item, no division's, is the item: 林业局/ORG)
    bare = {(m.start, m.end): m for m in an.of_type("Agency") if m.end > m.start and not m.prop("division")
            and m.label in (m.text, canonical_head(m.text))}
    taken = SpanIndex((m.start, m.end) for m in an.mentions if m.end > m.start and (m.start, m.end) not in bare)
    divisions = SpanIndex((m.start, m.end) for m in an.of_type("AdministrativeDivision") if m.end > m.start)
    found: list[tuple[int, int, str, str]] = []
    gaz = gazetteer()
    levels = {m.key: gaz.levels[m.prop("node")] for m in an.of_type("AdministrativeDivision")
              if m.prop("node") is not None}
    labels = {m.key: m.label for m in an.of_type("AdministrativeDivision")}
    bodies: dict[int, Mention] = {}
    for m in an.of_type("Agency"):
        if m.end > m.start and m.prop("division"):
            bodies.setdefault(m.end, m)  # (the first read of those ending there, as the stages added them)
    for verb in _LEADING_VERBS.finditer(text):
        token = an.token_at(verb.start())
        if token is None or token[:2] != verb.span():
            continue  # the verb a word of its own: not 率|先 (率先, a word), 组织|部, 联合|会
        division = _leading_division(an, verb.start(), levels, labels, bodies)
        if division is None:
            continue
        label, key = division
        items, at = [], verb.end()
        while True:
            end = at
            while end < len(text) and CJK_RUN.match(text[end]) and not text.startswith("等", end):
                end += 1
            if end == at or end - at > _SHORT_FORM + 4:
                break
            items.append((at, end))
            if text[end:end + 1] != "、":
                break
            at = end + 1
        if len(items) < 2 or text[items[-1][1]:items[-1][1] + 1] != "等":
            continue
        bureaus = [(start, end) for start, end in items if not divisions.overlaps(start, end)
                   and end - start <= _SHORT_FORM and text[start:end].endswith(_BUREAU_HEADS)
                   and _a_local_short_name(text[start:end], namesakes=False)]
        if len(bureaus) < max(2, len(items) / 2):
            continue  # most items bureaus' short forms (带领|政府办、…、荆竹瑶族乡|等部门; 会同|交通局、卫计局、花荄派出所|等单位)
        found += [(start, end, label, key) for start, end in bureaus if not taken.overlaps(start, end)]
    for start, end, label, key in found:
        if (start, end) in bare and bare[start, end] in an.mentions:
            an.mentions.remove(bare[start, end])
        name = canonical_head(label + text[start:end])  # 蓝山县|政府办: 蓝山县人民政府办公室
        an.add(Mention.make("Agency", an.doc.id, start, end, text[start:end], name, agency_key(name), division=key,
                            division_label=label, found_by="model", abbreviated=True))
        an.fact(agency_key(name), "locatedIn", key, start)


def _leading_division(an: Analysis, verb: int, levels: dict, labels: dict, bodies: dict) -> tuple[str, str] | None:
    """(label, key) of the county or city whose body ends at ``verb`` (区禁毒办|会同), or whose official by a title of
    the level's does (县长魏和胜|带领: the county the text named before 县长); None else (``levels``, ``labels``: the
    divisions' gazetteer levels and labels by key; ``bodies``: the divisions' bodies by their ends)."""
    body = bodies.get(verb)
    if body is not None:
        key = body.prop("division")
        return (labels[key], key) if levels.get(key) in (2, 3) else None
    text = an.text
    for size in (2, 3):
        title = word_ending(text, _LEVEL_TITLES, verb - size, default=None)
        if title is None or not CJK_RUN.fullmatch(text, verb - size, verb):
            continue
        at = verb - size - len(title)
        written = governing_division(an, title[0], at)
        if written is not None and levels.get(written.key) in (2, 3):
            return written.label, written.key
    return None


@cache
def _level_titles() -> tuple[str, ...]:
    """The titles opening with a county's or a city's level character (县长, 区委书记, 旗长; not 副县长, its level inside),
    longest first."""
    return longest_first(t for t in lexicon("titles.txt") if t[:1] in COUNTY_LEVEL_CHARACTERS)


_LEVEL_TITLES = _level_titles()
_LEADING_VERBS = re.compile("|".join(longest_first(word_set("verbs_leading_bodies"))))
_BUREAU_HEADS = tuple(word_set("bureau_heads"))


def _links_of_national_chains(an: Analysis) -> frozenset[int]:
    """Where a link of a chain of titles opens after a body of no division's and its title (全国政协|常委|、|经济委员会|
    主任 (a county's page, 2017): the national body's committee, no item of a list of the home's bodies)."""
    text = an.text
    return frozenset(end + len(title) + 1 for m in an.of_type("Agency") if m.end > m.start and m.prop("division") is None
                     and (title := title_at(text, (end := m.end))) is not None
                     and text[end + len(title):end + len(title) + 1] == "、")


def _bare_words_listed(an: Analysis, words: tuple[str, ...], taken: SpanIndex) -> list[tuple[int, int]]:
    """The spans of ``words`` each written as a whole word and an item of a list (、), that no mention holds."""
    text = an.text
    return [(at, at + len(word)) for word in words for at in offsets(text, word)
            if _in_a_list(text, at, at + len(word)) and not taken.overlaps(at, at + len(word))
            and at in an.boundaries and at + len(word) in an.boundaries]


def _bare_items_beside(an: Analysis, spans: list[tuple[int, int]], taken: SpanIndex) -> list[tuple[int, int]]:
    """The items of a 、 list on either side of ``spans`` that are a body's short name as a whole item (the segmenter's
    nouns between the list's marks, or after a verb: 率|政府办|、), up to the first that is not; none a mention holds."""
    text = an.text
    found: list[tuple[int, int]] = []
    seen = set(spans)

    def item(start: int, end: int) -> tuple[int, int] | None:
        if not (0 < end - start <= _SHORT_FORM) or CJK_RUN.fullmatch(text, start, end) is None or taken.overlaps(start, end) \
                or text[start] in UPPER_LEVEL_CHARACTERS or text[start:end] in alias_table("national_agencies.tsv") \
                or not _a_local_short_name(text[start:end], namesakes=False):
            return None
        return (start, end)

    def nouns_before(end: int) -> int:
        start = end
        while start > 0:
            token = an.token_at(start - 1)
            if token is None or not _an_items_word(token[2]) or end - token[0] > _SHORT_FORM:
                break
            start = token[0]
        return start

    def nouns_after(start: int) -> int:
        end = start
        for token in an.tokens_from(start):
            if not _an_items_word(token[2]) or token[1] - start > _SHORT_FORM:
                break
            end = token[1]
        return end

    for start, end in spans:
        at = end
        while text[at:at + 1] == "、":
            after = nouns_after(at + 1)
            got = item(at + 1, after) if text[after:after + 1] in "、等" else None
            if got is None or got in seen:
                break
            found.append(got)
            seen.add(got)
            at = got[1]
        at = start
        while text[at - 1:at] == "、":
            got = item(nouns_before(at - 1), at - 1)
            if got is None or got in seen:
                break
            found.append(got)
            seen.add(got)
            at = got[0]
    return found


def _an_items_word(word: str) -> bool:
    """Whether a word of the segmenter may be part of a list's item: Chinese, and no verb (率), preposition,
    conjunction, adverb, particle, pronoun or number (pos_tags list_item_stops)."""
    return CJK_RUN.fullmatch(word) is not None and not word_tags().get(word, "n").startswith(_LIST_ITEM_STOPS)


_LIST_ITEM_STOPS = pos_tags("list_item_stops")


# the longest short form read (_a_local_short_form, _bare_items_beside)
_SHORT_FORM = 6


def short_forms_left_on_a_local_page(an: Analysis) -> None:
    """A division's body the model reads by its short form alone (公安局, 应急管理局, 人武部) that no rule gave its
    division, on a page at home in a region: no name (GUIDELINES: an unresolved short form is no correct name), its
    division unsaid (local pages of 2015-2025: 城市管理局, 消防大队, 住房和城乡建设局 beside the bodies of two levels).
    A story with no home keeps the model's reading (the People's Daily NER set marks such forms ORG); but a name its
    term and head make a bare kind of body is none on any page (…银涂镇|召开|第二届人民代表大会|第一次会议, a township's
    paper, 2022: 人大 of no division said)."""
    an.mentions[:] = [m for m in an.mentions if not (
        m.type == "Agency" and m.label in bare_body_kinds() and m.text != m.label and not m.prop("division")
        and m.end > m.start and m.prop("found_by") == "model")]
    if an.region.node is None:
        return
    for m in [m for m in an.mentions if m.type == "Agency" and _a_local_short_form(an, m)
              and not _opens_with_a_level(an, m) and m.text not in bare_body_kinds()]:
        an.mentions.remove(m)
        # but the one body the article named before whose name ends so is what it stands for (县委常委、统战部部长李标
        # …。会议由|统战部|常务副部长李全胜主持, a county's page, 2020s: 石泉县委统战部)
        full = kind_named_before(an, m.text, m.start)
        if full is not None:
            as_named_body(an, full, m.start, m.end, found_by="model")


def _listed_with(text: str, at: int, spans: SpanIndex) -> bool:
    """Whether the clause of a list holding ``at`` (between marks that end clauses) holds one of ``spans``."""
    opening = _LIST_CLAUSE_ENDS.search(text[max(0, at - _LONGEST_LIST):at][::-1])
    start = at - opening.start() if opening else max(0, at - _LONGEST_LIST)
    closing = _LIST_CLAUSE_ENDS.search(text, at, at + _LONGEST_LIST)
    return bool(spans.overlapping(start, closing.start() if closing else min(len(text), at + _LONGEST_LIST)))


# a clause of a list is read this far on either side of an item (a list's marks, searched in a window, never the
# text); its marks are the clauses' (_CLAUSE_ENDS) but brackets, which a list's item may hold (屈家岭市场监管局(应急管理局))
_LONGEST_LIST = 200
_LIST_CLAUSE_ENDS = re.compile("[" + re.escape("".join(ch for ch in _CLAUSE_ENDS if ch not in "（）()")) + "]")


def _in_a_list(text: str, start: int, end: int) -> bool:
    """Whether [start, end) is an item of a list joined by 、."""
    return text[end:end + 1] == "、" or text[start - 1:start] == "、"


_LEFT = object()


def _division_of_a_bare_body(an: Analysis, m: Mention):
    """(start, division label, division key, the committee it is a department of or None) of a bare body's
    division; None if the text gives none; _LEFT where the short form may be a name of its own (a country's
    ministry, a national body's unit) or stands for every body of its kind (全县|人大): the model's reading stays."""
    text = an.text
    divisions = an.of_type("AdministrativeDivision")
    written = next((d for d in divisions if d.end == m.start and d.end > d.start), None)
    if written is not None:
        return written.start, written.label, written.key, None
    level = m.start if _opens_with_a_level(an, m) else m.start - 1
    if level == m.start or _level_before(an, m.start):
        if level and text[level - 1] in _EVERY:
            return _LEFT  # 全县|人大: every body of the kind, no short form of one
        governing = governing_division(an, text[level], level)
        return None if governing is None else (level, governing.label, governing.key, None)
    bare_kind = m.text in bare_body_kinds()
    if m.text in word_set("township_bodies"):
        # 新闸街道党工委书记王炎丰…街道党工委副书记、办事处主任杨高飞,|人大工委|主任王俊,|党工委|副书记孙伟栋 (a
        # street's page, 2023): a township's body alone before a title, in the sentence of the township's bodies,
        # is that township's (新闸街道人大工委)
        first, _ = an.sentence(m.start)
        township = max((a for a in an.of_type("Agency") if first <= a.start and a.end <= m.start
                        and (a.prop("division_label") or "").endswith(TOWNSHIP_SUFFIXES)), key=lambda a: a.end, default=None)
        if township is not None:
            return m.start, township.prop("division_label"), township.prop("division"), None
        bare_kind = True  # no national body bears the name: unresolved, it names none (GUIDELINES)
    if level < 0 or text[level] != "、":
        return None if bare_kind else _LEFT  # 人大|主席: a kind of body; but 内务部|长斯捷帕申 (pd-dev): a country's
    clause = max(text.rfind(c, 0, level) for c in _CLAUSE_ENDS) + 1
    listed = [a for a in an.of_type("Agency") if clause <= a.start and a.end <= level and a is not m]
    if not listed:
        # 县委常委、|宣传部|长 with no county named: the list opens with a short form no division resolves
        return None if bare_kind or text[clause:clause + 1] in UPPER_LEVEL_CHARACTERS else _LEFT
    previous = max(listed, key=lambda a: a.end)
    if previous.prop("division") is None:
        return _LEFT  # 人大常委会委员、|法律委员会|副主任委员 (pd-dev): the national body's
    if previous.label.endswith("委") and agency_kind(m.text) == "party":
        # 公安县委|常委、|宣传部|长: the committee's department (公安县委宣传部)
        return m.start, previous.prop("division_label"), previous.prop("division"), previous
    return m.start, previous.prop("division_label"), previous.prop("division"), None
