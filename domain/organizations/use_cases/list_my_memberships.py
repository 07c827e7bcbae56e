from __future__ import annotations

from domain.organizations.model import MembershipView
from domain.unit_of_work import UnitOfWork


async def list_my_memberships(user_id: int, *, uow: UnitOfWork) -> list[MembershipView]:
    """The organisations the user belongs to, by name, with the user's role in each."""
    async with uow:
        return await uow.memberships.list_for_user(user_id)
