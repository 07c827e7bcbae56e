from __future__ import annotations

from domain.unit_of_work import UnitOfWork
from domain.users.errors import UserNotFoundError
from domain.users.model import User


async def get_user(user_id: int, *, uow: UnitOfWork) -> User:
    """The account of the signed-in user."""
    async with uow:
        user = await uow.users.get(user_id)
    if user is None:
        raise UserNotFoundError()
    return user
