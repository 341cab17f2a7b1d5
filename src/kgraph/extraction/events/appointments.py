"""The ``appoint_self`` and ``appoint_other`` readings: 某某|同志|任|某县|人民政府|副县长 — the
person before (or after: 免去|某某) the trigger, the organisation and title of the post, and the day
of the session that decided it."""
from __future__ import annotations

from ...model import Mention
from ..lexicons import post_verbs
from ..posts.verbs import object_pronouns
from .vocabulary import markers, _trigger_pattern, triggers
from .reader import _PLACES, _Reader, _SUBJECT_LEAD
from .happenings import _happened, _Happening
from .subjects import _joined

# at most this many characters of a title in a chain of posts (主席, 部长, 副主任委员)
_CHAIN_TITLE = 6


def _appoint(reader, trigger, sentence, clause, start, end, date, happenings, last_meetings):
    if reader.text.startswith(markers("time_since"), end):
        return []  # 洪玛奈|首相|就任|后|选择|中国|… (xwlb-20230915-03): a time, what follows is what was done
    if reader.after_word(markers("proposed"), max(clause[0], start - 2), start, begins=True) == start:
        return []  # 拟|任|红星镇党委|书记, 拟|任命 (a notice before the appointment): proposed, not made (not 模拟|任务)
    if reader.after_word(markers("congratulating"), clause[0], start, whole=True) is not None:
        # 1月27日|，|…|习近平|致电|鲍勃·达达埃|，|祝贺|他|当选|连任|…|总督 (xwlb-20230127-01; 20 such in xwlb-2023): the
        # election a congratulation is for was held before, on no day the text gives (the dev set's xwlb-20230328-01); in
        # the clause it congratulates (not 大会|…|表示|热烈|祝贺|，|铁凝|当选|为|…|主席, the review's: elected that day)
        date = None
    self_side = trigger.reading == "appoint_self"
    before = reader.people(clause[0], start)
    # (up to the next change of post: 任|攸县财政局|局长|，|免去|其|攸县教育局|局长|职务 names what 免去 ends, not what 任 starts;
    # 免去|刘昆|的|财政部|部长|职务|、|任命|蓝佛安|为|财政部|部长 (xwlb-20231024-07): who 任命 names is none of 免去's)
    following = next((m.start() for m in _trigger_pattern().finditer(reader.text, end, sentence[1])
                      if triggers()[m.group()].type == "Appointment"), sentence[1])
    after = reader.people(end, min(clause[1], following), before_trigger=False)
    person = (before[-1] if before else None) if self_side else (after[0] if after else None)
    # 任命|刘俊臣|、|郭振华|、|何新|、|胡晓犁|、|欧阳昌琼|为|十四届全国人大常委会|副秘书长 (xwlb-20230314-07); 免去|李宁|、|
    # 许安标|的|…|职务 (xwlb-20231229-07): each of a list after the verb takes (or leaves) the post; it is named after the last
    listed = _joined(reader, after) if not self_side and after else []
    if not self_side and len(after) > 1 and len(listed) == 1:
        # 免去|游代进|屏南县财政局|局长|、|张功成|屏南县人事局|局长|职务 (a county's removals, 2010): a list of items, each a
        # name and its own post, as the posts stage read them
        own = _own_posts(reader, after, start, clause[1])
        if own:
            date = date or _session_day(reader, sentence, start, happenings)
            return [_happened(happenings, _Happening("Appointment", trigger.word, change=trigger.role,
                                                     title=_post_title(title)),
                              (("person", [one]), ("organization", [organization])), sentence, start, date)
                    for one, organization, title in own]
    person = listed[-1] if listed else person
    if person is None and not self_side and reader.text.startswith(object_pronouns(), end):
        # 任命|郭振华|为|…|主任|，|免去|其|…|副秘书长|职务 (xwlb-20230628-09): who the sentence named last before
        person = (reader.people(sentence[0], start) or [None])[-1]
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
    named_after = {m.key: m for m in reversed(reader.between(max(end, person.end), following, _PLACES))}
    after = [(named_after[org], post) for org, post in stated if org in named_after]
    # (a post of a title that names its organisation, written first in the list after the verb: 习近平|同志|当选|国家主席|、|
    # 中央军委|主席 (xwlb-20230310-13; 14 such 当选 lists in xwlb-2023) is a change of its own)
    told = reader.text[max(end, person.end):following]
    # (after the verb's joiner: 免去|李尚福|的|国务委员|、|国防部|部长|职务, xwlb-20231024-07)
    told = told[len(next((j for j in _joiners(trigger.word) if told.startswith(j)), "")):]
    def named_by_the_verb(org, post) -> bool:
        return org in reader.every_by_key and bool(post) and told.startswith(post)

    implied_first = [(reader.every_by_key[org], post) for org, post in stated
                     if after and org not in named_after and named_by_the_verb(org, post)][:1]
    after = implied_first + after
    # (or the organisation a title implies, named nowhere, when the title is what the verb names: 免去|秦刚|的|国务委员|职务
    # → 国务院, xwlb-20231024-07; every_by_key holds by_key's mentions)
    stated = [(reader.every_by_key[org], post) for org, post in stated
              if org in reader.by_key or named_by_the_verb(org, post)]
    if len(after) > 1 and (not self_side or implied_first):
        # 任命|邓修明|为|最高人民法院|副院长|、|审判委员会|委员|、|审判员 (xwlb-20230901-12): each organisation of the chain the
        # posts stage read after the person is one change (its first post's title: an appointment's identity is its person,
        # organisation, change and day, merge.event_id, so 审判员 of the same court is 副院长's)
        date = date or _session_day(reader, sentence, start, happenings)
        return [_happened(happenings, _Happening("Appointment", trigger.word, change=trigger.role, title=_post_title(post)),
                          (("person", [one]), ("organization", [org])), sentence, start, date)
                for org, post in after for one in listed]
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


