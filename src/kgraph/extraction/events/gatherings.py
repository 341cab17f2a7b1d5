"""The ``hold`` reading: 市长|李某某|主持召开|市政府|常务会议 — a gathering named after or before
the trigger, its organizer the subject, its venue and day; and what every gathering read shares
(:func:`_taking_part`: its venue where no word of its own names one, its body, the people in it)."""
from __future__ import annotations

import re

from ...model import Mention
from ...resources import word_tags
from ..recognisers.places import place_key
from ..world import home_country, is_country
from ..posts.titles import post_title_at
from .vocabulary import gathering_nouns, _gathering_pattern, markers, _trigger_pattern, triggers
from .reader import (_CLAUSE_END, _EDITION, _first_trigger, _LIST_LINKS, _Reader, _SUBJECT_LEAD, _trigger_words, _word_at,
                     _YEAR)
from .happenings import _happened, _Happening, _merge, _named_here
from .subjects import _briefing, _listed_next, _opening, _subjects, _titles
from .titles import (_a_tally, _activity_after, _activity_held, _listed_titles, _quoted_activity_after, _title_after,
                     _title_before)

# a day and nothing else between a subject and what it does: 阿拉伯国家联盟|7日|在|…
_DAY_ONLY = re.compile(r"(?:[0-9０-９一二三四五六七八九十]+月)?(?:[0-9０-９一二三四五六七八九十]+日)?")
# a count of the organisations a country names: 中国|多个|社会组织
_GROUP_COUNT = re.compile(r"(?:多|数|几|一些|部分|[0-9一二三四五六七八九十百]+)[个家]?")


