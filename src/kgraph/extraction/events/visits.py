"""The ``visit`` reading and the visits told without a trigger: 县委书记|王某某|到|某镇|某村|调研 —
the agent before, the destinations after 到/在/赴 or the trigger; a clause naming only where before
the visitor speaks (在|段村|，|习近平|总书记|指出), a subject said to go there (习近平|随后|来到|…,
莱希|抵达|叙利亚); then each visit folded into the trip it is part of, and one told with no day dated
by the story's lead."""
from __future__ import annotations

import datetime
import re

from ...model import Key, Mention
from ..analysis import Analysis
from ..world import foreign_name, names_country
from .vocabulary import markers, _meeting_pattern, _trigger_pattern, triggers
from .reader import _ORDINAL_ENDS, _PLACES, _Reader, _says, _SUBJECT_LEAD, _trigger_words, _VENUE_GAP, _word_at
from .happenings import _fold, _happened, _Happening
from .subjects import _clause_subject, _subjects
from ..names import surnames

# at most this many characters of titles between 的 and the name of who arrived (刚刚|抵达|河内|的|中共中央总书记|、|
# 国家主席|习近平)
_TITLES_BEFORE_ARRIVED = 20
# a count of countries: 亚洲|三国, 非洲|多国
_COUNTRY_COUNT = re.compile(r"[一二三四五六七八九十两多数0-9]+国")
_ENDS_IN_A_COUNTRY_COUNT = re.compile(_COUNTRY_COUNT.pattern + "$")
# how many sentences after a visit that names no place the one telling where it went may be
_WENT_NEXT_REACH = 2
# the readings of a trigger that joins what was just told (参加), in a sentence between a visit and where it went
_JOINING = frozenset({"take_part", "join"})
# at most this many characters of a venue's own word after its named division (在|山东|枣庄|石榴|种植园)
_UNNAMED_VENUE = 6


def _recounted_visits(reader: _Reader, an: Analysis, happenings: list[_Happening]) -> None:
    """In a story of someone's visits, a clause that names only where (在 and places, or a word of going and places:
    最后|来到|了|李洼村) and a next clause whose subject is the visitor recount a visit there:
    在|段村|，|习近平|总书记|指出 (xwlb-20230130-01) ; 在|运城博物馆|，|总书记|强调 (xwlb-20230522-04) ;
    在|长沙|，|李强|考察|了|… (xwlb-20230322-07).  Only in a story that reports a visit by them."""
    visitors = {m.key: m for h in happenings if h.type == "Visit" for r, m in h.arguments if r == "agent"}
    text = reader.text
    for start in [0, *(end + 1 for end in reader.clause_ends)]:
        start = reader.past_space(start, len(text))  # (…|工作|。| |在|莽张镇|天湖村: a page's space between sentences)
        lead = start + 1 if text.startswith("在", start) else _gone_to(reader, start)
        if lead is None or start >= len(text):
            continue
        clause = reader.clause(start)
        places = reader.between(lead, clause[1], _PLACES)
        # the place's own word may follow its division unnamed: 在|山东|枣庄|石榴|种植园
        rest = text[max(m.end for m in places):clause[1]] if places else ""
        if not places or places[0].start - lead > _VENUE_GAP or len(rest) > _UNNAMED_VENUE or "的" in rest \
                or text[clause[1]:clause[1] + 1] not in "，," or _trigger_pattern().search(text, start, clause[1]) \
                or reader.gathering(start, clause[1]) is not None \
                or reader.after_word(markers("venue_links"), lead, clause[1]) is not None:
            continue  # (在|党的二十大报告|中, 在|…|考察|时, 在|…|座谈会|上, 在|前往|陕西|途中: no place alone)
        following = reader.clause(clause[1] + 1)
        subject = _visitor(reader, following, visitors)
        sentence = an.sentence(start)
        if subject is None:
            # 在|莽张镇|天湖村|，|周书记|… (a township's post, 2022): a stop of the visit of one named by title only
            unnamed = _unnamed_visitor(reader, following, following[1])
            said = reader.text[unnamed[0]:unnamed[1]] if unnamed else None
            if said and any(h.type == "Visit" and h.visitor == said for h in happenings):
                _happened(happenings, _Happening("Visit", "在", visitor=said), (("destination", places),),
                          sentence, start, reader.day(sentence, start, clause[1]))
            continue
        _happened(happenings, _Happening("Visit", "在", era=reader.era(sentence, start)),
                  (("agent", [subject]), ("destination", places)), sentence, start, reader.day(sentence, start, clause[1]))


