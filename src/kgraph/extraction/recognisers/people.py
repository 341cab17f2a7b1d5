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
from ...resources import find_words, lexicon, ordered_lexicon, pos_tags, table, word_pattern, word_set, word_tags
from ..analysis import Analysis, stage
from .agencies import agency_key

__all__ = ["find_people", "person_key", "read_name", "scope_of", "surnames", "title_at", "anonymous_tails"]

_CJK = re.compile(r"[\u4e00-\u9fff]")
# characters that start the word after a two-character name: 刘甜|说, 向旺|深有感触
_AFTER_NAME = frozenset(word_set("after_name"))
_NOT_IN_NAMES = frozenset(word_set("not_in_names"))
_GIVEN_NAME_STOPS = pos_tags("given_name_stops")


@cache
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """The single and the compound surnames."""
    names = lexicon("surnames.txt")
    return frozenset(n for n in names if len(n) == 1), frozenset(n for n in names if len(n) == 2)


@cache
def _titles() -> re.Pattern[str]:
    """Any title, longest first (副局长 before 局长)."""
    return word_pattern(lexicon("titles.txt"))


@cache
def _role_words() -> re.Pattern[str]:
    return word_pattern(_roles())


@cache
def _roles() -> dict[str, str]:
    return {row[0]: row[1] for row in table("person_roles.tsv")}


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


def read_name(text: str, pos: int, boundaries: frozenset[int]) -> str | None:
    """A personal name starting at ``pos``, or None (also for 谢某, 刘女士)."""
    singles, doubles = surnames()
    surname = 2 if text[pos:pos + 2] in doubles else 1 if text[pos:pos + 1] in singles else 0
    if not surname or pos not in boundaries:
        return None
    rest = text[pos + surname:pos + surname + 3]
    if not rest or rest.startswith(anonymous_tails()):
        return None
    two, three = pos + surname + 1, pos + surname + 2
    if not all(_CJK.match(ch) for ch in text[pos:two]) or len(text) < two:
        return None
    third = text[two:three]
    if not third or not _CJK.match(third) or third in _AFTER_NAME:
        end = two
    elif three in boundaries or not _CJK.match(text[three:three + 1] or "x"):
        end = three
    elif two in boundaries:
        end = two
    else:
        return None
    if end not in boundaries and end < len(text) and _CJK.match(text[end]):
        return None  # the name's last character starts a longer word: 群众|满意度
    name = text[pos:end]
    if any(ch in _NOT_IN_NAMES for ch in name):
        return None
    tags = word_tags()
    if len(name) >= 2 and tags.get(name, "nr")[:2] != "nr":
        return None  # 安全, 路线, 解释 are words, not names
    given = name[surname:]
    if len(given) >= 2 and tags.get(given, "n").startswith(_GIVEN_NAME_STOPS):
        return None
    return name


def title_at(text: str, pos: int) -> str | None:
    match = _titles().match(text, pos)
    return match.group() if match else None


def _add_person(an: Analysis, start: int, name: str, role: str, **props) -> Mention:
    return an.add(Mention.make("Person", an.doc.id, start, start + len(name), name, name,
                               person_key(name, scope_of(an)), role=role, **props))


@cache
def anonymous_tails() -> tuple[str, ...]:
    """What follows a surname when nobody is named (谢某, 刘女士), longest first."""
    return ordered_lexicon("anonymous_tails.txt")


@stage(reads=("text", "tokens", "model_tokens", "Person", "AdministrativeDivision"),
       writes=("Person", "Agency", "holdsPost", "reporterOf"))
def find_people(an: Analysis) -> None:
    """People the officials stage (kgraph.extraction.posts) did not read: those a role
    word introduces, and the reporters of the bylines."""
    text = an.text
    # 1. officials, with their posts, were read by kgraph.extraction.posts.find_officials
    taken = {(m.start, m.end) for m in an.of_type("Person")}
    # 2. other people introduced by a role word: 村民洪绍山, 学员刘甜
    roles = _roles()
    divisions = an.of_type("AdministrativeDivision")
    for start, pos, role in find_words(_role_words(), text):
        if start not in an.boundaries or pos >= len(text):
            continue
        name = read_name(text, pos, an.boundaries)
        if an.model_tokens is not None and an.model_names.get(pos) != pos + len(name or ""):
            continue  # with a model, it decides what is a name: 群众|安全感 is not 安全感
        if name is None or any(s <= pos < e for s, e in taken) or any(
                m.start < pos + len(name) and pos < m.end for m in divisions):
            continue  # 老人游|荆州: a place, not a name
        taken.add((pos, pos + len(name)))
        _add_person(an, pos, name, roles[role], introduced_as=role)
    # 3. reporters and photographers from the bylines
    for reporter in an.doc.reporters:
        person = an.add(Mention.make(
            "Person", an.doc.id, 0, 0, reporter.name, reporter.name,
            person_key(reporter.name, scope_of(an)),
            role="journalist", credit=reporter.role, source_span=(reporter.start, reporter.end),
        ))
        an.fact(person.key, "reporterOf", Key("document", an.doc.id), 0, credit=reporter.role, evidence="byline")
        if reporter.organization:
            key = agency_key(reporter.organization)
            an.add(Mention.make("Agency", an.doc.id, 0, 0, reporter.organization, reporter.organization, key,
                                source_span=(reporter.start - len(reporter.role) - len(reporter.organization),
                                             reporter.start - len(reporter.role))))
            an.fact(person.key, "holdsPost", key, 0, title=reporter.role, evidence="byline")
    an.mentions.sort(key=lambda m: (m.start, -m.end))
