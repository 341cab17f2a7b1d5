"""Local pages, whose bodies and posts are written shortly and read from the article: a division
head's or a bare party committee's title after the division last named (甘棠镇 … 镇长|李志刚; 镇|党委书记),
a body's one character before its officials' titles (…人民法院…。|院|党组书记), a deputy's bare title by
the head's body of its sentence (主任王德明…，|副主任|李红), a leaders' page (王志远  县委副书记、县长)."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ...model import Mention
from ...resources import data_table, data_words, longest_first, word_set, word_tags
from ..analysis import Analysis, SpanIndex
from ..lexicons import party_body_names
from ..world import world_names
from ..recognisers.agencies import agency_key, governing_division, home_division, implied_home
from .titles import (_bare_committee, _CJK, former_before, _government_titles, _implied, _level_of_head, _party_levels,
                     post_title_at, _title_ending_at)
from .bodies import _government, _hold, _name_at
from .chains import _body_units, _head_shared_title, read_post_chain
from .lists import _after_joiner, _among_peers, _joiners, _hold_listed, _objects_after, _officials, _titles_held
from .party_groups import member_titles, party_unit_of


def _heads_of_the_division_named(an: Analysis) -> None:
    """镇长李志刚 after the article named 甘棠镇: a division head's title on its own is a
    post in the government of the division of that level the article last named."""
    text = an.text
    held = SpanIndex((m.start, m.end) for m in an.mentions if m.end > m.start)
    # 原公安县委副书记、县长|张卫东: a chain read the name's posts already (former included)
    officials = {m.start for m in an.mentions if m.type == "Person"}
    for title, body in _government_titles().items():
        level = _level_of_head(title)
        if not level or title not in text:  # (most titles are in no article: no search set up for them)
            continue
        for match in re.finditer(re.escape(title), text):
            start, pos = match.start(), match.end()
            former = former_before(an, start)[0]
            joined = bool(start and _CJK.match(text[start - 1]) and not former and not _opens_a_heads_phrase(an, start))
            if held.overlaps(start, pos) or (joined and not _after_joiner(an, start)):
                continue  # part of a longer word or name, or after a division (read above); 时任|县长 is neither
            if pos in officials:
                continue
            holder = pos if _name_at(an, pos) is not None else _after_the_next_chain(an, pos)
            if holder is None and not text.startswith("、", pos):
                continue
            division = (_division_of_the_chain_before(an, level, start) if joined
                        else _division_governed(an, level, start, start))
            if division is None:
                continue  # 公安县、江陵县…|县长|李明: which county's is not said
            known = {m.key for m in an.mentions if m.type == "Agency"} if holder is None else set()
            government = _government(an, division, body, start)
            posts = [(government, title, former)]
            if holder is None:
                # 由|副县长|、|公安局|长|侯中华 (全州县's police, 2019): the chain goes on in a body of the division the
                # model did not name, which the chain reads (全州县公安局)
                more, holder = read_post_chain(an, government, link=pos + 1)
                if not more or _name_at(an, holder) is None:
                    # no chain: the government no post names (an old one of its kind stays)
                    if government.key in known:
                        an.mentions.remove(government)
                    else:
                        an.forget({government.key})
                    continue
                posts += more
            _officials(an, holder, posts)


def _opens_a_heads_phrase(an: Analysis, start: int) -> bool:
    """Whether a preposition written as a word of its own ends at ``start`` (成立了|由|副县长、公安局长侯中华…为总指挥的
    领导小组, 全州县's police, 2019: 由 opens the title's phrase, no name it ends), or the word for the body the title
    heads (|政府|县长|申瑞斌, 成安县's page, 2020s: word set bodies_before_their_heads)."""
    word = an.token_at(start - 1) if start in an.boundaries else None
    return word is not None and word[1] == start and (word_tags().get(word[2]) == "p"
                                                      or word[2] in _BODIES_BEFORE_THEIR_HEADS)


_BODIES_BEFORE_THEIR_HEADS = frozenset(word_set("bodies_before_their_heads"))


def _after_the_next_chain(an: Analysis, pos: int) -> int | None:
    """Where the name after the chain of an agency written right after ``pos``'s 、 starts, when one does:
    副县长|、|县公安局|局长|钱勇 (a county's page) -> 钱勇, who holds the division head's title before too; else None."""
    text = an.text
    if not text.startswith("、", pos):
        return None
    agency = max((m for m in an.mentions if m.type == "Agency" and m.start == pos + 1 and m.end > m.start),
                 key=lambda m: m.end, default=None)
    if agency is None:
        return None
    at = agency.end + (1 if _head_shared_title(text, agency) else 0)  # 、|县公安局|长|樊启斌: 局长
    while (title := post_title_at(text, at)) is not None:
        at += len(title)
        if not (text.startswith("、", at) and post_title_at(text, at + 1)):
            break
        at += 1
    return at if at > agency.end and _name_at(an, at) is not None else None


def _heads_of_a_division_read_late(an: Analysis, people: list[Mention]) -> None:
    """永安镇召开…推进会。…，|镇长|陈丽|主持会议: a division head's title on its own after a division only
    the model read (a town the gazetteer has several of, or none) is a post in that division's government,
    as :func:`_heads_of_the_division_named` reads it after a division the first stages read; the people
    after the title (listed with 、) hold it, unless a chain read that post of theirs already."""
    text = an.text
    spans = SpanIndex((m.start, m.end) for m in an.mentions if m.end > m.start and m.type != "Person")
    by_start = {m.start: m for m in people}
    held = _titles_held(an)
    for title, body in _government_titles().items():
        level = _level_of_head(title)
        if not level or title not in text:
            continue
        for match in re.finditer(re.escape(title), text):
            start, pos = match.span()
            former = former_before(an, start)[0]
            if (start and _CJK.match(text[start - 1]) and not former and not _government_alone_before(text, start)) \
                    or spans.overlaps(start, pos):
                continue  # part of a longer word or name (副镇长, 城关镇长), or a division's (read by the chain)
            person = by_start.get(pos)
            if person is None or (person.key, title) in held:
                continue
            division = governing_division(an, level, start)
            if division is None or (division.end > division.start and _among_peers(an, division)):
                continue
            government = _government(an, division, body, start)
            for holder in _objects_after(an, people, pos)[0]:
                if (holder.key, title) not in held:
                    _hold(an, holder, [(government, title, former)], holder.start)
                    held.add((holder.key, title))


def _heads_of_a_region(an: Analysis, people: list[Mention]) -> None:
    """澳门|特区|行政长官|贺一诚 (xwlb-20231220-11), 香港特别行政区|行政长官|李家超: the head of a special
    administrative region holds the post in the region itself, as a foreign head of state does in his country
    (EVENTS.md; word set region_head_titles), with the people listed after the title (、)."""
    text = an.text
    regions = {m.end: m for m in an.of_type("AdministrativeDivision")
               if m.end > m.start and m.label.endswith("特别行政区")}
    by_start = {m.start: m for m in people}
    held = _titles_held(an)
    for end, region in regions.items():
        at = end + 2 if text.startswith("特区", end) else end
        title = next((t for t in word_set("region_head_titles") if text.startswith(t, at)), None)
        if title is None or (person := by_start.get(at + len(title))) is None:
            continue
        former = former_before(an, region.start)[0]
        for holder in _objects_after(an, people, person.start)[0] or [person]:
            if (holder.key, title) not in held:
                _hold(an, holder, [(region, title, former)], holder.start)
                held.add((holder.key, title))


def _government_alone_before(text: str, at: int) -> bool:
    """Whether 政府 is written alone right before ``at``, after a mark (…进行专门部署。|政府|副县长、公安局长吴占玉, 》,|政府|
    副县长|张琛: county pages, 2019-2020): the government whose title follows, as the title alone names it."""
    return text.endswith("政府", 0, at) and (at == 2 or not _CJK.match(text[at - 3]))


def _a_foreign_state_written(an: Analysis) -> bool:
    """Whether the article writes a foreign state or prefecture of the world list (艾奥瓦州, 加利福尼亚州): its 州长."""
    names = world_names()
    return any(word.endswith("州") and word in names for word in (an.text[s:e] for s, e, _ in an.tokens))


def _home_division_named(an: Analysis, level: str, start: int) -> Mention | None:
    """The paper's own division of that level when the article named none (agencies.home_division):
    副市长|李华 in a paper of 荆州市 -> 荆州市人民政府, as 市委 there is 荆州市委; added as the implicit
    division the agencies stage adds for 市委.  None without a region (the national news)."""
    home = home_division(an, level)
    # 县长 on a page of 射洪市 of 2017: 射洪县's (former_name, its bodies' spelling)
    return None if home is None else implied_home(an, home, start)


def _division_of_the_chain_before(an: Analysis, level: str, start: int) -> Mention | None:
    """The division of that level whose agency the officials joined to a title at ``start`` were
    named after, in its sentence: 上海市委|书记|陈吉宁|和|市长|龚正 (xwlb-20231203-01) -> 上海市, though
    the story named 盐城市 before; None when no such agency opens the sentence's chain."""
    sentence = an.sentence(start)[0]
    agencies = [m for m in an.of_type("Agency") if sentence <= m.start < start and m.end > m.start
                and m.prop("division") is not None and m.prop("division_label", "").endswith(level)]
    if not agencies:
        return None
    agency = max(agencies, key=lambda m: m.start)
    return Mention.make("AdministrativeDivision", an.doc.id, agency.start, agency.start, "", agency.prop("division_label"),
                        agency.prop("division"))


def _committees_of_the_division_named(an: Analysis, people: list[Mention]) -> None:
    """镇|党委书记|陈志明 after the article named 高陵镇, 社区|党委书记|、|全国人大代表|李丹丹 after
    东经路社区 (xwlb-20230317-07): a bare party committee before a title is the committee of the
    division of that level the article last named (高陵镇党委, 东经路社区党委), and the people after
    its chain hold its posts; none when the article named no such division.  A bare one the first
    stage read (社区党委, the model's) is named so, and its posts follow.  After the model's
    divisions (a township the gazetteer cannot pin down is one)."""
    text = an.text
    divisions = [m for m in an.of_type("AdministrativeDivision") if m.end > m.start]
    agencies = [m for m in an.of_type("Agency") if m.end > m.start]
    for match in _bare_committee().finditer(text):
        start, end = match.span()
        if start and _CJK.match(text[start - 1]) and not former_before(an, start)[0]:
            continue  # part of a longer name or word (高陵镇党委, 全镇党委)
        if not post_title_at(text, end) and not any(text.startswith(unit, end) and post_title_at(text, end + len(unit))
                                                    for unit, _ in _body_units()):
            continue  # (镇|人大|主席团|主席|杨光明: a unit of the body, then the title)
        covering = [m for m in agencies if m.start < end and start < m.end]
        level = next(word for word in sorted(_party_levels(), key=len, reverse=True) if match.group().startswith(word))
        # the first stage's bare body: the whole (社区党委) or the body after the level word (镇|人大)
        bare = next((m for m in covering if m.end == end and m.start in (start, start + len(level))
                     and m.label == m.text), None)
        if covering and bare is None:
            continue  # a committee with its name read already
        division = next((m for m in reversed(divisions) if m.start < start and m.label.endswith(level)
                         and m.prop("level") in _party_levels()[level]), None)
        if division is None:
            if bare is not None:  # 镇|人大|主席 with no town named: no post in a body nobody can name
                # nor is the bare body a name (GUIDELINES.md: an unresolved short form is none)
                an.mentions.remove(bare)
                if not any(m.key == bare.key for m in an.mentions):
                    an.facts[:] = [f for f in an.facts if bare.key not in (f.subject, f.object)]
                agencies.remove(bare)
            continue
        committee = _written_body(an, start, end, division.label + match.group()[len(level):], division, abbreviated=True)
        if bare is not None:
            an.mentions[an.mentions.index(bare)] = committee
            if not any(m.key == bare.key for m in an.mentions):
                an.facts[:] = [replace(f, object=committee.key) if f.object == bare.key else f for f in an.facts]
            # the chain read again from the committee named: its units are the committee's now (街道党工委|委员|、|武装部|
            # 部长|王强: 稠城街道党工委武装部, where the first stage, with no street, read a bare 武装部)
            posts, end = read_post_chain(an, committee)
            # (a unit of the committee's own name: not 社区|党委书记|、|全国人大|代表|李丹丹, xwlb-20230317-07)
            if any(post[0].key != committee.key and post[0].label.startswith(committee.label) for post in posts):
                stated = {(f.subject, f.object, dict(f.props).get("title")) for f in an.facts if f.predicate == "holdsPost"}
                holders = _objects_after(an, people, end)[0]
                if not all((holder.key, body.key, title) in stated for holder in holders for body, title, _ in posts):
                    _hold_listed(an, people, [post for post in posts if not all(
                        (holder.key, post[0].key, post[1]) in stated for holder in holders)], end)
            continue
        an.add(committee)
        _hold_listed(an, people, *read_post_chain(an, committee))


def _written_body(an: Analysis, start: int, end: int, label: str, division: Mention,
                  abbreviated: bool | None = None) -> Mention:
    """A division's body the text writes at [start, end), named ``label``, located in the division (not yet added:
    a caller may put it in a bare body's place)."""
    body = Mention.make("Agency", an.doc.id, start, end, an.text[start:end], label, agency_key(label),
                        division=division.key, division_label=division.label, abbreviated=abbreviated)
    an.fact(body.key, "locatedIn", division.key, start)
    return body


def _committees_after_a_division_read_late(an: Analysis, people: list[Mention]) -> None:
    """黄儿营西村|党委书记|宁小五 (a county paper, 2024): a party committee written right after a division and before a
    title that no stage read as a body (the division the model read only after the bodies were: jieba's 党委书记 is
    one word) is that committee, its posts held after it."""
    text = an.text
    agencies = SpanIndex((m.start, m.end) for m in an.of_type("Agency") if m.end > m.start)
    for division in [m for m in an.of_type("AdministrativeDivision") if m.end > m.start]:
        body = next((b for b in party_body_names() if text.startswith(b, division.end)), None)
        end = division.end + len(body) if body else 0
        if body is None or agencies.overlaps(division.start, end) or not post_title_at(text, end):
            continue
        committee = an.add(_written_body(an, division.start, end, division.label + body, division))
        _hold_listed(an, people, *read_post_chain(an, committee))


# a people's congress with a chairman and no standing committee is a township's (a county's has 常委会 and its 主任)
_CONGRESS_WITH_A_CHAIR = re.compile(r"人大(?=副?主席(?!团))")


def _township_congresses_unwritten(an: Analysis, people: list[Mention]) -> None:
    """人大主席|彭利民 with no level word before it (党委书记罗俊湘、镇长程四林、|人大主席|彭利民, a township's page,
    萍乡, 2020): the congress of the township the article last named, its chairman's post in it."""
    text = an.text
    agencies = [m for m in an.of_type("Agency") if m.end > m.start]
    for match in _CONGRESS_WITH_A_CHAIR.finditer(text):
        start, end = match.span()
        if (start and _CJK.match(text[start - 1])) or any(m.start < end and start < m.end for m in agencies):
            continue  # 镇人大主席 (read with its level), 全国人大: a longer name
        division = next((m for m in reversed(an.of_type("AdministrativeDivision")) if m.end > m.start
                         and m.start < start and m.prop("level") == "township" and m.label.endswith(("镇", "乡"))),
                        None)
        if division is None:
            continue
        congress = an.add(_written_body(an, start, end, division.label + match.group(), division, abbreviated=True))
        _hold_listed(an, people, *read_post_chain(an, congress))


# a party committee written bare before a title of its own (党委副书记, 党委委员), no body's name before it
_BARE_PARTY_COMMITTEE = re.compile(r"(?<![\u3400-\u9fff])党委(?=副?书记|委员)")


def _township_committees_unwritten(an: Analysis, people: list[Mention]) -> None:
    """…,小留镇人大主席王文君,|党委|副书记|马银祥,党委副书记李华聪,|党委|委员、副镇长郑巍崇 (菏泽市牡丹区's township
    festival, 2023): a party committee written bare, no body's name before it, in a list of the officials of one
    township, is that township's (小留镇党委): the last body named before it in its sentence is one of the township's."""
    text = an.text
    agencies = [m for m in an.of_type("Agency") if m.end > m.start]
    listed: set[int] = set()  # the sentences whose members by portfolio are read
    for match in _BARE_PARTY_COMMITTEE.finditer(text):
        start, end = match.span()
        if any(m.start < end and start < m.end for m in agencies):
            continue
        opening, closing = an.sentence(start)
        before = [m for m in agencies if opening <= m.start and m.end <= start]
        last = max(before, key=lambda m: m.end, default=None)
        division = None if last is None else last.prop("division")
        town = next((m for m in reversed(an.of_type("AdministrativeDivision")) if m.key == division and m.end > m.start
                     and m.prop("level") == "township" and m.label.endswith(("镇", "乡"))), None)
        if town is None or last.label not in {town.label + body for body in _township_own_bodies()}:
            continue  # (not after a body that only lies in the town: 小留镇卫生院院长王文君，|党委|书记 is the centre's)
        committee = an.add(_written_body(an, start, end, town.label + match.group(), town, abbreviated=True))
        agencies.append(committee)
        _hold_listed(an, people, *read_post_chain(an, committee))
        if opening in listed:
            continue
        listed.add(opening)
        # …,党委委员、副镇长郑巍崇,|组织委员|李明,|宣传委员|翟军帅|等 (the same list): a member by portfolio, written bare
        # after the committee's officials, holds that title in it
        for portfolio in _portfolio_member().finditer(text, end, closing):
            if not any(m.start < portfolio.end() and portfolio.start() < m.end for m in agencies):
                _hold_listed(an, people, [(committee, portfolio.group(), False)], portfolio.end())


@cache
def _township_own_bodies() -> tuple[str, ...]:
    """The heads of a township's own bodies after its name (word set division_bodies, its party and discipline
    committees): 人大, 人民政府, 党委, 纪委."""
    return (*word_set("division_bodies"), "党委", "纪委")


@cache
def _portfolio_member() -> re.Pattern[str]:
    """A township committee's member by portfolio (data/posts/party_titles.txt: 组织委员, 宣传委员), written bare."""
    return re.compile("(?<![\u3400-\u9fff])(?:" + "|".join(
        row[0] for row in data_table("posts", "party_titles.txt") if len(row[0]) == 4 and row[0].endswith("委员")) + ")")


# between a name opening a line and its posts on a leadership page (王志远  县委副书记、县长; the name alone on its
# line, its posts on the next: 王志远\n县委副书记、县长)
_NAME_AND_POSTS = re.compile(r"[ \t\u3000]*\n[ \t\u3000]*|[ \t\u3000]+|[：:]")
# where the posts after such a name end: the line's end, or the clause's (，主持县政府全面工作)
_LINE_CHAIN_ENDS = re.compile(r"$|\s*\n|[，。；,;]")


# what closes the posts in brackets after a name
_CLOSING_BRACKET = re.compile(r"[）)]")


def _officials_before_their_posts(an: Analysis, people: list[Mention]) -> None:
    """领导之窗 … 王志远  县委副书记、县长\n主持县政府全面工作 (a county government's page of its leaders): a name
    opening a line, then spaces or a colon and a chain of posts from a written organisation to the line's or
    the clause's end, holds its posts, as the name after a chain does; none when a name follows the chain
    (王志远：县委书记陈国强说 … is a chain of its own).  So does a name with its chain in brackets after it,
    anywhere (会上，陈雷（县委常委、组织部部长）作动员讲话)."""
    text = an.text
    agencies: dict[int, Mention] = {}  # the longest written at each start
    for agency in an.of_type("Agency"):
        if agency.end > agency.start and (agency.start not in agencies or agency.end > agencies[agency.start].end):
            agencies[agency.start] = agency
    held = _titles_held(an)
    for person in people:
        bracket = text[person.end:person.end + 1] in ("（", "(")
        if bracket:  # 陈雷（县委常委、组织部部长）: the posts in brackets after the name
            gap, ends = person.end + 1, _CLOSING_BRACKET
        elif person.start and text[person.start - 1] != "\n":
            continue
        else:
            found = _NAME_AND_POSTS.match(text, person.end)
            gap, ends = (found.end() if found else None), _LINE_CHAIN_ENDS
        agency = agencies.get(gap) if gap is not None else None
        if agency is None:
            continue
        posts, end = read_post_chain(an, agency)
        if not posts or not ends.match(text, end):
            continue
        new = [post for post in posts if (person.key, post[1]) not in held]
        _hold(an, person, new, person.start)
        held.update((person.key, title) for _, title, _ in new)


@cache
def _body_initials() -> dict[str, tuple[str, ...]]:
    """A body's one character -> the ends of the names of the bodies it stands for (院 -> 法院, 医院…):
    data/posts/body_initials.tsv."""
    return {row[0]: tuple(row[1].split(",")) for row in data_table("posts", "body_initials.tsv")}


@cache
def _initial_pattern() -> re.Pattern[str]:
    """A body's character before a title (院|党组书记), or the head's title it makes (副院长, 常务副局长)."""
    initials = "".join(sorted(_body_initials()))
    return re.compile(f"(?:常务)?副?([{initials}])长|[{initials}]")


def _body_of_an_initial(an: Analysis, initial: str, before: int) -> Mention | None:
    """The body of the kind ``initial`` stands for that the article named last before ``before``
    (安吉县人民法院 for 院); never a division's own party committee (县委 is no 委 of this kind)."""
    heads = _body_initials()[initial]
    found = None
    for agency in an.of_type("Agency"):
        if agency.start >= before or not agency.label.endswith(heads):
            continue
        division = agency.prop("division_label") or ""
        if division and agency.label in (division + "委", division + "党委", division + "党工委"):
            continue
        if found is None or agency.start > found.start:
            found = agency
    return found


def _bodies_named_by_an_initial(an: Analysis, people: list[Mention]) -> None:
    """安吉县人民法院召开…会议。|院|党组书记、院长|方立新…，|院|党组成员、副院长|吴海燕|主持 (a county court's
    report): a body's one character before a title, opening a clause, names the body of that kind the
    article named last (data/posts/body_initials.tsv), and so does its head's title alone (，|副院长|吴海燕):
    the people after the chain hold its posts.  Read from a clause's start or after a name listed with 、
    (北京大学… |校|党委书记|郝平|、|校长|龚旗煌) only: 、|局长 after a title goes on a chain read from its own body
    (山西省原粮食局党组书记、|局长|杨随亭, xwlb-20230129-09)."""
    text = an.text
    spans = SpanIndex((m.start, m.end) for m in an.mentions if m.end > m.start and m.type != "Person")
    held = _titles_held(an)
    names_end = {m.end for m in people}
    for match in _initial_pattern().finditer(text):
        start = match.start()
        listed = text[start - 1:start] == "、" and start - 1 in names_end  # 校党委书记郝平|、|校长|龚旗煌
        if (start and (_CJK.match(text[start - 1]) or text[start - 1] == "、" and not listed)) or \
                spans.overlaps(start, match.end()):
            continue  # within a word or a name (法院, 学院|党委), or a link of a chain read from its body
        if match.group(1) is not None:  # the head's title: 副院长
            initial, link = match.group(1), start
            if post_title_at(text, start) != match.group():
                continue
        else:  # 院|党组书记: the title starts a word of its own
            initial, link = match.group(), match.end()
            if link not in an.boundaries or post_title_at(text, link) is None:
                continue
        body = _body_of_an_initial(an, initial, start)
        if body is None:
            continue
        _hold_listed(an, people, *read_post_chain(an, body, link=link), held=held)


@cache
def _deputy_ranks() -> tuple[str, ...]:
    return tuple(row[0] for row in data_table("posts", "deputy_ranks.txt"))


def _post_of(title: str) -> str:
    """The post a title is a rank of (常务副县长, 副县长 -> 县长): the title without its deputy's words."""
    for word in _deputy_ranks():
        title = title.removeprefix(word)
    return title


# a bare title opens a clause: after a mark that ends one
_CLAUSE_MARKS = "，。；：\n"
_WORDS_BEFORE_DEPUTIES = frozenset(word_set("words_before_deputies"))
# the most characters of a title joined to a roster's last name (及|代秘书长)
_LONGEST_JOINED_TITLE = 6


def _deputies_of_the_post_before(an: Analysis, people: list[Mention]) -> None:
    """县人大常委会主任王德明主持会议，|副主任|李红|、|陈刚|、|赵丽华|出席会议 (a county paper's report): a title on
    its own opening a clause, a rank of the post (data/posts/deputy_ranks.txt: 副主任 of 主任) of an official
    the sentence named before it, is held in that official's body by the people after it.  Not a division
    head's (副县长: read with the division named) nor a title implying its body (副总理)."""
    text = an.text
    spans = SpanIndex((m.start, m.end) for m in an.mentions if m.end > m.start and m.type != "Person")
    by_start = {m.start: m for m in people}
    posts = sorted(((f.start, f) for f in an.facts if f.predicate == "holdsPost"), key=lambda pair: pair[0])
    held = {(f.subject, dict(f.props).get("title")) for _, f in posts}
    ends_of_people = {m.end for m in people}
    for person in people:
        pos = person.start
        title = _title_ending_at(text, pos)
        if title is None or title in _implied() or _level_of_head(title):
            continue
        start = pos - len(title)
        if title in _ROSTER_OFFICERS:
            # 会长张泽，副会长谢传仁、陈世明，|监事长|徐宏伟、|副监事长|李建华，|秘书长|张生亮: the body's officers, the roster
            # going on right after the clause of a holder of its posts
            roster = _roster_body(an, start, people)
            if roster is not None and by_start.get(pos) is person:
                _hold_each(an, _objects_after(an, people, pos)[0], roster, [title], held)
            continue
        if _post_of(title) == title and title not in _PARTY_GROUP_MEMBERS:
            continue
        # the bare titles of a chain before it (党组书记、理事长李瑛，|党组成员|、|副理事长|盘铮, 永州's page, 2019): each held
        # in the same body
        chain = [title]
        while start > 1 and text[start - 1] == "、" and (prior := _title_ending_at(text, start - 1)) is not None:
            chain.insert(0, prior)
            start -= 1 + len(prior)
        # (or after another item of the roster: 副主任王士珂、|党组成员|彭金光、|副主任|王庆昆, a county's page, 2020)
        if start and text[start - 1] not in _CLAUSE_MARKS and not any(
                start - k in ends_of_people and text[start - k:start] in _WORDS_BEFORE_DEPUTIES for k in (1, 2)) \
                and not (text[start - 1] == "、" and start - 1 in ends_of_people) \
                or spans.overlaps(start, pos) or (person.key, title) in held:
            # (or after a verb of leading right after a person's name: 政协主席邬明香|率|副主席|刘欧、邹顺兰, a county's
            # page, 2019, jieba's 香率; not the end of another word: 效率, 参与)
            continue
        sentence = an.sentence(start)[0]
        if title in _PARTY_GROUP_MEMBERS:
            # a member of the party group whose head the sentence named (常委会党组书记、主任刘庆恩,…、|党组成员|彭金光): a
            # title of the body, as 党组书记 is (its group's member too: posts_in_party_groups)
            before = [f for at, f in posts if sentence <= at < start and f.subject != person.key
                      and party_unit_of(dict(f.props).get("title", "")) == party_unit_of(title)]
        else:
            before = [f for at, f in posts if sentence <= at < start and f.subject != person.key
                      and _post_of(dict(f.props).get("title", "")) == _post_of(title)]
        if not before or by_start.get(pos) is not person:
            continue
        organisation = next((m for m in an.mentions if m.key == before[-1].object and m.type == "Agency"), None)
        if organisation is None:
            continue
        holders, end = _objects_after(an, people, pos)
        _hold_each(an, holders, organisation, chain, held)
        if (joined := _joined_title_holder(an, end, by_start)) is not None:
            # 县政协主席郑建华,副主席吴育民、…、胡晓雄|及|代秘书长|郑书讯 (文成县's page, 2011): the list's last item
            # joined to a title of the same body and its holder
            _hold_each(an, [joined[1]], organisation, [joined[0]], held)


def _joined_title_holder(an: Analysis, pos: int, by_start: dict[int, Mention]) -> tuple[str, Mention] | None:
    """The bare title and its holder right after a joiner at ``pos`` (|及|代秘书长|郑书讯), if the title names no
    body of its own (not a division head's, 及|副县长, nor one implying its body)."""
    text = an.text
    joiner = next((word for word in _joiners() if text.startswith(word, pos)), None)
    if joiner is None:
        return None
    # the nearest name within a title's length after the joiner
    after = pos + len(joiner)
    holder = min((m for at, m in by_start.items() if after < at <= after + _LONGEST_JOINED_TITLE),
                 key=lambda m: m.start, default=None)
    if holder is None:
        return None
    title = _title_ending_at(text, holder.start)
    if title is None or holder.start - len(title) != after or title in _implied() or _level_of_head(title):
        return None
    return title, holder


def _hold_each(an: Analysis, holders: list[Mention], organisation: Mention, titles: list[str], held: set) -> None:
    """Each holder holds each title in ``organisation`` that ``held`` (the (person, title) pairs read) lacks."""
    for holder in holders:
        for title in titles:
            if (holder.key, title) not in held:
                _hold(an, holder, [(organisation, title, False)], holder.start)
                held.add((holder.key, title))


_ROSTER_OFFICERS = frozenset(word_set("roster_officers"))
_PARTY_GROUP_MEMBERS = member_titles()


def _roster_body(an: Analysis, start: int, people: list[Mention]) -> Mention | None:
    """The body whose roster a title at ``start`` goes on: a holder of a post in it, in the same sentence, ends right
    before the mark before the title (张泽，|副会长…陈世明，|监事长), or None."""
    if not start or an.text[start - 1] not in "，、,":
        return None
    holder = next((m for m in people if m.end == start - 1), None)
    if holder is None:
        return None
    sentence = an.sentence(start)
    held = [f for f in an.facts if f.predicate == "holdsPost" and f.subject == holder.key
            and (f.start, f.end) == sentence]
    return next((m for m in an.mentions if held and m.key == held[-1].object and m.type == "Agency"), None)


def _division_governed(an: Analysis, level: str, before: int, at: int) -> Mention | None:
    """The division whose head a title of ``level`` names, for a title with no division written
    before it (县长|李明, 吴凯|县长): the one of that level the article named last before ``before``
    (:func:`~kgraph.extraction.recognisers.agencies.governing_division`), else the paper's own (added
    at ``at``); None when it was named in a list with another of its level (公安县、江陵县…|县长|李明:
    which one's is not said)."""
    division = governing_division(an, level, before)
    if division is None and not (level == "州" and _a_foreign_state_written(an)):
        # (no home prefecture's 州长 where the article names a foreign state: 美国艾奥瓦州州长…。州长雷诺兹表示, on a
        # page of 敦化市: the state's governor)
        division = _home_division_named(an, level, at)
    if division is None or (division.end > division.start and _among_peers(an, division)):
        return None
    return division


# the services whose officers' titles stand right before their names: (titles, the endings of their bodies), in
# data/posts/ (police_titles.txt, police_bodies.txt …)
_SERVICES = (("police_titles.txt", "police_bodies.txt"), ("court_titles.txt", "court_bodies.txt"),
             ("procuratorate_titles.txt", "procuratorate_bodies.txt"))


def _service_officers(an: Analysis, people: list[Mention]) -> None:
    """值班民警|肖锦辉|立即带领|新警|朱双庆 (a district police's page, 2023), 值班民警|林洲旭 (a county's, 2025): a
    police officer's title right before a name (data/posts/police_titles.txt) is a post in the police station
    the article names, or with none its police bureau (data/posts/police_bodies.txt) — the one of each; none
    where the article names several, or none, or the person holds a post in the sentence already.  So are a
    court's and a procuratorate's officers (承办法官|刘立功, 办案检察官|商凤友: :data:`_SERVICES`)."""
    for titles_file, bodies_file in _SERVICES:
        _officers_of_a_service(an, people, longest_first(data_words("posts", titles_file)),
                               data_words("posts", bodies_file))


def _officers_of_a_service(an: Analysis, people: list[Mention], titles: tuple[str, ...],
                           endings: tuple[str, ...]) -> None:
    text = an.text
    held = {(f.subject, an.sentence(f.start)[0]) for f in an.facts if f.predicate == "holdsPost"}
    body = None
    for ending in endings:
        named = [m for m in an.of_type("Agency") if m.label.endswith(ending) and m.end > m.start]
        if named:
            # one station, written whole once and short after (娄星公安分局万宝派出所 … 万宝派出所)
            longest = max(named, key=lambda m: len(m.label))
            body = longest if all(longest.label.endswith(m.label) for m in named) else None
            break
    if body is None:
        return
    for person in people:
        title = next((t for t in titles if text.endswith(t, 0, person.start)), None)
        if title is None or (person.key, an.sentence(person.start)[0]) in held:
            continue
        _hold(an, person, [(body, title, False)], person.start)
