"""In-memory adapters that satisfy the domain ports structurally, for unit tests."""

from __future__ import annotations

import copy
import hashlib
import itertools
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from types import TracebackType
from typing import Self

from domain.campaigns.model import Campaign
from domain.organizations.errors import AlreadyMemberError
from domain.organizations.model import Membership, MembershipView, Organization
from domain.users.errors import EmailAlreadyUsedError
from domain.users.model import PasswordResetToken, RefreshToken, User


class FakeClock:
    def __init__(self, start: datetime | None = None) -> None:
        self.current = start or datetime(2026, 1, 5, 9, 0, tzinfo=UTC)

    def now(self) -> datetime:
        return self.current

    def advance(self, delta: timedelta) -> None:
        self.current += delta


class FakeSecrets:
    def __init__(self) -> None:
        self._counter = itertools.count(1)

    def new_secret(self) -> str:
        return f"secret-{next(self._counter)}"

    def fingerprint(self, secret: str) -> str:
        return hashlib.sha256(secret.encode()).hexdigest()


class FakeHasher:
    """Reversible on purpose: tests read what was stored."""

    def __init__(self) -> None:
        self.burned = 0

    async def hash(self, password: str) -> str:
        return f"hashed:{password}"

    async def verify(self, password: str, password_hash: str) -> bool:
        return password_hash == f"hashed:{password}"

    async def burn_time(self, password: str) -> None:
        self.burned += 1


class FakeAccessTokens:
    def issue(self, user_id: int, audience: str) -> tuple[str, int]:
        return f"access:{user_id}:{audience}", 1200


class _Store:
    def __init__(self) -> None:
        self.users: dict[int, User] = {}
        self.refresh_tokens: dict[int, RefreshToken] = {}
        self.reset_tokens: dict[int, PasswordResetToken] = {}
        self.organizations: dict[int, Organization] = {}
        self.memberships: dict[int, Membership] = {}
        self.last_id = 0

    def next_id(self) -> int:
        self.last_id += 1
        return self.last_id


class FakeUsers:
    def __init__(self, store: _Store) -> None:
        self.s = store

    async def add(self, user: User) -> User:
        if any(u.email == user.email for u in self.s.users.values()):
            raise EmailAlreadyUsedError()
        stored = replace(user, id=self.s.next_id())
        self.s.users[stored.id or 0] = stored
        return stored

    async def get(self, user_id: int) -> User | None:
        return self.s.users.get(user_id)

    async def get_by_email(self, email: str) -> User | None:
        return next((u for u in self.s.users.values() if u.email == email), None)

    async def update(self, user: User) -> None:
        self.s.users[user.id or 0] = user


class FakeRefreshTokens:
    def __init__(self, store: _Store) -> None:
        self.s = store

    async def add(self, token: RefreshToken) -> RefreshToken:
        stored = replace(token, id=self.s.next_id())
        self.s.refresh_tokens[stored.id or 0] = stored
        return stored

    async def get_by_fingerprint(self, fingerprint: str) -> RefreshToken | None:
        return next(
            (t for t in self.s.refresh_tokens.values() if t.fingerprint == fingerprint), None
        )

    async def mark_rotated(self, token_id: int, at: datetime) -> None:
        self.s.refresh_tokens[token_id] = replace(self.s.refresh_tokens[token_id], rotated_at=at)

    async def revoke_family(self, family_id: str, at: datetime) -> None:
        for key, token in self.s.refresh_tokens.items():
            if token.family_id == family_id and token.revoked_at is None:
                self.s.refresh_tokens[key] = replace(token, revoked_at=at)

    async def revoke_all_for_user(self, user_id: int, at: datetime) -> None:
        for key, token in self.s.refresh_tokens.items():
            if token.user_id == user_id and token.revoked_at is None:
                self.s.refresh_tokens[key] = replace(token, revoked_at=at)


