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
from ..resources import (alias_table, every_occurrence, data_words, lexicon, longest_first, offsets, ordered_lexicon, pos_tags, table, tokenizer,
                         word_set, word_tags)
from .analysis import Analysis, SpanIndex, stage
from .candidates import Candidate
from .fusion import choose, fuse, may_contain
from .lexicons import (DIVISION_SUFFIX_ROWS, DIVISION_SUFFIXES, bare_body_kinds, is_place_name, place_heads, foreign_parties, known_full_names, known_types, longest_end,
                       names_a_ship, org_heads, world_finder)
from .linkers import (agency_key, canonical_head, party_committee_of_the_level, division_key, implicit, league_committee, link_agencies, link_person, link_place,
                      link_division, unlinked_division)
from .names import addressed_by_title, chinese_name, read_name, title_at, title_before
from .proposers import model_candidates
from .recognisers.agencies import as_named_body, governing_division, home_division, kind_named_before, model_agency, offices_of_a_department, presidiums_of_associations
from .recognisers.places import venue_by_its_level
from .recognisers.firms import firms_listed, firms_named_after_owners, firms_of_a_listed_kind
from .recognisers.divisions import (CHINESE_NUMERALS, TOWNSHIP_SUFFIXES, UPPER_LEVEL_CHARACTERS, VILLAGE_SUFFIXES, after_a_country,
                                    counts_divisions, foreign_division, model_division_name)
from .world import foreign_country_first, is_country, local_page

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
    _league_committees_by_their_level(an)
    _bare_local_bodies(an)
    _listed_bodies_of_the_home(an)
    firms_listed(an)
    firms_of_a_listed_kind(an)
    firms_named_after_owners(an)
    _foreign_chains(an)
    _units_of_the_bureau(an)
    _units_of_the_court(an)
    _units_read_on_from_a_named_body(an)
    presidiums_of_associations(an)
    offices_of_a_department(an)
    _tribunals_of_the_court(an)
    _short_forms_left_on_a_local_page(an)  # (after the units a bureau named before takes: 刑侦大队, the sample page)
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


def _a_persons_name_cut(an: Analysis, c: Candidate, people: set[str]) -> str:
    """The name of a person the model reads in the article that the text at an organisation's start
    writes, longer than the organisation and ending at a word's end, where the organisation ends in no
    head of one (欧尔|班: 欧尔班); '' if none."""
    written = an.text[c.start:c.end]
    if written.endswith(org_heads()) or written in known_types():
        return ""
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


# the kinds of a division's own bodies and departments (data/lexicon/agency_kinds.tsv) whose bare name is a short form
# (and the people's organisations every county has: 县工商联|秘书长, 县妇联, 县总工会: a county's page, 2019)
_LOCAL_KINDS = frozenset(("party", "government", "congress", "consultative", "judicial", "public-security", "media",
                          "social-organization"))
# what before a level's character makes it every division of the level, not one (全县|人大, 各镇|党委)
_EVERY = "全各本我每两三四五六七八九十数多个"
_CLAUSE_ENDS = "，,。；;：:！？!?\n（）()"


@cache
def _after_bare_body() -> tuple[str, ...]:
    """What a bare body's short form is written before when it holds a post: a title (宣传部|长), a credit
    (融媒体中心|记者: data/lexicon/byline_roles.txt)."""
    return longest_first(set(lexicon("titles.txt")) | set(lexicon("byline_roles.txt")))


def _bare_local_body(an: Analysis, m: Mention) -> bool:
    """Whether the model's organisation is a local body's short form: its name as written, no division,
    no place in it, no name of its own (national, white list), of a division's kind (人大, 宣传部, 人事局,
    融媒体中心), before a title or a credit."""
    text, name = an.text, m.text
    if m.end <= m.start:
        return False  # an implied body: no text to read
    if not (text.startswith(_after_bare_body(), m.end) or any(
            text.startswith(t, m.end - 1) for t in _after_bare_body() if len(t) > 1 and t[0] == name[-1])
            or _opens_with_a_level(an, m) or _level_before(an, m.start)):
        return False  # before a title (宣传部|长, jieba 宣传部长: the title's first character ends the name) or a credit
    return _a_local_short_form(an, m)


