from __future__ import annotations

from dataclasses import dataclass

from adaptive import knowledge as knowledge_rules
from adaptive.types import KnowledgeStatus
from domain.learning_content.model import LearningContent, Tutorial
from domain.learning_content.ports import ContentProvider, loaded
from domain.shared.errors import NotFoundError
from domain.shared.ports import Clock
from domain.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class TutorialCard:
    tutorial: Tutorial
    competence_index: str | None
    saved: bool
    useful: bool


def _competence_of(content: LearningContent) -> dict[str, str]:
    owner: dict[str, str] = {}
    for skill in content.skills:
        for tutorial_id in (*skill.tutorial_ids, *skill.learning_more_tutorial_ids):
            owner.setdefault(tutorial_id, skill.competence_index)
    return owner


async def list_recommended_tutorials(
    user_id: int, *, uow: UnitOfWork, content: ContentProvider
) -> list[TutorialCard]:
    """Tutorials of the skills the learner failed ("Pour réussir la prochaine fois")."""
    current = loaded(content)
    async with uow:
        elements = await uow.knowledge.of_user(user_id, None)
        saved = set(await uow.tutorials.saved(user_id))
        useful = await uow.tutorials.useful(user_id)
    failed = [
        current.skills_by_id[e.skill_id]
        for e in knowledge_rules.current(elements).values()
        if e.status is KnowledgeStatus.INVALIDATED and e.skill_id in current.skills_by_id
    ]
    seen: dict[str, TutorialCard] = {}
    for skill in sorted(failed, key=lambda s: (s.competence_index, s.tube_name, s.level)):
        for tutorial_id in skill.tutorial_ids:
            tutorial = current.tutorials_by_id.get(tutorial_id)
            if tutorial and tutorial_id not in seen:
                seen[tutorial_id] = TutorialCard(
                    tutorial, skill.competence_index, tutorial_id in saved, tutorial_id in useful
                )
    return list(seen.values())


async def list_saved_tutorials(
    user_id: int, *, uow: UnitOfWork, content: ContentProvider
) -> list[TutorialCard]:
    """The tutorials the learner kept ("Enregistrer"), most recent first."""
    current = loaded(content)
    owner = _competence_of(current)
    async with uow:
        saved = await uow.tutorials.saved(user_id)
        useful = await uow.tutorials.useful(user_id)
    return [
        TutorialCard(current.tutorials_by_id[t], owner.get(t), True, t in useful)
        for t in saved
        if t in current.tutorials_by_id
    ]


async def save_tutorial(
    user_id: int,
    tutorial_id: str,
    *,
    saved: bool,
    uow: UnitOfWork,
    content: ContentProvider,
    clock: Clock,
) -> None:
    """Save or unsave a tutorial (idempotent)."""
    if tutorial_id not in loaded(content).tutorials_by_id:
        raise NotFoundError("This tutorial does not exist.")
    async with uow:
        if saved:
            await uow.tutorials.save(user_id, tutorial_id, clock.now())
        else:
            await uow.tutorials.unsave(user_id, tutorial_id)
        await uow.commit()


async def rate_tutorial(
    user_id: int,
    tutorial_id: str,
    *,
    useful: bool,
    uow: UnitOfWork,
    content: ContentProvider,
    clock: Clock,
) -> None:
    """ "Tuto utile": the learner's opinion, one per tutorial (the latest counts)."""
    if tutorial_id not in loaded(content).tutorials_by_id:
        raise NotFoundError("This tutorial does not exist.")
    async with uow:
        await uow.tutorials.rate(user_id, tutorial_id, useful, clock.now())
        await uow.commit()
