"""The titles written right before a name whose organisation no written agency gives (the second
stage's main reading): 伊朗|第一副总统|穆赫贝尔, 美国|前|总统|特朗普, 国家主席|习近平; and the people and
places the model read right after a title that are its holder (国家副主席|韩|正在, 古巴|外长|罗德里格斯)."""
from __future__ import annotations

import bisect
import dataclasses
import functools

from ...model import Key, Mention
from ..analysis import Analysis, SpanIndex
from ..names import chinese_name
from ..world import listed_names
from ...resources import data_table, longest_first
from .titles import _CJK, _foreign, former_before, _head_staff, _implied, Post, _title_ending_at
from .countries import (_clause_start, _country_ending_at, _country_named_first, _country_written_before,
                        _foreign_country_between, _home_country, _title_after_a_country_ending_at)
from .bodies import _add_person, _country_organisation, _hold, _implied_body_of
from .foreign import _country_bodies


def _titles_before(an: Analysis, person: Mention, ends: dict[int, Mention]) -> tuple[list[tuple[str, int, bool, str]], int]:
    """The chain of titles written right before ``person``, the last first, as (title, start, former, the
    organisation's title), and where it starts (:func:`_posts_before`)."""
    text = an.text
    chain: list[tuple[str, int, bool, str]] = []
    pos = person.start
    while True:
        title = _title_ending_at(text, pos) or _title_after_a_country_ending_at(an, pos, ends)
        if title is None:
            break
        start, head = pos - len(title), title
        if title in _head_staff() and (senior := _title_ending_at(text, start)) in _foreign():
            # 以色列|总理|顾问|雷格夫: one title on the head's staff, held where the head's post is
            start, title, head = start - len(senior), senior + title, senior
        former, pos = former_before(an, start)
        chain.append((title, start, former, head))
        if pos > 1 and text[pos - 1] in "、兼" and _title_ending_at(text, pos - 1):
            pos -= 1
            continue
        break
    return chain, pos


def _abroad(an: Analysis, people: list[Mention], ends: dict[int, Mention]) -> frozenset[Key]:
    """The people the story gives a foreign country's post, before the posts of titles before names are
    read: those holding one already (越南国家主席武文赏 read by the first stage) and those a foreign country's
    title is written before (越南|国家主席|武文赏 … 国家主席|武文赏, in either order)."""
    labels = {m.key: m.label for m in an.mentions if m.type == "Agency"}
    holders = {fact.subject for fact in an.facts if fact.predicate == "holdsPost"
               and _country_named_first(labels.get(fact.object, "")) is not None}
    for person in people:
        chain, pos = _titles_before(an, person, ends)
        if chain and any(title in _foreign() for title, _, _, _ in chain) and (
                country := _country_ending_at(an, pos, ends)) is not None and country[0] not in _home_country():
            holders.add(person.key)
    return frozenset(holders)