def _a_local_short_form(an: Analysis, m: Mention) -> bool:
    """Whether the model's organisation is a division's body by its short form: its name as written, no
    division, no place in it, no name of its own (national, white list), of a division's kind."""
    name = m.text
    # (its length the canonical name's: 召开|第二届人民代表大会 is 人大 by its term and head, a township's page, 2022)
    if (m.end <= m.start or m.prop("division") or m.prop("found_by") != "model" or min(len(name), len(m.label)) > _SHORT_FORM
            or m.label not in (name, canonical_head(name))
            or name in alias_table("national_agencies.tsv") or name in known_types()):
        return False
    if _opens_with_a_level(an, m):
        name = name[1:]  # 由县|直|工委: the county's 直工委
    return _a_local_short_name(name)


def _a_local_short_name(name: str, namesakes: bool = True) -> bool:
    """Whether a body's name as written holds no place and no name of its own and is of a division's kind.  With
    ``namesakes`` false a word the gazetteer also holds is no place (农业|农村|局 beside the county's 水利局: the
    common noun, though a village is named 农村)."""
    if name.startswith(data_words("posts", "national_openers.txt")):
        return False  # 中央|统战部, 国家|民委 (a city's page, 2016): the nation's bodies, no division's short forms
    tags, words = word_tags(), tokenizer().lcut(name)
    if any(tags.get(w, "") in _PROPER_TAGS or (namesakes and w in gazetteer().all_names)
           or (len(words) > 1 and tags.get(w, "") == "nr") for w in words):
        return False  # 江苏银行, 汝州火车站派出所: named after their place; 八宝/nz|镇党委: a town's
    return agency_kind(name) in _LOCAL_KINDS


_PROPER_TAGS = ("ns", "nz", "nrt", "nrfg")


def _opens_with_a_level(an: Analysis, m: Mention) -> bool:
    """Whether the model's organisation opens with a level's character that is no word's first character
    (由县|直|工委, a county's page, 2023: the county's abbreviation; not 市场|监管局)."""
    if len(m.text) < 3 or m.text[0] not in UPPER_LEVEL_CHARACTERS:
        return False
    token = an.token_at(m.start)
    rest = m.text[1:]
    # nor where the segmenter glues it to a body's word that the rest is: 市民|委 (市委统战部副部长、|市民委/ORG|党组书记,
    # a city's page, 2025: the city's 民委)
    return token is None or token[0] < m.start or token[1] == m.start + 1 or (
        word_tags().get(rest, "") in ("n", "nt") and rest.endswith(tuple(word_set("bureau_heads"))))


def _level_before(an: Analysis, start: int) -> bool:
    """Whether the character before ``start`` is a level's abbreviation: a word of its own (县|安委会) or
    glued after a word the dictionary lacks (由镇|人大), not the end of a word (城市|规划局)."""
    if not start or an.text[start - 1] not in UPPER_LEVEL_CHARACTERS:
        return False
    token = an.token_at(start - 1)
    return token is None or token[1] - token[0] == 1 or (token[1] == start and token[2] not in word_tags())


def _league_committees_by_their_level(an: Analysis) -> None:
    """The Youth League's committee written by its level alone (团省委|副书记张阿峰, a city's page of 福建, 2024; word set
    youth_league_committees), as the model reads it, is the committee of the division of that level the article named
    last, else of the page's own: 共青团福建省委.  One no division resolves stays the model's reading."""
    for m in [m for m in an.of_type("Agency") if m.text in word_set("youth_league_committees") and m.label == m.text
              and not m.prop("division") and m.prop("found_by") == "model"]:
        level = m.start + 1
        written = governing_division(an, an.text[level], level)
        home = home_division(an, an.text[level]) if written is None else (written.label, written.key)
        if home is None:
            continue
        label, key = home[:2]
        name = league_committee(label, m.text)
        an.mentions[an.mentions.index(m)] = Mention.make(
            "Agency", an.doc.id, m.start, m.end, m.text, name, agency_key(name), division=key, division_label=label,
            found_by="model")
        an.fact(agency_key(name), "locatedIn", key, m.start)


