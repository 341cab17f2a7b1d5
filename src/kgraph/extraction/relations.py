"""Stage 6: relations between what the earlier stages found in one sentence.

Stages already record the relations their patterns imply (partOf from
adjacent divisions, locatedIn from an agency's name, holdsPost from a title,
subOrganizationOf from nested heads).  This stage adds

- ``organizes``: the agency or division a sentence opens with runs the programs the
  sentence names (公安县委政法委以……平安建设十大专项行动为抓手), and so does each agency of a list that is
  an organising verb's subject (工业和信息化部|、|国资委|、|全国工商联|联合开展|…);
- ``locatedIn`` for a place the text locates (data/relations/): one written right after a
  division or a foreign country, region or city (四川|阿坝|四姑娘山, 俄罗斯|别尔哥罗德州,
  夏威夷州|毛伊岛; one no stage kept as a mention: 尼泊尔|博克拉国际机场) or after a foreign region with its kind word or 的 (顿涅茨克|地区|的|索列达尔),
  one after the part of a country, a region or an area by its direction (苏丹|西部|达尔富尔, 加沙|地带|北部|
  卡拉梅), a place or agency after ``位于X的`` (位于|北京市|顺义区|的|北京中德产业园), the places listed with 、
  after a place so placed (顿涅茨克|的|巴赫穆特|、|武赫列达尔|等地), the places of the scene a division sets
  (在|拉萨|，|王沪宁到|布达拉宫|、|大昭寺; 南昌|精心打造…将|滕王阁|、|万寿宫), one a clause says lies there
  (石峁遗址|位于|陕西神木市|，), one named after its city (长沙|国际会展中心), and an agency named after its
  province (新疆生产建设兵团, 北京大学); a place named before its kind of site after ``位于X的`` (位于|陕西|的|东庄|
  水利枢纽), and one written right after a place so placed in a division (在|甘肃|鸣沙山|月牙泉);
- ``carriedOutIn`` for a program written right after its division (福州|长乐国际机场二期扩建航站区工程) or after
  ``位于X的`` (位于|北京市|门头沟区|的|国道109新线高速公路工程), for a program written with 在 and a carrying verb (在|西宁市|启动|…专项行动; …活动|15日|
  在|湖州市|举行: a time may stand between), or
  named after its division (吉林|水网骨干工程) or as the nation's (全国科普日活动: in 中华人民共和国), or in a
  clause the country opens (我国|深入实施|…工程), or held
  by the place its verb's subject is (雄安新区|举办|“百所高校雄安行”活动);
- ``nationality`` for a person the text calls a country's (中国|选手|杨家玉, 美国|前|众议员|罗恩·保罗:
  data/relations/nationality_roles.txt) or one of a national team (由|刘疆驰|、|吴云轩|、|韩旭|组成的|中国队).

Before them, a place that is only a kind of place (码头, 口袋公园: data/relations/place_kinds.txt) and that
no stage related is dropped: no entity.

What a clause says of one program of a list (its runner, where it is carried out) it says of every item
(深入实施|“中学生英才计划”|“强基计划”).
"""
from __future__ import annotations

import bisect
import re
from collections import defaultdict
from functools import cache
from itertools import accumulate

from ..gazetteer import LEVELS, gazetteer
from ..merge import agency_kind
from ..model import Key, Mention
from ..resources import (alias_table, data_words, longest_first, offsets, ordered_lexicon, pos_tags, tokenizer,
                         word_set, word_tags)
from .analysis import Analysis, SpanIndex, stage
from .lexicons import CLAUSE_MARKS, COUNTY_LEVEL_CHARACTERS, TOWNSHIP_LEVEL_CHARACTERS, names_a_ship, party_prefixes, word_ending
from .linkers import LEAGUE, agency_key, division_key
from .posts.titles import former_markers
from .recognisers.divisions import CHINESE_NUMERALS, VILLAGE_SUFFIXES, division_namesakes
from .recognisers.zones import every_zone_kind
from .linkers import unlinked_division
from .world import foreign_name, home_country, local_page, names_country, national_story, world_names, world_regions

__all__ = ["find_relations"]

_ACTORS = ("Agency", "AdministrativeDivision")


@cache
def _longest_first(name: str) -> tuple[str, ...]:
    """A word list of data/relations/, longest first: read and sorted once, not per mention."""
    return longest_first(data_words("relations", name))


@stage(reads=("text", "tokens", "Agency", "AdministrativeDivision", "Program", "Place", "Person"),
       writes=("Agency", "AdministrativeDivision", "Place", "organizes", "carriedOutIn", "locatedIn", "subOrganizationOf",
               "nationality", "partOf"))
def find_relations(an: Analysis) -> None:
    _drop_place_kinds(an)
    mentions = sorted((m for m in an.mentions if m.end > m.start), key=lambda m: m.start)
    written = _Written(an.text, [m for m in mentions if not m.prop("implicit")])
    _organizers(an, mentions, written)
    _places_located(an, written)
    _places_named_after_a_foreign_place(an, written)
    _places_after_an_unread_foreign_place(an, written)
    _places_in_a_scene(an, written)
    _places_by_division_name(an, written)
    _places_of_the_pages_division(an, written)
    _divisions_after_their_division(an, written)
    _programs_carried_out(an, written)
    _programs_of_the_nation(an, written)
    _national_programs_by_name(an, written)
    _programs_by_name(an, written)
    _programs_after_their_division(an, written)
    _programs_run(an, written)
    _programs_hosted(an, written)
    _units_by_name(an)
    _agencies_by_division_name(an, written)
    _agencies_named_after_a_division(an, written)
    _firms_after_their_village(an, written)
    _stations_of_a_town_named(an)
    _bodies_of_the_home_county(an)
    _nationalities(an, written)


def _drop_place_kinds(an: Analysis) -> None:
    """Drop the places that are a kind of place written alone, no name (data/relations/place_kinds.txt:
    在|码头|开设…, 城市公园、|口袋公园|串联成线; a place's head alone, 礼堂): no entity of the graph, when no stage
    related them."""
    related = {key for f in an.facts for key in (f.subject, f.object)}
    dropped = set()
    for m in list(an.mentions):  # (a village read here is added as it goes)
        if m.type != "Place" or m.key in related:
            continue
        village = _village_before_a_kind(m.label)
        if village:
            dropped.add(id(m))
            divisions = SpanIndex((d.start, d.end) for d in an.of_type("AdministrativeDivision"))
            if not divisions.overlaps(m.start, m.start + len(village)):
                # 业库村|村道 (甘南日报, 2012): a village's facility, no place; the village is a division
                unlinked_division(an, m.start, m.start + len(village), village)
        elif m.label in _place_kinds() or _a_kind_of_zone(m.label) or (len(m.label) > 1 and m.label in _place_heads()):
            # (a place's head of two characters or more alone is one too: 在|区委/ORG|礼堂/LOC|一楼会议室, 管城区's site, 2016 —
            # the committee's hall; not 港/台 of 港台, two regions)
            dropped.add(id(m))
    an.mentions[:] = [m for m in an.mentions if id(m) not in dropped]


@cache
def _place_kinds() -> frozenset[str]:
    """Kinds of place written alone (data/relations/place_kinds.txt) and a village's facilities (word set
    village_facilities)."""
    return frozenset(data_words("relations", "place_kinds.txt")) | frozenset(word_set("village_facilities"))


def _village_before_a_kind(label: str) -> str:
    """The village or community a place's name is when it goes on with a village's facility only (word set
    village_facilities: 业库村|村道: 业库村), or "" (肖红坪村文化广场, a square named with its village, is a place)."""
    for ending in VILLAGE_SUFFIXES:
        at = label.find(ending)
        if 2 <= at <= 4 and label[at + len(ending):] in word_set("village_facilities"):
            return label[:at + len(ending)]
    return ""


def _a_kind_of_zone(label: str) -> bool:
    """Whether a place's name only says a kind of development zone, of a rank or not (升格为|国家级经济技术开发区,
    a county's page, 2015; 经开区: data/lexicon/development_zones.tsv, word set zone_ranks)."""
    for rank in word_set("zone_ranks"):
        label = label.removeprefix(rank)
    return label in every_zone_kind()


class _Written:
    """The mentions that own their characters, by where they start and end."""

    def __init__(self, text: str, mentions: list[Mention]) -> None:
        self.text = text
        self.mentions = mentions
        self.starting: dict[int, list[Mention]] = defaultdict(list)
        self.ending: dict[int, list[Mention]] = defaultdict(list)
        for m in mentions:
            self.starting[m.start].append(m)
            self.ending[m.end].append(m)
        self._agencies = SpanIndex((m.start, m.end) for m in mentions if m.type == "Agency")

    def in_agency(self, m: Mention) -> bool:
        """Whether ``m`` is written inside an agency's name (四川 in 四川大学, 一带一路 in 推进“一带一路”
        建设工作领导小组办公室): part of that name, no place or program of the sentence."""
        return any((s, e) != (m.start, m.end) for s, e in self._agencies.holding(m.start, m.end))

    def of_the_sentence(self, program: Mention) -> bool:
        """Whether a program's mention names a program the sentence speaks of, not a part of an
        organisation's name, nested (推进“一带一路”建设工作领导小组办公室 read as an agency) or
        not (联合|推进|“一带一路”|建设|工作|领导小组|办公室|摄制: the nouns right after it end with an
        organisation's head)."""
        if self.in_agency(program):
            return False
        rest = re.match(r"[^，,。；;：:、！？!?\s“”]*", self.text[program.end:program.end + 20]).group()
        run = ""
        for word in tokenizer().lcut(rest):
            if not word_tags().get(word, "n").startswith(("n", "vn", "j")):
                break
            run += word
        return not run.endswith(ordered_lexicon("org_suffixes.txt"))

    def longest_at(self, at: int, types: tuple[str, ...]) -> Mention | None:
        return max((m for m in self.starting.get(at, ()) if m.type in types and not
                    (m.type != "Agency" and self.in_agency(m))), key=lambda m: m.end, default=None)

    def places_from(self, at: int) -> tuple[Mention | None, int]:
        """The last of the divisions and places written one after another from ``at`` (在|广西|南宁:
        南宁市), and where they end."""
        where = None
        while (found := self.longest_at(at, ("AdministrativeDivision", "Place"))) is not None:
            if found.type == "AdministrativeDivision" and found.key.kind != "division":
                break
            where, at = found, found.end
        return where, at


# what may stand between a verb and its program, or between a place and its verb: 启动|了|“…”,
# 在|北京|隆重|举行 (no punctuation but the program's opening quotation mark)
_GAP = 4


def _verb_at(text: str, at: int, verbs: tuple[str, ...], gap: int = _GAP) -> tuple[int, int] | None:
    """The first of ``verbs`` within ``gap`` characters of ``at`` with nothing but letters
    between: its start and end."""
    for offset in range(gap + 1):
        if offset and not text[at + offset - 1:at + offset].isalpha():
            return None
        verb = next((v for v in verbs if text.startswith(v, at + offset)), None)
        if verb is not None:
            return at + offset, at + offset + len(verb)
    return None


def _program_after(text: str, at: int, written: _Written) -> Mention | None:
    """The program that starts within a few characters after ``at`` (举办|“中法美食文化之夜”活动,
    启动|了|2023年…活动), with no punctuation but a quotation mark between."""
    for offset in range(_GAP + 1):
        program = written.longest_at(at + offset, ("Program",))
        if program is not None:
            return program if written.of_the_sentence(program) else None
        if not (text[at + offset:at + offset + 1].isalpha() or text[at + offset:at + offset + 1] in "“「"):
            return None
    return None


def _program_list(text: str, written: _Written, program: Mention) -> list[Mention]:
    """The programs of the list ``program`` is an item of, in order: the ones joined to it by 、 or a
    conjunction (data/relations/list_joins.txt), or written right after one another with their quotation
    marks, before and after it (xwlb-2023: 全面推进|探月工程四期|和|行星探测工程, 深入实施|“中学生英才计划”|
    “强基计划”): what is said of one item is said of them all.  Not a list of two things a clause pairs
    (data/relations/pairing_words.txt: 推进|“一带一路”倡议|和|…战略|对接: the other is another's)."""
    joins = ("、", *_longest_first("list_joins.txt"), "")

    def neighbour(at: int, forward: bool) -> Mention | None:
        for join in joins:
            if forward and text.startswith(join, at):
                found = written.longest_at(at + len(join), ("Program",))
            elif not forward and text.endswith(join, 0, at):
                found = max((m for m in written.ending.get(at - len(join), ()) if m.type == "Program"
                             and not written.in_agency(m)), key=lambda m: m.end - m.start, default=None)
            else:
                continue
            # written right after one another: a closing quotation mark, then an opening one (“…”“…”)
            glued = text[at - 1:at + 1] == "”“"
            if found is not None and (join or glued) and written.of_the_sentence(found):
                return found
        return None

    items = [program]
    while (before := neighbour(items[0].start, False)) is not None and before not in items:
        items.insert(0, before)
    while (after := neighbour(items[-1].end, True)) is not None and after not in items:
        items.append(after)
    if len(items) > 1 and text.startswith(data_words("relations", "pairing_words.txt"), items[-1].end):
        return [program]
    return items