def _hold(reader, trigger, sentence, clause, start, end, date, happenings, last_meetings):
    if reader.after_word(markers("recalled"), clause[0], start, whole=True) is not None:
        # 这里|曾|举办|北京冬奥会|…|比赛, 中国|曾|成功|举办|过|奥运会 (a reviewer's sentences, as xwlb-2023 recalls games held
        # years before): what a place once held, recalled, is not what the story reports
        return []
    if reader.after_word(markers("calling_verbs"), clause[0], start, whole=True) is not None:
        # 阿巴斯|28日|呼吁|阿拉伯国家|领导人|举行|紧急会议 (xwlb-20231029-13), 呼吁|阿盟|召开|外长级|紧急会议: one called for,
        # none held
        return []
    if trigger.word in markers("hosting_verbs") and reader.text.startswith(markers("hosts_nouns"), end):
        return []  # 交由|204家|承办|单位|研究办理 (xwlb-20231226-03): who handles something, no gathering held
    means = reader.after_word(markers("means"), clause[0], start)
    if means is not None and _trigger_pattern().match(reader.text, means) is not None:
        return []  # 通过|举办|读书班|、|召开|…|学习会|…|等|方式: ways of doing, none held (xwlb-20231014-05)
    kind = _gathering_pattern().match(reader.text, end)
    if kind is not None and reader.text.startswith(markers("speeches_of_a_kind"), kind.end()):
        return []  # 主要议程|是|：|…|，|举行|大会|发言 (xwlb-20230307-05): a plenary's speeches, no gathering named 大会
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
        if named is not None and _a_tally(reader, sentence, named[0], named[1]):
            return []  # 主持召开|多个|重要|会议 (xwlb-20231230-03): many held, no one reported
        if named is None and trigger.reading != "session":
            # 生态环境部|、|中央文明办|、|山东省政府|在|济南市|联合|举办|2023年|六五环境日|国家|主场活动 (xwlb-20230605-07): an
            # occasion held, named after the trigger by its year and what it is (庆祝活动, 主场活动: markers occasions); not
            # 举行|丰富多彩|的|庆祝活动, no name
            activity = _activity_after(reader, end, clause[1])
            named = activity if activity is not None and _YEAR.match(activity[0]) else \
                _quoted_activity_after(reader, end, clause[1])
    before = named is None
    if before and trigger.reading == "session" and reader.past_space(*clause) == start \
            and _named_here(happenings, sentence, start) is not None:
        # 十四届全国人大一次会议|江苏代表团|…|举行|全体会议|，|审议|政府工作报告 (xwlb-20230327-02): a clause that opens with
        # the session's verb goes on with the gathering its sentence just reported, no other named before it
        return []
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
    happening = _Happening("Gathering", trigger.word, title=title, held=True, era=reader.era(sentence, start),
                           again=reader.text[max(0, start - _TOO_REACH):start].rstrip().endswith(markers("too")),
                           to_come=reader.after_word(markers("future"), clause[0], start) is not None
                           or _a_time_to_come(reader, sentence, end))
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
    if not before and not relative and reader.text.startswith("的", title_end) \
            and _trigger_words(reader, clause[0], start):
        # 习近平|…|会见|来华|举行|第二十四次中国—欧盟领导人会晤|的|…|米歇尔|和|…|冯德莱恩 (xwlb-20231207-01): a gathering in
        # what describes whom another trigger takes is theirs, not the clause's subject's — they attend it
        described = reader.people(title_end + 1, clause[1], before_trigger=False)
        if described:
            subjects = []
            for person in described:
                happening.add("attendee", person)
    by_at = title_end if before and reader.text.startswith(markers("agent_links"), title_end) else None
    if by_at is None and before and title_end <= clause[0] and reader.text.startswith(markers("agent_links"), clause[0]):
        # 本次|大会|以|“…”|为|主题|，|由|中央网信办|、|…|福建省人民政府|共同|主办 (xwlb-20230718-06; 29 such
        # ，由…主办 in xwlb-2023): the gathering of the sentence's clause before, its holders after 由
        by_at = clause[0]
    if by_at is not None and not subjects and not relative:
        # 本次|对话会|由|中国国际交流协会|主办 (xwlb-20230703-04; 25 such …会|由|…|主办 in xwlb-2023): who holds the
        # gathering that opens the clause is named after 由, up to the venue (由|…|贸易协会|共同|在|京|举办)
        # (a venue word that is a word of its own: not 对 of 美国|对外|关系|委员会, xwlb-20231116-02)
        venue = reader.after_word(markers("venue_links"), by_at, start, whole=True, begins=True)
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
                                 other[0][0] if other and reader.text[other[0][0]:other[0][1]] not in
                                 markers("co_hosting") else None) if at is not None], default=None)
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
    named_after = [m for m in places if not before and reader.opens_gathering(m, subject_end)
                   and reader.text.rfind("【", 0, m.start) <= reader.text.rfind("】", 0, m.start)]
    if named_after:
        # 香港|书展|开展|首日|举办|了|新书首发式 (xwlb-20230719-04): a place that opens the name of another gathering,
        # during which this one is held, is where, not who holds it (not in a column's name: 【|杭州第19届亚运会|】|
        # 亚奥理事会|与|杭州亚组委|举行|媒体吹风会, xwlb-20230922-09)
        for place in named_after:
            happening.add("location", place)
        subjects = [m for m in subjects if m not in named_after]
        places = [m for m in places if m not in named_after]
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
        if trigger.word in markers("hosting_verbs") and regions and "的" in reader.text[regions[0].end:subject_end] \
                and regions[0].start - reader.past_space(*clause) > _SUBJECT_LEAD:
            # (正在参与|埃及|新行政首都|…|建设|的|中方和外方员工|在|游泳馆|…|举办|了|一场|趣味龙舟赛, xwlb-20230624-13: a
            # country in what describes who holds it is where, not a host; but one that opens the clause hosts,
            # 南非|作为|…|的|轮值主席国|成功|举办)
            for region in regions:
                happening.add("location", region)
        elif trigger.word in markers("hosting_verbs"):
            # (a place other than a country hosts nothing, it is where: 拉萨宗角禄康公园|举办|了|“…”|文艺汇演
            # (xwlb-20230328-06), 由|欧洲|、|南美洲|、|非洲|三大洲|联合|承办|的|世界杯 (xwlb-20231005-14))
            sites = [m for m in regions if m.type == "Place" and not is_country(m.label)]
            for site in sites:
                happening.add("location", site)
            regions = [m for m in regions if m not in sites]
            together = _written_together(regions)
            chain = _chain_of_divisions(reader, together)
            if len(chain) > 1:
                # 福建|石狮|蚶江镇|举办|海上泼水节 (xwlb-20230622-06), 湖北省|荆州市|公安县|举办|…|文化节: a chain of divisions
                # written as one holds it by its last, the innermost; each level says where it is (EVENTS.md)
                holders = chain[-1:]
                for region in chain:
                    happening.add("location", region)
            elif len(together) > 1 and all(m.type == "AdministrativeDivision" for m in together):
                # 粤|港|澳|三地|联合|举办 (no division inside another): each hosts it
                holders = together
            elif len(listed := _listed(reader, regions)) > 1 and all(m.type == "AdministrativeDivision" for m in listed) \
                    and reader.after_word(markers("together"), listed[-1].end, start) is not None:
                # 辽宁省|、|吉林省|、|黑龙江省|及|内蒙古自治区|在|沈阳|联合|举办 (xwlb-20230625-11), 北京市|、|河北省|以及|
                # 雄安新区|共同|举办 (xwlb-20230830-11): each division of a list that hosts it together (not 云南|、|甘肃|…|
                # 等地|持续|举办|网络招聘会, each its own)
                holders = listed
            else:
                holders = regions[:1]
        else:
            for region in regions:
                happening.add("location", region)
    if not holders and trigger.word in markers("hosting_verbs"):
        holders = _side_hosting(reader, clause, start)
    for mention in holders + _co_hosts(reader, trigger, end, title_start):
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
        # 在|国务院新闻办|今天|举行|的|发布会|上: who holds it, not where; but a mission holds it in its premises, where it
        # is as well (在|中国驻美国使馆|举办|的|国庆招待会|上, xwlb-20230929-11, as the dev gold reads 在|…大使馆|举行|的)
        role = "organizer" if relative and venue.type == "Agency" else "location"
        happening.add(role, venue)
        if role == "organizer" and venue.label.endswith(markers("premises_bodies")):
            happening.add("location", venue)
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
    for guest in _held_for(reader, clause, start, title):
        if guest.key not in happening.keys():
            happening.add("attendee", guest)
    _held_locally(reader, happening, sentence, clause, happenings)
    _in_the_scene(reader, happening, sentence, clause, start)
    _where_the_project_is(reader, happening, title, title_start, title_end)
    if before and start >= reader.headline_end and "的" not in reader.text[title_end:start] \
            and reader.after_word(markers("future"), title_end, start) is None \
            and not word_tags().get(_word_after(reader, title_end), "").startswith("n"):
        # (a gathering reported held in the body, its name the clause's subject: not one to come, 杭州亚残运会火炬传递启动仪式|
        # 将于|19日|举行, nor one in what describes another, 杭州第4届亚洲残疾人运动会|火种|在|…|的|举办地, nor what a noun
        # after the name is, 北京冬奥会|场馆|首次|举办; not a headline's, whose venue the body may name elsewhere)
        _where_its_name_opens(reader, happening, title_start, title_end)
    happening.see(sentence, start, date)
    made = [_merge(happenings, happening)]
    for listed, listed_start, _ in _listed_titles(reader, title_end, clause[1]) if not before else ():
        # 为|…|中亚国家元首夫妇|举行|欢迎仪式|和|欢迎宴会 (xwlb-20230519-03; 32 such lists after 举行, 举办, 召开 in
        # xwlb-2023): one gathering each, with the same hosts and place, a recap's too (在|利雅得|成功|举办|首届|中国－阿拉伯
        # 国家峰会|、|中国－海湾…峰会, xwlb-20230328-01, as the dev gold reads it); not an item that is a list itself, 宣讲|、|
        # 展览, nor one joined by 及, “欢乐春节”招待会|及|新春音乐会, one occasion as the annotators read it
        if "、" in listed or reader.text[listed_start - 1] in markers("one_occasion_links"):
            break
        other = _Happening("Gathering", trigger.word, title=listed, held=True, era=happening.era,
                           to_come=happening.to_come)
        for role, mention in happening.arguments:
            # (not the body the first one's name says holds it, nor who takes part in it)
            if role in ("organizer", "location") and not title_start <= mention.start < title_end:
                other.add(role, mention)
        other.see(sentence, start, date)
        made.append(_merge(happenings, other))
    return made



