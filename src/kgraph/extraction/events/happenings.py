"""The event resolver within an article: a :class:`_Happening` is one event while the article
is read; a reading's new happening is merged into the one it reports again (a gathering by its name:
开班式 is the 研讨班开班式 named before; a meeting by its counterpart), a headline's folded into the
body's, and each is emitted as one :class:`EventMention` per sentence it was read from."""
from __future__ import annotations

from dataclasses import dataclass, field

from ...model import EventMention, Key, Mention
from ..analysis import Analysis
from ..lexicons import place_heads
from ..world import country_key, is_country
from .vocabulary import _CHANGE_ROLES, _gathering_pattern, markers, triggers
from .reader import _JOINED_NAMES

# who does what a meeting, a visit or an appointment says: a headline's happening is the body's only with one of them
_DOERS = frozenset({"agent", "person"})
# a gathering named by its kind and a few characters more (4期|研讨班, 开班式, 会议) is
# the one of that kind reported before it in the article, when there is one
_SHORT_TITLE = 3


@dataclass
class _Happening:
    """One event while the article is read: its readings merged."""

    type: str
    trigger: str
    arguments: list[tuple[str, Mention]] = field(default_factory=list)
    sentences: dict[tuple[int, int], int] = field(default_factory=dict)  # sentence -> trigger start
    date: str | None = None
    title: str | None = None
    change: str | None = None
    held: bool = False  # read from a trigger that holds it (举行|集会), not one that takes part
    visitor: str = ""  # a visit's visitor named by surname and title only (周书记): no agent, but its trip's
    era: int | None = None  # the year of a happening told as of another year than the story's (2017年|，|…|考察)
    again: bool = False  # held by others too (也|举行): another of its kind, not the one reported before
    to_come: bool = False  # a gathering only said to come (即将|召开): those who attend a meeting later attend another
    # a gathering named only in what describes whom another welcomes (举行|宴会|，|欢迎|来华|出席|…|开幕式|的|国际贵宾): who
    # attends or speaks later, naming none, is at the other one
    described: bool = False

    def add(self, role: str, mention: Mention) -> None:
        if all(not (r == role and m.key == mention.key) for r, m in self.arguments):
            self.arguments.append((role, mention))

    def keys(self, *roles: str) -> set[Key]:
        return {m.key for r, m in self.arguments if not roles or r in roles}

    def see(self, sentence: tuple[int, int], at: int, date: str | None) -> None:
        self.sentences.setdefault(sentence, at)
        if self.date is None:
            self.date = date


def _bare(title: str) -> bool:
    """Whether a gathering's name is its kind alone (集会, 会议)."""
    return bool(_gathering_pattern().fullmatch(title))


def _same_gathering(title: str, other: str | None) -> bool:
    """Whether a gathering named ``title`` is the one named ``other`` before it: the same
    name, one ending the other (开班式, 会议), or a name that points back (本届峰会)."""
    if not other:
        return False
    if title.startswith(markers("this_one")):
        return True
    if _JOINED_NAMES in other and _JOINED_NAMES not in title:
        # 十四届全国政协专门委员会主任会议|暨|学习研讨班 … 主持|上午|和|下午|的|全体会议 (xwlb-20230328-03): either of two
        # gatherings held as one
        if any(_same_gathering(title, part) for part in other.split(_JOINED_NAMES) if part):
            return True
    if title == other or other.endswith(title) or title.endswith(other):
        return True
    if title in markers("shows"):
        # (展会|由|工业和信息化部|主办 is the 展览会 just named, not a 大会 named since, xwlb-20230604-05)
        return other.endswith(markers("show_kinds"))
    # 博鳌亚洲论坛2023年年会|开幕式 and 博鳌亚洲论坛2023年年会 (出席|…|开幕式|并|发表|主旨演讲, xwlb-20230330-03), or the bare
    # 年会 (…|等|出席|年会): a session's opening or closing is the session as its name runs on to the ceremony
    # (a ceremony's word, three characters: 开幕式, 闭幕会 — not 会议 or 全会, which end sessions' own names)
    ceremony = next((word for word in markers("any_gathering") if len(word) > 2 and other.endswith(word)), None)
    if ceremony is not None and other[:-len(ceremony)].endswith(title):
        return True
    # 研讨班|开班式 (xwlb-20230325-02): the opening of the 二十届中央纪委委员…研讨班 just reported, named by its kind
    session = next((word for word in markers("any_gathering") if title.endswith(word) and len(title) > len(word)), None)
    if session is not None and other.endswith(title[:-len(session)]):
        return True
    noun = _gathering_pattern().search(title)
    if noun is None or noun.end() != len(title) or noun.start() > _SHORT_TITLE:
        return False
    # 会议 is any meeting, 全体会议 a sitting of any; 开班式, 开幕式 the opening of the one before; 4期|研讨班 one of its kind
    return noun.group() in markers("any_gathering") + markers("sittings") or other.endswith(noun.group())


