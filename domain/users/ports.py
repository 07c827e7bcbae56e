"""What the user context needs from the outside world."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from domain.users.model import PasswordResetToken, RefreshToken, User


class UserRepository(Protocol):
    async def add(self, user: User) -> User:
        """Insert; raises EmailAlreadyUsedError when the email is taken."""
        ...

    async def get(self, user_id: int) -> User | None: ...

    async def get_by_email(self, email: str) -> User | None: ...

    async def update(self, user: User) -> None: ...


class RefreshTokenRepository(Protocol):
    async def add(self, token: RefreshToken) -> RefreshToken: ...

    async def get_by_fingerprint(self, fingerprint: str) -> RefreshToken | None: ...

    async def mark_rotated(self, token_id: int, at: datetime) -> None: ...

    async def revoke_family(self, family_id: str, at: datetime) -> None: ...

    async def revoke_all_for_user(self, user_id: int, at: datetime) -> None: ...


class PasswordResetTokenRepository(Protocol):
    async def add(self, token: PasswordResetToken) -> PasswordResetToken: ...

    async def get_by_fingerprint(self, fingerprint: str) -> PasswordResetToken | None: ...

    async def mark_used(self, token_id: int, at: datetime) -> None: ...


class PasswordHasher(Protocol):
    async def hash(self, password: str) -> str: ...

    async def verify(self, password: str, password_hash: str) -> bool: ...

    async def burn_time(self, password: str) -> None:
        """Spend as long as a real verification, so unknown emails take the same time."""
        ...


class AccessTokenIssuer(Protocol):
    def issue(self, user_id: int, audience: str) -> tuple[str, int]:
        """Return a signed access token and its lifetime in seconds."""
        ...
