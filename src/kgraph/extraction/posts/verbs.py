"""Posts a verb gives: the verbs of data/posts/post_verbs.tsv (lexicons.post_verbs, read by the events stage too), a chain
after a verb of taking or leaving a post (任命|孙志强|为|公安县人民政府|常务副县长, 免去|…|职务: former) or a
copula, for the verb's subject or the people it names; a chain after 曾任 (former posts of whom the
sentence is about); a profile's verb (李国华，男，…，|现任|…); a chain after an agency only later stages
read (街道党工委|副书记|、|办事处|主任|蒋|海波)."""
from __future__ import annotations

import re
from functools import cache

from ...model import Mention
from ...resources import data_table, word_set
from ..analysis import Analysis
from ..lexicons import post_verbs
from ..names import address_words, surnames
from ..recognisers.divisions import CHINESE_NUMERALS
from .titles import _CJK, _government_titles, _implied, _level_of_head, Post, post_title_at, _TERMS
from .bodies import _add_person, _government, _hold, _implied_organisation, _name_at
from .chains import read_post_chain
from .lists import _hold_listed, _objects_after, _titles_held
from .local import _division_governed
from .foreign import _holds_its_posts, _of_its_country
from .officials import _head_of_division, _unnamed_among_peers


@cache
def _held_once_verbs() -> tuple[str, ...]:
    """The former-markers that are verbs of the person the sentence is about (曾任)."""
    return tuple(row[0] for row in data_table("posts", "former_markers.txt") if row[1:] == ("verb",))


def _bodies_by_start(an: Analysis) -> dict[int, Mention]:
    """The longest agency or division written from each offset: where a chain after a verb starts."""
    bodies: dict[int, Mention] = {}
    for m in an.mentions:
        if m.type in ("Agency", "AdministrativeDivision") and m.end > m.start:
            if m.start not in bodies or m.end > bodies[m.start].end:
                bodies[m.start] = m
    return bodies


def _chain_from(an: Analysis, bodies: dict[int, Mention], pos: int) -> tuple[list[Post], int]:
    """The posts a chain written from ``pos`` names (a body's term skipped: 第八、九、十届|全国政协|
    副主席), and where it ends; nothing when no body starts there.  The first stage read the chain
    already (its units are mentions): what it adds again is dropped, so each unit is named once."""
    text = an.text
    term = _TERMS.match(text, pos)
    if term and pos not in bodies:  # 十四届全国人大常委会: a body read with its term starts at the term
        pos = term.end()
    title = post_title_at(text, pos)
    if title in _implied() and _implied()[title][1] != "never":
        # 免去|李尚福|的|国务委员|、|国防部|部长|职务 (xwlb-20231024-07): a title naming its own
        # organisation opens the chain (国务院), and what follows 、 goes on with it
        posts, end = [(_implied_organisation(an, title, pos), title, False)], pos + len(title)
        if text.startswith("、", end):
            more, after = _chain_from(an, bodies, end + 1)
            if more:
                posts, end = posts + more, after
        return posts, end
    body = bodies.get(pos)
    while body is not None and body.type == "AdministrativeDivision" and bodies.get(body.end) is not None \
            and post_title_at(text, body.end) is None:
        body = bodies[body.end]  # 云南省|沧源佤族自治县人民法院|执行局|局长: the body the division goes on with
    if body is None:
        level = _level_of_head(title or "")
        if level and (division := _division_governed(an, level, pos, pos)) is not None:
            # a division head's title alone (雷树平、…张志伟|和|刘丹|当选|副县长, a county's people's congress, 2016): the
            # government of the division of that level the page names or is at home in
            return [(_government(an, division, _government_titles()[title], pos), title, False)], pos + len(title)
        return [], pos
    count = len(an.mentions)
    posts, end = read_post_chain(an, body) if body.type == "Agency" else _head_of_division(an, body)
    if len(an.mentions) > count:  # (the mentions known read only when the chain added some: once per body is quadratic)
        known = {(m.type, m.key, m.start, m.end) for m in an.mentions[:count]}
        an.mentions[count:] = [m for m in an.mentions[count:] if (m.type, m.key, m.start, m.end) not in known]
    return posts, end


