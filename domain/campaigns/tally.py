"""Collective results folded at sharing time (ADR 0009).

When a participation of an assessment campaign is shared, its snapshot (the skills validated
then) is split by tube and each tube's subset of validated skills — its *pattern* — adds one
to the campaign's count for that pattern. When the participation stops counting (the learner
retries: the old one is improved), the same patterns are taken away. Collective results and
the analysis then read one row per (tube, pattern) whatever the number of participants, and
reduce each pattern to the campaign's targeted skills of the tube.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from domain.learning_content.model import LearningContent

# Tube name → the validated skills of that tube.
Patterns = Mapping[str, frozenset[str]]


@dataclass(frozen=True, slots=True)
class TallyRow:
    tube: str
    skills: frozenset[str]
    participants: int


@dataclass(frozen=True)
class CampaignTally:
    """How many participations are counted, and how many had each pattern of each tube (a
    participation with nothing validated in a tube appears in no row of that tube)."""

    participants: int
    rows: tuple[TallyRow, ...]

    def by_tube(self) -> dict[str, list[TallyRow]]:
        found: dict[str, list[TallyRow]] = {}
        for row in self.rows:
            found.setdefault(row.tube, []).append(row)
        return found


def tube_patterns(validated: Iterable[str], content: LearningContent) -> dict[str, frozenset[str]]:
    """The validated skills grouped by tube. Skills the content no longer knows belong to no
    tube a campaign can target, so they are left out."""
    grouped: dict[str, set[str]] = {}
    skills = content.skills_by_id
    for skill_id in validated:
        skill = skills.get(skill_id)
        if skill is not None:
            grouped.setdefault(skill.tube_name, set()).add(skill_id)
    return {tube: frozenset(ids) for tube, ids in grouped.items()}
