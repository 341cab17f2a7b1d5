"""Posts in a body's party group: a title that names the group (党组书记, 党组成员: data/posts/party_group_titles.tsv)
is held in the body by that title, as EVENTS.md writes it (党组书记 of 秦州区政协), and in the group, an agency of its
own (秦州区政协党组, GUIDELINES), by the title the group gives (书记, 成员): both say the same post, each as one
specification counts it.  The body's own titles in the chain stay the body's (…党组书记、主席|毛更生: 主席 of 秦州区政协)."""
from __future__ import annotations

from functools import cache

from ...model import Fact, Mention
from ...resources import data_table, word_set
from ..analysis import Analysis
from ..linkers import agency_key


@cache
def _group_titles() -> dict[str, str]:
    return {row[0]: row[1] for row in data_table("posts", "party_group_titles.tsv")}


def posts_in_party_groups(an: Analysis) -> None:
    """Give each post whose title names the body's party group in the group as well, adding the group where the page
    never writes it whole (区政协党组成员 is read as 秦州区政协 and a title): its agency, located in the body's
    division and a unit of the body."""
    titles = _group_titles()
    agencies = {m.key: m for m in an.of_type("Agency")}
    groups: dict[str, Mention] = {m.label: m for m in an.of_type("Agency") if m.label.endswith("党组")}
    for fact in list(an.facts):
        title = dict(fact.props).get("title", "")
        body = agencies.get(fact.object)
        if fact.predicate != "holdsPost" or title not in titles or body is None \
                or body.label.endswith(tuple(word_set("party_bodies"))):
            continue
        group = groups.get(body.label + "党组")
        if group is None:
            group = groups[body.label + "党组"] = an.add(Mention.make(
                "Agency", an.doc.id, fact.start, fact.start, "", body.label + "党组", agency_key(body.label + "党组"),
                implicit=True, division=body.prop("division"), division_label=body.prop("division_label")))
            if body.prop("division") is not None:
                an.fact(group.key, "locatedIn", body.prop("division"), fact.start)
            an.fact(group.key, "subOrganizationOf", body.key, fact.start)
        an.facts.append(Fact.make(fact.subject, fact.predicate, group.key, fact.document, fact.start, fact.end,
                                  **{**dict(fact.props), "title": titles[title]}))