def _bare_local_bodies(an: Analysis) -> None:
    """A local body the model read by its short form (GUIDELINES: an unresolved short form is no name) is
    named with the division the text gives it: written right before it (澧县如东镇|人大|主席彭锋, a town's
    page, 2023: 如东镇人大), by its level's character before it (会议由|镇|人大|主席彭锋主持: the town the
    article named), or by the body listed before it in a list of officials (该县财政局局长游代进、|人事局|局长
    张功成, a county's page, 2010: 屏南县人事局).  One no division resolves (县委常委、|宣传部|长李晓勇 with no county
    named; 本报讯（|融媒体中心|记者宋乐义 on a page that names no home) is dropped, and so no post is held in it.
    A party department listed after its committee is the committee's (公安县委|常委、|宣传部|长: 公安县委宣传部)."""
    for m in [m for m in an.mentions if m.type == "Agency" and m.text in bare_body_kinds() and m.label == m.text
              and m.end > m.start and not m.prop("division") and m.prop("found_by") == "model"
              and not _bare_local_body(an, m)]:
        # 西青区妇联|主席张艳红表示，…，|妇联|也将积极提供… (a district's page, 2023): a kind every division has,
        # written alone and before no title, is the one of its kind the article named in full before
        full = kind_named_before(an, m.text, m.start)
        if full is not None:
            an.mentions.remove(m)
            as_named_body(an, full, m.start, m.end, found_by="model")
    for m in [m for m in an.mentions if m.type == "Agency" and _bare_local_body(an, m)]:
        division = _division_of_a_bare_body(an, m)
        if division is _LEFT:
            continue
        an.mentions.remove(m)
        if division is None:
            continue
        start, label, key, parent = division
        body = m.text[1:] if _opens_with_a_level(an, m) else m.text
        name = party_committee_of_the_level(body, label) or \
            (parent.label if parent else label) + canonical_head(body, of_a_division=parent is None)
        an.add(Mention.make("Agency", an.doc.id, start, m.end, an.text[start:m.end], name, agency_key(name),
                            division=key, division_label=label, found_by="model"))
        an.fact(agency_key(name), "locatedIn", key, start)
        if parent:
            an.fact(agency_key(name), "subOrganizationOf", parent.key, start)


def _listed_bodies_of_the_home(an: Analysis) -> None:
    """A division's bodies by their short forms in a list (、) on a page whose site says where it is at home:
    the home's (信息来源:长春经济技术开发区 … 应急局、消防大队、综保区应急局、建设局、城市管理局、兴隆山镇…相关负责人, a
    zone's site, 2025: 长春经济技术开发区建设局).  Only a county-level home, stated by the page or, unstated, named by a
    town of it in the same list and no other place's bureau there; and only bodies listed with others: a short form
    alone says too little (GUIDELINES)."""
    node = an.region.node
    if node is None or gazetteer().levels[node] != 3:
        return
    label, key = gazetteer().names[node], division_key(node)
    text = an.text
    # a home the page does not state: the bodies of a list that names a town of it (同心县 … 教育局、财政局、|下马关镇|、丁塘
    # 中心学校… (a county's page, 2019): the county's own units and towns, listed together)
    # (a town that is an item of the list, not one before it whose own bodies the list names: 敖包苏木综治中心组织|派出所、
    # 信访办、综治办 (a banner's page, 2024) are the township's)
    towns = SpanIndex((m.start, m.end) for m in an.of_type("AdministrativeDivision") if m.end > m.start
                      and m.prop("level") == "township" and m.prop("node") is not None
                      and gazetteer().is_within(m.prop("node"), node) and _in_a_list(text, m.start, m.end))
    # (and no bureau of another place's: 屈家岭市场监管局(应急管理局)、农业水利局、…易家岭办事处, a zone's list, 2023)
    # (a bureau whose name holds no place is no other place's: 市场监督管理管理局, a typo of the home's, 东北网虎林…讯, 2017)
    others = SpanIndex((m.start, m.end) for m in an.of_type("Agency") if m.end > m.start and m.label.endswith("局")
                       and not _a_local_short_form(an, m) and not m.label.startswith(label)
                       and not _a_local_short_name(m.text))
    national_chains = _links_of_national_chains(an)
    listed = [(m.start, m.end) for m in an.mentions if m.type == "Agency" and _a_local_short_form(an, m)
              and _in_a_list(text, m.start, m.end) and not _opens_with_a_level(an, m) and not _level_before(an, m.start)
              and m.start not in national_chains
              and (an.region.stated or (_listed_with(text, m.start, towns) and not _listed_with(text, m.start, others)))]
    taken = SpanIndex((m.start, m.end) for m in an.mentions if m.end > m.start)
    # the items beside them the model left as words (县长侯公涛率|政府办|、|农业农村局|、|水利局/ORG|等单位, 西平县's site,
    # 2022): bodies of the same list, the home's
    homes = [(m.start, m.end) for m in an.mentions if m.type == "Agency" and m.prop("division") == key
             and _in_a_list(text, m.start, m.end) and m.label.startswith(label) and not m.text.startswith(label)
             and m.text[:1] not in UPPER_LEVEL_CHARACTERS and _a_local_short_name(m.text)]
    listed += _bare_items_beside(an, listed + homes, taken)
    # 来自边防大队、|公安局|、|人民检察院|、…|林业局|、…、中心街道、虎林镇… (东北网虎林…讯, 2017): bureaus the model leaves, listed
    # bare with the home's towns (or on a page that states its home), the home's as the model's short forms are
    # (or listed after a body the list names by the home's level: 省防总工作组、|县三防办|、水务局、气象局, 陵水黎族自治县's
    # news, 2014: the county's bureaus)
    by_level = SpanIndex((m.start, m.end) for m in an.mentions if m.type == "Agency" and m.prop("division") == key
                         and m.text[:1] == label[-1] and _in_a_list(text, m.start, m.end))
    listed += [span for span in _bare_words_listed(an, word_set("listed_bare_bureaus"), taken)
               if not (span[0] and text[span[0] - 1] in UPPER_LEVEL_CHARACTERS)
               and (an.region.stated or _listed_with(text, span[0], by_level)
                    or (_listed_with(text, span[0], towns) and not _listed_with(text, span[0], others)))]
    # 县政府办、高新区、|法院|、|检察院|、贸促会 (今日平江, 2020): the court and procuratorate the model leaves
    listed += _bare_words_listed(an, word_set("listed_bare_bodies"), taken)
    spans = set(listed)
    an.mentions[:] = [m for m in an.mentions if not (m.type == "Agency" and (m.start, m.end) in spans)]
    for start, end in listed:
        name = canonical_head(label + text[start:end])  # 平江县|发改局: 平江县发展和改革局; 平江县|法院: 平江县人民法院
        an.add(Mention.make("Agency", an.doc.id, start, end, text[start:end], name, agency_key(name), division=key,
                            division_label=label, found_by="model", abbreviated=True))
        an.fact(agency_key(name), "locatedIn", key, start)


