"""Corpus-level resolution: mentions with one key become one entity, across
articles and files; divisions get their gazetteer ancestors down to a prefecture and a ``partOf``
chain; facts become relations with the sentences they were read from.

A country is one entity whatever names it (:func:`kgraph.extraction.world.country_key`):
俄罗斯, 俄国, 俄 written alone and 俄方 are ``place:俄罗斯``, and so is the state its
president's post is held in (the agency 俄罗斯 the posts stage names, EVENTS.md): one node is
the country's territory and its state, a Place marked ``state`` (its posts are held in it).

People of one name read in different scopes (files of one county whose region the articles do
not show) who hold the same post, the same title in the same agency, are one official
(:meth:`Resolver._one_person_per_official`); two 王伟 with no post in common stay two.

The resolver is fed one analysed document at a time and keeps only what the
entities and relations need, so memory follows the graph, not the corpus.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Any

from ..errors import InputError
from ..gazetteer import gazetteer
from ..merge import (Holding, agency_kind, combine_holdings, event_day, event_id, event_title, holding,
                     outer_locations, preferred, same_officials)
from ..model import (
    ArticleRecord,
    Document,
    Entity,
    Event,
    EventMention,
    Extraction,
    IncompleteFact,
    Key,
    RecordEvent,
    RecordFact,
    RecordMention,
    Relation,
    Span,
    calendar_date,
    check_ends,
)
from ..resources import data_words, ordered_lexicon, table, word_set
from ..schema import entity_type_of_kind
from .analysis import Analysis
from .lexicons import party_prefixes, without_party_prefix
from .recognisers.divisions import division_key
from .world import country_key

__all__ = ["Resolver", "EventResolver", "article_record", "record_events"]

_MENTION_ONLY = ("source_span", "division_label", "anaphor", "abbreviated", "implicit", "spelling", "former_division",
                 "former_name", "party_congress")
# a division the text does not name is added above a named one only down to a prefecture: a
# province and city hold the named county in every reader's mind (GUIDELINES lists 湖北省 above
# 公安县 as optional), while the street and district the gazetteer puts above a named community
# (东湖里社区 on a page of 海口: 美兰区|海府街道) are a lookup's guess that no reader of the page
# makes; the community is partOf 海口市, its gazetteer name still says where it lies
# (海南省海口市美兰区海府街道东湖里社区)
_LOWEST_INFERRED_LEVEL = 2


def _spelling_of(label: str, spelling: str, division: str) -> str:
    """The other spelling of ``label``, when a later stage read the body on into its unit and left the body's: the
    unit's words after it too (乳源瑶族自治县人大常委会 spelt 乳源县人大常委会, read on as 县人大常委会|财经工委, a county
    congress's page, 2018: 乳源县人大常委会财经工委, no alias of the standing committee's on its unit)."""
    if not division or not label.startswith(division) or spelling.endswith(label[len(division):]):
        return spelling
    tail = label[len(division):]
    grown = next((k for k in range(len(tail) - 1, 1, -1) if spelling.endswith(tail[:k])), None)
    return spelling if grown is None else spelling + tail[grown:]


def article_record(an: Analysis) -> ArticleRecord:
    """An analysed article as a record: spans mapped to the source, texts cleaned,
    the article's text dropped (memory follows the graph, not the corpus)."""
    doc = an.doc
    mentions = []
    for mention in an.mentions:
        given = dict(mention.props)  # read once: Mention.prop searches the tuple
        # a key held as a property (an agency's division) is kept as its text, as shards and the JSON show it
        props = tuple((k, str(v) if isinstance(v, Key) else v) for k, v in mention.props
                      if k not in _MENTION_ONLY and v is not None)
        if given.get("spelling"):  # another accepted full name (房县委 is written 房县县委 too): an alias, also
            # of a body read only inside a longer name (县总工会|党组 on a page that names 户县: 户县总工会)
            spelling = _spelling_of(mention.label, given["spelling"], given.get("division_label") or "")
            mentions.append(RecordMention(mention.type, mention.key, mention.label, spelling, None, props))
        if given.get("implicit"):
            mentions.append(RecordMention(mention.type, mention.key, mention.label, None, None, props))
            continue
        text = mention.text.replace("\n", "")
        label = mention.label
        written = doc.text[mention.start:mention.end].replace("\n", "")
        if written != text and len(written) == len(text) and text in label:
            # the stages read the text with full-width marks (Analysis.text): a name the page writes with ASCII
            # marks keeps them (中国蓝星(集团)股份有限公司, a county's page, 2015), as its reader sees it
            label, text = label.replace(text, written), written
        # 县法院, 该中心: not names on their own
        alias = text if text and not (given.get("anaphor") or given.get("abbreviated")) else None
        division = given.get("division_label")
        if alias is None and given.get("abbreviated") and not given.get("anaphor") and division \
                and text[:1] == division[-1:] and len(text) > 2 and mention.type == "Agency":
            # 区|城管局 on 西城区's page (2021): 西城区城管局, the short name its reader writes, beside the canonical
            # 西城区城市管理局 the head spells out
            alias = division + text[1:]
        span = given.get("source_span")
        if span is None:
            span = doc.source_span(mention.start, mention.end)
        mentions.append(RecordMention(mention.type, mention.key, label, alias,
                                      Span(doc.id, span[0], span[1], text), props))
    facts = []
    for fact in an.facts:
        props = tuple(p for p in fact.props if p[0] != "evidence")
        if dict(fact.props).get("evidence") == "byline":
            credit = next(iter(doc.reporters), None)
            span = Span(doc.id, credit.start, credit.end, credit.name) if credit else None
        else:
            start, end = doc.source_span(fact.start, fact.end)
            span = Span(doc.id, start, end, doc.text[fact.start:fact.end].replace("\n", ""))
        facts.append(RecordFact(fact.subject, fact.predicate, fact.object, props, span))
    stripped = replace(doc, text="", pieces=((0, doc.start, doc.end - doc.start),), body_start=0,
                       digest=doc.digest or hashlib.sha1(doc.text.encode("utf-8")).hexdigest())
    return ArticleRecord(stripped, tuple(mentions), tuple(facts), tuple(an.notes), record_events(doc, an.events))


