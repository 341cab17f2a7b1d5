"""Posts in a body's party group or committee: a title that names the party unit (党组书记, 党组成员, 党委书记:
data/posts/party_group_titles.tsv) is held in the body by that title, as EVENTS.md writes it (党组书记 of 秦州区政协),
and in the unit, an agency of its own (秦州区政协党组, 甘肃日报报业集团党委: GUIDELINES), by the title the unit gives
(书记, 成员): both say the same post, each as one specification counts it.  The body's own titles in the chain stay
the body's (…党组书记、主席|毛更生: 主席 of 秦州区政协); a division's committee has no unit of its own, nor a division's
government a 党委 (镇政府|党委书记 is the town's committee's post: data/posts/party_titles.txt)."""
from __future__ import annotations

from functools import cache

from ...model import Fact, Mention
from ...resources import data_table
from ..analysis import Analysis
from ..linkers import agency_key


@cache
def _group_titles() -> dict[str, tuple[str, str]]:
    """title written -> (the party unit, the title in it): 党组书记 -> (党组, 书记)."""
    return {row[0]: (row[1], row[2]) for row in data_table("posts", "party_group_titles.tsv")}


def party_unit_of(title: str) -> str | None:
    """The party unit a title names (党组成员, 党组书记 -> 党组; data/posts/party_group_titles.tsv), or None."""
    return _group_titles().get(title, (None, None))[0]


def member_titles() -> frozenset[str]:
    """The titles of a party unit's members, not its heads (党组成员)."""
    return frozenset(title for title, (_, held_as) in _group_titles().items() if held_as == "成员")


def posts_in_party_groups(an: Analysis) -> None:
    """Give each post whose title names the body's party unit in the unit as well, adding the unit where the page
    never writes it whole (区政协党组成员 is read as 秦州区政协 and a title): its agency, located in the body's
    division and a unit of the body."""
    titles = _group_titles()
    agencies = {m.key: m for m in an.of_type("Agency")}
    units = tuple({unit for unit, _ in titles.values()})
    groups: dict[str, Mention] = {m.label: m for m in an.of_type("Agency") if m.label.endswith(units)}
    for fact in list(an.facts):
        title = dict(fact.props).get("title", "")
        body = agencies.get(fact.object)
        if fact.predicate != "holdsPost" or title not in titles or body is None or body.label.endswith(units):
            continue  # (a party unit itself has none of its own: 秦州区政协党组|书记; but 郑州市农委|党组书记, 农委's)
        unit, held_as = titles[title]
        if _a_divisions_own(body, unit):
            continue
        label = body.label + unit
        group = groups.get(label)
        if group is None:
            group = groups[label] = an.add(Mention.make(
                "Agency", an.doc.id, fact.start, fact.start, "", label, agency_key(label),
                implicit=True, division=body.prop("division"), division_label=body.prop("division_label")))
            if body.prop("division") is not None:
                an.fact(group.key, "locatedIn", body.prop("division"), fact.start)
            an.fact(group.key, "subOrganizationOf", body.key, fact.start)
        an.facts.append(Fact.make(fact.subject, fact.predicate, group.key, fact.document, fact.start, fact.end,
                                  **{**dict(fact.props), "title": held_as}))


def _a_divisions_own(body: Mention, unit: str) -> bool:
    """Whether ``body`` is a division's committee, which has no party unit of its own (县委, 镇党委), or, for a 党委, a
    division's government, whose 党委书记 is the division's committee's (data/posts/party_titles.txt); a government's
    党组 is its own (市政府|党组成员|梁世武: 玉林市人民政府党组, a city's page, 2019)."""
    division = body.prop("division_label")
    own = ("委", "党工委") + (("人民政府", "政府") if unit == "党委" else ())
    return bool(division) and body.label.startswith(division) and body.label[len(division):] in own
