"""The probabilistic learner model behind ``bayes-tube-v1``.

Three levels of latent variables, as people are: a global ability ``g``; one ability per
competence ``θ_c`` around ``g``; one integer level per tube ``λ_t`` around ``θ_c``. A learner
masters a skill of level ℓ when λ_t ≥ ℓ. An answer is right with probability 1 − slip when
the skill is mastered and with the guess rate of the challenge otherwise, so one slip moves
the posterior instead of invalidating a whole tube.

Abilities live on a grid; the tree structure makes the exact posterior a two-pass message
computation (up from the tubes, down from the global ability), linear in the number of tubes.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import mul

from adaptive.answers import proposal_count
from adaptive.types import Challenge, ChallengeType

# (skill level, answered right, slip, guess)
Observation = tuple[int, bool, float, float]


@dataclass(frozen=True)
class ModelConfig:
    slip: float = 0.1
    # How far a tube's level strays from its competence ability, and a competence from the
    # global ability (standard deviations, in levels).
    tube_spread: float = 0.9
    competence_spread: float = 1.0
    global_mean: float = 2.5
    global_spread: float = 2.0
    grid_start: float = -1.0
    grid_step: float = 1.0
    grid_size: int = 10
    # Earlier inferred KEs are weaker evidence than answers: symmetric error rate.
    inferred_error: float = 0.2
    # Guess rate when the challenge of an earlier direct KE is unknown.
    unknown_guess: float = 0.1

    @property
    def grid(self) -> tuple[float, ...]:
        return tuple(self.grid_start + self.grid_step * i for i in range(self.grid_size))


_GUESS_BY_TYPE = {
    ChallengeType.QCM: 0.05,
    ChallengeType.QROC: 0.02,
    ChallengeType.QROCM_IND: 0.01,
    ChallengeType.QROCM_DEP: 0.01,
}


def guess_rate(challenge: Challenge) -> float:
    """Chance of a right answer without the skill: 1/n for a QCU, small for the others."""
    return _guess_rate(challenge.type, challenge.proposals)


@lru_cache(maxsize=65536)
def _guess_rate(type_: str, proposals: str) -> float:
    # Cached: the same challenge is scored at every step of every assessment.
    if type_ == ChallengeType.QCU:
        count = proposal_count(proposals) or 4
        return min(0.5, 1.0 / max(2, count))
    try:
        return _GUESS_BY_TYPE.get(ChallengeType(type_), 0.1)
    except ValueError:
        return 0.1


def _normal_cdf(x: float) -> float:
    return 0.5 * (1.0 + math.erf(x / math.sqrt(2.0)))


@lru_cache(maxsize=256)
def _level_given_ability(
    grid: tuple[float, ...], spread: float, max_level: int
) -> tuple[tuple[float, ...], ...]:
    """P(λ = k | θ) for k = 0..max_level: a rounded normal, the extremes absorbing the tails."""
    rows = []
    for theta in grid:
        cuts = [0.0] + [_normal_cdf((k + 0.5 - theta) / spread) for k in range(max_level)] + [1.0]
        rows.append(tuple(max(1e-12, cuts[k + 1] - cuts[k]) for k in range(max_level + 1)))
    return tuple(rows)


@lru_cache(maxsize=32)
def _ability_given_global(grid: tuple[float, ...], spread: float) -> tuple[tuple[float, ...], ...]:
    rows = []
    for centre in grid:
        weights = [math.exp(-0.5 * ((theta - centre) / spread) ** 2) for theta in grid]
        total = sum(weights)
        rows.append(tuple(weight / total for weight in weights))
    return tuple(rows)


@lru_cache(maxsize=32)
def _global_prior(grid: tuple[float, ...], mean: float, spread: float) -> tuple[float, ...]:
    weights = [math.exp(-0.5 * ((g - mean) / spread) ** 2) for g in grid]
    total = sum(weights)
    return tuple(weight / total for weight in weights)


def _normalised(values: list[float]) -> list[float]:
    peak = max(values)
    return [value / peak for value in values] if peak > 0 else [1.0] * len(values)


def likelihood(max_level: int, observations: Sequence[Observation]) -> list[float]:
    """P(observations | λ = k) for k = 0..max_level (a tube rarely holds more than a dozen
    observations, far from underflow)."""
    values = [1.0] * (max_level + 1)
    for level, right, slip, guess in observations:
        for k in range(max_level + 1):
            if k >= level:
                values[k] *= (1 - slip) if right else slip
            else:
                values[k] *= guess if right else (1 - guess)
    return values


@dataclass(frozen=True)
class Posterior:
    # Tube id → P(λ = k), k = 0..max level. Tubes without evidence may share one list.
    tubes: Mapping[str, list[float]]
    ability: float  # posterior mean of the global ability


def _down(weights: Sequence[float], columns: Sequence[Sequence[float]]) -> list[float]:
    """Σ_i weights[i] · matrix[i][k] for every k, from the matrix's columns."""
    return [sum(map(mul, weights, column)) for column in columns]