def _programs_carried_out(an: Analysis, written: _Written) -> None:
    """A program is carried out in the division or place written with 在 before its verb
    (在|西宁市|启动|“河湖长制”专项行动) or after the program (2023中国产业转移发展对接活动|在|广西|
    南宁|举行): the finest of those written one after another; and so is every program of the
    clause after an opening 在X， (在|山东|，|小清河复航工程|进入收尾阶段, xwlb-2023), and one named with
    its head or quotation marks in the clauses after it to the end of the sentence (:func:`_scene_end`)."""
    text, verbs = an.text, data_words("relations", "carrying_verbs.txt")
    for at in offsets(text, "在"):
        where, cursor = written.places_from(at + 1)
        if where is not None and _opens_a_clause(an, at) and text[cursor:cursor + 1] in "，,":
            # 在|山东|，|小清河复航工程|进入收尾阶段: the place is where the programs of the clauses
            # after it are, to the end of the sentence (在|江西芦溪|，|21支灯彩队伍身着盛装|，|沿着街道进行|
            # 游园踩街活动, xwlb-2023), not after a clause that says something (在|山西运城博物馆|，|总书记|
            # 强调|，|要|深入实施|…工程) or opens another scene (…；|在…)
            first = min((i for i in (text.find(mark, cursor + 1) for mark in "，,；;。") if i >= 0),
                        default=an.sentence(at)[1])
            end = max(first, _scene_end(an, cursor))
            # in a later clause, a program named with its head or its quotation marks (…|进行|游园踩街活动), not
            # a phrase that only reads as one (在|浙江湖州|，|…装扮着|美丽乡村: the villages, no campaign)
            for program in (m for m in _programs_between(written, cursor, end)
                            if m.end <= first or m.text.startswith("“") or m.text.endswith(_program_heads())):
                an.fact(program.key, "carriedOutIn", where.key, program.start)
            continue
        if where is None and (nation := _the_nation_at(an, written, at + 1)) is not None:
            where, cursor = nation  # 活动|正|在|全国|举行 (xwlb-2023): the country's
        verb = _verb_at(text, cursor, verbs) if where is not None else None
        if verb is None:
            continue
        if where.prop("implicit") and not any(m.key == where.key for m in an.mentions):
            an.add(where)
        program = _program_after(text, verb[1], written)
        end = _before_time(text, at)
        end -= text[end - 1:end] == "”" and not written.ending.get(end)  # “…——|科技荟澳系列活动|”|在|澳门|开幕 (xwlb-2023)
        before = [m for m in written.ending.get(end, ()) if m.type == "Program"]
        for item in (program, *before):
            for found in _program_list(text, written, item) if item is not None else ():
                an.fact(found.key, "carriedOutIn", where.key, found.start)


def _the_nation_named(an: Analysis, at: int) -> Mention | None:
    """The article's mention of 中华人民共和国 (中国, 我国), where the nation's own programs are carried
    out; in a national medium's story that names none, one implied at ``at`` (:func:`national_story`);
    None on a local page that names none: its 全国 alone makes the country no place of its graph (a
    county's 创建全国文明城市, a district's 传达…全国…会议精神)."""
    home = Key("place", home_country())
    named = next((m for m in an.mentions if m.key == home and m.end > m.start), None)
    if named is not None or not national_story(an):
        return named
    return next((m for m in an.mentions if m.key == home), None) or Mention.make(
        "Place", an.doc.id, at, at, "", home.name, home, implicit=True)  # added by the first fact about it


def _with_the_nation(an: Analysis, nation: Mention) -> Key:
    """The key of the nation's mention, added to the article's if it is an implied one not added yet."""
    if not any(m.key == nation.key for m in an.mentions):
        an.add(nation)
    return nation.key


def _the_nation_at(an: Analysis, written: _Written, at: int) -> tuple[Mention, int] | None:
    """(a mention of 中华人民共和国 without a span, where its words end) when a word of the whole nation
    (data/relations/national_name_openings.txt: 全国) is written from ``at`` as a word of its own, and the
    words of its extent after it (data/relations/national_extents.txt: 范围内): 在|全国|举行, 在|全国|范围内|
    组织开展; not the start of a body's name (在|全国人大常委会|…)."""
    text = an.text
    word = next((w for w in _longest_first("national_name_openings.txt") if text.startswith(w, at)), None)
    if word is None or at + len(word) not in an.boundaries or any(m.type == "Agency" for m in written.starting.get(at, ())):
        return None
    end = at + len(word)
    end += len(next((w for w in _longest_first("national_extents.txt") if text.startswith(w, end)), ""))
    mention = _the_nation_named(an, at)
    return (mention, end) if mention is not None else None


# a day of the month, or what brackets say after a day's word: 15日, （11月1日）
_DAY = re.compile(r"\d{1,2}日|（[^（）]{1,12}）")


def _before_time(text: str, at: int) -> int:
    """Where the words of a time written right before ``at`` start (首个全国生态日主场活动|15日|在,
    …活动|今天（11月1日）|在, …活动|正|在: data/relations/time_words.txt), or ``at`` when none is."""
    start = at
    while (day := next((k for k in range(max(0, start - 14), start) if _DAY.fullmatch(text, k, start)), None)) is not None:
        start = day
    word = word_ending(text, _longest_first("time_words.txt"), start)
    return start - len(word)


def _programs_by_name(an: Analysis, written: _Written) -> None:
    """A program whose name starts with the division it is carried out in is carried out there
    (xwlb-2023: 吉林|水网骨干工程, 北京|东六环改造工程, 河北|雄安干渠工程), in the finest of divisions
    written one inside another (重庆|綦江|…工程 in 綦江区), when more of the name follows; not in a pair
    of divisions side by side (拉萨|山南|一体化重要工程 is both's) nor in a place (北京|大兴国际机场|铁路
    控制性工程 runs from 天津 to the airport)."""
    gaz = gazetteer()
    for program in (m for m in written.mentions if m.type == "Program"):
        if an.text.endswith(data_words("relations", "route_marks.txt"), 0, program.start):
            continue  # 四川巴塘|至|西藏澜沧江500千伏线路工程 (xwlb-2023): a route's second end, read as the name's start
        chain, cursor = [], program.start
        while (found := written.longest_at(cursor, ("AdministrativeDivision", "Place"))) is not None:
            # every division read from here (拉萨 and 拉萨山南 read as 山南市): one inside another
            chain.extend(sorted((m for m in written.starting[cursor] if m.type == "AdministrativeDivision"),
                                key=lambda m: m.end))
            chain.append(found)
            cursor = found.end
        nodes = [m.prop("node") for m in chain]
        if not chain or None in nodes or any(m.type != "AdministrativeDivision" for m in chain) \
                or any(not gaz.is_within(inner, outer) for outer, inner in zip(nodes, nodes[1:])) \
                or program.end - cursor < 2 or chain[0].end - chain[0].start < 2:
            continue
        an.fact(program.key, "carriedOutIn", chain[-1].key, program.start)


def _programs_after_their_division(an: Analysis, written: _Written) -> None:
    """A program written right after a Chinese division, its name no route's (data/relations/route_marks.txt,
    route_words.txt: 北京|至雄安新区城际铁路…工程), is carried out there (xwlb-2023: 福州|长乐国际机场二期扩建
    航站区工程, 河南省|淮河流域重点平原洼地治理工程): the finest of divisions written one inside another,
    not a pair side by side (拉萨|山南|…), nor a division after a route's mark or an item of a list
    (连江|黄岐|至…, 拉萨|、|山南|…).  A program another rule carried out somewhere keeps that."""
    gaz, text = gazetteer(), an.text
    done = {f.subject for f in an.facts if f.predicate == "carriedOutIn"}
    routes = (*data_words("relations", "route_marks.txt"), *data_words("relations", "route_words.txt"))
    for program in (m for m in written.mentions if m.type == "Program" and m.key not in done):
        if any(word in program.label for word in routes) or not written.of_the_sentence(program):
            continue
        chain, at = [], program.start
        while found := [m for m in written.ending.get(at, ()) if m.type == "AdministrativeDivision"
                        and m.key.kind == "division" and m.prop("node") is not None and not written.in_agency(m)]:
            chain.insert(0, max(found, key=lambda m: m.end - m.start))
            at = chain[0].start
        nodes = [m.prop("node") for m in chain]
        if not chain or chain[-1].end - chain[-1].start < 2 or text.endswith((*routes, "、"), 0, at) \
                or any(not gaz.is_within(inner, outer) for outer, inner in zip(nodes, nodes[1:])):
            continue
        done.add(program.key)
        an.fact(program.key, "carriedOutIn", chain[-1].key, program.start)


@cache
def _program_heads() -> tuple[str, ...]:
    return ordered_lexicon("program_triggers.txt")


def _programs_of_the_nation(an: Analysis, written: _Written) -> None:
    """A clause opened by the country itself (data/relations/national_subjects.txt: 我国, 全国, after
    a time and its comma or not) carries out in 中华人民共和国 the programs after its carrying or
    organising verb (xwlb-2023: 近年来，|我国|深入实施|产业基础再造工程|和|重大技术装备攻关工程, 全国|各地|
    开展|消费者权益保护活动).  Not 全国 in a longer word (全国性|科技学术社团 may take part abroad) or
    opening a body's name (全国|人大常委会|开展…: an agency's mention starts there), nor a clause that
    names another country (我国|同|东盟|开展…: no place of the country's alone)."""
    text = an.text
    verbs = (*data_words("relations", "carrying_verbs.txt"), *data_words("relations", "organizing_verbs.txt"))
    for subject in data_words("relations", "national_subjects.txt"):
        at = text.find(subject)
        while at >= 0:
            start, end = at, at + len(subject)
            at = text.find(subject, at + 1)
            if not _opens_a_clause(an, start) or end not in an.boundaries \
                    or any(m.type == "Agency" for m in written.starting.get(start, ())):  # 全国性|科技学术社团
                continue
            stop = min((i for i in (text.find(mark, end) for mark in "，,；;。：:") if i >= 0), default=len(text))
            if any(m.type in ("Place", "Agency") and start < m.start < stop for m in written.mentions):
                continue
            found = min(((text.find(v, end, stop), v) for v in verbs if text.find(v, end, stop) >= 0), default=None)
            if found is None:
                continue
            programs = _programs_between(written, found[0] + len(found[1]), stop)
            nation = _the_nation_named(an, start) if programs else None
            for program in programs if nation is not None else ():
                an.fact(program.key, "carriedOutIn", _with_the_nation(an, nation), program.start)


# what may open a program's name before the word that makes it the nation's: a year, an edition, a quotation
# mark (“2023全国一刻钟便民生活节”活动, 2023年全国科普日主场活动, 第十三届全国残疾人健身周活动)
_EDITION = re.compile(r"“?(?:\d{4}年?|第[一二三四五六七八九十百\d]+届)?")


def _national_programs_by_name(an: Analysis, written: _Written) -> None:
    """A program whose name opens with a word of the whole nation (data/relations/national_name_openings.txt:
    全国), after a year or an edition, is carried out in 中华人民共和国 (xwlb-2023: 全国科普日活动|自2004年起,
    2023年全国科技活动, 全国推广普通话宣传周活动), when no rule put it elsewhere."""
    done = {f.subject for f in an.facts if f.predicate == "carriedOutIn"}
    openings = _longest_first("national_name_openings.txt")
    for program in (m for m in written.mentions if m.type == "Program" and m.key not in done):
        at = _EDITION.match(program.label).end()
        if not program.label.startswith(openings, at) or not written.of_the_sentence(program):
            continue
        opening = next(w for w in openings if program.label.startswith(w, at))
        if program.label.startswith(_longest_first("national_honours.txt"), at + len(opening)):
            continue  # 全国|文明城市|创建工作: a title the county works for, no work of the whole country
        done.add(program.key)
        nation = _the_nation_named(an, program.start)
        if nation is not None:
            an.fact(program.key, "carriedOutIn", _with_the_nation(an, nation), program.start)


def _scene_end(an: Analysis, cursor: int) -> int:
    """Where the clauses after ``在X，`` (its comma at ``cursor``) stop telling what is done in X:
    the end of the sentence or a semicolon, a clause with a verb of saying (data/relations/
    speech_verbs.txt) or one that opens with 在 (another place)."""
    text, end = an.text, min(an.sentence(cursor)[1], len(an.text))
    semicolon = min((i for i in (text.find(mark, cursor + 1, end) for mark in "；;") if i >= 0), default=end)
    start, speech = cursor + 1, data_words("relations", "speech_verbs.txt")
    while start < semicolon:
        stop = min((i for i in (text.find(mark, start, semicolon) for mark in "，,") if i >= 0), default=semicolon)
        clause = text[start:stop]
        if clause.startswith("在") or any(verb in clause for verb in speech):
            return start
        start = stop + 1
    return semicolon


def _opens_a_clause(an: Analysis, at: int) -> bool:
    """Whether ``at`` starts a sentence or a clause (春节一过，|在|广西|钦州|，…)."""
    return at == an.sentence(at)[0] or an.text[at - 1:at] in "，,；;：:\n"


