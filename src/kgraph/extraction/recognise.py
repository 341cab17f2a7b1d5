"""Stage: the names the trained model proposes, fused with what the gazetteer and
the rules found, then linked.

The model (see :mod:`kgraph.extraction.tagger`) proposes people (PER), organisations (ORG) and
locations (LOC) with their spans.  The pieces, each in its own module:

- :mod:`.proposers`: the recognisers that propose typed candidates (:class:`~.candidates.Candidate`)
  (the model's names, the white list, ministries, leaders and foreign leaders, periodicals,
  the world list);
- :mod:`.repair`: each model candidate's boundaries and type repaired (a transliterated
  name split at its middle dot is joined; a verb glued to a name is cut off: 克林顿派|代表),
  the lexicons' vetoes applied;
- :mod:`.fusion`: the one choice among overlapping candidates: a span that a rule or the
  gazetteer already resolved keeps its reading (it is linked and more specific), and the
  longest candidate of the best source wins among the rest;
- :mod:`.linkers`: the chosen ones become keyed mentions: organisations under their
  canonical names, locations to the gazetteer when they are divisions and to places
  otherwise (foreign countries and cities, rivers, sites), people scoped like the
  rule-found ones.

This module holds the three stages that run them.
"""
from __future__ import annotations

import re
from functools import cache
from itertools import accumulate

from ..gazetteer import gazetteer
from ..merge import agency_kind
from ..model import Mention
from ..resources import alias_table, data_words, lexicon, ordered_lexicon, tokenizer, word_set, word_tags
from .analysis import Analysis, SpanIndex, stage
from .candidates import Candidate
from .fusion import choose, fuse, may_contain
from .lexicons import (CJK_RUN, DIVISION_SUFFIX_ROWS, DIVISION_SUFFIXES, is_place_name, place_heads, known_full_names,
                       known_types, longest_end, names_a_ship, org_heads, world_finder)
from .linkers import agency_key, implicit, link_agencies, link_person, link_place, link_division, unlinked_division
from .names import addressed_by_title, chinese_name, name_written_from, read_name, title_before, titled_names
from .proposers import model_candidates
from .recognisers.agencies import brand_firm_of_a_grassroots_place, model_agency, offices_of_a_department, presidiums_of_associations
from .recognisers.places import venue_by_its_level
from .recognisers.short_forms import (bare_local_bodies, bodies_a_division_leads, league_committees_by_their_level,
                                      listed_bodies_of_the_home, short_forms_left_on_a_local_page)
from .recognisers.units import (foreign_chains, tribunals_of_the_court, units_of_the_bureau, units_of_the_court,
                                units_read_on_from_a_named_body)
from .recognisers.firms import cooperatives_named, firms_listed, firms_named_after_owners, firms_of_a_listed_kind
from .recognisers.divisions import (CHINESE_NUMERALS, TOWNSHIP_SUFFIXES, UPPER_LEVEL_CHARACTERS, after_a_country,
                                    counts_divisions, foreign_division, model_division_name)
from .world import is_country, local_page

__all__ = ["Candidate", "fuse", "find_model_agencies", "find_model_entities", "model_candidates", "flatten_nested"]


@stage(reads=("text", "tokens", "model_tokens", "AdministrativeDivision", "Agency"),
       writes=("Agency", "pending", "subOrganizationOf", "locatedIn"))
