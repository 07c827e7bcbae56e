"""Ports every context may need: time and randomness come from outside the domain."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, timezone-aware (UTC)."""
        ...


class SecretGenerator(Protocol):
    def new_secret(self) -> str:
        """A new unguessable URL-safe secret (refresh tokens, reset links, invitations)."""
        ...

    def fingerprint(self, secret: str) -> str:
        """A one-way digest of a secret, the only form in which secrets are stored."""
        ...
