"""Simulation harness: strategies side by side on the same simulated learners.

Learners answer a challenge of a skill they master right with probability 1 − slip, and any
other challenge right only by guessing. Each (learner, challenge) pair draws one fixed random
number, so two strategies asking the same challenge of the same learner get the same answer:
the comparison measures the strategies, not the dice. Results are plain dicts; no printing.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

from adaptive import scoring
from adaptive.answers import proposal_count
from adaptive.playthrough import play
from adaptive.strategies.base import KnowledgePolicy, Strategy, hash_int
from adaptive.synthetic import Learner
from adaptive.types import (
    Answer,
    AnswerStatus,
    Challenge,
    ChallengeType,
    Decision,
    Estimate,
    Finished,
    KnowledgeElement,
    Next,
    Profile,
    Skill,
)

REFERENCE_NAME = "ask-every-skill-once"
_TRUE_GUESS = {
    ChallengeType.QROC: 0.02,
    ChallengeType.QROCM_IND: 0.01,
    ChallengeType.QROCM_DEP: 0.01,
}


def true_guess_rate(challenge: Challenge) -> float:
    """How often a simulated learner guesses right: 1/n for a QCU, one subset among
    2^n − 1 for a QCM, small for free answers."""
    count = proposal_count(challenge.proposals) or 4
    if challenge.type == ChallengeType.QCU:
        return 1 / count
    if challenge.type == ChallengeType.QCM:
        return 1.0 / ((1 << count) - 1)
    return _TRUE_GUESS.get(ChallengeType(challenge.type), 0.02)


class AskEverySkillOnce:
    """The reference: one challenge per playable skill, each skill judged on its answer."""

    name = REFERENCE_NAME
    knowledge_policy = KnowledgePolicy.SETTLE_AT_END

    def __call__(
        self,
        skills: Sequence[Skill],
        knowledge: Sequence[KnowledgeElement],
        challenges: Sequence[Challenge],
        answers: Sequence[Answer],
        seed: int,
    ) -> Decision:
        by_id = {challenge.id: challenge for challenge in challenges}
        results = {by_id[a.challenge_id].skill_id: a.result.is_success for a in answers}
        validated = frozenset(skill_id for skill_id, right in results.items() if right)
        estimate = Estimate(
            strategy=self.name,
            level=0.0,
            validated=validated,
            invalidated=frozenset(results) - validated,
        )
        for skill in skills:
            if skill.id not in results:
                for challenge in challenges:
                    if challenge.skill_id == skill.id:
                        return Next(challenge, estimate)
        return Finished(estimate)


@dataclass(frozen=True)
class _Responder:
    learner: Learner
    learner_key: int
    slip: float

    def __call__(self, challenge: Challenge, skill: Skill) -> AnswerStatus:
        draw = hash_int(self.learner_key ^ zlib.crc32(challenge.id.encode())) / 2.0**64
        if self.learner.masters(skill):
            right = draw >= self.slip
        else:
            right = draw < true_guess_rate(challenge)
        return AnswerStatus.OK if right else AnswerStatus.KO


def _percentile(values: Sequence[int], share: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return float(ordered[max(0, math.ceil(share * len(ordered)) - 1)]) if ordered else 0.0


@dataclass(frozen=True)
class Outcome:
    """One learner's result under one strategy."""

    questions: int
    right_skills: int
    level_error: float  # mean absolute error over the profile's competences
    finished: bool


def play_learners(
    profile: Profile,
    strategies: Sequence[Strategy],
    learners: Sequence[Learner],
    *,
    seed: int,
    slip: float = 0.1,
    first_index: int = 0,
) -> dict[str, list[Outcome]]:
    """Outcomes per strategy name; ``first_index`` numbers the learners of a chunk so that
    a run split across processes draws exactly the same answers."""
    competences = sorted({skill.competence_id for skill in profile.skills})
    outcomes: dict[str, list[Outcome]] = {strategy.name: [] for strategy in strategies}
    for offset, learner in enumerate(learners):
        key = hash_int(seed * 1_000_003 + first_index + offset)
        truth = {skill.id for skill in profile.skills if learner.masters(skill)}
        true_levels = scoring.competence_scores(profile.skills, truth, max_reachable_level=8)
        for strategy in strategies:
            run_ = play(strategy, profile, _Responder(learner, key, slip), seed=key)
            final = run_.validated
            found = scoring.competence_scores(profile.skills, final, max_reachable_level=8)
            error = sum(abs(true_levels[c].level - found[c].level) for c in competences)
            outcomes[strategy.name].append(
                Outcome(
                    questions=len(run_.answers),
                    right_skills=sum((s.id in final) == (s.id in truth) for s in profile.skills),
                    level_error=error / max(1, len(competences)),
                    finished=run_.finished,
                )
            )
    return outcomes


def summarise(profile: Profile, outcomes: Sequence[Outcome]) -> dict[str, float]:
    count = max(1, len(outcomes))
    questions = [outcome.questions for outcome in outcomes]
    right = sum(outcome.right_skills for outcome in outcomes)
    return {
        "questions_mean": round(sum(questions) / count, 3),
        "questions_p90": _percentile(questions, 0.9),
        "skill_accuracy": round(right / (count * max(1, len(profile.skills))), 4),
        "level_mae": round(sum(outcome.level_error for outcome in outcomes) / count, 4),
        "unfinished": sum(not outcome.finished for outcome in outcomes),
    }


def with_reference(strategies: Sequence[Strategy]) -> list[Strategy]:
    """The strategies followed by the ask-every-skill-once reference."""
    return [*strategies, AskEverySkillOnce()]


def run(
    profile: Profile,
    strategies: Sequence[Strategy],
    learners: Sequence[Learner],
    *,
    seed: int,
    slip: float = 0.1,
    include_reference: bool = True,
) -> dict[str, object]:
    """Play every strategy for every learner; report questions, accuracy and level error.

    JSON-ready: {"profile", "learners", "seed", "slip", "strategies": {name: metrics}}.
    """
    players = with_reference(strategies) if include_reference else list(strategies)
    outcomes = play_learners(profile, players, learners, seed=seed, slip=slip)
    return report(profile, outcomes, learners=len(learners), seed=seed, slip=slip)


def report(
    profile: Profile,
    outcomes: dict[str, list[Outcome]],
    *,
    learners: int,
    seed: int,
    slip: float,
) -> dict[str, object]:
    return {
        "profile": profile.id,
        "learners": learners,
        "seed": seed,
        "slip": slip,
        "strategies": {name: summarise(profile, found) for name, found in outcomes.items()},
    }
