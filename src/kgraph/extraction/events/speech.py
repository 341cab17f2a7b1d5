"""Who speaks where: the ``press``, ``brief``, ``hear`` and ``said_at`` readings (…|会谈|后|共同会见记者;
民革中央主席|郑建邦|…|分别|介绍; 会议|听取|…|作|的|汇报; 奥斯汀|在|会上|称) and the passes after them over the
article's happenings (who says something in the sentence right after a gathering or a press conference
spoke there)."""
from __future__ import annotations

import bisect

from ..analysis import Analysis
from .vocabulary import gathering_nouns, markers, _trigger_pattern, triggers
from .reader import _CLAUSE_END, _Reader, _says, _SUBJECT_LEAD, _trigger_words, _word_at
from .happenings import _bare, _Happening, _last, _merge, _same_gathering
from .subjects import _briefing, _spoken_for, _subjects
from .titles import _past_day_times, _title_before
from .gatherings import _taking_part

# at most this many characters between who makes a report heard and 作的 (习近平|受|中央政治局|委托|作的)
_REPORTER_GAP = 10


# what makes a pronoun of one person a plural (他|们): no one speaker
_PLURAL = "们"


def _pronoun_at(reader: _Reader, at: int) -> str | None:
    """The pronoun of one person (markers speaker_pronouns: 他, 她) at ``at``, not a plural's (他们), else None."""
    return next((word for word in markers("speaker_pronouns") if reader.text.startswith(word, at)
                 and not reader.text.startswith(_PLURAL, at + len(word))), None)


# how many sentences of others who take part and speak in turn may stand between a gathering and one's own (李强|表示|…|。|
# 米舒斯京|表示)
_SPEAKING_TURNS = 2


