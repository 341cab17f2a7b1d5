"""A gathering's name as the readings find it: after the trigger (召开|防汛|会商会), before it as
the sentence's subject (…大会|今天|在|北京|举行), between 在 and the trigger where one speaks, before 由
(会议|由|…|主持), listed after another, or an occasion named by what it is (…|活动)."""
from __future__ import annotations

import re

from .vocabulary import markers, _trigger_pattern, triggers
from .reader import _CLAUSE_END, _Reader, _says, _TITLE_REACH, _trigger_words
from .happenings import _SHORT_TITLE
from .subjects import _LIST_LINKS

# a work's title and the 的 that joins it to what it names: 题为|《…》|的|致辞
_BOOK_TITLE = re.compile(r"《[^》]*》的?")


# what a trigger may have right after it before the gathering it names (举行|了, 举办|过|奥运会, 举行|的)
_AFTER_A_TRIGGER = "了的过"

def _title_after(reader: _Reader, start: int, clause_end: int) -> tuple[str, int, int] | None:
    """A gathering named after the trigger, in its clause: 召开|防汛|会商会, 举行|的|国务院|政策|例行|吹风会."""
    reach = start + _TITLE_REACH
    for quoted_start, quoted_end in reader.an.quotes:
        # 举办|“中国的人权理念与实践”|“新时代的少数民族权利保障”|“…”|等|主题边会 (xwlb-20230325-09): quoted names run on
        # before the kind they are of, and count for none of the reach
        if start <= quoted_start < reach:
            reach += quoted_end - quoted_start + 2
    limit = min(clause_end, reach)
    opened = start + next((k for k in range(3) if reader.text[start + k:start + k + 1] not in tuple(_AFTER_A_TRIGGER)), 0)
    quoted = next((q for q in reader.an.quotes if q[0] == opened + 1 and reader.text[opened] == "“"), None)
    if quoted is not None and quoted[1] > limit:
        # 举办|“山海相通 中希辉映：中国希腊‘一带一路’对话会” (xwlb-20231030-10): a quoted name runs on past a colon that
        # ends a clause, to its closing mark
        limit = quoted[1]
    match = reader.gathering(start, limit)
    if match is None:
        return None
    if quoted is not None and match.end() == quoted[1]:
        return reader.text[quoted[0]:quoted[1]], quoted[0], quoted[1]  # the name within its marks
    table = triggers()
    described = None
    for inner in _trigger_pattern().finditer(reader.text, start, match.start()):
        if table[inner.group()].type in ("Meeting", "Gathering") and table[inner.group()].reading != "brief":
            if reader.text.startswith("的", inner.end()):
                # (出席|今年|年底|在|迪拜|举行|的|《…》第28次缔约方大会, xwlb-20230515-14: what describes it, no part of
                # its name, which starts after the 的)
                described = inner.end() + 1
                continue
            # 同|…|梅列多夫|举行|会谈|并|共同主持|中土合作委员会|第六次|会议: the gathering is the
            # later trigger's (共同主持), and what this one holds is named by that trigger (会谈)
            return None
    begin = start if described is None else described
    while begin < match.start() and reader.text[begin] in _AFTER_A_TRIGGER:
        begin += 1
    if reader.text.startswith("、", begin):
        # 由|县人社局|主办|、|县就业管理服务中心|承办|的|2023年秋季招聘会 (a county paper); 由|国家新闻出版署|主办|、|以|
        # “新时代·新报业·新征程”|为|主题|的|第二届中国报业创新发展大会 (xwlb-20230627-16): what goes on from the trigger
        # after 、 says more of the gathering, up to its last 的; its name follows
        modifier = _last_of(reader, "的", begin, match.start())
        if modifier is None:
            return None
        begin = modifier + 1
    begin = _past_day_times(reader.text, begin, match.start())
    return reader.text[begin:match.end()], begin, match.end()


# a count's number, and the words that make it rough or many: 近|百|场, 多|个, 数十|次, 上百|场, 3|场
_EXACT_NUMBER = "0123456789０１２３４５６７８９一二两三四五六七八九十百千万"
_COUNT_NUMBER = _EXACT_NUMBER + "几数多余"  # and how many not said
_COUNT_OPENERS = "近约上逾"


def _a_count(name: str) -> bool:
    """Whether a gathering's name opens with a count of them: 近百场青少年科普讲座, 多个重要会议
    (not 第三届…, 4月…, 2023年… — an edition and a date)."""
    at = 1 if name[:1] and name[0] in _COUNT_OPENERS else 0
    digits = at
    while digits < len(name) and name[digits] in _COUNT_NUMBER:
        digits += 1
    return digits > at and name.startswith(markers("count_measures"), digits)


# a year alone that opens a sentence, the span it tallies: 2023年|，
_YEAR_OPENING = re.compile(r"\s*(?:[0-9]{4}|[０-９]{4})年[，,]")


