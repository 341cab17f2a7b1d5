"""The ``meet`` and ``join`` readings: 李强|会见|国际货币基金组织|总裁|格奥尔基耶娃 — the agent
before the trigger, the counterpart after it (or after 同/与); 吴政隆|参加|上述|会见 — on the agent's
side of the meeting just reported."""
from __future__ import annotations

from ...model import Mention
from ..posts.titles import post_title_at
from ..world import home_country
from .vocabulary import markers
from .reader import _CLAUSE_END, _ORDINAL_ENDS, _Reader, _says
from .happenings import _happened, _Happening, _joined_by, _last
from .subjects import _LIST_LINKS, _listed_before, _subjects


def _meet(reader, trigger, sentence, clause, start, end, date, happenings, last_meetings):
    if reader.text[start - 1:start] in _ORDINAL_ENDS:
        return []  # 金砖国家领导人|第十五次|会晤: the name of a gathering
    if trigger.word in markers("exchange_words") and any(
            reader.text.find(word, clause[0], start) >= 0 for word in markers("wishing")):
        return []  # 愿|同|拉马福萨|总统|保持|深入沟通: an exchange wished for, none held
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
    if not counterparts and link is not None and reader.text.startswith(markers("addressee_pronouns"), link) \
            and not reader.text.startswith("们", link + 1):  # (同|你们: no one person)
        # 李克强|会见|伊朗|总统|莱希|。|李克强|表示|，|…|习近平|主席|同|你|举行|会谈 (xwlb-20230214-03; 10 such a year): the one
        # spoken to is the other side of the meeting reported, whose host speaks
        counterparts = _addressee(happenings, agents)
    if not counterparts and agents and last_meetings and end >= clause[1] - 1 \
            and reader.text.endswith(markers("joining_verbs"), clause[0], start):
        # 县长|刘晓东|与|…|张德芹|一行|座谈|…|。|副县长|黄丽|参加|座谈|。 (a county paper): who joins the meeting just
        # reported, named by its trigger alone, is on its host's side (as 参加|会见)
        _join_hosts(last_meetings, agents, sentence, start)
        return []
    if not counterparts and agents and link is not None and trigger.word in markers("group_talks"):
        # 赵乐际|…|同|列席|…|的|全国人大代表|座谈交流|。|…|李鸿忠|主持|座谈会 (xwlb-20231025-08, xwlb-20230629-03,
        # xwlb-20231227-04): talks with a group no name names are a forum, its host speaking there, the 座谈会 it
        # goes on to name (the annotators of the first two and a reviewer of the third read it so)
        forum = _Happening("Gathering", trigger.word, title=markers("group_talks_gathering")[0])
        # (where, named in its clause: 李强|在|上海|同|企业家代表|座谈交流)
        where = reader.venues(clause[0], start, {m.key for m in agents})
        return [_happened(happenings, forum, (("speaker", agents), ("location", where)), sentence, start, date)]
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
    return [_happened(happenings, _Happening("Meeting", trigger.word, era=reader.era(sentence, start)),
                      (("agent", agents), ("counterpart", side)),
                      sentence, start, date) for side in sides]


def _addressee(happenings: list[_Happening], agents: list[Mention]) -> list[Mention]:
    """The one person met in the meeting reported last by another host: whom that host speaks to (你, 您)."""
    keys = {m.key for m in agents}
    meeting = next((h for h in reversed(happenings) if h.type == "Meeting" and not h.keys("agent") & keys), None)
    met = [m for r, m in meeting.arguments if r == "counterpart"] if meeting is not None else []
    return met if len(met) == 1 and met[0].type == "Person" else []


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


