"""Stage: the names the trained model proposes, fused with what the gazetteer and
the rules found, then linked.

The model (see :mod:`kgraph.tagger`) proposes people (PER), organisations (ORG) and
locations (LOC) with their spans.  Each proposal becomes a :class:`Candidate`,
its boundaries are repaired (a transliterated name split at its middle dot is
joined; a verb glued to a name is cut off: 克林顿派|代表), and the lexicons veto
what the model is known to get wrong.  :func:`fuse` then chooses among
overlapping candidates in one place: a span that a rule or the gazetteer already
resolved keeps its reading (it is linked and more specific), and the longest model
candidate wins among the rest.  The survivors are linked: organisations to their
canonical names, locations to the gazetteer when they are divisions and to places
otherwise (foreign countries and cities, rivers, sites), people to a person scoped
like the rule-found ones.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .analysis import Analysis
from .model import Mention
from .gazetteer import gazetteer
from .resources import data_path, lexicon, ordered_lexicon, table, tokenizer, word_tags

__all__ = ["Candidate", "fuse", "find_model_entities", "model_candidates", "flatten_nested"]

_CJK = re.compile(r"[\u4e00-\u9fff]")
_NAME_JOINERS = "·•‧・．.－—-"
# the model's entity tags and the kgraph type each proposes
_MODEL_TYPES = {"PER": "Person", "ORG": "Agency", "LOC": "Place"}
# the type a rule or the gazetteer gives is more specific than the model's guess
# endings of Chinese division names (a foreign 州 or 市 is a place: 科罗拉多州)
_DIVISION_SUFFIXES = ("省", "自治区", "县", "镇", "乡", "村", "街道", "社区", "嘎查")
_LEVEL_ABBREVIATIONS = frozenset("省市县区镇乡村该本我全")
_SOURCE_RANK = {"rule": 2, "gazetteer": 2, "model": 1}


@dataclass(frozen=True, slots=True)
class Candidate:
    """A typed span some recogniser proposes, before linking."""

    start: int
    end: int
    type: str  # an entity type (Person, Agency, Place, AdministrativeDivision)
    source: str  # "model", "gazetteer", "rule"
    score: float = 1.0

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end


@cache
def _anonymous_tails() -> tuple[str, ...]:
    return ordered_lexicon("anonymous_tails.txt")


@cache
def _vetoes() -> dict[str, set[str]]:
    """Words the model tags as names but are not (per type): data/lexicon/model_vetoes.tsv."""
    out: dict[str, set[str]] = {}
    for row in table("model_vetoes.tsv"):
        out.setdefault(row[1], set()).add(row[0])
    return out


def model_candidates(an: Analysis) -> list[Candidate]:
    """The model's PER/ORG/LOC words as candidates, boundaries repaired."""
    tokens = an.model_tokens
    text = an.text
    out: list[Candidate] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        kind = _MODEL_TYPES.get(token.tag)
        if kind is None:
            i += 1
            continue
        start, end = token.start, token.end
        j = i + 1
        if kind == "Person":
            # 彼得·皮奥, 差猜·春哈旺, 伯奇|费尔: one transliterated name in pieces
            while j < len(tokens):
                nxt = tokens[j]
                if nxt.tag == "PER" and nxt.start == end and not _chinese_name(text[start:end]):
                    end = nxt.end
                    j += 1
                elif (nxt.start == end and text[nxt.start:nxt.end] in _NAME_JOINERS and j + 1 < len(tokens)
                      and tokens[j + 1].tag in ("PER", "nz", "n") and tokens[j + 1].start == nxt.end
                      and _CJK.match(text[tokens[j + 1].start])):
                    end = tokens[j + 1].end
                    j += 2
                else:
                    break
        out.append(Candidate(start, end, kind, "model"))
        i = j
    return [r for c in out for r in _repair(an, c)]


def _chinese_name(name: str) -> bool:
    singles, doubles = _surnames()
    return (name[:2] in doubles and len(name) <= 4) or (name[:1] in singles and len(name) <= 3)


@cache
def _surnames() -> tuple[frozenset[str], frozenset[str]]:
    names = lexicon("surnames.txt")
    return frozenset(n for n in names if len(n) == 1), frozenset(n for n in names if len(n) == 2)


@cache
def _verbs_after_names() -> tuple[str, ...]:
    return ordered_lexicon("verbs_after_names.txt")


@cache
def _world() -> frozenset[str]:
    """Foreign countries and their regions (data/world/countries.tsv, from ISO 3166)."""
    with open(data_path("world", "countries.tsv"), encoding="utf-8") as handle:
        return frozenset(line.split("\t", 1)[0] for line in handle if line.strip() and not line.startswith("#"))


@cache
def _abbreviations() -> frozenset[str]:
    return lexicon("place_abbreviations.txt")


def _is_place_name(name: str) -> bool:
    """A country, a foreign region, or a Chinese division, by name."""
    return name in _world() or name in gazetteer().all_names


