"""Stage 3: people — officials with their posts, reporters from bylines, and
other named people (村民洪绍山, 学员刘甜).

A post is read from an agency, a title and a name: 公安县委副书记、政法委书记冯荆柯
holds 副书记 in 公安县委 and 书记 in 公安县委政法委 (a department named after
a party committee belongs to it).  Anonymised people (谢某, 刘女士) are skipped.
"""
from __future__ import annotations

import re
from functools import cache

from ...model import Key, Mention
from ...resources import find_words, table, word_pattern, word_set
from ..analysis import Analysis, SpanIndex, stage

# the name helpers live in kgraph.extraction.names; they stay importable from here
from ..names import AFTER_NAME, anonymous_tails, person_key, read_name, scope_of, surnames, title_at  # noqa: F401
from .agencies import agency_key, canonical_head, governing_division, org_run
from .divisions import unlinked_division

__all__ = ["find_people", "person_key", "read_name", "scope_of", "surnames", "title_at", "anonymous_tails"]

_CJK = re.compile(r"[\u4e00-\u9fff]")


@cache
def _role_words() -> re.Pattern[str]:
    return word_pattern(_roles())


@cache
def _roles() -> dict[str, str]:
    return {row[0]: row[1] for row in table("person_roles.tsv")}


def _add_person(an: Analysis, start: int, name: str, role: str, **props) -> Mention:
    return an.add(Mention.make("Person", an.doc.id, start, start + len(name), name, name,
                               person_key(name, scope_of(an)), role=role, **props))


def _posts_after(an: Analysis, agency: Mention) -> None:
    """公安县委|副书记、政法委|书记|冯荆柯."""
    text = an.text
    pos, current, posts = agency.end, agency, []
    minister = agency.text.endswith("部") and text.startswith("长", pos)
    if minister:
        posts.append((agency, "部长"))  # 外交部|长: the minister's title shares the ministry's 部
        pos += 1
    while not minister:
        title = title_at(text, pos)
        if title is None:
            break
        posts.append((_government_of(an, current, title), title))
        pos += len(title)
        if pos < len(text) and text[pos] in "、兼":
            nxt = pos + 1
            if title_at(text, nxt):
                pos = nxt
                continue
            named = [m for m in an.mentions if m.type == "Agency" and m.start == nxt and m.end > nxt
                     and title_at(text, m.end)]
            if named:  # 中央纪委委员、国家监委|委员: an agency with a name of its own, not a unit of the last
                current = max(named, key=lambda m: m.end)
                pos = current.end
                continue
            ends = org_run(text, nxt, len(text))
            usable = [e for e in ends if title_at(text, e)]
            if usable:
                end = usable[-1]
                head = text[nxt:end]
                # 党工委副书记、纪工委书记: a unit of the committee; 、办事处主任: the division's own
                base = (current.label if current.label.endswith("委") and not head.endswith(_DIVISION_BODIES)
                        else current.prop("division_label", ""))
                if not base or current.prop("division") is None:
                    break  # a national body's units are not named by prefixing it
                label = base + canonical_head(head)
                key = agency_key(label)
                current = an.add(Mention.make("Agency", an.doc.id, nxt, end, head, label, key,
                                              division=current.prop("division")))
                an.fact(key, "locatedIn", current.prop("division"), nxt)
                if base == posts[-1][0].label:
                    an.fact(key, "subOrganizationOf", posts[-1][0].key, nxt)
                pos = end
                continue
        break
    if not posts:
        return
    _officials(an, pos, posts)


def _name_at(an: Analysis, pos: int) -> str | None:
    """The personal name at ``pos``: as the model read it (boundaries repaired by the
    fusion), else by the surname rules."""
    if an.model_tokens is None:
        return read_name(an.text, pos, an.boundaries)
    # with a model, the fused candidates decide (vetoes and the user's lexicons included)
    end = an.pending_names.get(pos)
    return an.text[pos:end] if end is not None else None


def _officials(an: Analysis, pos: int, posts: list[tuple[Mention, str]]) -> None:
    """The name (or the names listed with 、) after a run of posts: each holds them all
    (村两委成员赵丽、孙强、周建华参加)."""
    text = an.text
    while True:
        name = _name_at(an, pos)
        if name is None:
            return
        person = _add_person(an, pos, name, "official")
        for post_agency, title in posts:
            an.fact(person.key, "holdsPost", post_agency.key, pos, title=title)
        after = pos + len(name)
        if text[after:after + 1] != "、" or _name_at(an, after + 1) is None:
            return
        pos = after + 1


