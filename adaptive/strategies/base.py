"""What every next-challenge strategy shares: its signature, its knowledge policy and the
small pieces of bookkeeping (tubes, remaining challenges, deterministic hashing)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from adaptive.types import Answer, Challenge, Decision, KnowledgeElement, Skill

_MASK64 = (1 << 64) - 1


class KnowledgePolicy(StrEnum):
    """How the domain writes knowledge elements for an assessment played with a strategy."""

    # Pix's rules after every answer: direct KE plus inferred ones in the tube.
    INFER_EACH_ANSWER = "infer-each-answer"
    # Direct KE per answer; on Finished, `knowledge.settle(estimate, …)` writes the rest.
    SETTLE_AT_END = "settle-at-end"
    # Certification: answers only, no knowledge elements.
    NONE = "none"


class Strategy(Protocol):
    """A pure function of the situation: same inputs, same decision. Ending is a value."""

    @property
    def name(self) -> str: ...

    @property
    def knowledge_policy(self) -> KnowledgePolicy: ...

    def __call__(
        self,
        skills: Sequence[Skill],
        knowledge: Sequence[KnowledgeElement],
        challenges: Sequence[Challenge],
        answers: Sequence[Answer],
        seed: int,
    ) -> Decision: ...


def hash_int(value: int) -> int:
    """A 64-bit integer mix (splitmix64 finaliser): stable across runs and platforms, unlike
    Python's ``hash``; plays the role of Pix's ``hash-int``."""
    x = (value + 0x9E3779B97F4A7C15) & _MASK64
    x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & _MASK64
    x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & _MASK64
    return x ^ (x >> 31)


def group_tubes(skills: Iterable[Skill]) -> dict[str, list[Skill]]:
    """Skills per tube, tubes in order of first appearance, skills sorted by level."""
    tubes: dict[str, list[Skill]] = {}
    for skill in skills:
        tubes.setdefault(skill.tube_id, []).append(skill)
    for tube in tubes.values():
        tube.sort(key=lambda skill: skill.level)
    return tubes


def remaining_challenges(
    challenges: Sequence[Challenge], answers: Sequence[Answer]
) -> dict[str, list[Challenge]]:
    """Unanswered challenges per skill, in input order: a challenge is never served twice."""
    answered = {answer.challenge_id for answer in answers}
    by_skill: dict[str, list[Challenge]] = {}
    for challenge in challenges:
        if challenge.id not in answered:
            by_skill.setdefault(challenge.skill_id, []).append(challenge)
    return by_skill


def prefer_validated(challenges: Sequence[Challenge]) -> list[Challenge]:
    """Validated ("validé") challenges when there are any, else every challenge."""
    validated = [challenge for challenge in challenges if challenge.validated]
    return validated or list(challenges)


@dataclass(frozen=True)
class ContentIndex:
    """Lookups derived from the target skills and candidate challenges alone."""

    skill_of: Mapping[str, Skill]
    challenge_of: Mapping[str, Challenge]
    by_skill: Mapping[str, tuple[Challenge, ...]]
    # Tubes with at least one challenge, every target skill of them, sorted by level.
    tubes: Mapping[str, tuple[Skill, ...]]
    # Strategy-specific data derived from the content alone, computed once per index.
    derived: dict[str, object] = field(default_factory=dict, compare=False, repr=False)


_INDEX_CACHE: dict[tuple[int, int], tuple[object, object, ContentIndex]] = {}
_INDEX_CACHE_SIZE = 32


def content_index(skills: Sequence[Skill], challenges: Sequence[Challenge]) -> ContentIndex:
    """The index of a (skills, challenges) pair.

    Content is read-only and the same tuples are passed at every step of an assessment, so
    the index of immutable inputs is remembered by identity; lists are indexed every time
    because they could change in place between calls.
    """
    if not (isinstance(skills, tuple) and isinstance(challenges, tuple)):
        return _build_index(skills, challenges)
    key = (id(skills), id(challenges))
    hit = _INDEX_CACHE.get(key)
    if hit is not None and hit[0] is skills and hit[1] is challenges:
        return hit[2]
    index = _build_index(skills, challenges)
    if len(_INDEX_CACHE) >= _INDEX_CACHE_SIZE:
        _INDEX_CACHE.pop(next(iter(_INDEX_CACHE)))
    # Keeping the tuples alive guarantees their ids are not reused while cached.
    _INDEX_CACHE[key] = (skills, challenges, index)
    return index


def _build_index(skills: Sequence[Skill], challenges: Sequence[Challenge]) -> ContentIndex:
    by_skill: dict[str, list[Challenge]] = {}
    for challenge in challenges:
        by_skill.setdefault(challenge.skill_id, []).append(challenge)
    tubes = {
        tube_id: tuple(tube)
        for tube_id, tube in group_tubes(skills).items()
        if any(skill.id in by_skill for skill in tube)
    }
    return ContentIndex(
        skill_of={skill.id: skill for skill in skills},
        challenge_of={challenge.id: challenge for challenge in challenges},
        by_skill={skill_id: tuple(pool) for skill_id, pool in by_skill.items()},
        tubes=tubes,
    )