def _join(reader, trigger, sentence, clause, start, end, date, happenings, last_meetings):
    # (蔡奇|、|王毅|、|秦刚|，|以及|俄罗斯联邦政府|领导人|出席|上述|活动, xwlb-20230322-02: a list before a comma)
    people = _listed_before(reader, sentence, clause) + reader.people(clause[0], start)
    if trigger.type == "Visit":
        # 黄坤明|、|吴政隆|参加|调研 (xwlb-20230824-08): who goes along on the visit just reported goes too
        visit = _last(happenings, "Visit")
        if visit is not None and people:
            _joined_by(visit, "agent", people, sentence, start)
        return []
    told_here = _last(happenings, "Gathering")
    if told_here is not None and sentence in told_here.sentences and trigger.word.endswith(markers("activities")):
        # 2024盐城（深圳）投资推介会|在|深圳|举行|。|…|周伟|出席|并|致辞|，|…|会长|张国华|参加|活动 (a city's paper): the
        # gathering of the very sentence is what is joined, not a meeting reported before it
        if people:
            _joined_by(told_here, "attendee", people, sentence, start)
        return []
    if not last_meetings and trigger.word.endswith(markers("activities")):
        # 李强|和|朔尔茨|…|出席|中德企业家圆桌会|。|吴政隆|参加|上述|活动 (xwlb-20230621-03): with no
        # meeting reported, what was just reported is a gathering, and who joins it attends;
        # 习近平|…|到|武警海警总队东海海区指挥部|视察|…|。|何卫东|等|参加|活动 (xwlb-20231201-01; 8 such in
        # xwlb-2023, all of them inspections of the army): with only a visit reported, who joins it goes along
        gathering, visit = _last_told(reader, happenings), _last(happenings, "Visit")
        if gathering is not None and people:
            _joined_by(gathering, "attendee", people, sentence, start)
        if visit is not None and people and (gathering is None or _during(gathering, visit)):
            # (and with a gathering the visitor took part in during the visit, the visit too: 习近平|来到|东海海区指挥部|
            # 机关|…|。|随后|，|习近平|听取|东海海区指挥部|工作汇报|…|。|何卫东|等|参加|活动, xwlb-20231201-01)
            _joined_by(visit, "agent", people, sentence, start)
        return []
    # (the meetings' hosts before those who join are on their side)
    hosts = set().union(*(m.keys("agent") for m in last_meetings)) if last_meetings else set()
    _join_hosts(last_meetings, people, sentence, start)
    if trigger.word.endswith(markers("activities")) and people:
        # 习近平|在|人民大会堂|东门外广场|举行|仪式|欢迎|…|。|…|会谈|。|…|举行|欢迎宴会|。|王毅|、|秦刚|等|参加|上述|活动
        # (xwlb-20230515-02; so five more stories read, of 71 such joins in xwlb-2023): what was reported is the
        # meeting and what its host held for it, and those who join attend each of those; not a gathering held by
        # none of the hosts (中国－中亚峰会, 世界大学生夏季运动会开幕式 the guest came to)
        # (or one a host spoke at, chaired or attended on the meeting's day: 丁薛祥|…|出席|新开发银行|…|年会|开幕式|并|致辞|。|
        # 开幕式|前|，|丁薛祥|会见|…|罗塞夫|…|。|…|陈吉宁|参加|上述|活动, xwlb-20230530-05 — he attends the opening too)
        days = {m.date for m in last_meetings} - {None}
        for gathering in happenings:
            if gathering.type == "Gathering" and min(gathering.sentences) < sentence and (
                    gathering.keys("organizer") & hosts
                    or gathering.date in days and gathering.keys("speaker", "chair", "attendee") & hosts):
                _join_hosts([gathering], people, sentence, start)
    return []


def _during(gathering, visit) -> bool:
    """Whether ``gathering`` was told after ``visit`` began, with its visitor taking part: a stop of the visit; not
    one others hold in China for the visitors as their hosts (习近平|和|彭丽媛|…|举行|宴会|，|欢迎|来华|出席|…|的|国际贵宾|。|…|
    蔡奇|、|丁薛祥|…|等|出席|活动, xwlb-20230923-01: who joins it is with the hosts, on no visit)."""
    visitors = visit.keys("agent")
    hosts = gathering.keys("organizer")
    # (a visit to China, of guests its hosts receive; on one abroad those who join go along: 习近平|…|出席|南非|总统|举行|的|
    # 欢迎仪式|。|…|蔡奇|、|王毅|等|参加|上述|活动, xwlb-20230823-02)
    to_china = any(m.label == home_country() for r, m in visit.arguments if r == "destination")
    return bool(visitors & gathering.keys()) and min(visit.sentences) <= min(gathering.sentences) \
        and not (to_china and hosts and not hosts & visitors)


def _last_told(reader, happenings):
    """The gathering reported last, not one only said to come in what someone says: 习近平|指出|，|成都大运会|将于|今晚|
    正式|开幕 (xwlb-20230728-01) is no gathering that 蔡奇|、|…|等|出席|活动 next attend (the banquet told before it is);
    the last of any when every one is said so; nor one only named in what describes whom another welcomes
    (:attr:`_Happening.described`: 欢迎|来华|出席|…|开幕式|的|国际贵宾, xwlb-20230923-01)."""
    gatherings = [h for h in happenings if h.type == "Gathering" and not h.described] or \
        [h for h in happenings if h.type == "Gathering"]
    told = [h for h in gatherings if not all(_in_speech(reader, at) for at in h.sentences.values())]
    return (told or gatherings or [None])[-1]


def _in_speech(reader, at: int) -> bool:
    """Whether ``at`` is in a paragraph that opens with what someone says: 习近平|指出|，|成都大运会|将于|今晚|正式|开幕|。|
    中国|…|确保|成都大运会|顺利|举办 (one paragraph of his speech)."""
    start = reader.text.rfind("\n", 0, at) + 1
    opening = reader.clause(reader.past_space(start, at))
    return opening[1] <= at and reader.text.endswith(markers("embedding_verbs"), start, opening[1]) \
        and not _CLAUSE_END.search(reader.text, start, opening[1])


def _join_hosts(meetings, people, sentence, start) -> None:
    """Who joins the meetings just reported is on their host's side, unless met there."""
    for happening in meetings:
        role = "agent" if happening.type == "Meeting" else "attendee"
        for person in people:
            if person.key not in happening.keys("counterpart"):
                happening.add(role, person)
        happening.see(sentence, start, None)