def find_model_agencies(an: Analysis) -> None:
    """Fuse every candidate once, and add the organisations now: the people stage
    reads posts after them (中央军委|委员|李尚福).  The other names wait for
    :func:`find_model_entities`, after the rules for people, programs and places."""
    if an.model_tokens is None:
        return

    chosen = choose(an)
    an.pending = [c for c in chosen if c.type != "Agency"]
    an.pending_names = {c.start: c.end for c in an.pending if c.type == "Person"}
    agencies = []
    people = {an.text[c.start:c.end] for c in an.pending if c.type == "Person"}
    abbreviated = [m for m in an.of_type("Agency") if m.prop("abbreviated")]
    # the courts and procuratorates the rules read by 院 alone (垫江县|院): the model's name that runs on from one
    yuan = {m.start: m.end for m in an.of_type("Agency") if m.text.endswith("院")
            and not m.text.endswith(("检察院", "法院")) and m.label.endswith(("人民检察院", "人民法院"))}
    # the divisions by where they start, for a firm the model reads with its village (below)
    divisions_at: dict[int, list[Mention]] = {}
    for m in an.of_type("AdministrativeDivision"):
        if m.end > m.start:
            divisions_at.setdefault(m.start, []).append(m)
    for c in chosen:
        if c.type != "Agency":
            continue
        if yuan.get(c.start, c.end) < c.end:
            continue  # 垫江县院|两院/ORG, 梁平区院|阳彬/ORG (a procuratorate's page, 2023): a count, a name after it
        if any(c.start < m.start and m.end == c.end and m.start in an.boundaries
               and not _ends_in_a_place(an.text[c.start:m.start]) for m in abbreviated):
            # 红旗社区|联合|党建联盟单位|市融媒体中心/ORG (a city's page, 2023): a body named by its level's
            # character (市融媒体中心), a word of its own, ends the model's span, which ran on from the words
            # before it; not a level's character inside a word (马德里|大区|政府, xwlb-2023), nor a body of the
            # place written before it (马德里|市政府)
            continue
        written = an.text[c.start:c.end]
        if _PLENUM_ORDINAL.fullmatch(written) and _PLENUMS_AFTER.match(an.text, c.end):
            continue  # 党的十八届三中、|四中/ORG|、五中全会精神 (乌镇镇's party congress, 2016): a plenum, no school 四中
        if len(written) > 3 and written[0] in word_set("body_list_joiners") and written[1] in UPPER_LEVEL_CHARACTERS \
                and an.text[c.start - 1:c.start] in "》”）":
            # …的请示》|和县妇联/ORG|《…》 (a county's page, 2014): 和 joins two bodies' documents; the body is 县妇联
            c = Candidate(c.start + 1, c.end, c.type, c.source, c.score)
            written = written[1:]
        joined = written.find("暨")
        if joined in (1, 2) and len(written) - joined > 3 and written[joined - 1] in word_set("joined_event_endings"):
            # 建设启动|会暨医共体总院/ORG|揭牌仪式 (道县's page, 2023): 暨 after an event's head joins two events, and the body
            # is named after it; not a name that holds the character (诸暨华东国际珠宝城有限公司), nor one opening with it
            # (暨南大学)
            c = Candidate(c.start + joined + 1, c.end, c.type, c.source, c.score)
            written = written[joined + 1:]
        village = next((m for m in divisions_at.get(c.start, ()) if m.end < c.end
                        and brand_firm_of_a_grassroots_place(an.text[m.end:c.end], m.label)), None)
        if village is not None:
            # 朝阳村|安勇青农业发展有限责任公司/ORG (凤冈县's page, 2025): a firm of its own brand after the village it
            # lies in, named without it (relations place it there), as the agencies' recogniser names one it reads
            c = Candidate(village.end, c.end, c.type, c.source, c.score)
            written = an.text[c.start:c.end]
        person = _a_persons_name_cut(an, c, people)
        if person:
            # 李强同|欧尔/ORG|班|会谈 … 欧尔班/PER|总理 (xwlb-20231016-06): the name the model reads as a person
            # elsewhere in the article, cut short, is that person, no organisation
            an.pending.append(Candidate(c.start, c.start + len(person), "Person", c.source, c.score))
            an.pending_names[c.start] = c.start + len(person)
            continue
        if longest_end(written, ordered_lexicon("place_suffixes.txt")) > longest_end(written, org_heads()) or (
                written.endswith(tuple(word_set("division_institutions"))) and not _opens_with_a_division(an, c)):
            # (a division's institution is its body, 丘北县文化馆, 县图书馆; one of no division a venue: “家风文化馆”
            # 廉政教育基地, the sample page's community)
            an.pending.append(Candidate(c.start, c.end, "Place", c.source, c.score))
            continue
        agencies.append(c)
    link_agencies(an, _named(an, agencies))
    league_committees_by_their_level(an)
    bare_local_bodies(an)
    listed_bodies_of_the_home(an)
    bodies_a_division_leads(an)
    firms_listed(an)
    cooperatives_named(an)
    firms_of_a_listed_kind(an)
    firms_named_after_owners(an)
    foreign_chains(an)
    units_of_the_bureau(an)
    units_of_the_court(an)
    units_read_on_from_a_named_body(an)
    presidiums_of_associations(an)
    offices_of_a_department(an)
    tribunals_of_the_court(an)
    short_forms_left_on_a_local_page(an)  # (after the units a bureau named before takes: 刑侦大队, the sample page)
    _units_named_by_their_place(an)
    _parents_written_in_names(an)
    _no_collectives(an)
    an.mentions.sort(key=lambda m: (m.start, -m.end))