def _posts_held_once(an: Analysis, people: list[Mention], bodies: dict[int, Mention]) -> None:
    """霍英东先生是…，曾任|第八、九、十届|全国政协|副主席 (xwlb-20230510-03), 张卫东|曾任|公安县|县长:
    a chain after 曾任 (历任) with no name after it names former posts of the person the sentence is
    about — the name right before 曾任 (with its word of address: 李克强|同志|历任, xwlb-20231027-03), else the
    name that opens the sentence, else the one whose profile it is in (李国华，男，…，历任…); or of the name
    it describes (曾任甘棠镇镇长|的|李志刚)."""
    text = an.text
    by_end, by_start = {m.end: m for m in people}, {m.start: m for m in people}
    for verb in _held_once_verbs():
        for match in re.finditer(re.escape(verb), text):
            if match.start() not in an.boundaries:
                continue
            posts, end = _chain_from(an, bodies, match.end())
            if not posts or _name_at(an, end) is not None or end in by_start:
                continue  # 曾任公安县县长|张卫东: the first stage gave the name its posts
            if text.startswith("的", end):  # 曾任甘棠镇镇长|的|李志刚; 曾任县长的|人: nobody named
                holder = by_start.get(end + 1)
            else:
                sentence = an.sentence(match.start())[0]
                holder = by_end.get(match.start()) or _addressed_before(an, by_end, match.start()) or next(
                    (m for m in people if sentence <= m.start < match.start() and not text[sentence:m.start].strip()),
                    None) or _profile_subject(an, people, match.start())
            if holder is not None:
                _hold(an, holder, [(organisation, title, True) for organisation, title, _ in posts], match.start())


def _addressed_before(an: Analysis, by_end: dict[int, Mention], pos: int) -> Mention | None:
    """The person whose name and a word of address (同志, 先生) end at ``pos``: 李克强|同志|历任 (xwlb-20231027-03)."""
    return next((by_end[pos - len(word)] for word in address_words()
                 if an.text.startswith(word, pos - len(word)) and pos - len(word) in by_end), None)


def _officials_named_late(an: Analysis, people: list[Mention], bodies: dict[int, Mention]) -> None:
    """朝阳街道 … 街道党工委|副书记|、|办事处|主任|蒋|海波 (the model reads no name in 蒋|海波, the
    people stage does): a chain after an agency whose name the first stage could not read names
    the posts of the person the later stages found right after it, and of the people listed with
    them, unless the sentence gave them posts already.  An agency with no division too
    (国际能源署|署长|法提赫|·|比罗尔, xwlb-20230703-15: the model's name is no word of the segmenter), when
    its name is the one its titles are held in."""
    held = {(f.subject, f.start) for f in an.facts if f.predicate == "holdsPost"}
    for body in list(bodies.values()):
        if body.type != "Agency" or _unnamed_among_peers(an, body) or (
                body.prop("division") is None and not _holds_its_posts(an, body)):
            continue
        posts, end = _chain_from(an, {body.start: body}, body.start)
        if body.prop("division") is None:
            posts = _of_its_country(body, posts)
        if not posts:
            continue
        holders, pos = _objects_after(an, people, end)
        sentence = an.sentence(body.start)[0]
        for person in holders:
            if (person.key, sentence) not in held:
                _hold(an, person, posts, person.start)
        if holders and an.text[pos - 1:pos] == "、":
            # 街道党工委书记沈涛|、|办事处|主任|吴琼: the list goes on with a chain of its own
            _hold_listed(an, people, *read_post_chain(an, posts[-1][0], link=pos), held=_titles_held(an))


# what may stand between a verb's subject and the verb: 孙志强|同志|任, 王建国|已|调任 — a few
# characters, no punctuation (a subject further back is another clause's: 习近平|致电|…，祝贺|他|当选)
# (or the votes that elected him: 郭薪|以190票的高票|当选为|县人民政府县长, a county's people's congress, 2016)
_SUBJECT_GAP = re.compile(r"(?:以(?:\d+|全)票(?:的高票)?)?[\u4e00-\u9fff]{0,3}")


