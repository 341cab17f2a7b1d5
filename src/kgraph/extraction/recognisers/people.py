"""Stage 3: people — reporters from bylines and other named people (村民洪绍山,
学员刘甜), and the name helpers every stage that reads people shares.

Officials and their posts (公安县委副书记、政法委书记冯荆柯) are read just before, by
:mod:`kgraph.extraction.posts`.  Anonymised people (谢某, 刘女士) are skipped.
"""
from __future__ import annotations

import re
from functools import cache

from ...gazetteer import gazetteer
from ...model import Key, Mention
from ...resources import data_words, find_words, lexicon, word_pattern, word_set, word_tags
from ..analysis import Analysis, stage
from ..lexicons import DIVISION_ENDINGS, person_roles
from ..linkers import canonical_head, division_key, link_person

# the name helpers live in kgraph.extraction.names; they stay importable from here
from ..names import (AFTER_NAME, anonymous_tails, person_key, read_name, reads_as_chinese, scope_of,  # noqa: F401
                     surnames, title_at)
from .agencies import agency_key, home_division, implied_home

__all__ = ["find_people", "person_key", "read_name", "scope_of", "surnames", "title_at", "anonymous_tails"]


@cache
def _role_words() -> re.Pattern[str]:
    return word_pattern(person_roles())




def _known_name(an: Analysis, pos: int, name: str | None) -> bool:
    """Whether ``name`` at ``pos``, after a role word, is a name the model missed but the dictionary
    knows whole as a person's (nr), of three characters, where the model read no name of any type:
    新华社记者|曲志/n|红/a|、本报记者杨振武 (pd-dev-01425; jieba: 曲志红/nr)."""
    if name is None or len(name) != 3 or word_tags().get(name, "") != "nr":
        return False
    end = pos + len(name)
    # the model's words there lie inside the name, in pieces, none a name nor a word of the dictionary
    # (曲志/n|红/a): not 居民|幸福感/n (a word it reads whole; jieba tags it nr), 企业家|高/a|峰会/n
    # (xwlb-20231103-08: 峰会 is a word)
    inside = [t for t in an.model_tokens if t.start < end and pos < t.end]
    tags = word_tags()
    return len(inside) >= 2 and all(
        pos <= t.start and t.end <= end and t.tag not in ("PER", "ORG", "LOC")
        and (t.end - t.start < 2 or tags.get(an.text[t.start:t.end], "nr")[:2] == "nr") for t in inside)


def _name_read_as_a_word(an: Analysis, pos: int) -> str | None:
    """The name at ``pos``, after a role word, that is one word of the model's that it tagged as no name, of three
    characters and no word of the dictionary's, a surname first: 村民|于登银/p|给|记者 (a county's page, 2021; the
    surname 于 is a preposition too, the model read the whole name as one word, and jieba cut it 于|登银给)."""
    token = an.model_token_at(pos)
    if token is None or token.end - token.start != 3 or token.tag not in _FUNCTION_WORD_TAGS:
        # (the tag of the function word the surname is, no noun's or verb's: 中国农民|丰收节/v, 工人|师傅们/n, xwlb-2023)
        return None
    name = an.text[token.start:token.end]
    if name in word_tags() or name[0] not in surnames()[0] or not reads_as_chinese(name):
        return None
    return name


# the tags of a function word a surname is too (于/p, 和/c), which the model gives the name it reads as one word
_FUNCTION_WORD_TAGS = frozenset({"p", "c", "d", "u"})


def _divisions_only(an: Analysis, name: str) -> bool:
    """Whether ``name`` is the names of divisions the article names, one after another (沙坡头区|文昌镇)."""
    named = sorted({m.text for m in an.of_type("AdministrativeDivision") if m.end > m.start}, key=len, reverse=True)
    while name:
        division = next((d for d in named if name.startswith(d)), None)
        if division is None:
            return False
        name = name[len(division):]
    return True


