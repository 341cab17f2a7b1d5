"""The events stage: what happens, who takes part, and when.

Reads meetings, visits, gatherings and appointments (``../shared/eval/EVENTS.md``) from
one article, over what recognition found: each role is filled by a recognised Person,
Agency, AdministrativeDivision or Place (its ``Key``).  The triggers and the words that
shape the roles are data (``data/events/``); this module holds the readings:

- ``meet``: 李强|29日|在|海南|博鳌|会见|国际货币基金组织|总裁|格奥尔基耶娃 — the people
  before the trigger are the agent, those after it (or after 同/与) the counterpart;
- ``join``: 吴政隆|参加|上述|会见 — on the agent's side of the meeting just reported;
- ``visit``: 县委书记|王某某|到|某镇|某村|调研 — the agent before, the destinations after
  到/在/赴 or after the trigger (访问|了|卡塔尔|、|伊拉克);
- ``hold``: 市长|李某某|主持召开|市政府|常务会议 — a gathering named after or before the
  trigger, its holder the subject;
- ``take_part``: 蔡奇|出席|开班式|并|讲话 — attendee, chair or speaker of the gathering
  named, or of the one just reported;
- ``appoint_self`` / ``appoint_other``: 某某|同志|任|某县|人民政府|副县长 — the person
  before (or after: 免去|某某) the trigger, the organisation and title of the post.

Several sentences about one happening are one event: a gathering is found again by its
name (开班式 is the 研讨班开班式 named before), a meeting by its counterpart.  Each event
keeps one :class:`EventMention` per sentence it was read from, all with the same type,
arguments, day and properties; the article record groups them.

The triggers are found with one regex over the article (not per token), and the rest is
indexed only for an article that has one; a trigger counts only where a word of jieba's
or the model's segmentation starts and ends.
"""
from __future__ import annotations

import bisect
import datetime
import re
from dataclasses import dataclass, field
from functools import cache

from ..errors import DataError
from ..gazetteer import gazetteer
from ..ingest.dates import day_expressions
from ..model import EVENT_ROLES, EventMention, Key, Mention
from ..resources import data_table, data_words, longest_first, offsets, word_pattern
from .analysis import Analysis, stage
from .names import title_before
from .posts import post_title_at, post_verbs
from .recognisers.divisions import division_key
from .recognisers.places import place_key
from .world import country_abbreviations, country_key, foreign_name, names_country

__all__ = ["find_events", "triggers", "gathering_nouns", "markers"]

_ARGUMENT_TYPES = frozenset({"Person", "Agency", "AdministrativeDivision", "Place"})
_PLACES = frozenset({"Agency", "AdministrativeDivision", "Place"})
# where one clause ends and the next begins: a person's role is read in their clause
_CLAUSE_END = re.compile(r"[，,；;：:。！？!?\n]")
# what ends a sentence inside a quotation: a sentence quoted, not a name
_SENTENCE_END_IN = re.compile(r"[。！？!?]")
# in a headline a space between words parts two clauses, as a comma does in the body:
# 研讨班|在|京|举办| |蔡奇|出席|开班式|并|讲话 (蔡奇 speaks, not 习近平 named in the 研讨班's name)
_HEADLINE_BREAK = re.compile(r"(?<=[\u4e00-\u9fff】」”》）])[ \u3000]+(?=[\u4e00-\u9fff【「“《（])")
# a line of the body that heads an item of a round-up (国际联播快讯): short, no sentence in it
_SUBHEADLINE = re.compile(r"(?m)^[ \u3000]*([^\n。！？!?：:；;]{4,40}?)[ \u3000]*$")


def _subheadlines(text: str, body_start: int) -> list[tuple[int, int, int]]:
    """(start, end, end of its item) of each line of the body that heads an item of a round-up story:
    央视网消息（新闻联播）：|德国民众举行集会 反对向乌克兰输送武器|25日，德国首都柏林上万民众举行集会，… (xwlb-20230226-09)
    — a line with no sentence in it, followed by one with a sentence. Its item runs to the next such line."""
    found = []
    for match in _SUBHEADLINE.finditer(text, body_start):
        start, end = match.span(1)
        following = text.find("\n", end)
        line_after = text[end:text.find("\n", following + 1) if following >= 0 else len(text)]
        if following < 0 or "。" not in line_after or text[start:end].startswith(("(", "（", "-")):
            continue
        found.append((start, end))
    return [(start, end, found[i + 1][0] if i + 1 < len(found) else len(text)) for i, (start, end) in enumerate(found)]

_CJK = re.compile(r"[\u4e00-\u9fff]")
# what joins the names of a list: 会见|A党|和|B党|代表团
_LIST_LINKS = "、和及与"
# the readings whose triggers are no verb someone does (会上, 听取): they name no other happening in a clause
_NOT_VERBS = frozenset({"said_at", "hear"})
# a count of countries: 亚洲|三国, 非洲|多国
_COUNTRY_COUNT = re.compile(r"[一二三四五六七八九十两多数0-9]+国")
_ENDS_IN_A_COUNTRY_COUNT = re.compile(_COUNTRY_COUNT.pattern + "$")
# a work's title and the 的 that joins it to what it names: 题为|《…》|的|致辞
_BOOK_TITLE = re.compile(r"《[^》]*》的?")
# a count of years after a trigger: what it says happened long ago is remembered (访华|50|周年, 建交|75|周年)
_ANNIVERSARY = re.compile(r"[0-9０-９一二三四五六七八九十百]+周年")
_YEAR = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})年")
# a year's or an edition's session after a gathering's name: 论坛|2023年|年会, 峰会|第三届|大会
_EDITION = re.compile(r"(?:(?:19|20)[0-9]{2}年|第[0-9一二三四五六七八九十百]+[届次])")
# a day and nothing else between a subject and what it does: 阿拉伯国家联盟|7日|在|…
_DAY_ONLY = re.compile(r"(?:[0-9０-９一二三四五六七八九十]+月)?(?:[0-9０-９一二三四五六七八九十]+日)?")
# a count of the organisations a country names: 中国|多个|社会组织
_GROUP_COUNT = re.compile(r"(?:多|数|几|一些|部分|[0-9一二三四五六七八九十百]+)[个家]?")
# who does what a meeting, a visit or an appointment says: a headline's happening is the body's only with one of them
_DOERS = frozenset({"agent", "person"})
# what joins the names of two gatherings held as one: 对话会|暨|…|大会
_JOINED_NAMES = "暨"
# the model's tag for a personal name: a trigger inside one (任 in 任正非) is no trigger
_NAME_TAGS = frozenset({"PER", "nr"})
# how far from the trigger a gathering's name named after it may end
_TITLE_REACH = 40
_CHANGE_ROLES = {"start", "end"}
# a clause's subject opens it: at most this many characters before the name (据|…)
_SUBJECT_LEAD = 2
# at most this many characters between a venue word and the venue, or two names of a
# chain (在|首都|柏林, 在|海南|博鳌): more, and the name is not where it happens
_VENUE_GAP = 2
# how far after a trigger the report it is the topic of may be named (访问|…|情况的书面报告)
_REPORT_REACH = 30
# at most this many characters of what is said of where one went before its name, with 的 (赶往|受灾|最重|的|甘肃)
_GOING_MODIFIER = 8
# at most this many characters of a venue's own word after its named division (在|山东|枣庄|石榴|种植园)
_UNNAMED_VENUE = 6
# how far after a trigger joined to others (讲话|和|…) the word that makes them all a topic may end
_TOPIC_REACH = 14
# at most this many characters between who makes a report heard and 作的 (习近平|受|中央政治局|委托|作的)
_REPORTER_GAP = 10
# at most this many characters of a spokesman's title before the name (大会|新闻发言人|郭卫民)
_SPOKESMAN_TITLE = 8
# at most this many characters of a title in a chain of posts (主席, 部长, 副主任委员)
_CHAIN_TITLE = 6
# what ends an ordinal: 第十五次|会晤 names a gathering
_ORDINAL_ENDS = frozenset("次届期")
# a gathering named by its kind and a few characters more (4期|研讨班, 开班式, 会议) is
# the one of that kind reported before it in the article, when there is one
_SHORT_TITLE = 3


@dataclass(frozen=True)
class Trigger:
    word: str
    type: str
    reading: str
    role: str  # the role of the people before the trigger, or an appointment's change


def _appointment_triggers() -> dict[str, Trigger]:
    """The verbs of taking or leaving a post, as the posts stage reads them
    (``data/posts/post_verbs.tsv``: 某某|同志|任|…, 任命|某某|为|…, 免去|…|职务), but those that
    say a post is held, not changed (``markers.tsv`` ``post_states``: 担任, 现任)."""
    return {verb: Trigger(verb, "Appointment", "appoint_other" if holder_after else "appoint_self",
                          "end" if ends else "start")
            for verb, holder_after, _, ends in post_verbs() if verb not in markers("post_states")}


@cache
def triggers() -> dict[str, Trigger]:
    """``data/events/triggers.tsv``: each trigger word with its type, reading and role; and
    the verbs of taking or leaving a post of ``data/posts/post_verbs.tsv``."""
    table = _appointment_triggers()
    for row in _by_abbreviation(data_table("events", "triggers.tsv")):
        if len(row) < 4 or row[1] not in EVENT_ROLES or row[2] not in _READINGS or (
                row[3] not in EVENT_ROLES[row[1]] and row[3] not in _CHANGE_ROLES):
            raise DataError(f"data/events/triggers.tsv: {chr(9).join(row)!r}: give trigger, event type, "
                            f"reading ({', '.join(_READINGS)}) and role")
        table[row[0]] = Trigger(*row[:4])
    return table


@cache
def _trigger_pattern() -> re.Pattern[str]:
    return word_pattern(triggers())


@cache
def _meeting_pattern() -> re.Pattern[str]:
    """The meetings' triggers, but where one begins a gathering's kind (座谈 of 座谈会), and but those
    that join the one just reported, which meet no one named after them (邓鸿森|出席|活动|并|致辞,
    xwlb-20230426-07: he speaks)."""
    words = longest_first(word for word, trigger in triggers().items()
                          if trigger.type == "Meeting" and trigger.reading != "join")
    alternatives = []
    for word in words:
        rests = [noun[len(word):] for noun in gathering_nouns() if noun.startswith(word) and noun != word]
        alternatives.append(re.escape(word) + (f"(?!{'|'.join(map(re.escape, rests))})" if rests else ""))
    return re.compile("|".join(alternatives))


@cache
def _studying_pattern() -> re.Pattern[str]:
    return word_pattern(markers("studying_verbs"))


@cache
def gathering_nouns() -> tuple[str, ...]:
    """``data/events/gatherings.txt``, longest first: what a gathering's name ends with."""
    return longest_first(data_words("events", "gatherings.txt"))


@cache
def _gathering_pattern() -> re.Pattern[str]:
    return word_pattern(gathering_nouns())


@cache
def markers(name: str) -> tuple[str, ...]:
    """A word list of ``data/events/markers.tsv``, longest first."""
    for row in data_table("events", "markers.tsv"):
        if row[0] == name:
            return longest_first(row[1].split())
    raise DataError(f"data/events/markers.tsv has no list {name}")


# in a row of the data files, a country named by the one character news abbreviates it by
_ABBREVIATION = "*"


def _by_abbreviation(rows) -> list[list[str]]:
    """The rows of a data table, a row with ``*`` once for each country abbreviation of the
    world list (``*`` becomes the character in the row's first field, the country's name in
    the others): ``访*  访  *  country`` reads 访|俄 as a visit to 俄罗斯, 访|美 to 美国."""
    out = []
    for row in rows:
        if not row or _ABBREVIATION not in row[0]:
            out.append(row)
            continue
        for character, country in country_abbreviations().items():
            out.append([row[0].replace(_ABBREVIATION, character)]
                       + [field.replace(_ABBREVIATION, country) for field in row[1:]])
    return out


@dataclass(frozen=True)
class ImpliedPlace:
    """A place named by one character after its link (在|京, 来|华): ``data/events/implied_places.tsv``."""

    word: str
    link: str
    name: str
    type: str  # AdministrativeDivision or Place
    key: Key
    props: tuple[tuple[str, object], ...] = ()


_IMPLIED_KINDS = {"division": "AdministrativeDivision", "country": "Place"}


@cache
def implied_places() -> dict[str, ImpliedPlace]:
    """``data/events/implied_places.tsv``: each word with its link and the place it names."""
    table = {}
    for row in _by_abbreviation(data_table("events", "implied_places.tsv")):
        if len(row) < 4 or row[3] not in _IMPLIED_KINDS or not row[0].startswith(row[1]) or row[0] == row[1]:
            raise DataError(f"data/events/implied_places.tsv: {chr(9).join(row)!r}: give the word, its link, "
                            f"the place's name and its kind ({', '.join(_IMPLIED_KINDS)})")
        word, link, name, kind = row[:4]
        if kind == "division":
            nodes = [node for node in gazetteer().lookup(name) if gazetteer().full_name(node) == name
                     or gazetteer().names[node] == name]
            if not nodes:
                raise DataError(f"data/events/implied_places.tsv: {name} is no division of the gazetteer")
            node = nodes[0]
            table[word] = ImpliedPlace(word, link, name, _IMPLIED_KINDS[kind], division_key(node), (
                ("code", gazetteer().code(node)), ("level", gazetteer().level(node)), ("node", node)))
        else:
            table[word] = ImpliedPlace(word, link, name, _IMPLIED_KINDS[kind], place_key(name))
    return table


@cache
def _implied_pattern() -> re.Pattern[str]:
    return word_pattern(implied_places())


@cache
def sides() -> dict[str, str]:
    """``data/events/sides.tsv``: who speaks for a country (中国代表), and the country."""
    table = {}
    for row in data_table("events", "sides.tsv"):
        if len(row) < 2:
            raise DataError(f"data/events/sides.tsv: {chr(9).join(row)!r}: give the words and the country's name")
        table[row[0]] = row[1]
    return table


@cache
def _sides_pattern() -> re.Pattern[str]:
    return word_pattern(sides())


@dataclass
class _Happening:
    """One event while the article is read: its readings merged."""

    type: str
    trigger: str
    arguments: list[tuple[str, Mention]] = field(default_factory=list)
    sentences: dict[tuple[int, int], int] = field(default_factory=dict)  # sentence -> trigger start
    date: str | None = None
    title: str | None = None
    change: str | None = None
    held: bool = False  # read from a trigger that holds it (举行|集会), not one that takes part

    def add(self, role: str, mention: Mention) -> None:
        if all(not (r == role and m.key == mention.key) for r, m in self.arguments):
            self.arguments.append((role, mention))

    def keys(self, *roles: str) -> set[Key]:
        return {m.key for r, m in self.arguments if not roles or r in roles}

    def see(self, sentence: tuple[int, int], at: int, date: str | None) -> None:
        self.sentences.setdefault(sentence, at)
        if self.date is None:
            self.date = date