def _programs_between(written: _Written, start: int, end: int) -> list[Mention]:
    return [m for m in written.mentions if m.type == "Program" and start <= m.start and m.end <= end
            and written.of_the_sentence(m)]


def _programs_run(an: Analysis, written: _Written) -> None:
    """An agency, or a division acting (东苑社区|通过|开展|“党员敲门”), runs the program right after
    an organising verb when it is the verb's subject: the nearest one before it in the clause that is no place (在|联合国教科文组织总部) and no
    preposition's object (向|…|发起), with no person between (中国驻法国大使馆|23日|在|联合国教科文组织
    总部|举办|“中法美食文化之夜”活动); and the agencies after 由 run the program before 由 or
    after the verb's 的 (由|中央宣传部|等单位|主办|的|…活动)."""
    text, verbs = an.text, data_words("relations", "organizing_verbs.txt")
    for verb in verbs:
        at = text.find(verb)
        while at >= 0:
            program = _program_after(text, at + len(verb), written)
            subject = _subject_before(an, written, at) if program is not None else None
            for runner in _listed_agencies(text, written, subject) if subject is not None else ():
                for item in _program_list(text, written, program):
                    an.fact(runner.key, "organizes", item.key, item.start)
            at = text.find(verb, at + 1)
    for at in offsets(text, "由"):
        runners, cursor = [], at + 1
        while (agency := written.longest_at(cursor, ("Agency",))) is not None:
            runners.append(agency)
            cursor = agency.end + (text[agency.end:agency.end + 1] in "和、与及")
        found = _verb_at(text, cursor, verbs, gap=3) if runners else None  # 由|商务部|和|…|等单位|主办
        if found is None:
            continue
        programs = [m for m in written.ending.get(at, ()) if m.type == "Program"]
        if text.startswith("的", found[1]) and (after := written.longest_at(found[1] + 1, ("Program",))):
            programs.append(after)
        for program in programs:
            for agency in runners:
                an.fact(agency.key, "organizes", program.key, program.start)


def _programs_hosted(an: Analysis, written: _Written) -> None:
    """A place that hosts a program, the subject of a verb of holding (data/relations/hosting_verbs.txt) right
    before it, is where the program is carried out (xwlb-2023: 雄安新区|举办|“百所高校雄安行”活动, 历史文化名城|卡塔戈|
    举办了首届|“闪耀卡塔戈·共庆中国年”活动): the last mention before the verb in its clause is the place,
    with no preposition before it (在|北京|举办 is the 在 rule's; 向|…)."""
    text = an.text
    for verb in data_words("relations", "hosting_verbs.txt"):
        for at in offsets(text, verb):
            program = _program_after(text, at + len(verb), written)
            if program is None:
                continue
            start = max((text.rfind(mark, an.sentence(at)[0], at) for mark in "，,；;：:、"), default=-1) + 1
            host = max((m for m in written.mentions if start <= m.start and m.end <= at), key=lambda m: m.end, default=None)
            gap = text[host.end:at] if host is not None else ""
            if host is None or host.type != "Place" or host.end not in an.boundaries \
                    or any(not word_tags().get(word, "").startswith(("d", "t")) for word in tokenizer().lcut(gap)) \
                    or text[host.start - 1:host.start] in _PREPOSITIONS | {"在"} or written.in_agency(host):
                # 卡塔戈|举办, 雄安新区|近日|举办: an adverb or a time between; not 向|美国|举办, nor a name's start
                # (缔约方大会|中国|角|举行|数字化转型日活动: the China pavilion, at the conference abroad)
                continue
            for item in _program_list(text, written, program):
                an.fact(item.key, "carriedOutIn", host.key, item.start)


def _listed_agencies(text: str, written: _Written, agency: Mention) -> list[Mention]:
    """An agency and the agencies listed before it with 、 or a conjunction (data/relations/list_joins.txt):
    the subjects of one verb (xwlb-2023: 工业和信息化部|、|国资委|、|全国工商联|联合组织开展…)."""
    items = [agency]
    if agency.type != "Agency":
        return items
    while True:
        join = next((j for j in ("、", *_longest_first("list_joins.txt")) if text.endswith(j, 0, items[0].start)), None)
        before = max((m for m in written.ending.get(items[0].start - len(join), ()) if m.type == "Agency"),
                     key=lambda m: m.end - m.start, default=None) if join else None
        if before is None or before in items:
            return items
        items.insert(0, before)


# 向|…|发起, 由|A|联合推进|…: a preposition's object is not the verb's subject (after 由, the verb right after
# the agencies says what they do: the 由 rule of _programs_run)
_PREPOSITIONS = frozenset("向对与和同为给跟把被从由")


def _acting(an: Analysis, division: Mention) -> bool:
    """Whether a division is written as acting, followed by a preposition, an adverb or a verb
    (东苑社区|通过|开展, 东苑社区|在|沙市花园小区|开展), not as a modifier (带领|沙市区|6位|特困老人|开展:
    the old people are 沙市区's)."""
    after = an.tokens_from(division.end, 1)
    before = an.token_at(division.start - 1) if division.start else None
    if before is not None and (before[2] == "的" or word_tags().get(before[2], "").startswith("v")):
        return False  # 来到|鄱阳湖畔|的|南矶乡|开展: where the team went, not who acts
    return division.key.kind == "division" and bool(after) and \
        word_tags().get(after[0][2], "").startswith(("p", "d", "v"))


def _subject_before(an: Analysis, written: _Written, at: int) -> Mention | None:
    text = an.text
    start = max(an.sentence(at)[0], at - 30)
    clause = max((text.rfind(mark, start, at) for mark in "，,；;：:、"), default=-1)
    start = max(start, clause + 1)
    between = sorted((m for m in written.mentions if start <= m.start and m.end <= at), key=lambda m: -m.end)
    for m in between:
        if m.type == "Person":
            return None
        if m.type not in _ACTORS or (m.type == "AdministrativeDivision" and not _acting(an, m)):
            continue
        first = m  # the first of the divisions and places written one after another up to it (北京|石景山区)
        while (outer := next((o for o in written.ending.get(first.start, ()) if o.type in ("AdministrativeDivision", "Place")),
                             None)) is not None:
            first = outer
        before = text[first.start - 1:first.start]
        if before == "在":
            continue  # where it happens: 在|联合国教科文组织总部|举办, 在|北京|石景山区|启动 (xwlb-2023)
        if before in _PREPOSITIONS:
            return None
        return m
    return None


def _parent_named(label: str, agencies: dict[str, Mention]) -> tuple[str, str, Mention | None] | None:
    """The agency whose name ``label`` starts with, the longest, when the rest names a unit of
    it: (the parent's name as written in ``label``, its own name, its mention in the article or
    None for a central body of data/lexicon/national_agencies.tsv: 中共|代表团 -> 中国共产党).
    国务院|办公厅, 中央军委|装备发展部, 中科院|上海分院, 外交部|领事保护中心.  The parent is a whole
    word of the name (not 国务|委员长) of three characters or more, or a central body (中央|
    文献出版社: 中央 is no body's name).  The rest ends with an organisation's head
    (data/lexicon/org_suffixes.txt) in a noun (上海市人民政府|主办 ends in 办, but 主办 is no noun), opens with no
    joiner (中国物流|与采购联合会 is one name),
    starts with no verb (中央纪委国家监委|驻应急管理部), is no body's own name written longer
    (中国船舶|集团: data/relations/same_body_endings.txt and same_body_words.txt, 中集来福士|
    海洋工程有限公司; 硅谷银行|金融集团 is its parent), no body that was (河南省中原信托有限公司|原|
    党委: data/posts/former_markers.txt) and no other body (中央纪委|国家监委 are two, written
    together)."""
    national = alias_table("national_agencies.tsv")
    words = tokenizer().lcut(label)
    # where the name may be cut: between its words, anywhere in a name jieba reads as one word
    # (国务院办公厅), never inside a word of a longer name (国务|委员长, 华侨委|员会)
    cuts = list(accumulate(map(len, words)))[:-1] if len(words) > 1 else list(range(2, len(label) - 1))
    tags = word_tags()
    for cut in reversed(cuts):
        parent, rest = label[:cut], label[cut:]
        mention = agencies.get(parent)
        if mention is None and parent not in national:
            continue
        if (len(parent) < 3 and parent not in national) or names_country(parent) or foreign_name(parent):
            return None  # 乌克兰|总统办公室: a foreign state's body is placed in the country (kgraph.extraction.world)
        if parent in party_prefixes() and (found := gazetteer().names_in(rest[:16])) and found[0][0] == 0:
            # 中共|福建省委, 中共|射洪市委宣传部 (a county's site, 2017): the party's prefix of a local committee's full
            # name (GUIDELINES: 中共石首市委组织部 is 石首市委组织部), no mention of the party it would be a unit of
            return None
        rest_words = tokenizer().lcut(rest)
        head_tag = tags.get(rest_words[-1], "n") if len(rest_words[-1]) > 1 else "n"
        if len(rest) < 2 or not rest[0].isalpha() or not rest.endswith(ordered_lexicon("org_suffixes.txt")) \
                or not head_tag.startswith(("n", "j")) or tags.get(rest_words[0], "").startswith("v") \
                or rest_words[0] in former_markers() or rest.endswith(data_words("relations", "same_body_endings.txt")) \
                or rest in data_words("relations", "same_body_words.txt") \
                or rest in national or rest[0] in word_set("body_list_joiners"):
            return None  # nor a name whose fields 和 or 与 joins: 中国物流|与采购联合会 is no unit of 中国物流
        return parent, (mention.label if mention is not None else national[parent]), mention
    return None


def _verb_written_at(an: Analysis, unit: Mention, parent: str) -> bool:
    """Whether the model reads a verb right after the parent's name in the unit's mention:
    中国队|战胜|法国队, 上海市人民政府|主办 are sentences, not names (jieba's dictionary tags 战胜 n
    and 主办 b)."""
    if not unit.text.startswith(parent):
        return False
    tokens = an.model_tokens or ()
    at = unit.start + len(parent)
    index = bisect.bisect_left(tokens, at, key=lambda t: t.start)
    return index < len(tokens) and tokens[index].start == at and tokens[index].tag.startswith("v")


def _units_by_name(an: Analysis) -> None:
    """An agency whose name is another's and a unit is a sub-organisation of it, the other an
    agency of the article or a central body (国务院办公厅 -> 国务院, 中科院上海分院 -> 中科院).
    Not when a stage read one from its nested heads already (公安县委|政法委)."""
    # by their own names: 浙江大学医学院 read as 浙江省大学医学院 is no parent of 浙江大学医学院附属第二医院
    agencies = {m.label: m for m in an.mentions if m.type == "Agency"}
    done = {f.subject for f in an.facts if f.predicate == "subOrganizationOf"}
    for unit in [m for m in an.mentions if m.type == "Agency" and m.end > m.start]:
        if unit.key in done or an.text[:unit.start].endswith(data_words("posts", "stationed.txt")):
            continue  # 中国|常驻|联合国教科文组织代表团: another country's mission to it, no unit of it
        found = _parent_named(unit.label, agencies)
        if found is None or _verb_written_at(an, unit, found[0]):
            continue
        done.add(unit.key)
        _, parent_label, parent = found
        if parent is None:  # a central body the article does not name by itself: a mention without a span
            parent = an.add(Mention.make("Agency", an.doc.id, unit.start, unit.start, "", parent_label,
                                        agency_key(parent_label), implicit=True))
            agencies[parent_label] = parent
        if parent.key != unit.key:
            an.fact(unit.key, "subOrganizationOf", parent.key, unit.start)


@cache
def _division_named_first(label: str) -> int | None:
    """The gazetteer's node of the province an agency's name starts with, as a word of
    it or in a name the model knows as one organisation's (新疆|生产建设兵团, 北京大学: nt), when
    the name is one of an organisation (data/lexicon/org_suffixes.txt: 延安|干部学院, 广东|队)
    whose rest starts with no verb (上海|合作|组织 is no body of 上海市); None otherwise.  Not a
    city's: a body of the nation may be named after the city near it (酒泉|卫星发射中心 lies in Inner
    Mongolia, 太原|卫星发射中心 in 忻州市, xwlb-2023), unless its head is a local body's (深圳|海关,
    南京|审计|大学, 长沙市|第一医院: data/relations/local_heads.txt; a verb may start its rest then).
    Not a ship's (word set vessel_heads: 山东|舰|航母编队), but a place's vessels' (vessels: 青岛|舰艇学院)."""
    gaz, tags = gazetteer(), word_tags()
    words = tokenizer().lcut(label)
    if (official := _division_written_whole(label, words)) is not None:
        return official
    local_heads = tuple(data_words("relations", "local_heads.txt"))
    # a unit after the local body: 宜昌|三峡|中心医院|伍家院区|急诊室, 四川|农业大学|温江校区 (xwlb-2023)
    local = label.endswith(local_heads) or (len(words) > 2 and any(word.endswith(local_heads) for word in words[1:-1]))
    if local and len(words) == 1:
        # 上海海关, 北京海关 (xwlb-2023): one word of jieba's (ns), the division's name and a local head
        words = [label[:len(label) - len(word_ending(label, _longest_first("local_heads.txt")))],
                 word_ending(label, _longest_first("local_heads.txt"))]
    one_word = len(words) == 1 and tags.get(label) == "nt"
    if not (one_word or local or label.endswith(ordered_lexicon("org_suffixes.txt"))):
        return None
    if one_word:  # the longest division's name it starts with
        size = next((k for k in range(len(label) - 1, 1, -1) if label[:k] in gaz.all_names), None)
    else:  # its first word
        size = len(words[0]) if len(words[0]) < len(label) else None
    if size is None:
        return None
    if names_a_ship(label, size):
        return None  # 山东|舰|航母编队 (xwlb-2023): a ship named after the province, and its group, is not in it
    nodes = gaz.lookup(label[:size])
    rest = tokenizer().lcut(label[size:])
    if len(nodes) != 1 or gaz.level(nodes[0]) not in (("province", "prefecture") if local else ("province",)) or (not one_word and (
            (tags.get(rest[0], "").startswith("v") and not local) or label[:size] not in gaz.all_names)):
        return None
    return nodes[0]


