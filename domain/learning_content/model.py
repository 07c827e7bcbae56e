"""Learning content: read-only data loaded once from a versioned release.

Framework → Area → Competence → Tube ("sujet") → Skill ("acquis") → Challenge ("épreuve"),
plus tutorials linked from skills, and target profiles made of capped tubes.
Texts are `Localized`: a mapping locale → text, French always present.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property

Localized = Mapping[str, str]
LEARNER_MAX_LEVEL = 5
CHALLENGE_TYPES = ("QCU", "QCM", "QROC", "QROCM-ind", "QROCM-dep")


def text_in(localized: Localized, locale: str) -> str:
    """The text in the requested locale, French when it is missing."""
    return localized.get(locale) or localized.get("fr") or next(iter(localized.values()), "")


@dataclass(frozen=True)
class Area:
    code: str
    title: Localized
    competence_indexes: tuple[str, ...]


@dataclass(frozen=True)
class Competence:
    index: str
    area_code: str
    name: Localized
    description: Localized


@dataclass(frozen=True)
class Tube:
    name: str
    competence_index: str
    title: Localized
    description: Localized
    skill_ids: tuple[str, ...]
    # Highest level of the tube in each Pix emploi path ("diagnostic", "clea").
    pix_emploi: Mapping[str, int] = field(default_factory=dict)
    seed_topics: tuple[str, ...] = ()


@dataclass(frozen=True)
class Skill:
    id: str
    tube_name: str
    competence_index: str
    level: int
    pix_value: float
    hint: Localized
    tutorial_ids: tuple[str, ...]
    learning_more_tutorial_ids: tuple[str, ...]


@dataclass(frozen=True)
class Illustration:
    file: str
    alt: Localized


@dataclass(frozen=True)
class ChallengeText:
    """One locale's version of a challenge. Solution and reference answers never leave the server
    before the learner has answered."""

    instruction: str
    proposals: str
    solution: str
    explanation: str
    right_answers: tuple[str, ...]
    wrong_answers: tuple[str, ...]


@dataclass(frozen=True)
class Challenge:
    id: str
    skill_id: str
    type: str
    texts: Mapping[str, ChallengeText]
    tolerances: tuple[str, ...] = ("t1", "t2", "t3")
    timer: int | None = None
    focused: bool = False
    illustration: Illustration | None = None
    attachments: tuple[str, ...] = ()

    @property
    def locales(self) -> tuple[str, ...]:
        return tuple(self.texts)


@dataclass(frozen=True)
class Tutorial:
    id: str
    title: Localized
    source: str
    format: str
    duration_minutes: int
    link: str
    locale: str


@dataclass(frozen=True)
class Stage:
    """A result band ("palier") reached from `threshold` % of mastery."""

    threshold: int
    title: Localized
    message: Localized
    prescriber_title: Localized
    prescriber_description: Localized


@dataclass(frozen=True)
class BadgeCriterion:
    """`scope` is "campaign" (overall mastery) or "every_competence" of the profile."""

    scope: str
    threshold: int


@dataclass(frozen=True)
class Badge:
    key: str
    title: Localized
    message: Localized
    criteria: tuple[BadgeCriterion, ...]
    is_certifiable: bool = False


@dataclass(frozen=True)
class TargetProfile:
    id: str
    name: Localized
    description: Localized
    # Tube name → highest level of that tube in the profile.
    capped_tubes: Mapping[str, int]
    stages: tuple[Stage, ...] = ()
    badges: tuple[Badge, ...] = ()


@dataclass(frozen=True)
class Asset:
    """A file a challenge shows or offers (SVG illustration, CSV attachment…), carried in the release."""

    media_type: str
    base64: str


@dataclass(frozen=True)
class LearningContent:
    release_id: str
    areas: tuple[Area, ...]
    competences: tuple[Competence, ...]
    tubes: tuple[Tube, ...]
    skills: tuple[Skill, ...]
    challenges: tuple[Challenge, ...]
    tutorials: tuple[Tutorial, ...]
    target_profiles: tuple[TargetProfile, ...] = ()
    assets: Mapping[str, Asset] = field(default_factory=dict)

    @cached_property
    def skills_by_id(self) -> dict[str, Skill]:
        return {s.id: s for s in self.skills}

    @cached_property
    def tubes_by_name(self) -> dict[str, Tube]:
        return {t.name: t for t in self.tubes}

    @cached_property
    def challenges_by_id(self) -> dict[str, Challenge]:
        return {c.id: c for c in self.challenges}

    @cached_property
    def tutorials_by_id(self) -> dict[str, Tutorial]:
        return {t.id: t for t in self.tutorials}

    @cached_property
    def competences_by_index(self) -> dict[str, Competence]:
        return {c.index: c for c in self.competences}

    @cached_property
    def profiles_by_id(self) -> dict[str, TargetProfile]:
        return {p.id: p for p in self.target_profiles}

    def challenges_of_skill(self, skill_id: str) -> list[Challenge]:
        return [c for c in self.challenges if c.skill_id == skill_id]

    def profile_skills(self, profile: TargetProfile) -> list[Skill]:
        """The skills a profile targets: each capped tube's skills up to its cap."""
        return [
            self.skills_by_id[skill_id]
            for tube_name, cap in profile.capped_tubes.items()
            if tube_name in self.tubes_by_name
            for skill_id in self.tubes_by_name[tube_name].skill_ids
            if skill_id in self.skills_by_id and self.skills_by_id[skill_id].level <= cap
        ]


def pix_values(skill_keys: list[tuple[str, str, int]]) -> dict[str, float]:
    """Pix rule: each (competence, level) is worth 8 pix shared equally, at most 4 per skill.

    `skill_keys` lists (skill id, competence index, level) for the skills that count.
    """
    per_level: dict[tuple[str, int], int] = {}
    for _, competence, level in skill_keys:
        per_level[(competence, level)] = per_level.get((competence, level), 0) + 1
    return {
        skill_id: min(4.0, 8.0 / per_level[(competence, level)])
        for skill_id, competence, level in skill_keys
    }
