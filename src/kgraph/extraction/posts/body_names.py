"""A body no stage read, named by the words before its official's title: the model's organisation
whose end the segmenter glued to the title (全国|人大代表 -> 全国人大), the model's words as parts of a name
(会见|世界经济论坛|主席|施瓦布), a body written after a country or a division the stages read
(乌克兰|经济部|副部长|卡奇卡, 江西省|文化和旅游厅|原|党组书记); the unit a body's name runs on with before a
title (全国人大|宪法和法律委员会|主任委员)."""
from __future__ import annotations

from functools import cache

from ...model import Mention
from ...resources import alias_table, data_table, data_words, longest_first, ordered_lexicon, pos_tags, word_set, word_tags
from ..analysis import Analysis, SpanIndex
from ...merge import agency_kind
from ..lexicons import appointing_verbs, bare_body_kinds, known_types
from ..names import reads_as_chinese
from ..recognisers.agencies import agency_key, as_named_body, kind_named_before
from ..world import country_abbreviations as _abbreviations, listed_names  # one table for posts and resolution (data/world/)
from .titles import (_body_title_at, _CJK, _DIVISION_BODIES, _foreign, former_before, former_markers, _former_title_at,
                     _LEVEL_CHARACTERS, post_title_at, _title_ending_at)
from .countries import _country_written_before, _home_country
from .bodies import _add_person, _hold, _holds_a_stop
from .before_names import _titles_before

# the kinds of a division's own departments, which a page writes without their division (宣传部, 武装部)
_LOCAL_BODY_KINDS = frozenset(("party", "government", "public-security"))


def _model_agencies_before_titles(an: Analysis) -> None:
    """全国|人大代表|夏吾卓玛 (xwlb-20230224-09): a body the model reads (全国人大) whose last
    characters the segmenter joined to the title after it (人大代表) is still the organisation
    of that title; the fusion keeps no name that ends inside a word.  Named canonically when it
    is a central agency (data/lexicon/national_agencies.tsv)."""
    text = an.text
    taken = SpanIndex((m.start, m.end) for m in an.of_type("Agency") if m.end > m.start)
    national = alias_table("national_agencies.tsv")
    named = SpanIndex((m.start, m.end) for m in an.mentions if m.end > m.start)
    for token in an.model_tokens or ():
        if token.tag != "ORG" or token.end - token.start < 2 or taken.overlaps(token.start, token.end):
            continue  # 拟|任/ORG|县商务局|局长 (a notice; jieba 拟任): one character is no body to read on from
        written = text[token.start:token.end]
        end = token.end
        if written in word_set("township_bodies"):
            continue  # 人大工委|主任: a township's, read with its township by the fusion (recognise), or none
        if (opened := post_title_at(text, token.start)) is not None and token.start + len(opened) > end:
            continue  # 国务/ORG|委员|谌贻琴 (xwlb-2023: 16 such posts in 国务): the model's span opens a title, 国务委员
        if written[:1] in _LEVEL_CHARACTERS and token.start + 1 in an.boundaries:
            continue  # 县|法院院长 with no county named: a short form only the agencies stage resolves, or none
        title_at = _title_word_ending(an, token.start, end)
        if title_at is not None:
            # 徐涛|委员|代表|农工党中央 (xwlb-2023): a name with its title after it, no body; the name
            # before the title is a person's when it reads as a Chinese one and starts a word
            # (反对|党工党|党首, xwlb-2023: the model's span starts inside 反对党, no name)
            if (token.start in an.boundaries and reads_as_chinese(text[token.start:title_at])
                    and not named.overlaps(token.start, title_at)):
                _add_person(an, token.start, text[token.start:title_at])
            continue
        if end in an.boundaries and _title_word_at(an, end):
            # 全国人大外事委员会|主任委员|娄勤俭 (xwlb-20230627-10): a body no other stage read
            if not _named_whole(an, token.start, end, written, named) or _holds_a_stop(an, token.start, end):
                continue
        elif end in an.boundaries:
            if _holds_a_stop(an, token.start, token.end) or any(
                    word in appointing_verbs() for _, e, word in an.tokens_from(token.start, token.end - token.start)
                    if e <= token.end):
                continue  # 乡党委|任命|乡农技/ORG|服务中心|主任 (a township's page, 2019): a clause, no body's name
            end = _unit_before_a_title(an, end, _body_title_at)
            if end is None or taken.overlaps(token.start, end):
                continue  # 总台央视记者对|国家发展改革委|党组成员: the agency named is read already
        else:
            title = _body_title_at(text, end)
            if title is None and token.start in an.boundaries and (
                    former := _former_title_at(text, end, _body_title_at)) is not None:
                # 福州市粮食和物资储备局|原 glued as 局原|党组书记 (xwlb-20230129-09): the former posts start
                # there, and the title after the marker ends a word of the segmenter
                title = text[end:former[0] + len(former[1])]  # the marker with it: what must end a word
            if title is None or end + len(title) not in an.boundaries:
                continue  # the title must end where the segmenter's word does: 人大代表|
        label = national.get(written, written) + text[token.end:end]
        if label not in national and label not in known_types() and agency_kind(label) in _LOCAL_BODY_KINDS \
                and label not in bare_body_kinds() and len(label) <= 4:
            # 县委常委、|宣传部/ORG|部长|李仲涛 on a page that names no county (a county paper's page, 2012): a short form
            # no division resolves is no name (GUIDELINES), and no post is held in it
            continue
        if label in bare_body_kinds():
            full = kind_named_before(an, label, token.start)
            if full is not None and _listed_after_another_divisions(an, token.start, full):
                # 肇庆市妇联主席宗亚峰…到怀集县…。怀集县副县长文红妹、|妇联|主席|欧阳莺 (怀集县's page, 2024): the kind
                # listed after another division's official is that division's (怀集县妇联, as the later stages name it)
                continue
            if full is not None:
                as_named_body(an, full, token.start, end, found_by="model")
            continue
        an.add(Mention.make("Agency", an.doc.id, token.start, end, text[token.start:end], label, agency_key(label),
                            found_by="model"))