def _subject_before(an: Analysis, people: list[Mention], verb: int) -> Mention | None:
    """The person whose name ends a few characters before ``verb``, with nothing named between."""
    named = [m for m in an.mentions if m.end > m.start and m.end <= verb]
    last = max(named, key=lambda m: m.end, default=None)
    if last is None or last.type != "Person" or _SUBJECT_GAP.fullmatch(an.text, last.end, verb) is None:
        return None
    return next((m for m in people if m.key == last.key and m.end == last.end), None)


def _glued_after_an_opener(an: Analysis, start: int, end: int) -> bool:
    """Whether the verb at [start, end) ends a word jieba glued to an opener of it (高票|当选, word set
    post_verb_openers)."""
    token = an.token_at(start)
    return token is not None and token[1] == end and an.text[token[0]:start] in word_set("post_verb_openers")


def _listed_before(an: Analysis, people: list[Mention], subject: Mention) -> list[Mention]:
    """The subject and the people listed right before it with 、 or 和 (雷树平、廖兴云…、张志伟|和|刘丹|当选|副县长, a county's
    people's congress, 2016): each the verb's subject."""
    by_end = {m.end: m for m in people}
    listed, at = [subject], subject.start
    while at > 0 and an.text[at - 1] in _LIST_MARKS and (before := by_end.get(at - 1)) is not None:
        listed.append(before)
        at = before.start
    return listed[::-1]


_LIST_MARKS = "、和"
_RESPECTIVELY = "分别"


@cache
def object_pronouns() -> tuple[str, ...]:
    """The pronouns a verb may name the people after it by (data/posts/object_pronouns.txt: 其)."""
    return tuple(row[0] for row in data_table("posts", "object_pronouns.txt"))


def _named_by_a_pronoun(an: Analysis, people: list[Mention], verb: int, pos: int) -> tuple[list[Mention], int]:
    """The person a pronoun right after a verb names (免去|其|…|职务): the one the sentence named last before the verb
    (任命|郭振华|为|…|主任|，|免去|其|…, xwlb-20230628-09), and where the pronoun ends; none without one."""
    pronoun = next((word for word in object_pronouns() if an.text.startswith(word, pos)), None)
    if pronoun is None:
        return [], pos
    sentence = an.sentence(verb)[0]
    before = [m for m in people if sentence <= m.start and m.end <= verb]
    return ([before[-1]], pos + len(pronoun)) if before else ([], pos)


@cache
def _profile_marks() -> tuple[str, ...]:
    return tuple(row[0] for row in data_table("posts", "profile_marks.txt"))


def _profile_subject(an: Analysis, people: list[Mention], verb: int) -> Mention | None:
    """The person whose profile a verb is written in (data/posts/profile_marks.txt): 李国华，男，1978年5月生，
    |现任|县财政局副局长 (a county's 干部任前公示) -> 李国华; the profile is the item (up to 。, ； or a line
    break) the name opens, with no other person named before the verb; a colon opens the first item (…现予以公示：|
    陈晓东，男，…，现任…: the layout joins the notice's line to the first item's)."""
    text = an.text
    start = max(text.rfind(mark, 0, verb) for mark in "。；;：:\n") + 1
    while start < verb and text[start].isspace():
        start += 1
    person = next((m for m in people if m.start == start), None)
    if person is None or any(m.start > start and m.start < verb for m in people):
        return None
    after = person.end + 1 if text[person.end:person.end + 1] in ("，", "（", ",", "(") else None
    if after is None or not any(text.startswith(mark, after) and not _CJK.match(text[after + len(mark):after + len(mark) + 1])
                                for mark in _profile_marks()):
        return None
    return person


# a profile's birth written before the posts it lists with no verb: 蒋建明,|1962年12月生,|江苏沭阳县委书记; (the
# people a paper interviewed, listed; a page's 年 may be lost: 196212月生)
_BIRTH = re.compile(r"(?:19|20)\d{2}年?\d{1,2}月(?:出)?生[，,]")
# what may stand between a profile's name and its birth: the sex in brackets (张永霞(女),)
_BEFORE_BIRTH = re.compile(r"(?:[(（][男女][)）])?[，,]")


