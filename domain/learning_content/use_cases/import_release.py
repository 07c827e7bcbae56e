from __future__ import annotations

from domain.access.policies import require_platform_operator
from domain.learning_content.errors import InvalidContentReleaseError
from domain.learning_content.model import LearningContent
from domain.learning_content.validation import Problem
from domain.shared.ports import Clock
from domain.unit_of_work import UnitOfWork


async def import_release(
    content: LearningContent,
    document: str,
    problems: list[Problem],
    *,
    uow: UnitOfWork,
    clock: Clock,
    requested_by: int | None = None,
) -> LearningContent:
    """Publish a checked release as the active one; a release with any problem is refused whole.

    `requested_by` is the administrator asking over the API; None is the operator's command line.
    """
    async with uow:
        await require_platform_operator(uow, requested_by)
        if problems:
            raise InvalidContentReleaseError(problems)
        await uow.content_releases.activate(content.release_id, document, clock.now())
        await uow.commit()
    return content


async def authorize_release_import(*, uow: UnitOfWork, requested_by: int) -> None:
    """Refuse a non-administrator before the costly check of the release they sent."""
    async with uow:
        await require_platform_operator(uow, requested_by)
