"""Foreign officials' posts: a mission's (中国|驻|印尼|大使 -> 中国驻印尼大使馆, 俄罗斯|常驻|联合国|代表 ->
俄罗斯常驻联合国代表团), a body written bare after a foreign country is that country's (俄|外交部长 ->
俄罗斯外交部), a foreign body's chain keeps its own central bodies (老挝…|中央纪委), a party or a country's
own body right after the country (匈牙利|工人党|主席, 希腊|政府|发言人), a foreign city's or region's head
(加利福尼亚州|州长 -> 加利福尼亚州政府)."""
from __future__ import annotations

import re
from functools import cache

from ...model import Mention
from ...resources import alias_table, data_table, longest_first, pos_tags, word_set, word_tags
from ..analysis import Analysis, SpanIndex
from ..linkers import known_full_name
from ..recognisers.agencies import agency_key
from .titles import _body_title_at, former_before, Post, _title_ending_at
from .countries import (_countries_written, _country_named, _country_named_first, _country_written_before,
                        _foreign_country_between, _home_country)
from .bodies import _country_organisation, _hold, _implicit


@cache
def _stationed() -> tuple[str, ...]:
    return tuple(sorted((row[0] for row in data_table("posts", "stationed.txt")), key=len, reverse=True))


@cache
def _missions() -> dict[str, str]:
    """title -> the mission it is held in (大使 -> 大使馆, 代表 -> 代表团)."""
    return {row[0]: row[1] for row in data_table("posts", "missions.tsv")}


def _mission_of(title: str) -> str | None:
    """The mission a title is held in, by how the title ends (副代表 -> 代表团), or None."""
    return next((mission for ending, mission in _missions().items() if title.endswith(ending)), None)


def _at_a_mission(an: Analysis, agency: Mention, posts: list[Post]) -> list[Post]:
    """俄罗斯|常驻|联合国|代表|涅边贾 (xwlb-20230220-10), 伊朗常驻联合国代表伊拉瓦尼: a representative
    stationed at (常驻, 驻) an organisation is not its own but holds the post in the country's
    mission, as the news names it (俄罗斯常驻联合国代表团, 中国常驻联合国代表团); other titles held
    there, or with no country written, name no post the stage can place."""
    text = an.text
    stationed = next((word for word in _stationed() if text.startswith(word, agency.start - len(word))), None)
    if stationed is None:
        return posts
    country = _country_written_before(an, agency.start - len(stationed))
    if country is None:
        return []
    return [(_implicit(an, f"{country[0]}{stationed}{agency.label}{mission}", agency.start), title, former)
            for organisation, title, former in posts
            if organisation is agency and (mission := _mission_of(title)) is not None]


def _envoys(an: Analysis, people: list[Mention]) -> None:
    """中国|驻|印尼|大使|陆慷 (xwlb-20230909-09), 俄|驻|美|大使|安东诺夫 (xwlb-20230811-09): a country's
    envoy to another holds the post in the mission, named from the countries' names as the news
    names missions (中国驻印尼大使馆, 俄罗斯驻美国大使馆)."""
    text = an.text
    for person in people:
        title = _title_ending_at(text, person.start)
        mission = _mission_of(title) if title else None
        if mission is None:
            continue
        start = person.start - len(title)
        host = _country_written_before(an, start)
        if host is None:
            continue
        stationed = next((word for word in _stationed() if text.startswith(word, host[1] - len(word))), None)
        if stationed is None:
            continue
        at = host[1] - len(stationed)
        # 伊朗|新任|驻|沙特|大使 (xwlb-20230906-15): a qualifier of the envoy between the two countries
        # (word set leader_qualifiers); 前 among them says the post is no longer held
        qualifier = next((word for word in word_set("leader_qualifiers") if text.startswith(word, at - len(word))
                          and at - len(word) in an.boundaries), "")
        sender = _country_written_before(an, at - len(qualifier))
        if sender is None:
            continue
        organisation = _implicit(an, f"{sender[0]}{stationed}{host[0]}{mission}", sender[1])
        former = former_before(an, sender[1])[0] or former_before(an, at)[0]
        _hold(an, person, [(organisation, title, former)], person.start)


