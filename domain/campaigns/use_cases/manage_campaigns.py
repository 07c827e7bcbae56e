from __future__ import annotations

from dataclasses import dataclass, replace

from domain.access.policies import is_organization_admin, require_membership
from domain.campaigns.errors import CampaignArchivedError, CampaignNotFoundError
from domain.campaigns.model import (
    MAX_LANDING_TEXT,
    Campaign,
    CampaignListQuery,
    CampaignPage,
    CampaignSummary,
)
from domain.campaigns.snapshots import untally
from domain.learning_content.ports import ContentProvider, loaded
from domain.participations.errors import ParticipationNotFoundError
from domain.shared.errors import FieldError, ForbiddenError, InvalidInputError
from domain.shared.ports import Clock
from domain.unit_of_work import UnitOfWork


async def list_campaigns(
    query: CampaignListQuery, *, user_id: int, uow: UnitOfWork
) -> CampaignPage:
    """The organisation's campaigns, newest first, with participant and shared counts."""
    async with uow:
        await require_membership(uow, organization_id=query.organization_id, user_id=user_id)
        return await uow.campaigns.page(query)


async def get_campaign(campaign_id: int, *, user_id: int, uow: UnitOfWork) -> CampaignSummary:
    """A campaign of one of the user's organisations, with its counts."""
    async with uow:
        summary = await uow.campaigns.summary(campaign_id)
        if summary is None or summary.campaign.deleted_at is not None:
            raise CampaignNotFoundError()
        await require_membership(
            uow, organization_id=summary.campaign.organization_id, user_id=user_id
        )
    return summary


async def _managed(uow: UnitOfWork, campaign_id: int, user_id: int) -> Campaign:
    campaign = await uow.campaigns.get(campaign_id)
    if campaign is None or campaign.deleted_at is not None:
        raise CampaignNotFoundError()
    membership = await require_membership(
        uow, organization_id=campaign.organization_id, user_id=user_id
    )
    if not (is_organization_admin(membership) or campaign.owner_id == user_id):
        raise ForbiddenError("Only the campaign's owner or an administrator may change it.")
    return campaign


@dataclass(frozen=True)
class CampaignChanges:
    name: str | None = None
    title: str | None = None
    landing_text: str | None = None
    owner_id: int | None = None


async def update_campaign(
    campaign_id: int, changes: CampaignChanges, *, user_id: int, uow: UnitOfWork
) -> Campaign:
    """Rename, retitle, rewrite the landing text or hand over the campaign (owner or admin)."""
    errors = []
    if changes.name is not None and not changes.name.strip():
        errors.append(FieldError("name", "CAMPAIGN_NAME_IS_REQUIRED", "The name is required."))
    if changes.landing_text is not None and len(changes.landing_text) > MAX_LANDING_TEXT:
        errors.append(
            FieldError("landing_text", "LANDING_TEXT_IS_TOO_LONG", "At most 5 000 characters.")
        )
    async with uow:
        campaign = await _managed(uow, campaign_id, user_id)
        if campaign.is_archived:
            raise CampaignArchivedError()
        if changes.owner_id is not None and not await uow.memberships.find_active(
            campaign.organization_id, changes.owner_id
        ):
            errors.append(
                FieldError("owner_id", "OWNER_NOT_A_MEMBER", "The owner must be a member.")
            )
        if errors:
            raise InvalidInputError(errors)
        updated = replace(
            campaign,
            name=changes.name.strip() if changes.name is not None else campaign.name,
            title=(changes.title.strip() or None) if changes.title is not None else campaign.title,
            landing_text=(changes.landing_text.strip() or None)
            if changes.landing_text is not None
            else campaign.landing_text,
            owner_id=changes.owner_id or campaign.owner_id,
        )
        await uow.campaigns.update(updated)
        await uow.commit()
    return updated


async def set_archived(
    campaign_id: int, archived: bool, *, user_id: int, uow: UnitOfWork, clock: Clock
) -> Campaign:
    """Archive (no more joining, sharing or editing; results stay readable) or unarchive."""
    async with uow:
        campaign = await _managed(uow, campaign_id, user_id)
        updated = replace(
            campaign,
            archived_at=clock.now() if archived else None,
            archived_by=user_id if archived else None,
        )
        if campaign.is_archived != archived:
            await uow.campaigns.update(updated)
            await uow.commit()
        else:
            updated = campaign
    return updated


async def delete_campaign(campaign_id: int, *, user_id: int, uow: UnitOfWork, clock: Clock) -> None:
    """Soft-delete (owner or administrator): the campaign leaves Orga and its code stops
    working; its participations go with it and the external ids asked for are forgotten.
    Learners keep their own knowledge: it was never the organisation's."""
    async with uow:
        await _managed(uow, campaign_id, user_id)
        if await uow.campaigns.remove(campaign_id, at=clock.now(), by=user_id):
            await uow.tallies.clear(campaign_id)
        await uow.commit()


async def delete_participation(
    campaign_id: int,
    participation_id: int,
    *,
    user_id: int,
    uow: UnitOfWork,
    content: ContentProvider,
    clock: Clock,
) -> None:
    """Take a participant out of the campaign (owner or administrator, archived campaigns
    too): every participation of that learner there is soft-deleted, leaves the lists,
    counts, exports and collective results, and cannot be joined again."""
    current = loaded(content)
    async with uow:
        await _managed(uow, campaign_id, user_id)
        participation = await uow.participations.get(participation_id)
        if participation is None or participation.campaign_id != campaign_id:
            raise ParticipationNotFoundError()
        # Deleted first, then read as deleted: a share that committed meanwhile is seen, and
        # one that comes after finds nothing left to share.
        removed = await uow.participations.remove_learner(
            campaign_id, participation.user_id, at=clock.now(), by=user_id
        )
        for gone in removed:
            await untally(uow, gone, current)
        await uow.commit()
