"""Linking, in one place: a chosen span becomes a keyed mention.

The recognisers and the fusion decide *what* a span is (a :class:`~.candidates.Candidate`
or a rule's reading); the functions here decide *which thing* it names: its key, its
canonical label, its link to the gazetteer.  Mentions with one key are one entity.

- divisions: to the gazetteer's node (:func:`division_key`), or unlinked within the
  article's region (:func:`unlinked_division`);
- agencies: the name with its head spelled out (:func:`canonical_head`: 县委 -> 县委员会 as
  data/lexicon/agency_expansions.tsv says), a joint government named from its committee, a
  white-list abbreviation by its full name (世行: 世界银行), a country listed as a team by the
  team's name (美国: 美国队) (:func:`link_agencies`);
- people: a name scoped by paper or region (:func:`person_key`, :func:`scope_of`);
- places and programs: by their label or core.

The recogniser modules still export their key functions under the old names.
"""
from __future__ import annotations

import re
from functools import cache

from ..gazetteer import gazetteer
from ..model import Key, Mention
from ..resources import longest_first, table, word_set
from .analysis import Analysis
from .candidates import Candidate
from .lexicons import JOINT_GOVERNMENT, division_level, foreign_parties, known_full_names, org_heads
from .world import national_story, world_names

__all__ = ["LEAGUE", "agency_key", "canonical_head", "division_key", "implicit", "link_agencies", "link_division",
           "unlinked_division_key",
           "link_person", "link_place", "person_key", "place_key", "program_key", "scope_of", "unlinked_division"]


def agency_key(label: str) -> Key:
    return Key("agency", label)


@cache
def _expansions() -> tuple[tuple[str, str, str], ...]:
    """(written, canonical, where: "" anywhere, "division" only after a Chinese division, "named" only after one
    named) of agency_expansions.tsv, longest first."""
    return tuple(sorted(((r[0], r[1], r[2] if len(r) > 2 else "") for r in table("agency_expansions.tsv")),
                        key=lambda r: -len(r[0])))


# the last characters of a county's or a higher division's name (agency_expansions.tsv's `county`)
_COUNTY_LEVELS_AND_ABOVE = tuple("省市县区州旗盟")


def _after_a_division(before: str) -> bool:
    """Whether a Chinese body's head follows ``before``: nothing, a level's character
    (县|法院), or a name of the gazetteer that no foreign name opens (公安县|法院, 璧山区|政府;
    not 立|法院, 联邦|政府, 韩国最高|法院, 美国夏威夷州毛伊县|政府, 香港特区|政府)."""
    if not before or before in word_set("division_level_characters"):
        return True
    if before.startswith(tuple(word_set("own_named_regions"))) or any(before[:size] in world_names() for size in range(2, len(before) + 1)):
        return False
    names = gazetteer().all_names
    return any(before[-size:] in names for size in range(2, len(before) + 1))


# 第六届|全国人大, 十四届|全国人大常委会: the term a body was elected for is no part of its label
_TERM_PREFIX = re.compile("^第?[一二三四五六七八九十]{1,3}届(?=.)")
# a village's name before its council: two characters or more, opened by no pronoun or word of every (该村|村委会, 各村|村委会)
_VILLAGE_STEM = re.compile("(?![该本全各每我])[\u4e00-\u9fff]{2,6}")
_VILLAGE_COUNCIL_HEADS = longest_first(word_set("village_council_heads"))


@cache
def _term_qualifiers() -> re.Pattern[str]:
    """The words of a body's new term written inside its name (word set term_qualifiers: 柬埔寨|新一届|政府)."""
    return re.compile("(?<=.)(?:" + "|".join(map(re.escape, word_set("term_qualifiers"))) + ")(?=.)")


def canonical_head(head: str, of_a_division: bool = False) -> str:
    """The head as the canonical name writes it; ``of_a_division``: the head is written right after its division's
    name (东兰县|宣传部: 委宣传部), not after a body's (东兰县委|宣传部 is the committee's unit already)."""
    # the marks of a periodical's title are no part of its label: 《求是》杂志 is 求是杂志; a new term is the
    # same body: 柬埔寨新一届政府 is 柬埔寨政府 (xwlb-2023: nine bodies so written)
    head = _TERM_PREFIX.sub("", head).replace("《", "").replace("》", "")
    head = _term_qualifiers().sub("", head)
    council = next((w for w in _VILLAGE_COUNCIL_HEADS if head.endswith(w) and len(head) > len(w)), None)
    if council is not None and (named := village_council(head[:-len(council)], council)) is not None:
        return named  # 古岩|村委会, 石堰村|村委: the village's villagers' committee
    league = next((w for w in word_set("youth_league_committees") if head.endswith(w)), None)
    if league is not None and len(head) > len(league) and _after_a_division(head[:-len(league)]):
        return league_committee(head[:-len(league)], league)
    for written, canonical, where in _expansions():
        if not head.endswith(written) or head.endswith(canonical):
            continue
        before = head[: -len(written)]
        if not where or (where == "division" and _after_a_division(before)) or (
                where == "named" and ((before and _after_a_division(before)) or (of_a_division and not before))) or (
                where == "county" and before.endswith(_COUNTY_LEVELS_AND_ABOVE) and _after_a_division(before)):
            return before + canonical
    return head


