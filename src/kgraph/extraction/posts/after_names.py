"""A title written after the name (习近平|总书记, 习近平主席和|塞西|总统), read once every post written
before a name is: the post of that title the story gives the person, else the organisation the title
implies; none of China's single-holder posts while another holds its group (习近平总书记和|阮富仲|总书记),
a member's title in the body whose standing committee or session the story names (全国政协|十四届|常委会 … 郑永飞|常委,
全国政协|十四届|一次会议 … 田红旗|委员)."""
from __future__ import annotations

import bisect
from functools import cache

from ...model import Key, Mention
from ...resources import data_table, word_set
from ..analysis import Analysis
from ..names import chinese_name
from .titles import _foreign, _government_titles, _implied, _level_of_head, post_title_at, _TERMS, _titles
from .countries import _country_named_first
from .bodies import _country_organisation, _government, _hold, _implicit, _implied_body_of
from .local import _division_governed


def _posts_after_names(an: Analysis, people: list[Mention], held: set[tuple[Key, str]],
                       foreign: list[tuple[int, str]]) -> None:
    """A title written after the name (习近平|总书记, 习近平主席和|塞西|总统), read once every post written
    before a name is, in the story's order: it names the post of that title the story gives the person
    (阮富仲|总书记 after 越共中央总书记阮富仲), else the organisation it implies, weighing the holder
    (:func:`_implied_body_of`), or the foreign country named last.  One of China's posts of one holder
    (data/posts/single_holders.tsv) goes to no one while another person of the story holds a post of its
    group: 习近平总书记和|阮富仲|总书记 (xwlb-20230626-04) names 越南's leader, not a second 中共中央 总书记;
    国家主席习近平 … 我同|阮富仲|总书记 (xwlb-20230302-02) too."""
    text = an.text
    labels = {m.key: m.label for m in an.mentions if m.type == "Agency"}
    abroad = frozenset(fact.subject for fact in an.facts if fact.predicate == "holdsPost"
                       and _country_named_first(labels.get(fact.object, "")) is not None)
    bodies_before = {m.end: m for m in an.of_type("Agency") if m.end > m.start}
    last: tuple[Mention, Mention] | None = None  # the last holder given a post in the body before the name, and it
    for person in people:
        if person.text in _titles():
            continue
        after = post_title_at(text, person.end)
        if not after or any(subject == person.key and title.endswith(after) for subject, title in held):
            continue  # the article gave the person a post of that title: 阮富仲|总书记 is that one
        implied = _implied().get(after)
        if implied is not None and implied[2] and chinese_name(person.text) and person.start in an.boundaries:
            # 习近平|总书记 names 中共中央's post; a Chinese name starts a word of the segmenter, and
            # 俄罗斯国家杜马|主席|沃洛金 (xwlb-20230130-10: 杜马, a name for the model) does not
            group = _single_holders().get((implied[0], after))
            if group is not None and any(group in groups for key, groups in _current_posts(an).items()
                                         if key != person.key):
                # 习近平总书记和|阮富仲|总书记 (xwlb-20230628-11): another's post, the foreign ruling party's leader's when the
                # story names its country (越南), else none
                organisation = _ruling_party_centre(an, after, person.start, foreign)
                if organisation is not None:
                    _hold(an, person, [(organisation, after, False)], person.end)
                    held.add((person.key, after))
                continue
            organisation = _implied_body_of(an, person, after, person.start, person.end, abroad)
        elif implied is None and (body := _standing_body(an, after)) is not None:
            # 全国政协十四届常委会第二次会议 … |郑永飞|常委|提出 (xwlb-20230627-12): a member of the body whose
            # standing committee's session the story reports
            organisation = body
        elif implied is None and _level_of_head(after) and chinese_name(person.text) and \
                (division := _division_governed(an, _level_of_head(after), person.start, person.end)) is not None:
            # 周建军书记主持会议并讲话，|吴凯|县长|、王德明主任等县领导参加 (a county's paper on 郧西县): a
            # division head's title after the name is a post in the government of the division of its level
            # the article named (书记, 主任 after a name say no body: they stay unread)
            organisation = _government(an, division, _government_titles()[after], person.end)
        elif implied is None and (body := _body_before_the_name(an, person, after, bodies_before, last)) is not None:
            # 县教育局|李季伟|局长、李金|副局长陪同 (永吉县's page, 2017), 点头镇党委|林永海|书记 (a county's, 2021): the body
            # right before the name, or the listed holder's before
            organisation = body
            last = (person, body)
        elif implied is not None and not chinese_name(person.text) \
                and (body := _ruling_party_centre(an, after, person.start, foreign)) is not None:
            # 通伦|总书记 (xwlb-2023): a foreign ruling party's leader, his country named before
            organisation = body
        elif (implied is None or not chinese_name(person.text)) and after in _foreign():
            # 习近平主席和|塞西|总统: the foreign country named last (埃及); a title that implies one of China's bodies after
            # a foreign name, the foreign country's too: 德国|外长|贝尔伯克|…|习近平主席|同|来华|访问|的|朔尔茨|总理
            # (xwlb-20230414-08: 德国政府, not 国务院)
            index = bisect.bisect_left(foreign, (person.start,)) - 1
            if index < 0:
                continue
            organisation = _country_organisation(an, (foreign[index][1], foreign[index][0]), after, person.end)
        else:
            continue
        if organisation is not None:
            _hold(an, person, [(organisation, after, False)], person.end)
            held.add((person.key, after))