class _Reader:
    """What the readings need of one article: its mentions, clauses and days, each
    indexed once."""

    def __init__(self, an: Analysis) -> None:
        self.an = an
        self.text = an.text
        chosen: list[Mention] = []
        outer_end = 0
        # (a one-character place is a country's or a province's abbreviation inside a word: 中非|共建,
        # 访塞|期间 — no argument by itself; 在|京, 来|华 are read below)
        for mention in sorted((m for m in an.mentions if m.type in _ARGUMENT_TYPES and m.end > m.start
                               and m.prop("role") != "journalist" and not (m.type == "Place" and m.end - m.start == 1)),
                              key=lambda m: (m.start, -m.end)):
            if chosen and mention.start < outer_end:
                # inside (or across) a longer name just taken, but for each level of a
                # chain of divisions: 陕西延安 names 陕西 too (到|某县|某镇|某村 is each of them)
                if not (mention.type == chosen[-1].type == "AdministrativeDivision" and mention.end <= outer_end):
                    continue
                chosen.append(mention)
                continue
            outer_end = mention.end
            if chosen and mention.start == chosen[-1].end + 1 and an.text[chosen[-1].end] in "（(":
                continue  # another name of the one before: 中央党校|（|国家行政学院|）
            chosen.append(mention)
        # 在|京, 来|华: the place a word names by one character, read where the word is a word
        # (its link a venue word of its own, its place that character, whatever recognition read there)
        self.implied_links: list[int] = []
        implied = []
        # (a name recognition read ends a word: 巴巴多斯|总理|莫特利|对|我国|进行|正式访问, xwlb-20230625-02, where
        # jieba's words run across the name's end)
        ends = frozenset(m.end for m in chosen)
        for match in _implied_pattern().finditer(self.text):
            token = an.token_at(match.start())
            if match.start() not in an.boundaries and match.start() not in ends or match.end() not in an.boundaries and not (
                    token is not None and token[1] > match.end()):
                continue  # a word of its own, or one that begins a longer word (在京开幕), not 在|京津冀
            place = implied_places()[match.group()]
            at = match.start() + len(place.link)
            self.implied_links.append(at)
            implied.append(Mention.make(place.type, an.doc.id, at, match.end(), self.text[at:match.end()],
                                        place.name, place.key, implied=True, **dict(place.props)))
        if implied:
            spans = {(m.start, m.end) for m in implied}
            chosen = sorted([m for m in chosen if not any(s <= m.start and m.end <= e for s, e in spans)] + implied,
                            key=lambda m: (m.start, -m.end))
        self.mentions = chosen
        # 中国代表|在|会上|发言: a country's side, read where it opens a clause (see :meth:`side`)
        self.sides = [Mention.make("Place", an.doc.id, m.start(), m.end(), m.group(), sides()[m.group()],
                                   place_key(sides()[m.group()]), implied=True)
                      for m in _sides_pattern().finditer(self.text) if m.start() in an.boundaries]
        self.starts = [m.start for m in chosen]
        self.headline_end = an.doc.body_start  # the headlines (a record's title) come first
        self.subheadlines = _subheadlines(self.text, self.headline_end)
        # a comma inside a quoted name is no clause's end: 全国政协|…|召开|“统筹城乡融合发展，全面推进乡村振兴”|专题协商会
        # (xwlb-20230712-04; 27 such quoted names in xwlb-2023) — a quotation that a word follows right after, not a
        # sentence quoted (“…。”, “…”，)
        named = [(start, end) for start, end in an.quotes
                 if _CJK.match(self.text, end + 1) and not _SENTENCE_END_IN.search(self.text, start, end)]
        self.clause_ends = sorted({m.start() for m in _CLAUSE_END.finditer(self.text)
                                   if not any(start <= m.start() < end for start, end in named)} | {
            m.start() for m in _HEADLINE_BREAK.finditer(self.text, 0, self.headline_end)} | {
            m.start() for start, end, _ in self.subheadlines for m in _HEADLINE_BREAK.finditer(self.text, start, end)})
        self.days = day_expressions(self.text, an.doc.date)
        self.day_starts = [d[0] for d in self.days]
        self.posts = {}  # (person key, sentence) -> [(organisation key, title)], in the order read
        for fact in an.facts:
            if fact.predicate == "holdsPost":
                self.posts.setdefault((fact.subject, (fact.start, fact.end)), []).append(
                    (fact.object, dict(fact.props).get("title")))
        self.by_key = {m.key: m for m in chosen}
        self.person_ends = frozenset(m.end for m in chosen if m.type == "Person")
        # an agency a later stage named without a span of its own (公安县人民政府 of 公安县|副县长)
        self.every_by_key = {**{m.key: m for m in an.mentions}, **self.by_key}
        self.model_bounds = frozenset(t.start for t in an.model_tokens or ()) | frozenset(
            t.end for t in an.model_tokens or ())

    def gathering(self, start: int, end: int, press: bool = True) -> re.Match | None:
        """The first name of a gathering's kind in text[start:end] that ends a word
        (大会, but not 人民|大会堂); a press conference right after it is the gathering
        (全国政协十四届一次会议|新闻发布会, xwlb-20230303-06)."""
        # each position in turn, not finditer's matches: 安全会议 holds 全会 (no word end) and 会议
        at = start
        while (match := _gathering_pattern().search(self.text, at, end)) is not None:
            if match.end() in self.an.boundaries or match.end() in self.model_bounds \
                    or not _CJK.match(self.text[match.end():match.end() + 1]):
                conference = _gathering_pattern().match(self.text, match.end(), end) if press else None
                if conference is not None and conference.group().endswith(markers("press_gatherings")):
                    return conference
                # 中国发展高层论坛|2023年|年会 (xwlb-20230329-05; 37 such 论坛2023年年会 in xwlb-2023): the forum's
                # session of a year or an edition is the gathering, its name runs on to the second kind
                edition = _EDITION.match(self.text, match.end(), end)
                session = _gathering_pattern().match(self.text, edition.end(), end) if edition else None
                if session is not None and (session.end() in self.an.boundaries or session.end() in self.model_bounds
                                            or not _CJK.match(self.text[session.end():session.end() + 1])):
                    match = session
                return self._joined_gathering(match, end)
            at = match.start() + 1
        return None

    def _joined_gathering(self, match: re.Match, end: int) -> re.Match:
        """A gathering held as one with another, 暨 between their names: 第三届文明交流互鉴对话会|暨|首届|世界汉学家大会|由|
        中国国际交流协会|主办 (xwlb-20230703-01; 36 such …会暨… in xwlb-2023) is one gathering, its name runs on to
        the second kind (what follows is said of both)."""
        while self.text.startswith(_JOINED_NAMES, match.end()):
            stop = min(end, match.end() + _TITLE_REACH)
            clause_end = _CLAUSE_END.search(self.text, match.end(), stop)
            following = _gathering_pattern().search(self.text, match.end() + 1, clause_end.start() if clause_end else stop)
            if following is None or not (following.end() in self.an.boundaries or following.end() in self.model_bounds
                                         or not _CJK.match(self.text[following.end():following.end() + 1])):
                break
            match = following
        return match

    def past_space(self, start: int, end: int) -> int:
        """The first position of text[start:end] that is no space (a paragraph's indent), or ``end``."""
        while start < end and self.text[start].isspace():
            start += 1
        return start

    def clause(self, at: int) -> tuple[int, int]:
        index = bisect.bisect_right(self.clause_ends, at)
        start = self.clause_ends[index - 1] + 1 if index else 0
        end = self.clause_ends[index] if index < len(self.clause_ends) else len(self.text)
        return start, end

    def between(self, start: int, end: int, types=_ARGUMENT_TYPES) -> list[Mention]:
        lo, hi = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        return [m for m in self.mentions[lo:hi] if m.end <= end and m.type in types]

    def day(self, sentence: tuple[int, int], trigger: int, clause_end: int) -> str | None:
        """The day of the event: the last day named before the trigger in its sentence,
        else the first after it in its clause (举行|于|6月29日); None without one."""
        lo = bisect.bisect_left(self.day_starts, sentence[0])
        hi = bisect.bisect_left(self.day_starts, trigger)
        if hi > lo:
            # 将于|10月17日|—|18日|在|北京|举行: a span of days happens from its first
            if hi - 1 > lo and self.text[self.days[hi - 2][1]:self.days[hi - 1][0]] in markers("day_span_links"):
                return self.days[hi - 2][2]
            return self.days[hi - 1][2]
        after = bisect.bisect_left(self.day_starts, trigger)
        if after < len(self.days) and self.days[after][0] < clause_end:
            return self.days[after][2]
        return None

    def after_word(self, words: tuple[str, ...], start: int, end: int, whole: bool = False,
                   begins: bool = False) -> int | None:
        """Where the last of ``words`` in text[start:end] ends (None without one); with
        ``whole``, only where a word of jieba's or the model's ends (a verb: not 支持 in
        特朗普|的|支持者; a link is not, jieba reads 同古共中央 as a word); with ``begins``, only
        where one begins (not 到 of 回到)."""
        best = None
        bounds = self.an.boundaries | self.model_bounds
        for word in words:
            at = self.text.rfind(word, start, end)
            while at >= 0 and (whole and at + len(word) not in bounds or begins and at not in bounds):
                at = self.text.rfind(word, start, at + len(word) - 1)
            if at >= 0 and (best is None or at + len(word) > best):
                best = at + len(word)
        return best

    def first_word(self, words: tuple[str, ...], start: int, end: int) -> tuple[int, int] | None:
        """Where the first of ``words`` in text[start:end] that is a whole word of jieba's or
        the model's begins and ends (None without one)."""
        bounds = self.an.boundaries | self.model_bounds
        found = [(at, at + len(word)) for word in words for at in offsets(self.text, word, start, end)
                 if at in bounds and at + len(word) in bounds]
        return min(found, default=None)

    def people(self, start: int, end: int, before_trigger: bool = True) -> list[Mention]:
        """The people named in text[start:end] who take part: who accompanies is no
        argument, named before 陪同 back to 在 or the clause's start (习近平|在|某某|陪同|下|考察,
        县长|王某某|陪同|市委书记|张某某|到|某镇|调研: 张某某 goes)."""
        # 武文赏|祝贺|中方|成功|举办|…: who congratulates (thanks, says) is not who holds it
        said = self.after_word(markers("embedding_verbs"), start, end, whole=True) if before_trigger else None
        if said is not None and said < end - 1:  # 宣布|辞职: the verb of the trigger itself
            start = said
        people = self.between(start, end, ("Person",))
        if before_trigger:
            # 咸辉|、|…|杨震|围绕|学习|贯彻|习近平|总书记|…|精神|作了|发言 (xwlb-20231227-05): who is named in
            # what is studied after the subject does not do it (but 中央|学习|贯彻|…|领导小组|组长|蔡奇|出席,
            # xwlb-20230905-05: a title)
            topic = _word_at(self, markers("topic_openers"), start, end)
            if topic is not None and people and people[0].start < topic:
                people = [m for m in people if m.start < topic]
        # 丁薛祥|出席|开幕式|，|宣读|习近平|主席|贺信|并|致辞: who wrote what is read out is not there;
        # 习近平|主席|特别代表|、|…|丁薛祥|…|出席: nor is who sent an envoy
        people = [m for m in people if not self.text[m.end:end].lstrip("的").lstrip(
            "".join(markers("referring_titles"))).startswith(markers("messages") + markers("envoys"))]
        if before_trigger:
            # 蔡奇|出席|会议|，|传达|习近平|重要|指示|并|讲话 (xwlb-20230914-01): whose words are passed on does not speak
            for word in markers("conveying"):
                at = self.text.find(word, start, end)
                if at >= 0:
                    people = [m for m in people if m.start < at]
        # 佐科|是|应|习近平|的|邀请|来华|出席|…: who invites does not take part
        invited = self.text.find("邀请", start, end)
        if invited >= 0:
            asked = self.text.rfind("应", start, invited)
            if asked >= 0:
                people = [m for m in people if not asked < m.start < invited]
            elif before_trigger and not self.text.endswith("受", 0, invited):
                # 罗塔|邀请|一名|…|老兵|到|加拿大议会|参加|活动 (xwlb-20230927-16): nor does who invites others
                people = [m for m in people if m.start > invited]
        for word in markers("companions"):
            at = self.text.find(word, start, end)
            if at < 0:
                # 李强|在|…|统筹部长|卢胡特|，|交通部长|布迪|陪同|下|考察: 在 … 陪同下 runs across a comma
                opened = self.text.rfind("在", start, end)
                if opened >= 0 and self.text.find(word + "下", end, self.an.sentence(start)[1]) >= 0:
                    people = [m for m in people if m.end <= opened]
                continue
            opened = self.text.rfind("在", start, at)
            lead = opened if opened >= 0 else start
            people = [m for m in people if m.end <= lead or m.start >= at + len(word)]
        return people

    def side(self, start: int, end: int) -> list[Mention]:
        """The country whose representative opens text[start:end] (中国代表|在|会上|发言)."""
        return [m for m in self.sides if start <= m.start <= start + _SUBJECT_LEAD and m.end <= end][:1]

    def referred(self, start: int, end: int, among: set[Key] | frozenset[Key] = frozenset()) -> list[Mention]:
        """The person a bare title in text[start:end] refers to: 总书记|首次|地方|考察 is the
        last person the article named with that title (习近平|总书记), before ``start``; the
        last one ``among`` those, when given (a story's visitors: not 总书记|念兹|在兹, a
        phrase the model read as a name, xwlb-20230814-01)."""
        named = {m.end for m in self.between(start, end, ("Person",))}
        for title in markers("referring_titles"):
            at = self.text.find(title, start, end)
            if at < 0 or at in named:
                continue  # 习近平|总书记: a title with its name is no bare title
            for mention in reversed(self.between(0, at, ("Person",))):
                if among and mention.key not in among:
                    continue
                if self.text.startswith(title, mention.end) or self.text.endswith(title, 0, mention.start):
                    return [mention]
        return []

    def opens_name(self, mention: Mention) -> bool:
        """Whether one dash joins ``mention`` to the word after it in one name (中国|—|东盟信息港股份有限公司,
        xwlb-20231216-02), not two that set what follows beside it (北京革命活动纪念馆|——|北大红楼)."""
        at = mention.end
        return self.text.startswith(markers("name_joins"), at) and at + 1 < len(self.text) \
            and _CJK.match(self.text, at + 1) is not None

    def opens_gathering(self, mention: Mention, end: int) -> bool:
        """Whether ``mention`` opens the name of a gathering that ends before ``end``, with no trigger between (联合国人权
        理事会|第54届|会议)."""
        found = self.gathering(mention.end, min(end, mention.end + _TITLE_REACH))
        return found is not None and not _CLAUSE_END.search(self.text, mention.end, found.start()) \
            and not self.between(mention.end, found.start()) and not _trigger_pattern().search(self.text, mention.end, found.end())

    def venues(self, start: int, end: int, exclude: set[Key], links: str = "venue_links") -> list[Mention]:
        """The divisions, places and organisations named after the last venue word (在, 到,
        赴…; the words of the marker list ``links``) in text[start:end]."""
        # a word of going begins a word (not 到 of 回到); 在 may end one (韩|正在|纽约|出席: 正在 is 正|在)
        going = links == "going_links"
        after = self.after_word(markers(links), start, end, begins=going)
        while after is not None and (self.text.endswith(markers("not_venues"), start, after) or (
                self.text.endswith(markers("close_links"), start, after)
                and not any(m.start == after for m in self.between(after, end, _PLACES)))):
            # 按照|党中央|关于|大兴|调查研究: 于 of 关于 links no venue; 深入|城关镇|调研 went there, but not 深入|推进|
            # 长三角|一体化 (xwlb-20231130-01), nor 先后|到|成都|、|…|等地|深入|科研院所 (xwlb-20230609-06: 到 says where)
            after = self.after_word(markers(links), start, after - 1, begins=going)
        # 会见|来华|进行|国事访问|的: 来 of 来华 links its place as 在 does
        link = bisect.bisect_left(self.implied_links, end) - 1
        if link >= 0 and start <= self.implied_links[link] and (after is None or self.implied_links[link] > after):
            after = self.implied_links[link]
        if after is None:
            return []
        if links == "venue_links" and self.text.endswith("在", 0, after) and self.text[after:end].rstrip().endswith(
                markers("amid")):
            return []  # 活动|在|中国|传统|的|“点睛醒狮”|中|拉开帷幕 (xwlb-20230120-09): amid it, not where
        # a chain of names right after the word (在|北京|人民大会堂, 到|某镇|某村), not whatever
        # the clause names later (在|与|到访|的|德国|总理|…|举行|的|联合发布会)
        found, reach = [], after
        places = self.between(after, end, _PLACES)
        if going and places and places[0].start - after > _VENUE_GAP and \
                self.text.endswith("的", after, places[0].start) and places[0].start - after <= _GOING_MODIFIER \
                and not _CLAUSE_END.search(self.text, after, places[0].start) and not self.between(after, places[0].start) \
                and not any(word in self.text[after:places[0].start] for word in markers("own_places")):
            # (not 来到|他|所在|的|云南|代表团, xwlb-20230305-03: one's own delegation, where one sits, is no visit)
            # 赶往|受灾|最重|的|甘肃|积石山县|大河家镇 (xwlb-20231219-06): where one went, said of what kind first
            reach = places[0].start
        for mention in places:
            if mention.start - reach > _VENUE_GAP or _trigger_pattern().search(self.text, reach, mention.start):
                break  # (来华|出席|中国—中亚峰会: what follows another trigger is not where)
            if reach > after and self.text[reach:mention.start] in ("同", "与"):
                break  # (在|北京|同|俄罗斯|副总理|诺瓦克|共同主持, xwlb-20231216-04: the other side's country, not where)
            if self.text[reach:mention.start] in markers("topic_links"):
                break  # (在|吉布提|就|苏丹|问题|召开|特别峰会, xwlb-20231210-15; 3 such a year: what it is about, not where)
            reach = max(reach, mention.end)
            if self.opens_name(mention):
                continue  # 位于|南宁|的|中国|—|东盟信息港股份有限公司 (xwlb-20231216-02): the place opens a name, not a venue
            if mention.type == "Agency" and self.opens_gathering(mention, end):
                # 在|联合国人权理事会|第54届|会议|期间|举行|多场|主题边会 (xwlb-20231010-11): the body of the session during
                # which it is held, not where
                continue
            if mention.key not in exclude:
                found.append(mention)
        return found


def _accepted(an: Analysis, reader: _Reader, start: int, end: int, model_starts: list[int],
              model_bounds: frozenset[int]) -> bool:
    """A trigger starts a word (of jieba's or the model's segmentation: jieba reads
    在发言中 and 出席会议 as one word, the model 在|发言|中); a one-character trigger
    (任) is a whole word of one of them.  It is not inside a personal name the model
    read, nor inside a quotation or a book title, nor the topic of what follows (讲话|精神)."""
    if start not in an.boundaries and start not in model_bounds and not (
            reader.text.endswith(markers("light_verbs"), 0, start) and
            start - 2 in an.boundaries | model_bounds):
        return False  # (but jieba reads 举行会谈, 进行会谈 as one word: 举行|会谈)
    if end not in an.boundaries and end not in model_bounds and (model_bounds or end - start == 1) \
            and not _gathering_pattern().match(reader.text, end):
        return False  # 辞职信: a word the trigger only begins (both read 出席会议 as one word, and it is 出席|会议)
    named = _gathering_pattern().match(reader.text, start)
    if named is not None and named.end() > end and triggers()[reader.text[start:end]].type == "Meeting":
        return False  # 座谈|会: the first word of a gathering's kind, not a meeting
    if end - start == 1 and (end >= len(reader.text) or not _CJK.match(reader.text[end])):
        return False  # 普里戈任|。: a one-character trigger is followed by what it says (任|外交部长)
    if an.model_tokens:
        index = bisect.bisect_right(model_starts, start) - 1
        if index >= 0:
            token = an.model_tokens[index]
            # (but where recognition ends a person's name at the trigger, the model's name ran on into
            # it: 李强|16日|同|荷兰|首相|吕特通|电话 is 吕特|通电话, xwlb-20230516-03)
            if token.tag in _NAME_TAGS and token.start < end and start < token.end and \
                    (token.start < start or token.end > end) and start not in reader.person_ends:
                return False
    if an.in_quote(start, end):
        return False
    opened = reader.text.rfind("《", max(0, start - 60), start)
    if opened >= 0 and reader.text.find("》", opened, start) < 0:
        return False
    if _ANNIVERSARY.match(reader.text, end):
        return False  # 纪念|费城交响乐团|访华|50|周年|音乐会 (xwlb-20231111-09): what a gathering remembers
    if reader.text.endswith(markers("topic_before"), 0, start):
        return False  # 审议通过|关于|召开|…|会议|的|决定: what a decision is about
    if triggers()[reader.text[start:end]].role == "speaker" and triggers()[reader.text[start:end]].reading != "said_at":
        named = next((w for w in markers("speech_named") if reader.text.endswith(w, 0, start)), None)
        # 习近平|总书记|在|…|全会|上|的|重要|讲话|，|站在|…: a speech named, not one given; but one given
        # with its title: 发表|题为|《坚守初心 团结合作…》|的|重要|讲话 (xwlb-20231118-01)
        if named is not None and not reader.text.endswith("》", 0, start - len(named)):
            return False
        # 论|学习|贯彻|习近平|总书记|在|文化传承发展座谈会|上|重要|讲话 (人民日报评论员文章's titles; 79 such
        # 学习贯彻…讲话 in xwlb-2023): a speech studied, named as a noun (…上|重要|讲话), is a topic,
        # unless it is given after the study verb (学习|…|时|发表|重要|讲话)
        bounds, model_bounds = reader.an.boundaries, reader.model_bounds
        studied = [m.end() for m in _studying_pattern().finditer(reader.text, reader.clause(start)[0], start)
                   if (m.start() in bounds or m.start() in model_bounds)
                   and (m.end() in bounds or m.end() in model_bounds)]  # (not 论 of 论坛, 辩论)
        if studied and reader.text.endswith(markers("speech_nominal"), 0, start) \
                and reader.after_word(markers("giving_verbs"), studied[-1], start) is None:
            return False  # (not 领导小组|组长|蔡奇|出席|会议|并|讲话, nor 学习|贯彻|…|精神|发言)
    if triggers()[reader.text[start:end]].reading not in _NOT_VERBS:
        # 审议|赵乐际|委员长|访问|摩洛哥|、|塞内加尔|和|马来西亚|情况|的|书面|报告 (xwlb-20230626-07): what a report is
        # about, its places named between, is no happening reported
        stop = min(reader.clause(end)[1], end + _REPORT_REACH)
        told = min((at for word in markers("report_topics") if (at := reader.text.find(word, end, stop)) >= 0), default=None)
        if told is not None and not _trigger_pattern().search(reader.text, end, told):
            return False
    if reader.text.startswith(markers("topic_joins"), end):
        # 贯彻|习近平|总书记|重要|讲话|和|重要|指示|批示|精神 (39 such topics in xwlb-2023): the topic
        # word ends what the trigger is joined to, in its clause
        stop = min(reader.clause(end)[1], end + _TOPIC_REACH)
        if any(reader.text.find(word, end, stop) >= 0 for word in markers("topic_after")):
            return False
    return not reader.text.startswith(markers("topic_after"), end)


def _title_after(reader: _Reader, start: int, clause_end: int) -> tuple[str, int, int] | None:
    """A gathering named after the trigger, in its clause: 召开|防汛|会商会, 举行|的|国务院|政策|例行|吹风会."""
    reach = start + _TITLE_REACH
    for quoted_start, quoted_end in reader.an.quotes:
        # 举办|“中国的人权理念与实践”|“新时代的少数民族权利保障”|“…”|等|主题边会 (xwlb-20230325-09): quoted names run on
        # before the kind they are of, and count for none of the reach
        if start <= quoted_start < reach:
            reach += quoted_end - quoted_start + 2
    limit = min(clause_end, reach)
    match = reader.gathering(start, limit)
    if match is None:
        return None
    table = triggers()
    for inner in _trigger_pattern().finditer(reader.text, start, match.start()):
        if table[inner.group()].type in ("Meeting", "Gathering") and table[inner.group()].reading != "brief" \
                and not reader.text.startswith("的", inner.end()):  # (出席|在|新加坡|举行|的|…|论坛: its name)
            # 同|…|梅列多夫|举行|会谈|并|共同主持|中土合作委员会|第六次|会议: the gathering is the
            # later trigger's (共同主持), and what this one holds is named by that trigger (会谈)
            return None
    begin = start
    while begin < match.start() and reader.text[begin] in "了的":
        begin += 1
    return reader.text[begin:match.end()], begin, match.end()


def _title_before(reader: _Reader, sentence_start: int, start: int) -> tuple[str, int, int] | None:
    """A gathering named before the trigger, as the subject of its sentence:
    “一带一路”企业家大会|今天|在|北京|举行; 中国残疾人联合会|第八次|全国代表大会|圆满|完成|各项|议程|，|在|北京|闭幕."""
    # the one named in the trigger's clause, else the sentence's first: 全国政协十四届一次会议新闻发布会|…|举行|，|…|，|
    # 全国政协十四届一次会议|将于|3月4日|…|开幕 (xwlb-20230303-06) opens the session, not the press conference
    # (as its subject: not 习近平|将|出席|开幕式|并|宣布|本届|亚运会|开幕, xwlb-20230922-04, what he attends)
    own = max(sentence_start, reader.clause(start)[0])
    found = reader.gathering(own, start)
    if found is not None and (_trigger_words(reader, own, found.start()) or reader.between(own, found.start(), ("Person",))):
        found = None
    found = found or reader.gathering(sentence_start, start, press=False)
    if found is None:
        return None
    begin = reader.clause(found.start())[0]
    while begin < found.start() and reader.text[begin] in "在于":
        begin += 1  # 在|中国—中亚峰会|召开|前夕
    # 国务院总理|李强|主持召开|国务院|常务会议|，|审议通过: the name starts after the trigger before it
    for earlier in _trigger_pattern().finditer(reader.text, begin, found.start()):
        begin = earlier.end()
    begin = reader.past_space(begin, found.start())
    return reader.text[begin:found.end()].strip(), begin, found.end()


