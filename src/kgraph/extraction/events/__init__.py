"""The events stage: what happens, who takes part, and when.

Reads meetings, visits, gatherings and appointments (``../shared/eval/EVENTS.md``) from
one article, over what recognition found: each role is filled by a recognised Person,
Agency, AdministrativeDivision or Place (its ``Key``).  The triggers and the words that
shape the roles are data (``data/events/``, read by :mod:`.vocabulary`); the readings are
modules of this package, each over what :mod:`.reader` indexes of the article:

- ``meet`` (:mod:`.meetings`): 李强|29日|在|海南|博鳌|会见|国际货币基金组织|总裁|格奥尔基耶娃 — the people
  before the trigger are the agent, those after it (or after 同/与) the counterpart;
- ``join`` (:mod:`.meetings`): 吴政隆|参加|上述|会见 — on the agent's side of the meeting just reported;
- ``visit`` (:mod:`.visits`): 县委书记|王某某|到|某镇|某村|调研 — the agent before, the destinations after
  到/在/赴 or after the trigger (访问|了|卡塔尔|、|伊拉克);
- ``hold`` (:mod:`.gatherings`): 市长|李某某|主持召开|市政府|常务会议 — a gathering named after or before the
  trigger, its holder the subject;
- ``take_part`` (:mod:`.attendance`): 蔡奇|出席|开班式|并|讲话 — attendee, chair or speaker of the gathering
  named, or of the one just reported;
- ``appoint_self`` / ``appoint_other`` (:mod:`.appointments`): 某某|同志|任|某县|人民政府|副县长 — the person
  before (or after: 免去|某某) the trigger, the organisation and title of the post;
- ``press``, ``brief``, ``hear``, ``said_at`` (:mod:`.speech`): who speaks at a press conference
  or a session (奥斯汀|在|会上|称).

Several sentences about one happening are one event: a gathering is found again by its
name (开班式 is the 研讨班开班式 named before), a meeting by its counterpart (:mod:`.happenings`).  Each event
keeps one :class:`EventMention` per sentence it was read from, all with the same type,
arguments, day and properties; the article record groups them.

The triggers are found with one regex over the article (not per token), and the rest is
indexed only for an article that has one; a trigger counts only where a word of jieba's
or the model's segmentation starts and ends.
"""
from __future__ import annotations

import bisect
import re

from ...ingest.dates import SAME_DAY
from ..analysis import Analysis, stage
from .vocabulary import gathering_nouns, _gathering_pattern, markers, _studying_pattern, _trigger_pattern, triggers
from .reader import _CJK, _NOT_VERBS, _Reader, _trigger_words
from .happenings import _emit, _Happening, _restated
from .meetings import _in_speech, _join, _meet
from .visits import _arrived_described, _dated_by_the_lead, _gone, _recounted_visits, _trips, _visit
from .gatherings import _hold
from .attendance import _announced, _take_part
from .speech import _brief, _briefed_next, _chair_says, _hear, _press, _said_after, _said_at, _spoke_there
from .appointments import _appoint

__all__ = ["find_events", "triggers", "gathering_nouns", "markers"]

# a count of years after a trigger: what it says happened long ago is remembered (访华|50|周年, 建交|75|周年)
_ANNIVERSARY = re.compile(r"[0-9０-９一二三四五六七八九十百]+周年")
# the model's tag for a personal name: a trigger inside one (任 in 任正非) is no trigger
_NAME_TAGS = frozenset({"PER", "nr"})
# how far after a trigger the report it is the topic of may be named (访问|…|情况的书面报告)
_REPORT_REACH = 30
# at most this many characters from 引发 to the reaction it names (引发|强烈|反响, 引起|各方|广泛|关注)
_REACTION_REACH = 8
# how far after a trigger joined to others (讲话|和|…) the word that makes them all a topic may end
_TOPIC_REACH = 14


def _addressed_to_a_gathering(reader: _Reader, start: int) -> bool:
    """Whether the speech whose trigger is at ``start`` is addressed to a gathering its clause names after 向: 习近平|向|
    在|旧金山|举行|的|亚太经合组织工商领导人峰会|发表|题为|《…》|的|书面|演讲 (xwlb-20231117-02), 向|…|国际研讨会|发表|书面致辞
    (xwlb-20231024-03): a written address read out there, a speech at it, as two annotators of fresh stories read it."""
    clause = reader.clause(start)
    to = reader.text.rfind("向", clause[0], start)
    return to >= 0 and reader.gathering(to + 1, start) is not None


# a sentence that opens by setting its time against a happening: 会谈|前|，, 闭幕会|后|，, 论坛|开始|前|，
_BEFORE_OR_AFTER = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:开始|结束)?[前后][，,]")  # (not 会|后, any 会's)