def _gone_to(reader: _Reader, start: int) -> int | None:
    """Where the places of a clause with no subject that only says where one went begin: 最后|来到|了|李洼村|，|周书记|…
    (a township's post, 2022: the last stop of the visit the story reports); None for any other clause."""
    text = reader.text
    at = start + next((len(w) for w in markers("going_on") if text.startswith(w, start)), 0)
    link = next((w for w in markers("going_links") if text.startswith(w, at)), None)
    if link is None or at not in reader.bounds or at + len(link) not in reader.bounds:
        return None
    return at + len(link) + text.startswith("了", at + len(link))


def _gone(reader: _Reader, an: Analysis, happenings: list[_Happening]) -> None:
    """A clause whose subject says where they went, with no trigger, is a visit there:
    习近平|随后|乘车|来到|中国石化九江分公司|。 ; 11日|下午|，|习近平|来到|上饶市|婺源县|…|。 (xwlb-20231013-01);
    莱希|今天|（5月3日）|抵达|叙利亚|大马士革 (xwlb-20230503-15).  The subject opens the clause, or is the
    visitor of the story a title or a pronoun names."""
    text = reader.text
    visitors = {m.key: m for h in happenings if h.type == "Visit" for r, m in h.arguments if r == "agent"}
    for start in [reader.headline_end, *(end + 1 for end in reader.clause_ends if end >= reader.headline_end)]:
        start = reader.past_space(start, len(text))  # (…|参加|会见|。|\n|莫特利|…: the next line's sentence, not this one)
        clause = reader.clause(start)
        if start >= len(text) or _says(reader, clause[0], clause[1]):
            continue
        sentence = an.sentence(start)
        subject = _visitor(reader, clause, visitors)
        if subject is None and _says(reader, clause[1], sentence[1]):
            # (莱希|今天|抵达|叙利亚|大马士革|，|并|与|…|举行了|会谈: one who is no visitor yet arrives for what the
            # sentence reports next; not 特朗普|3日|抵达|纽约|，|预计|…|出庭, xwlb-20230404-12)
            subject = next(iter(_clause_subject(reader, clause)), None)
        if subject is None:
            # 阿拉伯议会联盟|代表团|26日|抵达|叙利亚|首都|大马士革 (xwlb-20230227-13; 66 such arrivals and visits of
            # delegations in xwlb-2023): a delegation that opens the clause goes where it arrives
            opening = next(iter(reader.between(clause[0], clause[1], ("Person", "Agency"))), None)
            # (or named after what it is, set beside it by a dash of two: 成都大运会|首个|境外|代表团|——|巴西代表团|抵达|
            # 成都天府国际机场, xwlb-20230718-08)
            if opening is not None and opening.type == "Agency" and (
                    opening.start - clause[0] <= _SUBJECT_LEAD or reader.text.endswith("——", clause[0], opening.start)) \
                    and opening.label.endswith(markers("delegations")):
                subject = opening
        if subject is None:
            subject = _sentence_subject_going_on(reader, sentence, clause)
        if subject is None and (travelled := _word_at(reader, markers("travel_links"), clause[0], clause[1])) is not None:
            # 张国清|于|19日|早|率|国务院工作组|紧急|赶赴|甘肃|、|青海|地震灾区|… (xwlb-20231219-06): who opens the clause
            # and travels somewhere goes there, a trip of its own
            # (not to lay a wreath: 莫特利|…|前往|天安门广场|，|向|人民英雄纪念碑|敬献|花圈, xwlb-20230627-11 — the dev
            # annotators and every batch's write no visit of the 20 such in xwlb-2023)
            # (nor one refused or not made: 夏巴兹|拒绝|前往|印度, the review's)
            subject = None if any(w in reader.text[travelled:sentence[1]] for w in markers("wreaths")) \
                or reader.text.endswith(markers("negations"), clause[0], travelled) else \
                next((m for m in _clause_subject(reader, clause) if m.end <= travelled), None)
        if subject is None or subject.end >= clause[1]:
            continue
        # (a visitor a title or a pronoun names was named before the clause: where they went is read in it, not from
        # that name on — 总书记|来到|青海湖仙女湾|考察调研|。|他|强调|，|…|来之不易 is no second visit, xwlb-20230703-02)
        opened = max(subject.end, clause[0])
        went = _word_at(reader, markers("going_links"), opened, clause[1])
        if went is None or reader.between(opened, went, ("Person",)):
            continue
        places = reader.venues(went, clause[1], {subject.key}, "going_links")
        if places:
            _happened(happenings, _Happening("Visit", "到", era=reader.era(sentence, start)),
                      (("agent", [subject]), ("destination", places)), sentence, start, reader.day(sentence, start, clause[1]))