def _no_collectives(an: Analysis) -> None:
    """Two bodies named as one collective are no agency (北铺村|两委, 村|两委|干部: a village's party branch and its
    villagers' committee together; word set collective_bodies), however the model or a rule read them."""
    an.forget({m.key for m in an.mentions if m.type == "Agency" and m.end > m.start and m.text.endswith(_COLLECTIVES)})


_COLLECTIVES = tuple(word_set("collective_bodies"))
# a central committee's plenum by its ordinal, in a list that ends with 全会 (三中、四中、五中全会)
_PLENUM_ORDINAL = re.compile(f"[{''.join(sorted(CHINESE_NUMERALS))}]+中")
_PLENUMS_AFTER = re.compile(f"(?:[、和及]{_PLENUM_ORDINAL.pattern})*全会")
_LOCAL_DOCTRINE_HEADS = tuple(word_set("local_doctrine_heads"))


def _opens_with_a_division(an: Analysis, c: Candidate) -> bool:
    """Whether a name opens with a division the text names there, or with a level's character (县图书馆)."""
    return an.text[c.start] in UPPER_LEVEL_CHARACTERS or any(
        d.start == c.start and d.end > d.start for d in an.of_type("AdministrativeDivision"))


def _ends_in_a_place(text: str) -> bool:
    """Whether ``text`` ends with a place's name (马德里, 荆州): what a level's character after it is of."""
    return any(is_place_name(text[-size:]) for size in range(2, min(len(text), 8) + 1))


def _a_persons_name_cut(an: Analysis, c: Candidate, people: set[str], model_ends: bool = False) -> str:
    """The name of a person the model reads in the article that the text at an organisation's (or a place's) start
    writes, longer than the organisation and ending at a word's end (the segmenter's, or with ``model_ends`` the
    model's too: names.name_written_from), where the organisation ends in no head of one (欧尔|班: 欧尔班); '' if none."""
    written = an.text[c.start:c.end]
    if written.endswith(org_heads()) or written in known_types():
        return ""
    if model_ends:
        return name_written_from(an, c.start, written, people)
    return next((name for name in people if len(name) > len(written) and an.text.startswith(name, c.start)
                 and name.startswith(written) and c.start + len(name) in an.boundaries), "")


def _units_named_by_their_place(an: Analysis) -> None:
    """A body's unit named by the place it works in, inside the body's name, that the rules read as the place's own body
    (粤黔协作工作队|铜仁|工作组|碧江|小组/ORG, a district's page, 2025: no 铜仁市工作组 nor 碧江区小组; 中科院|长春|光机所,
    xwlb-2023: no 长春市光机所): the unit is named from the body's name on, and works in the place.  Only inside a name whose
    words before the place end with a body's head (粤黔协作工作队; not 湖北省|荆州市公安局, the city's bureau)."""
    agencies = [m for m in an.mentions if m.type == "Agency" and m.end > m.start]
    heads = ordered_lexicon("org_suffixes.txt")
    located = {f.subject for f in an.facts if f.predicate == "locatedIn"}
    dropped = []
    for inner in agencies:
        division = inner.prop("division")
        outer = max((m for m in agencies if m.start < inner.start and inner.end <= m.end
                     and an.text.endswith(heads, m.start, inner.start)), key=lambda m: m.end - m.start, default=None)
        if division is None or outer is None or inner.key == outer.key:
            continue
        dropped.append(inner)
        label = an.text[outer.start:inner.end]
        if inner.end == outer.end:
            if outer.key not in located:
                an.fact(outer.key, "locatedIn", division, inner.start)
                located.add(outer.key)
            continue
        key = agency_key(label)
        an.add(Mention.make("Agency", an.doc.id, outer.start, inner.end, label, label, key))
        an.fact(key, "locatedIn", division, inner.start)
    # (the mention only: the place's body written alone elsewhere stays, 香港特别行政区基本法委员会|组成人员 after
    # 全国人大常委会香港特别行政区基本法委员会, xwlb-20230628-10; a key no mention is left of goes with its facts)
    an.mentions[:] = [m for m in an.mentions if not any(m is d for d in dropped)]
    left = {m.key for m in an.mentions}
    an.forget({d.key for d in dropped if d.key not in left})


