from __future__ import annotations

import uuid

from domain.shared.ports import Clock, SecretGenerator
from domain.unit_of_work import UnitOfWork
from domain.users.errors import AccountTemporarilyBlockedError, InvalidCredentialsError
from domain.users.model import IssuedTokens, RefreshToken, User, normalise_email
from domain.users.policy import AccountPolicy
from domain.users.ports import AccessTokenIssuer, PasswordHasher


async def log_in(
    *,
    email: str,
    password: str,
    audience: str,
    uow: UnitOfWork,
    hasher: PasswordHasher,
    tokens: AccessTokenIssuer,
    secrets: SecretGenerator,
    clock: Clock,
    policy: AccountPolicy,
) -> IssuedTokens:
    """Check the credentials and open a session (access token + rotating refresh token)."""
    now = clock.now()
    async with uow:
        user = await uow.users.get_by_email(normalise_email(email))
        if user is None or user.id is None:
            # Same work as a real check, so response time does not reveal who has an account.
            await hasher.burn_time(password)
            raise InvalidCredentialsError()
        if user.is_blocked(now):
            raise AccountTemporarilyBlockedError(meta={"blocked_until": _iso(user)})
        if not await hasher.verify(password, user.password_hash):
            failed = user.after_failed_login(now, policy.max_failed_logins, policy.block_duration)
            await uow.users.update(failed)
            await uow.commit()
            if failed.is_blocked(now):
                raise AccountTemporarilyBlockedError(meta={"blocked_until": _iso(failed)})
            raise InvalidCredentialsError()
        if user.failed_login_count or user.blocked_until:
            await uow.users.update(user.after_successful_login())
        issued = await open_session(
            user.id,
            audience,
            uow=uow,
            tokens=tokens,
            secrets=secrets,
            now_clock=clock,
            policy=policy,
            family_id=str(uuid.uuid4()),
        )
        await uow.commit()
    return issued


async def open_session(
    user_id: int,
    audience: str,
    *,
    uow: UnitOfWork,
    tokens: AccessTokenIssuer,
    secrets: SecretGenerator,
    now_clock: Clock,
    policy: AccountPolicy,
    family_id: str,
) -> IssuedTokens:
    """Issue an access token and store a new refresh token of the given family (joins the UoW)."""
    now = now_clock.now()
    secret = secrets.new_secret()
    await uow.refresh_tokens.add(
        RefreshToken(
            id=None,
            user_id=user_id,
            family_id=family_id,
            fingerprint=secrets.fingerprint(secret),
            audience=audience,
            created_at=now,
            expires_at=now + policy.refresh_token_lifetime,
        )
    )
    access_token, expires_in = tokens.issue(user_id, audience)
    return IssuedTokens(
        user_id=user_id, access_token=access_token, expires_in=expires_in, refresh_token=secret
    )


def _iso(user: User) -> str | None:
    return user.blocked_until.isoformat() if user.blocked_until else None
