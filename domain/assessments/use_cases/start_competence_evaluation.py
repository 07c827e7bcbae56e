from __future__ import annotations

from domain.assessments.model import (
    DEFAULT_STRATEGY,
    Assessment,
    AssessmentState,
    AssessmentType,
)
from domain.learning_content.ports import ContentProvider, loaded
from domain.shared.errors import NotFoundError
from domain.shared.ports import Clock
from domain.unit_of_work import UnitOfWork


async def start_competence_evaluation(
    competence_index: str,
    *,
    user_id: int,
    locale: str,
    uow: UnitOfWork,
    content: ContentProvider,
    clock: Clock,
) -> tuple[Assessment, bool]:
    """Evaluate one whole competence from the profile (all levels); resume one in progress.

    Returns the assessment and whether it was resumed.
    """
    current = loaded(content)
    if competence_index not in current.competences_by_index:
        raise NotFoundError("This competence does not exist.")
    target = f"competence:{competence_index}"
    async with uow:
        running = await uow.assessments.started_for_target(user_id, target)
        if running is not None:
            return running, True
        assessment = await uow.assessments.add(
            Assessment(
                id=None,
                user_id=user_id,
                type=AssessmentType.COMPETENCE_EVALUATION,
                state=AssessmentState.STARTED,
                strategy=DEFAULT_STRATEGY,
                content_release_id=current.release_id,
                target=target,
                locale=locale,
                created_at=clock.now(),
            )
        )
        await uow.commit()
    return assessment, False
