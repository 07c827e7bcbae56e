"""``bayes-tube-v1``: our strategy.

Model: a posterior over every tube's level (see ``tube_model``), with slip and guess rates
per challenge type, tubes tied to their competence and competences to a global ability.
Where smart random treats one answer as proof, this weighs it: a slip lowers the tube's
posterior without invalidating every harder skill, and a learner strong in three tubes of a
competence is expected to master the basics of the fourth.

Next challenge: the one that most reduces the expected number of misjudged targeted skills
of its tube (the asked skill keeps its answer, so its own error becomes the slip or guess
rate). End, as a ``Finished`` value, when every targeted skill is decided with ``confidence``,
or when the expected share of misjudged targeted skills is below 1 − ``target_accuracy``, or
when no question is worth asking any more.

Fairness rules, so that the prior never speaks alone: a skill that was not asked is only
validated after a success in its area (or competence, see ``BayesConfig.support``) and only
left out after a failure there; until then the test goes on (every area gets at least one
question, all-right answers reach the profile's maximum, all-wrong answers validate
nothing). A skill answered in this assessment keeps the state of its answer.

User-visible rules kept from Pix: an easy start (level ≤ 2, untimed), no timed challenge right
after a timed one while an untimed one is still informative, nothing more than two levels
above the tube's estimate (a tube's easiest remaining skill excepted), never the same
challenge twice, never a skill already answered or tested.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Literal, cast

from adaptive import knowledge as knowledge_module
from adaptive.strategies.base import (
    ContentIndex,
    KnowledgePolicy,
    content_index,
    hash_int,
    prefer_validated,
)
from adaptive.strategies.tube_model import ModelConfig, Observation, guess_rate, posterior
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

NAME = "bayes-tube-v1"
_NEAR_CERTAIN = 0.005


@dataclass(frozen=True)
class BayesConfig:
    # A targeted skill is decided when P(mastered) ≥ confidence or ≤ 1 − confidence.
    confidence: float = 0.9
    model: ModelConfig = field(default_factory=ModelConfig)
    first_max_level: int = 2
    max_above_estimate: float = 2.0
    # Below this expected reduction of wrongly decided skills, a question is not worth it.
    min_gain: float = 1e-3
    # Also finished when the expected share of misjudged targeted skills is this low.
    target_accuracy: float | None = 0.96
    # Where the success (or failure) that lets an unasked skill be validated (or left out)
    # must have happened: its "area" (falls back to the competence when skills carry no
    # area), its "competence" (every competence then gets a question), or anywhere.
    support: Literal["area", "competence", "global"] = "area"


@dataclass(frozen=True)
class _Option:
    skill: Skill
    challenges: list[Challenge]
    gain: float


def _expected_error_after(
    tail: Sequence[float], levels: Sequence[int], level: int, slip: float, guess: float
) -> float:
    """Expected number of misjudged untested skills of the tube after asking ``level``.

    ``tail[k]`` is P(λ ≥ k). The asked skill will keep its answer, which is wrong with the
    slip or guess rate; the others are judged on the updated posterior. Unnormalised
    branch masses avoid a division per skill: min(a, P(o) − a) is the misjudged mass.
    """
    at = tail[level]
    p_right = (1 - slip) * at + guess * (1 - at)
    p_wrong = 1 - p_right
    error = at * slip + (1 - at) * guess
    for other in levels:
        if other == level:
            continue
        above = tail[other]
        if other < level:
            right = guess * (above - at) + (1 - slip) * at
            wrong = (1 - guess) * (above - at) + slip * at
        else:
            right = (1 - slip) * above
            wrong = slip * above
        error += min(right, p_right - right) + min(wrong, p_wrong - wrong)
    return error


def _pools_by_guess(index: ContentIndex) -> dict[str, list[tuple[float, Challenge]]]:
    """Each skill's challenges with their guess rate, lowest first (stable for equal rates),
    computed once per content index."""
    if NAME not in index.derived:
        index.derived[NAME] = {
            skill_id: sorted(((guess_rate(c), c) for c in pool), key=lambda item: item[0])
            for skill_id, pool in index.by_skill.items()
        }
    return cast(dict[str, list[tuple[float, Challenge]]], index.derived[NAME])


class BayesTube:
    knowledge_policy = KnowledgePolicy.SETTLE_AT_END

    def __init__(self, config: BayesConfig | None = None, name: str = NAME) -> None:
        self.config = config or BayesConfig()
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
        state = knowledge_module.current(e for e in knowledge if e.skill_id in index.skill_of)
        answered, evidence, succeeded, failed = self._evidence(index, state, answers)
        confidence = config.confidence
        belief = posterior(
            {t: (tube[0].competence_id, tube[-1].level) for t, tube in index.tubes.items()},
            evidence,
            config.model,
        )
        tails: dict[str, list[float]] = {}
        shared: dict[int, list[float]] = {}
        for tube_id, levels in belief.tubes.items():
            # Tubes sharing a posterior object share its tail: computed once.
            tail = shared.get(id(levels))
            if tail is None:
                tail = [0.0] * (len(levels) + 1)
                for k in range(len(levels) - 1, -1, -1):
                    tail[k] = tail[k + 1] + levels[k]
                shared[id(levels)] = tail
            tails[tube_id] = tail

        probability: dict[str, float] = {}
        untested: dict[str, list[Skill]] = {}
        # Tubes still open, with their expected number of misjudged untested skills.
        undecided_tubes: dict[str, float] = {}
        blocked_tubes: set[str] = set()
        doubt = 0.0
        for tube_id, tube in index.tubes.items():
            tail = tails[tube_id]
            tube_doubt = 0.0
            undecided = blocked = False
            for skill in tube:
                p = tail[skill.level]
                probability[skill.id] = p
                if skill.id in state or skill.id in answered:
                    continue
                untested.setdefault(tube_id, []).append(skill)
                # An unasked skill is only validated after a success in its area (see
                # `support`) and only left out after a failure there: the prior alone never
                # decides.
                success = self._scope(skill) in succeeded
                failure = self._scope(skill) in failed
                validated = p >= 0.5 and success
                tube_doubt += (1 - p) if validated else p
                blocked = blocked or not (validated or (p < 0.5 and failure))
                decided = (p >= confidence and success) or (p <= 1 - confidence and failure)
                undecided = undecided or not decided
            doubt += tube_doubt
            if undecided:
                undecided_tubes[tube_id] = tube_doubt
            if blocked:
                blocked_tubes.add(tube_id)

        estimate = self._estimate(index, state, answered, succeeded, probability, belief.ability)
        if not undecided_tubes:
            return Finished(replace(estimate, reason="every targeted skill is decided"))
        target = config.target_accuracy
        if not blocked_tubes and target is not None and doubt <= (1 - target) * len(probability):
            return Finished(replace(estimate, reason="expected accuracy reached"))
        options = self._options(index, untested, undecided_tubes, tails, answers)
        best = max((option.gain for option in options), default=0.0)
        if best <= config.min_gain:
            # A skill whose decision has no support is asked even when the model expects
            # little from it: this is what makes all-right answers reach the maximum.
            options = [option for option in options if option.skill.tube_id in blocked_tubes]
            best = max((option.gain for option in options), default=-math.inf)
            if not options:
                return Finished(replace(estimate, reason="no informative challenge left"))
        rng = random.Random(hash_int(seed) ^ (len(answers) * 0x9E3779B1))
        chosen = rng.choice([option for option in options if option.gain >= best - 1e-12])
        return Next(rng.choice(prefer_validated(chosen.challenges)), estimate)

    def _scope(self, skill: Skill) -> str:
        """Where a success (or failure) must have happened to decide an unasked skill."""
        if self.config.support == "area" and skill.area_id:
            return skill.area_id
        if self.config.support == "global":
            return ""
        return skill.competence_id

    def _evidence(
        self,
        index: ContentIndex,
        state: dict[str, KnowledgeElement],
        answers: Sequence[Answer],
    ) -> tuple[dict[str, bool], dict[str, list[Observation]], set[str], set[str]]:
        """Answers of this assessment, then earlier KEs of the skills not answered here.

        Also returns the competences with at least one success, and with at least one
        failure: the evidence that may decide a skill that was not asked.
        """
        model = self.config.model
        evidence: dict[str, list[Observation]] = {}
        answered: dict[str, bool] = {}
        succeeded: set[str] = set()
        failed: set[str] = set()
        for answer in answers:
            challenge = index.challenge_of.get(answer.challenge_id)
            skill = index.skill_of.get(challenge.skill_id) if challenge else None
            if challenge is None or skill is None:
                continue
            right = answer.result.is_success
            answered[skill.id] = right
            (succeeded if right else failed).add(self._scope(skill))
            evidence.setdefault(skill.tube_id, []).append(
                (skill.level, right, model.slip, guess_rate(challenge))
            )
        for skill_id, element in state.items():
            if skill_id in answered:
                continue
            skill = index.skill_of[skill_id]
            validated = element.status is KnowledgeStatus.VALIDATED
            (succeeded if validated else failed).add(self._scope(skill))
            if element.source is KnowledgeSource.DIRECT:
                observation = (skill.level, validated, model.slip, model.unknown_guess)
            else:
                observation = (skill.level, validated, model.inferred_error, model.inferred_error)
            evidence.setdefault(skill.tube_id, []).append(observation)
        return answered, evidence, succeeded, failed

    def _options(
        self,
        index: ContentIndex,
        untested: dict[str, list[Skill]],
        undecided_tubes: dict[str, float],
        tails: dict[str, list[float]],
        answers: Sequence[Answer],
    ) -> list[_Option]:
        """The askable skills worth comparing, with their expected reduction of misjudged
        skills in their tube."""
        asked = {answer.challenge_id for answer in answers}
        level_cap = None
        if not answers:
            levels = [
                skill.level
                for tube_id in undecided_tubes
                for skill in untested[tube_id]
                if any(c.id not in asked for c in index.by_skill.get(skill.id, ()))
            ]
            level_cap = max(self.config.first_max_level, min(levels, default=0))
        avoid_timed = not answers or answers[-1].timed
        options = self._scored(
            index, untested, undecided_tubes, tails, asked, level_cap, avoid_timed
        )
        best = max((option.gain for option in options), default=-math.inf)
        if avoid_timed and best <= self.config.min_gain:
            # Only timed challenges are still informative: as in Pix, the rule gives way
            # rather than ending the test.
            options = self._scored(index, untested, undecided_tubes, tails, asked, level_cap, False)
        return options

    def _scored(
        self,
        index: ContentIndex,
        untested: dict[str, list[Skill]],
        undecided_tubes: dict[str, float],
        tails: dict[str, list[float]],
        asked: set[str],
        level_cap: int | None,
        avoid_timed: bool,
    ) -> list[_Option]:
        config = self.config
        slip = config.model.slip
        pools = _pools_by_guess(index)
        options: list[_Option] = []
        best = 0.0
        # Branch and bound: a question cannot remove more misjudged skills than its tube
        # holds, so tubes are visited by decreasing doubt and the rest skipped once beaten.
        for tube_id in sorted(undecided_tubes, key=undecided_tubes.__getitem__, reverse=True):
            before = undecided_tubes[tube_id]
            if before < best - 1e-12:
                break
            tail = tails[tube_id]
            # Nothing far above the tube's estimate, except its easiest untested skill: a
            # tube that starts high must stay reachable.
            easiest = next(
                (s.level for s in untested[tube_id] if s.id in pools), untested[tube_id][0].level
            )
            ceiling = max(sum(tail[1:-1]) + config.max_above_estimate, easiest)
            if level_cap is not None:
                ceiling = min(ceiling, level_cap)
            levels = tuple(skill.level for skill in untested[tube_id])
            for skill in untested[tube_id]:
                p = tail[skill.level]
                # A near-certain skill teaches nothing: its answer is known in advance.
                if skill.level > ceiling or not _NEAR_CERTAIN < p < 1 - _NEAR_CERTAIN:
                    continue
                # Challenges come sorted by guess rate: for one skill, a lower guess rate is
                # more informative in every outcome, so only the lowest available one counts.
                guess = -1.0
                best_pool: list[Challenge] = []
                for challenge_guess, challenge in pools.get(skill.id, ()):
                    if challenge.id in asked or (avoid_timed and challenge.timed):
                        continue
                    if best_pool and challenge_guess > guess:
                        break
                    guess = challenge_guess
                    best_pool.append(challenge)
                if not best_pool:
                    continue
                after = _expected_error_after(tail, levels, skill.level, slip, guess)
                options.append(_Option(skill, best_pool, before - after))
                best = max(best, before - after)
        return options

    def _estimate(
        self,
        index: ContentIndex,
        state: dict[str, KnowledgeElement],
        answered: dict[str, bool],
        succeeded: set[str],
        probability: dict[str, float],
        ability: float,
    ) -> Estimate:
        validated: set[str] = set()
        invalidated: set[str] = set()
        for tube in index.tubes.values():
            for skill in tube:
                if skill.id in answered:
                    decided = answered[skill.id]
                elif skill.id in state:
                    decided = state[skill.id].status is KnowledgeStatus.VALIDATED
                else:
                    decided = probability[skill.id] >= 0.5 and self._scope(skill) in succeeded
                (validated if decided else invalidated).add(skill.id)
        return Estimate(
            strategy=self.name,
            level=ability,
            validated=frozenset(validated),
            invalidated=frozenset(invalidated),
            skill_probability=probability,
        )