# parts of speech of common words: a short organisation the model proposes that the
# dictionary knows as one of these is a word, not a name (农村, 综合, 平安, 计生)
_COMMON_TAGS = frozenset({"n", "v", "a", "d", "f", "t", "m", "q", "r", "p", "c", "u", "vn", "ad", "an", "ng"})
_DESCRIPTIVE_TAGS = frozenset({"a", "an", "ad", "v", "vn", "d", "m", "r"})
_PROPER_TAGS = frozenset({"nt", "nz", "nr", "nrt", "nrfg", "ns", "j", "l", "i", "a"})
_VERB_TAGS = frozenset({"v", "vn", "vd", "ad", "d", "p", "c", "u"})
_DIRECTIONS = ("东南部", "东北部", "西南部", "西北部", "东部", "西部", "南部", "北部", "中部")


def _repair(an: Analysis, c: Candidate) -> list[Candidate]:
    """The candidate with its boundaries and type repaired: none, one or several."""
    text = an.text
    start, end = c.start, c.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if (start, end) != (c.start, c.end):  # the model reads line breaks as part of a word
        c = Candidate(start, end, c.type, c.source, c.score)
    name = text[start:end]
    if not _CJK.search(name) or name in _vetoes().get(c.type, ()) or any(ch.isspace() for ch in name):
        return []
    quote = _enclosing_quote(an, c.start, c.end)
    if quote is not None and quote != (c.start, c.end):
        return []  # part of a quoted phrase: “辣妈酷爸爱心联盟” read as 酷爸爱心联盟
    if c.type == "Person":
        if len(name) < 2 or name[1:].startswith(_anonymous_tails()) or "的" in name:
            return []
        if _is_place_name(name):
            return [Candidate(c.start, c.end, "Place", c.source, c.score)]  # 波恩, 阿布贾
        # 克林顿派|代表, 李明辉代表: a verb the model glued to the name
        for verb in _verbs_after_names():
            if name.endswith(verb) and len(name) - len(verb) >= 2:
                return [Candidate(c.start, c.end - len(verb), c.type, c.source, c.score)]
        return [c]
    if c.type == "Agency":
        if len(name) < 2 or name[0] in _LEVEL_ABBREVIATIONS:
            return []  # 县法院, 镇政府: a short form only the rules can resolve (or leave out)
        if _is_place_name(name):
            return [Candidate(c.start, c.end, "Place", c.source, c.score)]  # 本报巴黎电, 不来梅
        if name.endswith("政府") and name[:-2] in _world():
            # 印度政府: the country's government is the country acting, written with a generic noun
            return [Candidate(c.start, c.end - 2, "Place", c.source, c.score)]
        if not name.endswith(_org_heads()):
            if name.endswith(ordered_lexicon("place_suffixes.txt")):
                return _place(c, name)  # 东风水库
            if len(name) <= 3 and word_tags().get(name, "") not in _PROPER_TAGS:
                return []  # 农村, 综合, 聚力: words, not short names such as 北大, 欧盟, 微软
            if any(word_tags().get(word, "") in _VERB_TAGS for word in tokenizer().lcut(name)):
                return []  # 聚力联防联控: a phrase with a verb is not an organisation's name
        return [c]
    # locations
    if name in _world() or (len(name) <= 3 and name in gazetteer().all_names):
        # 中国|女队, 芬兰|农林部, 古巴|代表团: the model read the country, the organisation goes on
        from .agencies import org_run
        ends = [e for e in org_run(text, c.end, min(len(text), c.end + 12))
                if not text[c.start:e].endswith("政府")]
        if ends:
            return [Candidate(c.start, ends[-1], "Agency", c.source, c.score)]
    if len(name) == 1:
        return [c] if name in _abbreviations() else []
    if all(ch in _abbreviations() for ch in name) and not _is_place_name(name):
        # 中美, 中日韩, 欧美: one place per character
        return [Candidate(c.start + i, c.start + i + 1, "Place", c.source, c.score) for i in range(len(name))]
    for direction in _DIRECTIONS:  # 保加利亚南部 is a part of 保加利亚
        if name.endswith(direction) and len(name) > len(direction) + 1:
            return [Candidate(c.start, c.end - len(direction), c.type, c.source, c.score)]
    if _longest_end(name, _org_heads()) > _longest_end(name, ordered_lexicon("place_suffixes.txt")):
        return [Candidate(c.start, c.end, "Agency", c.source, c.score)]  # 中国男队, 镇政府 (政府 over 府)
    if word_tags().get(name, "") in ("t", "v", "a", "f", "m"):
        return []  # 北宋, 沿湖
    return _place(c, name)


def _place(c: Candidate, name: str) -> list[Candidate]:
    """A place whose name is a kind (花园小区, 幸福花园: a common word and a place
    head) is not a named place."""
    for head in ordered_lexicon("place_suffixes.txt"):
        if name.endswith(head) and len(name) > len(head):
            modifier = name[:-len(head)]
            if (word_tags().get(modifier, "") in _DESCRIPTIVE_TAGS or modifier in lexicon("generic_names.txt")
                    or modifier in ordered_lexicon("place_suffixes.txt")):
                return []
            break
    return [Candidate(c.start, c.end, "Place", c.source, c.score)]