def village_council(stem: str, head: str) -> str | None:
    """The villagers' committee a village's council names (word set village_council_heads): 石堰村|村委 and 古岩|村委会,
    石堰村|委 (the village's name written with its 村 once) are 石堰村村民委员会, 古岩村村民委员会; None for another head, or
    after no village's name (村委|主任: the kind alone)."""
    if head not in _VILLAGE_COUNCIL_HEADS or not _VILLAGE_STEM.fullmatch(stem) or (
            head in ("委", "委会") and not stem.endswith("村")):
        return None
    village = stem if stem.endswith("村") else stem + "村"
    return village + "村民委员会"


# the Youth League's name, which opens its committees' names as the party's does (共青团平利县委)
LEAGUE = "共青团"


def league_committee(division: str, head: str) -> str | None:
    """The Youth League's committee of a division written after it (平桂区|团区委, a district's page, 2019; 太原|团市委),
    named with the league first: 共青团平桂区委, 共青团太原市委; None for another head."""
    if head not in word_set("youth_league_committees"):
        return None
    return LEAGUE + division + ("" if division.endswith(head[1]) else head[1]) + "委"


def division_key(node: int) -> Key:
    return Key("division", gazetteer().node_key(node))


def place_key(label: str) -> Key:
    return Key("place", label)


def program_key(core: str) -> Key:
    return Key("program", core)


def person_key(name: str, scope: str) -> Key:
    """People are one entity per name *within a scope* (a paper, a region): two
    冯荆柯 in unrelated places are not merged blindly."""
    return Key("person", name, scope)


def scope_of(an: Analysis) -> str:
    if an.doc.publication:
        return an.doc.publication
    if an.region.node is not None:
        return gazetteer().node_key(an.region.node)
    return an.doc.source


def link_division(an: Analysis, start: int, end: int, text: str, node: int, label: str | None = None) -> None:
    """The division the gazetteer's ``node`` is, written ``text`` at [start, end) and named ``label``
    (by default the gazetteer's name)."""
    gaz = gazetteer()
    an.add(Mention.make(
        "AdministrativeDivision", an.doc.id, start, end, text, label or gaz.names[node], division_key(node),
        node=node, code=gaz.code(node), level=gaz.level(node),
    ))


def unlinked_division_key(an: Analysis, name: str, within: int | None = None) -> Key:
    """The key :func:`unlinked_division` gives a division named ``name`` within ``within`` (or the article's region)."""
    region = an.region.node if within is None else within
    scope = gazetteer().node_key(region) if region is not None else "?"
    return Key("division", f"{scope}/?{name}")


def unlinked_division(an: Analysis, start: int, end: int, name: str, within: int | None = None, **props) -> Key:
    """A division the gazetteer lacks, named ``name`` and written at [start, end), keyed within the gazetteer's
    division ``within`` (a zone within its city: 天水经济技术开发区) or the article's region."""
    key = unlinked_division_key(an, name, within)
    an.add(Mention.make("AdministrativeDivision", an.doc.id, start, end, an.text[start:end], name, key,
                        level=division_level(name), linked=False, **props))
    return key


@cache
def _party_full_names() -> tuple[tuple[str, str], ...]:
    return tuple(sorted(((r[0], r[1]) for r in table("party_short_names.tsv")), key=lambda r: -len(r[0])))


def full_party_name(label: str) -> str:
    """A body named after a foreign party's short name, under the party's full name (越共中央政治局 ->
    越南共产党中央政治局, 越共中央 -> 越南共产党中央委员会: data/lexicon/party_short_names.tsv)."""
    full = next((full + label[len(short):] for short, full in _party_full_names() if label.startswith(short)), label)
    # (the centre itself by its full name, as a title after a leader's name implies it: 越共中央 and 越南共产党中央 are
    # 越南共产党中央委员会)
    return full + "委员会" if full.endswith("中央") and full.removesuffix("中央") in _foreign_party_names() else full