def _day_of_the_one_it_follows(reader: _Reader, sentence: tuple[int, int], clause: tuple[int, int],
                               happenings: list[_Happening]) -> str | None:
    """The day of the happening a clause opens by setting its time against, reported before with a day, for what the
    clause tells with no day of its own: 5月15日|下午|，|习近平|…|举行|会谈|。|…|会谈|前|，|习近平|…|举行|欢迎仪式
    (xwlb-20230515-02), …|闭幕会|后|，|十四届全国人大常委会|举行|宪法宣誓仪式 (xwlb-20230426-05): the annotators date 9
    such happenings of the stories read by the one they follow."""
    opening = _BEFORE_OR_AFTER.match(reader.text, reader.past_space(*sentence))
    if opening is None or opening.end() > clause[0]:
        return None
    kind = opening.group(1)
    # (…|会议|24日|…|闭幕|。|…|闭幕会|后|，|…|作|…|学习讲座, xwlb-20230824-09: the session its verb closed)
    told = [h for h in happenings if h.date and (h.trigger in (kind, kind.removesuffix("会")) or (h.title or "").endswith(kind))
            and min(h.sentences)[0] < clause[0]]
    return told[-1].date if told else None


def _day_of_the_one_before(reader: _Reader, sentence: tuple[int, int], start: int,
                           happenings: list[_Happening]) -> str | None:
    """The day of the happening reported last before a sentence that opens with the same day's word (当晚, 当天, 同一天),
    when the day the text named last is in what someone said meanwhile: 5月15日|…|举行|会谈|。|习近平|指出|，|今年|
    5月24日|，|两国|将|迎来|…|。|当晚|，|习近平|…|举行|欢迎宴会 (xwlb-20230515-02) is of 15日; not 最高法院|2日|批准|…|。|
    同一天|，|…|举行|抗议活动 (xwlb-20230903-13), the day of a fact reported.  None otherwise."""
    opening = reader.past_space(*sentence)
    if not reader.text.startswith(SAME_DAY, opening) or opening >= start:
        return None
    named = bisect.bisect_left(reader.day_starts, opening) - 1
    if named < 0 or not _in_speech(reader, reader.days[named][0]):
        return None
    told = [h for h in happenings if h.date and max(h.sentences)[0] < reader.days[named][0]]
    return max(told, key=lambda h: max(h.sentences)[0]).date if told else None


def _welcomed(reader: _Reader, clause: tuple[int, int], start: int) -> bool:
    """Whether the visit at ``start`` is what the clause, opening with a word of welcome, welcomes, with no day of its
    own: 10日|上午|，|李强|…|举行|仪式|，|欢迎|所罗门群岛|总理|索加瓦雷|对|我国|进行|正式访问 (xwlb-20230710-05; 32 such
    欢迎…访问 in xwlb-2023) — the visit, days long, is not of the ceremony's day, as the annotators read the visits
    a meeting's guest is described as making (:func:`_describes_whom_is_met`)."""
    opening = reader.past_space(*clause)
    return reader.text.startswith(markers("welcoming"), opening) \
        and not any(opening <= day[0] < start for day in reader.days)


def _describes_whom_is_met(reader: _Reader, clause: tuple[int, int], start: int, end: int) -> bool:
    """Whether the trigger at ``start`` is in what describes whom a meeting of its clause takes, after the meeting's
    word or its link and before the 的 that ends the description, with no day of its own written there: 李强|17日|在京|
    会见|来华|出席|第三届“一带一路”国际合作高峰论坛|的|柬埔寨|首相|洪玛奈 (xwlb-20231018-07), 习近平|…|同|来华|出席|
    中国－中亚峰会|并|进行|国事访问|的|…|拉赫蒙|会谈 — the forum and the visit are not of the meeting's day; the annotators
    of the dev set and of every batch read 29 such dates as none, one as the meeting's."""
    table = triggers()
    opened = [a for a, b in _trigger_words(reader, clause[0], start) if table[reader.text[a:b]].type == "Meeting"]
    link = reader.after_word(markers("counterpart_links"), clause[0], start)
    if link is not None:
        opened.append(link)
    described = reader.text.find("的", end, clause[1])
    if not opened or described < 0 or not reader.between(described, clause[1], ("Person",)):
        return False
    return not any(max(opened) <= day[0] < described for day in reader.days)