def _parents_written_in_names(an: Analysis) -> None:
    """The body a unit's name opens with, written whole in it, as an entity of the article without a
    span, for the relations stage to read the unit as its sub-organisation (联合国|开发计划署, 南开大学|化学学院,
    东南大学|附属中大医院: xwlb-2023, names the model read whole, with nothing inside).  The body is a word the
    dictionary knows as an organisation (nt), a whole word of the name of three characters or more, that
    ends in the head of a body with units (data/lexicon/parent_heads.txt: 大学, 联盟, 议会) or that the white
    list holds as an agency (联合国: data/lexicon/known_names.tsv), naming no division or country; the rest
    is two characters or more.  Whether the rest names a unit of it is the
    relations stage's to say (招商局|集团 is the body itself: data/relations/same_body_endings.txt); one it
    relates nothing to is dropped after it (:func:`flatten_nested`)."""
    tags, known, heads = word_tags(), known_types(), tuple(lexicon("parent_heads.txt"))
    labels = {m.label for m in an.mentions if m.type == "Agency"}
    for m in [m for m in an.mentions if m.type == "Agency" and m.end > m.start]:
        # a whole word of the name (not 国务院新闻办|公室), or any part of a name jieba reads as one word (联合国开发计划署)
        words = tokenizer().lcut(m.label)
        cuts = set(accumulate(map(len, words))) if len(words) > 1 else set(range(3, len(m.label) - 1))
        parent = next((m.label[:size] for size in range(len(m.label) - 2, 2, -1)
                       if size in cuts and tags.get(m.label[:size]) == "nt"), None)
        if parent is None or parent in labels or not (parent.endswith(heads) or known.get(parent) == "Agency") \
                or parent in gazetteer().all_names or is_country(parent) or parent in alias_table("national_agencies.tsv"):
            continue  # a central body (中科院|上海分院) the relations stage names by its full name
        parent = known_full_names().get(parent, parent)
        labels.add(parent)
        an.add(Mention.make("Agency", an.doc.id, m.start, m.start, "", parent, agency_key(parent), implicit=True,
                            written_in_a_name=True))


def _named(an: Analysis, agencies: list[Candidate]) -> list[Candidate]:
    """The chosen organisations that name one (:func:`.recognisers.agencies.model_agency`), in
    text order; one that a name run on over 和 now holds is part of it."""
    initials = cache(lambda: frozenset(name[0] for _, _, name in world_finder()(an.text)))
    named = sorted((n for c in agencies for n in model_agency(an, c, initials)), key=lambda c: (c.start, -c.end))
    out: list[Candidate] = []
    for c in named:
        if out and c.start < out[-1].end:
            continue  # 中共中央党史和|文献研究院: inside the name run on over 和
        out.append(c)
    return out


@stage(reads=("text", "pending", "AdministrativeDivision", "Person", "Place", "Program"),
       writes=("Person", "Place", "AdministrativeDivision", "locatedIn"))