def _links_of_national_chains(an: Analysis) -> frozenset[int]:
    """Where a link of a chain of titles opens after a body of no division's and its title (全国政协|常委|、|经济委员会|
    主任 (a county's page, 2017): the national body's committee, no item of a list of the home's bodies)."""
    text = an.text
    return frozenset(end + len(title) + 1 for m in an.of_type("Agency") if m.end > m.start and m.prop("division") is None
                     and (title := title_at(text, (end := m.end))) is not None
                     and text[end + len(title):end + len(title) + 1] == "、")


def _bare_words_listed(an: Analysis, words: tuple[str, ...], taken: SpanIndex) -> list[tuple[int, int]]:
    """The spans of ``words`` each written as a whole word and an item of a list (、), that no mention holds."""
    text = an.text
    return [(at, at + len(word)) for word in words for at in offsets(text, word)
            if _in_a_list(text, at, at + len(word)) and not taken.overlaps(at, at + len(word))
            and at in an.boundaries and at + len(word) in an.boundaries]


def _bare_items_beside(an: Analysis, spans: list[tuple[int, int]], taken: SpanIndex) -> list[tuple[int, int]]:
    """The items of a 、 list on either side of ``spans`` that are a body's short name as a whole item (the segmenter's
    nouns between the list's marks, or after a verb: 率|政府办|、), up to the first that is not; none a mention holds."""
    text = an.text
    found: list[tuple[int, int]] = []
    seen = set(spans)

    def item(start: int, end: int) -> tuple[int, int] | None:
        if not (0 < end - start <= _SHORT_FORM) or _CJK_WORD.fullmatch(text, start, end) is None or taken.overlaps(start, end) \
                or text[start] in UPPER_LEVEL_CHARACTERS or text[start:end] in alias_table("national_agencies.tsv") \
                or not _a_local_short_name(text[start:end], namesakes=False):
            return None
        return (start, end)

    def nouns_before(end: int) -> int:
        start = end
        while start > 0:
            token = an.token_at(start - 1)
            if token is None or not _an_items_word(token[2]) or end - token[0] > _SHORT_FORM:
                break
            start = token[0]
        return start

    def nouns_after(start: int) -> int:
        end = start
        for token in an.tokens_from(start):
            if not _an_items_word(token[2]) or token[1] - start > _SHORT_FORM:
                break
            end = token[1]
        return end

    for start, end in spans:
        at = end
        while text[at:at + 1] == "、":
            after = nouns_after(at + 1)
            got = item(at + 1, after) if text[after:after + 1] in "、等" else None
            if got is None or got in seen:
                break
            found.append(got)
            seen.add(got)
            at = got[1]
        at = start
        while text[at - 1:at] == "、":
            got = item(nouns_before(at - 1), at - 1)
            if got is None or got in seen:
                break
            found.append(got)
            seen.add(got)
            at = got[0]
    return found