def record_events(doc: Document, events: list[EventMention]) -> tuple[RecordEvent, ...]:
    """An article's events as its record keeps them: the mentions of one happening (one
    per sentence, alike but for where) become one event with each sentence as evidence,
    mapped to the source."""
    grouped: dict[tuple, dict[Span, None]] = {}
    for event in events:
        start, end = doc.source_span(event.start, event.end)
        span = Span(doc.id, start, end, doc.text[event.start:event.end].replace("\n", ""))
        grouped.setdefault((event.type, event.trigger, event.arguments, event.date, event.props), {})[span] = None
    return tuple(RecordEvent(type_, trigger, arguments, date, props, tuple(spans))
                 for (type_, trigger, arguments, date, props), spans in grouped.items())


@dataclass
class _Pending:
    type: str
    labels: set[str] = field(default_factory=set)
    aliases: set[str] = field(default_factory=set)
    mentions: list[Span] = field(default_factory=list)
    props: dict[str, set[Any]] = field(default_factory=lambda: defaultdict(set))


def _rekeyed(record: ArticleRecord, keys: dict[Key, Key], mentions: list[RecordMention]) -> ArticleRecord:
    """The record with its ``mentions`` (already moved) and every fact's and event's end
    that ``keys`` moves, moved: one way to make two keys of an article one entity."""
    facts = tuple(replace(f, subject=keys.get(f.subject, f.subject), object=keys.get(f.object, f.object))
                  for f in record.facts)
    events = tuple(replace(e, arguments=tuple((role, keys.get(key, key)) for role, key in e.arguments))
                   for e in record.events)
    return replace(record, mentions=tuple(mentions), facts=facts, events=events)


