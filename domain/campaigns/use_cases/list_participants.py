from __future__ import annotations

from dataclasses import replace

from domain.access.policies import require_campaign_member
from domain.campaigns.model import ParticipantPage
from domain.unit_of_work import UnitOfWork


async def list_participants(
    campaign_id: int,
    *,
    user_id: int,
    uow: UnitOfWork,
    status: str | None = None,
    search: str | None = None,
    page: int = 1,
    page_size: int = 50,
) -> ParticipantPage:
    """Participants by name: "En cours de test", "En attente", or their mastery once shared."""
    async with uow:
        await require_campaign_member(uow, campaign_id, user_id)
        found = await uow.campaigns.participants(
            campaign_id,
            status=status,
            search=search,
            limit=page_size,
            offset=(page - 1) * page_size,
        )
    # The organisation never sees a result the learner has not sent.
    return replace(
        found,
        items=[
            row if row.status == "SHARED" else replace(row, mastery_rate=None)
            for row in found.items
        ],
    )