def _listed_after_another_divisions(an: Analysis, at: int, full: Mention) -> bool:
    """Whether the body written at ``at`` follows 、 in a list whose last division written before it is another than
    ``full``'s, the body of its kind the article named before (the list's bodies are read after this)."""
    if an.text[at - 1:at] != "、":
        return False
    opening = an.sentence(at)[0]
    written = [m for m in an.of_type("AdministrativeDivision") if opening <= m.start and m.end < at and m.end > m.start]
    previous = max(written, key=lambda m: m.end, default=None)
    return previous is not None and previous.key != full.prop("division")


def _named_whole(an: Analysis, start: int, end: int, written: str, named: SpanIndex) -> bool:
    """Whether the model's organisation at [start, end), right before a title, names a body by
    itself, and starts it: words of the segmenter that hold no division or other name (北京|同|欧盟委员会, xwlb-20230705-04,
    holds 北京), no country, abbreviation or place of the world list (多米尼克|总理: the state's government;
    俄|外交部长|拉夫罗夫, xwlb-20230911-18: 俄罗斯外交部, read after the country) and no
    division's own body, whose division the first stage names (自治区政府|主席, xwlb-20231215-01), nor a
    division's body by its level (市政府党组|成员, xwlb-20231025-17: 北京市's; 镇|党委书记: the committee of
    the division named last, _committees_of_the_division_named)."""
    if (start not in an.boundaries or named.overlaps(start, end) or written in listed_names()
            or len(written) < 2 or written in _abbreviations()
            or written.endswith(_DIVISION_BODIES) or written.startswith(_LEVEL_CHARACTERS)):
        return False
    # the name starts after punctuation or a word that ends a name, as the segmenter or the model reads
    # the word before it (听取|了|全国人大外事委员会; 许安|标的 for the segmenter, 的 for the model,
    # xwlb-20231229-07): after another word it may run on to the left (最大|在野党共同民主党, xwlb-20230429-12)
    before = next((word for s, e, word in an.tokens_from(max(0, start - 8), 8) if e == start), "")
    tags, stops = word_tags(), pos_tags("unit_run_stops")
    return (not _CJK.match(before) or tags.get(before, "")[:1] in stops
            or any(token.end == start and token.tag[:1] in stops for token in an.model_tokens or ()))