def _longest_end(name: str, heads: tuple[str, ...]) -> int:
    """The length of the longest of ``heads`` (ordered longest first) ``name`` ends with."""
    return next((len(h) for h in heads if name.endswith(h)), 0)


@cache
def _org_heads() -> tuple[str, ...]:
    return ordered_lexicon("org_suffixes.txt")


def _enclosing_quote(an: Analysis, start: int, end: int) -> tuple[int, int] | None:
    for qs, qe in an.quotes:
        if qs <= start and end <= qe:
            return qs, qe
    return None


def fuse(taken: list[tuple[int, int, str]], candidates: list[Candidate]) -> list[Candidate]:
    """The fusion policy, in one place.

    ``taken`` are the spans (start, end, type) that the gazetteer and the rules
    resolved: their readings are linked and more specific, so a candidate that
    overlaps one loses, except that an organisation may contain divisions and
    places (北京|九十中学, 四川|有线电视台: the rule read only the division).
    Among the rest the longest wins, then the leftmost; chosen candidates never
    overlap each other."""
    chosen: list[Candidate] = []
    ordered = sorted(candidates, key=lambda c: (-_SOURCE_RANK.get(c.source, 0), c.start - c.end, c.start))
    for c in ordered:
        if any(s < c.end and c.start < e and not _may_contain(c, s, e, t) for s, e, t in taken):
            continue
        if any(o.start < c.end and c.start < o.end for o in chosen):
            continue
        chosen.append(c)
    return sorted(chosen, key=lambda c: (c.start, -c.end))


def _may_contain(c: Candidate, start: int, end: int, type_: str) -> bool:
    """An organisation's name may hold other names: 北京|九十中学, 国务院|法制办公室,
    李嘉诚|基金会 (the rule read a shorter name than the organisation's)."""
    return (c.type == "Agency" and c.start <= start and end <= c.end and (end - start) < (c.end - c.start)
            and start - c.start != 1)  # 和|县公安局: one character before a rule's name is a conjunction




def find_model_entities(an: Analysis) -> None:
    """Add the model's people, organisations and places that no rule found."""
    if an.model_tokens is None:
        return
    from .agencies import agency_key, canonical_head
    from .divisions import _unlinked
    from .people import person_key, scope_of
    from .places import place_key

    taken = [(m.start, m.end, m.type) for m in an.mentions if m.end > m.start]
    for c in fuse(taken, model_candidates(an)):
        written = an.text[c.start:c.end]
        if c.type == "Person":
            # 村党总支书记|王德顺: a title right before the name makes an official
            role = "official" if _title_before(an.text, c.start) else "other"
            an.add(Mention.make("Person", an.doc.id, c.start, c.end, written, written,
                                person_key(written, scope_of(an)), role=role, found_by="model"))
        elif c.type == "Agency":
            if written.endswith(ordered_lexicon("place_suffixes.txt")):
                an.add(Mention.make("Place", an.doc.id, c.start, c.end, written, written, place_key(written),
                                    found_by="model"))
                continue
            label = canonical_head(written)
            an.add(Mention.make("Agency", an.doc.id, c.start, c.end, written, label, agency_key(label),
                                found_by="model"))
        elif written.endswith(_DIVISION_SUFFIXES) and len(written) > 2:
            # 城关镇: a division by its name, which the gazetteer could not pin down (many
            # townships share it) or does not hold: a division, not linked
            _unlinked(an, c.start, c.end, written, found_by="model")
        else:
            an.add(Mention.make("Place", an.doc.id, c.start, c.end, written, written, place_key(written),
                                found_by="model"))
    an.mentions.sort(key=lambda m: (m.start, -m.end))


def flatten_nested(an: Analysis) -> None:
    """The last stage: names inside an organisation's name are part of that name.

    A division, place, agency or person written inside an agency (北京 in 北京大学,
    公安县 in 公安县人民法院, 国务院 in 国务院法制办公室) stays an entity of the
    article, with every relation the stages read from it (the agency's
    ``locatedIn``, ``subOrganizationOf``), but its mention no longer claims
    the characters: the outermost name owns a span, as in spaCy's ``filter_spans``
    and in the annotation of the People's Daily NER set."""
    agencies = sorted(((m.start, m.end) for m in an.mentions if m.type == "Agency" and m.end > m.start))
    if not agencies:
        return
    out = []
    for m in an.mentions:
        if m.end > m.start and not m.prop("implicit") and any(
                s <= m.start and m.end <= e and (s, e) != (m.start, m.end) for s, e in agencies):
            props = dict(m.props)
            props["implicit"] = True
            m = Mention.make(m.type, m.document, m.start, m.end, m.text, m.label, m.key, **props)
        out.append(m)
    an.mentions[:] = out


@cache
def _titles() -> frozenset[str]:
    return lexicon("titles.txt")


def _title_before(text: str, offset: int) -> bool:
    return any(text[offset - k:offset] in _titles() for k in range(1, min(offset, 6) + 1))
