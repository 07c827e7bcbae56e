from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection

from api.persistence.database import violates
from api.persistence.tables import password_reset_tokens, refresh_tokens, users
from domain.shared.names import name_sort_key
from domain.users.errors import EmailAlreadyUsedError
from domain.users.model import Locale, PasswordResetToken, RefreshToken, User


def _user(row: Any) -> User:
    return User(
        id=row.id,
        first_name=row.first_name,
        last_name=row.last_name,
        email=row.email,
        password_hash=row.password_hash,
        locale=Locale(row.locale),
        created_at=row.created_at,
        terms_accepted_at=row.terms_accepted_at,
        orga_terms_accepted_at=row.orga_terms_accepted_at,
        is_super_admin=row.is_super_admin,
        failed_login_count=row.failed_login_count,
        blocked_until=row.blocked_until,
    )


def _user_values(user: User) -> dict[str, Any]:
    return {
        "first_name": user.first_name,
        "last_name": user.last_name,
        "first_name_key": name_sort_key(user.first_name),
        "last_name_key": name_sort_key(user.last_name),
        "email": user.email,
        "password_hash": user.password_hash,
        "locale": user.locale.value,
        "is_super_admin": user.is_super_admin,
        "failed_login_count": user.failed_login_count,
        "blocked_until": user.blocked_until,
        "terms_accepted_at": user.terms_accepted_at,
        "orga_terms_accepted_at": user.orga_terms_accepted_at,
        "created_at": user.created_at,
    }


class SqlUserRepository:
    def __init__(self, connection: AsyncConnection) -> None:
        self._db = connection

    async def add(self, user: User) -> User:
        try:
            result = await self._db.execute(
                insert(users).values(**_user_values(user)).returning(users.c.id)
            )
        except IntegrityError as error:
            if violates(error, "uq_users_email", "users.email"):
                raise EmailAlreadyUsedError() from error
            raise
        return User(**{**user.__dict__, "id": result.scalar_one()})

    async def get(self, user_id: int) -> User | None:
        row = (await self._db.execute(select(users).where(users.c.id == user_id))).first()
        return _user(row) if row else None

    async def get_by_email(self, email: str) -> User | None:
        row = (await self._db.execute(select(users).where(users.c.email == email))).first()
        return _user(row) if row else None

    async def update(self, user: User) -> None:
        await self._db.execute(
            update(users).where(users.c.id == user.id).values(**_user_values(user))
        )


def _refresh(row: Any) -> RefreshToken:
    return RefreshToken(
        id=row.id,
        user_id=row.user_id,
        family_id=row.family_id,
        fingerprint=row.fingerprint,
        audience=row.audience,
        created_at=row.created_at,
        expires_at=row.expires_at,
        rotated_at=row.rotated_at,
        revoked_at=row.revoked_at,
    )


class SqlRefreshTokenRepository:
    def __init__(self, connection: AsyncConnection) -> None:
        self._db = connection

    async def add(self, token: RefreshToken) -> RefreshToken:
        values = {k: v for k, v in token.__dict__.items() if k != "id"}
        result = await self._db.execute(
            insert(refresh_tokens).values(**values).returning(refresh_tokens.c.id)
        )
        return RefreshToken(**{**values, "id": result.scalar_one()})

    async def get_by_fingerprint(self, fingerprint: str) -> RefreshToken | None:
        row = (
            await self._db.execute(
                select(refresh_tokens).where(refresh_tokens.c.fingerprint == fingerprint)
            )
        ).first()
        return _refresh(row) if row else None

    async def mark_rotated(self, token_id: int, at: datetime) -> None:
        await self._db.execute(
            update(refresh_tokens).where(refresh_tokens.c.id == token_id).values(rotated_at=at)
        )

    async def revoke_family(self, family_id: str, at: datetime) -> None:
        await self._db.execute(
            update(refresh_tokens)
            .where(refresh_tokens.c.family_id == family_id, refresh_tokens.c.revoked_at.is_(None))
            .values(revoked_at=at)
        )

    async def revoke_all_for_user(self, user_id: int, at: datetime) -> None:
        await self._db.execute(
            update(refresh_tokens)
            .where(refresh_tokens.c.user_id == user_id, refresh_tokens.c.revoked_at.is_(None))
            .values(revoked_at=at)
        )


class SqlPasswordResetTokenRepository:
    def __init__(self, connection: AsyncConnection) -> None:
        self._db = connection

    async def add(self, token: PasswordResetToken) -> PasswordResetToken:
        values = {k: v for k, v in token.__dict__.items() if k != "id"}
        result = await self._db.execute(
            insert(password_reset_tokens).values(**values).returning(password_reset_tokens.c.id)
        )
        return PasswordResetToken(**{**values, "id": result.scalar_one()})

    async def get_by_fingerprint(self, fingerprint: str) -> PasswordResetToken | None:
        row = (
            await self._db.execute(
                select(password_reset_tokens).where(
                    password_reset_tokens.c.fingerprint == fingerprint
                )
            )
        ).first()
        if row is None:
            return None
        return PasswordResetToken(
            id=row.id,
            user_id=row.user_id,
            fingerprint=row.fingerprint,
            created_at=row.created_at,
            expires_at=row.expires_at,
            used_at=row.used_at,
        )

    async def mark_used(self, token_id: int, at: datetime) -> None:
        await self._db.execute(
            update(password_reset_tokens)
            .where(password_reset_tokens.c.id == token_id)
            .values(used_at=at)
        )