def _title_at(reader: _Reader, clause: tuple[int, int], start: int) -> tuple[str, int, int] | None:
    """A gathering named between 在 (or 向) and the trigger, where one speaks: 并|在|中国品牌发展国际论坛|致辞,
    在|当天|上午|的|大会|开幕式|上|讲话 (not 在|…|大会|上|的|重要|讲话, a speech named as a topic); 习近平|向|
    2023年中国国际服务贸易交易会全球服务贸易峰会|发表|视频致辞 (xwlb-20230902-01; 21 向…致辞 in xwlb-2023)."""
    opened = max(reader.text.rfind(word, clause[0], start) for word in markers("speech_venue_links"))
    if opened < 0:
        return None
    found = reader.gathering(opened + 1, start)
    # (a trigger as a word of its own: not 开幕 of 乌镇峰会|开幕式, xwlb-20231108-01; a speech's title is no
    # speech named: 向|…|论坛|闭幕式|发表|题为|《…》|的|致辞, xwlb-20230823-04)
    if found is None or "的" in _BOOK_TITLE.sub("", reader.text[found.end():start]) \
            or _trigger_words(reader, opened, start):
        return None  # (在|上海|出席|…|年会|开幕式|并|致辞: 出席 names it)
    if any(triggers()[m.group()].reading == "hear" for m in _trigger_pattern().finditer(reader.text, opened, found.start())):
        # 李强|在|听取|讲座|和|交流发言|后|指出 (xwlb-20230821-04; the 4 study sessions of the State Council in xwlb-2023):
        # the lecture heard is the session's own, not a gathering he speaks at
        return None
    begin = opened + 1
    while begin < found.start() and reader.text[begin] in "了的":
        begin += 1
    return reader.text[begin:found.end()], begin, found.end()


def _title_by(reader: _Reader, clause: tuple[int, int], start: int) -> tuple[str, int, int] | None:
    """A gathering that opens the clause of who chairs (speaks) it, by 由:
    会议|由|美国|总统|拜登|主持 (xwlb-20231118-01); 敬献花篮仪式|由|…|尹力|主持 (xwlb-20230930-01)."""
    found = reader.gathering(clause[0], start)
    if found is None or not reader.text.startswith("由", found.end()) \
            or _trigger_pattern().search(reader.text, clause[0], found.start()):
        return None
    begin = reader.past_space(clause[0], found.start())
    return reader.text[begin:found.end()], begin, found.end()


def _bare(title: str) -> bool:
    """Whether a gathering's name is its kind alone (集会, 会议)."""
    return bool(_gathering_pattern().fullmatch(title))


def _same_gathering(title: str, other: str | None) -> bool:
    """Whether a gathering named ``title`` is the one named ``other`` before it: the same
    name, one ending the other (开班式, 会议), or a name that points back (本届峰会)."""
    if not other:
        return False
    if title.startswith(markers("this_one")):
        return True
    if _JOINED_NAMES in other and _JOINED_NAMES not in title:
        # 十四届全国政协专门委员会主任会议|暨|学习研讨班 … 主持|上午|和|下午|的|全体会议 (xwlb-20230328-03): either of two
        # gatherings held as one
        if any(_same_gathering(title, part) for part in other.split(_JOINED_NAMES) if part):
            return True
    if title == other or other.endswith(title) or title.endswith(other):
        return True
    # 研讨班|开班式 (xwlb-20230325-02): the opening of the 二十届中央纪委委员…研讨班 just reported, named by its kind
    session = next((word for word in markers("any_gathering") if title.endswith(word) and len(title) > len(word)), None)
    if session is not None and other.endswith(title[:-len(session)]):
        return True
    noun = _gathering_pattern().search(title)
    if noun is None or noun.end() != len(title) or noun.start() > _SHORT_TITLE:
        return False
    # 会议 is any meeting; 开班式, 开幕式 the opening of the one before; 4期|研讨班 one of its kind
    return noun.group() in markers("any_gathering") or other.endswith(noun.group())


@stage(reads=("text", "tokens", "model_tokens", "Person", "Agency", "AdministrativeDivision", "Place", "holdsPost"),
       writes=("events", "AdministrativeDivision", "Place"))
def find_events(an: Analysis) -> None:
    """Meetings, visits, gatherings and appointments of one article, into ``an.events``."""
    found = list(_trigger_pattern().finditer(an.text))
    if not found and not any(word in an.text for word in markers("delegations")):
        return  # most articles: nothing more to index (but a delegation may arrive: see _gone)
    reader = _Reader(an)
    model_starts = [token.start for token in an.model_tokens] if an.model_tokens else []
    model_bounds = reader.model_bounds
    table = triggers()
    # the headline is read on its own, then each of its happenings is folded into the one
    # the body reports (李强会见加蓬总统 is the body's 李强|…|会见|…|加蓬|总统|邦戈)
    happenings: list[_Happening] = []
    headline: list[_Happening] = []
    subheaded: dict[int, list[_Happening]] = {}
    last_meetings: list[_Happening] = []
    group: list[_Happening] = []  # the meetings one 分别 trigger reported
    for match in found:
        start, end, word = match.start(), match.end(), match.group()
        if not _accepted(an, reader, start, end, model_starts, model_bounds):
            continue
        trigger = table[word]
        sentence = an.sentence(start)
        clause = reader.clause(start)
        date = reader.day(sentence, start, clause[1])
        reading = _READINGS[trigger.reading]
        item = next((i for i, (a, b, _) in enumerate(reader.subheadlines) if a <= start < b), None)
        if item is not None:
            # 德国民众举行集会 反对向乌克兰输送武器 heads the item that tells it (25日，德国首都柏林上万民众举行集会):
            # read on its own like a headline, then folded into what its item reports
            reading(reader, trigger, sentence, clause, start, end, date, subheaded.setdefault(item, []), [])
            continue
        if start < reader.headline_end:
            made = reading(reader, trigger, sentence, clause, start, end, date, headline, [])
            if trigger.type == "Meeting" and made:
                # 习近平同南非总统会谈 | 欢迎仪式|后|，|两国元首|举行|会谈|…|蔡奇|、|王毅|等|参加|上述|活动
                # (xwlb-20230823-02): until the body names one, the meeting just reported is the headline's
                last_meetings[:] = made
            continue
        made = reading(reader, trigger, sentence, clause, start, end, date, happenings, last_meetings)
        # (佐科|表示|，|两个多月|前|我|在|成都|同|习近平|主席|会面|后|… (xwlb-20231017-04): a meeting told in what
        # someone says is not the one those who join next join)
        told = clause[0] > sentence[0] and reader.text.endswith(markers("saying_verbs"), sentence[0], clause[0] - 1)
        if trigger.type == "Meeting" and made and not told \
                and not all(any(m is old for old in last_meetings) for m in made):
            # (分别|会见|A|、|B|。|会见|A|时|，|…|。|何维|参加|上述|会见: a meeting read again keeps those just reported)
            # and so does one of a 分别 group read again after another meeting was told in between
            # (分别|会见|…|巴沙尔|、|…|普拉昌达|。|会见|巴沙尔|时|，|…|习近平|主席|和|总统|先生|日前|…|会见|…|。|
            # 会见|普拉昌达|时|…|。|洛桑江村|参加|会见, xwlb-20230925-08: he joins both)
            again = all(any(m is old for old in group) for m in made)
            last_meetings[:] = group if again else made
            if len(made) > 1:
                group[:] = made
    _spoke_there(reader, an, happenings)
    _briefed_next(reader, an, happenings)
    _said_after(reader, an, happenings)
    if any(h.type == "Visit" for h in happenings):
        _recounted_visits(reader, an, happenings)
    _gone(reader, an, happenings)
    for item, told in subheaded.items():
        _, item_start, item_end = reader.subheadlines[item]
        for happening in told:
            _restated(happenings, happening, among=[h for h in happenings if any(
                item_start <= sentence[0] < item_end for sentence in h.sentences)])
    for happening in headline:
        _restated(happenings, happening)
    _trips(reader, happenings)
    _dated_by_the_lead(reader, an, happenings)
    for happening in happenings:
        _emit(an, happening)


# ------------------------------------------------------------------ the readings

def _spoke_there(reader: _Reader, an: Analysis, happenings: list[_Happening]) -> None:
    """Who attends a gathering and is said to say something in the very next sentence, opening it, spoke there:
    国务院总理|李强|在|雅加达|出席|第26次|中国—东盟|…|领导人会议|。|李强|表示|，|… (xwlb-20230906-02): his remarks at
    the meeting (an attendee who speaks is its ``speaker``, as …|出席|…|并|讲话). Not when another happening is
    read in between, nor who says it elsewhere (李强|在|…|会见|时|表示)."""
    sentences = an.sentences
    starts = [start for start, _ in sentences]
    for happening in happenings:
        if happening.type != "Gathering":
            continue
        for role, mention in list(happening.arguments):
            if role != "attendee" or mention.type != "Person":
                continue
            first, end = an.sentence(mention.start)
            index = bisect.bisect_left(starts, end)
            if index >= len(sentences) or reader.clause(mention.start)[1] < end and \
                    _trigger_words(reader, reader.clause(mention.start)[1], end):
                continue
            start, stop = sentences[index]
            # (a sentence that names no one and only says who else attends is passed over: 东盟国家|…|领导人|及|东盟|
            # 秘书长|出席|。|李强|表示, xwlb-20230906-02)
            if index + 1 < len(sentences) and not reader.between(start, stop, ("Person",)) and all(
                    triggers()[reader.text[a:b]].role == "attendee" for a, b in _trigger_words(reader, start, stop)):
                index += 1
                start, stop = sentences[index]
            start = reader.past_space(start, stop)
            opening = reader.between(start, stop, ("Person",))[:1]
            if not opening or opening[0].start != start or opening[0].key != mention.key:
                continue
            said = opening[0].end
            if not reader.text.startswith(markers("saying_verbs"), said) or _trigger_words(reader, start, said + 2):
                continue
            if any(other is not happening and any(first <= s[0] < stop for s in other.sentences)
                   for other in happenings):
                continue  # (习近平|…|出席|金砖国家领导人会晤|期间|会见|…|萨勒|。|习近平|指出, xwlb-20230824-03: at the meeting)
            happening.add("speaker", mention)
    # 总书记|在|主持|会议|时|强调 (xwlb-20230814-01); 普京|5日|在|出席|…|年会|时|表示 (xwlb-20231006-12): who chairs or
    # attends and says something while doing it, in the same clause, speaks there
    table = triggers()
    for happening in happenings:
        if happening.type != "Gathering":
            continue
        for sentence, at in list(happening.sentences.items()):
            word = _trigger_pattern().match(reader.text, at)
            if word is None or table[word.group()].reading != "take_part" \
                    or table[word.group()].role not in ("chair", "attendee"):
                continue
            clause = reader.clause(at)
            while_at = reader.text.find("时", word.end(), clause[1])
            # (参加|上海|代表团|审议|时|说: the session attended is no other happening)
            if while_at < 0 or not reader.text.startswith(markers("saying_verbs"), while_at + 1) \
                    or any(table[reader.text[a:b]].reading != "session" for a, b in _trigger_words(
                        reader, word.end(), while_at)) or reader.between(word.end(), while_at, ("Person",)):
                continue
            keys = happening.keys(table[word.group()].role)
            for person in _subjects(reader, sentence, clause, at, word.end()):
                if person.key in keys:
                    happening.add("speaker", person)


def _briefed_next(reader: _Reader, an: Analysis, happenings: list[_Happening]) -> None:
    """Who opens each of the sentences right after a press conference is held, saying or briefing (``briefing_verbs``),
    speaks at it: 国家卫生健康委|今天|举行|新闻发布会|，|…|。|国家卫生健康委|相关|负责人|表示 (xwlb-20231126-06);
    …|举行|新闻发布会|…|。|国家发展改革委|表示|…|。|工业和信息化部|表示|…|。|全国工商联|表示 (xwlb-20230720-07: each).
    The run ends at the first sentence that does not open so, or that reports another happening."""
    sentences = an.sentences
    starts = [start for start, _ in sentences]
    for happening in happenings:
        if happening.type != "Gathering" or not (happening.title or "").endswith(markers("press_gatherings")) \
                or not happening.held or not happening.sentences:
            continue
        _, end = max(happening.sentences)
        index = bisect.bisect_left(starts, end)
        while index < len(sentences):
            start, stop, clause = _opening_clause(reader, sentences[index])
            said = _word_at(reader, markers("briefing_verbs"), clause[0], clause[1])
            if said is None or _trigger_words(reader, clause[0], said) or _reports_another(happening, happenings, start, stop):
                break
            speakers = _briefing(reader, clause, said) or _spoken_for(reader, clause[0], said)
            if not speakers:
                break
            for speaker in speakers:
                happening.add("speaker", speaker)
            index += 1


def _opening_clause(reader: _Reader, sentence: tuple[int, int]) -> tuple[int, int, tuple[int, int]]:
    """A sentence's start past the spaces that open it, its end, and its first clause: where the
    speaker of a sentence that follows a session is read (``_briefed_next``, ``_said_after``)."""
    start, stop = sentence
    start = reader.past_space(start, stop)
    return start, stop, reader.clause(start)


def _reports_another(happening: _Happening, happenings: list[_Happening], start: int, stop: int) -> bool:
    """Whether a sentence (``start``..``stop``) reports a happening other than ``happening``."""
    return any(other is not happening and any(start <= s[0] < stop for s in other.sentences) for other in happenings)


def _said_after(reader: _Reader, an: Analysis, happenings: list[_Happening]) -> None:
    """Who opens the sentence right after one that ends with a session an organisation held, saying something, speaks
    at it: 联合国安理会|就|巴以局势|举行|紧急会议|。|联合国|…|助理秘书长|哈立德·希亚里|表示 (xwlb-20230106-15);
    联合国安理会|9日|召开|苏丹问题|公开会|。|中国代表|表示 (xwlb-20230810-12; 18 such in xwlb-2023). Not a session to come
    (将|举行), nor a press conference (``_briefed_next``), nor a sentence that reports another happening."""
    sentences = an.sentences
    starts = [start for start, _ in sentences]
    for happening in happenings:
        if happening.type != "Gathering" or not happening.held or not happening.title \
                or happening.title.endswith(markers("press_gatherings")) \
                or not any(m.type == "Agency" for r, m in happening.arguments if r == "organizer"):
            continue
        sentence, at = max(happening.sentences.items())
        clause = reader.clause(at)
        if not reader.text[sentence[0]:sentence[1]].rstrip().endswith(happening.title + "。") \
                or reader.after_word(markers("future"), clause[0], at) is not None:
            continue
        index = bisect.bisect_left(starts, sentence[1])
        if index >= len(sentences):
            continue
        start, stop, following = _opening_clause(reader, sentences[index])
        said = _word_at(reader, markers("saying_verbs"), following[0], following[1])
        if said is None or _trigger_words(reader, following[0], said) or _reports_another(happening, happenings, start, stop):
            continue
        for speaker in reader.side(following[0], said) or [m for m in _briefing(reader, following, said)
                                                             if m.type == "Person"]:
            happening.add("speaker", speaker)


def _recounted_visits(reader: _Reader, an: Analysis, happenings: list[_Happening]) -> None:
    """In a story of someone's visits, a clause that names only where (在 and places) and a
    next clause whose subject is the visitor recount a visit there:
    在|段村|，|习近平|总书记|指出 (xwlb-20230130-01) ; 在|运城博物馆|，|总书记|强调 (xwlb-20230522-04) ;
    在|长沙|，|李强|考察|了|… (xwlb-20230322-07).  Only in a story that reports a visit by them."""
    visitors = {m.key: m for h in happenings if h.type == "Visit" for r, m in h.arguments if r == "agent"}
    text = reader.text
    for start in [0, *(end + 1 for end in reader.clause_ends)]:
        if not text.startswith("在", start) or start >= len(text):
            continue
        clause = reader.clause(start)
        places = reader.between(start + 1, clause[1], _PLACES)
        # the place's own word may follow its division unnamed: 在|山东|枣庄|石榴|种植园
        rest = text[max(m.end for m in places):clause[1]] if places else ""
        if not places or places[0].start - start > _VENUE_GAP + 1 or len(rest) > _UNNAMED_VENUE or "的" in rest \
                or text[clause[1]:clause[1] + 1] not in "，," or _trigger_pattern().search(text, start, clause[1]) \
                or reader.gathering(start, clause[1]) is not None \
                or reader.after_word(markers("venue_links"), start + 1, clause[1]) is not None:
            continue  # (在|党的二十大报告|中, 在|…|考察|时, 在|…|座谈会|上, 在|前往|陕西|途中: no place alone)
        following = reader.clause(clause[1] + 1)
        subject = _visitor(reader, following, visitors)
        if subject is None:
            continue
        sentence = an.sentence(start)
        _happened(happenings, _Happening("Visit", "在"), (("agent", [subject]), ("destination", places)),
                  sentence, start, reader.day(sentence, start, clause[1]))


def _gone(reader: _Reader, an: Analysis, happenings: list[_Happening]) -> None:
    """A clause whose subject says where they went, with no trigger, is a visit there:
    习近平|随后|乘车|来到|中国石化九江分公司|。 ; 11日|下午|，|习近平|来到|上饶市|婺源县|…|。 (xwlb-20231013-01);
    莱希|今天|（5月3日）|抵达|叙利亚|大马士革 (xwlb-20230503-15).  The subject opens the clause, or is the
    visitor of the story a title or a pronoun names."""
    text = reader.text
    visitors = {m.key: m for h in happenings if h.type == "Visit" for r, m in h.arguments if r == "agent"}
    for start in [reader.headline_end, *(end + 1 for end in reader.clause_ends if end >= reader.headline_end)]:
        clause = reader.clause(start)
        if start >= len(text) or _says(reader, clause[0], clause[1]):
            continue
        subject = _visitor(reader, clause, visitors)
        if subject is None and _says(reader, clause[1], an.sentence(start)[1]):
            # (莱希|今天|抵达|叙利亚|大马士革|，|并|与|…|举行了|会谈: one who is no visitor yet arrives for what the
            # sentence reports next; not 特朗普|3日|抵达|纽约|，|预计|…|出庭, xwlb-20230404-12)
            subject = next(iter(_clause_subject(reader, clause)), None)
        if subject is None:
            # 阿拉伯议会联盟|代表团|26日|抵达|叙利亚|首都|大马士革 (xwlb-20230227-13; 66 such arrivals and visits of
            # delegations in xwlb-2023): a delegation that opens the clause goes where it arrives
            opening = next(iter(reader.between(clause[0], clause[1], ("Person", "Agency"))), None)
            if opening is not None and opening.type == "Agency" and opening.start - clause[0] <= _SUBJECT_LEAD \
                    and opening.label.endswith(markers("delegations")):
                subject = opening
        if subject is None or subject.end >= clause[1]:
            continue
        went = _word_at(reader, markers("going_links"), subject.end, clause[1])
        if went is None or reader.between(subject.end, went, ("Person",)):
            continue
        places = reader.venues(went, clause[1], {subject.key}, "going_links")
        if places:
            sentence = an.sentence(start)
            _happened(happenings, _Happening("Visit", "到"), (("agent", [subject]), ("destination", places)),
                      sentence, start, reader.day(sentence, start, clause[1]))


def _visitor(reader: _Reader, clause: tuple[int, int], visitors: dict[Key, Mention]) -> Mention | None:
    """Who opens ``clause`` (a name, a bare title, 他), when they are a visitor the story reported."""
    text = reader.text
    people = [m for m in reader.between(clause[0], clause[1], ("Person",)) if m.start - clause[0] <= _SUBJECT_LEAD]
    if people:
        return people[0] if people[0].key in visitors else None
    if text.startswith(markers("pronouns"), clause[0]):
        # 他: the visitor named last before
        before = [m for m in reader.between(0, clause[0], ("Person",)) if m.key in visitors]
        return before[-1] if before else None
    title = next((t for t in markers("referring_titles") if text.startswith(t, clause[0])), None)
    if title is None:
        return None
    referred = reader.referred(clause[0], clause[0] + len(title), set(visitors))
    return referred[0] if referred and referred[0].key in visitors else None


