"""What the readings need of one article (:class:`_Reader`): its argument mentions, clauses,
days and posts indexed once, and the questions every reading asks of them — who takes part in a
span, where, on which day, which gathering a name ends with, which triggers are words of their own."""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from ...ingest.dates import day_expressions
from ...model import Key, Mention
from ...resources import offsets, pos_tags, word_set, word_tags
from ..analysis import Analysis
from ..recognisers.places import place_key
from ..world import is_country
from .vocabulary import (_gathering_pattern, a_trigger_there, _implied_pattern, implied_places, markers, sides, _sides_pattern,
                         _trigger_finder, _trigger_pattern, triggers)

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
# the readings whose triggers are no verb someone does (会上, 听取): they name no other happening in a clause
_NOT_VERBS = frozenset({"said_at", "hear"})
# a year's or an edition's session after a gathering's name: 论坛|2023年|年会, 峰会|第三届|大会 (and 首届)
_EDITION = re.compile(r"(?:(?:19|20)[0-9]{2}年|第[0-9一二三四五六七八九十百]+[届次]|首届)")
# what joins the names of two gatherings held as one: 对话会|暨|…|大会
_JOINED_NAMES = "暨"
# how far from the trigger a gathering's name named after it may end
_TITLE_REACH = 40
# how far a gathering's name may run on to a greater one's kind (杭州亚残运会|代表团|团长|大会)
_RUN_ON_REACH = 16
# what links the items of a list (two gatherings listed are two: 第20届中国—东盟博览会|和|中国—东盟商务与投资峰会,
# xwlb-20230914-06; 拜登|为|A|和|B|举行)
_LIST_LINKS = "、和及与"
_CLAUSE_WORD_TAGS = pos_tags("clause_words")
# a list of kinds that a count ends (…|等|近500项|活动)
_COUNTED_LIST = re.compile(r"等[近约逾超]?\d+[余多]?[项场个次]")
# a clause's subject opens it: at most this many characters before the name (据|…)
_SUBJECT_LEAD = 2
# the prepositions jieba glues to a place written by one character (京同: 在|京|同|俄罗斯|总理; 3 such 在京同 in xwlb-2023)
_GLUED_AFTER = ("同", "与")
# how far after a session its body's meeting's kind may stand (主席团|常务主席|第三次: 9)
_SESSION_BODY_MEETING = 12
# at most this many characters between a venue word and the venue, or two names of a
# chain (在|首都|柏林, 在|海南|博鳌): more, and the name is not where it happens
_VENUE_GAP = 2
# the adverbs between a subject and its verb: 交通运输部|紧紧|围绕
_ADVERBS = 4
# at most this many characters of what is said of where one went before its name, with 的 (赶往|受灾|最重|的|甘肃)
_GOING_MODIFIER = 8
# what ends an ordinal: 第十五次|会晤 names a gathering
_ORDINAL_ENDS = frozenset("次届期")


