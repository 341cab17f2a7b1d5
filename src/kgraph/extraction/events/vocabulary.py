"""The events stage's words, read once from ``data/events/``: the triggers with their type,
reading and role (and the posts stage's verbs of taking or leaving a post, as appointments), the
kinds of gatherings, the marker lists, the places a word names by one character (在|京, 来|华) and
who speaks for a country (中国代表); each with the one regex that finds it."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ...errors import DataError
from ...gazetteer import gazetteer
from ...model import EVENT_ROLES, Key
from ...resources import data_table, data_words, every_occurrence, longest_first, word_pattern
from ..lexicons import post_verbs
from ..recognisers.divisions import division_key
from ..recognisers.places import place_key
from ..world import country_abbreviations, world_names

_CHANGE_ROLES = {"start", "end"}


@dataclass(frozen=True)
class Trigger:
    word: str
    type: str
    reading: str
    role: str  # the role of the people before the trigger, or an appointment's change


def _appointment_triggers() -> dict[str, Trigger]:
    """The verbs of taking or leaving a post, as the posts stage reads them
    (``data/posts/post_verbs.tsv``: 某某|同志|任|…, 任命|某某|为|…, 免去|…|职务), but those that
    say a post is held, not changed (``markers.tsv`` ``post_states``: 担任, 现任)."""
    return {verb: Trigger(verb, "Appointment", "appoint_other" if holder_after else "appoint_self",
                          "end" if ends else "start")
            for verb, holder_after, _, ends in post_verbs() if verb not in markers("post_states")}


@cache
def triggers() -> dict[str, Trigger]:
    """``data/events/triggers.tsv``: each trigger word with its type, reading and role; and
    the verbs of taking or leaving a post of ``data/posts/post_verbs.tsv``."""
    # the readings a row names are the stage's (kgraph.extraction.events): they read the triggers, so the
    # registry of them is imported when the table is first read, not with this module
    from . import _READINGS
    table = _appointment_triggers()
    for row in _by_abbreviation(data_table("events", "triggers.tsv")):
        if len(row) < 4 or row[1] not in EVENT_ROLES or row[2] not in _READINGS or (
                row[3] not in EVENT_ROLES[row[1]] and row[3] not in _CHANGE_ROLES):
            raise DataError(f"data/events/triggers.tsv: {chr(9).join(row)!r}: give trigger, event type, "
                            f"reading ({', '.join(_READINGS)}) and role")
        table[row[0]] = Trigger(*row[:4])
    return table


@cache
def _trigger_pattern() -> re.Pattern[str]:
    """Every trigger, longest first; a word that holds a gathering only at its clause's end (markers
    clause_final_holds: 宣讲会|在|京|启动|。) is one only before a clause's closing mark, or 了 and one (not 启动|仪式,
    启动|十周年, 启动|“…”)."""
    final = set(markers("clause_final_holds"))
    return re.compile("|".join(re.escape(word) + (_AT_CLAUSE_END if word in final else "")
                               for word in longest_first(triggers())))


# (a clause's closing mark must follow, or 了 and one: not a quotation's, a number's or an object's — 启动|“…促进月”,
# 启动|100个|项目, 启动|了|首次|试运行; a search that ends right after the word finds none)
_AT_CLAUSE_END = r"(?=了?[，。；！？,;!?\n])"
_CLAUSE_END_AFTER = re.compile(_AT_CLAUSE_END)


def a_trigger_there(text: str, start: int, stop: int) -> bool:
    """Whether a trigger's occurrence at text[start:stop] is one (:func:`_trigger_pattern`'s rule for the words that
    hold a gathering only at their clause's end), for the reader's index of every occurrence."""
    return text[start:stop] not in markers("clause_final_holds") or _CLAUSE_END_AFTER.match(text, stop) is not None


@cache
def _trigger_finder():
    """Every occurrence of every trigger, overlapping ones too (the reader indexes them once)."""
    return every_occurrence(triggers())


@cache
def _meeting_pattern() -> re.Pattern[str]:
    """The meetings' triggers, but where one begins a gathering's kind (座谈 of 座谈会), and but those
    that join the one just reported, which meet no one named after them (邓鸿森|出席|活动|并|致辞,
    xwlb-20230426-07: he speaks), nor a meeting's word at the end of one of those (参加|接见)."""
    words = longest_first(word for word, trigger in triggers().items()
                          if trigger.type == "Meeting" and trigger.reading != "join")
    joining = [word for word, trigger in triggers().items() if trigger.type == "Meeting" and trigger.reading == "join"]
    alternatives = []
    for word in words:
        rests = [noun[len(word):] for noun in gathering_nouns() if noun.startswith(word) and noun != word]
        # (nor inside a joining trigger: 王毅|参加接见|并|在|…|会议|上|讲话, xwlb-20231229-03 — he speaks, no one met does)
        joined = "".join(f"(?<!{re.escape(join[:-len(word)])})" for join in joining
                         if join.endswith(word) and join != word)
        alternatives.append(joined + re.escape(word) + (f"(?!{'|'.join(map(re.escape, rests))})" if rests else ""))
    return re.compile("|".join(alternatives))