def _up(matrix: Sequence[Sequence[float]], values: Sequence[float]) -> list[float]:
    """Σ_k matrix[i][k] · values[k] for every row i."""
    return [sum(map(mul, row, values)) for row in matrix]


@dataclass(frozen=True)
class _Tables:
    grid: tuple[float, ...]
    prior: tuple[float, ...]
    comp_rows: tuple[tuple[float, ...], ...]
    comp_columns: tuple[tuple[float, ...], ...]
    # Per tube max level: P(λ | θ) as rows (per θ) and as columns (per λ).
    tube_rows: Mapping[int, tuple[tuple[float, ...], ...]]
    tube_columns: Mapping[int, tuple[tuple[float, ...], ...]]


@lru_cache(maxsize=16)
def _tables(config: ModelConfig) -> _Tables:
    """Every matrix of the model, built once per configuration."""
    grid = config.grid
    comp_rows = _ability_given_global(grid, config.competence_spread)
    tube_rows = {m: _level_given_ability(grid, config.tube_spread, m) for m in range(0, 10)}
    return _Tables(
        grid=grid,
        prior=_global_prior(grid, config.global_mean, config.global_spread),
        comp_rows=comp_rows,
        comp_columns=tuple(zip(*comp_rows, strict=True)),
        tube_rows=tube_rows,
        tube_columns={m: tuple(zip(*rows, strict=True)) for m, rows in tube_rows.items()},
    )


def posterior(
    tubes: Mapping[str, tuple[str, int]],
    evidence: Mapping[str, Sequence[Observation]],
    config: ModelConfig,
) -> Posterior:
    """Exact posterior of every tube's level; ``tubes`` maps tube id → (competence, max level)."""
    tables = _tables(config)
    by_competence: dict[str, list[str]] = {}
    for tube_id, (competence_id, _) in tubes.items():
        by_competence.setdefault(competence_id, []).append(tube_id)

    # Upward pass: what each observed tube, then competence, says about the level above it.
    tube_like: dict[str, list[float]] = {}
    tube_up: dict[str, list[float]] = {}
    comp_like: dict[str, list[float]] = {}
    comp_up: dict[str, list[float]] = {}
    for competence_id, tube_ids in by_competence.items():
        product: list[float] | None = None
        for tube_id in tube_ids:
            observations = evidence.get(tube_id)
            if not observations:
                continue
            max_level = tubes[tube_id][1]
            like = tube_like[tube_id] = likelihood(max_level, observations)
            message = _up(tables.tube_rows[max_level], like)
            tube_up[tube_id] = message
            product = message if product is None else list(map(mul, product, message))
        if product is not None:
            # Rescaled once per competence: the only product long enough to need it.
            comp_like[competence_id] = _normalised(product)
            comp_up[competence_id] = _normalised(_up(tables.comp_rows, comp_like[competence_id]))

    global_post = list(tables.prior)
    for message in comp_up.values():
        global_post = list(map(mul, global_post, message))
    total = sum(global_post)
    global_post = [value / total for value in global_post]

    # Downward pass: each tube's prior from everything except its own evidence.
    shared_theta = _down(global_post, tables.comp_columns)
    shared_levels: dict[int, list[float]] = {}
    result: dict[str, list[float]] = {}
    for competence_id, tube_ids in by_competence.items():
        if competence_id in comp_up:
            weights = _divided(global_post, comp_up[competence_id])
            theta = list(map(mul, _down(weights, tables.comp_columns), comp_like[competence_id]))
        else:
            theta = shared_theta
        unobserved: dict[int, list[float]] = {}
        for tube_id in tube_ids:
            max_level = tubes[tube_id][1]
            columns = tables.tube_columns[max_level]
            if tube_id in tube_up:
                levels = _down(_divided(theta, tube_up[tube_id]), columns)
                result[tube_id] = _summing_to_one(list(map(mul, levels, tube_like[tube_id])))
            else:
                # Tubes without evidence share one posterior object with the same-length
                # tubes of their competence (or of every unobserved competence), which lets
                # callers compute things once per distinct posterior.
                cache = unobserved if competence_id in comp_up else shared_levels
                if max_level not in cache:
                    cache[max_level] = _summing_to_one(_down(theta, columns))
                result[tube_id] = cache[max_level]
    ability = sum(map(mul, tables.grid, global_post))
    return Posterior(result, ability)


def _summing_to_one(values: list[float]) -> list[float]:
    total = sum(values)
    return [value / total for value in values]


def _divided(values: Sequence[float], by: Sequence[float]) -> list[float]:
    """Element-wise division, 0 where the divisor underflowed to 0 (so did the value)."""
    return [a / b if b > 0 else 0.0 for a, b in zip(values, by, strict=True)]