def _one_per_short_name(record: ArticleRecord) -> ArticleRecord:
    """A person the article names in full with a dot and later by the last part alone is
    one person: 美国|调查|记者|西摩·赫什 … 赫什|称 (xwlb-20230212-13; 赫什 alone was an entity
    of its own in 20 stories of 2023), labelled with the full name; only where one full
    name of the article ends so (约翰·史密斯和安娜·史密斯 … 史密斯 stays apart)."""
    people = {m.label: m.key for m in record.mentions if m.type == "Person"}
    by_last: dict[str, list[str]] = defaultdict(list)
    for label in people:
        last = label.rsplit("·", 1)[1] if "·" in label else ""
        if len(last) >= 2:
            by_last[last].append(label)
    full = {people[last]: labels[0] for last, labels in by_last.items()
            if last in people and len(labels) == 1 and people[last] != people[labels[0]]}
    if not full:
        return record
    keys = {short: people[label] for short, label in full.items()}
    mentions = [replace(m, key=keys[m.key], label=full[m.key]) if m.key in keys else m for m in record.mentions]
    return _rekeyed(record, keys, mentions)


def _one_per_unit_name(record: ArticleRecord) -> ArticleRecord:
    """A unit the article names in full with its parent body, and elsewhere without it, is one
    agency labelled with the full name: 中牟县公安局东风路派出所 … 东风路派出所|程允 … 中牟县|东风路派出所
    (a county police station's story, 2021), 郸城县公安局胡集派出所 … 胡集派出所所长张磊 (周口日报, 2023).
    The shorter name is the full one with its parent left out (a body's name: 公安局); its own part keeps
    four characters or more (东风路派出所, not 外交部); and only one full name of the article so ends (two
    stations of one name under two bureaus stay apart).  A party body written with 中共 and without it
    is one too, labelled without it as the party's bodies are (中共屏南县委常委会 … 屏南县委常委会: 屏南县
    委常委会, a county's story of 2010)."""
    agencies = {m.label: m.key for m in record.mentions if m.type == "Agency"}
    if len(agencies) < 2:
        return record
    labels = {key: label for label, key in agencies.items()}
    # the units whose parent the article names: 中牟县公安局东风路派出所 subOrganizationOf 中牟县公安局 (not
    # 德国最大商业银行德意志银行, a description glued before a name)
    parents = {labels[f.subject]: labels[f.object] for f in record.facts
               if f.predicate == "subOrganizationOf" and f.subject in labels and f.object in labels}
    # a full name ends as the shorter one does, in four characters at least: only those are compared (an
    # article of thousands of bodies is not read pair by pair)
    by_ending: dict[str, list[str]] = defaultdict(list)
    for label in agencies:
        by_ending[label[-4:]].append(label)
    full: dict[Key, str] = {}
    for short, key in agencies.items():
        longer = [label for label in by_ending[short[-4:]]
                  if agencies[label] != key and _leaves_out_a_parent(label, short, parents)]
        # of names that each leave out more of one name (中牟县东风路派出所 of 中牟县公安局东风路派出所), the fullest
        longer = [label for label in longer if not any(other != label and _leaves_out_a_parent(other, label, parents)
                                                       for other in longer)]
        if len(longer) != 1:
            continue
        if longer[0] in (party + short for party in party_prefixes()):
            full[agencies[longer[0]]] = short  # 中共屏南县委常委会 is 屏南县委常委会, the party's bodies' labels
        else:
            full[key] = longer[0]
    full = {key: label for key, label in full.items() if agencies[label] not in full}  # no chains
    if not full:
        return record
    keys = {key: agencies[label] for key, label in full.items()}
    mentions = [replace(m, key=keys[m.key], label=full[m.key], alias=m.alias or m.label) if m.key in keys else m
                for m in record.mentions]
    return _rekeyed(record, keys, mentions)


