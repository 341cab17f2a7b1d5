"""Who holds a chain's posts: the name after it, or each of a list (村两委成员赵丽、孙强、周建华),
or the holder named after the rest of a chain the stage cannot read (全国人大代表|、|…|李雪平); the
people a verb or a list names (任命|刘俊臣|、|郭振华|为); a list of members after a colon holding its
titles (…组成人员。他们是：主任沈春耀，副主任黄玉山、张勇); whether a division is listed among its peers
(公安县|、|江陵县: which county's 县委 is not said)."""
from __future__ import annotations

import re
from functools import cache

from ...model import Key, Mention
from ...resources import data_table, word_set
from ..analysis import Analysis
from ..names import address_words, read_name
from .titles import _bare_committee, _CJK, Post, post_title_at, _title_ending_at
from .bodies import _add_person, _hold, _holds_a_stop, _name_at
from .chains import read_post_chain

# how far the rest of a holder's chain may run after 、 (江西萍乡茅店村党总支书记, 13; 宁德时代新能源科技
# 股份有限公司董事长, 16)
_LONGEST_APPOSITION = 32


def _chain_opens_a_clause(an: Analysis, agency: Mention) -> bool:
    """Whether the chain from ``agency`` opens its clause: after a mark, or after a preposition (对, 由) the
    model read right before it."""
    if agency.start == 0 or not _CJK.match(an.text[agency.start - 1]):
        return True
    return any(token.end == agency.start and token.tag == "p" for token in an.model_tokens or ())


def _chain_at(an: Analysis, pos: int) -> bool:
    """Whether a chain of posts starts at ``pos``: an organisation or a division written there, or a title."""
    return post_title_at(an.text, pos) is not None or any(
        m.start == pos and m.end > pos and m.type in ("Agency", "AdministrativeDivision") for m in an.mentions)


def _holder_further_on(an: Analysis, agency: Mention, pos: int) -> int:
    """Where the holder of a chain that ends at ``pos`` is named: right there, or after the rest of
    the chain when it goes on past 、 with posts the stage cannot read, up to a title right before a
    name — 全国人大代表|、|四川眉山永丰村党委书记|李雪平 (xwlb-20230316-06), 全国人大代表|、|江西萍乡
    茅店村党总支书记|谭新萍 (xwlb-20230317-07): the deputy is the one named at the end, as in 全国人大代表、
    县委书记某某 (a chain read through).  Past ， too when the chain opens its clause (after a mark or a
    preposition) and another chain opens the next: 对|北京市委|常委|，|市政府党组成员、副市长|靳伟
    (xwlb-20231025-17), 县委常委、政法委书记|，|县公安局局长|钱勇 (a county paper)."""
    text = an.text
    if _name_at(an, pos) is not None or not (text.startswith("、", pos) or (
            text.startswith("，", pos) and _chain_opens_a_clause(an, agency) and _chain_at(an, pos + 1))):
        return pos
    if (text[agency.start - 1:agency.start] in ("、", "兼") or _holds_a_stop(an, agency.start, agency.end)
            or _bare_committee().fullmatch(agency.label)
            or any(m.type == "Agency" and m.end == agency.end and m.start > agency.start for m in an.mentions)):
        # a link of a chain read from its start (…原常委、|统战部|原部长、…); a name the model read over a
        # preposition (在|人民大会堂|同古共|中央政治局, xwlb-20230424-06: 古共中央政治局 is read within it);
        # a bare committee, whose chain the later stage reads with its division (街道党工委副书记、办事处主任)
        return pos
    end = min(len(text), pos + _LONGEST_APPOSITION)
    for at in range(pos + 2, end):
        if not (_CJK.match(text[at - 1]) or text[at - 1] == "、"):
            return pos  # a clause's punctuation: the chain ended without its holder
        if _title_ending_at(text, at) is not None and at in an.boundaries and _name_at(an, at) is not None:
            return at
    return pos


