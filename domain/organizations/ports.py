from __future__ import annotations

from typing import Protocol

from domain.organizations.model import (
    Invitation,
    Membership,
    MembershipView,
    Organization,
    TeamMember,
)


class OrganizationRepository(Protocol):
    async def add(self, organization: Organization) -> Organization: ...

    async def get(self, organization_id: int) -> Organization | None: ...

    async def update(self, organization: Organization) -> None:
        """Save its name, type, external id and logo."""
        ...

    async def find_by_name(self, name: str) -> Organization | None: ...


class MembershipRepository(Protocol):
    async def add(self, membership: Membership) -> Membership:
        """Insert; raises AlreadyMemberError when the user is already an active member."""
        ...

    async def find_active(self, organization_id: int, user_id: int) -> Membership | None: ...

    async def list_for_user(self, user_id: int) -> list[MembershipView]:
        """Active memberships of a user, organisations sorted by name."""
        ...

    async def team(self, organization_id: int) -> list[TeamMember]:
        """Active members, sorted by last then first name."""
        ...

    async def get(self, membership_id: int) -> Membership | None: ...

    async def update(self, membership: Membership) -> None: ...

    async def count_admins(self, organization_id: int) -> int: ...


class InvitationRepository(Protocol):
    async def add(self, invitation: Invitation) -> Invitation: ...

    async def get(self, invitation_id: int) -> Invitation | None: ...

    async def pending_for(self, organization_id: int, email: str) -> Invitation | None: ...

    async def list_pending(self, organization_id: int) -> list[Invitation]: ...

    async def update(self, invitation: Invitation) -> None: ...