def _posts_in_profiles(an: Analysis, people: list[Mention], bodies: dict[int, Mention]) -> None:
    """The posts a profile lists right after its holder's birth, with no verb (a paper's list of the
    officials it interviewed: 蒋建明,1962年12月生,江苏沭阳县委书记; 张永霞(女),1968年12月生,山东日照市委常委、
    东港区委书记;): the chain after the birth is the item's person's, where the item opens with the name."""
    text = an.text
    for birth in _BIRTH.finditer(text):
        start = max(text.rfind(mark, 0, birth.start()) for mark in "。；;：:\n") + 1
        while start < birth.start() and text[start].isspace():
            start += 1
        person = next((m for m in people if m.start == start), None)
        if person is None or _BEFORE_BIRTH.fullmatch(text, person.end, birth.start()) is None:
            continue
        posts, end = _chain_from(an, bodies, birth.end())
        if posts and end not in {m.start for m in people} and _name_at(an, end) is None and _chain_ends(text, end):
            _hold(an, person, posts, birth.end())


# what ends a chain a verb names: punctuation, 职务|一职, 的 (…|调任|乌克兰战略工业部|部长|的|提议), the end
_CHAIN_ENDS = re.compile(r"$|[，。；：、,;:！？\s]|职务|一职|的")


def _chain_ends(text: str, end: int) -> bool:
    """Whether the chain a verb names ends at ``end``: 任命|郭振华|为|全国人大常委会|代表|工作委员会|主任
    (xwlb-20230628-09) reads no post 代表 of 全国人大常委会, as the title runs on into a name."""
    return _CHAIN_ENDS.match(text, end) is not None


@cache
def _copulas() -> tuple[tuple[str, bool, tuple[str, ...], bool], ...]:
    """The copulas as rows of :func:`post_verbs` (the holder before, no joiner), the longest first
    (生前是 before 是): data/posts/copulas.tsv."""
    rows = [(*row, "")[:2] for row in data_table("posts", "copulas.tsv")]
    return tuple(sorted(((word, False, (), held == "former") for word, held in rows), key=lambda row: -len(row[0])))


def _posts_by_verb(an: Analysis, people: list[Mention], bodies: dict[int, Mention],
                   verbs: tuple[tuple[str, bool, tuple[str, ...], bool], ...]) -> None:
    """任命|孙志强|为|公安县人民政府|常务副县长, 王建国|已|调任|荆州市委|秘书长, 免去|唐一军|的|司法部|部长|
    职务 (xwlb-20230224-04): a chain after a verb of taking or leaving a post (data/posts/post_verbs.tsv)
    names the posts of the verb's subject or of the people it names; no post when a name follows the
    chain (the first stage read 调任荆州市委秘书长|李某's).  A copula's subject holds the posts of the
    chain after it the same way (鲍卫忠|同志|生前是|云南省沧源佤族自治县人民法院|执行局|局长, xwlb-20231218-10)."""
    text = an.text
    starts = {m.start for m in people}
    read: list[tuple[int, int]] = []  # the verbs read, the longest first: 生前是 holds the 是 within it
    said: dict[int, Mention] = {}  # a sentence's start -> the body its last chain after a verb named
    for verb, holder_after, joiners, ends in verbs:
        for match in re.finditer(re.escape(verb), text):
            if (match.start() not in an.boundaries and not _glued_after_an_opener(an, match.start(), match.end())) \
                    or any(s < match.end() and match.start() < e for s, e in read):
                continue
            read.append(match.span())
            if holder_after and ends and _listed_removal(an, {m.start: m for m in people}, bodies, match.end()):
                continue  # (免去|A|…|局长|、|B|…|局长|职务: each item its own posts, _removals_listed)
            if holder_after and (opened := _COLON_OPENING.match(text, match.end())) is not None:
                _listed_after_a_colon(an, people, bodies, opened.end(), joiners, ends, match.start())
                continue
            if holder_after:
                holders, pos = _objects_after(an, people, match.end())
                if not holders and (chain_end := _chain_from(an, bodies, match.end())[1]) > match.end():
                    # 任命|县委副书记|纪道清|同志|为|县人民政府|副县长 (a county paper, 2016): the one appointed
                    # written after the posts he holds already
                    holders, pos = _objects_after(an, people, chain_end)
                if not holders:
                    holders, pos = _named_by_a_pronoun(an, people, match.start(), match.end())
            else:
                subject = _subject_before(an, people, match.start()) or _profile_subject(an, people, match.start())
                if subject is not None and _RESPECTIVELY in text[subject.end:match.start()]:
                    continue  # 张三、李四|分别|当选为…主任、副主任: the posts go one to each, in order (not read)
                holders, pos = (_listed_before(an, people, subject) if subject else []), match.end()
            if not holders:
                continue
            if holder_after and (counted := _PEOPLE_COUNTED.match(text, pos)):
                pos = counted.end()  # 任命|李春雨、何娇、徐莉|等18人|为|通州区人民法院|审判员 (通州区's congress, 2023)
            pos = _past_joiner(text, pos, joiners)
            posts, end = _chain_from(an, bodies, pos)
            sentence = an.sentence(match.start())[0]
            if not posts and sentence in said and (title := post_title_at(text, pos)) is not None \
                    and _chain_ends(text, pos + len(title)):
                # 刘志华|当选为|政协太和县第十届委员会|主席|，|陈建国、王丽|当选为|副主席 (a county CPPCC's session, the
                # election's usual wording): a title alone after the verb is held in the body the sentence named
                posts, end = [(said[sentence], title, False)], pos + len(title)
            if not posts or end in starts or _name_at(an, end) is not None or not _chain_ends(text, end):
                continue
            said[sentence] = posts[-1][0]
            posts = [(organisation, title, former or ends) for organisation, title, former in posts]
            for person in holders:
                _hold(an, person, posts, match.start())
            if holder_after:
                _clauses_sharing_the_body(an, people, posts[-1][0], end, match.start(), former=ends, bodies=bodies)