def find_model_entities(an: Analysis) -> None:
    """Add the model's people and places that no rule found."""
    if an.model_tokens is None:
        return

    _no_ships(an)
    taken = SpanIndex((m.start, m.end, m.type) for m in an.mentions if m.end > m.start)
    chosen = [c for c in an.pending if not any(
        not may_contain(c, s, e, t, an.text) for s, e, t in taken.overlapping(c.start, c.end))]
    people = SpanIndex((c.start, c.end) for c in chosen if c.type == "Person")
    places = SpanIndex((c.start, c.end) for c in chosen if c.type == "Place")
    located: dict[int, Mention] = {}  # a place's start -> the division its name starts with
    if people.spans or places.spans:
        kept = []
        for m in an.mentions:
            if m.type in ("AdministrativeDivision", "Place") and m.end > m.start and people.holding(m.start, m.end):
                continue  # a place the rules read inside a person's name was part of the name
            if m.type == "AdministrativeDivision" and m.end > m.start:
                holders = [s for s, e in places.holding(m.start, m.end) if (s, e) != (m.start, m.end)]
                if holders and not m.prop("implicit"):  # 北京|图书大厦: where the place is, with no span of its own
                    located[holders[0]] = m
                    m = implicit(m)
            kept.append(m)
        an.mentions[:] = kept
    people_at = {m.start: m.end for m in an.mentions if m.type == "Person" and m.end > m.start}
    people_at.update((s, e) for s, e in people.spans)
    officials = titled_names(an.text, an.model_tokens)
    for c in sorted(chosen, key=lambda c: (c.start, -c.end)):
        written = an.text[c.start:c.end]
        if c.type == "Place" and counts_divisions(written):
            continue  # 五村|同建村委办公楼: five villages counted, no place
        if c.type == "Place" and (person := _a_persons_name_cut(an, c, officials, model_ends=True)):
            # 第一书记|常德盛/PER|带领… 。|常德/LOC|盛/v|思路清晰 (a village's story, 人民网, 2023): the name the model reads
            # as a person after a title elsewhere in the article (names.titled_names), cut short, is that person, no place
            link_person(an, c.start, c.start + len(person), "other", found_by="model")
            continue
        if c.type == "Person" and (town := _town_read_as_a_person(an, c)) is not None:
            # 县政协主席关翠屏|在|彭高/PER|召开包村长会议 (a township's page, 萍乡, 2020): 彭高镇, the one town of that
            # name in the places the page names, written without its level after a preposition of place
            link_division(an, c.start, c.end, written, town)
        elif c.type == "Person" and an.text.startswith(_LOCAL_DOCTRINE_HEADS, c.end) and local_page(an):
            # 坚持用|习近平|新时代中国特色社会主义思想 (a district's page, 2020s): on a local page a doctrine's name, no mention
            # of a person (a national story's stays People's Daily's reading, 马克思|主义)
            continue
        elif c.type == "Person" and addressed_by_title(written):
            # 汇报后,|宋县长/LOC|指出 (a county's page, 2020s; read as a person by the speech verb after it): an address
            continue
        elif c.type == "Person":
            # 村党总支书记|王德顺: a title right before the name makes an official
            role = "official" if title_before(an.text, c.start) else "other"
            spelt = next((m for m in an.mentions if m.type == "Person" and m.end == c.start - 1
                          and m.end > m.start), None) if an.text[c.start - 1:c.start] in ("（", "(") else None
            # 阿特金森|（|martinatkinson|）: the name spelt in Latin letters in brackets after it is the person's
            link_person(an, c.start, c.end, role, spelt.label if spelt and not CJK_RUN.search(written) else None,
                        found_by="model")
        elif written.endswith("村") and (community := _community_ending_at(an, c.start)) is not None:
            # 枣树社区|莲塘村、兰荫社区|朝霞村 (a city's page on old compounds, 2021): a 村 inside a community is a
            # residential compound, a place in it (no village lies in a community)
            link_place(an, c.start, c.end, community.key, found_by="model")
        elif written.endswith(DIVISION_SUFFIXES) and len(written) > 2 and not _foreign_division(an, c):
            if not model_division_name(an, c.start, c.end):
                continue  # 全面|启动社区|清淤, 自然村: a phrase or a kind, no division
            if _a_person_by_its_place(an, c, people_at):
                link_person(an, c.start, c.end, "official" if title_before(an.text, c.start) else "other",
                            found_by="model")
                continue
            # 城关镇: a division by its name, which the gazetteer could not pin down (many
            # townships share it) or does not hold: a division, not linked
            unlinked_division(an, c.start, c.end, written, found_by="model")
        elif written.endswith(word_set("vessel_heads")) and len(written) > 2:
            continue  # 综合补给舰|微山湖舰/LOC (xwlb-20230110-11): a ship, named after a lake, is no place
        elif len(written) == 1 and an.text.endswith(tuple(word_set("aid_words")), 0, c.start):
            continue  # 江苏|援|伊/LOC|·苏州(张家港)工作组 (巩留县's site, 2026): aid to 伊犁 (援疆, 援藏), no country 伊朗
        elif _levels_alone(written):
            # 中央和|省州|关于…的规定, 会议要求…|自治州|建政70周年 (a prefecture's pages, 2020-2022): levels, no place's name
            continue
        elif (town := _town_by_its_short_name(an, written)) is not None:
            # 麦市镇召开…党代会 … 新时代|麦市/LOC|高质量发展 (a township's page, 2022): the town the article names,
            # written without its level, no place of its own
            an.add(Mention.make("AdministrativeDivision", an.doc.id, c.start, c.end, written, town.label, town.key,
                                **{k: v for k, v in town.props if k in ("node", "code", "level")}, found_by="model"))
        elif _bare_word_on_a_local_page(an, written):
            # 娄双|大道, 岭南|重工, 溪尾, 港下 (local pages, 2014-2024): on a page at home in a region, a word of two or
            # three characters the model reads as a place, with no head of a place's name and no name of the world
            # list, is part of a road's, a firm's or a town's name, or a town's short name: no place of its own
            continue
        elif (named := venue_by_its_level(an, c.start, written)) is not None:
            # 会议在|县|人民会堂|召开 (a county's 政法 meeting, 2018): the county's hall, named with the county
            division, label, spelling = named
            link_place(an, c.start, c.end, division.key, label=label, found_by="model", spelling=spelling)
        else:
            link_place(an, c.start, c.end, located[c.start].key if c.start in located else None, found_by="model")
    _listed_people(an)
    an.mentions.sort(key=lambda m: (m.start, -m.end))


