from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection

from api.persistence.database import violates
from api.persistence.tables import memberships, organization_invitations, organizations, users
from domain.organizations.errors import AlreadyMemberError
from domain.organizations.model import (
    Invitation,
    InvitationStatus,
    Membership,
    MembershipRole,
    MembershipView,
    Organization,
    OrganizationType,
    TeamMember,
)


def _organization(row: Any) -> Organization:
    return Organization(
        id=row.id,
        name=row.name,
        type=OrganizationType(row.type),
        created_at=row.created_at,
        external_id=row.external_id,
        logo_url=row.logo_url,
    )


class SqlOrganizationRepository:
    def __init__(self, connection: AsyncConnection) -> None:
        self._db = connection

    async def add(self, organization: Organization) -> Organization:
        result = await self._db.execute(
            insert(organizations)
            .values(
                name=organization.name,
                type=organization.type.value,
                external_id=organization.external_id,
                created_at=organization.created_at,
                logo_url=organization.logo_url,
            )
            .returning(organizations.c.id)
        )
        return Organization(**{**organization.__dict__, "id": result.scalar_one()})

    async def update(self, organization: Organization) -> None:
        await self._db.execute(
            update(organizations)
            .where(organizations.c.id == organization.id)
            .values(
                name=organization.name,
                type=organization.type.value,
                external_id=organization.external_id,
                logo_url=organization.logo_url,
            )
        )

    async def get(self, organization_id: int) -> Organization | None:
        row = (
            await self._db.execute(
                select(organizations).where(organizations.c.id == organization_id)
            )
        ).first()
        return _organization(row) if row else None

    async def find_by_name(self, name: str) -> Organization | None:
        row = (
            await self._db.execute(
                select(organizations)
                .where(organizations.c.name == name)
                .order_by(organizations.c.id)
            )
        ).first()
        return _organization(row) if row else None


def _membership(row: Any) -> Membership:
    return Membership(
        id=row.id,
        organization_id=row.organization_id,
        user_id=row.user_id,
        role=MembershipRole(row.role),
        created_at=row.created_at,
        disabled_at=row.disabled_at,
    )


class SqlTeamQueries:
    """Team reads and writes, mixed into the membership repository."""

    _db: AsyncConnection

    async def team(self, organization_id: int) -> list[TeamMember]:
        rows = await self._db.execute(
            select(memberships, users.c.first_name, users.c.last_name, users.c.email)
            .join(users, users.c.id == memberships.c.user_id)
            .where(
                memberships.c.organization_id == organization_id,
                memberships.c.disabled_at.is_(None),
            )
            .order_by(users.c.last_name_key, users.c.first_name_key, users.c.id)
        )
        return [
            TeamMember(_membership(row), row.first_name, row.last_name, row.email) for row in rows
        ]

    async def get(self, membership_id: int) -> Membership | None:
        row = (
            await self._db.execute(select(memberships).where(memberships.c.id == membership_id))
        ).first()
        return _membership(row) if row else None

    async def update(self, membership: Membership) -> None:
        await self._db.execute(
            update(memberships)
            .where(memberships.c.id == membership.id)
            .values(role=membership.role.value, disabled_at=membership.disabled_at)
        )

    async def count_admins(self, organization_id: int) -> int:
        return int(
            (
                await self._db.execute(
                    select(func.count())
                    .select_from(memberships)
                    .where(
                        memberships.c.organization_id == organization_id,
                        memberships.c.role == MembershipRole.ADMIN.value,
                        memberships.c.disabled_at.is_(None),
                    )
                )
            ).scalar_one()
        )


def _invitation(row: Any) -> Invitation:
    return Invitation(
        id=row.id,
        organization_id=row.organization_id,
        email=row.email,
        role=MembershipRole(row.role),
        status=InvitationStatus(row.status),
        code_fingerprint=row.code_fingerprint,
        invited_by=row.invited_by,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


class SqlInvitationRepository:
    def __init__(self, connection: AsyncConnection) -> None:
        self._db = connection

    @staticmethod
    def _values(invitation: Invitation) -> dict[str, Any]:
        values = {k: v for k, v in invitation.__dict__.items() if k != "id"}
        values["role"], values["status"] = invitation.role.value, invitation.status.value
        return values

    async def add(self, invitation: Invitation) -> Invitation:
        result = await self._db.execute(
            insert(organization_invitations)
            .values(**self._values(invitation))
            .returning(organization_invitations.c.id)
        )
        return replace(invitation, id=result.scalar_one())

    async def get(self, invitation_id: int) -> Invitation | None:
        row = (
            await self._db.execute(
                select(organization_invitations).where(
                    organization_invitations.c.id == invitation_id
                )
            )
        ).first()
        return _invitation(row) if row else None

    async def pending_for(self, organization_id: int, email: str) -> Invitation | None:
        row = (
            await self._db.execute(
                select(organization_invitations).where(
                    organization_invitations.c.organization_id == organization_id,
                    organization_invitations.c.email == email,
                    organization_invitations.c.status == InvitationStatus.PENDING.value,
                )
            )
        ).first()
        return _invitation(row) if row else None

    async def list_pending(self, organization_id: int) -> list[Invitation]:
        rows = await self._db.execute(
            select(organization_invitations)
            .where(
                organization_invitations.c.organization_id == organization_id,
                organization_invitations.c.status == InvitationStatus.PENDING.value,
            )
            .order_by(organization_invitations.c.updated_at.desc())
        )
        return [_invitation(row) for row in rows]

    async def update(self, invitation: Invitation) -> None:
        await self._db.execute(
            update(organization_invitations)
            .where(organization_invitations.c.id == invitation.id)
            .values(**self._values(invitation))
        )


class SqlMembershipRepository(SqlTeamQueries):
    def __init__(self, connection: AsyncConnection) -> None:
        self._db = connection

    async def add(self, membership: Membership) -> Membership:
        values = {
            "organization_id": membership.organization_id,
            "user_id": membership.user_id,
            "role": membership.role.value,
            "created_at": membership.created_at,
            "disabled_at": membership.disabled_at,
        }
        try:
            result = await self._db.execute(
                insert(memberships).values(**values).returning(memberships.c.id)
            )
        except IntegrityError as error:
            if violates(
                error,
                "uq_memberships_active_member",
                "memberships.organization_id, memberships.user_id",
            ):
                raise AlreadyMemberError() from error
            raise
        return Membership(**{**membership.__dict__, "id": result.scalar_one()})

    async def find_active(self, organization_id: int, user_id: int) -> Membership | None:
        row = (
            await self._db.execute(
                select(memberships).where(
                    memberships.c.organization_id == organization_id,
                    memberships.c.user_id == user_id,
                    memberships.c.disabled_at.is_(None),
                )
            )
        ).first()
        if row is None:
            return None
        return Membership(
            id=row.id,
            organization_id=row.organization_id,
            user_id=row.user_id,
            role=MembershipRole(row.role),
            created_at=row.created_at,
            disabled_at=row.disabled_at,
        )

    async def list_for_user(self, user_id: int) -> list[MembershipView]:
        rows = await self._db.execute(
            select(organizations, memberships.c.role)
            .join(memberships, memberships.c.organization_id == organizations.c.id)
            .where(memberships.c.user_id == user_id, memberships.c.disabled_at.is_(None))
            .order_by(organizations.c.name, organizations.c.id)
        )
        return [
            MembershipView(organization=_organization(row), role=MembershipRole(row.role))
            for row in rows
        ]
