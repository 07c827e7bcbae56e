"""Next-challenge strategies, each versioned by name and recorded on the assessment.

A strategy is chosen per assessment; its name is stored with the assessment so that an old
assessment is always replayed with the algorithm it was played with.
"""

from __future__ import annotations

from collections.abc import Sequence

from adaptive.strategies.base import KnowledgePolicy, Strategy, hash_int
from adaptive.strategies.bayes_tube import BayesConfig, BayesTube
from adaptive.strategies.flash import Flash, FlashConfig
from adaptive.strategies.smart_random import SmartRandom
from adaptive.types import Answer, Challenge, Decision, KnowledgeElement, Skill

_REGISTRY: dict[str, Strategy] = {
    strategy.name: strategy for strategy in (SmartRandom(), BayesTube(), Flash())
}


def names() -> list[str]:
    return list(_REGISTRY)


def get(name: str) -> Strategy:
    """The strategy registered under ``name``; ``KeyError`` for an unknown name."""
    return _REGISTRY[name]


def next_challenge(
    strategy: str,
    skills: Sequence[Skill],
    knowledge: Sequence[KnowledgeElement],
    challenges: Sequence[Challenge],
    answers: Sequence[Answer],
    seed: int,
) -> Decision:
    """``Next(challenge, estimate)`` or ``Finished(estimate)`` for the named strategy."""
    return get(strategy)(skills, knowledge, challenges, answers, seed)


__all__ = [
    "BayesConfig",
    "BayesTube",
    "Flash",
    "FlashConfig",
    "KnowledgePolicy",
    "SmartRandom",
    "Strategy",
    "get",
    "hash_int",
    "names",
    "next_challenge",
]