def _community_ending_at(an: Analysis, at: int) -> Mention | None:
    """The community (…社区) a division mention written right before ``at`` names, or None."""
    return next((m for m in an.of_type("AdministrativeDivision") if m.end == at and m.end > m.start
                 and m.label.endswith("社区")), None)


def _levels_alone(written: str) -> bool:
    """Whether a place the model reads is levels' characters alone or a level's own word (省州, 市县, 自治州, 自治区)."""
    return all(ch in UPPER_LEVEL_CHARACTERS for ch in written) or written in word_set("levels_read_as_places")


def _bare_word_on_a_local_page(an: Analysis, written: str) -> bool:
    """Whether the model's place is a bare word of a local page: two or three characters, no place's head
    (place_heads) nor a feature's last character (place_kind_characters: 湖, 山, 河), no country, region or city
    of the world list, on a page at home in a region that is no national medium's story."""
    return (2 <= len(written) <= 3 and local_page(an)
            and longest_end(written, place_heads()) == 0 and not is_place_name(written)
            and not written.endswith(_feature_endings())
            and written not in known_types())


@cache
def _feature_endings() -> tuple[str, ...]:
    """The last characters of kinds of place and the world's feature endings: 太平湖, 桃花潭 (a lake, a pool)."""
    return (*word_set("place_kind_characters"), *data_words("world", "feature_endings.txt"))


def _town_read_as_a_person(an: Analysis, c: Candidate) -> int | None:
    """The township a name the model reads as a person's is, written without its level right after a preposition
    of place (word set place_prepositions) and before what is held at a place (word set verbs_held_at_a_place), after
    no title: the one town of that name and a township's level word (镇, 乡) inside the cities and counties the page
    writes (在|彭高|召开, on a page naming 萍乡: 彭高镇 of 上栗县), or None."""
    written = an.text[c.start:c.end]
    if not 2 <= len(written) <= 3 or an.text[c.start - 1:c.start] not in word_set("place_prepositions") \
            or title_before(an.text, c.start - 1) or not an.text.startswith(word_set("verbs_held_at_a_place"), c.end):
        return None  # (在|张华|的陪同下: a person; a town has a meeting held in it, 在|彭高|召开)
    gaz = gazetteer()
    # (inside a city or a county the page names, not a province: 四川省…在|张华|镇 of 广元市 is no reading)
    anchors = {m.prop("node") for m in an.of_type("AdministrativeDivision") if m.end > m.start
               and m.prop("node") is not None and gaz.levels[m.prop("node")] >= 2}
    towns = {n for level in TOWNSHIP_SUFFIXES for n in gaz.lookup(written + level)
             if gaz.levels[n] == 4 and any(gaz.is_within(n, a) for a in anchors)}
    return towns.pop() if len(towns) == 1 else None