def _spoke_there(reader: _Reader, an: Analysis, happenings: list[_Happening]) -> None:
    """Who attends a gathering and is said to say something in the next sentence, opening it, spoke there:
    国务院总理|李强|在|雅加达|出席|第26次|中国—东盟|…|领导人会议|。|李强|表示|，|… (xwlb-20230906-02): his remarks at
    the meeting (an attendee who speaks is its ``speaker``, as …|出席|…|并|讲话); past a sentence that only says who else
    attends, and past the turns of others who take part (…|。|李强|表示|…|。|米舒斯京|表示). Not when another happening is
    read in between, nor who says it elsewhere (李强|在|…|会见|时|表示)."""
    sentences = an.sentences
    starts = [start for start, _ in sentences]
    for happening in happenings:
        if happening.type != "Gathering":
            continue
        for role, mention in list(happening.arguments):
            # (and who chairs or convenes it: 赵乐际|…|主持召开|…|座谈会|。|赵乐际|强调 — as the dev gold reads 主持召开|
            # …|座谈会 … 强调, chair and speaker, xwlb-20230814-01)
            if role not in ("attendee", "chair", "organizer") or mention.type != "Person":
                continue
            first, end = an.sentence(mention.start)
            if any(other.type == "Meeting" and (first, end) in other.sentences
                   and mention.key in other.keys("agent", "counterpart") for other in happenings):
                # 会见|来华|出席|第三届“一带一路”国际合作高峰论坛|的|老挝|国家主席|通伦|。|通伦|表示|，|祝贺|中方|成功|举办|…
                # (xwlb-20231020-02; 13 such 祝贺中方成功举办 in xwlb-2023): who is met says it at the meeting, not at the
                # gathering named in what describes them
                continue
            index = bisect.bisect_left(starts, end)
            here = happening.sentences.get((first, end), first)
            # (what the sentence goes on to say after the name's clause is where it speaks, but for the gathering's own
            # trigger: 赵乐际|来到|…|调研|，|并|主持召开|…|座谈会)
            if index >= len(sentences) or reader.clause(mention.start)[1] < end and any(
                    a != here for a, _ in _trigger_words(reader, reader.clause(mention.start)[1], end)):
                continue
            attending = {m.key for r, m in happening.arguments if r == "attendee"}
            taking_part = {m.key for r, m in happening.arguments if r in ("attendee", "chair", "organizer")}
            said, turns = None, 0
            while index < len(sentences) and turns <= _SPEAKING_TURNS:
                start, stop = sentences[index]
                # (a sentence that only says who else attends, naming no one or those read attending, is passed over:
                # 东盟国家|…|领导人|及|东盟|秘书长|出席|。|李强|表示, xwlb-20230906-02; 国务院|副总理|丁薛祥|出席|。|李强|表示,
                # xwlb-20231219-04)
                # (nor one that says what they did together, 两国总理|听取|了|…|汇报|。|李强|表示, xwlb-20230621-02; but one that goes
                # on with the pronoun of who spoke, …|座谈会|。|他|强调, is read)
                if index + 1 < len(sentences) and all(m.key in attending for m in reader.between(start, stop, ("Person",))) \
                        and all(triggers()[reader.text[a:b]].role == "attendee" for a, b in _trigger_words(reader, start, stop)) \
                        and _pronoun_at(reader, reader.past_space(start, stop)) is None:
                    index += 1
                    start, stop = sentences[index]
                start = reader.past_space(start, stop)
                opening = reader.between(start, stop, ("Person",))[:1]
                pronoun = _pronoun_at(reader, start)
                named_last = reader.between(0, start, ("Person",))[-1:]
                if opening and opening[0].start == start and opening[0].key == mention.key:
                    said = opening[0].end
                elif pronoun is not None and named_last and named_last[0].key == mention.key:
                    # …|并|主持召开|…|座谈会|。|他|强调 (xwlb-20230708-03): the pronoun of the one named last
                    said = start + len(pronoun)
                elif opening and opening[0].start == start and opening[0].key in taking_part \
                        and reader.text.startswith(markers("saying_verbs"), opening[0].end):
                    # 李强|…|同|…|米舒斯京|共同主持|…|定期会晤|。|…|。|李强|表示|…|。|米舒斯京|表示 (xwlb-20231219-04): those who
                    # take part speak in turn, each opening a sentence
                    index, turns = index + 1, turns + 1
                    continue
                break
            if said is None:
                continue
            if not reader.text.startswith(markers("saying_verbs"), said) or _trigger_words(reader, start, said + 2):
                continue
            if any(other is not happening and any(first <= s[0] < stop and at > here for s, at in other.sentences.items())
                   for other in happenings):
                # (习近平|…|出席|金砖国家领导人会晤|期间|会见|…|萨勒|。|习近平|指出, xwlb-20230824-03: at the meeting told after
                # it; but not one told before it in its sentence, 来到|…|调研|，|并|主持召开|…|座谈会|。|赵乐际|强调)
                continue
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
        last_said = None
        while index < len(sentences):
            start, stop, clause = _opening_clause(reader, sentences[index])
            said = _word_at(reader, markers("briefing_verbs"), clause[0], clause[1])
            speakers = [] if said is None or _trigger_words(reader, clause[0], said) else \
                _briefing(reader, clause, said) or _spoken_for(reader, clause[0], said)
            if not speakers and last_said is not None and "\n" not in reader.text[last_said:start] \
                    and _ends_its_paragraph(reader, start, stop) \
                    and not _reports_another(happening, happenings, start, stop):
                # …|。|工业和信息化部|表示|…|。|同时|，|支持|…|。|⏎|全国工商联|表示 (xwlb-20230720-07): a sentence that goes on
                # with what the speaker before said and ends the paragraph does not end the run (the next paragraph's
                # speaker still speaks; one in the same paragraph after it, 美国商务部|表示, is another story's)
                index += 1
                continue
            if not speakers or _reports_another(happening, happenings, start, stop):
                break
            last_said = start
            for speaker in speakers:
                happening.add("speaker", speaker)
            index += 1


def _ends_its_paragraph(reader: _Reader, start: int, stop: int) -> bool:
    """Whether the sentence text[start:stop] is the last of its paragraph: a line break among the spaces after it."""
    told = reader.text[start:reader.past_space(stop, len(reader.text))]
    return "\n" in told[len(told.rstrip()):]


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
        # and so does who opens each sentence after that one the same way, until one does not: …|举行|会议|。|…|萨克斯|
        # 表示|…|。|俄罗斯|代表|谴责|…|。|美方|代表|否认|…|。|中国|代表|指出|…|。|巴西|、|莫桑比克|、|加纳|等|国|代表|认为
        # (xwlb-20230222-09: each side's statement at the session, one sentence each)
        while index < len(sentences):
            start, stop, following = _opening_clause(reader, sentences[index])
            # (受邀|与会|的|美国哥伦比亚大学|教授|杰弗里·萨克斯|表示: who is said to attend, then named)
            opening = next((following[0] + len(w) for w in markers("attending_described")
                            if reader.text.startswith(w, following[0])), following[0])
            said = _word_at(reader, markers("saying_verbs") + markers("stating_verbs"), opening, following[1])
            if said is None or _trigger_words(reader, opening, said) or _reports_another(happening, happenings, start, stop):
                break
            speakers = reader.side(opening, said) or [m for m in _briefing(reader, (opening, following[1]), said)
                                                      if m.type == "Person"]
            if not speakers and reader.text[opening:said] in markers("speaker_pronouns"):
                index += 1  # (…|萨克斯|表示|…|。|他|呼吁|…|。|俄罗斯代表|谴责: the one who spoke last goes on)
                continue
            if not speakers:
                break
            for speaker in speakers:
                happening.add("speaker", speaker)
            index += 1