def _subjects(reader: _Reader, sentence: tuple[int, int], clause: tuple[int, int], start: int,
              end: int, the_met: bool = True) -> list[Mention]:
    """Who does what the trigger says: the people before it in its clause, or the one a
    bare title there refers to (总书记|主持召开|…); for a trigger that sets the time of
    the next clause (在|呼和浩特|…|考察|时|，|总书记|指出), that clause's; else those of the
    nearest clause before it in the sentence (…出席对话会|，|并|发表|…|讲话)."""
    people = reader.people(clause[0], start) or reader.referred(clause[0], start) or _pronoun_subject(reader, clause[0], start)
    met = [m.start() for m in _meeting_pattern().finditer(reader.text, people[0].end, people[-1].start)] if people else []
    if met:
        # 韩正|在|北京|会见|泰国|公主|诗琳通|并|出席|…|庆祝活动 (xwlb-20230605-05): who is met does not do
        # what the subject goes on to do
        return [m for m in people if m.end <= met[0]]
    if people and _meeting_pattern().search(reader.text, people[-1].end, start):
        # 李强|在|京|会见|来华|出席|…|峰会|并|…|的|吉尔吉斯斯坦|总统|扎帕罗夫: who is met takes part
        return reader.people(end, clause[1], before_trigger=False)[:1]
    if not people and _time_of_next(reader, end, clause[1]) and clause[1] < sentence[1]:
        following = reader.clause(clause[1] + 1)
        people = _clause_subject(reader, following) or reader.referred(following[0], following[1])
    at = clause[0] - 1
    while not people and at > sentence[0]:
        earlier = reader.clause(at - 1)
        begin = max(earlier[0], sentence[0])
        # who is met there does not attend what the next clause names (``the_met`` false): 李强|将|会见|马克龙|
        # 总统|，|…|，|会见|拉尔歇|参议长|，|出席|…|晚餐会 (xwlb-20230622-04)
        meeting = None if the_met else _meeting_pattern().search(reader.text, begin, at)
        subject_end = meeting.start() if meeting is not None else at
        if meeting is not None:
            # (…|同|博尔内|总理|举行|会谈: the other side too)
            link = reader.after_word(markers("counterpart_links"), begin, subject_end)
            subject_end = link - 1 if link is not None else subject_end
        people = reader.people(begin, subject_end) or reader.referred(begin, subject_end) \
            or _pronoun_subject(reader, begin, subject_end)
        at = earlier[0] - 1
    return people


def _pronoun_subject(reader: _Reader, start: int, end: int) -> list[Mention]:
    """The person a pronoun opening text[start:end] (他, 她; not 他们) names: the subject of the sentence before,
    the first person named in it — 习近平|总书记|始终|牵挂于心|。|他|走遍|沿江|各省市|，|先后|三次|主持召开|座谈会
    (xwlb-20230816-02); 赵平|长期|关注|…|。|这些天|，|他|到|中航西飞…|进行|调研 (xwlb-20230228-05)."""
    text = reader.text
    lead = reader.past_space(start, end)
    pronoun = next((p for p in markers("pronouns") if text.startswith(p, lead)), None)
    if pronoun is None or text.startswith("们", lead + len(pronoun)) or lead + len(pronoun) >= end:
        return []
    sentence = reader.an.sentence(lead)
    if sentence[0] < reader.headline_end:
        return []
    earlier = reader.between(sentence[0], lead, ("Person",))
    if earlier:
        # 巴沙尔·阿萨德|已经|抵达|沙特|，|他|将|出席|此次|峰会 (xwlb-20230519-10): the subject of its own sentence
        return earlier[:1] if earlier[0].start - reader.clause(earlier[0].start)[0] <= _SUBJECT_LEAD else []
    if lead - sentence[0] > _SUBJECT_LEAD and reader.clause(sentence[0])[1] + 1 != lead:
        return []  # (but 这些天|，|他: a time that opens the sentence, in a clause of its own)
    before = reader.an.sentence(sentence[0] - 1) if sentence[0] > 0 else None
    if before is None or before[1] > sentence[0] or before[0] < reader.headline_end:
        return []
    named = reader.between(before[0], before[1], ("Person",))
    return named[:1]


def _clause_subject(reader: _Reader, clause: tuple[int, int]) -> list[Mention]:
    """Who opens ``clause``, with those listed with them: 国务院总理|李强|表示, 王沪宁|、|石泰峰|出席 —
    not who is named after a link or what they do (韩正|转达|了|习近平|主席|的|问候, xwlb-20230510-04;
    同|菲利普|国王|夫妇|一道|出席, xwlb-20230620-01)."""
    people = reader.people(clause[0], clause[1], before_trigger=False)
    if not people or reader.between(clause[0], people[0].start, ("Person",)):
        return []
    lead = reader.text[clause[0]:people[0].start]
    if any(word in lead for word in markers("counterpart_links") + markers("venue_links") + markers("beneficiary_links")) \
            or _says(reader, clause[0], people[0].start):
        return []
    return _joined(reader, people)


def _time_of_next(reader: _Reader, end: int, clause_end: int) -> bool:
    """Whether the trigger ending at ``end`` sets the time of the next clause, with a word of
    ``time_of_next`` right after it (考察|时|，) or ending its clause (在|会见|巴伐利亚州|州长|索德尔|时|，|
    李强|表示, xwlb-20230622-03; 52 such 会见…时， in xwlb-2023), no other trigger between."""
    text = reader.text
    return text.startswith(markers("time_of_next"), end) or (
        text.endswith(markers("time_of_next"), end, clause_end) and not _says(reader, end, clause_end))


def _opening(reader: _Reader, sentence: tuple[int, int], clause: tuple[int, int], types) -> list[Mention]:
    """The subject of the sentence when a later clause has none of its own: the first
    name of ``types`` in the sentence, when it opens its clause (after a day at most)."""
    if clause[0] <= sentence[0]:
        return []
    named = reader.between(sentence[0], clause[0], types)
    opening = named[:1]
    if opening and reader.after_word(markers("embedding_verbs"), opening[0].end, clause[0], whole=True) is not None:
        # 谢蒂马|表示|，|祝贺|中方|成功|举办|…|高峰论坛 (xwlb-20231019-06): what the subject says is done by others
        return []
    if opening and opening[0].start - reader.clause(opening[0].start)[0] <= _SUBJECT_LEAD:
        # 全国人大常委会|委员长|赵乐际|先后|到|…|调研|，|主持召开|…|座谈会: the subject is who holds
        # the title the sentence opens with
        holder = next((m for m in named if m.type == "Person" and m.start >= opening[0].end
                       and _titles(reader, opening[0], [m])), None) if opening[0].type != "Person" else None
        return [holder] if holder is not None else opening
    return []


def _meet(reader, trigger, sentence, clause, start, end, date, happenings, last_meetings):
    if reader.text[start - 1:start] in _ORDINAL_ENDS:
        return []  # 金砖国家领导人|第十五次|会晤: the name of a gathering
    before = reader.people(clause[0], start)
    link = reader.after_word(markers("counterpart_links"), clause[0], start)
    if link is None and any(h.type == "Meeting" for h in happenings) \
            and reader.text[end:].removeprefix("结束").startswith(markers("time_since")) \
            and not reader.people(end, clause[1], before_trigger=False):
        # 阿卜杜拉希扬|在|会晤|后|举行|的|新闻发布会|上|透露 (xwlb-20230818-16), 会晤|结束|后|，|…|王毅|…|介绍
        # (xwlb-20231116-03): the meeting reported sets a time, with no other side of its own; it meets no one again
        return []
    while link is not None and reader.text.startswith(markers("spouses"), link):
        # 习近平|和|夫人|彭丽媛|在|钓鱼台国宾馆|…|会见|…|西哈莫尼: a spouse goes with the host
        link = reader.after_word(markers("counterpart_links"), clause[0], link - 1)
    agents, counterparts = before, []
    if link is not None and any(m.start >= link for m in before):
        agents = [m for m in before if m.end <= link]
        counterparts = [m for m in before if m.start >= link]
    if link is not None:
        # (同|越南共产党代表团|举行|会谈)
        verb = next((w for w in markers("light_verbs") if reader.text.endswith(w, 0, start)), "")
        counterparts += _met_organisations(reader, link, start - len(verb))
    after = reader.people(end, clause[1], before_trigger=False)
    counterparts += after + _met_organisations(reader, end, clause[1])
    if not counterparts and link is not None:
        # 习近平|主席|同|总统先生|举行|会谈 (xwlb-20230719-07): the other side by a bare title, the
        # person the story named with it (阿尔及利亚|总统|特本)
        taken = {m.key for m in agents}
        counterparts = [m for m in reader.referred(link, start) if m.key not in taken]
    if not counterparts and (not agents or end >= clause[1] - 1):
        # the host alone only when the met are named by a group after the trigger (会见|某国|客人)
        return []
    if not agents:
        # 西雅尔多|…|抵达|莫斯科|访问|，|与|…|诺瓦克|举行|会谈: the sentence's subject;
        # 会见|巴沙尔|时|，|赵乐际|表示: the next clause's
        taken = {m.key for m in counterparts}
        # (李强|将|会见|马克龙|总统|，|同|博尔内|总理|举行|会谈|，|会见|拉尔歇|参议长: who was met in
        # the sentence before is not who meets now)
        taken |= {m.key for h in happenings if h.type == "Meeting" and sentence in h.sentences
                  for r, m in h.arguments if r == "counterpart"}
        # (应约|同|德国|总理|朔尔茨|通电话|时|，|李强|表示: the subject is before the link, or the next clause's)
        subject_end = link - 1 if link is not None and any(m.start >= link for m in counterparts) else start
        agents = [m for m in _subjects(reader, sentence, clause, subject_end, end) if m.key not in taken]
        if not agents:
            # 丁薛祥|访问|土库曼斯坦|，|会见|…|，|同|…|外长|梅列多夫|举行|会谈: the clause names only
            # the other side; who meets is who went or met just before in the sentence
            earlier = next((h for h in reversed(happenings) if sentence in h.sentences
                            and h.type in ("Meeting", "Visit")), None)
            if earlier is not None:
                agents = [m for r, m in earlier.arguments if r == "agent" and m.key not in taken]
    if not agents:
        # …|会见|巴沙尔|时|: the meeting reported before, found by its counterpart
        for happening in reversed(happenings):
            if happening.type == "Meeting" and happening.keys("counterpart") & {m.key for m in counterparts}:
                happening.see(sentence, start, date)
                return []
        return []
    counterparts = [_met_before(happenings, m) for m in counterparts]
    # 分别|会见|A|、|B ; 分别|同|A|、|B|举行|会谈: one meeting with each
    separately = (reader.text.endswith(markers("separately"), 0, start) or link is not None and
                  reader.text.endswith(markers("separately"), 0, link - 1)) and len(counterparts) > 1
    sides = [[m] for m in counterparts] if separately else [counterparts]
    return [_happened(happenings, _Happening("Meeting", trigger.word), (("agent", agents), ("counterpart", side)),
                      sentence, start, date) for side in sides]


def _met_before(happenings: list[_Happening], person: Mention) -> Mention:
    """The counterpart of a meeting reported before whom ``person`` names again, cut otherwise by
    recognition: 分别|会见|…|莫朗 … 会见|莫朗时|，|王岐山 (xwlb-20230103-04); else ``person``."""
    if person.type != "Person":
        return person
    for happening in reversed(happenings):
        for role, met in happening.arguments:
            if happening.type == "Meeting" and role == "counterpart" and met.type == "Person" \
                    and met.key != person.key and min(len(met.label), len(person.label)) >= 2 \
                    and (met.label.startswith(person.label) or person.label.startswith(met.label)):
                return met
    return person


def _met_organisations(reader: _Reader, start: int, end: int) -> list[Mention]:
    """The organisations met, named in text[start:end] (after the trigger, or after 同/与) as the
    whole of what is met: 会见|美国飞虎队代表团 (xwlb-20231030-02); 会见|由|…|莫拉莱斯|率领|的|
    古巴共产党代表团 (xwlb-20230424-04). Not an organisation of a title or a group (会见|国际货币基金组织|
    总裁, 会见|新加坡|副总理|兼|财政部|长, 接见|…|海军|官兵|代表), nor one named after another trigger
    (会见|出席|…|论坛|的|…: what the side met attends)."""
    text = reader.text
    found = []
    for mention in reader.between(start, end, ("Agency",)):
        title = post_title_at(text, mention.start)
        if title is not None and len(title) >= mention.end - mention.start:
            continue  # (会见|美国|前|国务卿: a title the model read as an organisation)
        tail = mention.end
        while tail < end and text[tail] in _LIST_LINKS:
            # 会见|A党|和|B党|代表团: what the list ends with says what each is
            following = next((m for m in reader.between(tail + 1, end) if m.start == tail + 1), None)
            if following is None or following.type != "Agency":
                break
            tail = following.end
        rest = text[tail:end]
        if (not rest or _CLAUSE_END.match(rest) or rest.startswith(markers("whole_groups"))) \
                and not _says(reader, start, mention.start):
            found.append(mention)
    return found


def _happened(happenings, happening, roles, sentence, start, date) -> _Happening:
    """``happening`` with each (role, mentions) of ``roles``, read at ``start`` in
    ``sentence``, merged into the article's happenings."""
    for role, mentions in roles:
        for mention in mentions:
            happening.add(role, mention)
    happening.see(sentence, start, date)
    return _merge(happenings, happening)


def _named_here(happenings: list[_Happening], sentence: tuple[int, int], start: int) -> _Happening | None:
    """The gathering whose trigger in ``sentence`` comes last before ``start``, if any."""
    here = [(h.sentences[sentence], i, h) for i, h in enumerate(happenings)
            if h.type == "Gathering" and h.sentences.get(sentence, start) < start]
    return max(here, key=lambda x: x[:2])[2] if here else None


def _last(happenings: list[_Happening], type_: str) -> _Happening | None:
    """The happening of ``type_`` the article reported last, if any."""
    return next((h for h in reversed(happenings) if h.type == type_), None)


def _joined_by(happening: _Happening, role: str, people: list[Mention], sentence, start: int) -> None:
    """``people`` join ``happening`` in ``role``, read in ``sentence`` at ``start`` (no day of its own)."""
    for person in people:
        happening.add(role, person)
    happening.see(sentence, start, None)


def _join(reader, trigger, sentence, clause, start, end, date, happenings, last_meetings):
    # (蔡奇|、|王毅|、|秦刚|，|以及|俄罗斯联邦政府|领导人|出席|上述|活动, xwlb-20230322-02: a list before a comma)
    people = _listed_before(reader, sentence, clause) + reader.people(clause[0], start)
    if trigger.type == "Visit":
        # 黄坤明|、|吴政隆|参加|调研 (xwlb-20230824-08): who goes along on the visit just reported goes too
        visit = _last(happenings, "Visit")
        if visit is not None and people:
            _joined_by(visit, "agent", people, sentence, start)
        return []
    if not last_meetings and trigger.word.endswith(markers("activities")):
        # 李强|和|朔尔茨|…|出席|中德企业家圆桌会|。|吴政隆|参加|上述|活动 (xwlb-20230621-03): with no
        # meeting reported, what was just reported is a gathering, and who joins it attends;
        # 习近平|…|到|武警海警总队东海海区指挥部|视察|…|。|何卫东|等|参加|活动 (xwlb-20231201-01; 8 such in
        # xwlb-2023, all of them inspections of the army): with only a visit reported, who joins it goes along
        gathering, visit = _last(happenings, "Gathering"), _last(happenings, "Visit")
        if gathering is not None and people:
            _joined_by(gathering, "attendee", people, sentence, start)
        elif gathering is None and visit is not None and people:
            _joined_by(visit, "agent", people, sentence, start)
        return []
    for happening in last_meetings:
        for person in people:
            if person.key not in happening.keys("counterpart"):
                happening.add("agent", person)
        happening.see(sentence, start, None)
    return []


def _visit(reader, trigger, sentence, clause, start, end, date, happenings, last_meetings):
    agents: list[Mention] = []
    # 习近平|总书记|此次|考察|的|第一站|是|四川|广元市|剑阁县|翠云廊 (xwlb-20230730-02): the stops of a visit
    # are where it went, not a visitor described
    relative = reader.text.startswith("的", end) and not reader.text.startswith(markers("stops"), end + 1)
    # 到访|基辅|的|美国|国务卿|布林肯 (xwlb-20230907-11): where, named between the trigger and 的
    named_where = _places_then(reader, end, clause[1], "的")
    if named_where and (reader.text.startswith(markers("stops"), named_where[-1].end + 1)
                        or not reader.people(named_where[-1].end, clause[1], before_trigger=False)):
        named_where = []  # (考察|内蒙古|的|首站|来到|巴彦淖尔, xwlb-20230814-01: where the visit went first)
    relative = relative or bool(named_where)
    if not relative and trigger.word in markers("relative_only"):
        return []  # (近千名|来访|群众: who came, not a visit reported)
    if reader.after_word(markers("wished"), clause[0], start) is not None:
        # 欢迎|你|在|双方|方便|的|时候|尽早|访华 (xwlb-20230326-02), 欢迎|卡斯特罗|总统|尽早|访华 (xwlb-20230327-09): a visit
        # wished for, none made or announced
        return []
    if relative:
        # 会见|来华|进行|国事访问|的|加蓬|总统|邦戈: the visitor is named after
        agents = reader.people(named_where[-1].end if named_where else end, clause[1], before_trigger=False)[:1]
    else:
        agents = reader.people(clause[0], start)
        if agents and any(reader.text[m.start() - 1] not in _ORDINAL_ENDS  # (not 第十五次|会晤, a name)
                          for m in _meeting_pattern().finditer(reader.text, agents[-1].end, start)):
            # 会见|来华|进行|国事访问|并|出席|中国—中亚峰会|的|…|总统|拉赫蒙 (xwlb-20230518-08): who is
            # met is the visitor, named after the trigger, as after …|国事访问|的
            relative = True
            agents = reader.people(end, clause[1], before_trigger=False)[:1]
        elif len(agents) > 1 and reader.between(start, end, _PLACES):
            # 韩正|会见|泰国|公主|诗琳通|并|出席|公主|第50次|访华|庆祝活动 (xwlb-20230605-05): who is met comes to
            # China, not who meets them there
            met = [m.end() for m in _meeting_pattern().finditer(reader.text, agents[0].end, agents[-1].start)]
            if met:
                agents = [m for m in agents if m.start >= met[-1]]
    if not agents and not relative:
        # the subject is a delegation: 中共代表团|相继|访问|了|卡塔尔
        first = reader.between(clause[0], start, ("Agency",))
        # (交通部长|布迪|陪同|下|考察: the organisation of one who accompanies)
        if first and reader.after_word(markers("venue_links"), clause[0], first[0].start) is None \
                and reader.after_word(markers("companions"), clause[0], start) is None:
            agents = first[:1]
    if not agents and not relative:
        agents = _subjects(reader, sentence, clause, start, end)[-1:]
    if not agents:
        return []
    taken = {m.key for m in agents}
    # 在|印尼|对华合作|牵头人|…|陪同|下|考察: what the companions are is no destination
    accompanied = None if relative else reader.after_word(markers("companions"), agents[-1].end, start)
    # 会见|访华|的|日本|外相|林芳正 (xwlb-20230402-04): a trigger that names where by one character (访|华)
    # goes there, not to where who meets the visitor does (在|中南海紫光阁|会见)
    own = [m for m in reader.between(start, end, _PLACES) if m.prop("implied") and m.key not in taken]
    if own:
        return [_happened(happenings, _Happening("Visit", trigger.word), (("agent", agents), ("destination", own)),
                          sentence, start, date)]
    # (a subject found in a sentence before, 他|走遍|长江|的|上中下游|实地|调研 (xwlb-20230427-01: 习近平, named one
    # sentence back), went nowhere that sentence names: 摆在|推动|长江经济带|发展)
    destinations = reader.venues(clause[0] if relative else accompanied or max(agents[-1].end, sentence[0]), start,
                                 taken)
    destinations += [m for m in named_where if m.key not in taken and m not in destinations]
    if not relative and not reader.text.startswith(markers("time_of_next"), end):
        # 在|雄安|考察|时|再次|强调|…|北京城市副中心: what follows 考察时 is what was said there
        # up to the next trigger: 访问|中东多国|举办|中共二十大精神|宣介会 (中共 names what is held)
        following = _trigger_pattern().search(reader.text, end, clause[1])
        stop = following.start() if following else clause[1]
        # 卢拉|16日|在|访问|阿联酋|期间|批评|美西方|在|乌克兰|危机|中|拱火 (xwlb-20230417-11): the visit's time
        # word closes where it went, and what follows is what was done then, unless it goes on
        # somewhere (李强|在|访问|德国|期间|赴|巴伐利亚州|参访, xwlb-20230622-03)
        closed = reader.first_word(markers("time_of_next"), end, stop)
        if closed is not None and not reader.text.startswith(markers("going_links"), closed[1]):
            stop = closed[0]
        # 参观|中国|应对|气候变化|政策|与|行动|展览 (xwlb-20231203-05): what an exhibition toured is about is no destination
        toured = reader.text[end:stop].rstrip()
        shown = next((word for word in markers("exhibitions") if toured.endswith(word)), None)
        # (a word of its own: not 展 of 考察|雄安新区|建设|、|京津冀|协同|发展, xwlb-20230803-01)
        if shown is None or end + len(toured) - len(shown) not in reader.an.boundaries | reader.model_bounds:
            # (看望|了|在|乌鲁木齐|的|全国政协|委员|和|自治区政协|干部, xwlb-20230524-07: the people of a body visited, not
            # the body's seat)
            destinations += [m for m in reader.between(end, stop, _PLACES) if m.key not in taken and not (
                m.type == "Agency" and reader.text.startswith(markers("members"), m.end)) and not reader.opens_name(m)]
    if sentence[0] <= agents[-1].start < clause[0] and not relative:
        # 李希|先后|到|南宁|、|来宾|等地|，|深入|…|进行|调研: where the subject went, in the subject's clause;
        # 习近平|乘|专机|抵达|莫斯科|，|开始|对|俄罗斯|进行|国事访问 (xwlb-20230321-01): there too
        # (a word of going: not 在|北京|通过|卫星|视频|连线, nor 在|…|陈吉宁|…|陪同|下; nor the clause of a subject
        # found in a sentence before)
        destinations += [m for m in reader.venues(agents[-1].end, reader.clause(agents[-1].start)[1], taken,
                                                  "going_links") if m not in destinations]
    elif not relative:
        # 李强|抵达|比什凯克|出席|…|并|对|吉尔吉斯斯坦|进行|正式访问 (xwlb-20231025-05): where the subject arrived,
        # in the trigger's clause, as well as where the visit is to
        destinations += [m for m in reader.venues(agents[-1].end, start, taken, "going_links") if m not in destinations]
    if not relative and destinations:
        destinations += [m for m in _met_at(reader, sentence, clause, taken) if m not in destinations]
        destinations += [m for m in _went_on(reader, sentence, clause, taken) if m not in destinations]
    # 中共代表团|访问|亚洲|三国 (xwlb-20230801-13; 12 such 访问|欧洲|三国 in xwlb-2023): a region that counts the
    # countries visited is not where the visit went (the story names them)
    destinations = [m for m in destinations if not _COUNTRY_COUNT.match(reader.text, m.end)
                    and not _ENDS_IN_A_COUNTRY_COUNT.search(m.label)]  # (nor 中东多国, read as one place)
    if not destinations and relative:
        # 墨西哥|总统|洛佩斯·奥夫拉多尔|与|到访|的|古巴|国家主席|迪亚斯-卡内尔|会谈 (xwlb-20230212-14): with no
        # venue named, the visitor came to the country of who receives them
        destinations = [m for m in reader.between(clause[0], start, ("Place",)) if names_country(m.label)
                        and m.key not in taken][:1]
    if not destinations:
        return []
    return [_happened(happenings, _Happening("Visit", trigger.word), (("agent", agents), ("destination", destinations)),
                      sentence, start, date)]