def _word_after(reader: _Reader, at: int) -> str:
    """The segmenter's word that starts at ``at``, or ""."""
    token = reader.an.token_at(at)
    return token[2] if token is not None and token[0] == at else ""


def _a_time_to_come(reader: _Reader, sentence: tuple[int, int], end: int) -> bool:
    """Whether the trigger ending at ``end`` sets the time of what its sentence says is to come: 中共二十届二中全会|
    审议通过|后|，|将|把|… (xwlb-20230228-02) — the session is to come too."""
    after = reader.past_space(end, sentence[1])
    return reader.text.startswith(markers("time_since"), after) \
        and reader.after_word(markers("future"), after, sentence[1]) is not None


def _where_the_project_is(reader: _Reader, happening: _Happening, title: str, title_start: int, title_end: int) -> None:
    """A ceremony of a project (markers project_ceremonies) where no venue is said is held where the project is, the
    places its title names: 中国援建|巴基斯坦|瓜达尔|海水淡化厂项目|…|竣工仪式|4日|举行 (xwlb-20231205-15), 巴西|东西铁路项目|
    开工仪式 — as the annotators of three such stories read them."""
    if happening.keys("location") or not title.endswith(markers("project_ceremonies")):
        return
    # (and the country a name of the project's works opens, read within it: 巴基斯坦瓜达尔海水淡化厂)
    opened = [m for m in reader.an.mentions if m.type == "Place" and m.start == m.end and title_start <= m.start < title_end
              and is_country(m.label)]
    for place in sorted(reader.between(title_start, title_end, ("AdministrativeDivision", "Place")) + opened,
                        key=lambda m: m.start):
        # (not the builder: 中国|援建, a verb after it; 中国企业|承建|的)
        following = _word_after(reader, place.start + len(place.text))
        if not reader.opens_name(place) and word_tags().get(following, "") != "v" \
                and not following.startswith(markers("builders")):
            happening.add("location", place)


