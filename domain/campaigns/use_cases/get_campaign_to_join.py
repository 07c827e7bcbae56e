from __future__ import annotations

from domain.campaigns.errors import CampaignCodeNotFoundError
from domain.campaigns.model import CODE_SHAPE, CampaignToJoin, normalise_code
from domain.unit_of_work import UnitOfWork


async def get_campaign_to_join(code: str, *, uow: UnitOfWork) -> CampaignToJoin:
    """The public face of a campaign, by its code (case-insensitive); deleted ones do not exist."""
    normalised = normalise_code(code)
    if not CODE_SHAPE.match(normalised):
        raise CampaignCodeNotFoundError()
    async with uow:
        found = await uow.campaigns.get_to_join(normalised)
    if found is None or found.campaign.deleted_at is not None:
        raise CampaignCodeNotFoundError()
    return found