def _officials(an: Analysis, pos: int, posts: list[Post]) -> None:
    """The name (or the names listed with 、) after a run of posts: each holds them all
    (村两委成员赵丽、孙强、周建华参加)."""
    text = an.text
    name = _name_at(an, pos)
    listed = 0  # the names listed with 、 so far
    while name is not None:
        # 帕巴拉|·格列朗杰: the rest of a transliterated name the model cut at its dot
        rest = _TRANSLITERATED_REST.match(text, pos + len(name))
        if rest:
            name += rest.group()
        person = _add_person(an, pos, name)
        _hold(an, person, posts, pos)
        after = pos + len(name)
        joiner = next((word for word in _joiners() if text.startswith(word, after)), None)
        if joiner is not None and listed and (name := _name_at(an, after + len(joiner))) is not None:
            # 全国人大常委会委员吴杰明、高友东、…、鲜铁可|和|吴艳刚、邹宁 (xwlb-2023): a list of names with 、 goes
            # on after a joiner (a name joined to the first alone may be of another post: 习近平|和|李强)
            pos = after + len(joiner)
            continue
        if joiner is not None and (more := read_post_chain(an, posts[-1][0], link=after + len(joiner)))[0]:
            # 广西壮族自治区党委书记刘宁|和|自治区政府|主席|蓝天立 (xwlb-20231215-01): the next official's post in
            # a unit of the chain's, joined as after 、 (a division head's title alone is read with the division)
            _officials(an, more[1], more[0])
            return
        if text[after:after + 1] != "、":
            return
        listed += 1
        pos = after + 1
        name = _listed_name_at(an, pos)
        if name is None:  # 党工委书记李华|、|办事处主任|王明: the next name has a post of its own
            more, end = read_post_chain(an, posts[-1][0], link=pos)
            if more:
                _officials(an, end, more)
            return


# the part after the dot of a transliterated name, up to the next item of a list
_TRANSLITERATED_REST = re.compile(r"·[\u4e00-\u9fff]{1,8}(?=[、，。和])")


def _listed_name_at(an: Analysis, pos: int) -> str | None:
    """The next name of a list of officials (何立峰、苏辉、郑建邦): as :func:`_name_at`
    reads it, or, between two names it reads, by the surname rules (xwlb-20230303-04:
    the model reads 苏辉 as a place)."""
    name = _name_at(an, pos)
    if name is not None or an.model_tokens is None:
        return name
    name = read_name(an.text, pos, an.boundaries)
    if name is None:
        return None
    after = pos + len(name)
    link = next((word for word in ("、", *_joiners()) if an.text.startswith(word, after)), None)
    # 张轩|、|鲜铁可|和|吴艳刚 (xwlb-2023): the model reads no name in 鲜铁可, between two it reads
    return name if link is not None and _name_at(an, after + len(link)) is not None else None


@cache
def _joiners() -> frozenset[str]:
    """Words that join two officials named one after the other (data/posts/joiners.txt)."""
    return frozenset(row[0] for row in data_table("posts", "joiners.txt"))


def _after_joiner(an: Analysis, start: int) -> bool:
    """Whether a joiner written as a word of its own ends at ``start``, a title starting there
    being a word of its own too: 江西省委|书记|尹弘|和|省长|叶建春 (xwlb-20231013-01), where 省长 is a
    title of its own and not the end of a longer word (副省长)."""
    return start in an.boundaries and any(
        an.text.startswith(word, start - len(word)) and start - len(word) in an.boundaries for word in _joiners())


def _titles_held(an: Analysis) -> set[tuple[Key, str]]:
    """(person, title) of every post the article gives so far."""
    return {(f.subject, dict(f.props).get("title", "")) for f in an.facts if f.predicate == "holdsPost"}


def _hold_listed(an: Analysis, people: list[Mention], posts: list[Post], pos: int,
                 held: set[tuple[Key, str]] | None = None) -> None:
    """The people named from ``pos`` (listed with 、) hold ``posts``, but for a title ``held`` says they hold
    already; a list going on after 、 with a chain of its own gives that chain's posts, read in the context
    of the last one's body, to the names after it, as :func:`_officials` reads them: 街道党工委书记沈涛|、|
    办事处|主任|吴琼 -> 递铺街道办事处 (a town's report)."""
    held = set() if held is None else held
    while posts:
        holders, pos = _objects_after(an, people, pos)
        for holder in holders:
            new = [post for post in posts if (holder.key, post[1]) not in held]
            _hold(an, holder, new, holder.start)
            held.update((holder.key, title) for _, title, _ in new)
        if not holders or an.text[pos - 1:pos] != "、":
            return
        posts, pos = read_post_chain(an, posts[-1][0], link=pos)