def _arrived_described(reader: _Reader, an: Analysis, happenings: list[_Happening]) -> None:
    """Who is described as just arrived somewhere went there: 刚刚|抵达|莫斯科|的|国家主席|习近平|应约|…|会见 (xwlb-20230321-02),
    刚刚|抵达|河内|的|中共中央总书记|、|国家主席|习近平|…|举行|会谈 (xwlb-20231213-01): the places between the word of arriving
    (markers arrival_descriptions) and 的, the person named next in the clause, titles between."""
    text = reader.text
    for word in markers("arrival_descriptions"):
        at = text.find(word)
        while at >= 0:
            went = at + len(word)
            at = text.find(word, went)
            clause = reader.clause(went)
            of = text.find("的", went, clause[1])
            places = reader.between(went, of, _PLACES) if of > went else []
            if not places or places[0].start != went or any(
                    text[a.end:b.start] not in ("", "、") for a, b in zip(places, places[1:])) or places[-1].end != of:
                continue
            person = next(iter(reader.between(of + 1, clause[1], ("Person",))), None)
            if person is None or person.start - of > _TITLES_BEFORE_ARRIVED \
                    or _trigger_pattern().search(text, of + 1, person.start) \
                    or any(m.end > m.start for m in reader.between(of + 1, person.start, ("AdministrativeDivision", "Place"))):
                continue  # (抵达|土耳其|的|我国|社会应急力量: no one named arrived)
            sentence = an.sentence(went)
            _happened(happenings, _Happening("Visit", word, era=reader.era(sentence, went)),
                      (("agent", [person]), ("destination", places)), sentence, went, reader.day(sentence, went, clause[1]))