@cache
def _government_titles() -> dict[str, str]:
    """title -> the body of a division it is held in (镇长 -> 人民政府)."""
    return {row[0]: row[1] for row in table("division_titles.tsv")}


# bodies of a division itself, never units of its party committee
_DIVISION_BODIES = word_set("division_bodies")
_PARTY_BODIES = word_set("party_bodies")


def _government_of(an: Analysis, agency: Mention, title: str) -> Mention:
    """石首市委副书记、市长: a division head's title after its party committee is a
    post in the division's government (石首市人民政府), not in the committee."""
    body = _government_titles().get(title)
    division, label = agency.prop("division"), agency.prop("division_label")
    if body is None or not agency.label.endswith(_PARTY_BODIES) or division is None or not label:
        return agency
    return _division_body(an, label + body, division, agency.end)


def _division_body(an: Analysis, label: str, division: str, at: int) -> Mention:
    """The body of a division that a post names but the text does not write
    (城关镇人民政府 for 城关镇镇长): an implicit agency located in the division."""
    key = agency_key(label)
    body = an.add(Mention.make("Agency", an.doc.id, at, at, "", label, key, division=division, implicit=True))
    an.fact(key, "locatedIn", division, at)
    return body


def _model_divisions_before_titles(an: Analysis) -> None:
    """城关镇|镇长: a township the gazetteer cannot pin down (hundreds share the name)
    is still the division its head governs, when the model reads it as a place."""
    taken = SpanIndex((m.start, m.end) for m in an.mentions if m.end > m.start)
    for token in an.model_tokens or ():
        if token.tag != "LOC" or taken.overlaps(token.start, token.end):
            continue
        name = an.text[token.start:token.end]
        title = title_at(an.text, token.end)
        if title in _government_titles() and name.endswith(("镇", "乡", "县", "村", "街道")) and len(name) > 2:
            unlinked_division(an, token.start, token.end, name, found_by="model")


def _heads_of_the_division_named(an: Analysis) -> None:
    """镇长李志刚 after the article named 甘棠镇: a division head's title on its own is a
    post in the government of the division of that level the article last named."""
    text = an.text
    held = SpanIndex((m.start, m.end) for m in an.mentions if m.end > m.start)
    for title, body in _government_titles().items():
        level = title.removeprefix("常务").removeprefix("副")[:1]
        if level not in "省市县区镇乡" or len(title) < 2:
            continue
        for match in re.finditer(re.escape(title), text):
            start, pos = match.start(), match.end()
            if held.overlaps(start, pos) or (start and _CJK.match(text[start - 1])):
                continue  # part of a longer word or name, or after a division (read above)
            if _name_at(an, pos) is None:
                continue
            division = governing_division(an, level, start)
            if division is None:
                continue
            _officials(an, pos, [(_division_body(an, division.label + body, division.key, start), title)])


def _posts_after_division(an: Analysis, division: Mention) -> None:
    """城关镇|镇长|李明辉: a division's own head holds a post in its government or
    party committee, named from the division (城关镇人民政府)."""
    title = title_at(an.text, division.end)
    if title is None or title not in _government_titles():
        return
    pos = division.end + len(title)
    if _name_at(an, pos) is None:
        return
    government = _division_body(an, division.label + _government_titles()[title], division.key, division.end)
    _officials(an, pos, [(government, title)])


@stage(reads=("text", "tokens", "model_tokens", "pending", "Agency", "AdministrativeDivision"),
       writes=("Person", "Agency", "AdministrativeDivision", "holdsPost", "locatedIn", "subOrganizationOf",
               "reporterOf"))
def find_people(an: Analysis) -> None:
    text = an.text
    # 1. officials: agency, title(s), name
    for agency in list(an.of_type("Agency")):
        _posts_after(an, agency)
    agency_starts = {m.start for m in an.of_type("Agency")}
    _model_divisions_before_titles(an)
    for division in list(an.of_type("AdministrativeDivision")):
        if division.end not in agency_starts and division.end > division.start:
            _posts_after_division(an, division)
    _heads_of_the_division_named(an)
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
