"""The rules for merging what several articles (or several builds) say about one
entity.  Corpus resolution (:mod:`kgraph.extraction.resolve`) applies them to
mentions, and the graph's ``--update`` (:mod:`kgraph.graph.settle`) applies them to
triples already stored; one implementation here keeps the two in step, so that
adding articles to a graph gives the graph of reading them all together.
"""
from __future__ import annotations

import hashlib
import re
from functools import cache, lru_cache
from typing import Any, Callable, Collection, Hashable, Iterable, Mapping, NamedTuple, TypeVar

from .errors import DataError
from .gazetteer import gazetteer
from .resources import data_table, data_words, table

__all__ = ["ROLE_ORDER", "preferred", "AGENCY_KINDS", "agency_kind", "outer_locations", "Holding", "holding",
           "combine_holdings", "same_officials", "event_day", "event_id"]

# When mentions of one entity disagree on a name or a property, the choice must not
# depend on the order the articles were read in: the preferred value is the least
# under a fixed total order.  Names: the longest (the fullest form), then by code point.
ROLE_ORDER = ("official", "journalist", "other")


def preferred(name: str, values) -> Any:
    """The value kept for property ``name`` (``label`` for names) among ``values``."""
    if name == "label":
        return min(values, key=lambda v: (-len(v), v))
    if name == "role":
        return min(values, key=lambda v: (ROLE_ORDER.index(v) if v in ROLE_ORDER else len(ROLE_ORDER), str(v)))
    return min(values, key=lambda v: (str(type(v)), str(v)))


AGENCY_KINDS = ("party", "government", "congress", "consultative", "judicial", "public-security", "military",
                "public-institution", "education", "social-organization", "enterprise", "media", "international",
                "other")


@cache
def _kind_rules() -> tuple[tuple[str, str, str], ...]:
    rules = tuple((row[0], row[1], row[2]) for row in table("agency_kinds.tsv"))
    unknown = {kind for _, _, kind in rules} - set(AGENCY_KINDS)
    if unknown:
        raise DataError(f"agency_kinds.tsv: unknown kinds {sorted(unknown)}")
    return rules


@lru_cache(maxsize=1 << 16)
def agency_kind(label: str) -> str:
    """The kind of an agency from its canonical name (data/lexicon/agency_kinds.tsv):
    公安县委 -> party, 公安县人民法院 -> judicial, 荆州日报 -> media.  Read from the
    settled name, whatever article named it first."""
    label = _without_divisions(label)
    for how, text, kind in _kind_rules():
        if ((how == "suffix" and label.endswith(text)) or (how == "prefix" and label.startswith(text))
                or (how == "contains" and text in label) or (how == "exact" and label == text)):
            return kind
    return "other"


def _without_divisions(label: str) -> str:
    """The name after the divisions it starts with (公安县|公安局, 湖北省|荆州市|…): a
    division's name (公安) must not look like a kind of agency."""
    names = gazetteer().by_name  # full names only: 公安 alone is also 公安局's first word
    while True:
        cut = next((k for k in range(min(len(label) - 1, 16), 1, -1) if label[:k] in names), 0)
        if not cut:
            return label
        label = label[cut:]


Thing = TypeVar("Thing", bound=Hashable)
Place = TypeVar("Place", bound=Hashable)


def outer_locations(located: Mapping[Thing, Collection[Place]],
                    parents: Callable[[Place], Iterable[Place]]) -> set[tuple[Thing, Place]]:
    """The (thing, location) pairs to drop so that each thing keeps its most specific
    locations only: of 沙市花园 in 朝阳街道 and in 东苑社区 (which lies in 朝阳街道), the
    outer one.  ``parents(place)`` gives the divisions a place is directly part of."""
    known: dict[Place, frozenset[Place]] = {}

    def above(place: Place) -> frozenset[Place]:
        """Every division above ``place``, computed once per division (a cycle in bad
        data ends where it closes)."""
        found = known.get(place)
        if found is None:
            seen: set[Place] = set()
            stack = list(parents(place))
            while stack:
                parent = stack.pop()
                if parent not in seen:
                    seen.add(parent)
                    stack.extend(parents(parent))
            found = known[place] = frozenset(seen)
        return found

    outer: set[tuple[Thing, Place]] = set()
    for thing, places in located.items():
        if len(places) > 1:
            inside = set().union(*(above(place) for place in places))  # what some location lies in
            outer.update((thing, place) for place in places if place in inside)
    return outer


class Holding(NamedTuple):
    """What several articles say about one holding of a post (a person, an
    organisation, a title): the first and the last day it was read ('YYYY-MM-DD', None
    when no article had a date), and whether it was no longer held on the last day."""

    first_seen: str | None
    last_seen: str | None
    former: bool