def _sentence_subject_going_on(reader: _Reader, sentence: tuple[int, int], clause: tuple[int, int]) -> Mention | None:
    """The person who opens the sentence, when a later clause of it only says where one went: 赵乐际|率|…|执法检查组|检查|
    种子法|实施|情况|，|先后|到|成都|、|德阳|、|绵阳|等地|深入|… (xwlb-20230609-06); not the end of a range (习近平|…|，|从|
    南京青奥会|到|…|，|再|到|北京冬奥会, xwlb-20230727-01)."""
    sentence = reader.joined_parts(sentence)  # (…|意见建议|；|到|宝丰湿地|了解, xwlb-20230617-04)
    if clause[0] <= sentence[0] or _gone_to(reader, clause[0]) is None \
            or reader.after_word(markers("range_openers"), sentence[0], clause[0], begins=True) is not None:
        return None
    named = reader.between(sentence[0], clause[0], ("Person", "Agency"))
    opening = named[0] if named and named[0].type == "Person" else None
    # (who opens the clause after a time's: 调研期间|，|李希|还|到|…|；|到|宝丰湿地, xwlb-20230617-04)
    return opening if opening is not None and opening.start - reader.clause(opening.start)[0] <= _SUBJECT_LEAD \
        and not reader.between(sentence[0], reader.clause(opening.start)[0], ("Person", "Agency", "AdministrativeDivision",
                                                                               "Place")) else None


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
    if not agents and not relative:
        return _unnamed_visit(reader, trigger, sentence, clause, start, date, happenings)
    if not agents:
        return []
    taken = {m.key for m in agents}
    # 在|印尼|对华合作|牵头人|…|陪同|下|考察: what the companions are is no destination
    accompanied = None if relative else reader.after_word(markers("companions"), agents[-1].end, start)
    # 会见|访华|的|日本|外相|林芳正 (xwlb-20230402-04): a trigger that names where by one character (访|华)
    # goes there, not to where who meets the visitor does (在|中南海紫光阁|会见)
    own = [m for m in reader.between(start, end, _PLACES) if m.prop("implied") and m.key not in taken]
    if own:
        return [_happened(happenings, _Happening("Visit", trigger.word, era=reader.era(sentence, start)),
                          (("agent", agents), ("destination", own)),
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
        # (and what follows its end is after it: …|对|印度尼西亚|进行|正式访问|后|抵达|新德里 (xwlb-20230909-09) is the next
        # trip's)
        ended = reader.first_word(markers("time_since"), end, stop)
        if ended is not None and ended[0] == reader.past_space(end, stop):
            stop = ended[0]
        # (李强|结束|出访|回到|北京 (xwlb-20230911-04): where one returns is home, not where the visit went)
        home = reader.first_word(markers("returning"), end, stop)
        if home is not None:
            stop = home[0]
        # 参观|中国|应对|气候变化|政策|与|行动|展览 (xwlb-20231203-05): what an exhibition toured is about is no destination
        toured = reader.text[end:stop].rstrip()
        shown = next((word for word in markers("exhibitions") if toured.endswith(word)), None)
        # (a word of its own: not 展 of 考察|雄安新区|建设|、|京津冀|协同|发展, xwlb-20230803-01)
        if shown is None or end + len(toured) - len(shown) not in reader.bounds:
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
        # (from the sentence's start when the subject was named before it: 2017年|，|总书记|在|广西|考察|时 went to none of
        # the places of the sentences between, …|第一站|来到|位于|南宁|的|…, xwlb-20231216-02)
        destinations += [m for m in reader.venues(max(agents[-1].end, sentence[0]), start, taken, "going_links")
                         if m not in destinations]
    if not relative and destinations:
        destinations += [m for m in _met_at(reader, sentence, clause, taken) if m not in destinations]
        destinations += [m for m in _went_on(reader, sentence, clause, taken) if m not in destinations]
    # 中共代表团|访问|亚洲|三国 (xwlb-20230801-13; 12 such 访问|欧洲|三国 in xwlb-2023): a region that counts the
    # countries visited is not where the visit went (the story names them)
    destinations = [m for m in destinations if not _COUNTRY_COUNT.match(reader.text, m.end)
                    and not _ENDS_IN_A_COUNTRY_COUNT.search(m.label)]  # (nor 中东多国, read as one place)
    if not destinations and not relative:
        destinations = _went_next(reader, sentence, agents[-1], taken)
    if not destinations and not relative:
        destinations = _here(reader, sentence, clause, start, taken)
    if not destinations and not relative and clause[0] > sentence[0]:
        # 在|云南|保山|的|非遗文创街|，|李国伟|代表|一直|忙着|调研 (xwlb-20230218-04; 25 clauses of 在… opening a visit's
        # sentence in xwlb-2023): where the scene is set, the visit went, a site there named or not
        places, rest = reader.scene(sentence, clause, taken)
        if rest is not None and (rest == "" or rest.startswith("的") and not rest.endswith(markers("not_sites"))):
            destinations = places  # (not 在|云南|的|支持|下, 在|北京|的|座谈会|上: no site there)
    if relative and not destinations:
        destinations = _where_the_visitor_met_came(reader, clause, start, agents[-1], taken)
    if not destinations:
        return []
    return [_happened(happenings, _Happening("Visit", trigger.word, era=reader.era(sentence, start)),
                      (("agent", agents), ("destination", destinations)),
                      sentence, start, date)]


def _where_the_visitor_met_came(reader: _Reader, clause: tuple[int, int], start: int, visitor: Mention,
                                taken: set[Key]) -> list[Mention]:
    """Where a visitor a meeting takes (与|到访|的|…) came with no venue named before the trigger, the first of:
    - the meeting's own venue, 在 right after the visitor: 普京|4日|与|到访|的|…|埃尔多安|在|索契|举行|会谈 (xwlb-20230905-14;
      39 such 到访的 in xwlb-2023), as it is before (费萨尔|12日|在|吉达|会见|到访|的|…); not 讨论|了|在|土耳其|建立|…;
    - the country of who receives them, written before: 墨西哥|总统|洛佩斯·奥夫拉多尔|与|到访|的|古巴|…|会谈 (xwlb-20230212-14);
    - the country of the host's post, none written: 习近平|主席|同|来访|的|卢拉|总统|举行|…|会晤 (xwlb-20231020-12)."""
    after = max(visitor.end, start)
    if reader.text.startswith("在", after) and (venues := reader.venues(after, clause[1], taken)):
        return venues
    written = [m for m in reader.between(clause[0], start, ("Place",)) if names_country(m.label) and m.key not in taken]
    if written:
        return written[:1]
    hosts = [m for m in reader.people(clause[0], start) if m.key not in taken]
    return [reader.every_by_key[org] for (key, where), held in reader.posts.items()
            if hosts and key == hosts[0].key and where[0] <= start < where[1]
            for org, _ in held if org in reader.every_by_key and names_country(reader.every_by_key[org].label)][:1]


def _unnamed_visit(reader, trigger, sentence, clause, start, date, happenings) -> list[_Happening]:
    """A visit whose visitor the page names by surname and title only, opening the clause, with the places it went to
    named: 12月5日|上午|，|周书记|到|我镇|实地|调研 (a township's post, 2022) — an event with no agent, as one of its
    arguments is named (EVENTS.md), whose stops told after it by that visitor are part of it (:func:`_recounted_visits`)."""
    visitor = _unnamed_visitor(reader, clause, start)
    if visitor is None:
        return []
    destinations = reader.venues(visitor[1], start, set())
    if not destinations:
        return []
    return [_happened(happenings, _Happening("Visit", trigger.word, visitor=reader.text[visitor[0]:visitor[1]]),
                      (("destination", destinations),), sentence, start, date)]


def _unnamed_visitor(reader: _Reader, clause: tuple[int, int], before: int) -> tuple[int, int] | None:
    """Where a surname and a title (``unnamed_titles``: 周|书记, 李|县长) open ``clause`` (past a day and a time of day),
    before ``before``, no name recognition read there."""
    text = reader.text
    at = reader.past_space(clause[0], before)
    day = _LEADING_DAY.match(text, at, before)
    at = reader.past_space(day.end(), before) if day else at
    singles, _ = surnames()
    if text[at:at + 1] not in singles or reader.between(at, before, ("Person",)):
        return None
    title = next((t for t in markers("unnamed_titles") if text.startswith(t, at + 1)), None)
    if title is None or at + 1 + len(title) not in reader.bounds:
        return None
    return at, at + 1 + len(title)


# a day and a time of day that open a clause before its subject: 12月5日上午，
_LEADING_DAY = re.compile(r"(?:[0-9０-９一二三四五六七八九十]+月)?[0-9０-９一二三四五六七八九十]+日(?:上午|下午|晚上|晚)?[，,、]?")


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


def _here(reader: _Reader, sentence: tuple[int, int], clause: tuple[int, int], start: int,
          taken: set[Key]) -> list[Mention]:
    """Where a visit went to ``这里`` (markers ``here``): the first place a clause of its own sentence names before it, else
    the places of the first clause of the sentence before, when that sentence is about them (markers ``here_topics``, or a
    place opening it): 位于|苏州古城|东北隅|的|平江历史文化街区|，|…|。|6日|上午|，|习近平|来到|这里|考察 (xwlb-20230707-01);
    这里|是|内蒙古|呼和浩特|的|中环产业园|…|。|7日|下午|，|习近平|总书记|来到|这里|考察 (xwlb-20230608-01; 7 such visits
    来到这里 in xwlb-2023)."""
    went = reader.after_word(markers("going_links"), clause[0], start)
    if went is None or not reader.text.startswith(markers("here"), went) or sentence[0] <= reader.headline_end:
        return []
    # (the place a clause of its own sentence before it names first: 习近平|总书记|高度重视|北京城市副中心|的|规划建设|，|
    # 先后|两次|到|这里|考察, xwlb-20231224-02)
    named = [m for m in reader.between(sentence[0], clause[0], _PLACES) if m.key not in taken]
    if named:
        return named[:1]
    before = reader.an.sentence(reader.past_space(*sentence) - 1)
    if before[0] < reader.headline_end:
        return []
    opening = reader.clause(reader.past_space(*before))
    places = [m for m in reader.between(opening[0], opening[1], _PLACES) if m.key not in taken]
    # the place the sentence before is about, opening it (这里是|…, 位于|…|的|…, 在|…|，); not one a trip starts from or
    # another is set against (从|北京|出发, 与|北京|的|同类企业|相比)
    if not places or not (reader.text.startswith(markers("here_topics"), opening[0])
                          or places[0].start - opening[0] <= _SUBJECT_LEAD
                          and not reader.text.startswith(markers("not_here_topics"), opening[0])):
        return []
    return places


def _went_next(reader: _Reader, sentence: tuple[int, int], agent: Mention, taken: set[Key]) -> list[Mention]:
    """Where a visit that names no place in its sentence went, told by the next sentence, which opens with the
    visitor and a word of going: 7月7日|，|区委书记|李志勇|带队|调研|督导|防汛|工作|。|李志勇|一行|先后|来到|簇桥街道|、|
    金花桥街道|，|实地|察看|… (a district's post: the visit's places follow its lead), or where it opens with (在|宗泽社区|，|
    金晓峰|来到|…) — or the one after a sentence of who else came, with no trigger of its own (区委常委、常务副区长|王静|，|
    …|负责同志|参加|。)."""
    end = sentence[1]
    for _ in range(_WENT_NEXT_REACH):
        start = reader.past_space(end, len(reader.text))
        if start >= len(reader.text) or start < reader.headline_end:
            return []
        clause = reader.clause(start)
        where = reader.between(start + 1, clause[1], ("AdministrativeDivision", "Place")) \
            if reader.text.startswith("在", start) and reader.text[clause[1]:clause[1] + 1] in "，," else []
        rest = reader.text[max(m.end for m in where):clause[1]] if where else ""
        if where and where[0].start - start <= _VENUE_GAP + 1 and len(rest) <= _UNNAMED_VENUE and "的" not in rest \
                and not rest.endswith(markers("amid")) and not _trigger_pattern().search(reader.text, start, clause[1]):
            # (not 在|党的二十大|报告|中|，|习近平|总书记|指出, xwlb-20230209-01: amid a report, no place)
            # 8月1日|，|街道党工委书记|金晓峰|带队|走访|慰问|辖区|退役军人|代表|。|在|宗泽社区|，|金晓峰|来到|… (a street's
            # post): where the visitor opens the next clause of
            following = reader.clause(clause[1] + 1)
            person = [m for m in reader.between(following[0], following[1], ("Person",))
                      if m.start - following[0] <= _SUBJECT_LEAD]
            if person and person[0].key == agent.key:
                return [m for m in where if m.key not in taken]
        opening = [m for m in reader.between(clause[0], clause[1], ("Person",)) if m.start - clause[0] <= _SUBJECT_LEAD]
        if opening and opening[0].key == agent.key:
            went = _word_at(reader, markers("going_links"), opening[0].end, clause[1])
            if went is None or reader.between(opening[0].end, went, ("Person",)):
                return []
            return reader.venues(went, clause[1], taken, "going_links")
        end = reader.an.sentence(start)[1]
        if any(triggers()[m.group()].reading not in _JOINING for m in _trigger_pattern().finditer(reader.text, start, end)):
            return []  # (but …|负责同志|参加|。: who joins the visit just told)
    return []


def _places_then(reader: _Reader, start: int, end: int, word: str) -> list[Mention]:
    """The chain of places that starts at ``start`` and is followed by ``word`` (到访|基辅|的), else none."""
    chain, reach = [], start
    for mention in reader.between(start, end, _PLACES):
        if mention.start > reach:
            break
        chain.append(mention)
        reach = max(reach, mention.end)
    return chain if chain and reader.text.startswith(word, reach) else []


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
            # (a visitor named by title only, 周书记, is one with the trip of that title)
            same_visitor = agents & trip.keys("agent") or not agents and visit.visitor and visit.visitor == trip.visitor
            if not same_visitor or _days_apart(trip.date, visit.date) or trip.era != visit.era:
                continue  # (2021年|6月|，|总书记|来到|青海湖仙女湾 is not the trip the story reports, xwlb-20230703-02)
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
    the visitor, happened that day (and so did a gathering told with no day in the sentence right after it): 6月1日|，|县委书记|陈国强|带队|深入|企业|开展|“三服务”活动|。|在|递铺街道|，|
    陈国强|一行|先后|走访|了|… (a county paper's story of one day's visits, its lead dated, what was visited told
    after it)."""
    if not reader.days:
        return
    one_day = len({day for _, _, day in reader.days}) == 1
    lead = an.sentence(reader.days[0][0])
    subject = reader.people(lead[0], lead[1])[:1]
    following = an.sentence(reader.past_space(lead[1], len(reader.text))) if lead[1] < len(reader.text) else None
    for visit in happenings:
        if visit.date is not None:
            continue
        if visit.type == "Gathering":
            # a gathering told in the sentence right after the dated lead, of the same happening: 9月24日|,|…|篮球赛|
            # 在|县体育馆|正式|开赛|。|县人大常委会|副主任|乔先苗|,|…|出席|开幕式 (a county paper's 要闻简报, 2023); in a
            # story that names other days too, when it follows in the lead's paragraph: 今天|（10月12日）|，|…|火种|在|…|
            # 广州|完成|采集|。|采集仪式|在|…|博物馆|举行 (xwlb-20231012-09, which names the 19日 and 22日 to come after)
            if following is None or min(visit.sentences) != following or (
                    not one_day and "\n" in reader.text[lead[0]:following[0]]):
                continue
        elif not one_day or visit.type != "Visit" or not subject or subject[0].key not in visit.keys("agent"):
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
    """Where a visit went, as regions: each division's key (but one the gazetteer places nowhere), and each foreign
    place's country."""
    regions: list[Key | str] = []
    for role, mention in visit.arguments:
        if role != "destination":
            continue
        if mention.type == "AdministrativeDivision":
            if not mention.key.name.startswith("?"):  # (a village nothing places, ?/?大埠口村, says of no region)
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
        # a village of the county the gazetteer cannot place in a town (411523/?大埠口村) may lie in any of its towns:
        # 到|八里畈镇|调研|…|。|刘建设|先后|深入|大埠口村|、|吴围孜村 (a town's site) is one visit
        return inner.name.startswith(outer.name + "/") or (
            "?" not in code and inner.name.partition("/")[0] == code and inner.name.partition("/")[2].startswith("?"))
    while code.endswith("00"):
        code = code[:-2]
    return bool(code) and inner.name.startswith(code)
