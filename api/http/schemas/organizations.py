from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from domain.organizations.model import MembershipView, Organization


class OrganizationRead(BaseModel):
    """An organisation (school, university, job centre…)."""

    id: int = Field(description="Organisation id.")
    name: str = Field(description="Name shown in Orga.")
    type: Literal["SCO", "SUP", "PRO"] = Field(
        description="SCO school, SUP higher education, PRO professional / insertion."
    )
    created_at: datetime = Field(description="When the space was opened.")

    @classmethod
    def of(cls, organization: Organization) -> OrganizationRead:
        assert organization.id is not None
        return cls(
            id=organization.id,
            name=organization.name,
            type=organization.type.value,
            created_at=organization.created_at,
        )


class MembershipRead(BaseModel):
    """One organisation the user belongs to, with the user's role."""

    organization: OrganizationRead = Field(description="The organisation.")
    role: Literal["ADMIN", "MEMBER"] = Field(description="ADMIN manages the team; MEMBER does not.")

    @classmethod
    def of(cls, view: MembershipView) -> MembershipRead:
        return cls(organization=OrganizationRead.of(view.organization), role=view.role.value)


class MembershipList(BaseModel):
    items: list[MembershipRead] = Field(description="Memberships, organisations by name.")


class OrganizationCreate(BaseModel):
    """Opening an organisation's space (platform administrators only)."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=255, description="Organisation name.")
    type: Literal["SCO", "SUP", "PRO"] = Field(description="Organisation type.")
    admin_email: str | None = Field(
        None, max_length=255, description="Email of an existing account to make administrator."
    )
    external_id: str | None = Field(None, max_length=255, description="e.g. a UAI or SIRET.")