def _happened(happenings, happening, roles, sentence, start, date) -> _Happening:
    """``happening`` with each (role, mentions) of ``roles``, read at ``start`` in
    ``sentence``, merged into the article's happenings."""
    for role, mentions in roles:
        for mention in mentions:
            happening.add(role, mention)
    happening.see(sentence, start, date)
    return _merge(happenings, happening)


def _named_here(happenings: list[_Happening], sentence: tuple[int, int], start: int) -> _Happening | None:
    """The gathering whose trigger in ``sentence`` comes last before ``start``, if any."""
    here = [(h.sentences[sentence], i, h) for i, h in enumerate(happenings)
            if h.type == "Gathering" and h.sentences.get(sentence, start) < start]
    return max(here, key=lambda x: x[:2])[2] if here else None


def _last(happenings: list[_Happening], type_: str) -> _Happening | None:
    """The happening of ``type_`` the article reported last, if any."""
    return next((h for h in reversed(happenings) if h.type == type_), None)


def _joined_by(happening: _Happening, role: str, people: list[Mention], sentence, start: int) -> None:
    """``people`` join ``happening`` in ``role``, read in ``sentence`` at ``start`` (no day of its own)."""
    for person in people:
        happening.add(role, person)
    happening.see(sentence, start, None)


def _merge(happenings: list[_Happening], new: _Happening) -> _Happening:
    """``new`` folded into the happening of the article it reports again, or added.
    A gathering is one by its name (开班式 is the 研讨班开班式 before it); a meeting by
    its agent and counterpart; a visit by its agent and a destination; an appointment
    by its person and organisation."""
    # 会议|由|美国|总统|拜登|主持 is the 领导人非正式会议 reported before, not a 论坛 named since
    # in a speech (xwlb-20231118-01): a bare name is first the last gathering of its kind
    order = happenings
    if new.type == "Gathering" and new.title and not new.held:
        # 委员长会议|上|，|…|刘奇|…|作了汇报 (xwlb-20230414-06): a gathering taken part in whose name ends the name of one
        # reported is that one, before any other of its kind reported since (…|第二次会议|4月24日|至|26日|举行)
        named = [old for old in reversed(happenings) if old.type == "Gathering" and old.title and old.era == new.era
                 and old.title.endswith(new.title) and not (old.date and new.date and old.date != new.date)]
        # (not one only said to come, 十四届全国人大一次会议|…|即将|召开 … 出席|会议, xwlb-20230228-02: the one held before it,
        # any kind, is read first below)
        named = next((old for old in named if not old.to_come), None)
        if named is not None:
            _fold(named, new)
            return named
    if new.type == "Gathering" and new.title and _bare(new.title):
        kind = [old for old in happenings if old.type == "Gathering" and _kind(old.title) == new.title]
        order = [old for old in happenings if old not in kind] + kind
        if not new.held:
            # 中共中央|2月28日|…|举行|民主协商会|…|习近平|强调|，|十四届全国人大一次会议|…|即将|召开|。|…|王晨|、|…|出席|会议
            # (xwlb-20230228-02): who attends the meeting attends one held, not one only said to come since, and one
            # held on its day before one told with no day (中共二十届二中全会|审议通过|后|，|将|…, a time set, in between)
            order = [old for old in order if old.to_come] + [old for old in order if not old.to_come and not old.date] \
                + [old for old in order if not old.to_come and old.date]
    for old in reversed(order):
        if old.type != new.type:
            continue
        if new.type == "Gathering":
            # (中共中央政治局|…|进行|第二次|集体学习|。|…|这次|中央政治局|集体学习|，|由|…: a session read again with
            # no day of its own, its body named otherwise, is the one before, xwlb-20230201-01)
            # (one told as of another year is another: 去年|…|首届全球发展高层对话会 … 蔡奇|、|王毅|参加|对话会,
            # xwlb-20230825-01)
            same = old.era == new.era and _same_gathering(new.title, old.title) if new.title else (
                old.title is None and (old.keys("organizer") == new.keys("organizer") or (
                    new.date is None and old.trigger == new.trigger and triggers()[new.trigger].reading == "session")))
            # 德国|…|民众|举行|集会 … 加拿大|…|民众|也|举行|集会: a gathering held again by a bare
            # name of its kind is another one; so is one on another day (but not one that opens or closes:
            # …|全国代表大会|…|开幕|。|…|阿东|宣布|大会|开幕, xwlb-20230619-01, is the congress reported)
            # (会议|审议|了|任免案, xwlb-20230725-05; 会议|听取|了|…: a session that goes on deciding, named by its kind
            # alone, is the one reported — 58 such bare 会议 of 审议 kept apart in xwlb-2023)
            # (but 论坛|由|联合国|发起|并|主办 (xwlb-20230424-03): who hosts a gathering named by its kind is said of the one
            # just reported)
            if new.held and new.title and _bare(new.title) and not new.title.startswith(markers("this_one")) \
                    and new.title not in markers("sittings") and new.trigger not in markers("hosting_verbs") \
                    and new.trigger not in markers("openings") + markers("closings") \
                    and triggers()[new.trigger].reading != "session" \
                    and not (old.title and old.title != new.title and old.title.endswith(new.title)) \
                    and not (not old.held and set(new.sentences) <= set(old.sentences)
                             and max(old.sentences.values()) < min(new.sentences.values())):
                # (nor the one an earlier trigger of its sentence takes part in, whose description holds it: 出席|…|首相|
                # 举行|的|晚宴, xwlb-20230515-05 — one banquet, its host and its guest)
                # (but a ceremony named in full, then held by its kind alone, is that one: 2023年全国科技活动周暨北京科技周
                # 启动式|5月20日|在京|举办|。|…|启动式|在|…|绿心活力汇|开始|举行, xwlb-20230520-04)
                same = False
            if same and new.held and old.held and _other_holders(old, new) \
                    and not (new.title or "").startswith(markers("this_one")):
                # 中国驻南非大使馆|近日|举行|…|新春招待会 … 中国驻加拿大大使馆|近日|举行|春节招待会 (xwlb-20230122-09):
                # one of its kind held by another organisation is another gathering (not 本次|音乐会|由|…|主办, the one
                # reported, xwlb-20231111-09)
                same = False
            if same and new.again and old.held:
                # 在|中国驻卡塔尔大使馆|举行|的|国庆招待会 … 中国驻约旦|、|…|等地|使领馆|也|举行|了|国庆招待会|等|活动
                # (xwlb-20231003-11): those held by others too are others, not the one reported
                same = False
            if same and _in_other_countries(old, new):
                # 德国|杜伊斯堡|近日|举行|趣味龙舟赛 … 近日|在|埃及|，|…|举办|了|一场|趣味龙舟赛 (xwlb-20230624-13): one of its
                # kind held in another country is another gathering
                same = False
            if old.date and new.date and old.date != new.date and not (
                    new.trigger in markers("closings") and new.title == old.title and not _bare(new.title or "")):
                # (but …|会议|将于|3月4日|…|开幕|，|3月11日|下午|闭幕, xwlb-20230303-06: what closes is what opened)
                same = False
        elif new.type == "Meeting":
            # a meeting read again without its other side (某某|在|会见|中|指出) is the one before
            same = bool(old.keys("agent") & new.keys("agent")) and (
                old.keys("counterpart") == new.keys("counterpart") or not new.keys("counterpart")) and old.era == new.era
        elif new.type == "Visit":
            # (2017年|，|总书记|在|广西|考察|时 is not the visit to 广西 the story reports, xwlb-20231216-02)
            same = bool(old.keys("agent") & new.keys("agent")) and bool(
                old.keys("destination") & new.keys("destination")) and (
                old.date is None or new.date is None or old.date == new.date) and old.era == new.era
        else:
            same = old.keys() == new.keys() and old.change == new.change
        if not same:
            continue
        _fold(old, new)
        return old
    happenings.append(new)
    return new


