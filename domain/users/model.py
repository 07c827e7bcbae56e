"""Users: one personal account for life, independent of any organisation."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum

PASSWORD_RULE = (
    "at least 8 characters, including an upper-case letter, a lower-case letter and a digit"
)
_EMAIL_SHAPE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class Locale(StrEnum):
    FR = "fr"
    EN = "en"


def normalise_email(email: str) -> str:
    """Emails are unique case-insensitively: store and compare them trimmed and lower-cased."""
    return email.strip().lower()


def is_plausible_email(email: str) -> bool:
    return bool(_EMAIL_SHAPE.match(email)) and len(email) <= 255


def password_is_strong(password: str) -> bool:
    """Pix's rule: at least 8 characters with an upper-case letter, a lower-case one and a digit."""
    return (
        len(password) >= 8
        and any(c.isupper() for c in password)
        and any(c.islower() for c in password)
        and any(c.isdigit() for c in password)
    )


@dataclass(frozen=True)
class User:
    id: int | None
    first_name: str
    last_name: str
    email: str
    password_hash: str
    locale: Locale
    created_at: datetime
    terms_accepted_at: datetime | None = None
    orga_terms_accepted_at: datetime | None = None
    is_super_admin: bool = False
    failed_login_count: int = 0
    blocked_until: datetime | None = None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    def is_blocked(self, now: datetime) -> bool:
        return self.blocked_until is not None and self.blocked_until > now

    def after_failed_login(self, now: datetime, max_failures: int, block_for: timedelta) -> User:
        """Count a failure; the one that reaches the limit blocks the account for a while."""
        failures = self.failed_login_count + 1
        if failures >= max_failures:
            return replace(self, failed_login_count=0, blocked_until=now + block_for)
        return replace(self, failed_login_count=failures)

    def after_successful_login(self) -> User:
        return replace(self, failed_login_count=0, blocked_until=None)


@dataclass(frozen=True)
class RefreshToken:
    """A long-lived secret kept only as a fingerprint; each use rotates it inside its family."""

    id: int | None
    user_id: int
    family_id: str
    fingerprint: str
    audience: str
    created_at: datetime
    expires_at: datetime
    rotated_at: datetime | None = None
    revoked_at: datetime | None = None

    def is_usable(self, now: datetime) -> bool:
        return self.rotated_at is None and self.revoked_at is None and self.expires_at > now


@dataclass(frozen=True)
class PasswordResetToken:
    id: int | None
    user_id: int
    fingerprint: str
    created_at: datetime
    expires_at: datetime
    used_at: datetime | None = None

    def is_usable(self, now: datetime) -> bool:
        return self.used_at is None and self.expires_at > now


@dataclass(frozen=True)
class IssuedTokens:
    """What a successful log-in or refresh hands back to the client."""

    user_id: int
    access_token: str
    expires_in: int
    refresh_token: str


@dataclass(frozen=True)
class OutgoingMail:
    to: str
    subject: str
    text: str