def _title_word_ending(an: Analysis, start: int, end: int) -> int | None:
    """Where the title starts that ends the model's organisation at [start, end), when it is a word
    of the segmenter after another word: 徐涛|委员 (xwlb-2023: a CPPCC member named with the title
    after his name, then 代表|农工党中央) names a person, and no body's name ends with a title
    (委员|会 is inside 委员会, not a word); None otherwise."""
    last = next((s for s, e, word in an.tokens_from(start, end - start) if e == end), None)
    return last if last is not None and last > start and _body_title_at(an.text, last) == an.text[last:end] else None


def _title_word_at(an: Analysis, pos: int) -> bool:
    """Whether a title is written at ``pos`` as a word of the segmenter (主任委员, not 委员|会)."""
    title = _body_title_at(an.text, pos)
    return title is not None and pos + len(title) in an.boundaries


def _unit_before_a_title(an: Analysis, start: int, read=post_title_at) -> int | None:
    """Where the unit that words from ``start`` name ends, right before a title: 全国人大|宪法|和|
    法律委员会|主任委员|信春鹰 (xwlb-20230829-05: the model reads 全国人大 alone) -> 宪法和法律委员会, a
    name whose last word ends with an organisation's head (data/lexicon/org_suffixes.txt) — or None.
    ``read`` reads the title after it (:func:`_body_title_at` for a span of the model alone)."""
    text, suffixes, tags = an.text, _body_heads(), word_tags()
    for s, e, word in an.tokens_from(start, _LONGEST_UNIT):
        title = post_title_at(text, s)
        if e - start > _LONGEST_UNIT or not _CJK.match(word) or (title and s + len(title) in an.boundaries):
            return None  # a title that is a word of its own ends the unit; 委员|会 inside 委员会 does not
        if tags.get(word, "") in pos_tags("unit_run_stops") and (s == start or word not in _posts_words("unit_joiners.txt")):
            return None  # a preposition, verb, pronoun or particle ends any name: 记者|对, 记者|的 (but 安全|与|质量)
        if s == start and tags.get(word, "") == "c" and any(
                token.start == e and token.tag in ("ORG", "LOC") for token in an.model_tokens or ()):
            # 北约|和|英国政府|官员 (xwlb-20231005-13): a conjunction before a name the model reads of its
            # own opens another body, no unit (运输|和|基础设施委员会 goes on: 美国国会众议院's)
            return None
        if word in former_markers():
            # 辽宁省政协|原|党组|副书记 (xwlb-20230420-09): 原 opens the former posts, no unit 原党组
            return None
        if word in appointing_verbs():
            return None  # 潘口乡党委|任命/n|乡农技服务中心|主任 (a township's page, 2019): a clause of appointment
        if word.endswith(suffixes) and (read(text, e) or _former_title_at(text, e, read)):
            return e  # 全国政协|社会|和|法制|委员会|原副|主任|傅政华 (xwlb-20230107-01): former posts in the unit
    return None


# the longest unit a body's name runs on with before a title (宪法和法律委员会, 8)
_LONGEST_UNIT = 12


@cache
def _posts_words(name: str) -> frozenset[str]:
    """A one-word-a-line file of data/posts: body_name_tags.txt (the model's tags of the words a body's
    name is made of), unit_joiners.txt (安全|与|质量|监督|管理司), body_openers.txt."""
    return frozenset(data_words("posts", name))


@cache
def _body_back_references() -> tuple[str, ...]:
    return longest_first(data_words("posts", "body_back_references.txt"))


@cache
def _body_heads() -> tuple[str, ...]:
    """The heads that end an organisation's name (data/lexicon/org_suffixes.txt and data/posts/body_heads.txt)."""
    return longest_first({*ordered_lexicon("org_suffixes.txt"), *(row[0] for row in data_table("posts", "body_heads.txt"))})


# the shortest organisation read back from its official's title (4: 阿拉伯议会, not 协会 or 论坛 alone)
_SHORTEST_BODY = 4