def _chair_says(reader: _Reader, an: Analysis, happenings: list[_Happening]) -> None:
    """Who chairs a gathering and, in a sentence after the one that reports it, is the subject of a clause saying
    something speaks at it, while no sentence between reports another happening: 李强|…|主持召开|经济形势专家座谈会|。|…|
    在|认真|听取|专家学者们|发言|后|，|李强|指出 (xwlb-20230706-04), 李克强|…|主持召开|座谈会|。|…|李克强|说 (xwlb-20230207-02);
    the annotators of the dev set and of the batches read 18 of 23 such chairs as speakers. Not a chair who meets someone
    in the gathering's first sentence (丁薛祥|…|会见|…|黄循财|，|并|共同主持|…|会议|。|会见|时|，|丁薛祥|表示, xwlb-20231207-06:
    said at the meeting); and not past a sentence that opens with another day, with the gathering's end or with another
    happening (7日|，|…, 会后|，|…, 会见|时|，|…: markers after_it_ended)."""
    sentences = an.sentences
    starts = [start for start, _ in sentences]
    saying = markers("saying_verbs")
    for happening in happenings:
        if happening.type != "Gathering" or happening.to_come or happening.era is not None:
            continue
        first = min(happening.sentences)
        chairs = {m.key for r, m in happening.arguments if r == "chair" and m.type == "Person"} \
            - happening.keys("speaker") - {m.key for other in happenings if other.type == "Meeting" and first in other.sentences
                                           for r, m in other.arguments if r == "agent"}
        index = bisect.bisect_right(starts, first[0])
        while chairs and index < len(sentences):
            start, stop = sentences[index]
            opening = reader.clause(reader.past_space(start, stop))
            if _reports_another(happening, happenings, start, stop) or opening[1] < stop and (
                    any(opening[0] <= day[0] < opening[1] for day in reader.days)
                    or any(triggers()[reader.text[a:b]].type in ("Meeting", "Visit")
                           for a, b in _trigger_words(reader, opening[0], opening[1]))
                    or reader.text.endswith(markers("after_it_ended"), opening[0], opening[1])):
                # (but 在|认真|听取|专家学者们|发言|后|，|李强|指出: after the gathering's own speeches, at it)
                break
            for person in reader.between(start, stop, ("Person",)):
                clause = reader.clause(person.start)
                if person.key in chairs and reader.text.startswith(saying, person.end) \
                        and person.start - reader.past_space(*clause) <= _SUBJECT_LEAD:
                    happening.add("speaker", person)
                    chairs.discard(person.key)
            index += 1


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
    invited = reader.after_word(markers("invited_by"), clause[0], start, whole=True)
    inviting = reader.first_word(markers("invitations"), invited, start) if invited is not None else None
    if inviting is not None:
        # 李强|应|大会|发言人|王超|的|邀请|出席|记者会|并|回答中外记者提问 (xwlb-20230312-04): who invites does not brief
        people = [m for m in people if not invited <= m.start < inviting[0]]
    for person in people:
        press.add(trigger.role, person)
    if people:
        press.see(sentence, start, None)
    return []


def _hear(reader, trigger, sentence, clause, start, end, date, happenings, last_meetings):
    """会议|听取|了|大会|副秘书长|刘俊臣|作|的|…|汇报 (xwlb-20230312-07; 83 such 听取…作的 in xwlb-2023): who
    makes the report a gathering hears speaks at it, the gathering that opens the clause (会议, 全会,
    本次|主席团|常务主席|会议: the one just reported, found again by its name).  A work report of organisations named
    right after 听取 is read first (:func:`_work_report_heard`)."""
    reported = _work_reported(reader, end, clause[1])
    if reported is not None:
        return _work_report_heard(reader, trigger, sentence, clause, start, date, happenings, *reported)
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


