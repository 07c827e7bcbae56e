from __future__ import annotations

from typing import Protocol

from domain.organizations.model import Membership, MembershipView, Organization


class OrganizationRepository(Protocol):
    async def add(self, organization: Organization) -> Organization: ...

    async def get(self, organization_id: int) -> Organization | None: ...

    async def find_by_name(self, name: str) -> Organization | None: ...


class MembershipRepository(Protocol):
    async def add(self, membership: Membership) -> Membership:
        """Insert; raises AlreadyMemberError when the user is already an active member."""
        ...

    async def find_active(self, organization_id: int, user_id: int) -> Membership | None: ...

    async def list_for_user(self, user_id: int) -> list[MembershipView]:
        """Active memberships of a user, organisations sorted by name."""
        ...