def _past_joiner(text: str, pos: int, joiners: tuple[str, ...]) -> int:
    """Where the chain after a verb's people starts: past the longest joiner written at ``pos`` (为, 的, 兼任的)."""
    return pos + next((len(j) for j in sorted(joiners, key=len, reverse=True) if text.startswith(j, pos)), 0)


def _listed_after_a_colon(an: Analysis, people: list[Mention], bodies: dict[int, Mention], pos: int,
                          joiners: tuple[str, ...], former: bool, at: int) -> None:
    """The items a notice lists after the verb and a colon, one a line or a clause, each its people, the joiner and a
    chain: 决定任命:\n刘志华|为|县人民政府办公室|主任;\n陈建国|为|县财政局|局长。, 决定免去:\n王立军|的|县教育局|局长|职务
    (a county congress's appointments, the notices' usual layout)."""
    text = an.text
    while True:
        holders, after = _objects_after(an, people, pos)
        if not holders:
            return
        after = _past_joiner(text, after, joiners)
        posts, end = _chain_from(an, bodies, after)
        if not posts or not _chain_ends(text, end):
            return
        for person in holders:
            _hold(an, person, [(organisation, title, was or former) for organisation, title, was in posts], at)
        end += len(_POST_WORD) if text.startswith(_POST_WORD, end) else 0
        following = _ITEM_BREAK.match(text, end)
        if following is None:
            return
        pos = following.end()


# a verb's colon before the items it lists, and what parts two items (a clause's mark, a line's end)
_COLON_OPENING = re.compile(r"[:：]\s*")
_ITEM_BREAK = re.compile(r"[；;，,]?\s*\n\s*|[；;，,]\s*")