def _met_at(reader: _Reader, sentence: tuple[int, int], clause: tuple[int, int], taken: set[Key]) -> list[Mention]:
    """Where the visitor met whom they met on the visit, in the clause after the visit's with no subject of its
    own: 赵乐际|…|对|塞内加尔|进行|正式友好访问|，|在|达喀尔|会见|总统|萨勒 (xwlb-20230517-04); 韩正|…|访问|马来西亚|，|
    在|吉隆坡|和|布城|分别|会见|… (xwlb-20231111-05) — the visit went there too."""
    if clause[1] >= sentence[1] or not reader.text.startswith("在", clause[1] + 1):
        return []
    following = reader.clause(clause[1] + 1)
    met = _meeting_pattern().search(reader.text, following[0], following[1])
    if met is None or reader.between(following[0], met.start(), ("Person",)) \
            or _trigger_words(reader, following[0], met.start()):
        return []
    # (a chain of places after 在, and those joined to it by 和: 在|吉隆坡|和|布城)
    found, reach = [], following[0] + 1
    for mention in reader.between(following[0] + 1, met.start(), _PLACES):
        if reader.text[reach:mention.start].strip("和、及") != "":
            break
        reach = mention.end
        if mention.key not in taken:
            found.append(mention)
    return found if found and reader.text[reach:met.start()].strip("分别") == "" else []


def _went_on(reader: _Reader, sentence: tuple[int, int], clause: tuple[int, int], taken: set[Key]) -> list[Mention]:
    """Where the visitor went on to, in the clause after the visit's with no subject of its own, opening with a word of
    going: …|代表团|访问|新疆|，|先后|前往|乌鲁木齐|、|阿勒泰|、|喀什|三地 (xwlb-20230113-10) — the visit went there too."""
    if clause[1] >= sentence[1]:
        return []
    following = reader.clause(clause[1] + 1)
    at = following[0]
    for word in markers("going_on"):
        if reader.text.startswith(word, at):
            at += len(word)
            break
    if not reader.text.startswith(markers("going_links"), at) or reader.between(following[0], at):
        return []
    return reader.venues(following[0], following[1], taken, "going_links")


def _places_then(reader: _Reader, start: int, end: int, word: str) -> list[Mention]:
    """The chain of places that starts at ``start`` and is followed by ``word`` (到访|基辅|的), else none."""
    chain, reach = [], start
    for mention in reader.between(start, end, _PLACES):
        if mention.start > reach:
            break
        chain.append(mention)
        reach = max(reach, mention.end)
    return chain if chain and reader.text.startswith(word, reach) else []


def _hold(reader, trigger, sentence, clause, start, end, date, happenings, last_meetings):
    means = reader.after_word(markers("means"), clause[0], start)
    if means is not None and _trigger_pattern().match(reader.text, means) is not None:
        return []  # 通过|举办|读书班|、|召开|…|学习会|…|等|方式: ways of doing, none held (xwlb-20231014-05)
    # a session decides on what follows it, held or not: 审议通过|关于|召开|政协…|第一次会议|的|决定,
    # 审议通过|关于授权主席会议|审议|…|的|决定 (xwlb-20230115-02); the one that sits is named before
    if trigger.reading == "session" and _word_at(reader, markers("submitting"), clause[0], start) is not None:
        # 决定|将|修订草案|提请|十四届全国人大二次会议|审议 (xwlb-20231229-07; 90 such 提请…审议 in xwlb-2023): what
        # is put to a session, one to come, is no session held
        return []
    if trigger.word in markers("light_verbs") and (
            following := _trigger_pattern().match(reader.text, end + reader.text.startswith("了", end))) is not None \
            and triggers()[following.group()].type == "Meeting" \
            and _gathering_pattern().match(reader.text, following.start()) is None:  # (举行|座谈会 is one)
        # 王岐山|…|出席|…|就职仪式|并|同|其|举行|会见 (xwlb-20230103-04): 举行 of a meeting holds no gathering (not
        # the ceremony named before it)
        return []
    if trigger.word in gathering_nouns():
        # 日本|民众|23日|在|日本国会|前|集会 (xwlb-20230524-16; 6 such 在…集会 with no verb before in xwlb-2023): the
        # trigger names the gathering it holds — unless a verb before it in its clause read it (举行|集会, 参加|集会)
        if _trigger_words(reader, clause[0], start):
            return []
        named = (trigger.word, start, end)
    else:
        named = None if trigger.reading == "session" else _title_after(reader, end, clause[1])
    before = named is None
    if before:
        named = _title_before(reader, sentence[0], start)
    if named is None and trigger.reading != "session":
        named = _activity_held(reader, clause, start)
    if named is None:
        if trigger.reading != "session":
            return []
        holders = [m for m in reader.between(clause[0], start, ("Agency",))]
        part = [(a, b) for a, b in _trigger_words(reader, clause[0], start)
                if triggers()[reader.text[a:b]].reading == "take_part"
                and triggers()[reader.text[a:b]].role == "attendee"]
        if part:
            # 陈吉宁|在|参加|上海|代表团|审议|时|说 (xwlb-20230307-08; 23 such 在参加…审议时 in xwlb-2023): who takes
            # part attends the session and holds nothing (not 中共中央政治局 of his title; the body in session,
            # 参加|辽宁省代表团|审议, holds it); it is the 参加 that is seen, so that what he says meanwhile is said there
            people = _subjects(reader, sentence, clause, part[-1][0], part[-1][1], the_met=False)
            if not people:
                return []
            happening = _Happening("Gathering", trigger.word)
            for holder in [m for m in holders if m.start >= part[-1][1]][:1]:
                happening.add("organizer", holder)
            for person in people:
                happening.add(triggers()[reader.text[part[-1][0]:part[-1][1]]].role, person)
            happening.see(sentence, part[-1][0], date)
            return [_merge(happenings, happening)]
        # 联合国安理会|30日|审议|乌克兰|核设施|安全|问题: a body in session, named only by itself
        holders = [m for m in reader.between(clause[0], start, ("Agency",))]
        if not holders and reader.text.startswith(markers("light_verbs"), reader.past_space(*clause)):
            # 国务院|以|“…”|为|主题|，|进行|第三次|专题学习 (xwlb-20230821-04; the State Council's 5 study sessions in
            # xwlb-2023): a clause that opens with the verb is the sentence subject's
            holders = _opening(reader, sentence, clause, ("Agency",))
        if not holders:
            return []
        happening = _Happening("Gathering", trigger.word)
        happening.add("organizer", holders[0])
        happening.see(sentence, start, date)
        return [_merge(happenings, happening)]
    title, title_start, title_end = named
    if title.endswith(markers("meeting_nouns")) and (
            title in markers("meeting_nouns")
            or reader.after_word(markers("counterpart_links"), clause[0], start) is not None):
        return []  # 伊朗外长|与|吉布提外长|举行|会晤, 习近平|同|…|朔尔茨|举行|视频会晤: a meeting, read as one
    happening = _Happening("Gathering", trigger.word, title=title, held=True)
    venue_at = reader.after_word(markers("venue_links"), clause[0], start)
    subject_end = min(x for x in (venue_at, start, title_start if before else start) if x is not None)
    relative = reader.text.startswith("的", end)
    # 在|印度|举行|的|二十国集团|…|峰会: a gathering described in passing is held by whom the
    # words before 在 say nothing of
    subjects = [] if relative and venue_at is not None else [
        m for m in reader.between(clause[0], subject_end) if not (before and title_start <= m.start)]
    if relative and venue_at is not None and reader.text.startswith("上", title_end):
        # 阿拉伯国家联盟|7日|在|开罗|举行|的|外长级|特别会议|上|决定 (xwlb-20230508-16), 非洲联盟|6日|在|…|举行|的|…|上|
        # 呼吁: the organisation that opens the clause, a day at most before 在, holds what it decides at
        opener = reader.between(clause[0], venue_at, ("Agency",))[:1]
        if opener and opener[0].start - reader.past_space(*clause) <= _SUBJECT_LEAD \
                and _DAY_ONLY.fullmatch(reader.text[opener[0].end:venue_at - 1]):
            subjects = opener
    by_at = title_end if before and reader.text.startswith(markers("agent_links"), title_end) else None
    if by_at is None and before and title_end <= clause[0] and reader.text.startswith(markers("agent_links"), clause[0]):
        # 本次|大会|以|“…”|为|主题|，|由|中央网信办|、|…|福建省人民政府|共同|主办 (xwlb-20230718-06; 29 such
        # ，由…主办 in xwlb-2023): the gathering of the sentence's clause before, its holders after 由
        by_at = clause[0]
    if by_at is not None and not subjects and not relative:
        # 本次|对话会|由|中国国际交流协会|主办 (xwlb-20230703-04; 25 such …会|由|…|主办 in xwlb-2023): who holds the
        # gathering that opens the clause is named after 由, up to the venue (由|…|贸易协会|共同|在|京|举办)
        venue = reader.after_word(markers("venue_links"), by_at, start)
        subject_end = min(venue - 1, start) if venue is not None else start
        subjects = reader.between(by_at + 1, subject_end)
    said = reader.after_word(markers("embedding_verbs"), clause[0], subject_end, whole=True)
    if said is not None:
        subjects = [m for m in subjects if m.start >= said]
    if subjects and relative:
        # 习近平|和|夫人|彭丽媛|出席|武文赏|夫妇|举行|的|欢迎|午宴 (xwlb-20231213-03): who holds what is
        # described is named after the trigger before
        earlier = _trigger_words(reader, clause[0], subject_end)
        if earlier:
            subjects = [m for m in subjects if m.start >= earlier[-1][1]]
    elif subjects:
        # 习近平|为|洪森|举行|了|宴会 (49 such 为…举行 in xwlb-2023): whom it is for does not hold it;
        # 习近平|…|分别|考察|A|和|B|、|主持召开|…|座谈会 (xwlb-20231006-01): what another trigger says is done to
        # does not hold it either
        # (巴伐利亚州政府|为|李强|举行|…|欢迎仪式, xwlb-20230622-03: with its holder unnamed, but not
        # 为|纪念|…|举行, the purpose opening the clause)
        other = _trigger_words(reader, subjects[0].end, subject_end)
        if other and triggers()[reader.text[other[0][0]:other[0][1]]].reading == "take_part":
            # 习近平|总书记|5日|下午|参加|十四届全国人大一次会议|江苏代表团|审议 (xwlb-20230306-02; 42 such 参加…代表团审议 in
            # xwlb-2023): who takes part in the session (参加's attendee) does not hold it
            subjects = [m for m in subjects if m.type != "Person" or m.start > other[0][0]]
        # (联合国安理会|就|联合国|与|阿拉伯国家联盟|合作|举行|公开会, xwlb-20230609-11: what it is about holds nothing)
        cut = min([at for at in (_word_at(reader, markers("beneficiary_links"), clause[0] + 1, subject_end),
                                 _word_at(reader, markers("topic_links"), clause[0] + 1, subject_end),
                                 other[0][0] if other else None) if at is not None], default=None)
        if cut is not None:
            subjects = [m for m in subjects if m.end <= cut]
    # (十四届全国人大一次会议|主席团|12日|下午|在|人民大会堂|举行|第三次会议, xwlb-20230312-07: a body of a session
    # of the organisation named, not the organisation, holds it)
    subjects = [m for m in subjects if m.type != "Agency" or not _of_a_body(reader, m, subjects, subject_end)]
    if not subjects and not before and not relative and trigger.word not in gathering_nouns():
        # 中共代表团|相继|访问|了|…|，|面向|当地|各界|举办|…|宣介会: the sentence's subject holds it (but not a rally's:
        # 美国|田纳西州|纳什维尔|一所|小学|发生|枪击|事件|…|，|当地|民众|28日|集会, xwlb-20230329-13)
        subjects = _opening(reader, sentence, clause, ("Agency", "Person"))
    places = [m for m in subjects if m.type in ("AdministrativeDivision", "Place")]
    if places and (any(word in reader.text[places[-1].end:subject_end] for word in markers("delegates"))
                   or any(word in reader.text[subjects[0].start - 2:subjects[0].start] for word in markers("origin_links"))):
        # 巴勒斯坦|、|以色列|…|五方|高级官员|在|约旦|…|举行|会议; 来自|9个|阿拉伯|国家|的|代表|在|沙特|举行|会议:
        # the places those who meet come from are neither who holds it nor where
        subjects = [m for m in subjects if m not in places]
        places = []
    if places and any(word in reader.text[places[-1].end:subject_end] for word in markers("crowds")):
        # 德国|首都|柏林|上万|民众|举行|集会: where the people who hold it are, not a holder
        for place in places:
            happening.add("location", place)
        subjects = [m for m in subjects if m not in places]
    # (中国驻|马来西亚|、|古巴|、|波兰|等|国|使馆|也|举行|了|国庆招待会, xwlb-20230930-09: countries that name who
    # holds it, not where)
    modifiers = _region_modifiers(reader, subjects, subject_end)
    subjects = [m for m in subjects if m not in modifiers]
    # 由|中央广播电视总台|联合|上海市人民政府|共同|主办: each organisation before the trigger
    # (国务院总理|李强|主持召开|座谈会: an organisation of the title of who holds it is not its holder)
    # (习近平|出席|俄罗斯|总统|举行|的|欢迎仪式: the country of a title whose holder is unnamed does not hold it)
    subjects = [m for m in subjects if m.type == "Person" or not _titles(reader, m, subjects)
                and post_title_at(reader.text, m.end) is None]
    holders = [m for m in subjects if m.type == "Agency"]
    if not holders:
        # a country or a division hosts what it holds (南非|成功|举办|金砖国家领导人第十五次会晤); with another
        # verb it is where it is held (香港|举行|升旗仪式, 北京|天安门广场|举行|了|…|升国旗仪式, xwlb-20231001-02)
        regions = [m for m in subjects if m.type != "Person"]
        if trigger.word in markers("hosting_verbs"):
            holders = regions[:1]
        else:
            for region in regions:
                happening.add("location", region)
    for mention in holders:
        happening.add("organizer", mention)
    # (特朗普|的|支持者|和|反对者|分别|举行|了|集会, xwlb-20230401-13: his supporters hold it, not he)
    # (特朗普|支持者|随后|举行|集会, xwlb-20230331-17)
    people = [m for m in subjects if m.type == "Person" and not reader.text[m.end:subject_end].lstrip("的").startswith(
        markers("crowds"))] or reader.referred(clause[0], subject_end)
    if not people and not subjects and trigger.role == "chair":
        # 韩正|…|会见|…|，|并|共同主持召开|…|全体会议: who chairs is the sentence's subject
        people = _subjects(reader, sentence, clause, start, end)
    for person in people:
        happening.add(trigger.role, person)
    _held_by_its_body(reader, happening, title_start, title_end)
    taken = happening.keys()
    for venue in reader.venues(clause[0], start, taken):
        if title_start <= venue.start < title_end:
            continue
        # 在|国务院新闻办|今天|举行|的|发布会|上: who holds it, not where
        role = "organizer" if relative and venue.type == "Agency" else "location"
        happening.add(role, venue)
    if relative and venue_at is not None and not happening.keys("organizer"):
        # 在|今天|（1月13日）|国新办|举行|的|新闻发布会|上 (xwlb-20230113-05): who holds it stands right before
        holder = reader.between(venue_at, start, ("Agency",))
        if holder and start - holder[-1].end <= _SUBJECT_LEAD:
            happening.add("organizer", holder[-1])
    if title.endswith(markers("press_gatherings")):
        # (…|新闻发布会|今天|下午|举行|，|大会|新闻发言人|郭卫民|介绍, xwlb-20230303-06: after the trigger too)
        for speaker in _briefers(reader, title_end, sentence[1]) or (
                _briefers(reader, end, sentence[1]) if before else []):
            happening.add("speaker", speaker)
    for guest in _welcomed(reader, title_end, clause[1]) if not before else ():
        happening.add("attendee", guest)
    _held_locally(reader, happening, sentence, clause, happenings)
    _in_the_scene(reader, happening, sentence, clause)
    happening.see(sentence, start, date)
    return [_merge(happenings, happening)]


def _welcomed(reader: _Reader, title_end: int, clause_end: int) -> list[Mention]:
    """Whom a ceremony held to welcome them welcomes, named after it: 习近平|…|在|人民大会堂北大厅|举行|仪式|，|
    欢迎|菲律宾共和国|总统|…|马科斯|对|我国|进行|国事访问 (xwlb-20230104-01; 38 such 举行仪式，欢迎 in xwlb-2023):
    the guests attend it, up to what they came for (the visit's own trigger)."""
    at = title_end + (reader.text[title_end:title_end + 1] in "，,")
    welcoming = next((w for w in markers("welcoming") if reader.text.startswith(w, at)), None)
    if welcoming is None:
        return []
    at += len(welcoming)
    end = reader.clause(at)[1]
    following = _trigger_pattern().search(reader.text, at, end)
    return reader.people(at, following.start() if following else end, before_trigger=False)


