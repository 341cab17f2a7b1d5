"""The organisation a post is held in and who holds it: the body a title implies (国务院 for 国务委员,
英国政府 for 英国首相) or a division's own (城关镇人民政府 for 城关镇|镇长), added as an implicit agency;
_hold gives a person the posts, a foreign official's in his country's body, not China's (印度总统穆尔穆、|
总理|莫迪 -> 印度政府); the personal name at a position (_name_at)."""
from __future__ import annotations

from functools import cache

from ...model import Key, Mention
from ...resources import alias_table, data_table, ordered_lexicon, pos_tags, word_set, word_tags
from ..analysis import Analysis
from ..lexicons import TOWNSHIP_LEVEL_CHARACTERS
from ..linkers import canonical_head, known_full_name, village_council
from ..names import person_key, read_name, reads_as_chinese, scope_of
from ..recognisers.agencies import agency_key, written_former
from ..world import local_page
from .titles import _foreign, _implied, _LEVEL_CHARACTERS, _PARTY_BODIES, Post, government_title_body
from .countries import (_clause_start, _country_named_first, _country_proposed_between, _foreign_country_between,
                        _home_country)


def _add_person(an: Analysis, start: int, name: str) -> Mention:
    return an.add(Mention.make("Person", an.doc.id, start, start + len(name), name, name,
                               person_key(name, scope_of(an)), role="official"))


def _name_at(an: Analysis, pos: int) -> str | None:
    """The personal name at ``pos``: as the model read it (boundaries repaired by the
    fusion), else by the surname rules."""
    if an.model_tokens is None:
        return read_name(an.text, pos, an.boundaries)
    # with a model, the fused candidates decide (vetoes and the user's lexicons included)
    end = an.pending_names.get(pos)
    if end is not None:
        return an.text[pos:end]
    # but a name of three characters (of two before a mark) that closes an item of a list of officials, or that an
    # official's verb follows, which the model read as no name of any kind: 监委副主任|向震东/p|、|区人民检察院副检察长|羊/n|建章/v|、
    # (a district's page, 2022), 建都社区主任|曾又祥/d|介绍 (a town's paper, 2018)
    # (the title's last character may open a word of the segmenter's with the name's first: 农业农村|处处|长谈|洁|等, where
    # a name starts all the same; not a word the title opens, 轮值|主席国|契机, xwlb-20231025-02)
    glued = an.token_at(pos - 1) if pos not in an.boundaries else None
    name = read_name(an.text, pos, an.boundaries | {pos} if glued is not None and glued[0] == pos - 1 and glued[1] > pos
                     else an.boundaries)
    if name is None or not (an.text[pos + len(name):pos + len(name) + 1] in _ITEM_ENDS
                            or an.text.startswith(_OFFICIALS_VERBS, pos + len(name))
                            or _one_word_before_an_adverb(an, pos, len(name))):
        return None
    if len(name) == 2 and (name in word_tags() or an.text[pos + 2:pos + 3] not in _ITEM_ENDS):
        return None  # 海事法院院长|曾/d|艳/a|, (a county's page, 2012): two characters before a mark, no word (书记|强调)
    if len(name) not in (2, 3):
        return None
    if any(t.tag in _NAME_TAGS for t in an.model_tokens_between(pos, pos + 3)):
        return None
    return name


def _one_word_before_an_adverb(an: Analysis, pos: int, length: int) -> bool:
    """Whether the model reads a name of three characters as one word, of another kind, and an adverb after it:
    贾塘乡科技副乡长|包国成/v|充分/ad|发挥 (中卫日报, a county's farms), the surname a verb's character."""
    words = an.model_tokens_between(pos, pos + length + 2)
    return (length == 3 and len(words) >= 2 and (words[0].start, words[0].end) == (pos, pos + 3)
            and words[1].start == pos + 3 and words[1].tag in ("d", "ad"))


# (and 等 after the last of a list: 市财政局农业农村处处长|谈洁/v|等一行, 常州市's page on a village, 2022)
_ITEM_ENDS = ("、", "，", "等")
_OFFICIALS_VERBS = tuple(word_set("verbs_after_officials"))
_NAME_TAGS = pos_tags("model_names_and_times")