def _a_tally(reader: _Reader, sentence: tuple[int, int], name: str, start: int) -> bool:
    """Whether a gathering named ``name`` at ``start`` is a count of them over a span of time that its
    sentence tallies (十年来|，|…|参加|了|近百场|…|讲座; 2023年|，|…|主持召开|多个|重要|会议), or a number of them more
    than one (当地政府|举办|的|59场|新春招聘会, xwlb-20230213-01): many, no one held."""
    counted = name.lstrip(_COUNT_OPENERS)
    if _a_count(name) and counted[:1] in _EXACT_NUMBER and counted[:1] not in _ONE:
        return True  # (not 多场|主题边会 held in one session, xwlb-20231010-11: reported as one)
    return _a_count(name) and (reader.after_word(markers("tally_spans"), sentence[0], start) is not None
                               or _YEAR_OPENING.match(reader.text, sentence[0]) is not None)


_ONE = "一1１"  # a count of one names one gathering (一场|…|报告会)


def _past_day_times(text: str, begin: int, end: int) -> int:
    """Where a name starts after the year and the parts of a day that open it (上午|和|下午|的|全体会议: 全体会议;
    去年|撒马尔罕峰会: 撒马尔罕峰会), or ``begin`` when none does."""
    while text.startswith(markers("years_told"), begin, end):
        # 在|去年|撒马尔罕峰会|上 (xwlb-20231026-04): the year it was held in, never a word of its name
        begin += next(len(word) for word in markers("years_told") if text.startswith(word, begin))
    at = begin
    while text.startswith(markers("day_times"), at):
        at += next(len(word) for word in markers("day_times") if text.startswith(word, at))
        if text.startswith(markers("day_times"), at):
            continue  # 当天|上午|的|大会开幕式
        if text.startswith("的", at) and at + 1 <= end:
            return at + 1
        if at >= end or text[at] not in "和、":
            return begin
        at += 1
    return begin


def _last_of(reader: _Reader, word: str, start: int, end: int) -> int | None:
    """Where the last ``word`` in text[start:end] outside a quotation starts, or None."""
    at = reader.text.rfind(word, start, end)
    while at >= 0 and any(a <= at < b for a, b in reader.an.quotes):
        at = reader.text.rfind(word, start, at)
    return at if at >= 0 else None


def _title_before(reader: _Reader, sentence_start: int, start: int) -> tuple[str, int, int] | None:
    """A gathering named before the trigger, as the subject of its sentence:
    “一带一路”企业家大会|今天|在|北京|举行; 中国残疾人联合会|第八次|全国代表大会|圆满|完成|各项|议程|，|在|北京|闭幕."""
    # the one named in the trigger's clause, else the sentence's first: 全国政协十四届一次会议新闻发布会|…|举行|，|…|，|
    # 全国政协十四届一次会议|将于|3月4日|…|开幕 (xwlb-20230303-06) opens the session, not the press conference
    # (as its subject: not 习近平|将|出席|开幕式|并|宣布|本届|亚运会|开幕, xwlb-20230922-04, what he attends)
    own = max(sentence_start, reader.clause(start)[0])
    found = reader.gathering(own, start)
    by_trigger = found is not None and bool(_trigger_words(reader, own, found.start()))
    by_person = found is not None and not by_trigger and bool(reader.between(own, found.start(), ("Person",))) and (
        reader.after_word(markers("announcing"), own, found.start(), whole=True) is not None)
    if by_trigger or by_person:
        found = None
    found = found or reader.gathering(sentence_start, start, press=False)
    if found is None or by_person and found.start() >= own:
        # (nor, read again from the sentence's start, the one a person in the clause announces: 辛格|宣布|
        # 杭州第十九届亚运会|闭幕 (xwlb-20231009-05), 李强|宣布|博览会|开幕 (xwlb-20230917-03) close and open the
        # gathering reported, none named 辛格宣布杭州第十九届亚运会; but the one a trigger before holds is it:
        # 联合国安理会|…|举行|紧急会议|审议, xwlb-20230426-12; and a person's name in its name is of it:
        # 泰尔·尼科尔斯|的|葬礼, 纪念|毛泽东|同志|诞辰|130|周年|座谈会)
        return None
    begin = reader.clause(found.start())[0]
    while begin < found.start() and reader.text[begin] in "在于":
        begin += 1  # 在|中国—中亚峰会|召开|前夕
    # 国务院总理|李强|主持召开|国务院|常务会议|，|审议通过: the name starts after the trigger before it, a
    # word of its own (not 任 of 神舟十六号|载人|飞行|任务|新闻发布会|在|…|举行, xwlb-20230529-05)
    for _, earlier_end in _trigger_words(reader, begin, found.start()):
        begin = earlier_end
    # (a gathering addressed by its kind alone after 向, a word of its own, is the one reported, no gathering named
    # after who addresses it: 曹焕成|代表|市工商业联合会、市总工会|向|大会|致以…, a county's page, 2017)
    if reader.text[found.start() - 1:found.start()] == "向" and found.start() - 1 in reader.an.boundaries \
            and found.start() in reader.an.boundaries:
        return None
    begin = reader.past_space(begin, found.start())
    begin = _after_its_organiser(reader, begin, found.start())
    return reader.text[begin:found.end()].strip(), begin, found.end()