_LIST_JOINS = ("、", "和", "与", "及", "")


def _region_modifiers(reader: _Reader, subjects: list[Mention], end: int) -> list[Mention]:
    """The countries and divisions among ``subjects`` (up to ``end``) that only name an organisation, each run of
    them (joined by 、, 和 or 驻) followed by a ``region_modifiers`` word (中国驻|马来西亚|、|古巴|等|国|使馆,
    中国|企业): not who holds a gathering, nor where."""
    words = markers("region_modifiers")
    found, run = [], []
    for mention in subjects + [None]:
        if mention is not None and mention.type in ("AdministrativeDivision", "Place") and (
                not run or reader.text[run[-1].end:mention.start] in _LIST_JOINS + words):
            run.append(mention)
            continue
        if run:
            rest = reader.text[run[-1].end:end]
            rest = rest[2:] if rest.startswith("等国") else rest[1:] if rest.startswith(("等", "国")) else rest
            rest = rest[len(count.group()):] if (count := _GROUP_COUNT.match(rest)) else rest  # (中国|多个|社会组织)
            joined = any(reader.text[a.end:b.start] in words for a, b in zip(run, run[1:]))
            if joined or rest.startswith(words):
                found += run
        run = [mention] if mention is not None and mention.type in ("AdministrativeDivision", "Place") else []
    return found


def _held_locally(reader: _Reader, happening: _Happening, sentence: tuple[int, int], clause: tuple[int, int],
                  happenings: list[_Happening]) -> None:
    """A gathering held 当地 (there) is where the visit its sentence reported went:
    中共代表团|相继|访问|了|波兰|、|波黑|和|罗马尼亚|，|面向|当地|各界|举办|…|宣介会 (xwlb-20230428-11)."""
    if not any(word in reader.text[clause[0]:clause[1]] for word in markers("here_words")):
        return
    visit = next((h for h in reversed(happenings) if h.type == "Visit" and sentence in h.sentences), None)
    if visit is not None:
        for role, mention in visit.arguments:
            if role == "destination":
                happening.add("location", mention)


def _in_the_scene(reader: _Reader, happening: _Happening, sentence: tuple[int, int], clause: tuple[int, int]) -> None:
    """A gathering with no venue of its own is where the sentence it is told in opens by setting the scene, a clause
    of 在 and the places alone: 在|河南|洛阳|，|一场|特殊|的|集体安葬仪式|正在|举行 (xwlb-20230405-06); 在|下萨克森州|首府|
    汉诺威|，|约|500|名|零售业|员工|还|举行|了|抗议|集会; 在|南非|，|当地|政界|…|出席|中国使馆|举行|的|国庆招待会."""
    if happening.keys("location") or clause[0] <= sentence[0]:
        return
    opening = reader.clause(reader.past_space(*sentence))
    begin = reader.past_space(*opening)
    if not reader.text.startswith("在", begin) or opening[1] >= clause[0]:
        return
    places = reader.venues(begin, opening[1], happening.keys())
    if places and reader.text[max(m.end for m in places):opening[1]].strip() == "" and all(
            m.type in ("AdministrativeDivision", "Place") for m in places):
        for place in places:
            happening.add("location", place)


def _briefers(reader: _Reader, title_end: int, sentence_end: int) -> list[Mention]:
    """Who speaks at a press conference named as where it is said, or just held: the people
    or the organisations that open the clause after …|发布会|上|，or …|举行|发布会|，, with
    what they say (表示, 介绍):
    在|国新办|…|举行|的|新闻发布会|上|，|工业和信息化部|发言人|介绍 (xwlb-20230118-08);
    在|…|新闻发布会|上|，|市场监管总局|局长|罗文|表示 (xwlb-20230413-06);
    国务院新闻办公室|今天|举行|新闻发布会|，|工业和信息化部|新闻发言人|表示 (xwlb-20230420-08)."""
    text = reader.text
    at = title_end + text.startswith("上", title_end)
    if text[at:at + 1] not in ("，", ","):
        return []
    clause = reader.clause(at + 1)
    said = None
    for word in markers("briefing_verbs"):
        found = text.find(word, clause[0], clause[1])
        if found >= 0 and (said is None or found < said):
            said = found
    return [] if said is None else _briefing(reader, clause, said)


def _spoken_for(reader: _Reader, start: int, said: int) -> list[Mention]:
    """The organisations named in text[start:said], the first opening it, for whom who is named after
    them by a word of ``spokespeople`` speaks at ``said``: 中央统战部|、|…|负责同志|…|发言; 江苏|、|四川省委统战部|
    主要|负责同志|作了|发言 (a division before them says whose they are)."""
    named = reader.between(start, said, ("Person", "Agency", "AdministrativeDivision"))
    if not named or named[0].start - start > _SUBJECT_LEAD or any(m.type == "Person" for m in named) \
            or not any(word in reader.text[named[-1].end:said] for word in markers("spokespeople")):
        return []
    return [m for m in named if m.type == "Agency"]


def _briefing(reader: _Reader, clause: tuple[int, int], said: int) -> list[Mention]:
    """Who opens ``clause`` and briefs at ``said``: 市场监管总局|局长|罗文|表示 — the person named;
    国家卫生健康委|新闻发言人|介绍 — the organisation an unnamed spokesman speaks for."""
    named = reader.between(clause[0], said, ("Person", "Agency"))
    # (大会|新闻发言人|郭卫民|介绍, xwlb-20230303-06: a spokesman's title before the name; 市场监管总局|局长|罗文|表示,
    # xwlb-20230413-06: a title, whatever recognition read of its organisation)
    if not named or named[0].start - clause[0] > _SUBJECT_LEAD and not (
            named[0].type == "Person" and named[0].start - clause[0] <= _SPOKESMAN_TITLE and (
                reader.text.endswith(markers("spokespeople"), clause[0], named[0].start)
                or title_before(reader.text, named[0].start) and not _says(reader, clause[0], named[0].start))):
        return []
    people = [m for m in named if m.type == "Person"]
    return people or [m for m in named if m.type == "Agency"]


def _take_part(reader, trigger, sentence, clause, start, end, date, happenings, last_meetings):
    last = _last_reported(happenings, sentence)
    if trigger.role == "attendee" and last_meetings and not reader.text[end:clause[1]].strip("了 ") \
            and not (last is not None and last.type == "Gathering"):
        # 赵乐际|…|同|…|欧舒米|举行|会谈|。|…|。|郑建邦|参加|。 (xwlb-20230828-04; 54 bare 参加|。 in
        # xwlb-2023): who takes part, with nothing after the verb and a meeting the last thing
        # reported, is on its agent's side (蔡奇|、|王毅|、|秦刚|，|以及|…|等|出席|。, xwlb-20230322-03)
        return _join(reader, trigger, sentence, clause, start, end, date, happenings, last_meetings)
    people = (reader.side(clause[0], start) if trigger.role == "speaker" else []) or \
        _subjects(reader, sentence, clause, start, end, the_met=False)
    if not people and trigger.role == "speaker":
        # 中国佛教协会|、|…|主要|负责人|在|会上|发言 (xwlb-20230117-05); 中央办公厅|、|…|负责|同志|作了|发言
        # (xwlb-20230522-05): the organisations whose unnamed heads speak
        people = _spoken_for(reader, clause[0], start)
    if not people:
        # 中共代表团|近日|先后|访问|…|，|并|出席|…|宣介会 (xwlb-20230801-13): a delegation that opens the sentence
        opening = reader.between(sentence[0], start, ("Person", "Agency"))[:1]
        if opening and opening[0].type == "Agency" and opening[0].label.endswith(markers("delegations")) \
                and opening[0].start - reader.clause(opening[0].start)[0] <= _SUBJECT_LEAD:
            people = opening
    # (来自|澜湄六国|有关部门|…|的|130余位|代表|与会, xwlb-20230627-14: where those who attend come from)
    people = [m for m in people if not reader.text.endswith(markers("origin_links"), 0, m.start)]
    if people and people[0].start >= clause[0]:
        people = _listed_before(reader, sentence, clause) + people
    elif people and reader.text[people[-1].end:people[-1].end + 1] in ("，", ","):
        # 全国人大常委会|副委员长|、|民建中央|主席|郝明金|，|中华全国总工会|党组书记|、|…|徐留平|，|先后|代表|…|致贺词
        # (xwlb-20231024-01): the subject is a list of a title and a name each, across commas
        people = _listed_before(reader, sentence, reader.clause(people[0].start)) + people
    elif people and trigger.word.startswith(markers("jointly")):
        people = people + _met_here(people, sentence, last_meetings)
    named = _title_after(reader, end, clause[1])
    if named is None and trigger.role == "attendee":
        named = _activity_after(reader, end, clause[1])
    if named is None and trigger.role == "speaker":
        named = _title_at(reader, clause, start)
        if named is None and clause[0] - 1 > sentence[0]:
            # 在|联合国人权理事会|第52届|会议|上|，|叙利亚|外交部长|梅克达德|发表|视频讲话 (xwlb-20230303-15): the
            # clause before names where, when it says nothing else
            before = reader.clause(clause[0] - 2)
            if reader.text.startswith(markers("speech_venue_links"), before[0]) \
                    and reader.text.endswith("上", before[0], before[1]):
                named = _title_at(reader, before, before[1] - 1)
            elif reader.text.endswith("上", before[0], before[1]) and not _says(reader, before[0], before[1]):
                # 委员长会议|上|，|…|刘奇|就|…|作了汇报 (xwlb-20230414-06); 座谈会|上|，|市场监管总局|作了汇报
                # (xwlb-20230112-03): a clause that is only a gathering and 上 names where, 在 left out
                begin = reader.past_space(before[0], before[1])
                found = reader.gathering(begin, before[1] - 1)
                if found is not None and found.end() == before[1] - 1:
                    named = (reader.text[begin:found.end()], begin, found.end())
    if not people and trigger.role == "speaker" and named is not None and named[2] < clause[0]:
        # 座谈会|上|，|市场监管总局|作了汇报: an organisation that opens the clause speaks
        opening = reader.between(clause[0], start, ("Person", "Agency"))
        if opening and opening[0].type == "Agency" and opening[0].start - clause[0] <= _SUBJECT_LEAD \
                and len(opening) == 1:
            people = opening
    if named is None:
        named = _title_by(reader, clause, start)
    happening = None
    link = reader.after_word(markers("counterpart_links"), max(people[-1].end, clause[0]), start) if people else None
    if named is not None and link is not None and not reader.between(link, start, ("Person",)) \
            and not _trigger_words(reader, link, start) and reader.text.find("的", named[2], clause[1]) >= 0:
        # 习近平|在|西安|同|来华|出席|中国－中亚峰会|并|进行|国事访问|的|吉尔吉斯斯坦|总统|扎帕罗夫|会谈 (xwlb-20230518-02;
        # 14 such 同/与…出席…的 in xwlb-2023): who attends is the other side, named after the 的, not who meets him
        described = reader.text.find("的", named[2], clause[1])
        people = [] if described < 0 or reader.between(named[2], described, ("Person",)) else \
            _joined(reader, reader.people(described, clause[1], before_trigger=False))[:1]
    elif named is not None and reader.text.startswith("的", named[2]):
        # 李强|…|李希|分别|看望|出席|全国政协十四届一次会议|的|委员: who attends is named after 的
        # (会见|来华|出席|…|峰会|的|土库曼斯坦|总统|别尔德穆哈梅多夫), not before the trigger
        people = (_joined(reader, reader.people(named[2], clause[1], before_trigger=False)) if people else []) or \
            _listed_after(reader, named[2], clause, sentence)
    if not people:
        return []
    if named is not None:
        happening = _Happening("Gathering", trigger.word, title=named[0])
    else:
        # 叙总统|巴沙尔·阿萨德|在|发言|中|说: the gathering just reported; 蔡奇|、|王毅|、|王小洪|等|出席|。
        # 赵乐际|委员长|主持|。: who attends or chairs with nothing after the trigger, the one just
        # reported, when it is what the article reported last
        # (习近平|在|主持学习|时|强调, xwlb-20230201-01: what the trigger does sets the time of what is said)
        # (习近平|、|…|等|党和国家领导人|到会|祝贺 (xwlb-20231023-01): what one came for says nothing else is attended)
        rest = reader.text[end:clause[1]].strip("了 ")
        if trigger.role != "speaker" and rest != "" and not rest.startswith(markers("attending_purposes")) \
                and not reader.text.startswith(markers("time_of_next"), end):
            return []
        last = _last_reported(happenings, sentence)
        # (李强|还将|应邀|出席|新全球融资契约峰会|并|发表|讲话, xwlb-20230622-04: the gathering its sentence just named,
        # though read before as well and so earlier in the list than another one named since)
        happening = (_named_here(happenings, sentence, start) or _last(happenings, "Gathering")) \
            if trigger.role == "speaker" else (last if last is not None and last.type == "Gathering" else None)
        if happening is not None and trigger.role == "speaker" and _another_year(reader, happening, sentence, start):
            # 2013年|，|习近平|主席|在|哈萨克斯坦|纳扎尔巴耶夫大学|演讲|时 (xwlb-20230516-02, after 2022年1月|，|…|主持|
            # …|视频峰会): a speech of another year is not given at the gathering just reported
            happening = None
        if happening is None and trigger.role == "speaker" and people[0].start >= clause[0]:
            # 欧尔班|13日|在|匈牙利国会|发表|讲话 (xwlb-20231214-14): with no gathering reported, a speech given
            # where the clause says is a gathering of its own there
            # (the venue after who speaks, before any other side: 习近平|…|在|中南海|同|中华全国总工会|…|谈话|并|发表|
            # 重要|讲话, xwlb-20231023-03; not a gathering named as where a speech was given, what _title_at refused:
            # 习近平|在|亚太经合组织|工商领导人峰会|上|的|书面|演讲|《…》, xwlb-20231209-01)
            link = reader.after_word(markers("counterpart_links"), people[-1].end, start)
            venues = reader.venues(people[-1].end, link - 1 if link is not None else start, {m.key for m in people})
            # (nor the speech of another happening: 习近平|总书记|在|黑龙江|考察|时|的|重要|讲话, xwlb-20230909-08)
            if venues and reader.gathering(people[-1].end, start) is None \
                    and not _trigger_words(reader, people[-1].end, start):
                happening = _Happening("Gathering", trigger.word)
                for person in people:
                    happening.add(trigger.role, person)
                for venue in venues:
                    happening.add("location", venue)
                happening.see(sentence, start, date)
                return [_merge(happenings, happening)]
        if happening is None:
            return []
        for person in people:
            happening.add(trigger.role, person)
        happening.see(sentence, start, None)
        return []
    made = _taking_part(reader, happening, trigger.role, people, sentence, clause, start, date, happenings,
                        named[1:] if named else None)
    for title, title_start, title_end in _listed_titles(reader, named[2], clause[1]):
        # 出席|第26次|中国—东盟|…|领导人会议|、|第26次|…|领导人会议|和|第18届|东亚峰会 (xwlb-20230907-01): one
        # gathering each, with the same people and venue
        made += _taking_part(reader, _Happening("Gathering", trigger.word, title=title), trigger.role, people,
                             sentence, clause, start, date, happenings, (title_start, title_end))
    return made


def _year_named(reader: _Reader, start: int, end: int) -> str | None:
    """The last year written in text[start:end] (2013年), None without one."""
    years = _YEAR.findall(reader.text, start, end)
    return years[-1] if years else None


def _another_year(reader: _Reader, happening: _Happening, sentence: tuple[int, int], start: int) -> bool:
    """Whether the sentence names, before ``start``, a year other than the happening's (its day's, else the
    one its first sentence names before its trigger, else the article's)."""
    if sentence in happening.sentences:
        return False
    year = _year_named(reader, sentence[0], start)
    if year is None:
        return False
    if happening.date:
        theirs = happening.date[:4]
    else:
        first, at = next(iter(happening.sentences.items()), ((0, 0), 0))
        theirs = _year_named(reader, first[0], at) or (reader.an.doc.date or "")[:4]
    return year != theirs


def _last_reported(happenings: list[_Happening], sentence: tuple[int, int]) -> _Happening | None:
    """The happening the article reported last, but a gathering only named in an earlier sentence, with no one,
    nowhere and no day of it read (双方|同意|举行|中欧高级别人文交流对话机制会议|。|吴政隆|出席, xwlb-20231207-04: he
    attends the summit reported before, not a meeting agreed on; but …|仪式|9月30日|上午|举行| |习近平|等|…|将|出席,
    xwlb-20230929-02: the one its sentence names; …|第四次会议|1日|下午|举行|全体会议|。|…|王沪宁|出席, xwlb-20231101-04:
    one held that day)."""
    return next((h for h in reversed(happenings)
                 if h.type != "Gathering" or h.arguments or h.date or sentence in h.sentences), None)


def _met_here(people: list[Mention], sentence: tuple[int, int], last_meetings: list[_Happening]) -> list[Mention]:
    """Who the ``people`` (the subject of an earlier clause) met in this sentence, and so do what
    they do jointly with them: 丁薛祥|7日|在|天津|会见|…|黄循财|，|并|共同主持|… (xwlb-20231207-06)."""
    keys = {m.key for m in people}
    met = []
    for meeting in last_meetings:
        if sentence not in meeting.sentences or not keys & meeting.keys("agent"):
            continue
        for role, mention in meeting.arguments:
            if role == "counterpart" and mention.type == "Person" and sentence[0] <= mention.start < sentence[1] \
                    and mention.key not in keys:
                met.append(mention)
                keys.add(mention.key)
    return met


def _listed_titles(reader: _Reader, at: int, clause_end: int) -> list[tuple[str, int, int]]:
    """The gatherings named after the one that ends at ``at``, each after 、 or 和 and ending with a
    gathering's kind: 共同主持|中新双边合作联委会第十九次会议|、|苏州工业园区…第二十四次会议|和|… (xwlb-20231207-06)."""
    found = []
    while at < clause_end and reader.text[at] in _LIST_LINKS:
        match = reader.gathering(at + 1, min(clause_end, at + 1 + _TITLE_REACH))
        if match is None or _trigger_words(reader, at + 1, match.start()) \
                or _CLAUSE_END.search(reader.text, at + 1, match.start()):
            break
        found.append((reader.text[at + 1:match.end()], at + 1, match.end()))
        at = match.end()
    return found


def _activity_after(reader: _Reader, start: int, clause_end: int) -> tuple[str, int, int] | None:
    """An occasion attended, named after the trigger by what ``occasions`` says an organised one ends with
    (庆祝活动, 主场活动) and more than a word of pointing (上述, 有关): 韩正|出席|公主|第50次|访华|庆祝活动
    (xwlb-20230605-05); 丁薛祥|出席|…|宣传周|主场活动 (xwlb-20230426-07). Not any 活动 (第十一次|参加|植树活动,
    xwlb-20230814-01: a habit told, no gathering)."""
    limit = min(clause_end, start + _TITLE_REACH)
    bounds = reader.an.boundaries | reader.model_bounds
    spans = [(at + len(w), at) for w in markers("occasions") if (at := reader.text.find(w, start, limit)) >= 0
             and at + len(w) in bounds]
    if not spans:
        return None
    stop, found = min(spans)
    begin = start
    while begin < found and reader.text[begin] in "了的":
        begin += 1
    name = reader.text[begin:found]
    if len(name) < 2 or name.startswith(markers("this_one") + markers("pointing")):
        return None  # (参加|有关|活动, 出席|上述|活动: the one just reported)
    if any(triggers()[reader.text[a:b]].type in ("Meeting", "Gathering") for a, b in _trigger_words(reader, start, found)):
        return None  # (出席|会议|并|参观|…|活动: what another trigger names; but 第50次|访华|庆祝活动 is its name)
    return reader.text[begin:stop], begin, stop


def _activity_held(reader: _Reader, clause: tuple[int, int], start: int) -> tuple[str, int, int] | None:
    """An organised occasion named by what it is (活动) as the subject of where it is held: 2023中国产业转移发展
    对接活动|在|广西|南宁|举行 (xwlb-20230730-13); 2023年|国际生物多样性日|全球|主场活动|在|云南|昆明|举行 (about 40
    such …活动|在|…|举行 in xwlb-2023); or of who holds it, right before 由: 首个|全国生态日|主场活动|由|国家发展改革委|
    联合|…|共同|举办 (xwlb-20230815-01). Not a count of them (9800多项|活动|将|在|各地|举办) nor one pointed to (本次|活动)."""
    venue = reader.after_word(markers("venue_links"), clause[0], start)
    named = _activity_before(reader, clause, venue) if venue is not None else None
    by = reader.after_word(markers("agent_links"), clause[0], start) if named is None else None
    if by is not None:
        named = _activity_before(reader, clause, by)
        if named is not None and named[2] != by - 1:
            return None  # (由 of what follows, not of the occasion: …活动|的|组织|由|…)
    return named