def _hold(an: Analysis, person: Mention, posts: list[Post], at: int) -> None:
    """Give ``person`` the posts; one in a body that reads as China's is held where the holder's country
    says (:func:`_body_of_the_holders_country`: 印度总统穆尔穆、|总理|莫迪 -> 印度政府)."""
    for organisation, title, former in posts:
        body = _body_of_the_holders_country(an, person, organisation, title)
        if body is not None:
            an.fact(person.key, "holdsPost", body.key, at, title=title, former=former)


def _body_of_the_holders_country(an: Analysis, person: Mention, organisation: Mention, title: str) -> Mention | None:
    """The body a post read in ``organisation`` is held in, given who holds it: ``organisation`` itself, but
    a foreign official's in one of China's central bodies (written bare, a ministry: 国防部; or implied by
    the title: 国务院) is his country's (:func:`_holders_country`): the ministry named with the country
    (包括俄罗斯总检察长…、|国防部|长|绍伊古 -> 俄罗斯国防部), the body the title implies in a foreign country
    (data/posts/foreign_titles.tsv: 印度总统穆尔穆、|总理|莫迪 -> 印度政府), or none."""
    if organisation.label not in _chinas_bodies():
        return organisation
    written = organisation.end > organisation.start
    if written and not organisation.label.endswith("部"):
        return organisation  # 国务院|总理 and 中共中央|总书记 written out are China's in any story
    chain = organisation.start if written else person.start - len(title)
    country = _holders_country(an, person, chain)
    if country is None:
        return organisation
    if written:
        return _implicit(an, country + organisation.label, person.start)  # 俄罗斯|国防部
    return _country_organisation(an, (country, person.start), title, person.start)


def _holders_country(an: Analysis, person: Mention, chain: int) -> str | None:
    """The foreign country whose official ``person`` is, named with a chain of titles written from
    ``chain`` that reads as China's: a name that does not read as Chinese (names.reads_as_chinese) after a
    foreign country in its sentence (印度总统穆尔穆、|总理|莫迪, xwlb-20230603-01; 乌|政府将撤换|国防部|长|
    列兹尼科夫, xwlb-20230207-09), or any name listed after another person's name and 、 in a clause a
    foreign country opens (包括俄罗斯总检察长克拉斯诺夫、…瓦伊诺、|国防部|长|绍伊古, xwlb-20230627-18).  A
    Chinese name after no such 、 is China's official in a foreign story (国务院总理李强在印尼…), and so is one
    within a chain of his own titles (越南…向中共中央总书记|、|国家主席|习近平, xwlb-20230311-19)."""
    start = an.sentence(person.start)[0]
    if reads_as_chinese(person.text):
        if an.text[chain - 1:chain] != "、" or not _name_ends_at(an, chain - 1):
            return None
        start = max(_clause_start(an.text, chain), start)
    return _foreign_country_between(an, start, chain) or _country_proposed_between(an, start, chain)


def _name_ends_at(an: Analysis, pos: int) -> bool:
    """Whether a person's name ends at ``pos``: a person read, or a name the model read (the first stage
    reads officials before the people stage: 克里姆林宫总统办公厅主任瓦伊诺|、)."""
    return any(m.type == "Person" and m.end == pos and m.end > m.start for m in an.mentions) or \
        pos in an.pending_names.values()