def _credited_body(an: Analysis, organization: str | None) -> str | None:
    """The medium a byline credits, by its full name: a bare kind of medium (本报讯（|融媒体中心|记者宋乐义, a city's
    page, 2023: media_suffixes.txt holds 融媒体中心) is the page's publisher of that kind (晚报 of 宜宾晚报), else the
    paper's home's (汝州市融媒体中心), none when the page's home is not known (GUIDELINES: an unresolved short form is
    no name); a named one as written (荆州日报)."""
    if not organization:
        return organization
    if organization.endswith(DIVISION_ENDINGS) and _divisions_only(an, organization):
        return None  # 来源:沙坡头区文昌镇 (a town's site, 2022): the division whose site it is, no body (but 今日桐乡)
    kind = organization in lexicon("media_suffixes.txt") or organization in word_set("periodical_heads")
    own = next((name for name, *_ in an.doc.publishers if name.endswith(organization) and name != organization), None) \
        if kind else None
    if own is not None:
        # 来源:宜宾晚报 … 晚报记者 向伟 (a city paper's site, 2019), …(时报记者 郑育俊) on 莆田时报's page: the page's own
        # paper, by its kind
        return own
    if organization.endswith("融媒") and (county := _county_written_short(an, organization[:-2])) is not None:
        return county + "融媒体中心"  # 平原融媒记者 何世聪 on a page naming 平原县 (德州新闻网, 2021): its media centre
    if organization[:1] in word_set("division_level_characters") and organization[1:] in lexicon("media_suffixes.txt"):
        # 信息来源:县融媒体中心 (平利县's site, 2022): the centre of the page's division of that level (its home's, else
        # the one of that level it writes), none unsaid
        home = home_division(an, organization[0])
        written = {m.label for m in an.of_type("AdministrativeDivision") if m.end > m.start
                   and m.label.endswith(organization[0]) and len(m.label) >= 2}
        label = home[0] if home is not None else (written.pop() if len(written) == 1 else None)
        return None if label is None else label + organization[1:]
    if organization not in lexicon("media_suffixes.txt"):
        # a periodical's kind alone with no paper of the page it stands for ((时报记者 郑育俊) under 来源:本站, a
        # district's site, 2025): no name (GUIDELINES: an unresolved short form is none)
        if organization in word_set("periodical_heads"):
            return None
        # a division's body credited by its name as written, named as the article names it (作者:|芦淞区统战部, 芦淞区's
        # united-front page, 2021: 芦淞区委统战部)
        opens = any(organization.startswith(m.label) and len(organization) > len(m.label)
                    for m in an.of_type("AdministrativeDivision") if len(m.label) >= 2)
        return canonical_head(organization) if opens else organization
    node = an.region.node
    return None if node is None else gazetteer().names[node] + ("融媒体中心" if organization == "融媒" else organization)


def _county_written_short(an: Analysis, short: str) -> str | None:
    """The county the page writes whose short name is ``short`` (平原 of 平原县), or None."""
    return next((m.label for m in an.of_type("AdministrativeDivision")
                 if m.prop("level") == "county" and m.label != short and m.label.startswith(short)
                 and len(m.label) - len(short) == 1), None)


def _county_stations() -> tuple[str, ...]:
    """What a county's station or media centre is named with after its short name (word sets county_station_endings,
    county_media_endings: 电视台, 融媒体中心)."""
    return (*word_set("county_station_endings"), *word_set("county_media_endings"))


def _division_of_a_medium(an: Analysis, organization: str) -> Key | None:
    """The division a source field's body serves, one the article names: the division its name opens with, written
    whole (来源:如皋市人民政府, 来源 : 敦化市融媒体中心: city sites, 2019-2022), or the page's home its short name opens
    it with (宁晋报 on 宁晋县's page), and the page's home its government's site is (旬阳市人民政府 in the breadcrumb: the
    home added as a division without a span, where the story writes it nowhere); None for another (人民日报, 新华网)."""
    named = {m.label: m.key for m in an.of_type("AdministrativeDivision")}
    whole = next((organization[:size] for size in range(min(len(organization) - 1, 12), 1, -1)
                  if organization[:size] in named), None)
    if whole is not None:
        return named[whole]
    gaz = gazetteer()
    # (or a county the article names whose short name opens its station's or media centre's name: 沂水县… (|沂水电视台|记者
    # 徐永强), a city site's story of 沂水县, 2020; not a paper's, which a city names after its mountain: 井冈山报, 吉安市's)
    by_short = {gaz.shorts[m.prop("node")]: m.key for m in an.of_type("AdministrativeDivision")
                if m.prop("node") is not None and m.prop("level") == "county" and gaz.shorts[m.prop("node")]}
    short = next((organization[:size] for size in (3, 2) if len(organization[:size]) == size
                  and organization[:size] in by_short), None)
    if short is not None and organization[len(short):] in _county_stations() \
            and organization not in data_words("world", "national_media.txt"):
        return by_short[short]
    # (or a county the divisions the article names lie in: 来源:通州区文明办 above 玉桥街道…净水园社区, 通州区's page,
    # 2019 — the district added without a span, as the page's home is below)
    above = {gaz.names[n]: n for m in an.of_type("AdministrativeDivision") if m.prop("node") is not None
             for n in gaz.ancestors(m.prop("node")) if gaz.levels[n] >= 2 and not gaz.is_placeholder(n)}
    ancestor = next((organization[:size] for size in range(min(len(organization) - 1, 12), 1, -1)
                     if organization[:size] in above), None)
    if ancestor is not None:
        node = above[ancestor]
        return implied_home(an, (ancestor, division_key(node), node, None), 0).key
    region = an.region.node
    if region is None:
        return None
    if organization.startswith(gaz.names[region]) and organization.endswith(word_set("site_owner_heads")) \
            and gaz.levels[region] >= 2:
        # 您当前的位置: 旬阳市人民政府> 工作动态 (旬阳市's site, 2022; the story names 关口镇 only): the government whose
        # site the page is on serves the page's home, which its name names
        return implied_home(an, (gaz.names[region], division_key(region), region, None), 0).key
    short = gaz.shorts[region]
    home = named.get(gaz.names[region])
    # (a local medium's name: the short name and a medium's ending, 宁晋|报; never a national medium's namesake of a
    # district, 光明日报 on a page of 光明区, 新华网 on one of 新华区)
    local = (short and len(short) >= 2 and organization.startswith(short)
             and organization[len(short):].endswith((*word_set("local_medium_endings"), *_county_stations()))
             and organization not in data_words("world", "national_media.txt"))
    return home if local else None