def _activity_before(reader: _Reader, clause: tuple[int, int], link: int) -> tuple[str, int, int] | None:
    """The occasion named from the clause's start to the last 活动 before the link word that ends at ``link``."""
    begin = reader.past_space(clause[0], link)
    words = markers("activity_names")
    at = max((reader.text.rfind(w, begin, link) for w in words), default=-1)
    if at < 0:
        return None
    stop = at + next(len(w) for w in words if reader.text.startswith(w, at))
    held = _trigger_words(reader, begin, at)
    if held and triggers()[reader.text[held[-1][0]:held[-1][1]]].reading == "hold" \
            and reader.text.startswith("的", held[-1][1]):
        # 由|共青团中央|、|农业农村部|主办|的|第二届|…|表彰活动|在|浙江|安吉|举行 (xwlb-20231128-10): the occasion is named
        # after who holds it
        begin = held[-1][1] + 1
    name = reader.text[begin:at]
    if len(name) < _SHORT_TITLE + 1 or name.startswith(markers("this_one") + markers("pointing")) \
            or re.search(r"[0-9一二三四五六七八九十百千万多余几]+[项场个次]$", name) or _says(reader, begin, stop) \
            or _CLAUSE_END.search(reader.text, begin, stop):
        return None
    return reader.text[begin:stop], begin, stop


def _titles(reader: _Reader, mention: Mention, named: list[Mention]) -> bool:
    """Whether ``mention`` is part of the title of a person named after it in its clause:
    中共中央政治局|常委|、|国务院|总理|李强 (no trigger, no comma between)."""
    return any(m.type == "Person" and m.start >= mention.end and reader.clause(m.start)[0] <= mention.start
               and not _says(reader, mention.end, m.start) for m in named)


def _says(reader: _Reader, start: int, end: int) -> bool:
    """Whether text[start:end] holds a trigger as a word of its own (not 任 in 主任)."""
    return bool(_trigger_words(reader, start, end))


def _trigger_words(reader: _Reader, start: int, end: int) -> list[tuple[int, int]]:
    """Where the triggers that are words of their own (of jieba's) are in text[start:end]."""
    bounds = reader.an.boundaries
    # (not the words that only say where a gathering is heard or spoken at: 公开|会上|发言, 听取)
    return [(m.start(), m.end()) for m in _trigger_pattern().finditer(reader.text, start, end)
            if m.start() in bounds and m.end() in bounds and triggers()[m.group()].reading not in _NOT_VERBS]


def _word_at(reader: _Reader, words: tuple[str, ...], start: int, end: int) -> int | None:
    """Where the first of ``words`` that is a whole word of jieba's or the model's starts in
    text[start:end] (为 of 为|洪森, not of 为期 or 作为)."""
    bounds = reader.an.boundaries | reader.model_bounds
    best = None
    for word in words:
        at = reader.text.find(word, start, end)
        while at >= 0 and not (at in bounds and at + len(word) in bounds):
            at = reader.text.find(word, at + 1, end)
        if at >= 0 and (best is None or at < best):
            best = at
    return best


# what may follow the last name of a list before the group it closes with: 斯克雷卡斯|等|20多|国|国家元首,
# 普京|（|线上|）|和|60多位|…|领导人
_LIST_TAILS = ("等", "和", "（")


def _listed_before(reader: _Reader, sentence: tuple[int, int], clause: tuple[int, int]) -> list[Mention]:
    """The people of a list that runs across commas before ``clause``, each clause a title
    and a name and nothing else: 中共中央政治局委员|、|国务委员|王毅|，|中共中央政治局委员|、|
    全国政协副主席|何立峰|等|出席|欢迎仪式 (xwlb-20230214-01; 195 lists of …等出席 in xwlb-2023); 穆萨·法基|与|…|阿扎利|，|
    …|阿比|等|非洲|领导人|致辞 (xwlb-20230525-15: joined by 与 as by 、). A name inside a title (习近平|主席|夫人|彭丽媛) is not listed."""
    found: list[Mention] = []
    at = clause[0] - 1
    while at > sentence[0] and reader.text[at] in "，,":
        start = max(reader.clause(at - 1)[0], sentence[0])
        named = reader.between(start, at)
        if not named or named[-1].type != "Person" or _says(reader, start, at):
            break
        if named[-1].end != at and not (
                reader.text.startswith(_LIST_TAILS, named[-1].end) and reader.text.endswith(markers("list_groups"), 0, at)
                and not _trigger_words(reader, named[-1].end, at)):
            # (…|希腊|总理|高级代表|、|发展部|部长|斯克雷卡斯|等|20多|国|国家元首|、|…|高级代表|，|以及|…|出席|开幕式,
            # xwlb-20231018-01: a list that ends in the group its people are of; not 习近平|、|…|韩正|等|党和国家领导人|
            # 到会|祝贺|，|李希|…|致词, xwlb-20230831-02, a clause that goes on after the group)
            break
        found[:0] = [m for m in named if m.type == "Person" and (
            m.end == at or m is named[-1] or reader.text[m.end] in _LIST_LINKS)]
        at = start - 1
    return found


def _joined(reader: _Reader, people: list[Mention]) -> list[Mention]:
    """The first of ``people`` and those listed after it by 、 or 和: 出席|…|论坛|的|智利|总统|博里奇|、|
    肯尼亚|总统|鲁托 (xwlb-2023) — both attend."""
    found = people[:1]
    for person in people[1:]:
        between = reader.text[found[-1].end:person.start]
        if not between.startswith(("、", "和")) or _CLAUSE_END.search(between):
            break
        found.append(person)
    return found


def _listed_after(reader: _Reader, at: int, clause: tuple[int, int], sentence: tuple[int, int]) -> list[Mention]:
    """Who is listed after …|的|…|有|：, when the clause names who attends that way:
    出席|闭幕式|的|国际贵宾|有|：|乌兹别克斯坦|总理|阿里波夫|、|东帝汶|副总理|黎发芳 (xwlb-20231009-05)."""
    listed = reader.people(at, clause[1], before_trigger=False)
    if listed and reader.text[at:listed[0].start].endswith(markers("listing_words")):
        # 出席|座谈会|的|党外人士|还有|邵鸿|、|何报翔|…|杨震|和|张恩迪 (xwlb-20230724-02): the list in the clause
        return _joined(reader, listed)
    if not reader.text[at:clause[1]].endswith("有") or reader.text[clause[1]:clause[1] + 1] not in "：:":
        return []
    return reader.people(clause[1] + 1, sentence[1], before_trigger=False)


def _of_a_body(reader: _Reader, mention: Mention, named: list[Mention], end: int) -> bool:
    """Whether ``mention`` names whose body it is, the body named after it with nothing named between
    (全国人大|一次会议|主席团: ``markers.tsv`` ``bodies_of``)."""
    after = min([m.start for m in named if m.start >= mention.end] + [end])
    return any(word in reader.text[mention.end:after] for word in markers("bodies_of"))


def _held_by_its_body(reader: _Reader, happening: _Happening, title_start: int, title_end: int) -> None:
    """A session named after its body is held by it, when nothing else names who holds it:
    国务院|常务会议, 第32届|阿拉伯国家联盟首脑理事会|会议, 在|联合国人权理事会|第53届|会议|上|发言."""
    if happening.keys("organizer") or reader.text.startswith(markers("bodies_of"), title_end):
        return  # (十四届全国人大一次会议|主席团|…|举行: the session's body holds it, xwlb-20230312-07)
    body = reader.between(title_start, title_end, ("Agency",))
    # (not 中国共产党|与|世界政党|高层对话会: a gathering of it with others)
    if body and body[0].end >= title_end and not body[0].label.endswith(markers("standing_kinds")):
        # (第十九届|深圳文博会: the gathering itself named as an organisation, not its body, xwlb-20230102-08; but
        # 第78届|联合国大会 is a session of the assembly, which holds it)
        return
    if body and not reader.text[title_start:body[0].start].strip("第届次期0123456789一二三四五六七八九十") \
            and not reader.text.startswith(markers("counterpart_links"), body[0].end):
        happening.add("organizer", body[0])


def _taking_part(reader, happening, role, people, sentence, clause, start, date, happenings, title_span=None):
    """A gathering read with the people who take part in it (in ``role``), its venue
    (not a name inside its title: 在|中国品牌发展国际论坛|致辞) and the body it is named after."""
    for person in people:
        happening.add(role, person)
    if title_span:
        _held_by_its_body(reader, happening, *title_span)
    _held_locally(reader, happening, sentence, clause, happenings)
    _in_the_scene(reader, happening, sentence, clause)
    venues = reader.venues(clause[0], start, happening.keys())
    if not venues and people and people[0].start < clause[0] and reader.text.startswith(markers("and_then"), clause[0]):
        # 丁薛祥|7日|在|天津|会见|…|黄循财|，|并|共同主持|… (xwlb-20231207-06): where the subject's clause says
        # they were, when this one goes on from it
        subject_clause = reader.clause(people[0].start)
        until = _first_trigger(reader, people[0].end, subject_clause[1])
        venues = reader.venues(subject_clause[0], until, happening.keys())
        # (赵乐际|…|在|北京|与|俄罗斯联邦委员会|主席|马特维延科|举行|会谈|，|并|共同主持, xwlb-20230710-07: the
        # organisation of the title of who is met is no venue)
        named = reader.people(subject_clause[0], subject_clause[1], before_trigger=False)
        venues = [v for v in venues if v.type != "Agency" or not _titles(reader, v, named)]
    for venue in venues:
        if venue.prop("implied") and venue.end == start and not reader.text.endswith("在", 0, venue.start):
            # 佐科|…|来华|出席|第三届“一带一路”国际合作高峰论坛 (xwlb-20231017-03; 70 stories with 来华出席 in xwlb-2023):
            # where who attends came to is no venue the text names (but 在|京|出席 is); it is where they went:
            # 会见|来华|出席|第三届“一带一路”国际合作高峰论坛|的|塞尔维亚|总统|武契奇 (xwlb-20231018-04) visits China,
            # on no day the text gives (the meeting's is not the coming's)
            visitors = [m for m in people if m.start > start or not _CLAUSE_END.search(reader.text, m.end, venue.start)
                        and not any(word in reader.text[m.end:venue.start] for word in markers("not_coming"))]
            if role == "attendee" and visitors and reader.text.endswith(markers("coming_links"), 0, venue.start):
                _happened(happenings, _Happening("Visit", reader.text[venue.start - 1:venue.end]),
                          (("agent", visitors), ("destination", [venue])), sentence, venue.start, None)
            continue
        if not (title_span and title_span[0] <= venue.start < title_span[1]):
            happening.add("location", venue)
    if title_span and reader.text.startswith(markers("venue_links"), title_span[0]):
        # 出席|了|在|沙特|吉达|举行|的|第32届|阿盟峰会 (xwlb-20230521-13; 14 such 出席|在|…|举行|的 in xwlb-2023): where the
        # gathering is held, as the words before its name say
        held = _trigger_words(reader, title_span[0], title_span[1])
        if held and reader.text.startswith("的", held[0][1]):
            for venue in reader.venues(title_span[0], held[0][0] + 1, happening.keys()):
                happening.add("location", venue)
            # its name is what follows: 第32届阿盟峰会, as other accounts write it (the title is part of the
            # event's identity, kgraph.merge.event_title)
            if happening.title == reader.text[title_span[0]:title_span[1]] and held[0][1] + 1 < title_span[1]:
                happening.title = reader.text[held[0][1] + 1:title_span[1]]
    happening.see(sentence, start, date)
    return [_merge(happenings, happening)]


def _first_trigger(reader: _Reader, start: int, end: int) -> int:
    """Where the first trigger that is a word of its own starts in text[start:end], else ``end``."""
    found = _trigger_words(reader, start, end)
    return found[0][0] if found else end


def _press(reader, trigger, sentence, clause, start, end, date, happenings, last_meetings):
    """习近平|在|比勒陀利亚|总统府|同|南非|总统|拉马福萨|会谈|后|共同会见记者: a press
    conference named by the trigger itself, each side before it a speaker."""
    people = reader.people(clause[0], start) or _subjects(reader, sentence, clause, start, end)
    if not people:
        return []
    happening = _Happening("Gathering", trigger.word, title=trigger.word, held=True)
    return _taking_part(reader, happening, trigger.role, people, sentence, clause, start, date, happenings)


def _brief(reader, trigger, sentence, clause, start, end, date, happenings, last_meetings):
    """民革中央主席|郑建邦|、|…|，|分别|介绍|了|…: who briefs at the press conference just
    reported speaks at it (介绍 anywhere else says nothing of a gathering)."""
    press = _last(happenings, "Gathering")
    if press is None or not (press.title or "").endswith(markers("press_gatherings")):
        return []
    # (…|举行|新闻发布会|。|国家卫生健康委|新闻发言人|介绍, xwlb-20230116-06: an organisation's spokesman)
    people = _briefing(reader, clause, start) or _subjects(reader, sentence, clause, start, end)
    for person in people:
        press.add(trigger.role, person)
    if people:
        press.see(sentence, start, None)
    return []


def _hear(reader, trigger, sentence, clause, start, end, date, happenings, last_meetings):
    """会议|听取|了|大会|副秘书长|刘俊臣|作|的|…|汇报 (xwlb-20230312-07; 83 such 听取…作的 in xwlb-2023): who
    makes the report a gathering hears speaks at it, the gathering that opens the clause (会议, 全会,
    本次|主席团|常务主席|会议: the one just reported, found again by its name)."""
    named = _title_before(reader, clause[0], start)
    if named is None or named[1] - clause[0] > _SUBJECT_LEAD:
        return []
    made = _word_at(reader, markers("reports_made"), end, clause[1])
    if made is None:
        return []
    # the last person named before 作的, with no other verb between (大会|副秘书长|刘俊臣|分别|作的;
    # 习近平|受|中央政治局|委托|作的, xwlb-20230228-01)
    people = reader.people(end, made, before_trigger=False)
    if not people or made - people[-1].end > _REPORTER_GAP or _says(reader, people[-1].end, made):
        return []
    makers = people[-1:]
    if any(word in reader.text[people[-1].end:made] for word in markers("separately")):
        # 听取|了|…|宪法法律委|副主任委员|袁曙宏|、|徐辉|、|王洪祥|、|周光权|分别|作的|… (9 lists before …作的 in xwlb-2023):
        # each of a list, titles between, made a report of their own
        for person in reversed(people[:-1]):
            between = reader.text[person.end:makers[0].start]
            if not between.startswith("、") or _CLAUSE_END.search(between):
                break
            makers.insert(0, person)
    happening = _Happening("Gathering", trigger.word, title=named[0])
    for maker in makers:
        happening.add(trigger.role, maker)
    happening.see(sentence, start, date)
    return [_merge(happenings, happening)]


def _said_at(reader, trigger, sentence, clause, start, end, date, happenings, last_meetings):
    """美国|国防部长|奥斯汀|在|会上|称 (xwlb-20230920-13; 12 such 在会上|称, 表示, 指出 in xwlb-2023): who says
    something at the gathering just reported speaks at it."""
    press = trigger.word.rstrip("上")
    if press.endswith(markers("press_gatherings")) and reader.text.startswith(markers("learning_verbs"), end):
        return _learned_at(reader, trigger, sentence, clause, start, end, date, happenings)
    named = press in gathering_nouns() and not press.endswith(markers("press_gatherings"))
    # 在|会上; 在|与|…|会晤|后|的|新闻发布会上 (who is named after 在 is not who speaks)
    venue = start if reader.text.endswith(markers("venue_links"), clause[0], start) else \
        reader.after_word(markers("venue_links"), clause[0], start) \
        if press.endswith(markers("press_gatherings")) or named else None
    if venue is None:
        return []
    if reader.text.startswith(markers("saying_verbs"), end):
        people = reader.people(clause[0], venue) or reader.side(clause[0], start)
    elif named and reader.text[end:end + 1] in ("，", ",") and not reader.people(clause[0], venue):
        # 在|19日|召开|的|全国地方立法工作座谈会|上|，|赵乐际|指出 (xwlb-20230921-04; 14 such 在…<gathering>上|，|…|表示 in
        # xwlb-2023): who opens the next clause saying something speaks there
        following = reader.clause(end + 1)
        said = _word_at(reader, markers("saying_verbs"), following[0], following[1])
        if said is None or _trigger_words(reader, following[0], said):
            return []
        people = [m for m in _briefing(reader, following, said) if m.type == "Person"]
    else:
        return []
    if named and people:
        # 鲁斯沃姆|17日|在|当天|开幕|的|德国汉诺威工业博览会|上|表示 (xwlb-20230418-16), 萨阿德·卡比|在|23日|举行|的|
        # 卡塔尔经济论坛|上|表示 (xwlb-20230524-17): who says it speaks at the gathering named between 在 and 上 —
        # the one this sentence just reported, or a gathering of that name (a bare 会议: the one just reported)
        title = reader.text[venue:start + len(press)].lstrip("了的 ")
        gathering = _last(happenings, "Gathering")
        if gathering is not None and (sentence in gathering.sentences or _bare(title)
                                      or _same_gathering(title, gathering.title)):
            for person in people:
                gathering.add(trigger.role, person)
            gathering.see(sentence, start, date)
            return []
        if _bare(title):
            return []
        happening = _Happening("Gathering", trigger.word, title=title)
        for person in people:
            happening.add(trigger.role, person)
        happening.see(sentence, start, date)
        return [_merge(happenings, happening)]
    if press.endswith(markers("press_gatherings")):
        # 拉夫罗夫|…|在|与|…|会晤|后|的|新闻发布会上|表示 (xwlb-20230412-13; 11 such …发布会上|表示 in xwlb-2023):
        # the press conference just reported, or the one this names
        gathering = next((h for h in reversed(happenings) if h.type == "Gathering"
                          and (h.title or "").endswith(markers("press_gatherings"))), None)
        if gathering is None and people:
            happening = _Happening("Gathering", trigger.word, title=press)
            for person in people:
                happening.add(trigger.role, person)
            happening.see(sentence, start, date)
            return [_merge(happenings, happening)]
    else:
        gathering = _last(happenings, "Gathering")
    if gathering is None or not people:
        return []
    for person in people:
        gathering.add(trigger.role, person)
    gathering.see(sentence, start, None)
    return []


def _learned_at(reader, trigger, sentence, clause, start, end, date, happenings):
    """记者|今天|（7月18日）|从|国务院新闻办|发布会|上|获悉 (xwlb-20230718-10, the even dev half; 16 such
    从…发布会上获悉, 了解到 in xwlb-2023): a press conference named as where the news was learned was held, by the
    organisation its name opens with (not one named as held, 从|国家发展改革委|举行|的|新闻发布会|上: 举行 reads it)."""
    source = _word_at(reader, markers("source_links"), clause[0], start)
    if source is None or _trigger_words(reader, source, start):
        return []
    holders = reader.between(source + 1, start, ("Agency",))[:1]
    if not holders or holders[0].start != source + 1:
        return []
    title = reader.text[source + 1:start + len(trigger.word.rstrip("上"))].strip()
    happening = _Happening("Gathering", trigger.word, title=title, held=True)
    happening.add("organizer", holders[0])
    happening.see(sentence, start, date)
    return [_merge(happenings, happening)]