def _doctrines(an: Analysis) -> list[tuple[int, int]]:
    """The spans of the doctrines named after a person (``doctrines`` of markers.tsv): 习近平|新时代中国特色社会主义思想
    (xwlb-20230515-06: 中央|学习|贯彻|习近平|新时代|中国|特色|社会主义|思想|主题教育|领导小组|召开|…|座谈会). A name within
    one, the person's or the country's, is no one who takes part in what the sentence reports (14 events in xwlb-2023
    read 习近平 there as an organizer, an attendee or a speaker). A doctrine's own name is one wherever it is written
    (宣介|习近平|新时代中国特色社会主义思想, xwlb-20230526-12's headline, 中国 no destination, though recognition read no
    person before it); the bare 思想, 理论 only after a person's name."""
    words = markers("doctrines")
    text = an.text
    people = {m.end: m.start for m in an.mentions if m.type == "Person" and m.end > m.start}
    spans = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            if at in people:
                spans.append((people[at], at + len(word)))
            elif len(word) > 2:
                spans.append((at, at + len(word)))
            at = text.find(word, at + len(word))
    return spans


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
        # (nor a name in a doctrine's name: 学习|贯彻|习近平|新时代|中国|特色|社会主义|思想|主题教育|领导小组|召开)
        doctrines = _doctrines(an)
        for mention in sorted((m for m in an.mentions if m.type in _ARGUMENT_TYPES and m.end > m.start
                               and m.prop("role") != "journalist" and not (m.type == "Place" and m.end - m.start == 1)
                               and not any(start <= m.start < end for start, end in doctrines)),
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
                    token is not None and token[1] > match.end()) and not self.text.startswith(_GLUED_AFTER, match.end()):
                # a word of its own, or one that begins a longer word (在京开幕), or one jieba glues to a preposition after
                # it (李强|19日|在京同|俄罗斯|总理|…|共同主持, xwlb-20231219-04), not 在|京津冀
                continue
            place = implied_places()[match.group()]
            at = match.start() + len(place.link)
            if any(m.start == at and m.end > match.end() for m in chosen):
                continue  # 赴京|口|开展 (a city's paper, 2022; jieba 赴京): a name read there goes on, 京口区, no 北京市
            self.implied_links.append(at)
            implied.append(Mention.make(place.type, an.doc.id, at, match.end(), self.text[at:match.end()],
                                        place.name, place.key, implied=True, **dict(place.props)))
        implied += _own_divisions(an, chosen)
        if implied:
            spans = {(m.start, m.end) for m in implied}
            chosen = sorted([m for m in chosen if not any(s <= m.start and m.end <= e for s, e in spans)] + implied,
                            key=lambda m: (m.start, -m.end))
        self.mentions = chosen
        # 中国代表|在|会上|发言: a country's side, read where it opens a clause (see :meth:`side`)
        self.sides = [Mention.make("Place", an.doc.id, m.start(), m.end(), m.group(), sides()[m.group()],
                                   place_key(sides()[m.group()]), implied=True)
                      for m in _sides_pattern().finditer(self.text)
                      if m.start() in an.boundaries and m.end() in an.boundaries]  # (not 俄罗斯|代表团, 美国|代表处)
        self.starts = [m.start for m in chosen]
        # where an organisation, a division or a place recognition read begins (not a person: 任|正非)
        self.name_starts = frozenset(m.start for m in chosen if m.type != "Person" and not m.prop("implied"))
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
        # where a word of jieba's or the model's begins or ends, joined once (joined per question, a
        # sentence of 120 KB took seconds for each)
        self.bounds = an.boundaries | self.model_bounds
        # every trigger's occurrence, overlapping ones too: where one may start, and at each such
        # start the lengths of the triggers there, longest first (see :func:`_trigger_matches`)
        lengths: dict[int, list[int]] = {}
        for at, stop, _ in _trigger_finder()(self.text):
            if a_trigger_there(self.text, at, stop):  # (not 启动|仪式: a word of a name)
                lengths.setdefault(at, []).append(stop - at)
        self.trigger_starts = sorted(lengths)
        self.trigger_lengths = {at: sorted(found, reverse=True) for at, found in lengths.items()}

    def gathering(self, start: int, end: int, press: bool = True) -> re.Match | None:
        """The first name of a gathering's kind in text[start:end] that ends a word
        (大会, but not 人民|大会堂); a press conference right after it is the gathering
        (全国政协十四届一次会议|新闻发布会, xwlb-20230303-06)."""
        # each position in turn, not finditer's matches: 安全会议 holds 全会 (no word end) and 会议
        at = start
        while (match := _gathering_pattern().search(self.text, at, end)) is not None:
            if (match.end() in self.an.boundaries or match.end() in self.model_bounds
                    or not _CJK.match(self.text[match.end():match.end() + 1])) and not self._counted_kind(match, end):
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
                # 十四届全国人大一次会议|主席团|常务主席|第三次会议 (xwlb-20230309-05): a meeting of the session's own body (word set
                # session_units), its name running on to the second kind
                if self.text.startswith(tuple(word_set("session_units")), match.end()):
                    clause_end = _CLAUSE_END.search(self.text, match.end(), end)
                    own = _gathering_pattern().search(self.text, match.end(), clause_end.start() if clause_end else end)
                    if own is not None and own.start() - match.end() <= _SESSION_BODY_MEETING \
                            and (own.end() in self.an.boundaries or own.end() in self.model_bounds):
                        match = own
                return self._joined_gathering(self._run_on(match, end), end)
            at = match.start() + 1
        return None

    def _counted_kind(self, match: re.Match, end: int) -> bool:
        """Whether a gathering's kind opens a list of kinds that a count ends: 非遗购物节|、|文化精品展|等|近500项|活动|相继|
        在|…|举行 (xwlb-2023) names no one gathering."""
        if self.text[match.end():match.end() + 1] not in ("、", "等"):
            return False
        clause_end = _CLAUSE_END.search(self.text, match.end() + 1, end)
        return _COUNTED_LIST.search(self.text, match.end(), clause_end.start() if clause_end else end) is not None

    def _run_on(self, match: re.Match, end: int) -> re.Match:
        """A gathering's kind that names a greater one its name runs on to, in one run of words with no mark of a
        clause, no trigger, no list's link and no word of a clause between: 杭州亚运会|韩国|体育|代表团|成立|大会
        (xwlb-20230914-16), 杭州亚残运会|代表团|团长|大会 (xwlb-20230703-10), 博鳌亚洲论坛2023年年会|开幕式: the last."""
        while True:
            stop = min(end, match.end() + _RUN_ON_REACH)
            clause_end = _CLAUSE_END.search(self.text, match.end(), stop)
            stop = clause_end.start() if clause_end else stop
            following = _gathering_pattern().search(self.text, match.end(), stop)
            if following is None or not (following.end() in self.an.boundaries or following.end() in self.model_bounds
                                         or not _CJK.match(self.text[following.end():following.end() + 1])) \
                    or any(ch.isspace() or ch in _LIST_LINKS for ch in self.text[match.end():following.start()]) \
                    or self._trigger_between(match.end(), following.start()) \
                    or self._clause_words_between(match.end(), following.start()) \
                    or following.group() in markers("protest_acts"):
                return match
            match = following

    def _clause_words_between(self, start: int, end: int) -> bool:
        """Whether text[start:end] holds a word that goes on with a clause, not a name (pos set clause_words: 将|于, 在,
        的; markers run_on_stops: 是, 期间, 后): 全球服务贸易峰会|将于|9月2日|在|北京|国家|会议|中心 runs on to no 会议, nor
        十五运会|是|北京冬奥会 to the games it is compared with."""
        stops = markers("run_on_stops")
        return any(word_tags().get(word, "").startswith(_CLAUSE_WORD_TAGS) or word in stops
                   for s, e, word in self.an.tokens_from(start, end - start + 1) if s >= start and e <= end)

    def _trigger_between(self, start: int, end: int) -> bool:
        at = bisect.bisect_left(self.trigger_starts, start)
        return at < len(self.trigger_starts) and self.trigger_starts[at] < end

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

    def joined_parts(self, sentence: tuple[int, int]) -> tuple[int, int]:
        """``sentence`` from the first of the parts ； joins it to (a sentence ends at ；, a clause's subject does not):
        调研期间|，|李希|还|到|…|听取|…|意见建议|；|到|宝丰湿地|了解|…|；|参观|朱德旧居纪念馆|、|… (xwlb-20230617-04)."""
        start = sentence[0]
        while start > 0 and self.text[start - 1] in "；;":
            start = self.an.sentence(start - 1)[0]
        return start, sentence[1]

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

    def era(self, sentence: tuple[int, int], trigger: int) -> int | None:
        """The year the last year named before the trigger in its sentence says, when it is not the story's:
        2017年|，|总书记|在|广西|考察|时 (xwlb-20231216-02, a story of 2023) is of 2017, 去年|8月|… of the year before;
        None for the story's own year, for none named, and in a story without a date."""
        if not self.an.doc.date or not self.an.doc.date[:4].isdigit():
            return None
        this_year = int(self.an.doc.date[:4])
        found = list(_ERA.finditer(self.text, sentence[0], trigger))
        if not found:
            return None
        word = found[-1].group()
        year = int(found[-1].group(1)) if found[-1].group(1) else this_year - _YEARS_BACK[word]
        return None if year == this_year else year

    def after_word(self, words: tuple[str, ...], start: int, end: int, whole: bool = False,
                   begins: bool = False) -> int | None:
        """Where the last of ``words`` in text[start:end] ends (None without one); with
        ``whole``, only where a word of jieba's or the model's ends (a verb: not 支持 in
        特朗普|的|支持者; a link is not, jieba reads 同古共中央 as a word); with ``begins``, only
        where one begins (not 到 of 回到)."""
        best = None
        bounds = self.bounds
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
        bounds = self.bounds
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
            if topic is not None and people and (people[0].start < topic or self._opens_with_its_subject(start, topic)):
                # (who is named after it, in what a subject before it studies, does not do it; nor does who is named in a
                # part that opens with it: 全国人大常委会党组|举行|会议| |学习|贯彻|习近平|总书记|…|重要|讲话|和|全会|精神| |
                # 栗战书|主持|并|讲话, xwlb-20230301-10's headline)
                people = [m for m in people if m.start < topic]
        # 丁薛祥|出席|开幕式|，|宣读|习近平|主席|贺信|并|致辞: who wrote what is read out is not there;
        # 习近平|主席|特别代表|、|…|丁薛祥|…|出席: nor is who sent an envoy
        people = [m for m in people if not self.text[m.end:end].lstrip("的").lstrip(
            "".join(markers("referring_titles"))).startswith(markers("messages") + markers("envoys"))]
        # 毛泽东|同志|亲属|、|原|身边工作人员|…|参加|座谈会 (xwlb-20231226-01): whose relatives take part does not
        people = [m for m in people if not self.text[m.end:end].removeprefix("同志").lstrip("的").startswith(
            markers("relatives"))]
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

    def _opens_with_its_subject(self, start: int, topic: int) -> bool:
        """Whether text[start:topic] is no subject at all (a part that opens with what is studied), or ends in an
        organisation that is one, adverbs at most between (交通运输部|紧紧|围绕|贯彻|落实|习近平|总书记|关于|…|精神|，|组织|
        …|赶赴|…|调研, xwlb-20230829-02); not an organisation of a title (中共中央政治局|常委|、|中央|学习|贯彻|…|领导小组|
        组长|蔡奇|出席, xwlb-20230905-05)."""
        if self.past_space(start, topic) == topic:
            return True
        return any(topic - m.end <= _ADVERBS and not _CLAUSE_END.search(self.text, m.end, topic)
                   and "、" not in self.text[m.end:topic] for m in self.between(start, topic, ("Agency",)))

    def side(self, start: int, end: int) -> list[Mention]:
        """The country whose representative opens text[start:end] (中国代表|在|会上|发言), or the countries listed
        before their representatives (巴西|、|莫桑比克|、|加纳|等|国|代表|认为, xwlb-20230222-09)."""
        found = [m for m in self.sides if start <= m.start <= start + _SUBJECT_LEAD and m.end <= end][:1]
        if found:
            return found
        listed, reach = [], start
        for mention in self.between(start, end, ("Place",)):
            if not is_country(mention.label) or mention.start - reach > (_SUBJECT_LEAD if not listed else 1) \
                    or listed and self.text[reach:mention.start] not in ("、", "和", "及"):
                break
            listed.append(mention)
            reach = mention.end
        return listed if listed and self.text.startswith(markers("countries_represented"), reach) else []

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

    def scene(self, sentence: tuple[int, int], clause: tuple[int, int], exclude: set[Key]) -> tuple[list[Mention], str | None]:
        """The places (or organisations, as where: 在|云南省纪委监委|，|李希|…) of the clause of 在 that opens ``sentence``
        before ``clause``, setting the scene, and what the opening clause holds after the last of them (None with none):
        在|河南|洛阳|，|… -> ([河南, 洛阳], ""); 在|云南|保山|的|非遗文创街|，|… -> ([云南, 保山], "的非遗文创街")."""
        opening = self.clause(self.past_space(*sentence))
        begin = self.past_space(*opening)
        if not self.text.startswith("在", begin) or opening[1] >= clause[0]:
            return [], None
        places = self.venues(begin, opening[1], exclude)
        return places, self.text[max(m.end for m in places):opening[1]].strip() if places else None

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
        if links == "venue_links" and self.text.endswith("在", 0, after):
            opened = self.between(after, end)[:1]
            if opened and opened[0].start - after <= _VENUE_GAP and self.text.startswith(markers("times_after"), opened[0].end):
                return []  # 习近平|总书记|在|党的二十大|后|第一次|出京|考察 (xwlb-20230213-01): when, not where
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
            if mention.start - reach > _VENUE_GAP and not (links == "venue_links" and self._venue_in_the_chain(
                    after, reach, mention)) or _trigger_pattern().search(self.text, reach, mention.start):
                break  # (来华|出席|中国—中亚峰会: what follows another trigger is not where)
            if reach > after and self.text[reach:mention.start] in ("同", "与"):
                break  # (在|北京|同|俄罗斯|副总理|诺瓦克|共同主持, xwlb-20231216-04: the other side's country, not where)
            if self.text[reach:mention.start] in markers("topic_links"):
                break  # (在|吉布提|就|苏丹|问题|召开|特别峰会, xwlb-20231210-15; 3 such a year: what it is about, not where)
            if reach > after and word_tags().get(self.text[reach:mention.start], "") == "v":
                break  # (到|宝丰湿地|了解|滇池|保护|治理, xwlb-20230617-04: what one learns about there, not where one went)
            reach = max(reach, mention.end)
            if self.opens_name(mention):
                continue  # 位于|南宁|的|中国|—|东盟信息港股份有限公司 (xwlb-20231216-02): the place opens a name, not a venue
            if self.text.startswith("驻", mention.end):
                # 聚集|在|法国|驻|尼日尔|首都|尼亚美|的|军事基地|前|举行|抗议活动 (xwlb-20230903-13): the country that
                # sends its mission or troops there is not where; the place it is sent to is
                reach = mention.end + 1
                continue
            if mention.type == "Agency" and self.opens_gathering(mention, end):
                # 在|联合国人权理事会|第54届|会议|期间|举行|多场|主题边会 (xwlb-20231010-11): the body of the session during
                # which it is held, not where
                continue
            if mention.key not in exclude:
                found.append(mention)
        return found


    def _venue_in_the_chain(self, after: int, reach: int, mention: Mention) -> bool:
        """Whether a place named after the chain of places a venue word opens, said by 的 to lie in them, is where
        too: 在|首都|平壤|市中心|的|金日成广场|举行|阅兵式 (xwlb-20230209-13); 在|位于|东京|的|日本首相官邸|前|举行|集会."""
        gap = self.text[reach:mention.start]
        # (not a country that opens a name read no further: 位于|东京|的|日本/Place|首相官邸)
        return reach > after and mention.type == "Place" and not is_country(mention.label) and gap.endswith("的") \
            and len(gap) <= _GOING_MODIFIER and not _CLAUSE_END.search(gap) and not self.between(reach, mention.start)