def _of_a_foreign_country(an: Analysis, agency: Mention, posts: list[Post]) -> list[Post]:
    """俄|外交部长|拉夫罗夫 (xwlb-20230911-18), 尼泊尔|副总理|兼|国防部长|卡德加 (xwlb-20231104-14): an
    organisation named without a division right after a foreign country, or after its titles
    joined by 兼 or 、, is that country's (俄罗斯外交部, 尼泊尔国防部, not China's; 俄罗斯|自由民主党),
    named with the country as EVENTS.md names foreign ones, and so are the titles before it
    (副总理 -> 尼泊尔政府)."""
    if agency.prop("division") is not None:
        return posts
    text, pos, before = an.text, agency.start, []
    while pos > 1 and text[pos - 1] in "、兼" and (title := _title_ending_at(text, pos - 1)) is not None:
        pos -= 1 + len(title)
        before.append((title, pos))
    written = _country_written_before(an, pos)
    if written is None and agency.label.startswith(_chambers()):
        # 美国国会众议院议长选举…。12日，|众议院|多数党领袖|史蒂夫·斯卡利斯 (xwlb-20231014-12): China has no such
        # chamber; it is the one of the foreign country its paragraph named last
        country = _foreign_country_between(an, text.rfind("\n", 0, pos) + 1, pos)
        written = None if country is None else (country, pos)
    if written is None or written[0] in _home_country():
        return posts
    country = written[0]
    label = country + agency.label
    # (美国|众议院 is 美国国会众议院, and its 司法委员会 美国国会众议院司法委员会: data/lexicon/known_names.tsv)
    label = known_full_name(label)
    foreign = Mention.make("Agency", an.doc.id, agency.start, agency.end, agency.text, label, agency_key(label),
                           **dict(agency.props))
    an.mentions[an.mentions.index(agency)] = foreign
    former = former_before(an, written[1])[0]
    mapped = [(organisation, title, former) for title, start in reversed(before)
              if (organisation := _country_organisation(an, (country, start), title, start)) is not None]
    return mapped + [(foreign if organisation is agency else organisation, title, was)
                     for organisation, title, was in posts]


@cache
def _chambers() -> tuple[str, ...]:
    """Chambers of a foreign legislature China has none of (data/posts/chambers.txt: 众议院, 参议院)."""
    return tuple(row[0] for row in data_table("posts", "chambers.txt"))


def _in_a_foreign_chain(an: Analysis, agency: Mention) -> bool:
    """Whether ``agency`` is a link of a chain a foreign body opens (老挝人民革命党中央政治局|委员|、|中央纪委|
    书记, xwlb-20231206-03): the chain is read from that body, and 中央纪委 there is 老挝's, not China's."""
    text, pos = an.text, agency.start - 1
    ends = {m.end: m for m in an.of_type("Agency") if m.end > m.start}
    while pos > 0 and text[pos] in "、兼" and (title := _title_ending_at(text, pos)) is not None:
        before = ends.get(pos - len(title))  # the link's organisation: the chain goes on back from it
        if before is None:
            return False
        if _country_named_first(before.label) is not None:
            return True
        pos = before.start - 1
    return False


def _of_its_country(body: Mention, posts: list[Post]) -> list[Post]:
    """The posts of a foreign body's chain, less those the chain would put in China's central bodies:
    老挝人民革命党中央政治局|委员|、|中央纪委|书记|、|国家监察总署|署长|坎潘 (xwlb-20231206-03) names
    老挝's 中央纪委, not China's (data/lexicon/national_agencies.tsv), which the chain cannot name;
    a body of its own name stays (越共中央政治局|委员|、|胡志明国家政治学院|院长|、|中央理论委员会|主席|
    阮春胜, xwlb-2023); all of them for a body of no foreign country."""
    country = _country_named_first(body.label)
    if country is None:
        return posts
    national = alias_table("national_agencies.tsv")
    return [post for post in posts
            if post[0] is body or post[0].label.startswith(country) or post[0].label not in national]


def _holds_its_posts(an: Analysis, agency: Mention) -> bool:
    """Whether an agency with no division is itself the organisation of the titles after it:
    not a body a country's mission is stationed at (俄罗斯|常驻|联合国|代表: the mission's), not
    China's name before one within it (中国|全国人大常委会), and named with the country written
    before it, if any (英国|保守党 -> 英国保守党; 俄|外交部 named 外交部 would be China's)."""
    text = an.text
    if text[agency.start - 1:agency.start] in ("、", "兼"):
        return False  # a link of a chain read from its start (…委员|、|中央纪委|书记)
    if any(text.startswith(word, agency.start - len(word)) for word in _stationed()):
        return False
    if text[:agency.start].endswith(tuple(_home_country())):
        return False
    country = _country_written_before(an, agency.start)
    return country is None or agency.label.startswith(country[0])


# a foreign party's name after its country, up to 党: a quoted name (“欧洲社会主义者”党) or a few words
_QUOTED_PARTY = re.compile(r"“[^”，。、]{1,20}”党")
_PARTY_WORDS = re.compile(r"[\u4e00-\u9fff]{1,12}")


