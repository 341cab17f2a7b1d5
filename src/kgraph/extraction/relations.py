"""Stage 6: relations between what the earlier stages found in one sentence.

Stages already record the relations their patterns imply (partOf from
adjacent divisions, locatedIn from an agency's name, holdsPost from a title,
subOrganizationOf from nested heads).  This stage adds

- ``organizes``: the agency or division a sentence opens with runs the programs the
  sentence names (公安县委政法委以……平安建设十大专项行动为抓手);
- ``locatedIn`` for a place the text locates (data/relations/): one written right after a
  division or a foreign country, region or city (四川|阿坝|四姑娘山, 俄罗斯|别尔哥罗德州,
  夏威夷州|毛伊岛), and a place or agency after ``位于X的`` (位于|北京市|顺义区|的|北京中德产业园).
"""
from __future__ import annotations

import bisect
from collections import defaultdict
from itertools import accumulate

from ..gazetteer import gazetteer
from ..model import Mention
from ..resources import alias_table, data_words, ordered_lexicon, pos_tags, tokenizer, word_tags
from .analysis import Analysis, stage
from .linkers import agency_key
from .world import foreign_name, names_country

__all__ = ["find_relations"]

_ACTORS = ("Agency", "AdministrativeDivision")


@stage(reads=("text", "tokens", "Agency", "AdministrativeDivision", "Program", "Place"),
       writes=("Agency", "organizes", "locatedIn", "subOrganizationOf"))
def find_relations(an: Analysis) -> None:
    mentions = sorted((m for m in an.mentions if m.end > m.start), key=lambda m: m.start)
    _organizers(an, mentions)
    _places_located(an, [m for m in mentions if not m.prop("implicit")])
    _units_by_name(an)


def _parent_named(label: str, agencies: dict[str, Mention]) -> tuple[str, str, Mention | None] | None:
    """The agency whose name ``label`` starts with, the longest, when the rest names a unit of
    it: (the parent's name as written in ``label``, its own name, its mention in the article or
    None for a central body of data/lexicon/national_agencies.tsv: 中共|代表团 -> 中国共产党).  国务院|办公厅, 中央军委|装备发展部, 中科院|上海分院,
    外交部|领事保护中心; the parent is a whole word of the name (not 国务|委员长) of three characters
    or more, or a central body (中央|文献出版社: 中央 is no body's name); the rest ends with an
    organisation's head (data/lexicon/org_suffixes.txt) in a noun (上海市人民政府|主办 ends in 办,
    but 主办 is no noun), starts with no verb (中央纪委国家监委|驻应急管理部), is no body's own name written longer (中国船舶|集团: data/relations/
    same_body_endings.txt) and no other body (中央纪委|国家监委 are two, written together)."""
    national = alias_table("national_agencies.tsv")
    words = tokenizer().lcut(label)
    cuts = list(accumulate(map(len, words)))[:-1]
    tags = word_tags()
    for cut in reversed(cuts):
        parent, rest = label[:cut], label[cut:]
        mention = agencies.get(parent)
        if mention is None and parent not in national:
            continue
        if (len(parent) < 3 and parent not in national) or names_country(parent) or foreign_name(parent):
            return None  # 乌克兰|总统办公室: a foreign state's body is placed in the country (kgraph.extraction.world)
        rest_words = tokenizer().lcut(rest)
        head_tag = tags.get(rest_words[-1], "n") if len(rest_words[-1]) > 1 else "n"
        if len(rest) < 2 or not rest.endswith(ordered_lexicon("org_suffixes.txt")) or not head_tag.startswith(("n", "j")) \
                or tags.get(rest_words[0], "").startswith("v") or rest in data_words("relations", "same_body_endings.txt") \
                or rest in national:
            return None
        return parent, (mention.label if mention is not None else national[parent]), mention
    return None


def _verb_written_at(an: Analysis, unit: Mention, parent: str) -> bool:
    """Whether the model reads a verb right after the parent's name in the unit's mention:
    中国队|战胜|法国队, 上海市人民政府|主办 are sentences, not names (jieba's dictionary tags 战胜 n
    and 主办 b)."""
    if not unit.text.startswith(parent):
        return False
    tokens = an.model_tokens or ()
    at = unit.start + len(parent)
    index = bisect.bisect_left(tokens, at, key=lambda t: t.start)
    return index < len(tokens) and tokens[index].start == at and tokens[index].tag.startswith("v")


def _units_by_name(an: Analysis) -> None:
    """An agency whose name is another's and a unit is a sub-organisation of it, the other an
    agency of the article or a central body (国务院办公厅 -> 国务院, 中科院上海分院 -> 中科院).
    Not when a stage read one from its nested heads already (公安县委|政法委)."""
    # by their own names: 浙江大学医学院 read as 浙江省大学医学院 is no parent of 浙江大学医学院附属第二医院
    agencies = {m.label: m for m in an.mentions if m.type == "Agency"}
    done = {f.subject for f in an.facts if f.predicate == "subOrganizationOf"}
    for unit in [m for m in an.mentions if m.type == "Agency" and m.end > m.start]:
        if unit.key in done:
            continue
        found = _parent_named(unit.label, agencies)
        if found is None or _verb_written_at(an, unit, found[0]):
            continue
        done.add(unit.key)
        _, parent_label, parent = found
        if parent is None:  # a central body the article does not name by itself: a mention without a span
            parent = an.add(Mention.make("Agency", an.doc.id, unit.start, unit.start, "", parent_label,
                                        agency_key(parent_label), implicit=True))
            agencies[parent_label] = parent
        if parent.key != unit.key:
            an.fact(unit.key, "subOrganizationOf", parent.key, unit.start)