def _appoint(reader, trigger, sentence, clause, start, end, date, happenings, last_meetings):
    if reader.text.startswith(markers("time_since"), end):
        return []  # 洪玛奈|首相|就任|后|选择|中国|… (xwlb-20230915-03): a time, what follows is what was done
    if reader.after_word(markers("proposed"), max(clause[0], start - 2), start, begins=True) == start:
        return []  # 拟|任|红星镇党委|书记, 拟|任命 (a notice before the appointment): proposed, not made (not 模拟|任务)
    self_side = trigger.reading == "appoint_self"
    before = reader.people(clause[0], start)
    after = reader.people(end, clause[1], before_trigger=False)
    person = (before[-1] if before else None) if self_side else (after[0] if after else None)
    # 任命|刘俊臣|、|郭振华|、|何新|、|胡晓犁|、|欧阳昌琼|为|十四届全国人大常委会|副秘书长 (xwlb-20230314-07); 免去|李宁|、|
    # 许安标|的|…|职务 (xwlb-20231229-07): each of a list after the verb takes (or leaves) the post; it is named after the last
    listed = _joined(reader, after) if not self_side and after else []
    person = listed[-1] if listed else person
    # (祝贺|他|再次|就任|以色列|总理, xwlb-20230101-06: an adverb between)
    adverb = next((w for w in markers("pronoun_adverbs") if reader.text.endswith(w, clause[0], start)), "")
    if person is None and self_side and (reader.text.endswith(markers("pronouns"), clause[0], start - len(adverb))
                                         or start - clause[0] <= _SUBJECT_LEAD):
        # 习近平|致电|穆罕默德·穆伊兹|，|祝贺|他|当选|马尔代夫|总统 ; 赛塔·他威信|获得|…|支持|，|当选|泰国|总理:
        # who is elected is named in the clause before
        earlier = reader.people(sentence[0], clause[0])
        person = earlier[-1] if earlier and clause[0] > sentence[0] else None
    if person is None:
        return []
    listed = listed or [person]
    organization, title = None, None
    # the post named after the verb and the person, when the sentence states another before them:
    # 再次|选举|古巴共产党中央委员会|第一书记|迪亚斯-卡内尔|为|古巴|国家主席 (xwlb-20230420-17)
    stated = [(org, post) for (key, where), held_posts in reader.posts.items()
              if key == person.key and where[0] <= start < where[1] for org, post in held_posts]
    named_after = {m.key: m for m in reversed(reader.between(max(end, person.end), sentence[1], _PLACES))}
    after = [(named_after[org], post) for org, post in stated if org in named_after]
    stated = [(reader.by_key[org], post) for org, post in stated if org in reader.by_key]
    if after:
        organization, title = after[0]
    elif stated and not reader.between(max(end, person.end), clause[1], _PLACES):
        # the post named nearest the person, the last of a chain: 英国保守党|议员|、|英国外交部|负责环境事务的|
        # 官员|扎克·戈德史密斯|宣布|辞职 (xwlb-20230630-16) leaves the post in 英国外交部
        organization, title = stated[-1]
    if organization is None:
        # 任|某县|人民政府|副县长 ; 免去|李某某|的|某县|人民政府|副县长|职务: the post after the
        # trigger and the person, its title what follows its organisation
        posts = reader.between(max(end, person.end), clause[1], _PLACES)
        # a chain of posts, each after 、: 当选|中华人民共和国|主席|、|中华人民共和国中央军事委员会|主席
        # (each with its title and no more: not 当选|连任|…|、|中国新一届政府|组成|表示|热烈祝贺)
        chain = [m for m in posts[1:] if reader.text[m.start - 1:m.start] == "、"]
        heads = [posts[0], *chain] if posts else []
        titles = [_post_title(reader.text[org.end:stop]) for org, stop in
                  zip(heads, [m.start - 1 for m in chain] + [clause[1]])]
        if chain and all(titles) and all(len(t) <= _CHAIN_TITLE for t in titles):
            date = date or _session_day(reader, sentence, start, happenings)
            return [_happened(happenings, _Happening("Appointment", trigger.word, change=trigger.role, title=title),
                              (("person", [one]), ("organization", [org])), sentence, start, date)
                    for org, title in zip(heads, titles) for one in listed]
        if posts:
            organization = posts[0]
            title = reader.text[organization.end:clause[1]].strip() or None
            if organization.type == "AdministrativeDivision":
                # 孙志强|同志|任|公安县|副县长: the post is the county government's (the posts stage
                # read 副县长 of 公安县人民政府), not the county's, as in 任命…为|公安县人民政府|副县长
                held = {org: post for (key, where), held_posts in reader.posts.items() for org, post in held_posts
                        if key == person.key and where[0] < clause[1] and where[1] > end}
                agency = reader.every_by_key.get(next(iter(held))) if len(held) == 1 else None
                if agency is not None and agency.type == "Agency":
                    organization, title = agency, held[agency.key]
        else:
            # 英国外交部|…|官员|扎克·戈德史密斯|宣布|辞职 ; 美国会众议院|…|罢免|了|议长|麦卡锡
            posts = reader.between(clause[0], person.start if self_side else start, _PLACES)
            if posts:
                organization = posts[-1]
    if organization is None:
        return []
    date = date or _session_day(reader, sentence, start, happenings)
    return [_happened(happenings, _Happening("Appointment", trigger.word, change=trigger.role, title=_post_title(title)),
                      (("person", [one]), ("organization", [organization])), sentence, start, date) for one in listed]


def _session_day(reader: _Reader, sentence: tuple[int, int], start: int, happenings: list[_Happening]) -> str | None:
    """The day of the session just reported, when a clause of the sentence before the trigger says that session
    decides (``session_subjects``): 3月10日|，|县人大常委会|召开|第十次会议|。|会议|表决|通过|…|，|任命|张晓峰|为|…;
    根据|通过|的|议程|，|会议|分别|经|表决|，|任命|刘俊臣|… (xwlb-20230314-07). None when no clause says so, or the
    session has no day: an appointment the text does not tie to a session gets no day of one."""
    first = sentence[0]
    while first > 0 and reader.text[first - 1] == "；":
        # (会议|经|表决|，|免去|贺荣|的|…|职务|；|免去|杨春雷|的|…|职务, xwlb-20230224-04: a sentence read up to ； goes on)
        first = reader.an.sentence(first - 1)[0]
    opens = [reader.past_space(first, start)] + [
        reader.past_space(at + 1, start) for at in range(first, start) if reader.text[at] in "，；"]
    if not any(reader.text.startswith(markers("session_subjects"), at) for at in opens):
        return None
    # the last one held by then, not one to come the session decided on: 决定|十四届全国人大二次会议|于|2024年3月5日|…|召开
    # (xwlb-20231229-07)
    today = reader.an.doc.date
    session = next((h for h in reversed(happenings) if h.type == "Gathering" and h.date and sentence not in h.sentences
                    and (today is None or h.date <= today)), None)
    return session.date if session is not None else None


def _post_title(title: str | None) -> str | None:
    """The title as written, without what ends the clause: 副县长|职务 -> 副县长,
    国防部长|职务|的|请求 -> 国防部长."""
    if not title:
        return None
    for tail in ("职务", "一职", "的"):
        if tail in title:
            title = title[:title.index(tail)]
    title = title.strip(" 的")
    return title if 0 < len(title) <= 12 else None


_READINGS = {
    "meet": _meet,
    "join": _join,
    "visit": _visit,
    "hold": _hold,
    "session": _hold,
    "take_part": _take_part,
    "brief": _brief,
    "hear": _hear,
    "said_at": _said_at,
    "press": _press,
    "appoint_self": _appoint,
    "appoint_other": _appoint,
}


def _merge(happenings: list[_Happening], new: _Happening) -> _Happening:
    """``new`` folded into the happening of the article it reports again, or added.
    A gathering is one by its name (开班式 is the 研讨班开班式 before it); a meeting by
    its agent and counterpart; a visit by its agent and a destination; an appointment
    by its person and organisation."""
    # 会议|由|美国|总统|拜登|主持 is the 领导人非正式会议 reported before, not a 论坛 named since
    # in a speech (xwlb-20231118-01): a bare name is first the last gathering of its kind
    order = happenings
    if new.type == "Gathering" and new.title and not new.held:
        # 委员长会议|上|，|…|刘奇|…|作了汇报 (xwlb-20230414-06): a gathering taken part in whose name ends the name of one
        # reported is that one, before any other of its kind reported since (…|第二次会议|4月24日|至|26日|举行)
        named = next((old for old in reversed(happenings) if old.type == "Gathering" and old.title
                      and old.title.endswith(new.title) and not (old.date and new.date and old.date != new.date)), None)
        if named is not None:
            _fold(named, new)
            return named
    if new.type == "Gathering" and new.title and _bare(new.title):
        kind = [old for old in happenings if old.type == "Gathering" and _kind(old.title) == new.title]
        order = [old for old in happenings if old not in kind] + kind
    for old in reversed(order):
        if old.type != new.type:
            continue
        if new.type == "Gathering":
            # (中共中央政治局|…|进行|第二次|集体学习|。|…|这次|中央政治局|集体学习|，|由|…: a session read again with
            # no day of its own, its body named otherwise, is the one before, xwlb-20230201-01)
            same = _same_gathering(new.title, old.title) if new.title else (
                old.title is None and (old.keys("organizer") == new.keys("organizer") or (
                    new.date is None and old.trigger == new.trigger and triggers()[new.trigger].reading == "session")))
            # 德国|…|民众|举行|集会 … 加拿大|…|民众|也|举行|集会: a gathering held again by a bare
            # name of its kind is another one; so is one on another day (but not one that opens or closes:
            # …|全国代表大会|…|开幕|。|…|阿东|宣布|大会|开幕, xwlb-20230619-01, is the congress reported)
            # (会议|审议|了|任免案, xwlb-20230725-05; 会议|听取|了|…: a session that goes on deciding, named by its kind
            # alone, is the one reported — 58 such bare 会议 of 审议 kept apart in xwlb-2023)
            if new.held and new.title and _bare(new.title) and not new.title.startswith(markers("this_one")) \
                    and new.trigger not in markers("openings") + markers("closings") \
                    and triggers()[new.trigger].reading != "session":
                same = False
            if old.date and new.date and old.date != new.date and not (
                    new.trigger in markers("closings") and new.title == old.title and not _bare(new.title or "")):
                # (but …|会议|将于|3月4日|…|开幕|，|3月11日|下午|闭幕, xwlb-20230303-06: what closes is what opened)
                same = False
        elif new.type == "Meeting":
            # a meeting read again without its other side (某某|在|会见|中|指出) is the one before
            same = bool(old.keys("agent") & new.keys("agent")) and (
                old.keys("counterpart") == new.keys("counterpart") or not new.keys("counterpart"))
        elif new.type == "Visit":
            same = bool(old.keys("agent") & new.keys("agent")) and bool(
                old.keys("destination") & new.keys("destination")) and (
                old.date is None or new.date is None or old.date == new.date)
        else:
            same = old.keys() == new.keys() and old.change == new.change
        if not same:
            continue
        _fold(old, new)
        return old
    happenings.append(new)
    return new


def _same_one(one: Mention, other: Mention) -> bool:
    """Whether two mentions name one entity, as a headline and its body name it: the same key, one country by two
    of its names (塞拉利昂 and 塞拉利昂共和国), or a person by the end of the name (比奥 and 朱利叶斯·马达·比奥:
    习近平致电祝贺比奥当选连任塞拉利昂总统 | …|致电|朱利叶斯·马达·比奥|，|祝贺|他|当选|连任|塞拉利昂共和国|总统,
    xwlb-20230706-02)."""
    if one.key == other.key or (country_key(one.key) or one.key) == (country_key(other.key) or other.key):
        return True
    if one.type == other.type == "Person":
        short, whole = sorted((one.label, other.label), key=len)
        # (or one part of it: 卢拉 of 路易斯·伊纳西奥·卢拉·达席尔瓦, xwlb-20230103-01; and a name read with the end of a
        # title before it: 委员长|金正恩 read 长金正恩, xwlb-20230912-16)
        return len(short) >= 2 and (whole.endswith(short) or short in whole.split("·"))
    return False


def _fold(old: _Happening, new: _Happening) -> None:
    """``new``'s arguments, sentences, day and name added to ``old``, the same happening (an entity it names
    again by another name too: resolution makes 比奥 and 朱利叶斯·马达·比奥 one, and keeps 金正恩 where recognition
    read 长金正恩 once)."""
    for role, mention in new.arguments:
        old.add(role, mention)
    for sentence, at in new.sentences.items():
        old.see(sentence, at, new.date)
    if new.title and not old.title:
        old.title = new.title


def _restated(happenings: list[_Happening], new: _Happening, among: list[_Happening] | None = None) -> None:
    """A happening of the headline folded into the one of the body that shares most of its
    arguments (or, a gathering, its kind: 研讨班|在|京|举办 is the body's …|第1期|研讨班), or
    added when the body reports none: 中共代表团|访问|中东多国 is the body's 中共代表团|相继|访问|了|卡塔尔."""
    best, best_shared = None, 0
    for old in happenings if among is None else among:
        if old.type != new.type:
            continue
        doers = [(m, o) for r, m in new.arguments if r in _DOERS for q, o in old.arguments if q == r]
        if doers and not any(_same_one(m, o) for m, o in doers):
            # two delegations arriving in one capital on one day (A代表团|12日|抵达|…|利雅得 beside B代表团's
            # arrival): who goes (meets, takes the post) elsewhere is another happening, though to the same country
            continue
        shared = sum(any(_same_one(mention, m) for _, m in old.arguments) for _, mention in new.arguments) + (
            new.type == "Gathering" and _kind(new.title) is not None and _kind(new.title) == _kind(old.title))
        if shared > best_shared:
            best, best_shared = old, shared
    if best is None:
        happenings.append(new)
    else:
        _fold(best, new)


def _trips(reader: _Reader, happenings: list[_Happening]) -> None:
    """Each visit of a story folded into the trip it is part of, as one event: 习近平|近日|在|江西|考察 …
    10日|下午|，|习近平|来到|九江市|考察调研 … 习近平|随后|乘车|来到|中国石化九江分公司 (xwlb-20231013-01) is one
    visit to 江西省, 九江市 and 中国石化九江分公司.  A visit is part of the trip of its visitor reported last
    before it (by where it was last read) whose regions hold each region it went to (a division in a
    division; a foreign place in its country); one that names no region, of the trip reported last, when
    no day of its own sets it apart.  A trip to another province, or days apart, is another visit
    (习近平|今年|6月|考察|内蒙古 … 在|四川|广元 …, xwlb-20230814-01), and so is one of another month (4月|，|习近平|
    总书记|首次|专门|来到|粤西|地区|调研 is not the 7月 trip to 陕西 told before it, xwlb-20230803-01)."""
    visits = sorted((h for h in happenings if h.type == "Visit"), key=lambda h: min(h.sentences.values()))
    months = {id(visit): _month(reader, visit) for visit in visits}
    trips: list[_Happening] = []
    for visit in visits:
        agents, regions = visit.keys("agent"), _regions(visit)
        joined = None
        for trip in sorted(trips, key=lambda h: max(h.sentences.values()), reverse=True):
            if not agents & trip.keys("agent") or _days_apart(trip.date, visit.date):
                continue
            if None not in (months[id(trip)], months[id(visit)]) and months[id(trip)] != months[id(visit)]:
                continue
            if regions:
                held = _regions(trip)
                if all(any(_within(region, outer) for outer in held) for region in regions):
                    joined = trip
                    break
                continue
            if visit.date is None or trip.date is not None:
                joined = trip
            break
        if joined is None:
            trips.append(visit)
        else:
            _fold(joined, visit)
            happenings.remove(visit)


def _dated_by_the_lead(reader: _Reader, an: Analysis, happenings: list[_Happening]) -> None:
    """A visit told with no day, in a story that names one day only, in a sentence before it that names
    the visitor, happened that day: 6月1日|，|县委书记|陈国强|带队|深入|企业|开展|“三服务”活动|。|在|递铺街道|，|
    陈国强|一行|先后|走访|了|… (a county paper's story of one day's visits, its lead dated, what was visited told
    after it)."""
    if not reader.days or len({day for _, _, day in reader.days}) != 1:
        return
    lead = an.sentence(reader.days[0][0])
    subject = reader.people(lead[0], lead[1])[:1]
    for visit in happenings:
        if visit.type != "Visit" or visit.date is not None or not subject or subject[0].key not in visit.keys("agent"):
            continue
        sentence = min(visit.sentences)
        at = visit.sentences[sentence]
        # (not one told as past, or as said: 习近平|指出|，|去年|9月|，|我|对|乌兹别克斯坦|进行|国事访问, xwlb-20230518-05;
        # 伊萨亚斯|总统|前不久|…|对|中国|进行|国事访问, xwlb-20230524-03)
        if sentence[0] < lead[1] or _TOLD_AS_PAST.search(reader.text, sentence[0], at) \
                or reader.after_word(markers("embedding_verbs"), sentence[0], at, whole=True) is not None:
            continue
        visit.date = reader.days[0][2]


# what sets a visit told without a day in another time than the story's day (去年|9月, 前不久, 日前; not 前往)
_TOLD_AS_PAST = re.compile(r"[年月]|前不久|[此之以日]前|曾|时任|将")


_MONTH = re.compile(r"(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月(?![0-9一二三四五六七八九十]+[日号])")
_MONTH_NUMBERS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11,
                  "十二": 12}


def _month(reader: _Reader, visit: _Happening) -> int | None:
    """The month a visit was made in: its day's, or the last month its first sentence names before its trigger
    with no day (5月|，|总书记|在|河北|石家庄|…|调研); None when neither is read."""
    if visit.date:
        return int(visit.date[5:7])
    sentence, at = min(visit.sentences.items(), key=lambda item: item[1])
    found = list(_MONTH.finditer(reader.text, sentence[0], at))
    if not found:
        return None
    month = found[-1].group(1)
    return int(month) if month.isdigit() else _MONTH_NUMBERS[month]


def _regions(visit: _Happening) -> list[Key | str]:
    """Where a visit went, as regions: each division's key, and each foreign place's country."""
    regions: list[Key | str] = []
    for role, mention in visit.arguments:
        if role != "destination":
            continue
        if mention.type == "AdministrativeDivision":
            regions.append(mention.key)
        elif mention.type == "Place" and (row := foreign_name(mention.label)) is not None:
            regions.append(row.country)
    return regions


def _within(region: Key | str, outer: Key | str) -> bool:
    if isinstance(region, Key) and isinstance(outer, Key):
        return _inside(region, outer)
    return region == outer


def _days_apart(one: str | None, other: str | None, days: int = 7) -> bool:
    """Whether two days (YYYY-MM-DD) are more than ``days`` apart; False when either is unknown."""
    if not one or not other:
        return False
    return abs((datetime.date.fromisoformat(one) - datetime.date.fromisoformat(other)).days) > days


def _inside(inner: Key, outer: Key) -> bool:
    """Whether the division ``inner`` is ``outer`` or lies in it, by their gazetteer keys
    (361130/秋口镇 in 361100 in 360000)."""
    if inner == outer:
        return True
    code, _, rest = outer.name.partition("/")
    if rest or "?" in outer.name:
        return inner.name.startswith(outer.name + "/")
    while code.endswith("00"):
        code = code[:-2]
    return bool(code) and inner.name.startswith(code)


def _kind(title: str | None) -> str | None:
    """What kind of gathering a name names: the gathering noun it ends with (研讨班)."""
    if not title:
        return None
    ending = [m for m in _gathering_pattern().finditer(title) if m.end() == len(title)]
    return ending[-1].group() if ending else None


def _emit(an: Analysis, happening: _Happening) -> None:
    """One :class:`EventMention` per sentence of the happening, all alike but for where."""
    roles = {}
    for role, mention in happening.arguments:
        roles.setdefault(mention.key, set()).add(role)
    arguments = []
    for role, mention in happening.arguments:
        # who chairs or speaks is not also an attendee; who is met is not also a host
        if role == "attendee" and roles[mention.key] & {"chair", "speaker"}:
            continue
        if role == "agent" and "counterpart" in roles[mention.key]:
            continue
        arguments.append((role, mention.key))
    arguments = tuple(sorted(set(arguments), key=lambda a: (a[0], str(a[1]))))
    if not arguments:
        return
    named = {m.key for m in an.mentions}
    for role, mention in happening.arguments:
        if mention.prop("implied") and mention.key not in named:
            # 在|京: 北京市 is named in the article, as an implicit mention (no span of its own)
            named.add(mention.key)
            an.add(Mention.make(mention.type, an.doc.id, mention.start, mention.start, "", mention.label,
                                mention.key, implicit=True, **{k: v for k, v in mention.props if k != "implied"}))
    props = {}
    if happening.title:
        props["title"] = happening.title
    if happening.type == "Appointment" and happening.change in _CHANGE_ROLES:
        props["change"] = happening.change
    for (start, end), at in sorted(happening.sentences.items()):
        an.events.append(EventMention(happening.type, an.doc.id, start, end, happening.trigger, at, arguments,
                                      happening.date, tuple(sorted(props.items()))))