def combine_holdings(a: Holding, b: Holding) -> Holding:
    """Two accounts of one holding as one: the earliest first day, the latest last day,
    and ``former`` as the latest account says it.  An account with a day is later than
    one without; when both end on the same day (or neither has one), the post is former
    only if both say so: one article that still calls him 总统 on that day outweighs
    one that says 前总统, since a post read as held was held.  The rule is associative
    and commutative, so neither the order of the articles nor an update
    (``build --update``, which combines the stored account with the new one) changes it."""
    firsts = [day for day in (a.first_seen, b.first_seen) if day]
    if (a.last_seen or "") > (b.last_seen or ""):
        last, former = a.last_seen, a.former
    elif (b.last_seen or "") > (a.last_seen or ""):
        last, former = b.last_seen, b.former
    else:
        last, former = a.last_seen, a.former and b.former
    return Holding(min(firsts) if firsts else None, last, former)


def holding(observations: Iterable[tuple[str | None, bool]]) -> Holding:
    """The holding that observations (the article's day or None, former) add up to:
    (2023-03-01, False) and (2023-06-01, True) give first 2023-03-01, last 2023-06-01,
    former (美国前总统特朗普 read last)."""
    result: Holding | None = None
    for day, former in observations:
        seen = Holding(day or None, day or None, bool(former))
        result = seen if result is None else combine_holdings(result, seen)
    if result is None:
        raise ValueError("a holding needs at least one observation")
    return result


Person = TypeVar("Person", bound=Hashable)


def same_officials(holders: Iterable[Iterable[Person]], order: Callable[[Person], str]) -> dict[Person, Person]:
    """Each person who is one official with another, mapped to the one they all are.
    ``holders`` are groups of people of one name who hold one post (the same title in the
    same agency: 孙志强 常务副县长 of 公安县人民政府, read in files a.txt and b.txt whose region
    the articles do not show); groups that share a person join.  The one kept is the least
    by ``order`` (its entity id), so neither the order of the articles nor an update
    (``build --update`` joins the stored person with the new one) changes it."""
    parent: dict[Person, Person] = {}

    def root(person: Person) -> Person:
        top = person
        while parent.get(top, top) != top:
            top = parent[top]
        # everyone on the way now points at the top: without it, people met in the reverse of
        # ``order`` (files read newest first) made a chain walked from each, 20,000 holders 30 s
        while person != top:
            parent[person], person = top, parent[person]
        return top

    for group in holders:
        people = iter(group)
        first = next(people, None)
        if first is None:
            continue
        first = root(first)
        for other in people:
            a, b = sorted((first, root(other)), key=order)
            if a != b:
                parent[b] = a
            first = a
    return {person: root(person) for person in parent if root(person) != person}


def event_day(date: str | None, document: str) -> str:
    """The day part of an event's identity: its day, or for an event with none the article
    it was read in (``undated:a``): two undated accounts are one event only in one article."""
    return date or f"undated:{document}"


@cache
def _title_rules() -> tuple[tuple[str, re.Pattern[str]], ...]:
    rules = []
    for row in data_table("events", "title_variants.tsv"):
        if len(row) < 2 or row[0] not in ("strip", "lead"):
            raise DataError(f"data/events/title_variants.tsv: {chr(9).join(row)!r}: give how (strip, lead) and a pattern")
        rules.append((row[0], re.compile(row[1])))
    return tuple(rules)


@cache
def _gathering_kinds() -> frozenset[str]:
    return frozenset(data_words("events", "gatherings.txt"))


def event_title(event_type: str, title: str | None) -> str | None:
    """The title that is part of an event's identity: a gathering's name (共同主持|中新双边合作联委会
    第十九次会议|、|苏州工业园区联合协调理事会第二十四次会议: two gatherings of one day, chairs and venue,
    xwlb-20231207-06), without what does not tell it from another (data/events/title_variants.tsv: 为期三天的|
    第十四届|夏季达沃斯论坛 is “夏季达沃斯论坛” read by another article); not an appointment's post title, nor
    any other event's."""
    if event_type != "Gathering" or not title:
        return None
    key = title
    for how, pattern in _title_rules():
        if how == "strip":
            key = pattern.sub("", key)
    for how, pattern in _title_rules():
        if how == "lead":
            rest = pattern.sub("", key, count=1)
            if rest and rest not in _gathering_kinds():
                key = rest
    return key or title


def event_id(event_type: str, day: str, arguments: Iterable[tuple[str, str]], title: str | None = None) -> str:
    """An event's id (its IRI's path): a digest of its identity, the type, the day
    (:func:`event_day`), each role with the entity id filling it and a gathering's title
    (:func:`event_title`), so that it is stable across runs, inputs' order and ``--jobs``, and
    ``build --update`` re-derives it when a person it names becomes another (:mod:`kgraph.graph.settle`)."""
    roles = sorted(set(arguments))
    named = event_title(event_type, title)
    text = "\t".join([event_type, day, *(f"{role}={entity}" for role, entity in roles),
                      *([f"title={named}"] if named else [])])
    return f"event/{hashlib.sha1(text.encode('utf-8')).hexdigest()[:20]}"
