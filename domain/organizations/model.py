"""Organisations (schools, universities, job centres…) and their members."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class OrganizationType(StrEnum):
    SCO = "SCO"
    SUP = "SUP"
    PRO = "PRO"


class MembershipRole(StrEnum):
    ADMIN = "ADMIN"
    MEMBER = "MEMBER"


@dataclass(frozen=True)
class Organization:
    id: int | None
    name: str
    type: OrganizationType
    created_at: datetime
    external_id: str | None = None
    logo_url: str | None = None


# A logo is shown by <img>, never run: an https address, or the image itself as a data URI
# (what a file chosen in a form becomes), small enough to travel with the organisation.
_LOGO = re.compile(
    r"(https://[^\s\"'<>]+|data:image/(png|jpeg|gif|webp|svg\+xml);base64,[A-Za-z0-9+/]+={0,2})"
)
MAX_LOGO = 50_000  # ~37 kB of image: it travels with every membership and landing page


def is_valid_logo(value: str) -> bool:
    return len(value) <= MAX_LOGO and _LOGO.fullmatch(value) is not None


@dataclass(frozen=True)
class Membership:
    id: int | None
    organization_id: int
    user_id: int
    role: MembershipRole
    created_at: datetime
    disabled_at: datetime | None = None

    @property
    def is_active(self) -> bool:
        return self.disabled_at is None


@dataclass(frozen=True)
class MembershipView:
    """A membership seen from the member's side, with the organisation it opens."""

    organization: Organization
    role: MembershipRole


class InvitationStatus(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class Invitation:
    """An e-mailed, single-use invitation to join an organisation's team."""

    id: int | None
    organization_id: int
    email: str
    role: MembershipRole
    status: InvitationStatus
    code_fingerprint: str
    invited_by: int
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class TeamMember:
    membership: Membership
    first_name: str
    last_name: str
    email: str
