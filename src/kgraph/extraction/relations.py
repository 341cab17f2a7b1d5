"""Stage 6: relations between what the earlier stages found in one sentence.

Stages already record the relations their patterns imply (partOf from
adjacent divisions, locatedIn from an agency's name, holdsPost from a title,
subOrganizationOf from nested heads).  This stage adds ``organizes``: the
agency or division a sentence opens with runs the programs the sentence
names (公安县委政法委以……平安建设十大专项行动为抓手).
"""
from __future__ import annotations

import bisect

from .analysis import Analysis, stage

__all__ = ["find_relations"]

_ACTORS = ("Agency", "AdministrativeDivision")


@stage(reads=("text", "Agency", "AdministrativeDivision", "Program"), writes=("organizes",))
def find_relations(an: Analysis) -> None:
    mentions = sorted((m for m in an.mentions if m.end > m.start), key=lambda m: m.start)
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
