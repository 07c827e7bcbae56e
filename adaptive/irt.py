"""Item response theory for certification (reference §5): 2PL items, the EAP capacity
estimate with a re-centred Gaussian prior, and capacity → pix score and levels."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from adaptive.types import Challenge, Skill

GRID = tuple(-9 + 0.225 * i for i in range(80))  # −9 … 8.775, 80 points
DEFAULT_CAPACITY = -3.0
DEFAULT_ERROR_RATE = 5.0
PRIOR_VARIANCE = 1.5
VARIATION_PERCENT = 0.5
# The Sheppard-type correction of Pix's code uses 9/80, not the grid step.
_SHEPPARD = (9 / 80) ** 2 / 12
SUCCESS_PROBABILITY_THRESHOLD = 0.95

# Item parameters when content has none: a level-ℓ skill is answered right half of the time
# at the lower bound of the capacity band where Pix shows level ℓ (the seeds' intervals
# below), with a moderate discrimination. Levels 7 and 8 extend the last bands by one.
DEFAULT_DISCRIMINATION = 1.5
DEFAULT_DIFFICULTY_BY_LEVEL = {
    1: -0.519,
    2: 0.6,
    3: 1.5,
    4: 2.25,
    5: 3.1,
    6: 4.0,
    7: 5.0,
    8: 6.0,
}

# Capacity intervals (mesh levels 0..7) and the mesh (weight, coefficient) they map to.
CAPACITY_INTERVALS: tuple[tuple[float, float], ...] = (
    (-8.0, -1.4),
    (-1.4, -0.519),
    (-0.519, 0.6),
    (0.6, 1.5),
    (1.5, 2.25),
    (2.25, 3.1),
    (3.1, 4.0),
    (4.0, 8.0),
)
MESH: tuple[tuple[int, int], ...] = (
    (64, 0),  # pre-beginner
    (64, 1),  # beginner 1
    (128, 1),  # beginner 2
    (128, 2),  # independent 1
    (128, 3),  # independent 2
    (128, 4),  # advanced 1
    (128, 5),  # advanced 2
    (128, 6),  # expert 1
)
MAX_CERTIFICATION_SCORE = 895  # 7 levels × 16 competences × 8 pix − 1


@dataclass(frozen=True, slots=True)
class Item:
    discrimination: float
    difficulty: float


def item_of(challenge: Challenge, skill: Skill | None) -> Item:
    """Calibrated parameters when the content has them, else the level-based default."""
    level = skill.level if skill is not None else 2
    return Item(
        challenge.discrimination
        if challenge.discrimination is not None
        else DEFAULT_DISCRIMINATION,
        challenge.difficulty
        if challenge.difficulty is not None
        else DEFAULT_DIFFICULTY_BY_LEVEL.get(level, 0.6),
    )


def success_probability(item: Item, capacity: float) -> float:
    return 1.0 / (1.0 + math.exp(item.discrimination * (item.difficulty - capacity)))


def information(item: Item, capacity: float) -> float:
    """Fisher information α²·P·(1 − P): the reward of an item at this capacity."""
    p = success_probability(item, capacity)
    return item.discrimination**2 * p * (1 - p)


def minimum_capability(item: Item, threshold: float = SUCCESS_PROBABILITY_THRESHOLD) -> float:
    """Capacity from which the item is answered right with probability ``threshold``."""
    return item.difficulty - math.log(1 / threshold - 1) / item.discrimination


@dataclass(frozen=True, slots=True)
class CapacityStep:
    capacity: float
    error_rate: float


def estimate_capacity(
    responses: Sequence[tuple[Item, bool]],
    *,
    initial: float = DEFAULT_CAPACITY,
    variation_percent: float | None = VARIATION_PERCENT,
) -> list[CapacityStep]:
    """The capacity history, one step per answer (reference §5.2); empty without answers.

    The likelihood accumulates every answer, but the Gaussian prior is re-centred on the
    previous estimate at each step and the move is capped, as in Pix.
    """
    likelihood = [1.0] * len(GRID)
    capacity = initial
    history: list[CapacityStep] = []
    spread = 2 * PRIOR_VARIANCE
    for item, right in responses:
        for i, theta in enumerate(GRID):
            p = success_probability(item, theta)
            likelihood[i] *= p if right else 1 - p
        # Rescaling changes nothing but keeps 32 answers away from underflow.
        peak = max(likelihood)
        if peak > 0:
            likelihood = [value / peak for value in likelihood]
        prior = [math.exp(-((theta - capacity) ** 2) / spread) for theta in GRID]
        prior_total = sum(prior)
        weights = [lk * pr / prior_total for lk, pr in zip(likelihood, prior, strict=True)]
        total = sum(weights)
        if total <= 0:  # every grid point ruled out: keep the previous estimate
            history.append(CapacityStep(capacity, history[-1].error_rate if history else 5.0))
            continue
        posterior = [weight / total for weight in weights]
        raw = sum(theta * w for theta, w in zip(GRID, posterior, strict=True))
        if variation_percent is not None:
            limit = variation_percent
            step = limit if -limit < capacity < limit else abs(capacity * limit)
            raw = min(raw, capacity + step) if raw > capacity else max(raw, capacity - step)
        capacity = raw
        spread_sq = sum(
            w * (theta - capacity) ** 2 for theta, w in zip(GRID, posterior, strict=True)
        )
        history.append(CapacityStep(capacity, math.sqrt(max(0.0, spread_sq - _SHEPPARD))))
    return history


def certification_score(capacity: float) -> int:
    """Capacity → pix score on the mesh (0 … 895)."""
    if capacity <= CAPACITY_INTERVALS[0][0]:
        return 0
    if capacity >= CAPACITY_INTERVALS[-1][1]:
        return MAX_CERTIFICATION_SCORE
    for (low, high), (weight, coefficient) in zip(CAPACITY_INTERVALS, MESH, strict=True):
        if low <= capacity < high:
            progression = 1 - (high - capacity) / (high - low)
            return min(MAX_CERTIFICATION_SCORE, math.floor(weight * (coefficient + progression)))
    return MAX_CERTIFICATION_SCORE  # unreachable: the intervals are contiguous


def competence_level(
    capacity: float, intervals: Sequence[tuple[float, float]] = CAPACITY_INTERVALS
) -> int:
    """Index of the interval holding the capacity, the extreme ones open-ended.

    Each competence may have its own intervals in content; the global ones are the default.
    """
    for level, (_, high) in enumerate(intervals):
        if capacity < high or level == len(intervals) - 1:
            return level
    return 0  # unreachable with at least one interval