def _division_written_whole(label: str, words: list[str]) -> int | None:
    """The gazetteer's node of the division of a county or above an agency's name opens with
    written whole, with its kind (data/relations/division_kinds.txt; xwlb-2023: 安徽省|涡阳县|人民医院|
    血透室, 长沙市|第一|福利院, 江苏省|气象台, 积石山|县|人民医院|急诊室): a body named so is the division's,
    where one named by a short form may be the nation's (酒泉|卫星发射中心).  One division bears the
    name; a word of the rest is an organisation's head (data/lexicon/org_suffixes.txt, data/relations/
    local_heads.txt: 人民医院|血透室 is a unit of the hospital) and the rest starts with no verb (绥化市|
    依托|合作社) and no word of the nation's (data/relations/national_subjects.txt: 台湾省|全国人大 is the
    national one)."""
    gaz, tags = gazetteer(), word_tags()
    kinds = tuple(data_words("relations", "division_kinds.txt"))
    heads = (*ordered_lexicon("org_suffixes.txt"), *data_words("relations", "local_heads.txt"))
    cuts = list(accumulate(map(len, words)))[:-1]
    for index in range(len(cuts) - 1, -1, -1):
        name, rest = label[:cuts[index]], words[index + 1:]
        if name not in gaz.all_names or not name.endswith(kinds):
            continue
        nodes = gaz.lookup(name)
        if len(nodes) != 1 or gaz.level(nodes[0]) not in ("province", "prefecture", "county") \
                or tags.get(rest[0], "").startswith("v") \
                or rest[0].startswith(tuple(data_words("relations", "national_subjects.txt"))) \
                or not any(word.endswith(heads) for word in rest) or names_a_ship(label, len(name)):
            return None
        return nodes[0]
    return None


def _agencies_by_division_name(an: Analysis, written: _Written) -> None:
    """An agency named after its province is in it (xwlb-2023: 新疆生产建设兵团 in 新疆维吾尔自治区,
    北京大学 in 北京市, 中共湖北省委 read as 湖北省委) when no stage placed it: the agencies' recogniser places
    the division-and-head names it reads (公安县|人民法院); this one those the lexicon or the model
    found.  A name that opens with a development zone's lies in the zone, which the gazetteer lacks
    (天水经济技术开发区|管委会, a county's page, 2015: recognisers.zones)."""
    located = {f.subject for f in an.facts if f.predicate == "locatedIn"}
    zones = {m.start: m for m in an.mentions if m.type == "AdministrativeDivision" and m.prop("zone")}
    for m in written.mentions:
        zone = zones.get(m.start)
        if m.type == "Agency" and m.key not in located and zone is not None and zone.end < m.end:
            located.add(m.key)
            an.fact(m.key, "locatedIn", zone.key, m.start)
    _in_the_division_named(an, written, "Agency", _division_named_first)


def _agencies_named_after_a_division(an: Analysis, written: _Written) -> None:
    """An agency no stage placed lies where its parent lies (南宁市公安局|指挥中心, a unit of 南宁市公安局 in 南宁市: a
    district police's page, 2016), else in the division of the article whose name its own opens with (海口市|琼山中学,
    环县|南关小学: county and city pages, 2017-2023), the longest."""
    located = {f.subject: f.object for f in an.facts if f.predicate == "locatedIn"}
    parents = {f.subject: f.object for f in an.facts if f.predicate == "subOrganizationOf"}
    divisions = sorted({m.label: m for m in an.of_type("AdministrativeDivision") if len(m.label) >= 2}.values(),
                       key=lambda m: -len(m.label))
    unplaced = [m for m in written.mentions if m.type == "Agency" and m.key not in located]
    # (by name first, then by parent: a unit written before its parent finds the parent placed)
    # (after the party's or the league's name: 共青团|平利县|第二十届委员会, a county's page, 2018, is 平利县's)
    openers = (*party_prefixes(), LEAGUE)
    for m in unplaced:
        bare = next((m.label[len(o):] for o in openers if m.label.startswith(o)), m.label)
        named = next((d for d in divisions if bare.startswith(d.label) and len(bare) > len(d.label)), None)
        if named is not None and m.key not in located and parents.get(m.key) not in located:
            located[m.key] = named.key
            an.fact(m.key, "locatedIn", named.key, m.start)
    # (or a town's name without its level: 该镇迅速设置|郭河中学|、福元中学…, 庐江县郭河镇's flood news, 2020; 福星中学 beside
    # 福星镇, 陇西县's procuratorate, 2019; 甘溪滩农旅融合服务中心, 甘溪滩镇's page, 2024: each local gold places it in the
    # town — one town only, and no county the page names by the same words; a village of the town's name is no bar, 福星村
    # beside 福星镇, whose school the gold places in the town)
    # (only a town's kind of body, word set town_named_body_heads: not a national brand a town's name opens, 新华书店 beside
    # 新华镇, 建设银行 beside 建设镇)
    stems: dict[str, set[Key | None]] = {}
    for d in divisions:
        town = d.prop("level") == "township" and d.label.endswith(TOWNSHIP_LEVEL_CHARACTERS)
        if town or d.label[-1:] in COUNTY_LEVEL_CHARACTERS:
            stems.setdefault(d.label[:-1], set()).add(d.key if town else None)
    for m in unplaced:
        if m.key in located or parents.get(m.key) in located or not m.label.endswith(_TOWN_NAMED_BODY_HEADS):
            continue
        stem = max((stem for stem in stems if m.label.startswith(stem) and len(m.label) > len(stem) + 1), key=len,
                   default=None)
        if stem is not None and len(stems[stem]) == 1 and None not in stems[stem]:
            located[m.key] = next(iter(stems[stem]))
            an.fact(m.key, "locatedIn", located[m.key], m.start)
    for m in unplaced:
        division = located.get(parents.get(m.key))
        if m.key not in located and division is not None:
            located[m.key] = division
            an.fact(m.key, "locatedIn", division, m.start)


_TOWN_NAMED_BODY_HEADS = tuple(word_set("town_named_body_heads"))


def _stations_of_a_town_named(an: Analysis) -> None:
    """A county's station named after a town the page names lies in the town (平利县公安局|西河派出所 beside 西河镇, 平利县's
    police, 2025: the local gold places it there; word set grassroots_station_heads), however its county's body placed
    it (the graph keeps the most specific place)."""
    towns: dict[str, Key] = {}
    for m in an.of_type("AdministrativeDivision"):
        if m.prop("level") == "township" and len(m.label) >= 3 and m.label.endswith(TOWNSHIP_LEVEL_CHARACTERS):
            towns.setdefault(m.label[:-1], m.key)
    if not towns:
        return
    heads = longest_first(word_set("grassroots_station_heads"))
    for m in an.of_type("Agency"):
        head = next((h for h in heads if m.label.endswith(h)), None)
        if head is None or m.end == m.start:
            continue
        stem = m.label[:-len(head)]
        # (the town's name alone, or after the body the station is of: 平利县公安局|西河|派出所)
        town = next((key for name, key in towns.items()
                     if stem == name or stem.endswith(name) and stem[:-len(name)].endswith(ordered_lexicon("org_suffixes.txt"))),
                    None)
        if town is not None:
            an.fact(m.key, "locatedIn", town, m.start)



def _firms_after_their_village(an: Analysis, written: _Written) -> None:
    """A firm no stage placed lies in the township or the village written right before it (在|七星关区田坝桥镇高桥村|
    胡永昌家庭农场|中, 七星关区's page, 2020: the farm named after its owner; 在三交镇宋家垣村|富瑞肉牛厂)."""
    located = {f.subject for f in an.facts if f.predicate == "locatedIn"}
    before = {m.end: m for m in written.mentions if m.type == "AdministrativeDivision"
              and m.prop("level") in ("township", "village")}
    for m in written.mentions:
        if m.type == "Agency" and m.key not in located and m.start in before and agency_kind(m.label) == "enterprise":
            located.add(m.key)
            an.fact(m.key, "locatedIn", before[m.start].key, m.start)


def _bodies_of_the_home_county(an: Analysis) -> None:
    """A firm named after the province or the city its county's page lies in is in that county (山东信谊制药有限公司,
    山东诚汇双达药业有限公司 on 平原县's page, 2024; 衡水市's firms on a page of 阜城县 and 武邑县 is not one county's): the
    county the page is at home in and names, the firm's name placing it no further than the province or the city
    (the graph keeps the most specific of its places); and so are the firms the county took in (_settled_in_its_county)
    and its stations named after a town alone (_grassroots_station), where nothing else places them."""
    gaz = gazetteer()
    home = an.region.node
    if home is None or gaz.levels[home] > 3 or not local_page(an):
        return
    # the county the page is at home in, or the one county it names in its home city (德州市|平原县)
    counties = {m.prop("node"): m for m in an.of_type("AdministrativeDivision")
                if m.prop("node") is not None and gaz.levels[m.prop("node")] == 3
                and (m.prop("node") == home or gaz.is_within(m.prop("node"), home))}
    if len(counties) != 1:
        return
    node, county = next(iter(counties.items()))
    above = {division_key(n): n for n in gaz.ancestors(node)}
    located = defaultdict(set)
    for f in an.facts:
        if f.predicate == "locatedIn":
            located[f.subject].add(f.object)
    for m in an.of_type("Agency"):
        places = located.get(m.key, set())
        kind = agency_kind(m.label)
        if m.end > m.start and (places and places <= above.keys() and kind == "enterprise"
                                or not places and (_settled_in_its_county(an, m, kind == "enterprise")
                                                   or _grassroots_station(m.label))):
            an.fact(m.key, "locatedIn", county.key, m.start)
            located[m.key].add(county.key)


def _grassroots_station(label: str) -> bool:
    """Whether a body is a county's station in a town, named after the town alone (word set grassroots_station_heads):
    |城关派出所|所长|田晓平 on 海原县's police page (2019) is the county's, as its bureau's station in 城关镇."""
    head = next((h for h in word_set("grassroots_station_heads") if label.endswith(h)), None)
    return head is not None and 2 <= len(label) - len(head) <= 4


def _settled_in_its_county(an: Analysis, firm: Mention, a_firm: bool) -> bool:
    """Whether the sentence of a firm no name places says the county took it in or calls it the county's: 先后|引进|了|
    太行山酒厂、鼎锟高科新材料、太湖豆制品厂|等企业 (武乡县's page, 2025), 已|入驻|南方水泥、湘泉酒业…|等10家企业
    (古丈县's, 2016), 旭昇电子|是|该县|电子信息产业重点企业 (吉水县's, 2023): word sets settling_verbs, the_county_words.
    A body whose name says no firm (湘泉酒业, 旭昇电子) is one only where the sentence calls it a firm so (``a_firm``:
    its name says it)."""
    start, end = an.sentence(firm.start)
    before, after = an.text[start:firm.start], an.text[firm.end:end]
    referred = _the_countys_firm().match(after)
    if not (referred or any(verb in before for verb in word_set("settling_verbs"))):
        return False
    return a_firm or referred is not None or _LISTED_FIRMS.match(after) is not None


@cache
def _the_countys_firm() -> re.Pattern[str]:
    """是|该县|…企业: the firm called the county's, its kind after a few words."""
    return re.compile("是(?:" + "|".join(word_set("the_county_words")) + ")[^，,。；]{0,14}企业")


# the end of a list of firms: 、…|等10家企业, 等企业
_LISTED_FIRMS = re.compile(r"(?:、[^，,。；、]{2,16})*等(?:[0-9%s多余]+家)?企业" % "".join(sorted(CHINESE_NUMERALS)))


def _in_the_division_named(an: Analysis, written: _Written, type_: str, named_first) -> None:
    """Each mention of ``type_`` that no stage placed lies in the division its name opens with
    (``named_first``: the gazetteer's node, or None).  The division need not be written apart: it is
    added as a mention without a span."""
    located = {f.subject for f in an.facts if f.predicate == "locatedIn"}
    gaz = gazetteer()
    for mention in (m for m in written.mentions if m.type == type_ and m.key not in located):
        node = named_first(mention.label)
        if node is None:
            continue
        located.add(mention.key)
        division = Key("division", gaz.node_key(node))
        if not any(m.key == division for m in an.mentions):
            an.add(Mention.make("AdministrativeDivision", an.doc.id, mention.start, mention.start, "", gaz.names[node],
                                division, node=node, code=gaz.code(node), level=gaz.level(node), implicit=True))
        an.fact(mention.key, "locatedIn", division, mention.start)


