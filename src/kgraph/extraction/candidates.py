"""The typed span a recogniser proposes before linking: the one currency of the
proposers (:mod:`.proposers`), the repair of their boundaries (:mod:`.repair`) and the
fusion that chooses among them (:mod:`.fusion`)."""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Candidate"]


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