def _town_by_its_short_name(an: Analysis, written: str) -> Mention | None:
    """The township, street or village the article names whose name is ``written`` and its level's word
    (麦市 of 麦市镇: word set short_named_levels), or None."""
    if written.endswith(word_set("place_kind_characters")):
        return None  # 坐落于|莫干山|脚下的|莫干山镇 (xwlb-2023): the mountain the town is named after
    names = {written + level for level in word_set("short_named_levels")}
    return next((m for m in an.of_type("AdministrativeDivision") if m.label in names and m.end > m.start), None)


def _no_ships(an: Analysis) -> None:
    """A division's name right before a vessel's head (word set vessel_heads: 舰) names a ship or a
    fleet, not the division: 导弹驱逐舰|南宁|舰、导弹护卫舰|三亚|舰 (xwlb-20230110-11), 开封舰、大庆舰
    (xwlb-20230422-13), 护航编队|乌鲁木齐|舰 (xwlb-20231225-10); not the vessels of a place's yard or
    school (青岛|舰艇学院)."""
    an.mentions[:] = [m for m in an.mentions if not (
        m.type == "AdministrativeDivision" and m.end > m.start and names_a_ship(an.text, m.end))]


def _a_person_by_its_place(an: Analysis, c: Candidate, people_at: dict[int, int]) -> bool:
    """Whether a name the model read as a division no list holds (it ends in a division's suffix:
    洛桑江村, the Tibetan name's 江村 read as a village's) stands where only a person does: right after a
    title (全国人大常委会副委员长|洛桑江村, xwlb-20230903-03), or in a list of people, a person before it
    and one after it (王小洪|、|洛桑江村|、|咸辉, xwlb-20230831-02) or the list ending with it (张庆伟|、|
    洛桑江村|、|雪克来提·扎克尔|、|刘奇, xwlb-20230313-01)."""
    text, start, end = an.text, c.start, c.end
    if gazetteer().lookup(text[start:end]):
        return False
    if title_before(text, start) and start in an.boundaries:
        return True
    ends = {e: s for s, e in people_at.items()}
    before = text[start - 1:start] == "、" and start - 1 in ends
    after = text[end:end + 1] == "、" and end + 1 in people_at
    return before and (after or text[end:end + 1] in _ITEM_ENDS)


# what ends the last item of a list (刘奇|。)
_ITEM_ENDS = frozenset("，。；！？\n")


def _foreign_division(an: Analysis, c: Candidate) -> bool:
    """Whether a place the model read, ending in a division's suffix, is a foreign region: a
    province the gazetteer lacks (China's provinces are all in it: 本月6日强震中，哈塔伊省,
    xwlb-20230213-09), or a division named right after a foreign country or region
    (加拿大|魁北克省, 日本|福岛县, 土耳其|马拉蒂亚省) or otherwise abroad (美国加利福尼亚州|里弗赛德县:
    :func:`~.recognisers.divisions.foreign_division`)."""
    written = an.text[c.start:c.end]
    if gazetteer().lookup(written):
        return False
    row = next((r for r in DIVISION_SUFFIX_ROWS if written.endswith(r.suffix)), None)
    if row is not None and row.level == "province":
        return True
    return after_a_country(an.text, c.start) or foreign_division(an, c.start, c.end)


# an item of a list written with 、: after one (up to the next, or 和, 及, 与, 等), or before one
_LIST_ITEM = re.compile(r"(?<=、)([\u4e00-\u9fff]{2,3})(?=[、和及与等])|([\u4e00-\u9fff]{2,3})(?=、)")