# what may open a gathering's name before the division it is held in: editions and years (首届, 2023年|第19届)
_EDITIONS = re.compile(f"(?:{_EDITION.pattern})*")


def _where_its_name_opens(reader: _Reader, happening: _Happening, title_start: int, title_end: int) -> None:
    """A gathering where no venue is said is held in the division whose name opens its own, after an edition or a
    year: 近日|，|广州|高校|毕业生|专场|现场|招聘会|举行 (xwlb-20230629-07), 首届|北京|国际|非遗周 — as the annotators
    read 18 of the 24 such names in the stories read (杭州第十九届亚运会, 澳门国际龙舟邀请赛); not a division in an
    organisation's name (陕西省委|和|省政府|工作汇报), nor one whose delegation meets (江苏|代表团|审议), nor the one a
    greater gathering's name opens (杭州|第4届|亚洲残疾人运动会|火种采集仪式 was held in 广州, xwlb-20231012-09), nor
    either of two sides written together (京港|洽谈会)."""
    if happening.keys("location"):
        return
    divisions = reader.between(title_start, title_end, ("AdministrativeDivision",))
    if not divisions or not _EDITIONS.fullmatch(reader.text, title_start, divisions[0].start):
        return
    first = divisions[0]
    inner = reader.gathering(first.end, title_end)
    if any(m.start <= first.start and first.end <= m.end for m in reader.between(title_start, title_end, ("Agency",))) \
            or reader.text.startswith(markers("delegations"), first.end) or inner is None or inner.end() < title_end \
            or (len(divisions) > 1 and divisions[1].start == first.end):
        # (nor the sides, two divisions written together: 第二十六届|京港|洽谈会 was held in 香港, xwlb-20231129-07)
        return
    happening.add("location", first)


