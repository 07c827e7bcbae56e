"""Who may do what. Use cases call these; the HTTP layer only authenticates."""

from __future__ import annotations

from domain.campaigns.errors import CampaignNotFoundError
from domain.campaigns.model import Campaign
from domain.organizations.errors import NotAnOrganizationMemberError
from domain.organizations.model import Membership, MembershipRole
from domain.shared.errors import ForbiddenError
from domain.unit_of_work import UnitOfWork
from domain.users.errors import UserNotFoundError
from domain.users.model import User


async def require_membership(uow: UnitOfWork, *, organization_id: int, user_id: int) -> Membership:
    """The active membership of the user in the organisation, or a refusal (joins the UoW)."""
    membership = await uow.memberships.find_active(organization_id, user_id)
    if membership is None:
        raise NotAnOrganizationMemberError()
    return membership


def is_organization_admin(membership: Membership) -> bool:
    return membership.role == MembershipRole.ADMIN


def require_super_admin(user: User) -> None:
    if not user.is_super_admin:
        raise ForbiddenError("Only a platform administrator may do this.")


async def require_platform_operator(uow: UnitOfWork, requested_by: int | None) -> None:
    """A platform administrator asking over the API, or the operator's command line (None)."""
    if requested_by is None:
        return
    requester = await uow.users.get(requested_by)
    if requester is None:
        raise UserNotFoundError()
    require_super_admin(requester)


async def require_campaign_member(uow: UnitOfWork, campaign_id: int, user_id: int) -> Campaign:
    """A live campaign of one of the user's organisations, or a refusal (joins the UoW)."""
    campaign = await uow.campaigns.get(campaign_id)
    if campaign is None or campaign.deleted_at is not None:
        raise CampaignNotFoundError()
    await require_membership(uow, organization_id=campaign.organization_id, user_id=user_id)
    return campaign