def _organisation_of(an: Analysis, agency: Mention, title: str) -> Mention:
    """The organisation a title of a chain is held in: the chain's, except
    石首市委副书记、市长 (a division head's title after its party committee is a post in
    the division's government, 石首市人民政府) and 中共中央总书记、国家主席 (a title that
    always names its own organisation: 中华人民共和国)."""
    implied = _implied().get(title)
    if implied is not None and implied[1] == "always":
        country = _country_named_first(agency.label)
        if country is not None:  # 老挝人民革命党中央|总书记|、|国家主席|通伦 (xwlb-20231019-19): 老挝's
            return _country_organisation(an, (country, agency.start), title, agency.end) or agency
        return _implied_organisation(an, title, agency.end)
    division, label = agency.prop("division"), agency.prop("division_label")
    if label and agency.label == label + "人大" and not label.endswith(TOWNSHIP_LEVEL_CHARACTERS) \
            and title in word_set("congress_standing_titles"):
        # 县|人大|主任|向勇 (青川县's page, 2016), 县人大副主任袁余先: the county congress's standing committee's
        return _standing_committee_written_short(an, agency)
    if title in _COUNCIL_HEAD_TITLES and agency.label.endswith(_PARTY_BODIES):
        # 仙人位社区党委|书记、|主任|李莉 (汉川市's community), 某村党支部书记、主任: the head of the village's or the
        # community's own council, who so often holds both posts (a village's 村民委员会, a community's 居民委员会)
        place = _place_of_party_body(agency.label)
        council = village_council(place, _VILLAGE_COUNCIL) if place.endswith("村") else \
            canonical_head(place + _COMMUNITY_COUNCIL) if place.endswith("社区") and len(place) > 2 else None
        if council is not None:
            return _division_body(an, council, division if label and place.startswith(label) else None, agency.end)
    body = government_title_body(title, label)
    if body is None and agency.label.endswith(_PARTY_BODIES) and title not in _party_titles():
        owner = _place_of_party_body(agency.label)
        if owner[-1:] not in _LEVEL_CHARACTERS and owner.endswith(ordered_lexicon("org_suffixes.txt")):
            # 中国电力建设集团有限公司党委|常委|、|副总经理|王斌: the company's post, not its committee's
            return _implicit(an, owner, agency.end)
    if body is None:
        return agency
    if not agency.label.endswith(_PARTY_BODIES):
        if division is None or not label or not agency.label.startswith(label) or agency.label == label + body:
            return agency
        # 东兰县委常委、宣传部长、|副县长|黄文江 (a county's page, 2021): a division head's title in the chain of
        # another body of the division is a post in the division's government
        return _division_body(an, label + body, division, agency.end)
    place = _place_of_party_body(agency.label)
    if place[-1:] in _LEVEL_CHARACTERS and not (label or "").endswith(place[-1]):
        # 白鹤村党支部|书记|、|村委会主任|赵德明: the village's own committee (白鹤村村民委员会), whether the village
        # is linked (the branch's division then the town it lies in: 老观镇白鹤村党支部) or not
        return _division_body(an, place + body, division if label and place.startswith(label) else None, agency.end)
    if division is None or not label:
        return agency
    former = agency.prop("former_division")  # 户县|县委副书记、县长 (2014): 鄠邑区人民政府, spelt 户县人民政府
    return _division_body(an, label + body, division, agency.end, former + body if former else None)


# the titles of a village's or a community's council, and the council of each (word set council_head_titles)
_COUNCIL_HEAD_TITLES = frozenset(word_set("council_head_titles"))
# (written short, their canonical names read from the data: 村委会 -> 村民委员会, 居委会 -> 居民委员会)
_VILLAGE_COUNCIL, _COMMUNITY_COUNCIL = "村委会", "居委会"


@cache
def _party_titles() -> frozenset[str]:
    """The titles of a party body itself (data/posts/party_titles.txt: 书记, 常委, 委员)."""
    return frozenset(row[0] for row in data_table("posts", "party_titles.txt"))


def _place_of_party_body(label: str) -> str:
    """What a party body's name opens with, the place it is of: 白鹤村党支部 -> 白鹤村, 石首市委 -> 石首市."""
    for body in sorted({*_PARTY_BODIES, *("党" + b for b in _PARTY_BODIES)}, key=len, reverse=True):
        if label.endswith(body):
            return label[:-len(body)]
    return label


def _standing_committee_written_short(an: Analysis, congress: Mention) -> Mention:
    """The standing committee of a county's or a city's people's congress whose post the chain names after the congress
    written short (县人大|主任|向勇): an implicit body beside the congress, which keeps its mention and the chain's other
    posts (县人大|党组书记, its 秘书长); a county renamed (户县人大, read as 鄠邑区人大) spells it as written too."""
    spelling = congress.prop("spelling")
    return _division_body(an, congress.label + "常委会", congress.prop("division"), congress.end,
                          spelling=spelling + "常委会" if spelling else None, division_label=congress.prop("division_label"))


def _division_body(an: Analysis, label: str, division: Key | None, at: int, spelling: str | None = None,
                   division_label: str | None = None) -> Mention:
    """The body of a division that a post names but the text does not write
    (城关镇人民政府 for 城关镇镇长): an implicit agency located in the division (where it is linked)."""
    key = agency_key(label)
    body = an.add(Mention.make("Agency", an.doc.id, at, at, "", label, key, division=division, implicit=True,
                               spelling=spelling, division_label=division_label))
    if division is not None:
        an.fact(key, "locatedIn", division, at)
    return body