def _one_per_spelling(record: ArticleRecord) -> ArticleRecord:
    """Two agencies, or two places, of an article whose names differ only in how they write a thing are one, labelled with
    the fuller name: a division's short name and its full one (县城投集团公司 … 石城城投集团 … 石城县城投集团, a county's page, 2022:
    石城 is 石城县), a paper and its office (安徽商报 … 安徽商报社主办, a county's festival, 2018, as the white list's
    人民日报 is 人民日报社)."""
    gaz = gazetteer()
    keys: dict[Key, Key] = {}
    fuller: dict[Key, str] = {}
    for type_ in ("Agency", "Place"):
        named_so = {m.label: m.key for m in record.mentions if m.type == type_}
        if len(named_so) < 2:
            continue
        found: dict[Key, str] = {}
        for label, key in named_so.items():
            # (报社: the paper's head 报, then 社)
            office = next((label + office[-1] for office in word_set("paper_offices") if type_ == "Agency"
                           and label.endswith(office[:-1]) and named_so.get(label + office[-1], key) != key), None)
            if office is not None:
                found[key] = office
                continue
            for size in (2, 3, 4):
                rest = label[size:]
                if len(rest) < 2:
                    break
                # (the short name, or the short name and its level's character: 甘孜州|民族博物馆 is 甘孜藏族自治州民族博物馆, a
                # prefecture's museum opened, 2014)
                written = label[:size]
                nodes = gaz.by_short.nodes(written) or (
                    tuple(n for n in gaz.by_short.nodes(written[:-1]) if gaz.names[n].endswith(written[-1]))
                    if len(written) > 2 else ())
                named = next((gaz.names[n] + rest for n in nodes if named_so.get(gaz.names[n] + rest, key) != key), None)
                if named is not None:
                    found[key] = named
                    break
        found = {key: label for key, label in found.items() if named_so[label] not in found}  # no chains
        fuller.update(found)
        keys.update({key: named_so[label] for key, label in found.items()})
    if not fuller:
        return record
    mentions = [replace(m, key=keys[m.key], label=fuller[m.key], alias=m.alias or m.label) if m.key in keys else m
                for m in record.mentions]
    return _rekeyed(record, keys, mentions)


def _one_joint_body(record: ArticleRecord) -> ArticleRecord:
    """A division's bodies that work as one office (data/lexicon/joint_bodies.tsv: 纪委监委, its 纪委 and 监委), on a
    page that names the joint office, are that office: 来源: 盐亭县纪委监委 … 县委常委、纪委书记、监委主任刘帆 (a
    county's page, 2021: 盐亭县纪委 and 盐亭县监委 are 盐亭县纪委监委, their labels its aliases)."""
    agencies = {m.label: m.key for m in record.mentions if m.type == "Agency"}
    joint: dict[Key, tuple[str, Key]] = {}
    for whole, parts in table("joint_bodies.tsv"):
        for label, key in agencies.items():
            if label.endswith(whole) and len(label) > len(whole):
                for part in parts.split():
                    named = agencies.get(label[:-len(whole)] + part)
                    if named is not None and named != key:
                        joint[named] = (label, key)
    if not joint:
        return record
    mentions = [replace(m, key=joint[m.key][1], label=joint[m.key][0], alias=m.alias or m.label) if m.key in joint
                else m for m in record.mentions]
    return _rekeyed(record, {key: whole_key for key, (_, whole_key) in joint.items()}, mentions)


def _leaves_out_a_parent(full: str, short: str, parents: dict[str, str]) -> bool:
    """Whether ``short`` is ``full`` with the name of the parent the article gives it taken out
    (东风路派出所 and 中牟县东风路派出所 of 中牟县公安局东风路派出所, whose parent is 中牟县公安局), or
    the party's 中共 (中共屏南县委常委会)."""
    for cut in range(len(short) - 3):  # the unit's own part keeps four characters or more
        head, tail = short[:cut], short[cut:]
        if not full.startswith(head) or not full.endswith(tail) or len(full) <= len(short):
            continue
        parent = full[cut:len(full) - len(tail)]
        if (not head and parent in party_prefixes()) or (
                parent.endswith(ordered_lexicon("org_suffixes.txt")) and parents.get(full) == full[:len(full) - len(tail)]):
            return True
        if not head and (_divisions_written(parent) or gazetteer().names_a_county_or_above(parent)):
            # 福州市福悦社会工作发展中心 … 福悦社会工作发展中心|理事长 (a community's page, 2025), 中共福州市鼓楼区委社会工作部
            # … 鼓楼区委社会工作部: the body named once with its division (or the party and its city) and then without;
            # or with its county's short name (景宁奇尔茶业董事长 … 奇尔茶业成了…窗口, 景宁畲族自治县's page, 2023)
            return True
        if not head and parent.endswith(data_words("posts", "police_bodies.txt")) and tail.endswith("派出所"):
            # 娄星公安分局万宝派出所 … 万宝派出所 (a district police's page, 2023): a station under the bureau its
            # full name writes, though no stage read the bureau alone
            return True
    return False


