"""Retrying and improving ask the failed skills again, whatever the strategy's estimate.

Once the old failures are forgotten, a strategy that stops on confidence (bayes-tube-v1) sees
only the learner's successes, judges the failed skills mastered and would end the retry at
once, settling them as validated without a single question. A skill failed before is only
validated again by an answer to it: these are asked first, easiest level first.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from adaptive.strategies.base import hash_int
from adaptive.types import Answer, Challenge, Skill


def ask_again(
    failed_skill_ids: Collection[str],
    skills: Sequence[Skill],
    challenges: Sequence[Challenge],
    answers: Sequence[Answer],
    seed: int,
) -> Challenge | None:
    """A challenge of the easiest failed skill not answered yet in this assessment, or None."""
    by_id = {c.id: c for c in challenges}
    answered_skills = {by_id[a.challenge_id].skill_id for a in answers if a.challenge_id in by_id}
    answered = {a.challenge_id for a in answers}
    pending = sorted(
        (s.level, s.id) for s in skills if s.id in failed_skill_ids and s.id not in answered_skills
    )
    for _, skill_id in pending:
        pool = [c for c in challenges if c.skill_id == skill_id and c.id not in answered]
        # An untimed variant when there is one: the learner is not rushed into a retry.
        pool = [c for c in pool if c.timer is None] or pool
        if pool:
            pool.sort(key=lambda c: c.id)
            return pool[hash_int(seed + len(answers)) % len(pool)]
    return None
