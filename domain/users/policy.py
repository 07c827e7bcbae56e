"""Tunable account rules, passed in by the composition root from settings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta


@dataclass(frozen=True)
class AccountPolicy:
    max_failed_logins: int = 10
    block_duration: timedelta = timedelta(minutes=15)
    refresh_token_lifetime: timedelta = timedelta(days=7)
    password_reset_lifetime: timedelta = timedelta(hours=24)