def _posts_before(an: Analysis, person: Mention, ends: dict[int, Mention],
                  foreign: list[tuple[int, str]], abroad: frozenset[Key] = frozenset()) -> list[Post]:
    """The posts of the titles written right before ``person`` whose organisation no
    written agency gives: 伊朗|第一副总统|穆赫贝尔, 美国|前|总统|特朗普, 沙特|王储|兼|首相|萨勒曼
    (each title of a chain joined by 、 or 兼 after the country), 国家主席|习近平,
    国务委员|兼|外长|秦刚 (each implying its own), and a foreign title alone in a story about a
    foreign country (xwlb-20230630-16: 英国|下院… 他还称|首相|苏纳克 -> 英国政府): that of the
    foreign country named last before it (``foreign``: (start, name), in order).  A title implying one of
    China's bodies weighs its holder (:func:`_implied_body_of`; ``abroad``: who holds a foreign post)."""
    text = an.text
    chain, pos = _titles_before(an, person, ends)
    if not chain:
        return []
    country = _country_ending_at(an, pos, ends) or _country_of_the_item_before(an, pos, ends)
    if country is None and (pos in ends or (pos not in an.boundaries and _CJK.match(text[pos - 1:pos] or "x"))):
        return []  # a written organisation's posts are read by the first stage; 相|首相: inside a word
    former = former_before(an, country[1] if country is not None else pos)[0]
    # 蒙古人民党主席、政府|总理|奥云额尔登 (xwlb-20230316-01): a government written alone before the title is a foreign
    # country's (China's premier is 国务院's, written so): that of the foreign country named last
    foreign_body = country is None and any(
        text.startswith(body, pos - len(body)) and pos - len(body) in an.boundaries for body in _country_bodies())
    posts = []
    for title, start, title_former, head in reversed(chain):
        if country is not None:
            organisation = _country_organisation(an, country, head, start)
        elif foreign_body:
            # 蒙古人民党|主席|、|政府|总理|奥云额尔登 (xwlb-20230316-01): the country its clause names last
            government = _foreign_country_between(an, _clause_start(an.text, pos), pos)
            if government is None and (index := bisect.bisect_left(foreign, (start,)) - 1) >= 0:
                government = foreign[index][1]  # 越南 … 国家主席武文赏、政府|总理|范明政: the story's country
            organisation = (None if government is None or title not in _foreign()
                            else _country_organisation(an, (government, pos), title, start))
        elif head != title:
            organisation = None  # a staff title with no country before it: whose head is not said
        elif title in _implied() and not foreign_body:
            organisation = (_implied_body_of(an, person, title, start, start, abroad)
                            if _implied()[title][1] != "never" and chinese_name(person.text) else None)
        else:
            index = bisect.bisect_left(foreign, (start,)) - 1
            organisation = (_country_organisation(an, (foreign[index][1], foreign[index][0]), title, start)
                            if index >= 0 and title in _foreign() else None)
        if organisation is not None:
            posts.append((organisation, title, title_former or former))
    return posts


@functools.cache
def _headline_meetings() -> tuple[str, ...]:
    return longest_first(row[0] for row in data_table("posts", "headline_meetings.txt"))


def _headline_titles_named_in_the_body(an: Analysis, people: list[Mention], ends: dict[int, Mention],
                                       foreign: list[tuple[int, str]], abroad: frozenset[Key],
                                       held: set[tuple[Key, str]]) -> None:
    """李强同蒙古国总理会谈 (the headline) | 欢迎仪式|后|，|李强|同|奥云额尔登|会谈 (the body's first sentence,
    xwlb-20230628-08; 21 such headlines in xwlb-2023): whom a headline's meeting names by a country's title alone,
    the body's first sentence names where the headline's subject meets them with the same word, and holds that
    title (奥云额尔登 -> 蒙古国政府); not one the story gives a post already."""
    body = an.doc.body_start
    first = an.sentence(body) if body < len(an.text) else None
    if first is None:
        return
    headline = an.text[:body].rstrip()
    word = next((w for w in _headline_meetings() if headline.endswith(w)), None)
    if word is None:
        return
    at = len(headline) - len(word)
    subject = next((p for p in people if p.end <= at and an.text.rfind("\n", 0, at) < p.start), None)
    if subject is None:
        return
    told = [p for p in people if first[0] <= p.start < first[1]]
    core = word.removeprefix("举行")  # (李强同西班牙首相举行会谈 | 李强|同|桑切斯|举行|会谈, or |会谈)
    for one, other in zip(told, told[1:]):
        if one.key != subject.key or an.text[one.end:other.start] not in ("同", "与") \
                or not an.text.startswith((core, "举行" + core), other.end):
            continue
        if any(key == other.key for key, _ in held):
            return
        posts = _posts_before(an, dataclasses.replace(other, start=at, end=at), ends, foreign, abroad)
        if posts:
            _hold(an, other, posts, other.start)
            held.update((other.key, title) for _, title, _ in posts)
        return