def _divisions_written(part: str) -> bool:
    """Whether ``part`` is one or more divisions' full names written together, after the party's prefix or
    not (福州市, 中共福州市, 江苏省南京市)."""
    part = without_party_prefix(part)
    full_names = gazetteer().by_name
    while part:
        size = next((k for k in range(min(len(part), 12), 2, -1) if part[:k] in full_names), 0)
        if not size:
            return False
        part = part[size:]
    return True


def _one_per_country(record: ArticleRecord) -> ArticleRecord:
    """The record with every mention of a country, and every fact's and event's end, keyed
    by the country's one key: 俄国, 俄 and the state 俄罗斯 are the place 俄罗斯, labelled with
    the country's one name (the world list's: 巴西, not 巴西联邦共和国) and the name as
    written kept as an alias; 俄外交部 is the agency 俄罗斯外交部."""
    keys = {m.key: country_key(m.key) for m in record.mentions}
    keys = {old: new for old, new in keys.items() if new is not None}
    if not keys:
        return record
    mentions = []
    for mention in record.mentions:
        new = keys.get(mention.key)
        if new is None:
            mentions.append(mention)
            continue
        props = mention.props
        if new.kind == "place" and mention.type != "Place":
            props = (*props, ("state", True))  # the state its head's post is held in
        mentions.append(replace(mention, type=entity_type_of_kind(new.kind).name, key=new, label=new.name,
                                props=props, alias=mention.alias or mention.label))
    return _rekeyed(record, keys, mentions)


