"""Teams by their quoted names: a quotation and the head of a team right after it (“快乐童行”志愿服务队, “夕阳红”
志愿者巡防队, a city paper's page, 2022; “铸心”党员突击队, “马兰花儿”童声合唱团, xwlb-2023) name one organisation.  The
model reads the quotation alone as the organisation (快乐童行/ORG) or nothing (夕阳红); GUIDELINES counts volunteer
teams and working groups among agencies, by their whole names.
"""
from __future__ import annotations

import re
from functools import cache

from ...model import Mention
from ...resources import lexicon, ordered_lexicon, word_set
from ..analysis import Analysis, SpanIndex
from ..linkers import agency_key
from ..world import is_country

__all__ = ["quoted_teams"]

# a team's name: two to twelve characters of words, no sentence in it (“春熙孃孃”, “天路格桑花”)
_NAME = r"[\u4e00-\u9fff0-9·]{2,12}"
# the words between the quotation and the head say whom the team gathers (巾帼|志愿者服务队, 党员|突击队, 童声|合唱团)
_BETWEEN = r"[\u4e00-\u9fff]{0,6}?"


# what ends a list of named things before their kind: “乡贤工作室”|等|品牌乡村调解室 (叶县's page, 2023) names kinds of
# rooms, no team
_LIST_ENDS = ("等", "、", "和", "及")


@cache
def _teams() -> re.Pattern[str]:
    heads = "|".join(sorted(word_set("quoted_team_heads"), key=len, reverse=True))
    return re.compile(f"“(?P<name>{_NAME})”(?P<kind>{_BETWEEN}(?:{heads}))")


def quoted_teams(an: Analysis) -> None:
    """Add each team its quoted name opens as an agency, over the model's quotation alone: the name written without
    its marks (快乐童行志愿服务队), the written form with them an alias.  Not a program's team (“三下乡”|活动|小分队:
    the words between hold a program's head), nor a name read whole already."""
    text = an.text
    agencies = SpanIndex((m.start, m.end) for m in an.of_type("Agency") if m.end > m.start)
    triggers = ordered_lexicon("program_triggers.txt")
    for match in _teams().finditer(text):
        start, end = match.span()
        between = match.group("kind")
        if end not in an.boundaries and not text.startswith(("、", "，", "等", "的"), end):
            continue
        if between.startswith(_LIST_ENDS) or any(word in between for word in triggers) \
                or match.group("name").endswith(triggers) \
                or any(word in between for word in lexicon("stop_tokens.txt") if len(word) > 1):
            continue
        if agencies.overlapping(start, end) and not _quotation_only(an, match):
            continue
        inside = [m for m in an.mentions if m.type == "Agency" and m.end > m.start
                  and match.start("name") <= m.start and m.end <= match.end("name")]
        for m in inside:  # the model's 快乐童行/ORG: the name's part, no organisation of its own
            an.mentions.remove(m)
        # (a country written right before the quotation names a foreign team with it: 韩国|“小天使”艺术团, pd-dev-01006)
        country = next((k for k in (4, 3, 2) if start >= k and is_country(text[start - k:start])), 0)
        start -= country
        label = text[start:match.start()] + match.group("name") + between
        an.add(Mention.make("Agency", an.doc.id, start, end, text[start:end], label, agency_key(label)))


def _quotation_only(an: Analysis, match: re.Match[str]) -> bool:
    """Whether the agencies read over a team's name lie inside its quotation (the model's 快乐童行/ORG)."""
    return all(match.start("name") <= m.start and m.end <= match.end("name")
               for m in an.of_type("Agency") if m.end > m.start and m.start < match.end() and match.start() < m.end)
