"""Who does what a trigger says: the people opening its clause (or the one a bare title or a
pronoun refers to), those listed with them across commas, and who briefs or speaks for an
organisation (市场监管总局|局长|罗文|表示)."""
from __future__ import annotations

from ...model import Mention
from ..names import title_before
from .vocabulary import markers, _meeting_pattern
from .reader import _CLAUSE_END, _LIST_LINKS, _Reader, _says, _SUBJECT_LEAD, _trigger_words

# what joins the names of a list: 会见|A党|和|B党|代表团
# at most this many characters of a spokesman's title before the name (大会|新闻发言人|郭卫民)
_SPOKESMAN_TITLE = 8


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
    # (…|；|参观|朱德旧居纪念馆: the subject of the sentence the part goes on, xwlb-20230617-04)
    sentence = reader.joined_parts(sentence)
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
    while opening and opening[0].type != "Person" and reader.text[
            reader.past_space(*reader.clause(opening[0].start)):opening[0].start] == "在":
        # 在|云南省纪委监委|，|李希|详细|了解|…|，|并|召开|…|座谈会 (xwlb-20230617-04): a clause that opens with where says
        # where, and the subject opens the clause after it
        where = reader.clause(opening[0].start)
        places = reader.between(where[0], where[1])
        if any(m.type == "Person" for m in places) or reader.text[places[-1].end:where[1]].strip().removesuffix(
                "等地").removesuffix("等"):
            break  # (not 在|中国驻希腊大使馆|举办|的|国庆招待会|上|…, xwlb-20231001-11: who holds what is said of)
        named = [m for m in named if m.start >= where[1]]
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


def _spoken_for(reader: _Reader, start: int, said: int, right_after: bool = False) -> list[Mention]:
    """The organisations named in text[start:said], the first opening it, for whom who is named after
    them by a word of ``spokespeople`` speaks at ``said``: 中央统战部|、|…|负责同志|…|发言; 江苏|、|四川省委统战部|
    主要|负责同志|作了|发言 (a division before them says whose they are).  ``right_after``: the word follows the last of
    them, a modifier at most between (``spokespeople_modifiers``: 有关|负责同志; 中央编办|、|人力资源和社会保障部|负责同志|
    参与协商交流; not 中央纪律检查委员会|副书记|和|有关部门|负责同志|列席, xwlb-20230228-01, whose deputies, not the body,
    attend)."""
    # (the clause before, whose bodies' heads are named as well, lists them too: 国家发展改革委|、|生态环境部|负责同志|，|
    # 江苏|、|四川省委统战部|主要|负责同志|作了|发言, xwlb-20230324-04)
    while start > 1 and reader.text.endswith(markers("spokespeople"), 0, start - 1) \
            and reader.text[start - 1] in "，," and not right_after:
        start = reader.clause(start - 2)[0]
    # (a person whose unit or relatives are named speaks for none: 雷锋|生前所在|部队|负责同志, xwlb-20230223-01)
    named = [m for m in reader.between(start, said, ("Person", "Agency", "AdministrativeDivision"))
             if m.type != "Person" or not reader.text.startswith(markers("relatives"), m.end)]
    if not named or named[0].start - start > _SUBJECT_LEAD or any(m.type == "Person" for m in named) \
            or not any(word in reader.text[named[-1].end:said] for word in markers("spokespeople")):
        return []
    if right_after:
        after = named[-1].end
        after += next((len(w) for w in markers("spokespeople_modifiers") if reader.text.startswith(w, after)), 0)
        if not reader.text.startswith(markers("spokespeople"), after):
            return []
    return [m for m in named if m.type == "Agency" or _speaks_for_itself(reader, m, named)]


def _speaks_for_itself(reader: _Reader, division: Mention, named: list[Mention]) -> bool:
    """Whether a division listed with the bodies whose heads speak is one of them (its government's heads): 中央网信办|、|
    福建省|等|相关|负责人|介绍 (xwlb-20230629-08), 国家发展改革委|、|内蒙古自治区|等|部门|和|地区|相关|负责人|介绍
    (xwlb-20231109-07), …|、|上海市|、|湖北省|…|有关|负责同志|作了|交流发言 (xwlb-20230928-05; 10-15 such lists in
    xwlb-2023).  Not one that opens the name of the body after it, written short: 江苏|、|四川省委统战部|主要|负责同志
    (xwlb-20230324-04: 江苏省委统战部)."""
    if division.type != "AdministrativeDivision":
        return False
    after = reader.past_space(division.end, len(reader.text))
    if reader.text.startswith(("等", *markers("spokespeople"), *markers("spokespeople_modifiers")), after):
        return True
    following = next((m for m in named if m.start > division.start), None)
    if following is None or len(reader.text[after:following.start]) != 1 or reader.text[after] not in _LIST_LINKS:
        return False
    # (but a national body after it leaves it one of the list: 北京市|、|浙江省|、|四川省|、|商务部|、|…|负责同志|作|交流发言,
    # xwlb-20230629-01)
    return following.type == "AdministrativeDivision" or following.prop("division") is None