def _government(an: Analysis, division: Mention, body: str, at: int) -> Mention:
    """The division's own body a title names (县长: 人民政府), named after the division; for one the article
    writes by the name it bore before a rename (户县, now 鄠邑区: a county's page, 2014), that name's body is
    an accepted spelling (户县人民政府 of 鄠邑区人民政府)."""
    former = division.text if written_former(division) else division.prop("former_name")  # the page's home's
    return _division_body(an, division.label + body, division.key, at, former + body if former else None,
                          division_label=division.label)  # (a chain after the title reads its division's units)


def _implicit(an: Analysis, label: str, at: int) -> Mention:
    """An organisation a title names without writing it (国务院 for 国务委员, 英国政府 for
    英国首相, the state 伊朗 for 伊朗总统): an agency mention without a span, by the full name the white list
    gives its name (美国|众议院 is 美国国会众议院, as written out: data/lexicon/known_names.tsv)."""
    label = known_full_name(label)
    return an.add(Mention.make("Agency", an.doc.id, at, at, "", label, agency_key(label), implicit=True))


def _implied_organisation(an: Analysis, title: str, at: int) -> Mention:
    return _implicit(an, _implied()[title][0], at)


def _implied_body_of(an: Analysis, holder: Mention, title: str, chain: int, at: int,
                     abroad: frozenset[Key]) -> Mention | None:
    """The organisation a Chinese title written at ``chain`` implies (国务院 for 总理), weighing its holder:
    none for one the story gives a foreign country's post (``abroad``: 越南国家主席武文赏 … 国家主席|武文赏),
    his country's body for a foreign official (:func:`_holders_country`: 印度总统穆尔穆、|
    总理|莫迪 -> 印度政府), else China's."""
    if holder.key in abroad:
        return None
    country = _holders_country(an, holder, chain)
    if country is not None:
        return _country_organisation(an, (country, holder.start), title, holder.start)
    if local_page(an) and not any(m.label == _implied()[title][0] and m.end > m.start for m in an.of_type("Agency")):
        # a local page's formula (深入学习贯彻|习近平总书记|关于…的重要指示精神, a county's page, 2023) names the
        # nation's leader by his title, and no body the page writes: the post is the national media's to state
        # (world.national_story), the local page's graph holds the bodies it writes (GUIDELINES: the local gold
        # lists no 中共中央 the page never writes, on 21 of 29 pages so)
        return None
    return _implied_organisation(an, title, at)


def _holds_a_stop(an: Analysis, start: int, end: int) -> bool:
    """Whether the words within [start, end) hold a verb, a preposition, a pronoun or a particle, which
    end any name (京|应约|同|国际货币基金组织, xwlb-20230301-09: the model's span runs over them)."""
    tags, stops = word_tags(), pos_tags("unit_run_stops")
    return any(tags.get(word, "") in stops for s, e, word in an.tokens_from(start, end - start) if e <= end)


def _country_organisation(an: Analysis, country: tuple[str, int], title: str, at: int) -> Mention | None:
    """伊朗|总统 -> 伊朗 (the state), 英国|首相 -> 英国政府, 德国|外长 -> 德国外交部;
    after 中国 China's own: 中国|国家主席 -> 中华人民共和国, 中国|外长 -> 外交部."""
    name = country[0]
    if name in _home_country() and title in _implied():
        return _implied_organisation(an, title, at)
    template = _foreign().get(title)
    if template is None:
        return None
    # the state itself is the organisation of its head (伊朗 as an agency: the country's
    # territory is the place of the same name, and a post is held in an organisation)
    return _implicit(an, template.format(country=name), at)


@cache
def _chinas_bodies() -> frozenset[str]:
    """China's central bodies by name: national_agencies.tsv's, those a title implies (中华人民共和国) and
    data/posts/central_bodies.txt's (国防部)."""
    return (frozenset(alias_table("national_agencies.tsv")) | {row[0] for row in _implied().values()}
            | {row[0] for row in data_table("posts", "central_bodies.txt")})
