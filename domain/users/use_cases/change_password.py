from __future__ import annotations

from dataclasses import replace

from domain.shared.errors import FieldError, InvalidInputError
from domain.shared.ports import Clock
from domain.unit_of_work import UnitOfWork
from domain.users.errors import UserNotFoundError, WrongCurrentPasswordError
from domain.users.model import PASSWORD_RULE, password_is_strong
from domain.users.ports import PasswordHasher


def check_new_password(password: str, field: str = "new_password") -> None:
    if not password_is_strong(password):
        raise InvalidInputError(
            [FieldError(field, "WEAK_PASSWORD", f"The password needs {PASSWORD_RULE}.")]
        )


async def change_password(
    user_id: int,
    *,
    current_password: str,
    new_password: str,
    uow: UnitOfWork,
    hasher: PasswordHasher,
    clock: Clock,
) -> None:
    """Replace the password after checking the current one; other sessions are closed."""
    check_new_password(new_password)
    async with uow:
        user = await uow.users.get(user_id)
        if user is None:
            raise UserNotFoundError()
        if not await hasher.verify(current_password, user.password_hash):
            raise WrongCurrentPasswordError()
        await uow.users.update(replace(user, password_hash=await hasher.hash(new_password)))
        await uow.refresh_tokens.revoke_all_for_user(user_id, clock.now())
        await uow.commit()
