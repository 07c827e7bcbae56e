"""A learner in a campaign: started → (assessment completed: to share) → shared."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class ParticipationStatus(StrEnum):
    STARTED = "STARTED"
    SHARED = "SHARED"


@dataclass(frozen=True)
class Participation:
    id: int | None
    campaign_id: int
    user_id: int
    created_at: datetime
    status: ParticipationStatus = ParticipationStatus.STARTED
    participant_external_id: str | None = None
    shared_at: datetime | None = None
    mastery_rate: float | None = None
    validated_skills_count: int | None = None
    pix_score: int | None = None
    is_improved: bool = False
    deleted_at: datetime | None = None
    deleted_by: int | None = None
    # Every skill validated when the results were sent (ADR 0008); None until shared.
    validated_at_sharing: frozenset[str] | None = None
    # A profiles collection's profile: certifiable when sent (ADR 0010); None otherwise.
    is_certifiable: bool | None = None


@dataclass(frozen=True)
class ParticipationOverview:
    """A card of "Mes parcours", and the data of the resume banner."""

    participation: Participation
    campaign_code: str
    campaign_title: str | None
    organization_name: str
    assessment_id: int | None
    assessment_completed: bool
    # When the organisation archived the campaign: nothing more can be played or sent.
    disabled_at: datetime | None = None

    @property
    def display_status(self) -> str:
        if self.participation.status == ParticipationStatus.SHARED:
            return "SHARED"
        return "TO_SHARE" if self.assessment_completed else "STARTED"
