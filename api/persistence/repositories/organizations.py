from __future__ import annotations

from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection

from api.persistence.database import violates
from api.persistence.tables import memberships, organizations
from domain.organizations.errors import AlreadyMemberError
from domain.organizations.model import (
    Membership,
    MembershipRole,
    MembershipView,
    Organization,
    OrganizationType,
)


def _organization(row: Any) -> Organization:
    return Organization(
        id=row.id,
        name=row.name,
        type=OrganizationType(row.type),
        created_at=row.created_at,
        external_id=row.external_id,
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
            )
            .returning(organizations.c.id)
        )
        return Organization(**{**organization.__dict__, "id": result.scalar_one()})

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


class SqlMembershipRepository:
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