@cache
def _foreign_party_names() -> frozenset[str]:
    """Foreign parties' full names (data/lexicon/party_short_names.tsv, foreign_parties.txt)."""
    return frozenset(name for _, name in _party_full_names()) | frozenset(foreign_parties())


def known_full_name(label: str) -> str:
    """An agency's name by the full name the white list gives it (世行 -> 世界银行: data/lexicon/known_names.tsv), or a
    unit's by the full name of the body that opens it (美国众议院|司法委员会 -> 美国国会众议院司法委员会; a body of three
    characters or more, so that no short form is read inside another word)."""
    full = known_full_names()
    if label in full:
        return full[label]
    if not label.startswith(_known_body_initials()):
        return label
    body = next((name for name in _known_bodies() if label.startswith(name) and label.endswith(org_heads())), None)
    return full[body] + label[len(body):] if body else label


@cache
def _known_bodies() -> tuple[str, ...]:
    """The white list's short names of three characters or more, longest first."""
    return tuple(sorted((name for name in known_full_names() if len(name) >= 3), key=len, reverse=True))


@cache
def _known_body_initials() -> tuple[str, ...]:
    return tuple({name[0] for name in _known_bodies()})


def link_agencies(an: Analysis, agencies: list[Candidate]) -> None:
    """The organisations the fusion chose (in text order), each under its canonical name;
    a government written right after its party committee is named from the committee's
    division (江苏省委|省政府: 江苏省人民政府); an abbreviation the white list spells out is
    named in full (世行 is 世界银行, 亚投行 is 亚洲基础设施投资银行: one entity however written); a
    country listed as a team (source ``team``) is the team (美国: 美国队)."""
    committees = {}  # where a committee the fusion chose ends -> its name
    for c in agencies:
        written = an.text[c.start:c.end]
        label = canonical_head(written)
        label = full_party_name(known_full_name(label))
        if c.source == "team":
            label += "队"  # 美国和俄罗斯队: the country's team, not the state (organisations.listed_teams)
        elif written in _national_bodies_written_bare() and national_story(an):
            label = _national_bodies_written_bare()[written]  # 各民主党派、|工商联|和无党派人士: the nation's federation
        if written.endswith("委"):
            committees[c.end] = written
        elif c.start in committees and JOINT_GOVERNMENT.fullmatch(written):
            # 江苏省委|省政府: the government of the committee's division (江苏省人民政府)
            committee = committees[c.start]
            label = committee.removesuffix("党委").removesuffix("委") + "人民政府"
        an.add(Mention.make("Agency", an.doc.id, c.start, c.end, written, label, agency_key(label),
                            found_by="model"))


@cache
def _national_bodies_written_bare() -> dict[str, str]:
    """A kind of body written bare -> the nation's body of that kind (data/lexicon/national_bodies_written_bare.tsv)."""
    return {row[0]: row[1] for row in table("national_bodies_written_bare.tsv")}


def link_person(an: Analysis, start: int, end: int, role: str, name: str | None = None, **props) -> Mention:
    """A person named at [start, end), one per name within the article's scope; ``name`` when the text at
    [start, end) is another spelling of it (阿特金森|（|martinatkinson|）)."""
    written = an.text[start:end]
    name = name or written
    return an.add(Mention.make("Person", an.doc.id, start, end, written, name, person_key(name, scope_of(an)),
                               role=role, **props))


def link_place(an: Analysis, start: int, end: int, located_in: Key | None = None, label: str | None = None,
               **props) -> Mention:
    """A named place at [start, end), ``locatedIn`` the division given, named ``label`` (the text by default)."""
    name = label or an.text[start:end]
    mention = an.add(Mention.make("Place", an.doc.id, start, end, an.text[start:end], name, place_key(name), **props))
    if located_in:
        an.fact(place_key(name), "locatedIn", located_in, start)
    return mention


def implicit(m: Mention) -> Mention:
    """The mention, still the article's, that no longer claims its characters (a division
    written inside a place's or an organisation's name)."""
    props = dict(m.props)
    props["implicit"] = True
    return Mention.make(m.type, m.document, m.start, m.end, m.text, m.label, m.key, **props)


def party_committee_of_the_level(head: str, division: str) -> str | None:
    """The name of a democratic party's committee of a division written by its level alone (农工党|省委 on a province's
    page: 农工党江苏省委; word set democratic_parties), the party's name first as the parties write it; None for any
    other head.  (省政协副主席、农工党省委主委周健民, a province CPPCC's page, 2019.)"""
    party = next((p for p in word_set("democratic_parties") if head.startswith(p)), None)
    if party is None or not division:
        return None
    rest = head[len(party):]
    return party + division + "委" if rest in (division[-1] + "委", division[-1] + "委会") else None