def _in_other_countries(old: _Happening, new: _Happening) -> bool:
    """Whether two gatherings are held in countries none of which is both's (each named as a location)."""
    def countries(happening: _Happening) -> set[Key]:
        return {country_key(m.key) or m.key for r, m in happening.arguments
                if r == "location" and m.type == "Place" and is_country(m.label)}
    theirs, ours = countries(old), countries(new)
    return bool(theirs and ours) and not theirs & ours


def _other_holders(old: _Happening, new: _Happening) -> bool:
    """Whether two gatherings are held by organisations none of which holds both (each named as organizer)."""
    theirs = {m.key for r, m in old.arguments if r == "organizer" and m.type == "Agency"}
    ours = {m.key for r, m in new.arguments if r == "organizer" and m.type == "Agency"}
    return bool(theirs and ours) and not theirs & ours


def _same_one(one: Mention, other: Mention) -> bool:
    """Whether two mentions name one entity, as a headline and its body name it: the same key, one country by two
    of its names (塞拉利昂 and 塞拉利昂共和国), or a person by the end of the name (比奥 and 朱利叶斯·马达·比奥:
    习近平致电祝贺比奥当选连任塞拉利昂总统 | …|致电|朱利叶斯·马达·比奥|，|祝贺|他|当选|连任|塞拉利昂共和国|总统,
    xwlb-20230706-02)."""
    if one.key == other.key or (country_key(one.key) or one.key) == (country_key(other.key) or other.key):
        return True
    if one.type == other.type == "Person":
        short, whole = sorted((one.label, other.label), key=len)
        # (or one part of it: 卢拉 of 路易斯·伊纳西奥·卢拉·达席尔瓦, xwlb-20230103-01; and a name read with the end of a
        # title before it: 委员长|金正恩 read 长金正恩, xwlb-20230912-16)
        return len(short) >= 2 and (whole.endswith(short) or short in whole.split("·"))
    return False