def _listed_people(an: Analysis) -> None:
    """王沪宁、蔡奇、丁薛祥、李希: an item of a list written with 、, next to a Chinese
    name the stages read as a person, is a person when it reads as a Chinese name (a
    surname and one or two characters, as :func:`read_name` reads them); the model often
    misses one name of a long list of officials."""
    people = {m.start: m for m in an.mentions if m.type == "Person" and m.end > m.start}
    if not people or "、" not in an.text:
        return
    ends = {m.end: m for m in people.values()}
    text = an.text
    taken = SpanIndex((m.start, m.end) for m in an.mentions if m.end > m.start)
    for match in _LIST_ITEM.finditer(text):
        group = 1 if match.group(1) else 2
        start, end = match.start(group), match.end(group)
        if taken.overlaps(start, end):
            continue
        before = (start - 1) in ends and text[start - 1] == "、" and chinese_name(ends[start - 1].text)
        after = text[end:end + 1] == "、" and (end + 1) in people and chinese_name(people[end + 1].text)
        if not (before or after):
            continue
        name = text[start:end]
        if read_name(text, start, an.boundaries | {end}) == name:
            link_person(an, start, end, "other", found_by="list")


# It writes every type it reads: a nested mention is rewritten implicit, not dropped (but a committee its departments'
# names alone write is, with its facts: :func:`_committees_of_departments_alone`).
@stage(reads=("Agency", "AdministrativeDivision", "Place", "Person", "Program", "subOrganizationOf", "locatedIn"),
       writes=("Agency", "AdministrativeDivision", "Place", "Person", "Program", "subOrganizationOf", "locatedIn"))
def flatten_nested(an: Analysis) -> None:
    """The last stage: names inside an organisation's name are part of that name.

    A division, place, agency or person written inside an agency (北京 in 北京大学,
    公安县 in 公安县人民法院, 国务院 in 国务院法制办公室) stays an entity of the
    article, with every relation the stages read from it (the agency's
    ``locatedIn``, ``subOrganizationOf``), but its mention no longer claims
    the characters: the outermost name owns a span, as in spaCy's ``filter_spans``
    and in the annotation of the People's Daily NER set.  A body read in a unit's name that the relations
    stage made no unit's parent is dropped (:func:`_parents_written_in_names`), and so is a division's party committee
    its departments' names alone write (:func:`_committees_of_departments_alone`)."""
    related = {key for f in an.facts for key in (f.subject, f.object)}
    an.mentions[:] = [m for m in an.mentions if not m.prop("written_in_a_name") or m.key in related]
    _committees_of_departments_alone(an)
    agencies = SpanIndex((m.start, m.end) for m in an.mentions if m.type == "Agency" and m.end > m.start)
    if not agencies.spans:
        return
    out = []
    for m in an.mentions:
        if m.end > m.start and not m.prop("implicit") and any(
                (s, e) != (m.start, m.end) for s, e in agencies.holding(m.start, m.end)):
            m = implicit(m)
        out.append(m)
    an.mentions[:] = out


def _committees_of_departments_alone(an: Analysis) -> None:
    """A division's party committee written only inside the names of its departments (省委|组织部|副部长, 市委|宣传部)
    is no entity of the article: the department is.  The local gold lists such a committee on none of 392 pages
    (13 wrong, 6 optional: 甘肃省委 on a page naming only 省委组织部, 2015), where it lists the bodies other units'
    names open with (县公安局|党委: 60 of 72).  A committee written by itself, or holding a post, stays; one dropped
    takes its facts with it (its locatedIn, its departments' subOrganizationOf)."""
    kept = {f.subject for f in an.facts if f.predicate not in ("locatedIn", "subOrganizationOf")} | {
        f.object for f in an.facts if f.predicate != "subOrganizationOf"}
    agencies = [m for m in an.mentions if m.type == "Agency" and m.end > m.start]
    by_key: dict = {}
    for m in an.mentions:
        by_key.setdefault(m.key, []).append(m)
    spans = SpanIndex((m.start, m.end) for m in agencies)
    labels = {(m.start, m.end): m for m in agencies}
    alone = set()
    for key, own in by_key.items():
        first = own[0]
        if key in kept or first.type != "Agency" or first.prop("division") is None or not first.label.endswith("委") \
                or agency_kind(first.label) != "party":
            continue
        if all(n.end > n.start and any(
                (s, e) != (n.start, n.end) and labels[s, e].label.startswith(first.label) and labels[s, e].key != key
                for s, e in spans.holding(n.start, n.end)) for n in own):
            alone.add(key)
    an.forget(alone)