# a year named (2017年, not 12017年 nor 2017年度's count), or one counted back from the story's (去年, 前年)
_YEARS_BACK = {"去年": 1, "前年": 2}
_A_YEAR = r"(?<![0-9])((?:19|20)[0-9]{2})年"
_YEAR = re.compile(_A_YEAR)  # (the years attendance.py reads, and the one that opens an occasion's name: 2023年…主场活动)
_ERA = re.compile(_A_YEAR + r"(?!度)|" + "|".join(_YEARS_BACK))


def _says(reader: _Reader, start: int, end: int) -> bool:
    """Whether text[start:end] holds a trigger as a word of its own (not 任 in 主任)."""
    return next(_trigger_word_spans(reader, start, end), None) is not None


def _trigger_words(reader: _Reader, start: int, end: int) -> list[tuple[int, int]]:
    """Where the triggers that are words of their own (of jieba's) are in text[start:end]."""
    return list(_trigger_word_spans(reader, start, end))


def _trigger_word_spans(reader: _Reader, start: int, end: int) -> Iterator[tuple[int, int]]:
    bounds = reader.an.boundaries
    table = triggers()
    # (not the words that only say where a gathering is heard or spoken at: 公开|会上|发言, 听取)
    return ((a, b) for a, b in _trigger_matches(reader, start, end)
            if a in bounds and b in bounds and table[reader.text[a:b]].reading not in _NOT_VERBS)