@cache
def _ruling_parties() -> dict[str, str]:
    """country -> the party that rules it, whose centre its leader's title after a name names (data/posts/ruling_parties.tsv)."""
    return {row[0]: row[1] for row in data_table("posts", "ruling_parties.tsv")}


def _ruling_party_centre(an: Analysis, title: str, at: int, foreign: list[tuple[int, str]]) -> Mention | None:
    """The central committee of the ruling party of the foreign country the story names most often before ``at`` (the
    first of those named as often), for a party leader's title (word set ruling_party_titles: 阮富仲|总书记 ->
    越南共产党中央委员会), or None: the story of his country, not one it mentions in passing."""
    if title not in word_set("ruling_party_titles"):
        return None
    named = [name for start, name in foreign if start < at and name in _ruling_parties()]
    if not named:
        return None
    country = max(dict.fromkeys(named), key=named.count)
    return _implicit(an, _ruling_parties()[country] + "中央委员会", at)


@cache
def _head_titles() -> dict[str, tuple[str, ...]]:
    """A title written after a name -> the endings of the bodies it heads (data/posts/head_titles.tsv)."""
    return {row[0]: tuple(row[1].split()) for row in data_table("posts", "head_titles.tsv")}


def _body_before_the_name(an: Analysis, person: Mention, title: str, bodies: dict[int, Mention],
                          last: tuple[Mention, Mention] | None) -> Mention | None:
    """The body written right before the name whose title is written after it (县教育局|李季伟|局长), where the body's
    name ends as the title's bodies do (:func:`_head_titles`); or, for a name listed right after a holder so read
    (、|李金|副局长), that holder's body; else None."""
    endings = _head_titles().get(title)
    if endings is None:
        return None
    body = bodies.get(person.start)
    if body is None and last is not None:
        # the listed holder's title, then a mark, then this name (李季伟|局长|、|李金|副局长)
        before = post_title_at(an.text, last[0].end)
        if before and an.text[last[0].end + len(before):person.start] in ("、", "，", ","):
            body = last[1]
    return body if body is not None and body.label.endswith(endings) else None


@cache
def _standing_members() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """A member's title written after the name -> the words after a body (and its term) that name its
    standing committee or a session of it, and what the body's name ends with ("" for any)
    (data/posts/standing_members.tsv: 常委 -> 常委会, 常务委员会; 委员 -> 一次会议, … of a 政协)."""
    return {row[0]: (tuple(row[1].split(",")), tuple(row[2].split(",")) if len(row) > 2 else ("",))
            for row in data_table("posts", "standing_members.tsv")}


def _standing_body(an: Analysis, title: str) -> Mention | None:
    """The body whose standing committee or session the story names, the first written (全国政协|十四届|常委会 ->
    全国政协; 全国政协|十四届|一次会议 -> 全国政协), when ``title`` is its members' (:func:`_standing_members`), or None."""
    committees, endings = _standing_members().get(title, ((), ()))
    if not committees:
        return None
    text = an.text
    for body in sorted((m for m in an.of_type("Agency") if m.end > m.start), key=lambda m: m.start):
        term = _TERMS.match(text, body.end)
        if text.startswith(committees, term.end() if term else body.end) and body.label.endswith(endings):
            return body
        standing = next((c for c in committees if body.label.endswith(c) and len(body.label) > len(c)), None)
        if standing is not None and "届" in body.text and body.label.removesuffix(standing).endswith(endings):
            # (政协|第十四届|全国委员会|常务委员会, read as one body, 全国政协常委会, with its term: its members are the
            # committee's; not 全国人大常委会 alone, whose members a story names 委员)
            return _implicit(an, body.label.removesuffix(standing), body.start)
    return None


@cache
def _single_holders() -> dict[tuple[str, str], str]:
    """China's posts of one holder at a time, implied by a title after the name (data/posts/
    single_holders.tsv): (organisation, title) -> the group of posts one person holds together."""
    return {(row[0], row[1]): row[2] for row in data_table("posts", "single_holders.tsv")}


def _current_posts(an: Analysis) -> dict[Key, set[str]]:
    """Who holds which group of China's single-holder posts in the story (not former)."""
    labels = {m.key: m.label for m in an.mentions if m.type == "Agency"}
    groups: dict[Key, set[str]] = {}
    for fact in an.facts:
        props = dict(fact.props)
        if fact.predicate == "holdsPost" and not props.get("former"):
            group = _single_holders().get((labels.get(fact.object, ""), props.get("title", "")))
            if group is not None:
                groups.setdefault(fact.subject, set()).add(group)
    return groups
