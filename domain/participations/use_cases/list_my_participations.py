from __future__ import annotations

from domain.participations.model import ParticipationOverview
from domain.unit_of_work import UnitOfWork


async def list_my_participations(user_id: int, *, uow: UnitOfWork) -> list[ParticipationOverview]:
    """The learner's campaigns, newest first: to resume, to share, or shared."""
    async with uow:
        return await uow.participations.overviews(user_id)
