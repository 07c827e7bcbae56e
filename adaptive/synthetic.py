"""Synthetic target profiles and learner populations for the simulation harness.

The real content release does not exist yet; these generators produce profiles shaped like
Pix's (areas of 2-4 competences, tubes of consecutive levels, several challenges per skill, a
realistic type mix) and learners whose tube levels are correlated inside a competence, as
real people's are: a global ability, a competence ability around it, tube levels around that.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass

from adaptive.types import Challenge, ChallengeType, Profile, Skill

# Competences per area in Pix's core framework (16 competences in 5 areas).
_AREA_SIZES = (3, 4, 4, 3, 2)


@dataclass(frozen=True)
class ProfileSpec:
    name: str
    competences: int
    tubes_per_competence: tuple[int, int]  # inclusive range
    max_levels: tuple[tuple[int, float], ...]  # (highest level of a tube, weight)
    first_levels: tuple[tuple[int, float], ...] = ((1, 1.0),)
    challenges_per_skill: tuple[int, int] = (2, 3)
    type_mix: tuple[tuple[str, float], ...] = (
        (ChallengeType.QCU, 0.45),
        (ChallengeType.QCM, 0.2),
        (ChallengeType.QROC, 0.25),
        (ChallengeType.QROCM_IND, 0.07),
        (ChallengeType.QROCM_DEP, 0.03),
    )
    timed_share: float = 0.1


PRESETS: dict[str, ProfileSpec] = {
    # Cléa numérique: about 16 competences × 3 tubes, levels 1-3, sometimes 4.
    "clea": ProfileSpec("clea", 16, (2, 4), ((3, 0.7), (4, 0.3))),
    # Diagnostic initial: very short, levels 1-2 only.
    "diagnostic": ProfileSpec("diagnostic", 10, (1, 2), ((2, 0.8), (1, 0.2))),
    # A whole competence evaluation: about 5 tubes, levels 1 (or 2) up to 4-6.
    "competence": ProfileSpec(
        "competence", 1, (4, 6), ((4, 0.2), (5, 0.4), (6, 0.4)), ((1, 0.7), (2, 0.3))
    ),
    # Five whole competences: long tubes and the cross-competence correlation together.
    "competences": ProfileSpec(
        "competences", 5, (4, 6), ((4, 0.2), (5, 0.4), (6, 0.4)), ((1, 0.7), (2, 0.3))
    ),
}


def _weighted(rng: random.Random, choices: tuple[tuple[int, float], ...]) -> int:
    values = [value for value, _ in choices]
    weights = [weight for _, weight in choices]
    return rng.choices(values, weights)[0]


def _challenge(rng: random.Random, spec: ProfileSpec, skill: Skill, index: int) -> Challenge:
    type_ = rng.choices([t for t, _ in spec.type_mix], [w for _, w in spec.type_mix])[0]
    proposals, solution = "", "réponse"
    if type_ in (ChallengeType.QCU, ChallengeType.QCM):
        count = rng.randint(3, 5)
        proposals = "\n".join(f"- proposition {n}" for n in range(1, count + 1))
        solution = "1" if type_ == ChallengeType.QCU else "1, 3"
    elif type_ == ChallengeType.QROC:
        proposals = "Réponse : ${r}"
    else:
        proposals = "${a} ${b}"
        solution = "a:\n- un\nb:\n- deux\n"
    return Challenge(
        id=f"{skill.id}-ch{index}",
        skill_id=skill.id,
        type=type_,
        proposals=proposals,
        solution=solution,
        timer=60 if rng.random() < spec.timed_share else None,
    )


def synthetic_profile(spec: ProfileSpec | str, seed: int = 0) -> Profile:
    """A deterministic profile for ``spec`` (or a preset name) and ``seed``."""
    spec = PRESETS[spec] if isinstance(spec, str) else spec
    rng = random.Random(f"profile:{spec.name}:{seed}")
    skills: list[Skill] = []
    challenges: list[Challenge] = []
    competence_area: dict[str, str] = {}
    area_of = [str(a + 1) for a, size in enumerate(_AREA_SIZES) for _ in range(size)]
    for c in range(spec.competences):
        area = area_of[c % len(area_of)]
        competence_id = f"{area}.{c + 1}"
        competence_area[competence_id] = area
        tube_count = rng.randint(*spec.tubes_per_competence)
        competence_skills: list[Skill] = []
        for t in range(tube_count):
            tube_id = f"@c{c + 1}t{t + 1}"
            top = _weighted(rng, spec.max_levels)
            first = min(top, _weighted(rng, spec.first_levels))
            for level in range(first, top + 1):
                competence_skills.append(
                    Skill(f"{tube_id}{level}", f"{tube_id}{level}", level, tube_id, competence_id)
                )
        # Pix's rule: each (competence, level) is worth 8 pix, split among its skills, at most 4.
        per_level: dict[int, int] = {}
        for skill in competence_skills:
            per_level[skill.level] = per_level.get(skill.level, 0) + 1
        for skill in competence_skills:
            valued = Skill(
                skill.id,
                skill.name,
                skill.level,
                skill.tube_id,
                skill.competence_id,
                pix_value=min(4.0, 8 / per_level[skill.level]),
                area_id=area,
            )
            skills.append(valued)
            for index in range(rng.randint(*spec.challenges_per_skill)):
                challenges.append(_challenge(rng, spec, valued, index))
    return Profile(
        id=f"synthetic:{spec.name}",
        skills=tuple(skills),
        challenges=tuple(challenges),
        competence_area=competence_area,
    )


# ---------------------------------------------------------------------------- learners


@dataclass(frozen=True)
class Learner:
    tube_levels: Mapping[str, int]

    def masters(self, skill: Skill) -> bool:
        return skill.level <= self.tube_levels.get(skill.tube_id, 0)


@dataclass(frozen=True)
class PopulationSpec:
    # Global abilities are drawn from one of these (mean, sd) groups, chosen uniformly.
    groups: tuple[tuple[float, float], ...]
    competence_spread: float = 0.8
    tube_spread: float = 0.7


POPULATIONS: dict[str, PopulationSpec] = {
    "beginner": PopulationSpec(((1.0, 0.6),)),
    "intermediate": PopulationSpec(((2.5, 0.6),)),
    "strong": PopulationSpec(((4.0, 0.7),)),
    "mixed": PopulationSpec(((1.0, 0.6), (2.5, 0.6), (4.0, 0.7))),
    # Spiky profiles: competences and tubes far less correlated than usual.
    "uneven": PopulationSpec(((1.0, 0.6), (2.5, 0.6), (4.0, 0.7)), 1.5, 1.5),
}


def population(kind: str, profile: Profile, count: int, seed: int) -> list[Learner]:
    """``count`` learners with a true level per tube of ``profile``."""
    spec = POPULATIONS[kind]
    rng = random.Random(f"population:{kind}:{seed}")
    competence_of: dict[str, str] = {}
    for skill in profile.skills:
        competence_of.setdefault(skill.tube_id, skill.competence_id)
    competences = sorted(set(competence_of.values()))
    learners = []
    for _ in range(count):
        mean, spread = rng.choice(spec.groups)
        ability = rng.gauss(mean, spread)
        competence_ability = {c: rng.gauss(ability, spec.competence_spread) for c in competences}
        levels = {
            tube: min(8, max(0, round(rng.gauss(competence_ability[c], spec.tube_spread))))
            for tube, c in competence_of.items()
        }
        learners.append(Learner(levels))
    return learners