def _body_before_title(an: Analysis, title_start: int, named: SpanIndex) -> tuple[int, str] | None:
    """Where the organisation that the model's words right before a title name starts, and its name:
    会见/v|世界/n|经济/n|论坛/n|主席 -> 世界经济论坛.  The words back from the title are those the model
    tags as parts of a name (data/posts/body_name_tags.txt) up to another word (a verb, a preposition, a
    mark, a time), opened by what data/posts/body_openers.txt lists, a preposition or a time (after another
    word the name may have begun before it: 常驻|禁止|化学武器组织), with no other name within (a person,
    an agency, a Chinese division: their own stages read those)."""
    tokens = an.model_tokens or []
    ends = {token.end: index for index, token in enumerate(tokens)}
    index = ends.get(title_start)
    if index is None:
        return None
    first = index + 1
    while first > 0 and tokens[first - 1].tag in _posts_words("body_name_tags.txt"):
        first -= 1
    if first > index:
        return None
    start = tokens[first].start
    opener = an.text[tokens[first - 1].start:start].strip() if first > 0 else ""
    if opener and tokens[first - 1].tag not in ("p", "TIME") and opener not in _posts_words("body_openers.txt"):
        return None  # a line's start or a space opens one too (a headline)
    name = an.text[start:title_start]
    if (len(name) < _SHORTEST_BODY or not name.endswith(_body_heads()) or start not in an.boundaries
            or name[:1] in _LEVEL_CHARACTERS or named.overlaps(start, title_start)
            or name.startswith(_body_back_references())):
        return None  # 大会|主席团常务委员会: a short form of a body named before
    return start, name


def _titled_with_no_post(an: Analysis, people: list[Mention]) -> list[tuple[Mention, str]]:
    """The people written right after a title (:func:`_title_ending_at`) who hold no post in their sentence
    yet, with the title: where the organisation before the title is still to be read."""
    held = {(f.subject, an.sentence(f.start)[0]) for f in an.facts if f.predicate == "holdsPost"}
    found = []
    for person in people:
        title = _title_ending_at(an.text, person.start)
        if title is not None and (person.key, an.sentence(person.start)[0]) not in held:
            found.append((person, title))
    return found


def _bodies_named_by_their_officials(an: Analysis, people: list[Mention]) -> None:
    """世界经济论坛|主席|施瓦布, 英国皇家东西方战略研究所|主席|易思 (xwlb-2023): an organisation no stage
    read, named by the words right before the title of its official (a title of a word of its own, a name
    right after it), is the organisation of the post, named as written (foreign ones with their country)."""
    named = SpanIndex((m.start, m.end) for m in an.mentions if m.end > m.start and m.type != "Place")
    for person, title in _titled_with_no_post(an, people):
        title_start = person.start - len(title)
        if title_start not in an.boundaries or person.start not in an.boundaries:
            continue
        found = _body_before_title(an, title_start, named)
        if found is None:
            continue
        start, name = found
        if name in bare_body_kinds():
            full = kind_named_before(an, name, start)  # 融媒体中心|主任: the one named before, or none
            if full is None:
                continue
            body = as_named_body(an, full, start, title_start)
        else:
            body = an.add(Mention.make("Agency", an.doc.id, start, title_start, name, name, agency_key(name)))
        named = SpanIndex([*((m.start, m.end) for m in an.mentions if m.end > m.start and m.type != "Place")])
        _hold(an, person, [(body, title, former_before(an, start)[0])], person.start)


@cache
def _short_bodies() -> dict[str, str]:
    """A foreign body's short name as the news writes it before an official's title -> its name
    (data/posts/short_bodies.tsv: 以军 -> 以色列国防军, 五角大楼 -> 美国国防部), longest first."""
    rows = {row[0]: row[1] for row in data_table("posts", "short_bodies.tsv")}
    return {word: rows[word] for word in longest_first(rows)}


# the model's tags of words no body's name written after a country or a division holds: a verb, a
# preposition, an adverb, a time, a number (李强27日在京会见世界知识产权组织总干事: 日 is no 日本 there)
_NO_BODY_TAGS = frozenset(("v", "p", "d", "TIME", "m", "r", "u"))

# the longest body written between a country or a division and its official's chain (粮食和物资储备保障中心: 11)
_LONGEST_WRITTEN_BODY = 12