class Resolver:
    def __init__(self) -> None:
        self._entities: dict[Key, _Pending] = {}
        # evidence as dict keys: ordered, and no quadratic membership test when one
        # fact (荆州区 partOf 荆州市) is read in thousands of articles
        self._facts: dict[tuple, dict[Span, None]] = defaultdict(dict)
        # a holding of a post (the fact's key without ``former``) -> what each article said:
        # its day and whether it called the post former (see kgraph.merge.holding)
        self._holdings: dict[tuple, set[tuple[str | None, bool]]] = defaultdict(set)
        self.documents: list[Document] = []
        self._articles: dict[str, tuple[str | None, str]] = {}  # id -> (digest, origin)
        self.notes: list[str] = []
        self.events = EventResolver()

    def add(self, an: Analysis) -> None:
        self.add_article(article_record(an))

    def add_article(self, record: ArticleRecord) -> None:
        """Fold in one article (from this process, a worker, or a shard)."""
        record = _one_per_country(_one_joint_body(_one_per_spelling(_one_per_unit_name(_one_per_short_name(record)))))
        doc = record.document
        seen = self._articles.get(doc.id)
        if seen is not None:
            # one rule for every input: an id names one text; the same text read twice
            # (a file given twice, a repeated JSON Lines record) is kept once
            if seen[0] != doc.digest or doc.digest is None:
                raise InputError(f"two articles have the id {doc.id} with different texts ({seen[1]} and "
                                 f"{doc.origin}): give the records distinct ids or the files distinct names",
                                 article=doc.id)
            self.notes.append(f"{doc.id}: read again from {doc.origin}, the same text as {seen[1]}: kept once")
            return
        self._articles[doc.id] = (doc.digest, doc.origin)
        self.documents.append(doc)
        if doc.date and not calendar_date(doc.date):
            self.notes.append(f"{doc.id}: date {doc.date!r} is not a calendar date (YYYY-MM-DD): kept as text")
        if doc.end <= doc.start:
            self.notes.append(f"{doc.id}: no text ({doc.origin}): nothing was read from it")
        self.notes.extend(record.notes)
        for mention in record.mentions:
            pending = self._entities.get(mention.key)
            if pending is None:
                pending = self._entities[mention.key] = _Pending(mention.type)
            pending.labels.add(mention.label)
            if mention.alias:
                pending.aliases.add(mention.alias)
            if mention.span is not None:
                pending.mentions.append(mention.span)
            for name, value in mention.props:
                pending.props[name].add(value)
        # a fact stands on what its own article names: an end whose mention a later stage
        # withdrew (大兴 inside the place 大兴国际机场) leaves the fact without ground here,
        # and keeping it only when another article names that end made --update differ
        # from a fresh build
        named = {mention.key for mention in record.mentions}
        day = doc.date if calendar_date(doc.date) else None
        for fact in record.facts:
            try:
                check_ends("fact", fact.subject, fact.predicate, fact.object)
            except IncompleteFact as exc:  # a record built by hand, or by a faulty stage
                self.notes.append(f"{doc.id}: dropped an incomplete fact ({exc})")
                continue
            if fact.subject not in named or (fact.object not in named and fact.object.kind != "document"):
                continue
            props = fact.props
            if fact.predicate == "holdsPost":
                props = tuple(p for p in props if p[0] != "former")
                self._holdings[(fact.subject, fact.predicate, fact.object, props)].add(
                    (day, bool(dict(fact.props).get("former"))))
            evidence = self._facts[(fact.subject, fact.predicate, fact.object, props)]
            if fact.evidence is not None:
                evidence[fact.evidence] = None
        self.events.add(doc, record.events, named)

    def _add_ancestors(self) -> None:
        gaz = gazetteer()
        for key, pending in list(self._entities.items()):
            nodes = pending.props.get("node")
            if pending.type != "AdministrativeDivision" or not nodes:
                continue
            node = preferred("node", nodes)
            child = key
            for ancestor in gaz.ancestors(node):
                if gaz.is_placeholder(ancestor):
                    continue  # 仙桃市 is part of 湖北省, not of the source's 省直辖县级行政区划 between them
                parent = division_key(ancestor)
                if parent not in self._entities:
                    if gaz.levels[ancestor] > _LOWEST_INFERRED_LEVEL:
                        continue  # a district or township no text names: not added (the named one goes on up)
                    self._entities[parent] = inferred = _Pending("AdministrativeDivision", labels={gaz.names[ancestor]})
                    for name, value in (("node", ancestor), ("code", gaz.code(ancestor)),
                                        ("level", gaz.level(ancestor))):
                        if value is not None:
                            inferred.props[name].add(value)
                self._facts.setdefault((child, "partOf", parent, (("source", "gazetteer"),)), {})
                child = parent

    def _one_person_per_official(self) -> dict[Key, Key]:
        """People of one name read in different scopes (two files of one county whose region
        the articles did not show: ``person:孙志强@a.txt``, ``person:孙志强@b.txt``) who hold the
        same post — the same title in the same agency (常务副县长 of 公安县人民政府) — are one
        official: each is mapped to the one whose id sorts first, whatever order the articles came
        in.  Two 王伟 with no post in common stay two (a 镇长 of one town, a 局长 elsewhere)."""
        held: dict[tuple, list[Key]] = defaultdict(list)  # (name, title, agency) -> the people
        for subject, predicate, obj, props in self._facts:
            if predicate == "holdsPost" and subject.kind == "person" and subject in self._entities:
                held[(subject.name, dict(props).get("title"), obj)].append(subject)
        return same_officials(held.values(), order=lambda key: key.entity_id)

    def _merge_people(self, moved: dict[Key, Key]) -> None:
        """Fold each moved person's names, mentions and properties into the one it is."""
        for old, new in moved.items():
            gone, kept = self._entities.pop(old), self._entities[new]
            kept.labels |= gone.labels
            kept.aliases |= gone.aliases
            kept.mentions.extend(gone.mentions)
            for name, values in gone.props.items():
                kept.props[name] |= values

    def finish(self) -> Extraction:
        self._add_ancestors()
        moved = self._one_person_per_official()
        self._merge_people(moved)
        gaz = gazetteer()
        ids = {key: key.entity_id for key in self._entities}  # once per entity, not per fact
        ids.update((old, new.entity_id) for old, new in moved.items())  # its facts and events follow it
        entities = []
        for key, pending in self._entities.items():
            label = preferred("label", pending.labels)
            props = {name: preferred(name, values) for name, values in pending.props.items()}
            node = props.pop("node", None)
            if node is not None:
                props["gazetteerName"] = gaz.full_name(node)
            if not pending.mentions:
                props["inferred"] = True  # not named in the text: an ancestor from the gazetteer
            if pending.type == "Agency":
                props["kind"] = agency_kind(label)  # from the final name, whatever article named it
            aliases = tuple(sorted(a for a in pending.aliases | pending.labels if a != label))
            entities.append(Entity(ids[key], pending.type, label, aliases, tuple(pending.mentions),
                                   tuple(sorted((k, v) for k, v in props.items() if v is not None))))
        entities.sort(key=lambda e: (e.type, e.id))
        doc_ids = {d.id for d in self.documents}
        # the facts ids make one relation (the people one official is, each with his post): their
        # sentences in the order read, each once, gathered before the relation is made (a tuple
        # grown per fact was quadratic: 8,000 files naming one 常务副县长, 13 s)
        evidence_of: dict[tuple, dict[Span, None]] = {}
        holdings: dict[tuple, Holding] = {}
        for (subject, predicate, obj, props), evidence in self._facts.items():
            s = ids.get(subject)
            if obj.kind == "document":
                o = obj.name
                if o not in doc_ids:
                    continue
            else:
                o = ids.get(obj)
            if s is None or o is None or s == o:
                continue
            rkey = (s, predicate, o, props)
            if predicate == "holdsPost":
                held = holding(self._holdings[(subject, predicate, obj, props)])
                holdings[rkey] = combine_holdings(holdings[rkey], held) if rkey in holdings else held
            evidence_of.setdefault(rkey, {}).update(evidence)
        merged = {(s, predicate, o, props): Relation(s, predicate, o, tuple(evidence), props)
                  for (s, predicate, o, props), evidence in evidence_of.items()}
        for rkey, held in holdings.items():
            merged[rkey] = replace(merged[rkey], props=_holding_props(merged[rkey].props, held))
        relations = _most_specific_location(list(merged.values()))
        relations.sort(key=lambda r: (r.predicate, r.subject, r.object, r.props))
        # a gazetteer-only partOf that the text also showed keeps the text's evidence only
        textual = {(r.subject, r.object) for r in relations if r.predicate == "partOf" and r.evidence}
        relations = [r for r in relations if not (
            r.predicate == "partOf" and not r.evidence and (r.subject, r.object) in textual)]
        events = self.events.finish(ids)
        return Extraction(tuple(self.documents), tuple(entities), tuple(relations), tuple(dict.fromkeys(self.notes)),
                          events)


