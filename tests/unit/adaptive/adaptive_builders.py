"""Builders shared by the adaptive engine tests (plain functions, no fixtures)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from adaptive.types import (
    Challenge,
    KnowledgeElement,
    KnowledgeSource,
    KnowledgeStatus,
    Profile,
    Skill,
)

T0 = datetime(2024, 1, 1, tzinfo=UTC)


def make_skill(tube: str, level: int, competence: str = "c1", pix: float = 1.0) -> Skill:
    return Skill(
        id=f"{tube}{level}",
        name=f"@{tube}{level}",
        level=level,
        tube_id=tube,
        competence_id=competence,
        pix_value=pix,
    )


def make_challenge(skill: Skill, suffix: str = "a", **overrides: object) -> Challenge:
    fields: dict[str, object] = {
        "id": f"ch-{skill.id}-{suffix}",
        "skill_id": skill.id,
        "type": "QCU",
        "proposals": "- a\n- b\n- c\n- d",
        "solution": "1",
    }
    fields.update(overrides)
    return Challenge(**fields)  # type: ignore[arg-type]


def make_tube(tube: str, levels: range | list[int], competence: str = "c1") -> list[Skill]:
    return [make_skill(tube, level, competence) for level in levels]


def make_profile(
    tubes: dict[str, list[int]], competence_of: dict[str, str] | None = None
) -> Profile:
    """A profile with one QCU challenge per skill; tube name → levels."""
    skills: list[Skill] = []
    for tube, levels in tubes.items():
        competence = (competence_of or {}).get(tube, "c1")
        skills.extend(make_tube(tube, levels, competence))
    challenges = tuple(make_challenge(skill) for skill in skills)
    return Profile(id="test", skills=tuple(skills), challenges=challenges)


def make_ke(
    skill: Skill,
    status: KnowledgeStatus,
    days_ago: float = 0.0,
    source: KnowledgeSource = KnowledgeSource.DIRECT,
    assessment_id: str = "old",
) -> KnowledgeElement:
    return KnowledgeElement(
        skill_id=skill.id,
        status=status,
        source=source,
        created_at=T0 - timedelta(days=days_ago),
        assessment_id=assessment_id,
        earned_pix=skill.pix_value if status is KnowledgeStatus.VALIDATED else 0.0,
        competence_id=skill.competence_id,
    )
