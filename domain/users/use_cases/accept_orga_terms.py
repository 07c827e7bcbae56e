from __future__ import annotations

from dataclasses import replace

from domain.shared.ports import Clock
from domain.unit_of_work import UnitOfWork
from domain.users.errors import UserNotFoundError
from domain.users.model import User


async def accept_orga_terms(user_id: int, *, uow: UnitOfWork, clock: Clock) -> User:
    """Record, once, that the user accepted Pix Orga's terms of use."""
    async with uow:
        user = await uow.users.get(user_id)
        if user is None:
            raise UserNotFoundError()
        if user.orga_terms_accepted_at is None:
            user = replace(user, orga_terms_accepted_at=clock.now())
            await uow.users.update(user)
            await uow.commit()
    return user
