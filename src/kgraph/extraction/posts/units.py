"""Units named without their body: a national body's unit written alone in a story of the body
(宪法和法律委员会 -> 全国人大宪法和法律委员会) or listed after another of its units; a unit named alone of
the body of its kind named before (…人民医院…，|急诊科|护士长 -> …人民医院急诊科)."""
from __future__ import annotations

import re
from functools import cache

from ...model import Mention
from ...resources import alias_table, data_table, longest_first, word_tags
from ..analysis import Analysis, SpanIndex
from ..lexicons import CLAUSE_MARKS
from ..recognisers.agencies import agency_key
from .titles import _CJK, former_before, post_title_at
from .bodies import _hold
from .body_names import _titled_with_no_post


@cache
def _nameless_units() -> dict[str, tuple[str, tuple[str, ...]]]:
    """unit -> (the national body it is a unit of, the words naming that body): data/posts/nameless_units.tsv."""
    return {row[0]: (row[1], tuple(row[2].split(","))) for row in data_table("posts", "nameless_units.tsv")}


@cache
def _unit_parents() -> tuple[str, ...]:
    return longest_first(row[0] for row in data_table("posts", "unit_parents.txt"))


def _national_unit_mention(an: Analysis, start: int, end: int, body: str) -> Mention:
    """The unit written at [start, end) named with its national body (全国人大 + 宪法和法律委员会), a unit of it."""
    label = body + an.text[start:end]
    unit = Mention.make("Agency", an.doc.id, start, end, an.text[start:end], label, agency_key(label))
    an.fact(unit.key, "subOrganizationOf", agency_key(body), start)
    return unit


def _units_named_alone(an: Analysis) -> None:
    """十四届全国人大常委会… 会议听取了|宪法和法律委员会|副主任委员|丛斌 (xwlb-20230424-05): a national body's
    unit whose name no other body's unit bears (data/posts/nameless_units.tsv), written alone before a title
    in a story that names the body, is that body's (全国人大宪法和法律委员会); no recogniser reads it."""
    text = an.text
    agencies = [m for m in an.of_type("Agency") if m.end > m.start]
    taken = SpanIndex((m.start, m.end) for m in agencies)
    for name, (body, words) in _nameless_units().items():
        if name not in text or not any(word in text for word in words):
            continue
        for match in re.finditer(re.escape(name), text):
            start, end = match.span()
            if start not in an.boundaries or not post_title_at(text, end):
                continue
            bare = next((m for m in agencies if (m.start, m.end) == (start, end) and m.label == m.text), None)
            if bare is not None:  # the model's span of the bare name: named with its body
                an.mentions[an.mentions.index(bare)] = _national_unit_mention(an, start, end, body)
            elif not taken.overlaps(start, end):
                an.add(_national_unit_mention(an, start, end, body))


def _units_listed_after_a_unit(an: Analysis) -> None:
    """全国人大|监察和司法委员会|主任委员|杨晓超|、|财政经济委员会|主任委员 (xwlb-20231020-11): a committee the model
    read bare, listed after an official of another unit of a national body (data/posts/unit_parents.txt), is
    a unit of that body too (全国人大财政经济委员会), not a body of its own name."""
    text = an.text
    agencies = sorted((m for m in an.of_type("Agency") if m.end > m.start), key=lambda m: m.start)
    national = alias_table("national_agencies.tsv")
    for index, agency in enumerate(agencies):
        if (text[agency.start - 1:agency.start] != "、" or agency.label != agency.text or agency.prop("division")
                or agency.text in national or not agency.text.endswith(("委员会", "委"))):
            continue
        sentence = an.sentence(agency.start)[0]
        before = [m for m in agencies if sentence <= m.start and m.end < agency.start]
        if not before:
            continue
        last = max(before, key=lambda m: m.end)
        parent = next((p for p in _unit_parents() if last.label.startswith(p) and len(last.label) > len(p)), None)
        if parent is None or agency.text.startswith(parent):
            continue
        unit = _national_unit_mention(an, agency.start, agency.end, parent)
        an.mentions[an.mentions.index(agency)] = agencies[index] = unit  # the next item's unit follows it