def _organizers(an: Analysis, mentions: list[Mention], written: _Written) -> None:
    starts = [m.start for m in mentions]
    for start, end in an.sentences:
        # the mentions that start in the sentence, found by bisection (a scan of every
        # mention per sentence made a long article quadratic)
        lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        inside = [m for m in mentions[lo:hi] if m.end <= end]
        if not inside:
            continue
        # the subject: the first actor, when nothing but a short lead-in precedes it
        actors = [m for m in inside if m.type in _ACTORS]
        if not actors or actors[0].start - start > 12:
            continue
        actor = max((m for m in actors if m.start == actors[0].start), key=lambda m: m.end)
        if an.text[actor.start - 1:actor.start] in (_PREPOSITIONS | {"在"}) - {"由"}:
            continue  # 记者|从|某县人民政府|获悉: a preposition's object, not the subject
        if an.text.startswith(_longest_first("times_after_names.txt"), actor.end):
            continue  # 党的十八大|以来，…中华文明探源工程: a time, not the subject (xwlb-2023)
        before = actor.start - 2 if an.text.endswith("党的", 0, actor.start) else actor.start
        if word_ending(an.text, _longest_first("celebrating_verbs.txt"), before):
            continue  # 为|迎接|党的十九大|胜利召开: the occasion, not who holds what the sentence names
        for program in (m for m in inside if m.type == "Program" and m.start >= actor.end):
            if written.of_the_sentence(program):
                an.fact(actor.key, "organizes", program.key, program.start)


def _container(m: Mention) -> bool:
    """Whether a place written right after ``m`` lies in it: a Chinese division, or a foreign
    country, region or city (not China: a Chinese place lies in a division).  A name of one
    character is no container: it is half of a pair (中越|德天|（板约）瀑布 is a falls on the
    border of the two, not in 越南) or an attribute (俄|军)."""
    if m.end - m.start < 2:
        return False
    if m.type == "AdministrativeDivision":
        return m.key.kind == "division"
    return m.type == "Place" and foreign_name(m.label) is not None


def _own_name(an: Analysis, place: Mention, joined_to: Mention | None = None, whole: bool = False) -> bool:
    """Whether a place's mention is a name of one place of its own, whole words of the text
    (data/relations/): not a country (美国|日本 are two countries), not cut out of a longer
    word (马来西亚|东海岸铁路: 东海 ends inside 海岸), not a common noun (大连|海底隧道), a number or
    a quantity (美国|多州, 中亚|五国) or a direction (美国|东北), not a river or a wall that
    crosses divisions (青海|海东|黄河|岸边) and not a stretch or basin of one (重庆|长江|段).  A name of
    common words is one when the model reads it as one place right after the division or foreign place
    ``joined_to`` (广州|白云机场), or after its 的 or in a list after a place so placed (``whole``: 在安徽宣城
    泾县|的|桃花潭, 以色列特拉维夫|、|斯代罗特; not 青岛|的|百年|老街区, a description: :func:`_model_reads_one_place`);
    not in a scene, where the model's places of common words are kinds (秦皇岛将城市公园、|口袋公园|串联成线)."""
    name = place.label
    if len(name) < 2 or names_country(name) or getattr(foreign_name(name), "kind", None) == "country" \
            or name in data_words("relations", "generic_places.txt"):
        return False
    token = an.token_at(place.start)
    # 法国巴黎, 河南|洛阳龙门石窟 (xwlb-20231210-08) are one word of the segmenter that starts in the
    # place written before: the place is a name of its own after it
    joined = joined_to is not None and token is not None and joined_to.start <= token[0] < place.start \
        and token[1] == place.end
    if (place.start not in an.boundaries and not joined) or place.end not in an.boundaries:
        return False
    if name in gazetteer().all_names:  # 福建|晋江, 北京|门头沟: a division's short name
        return not an.text.startswith(data_words("relations", "stretches.txt"), place.end)
    if name in data_words("relations", "directions.txt") or (_common(name) and not (
            (joined_to is not None or whole) and _model_reads_one_place(an, place, described=whole))):
        return False
    if name.endswith(data_words("relations", "crossing_features.txt")):
        return False
    return not an.text.startswith(data_words("relations", "stretches.txt"), place.end)


def _a_local_stream(an: Analysis, place: Mention, division: Mention) -> bool:
    """Whether a river a local page writes right after its county, township or village is one of that division's
    streams, of three characters or more (元谋县|大箐河|（广茂村段）, 元谋县's procuratorate, 2024: in 元谋县); the great
    rivers' names are of two (湖北宜昌|长江, 青海海东|黄河: crossing_features.txt keeps those unplaced)."""
    return division.type == "AdministrativeDivision" and division.prop("level") in _PAGE_PLACE_LEVELS \
        and len(place.label) >= 3 and place.label.endswith(_stream_endings()) and local_page(an) \
        and place.start in an.boundaries and place.end in an.boundaries and not _common(place.label)



@cache
def _stream_endings() -> tuple[str, ...]:
    return tuple(word_set("stream_endings"))


def _model_reads_one_place(an: Analysis, place: Mention, described: bool = False) -> bool:
    """Whether the model reads a place's mention as one word, a place's name (data/relations/
    model_place_tags.txt: LOC), of common words or not: after a division, 广州|白云机场, 在|广东韶关|樱花峪,
    在|江西安义县|万长灌区, 佛罗里达州|坦帕 (xwlb-2023) are names of their own, where jieba knows 白云机场
    and 坦帕 as common nouns."""
    tokens = an.model_tokens or ()
    index = bisect.bisect_left(tokens, place.start, key=lambda t: t.start)
    if not (index < len(tokens) and tokens[index].start == place.start and tokens[index].end == place.end
            and tokens[index].tag in data_words("relations", "model_place_tags.txt")):
        return False
    # not a verb's or a rank's phrase (重庆|依托/v|山、水, 昭通|国家级/b|页岩气) nor a stretch (黄河山东|段|本年度)
    first = tokenizer().lcut(place.label)[0]
    if described and word_tags().get(first, "") in data_words("relations", "numeral_tags.txt"):
        return False  # 青岛|的|百年/m|老街区, 玉林|的|百年|老街: a description of what is there, no name
    return not word_tags().get(first, "").startswith(("v", "b")) \
        and not place.label.startswith(data_words("relations", "stretches.txt"))


def _common(name: str) -> bool:
    """Whether a place's name is made of common words only (大连|海底隧道, 黑龙江|自贸|试验区,
    合作|区: no word of a proper name, data/lexicon/pos_tags.tsv place_name_words), or is a word
    jieba does not know that starts with a numeral or a quantity (美国|多州, 中亚|五国; not 匹兹堡|市, whose
    first word is a place's).  A city's, a state's or a province's name, a word and its kind, is no
    common name even when jieba tags the word a common noun (庆尚南道|巨济|市, 全罗北道|群山|市, xwlb-2023;
    data/relations/named_kinds.txt)."""
    tags = word_tags()
    words = tokenizer().lcut(name)
    if len(words) == 2 and len(words[0]) > 1 and words[1] in data_words("relations", "named_kinds.txt"):
        return False
    if all(word in tags for word in words) and not any(tags[word].startswith(pos_tags("place_name_words"))
                                                       for word in words):
        return True
    return name not in tags and tags.get(name[0]) in data_words("relations", "numeral_tags.txt") \
        and not tags.get(words[0], "").startswith(pos_tags("place_name_words"))


def _ends_phrase(an: Analysis, at: int) -> bool:
    """Whether a name ends the noun phrase at ``at``: punctuation or the end follows, or a verb,
    an adverb, a preposition, a conjunction, a particle or a pronoun (位于|西城区|的|中国书店|安排,
    …|中国商飞总装制造中心|，), not more of a longer name (位于|武汉市|的|中共|五大|会址纪念馆)."""
    if at >= len(an.text) or not an.text[at].isalnum():
        return True
    after = an.tokens_from(at, 1)
    return bool(after) and word_tags().get(after[0][2], "").startswith(("v", "d", "p", "c", "u", "r"))


def _foreign_region_before(an: Analysis, written: _Written, place: Mention) -> list[Mention]:
    """The foreign region written before a place with its kind word, a 的 or both between
    (xwlb-2023: 顿涅茨克|地区|马克耶夫卡, 扎波罗热|地区|的|梅利托波尔, 顿涅茨克|地区|的|索列达尔), when
    the place's name ends the phrase (not 顿涅茨克|地区|的|乌军|阵地); or a place of a name of its own that
    the world list does not hold, written with 地区 and 的 (达尔富尔|地区|的|法希尔|和|尼亚拉, xwlb-2023;
    not a direction's, 中东|地区|的, nor a region of the world's, 东南亚|地区|的)."""
    text, at = an.text, place.start
    if text.endswith("的", 0, at):
        at -= 1
    kind = next((k for k in word_set("region_kinds") if text.endswith(k, 0, at)), "")
    if at == place.start and not kind or not _ends_phrase(an, place.end):
        return []
    found = [m for m in written.ending.get(at - len(kind), ())
             if _container(m) and m.type == "Place" and getattr(foreign_name(m.label), "kind", None) == "region"]
    if found or at == place.start or not text.endswith("地区", 0, at):
        return found
    return [m for m in written.ending.get(at - 2, ()) if m.type == "Place" and m.label not in world_regions()
            and foreign_name(m.label) is None and _own_name(an, m) and not _common(m.label)
            and m.label not in data_words("relations", "directions.txt") and m.label not in gazetteer().all_names]


# a rank before a place's kind: 英国|第二大|城市|伯明翰, 缅因州|第二大|城市|刘易斯顿
_RANK = re.compile(r"第[一二三四五六七八九十\d]+大")


def _ends_name(an: Analysis, at: int) -> bool:
    """Whether a place's name ends at ``at``: its phrase ends (:func:`_ends_phrase`) or a number
    follows (白沙瓦市|一|清真寺, 俄克拉何马城|一个|酒吧, 希韦卢奇火山|11日)."""
    after = an.tokens_from(at, 1)
    return _ends_phrase(an, at) or an.text[at:at + 1].isdigit() \
        or bool(after and word_tags().get(after[0][2], "").startswith("m"))


def _foreign_place_apposed(an: Analysis, written: _Written, place: Mention, abroad: frozenset[Key] | set[Key] = frozenset()
                           ) -> list[Mention]:
    """The foreign country, region or city written before a place with the place's kind
    between (data/relations/apposition_kinds.txt), after a part by its direction
    (compass_parts.txt), a 的 or both: xwlb-2023 乌克兰|东部|城市|巴赫穆特, 以色列|南部|城市|斯代罗特,
    亚利桑那州|首府|菲尼克斯, 英国|第二大|城市|伯明翰; or a place this stage placed abroad already, ``abroad``:
    苏丹|中部|杰济拉州|首府|瓦德迈达尼).  The place is a name of its own that ends the phrase (not 叙利亚|首都|
    地区, 美国|城市|多州), no country (巴西|城市|巴西利亚 is placed by the world list) and no
    Chinese division (they are the divisions stage's)."""
    text, at = an.text, place.start
    kind = word_ending(text, _longest_first("apposition_kinds.txt"), at, default=None)
    name = place.label
    if kind is None or len(name) < 2 or names_country(name) or name in data_words("relations", "generic_places.txt") \
            or name in data_words("relations", "directions.txt") or _common(name) or not _ends_name(an, place.end):
        return []
    at -= len(kind)
    rank = next((m for m in _RANK.finditer(text, max(0, at - 5), at) if m.end() == at), None)
    at = rank.start() if rank is not None else at
    if text.endswith("的", 0, at):
        at -= 1
    at -= len(word_ending(text, _longest_first("compass_parts.txt"), at))
    return [m for m in written.ending.get(at, ()) if m.type == "Place" and (_container(m) or m.key in abroad)]