@stage(reads=("text", "tokens", "model_tokens", "Person", "AdministrativeDivision"),
       writes=("Person", "Agency", "AdministrativeDivision", "holdsPost", "reporterOf", "locatedIn"))
def find_people(an: Analysis) -> None:
    """People the officials stage (kgraph.extraction.posts) did not read: those a role
    word introduces, and the reporters of the bylines."""
    text = an.text
    # 1. officials, with their posts, were read by kgraph.extraction.posts.find_officials
    taken = {(m.start, m.end) for m in an.of_type("Person")}
    # 2. other people introduced by a role word: 村民洪绍山, 学员刘甜
    roles = person_roles()
    divisions = an.of_type("AdministrativeDivision")
    for start, pos, role in find_words(_role_words(), text):
        if start not in an.boundaries or pos >= len(text):
            continue
        name = read_name(text, pos, an.boundaries)
        if an.model_tokens is not None and an.model_names.get(pos) != pos + len(name or "") and not _known_name(
                an, pos, name):
            if (name := _name_read_as_a_word(an, pos)) is None:
                continue  # with a model, it decides what is a name: 群众|安全感 is not 安全感
        if name is None or any(s <= pos < e for s, e in taken) or any(
                m.start < pos + len(name) and pos < m.end for m in divisions):
            continue  # 老人游|荆州: a place, not a name
        taken.add((pos, pos + len(name)))
        link_person(an, pos, pos + len(name), roles[role], introduced_as=role)
    # 3. reporters and photographers from the bylines
    for reporter in an.doc.reporters:
        person = an.add(Mention.make(
            "Person", an.doc.id, 0, 0, reporter.name, reporter.name,
            person_key(reporter.name, scope_of(an)),
            role="journalist", credit=reporter.role, source_span=(reporter.start, reporter.end),
        ))
        an.fact(person.key, "reporterOf", Key("document", an.doc.id), 0, credit=reporter.role, evidence="byline")
        organization = _credited_body(an, reporter.organization)
        if organization:
            key = agency_key(organization)
            if reporter.organization not in (name for name, _, _ in an.doc.publishers):
                # the medium written right before the role (荆州日报|签约摄影师); a dateline's (晨报讯（记者杨莉…）,
                # 新华社香港1月25日电（记者…）) is a publisher of the page, written where its own span says (4. below)
                an.add(Mention.make("Agency", an.doc.id, 0, 0, reporter.organization, organization, key,
                                    source_span=(reporter.start - len(reporter.role) - len(reporter.organization),
                                                 reporter.start - len(reporter.role))))
                # (in the division it is named after, as a publisher is: …守住防汛工作底线。(|沂水电视台|记者 徐永强), a
                # county's page, 2020: 沂水县)
                division = _division_of_a_medium(an, organization)
                if division is not None:
                    an.fact(key, "locatedIn", division, 0)
            an.fact(person.key, "holdsPost", key, 0, title=reporter.role, evidence="byline")
        elif reporter.organization is None and reporter.role.endswith("记者") and len(an.doc.publishers) == 1 \
                and (paper := _credited_body(an, an.doc.publishers[0][0])):
            # 日期:[2018年06月13日] -- 菏泽日报 -- … 本报讯(记者 李若生 …) (a city paper's e-paper, 2018): a reporter the
            # credit names no medium for is the one medium the page credits (its paper, 本报); the medium itself is
            # an agency of the article below (4.)
            an.fact(person.key, "holdsPost", agency_key(paper), 0, title=reporter.role, evidence="byline")
    # 4. the media the page's source fields credit the article to (来源:温州都市报), as its bylines' are
    for name, start, end in an.doc.publishers:
        organization = _credited_body(an, name)
        if organization:
            an.add(Mention.make("Agency", an.doc.id, 0, 0, name, organization, agency_key(organization),
                                source_span=(start, end)))
            division = _division_of_a_medium(an, organization)
            if division is not None:
                an.fact(agency_key(organization), "locatedIn", division, 0)
    an.mentions.sort(key=lambda m: (m.start, -m.end))