def _trigger_matches(reader: _Reader, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The triggers ``_trigger_pattern().finditer(text, start, end)`` finds, as (start, end), read
    from the occurrences the reader indexed once: from each position on, the longest trigger that
    starts there and ends by ``end``, the next looked for after it.  (Scanning the text again for each
    question made a sentence of 120 KB, its clauses each asking up to its end, take half a minute.)"""
    starts, lengths = reader.trigger_starts, reader.trigger_lengths
    index = bisect.bisect_left(starts, start)
    while index < len(starts) and starts[index] < end:
        at = starts[index]
        length = next((n for n in lengths[at] if at + n <= end), None)
        if length is None:
            index += 1
            continue
        yield at, at + length
        index = bisect.bisect_left(starts, at + length, index + 1)


def _word_at(reader: _Reader, words: tuple[str, ...], start: int, end: int) -> int | None:
    """Where the first of ``words`` that is a whole word of jieba's or the model's starts in
    text[start:end] (为 of 为|洪森, not of 为期 or 作为)."""
    bounds = reader.bounds
    best = None
    for word in words:
        at = reader.text.find(word, start, end)
        while at >= 0 and not (at in bounds and at + len(word) in bounds):
            at = reader.text.find(word, at + 1, end)
        if at >= 0 and (best is None or at < best):
            best = at
    return best


def _first_trigger(reader: _Reader, start: int, end: int) -> int:
    """Where the first trigger that is a word of its own starts in text[start:end], else ``end``."""
    found = _trigger_words(reader, start, end)
    return found[0][0] if found else end


def _own_divisions(an: Analysis, chosen: list[Mention]) -> list[Mention]:
    """A division a page names as its own (``own_divisions``: 我镇, 我县), after a word of going or a venue word: the one
    division of that level the article names, when it names one only: 周书记|到|我镇|实地|调研 … 在|莽张镇|天湖村 (a
    township's post, 2022) went to 莽张镇; none where the article names two towns, or none."""
    found = []
    for word in markers("own_divisions"):
        level = word[-1]
        at = an.text.find(word)
        if at < 0:
            continue
        named = {m.key: m for m in chosen if m.type == "AdministrativeDivision" and m.label.endswith(level)
                 and not m.prop("implied")}
        if len(named) != 1:
            continue
        division = next(iter(named.values()))
        while at >= 0:
            if an.text.endswith(markers("venue_links") + markers("going_links"), 0, at):
                found.append(Mention.make(division.type, an.doc.id, at, at + len(word), word, division.label,
                                          division.key, implied=True))
            at = an.text.find(word, at + len(word))
    return found