def _compass_before(an: Analysis, written: _Written, place: Mention, abroad: set[Key]) -> Mention | None:
    """The division or foreign place written before a place with a part by its direction
    between, and a 的 or not (xwlb-2023: 苏丹|西部|达尔富尔|地区, 巴基斯坦|西北部|白沙瓦市, 加拿大|西部|
    艾伯塔省; 加沙地带|北部|的|杰巴利耶 after 巴勒斯坦|加沙地带 placed it abroad, ``abroad``: data/relations/
    compass_parts.txt), when it is a country, a region, a province or an area: the place is a name of its own that ends the phrase or is followed by its
    kind (达尔富尔|地区), a place's in apposition (杰济拉州|首府) or a number (白沙瓦市|一|清真寺), not a direction or a number of places (美国|南部|
    多州); the foreign place may be written with its area (加沙|地带|北部: data/relations/area_words.txt)."""
    text, at = an.text, place.start
    if text.endswith("的", 0, at):
        at -= 1
    part = word_ending(text, _longest_first("compass_parts.txt"), at, default=None)
    if part is None or not _own_name(an, place) or _common(place.label) \
            or not (_ends_name(an, place.end) or text.startswith(word_set("region_kinds"), place.end)
                    or text.startswith(data_words("relations", "apposition_kinds.txt"), place.end)):  # 杰济拉州|首府
        return None
    at -= len(part)
    area = next((w for w in data_words("relations", "area_words.txt") if text.endswith(w, 0, at)), "")
    at -= len(area)
    # a part of a country, a region or a province, or of an area (加沙|地带|北部); a city's may be
    # what lies by it (澳大利亚达尔文|北部|提维群岛 are islands north of the city, xwlb-20230827-10)
    found = [m for m in written.ending.get(at, ()) if (_container(m) or m.key in abroad) and (
        area or getattr(foreign_name(m.label), "kind", None) in ("country", "region")
        or (m.type == "AdministrativeDivision" and m.prop("level") == "province"))]
    return max(found, key=lambda m: m.end - m.start) if found else None


def _owner_before(an: Analysis, written: _Written, place: Mention, abroad: set[Key]) -> Mention | None:
    """The division, or the foreign region or city, written right before a place with 的
    (xwlb-2023: 在|河南新乡|的|宝泉大峡谷), or a place this stage placed abroad (``abroad``: 在|意大利|西西里岛|
    的|卡塔尼亚): the place is a name of its own that ends its phrase or is followed by
    its kind (data/relations/owned_place_kinds.txt: 罗斯托夫州|的|莫罗佐夫斯克|地区).  Not a country's (以色列|的|… may be
    what it holds, not what is in it), nor a route's ends (连接|贵阳|和|南宁|的|贵南高铁, 济南|至|郑州|的|…:
    data/relations/route_words.txt and joining words before the owner)."""
    text, at = an.text, place.start
    if not text.endswith("的", 0, at) or not _own_name(an, place, whole=True):
        return None
    found = [m for m in written.ending.get(at - 1, ()) if m.key in abroad or (_container(m) and (
        m.type == "AdministrativeDivision" or getattr(foreign_name(m.label), "kind", None) in ("region", "city")))]
    if not found:
        return None
    owner = max(found, key=lambda m: m.end - m.start)
    clause = max((text.rfind(mark, 0, owner.start) for mark in "，,。；;：:\n"), default=-1) + 1
    if any(word in text[clause:owner.start] for word in data_words("relations", "route_words.txt")) \
            or text.endswith(tuple(_JOINS) + ("至", "到"), 0, owner.start):
        return None  # 连接|天津|和|北京大兴|的|津兴城际铁路: a route between the two
    if text.endswith("是", 0, owner.start):
        return None  # 甘永乐|是|越秀区|的|老街坊 (xwlb-20230123-04): what someone is, read as a name
    after = an.tokens_from(place.end, 1)
    if not (_ends_name(an, place.end) or text.startswith(data_words("relations", "owned_place_kinds.txt"), place.end)
            or (after and word_tags().get(after[0][2], "") == "f")):
        # 四川成都|的|宽窄巷子|里 (xwlb-20230102-03): a localiser after it ends the name, and so does a date
        # (堪察加半岛|的|希韦卢奇火山|11日|发生, xwlb-20230411-16)
        return None
    return owner


def _referred_before(an: Analysis, written: _Written, place: Mention) -> Mention | None:
    """The division or foreign place a place is written after by 该 and its kind (data/relations/
    referring_kinds.txt: 该州, 该省, 该国): the last one of that kind named in its sentence or the one
    before (xwlb-2023: 美国缅因州警方…称，|该州|刘易斯顿市, 俄罗斯别尔哥罗德州州长…称，乌军…对|该州|瓦卢伊基市,
    卢森堡首届国际龙舟节…在|该国|雷米希市): a region's name ends with the kind, a country is one of the
    world list.  The place is a name of its own; its kind may stand between (data/relations/
    apposition_kinds.txt: 法国奥克西塔尼大区…|该|大区|首府|蒙彼利埃, 该州|首府|…)."""
    text = an.text
    at = place.start - len(word_ending(text, _longest_first("apposition_kinds.txt"), place.start))
    kind = next((k for k in _longest_first("referring_kinds.txt") if text.endswith("该" + k, 0, at)), None)
    if kind is None or not _own_name(an, place):
        return None
    end = at - len(kind) - 1
    sentence = an.sentence(place.start)[0]
    start = an.sentence(sentence - 1)[0] if sentence > 0 else sentence
    if kind == "国":
        found = [m for m in written.mentions if m.type == "Place" and m.end - m.start > 1
                 and getattr(foreign_name(m.label), "kind", None) == "country"]
    else:
        found = [m for m in written.mentions if _container(m) and m.label.endswith(kind)
                 and getattr(foreign_name(m.label), "kind", None) != "country"]
    return max((m for m in found if start <= m.start and m.end <= end), key=lambda m: (m.end, m.end - m.start), default=None)


def _listed_after(an: Analysis, place: Mention, anchored: dict[int, Mention]) -> Mention | None:
    """The division or foreign place a list's earlier place was placed in, for a place listed
    after it with 、 (xwlb-2023: 以色列|特拉维夫|、|布内布拉克|、|拉马特甘|、|霍隆|等多地, 顿涅茨克|的|
    巴赫穆特|、|武赫列达尔|等地, 新疆|霍尔果斯|、|阿拉山口): the places of such a list lie in the one
    written before the first.  The place is a name of its own that ends its item (not 、|赖姆|军事
    基地's start), and it names no place of its own first (塞内加尔|方久尼大桥|、|肯尼亚|机场, 浙江|
    良渚|、|四川|三星堆: a division's or a country's name opens it) nor one the world list puts
    elsewhere (以色列|特拉维夫|、|伦敦; one it puts in the country the list's first is in goes on with it:
    法国|巴黎|、|马赛|、|尼斯|、|斯特拉斯堡).  The last item may be joined by a conjunction (data/relations/
    list_joins.txt: 叙利亚|东部|阿布凯马勒|和|迈亚丁, xwlb-20231113-12), but not
    in a clause that names a route's ends (连接|葛店经开区|和|东湖高新区: data/relations/route_words.txt)."""
    text = an.text
    join = "、" if text.endswith("、", 0, place.start) else next(
        (j for j in _longest_first("list_joins.txt") if text.endswith(j, 0, place.start)), None)
    if join is None or (where := anchored.get(place.start - len(join))) is None:
        return None
    if join != "、":
        clause = max((text.rfind(mark, 0, place.start) for mark in "，,。；;：:\n"), default=-1) + 1
        if any(word in text[clause:place.start] for word in data_words("relations", "route_words.txt")):
            return None
    name = place.label
    if not _own_name(an, place, whole=True) or not (an.text[place.end:place.end + 1] in "、等和及与" or _ends_phrase(an, place.end)
                                        or text.startswith(data_words("relations", "owned_place_kinds.txt"), place.end)):
        return None
    row, holder = foreign_name(name), foreign_name(where.label) if where.type == "Place" else None
    if row is not None and row.kind != "country" and holder is not None and holder.kind == "country" \
            and holder.country == row.country:
        return where  # 法国|巴黎|、|马赛|、|尼斯|、|斯特拉斯堡 (xwlb-20230703-14): a city of the world list in that country
    return None if _opens_with_a_place(name) else where


def _country_of_a_listed_city(an: Analysis, written: _Written, place: Mention) -> Mention | None:
    """The mention of the country a foreign city or region of the world list lies in, when the
    article names the country and a list goes on after the city (xwlb-2023: 英国初级医生在|伦敦|、|利兹|
    等地|举行…罢工, 在|河内|、|芹苴|等地, 荷兰|海牙|与|莱顿): the places listed after it lie in that country
    (:func:`_listed_after`; not one the world list puts elsewhere: 莫斯科|、|基辅)."""
    row = foreign_name(place.label)
    if row is None or row.kind not in ("city", "region") or not an.text.startswith(
            ("、", *data_words("relations", "list_joins.txt")), place.end):
        return None
    return next((m for m in written.mentions if m.type == "Place" and m.end - m.start > 1
                 and (named := world_names().get(m.label)) is not None and named.kind == "country"
                 and named.country == row.country), None)


def _opens_with_a_place(name: str) -> bool:
    """Whether ``name`` opens with a division's, a country's or a foreign place's name (浙江|良渚)."""
    gaz = gazetteer()
    return any(name[:size] in gaz.all_names or foreign_name(name[:size]) or names_country(name[:size])
               for size in range(2, len(name) + 1))


def _places_located(an: Analysis, written: _Written) -> None:
    """A place lies in the division or foreign place written right before it
    (四川|阿坝|四姑娘山: in 阿坝藏族羌族自治州, the nearer; 美国|加州), or in the last of those
    written after 位于 and before 的 (位于|上海|的|中国商飞总装制造中心).  A place another stage
    placed already (小区 after its 社区, 杭州|植物园) keeps that."""
    placed = {f.subject for f in an.facts if f.predicate == "locatedIn"}
    starting, ending = written.starting, written.ending
    markers = data_words("relations", "located_markers.txt")

    def locate(subject: Mention, where: Mention) -> None:
        if subject.key not in placed and subject.key != where.key:
            placed.add(subject.key)
            an.fact(subject.key, "locatedIn", where.key, subject.start)

    # the place each written place was placed in by what is written before it, for a list after it
    anchored: dict[int, Mention] = {}
    abroad: set[Key] = set()
    def widest(mentions: list[Mention]) -> Mention:
        return max(mentions, key=lambda m: m.end - m.start)

    def written_before(place: Mention) -> Mention | None:
        """Where what is written before ``place`` puts it, the first reading that does."""
        # a division or foreign place right before it, or a place this stage placed abroad (美国|俄克拉荷马州|锡尔堡,
        # xwlb-20230115-12: the state is no name of the world list's, but lies in 美国)
        where = [m for m in ending.get(place.start, ()) if _container(m) or (m.key in abroad and m.end - m.start > 1)] \
            or _foreign_region_before(an, written, place)
        if where and (_own_name(an, place, widest(where)) or _a_local_stream(an, place, widest(where))):
            return widest(where)
        if apposed := _foreign_place_apposed(an, written, place, abroad):
            return widest(apposed)
        return next((where for read in (lambda: _compass_before(an, written, place, abroad),
                                        lambda: _owner_before(an, written, place, abroad),
                                        lambda: _referred_before(an, written, place))
                     if (where := read()) is not None), None)

    for place in (m for m in written.mentions if m.type == "Place"):
        if (where := written_before(place)) is not None:
            anchored[place.end] = where
            locate(place, where)
        if place.end in anchored and anchored[place.end].type == "Place":
            abroad.add(place.key)  # 巴勒斯坦|加沙地带: a place abroad, that places what its parts name
        elif where is None and (inner := anchored.get(place.start)) is not None \
                and inner.type == "AdministrativeDivision" and _own_name(an, place) and not _common(place.label) \
                and len(place.label) > 2 and place.label not in gazetteer().all_names \
                and not place.label.endswith(data_words("relations", "spanning_endings.txt")) \
                and (_ends_name(an, place.end) or an.text.startswith(data_words("relations", "owned_place_kinds.txt"), place.end)):
            # 在|甘肃|鸣沙山|月牙泉 (xwlb-2023): a place written right after one placed in a division lies in
            # that division too (the division holds the one it is at or in); a whole name, not a cut one's
            # start (湖光镇|金牛岛|红树林|片区), nor a bridge's (泸州|白沙|长江大桥: one of many so named) or a
            # division's short name (南宁|平塘|江口)
            anchored[place.end] = inner
            locate(place, inner)
        elif (where := _listed_after(an, place, anchored)) is not None:
            anchored[place.end] = where
            locate(place, where)
        elif (country := _country_of_a_listed_city(an, written, place)) is not None:
            anchored[place.end] = country  # 伦敦|、|利兹|等地: the world stage places 伦敦, the list goes on in 英国
    # 位于|北京市|顺义区|的|…: the divisions written one after another, the last the finest
    for marker in markers:
        at = an.text.find(marker)
        while at >= 0:
            cursor, where = at + len(marker), None
            kind = next((k for k in _longest_first("apposition_kinds.txt") if an.text.startswith(k, cursor)), "")
            if kind and any(_container(m) for m in starting.get(cursor + len(kind), ())):
                cursor += len(kind)  # 位于|首都|阿斯塔纳|的|祖国母亲纪念碑 (xwlb-2023): the place's kind before its name
            while True:
                if chain := [m for m in starting.get(cursor, ()) if _container(m)]:
                    where = max(chain, key=lambda m: m.end - m.start)
                    cursor = where.end
                elif where is not None and (inner := [m for m in starting.get(cursor, ()) if m.type == "Place" and
                                                      (m.key, where.key) in _located_pairs(an)]):
                    # 位于|新疆|巴州|的|博斯腾湖 (xwlb-20230911-13): a place this stage put in the division
                    # before it (巴州, a short name no stage read as the division) is passed over, in it
                    cursor = max(inner, key=lambda m: m.end).end
                else:
                    break
            part = next((p for p in _longest_first("compass_parts.txt") if an.text.startswith(p, cursor)), "")
            if where is not None and part and an.text.startswith("的", cursor + len(part)):
                cursor += len(part)  # 位于|冰岛|西南部|的|雷克雅内斯半岛 (xwlb-2023): a part of X, in X
            if where is None and (own := _own_place_at(an, written, cursor)) is not None \
                    and an.text.startswith("的", own.end) and not _names_another_place(own.end + 1, starting):
                # 位于|耶路撒冷老城|的|阿克萨清真寺 (xwlb-20230405-15): a place of its own; not 位于|塔里木盆地|的|
                # 中国石化|“深地一号”… (xwlb-2023): a name that opens with a country's is a body's
                where, cursor = own, own.end
            if where is not None and (subject := _said_of(an, written, at, cursor)) is not None:
                locate(subject, where)  # 石峁遗址|位于|陕西神木市|，
            elif where is not None and an.text.startswith("的", cursor):
                # the whole name after 的, not the start of a longer one: 位于|土耳其|伊斯坦布尔|的|黑海|粮食|
                # 外运联合协调中心 places the centre, not the sea; 位于|四川|巴中|的|中国石化|巴中气田 not the firm
                subject = max(starting.get(cursor + 1, ()), key=lambda m: m.end, default=None)
                if subject is not None and _ends_phrase(an, subject.end) and (
                        subject.type == "Agency" or (subject.type == "Place" and _own_name(an, subject))):
                    locate(subject, where)
                elif subject is not None and subject.type == "Place" and _own_name(an, subject) \
                        and not _common(subject.label) and an.text.startswith(_longest_first("site_kinds.txt"), subject.end):
                    # 位于|陕西|的|东庄|水利枢纽, 位于|吉林市|的|北大湖|滑雪场 (xwlb-2023): the name before the kind of
                    # site it names (data/relations/site_kinds.txt) is there
                    locate(subject, where)
                elif subject is not None and subject.type == "Program" and written.of_the_sentence(subject) and (
                        _ends_phrase(an, subject.end) or any(m.type == "Place" and _own_name(an, m) and not _common(m.label)
                                                             for m in starting.get(subject.end, ()))):
                    # 位于|北京市|门头沟区|的|国道109新线高速公路工程|安家庄特大桥 (xwlb-2023): the work, or a
                    # place of it, is there; not a name cut before its head (位于|陕西西安|的|先进光子器件工程|
                    # 创新平台: a platform, of common words)
                    an.fact(subject.key, "carriedOutIn", where.key, subject.start)
            at = an.text.find(marker, at + 1)