def _an_items_word(word: str) -> bool:
    """Whether a word of the segmenter may be part of a list's item: Chinese, and no verb (率), preposition,
    conjunction, adverb, particle, pronoun or number (pos_tags list_item_stops)."""
    return _CJK_WORD.fullmatch(word) is not None and not word_tags().get(word, "n").startswith(_LIST_ITEM_STOPS)


_LIST_ITEM_STOPS = pos_tags("list_item_stops")


# the longest short form read (_a_local_short_form, _bare_items_beside)
_SHORT_FORM = 6


def _short_forms_left_on_a_local_page(an: Analysis) -> None:
    """A division's body the model reads by its short form alone (公安局, 应急管理局, 人武部) that no rule gave its
    division, on a page at home in a region: no name (GUIDELINES: an unresolved short form is no correct name), its
    division unsaid (local pages of 2015-2025: 城市管理局, 消防大队, 住房和城乡建设局 beside the bodies of two levels).
    A story with no home keeps the model's reading (the People's Daily NER set marks such forms ORG); but a name its
    term and head make a bare kind of body is none on any page (…银涂镇|召开|第二届人民代表大会|第一次会议, a township's
    paper, 2022: 人大 of no division said)."""
    an.mentions[:] = [m for m in an.mentions if not (
        m.type == "Agency" and m.label in bare_body_kinds() and m.text != m.label and not m.prop("division")
        and m.end > m.start and m.prop("found_by") == "model")]
    if an.region.node is None:
        return
    for m in [m for m in an.mentions if m.type == "Agency" and _a_local_short_form(an, m)
              and not _opens_with_a_level(an, m) and m.text not in bare_body_kinds()]:
        an.mentions.remove(m)
        # but the one body the article named before whose name ends so is what it stands for (县委常委、统战部部长李标
        # …。会议由|统战部|常务副部长李全胜主持, a county's page, 2020s: 石泉县委统战部)
        full = kind_named_before(an, m.text, m.start)
        if full is not None:
            as_named_body(an, full, m.start, m.end, found_by="model")


def _listed_with(text: str, at: int, spans: SpanIndex) -> bool:
    """Whether the clause of a list holding ``at`` (between marks that end clauses) holds one of ``spans``."""
    opening = _LIST_CLAUSE_ENDS.search(text[max(0, at - _LONGEST_LIST):at][::-1])
    start = at - opening.start() if opening else max(0, at - _LONGEST_LIST)
    closing = _LIST_CLAUSE_ENDS.search(text, at, at + _LONGEST_LIST)
    return bool(spans.overlapping(start, closing.start() if closing else min(len(text), at + _LONGEST_LIST)))


# a clause of a list is read this far on either side of an item (a list's marks, searched in a window, never the
# text); its marks are the clauses' (_CLAUSE_ENDS) but brackets, which a list's item may hold (屈家岭市场监管局(应急管理局))
_LONGEST_LIST = 200
_LIST_CLAUSE_ENDS = re.compile("[" + re.escape("".join(ch for ch in _CLAUSE_ENDS if ch not in "（）()")) + "]")


def _in_a_list(text: str, start: int, end: int) -> bool:
    """Whether [start, end) is an item of a list joined by 、."""
    return text[end:end + 1] == "、" or text[start - 1:start] == "、"


_LEFT = object()