def _briefing(reader: _Reader, clause: tuple[int, int], said: int) -> list[Mention]:
    """Who opens ``clause`` and briefs at ``said``: 市场监管总局|局长|罗文|表示 — the person named;
    国家卫生健康委|新闻发言人|介绍 — the organisation an unnamed spokesman speaks for."""
    # (with the divisions listed among the organisations, each for its government: 中央网信办|、|福建省|等|相关|负责人|介绍)
    listed = reader.between(clause[0], said, ("Person", "Agency", "AdministrativeDivision"))
    named = [m for m in listed if m.type != "AdministrativeDivision"]
    # (大会|新闻发言人|郭卫民|介绍, xwlb-20230303-06: a spokesman's title before the name; 市场监管总局|局长|罗文|表示,
    # xwlb-20230413-06: a title, whatever recognition read of its organisation)
    if not named or named[0].start - clause[0] > _SUBJECT_LEAD and not (
            named[0].type == "Person" and named[0].start - clause[0] <= _SPOKESMAN_TITLE and (
                reader.text.endswith(markers("spokespeople"), clause[0], named[0].start)
                or title_before(reader.text, named[0].start) and not _says(reader, clause[0], named[0].start))):
        return []
    people = [m for m in named if m.type == "Person"]
    return people or [m for m in listed if m.type == "Agency" or _speaks_for_itself(reader, m, listed)]


def _titles(reader: _Reader, mention: Mention, named: list[Mention]) -> bool:
    """Whether ``mention`` is part of the title of a person named after it in its clause:
    中共中央政治局|常委|、|国务院|总理|李强 (no trigger, no comma between)."""
    return any(m.type == "Person" and m.start >= mention.end and reader.clause(m.start)[0] <= mention.start
               and not _says(reader, mention.end, m.start) for m in named)


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
        if named and named[-1].type != "Person" and named[-1].end != at:
            # 俄罗斯|总统|普京|（|线上|）|和|60多位|非洲|国家|…|领导人|或|代表|，|以及|…|古特雷斯|…|出席 (xwlb-20230825-01):
            # the places that say where a group after the last name comes from are the group's, not the list's end
            people = [m for m in named if m.type == "Person"]
            if people and reader.text.startswith(_LIST_TAILS, people[-1].end):
                named = named[:named.index(people[-1]) + 1]
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
    if listed and reader.text.startswith(markers("saying_verbs"), listed[-1].end):
        # 出席|会议|的|苏丹|主权委员会|主席|…|布尔汉|称 (xwlb-20231210-15; 5 such …的…表示 in xwlb-2023): who is described
        # so and says something attends
        return _joined(reader, listed)
    if not reader.text[at:clause[1]].endswith("有") or reader.text[clause[1]:clause[1] + 1] not in "：:":
        return _listed_next(reader, clause, sentence)
    return reader.people(clause[1] + 1, sentence[1], before_trigger=False)


def _listed_next(reader: _Reader, clause: tuple[int, int], sentence: tuple[int, int]) -> list[Mention]:
    """Who the sentence after names, when it opens by saying they are those its last clause describes (``markers.tsv``
    ``they_are``): 欢迎|来华|出席|杭州第19届亚洲运动会|开幕式|的|国际贵宾|。|他们是|：|柬埔寨|国王|西哈莫尼|、|…
    (xwlb-20230923-01, xwlb-20230728-01: the guests of the two welcoming banquets of xwlb-2023)."""
    if reader.text[clause[1]:sentence[1]].strip("。 \n"):
        return []
    following = reader.an.sentence(sentence[1] + 1) if sentence[1] + 1 < len(reader.text) else None
    if following is None or following[0] < sentence[1]:
        return []
    opened = reader.past_space(*following)
    they_are = next((w for w in markers("they_are") if reader.text.startswith(w, opened)), None)
    if they_are is None:
        return []
    return reader.people(opened + len(they_are), following[1], before_trigger=False)