@cache
def _bare_units() -> dict[str, tuple[str, ...]]:
    """a unit's head -> the heads of the bodies it is a unit of (data/posts/bare_units.tsv: 科 -> 医院)."""
    return {row[0]: tuple(row[1].split(",")) for row in data_table("posts", "bare_units.tsv")}


# the longest unit named alone before a title (呼吸与危重症医学科: 9)
_LONGEST_BARE_UNIT = 9


def _units_of_the_body_named_before(an: Analysis, people: list[Mention]) -> None:
    """积石山县人民医院急诊室灯火通明，|急诊科|护士长|吴俊荷 (xwlb-2023): a unit named alone before a title and
    a name (data/posts/bare_units.tsv: …科) is a unit of the body of its kind the story named last, in the
    sentence or the one before (积石山县人民医院急诊科); none when no such body was named."""
    text = an.text
    taken = SpanIndex((m.start, m.end) for m in an.mentions if m.end > m.start)
    for person, title in _titled_with_no_post(an, people):
        end = person.start - len(title)
        head = next((h for h in _bare_units() if text.startswith(h, end - len(h))), None)
        if head is None or end not in an.boundaries:
            continue
        start = end
        while start > end - _LONGEST_BARE_UNIT and start > 0 and _CJK.match(text[start - 1]):
            start -= 1
        # the unit is the words after the last mark, which must open a word and hold no name
        if start not in an.boundaries or end - start <= len(head) or taken.overlaps(start, end):
            continue
        if start > 0 and text[start - 1] not in "，。；：、 \n":
            continue  # a longer name or words before it: 一病区|医务科 is read only after a mark
        sentence = an.sentence(start)[0]
        earlier = an.sentence(sentence - 1)[0] if sentence > 0 else sentence
        bodies = [m for m in an.of_type("Agency") if earlier <= m.start and m.end <= start and m.end > m.start
                  and any(h in m.label for h in _bare_units()[head])]
        if not bodies:
            continue
        body = max(bodies, key=lambda m: m.end)
        cut = max(body.label.rfind(h) + len(h) for h in _bare_units()[head] if h in body.label)
        label = body.label[:cut] + text[start:end]
        unit = an.add(Mention.make("Agency", an.doc.id, start, end, text[start:end], label, agency_key(label)))
        if cut == len(body.label):
            an.fact(unit.key, "subOrganizationOf", body.key, start)
        _hold(an, person, [(unit, title, former_before(an, start)[0])], person.start)


def _bodies_named_by_their_kind(an: Analysis, people: list[Mention]) -> None:
    """洋县文化馆利用新媒体…。|文化馆|馆长|杨晓建|接待了… (洋县's page, 2021): a body written by its kind alone after a
    mark, before a title and a name with no post, is the one body the article named before whose name ends with that
    kind (洋县文化馆); none where it named none or several (两所|中学, 县一中 and 县二中)."""
    text = an.text
    taken = SpanIndex((m.start, m.end) for m in an.mentions if m.end > m.start)
    for person, title in _titled_with_no_post(an, people):
        end = person.start - len(title)
        start = max((text.rfind(mark, 0, end) for mark in _MARKS_BEFORE_A_KIND), default=-1) + 1
        # (or after a preposition: 副县长蒋雪娇|在|教育局|局长|蒋邦勇|的陪同下, 全州县's page, 2013: 全州县教育局, named a
        # sentence before as 县教育局)
        start = next((e for _, e, word in an.tokens_from(max(start, end - 6), 6)
                      if start < e < end and word_tags().get(word) == "p"), start)
        kind = text[start:end]
        if not _KIND.fullmatch(kind) or start not in an.boundaries or end not in an.boundaries \
                or taken.overlaps(start, end):
            continue
        bodies = {m.key: m for m in an.of_type("Agency")
                  if m.end > m.start and m.end <= start and m.prop("division") and m.label.endswith(kind)
                  and len(m.label) > len(kind)}
        if len(bodies) == 1:
            body = next(iter(bodies.values()))
            _hold(an, person, [(body, title, former_before(an, start)[0])], person.start)


# the marks a body's kind written alone follows (a clause's, 、, a space), and the kind's shape: a word of two to five
# characters
_MARKS_BEFORE_A_KIND = CLAUSE_MARKS | {"、", " "}
_KIND = re.compile(r"[\u4e00-\u9fff]{2,5}")