def _co_hosts(reader: _Reader, trigger, end: int, title_start: int) -> list[Mention]:
    """The organisations that hold a gathering with the trigger's, named after 、 with a verb of hosting
    (``co_hosting``) before the 的 of its name: 由|县人力资源和社会保障局|主办|、|县就业管理服务中心|承办|的|
    2023年秋季招聘会 (a county paper) — 县就业管理服务中心 holds it too (not what a theme names:
    主办|、|以|“…”|为|主题|的, xwlb-20230627-16)."""
    if trigger.role != "organizer" or not reader.text.startswith("、", end) or title_start <= end:
        return []
    verb = reader.after_word(markers("co_hosting"), end + 1, title_start)
    if verb is None or reader.text[verb:title_start] != "的":
        return []
    return reader.between(end + 1, verb, ("Agency",))


def _parties(reader: _Reader, people: list[Mention]) -> list[list[Mention]]:
    """``people`` in the parties a list sets apart (by 、, a comma or 以及), a guest with whom 和 joins (夫人): 柬埔寨|国王|
    西哈莫尼|、|叙利亚|总统|巴沙尔|和|夫人|阿斯玛|、|… (xwlb-20230923-01) came as two parties, each on its trip."""
    parties: list[list[Mention]] = []
    for person in people:
        if parties and not _PARTY_BREAK.search(reader.text, parties[-1][-1].end, max(person.start, parties[-1][-1].end)):
            parties[-1].append(person)
        else:
            parties.append([person])
    return parties


_PARTY_BREAK = re.compile("[、，,；;]|以及")


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
    # (or those the next sentence lists: 举行|宴会|，|欢迎|来华|出席|…|开幕式|的|国际贵宾|。|他们是|：|…, xwlb-20230923-01)
    return reader.people(at, following.start() if following else end, before_trigger=False) or \
        _listed_next(reader, (at, end), reader.an.sentence(at))


def _held_for(reader: _Reader, clause: tuple[int, int], start: int, title: str) -> list[Mention]:
    """Whom a gathering is held for, named between 为 and the trigger, attend it as guests: 拜登|为|习近平|举行|午宴
    (xwlb-20231116-01), 习近平|在|人民大会堂东门外广场|为|马克龙|总统|举行|欢迎仪式 (43 such 为…举行…仪式/宴/会 in
    xwlb-2023); not the dead a memorial is held for (为|袁隆平|举行|追悼会: markers memorial_gatherings)."""
    held_for = reader.after_word(("为",), clause[0], start, whole=True, begins=True)
    guests = reader.between(held_for, start, ("Person",)) if held_for is not None else []
    if not guests or guests[0].start != held_for or title.endswith(markers("memorial_gatherings")):
        return []
    # (only people named right after 为 and up to the trigger, a title after the last at most: not 为|…|提供|服务, 作为|…)
    rest = reader.text[guests[-1].end:start]
    title_after = post_title_at(reader.text, guests[-1].end)
    if title_after is not None and rest.startswith(title_after):
        rest = rest[len(title_after):]
    return [] if rest.strip() else guests


_LIST_JOINS = (*_LIST_LINKS, "")


# how far before a trigger its 也 may stand, spaces included (也|举行)
_TOO_REACH = 6