def _work_reported(reader: _Reader, end: int, clause_end: int) -> tuple[list, int] | None:
    """The organisations whose work report is heard, listed right after 听取 (了) up to 工作汇报 (markers work_reports),
    with the report's end: 听取|浙江省委|和|省政府|工作汇报 (xwlb-20230925-01), 听取|中央纪委国家监委|工作汇报
    (xwlb-20231208-01); None when the report is no organisation's (听取|了|有关|工作汇报)."""
    text = reader.text
    at = end + text.startswith("了", end)
    bodies, reach = [], at
    for mention in reader.between(at, clause_end, ("Agency",)):
        if text[reach:mention.start] not in ("", "、", "和", "及", "以及") or (not bodies and mention.start != at):
            break
        bodies.append(mention)
        reach = mention.end
    report = next((word for word in markers("work_reports") if text.startswith(word, reach)), None)
    return (bodies, reach + len(report)) if bodies and report else None


def _work_report_heard(reader, trigger, sentence, clause, start, date, happenings, bodies, report_end):
    """Who makes a work report heard speaks at the hearing, and so does who hears it, who goes on to instruct them (the
    annotators of three stories read it so: 习近平|听取|浙江省委|和|省政府|工作汇报|，|对|…|给予|肯定, xwlb-20230925-01;
    中共中央政治局|召开|会议|，|…|；|听取|中央纪委国家监委|工作汇报, xwlb-20231208-01: the meeting just reported hears
    it).  23 such hearings in xwlb-2023."""
    hearers = _subjects(reader, sentence, clause, start, start + len(trigger.word))
    gathering = _last(happenings, "Gathering")
    joined = reader.joined_parts(sentence)
    # (the gathering of the sentence hears it when no one is said to: 中共中央政治局|召开|会议|，|…|；|听取|…; but 习近平|在|出席|
    # 中国—中亚峰会|前夕|…|听取|陕西省委|和|省政府|工作汇报 holds a hearing of its own)
    # (nor when who hears it chairs or holds it: 易炼红|…|主持召开|省委常委会会议|，|听取|省发展改革委|工作汇报)
    if gathering is None or any(m.key not in gathering.keys() for m in hearers) \
            or not any(joined[0] <= s[0] < joined[1] for s in gathering.sentences):
        title = reader.text[bodies[0].start:report_end]
        gathering = _merge(happenings, _Happening("Gathering", trigger.word, title=title))
        for hearer in hearers:
            gathering.add("speaker" if hearer.type == "Person" else "organizer", hearer)
    for body in bodies:
        gathering.add(trigger.role, body)
    gathering.see(sentence, start, date)
    return []


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
        begin = venue + len(reader.text[venue:start]) - len(reader.text[venue:start].lstrip("了的 "))
        # (在|去年|撒马尔罕峰会|上, xwlb-20231026-04: when, not its name)
        title = reader.text[_past_day_times(reader.text, begin, start):start + len(press)]
        gathering = _last(happenings, "Gathering")
        if gathering is not None and (sentence in gathering.sentences or _bare(title)
                                      or _same_gathering(title, gathering.title)):
            for person in people:
                gathering.add(trigger.role, person)
            gathering.see(sentence, start, date)
            return []
        if _bare(title):
            return []
        happening = _Happening("Gathering", trigger.word, title=title, era=reader.era(sentence, start))
        for person in people:
            happening.add(trigger.role, person)
        happening.see(sentence, start, date)
        return [_merge(happenings, happening)]
    if press.endswith(markers("press_gatherings")):
        # 拉夫罗夫|…|在|与|…|会晤|后|的|新闻发布会上|表示 (xwlb-20230412-13; 11 such …发布会上|表示 in xwlb-2023):
        # the press conference just reported, or the one this names
        gathering = next((h for h in reversed(happenings) if h.type == "Gathering"
                          and (h.title or "").endswith(markers("press_gatherings"))), None)
        opening = [] if people or venue != start else reader.between(clause[0], venue, ("Agency",))[:1]
        holder = [m for m in opening if m.start <= reader.past_space(*clause)]
        if gathering is None and holder and reader.text.startswith(markers("saying_verbs"), end):
            # 美国海岸警卫队|22日|在|发布会|上|表示 (xwlb-20230623-16): an organisation that opens the clause, says something
            # at a press conference and names no one who speaks for it holds its own and speaks at it
            happening = _Happening("Gathering", trigger.word, title=press)
            happening.add("organizer", holder[0])
            happening.add(trigger.role, holder[0])
            happening.see(sentence, start, date)
            return [_merge(happenings, happening)]
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
