"""The ``take_part`` reading: 蔡奇|出席|开班式|并|讲话 — attendee, chair or speaker of the gathering
named, or of the one just reported (蔡奇|、|王毅|…|等|出席|。: on the agent's side of the meeting just
reported)."""
from __future__ import annotations

import re

from ...model import Mention
from .vocabulary import _gathering_pattern, markers, _trigger_pattern
from .reader import _Reader, _says, _SUBJECT_LEAD, _trigger_words, _YEAR
from .happenings import _Happening, _last, _merge, _named_here
from .subjects import _clause_subject, _joined, _listed_after, _listed_before, _spoken_for, _subjects
from .titles import _a_tally, _activity_after, _listed_titles, _title_after, _title_at, _title_by
from .meetings import _join
from .gatherings import _taking_part

# how far after 宣布 the stage it announces may be: 宣布|杭州第四届亚洲残疾人运动会|开幕
_ANNOUNCED_REACH = 40



def _take_part(reader, trigger, sentence, clause, start, end, date, happenings, last_meetings):
    last = _last_reported(reader, happenings, sentence, clause, start)
    if trigger.role == "attendee" and last_meetings and not reader.text[end:clause[1]].strip("了 ") \
            and not (last is not None and last.type == "Gathering"):
        # 赵乐际|…|同|…|欧舒米|举行|会谈|。|…|。|郑建邦|参加|。 (xwlb-20230828-04; 54 bare 参加|。 in
        # xwlb-2023): who takes part, with nothing after the verb and a meeting the last thing
        # reported, is on its agent's side (蔡奇|、|王毅|、|秦刚|，|以及|…|等|出席|。, xwlb-20230322-03)
        return _join(reader, trigger, sentence, clause, start, end, date, happenings, last_meetings)
    if trigger.role == "attendee" and reader.text.endswith(markers("beneficiary_links"), 0, start):
        # 习近平|和|彭丽媛|为|出席|杭州第19届亚洲运动会|开幕式|的|国际贵宾|举行|欢迎宴会 (xwlb-20230923-01's headline; the
        # banquets of 2023's games and forums): the hosts of what is held for those who attend do not attend it
        named = _title_after(reader, end, clause[1])
        if named is not None and _described(reader, named[2]) is not None:
            return []
    people = (reader.side(clause[0], start) if trigger.role == "speaker" else []) or \
        _subjects(reader, sentence, clause, start, end, the_met=False)
    if not people and trigger.role in ("speaker", "attendee"):
        # 中国佛教协会|、|…|主要|负责人|在|会上|发言 (xwlb-20230117-05); 中央办公厅|、|…|负责|同志|作了|发言
        # (xwlb-20230522-05): the organisations whose unnamed heads speak; and take part (中央编办|、|人力资源和社会保障部|
        # 负责同志|参与协商交流, xwlb-20230922-06)
        people = _spoken_for(reader, clause[0], start, right_after=trigger.role == "attendee")
    if not people:
        # 中共代表团|近日|先后|访问|…|，|并|出席|…|宣介会 (xwlb-20230801-13): a delegation that opens the sentence
        opening = reader.between(sentence[0], start, ("Person", "Agency"))[:1]
        # (the trigger's clause opening with a word of going on: not 中国常驻联合国代表团|…|举行|国庆招待会|，|联合国|官员|及|
        # 各国|代表|等|出席, xwlb-20230929-11 — those who attend what the delegation holds are others, unnamed)
        its_own = bool(opening) and (reader.clause(opening[0].start)[0] == clause[0] or reader.text.startswith(
            markers("going_on"), reader.past_space(clause[0], start)))
        if its_own and opening[0].type == "Agency" and opening[0].label.endswith(markers("delegations")) \
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
    if named is not None and _a_tally(reader, sentence, named[0], named[1]):
        return []  # 王亚平|…|参加|了|近百场|青少年|科普|讲座 (xwlb-20230306-15): many attended, no one reported
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
    elif named is not None and (described := _described(reader, named[2])) is not None:
        # 李强|…|李希|分别|看望|出席|全国政协十四届一次会议|的|委员: who attends is named after 的
        # (会见|来华|出席|…|峰会|的|土库曼斯坦|总统|别尔德穆哈梅多夫), not before the trigger
        people = (_joined(reader, reader.people(described, clause[1], before_trigger=False)) if people else []) or \
            _listed_after(reader, described, clause, sentence)
    if not people:
        return []
    if named is not None:
        # (欢迎|来华|出席|…|开幕式|的|国际贵宾, xwlb-20230923-01: one named in what describes whom another welcomes)
        happening = _Happening("Gathering", trigger.word, title=named[0], era=reader.era(sentence, start),
                               described=reader.after_word(markers("welcoming"), clause[0], start) is not None)
    else:
        # 叙总统|巴沙尔·阿萨德|在|发言|中|说: the gathering just reported; 蔡奇|、|王毅|、|王小洪|等|出席|。
        # 赵乐际|委员长|主持|。: who attends or chairs with nothing after the trigger, the one just
        # reported, when it is what the article reported last
        # (习近平|在|主持学习|时|强调, xwlb-20230201-01: what the trigger does sets the time of what is said)
        # (习近平|、|…|等|党和国家领导人|到会|祝贺 (xwlb-20231023-01): what one came for says nothing else is attended)
        rest = reader.text[end:clause[1]].strip("了 ")
        # (or another thing done there, after 并: 赵乐际|主持|并|监誓 (xwlb-20230314-08), 主持|并|讲话 (EVENTS.md))
        done_too = rest.startswith("并") and (_trigger_pattern().match(rest, 1) is not None
                                             or rest.startswith(markers("attending_purposes"), 1))
        if trigger.role != "speaker" and rest != "" and not rest.startswith(markers("attending_purposes")) \
                and not done_too and not reader.text.startswith(markers("time_of_next"), end):
            return []
        last = _last_reported(reader, happenings, sentence, clause, start)
        # (李强|还将|应邀|出席|新全球融资契约峰会|并|发表|讲话, xwlb-20230622-04: the gathering its sentence just named,
        # though read before as well and so earlier in the list than another one named since)
        happening = (_named_here(happenings, sentence, start) or _last_held(reader, happenings, clause, start)) \
            if trigger.role == "speaker" else (last if last is not None and last.type == "Gathering" else None)
        if happening is not None and _to_come(reader, happening, clause, start):
            # 会议|…|决定|8月22日|至|24日|在|北京|召开|全国政协十四届常委会第三次会议|。|…|石泰峰|、|…|发言 (xwlb-20230718-05):
            # a session announced for a later day is not where what is done now is done (but 习近平|将|出席|…|并|发表|
            # 主旨演讲, to come as well)
            happening = None
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
    if named is not None and named[0].endswith(markers("meeting_nouns")) and any(
            h.type == "Meeting" and {m.key for m in people} <= h.keys("agent", "counterpart") for h in happenings):
        # 拜登|对|习近平|应邀|赴美|出席|美中元首会晤|表示|热烈欢迎 (xwlb-20231116-01): the meeting of two already reported,
        # whose sides they are, not a gathering besides (the trip to it stays; one it merged into stays too)
        happenings[:] = [h for h in happenings if h is not happening]
        made = [h for h in made if h is not happening]
    for title, title_start, title_end in _listed_titles(reader, named[2], clause[1]):
        # 出席|第26次|中国—东盟|…|领导人会议|、|第26次|…|领导人会议|和|第18届|东亚峰会 (xwlb-20230907-01): one
        # gathering each, with the same people and venue
        made += _taking_part(reader, _Happening("Gathering", trigger.word, title=title, era=reader.era(sentence, start)),
                             trigger.role, people,
                             sentence, clause, start, date, happenings, (title_start, title_end))
    return made


