"""Campaigns: an organisation's test (or profile collection) that learners join with a code."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Literal

# Easy to read aloud and to type: no vowel (no accidental word), no 0/1/5 look-alikes.
CODE_LETTERS = "BCDFGHJKMPQRTVWXY"
CODE_DIGITS = "2346789"
CODE_SHAPE = re.compile(r"^[A-Z]{6}[0-9]{3}$")
MAX_LANDING_TEXT = 5000
MAX_EXTERNAL_ID = 255


class CampaignType(StrEnum):
    ASSESSMENT = "ASSESSMENT"
    PROFILES_COLLECTION = "PROFILES_COLLECTION"


class ExternalIdType(StrEnum):
    STRING = "STRING"
    EMAIL = "EMAIL"


def normalise_code(code: str) -> str:
    return code.strip().upper()


@dataclass(frozen=True)
class Campaign:
    id: int | None
    code: str
    organization_id: int
    name: str
    type: CampaignType
    creator_id: int
    owner_id: int
    created_at: datetime
    # What an assessment tests: a target profile of the content, or one whole competence.
    target_profile_id: str | None = None
    competence_index: str | None = None
    title: str | None = None
    landing_text: str | None = None
    external_id_label: str | None = None
    external_id_type: ExternalIdType | None = None
    multiple_sendings: bool = False
    archived_at: datetime | None = None
    archived_by: int | None = None
    deleted_at: datetime | None = None
    deleted_by: int | None = None

    @property
    def is_archived(self) -> bool:
        return self.archived_at is not None

    @property
    def is_joinable(self) -> bool:
        return self.archived_at is None and self.deleted_at is None


@dataclass(frozen=True)
class CampaignToJoin:
    """What anyone with the code may see, before any sign-in."""

    campaign: Campaign
    organization_name: str
    organization_type: str
    organization_logo_url: str | None = None


# How Orga's campaign list is ordered: a field, descending when prefixed with "-".
CampaignSort = Literal["-created_at", "created_at", "name", "-name", "-participants"]


@dataclass(frozen=True)
class CampaignListQuery:
    organization_id: int
    archived: bool = False
    name: str | None = None
    owner_id: int | None = None
    page: int = 1
    page_size: int = 25
    sort: CampaignSort = "-created_at"


@dataclass(frozen=True)
class CampaignSummary:
    campaign: Campaign
    owner_name: str
    participants: int
    shared: int


@dataclass(frozen=True)
class CampaignPage:
    items: list[CampaignSummary]
    total: int
    organization_has_campaigns: bool


@dataclass(frozen=True)
class ParticipantRow:
    """One learner in Orga's participants list. Results appear only once shared."""

    participation_id: int
    first_name: str
    last_name: str
    external_id: str | None
    status: str  # STARTED, TO_SHARE or SHARED
    created_at: datetime
    shared_at: datetime | None
    mastery_rate: float | None


@dataclass(frozen=True)
class ParticipantPage:
    items: list[ParticipantRow]
    total: int


@dataclass(frozen=True)
class ExportParticipation:
    participation_id: int
    user_id: int
    first_name: str
    last_name: str
    external_id: str | None
    created_at: datetime
    shared_at: datetime | None
    assessment_completed: bool
    # What the learner had validated when sharing (None: not shared, or shared before snapshots).
    validated_at_sharing: frozenset[str] | None = None
    # A profiles collection's profile: certifiable when sent (None: not known yet, ADR 0010).
    certifiable_at_sharing: bool | None = None


@dataclass(frozen=True)
class StatusCounts:
    """Latest participation of each learner, by what Orga shows: started, to share, shared."""

    started: int
    to_share: int
    shared: int


# Organisations read "which day" on French civil time, summer and winter time included.
ACTIVITY_TIME_ZONE = "Europe/Paris"


@dataclass(frozen=True)
class DayActivity:
    """Participations started and results shared on one day of ACTIVITY_TIME_ZONE."""

    day: date
    started: int
    shared: int


@dataclass(frozen=True)
class MasteryGroup:
    """Shared participations with the same mastery and validated-skill count."""

    mastery_rate: float
    validated_skills: int
    participants: int


@dataclass(frozen=True)
class SharedProfilePage:
    items: list[ExportParticipation]
    total: int
