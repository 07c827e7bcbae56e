"""``flash-v1``: Pix's certification algorithm (reference §5).

2PL items, EAP capacity with the re-centred prior and capped steps, then: one question per
tube, every competence covered before any comes back, not the competences of the last two
answers when avoidable, the five most informative challenges and a 51 % "binary tree" pick
among them; 32 questions. No knowledge elements: the result is a capacity, a score and
levels. Item parameters come from content, or from the level-based default of ``irt``.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import cast

from adaptive import irt
from adaptive.strategies.base import ContentIndex, KnowledgePolicy, content_index, hash_int
from adaptive.types import (
    Answer,
    Challenge,
    Decision,
    Estimate,
    Finished,
    KnowledgeElement,
    Next,
    Skill,
)

NAME = "flash-v1"


@dataclass(frozen=True)
class FlashConfig:
    maximum_assessment_length: int = 32
    challenges_between_same_competence: int = 2
    limit_to_one_question_per_tube: bool = True
    enable_passage_by_all_competences: bool = True
    variation_percent: float | None = irt.VARIATION_PERCENT
    default_capacity: float = irt.DEFAULT_CAPACITY
    top_challenges: int = 5
    probability_to_pick: int = 51  # percent, at each rank of the top list


def binary_tree_pick(ranked: Sequence[Challenge], rng: random.Random, percent: int) -> Challenge:
    """Walk down the ranking, stopping at each rank with ``percent`` % chance; the last rank
    is taken unconditionally (P(rank k) = p·(1−p)^k)."""
    for challenge in ranked[:-1]:
        if rng.random() * 100 < percent:
            return challenge
    return ranked[-1]


class Flash:
    knowledge_policy = KnowledgePolicy.NONE

    def __init__(self, config: FlashConfig | None = None, name: str = NAME) -> None:
        self.config = config or FlashConfig()
        self.name = name

    def __call__(
        self,
        skills: Sequence[Skill],
        knowledge: Sequence[KnowledgeElement],
        challenges: Sequence[Challenge],
        answers: Sequence[Answer],
        seed: int,
    ) -> Decision:
        config = self.config
        index = content_index(skills, challenges)
        responses: list[tuple[irt.Item, bool]] = []
        answered: list[tuple[Challenge, bool]] = []
        for answer in answers:
            challenge = index.challenge_of.get(answer.challenge_id)
            if challenge is None:
                continue
            skill = index.skill_of.get(challenge.skill_id)
            responses.append((irt.item_of(challenge, skill), answer.result.is_success))
            answered.append((challenge, answer.result.is_success))
        history = irt.estimate_capacity(
            responses,
            initial=config.default_capacity,
            variation_percent=config.variation_percent,
        )
        capacity = history[-1].capacity if history else config.default_capacity
        error_rate = history[-1].error_rate if history else irt.DEFAULT_ERROR_RATE
        estimate = self._estimate(skills, index, answered, capacity, error_rate)

        if len(answers) >= config.maximum_assessment_length:
            return Finished(_reason(estimate, "maximum length reached"))
        candidates = self._candidates(index, [challenge for challenge, _ in answered])
        if not candidates:
            return Finished(_reason(estimate, "lack of challenges"))
        items = _calibration(index).items
        # Stable sort: equal rewards keep the content order, so the pick stays replayable.
        ranked = sorted(candidates, key=lambda c: -irt.information(items[c.id], capacity))
        rng = random.Random(hash_int(seed) ^ (len(answers) * 0x2545F491))
        chosen = binary_tree_pick(ranked[: config.top_challenges], rng, config.probability_to_pick)
        return Next(chosen, estimate)

    def _candidates(self, index: ContentIndex, answered: Sequence[Challenge]) -> list[Challenge]:
        config = self.config
        skill_of = index.skill_of
        asked_ids = {challenge.id for challenge in answered}
        answered_skills = [skill_of[c.skill_id] for c in answered if c.skill_id in skill_of]
        pool = [c for c in index.challenge_of.values() if c.id not in asked_ids]
        pool = [c for c in pool if c.skill_id in skill_of]
        if config.limit_to_one_question_per_tube:
            used_tubes = {skill.tube_id for skill in answered_skills}
            pool = [c for c in pool if skill_of[c.skill_id].tube_id not in used_tubes]
        else:
            used_skills = {skill.id for skill in answered_skills}
            pool = [c for c in pool if c.skill_id not in used_skills]
        if config.enable_passage_by_all_competences:
            seen = {skill.competence_id for skill in answered_skills}
            fresh = [c for c in pool if skill_of[c.skill_id].competence_id not in seen]
            pool = fresh or pool
        recent_count = config.challenges_between_same_competence
        if recent_count:
            recent = {skill.competence_id for skill in answered_skills[-recent_count:]}
            spaced = [c for c in pool if skill_of[c.skill_id].competence_id not in recent]
            pool = spaced or pool
        return pool

    def _estimate(
        self,
        skills: Sequence[Skill],
        index: ContentIndex,
        answered: Sequence[tuple[Challenge, bool]],
        capacity: float,
        error_rate: float,
    ) -> Estimate:
        """Capacity and error, plus the skills this capacity accounts for (reference §5.5's
        "pix from capacity"): those answered right, and each other skill whose easiest
        challenge is answered right 95 % of the time at this capacity."""
        right = {challenge.skill_id for challenge, success in answered if success}
        asked_skills = {challenge.skill_id for challenge, _ in answered}
        validated: set[str] = set(right)
        easiest = _calibration(index).easiest
        for skill in skills:
            if skill.id not in asked_skills and capacity >= easiest.get(skill.id, math.inf):
                validated.add(skill.id)
        return Estimate(
            strategy=self.name,
            level=capacity,
            validated=frozenset(validated),
            invalidated=frozenset(s.id for s in skills) - validated,
            capacity=capacity,
            error_rate=error_rate,
        )


@dataclass(frozen=True)
class _Calibration:
    items: dict[str, irt.Item]  # challenge id → parameters
    easiest: dict[str, float]  # skill id → lowest minimum capability of its challenges


def _calibration(index: ContentIndex) -> _Calibration:
    """Item parameters of the content, computed once per content index."""
    if NAME not in index.derived:
        items = {
            c.id: irt.item_of(c, index.skill_of.get(c.skill_id))
            for c in index.challenge_of.values()
        }
        easiest = {
            skill_id: min(irt.minimum_capability(items[c.id]) for c in pool)
            for skill_id, pool in index.by_skill.items()
        }
        index.derived[NAME] = _Calibration(items, easiest)
    return cast(_Calibration, index.derived[NAME])


def _reason(estimate: Estimate, reason: str) -> Estimate:
    return replace(estimate, reason=reason)