def _joiners(verb: str) -> tuple[str, ...]:
    """The words between a verb of taking or leaving a post and its post (为 of 任命, 的 of 免去: data/posts/post_verbs.tsv)."""
    return next((joiners for word, _, joiners, _ in post_verbs() if word == verb), ())


def _own_posts(reader: _Reader, people: list[Mention], start: int, clause_end: int) -> list[tuple[Mention, Mention, str]]:
    """(person, organisation, title) of each of ``people`` named after a trigger, each followed by its own post up to
    the next, as the posts stage read it at ``start``; none unless each has one."""
    found = []
    for person, following in zip(people, [m.start for m in people[1:]] + [clause_end]):
        named = {m.key: m for m in reader.between(person.end, following, _PLACES)}
        stated = [(named[org], post) for (key, where), held in reader.posts.items()
                  if key == person.key and where[0] <= start < where[1] for org, post in held if org in named]
        if not stated:
            return []
        found.append((person, *stated[0]))
    return found


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
        return _passed_day(reader, start)
    # the last one held by then, not one to come the session decided on: 决定|十四届全国人大二次会议|于|2024年3月5日|…|召开
    # (xwlb-20231229-07)
    today = reader.an.doc.date
    session = next((h for h in reversed(happenings) if h.type == "Gathering" and h.date and sentence not in h.sentences
                    and (today is None or h.date <= today)), None)
    return session.date if session is not None else None


def _passed_day(reader: _Reader, start: int) -> str | None:
    """The day of the session a note in brackets says passed the list the trigger is an item of: 宁乡市人大常委会任免名单|
    （2024年3月12日宁乡市第十八届人民代表大会常务委员会第十五次会议通过）|任命|王海波|为|宁乡市人民政府|副市长|；|… (a county's
    任免名单: items parted by ；, the list ending with 。). None without such a note on a line of its own right above the
    list, or a day in it."""
    text = reader.text
    line_end = text.rfind("\n", 0, start)
    while line_end > 0:
        line_start = text.rfind("\n", 0, line_end) + 1
        line = text[line_start:line_end].strip()
        if line:
            break
        line_end = line_start - 1
    else:
        return None
    if "。" in text[line_end:start]:
        return None  # (an item of no list: the list ends with the first 。 after the note)
    if not (line[:1] in "（(" and line[-1:] in "）)" and line[1:-1].endswith(markers("passed_notes"))):
        # the note is the line above the list's first item, or above an item after it
        first = _list_start(text, line_start, line_end)
        if first is None:
            return None
        return _passed_day(reader, first)
    note = text.find(line, line_start)
    days = [day for at, _, day in reader.days if note <= at < note + len(line)]
    return days[0] if days else None


def _list_start(text: str, line_start: int, line_end: int) -> int | None:
    """Where the line above an item of a list parted by ； starts, when that line is an item too."""
    if not text[line_start:line_end].rstrip().endswith("；") or line_start == 0:
        return None
    return line_start


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
