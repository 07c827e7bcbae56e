from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from adaptive import knowledge as knowledge_rules
from adaptive import scoring
from adaptive.types import KnowledgeElement, KnowledgeStatus, Skill
from domain.learning_content.engine_view import EngineViews
from domain.learning_content.model import Competence, LearningContent
from domain.learning_content.ports import ContentProvider, loaded
from domain.unit_of_work import UnitOfWork

MAX_PIX = 1024
RESET_DELAY = timedelta(days=knowledge_rules.DAYS_BEFORE_COMPETENCE_RESET)


@dataclass(frozen=True)
class CompetenceProfile:
    competence: Competence
    pix: int
    level: int
    started: bool
    # When "Remettre à zéro" becomes possible (7 days after the last evidence); None: untested.
    reset_available_at: datetime | None = None
    # The competence evaluation in progress ("Reprendre"), if any.
    evaluation_id: int | None = None


@dataclass(frozen=True)
class Profile:
    competences: list[CompetenceProfile]
    total_pix: int
    certifiable: bool

    @property
    def certifiable_competences(self) -> int:
        return sum(1 for c in self.competences if c.level >= 1)


async def get_profile(
    user_id: int, *, uow: UnitOfWork, content: ContentProvider, views: EngineViews
) -> Profile:
    """The 16 competences with level and pix earned from every test, and the total out of 1024."""
    current = loaded(content)
    async with uow:
        elements = await uow.knowledge.of_user(user_id, None)
        running = await uow.assessments.started_competence_evaluations(user_id)
    profile = compute_profile(elements, current, views)
    evaluation_of = {a.target: a.id for a in running}
    return replace(
        profile,
        competences=[
            replace(c, evaluation_id=evaluation_of.get(f"competence:{c.competence.index}"))
            for c in profile.competences
        ],
    )


def framework_skills(current: LearningContent, views: EngineViews) -> list[Skill]:
    """Every skill of the 16 competences, as the engine scores them."""
    return [
        skill
        for competence in current.competences
        for skill in views.get(current, f"competence:{competence.index}", "fr").skills
    ]


def compute_profile(
    elements: list[KnowledgeElement], current: LearningContent, views: EngineViews
) -> Profile:
    """Levels and pix per competence from a learner's knowledge elements."""
    state = knowledge_rules.current(elements)
    # A reset competence shows "Commencer" again.
    touched = {e.competence_id for e in state.values() if e.status is not KnowledgeStatus.RESET}
    last_evidence: dict[str, datetime] = {}
    for e in state.values():
        if e.competence_id not in last_evidence or e.created_at > last_evidence[e.competence_id]:
            last_evidence[e.competence_id] = e.created_at
    profile = profile_of(
        knowledge_rules.validated_skill_ids(elements),
        framework_skills(current, views),
        current,
        touched,
    )
    return replace(
        profile,
        competences=[
            replace(c, reset_available_at=last_evidence[c.competence.index] + RESET_DELAY)
            if c.started
            else c
            for c in profile.competences
        ],
    )


def profile_of(
    validated: Collection[str],
    skills: Sequence[Skill],
    current: LearningContent,
    touched: Collection[str] = (),
) -> Profile:
    """Levels and pix per competence from the validated skills (a live or a shared profile)."""
    scores = scoring.competence_scores(skills, validated)
    per_competence = [
        CompetenceProfile(
            competence=competence,
            pix=scores[competence.index].pix if competence.index in scores else 0,
            level=scores[competence.index].level if competence.index in scores else 0,
            started=competence.index in touched,
        )
        for competence in current.competences
    ]
    return Profile(
        competences=per_competence,
        total_pix=scoring.total_pix(scores),
        certifiable=scoring.is_certifiable(scores),
    )