def _described(reader: _Reader, title_end: int) -> int | None:
    """Where the 的 after a gathering's name that makes it what describes those named after it is (出席|…|峰会|的|
    土库曼斯坦|总统): right after the name, or after the ceremony of it (出席|杭州第19届亚洲运动会|开幕式|的|国际贵宾,
    xwlb-20230923-01); None when no 的 follows."""
    if reader.text.startswith("的", title_end):
        return title_end
    kind = _gathering_pattern().match(reader.text, title_end)
    return kind.end() if kind is not None and reader.text.startswith("的", kind.end()) else None


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


def _to_come(reader: _Reader, happening: _Happening, clause: tuple[int, int], start: int) -> bool:
    """Whether ``happening`` is a gathering on a day after the article's, or only said to come where it is told
    (即将|召开: ``_Happening.to_come``), and the clause of ``start`` says nothing is to come (``future``: 将) before it:
    who speaks or attends there now does so elsewhere."""
    today = reader.an.doc.date
    later = happening.to_come or bool(happening.date and today and happening.date > today)
    return happening.type == "Gathering" and later and reader.after_word(markers("future"), clause[0], start) is None


def _last_held(reader: _Reader, happenings: list[_Happening], clause: tuple[int, int], start: int) -> _Happening | None:
    """The gathering the article reported last that is not to come (:func:`_to_come`): 委员长会议|…|举行|。|会议|决定|，|
    常委会第六次会议|10月20日|至|24日|在|京|举行|。|…|刘奇|就|…|作了汇报 (xwlb-20231013-04; the chairmen's meetings and
    closing sessions of 2023 that fix the next session's days) — he reports at the chairmen's meeting; nor one only
    named in what describes the guests of another (:attr:`_Happening.described`)."""
    return next((h for h in reversed(happenings) if h.type == "Gathering" and not _to_come(reader, h, clause, start)
                 and not h.described), None)