def _after_its_organiser(reader: _Reader, begin: int, name_end: int) -> int:
    """Where an occasion's name starts when who organises it is written first, by 由, a verb of organising and 的:
    由|文化和旅游部|组织开展|的|2023年全国广场舞大会… (xwlb-20231108-11); ``begin`` otherwise."""
    if not reader.text.startswith(markers("agent_links"), begin):
        return begin
    of = reader.text.find("的", begin, name_end)
    if of > 0 and reader.text.endswith(markers("organising_verbs") + markers("co_hosting"), begin, of):
        # (the name's opening mark no part of it where it closes after the name's head: 由|哥伦比亚政府|发起|的|
        # “委内瑞拉政治进程国际会议”, xwlb-20230426-13)
        return of + 1 + (reader.text[of + 1:of + 2] == "“" and "”" not in reader.text[of + 2:name_end])
    return begin


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
    bounds = reader.bounds
    spans = [(at + len(w), at) for w in markers("occasions") if (at := reader.text.find(w, start, limit)) >= 0
             and at + len(w) in bounds]
    opened = start + reader.text.startswith("了", start)
    if not spans and reader.text.startswith(markers("commemorating"), opened):
        # 莱希|11日|出席|纪念|伊朗伊斯兰革命|胜利|44周年|的|活动|时|表示 (xwlb-20230212-14): an occasion its name says it
        # commemorates or celebrates, though its kind is the bare 活动
        at = reader.text.find("活动", opened, limit)
        if at >= 0 and at + 2 in bounds:
            return reader.text[opened:at + 2], opened, at + 2
    if not spans:
        return None
    stop, found = min(spans)
    begin = start
    while begin < found and reader.text[begin] in "了的":
        begin += 1
    name = reader.text[begin:found]
    if len(name) < 2 or name.startswith(markers("this_one") + markers("pointing")):
        return None  # (参加|有关|活动, 出席|上述|活动: the one just reported)
    described = reader.text.startswith(markers("venue_links"), begin)
    if any(triggers()[reader.text[a:b]].type in ("Meeting", "Gathering") and not (
            described and reader.text.startswith("的", b)) for a, b in _trigger_words(reader, start, found)):
        # (出席|会议|并|参观|…|活动: what another trigger names; but 第50次|访华|庆祝活动 is its name, and 出席|在|上海|举办|的|
        # 2023年|中国品牌日|活动 (xwlb-20230513-01) is one its venue describes, read as 出席|在|…|举行|的|…峰会 is)
        return None
    return reader.text[begin:stop], begin, stop


def _quoted_activity_after(reader: _Reader, start: int, clause_end: int) -> tuple[str, int, int] | None:
    """An activity held, named after the trigger by a quotation and 活动 a few characters after it: 中国驻希腊大使馆|…|
    共同|主办|了|“欢乐春节 温暖迎春”|活动 (xwlb-20230126-10), 举办|“飞天开放日”|活动 (81 such 举办/举行/主办…“…”…活动 in
    xwlb-2023; the annotators of the dev set and the batches wrote 27 such activities as gatherings)."""
    found = _QUOTED_ACTIVITY.match(reader.text, start, clause_end)
    if found is None or found.end() not in reader.bounds:
        return None
    begin = found.start(1)
    return reader.text[begin:found.end()], begin, found.end()


# 了|2023年|“…”|系列|活动: up to a few words before the quotation, and a few after it before 活动
_QUOTED_ACTIVITY = re.compile(r"了?([^。，；、“”\n]{0,8}“[^”\n]{2,30}”[^。，；“”\n]{0,6}活动)")


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
    else:
        # (or by a verb of organising no trigger reads: 由|文化和旅游部|组织开展|的|…成果展示活动|在|贵州|举办)
        begin = _after_its_organiser(reader, begin, at)
    name = reader.text[begin:at]
    if len(name) < _SHORT_TITLE + 1 or name.startswith(markers("this_one") + markers("pointing")) \
            or re.search(r"[0-9一二三四五六七八九十百千万多余几]+[项场个次]$", name) or _says(reader, begin, stop) \
            or _CLAUSE_END.search(reader.text, begin, stop):
        return None
    return reader.text[begin:stop], begin, stop