def _country_of_the_item_before(an: Analysis, pos: int, ends: dict[int, Mention]) -> tuple[str, int] | None:
    """The foreign country the item before a list's 、 names its holder's titles after: 塞尔维亚|总统|武契奇|、|总理|布尔纳比奇
    (xwlb-20230629-11), 俄罗斯|总统|普京|、|总理|米舒斯京 — the premier is that country's; None where no person's item
    ends right before the 、 or its titles follow no foreign country."""
    if pos < 2 or an.text[pos - 1] != "、":
        return None
    before = next((m for m in an.of_type("Person") if m.end == pos - 1), None)
    if before is None:
        return None
    chain, start = _titles_before(an, before, ends)
    country = _country_ending_at(an, start, ends) if chain and any(title in _foreign() for title, _, _, _ in chain) else None
    return country if country is not None and country[0] not in _home_country() else None


def _implied_title_opening_a_chain(an: Analysis, person: Mention, abroad: frozenset[Key]) -> list[Post]:
    """The post of a title that names its organisation by itself (data/posts/implied_organisations.tsv) opening a
    chain whose next item is a written body the first stage reads: 国务委员|、|国务院食品安全委员会|副主任|王勇
    (xwlb-20230119-07), 国务委员|、|外交部长|秦刚 — 国务委员 in 国务院 beside the body's post; 国务委员|兼|国务院|秘书长|吴政隆
    (xwlb-20231107-01; 16 such in xwlb-2023).  The title opens its clause the name ends (after a mark or the text's
    start), the body right after 、 or 兼."""
    text = an.text
    clause = _clause_start(text, person.start)
    for title, (organisation, where, _) in _implied().items():
        if where == "never":
            continue
        at = clause
        end = at + len(title)
        if text[end:end + 1] not in ("、", "兼") or not text.startswith(title, at) \
                or not any(m.start == end + 1 for m in an.of_type("Agency")):
            continue
        body = _implied_body_of(an, person, title, at, at, abroad) if chinese_name(person.text) else None
        return [] if body is None else [(body, title, former_before(an, at)[0])]
    return []



def _model_people_after_titles(an: Analysis) -> None:
    """国家副主席|韩|正在|北京 (xwlb-20231016-11, 韩正/PER for the model): a Chinese name the model
    reads right after a title, which no stage took because the segmenter joined its last
    character to the next word, is a person — the title says one follows.  Not a transliterated
    name: cut inside a word, the model cuts those wrong (尼加拉瓜总统|奥尔特|加在, xwlb-20230721-18:
    奥尔特加)."""
    text = an.text
    taken = SpanIndex((m.start, m.end) for m in an.mentions if m.end > m.start)
    people = {m.text for m in an.of_type("Person") if m.end > m.start and chinese_name(m.text)}
    for token in an.model_tokens or ():
        if token.tag != "PER" or token.end in an.boundaries or taken.overlaps(token.start, token.end):
            continue
        name = text[token.start:token.end]
        # (the whole name where the article writes it so elsewhere: 区委书记|张建/PER|党到 … 。张建党/PER|指出 (a
        # district's page, 2023): the segmenter glued the name's last character to the next word here)
        name = max((p for p in people if p.startswith(name) and text.startswith(p, token.start)), key=len, default=name)
        if taken.overlaps(token.start, token.start + len(name)):
            continue
        if chinese_name(name) and _title_ending_at(text, token.start) is not None:
            _add_person(an, token.start, name)


def _model_places_after_titles(an: Analysis) -> None:
    """古巴|外长|罗德里格斯 (xwlb-20230718-10: an island of Mauritius in the world list): a region or
    city of the world list written right after a foreign title after a country is the person who
    holds it — the title says a name follows (古巴|外长 names no place).  Only a whole word of the
    segmenter: 尼加拉瓜|总统|奥尔特加 (xwlb-20230721-18) holds the Romanian county 奥尔特 in a name."""
    text, listed = an.text, listed_names()
    for place in [m for m in an.of_type("Place") if m.end > m.start]:
        title = _title_ending_at(text, place.start)
        if title is None or title not in _foreign() or place.text not in listed or listed[place.text].kind == "country":
            continue
        if place.end not in an.boundaries:
            continue
        if _country_written_before(an, place.start - len(title)) is None:
            continue
        an.mentions.remove(place)
        if not any(m.key == place.key for m in an.mentions):
            an.facts[:] = [f for f in an.facts if place.key not in (f.subject, f.object)]
        _add_person(an, place.start, place.text)
