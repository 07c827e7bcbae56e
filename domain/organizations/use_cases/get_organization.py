from __future__ import annotations

from domain.access.policies import require_membership
from domain.organizations.errors import OrganizationNotFoundError
from domain.organizations.model import MembershipView
from domain.unit_of_work import UnitOfWork


async def get_organization(
    organization_id: int, *, user_id: int, uow: UnitOfWork
) -> MembershipView:
    """An organisation as seen by one of its members (with the member's role)."""
    async with uow:
        organization = await uow.organizations.get(organization_id)
        if organization is None:
            raise OrganizationNotFoundError()
        membership = await require_membership(uow, organization_id=organization_id, user_id=user_id)
    return MembershipView(organization=organization, role=membership.role)