def _bodies_written_before_titles(an: Analysis, people: list[Mention]) -> None:
    """乌克兰|经济部|副部长|卡奇卡 (xwlb-20230920-13), 江西省|文化和旅游厅|原|党组书记|、|厅长|李小豹
    (xwlb-20231227-09): a body no stage read, written right after a country or a division the stages read
    and before the chain of titles of a name that holds no post yet, is the organisation of the chain — the
    words up to a head of an organisation's name (:func:`_body_heads`), with no mark, no 的 and no other
    name but a place within.  A foreign one is named with its country (乌克兰经济部), a Chinese one as
    written from its first division (广东省韶关市粮食和物资储备保障中心); 原 after the division marks the
    posts former (山西省|原|粮食局|党组书记 -> 山西省粮食局)."""
    text = an.text
    ends = {m.end: m for m in an.mentions if m.end > m.start and m.type != "Person"}
    named = SpanIndex((m.start, m.end) for m in an.mentions if m.end > m.start and m.type in ("Person", "Agency"))
    divisions = {m.end: m for m in an.of_type("AdministrativeDivision") if m.end > m.start}
    for person, _ in _titled_with_no_post(an, people):
        chain, end = _titles_before(an, person, ends)
        if not chain or named.overlaps(end - 1, end):
            continue
        last = next((m for m in former_markers() if text.startswith(m, end - len(m))), None)
        if last is not None and end not in an.boundaries:
            continue  # inside a word of the segmenter
        short = next((word for word in _short_bodies() if text.startswith(word, end - len(word))
                      and end - len(word) in an.boundaries), None)
        if short is not None:  # 以军|总参谋长|哈莱维 (xwlb-20231025-20) -> 以色列国防军
            found = end - len(short), _short_bodies()[short], False, None
        else:
            found = _body_written_before(an, end - len(last or ""), chain[-1][0], divisions, named)
        if found is None:
            continue
        start, label, former, division = found
        end -= len(last or "")  # 文化和旅游厅原|党组书记 (one word of the segmenter): former from here
        if division is None:
            body = an.add(Mention.make("Agency", an.doc.id, start, end, text[start:end], label, agency_key(label)))
        else:  # in the division written last before its words, as the recognisers place theirs (韶关市)
            body = an.add(Mention.make("Agency", an.doc.id, start, end, text[start:end], label, agency_key(label),
                                       division=division.key, division_label=division.label))
            an.fact(body.key, "locatedIn", division.key, start)
        named = SpanIndex((m.start, m.end) for m in an.mentions if m.end > m.start and m.type in ("Person", "Agency"))
        former = former or last is not None or former_before(an, start)[0]  # 原|江苏省淮海剧团|党支部书记
        _hold(an, person, [(body, title, was or former) for title, _, was, _ in reversed(chain)], person.start)


def _body_written_before(an: Analysis, end: int, title: str, divisions: dict[int, Mention],
                         named: SpanIndex) -> tuple[int, str, bool, Mention | None] | None:
    """Where the body written before ``end`` (the chain's first ``title`` after it) starts, at its country or
    division, its name, whether 原 after the division marks it former, and the division (None after a
    country); the nearest country or division back from ``end`` decides."""
    text = an.text
    for start in range(end - 1, max(0, end - _LONGEST_WRITTEN_BODY) - 1, -1):
        if not _CJK.match(text[start]) or text[start] == "的" or named.overlaps(start, start + 1):
            return None
        division = divisions.get(start)
        country = None if division is not None else _country_written_before(an, start)
        if division is None and country is None:
            continue
        if country is not None and country[0] in _home_country():
            return None  # 摩洛哥非洲|中国|合作与发展协会: China's own bodies are read by the recognisers
        words, former = text[start:end], False
        marker = next((m for m in former_markers() if words.startswith(m) and start + len(m) in an.boundaries), None)
        if marker is not None:
            words, former = words[len(marker):], True
        if not words.endswith(_body_heads()) or start not in an.boundaries:
            return None
        if any(token.tag in _NO_BODY_TAGS and start <= token.start and token.end <= end for token in an.model_tokens or ()):
            return None  # 李强27日在|天津|会见|世界经济论坛|主席: a verb or a time, no body's name
        if country is not None and words.endswith("政府") and title in _foreign():
            return None  # 巴基斯坦|看守政府|总理 (xwlb-20230923-08): the title implies the government (巴基斯坦政府)
        if division is not None:
            first = division
            while (before := divisions.get(first.start)) is not None:
                first = before  # 广东省|韶关市|粮食…中心: from the first division written
            label = text[first.start:start] + words
            return (first.start, label, former, division) if len(label) >= _SHORTEST_BODY else None
        return country[1], country[0] + words, former, None  # 乌|总统办公室 -> 乌克兰总统办公室
    return None