def _among_peers(an: Analysis, division: Mention) -> bool:
    """Whether a division is written in a list with another of its level (公安县|、|江陵县, 公安县|和|
    江陵县): a short form of that level after it (县委, 县长) may be either's."""
    text, level = an.text, division.label[-1:]
    for other in an.of_type("AdministrativeDivision"):
        if other.key == division.key or other.end <= other.start or not other.label.endswith(level) \
                or other.prop("level") != division.prop("level"):
            continue
        between = text[division.end:other.start] if other.start >= division.end else text[other.end:division.start]
        if between == "、" or between in _joiners():
            return True
    return False


def _objects_after(an: Analysis, people: list[Mention], pos: int) -> tuple[list[Mention], int]:
    """The people named from ``pos``, listed with 、 (任命|刘俊臣|、|郭振华|、|…|为), and where the
    list ends; an item read as no person (何|新, xwlb-20230314-07) is passed over."""
    by_start = {m.start: m for m in people}
    text, found = an.text, []
    while True:
        person = by_start.get(pos)
        if person is not None:
            found.append(person)
            pos = _after_address(text, person.end)
        else:
            item = re.compile(r"[\u4e00-\u9fff·]{2,4}(?=、)").match(text, pos)
            if not found or item is None:
                return found, pos
            pos = item.end()
        if not text.startswith("、", pos):
            return found, pos
        pos += 1


def _after_address(text: str, pos: int) -> int:
    """Where the words of address after a name end (同志, 先生: data/lexicon/anonymous_tails.txt, the
    ones of two characters or more), as a verb's subject may be followed by them (孙志强|同志|任):
    任命|王芳|同志|为|公安县人民政府|副县长, 免去|刘伟|同志|的|公安县教育局|局长|职务 — how a county's
    notice of appointments names people."""
    word = next((w for w in address_words() if text.startswith(w, pos)), None)
    return pos + len(word) if word else pos


@cache
def _member_words() -> tuple[str, ...]:
    return tuple(row[0] for row in data_table("posts", "member_lists.txt"))


# what may stand between the words that announce a list of members and its colon: 。他们是, 名单如下
_BEFORE_THE_COLON = re.compile(r"[。，]?[\u4e00-\u9fff]{0,4}：")


# people counted before the body they are members of: 6名|县政协|委员, 3位|全国人大代表 (word set membership_titles after)
_COUNTED_PEOPLE = re.compile(r"([0-9０-９]{1,3}|[一二两三四五六七八九十]{1,3})[名位]$")


def _members_counted(an: Analysis, people: list[Mention]) -> None:
    """于现伟、郑婷婷、徐坤、陈钟、卢兆亮、孙铁军|6名|县政协|委员 (a county's CPPCC page, 2023): the people listed
    right before a count of them, the body and a membership's title (word set membership_titles) are its members."""
    text = an.text
    by_end = {m.end: m for m in people}
    for agency in [m for m in an.of_type("Agency") if m.end > m.start]:
        title = next((t for t in word_set("membership_titles") if text.startswith(t, agency.end)), None)
        count = _COUNTED_PEOPLE.search(text, max(0, agency.start - 4), agency.start) if title else None
        if count is None or count.end() != agency.start:
            continue
        listed, at = [], count.start()
        while (person := by_end.get(at)) is not None:
            listed.append(person)
            if text[person.start - 1:person.start] != "、":
                break
            at = person.start - 1
        if len(listed) >= 2:
            for person in listed:
                _hold(an, person, [(agency, title, False)], person.start)


def _members_listed(an: Analysis, people: list[Mention]) -> None:
    """香港特别行政区基本法委员会|组成人员|。|他们是|：|主任|沈春耀|，|副主任|黄玉山|、|张勇|，|委员|…
    (xwlb-20230628-10): the members an organisation's list names after a colon hold its posts, each
    title of the list those of the names after it (data/posts/member_lists.txt)."""
    text = an.text
    for agency in [m for m in an.of_type("Agency") if m.end > m.start]:
        word = next((w for w in _member_words() if text.startswith(w, agency.end)), None)
        colon = _BEFORE_THE_COLON.match(text, agency.end + len(word)) if word else None
        if colon is None:
            continue
        pos = colon.end()
        while (title := post_title_at(text, pos)) is not None:
            holders, end = _objects_after(an, people, pos + len(title))
            if not holders:
                break
            for person in holders:
                _hold(an, person, [(agency, title, False)], person.start)
            if text[end:end + 1] not in ("，", "；"):
                break
            pos = end + 1