def _located_pairs(an: Analysis) -> set[tuple[Key, Key]]:
    """(what, where) of every locatedIn the stages have read so far."""
    return {(f.subject, f.object) for f in an.facts if f.predicate == "locatedIn"}


def _names_another_place(at: int, starting: dict[int, list[Mention]]) -> bool:
    """Whether the name written from ``at`` opens with a division's, a country's or a foreign place's name."""
    subject = max(starting.get(at, ()), key=lambda m: m.end, default=None)
    return subject is not None and _opens_with_a_place(subject.label)


def _own_place_at(an: Analysis, written: _Written, at: int) -> Mention | None:
    """The place of a name of its own (:func:`_own_name`) written from ``at``, the longest."""
    return max((m for m in written.starting.get(at, ()) if m.type == "Place" and _own_name(an, m)
                and not _common(m.label)), key=lambda m: m.end, default=None)


def _said_of(an: Analysis, written: _Written, marker: int, cursor: int) -> Mention | None:
    """The place a clause says lies where it names after its marker (data/relations/located_markers.txt):
    the place of a name of its own written right before the marker, when the divisions or foreign
    places after it, and a part by its direction or not, end the clause (xwlb-2023: 石峁遗址|位于|陕西
    神木市|，, 兴凯湖国家级自然保护区|位于|黑龙江鸡西市|，, 纳卡地区|位于|阿塞拜疆|西南部|，); not a
    distance from it (马林卡|位于|顿涅茨克市|西南约30公里 lies outside)."""
    text = an.text
    cursor += len(next((p for p in _longest_first("compass_parts.txt") if text.startswith(p, cursor)), ""))
    if cursor < len(text) and text[cursor] not in "，,。；;":
        return None
    return max((m for m in written.ending.get(marker, ()) if m.type == "Place" and _own_name(an, m)
                and not _common(m.label) and not written.in_agency(m)), key=lambda m: m.end - m.start, default=None)


@cache
def _named_place_endings() -> tuple[str, ...]:
    """The endings of a place's name of two characters or more (data/lexicon/place_suffixes.txt,
    data/world/feature_endings.txt: 机场, 博物馆, 群岛), less those of a thing that runs from one
    place to another (data/relations/spanning_endings.txt: 克里米亚|大桥 spans the strait)."""
    spanning = data_words("relations", "spanning_endings.txt")
    return tuple(dict.fromkeys(e for e in _place_heads() if len(e) > 1 and not e.endswith(spanning)))


def _foreign_place_first(an: Analysis, place: Mention, countries: set[str]) -> tuple[str, str] | None:
    """(the foreign city or region a place's name opens with, its country), when the rest is a
    place's own name with its head (xwlb-2023: 喀土穆|国际机场, 伦敦|盖特威克机场, 纽约|帝国大厦,
    田纳西州|议会大厦, 阿勒颇|国际机场): the city's airport, the state's capitol.  The city or region is a
    word of the name (not 卡尔斯|鲁厄) whose country the article names (``countries``) or a region
    named with its kind (多米尼加 is Dominica's capital and the Dominican Republic); never a country
    (英国|机场 is any of its airports; a country's is split by kgraph.extraction.world) nor China's."""
    label = place.label
    cuts = set(accumulate(map(len, tokenizer().lcut(label))))
    for size in range(len(label) - 2, 1, -1):
        row = foreign_name(label[:size]) if size in cuts else None
        if row is None or row.kind not in ("city", "region"):
            continue
        rest = label[size:]
        if any(foreign_name(rest[:k]) is not None for k in range(2, len(rest) - 1)):
            return None  # 柏林|勃兰登堡|机场 (xwlb-20230619-03) is named after two places and lies outside Berlin
        if rest.endswith(_named_place_endings()) and (
                row.country in countries or (row.kind == "region" and label[:size].endswith(word_set("region_kinds")))):
            return label[:size], row.country
        return None
    return None


def _places_named_after_a_foreign_place(an: Analysis, written: _Written) -> None:
    """A place named after the foreign city or region it is in lies in it (:func:`_foreign_place_first`;
    xwlb-20230828-16: 叙利亚军方…|阿勒颇国际机场 in 阿勒颇, and 阿勒颇 in 叙利亚), when no stage placed it."""
    placed = {f.subject for f in an.facts if f.predicate == "locatedIn"}
    countries = {row.country for m in written.mentions if m.type in ("Place", "Agency")
                 and (row := world_names().get(m.label)) is not None and row.kind == "country"}
    for place in (m for m in written.mentions if m.type == "Place" and m.key not in placed):
        found = _foreign_place_first(an, place, countries)
        if found is None:
            continue
        city, country = found
        where = next((m.key for m in an.mentions if m.type == "Place" and m.label == city), Key("place", city))
        if not any(m.key == where for m in an.mentions):
            an.add(Mention.make("Place", an.doc.id, place.start, place.start, "", city, where, implicit=True))
        an.fact(place.key, "locatedIn", where, place.start)
        if where not in placed:
            placed.add(where)
            home = Key("place", country)
            if not any(m.key == home for m in an.mentions):
                an.add(Mention.make("Place", an.doc.id, place.start, place.start, "", country, home, implicit=True))
            an.fact(where, "locatedIn", home, place.start)


def _in_foreign_place(an: Analysis, place: Mention, name: str, country: str) -> None:
    """``place`` lies in the foreign country, region or city ``name`` (of ``country``), and a region or
    city in its country; what the article does not name apart is added as a mention without a span."""
    placed = {f.subject for f in an.facts if f.predicate == "locatedIn"}
    where = Key("place", country) if name == country else next(
        (m.key for m in an.mentions if m.type == "Place" and m.label == name), Key("place", name))
    for key, label in ((where, name), (Key("place", country), country)):
        if not any(m.key == key for m in an.mentions):
            an.add(Mention.make("Place", an.doc.id, place.start, place.start, "", label, key, implicit=True))
    an.fact(place.key, "locatedIn", where, place.start)
    if where.name != country and where not in placed:
        an.fact(where, "locatedIn", Key("place", country), place.start)


def _places_after_an_unread_foreign_place(an: Analysis, written: _Written) -> None:
    """A place written right after a foreign country, region or city of the world list that no stage kept
    as a mention of its own lies in it (xwlb-2023: 运抵|尼泊尔|博克拉国际机场, 莫斯科|伏努科沃国际机场,
    明尼苏达州|明尼阿波利斯市: the model read each as one place, and the stages kept only its second part),
    when no stage placed it and it is a name of its own (:func:`_own_name`: not 内蒙古|达里湖, where 蒙古 is
    no word of the text, nor a river that crosses borders)."""
    placed = {f.subject for f in an.facts if f.predicate == "locatedIn"}
    text = an.text
    for place in (m for m in written.mentions if m.type == "Place" and m.key not in placed):
        if written.ending.get(place.start) or not _own_name(an, place):
            continue
        for size in range(min(8, place.start), 1, -1):
            name = text[place.start - size:place.start]
            row = foreign_name(name) if place.start - size in an.boundaries else None
            if row is not None:
                _in_foreign_place(an, place, row.country if row.kind == "country" else name, row.country)
                placed.add(place.key)
                break


def _division_named_first_of_a_place(label: str) -> int | None:
    """The gazetteer's node of the province or prefecture-level city a place's name opens with, as a
    word of it (长沙|国际|会展中心, 南昌|五星|白鹤|保护|小区), when the rest is a name of its own before its
    head (data/lexicon/place_suffixes.txt, data/world/feature_endings.txt: two characters or more
    before it, not 中山|公园, a park named after 孙中山 in any city) and no other division or foreign place
    is named in it.  A name several divisions bear counts when one holds the others (长沙: 长沙市 holds
    长沙县)."""
    gaz = gazetteer()
    words = tokenizer().lcut(label)
    first, rest = words[0], label[len(words[0]):]
    nodes = gaz.lookup(first) if first in gaz.all_names else []
    outer = next((n for n in nodes if all(o == n or gaz.is_within(o, n) for o in nodes)), None)
    if outer is None or gaz.level(outer) not in ("province", "prefecture"):
        return None
    head = next((h for h in _place_heads() if rest.endswith(h)), None)
    if head is None or len(rest) - len(head) < 2 or rest.endswith(data_words("relations", "spanning_endings.txt")) \
            or any(rest[i:j] in gaz.all_names or foreign_name(rest[i:j]) for i in range(len(rest))
                   for j in range(i + 2, len(rest) + 1)):
        return None
    return outer


@cache
def _place_heads() -> tuple[str, ...]:
    """The endings of places' names and of the world's features (data/lexicon/place_suffixes.txt,
    data/world/feature_endings.txt: 公园, 机场, 博物馆, 群岛), longest first."""
    return longest_first((*ordered_lexicon("place_suffixes.txt"), *data_words("world", "feature_endings.txt")))


def _places_by_division_name(an: Analysis, written: _Written) -> None:
    """A place named with the province or city it is in first lies in it (xwlb-20230620-11: 长沙国际会展中心
    in 长沙市: :func:`_division_named_first_of_a_place`), when no stage placed it; as an agency named after
    its province is in it."""
    _in_the_division_named(an, written, "Place", _division_named_first_of_a_place)


# the levels of a division a local page's place is put in when no other reading placed it: a county's or below, no
# city's or province's (a place written after its city lies in one of the city's counties, unsaid)
_PAGE_PLACE_LEVELS = ("county", "township", "village")