def _foreign_parties(an: Analysis, people: list[Mention]) -> None:
    """匈牙利|工人党|主席|蒂尔迈尔, 摩尔多瓦|共产党人|党|主席|沃罗宁, 格鲁吉亚|“欧洲社会主义者”党|主席|尹贾
    (xwlb-20230315-10, xwlb-20230319-10): a party named right after its country, which no other stage
    read, is the organisation of the title after it when a name follows the title; named as written
    with its country (匈牙利工人党)."""
    text = an.text
    starts = {m.start: m for m in people}
    taken = SpanIndex((m.start, m.end) for m in an.of_type("Agency") if m.end > m.start)
    tags, stops = word_tags(), pos_tags("unit_run_stops")
    for start, country_end, country in _countries_written(an):
        quoted = _QUOTED_PARTY.match(text, country_end)
        if quoted is not None:
            ends = [quoted.end()]  # within the quotes any word: “公正俄罗斯—爱国者—为了真理”党
        else:
            words = _PARTY_WORDS.match(text, country_end)
            ends = [country_end + i + 1 for i, c in enumerate(words.group() if words else "") if c == "党"]
            # 摩尔多瓦|共产党人|党: the 党 that ends a word, a word of the segmenter's each
            ends = [end for end in ends if not any(tags.get(word, "") in stops for s, e, word in
                                                   an.tokens_from(country_end, end - country_end) if e <= end)]
        for end in ends:
            title = _body_title_at(text, end) if end in an.boundaries else None
            person = starts.get(end + len(title)) if title else None
            if person is None or taken.overlaps(start, end):
                continue
            # 韩国|最大|在野党|共同|民主党, 英国|反对党|工党: a word of a party's kind before it says what the
            # party is; the name starts after it (韩国共同民主党, 英国工党)
            begin = max([e for s, e, word in an.tokens_from(country_end, end - country_end)
                         if e < end and word.endswith("党")] or [start])
            label = country + text[max(begin, country_end):end]
            agency = an.add(Mention.make("Agency", an.doc.id, begin, end, text[begin:end], label,
                                         agency_key(label)))
            _hold(an, person, [(agency, title, former_before(an, start)[0])], person.start)
            break


@cache
def _country_bodies() -> tuple[str, ...]:
    return longest_first(row[0] for row in data_table("posts", "country_bodies.txt"))


def _country_bodies_before_titles(an: Analysis, people: list[Mention]) -> None:
    """希腊|政府|发言人|马里纳基斯, 土耳其|总统府|发言人|卡伦 (xwlb-2023): a foreign country's own body
    written right after its name (data/posts/country_bodies.txt), before a title and a name, is the
    organisation of the post (希腊政府, 土耳其总统府), when no agency was read there."""
    text = an.text
    starts = {m.start: m for m in people}
    taken = SpanIndex((m.start, m.end) for m in an.of_type("Agency") if m.end > m.start)
    held = {(f.subject, f.start) for f in an.facts if f.predicate == "holdsPost"}
    for start, end, country in _countries_written(an):
        body = next((b for b in _country_bodies() if text.startswith(b, end)), None)
        title = _body_title_at(text, end + len(body)) if body else None
        person = starts.get(end + len(body) + len(title)) if title else None
        if person is None or taken.overlaps(start, end + len(body)) or (person.key, person.start) in held:
            continue
        organisation = _implicit(an, country + body, end)
        _hold(an, person, [(organisation, title, former_before(an, start)[0])], person.start)


@cache
def _local_heads() -> dict[str, str]:
    """title -> the level character a place's name is given (州长 -> 州): data/posts/local_heads.tsv."""
    return {row[0]: (row[1:] or ("",))[0] for row in data_table("posts", "local_heads.tsv")}


def _foreign_local_heads(an: Analysis, people: list[Mention]) -> None:
    """美国|加利福尼亚州|州长|纽森 (xwlb-20231025-03), 名古屋市|副市长|中田英雄: the head of a foreign
    region's or city's government, named right after a place (no country, no division of China's), holds
    the post in the place's government (加利福尼亚州政府, 旧金山市政府: data/posts/local_heads.tsv),
    an agency located in the place."""
    text = an.text
    places = {m.end: m for m in an.of_type("Place") if m.end > m.start}
    for person in people:
        title = _title_ending_at(text, person.start) or ""
        level = _local_heads().get(title)
        start = person.start - len(title)
        place = places.get(start)
        if place is None and level and title.startswith(level) and (
                glued := places.get(start + len(level))) is not None and glued.label.endswith(level):
            place = glued  # 西弗吉尼亚州|长|贾斯蒂斯 (xwlb-20230214-13): the place read with the title's 州
        if level is None or place is None or _country_named(place) is not None or place.prop("implied"):
            continue
        label = place.label + ("" if place.label.endswith(level) else level) + "政府"
        government = _implicit(an, label, start)
        an.fact(government.key, "locatedIn", place.key, start)
        _hold(an, person, [(government, title, former_before(an, place.start)[0])], person.start)
