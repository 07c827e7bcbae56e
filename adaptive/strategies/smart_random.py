"""``smart-random-v1``: Pix's next-challenge algorithm, reproduced faithfully (reference §4).

It is the baseline every other strategy is measured against, so it keeps Pix's quirks: the
filters run in Pix's order with Pix's fallbacks, reward ties are all kept, and the pick is a
fixed hash of the assessment seed (the same index modulo the list length at every step).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from adaptive import knowledge as knowledge_module
from adaptive.strategies.base import (
    KnowledgePolicy,
    group_tubes,
    hash_int,
    prefer_validated,
    remaining_challenges,
)
from adaptive.types import (
    Answer,
    Challenge,
    Decision,
    Estimate,
    Finished,
    KnowledgeElement,
    KnowledgeSource,
    KnowledgeStatus,
    Next,
    Skill,
)

NAME = "smart-random-v1"
DEFAULT_LEVEL_FOR_FIRST_CHALLENGE = 2
MAX_LEVEL_TO_BE_AN_EASY_TUBE = 3
MAX_DIFF_BETWEEN_USER_LEVEL_AND_SKILL_LEVEL = 2
CAT_LEVELS = tuple(0.5 * step for step in range(1, 16))  # 0.5 … 7.5
# Virtual observations that keep the estimate finite: level 0 always right, 7 always wrong.
_VIRTUAL = ((0, 1), (7, 0))


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


def predicted_level(direct: Sequence[tuple[int, bool]]) -> float:
    """Grid solution of the unit-slope Rasch likelihood equation Σ (y − σ(L − d)) = 0.

    ``direct`` holds (skill level, validated) for every direct KE; the lowest level wins
    ties, as in Pix.
    """
    counts: dict[int, list[int]] = {}
    for skill_level, validated in (*direct, *((d, bool(y)) for d, y in _VIRTUAL)):
        tally = counts.setdefault(skill_level, [0, 0])
        tally[0] += 1
        tally[1] += validated
    best_level, best_gap = CAT_LEVELS[0], math.inf
    for level in CAT_LEVELS:
        total = sum(ok - n * _sigmoid(level - d) for d, (n, ok) in counts.items())
        if abs(total) < best_gap:
            best_level, best_gap = level, abs(total)
    return best_level


@dataclass(frozen=True)
class _SkillInfo:
    skill: Skill
    challenges: list[Challenge]
    timed: bool
    tested: bool


def _keep_or_fallback(candidates: list[_SkillInfo], kept: list[_SkillInfo]) -> list[_SkillInfo]:
    return kept if kept else candidates


class SmartRandom:
    name = NAME
    knowledge_policy = KnowledgePolicy.INFER_EACH_ANSWER

    def __call__(
        self,
        skills: Sequence[Skill],
        knowledge: Sequence[KnowledgeElement],
        challenges: Sequence[Challenge],
        answers: Sequence[Answer],
        seed: int,
    ) -> Decision:
        target_ids = {skill.id for skill in skills}
        state = knowledge_module.current(e for e in knowledge if e.skill_id in target_ids)
        with_challenge = {challenge.skill_id for challenge in challenges}
        tubes = group_tubes(s for s in skills if s.id in with_challenge)
        remaining = remaining_challenges(challenges, answers)
        infos = [
            _SkillInfo(
                skill=skill,
                challenges=remaining.get(skill.id, []),
                timed=bool(remaining.get(skill.id)) and remaining[skill.id][0].timed,
                tested=skill.id in state,
            )
            for tube in tubes.values()
            for skill in tube
        ]
        max_level = {tube_id: tube[-1].level for tube_id, tube in tubes.items()}

        candidates = [info for info in infos if info.challenges and not info.tested]
        candidates = _keep_or_fallback(
            candidates,
            [i for i in candidates if max_level[i.skill.tube_id] <= MAX_LEVEL_TO_BE_AN_EASY_TUBE],
        )
        if not answers:
            level = float(DEFAULT_LEVEL_FOR_FIRST_CHALLENGE)
            candidates = _keep_or_fallback(candidates, [i for i in candidates if not i.timed])
            if candidates:
                # Level 2 first, otherwise the lowest level present.
                levels = {info.skill.level for info in candidates}
                wanted = DEFAULT_LEVEL_FOR_FIRST_CHALLENGE if 2 in levels else min(levels)
                candidates = [info for info in candidates if info.skill.level == wanted]
        else:
            level_of = {skill.id: skill.level for skill in skills}
            direct = [
                (level_of[element.skill_id], element.status is KnowledgeStatus.VALIDATED)
                for element in state.values()
                if element.source is KnowledgeSource.DIRECT
            ]
            level = predicted_level(direct)
            if answers[-1].timed:
                candidates = _keep_or_fallback(candidates, [i for i in candidates if not i.timed])
            candidates = [
                info
                for info in candidates
                if info.skill.level - level <= MAX_DIFF_BETWEEN_USER_LEVEL_AND_SKILL_LEVEL
            ]
            candidates = _best_rewards(candidates, tubes, state, level)

        estimate = _estimate(state, level, "" if candidates else "no skill left to test")
        if not candidates:
            return Finished(estimate)
        chosen = candidates[hash_int(seed) % len(candidates)]
        pool = prefer_validated(chosen.challenges)
        return Next(pool[hash_int(seed + 1) % len(pool)], estimate)


def _best_rewards(
    candidates: list[_SkillInfo],
    tubes: dict[str, list[Skill]],
    state: dict[str, KnowledgeElement],
    level: float,
) -> list[_SkillInfo]:
    """Keep every skill whose expected number of decided skills is the maximum."""
    rewards: list[float] = []
    for info in candidates:
        skill = info.skill
        untested = [s.level for s in tubes[skill.tube_id] if s.id not in state]
        easier = sum(1 for untested_level in untested if untested_level <= skill.level)
        harder = sum(1 for untested_level in untested if untested_level >= skill.level)
        success = _sigmoid(level - skill.level)
        rewards.append(success * easier + (1 - success) * harder)
    best = max(rewards, default=0.0)
    return [info for info, reward in zip(candidates, rewards, strict=True) if reward == best > 0]


def _estimate(state: dict[str, KnowledgeElement], level: float, reason: str) -> Estimate:
    validated = frozenset(k for k, e in state.items() if e.status is KnowledgeStatus.VALIDATED)
    invalidated = frozenset(state) - validated
    probability = {skill_id: float(skill_id in validated) for skill_id in state}
    return Estimate(
        strategy=NAME,
        level=level,
        validated=validated,
        invalidated=invalidated,
        skill_probability=probability,
        reason=reason,
    )