def _holding_props(props: tuple, held: Holding) -> tuple:
    """A holdsPost relation's props: its title, ``former``, and ``first_seen``/``last_seen``
    when an article had a date."""
    extra = {"former": held.former, "first_seen": held.first_seen, "last_seen": held.last_seen}
    return tuple(sorted({**dict(props), **{k: v for k, v in extra.items() if v is not None}}.items()))


def _most_specific_location(relations: list[Relation]) -> list[Relation]:
    """Of two locatedIn facts for one subject where one division holds the other
    (沙市花园 in 朝阳街道, and in 东苑社区), keep the inner one."""
    parents: dict[str, set[str]] = defaultdict(set)
    located: dict[str, set[str]] = defaultdict(set)
    for r in relations:
        if r.predicate == "partOf":
            parents[r.subject].add(r.object)
        elif r.predicate == "locatedIn":
            located[r.subject].add(r.object)
    outer = outer_locations(located, lambda division: parents.get(division, ()))
    return [r for r in relations if not (r.predicate == "locatedIn" and (r.subject, r.object) in outer)]


@dataclass
class _PendingEvent:
    type: str
    date: str | None
    trigger: str
    document: str
    arguments: tuple[tuple[str, Key], ...]
    evidence: dict[Span, None] = field(default_factory=dict)
    props: dict[str, Any] = field(default_factory=dict)