class FakeResetTokens:
    def __init__(self, store: _Store) -> None:
        self.s = store

    async def add(self, token: PasswordResetToken) -> PasswordResetToken:
        stored = replace(token, id=self.s.next_id())
        self.s.reset_tokens[stored.id or 0] = stored
        return stored

    async def get_by_fingerprint(self, fingerprint: str) -> PasswordResetToken | None:
        return next((t for t in self.s.reset_tokens.values() if t.fingerprint == fingerprint), None)

    async def mark_used(self, token_id: int, at: datetime) -> None:
        self.s.reset_tokens[token_id] = replace(self.s.reset_tokens[token_id], used_at=at)


class FakeOrganizations:
    def __init__(self, store: _Store) -> None:
        self.s = store

    async def add(self, organization: Organization) -> Organization:
        stored = replace(organization, id=self.s.next_id())
        self.s.organizations[stored.id or 0] = stored
        return stored

    async def get(self, organization_id: int) -> Organization | None:
        return self.s.organizations.get(organization_id)

    async def find_by_name(self, name: str) -> Organization | None:
        return next((o for o in self.s.organizations.values() if o.name == name), None)


class FakeMemberships:
    def __init__(self, store: _Store) -> None:
        self.s = store

    async def add(self, membership: Membership) -> Membership:
        if await self.find_active(membership.organization_id, membership.user_id):
            raise AlreadyMemberError()
        stored = replace(membership, id=self.s.next_id())
        self.s.memberships[stored.id or 0] = stored
        return stored

    async def find_active(self, organization_id: int, user_id: int) -> Membership | None:
        return next(
            (
                m
                for m in self.s.memberships.values()
                if m.organization_id == organization_id and m.user_id == user_id and m.is_active
            ),
            None,
        )

    async def list_for_user(self, user_id: int) -> list[MembershipView]:
        views = [
            MembershipView(self.s.organizations[m.organization_id], m.role)
            for m in self.s.memberships.values()
            if m.user_id == user_id and m.is_active
        ]
        return sorted(views, key=lambda v: v.organization.name)


class FakeUnitOfWork:
    """Writes go to a working copy; only commit() publishes them, like a transaction."""

    def __init__(self) -> None:
        self.committed_store = _Store()
        self.commits = 0
        self.content_releases = FakeContentReleases()
        self.campaigns = FakeCampaigns()

    async def __aenter__(self) -> Self:
        self._work = copy.deepcopy(self.committed_store)
        self.users = FakeUsers(self._work)
        self.refresh_tokens = FakeRefreshTokens(self._work)
        self.password_reset_tokens = FakeResetTokens(self._work)
        self.organizations = FakeOrganizations(self._work)
        self.memberships = FakeMemberships(self._work)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        del self._work

    async def commit(self) -> None:
        self.committed_store = copy.deepcopy(self._work)
        self.commits += 1

    async def ping(self) -> None:
        return None


class FakeContentReleases:
    def __init__(self) -> None:
        self.releases: dict[str, tuple[str, datetime]] = {}

    async def active(self) -> tuple[str, str] | None:
        if not self.releases:
            return None
        release_id = max(self.releases, key=lambda r: self.releases[r][1])
        return release_id, self.releases[release_id][0]

    async def active_id(self) -> str | None:
        active = await self.active()
        return active[0] if active else None

    async def activate(self, release_id: str, document: str, at: datetime) -> None:
        self.releases[release_id] = (document, at)


class FakeCampaigns:
    def __init__(self) -> None:
        self.rows: dict[int, Campaign] = {}

    async def add(self, campaign: Campaign) -> Campaign:
        stored = replace(campaign, id=len(self.rows) + 1)
        self.rows[stored.id or 0] = stored
        return stored

    async def code_exists(self, code: str) -> bool:
        return any(c.code == code for c in self.rows.values())

    async def get(self, campaign_id: int) -> Campaign | None:
        return self.rows.get(campaign_id)

    async def get_to_join(self, code: str) -> None:
        return None


class ScriptedRandom:
    """Picks the given characters in order, to force code collisions."""

    def __init__(self, picks: str) -> None:
        self.picks = list(picks)

    def choice(self, alphabet: str) -> str:
        pick = self.picks.pop(0)
        assert pick in alphabet
        return pick
