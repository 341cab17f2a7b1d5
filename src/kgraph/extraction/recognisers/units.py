"""Units the model reads alone, named with the body they belong to: a bureau's field unit (刑侦大队 of the one police
bureau the article named), a court's unit and its tribunals, a unit the model read on from a named body, and the
bodies of a foreign party's centre read in its chain of titles.  Run by
:func:`kgraph.extraction.recognise.find_model_agencies` after the model's organisations are linked.
"""
from __future__ import annotations

from functools import cache

from ...gazetteer import gazetteer
from ...merge import agency_kind
from ...model import Mention
from ...resources import (alias_table, every_occurrence, lexicon, longest_first, offsets, ordered_lexicon, table,
                          word_set, word_tags)
from ..analysis import Analysis, SpanIndex
from ..lexicons import CJK_RUN, foreign_parties, org_heads
from ..linkers import agency_key
from ..names import title_at
from .divisions import TOWNSHIP_SUFFIXES, UPPER_LEVEL_CHARACTERS, VILLAGE_SUFFIXES
from ..world import foreign_country_first

__all__ = ["foreign_chains", "tribunals_of_the_court", "units_of_the_bureau", "units_of_the_court", "units_read_on_from_a_named_body"]

def units_of_the_bureau(an: Analysis) -> None:
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


def units_of_the_court(an: Analysis) -> None:
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
        if len(before) != 1 or not (start == 0 or not CJK_RUN.match(text[start - 1])
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


def units_read_on_from_a_named_body(an: Analysis) -> None:
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


def tribunals_of_the_court(an: Analysis) -> None:
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
    # the court and the tribunal's town the model reads as one body, the tribunal's head left out (现任|永德县人民法院乌木龙/ORG|
    # 法庭|庭长, a county court's page, 2021): no body of its own, the tribunal's words read below
    run_on = {m.end: m for m in an.of_type("Agency") if any(m.start == c.start and c.end < m.end for c in courts)}
    taken = SpanIndex((m.start, m.end) for m in an.mentions if m.end > m.start and m.type != "Place"
                      and not (m.end in run_on and run_on[m.end] is m))
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
            run = run_on.get(at)
            an.mentions[:] = [m for m in an.mentions if not (m.type == "Place" and m.start < end and start < m.end)
                              and m is not run]
            an.add(Mention.make("Agency", an.doc.id, start, end, text[start:end], label, agency_key(label),
                                division=before.prop("division"), division_label=before.prop("division_label")))
            an.fact(agency_key(label), "subOrganizationOf", before.key, start)
            an.fact(agency_key(label), "locatedIn", before.prop("division"), start)
            break


def foreign_chains(an: Analysis) -> None:
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
            if not title or not CJK_RUN.fullmatch(title) or not any(title.endswith(t) for t in titles):
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
