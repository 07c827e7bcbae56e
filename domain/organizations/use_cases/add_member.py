from __future__ import annotations

from domain.organizations.errors import OrganizationNotFoundError
from domain.organizations.model import Membership, MembershipRole
from domain.shared.ports import Clock
from domain.unit_of_work import UnitOfWork
from domain.users.errors import UserNotFoundError
from domain.users.model import normalise_email


async def add_member(
    *,
    organization_id: int,
    email: str,
    role: MembershipRole,
    uow: UnitOfWork,
    clock: Clock,
) -> Membership:
    """Attach an existing account to an organisation (platform administration, demo data)."""
    async with uow:
        if await uow.organizations.get(organization_id) is None:
            raise OrganizationNotFoundError()
        user = await uow.users.get_by_email(normalise_email(email))
        if user is None or user.id is None:
            raise UserNotFoundError(f"No account uses {email}.")
        membership = await uow.memberships.add(
            Membership(
                id=None,
                organization_id=organization_id,
                user_id=user.id,
                role=role,
                created_at=clock.now(),
            )
        )
        await uow.commit()
    return membership