def _written_together(regions: list) -> list:
    """The regions that open ``regions`` written one right after another (湖北省|荆州市|公安县, 粤|港|澳), the first at least."""
    return _opening_run(regions, lambda before, region: region.start == before.end)


def _listed(reader: _Reader, regions: list) -> list:
    """The regions that open ``regions`` listed one after another, a list's link between each two (、, 及, 以及), the
    first at least."""
    return _opening_run(regions, lambda before, region: reader.text[before.end:region.start].removeprefix("以")
                        in tuple(_LIST_LINKS))


def _opening_run(regions: list, joined) -> list:
    """The regions that open ``regions`` while ``joined(the one before, the next)`` holds, the first at least."""
    run = regions[:1]
    for region in regions[1:]:
        if not joined(run[-1], region):
            break
        run.append(region)
    return run


def _chain_of_divisions(reader: _Reader, together: list) -> list:
    """The divisions that open regions written together, each inside the one before (湖北省|荆州市|公安县: the divisions'
    stage read each partOf the one before), the first at least; not regions side by side (粤|港|澳, 京津冀)."""
    inside = {(f.subject, f.object) for f in reader.an.facts if f.predicate == "partOf"}
    chain = together[:1]
    for region in together[1:]:
        if "AdministrativeDivision" != region.type or chain[-1].type != region.type \
                or (region.key, chain[-1].key) not in inside:
            break
        chain.append(region)
    return chain


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


def _side_hosting(reader: _Reader, clause: tuple[int, int], start: int) -> list[Mention]:
    """China, named by its side (markers home_sides) right before the hosting verb or the adverbs of how it held it
    (hosting_adverbs), holding what the trigger hosts: 通伦|表示|，|祝贺|中方|成功|举办|第三届“一带一路”国际合作高峰论坛
    (xwlb-20231020-02; 13 such 祝贺中方成功举办 in xwlb-2023, each 中国 the dev annotators' organizer)."""
    text = reader.text
    before = start - next((len(w) for w in markers("hosting_adverbs") if text.endswith(w, clause[0], start)), 0)
    side = next((w for w in markers("home_sides") if text.endswith(w, clause[0], before)), None)
    if side is None or before - len(side) not in reader.an.boundaries:
        return []
    china = home_country()
    return [Mention.make("Place", reader.an.doc.id, before - len(side), before, side, china, place_key(china), implied=True)]


def _held_locally(reader: _Reader, happening: _Happening, sentence: tuple[int, int], clause: tuple[int, int],
                  happenings: list[_Happening]) -> None:
    """A gathering held 当地 (there) is where the visit its sentence reported went:
    中共代表团|相继|访问|了|波兰|、|波黑|和|罗马尼亚|，|面向|当地|各界|举办|…|宣介会 (xwlb-20230428-11); or for whom
    there, in the clause after: …|访问|了|埃塞俄比亚|、|沙特|和|阿联酋|，|举办|…|研讨会|，|向|当地|各界|人士|宣介|…
    (xwlb-20230526-12)."""
    if happening.keys("location"):
        return  # (a venue of its own written: 回国|后|在|北京|举办|研讨会|，|向|当地|…, the review's)
    reach = clause[1]
    if clause[1] < sentence[1] and reader.text.startswith(markers("audience_links"), clause[1] + 1):
        reach = reader.clause(clause[1] + 1)[1]
    if not any(word in reader.text[clause[0]:reach] for word in markers("here_words")):
        return
    visit = next((h for h in reversed(happenings) if h.type == "Visit" and sentence in h.sentences), None)
    if visit is not None:
        for role, mention in visit.arguments:
            if role == "destination":
                happening.add("location", mention)