def _fold(old: _Happening, new: _Happening) -> None:
    """``new``'s arguments, sentences, day and name added to ``old``, the same happening (an entity it names
    again by another name too: resolution makes 比奥 and 朱利叶斯·马达·比奥 one, and keeps 金正恩 where recognition
    read 长金正恩 once)."""
    for role, mention in new.arguments:
        old.add(role, mention)
    for sentence, at in new.sentences.items():
        old.see(sentence, at, new.date)
    if new.title and not old.title:
        old.title = new.title
    old.to_come = old.to_come and new.to_come
    old.described = old.described and new.described


def _restated(happenings: list[_Happening], new: _Happening, among: list[_Happening] | None = None) -> None:
    """A happening of the headline folded into the one of the body that shares most of its
    arguments (or, a gathering, its kind: 研讨班|在|京|举办 is the body's …|第1期|研讨班), or
    added when the body reports none: 中共代表团|访问|中东多国 is the body's 中共代表团|相继|访问|了|卡塔尔."""
    best, best_shared = None, 0
    for old in happenings if among is None else among:
        if old.type != new.type:
            continue
        doers = [(m, o) for r, m in new.arguments if r in _DOERS for q, o in old.arguments if q == r]
        if doers and not any(_same_one(m, o) for m, o in doers):
            # two delegations arriving in one capital on one day (A代表团|12日|抵达|…|利雅得 beside B代表团's
            # arrival): who goes (meets, takes the post) elsewhere is another happening, though to the same country
            continue
        shared = sum(any(_same_one(mention, m) for _, m in old.arguments) for _, mention in new.arguments) + (
            new.type == "Gathering" and _kind(new.title) is not None and _kind(new.title) == _kind(old.title))
        if shared > best_shared:
            best, best_shared = old, shared
    if best is None:
        happenings.append(new)
    else:
        _fold(best, new)