class EventResolver:
    """One event per happening across articles.

    The identity of a happening is its type, its day, its arguments (each role with
    its entity) and a gathering's title (:func:`kgraph.merge.event_title`): the same
    meeting reported by two articles, or twice in one, is one event, its evidence every
    sentence it was read from.  An event without a day is only ever the same as one of its
    own article (two undated visits of one person to one province, read in two stories,
    may well be two visits).  The id is a digest of
    that identity, so it is stable across runs, inputs' order and ``--jobs``."""

    def __init__(self) -> None:
        self._events: dict[tuple, _PendingEvent] = {}

    def add(self, doc: Document, events: tuple[RecordEvent, ...], named: set[Key]) -> None:
        for event in events:
            # an argument stands on what its own article names (as a fact's ends do)
            arguments = tuple(sorted({(role, key) for role, key in event.arguments if key in named},
                                     key=lambda a: (a[0], str(a[1]))))
            if not arguments:
                continue
            identity = (event.type, event_day(event.date, doc.id), arguments,
                        event_title(event.type, dict(event.props).get("title")))
            pending = self._events.get(identity)
            if pending is None:
                pending = self._events[identity] = _PendingEvent(event.type, event.date, event.trigger, doc.id,
                                                                 arguments)
            # several accounts: one trigger and title by kgraph.merge.preferred, the rule
            # `build --update` settles the graph's events with (order-free)
            pending.trigger = preferred("trigger", (pending.trigger, event.trigger))
            for name, value in event.props:
                pending.props[name] = preferred(name, (pending.props[name], value)) if name in pending.props else value
            for span in event.evidence:
                pending.evidence[span] = None

    def finish(self, ids: dict[Key, str]) -> tuple[Event, ...]:
        # several accounts of one id: those that one person (Resolver._one_person_per_official)
        # makes one happening
        accounts: dict[str, list[Event]] = {}
        for identity, pending in self._events.items():
            arguments = tuple(sorted({(role, ids[key]) for role, key in pending.arguments if key in ids}))
            if not arguments:
                continue
            event = Event(event_id(pending.type, identity[1], arguments, identity[3]), pending.type, pending.date, pending.trigger, pending.document,
                          arguments, tuple(pending.evidence), tuple(sorted(pending.props.items())))
            accounts.setdefault(event.id, []).append(event)
        events = [_one_account(same) for same in accounts.values()]
        return tuple(sorted(events, key=lambda e: (e.date or "", e.type, e.id)))


def _one_account(accounts: list[Event]) -> Event:
    """One event of its accounts (in the order read): every sentence, the first one's article,
    and one trigger and title as :func:`kgraph.merge.preferred` settles them (order-free).  The
    sentences are gathered once, not copied per account (quadratic: 8,000 files' accounts of one
    appointment and of its post took 13 s in finish)."""
    one = accounts[0]
    if len(accounts) == 1:
        return one
    props, trigger = dict(one.props), one.trigger
    for other in accounts[1:]:
        for name, value in other.props:
            props[name] = preferred(name, (props[name], value)) if name in props else value
        trigger = preferred("trigger", (trigger, other.trigger))
    return replace(one, trigger=trigger, evidence=tuple(dict.fromkeys(span for a in accounts for span in a.evidence)),
                   props=tuple(sorted(props.items())))