def _in_the_scene(reader: _Reader, happening: _Happening, sentence: tuple[int, int], clause: tuple[int, int],
                  start: int) -> None:
    """A gathering with no venue of its own is where the sentence it is told in opens by setting the scene, a clause
    of 在 and the places (or organisations) alone: 在|河南|洛阳|，|一场|特殊|的|集体安葬仪式|正在|举行 (xwlb-20230405-06); 在|下萨克森州|首府|
    汉诺威|，|约|500|名|零售业|员工|还|举行|了|抗议|集会; 在|南非|，|当地|政界|…|出席|中国使馆|举行|的|国庆招待会."""
    if happening.keys("location") or clause[0] <= sentence[0]:
        return
    future = reader.after_word(markers("future"), clause[0], start)
    if future is not None and "的" not in reader.text[future:start]:
        # (在|…|实训中心|，|学生们|…|备战|今年|将要|举行|的|全国职业院校技能大赛, xwlb-20230318-04: one to come, elsewhere;
        # not 为|即将|走上|工作|岗位|的|…|学生|举行|“传光授帽”仪式, xwlb-20230512-07, where 即将 is said of the students)
        return
    places, rest = reader.scene(sentence, clause, happening.keys())
    if rest == "" or rest in markers("places_listed_ends"):
        for place in places:
            happening.add("location", place)
        if rest:
            # 在|山西|长治|八路军太行纪念馆|、|上海淞沪抗战纪念馆|、|…|等地|，|人们|举行|庄严仪式 (xwlb-20230903-05): held in many
            # places, by people unnamed — another gathering than the one of its kind just reported (香港特区政府|举行|仪式)
            happening.again = True


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


def _of_a_body(reader: _Reader, mention: Mention, named: list[Mention], end: int) -> bool:
    """Whether ``mention`` names whose body it is, the body named after it with nothing named between
    (全国人大|一次会议|主席团: ``markers.tsv`` ``bodies_of``), or the session of the body named next (全国人大|一次会议|
    江苏代表团: ``sessions_of_bodies``)."""
    following = [m for m in named if m.start >= mention.end]
    after = min([m.start for m in following] + [end])
    if following and after < end and following[0].type == "Agency" and reader.text[mention.end:after].endswith(
            markers("sessions_of_bodies")):
        # 十四届全国人大|一次会议|江苏代表团|5日|…|举行|全体会议 (xwlb-20230327-02): the session the next body belongs to
        return True
    return any(word in reader.text[mention.end:after] for word in markers("bodies_of"))


def _held_by_its_body(reader: _Reader, happening: _Happening, title_start: int, title_end: int) -> None:
    """A session named after its body is held by it, when nothing else names who holds it:
    国务院|常务会议, 第32届|阿拉伯国家联盟首脑理事会|会议, 在|联合国人权理事会|第53届|会议|上|发言."""
    if happening.keys("organizer") or reader.text.startswith(markers("bodies_of"), title_end):
        return  # (十四届全国人大一次会议|主席团|…|举行: the session's body holds it, xwlb-20230312-07)
    body = reader.between(title_start, title_end, ("Agency",))
    if body and any(word in reader.text[body[0].end:title_end] for word in markers("bodies_of")):
        return  # (十四届全国人大一次会议|主席团|常务主席|第七次会议: the session's body holds it, xwlb-20230312-07, not 全国人大)
    # (not 中国共产党|与|世界政党|高层对话会: a gathering of it with others)
    if body and body[0].end >= title_end and not body[0].label.endswith(markers("standing_kinds")):
        # (第十九届|深圳文博会: the gathering itself named as an organisation, not its body, xwlb-20230102-08; but
        # 第78届|联合国大会 is a session of the assembly, which holds it)
        return
    # (nor a year that opens the name: 2023年|世界泳联|跳水|世界杯|西安站|落幕, xwlb-20230416)
    if body and not reader.text[title_start:body[0].start].strip("第届次期年0123456789一二三四五六七八九十") \
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
    _in_the_scene(reader, happening, sentence, clause, start)
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
                for party in _parties(reader, visitors):
                    _happened(happenings, _Happening("Visit", reader.text[venue.start - 1:venue.end]),
                              (("agent", party), ("destination", [venue])), sentence, venue.start, None)
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