@cache
def _studying_pattern() -> re.Pattern[str]:
    return word_pattern(markers("studying_verbs"))


@cache
def gathering_nouns() -> tuple[str, ...]:
    """``data/events/gatherings.txt``, longest first: what a gathering's name ends with."""
    return longest_first(data_words("events", "gatherings.txt"))


@cache
def _gathering_pattern() -> re.Pattern[str]:
    return word_pattern(gathering_nouns())


@cache
def markers(name: str) -> tuple[str, ...]:
    """A word list of ``data/events/markers.tsv``, longest first."""
    for row in data_table("events", "markers.tsv"):
        if row[0] == name:
            return longest_first(row[1].split())
    raise DataError(f"data/events/markers.tsv has no list {name}")


# in a row of the data files, a country named by the one character news abbreviates it by
_ABBREVIATION = "*"


def _by_abbreviation(rows) -> list[list[str]]:
    """The rows of a data table, a row with ``*`` once for each country abbreviation of the
    world list (``*`` becomes the character in the row's first field, the country's name in
    the others): ``访*  访  *  country`` reads 访|俄 as a visit to 俄罗斯, 访|美 to 美国."""
    return _each_country(rows, _ABBREVIATION, country_abbreviations().items())


def _each_country(rows, mark: str, names) -> list[list[str]]:
    """The rows of a data table, a row with ``mark`` in its first field once for each (name, country) of ``names``:
    ``mark`` becomes the name in the first field and the country's one name in the others."""
    out = []
    for row in rows:
        if not row or mark not in row[0]:
            out.append(row)
            continue
        for name, country in names:
            out.append([row[0].replace(mark, name)] + [field.replace(mark, country) for field in row[1:]])
    return out


@dataclass(frozen=True)
class ImpliedPlace:
    """A place named by one character after its link (在|京, 来|华): ``data/events/implied_places.tsv``."""

    word: str
    link: str
    name: str
    type: str  # AdministrativeDivision or Place
    key: Key
    props: tuple[tuple[str, object], ...] = ()


_IMPLIED_KINDS = {"division": "AdministrativeDivision", "country": "Place"}


@cache
def implied_places() -> dict[str, ImpliedPlace]:
    """``data/events/implied_places.tsv``: each word with its link and the place it names."""
    table = {}
    for row in _by_abbreviation(data_table("events", "implied_places.tsv")):
        if len(row) < 4 or row[3] not in _IMPLIED_KINDS or not row[0].startswith(row[1]) or row[0] == row[1]:
            raise DataError(f"data/events/implied_places.tsv: {chr(9).join(row)!r}: give the word, its link, "
                            f"the place's name and its kind ({', '.join(_IMPLIED_KINDS)})")
        word, link, name, kind = row[:4]
        if kind == "division":
            nodes = [node for node in gazetteer().lookup(name) if gazetteer().full_name(node) == name
                     or gazetteer().names[node] == name]
            if not nodes:
                raise DataError(f"data/events/implied_places.tsv: {name} is no division of the gazetteer")
            node = nodes[0]
            table[word] = ImpliedPlace(word, link, name, _IMPLIED_KINDS[kind], division_key(node), (
                ("code", gazetteer().code(node)), ("level", gazetteer().level(node)), ("node", node)))
        else:
            table[word] = ImpliedPlace(word, link, name, _IMPLIED_KINDS[kind], place_key(name))
    return table


@cache
def _implied_pattern() -> re.Pattern[str]:
    return word_pattern(implied_places())


@cache
def sides() -> dict[str, str]:
    """``data/events/sides.tsv``: who speaks for a country (中国代表), and the country.  A row with ``%`` stands for
    one row per name of each country of the world list (``%代表``: 俄罗斯代表 and 俄国代表 -> 俄罗斯), one with ``*``
    for each country's abbreviation (``*方代表``: 美方代表 -> 美国); a row written out wins over one made so."""
    rows = data_table("events", "sides.tsv")
    for row in rows:
        if len(row) < 2:
            raise DataError(f"data/events/sides.tsv: {chr(9).join(row)!r}: give the words and the country's name")
    templates = [row for row in rows if _ABBREVIATION in row[0] or _EVERY_COUNTRY in row[0]]
    made: dict[str, str] = {}
    for row in _by_abbreviation(_by_country(templates)):
        made.setdefault(row[0], row[1])
    return made | {row[0]: row[1] for row in rows if row not in templates}


# in a row of a data file, each name of each country of the world list
_EVERY_COUNTRY = "%"


def _by_country(rows) -> list[list[str]]:
    """The rows of a data table, a row with ``%`` once for each name of each country of the world list (``%`` becomes
    the name in the row's first field, the country's one name in the others): ``%代表  %`` reads 俄罗斯代表 and 俄国代表
    as 俄罗斯's; as :func:`_by_abbreviation` does for ``*``."""
    return _each_country(rows, _EVERY_COUNTRY, [(name, place.country) for name, place in world_names().items()
                                                if place.kind == "country"])


@cache
def _sides_pattern() -> re.Pattern[str]:
    return word_pattern(sides())