def _kind(title: str | None) -> str | None:
    """What kind of gathering a name names: the gathering noun it ends with (研讨班)."""
    if not title:
        return None
    ending = [m for m in _gathering_pattern().finditer(title) if m.end() == len(title)]
    return ending[-1].group() if ending else None


_PLACE_ROLES = ("location", "destination")


def _building_of(venue: Mention) -> str | None:
    """The building a hall or square is named after, the name a place's (人民大会堂|北大厅, 人民大会堂|东门外广场:
    markers building_parts; 人民大会堂 ends as place_suffixes do); None for any other venue."""
    part = next((p for p in markers("building_parts") if venue.label.endswith(p)), None)
    if part is None:
        return None
    for cut in range(len(venue.label) - len(part), 1, -1):
        building = venue.label[:cut]
        if building.endswith(place_heads()):
            return building
    return None


def _emit(an: Analysis, happening: _Happening) -> None:
    """One :class:`EventMention` per sentence of the happening, all alike but for where."""
    roles = {}
    for role, mention in happening.arguments:
        roles.setdefault(mention.key, set()).add(role)
    arguments = []
    for role, mention in happening.arguments:
        # who chairs or speaks is not also an attendee; who is met is not also a host
        if role == "attendee" and roles[mention.key] & {"chair", "speaker"}:
            continue
        if role == "agent" and "counterpart" in roles[mention.key]:
            continue
        arguments.append((role, mention.key))
        if role in _PLACE_ROLES and mention.type == "Place" and mention.end > mention.start:
            # 在|新疆人民会堂|开幕 (xwlb-20230721-15): the division the venue's name opens with is where too, as 北京 of
            # 北京人民大会堂 is (EVENTS.md: each level of a chain)
            arguments.extend((role, inner.key) for inner in an.of_type("AdministrativeDivision")
                             if inner.prop("implicit") and inner.start == mention.start and inner.end < mention.end)
            building = _building_of(mention)
            if building is not None:
                # 在|人民大会堂东门外广场|为|伊萨亚斯|举行|欢迎仪式 (xwlb-20230515-02; 50 such halls and squares of
                # 人民大会堂 in xwlb-2023): the building whose hall or square it is, is where too
                outer = next((m for m in an.of_type("Place") if m.label == building), None)
                if outer is None:
                    outer = an.add(Mention.make("Place", an.doc.id, mention.start, mention.start, "", building,
                                                Key("place", building), implicit=True))
                arguments.append((role, outer.key))
    arguments = tuple(sorted(set(arguments), key=lambda a: (a[0], str(a[1]))))
    if not arguments:
        return
    named = {m.key for m in an.mentions}
    for role, mention in happening.arguments:
        if mention.prop("implied") and mention.key not in named:
            # 在|京: 北京市 is named in the article, as an implicit mention (no span of its own)
            named.add(mention.key)
            an.add(Mention.make(mention.type, an.doc.id, mention.start, mention.start, "", mention.label,
                                mention.key, implicit=True, **{k: v for k, v in mention.props if k != "implied"}))
    props = {}
    if happening.title:
        # (a name read up to its kind inside its marks loses the opening one it left unclosed: “2023·中国西藏发展论坛”|在|京|
        # 举办 is 2023·中国西藏发展论坛)
        title = happening.title
        props["title"] = title[1:] if title.startswith("“") and "”" not in title else title
    if happening.type == "Appointment" and happening.change in _CHANGE_ROLES:
        props["change"] = happening.change
    for (start, end), at in sorted(happening.sentences.items()):
        an.events.append(EventMention(happening.type, an.doc.id, start, end, happening.trigger, at, arguments,
                                      happening.date, tuple(sorted(props.items()))))
