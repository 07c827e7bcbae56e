from __future__ import annotations

from dataclasses import replace

from domain.shared.ports import Clock, SecretGenerator
from domain.unit_of_work import UnitOfWork
from domain.users.errors import InvalidResetTokenError
from domain.users.ports import PasswordHasher
from domain.users.use_cases.change_password import check_new_password


async def reset_password(
    *,
    token: str,
    new_password: str,
    uow: UnitOfWork,
    hasher: PasswordHasher,
    secrets: SecretGenerator,
    clock: Clock,
) -> None:
    """Set a new password from a single-use emailed link; every open session is closed."""
    check_new_password(new_password)
    now = clock.now()
    async with uow:
        stored = await uow.password_reset_tokens.get_by_fingerprint(secrets.fingerprint(token))
        if stored is None or stored.id is None or not stored.is_usable(now):
            raise InvalidResetTokenError()
        user = await uow.users.get(stored.user_id)
        if user is None:
            raise InvalidResetTokenError()
        await uow.users.update(
            replace(user.after_successful_login(), password_hash=await hasher.hash(new_password))
        )
        await uow.password_reset_tokens.mark_used(stored.id, now)
        await uow.refresh_tokens.revoke_all_for_user(user.id or stored.user_id, now)
        await uow.commit()