def _clauses_sharing_the_body(an: Analysis, people: list[Mention], body: Mention, pos: int, at: int,
                              former: bool, bodies: dict[int, Mention]) -> None:
    """The clauses after a verb's chain that name more people 为 a title alone hold it in the chain's last body:
    选举|张三|为|政协太和县第十届委员会|主席|，|李四、王五|为|副主席|，|孙七|为|秘书长 (a county CPPCC's session, the
    election's usual wording): the body said once for the sentence; one 为 a chain of its own holds its posts (决定任命|
    吴斌|为|…监察委员会|副主任…，|林长春|为|北京市通州区信访办公室|主任，|刘军伟|为|…检察委员会|委员, 通州区's congress,
    2019: the verb governs each clause)."""
    text = an.text
    while text[pos:pos + 1] in _SHARING_MARKS and pos + 1 < len(text):
        holders, after = _objects_after(an, people, pos + 1)
        if holders and (counted := _PEOPLE_COUNTED.match(text, after)):
            after = counted.end()  # (…，|李明、王强|两位同志|为|秘书长)
        if not holders or not text.startswith(_AS, after):
            return
        title = post_title_at(text, after + len(_AS))
        if title is None:
            posts, end = _chain_from(an, bodies, after + len(_AS))
            if not posts or not _chain_ends(text, end):
                return
            for person in holders:
                _hold(an, person, [(organisation, title, former or was) for organisation, title, was in posts], at)
            body, pos = posts[-1][0], end
            continue
        if not _chain_ends(text, after + len(_AS) + len(title)):
            return
        for person in holders:
            _hold(an, person, [(body, title, former)], at)
        pos = after + len(_AS) + len(title)


# the marks between the clauses of one appointment's sentence, and the word before the post
_SHARING_MARKS = frozenset("，,；;")
_AS = "为"


# the count of the people a verb names, closing the list of those named (等18人, 等三名同志): the rest unnamed
# (or counted with no 等: 选举|张亚军、尚卫东、颜鹏飞、赵伟|四位同志|为|县第十届政协委员会|副主席, 太和县's CPPCC session, 2021)
_PEOPLE_COUNTED = re.compile(f"等?[0-9０-９{''.join(sorted(CHINESE_NUMERALS))}]+(?:人|名|位)(?:同志)?")
# the word that closes a list of posts a removal names: 免去|A|…|局长|、|B|…|局长|职务
_POST_WORD = "职务"
# a personal name of two or three characters, its surname read by the surname rules
_NAME_LENGTHS = (3, 2)


def _removals_listed(an: Analysis) -> None:
    """免去|游代进|屏南县财政局|局长|、|张功成|屏南县人事局|局长|职务 (a county's removals, 2010): after a verb that ends a
    post and names its holders after it, a list of items each a name and a chain of posts, parted by 、 and closed by
    职务, gives each name its own posts (former), and the names the model could not read are people (the name read by
    the surname rules, a body written right after it). Nothing unless the whole list reads so."""
    text = an.text
    people = {m.start: m for m in an.of_type("Person") if m.end > m.start}
    bodies = _bodies_by_start(an)
    for verb, holder_after, _, ends in post_verbs():
        if not (holder_after and ends):
            continue
        for match in re.finditer(re.escape(verb), text):
            for at, name, posts in _listed_removal(an, people, bodies, match.end()):
                person = people.get(at) or _add_person(an, at, name)
                _hold(an, person, [(organisation, title, True) for organisation, title, _ in posts], match.start())


def _listed_removal(an: Analysis, people: dict[int, Mention], bodies: dict[int, Mention],
                    pos: int) -> list[tuple[int, str, list[Post]]]:
    """The items (where, name, posts) of a list of removals that starts at ``pos`` (see :func:`_removals_listed`),
    or none: two items at least, closed by 职务."""
    text, items, end = an.text, [], pos
    while True:
        name = _listed_holder(an, people, bodies, pos)
        if name is None:
            break
        posts, end = _chain_from(an, bodies, pos + len(name))
        if not posts:
            break
        items.append((pos, name, posts))
        if not text.startswith("、", end):
            break
        pos = end + 1
    if len(items) < 2 or not text.startswith(_POST_WORD, end):
        return []  # (one item: 免去|某某|的|…|职务 is the verb's own reading)
    return items


def _listed_holder(an: Analysis, people: dict[int, Mention], bodies: dict[int, Mention], pos: int) -> str | None:
    """The name at ``pos`` a body follows right after: a person read there, else a name of the surname rules."""
    if pos in people:
        person = people[pos]
        return person.label if person.end in bodies and an.text[pos:person.end] == person.label else None
    singles, _ = surnames()
    if an.text[pos:pos + 1] not in singles:
        return None
    for length in _NAME_LENGTHS:
        name = an.text[pos:pos + length]
        if pos + length in bodies and all("\u4e00" <= c <= "\u9fff" for c in name) \
                and bodies[pos + length].type in ("Agency", "AdministrativeDivision"):
            return name
    return None