def _division_of_a_bare_body(an: Analysis, m: Mention):
    """(start, division label, division key, the committee it is a department of or None) of a bare body's
    division; None if the text gives none; _LEFT where the short form may be a name of its own (a country's
    ministry, a national body's unit) or stands for every body of its kind (全县|人大): the model's reading stays."""
    text = an.text
    divisions = an.of_type("AdministrativeDivision")
    written = next((d for d in divisions if d.end == m.start and d.end > d.start), None)
    if written is not None:
        return written.start, written.label, written.key, None
    level = m.start if _opens_with_a_level(an, m) else m.start - 1
    if level == m.start or _level_before(an, m.start):
        if level and text[level - 1] in _EVERY:
            return _LEFT  # 全县|人大: every body of the kind, no short form of one
        governing = governing_division(an, text[level], level)
        return None if governing is None else (level, governing.label, governing.key, None)
    bare_kind = m.text in bare_body_kinds()
    if m.text in word_set("township_bodies"):
        # 新闸街道党工委书记王炎丰…街道党工委副书记、办事处主任杨高飞,|人大工委|主任王俊,|党工委|副书记孙伟栋 (a
        # street's page, 2023): a township's body alone before a title, in the sentence of the township's bodies,
        # is that township's (新闸街道人大工委)
        first, _ = an.sentence(m.start)
        township = max((a for a in an.of_type("Agency") if first <= a.start and a.end <= m.start
                        and (a.prop("division_label") or "").endswith(TOWNSHIP_SUFFIXES)), key=lambda a: a.end, default=None)
        if township is not None:
            return m.start, township.prop("division_label"), township.prop("division"), None
        bare_kind = True  # no national body bears the name: unresolved, it names none (GUIDELINES)
    if level < 0 or text[level] != "、":
        return None if bare_kind else _LEFT  # 人大|主席: a kind of body; but 内务部|长斯捷帕申 (pd-dev): a country's
    clause = max(text.rfind(c, 0, level) for c in _CLAUSE_ENDS) + 1
    listed = [a for a in an.of_type("Agency") if clause <= a.start and a.end <= level and a is not m]
    if not listed:
        # 县委常委、|宣传部|长 with no county named: the list opens with a short form no division resolves
        return None if bare_kind or text[clause:clause + 1] in UPPER_LEVEL_CHARACTERS else _LEFT
    previous = max(listed, key=lambda a: a.end)
    if previous.prop("division") is None:
        return _LEFT  # 人大常委会委员、|法律委员会|副主任委员 (pd-dev): the national body's
    if previous.label.endswith("委") and agency_kind(m.text) == "party":
        # 公安县委|常委、|宣传部|长: the committee's department (公安县委宣传部)
        return m.start, previous.prop("division_label"), previous.prop("division"), previous
    return m.start, previous.prop("division_label"), previous.prop("division"), None


def _units_of_the_bureau(an: Analysis) -> None:
    """A bureau's field unit named alone is the unit of the one local bureau the article named
    before it (data/lexicon/bureau_units.txt): 松滋市公安局|举行|退赃大会 … 刑侦大队|集合|多方|力量 is
    松滋市公安局刑侦大队, the written form its alias.  With two bureaus named, or none, it stays."""
    units = ordered_lexicon("bureau_units.txt")
    for unit in [m for m in an.mentions if m.type == "Agency" and m.end > m.start and m.label.endswith(units)
                 and m.label == an.text[m.start:m.end] and not m.prop("division")]:
        if any(m.type == "AdministrativeDivision" and m.start < unit.end and unit.start < m.end for m in an.mentions):
            continue  # 积石山|消防救援大队: a unit named with its division is named in full
        bureaus = {m.key: m for m in an.mentions if m.type == "Agency" and m.end <= unit.start
                   and m.label.endswith("局") and m.prop("division")}
        if len(bureaus) != 1:
            continue
        bureau = next(iter(bureaus.values()))
        label = bureau.label + unit.label
        an.mentions[an.mentions.index(unit)] = Mention.make(
            "Agency", an.doc.id, unit.start, unit.end, unit.text, label, agency_key(label))
        an.fact(agency_key(label), "subOrganizationOf", bureau.key, unit.start)


def _units_of_the_court(an: Analysis) -> None:
    """A court's unit written alone, or after the court's own 我院 or 本院, is the unit of the one court the article
    named before it (data/lexicon/court_units.txt): 南山区人民法院扎实开展… |我院|执行局|开展执行案款集中发放活动 …
    |执行局|局长|刘发云 (a district court's page, 2021) is 南山区人民法院执行局.  With two courts named, or none, or
    the unit inside a longer name (最高人民法院执行局), none."""
    text = an.text
    courts = [m for m in an.of_type("Agency") if m.end > m.start and m.label.endswith("人民法院") and m.prop("division")]
    if not courts:
        return
    units = _court_units()(text)
    if not units:
        return
    held = SpanIndex((m.start, m.end) for m in an.mentions
                     if m.type in ("Agency", "AdministrativeDivision", "Person") and m.end > m.start)
    for start, end, unit in units:
        if held.overlaps(start, end) or start not in an.boundaries or (end < len(text) and end not in an.boundaries):
            continue
        before = {m.key: m for m in courts if m.end <= start}
        if len(before) != 1 or not (start == 0 or not _CJK_WORD.match(text[start - 1])
                                    or text[max(0, start - 2):start] in word_set("own_court_words")):
            continue  # (a unit glued to other words before it is theirs: 某某|执行局 names another's)
        court = next(iter(before.values()))
        label = court.label + unit
        an.add(Mention.make("Agency", an.doc.id, start, end, unit, label, agency_key(label),
                            division=court.prop("division"), division_label=court.prop("division_label")))
        an.fact(agency_key(label), "subOrganizationOf", court.key, start)


