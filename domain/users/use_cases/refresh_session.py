from __future__ import annotations

from domain.shared.ports import Clock, SecretGenerator
from domain.unit_of_work import UnitOfWork
from domain.users.errors import InvalidRefreshTokenError
from domain.users.model import IssuedTokens
from domain.users.policy import AccountPolicy
from domain.users.ports import AccessTokenIssuer
from domain.users.use_cases.log_in import open_session


async def refresh_session(
    *,
    refresh_token: str,
    audience: str,
    uow: UnitOfWork,
    tokens: AccessTokenIssuer,
    secrets: SecretGenerator,
    clock: Clock,
    policy: AccountPolicy,
) -> IssuedTokens:
    """Trade a refresh token for a new pair; replaying an already-rotated one closes the family."""
    now = clock.now()
    async with uow:
        stored = await uow.refresh_tokens.get_by_fingerprint(secrets.fingerprint(refresh_token))
        if stored is None or stored.id is None or stored.audience != audience:
            raise InvalidRefreshTokenError()
        if stored.rotated_at is not None and stored.revoked_at is None:
            # A rotated token used again means it leaked: end every session of its family.
            await uow.refresh_tokens.revoke_family(stored.family_id, now)
            await uow.commit()
            raise InvalidRefreshTokenError()
        if not stored.is_usable(now):
            raise InvalidRefreshTokenError()
        user = await uow.users.get(stored.user_id)
        if user is None or user.id is None or user.is_blocked(now):
            raise InvalidRefreshTokenError()
        await uow.refresh_tokens.mark_rotated(stored.id, now)
        issued = await open_session(
            user.id,
            audience,
            uow=uow,
            tokens=tokens,
            secrets=secrets,
            now_clock=clock,
            policy=policy,
            family_id=stored.family_id,
        )
        await uow.commit()
    return issued