def _organizers(an: Analysis, mentions: list[Mention]) -> None:
    starts = [m.start for m in mentions]
    for start, end in an.sentences:
        # the mentions that start in the sentence, found by bisection (a scan of every
        # mention per sentence made a long article quadratic)
        lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        inside = [m for m in mentions[lo:hi] if m.end <= end]
        if not inside:
            continue
        # the subject: the first actor, when nothing but a short lead-in precedes it
        actors = [m for m in inside if m.type in _ACTORS]
        if not actors or actors[0].start - start > 12:
            continue
        actor = max((m for m in actors if m.start == actors[0].start), key=lambda m: m.end)
        for program in (m for m in inside if m.type == "Program" and m.start >= actor.end):
            an.fact(actor.key, "organizes", program.key, program.start)


def _container(m: Mention) -> bool:
    """Whether a place written right after ``m`` lies in it: a Chinese division, or a foreign
    country, region or city (not China: a Chinese place lies in a division)."""
    if m.type == "AdministrativeDivision":
        return m.key.kind == "division"
    return m.type == "Place" and foreign_name(m.label) is not None


def _own_name(an: Analysis, place: Mention) -> bool:
    """Whether a place's mention is a name of one place of its own, whole words of the text
    (data/relations/): not a country (美国|日本 are two countries), not cut out of a longer
    word (马来西亚|东海岸铁路: 东海 ends inside 海岸), not a common noun (大连|海底隧道), a number or
    a quantity (美国|多州, 中亚|五国) or a direction (美国|东北), not a river or a wall that
    crosses divisions (青海|海东|黄河|岸边) and not a stretch or basin of one (重庆|长江|段)."""
    name = place.label
    if len(name) < 2 or names_country(name) or getattr(foreign_name(name), "kind", None) == "country":
        return False
    if place.start not in an.boundaries or place.end not in an.boundaries:
        return False
    if name in gazetteer().all_names:  # 福建|晋江, 北京|门头沟: a division's short name
        return not an.text.startswith(data_words("relations", "stretches.txt"), place.end)
    if name in data_words("relations", "directions.txt") or _common(name):
        return False
    if name.endswith(data_words("relations", "crossing_features.txt")):
        return False
    return not an.text.startswith(data_words("relations", "stretches.txt"), place.end)


def _common(name: str) -> bool:
    """Whether a place's name is made of common words only (大连|海底隧道, 黑龙江|自贸|试验区,
    合作|区: no word of a proper name, data/lexicon/pos_tags.tsv place_name_words), or is a word
    jieba does not know that starts with a numeral or a quantity (美国|多州, 中亚|五国)."""
    tags = word_tags()
    words = tokenizer().lcut(name)
    if all(word in tags for word in words) and not any(tags[word].startswith(pos_tags("place_name_words"))
                                                       for word in words):
        return True
    return name not in tags and tags.get(name[0]) in data_words("relations", "numeral_tags.txt")


def _noun_follows(an: Analysis, at: int) -> bool:
    after = an.tokens_from(at, 1)
    return bool(after) and word_tags().get(after[0][2], "").startswith("n")


def _places_located(an: Analysis, mentions: list[Mention]) -> None:
    """A place lies in the division or foreign place written right before it
    (四川|阿坝|四姑娘山: in 阿坝藏族羌族自治州, the nearer; 美国|加州), or in the last of those
    written after 位于 and before 的 (位于|上海|的|中国商飞总装制造中心).  A place another stage
    placed already (小区 after its 社区, 杭州|植物园) keeps that."""
    placed = {f.subject for f in an.facts if f.predicate == "locatedIn"}
    ending: dict[int, list[Mention]] = defaultdict(list)
    starting: dict[int, list[Mention]] = defaultdict(list)
    for m in mentions:
        ending[m.end].append(m)
        starting[m.start].append(m)
    markers = data_words("relations", "located_markers.txt")

    def locate(subject: Mention, where: Mention) -> None:
        if subject.key not in placed and subject.key != where.key:
            placed.add(subject.key)
            an.fact(subject.key, "locatedIn", where.key, subject.start)

    for place in (m for m in mentions if m.type == "Place"):
        where = [m for m in ending.get(place.start, ()) if _container(m)]
        if where and _own_name(an, place):
            locate(place, max(where, key=lambda m: m.end - m.start))
    # 位于|北京市|顺义区|的|…: the divisions written one after another, the last the finest
    for marker in markers:
        at = an.text.find(marker)
        while at >= 0:
            cursor, where = at + len(marker), None
            while chain := [m for m in starting.get(cursor, ()) if _container(m)]:
                where = max(chain, key=lambda m: m.end - m.start)
                cursor = where.end
            if where is not None and an.text.startswith("的", cursor):
                # the whole name after 的, not the start of a longer one: 位于|土耳其|伊斯坦布尔|的|黑海|粮食|
                # 外运联合协调中心 places the centre, not the sea; 位于|四川|巴中|的|中国石化|巴中气田 not the firm
                subject = max(starting.get(cursor + 1, ()), key=lambda m: m.end, default=None)
                if subject is not None and not _noun_follows(an, subject.end) and (
                        subject.type == "Agency" or (subject.type == "Place" and _own_name(an, subject))):
                    locate(subject, where)
            at = an.text.find(marker, at + 1)