@cache
def _court_units():
    """The finder of a court's units (data/lexicon/court_units.txt), made once."""
    return every_occurrence(lexicon("court_units.txt"))


def _units_read_on_from_a_named_body(an: Analysis) -> None:
    """A unit the model reads on from a body the rules named by its level (省住建厅/rule|村镇处: the model's
    省住建厅村镇处/ORG, a city's page of 福建, 2024) is that body's unit, under the body's name (福建省住房和城乡建设厅
    村镇处), not a name of its own that no division opens: one entity however the page writes the unit later."""
    named = {m.start: m for m in an.of_type("Agency") if m.end > m.start and m.prop("division") and m.text != m.label}
    for unit in [m for m in an.of_type("Agency") if m.prop("found_by") == "model" and m.start in named]:
        body = named[unit.start]
        rest = an.text[body.end:unit.end]
        if unit.label != unit.text or not 2 <= len(rest) <= 8 or body.end not in an.boundaries \
                or not rest.endswith((*org_heads(), *ordered_lexicon("unit_heads.txt"))) or rest[0] in UPPER_LEVEL_CHARACTERS \
                or agency_kind(body.label) in _NOT_UNITS_HOLDERS:
            # (a public body's: 旗农牧局|畜牧站, 县融媒体中心|指挥中心; not an army's, 成都军区|八一骨科医院, a hospital)
            continue
        label = body.label + rest
        an.mentions[an.mentions.index(unit)] = Mention.make(
            "Agency", an.doc.id, unit.start, unit.end, unit.text, label, agency_key(label),
            division=body.prop("division"), division_label=body.prop("division_label"))
        an.fact(agency_key(label), "subOrganizationOf", body.key, unit.start)


# the kinds of body (data/lexicon/agency_kinds.tsv) whose names the model reads on to an institution of its own
_NOT_UNITS_HOLDERS = frozenset(("military", "enterprise", "education", "international", "other"))


def _tribunals_of_the_court(an: Analysis) -> None:
    """A basic court's tribunal, named after a town or a village of the court's county and written alone, is a unit of
    the court written right before it or of the one basic court the article names (新干县法院|七琴法庭|庭长朱志强,
    永新法院|小屋岭法庭: a city court's page, 2019; 罐头嘴法庭 on 汉寿县人民法院's, 2023): 新干县人民法院七琴人民法庭, as
    the courts name them, the written form its alias.  The name is the gazetteer's town or village inside the court's
    county (七琴镇 of 新干县), so a kind of tribunal is none (全市法院|人民法庭, 巡回法庭, 移动微法庭, 云上法庭)."""
    text = an.text
    if "法庭" not in text:
        return
    courts = [m for m in an.of_type("Agency") if m.end > m.start and m.label.endswith("人民法院")
              and not m.label.endswith(("中级人民法院", "高级人民法院", "最高人民法院")) and m.prop("division")]
    if not courts:
        return
    gaz = gazetteer()
    named = {m.key: m for m in courts}
    only_court = next(iter(named.values())) if len(named) == 1 else None
    counties = {m.key: m.prop("node") for m in an.of_type("AdministrativeDivision") if m.prop("node") is not None}
    taken = SpanIndex((m.start, m.end) for m in an.mentions if m.end > m.start and m.type != "Place")
    for head in offsets(text, "法庭"):
        end = head + 2
        at = head - 2 if text.endswith("人民", 0, head) else head
        for size in (3, 2):
            start = at - size
            if start < 0 or start not in an.boundaries or taken.overlaps(start, end):
                continue
            before = next((m for m in courts if m.end == start), only_court)
            county = counties.get(before.prop("division")) if before is not None else None
            name = text[start:at]
            if county is None or not any(gaz.is_within(node, county) for suffix in TOWNSHIP_SUFFIXES + VILLAGE_SUFFIXES
                                         for node in gaz.by_name.nodes(name + suffix)):
                continue
            label = before.label + name + "人民法庭"
            an.mentions[:] = [m for m in an.mentions if not (m.type == "Place" and m.start < end and start < m.end)]
            an.add(Mention.make("Agency", an.doc.id, start, end, text[start:end], label, agency_key(label),
                                division=before.prop("division"), division_label=before.prop("division_label")))
            an.fact(agency_key(label), "subOrganizationOf", before.key, start)
            an.fact(agency_key(label), "locatedIn", before.prop("division"), start)
            break