def _last_reported(reader: _Reader, happenings: list[_Happening], sentence: tuple[int, int], clause: tuple[int, int],
                   start: int) -> _Happening | None:
    """The happening the article reported last, but a gathering only named in an earlier sentence, with no one,
    nowhere and no day of it read (双方|同意|举行|中欧高级别人文交流对话机制会议|。|吴政隆|出席, xwlb-20231207-04: he
    attends the summit reported before, not a meeting agreed on; but …|仪式|9月30日|上午|举行| |习近平|等|…|将|出席,
    xwlb-20230929-02: the one its sentence names; …|第四次会议|1日|下午|举行|全体会议|。|…|王沪宁|出席, xwlb-20231101-04:
    one held that day); nor one to come (:func:`_to_come`), told as of another year or only named in what describes
    the guests of another (:attr:`_Happening.described`), in an earlier sentence, while
    one held was reported (中共中央|…|举行|民主协商会|…|习近平|强调|，|十四届全国人大一次会议|…|即将|召开|。|…|王晨|、|
    …|出席|会议, xwlb-20230228-02: the forum's)."""
    reported = [h for h in happenings
                if h.type != "Gathering" or h.arguments or h.date or sentence in h.sentences]
    held = [h for h in reported if sentence in h.sentences
            or not (_to_come(reader, h, clause, start) or _recalled(h) or h.described)]
    return (held or reported or [None])[-1]


def _recalled(happening: _Happening) -> bool:
    """Whether a gathering is told as of another year than the story's (its ``era``, read where it was told):
    李强|出席|…|理事会|第二十二次会议|。|…|在|去年|撒马尔罕峰会|上|，|习近平|主席|强调|…|。|…|米舒斯京|…|与会
    (xwlb-20231026-04: they attend the council's meeting)."""
    return happening.type == "Gathering" and happening.era is not None


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


def _announced(reader: _Reader, an, happenings: list[_Happening]) -> None:
    """Who announces a gathering open, begun or closed attends it: 国务委员兼国务院秘书长|吴政隆|宣布|宪法宣誓仪式|开始
    (xwlb-20231208-04), 国务院副总理|丁薛祥|宣布|：|杭州第四届亚洲残疾人运动会|开幕 (xwlb-20231023-07; 31 such 宣布…开幕,
    开始, 闭幕 in xwlb-2023, the annotators' attendees).  What is announced is the gathering named between, or with
    none named (宣布|开幕), the one reported last; not what is no gathering (普京|宣布|…|行动|开始)."""
    text = reader.text
    stages = markers("announced_stages")
    for found in re.finditer(f"(?:{'|'.join(markers('announcing'))})[：:]?", text):
        sentence = an.sentence(found.start())
        reach = min(sentence[1], found.end() + _ANNOUNCED_REACH)
        stage = min((at for at in (text.find(word, found.end(), reach) for word in stages) if at >= 0), default=-1)
        if stage < 0:
            continue
        clause = reader.clause(found.start())
        people = [m for m in _clause_subject(reader, (clause[0], found.start())) if m.end <= found.start()]
        named = reader.gathering(found.end(), stage) if stage > found.end() else None
        if not people or (stage > found.end() and named is None) or any(
                word in text[found.end():stage] for word in markers("future")):
            continue  # (nor an opening to come: 王忠林|宣布|：|…|运动会|将于|9月|…|开幕, the review's)
        told = [h for h in happenings if h.type == "Gathering" and min(h.sentences)[0] <= sentence[0]]
        if named is not None:
            # (the gathering whose name holds the one announced: 宣誓仪式 of 宪法宣誓仪式)
            told = [h for h in told if h.title and (named.group() in h.title or h.title in text[found.end():stage])]
        if not told:
            continue
        happening = max(told, key=lambda h: max(h.sentences)[0])
        for person in people:
            happening.add("attendee", person)
        happening.see(sentence, found.start(), None)