def _places_of_the_pages_division(an: Analysis, written: _Written) -> None:
    """On a local page, a place of its own name that no stage placed lies in the last county, township or village its
    sentence writes before it, in the page's home, else in the page's own division: the one township or street the
    article names in its home, else the home county it names (到|我区|调研|商都历史文化街区 … 查看了|夕阳楼片区、|塔湾古街:
    管城回族区, the district's site, 2016; 中山街道党政领导… 。|党工委副书记…检查|府城区|松江囍府: 中山街道, the street's
    site, 2026).  The page tells its own division's sites by their names alone.  Not a foreign place, a river or a road
    that runs through divisions (spanning_endings.txt), a region a county is named after (为|中原|崛起:
    division_namesakes.tsv), nor on a national story."""
    if not local_page(an):
        return
    gaz, home = gazetteer(), an.region.node
    placed = {f.subject for f in an.facts if f.predicate == "locatedIn"}
    divisions = [m for m in written.mentions if m.type == "AdministrativeDivision" and m.prop("level") in _PAGE_PLACE_LEVELS
                 and (m.prop("node") is None or m.prop("node") == home or gaz.is_within(m.prop("node"), home))]
    townships = {m.key for m in divisions if m.prop("level") == "township" and m.prop("node") is not None}
    own = next(iter(townships)) if len(townships) == 1 else next(
        (m.key for m in divisions if m.prop("node") == home), None)
    # (a housing compound lies in the one community or village the page names, in its one township: 月亮岛街道|天鹅塘社区
    # 组织各小区… 在|滨江府、嘉宇西苑小区 (长沙's community: the local gold places them in the community))
    villages = {m.key for m in divisions if m.prop("level") == "village"}
    own_village = next(iter(villages)) if len(villages) == 1 and len(townships) <= 1 else None
    ends = [m.end for m in divisions]
    sentence_starts = [start for start, _ in an.sentences]
    spanning = tuple(data_words("relations", "spanning_endings.txt"))
    for place in (m for m in written.mentions if m.type == "Place" and m.key not in placed):
        before = bisect.bisect_right(ends, place.start)
        sentence = sentence_starts[bisect.bisect_right(sentence_starts, place.start) - 1] if sentence_starts else 0
        where = divisions[before - 1].key if before and divisions[before - 1].start >= sentence else own
        if own_village is not None and where in townships | {own} and _a_housing_compound(an, place):
            where = own_village
        # (a name of common words the model reads as one place is a site's: 白塔寺/LOC、|火神庙/LOC、|文庙/LOC)
        if where is None or foreign_name(place.label) is not None or place.label.endswith(spanning) \
                or place.label in division_namesakes() or not _own_name(an, place, whole=True):
            continue
        placed.add(place.key)
        an.fact(place.key, "locatedIn", where, place.start)


def _a_housing_compound(an: Analysis, place: Mention) -> bool:
    """Whether a place is a housing compound: named so (…小区), or written before 小区 or in a list that 小区 closes
    (滨江府、|嘉宇西苑|小区)."""
    if place.label.endswith(_COMPOUND) or place.text.endswith(_COMPOUND):
        return True
    clause_end = min((i for i in (an.text.find(mark, place.end) for mark in CLAUSE_MARKS) if i >= 0), default=len(an.text))
    following = an.text[place.end:clause_end]
    return following.startswith(_COMPOUND) or (following.startswith("、") and _COMPOUND in following)


_COMPOUND = "小区"


# a division level's depth (province 1 … village 5)
_DEPTHS = {name: depth for depth, name in LEVELS.items()}


def _divisions_after_their_division(an: Analysis, written: _Written) -> None:
    """A town or a village the gazetteer does not link (it lacks the name, or holds many of it and
    none in the division before), written right after a division the gazetteer linked, or after it
    and 的, is part of it: 在江苏徐州|马庄村, 山东临沂|四门洞村, 新疆克州|塔尔乡, 浙江海宁|盐官古镇, 江苏苏州的|
    同里古镇 (xwlb-2023).  The division before must be of a higher level (a county's village, not
    one town after another: 开原镇、|七里镇).  So is a village written right after a town the gazetteer lacks too."""
    placed = {f.subject for f in an.facts if f.predicate == "partOf"}
    text = an.text
    for m in written.mentions:
        if m.type != "AdministrativeDivision" or m.prop("linked") is not False or m.key in placed \
                or m.prop("level") not in ("township", "village"):
            continue
        end = m.start - 1 if text[m.start - 1:m.start] == "的" else m.start
        before = [d for d in written.ending.get(end, ()) if d.type == "AdministrativeDivision"
                  and (d.prop("node") is not None or d.prop("level") == "township") and d.prop("level") in _DEPTHS
                  and _DEPTHS[d.prop("level")] < _DEPTHS[m.prop("level")]]
        if before and not written.in_agency(m):
            placed.add(m.key)
            an.fact(m.key, "partOf", before[0].key, m.start)


def _scene_openings(an: Analysis, written: _Written):
    """(the division, where the scene after it starts, whether the division is the subject) of each
    scene a division sets: an opening ``在X，`` (在|广东肇庆|，) or a division opening a sentence or a
    clause as its subject, an adverb, a verb or a preposition after it (南昌|精心打造文旅线路，将|滕王阁|…)."""
    text = an.text
    for at in offsets(text, "在"):
        where, cursor = written.places_from(at + 1)
        if where is not None and _opens_a_clause(an, at) and text[cursor:cursor + 1] in "，,":
            yield where, cursor + 1, False
    after = (*data_words("relations", "located_markers.txt"), *data_words("relations", "route_words.txt"))
    for m in written.mentions:
        if m.type == "AdministrativeDivision" and _opens_a_clause(an, m.start) and not written.in_agency(m) \
                and _model_tag_at(an, m.end).startswith(("v", "d", "ad", "p")) and _model_tag_at(an, m.end) != "vn" \
                and not text.startswith(after, m.end):
            # 南昌|精心/ad|打造, 北京|先后/d|打造 (the model's tags: jieba's has 精心 n, 先后 t); not 徽县|地处|秦巴山
            # (where the division is), 成都|至|波兰罗兹 (a route's other end)
            yield m, m.end, True


def _listed(text: str, m: Mention) -> bool:
    """Whether a mention is an item of a list: 、 before it, or 、, 等 or a conjunction after it (将|滕王阁|、|
    万寿宫…|等景点; data/relations/list_joins.txt)."""
    return text.endswith("、", 0, m.start) or text.startswith(("、", "等", *data_words("relations", "list_joins.txt")), m.end)


def _model_tag_at(an: Analysis, at: int) -> str:
    """The model's tag of the word that starts at ``at``, or "" when none does."""
    tokens = an.model_tokens or ()
    index = bisect.bisect_left(tokens, at, key=lambda t: t.start)
    return tokens[index].tag if index < len(tokens) and tokens[index].start == at else ""


def _places_in_a_scene(an: Analysis, written: _Written) -> None:
    """A place named in the scene a division sets (:func:`_scene_openings`) lies in it, a Chinese
    division of a county or above, or a foreign country after 在 (在|柬埔寨|，|柬王宫遗址…) (xwlb-2023: 在|广东肇庆|，|麒麟山|上万亩李花争先绽放, 在|拉萨|，|王沪宁到|
    布达拉宫|、|大昭寺|、|八廓街, 南昌|精心打造文旅线路，将|滕王阁|、…), to where the scene ends
    (:func:`_scene_end`: a clause of saying, another 在, a semicolon) and before any other division or
    foreign place the clauses name, or a word that heads elsewhere (data/relations/scene_leaving_words.txt:
    在|北京|，|…|1小时就可|直达|雄安新区).  The place is a name of its own of three characters or more
    (:func:`_own_name`; not 闽南, 中原, areas wider than X) that no stage placed, with no stretch's word
    in it (长江|流域); after a subject, an item of a list (:func:`_listed`: not 张家口|大力培育…|、|国家级|
    旅游度假区|，, 北京|也积极拓宽…|金山银山)."""
    text = an.text
    placed = {f.subject for f in an.facts if f.predicate == "locatedIn"}
    leaving, stretches = data_words("relations", "scene_leaving_words.txt"), data_words("relations", "stretches.txt")
    for where, start, subject in _scene_openings(an, written):
        country = where.type == "Place" and not subject and getattr(foreign_name(where.label), "kind", None) == "country"
        if not country and (where.type != "AdministrativeDivision" or not _container(where)
                            or where.prop("level") not in ("province", "prefecture", "county")):
            continue
        end = _scene_end(an, start - 1)
        for word in leaving:
            found = text.find(word, start, end)
            end = found if found >= 0 else end
        for m in sorted((m for m in written.mentions if start <= m.start and m.end <= end), key=lambda m: m.start):
            if m.type == "AdministrativeDivision" or (m.type in ("Place", "Agency") and (
                    foreign_name(m.label) is not None or names_country(m.label))):
                break  # 在|北京|，|…|美国…: the clauses go elsewhere
            if m.type == "Place" and m.key not in placed and len(m.label) > 2 and _own_name(an, m) \
                    and not written.in_agency(m) and not any(word in m.label for word in stretches) \
                    and (not subject or _listed(text, m)):
                placed.add(m.key)
                an.fact(m.key, "locatedIn", where.key, m.start)


# a name as people's names are written: Chinese characters, a foreign name's dot (罗恩·保罗); not
# 钱天一4 (a score read into the name)
_PERSON_NAME = re.compile(r"[\u4e00-\u9fff]+(?:·[\u4e00-\u9fff]+)*")
# a count of people between a country and what they are: 中国队的|两名|选手, 3名
_COUNT = re.compile(r"[两二三四五六七八九十\d]+[名位]$")
# what joins the names of a list of people (张子扬|、|兰天辰, 陈芋汐|和|全红婵, 薛飞|/|徐瑛彬)
_JOINS = "、和与/"


def _country_ending(an: Analysis, at: int, places: bool = False) -> str | None:
    """The one name of the country whose name ends at ``at``, written as a word of its own
    (中国|选手, 美国|前|众议员; not 欧美|国), or with ``places`` of the foreign region or city whose name
    does (得克萨斯州|州长: 美国; never a Chinese division's)."""
    names = world_names()
    for size in range(min(at, 8), 1, -1):
        name = an.text[at - size:at]
        row = names.get(name)
        if row is not None and at - size in an.boundaries and (
                row.kind == "country" or (places and foreign_name(name) is not None)):
            return row.country
    return None


@cache
def _nationality_roles() -> tuple[str, ...]:
    """What a person is, national or local (nationality_roles.txt, nationality_local_roles.txt), longest first."""
    return longest_first((*data_words("relations", "nationality_roles.txt"),
                          *data_words("relations", "nationality_local_roles.txt")))


def _country_of_role_before(an: Analysis, at: int) -> str | None:
    """The country written before what a person is, right before ``at``: 中国|选手|, 美国|资深|
    调查记者|, 中国队的|两名|选手| (data/relations/nationality_roles.txt, nationality_modifiers.txt), or
    the foreign region or city before its head's title (得克萨斯州|州长|: nationality_local_roles.txt)."""
    text, local = an.text, data_words("relations", "nationality_local_roles.txt")
    role = word_ending(text, _nationality_roles(), at, default=None)
    if role is None:
        return None
    at -= len(role)
    count = _COUNT.search(text, max(0, at - 4), at)
    if count is not None and count.end() == at:
        at = count.start()
    modifiers = _longest_first("nationality_modifiers.txt")
    while (modifier := next((m for m in modifiers if text.endswith(m, 0, at)), None)) is not None:
        at -= len(modifier)
    return _country_ending(an, at, places=role in local)


def _team_after(an: Analysis, at: int) -> str | None:
    """The country of the national team a list of people ending at ``at`` makes up: …|韩旭|组成的|
    中国队 (xwlb-2023)."""
    if not an.text.startswith("组成的", at):
        return None
    end = an.text.find("队", at + 3, at + 12)
    row = world_names().get(an.text[at + 3:end]) if end > 0 else None
    return row.country if row is not None and row.kind == "country" else None


def _nationalities(an: Analysis, written: _Written) -> None:
    """A person is a national of the country the text calls the person one of: the country is
    written before what the person is (xwlb-2023: 中国|选手|杨家玉, 美国|前|众议员|罗恩·保罗, 德国|防长|
    皮斯托里乌斯, 中国队的|两名|选手|张子扬|、|兰天辰: every name of a list after it), or the list of people
    makes up its national team (由|刘疆驰|、|吴云轩|、|韩旭|组成的|中国队).  Nothing but the words of
    data/relations/ may stand between the country and the name (荷兰国际集团|欧元区|高级经济学家|科莱恩
    is a firm's; 巴勒斯坦被占领土人道主义协调员 the UN's)."""
    people = [m for m in written.mentions if m.type == "Person" and _a_name(m.label)]
    ending = {m.end: m for m in people}
    # a "person" written right before another is a word of a title (以色列总理|顾问|雷格夫), no name
    starting = {m.start for m in written.mentions if m.type == "Person"}
    people = [m for m in people if m.end not in starting]
    for person in people:
        chain = [person]  # the list it ends, walked back: 宋翠芳|、|金哲典|、|陈小丽
        while (before := ending.get(chain[-1].start - 1)) is not None and an.text[before.end] in _JOINS \
                and before not in chain:
            chain.append(before)
        country = _country_of_role_before(an, chain[-1].start)
        if country is not None:
            _national(an, person, country)
        team = _team_after(an, person.end)
        for member in chain if team is not None else ():
            _national(an, member, team)


def _a_name(label: str) -> bool:
    """Whether a person's label reads as a name a country may be said of: Chinese characters
    (钱天一4 is a score read into it), no common noun and no country's name first
    (马拉维总统查克维拉、|坦桑尼亚|桑…, 捷克总统帕维尔、|巴林|王储: another country's item of the list)."""
    if not _PERSON_NAME.fullmatch(label) or word_tags().get(label) == "n":
        return False
    names = world_names()
    return not any(label[:size] in names for size in range(2, len(label) + 1))


def _national(an: Analysis, person: Mention, country: str) -> None:
    key = Key("place", country)
    if not any(m.key == key for m in an.mentions):  # 中国队: the country need not be written apart
        an.add(Mention.make("Place", an.doc.id, person.start, person.start, "", country, key, implicit=True))
    an.fact(person.key, "nationality", key, person.start)