def _foreign_chains(an: Analysis) -> None:
    """A chain of posts a foreign body opens names that country's bodies, which the news writes as
    China's central ones: 越共中央政治局|委员|、|中央书记处|常务书记|、|中组部|部长|张氏梅 (xwlb-20230426-01) names
    越南共产党中央书记处 and 越南共产党中央组织部, 越共中央政治局|委员|、|公安部|部长|苏林 (xwlb-20230913-05)
    越南公安部, 朝鲜劳动党|总书记|、|中央军事委员会|委员长 (xwlb-20230810-12) 朝鲜劳动党中央军事委员会.
    A link is a body right after the previous one's title and 、 or 兼; one of China's central bodies
    (data/lexicon/national_agencies.tsv, or a name opening with 中央) is labelled with the party's
    name (a party's centre: 中央…) or the country's (a ministry); a body of its own name stays."""
    agencies = {m.start: m for m in an.mentions if m.type == "Agency" and m.end > m.start}
    if not agencies or ("、" not in an.text and "兼" not in an.text):
        return
    text, national, titles = an.text, alias_table("national_agencies.tsv"), lexicon("titles.txt")
    relabelled: dict[int, Mention] = {}
    for opener in sorted(agencies.values(), key=lambda m: m.start):
        country = foreign_country_first(opener.label)
        if country is None or opener.start in relabelled:
            continue
        party = next((p for p in _foreign_party_names() if opener.label.startswith(p)), None)
        link = opener
        while True:
            joint = next((k for k in range(link.end + 1, min(len(text), link.end + 8)) if text[k] in "、兼"), None)
            title = text[link.end:joint] if joint is not None else ""
            if not title or not _CJK_WORD.fullmatch(title) or not any(title.endswith(t) for t in titles):
                break
            link = agencies.get(joint + 1) or _centres_body(an, joint + 1, party or country)
            if link is None:
                break
            if link.label in national or link.label.startswith("中央"):
                label = national.get(link.label, link.label)
                label = (party if party and label.startswith("中央") else country) + label
                relabelled[link.start] = Mention.make(link.type, link.document, link.start, link.end, link.text, label,
                                                      agency_key(label), **dict(link.props))
    if relabelled:
        an.mentions[:] = [relabelled.get(m.start, m) if m.type == "Agency" and m.end > m.start else m
                          for m in an.mentions]


_CJK_WORD = re.compile(r"[\u4e00-\u9fff]+")


def _centres_body(an: Analysis, start: int, owner: str) -> Mention | None:
    """A body of a foreign party's centre that no stage read, at ``start`` in its chain: 中央 and a
    body the dictionary knows (nt) ending in an organisation's head, then a title: 越共中央书记处|书记|、|
    中央|对外部/nt|部长|黎怀忠 (xwlb-20231212-02; the model: 中央/n|对/p|外部/f), labelled with its
    owner's name (越南共产党中央对外部)."""
    text = an.text
    if not text.startswith("中央", start):
        return None
    word = an.token_at(start + 2)
    if (word is None or word[0] != start + 2 or word_tags().get(word[2], "") != "nt" or not word[2].endswith(org_heads())
            or title_at(text, word[1]) is None):
        return None
    label = owner + text[start:word[1]]
    return an.add(Mention.make("Agency", an.doc.id, start, word[1], text[start:word[1]], label, agency_key(label),
                               found_by="model"))


@cache
def _foreign_party_names() -> tuple[str, ...]:
    """Foreign parties' full names (data/lexicon/foreign_parties.txt, party_short_names.tsv), longest first."""
    return longest_first(set(foreign_parties()) | {row[1] for row in table("party_short_names.tsv")})


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
    for c in sorted(chosen, key=lambda c: (c.start, -c.end)):
        written = an.text[c.start:c.end]
        if c.type == "Place" and counts_divisions(written):
            continue  # 五村|同建村委办公楼: five villages counted, no place
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
            link_person(an, c.start, c.end, role, spelt.label if spelt and not _CJK_WORD.search(written) else None,
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
            division, label = named
            link_place(an, c.start, c.end, division.key, label=label, found_by="model")
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

