"""Pix, levels, mastery rates, stages, badges and certifiability (reference §3.4, §6.3,
product reference §5).

Every function takes the skills and the set of validated skill ids, so the same code scores
a finished campaign, a live profile or a simulated learner.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from adaptive import knowledge as knowledge_module
from adaptive.types import KnowledgeElement, Skill

PIX_PER_LEVEL = 8
COMPETENCE_COUNT = 16
DEFAULT_MAX_REACHABLE_LEVEL = 5
# 8 levels × 8 pix × 16 competences: the scale the total is shown on.
PIX_SCALE = 1024
COMPETENCES_NEEDED_TO_CERTIFY = 5


def round_half_up(value: float) -> int:
    """JavaScript's Math.round, which Pix uses for displayed percentages (not banker's)."""
    return math.floor(value + 0.5)


@dataclass(frozen=True, slots=True)
class CompetenceScore:
    competence_id: str
    exact_pix: float
    pix: int
    level: int

    @property
    def pix_ahead_for_next_level(self) -> int:
        return self.pix % PIX_PER_LEVEL

    @property
    def remaining_pix_to_next_level(self) -> int:
        return PIX_PER_LEVEL - self.pix_ahead_for_next_level


def competence_scores(
    skills: Iterable[Skill],
    validated: Collection[str],
    *,
    max_reachable_level: int = DEFAULT_MAX_REACHABLE_LEVEL,
    allow_excess: bool = False,
) -> dict[str, CompetenceScore]:
    """Pix and level of every competence that has skills; pix are floored then capped."""
    exact: dict[str, float] = {}
    for skill in skills:
        earned = skill.pix_value if skill.id in validated else 0.0
        exact[skill.competence_id] = exact.get(skill.competence_id, 0.0) + earned
    cap = max_reachable_level * PIX_PER_LEVEL
    scores: dict[str, CompetenceScore] = {}
    for competence_id, real in exact.items():
        # A sum of fractional pix values can land a hair under an integer (8/3 × 3).
        real = round(real, 9)
        pix = math.floor(real)
        level = math.floor(real / PIX_PER_LEVEL)
        if not allow_excess:
            pix = min(pix, cap)
            level = min(level, max_reachable_level)
        scores[competence_id] = CompetenceScore(competence_id, real, pix, level)
    return scores


def scores_from_knowledge(
    skills: Iterable[Skill],
    knowledge: Iterable[KnowledgeElement],
    *,
    max_reachable_level: int = DEFAULT_MAX_REACHABLE_LEVEL,
) -> dict[str, CompetenceScore]:
    validated = knowledge_module.validated_skill_ids(knowledge)
    return competence_scores(skills, validated, max_reachable_level=max_reachable_level)


def total_pix(scores: Mapping[str, CompetenceScore]) -> int:
    return sum(score.pix for score in scores.values())


def is_certifiable(scores: Mapping[str, CompetenceScore]) -> bool:
    """Level 1 or more in at least 5 competences (of the core framework: the caller filters)."""
    return sum(1 for score in scores.values() if score.level >= 1) >= COMPETENCES_NEEDED_TO_CERTIFY


def mastery_rate(target_skills: Sequence[Skill], validated: Collection[str]) -> float:
    """Share of the target skills that are validated (0 for an empty target)."""
    if not target_skills:
        return 0.0
    return sum(1 for skill in target_skills if skill.id in validated) / len(target_skills)


def _percent_by(
    target_skills: Sequence[Skill], validated: Collection[str], key: Mapping[str, str]
) -> dict[str, int]:
    totals: dict[str, list[int]] = {}
    for skill in target_skills:
        counts = totals.setdefault(key[skill.id], [0, 0])
        counts[0] += skill.id in validated
        counts[1] += 1
    return {group: round_half_up(100 * done / total) for group, (done, total) in totals.items()}


def mastery_percent_by_competence(
    target_skills: Sequence[Skill], validated: Collection[str]
) -> dict[str, int]:
    return _percent_by(
        target_skills, validated, {skill.id: skill.competence_id for skill in target_skills}
    )


def mastery_percent_by_area(
    target_skills: Sequence[Skill],
    validated: Collection[str],
    competence_area: Mapping[str, str] | None = None,
) -> dict[str, int]:
    """Per area, using ``skill.area_id`` or else the competence → area mapping."""
    areas = competence_area or {}
    key = {skill.id: skill.area_id or areas.get(skill.competence_id, "") for skill in target_skills}
    return _percent_by(target_skills, validated, key)


# ---------------------------------------------------------------------------- stages


@dataclass(frozen=True, slots=True)
class Stage:
    """A palier: a mastery threshold (percent) or a level, or the "first skill" stage."""

    id: str
    threshold: int | None = None
    level: int | None = None
    is_first_skill: bool = False


@dataclass(frozen=True, slots=True)
class ReachedStage:
    stage: Stage
    reached: int  # 1-based; the zero stage is 1
    total: int


def stage_threshold(stage: Stage, target_skills: Sequence[Skill]) -> int:
    """Level stages become thresholds: the share of target skills at or below the level."""
    if stage.threshold is not None:
        return stage.threshold
    if stage.is_first_skill or not stage.level:
        return 0
    if not target_skills:
        return 100
    below = sum(1 for skill in target_skills if skill.level <= stage.level)
    return round_half_up(100 * below / len(target_skills))


def ordered_stages(stages: Sequence[Stage], target_skills: Sequence[Skill]) -> list[Stage]:
    """Sorted by threshold, the first-skill stage moved to second place."""
    ordered = sorted(
        (stage for stage in stages if not stage.is_first_skill),
        key=lambda stage: stage_threshold(stage, target_skills),
    )
    first_skill = [stage for stage in stages if stage.is_first_skill]
    return ordered[:1] + first_skill + ordered[1:]


def reached_stage(
    stages: Sequence[Stage], target_skills: Sequence[Skill], validated: Collection[str]
) -> ReachedStage | None:
    ordered = ordered_stages(stages, target_skills)
    if not ordered:
        return None
    validated_count = sum(1 for skill in target_skills if skill.id in validated)
    mastery = 100 * mastery_rate(target_skills, validated)
    index = 0
    if validated_count:
        for position, stage in enumerate(ordered):
            if stage.is_first_skill or stage_threshold(stage, target_skills) <= mastery:
                index = position
    return ReachedStage(ordered[index], index + 1, len(ordered))


# ---------------------------------------------------------------------------- badges


class CriterionScope(StrEnum):
    CAMPAIGN = "campaign"  # every target skill
    CAPPED_TUBES = "capped_tubes"  # the listed tubes, up to their cap
    EACH_COMPETENCE = "each_competence"  # every competence of the target, separately


@dataclass(frozen=True, slots=True)
class BadgeCriterion:
    scope: CriterionScope
    threshold: int
    capped_tubes: tuple[tuple[str, int], ...] = ()
    name: str = ""


def _scoped_groups(criterion: BadgeCriterion, target: Sequence[Skill]) -> list[list[Skill]]:
    if criterion.scope is CriterionScope.CAMPAIGN:
        return [list(target)]
    if criterion.scope is CriterionScope.CAPPED_TUBES:
        caps = dict(criterion.capped_tubes)
        return [[s for s in target if s.tube_id in caps and s.level <= caps[s.tube_id]]]
    groups: dict[str, list[Skill]] = {}
    for skill in target:
        groups.setdefault(skill.competence_id, []).append(skill)
    return list(groups.values())


def criterion_progress(
    criterion: BadgeCriterion, target_skills: Sequence[Skill], validated: Collection[str]
) -> int:
    """Acquisition progress in percent, min(100, mastery ÷ threshold); the weakest group
    counts for per-competence criteria."""
    progresses = []
    for group in _scoped_groups(criterion, target_skills):
        mastery = 100 * mastery_rate(group, validated)
        progress = 100 if criterion.threshold <= 0 else mastery / criterion.threshold * 100
        progresses.append(min(100, round_half_up(progress)))
    return min(progresses, default=0)


def criterion_met(
    criterion: BadgeCriterion, target_skills: Sequence[Skill], validated: Collection[str]
) -> bool:
    groups = _scoped_groups(criterion, target_skills)
    # An empty scope (a typo in the capped tubes) must not hand out the badge.
    return all(
        group and 100 * mastery_rate(group, validated) >= criterion.threshold for group in groups
    ) and bool(groups)


def badge_acquired(
    criteria: Sequence[BadgeCriterion], target_skills: Sequence[Skill], validated: Collection[str]
) -> bool:
    """A badge is acquired when every one of its criteria is met."""
    return bool(criteria) and all(
        criterion_met(criterion, target_skills, validated) for criterion in criteria
    )
