from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from domain.organizations.model import MAX_LOGO, MembershipView, Organization


class OrganizationRead(BaseModel):
    """An organisation (school, university, job centre…)."""

    id: int = Field(description="Organisation id.")
    name: str = Field(description="Name shown in Orga.")
    type: Literal["SCO", "SUP", "PRO"] = Field(
        description="SCO school, SUP higher education, PRO professional / insertion."
    )
    created_at: datetime = Field(description="When the space was opened.")
    logo_url: str | None = Field(
        description="Logo to show beside the name: an https URL or an image data URI; null: none."
    )

    @classmethod
    def of(cls, organization: Organization) -> OrganizationRead:
        assert organization.id is not None
        return cls(
            id=organization.id,
            name=organization.name,
            type=organization.type.value,
            created_at=organization.created_at,
            logo_url=organization.logo_url,
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
    logo_url: str | None = Field(
        None,
        max_length=MAX_LOGO,
        description="Optional logo: an https:// URL, or a base64 data URI of a PNG, JPEG, GIF, "
        "WebP or SVG image (at most 50 000 characters). Refused otherwise (INVALID_LOGO).",
    )


class OrganizationUpdate(BaseModel):
    """What a platform administrator changes; a field left out stays as it is."""

    model_config = ConfigDict(extra="forbid")

    name: str | None = Field(None, max_length=255, description="New name (not blank).")
    type: Literal["SCO", "SUP", "PRO"] | None = Field(None, description="New type.")
    external_id: str | None = Field(
        None, max_length=255, description='New external id; "" removes it.'
    )
    logo_url: str | None = Field(
        None,
        max_length=MAX_LOGO,
        description='New logo (same rules as at creation); "" removes it.',
    )


class TeamMemberRead(BaseModel):
    membership_id: int = Field(description="Membership id (to change the role or remove).")
    user_id: int = Field(description="User id.")
    first_name: str = Field(description="First name.")
    last_name: str = Field(description="Last name.")
    email: str = Field(description="Email address.")
    role: Literal["ADMIN", "MEMBER"] = Field(description="Role in the organisation.")


class TeamRead(BaseModel):
    items: list[TeamMemberRead] = Field(description="Members by last then first name.")


class InvitationCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    email: str = Field(max_length=255, description="Who to invite.")
    role: Literal["ADMIN", "MEMBER"] = Field("MEMBER", description="Role given on acceptance.")


class InvitationRead(BaseModel):
    id: int = Field(description="Invitation id.")
    email: str = Field(description="Invited address.")
    role: str = Field(description="Role given on acceptance.")
    status: str = Field(description="pending, accepted or cancelled.")
    updated_at: datetime = Field(description="When it was last sent.")


class InvitationList(BaseModel):
    items: list[InvitationRead] = Field(description="Pending invitations, most recent first.")


class InvitationPreview(BaseModel):
    organization_name: str = Field(description="Organisation the invitation opens.")
    email: str = Field(description="Invited address.")
    role: str = Field(description="Role given on acceptance.")


class InvitationAcceptance(BaseModel):
    model_config = ConfigDict(extra="forbid")

    code: str = Field(max_length=512, description="The secret from the e-mailed link.")


class RoleChange(BaseModel):
    model_config = ConfigDict(extra="forbid")

    role: Literal["ADMIN", "MEMBER"] = Field(description="New role.")