def _accepted(an: Analysis, reader: _Reader, start: int, end: int, model_starts: list[int],
              model_bounds: frozenset[int]) -> bool:
    """A trigger starts a word (of jieba's or the model's segmentation: jieba reads
    在发言中 and 出席会议 as one word, the model 在|发言|中); a one-character trigger
    (任) is a whole word of one of them.  It is not inside a personal name the model
    read, nor inside a quotation or a book title, nor the topic of what follows (讲话|精神)."""
    if start not in an.boundaries and start not in model_bounds and not (
            reader.text.endswith(markers("light_verbs"), 0, start) and
            start - 2 in reader.bounds):
        return False  # (but jieba reads 举行会谈, 进行会谈 as one word: 举行|会谈)
    if end not in an.boundaries and end not in model_bounds and (model_bounds or end - start == 1) \
            and not _gathering_pattern().match(reader.text, end) and end not in reader.name_starts:
        # 辞职信: a word the trigger only begins (both read 出席会议 as one word, and it is 出席|会议); but a name recognition
        # read starts right after it: 邓超|同志|任|县乡村振兴局|局长 (a county's notice; jieba 任县, the model 任县乡村振兴局)
        return False
    named = _gathering_pattern().match(reader.text, start)
    if named is not None and named.end() > end and triggers()[reader.text[start:end]].type == "Meeting":
        return False  # 座谈|会: the first word of a gathering's kind, not a meeting
    if end - start == 1 and (end >= len(reader.text) or not _CJK.match(reader.text[end])):
        return False  # 普里戈任|。: a one-character trigger is followed by what it says (任|外交部长)
    if triggers()[reader.text[start:end]].role == "speaker" and reader.text.endswith(markers("written"), 0, start) \
            and not _addressed_to_a_gathering(reader, start):
        return False  # 习近平|发表|机场|书面|讲话 (xwlb-20230822-01): a speech written, given at no gathering
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
    if _reacted_to(reader, start, end):
        return False
    return not reader.text.startswith(markers("topic_after"), end)


def _reacted_to(reader: _Reader, start: int, end: int) -> bool:
    """Whether what the trigger says is what the clause goes on to say a reaction or a report is about: 习近平|主席|向|…|
    峰会|发表|视频致辞|引发|热烈|反响 (xwlb-20230903-01), …|重要|讲话|在|全军|引起|强烈|反响 (45 such 引发…反响 of a speech or
    a meeting in xwlb-2023); 泰国|多家|媒体|对|中国|服贸会|开幕|和|习近平|主席|致辞|进行|关注|报道 (xwlb-20230904-12) — the
    happening is the topic of a story of reactions, none it reports (EVENTS.md; the dev gold's xwlb-20230302-04).  The
    reaction follows the trigger at once, or after where it is felt (在|全军), and describes nothing (not 研究|引起|社会|广泛|
    关注|的|食品安全问题); the report ends the clause, after 对 as a word of its own (not 针对)."""
    text = reader.text
    clause_start, clause_end = reader.clause(start)
    for word in markers("reacting_verbs"):
        at = text.find(word, end, clause_end)
        gap = text[end:at]
        if at < 0 or not (gap == "" or (gap.startswith("在") and len(gap) <= _REACTION_REACH)):
            continue
        for reaction in markers("reactions"):
            found = text.find(reaction, at, min(clause_end, at + len(word) + _REACTION_REACH))
            if found >= 0 and not text.startswith("的", found + len(reaction)):
                return True
    about = text.rfind("对", clause_start, start)
    if about < 0 or about not in reader.an.boundaries or about + 1 not in reader.an.boundaries:
        return False
    return text[:clause_end].rstrip().endswith(markers("coverage"))


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
        if an.text.endswith(markers("negations"), 0, start):
            continue  # 帕希尼扬|没有|出席|此次|峰会 (xwlb-20231124-17): what did not happen
        trigger = table[word]
        sentence = an.sentence(start)
        clause = reader.clause(start)
        date = reader.day(sentence, start, clause[1])
        if date is not None and (_describes_whom_is_met(reader, clause, start, end)
                                 or trigger.type == "Visit" and _welcomed(reader, clause, start)):
            date = None
        if date is None:
            date = _day_of_the_one_it_follows(reader, sentence, clause, happenings + headline)
        else:
            date = _day_of_the_one_before(reader, sentence, start, happenings) or date
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
        # (a meeting's trigger may report a forum: 同|…|代表|座谈交流, meetings._meet; only meetings are joined as meetings)
        made = [h for h in made if h.type == trigger.type] if trigger.type == "Meeting" else made
        # (佐科|表示|，|两个多月|前|我|在|成都|同|习近平|主席|会面|后|… (xwlb-20231017-04): a meeting told in what
        # someone says is not the one those who join next join)
        told = clause[0] > sentence[0] and reader.text.endswith(markers("saying_verbs"), sentence[0], clause[0] - 1)
        # (nor one in a paragraph of what someone says: 李克强|表示|，|…|。|习近平|主席|同|你|举行|会谈|… (xwlb-20230214-03)
        # is recalled; 何立峰|、|王毅|等|参加|会见 joins 李克强's)
        told = told or _in_speech(reader, start)
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
    _chair_says(reader, an, happenings)
    _announced(reader, an, happenings)
    if any(h.type == "Visit" for h in happenings):
        _recounted_visits(reader, an, happenings)
    _gone(reader, an, happenings)
    _arrived_described(reader, an, happenings)
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
