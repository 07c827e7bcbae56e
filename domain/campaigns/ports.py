from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Protocol

from domain.campaigns.model import (
    Campaign,
    CampaignListQuery,
    CampaignPage,
    CampaignSummary,
    CampaignToJoin,
    DayActivity,
    ExportParticipation,
    MasteryGroup,
    ParticipantPage,
    SharedProfilePage,
    StatusCounts,
)
from domain.campaigns.tally import CampaignTally, Patterns


class CampaignRepository(Protocol):
    async def add(self, campaign: Campaign) -> Campaign:
        """Insert; raises CampaignCodeExhaustedError if the code was taken meanwhile."""
        ...

    async def code_exists(self, code: str) -> bool: ...

    async def get(self, campaign_id: int, *, lock: bool = False) -> Campaign | None:
        """`lock`: held until the end of the unit of work against a concurrent deletion or
        archiving (FOR SHARE on PostgreSQL; SQLite serialises writers anyway)."""
        ...

    async def get_to_join(self, code: str) -> CampaignToJoin | None: ...

    async def update(self, campaign: Campaign) -> None:
        """Save the campaign's settings (never a deleted campaign's, never its deletion)."""
        ...

    async def remove(self, campaign_id: int, *, at: datetime, by: int) -> bool:
        """Soft-delete the campaign and every participation in it, forgetting the external
        ids the organisation had asked for; False if it was already deleted."""
        ...

    async def page(self, query: CampaignListQuery) -> CampaignPage: ...

    async def summary(self, campaign_id: int) -> CampaignSummary | None: ...

    async def export_chunk(
        self, campaign_id: int, *, after_id: int, limit: int
    ) -> list[ExportParticipation]:
        """Participations (every one, improved included) with id > after_id, by id."""
        ...

    async def shared_profiles(
        self,
        campaign_id: int,
        *,
        search: str | None = None,
        certifiable: bool | None = None,
        limit: int,
        offset: int,
    ) -> SharedProfilePage:
        """The latest shared participation of each learner, by last then first name; only
        those matching the participant search and, when given, the stored certifiability."""
        ...

    async def profiles_without_certifiability(
        self, campaign_id: int, *, after_id: int, limit: int
    ) -> list[ExportParticipation]:
        """Shared participations whose certifiability is not stored yet, id > after_id, by id."""
        ...

    async def record_certifiability(self, campaign_id: int, certifiable: dict[int, bool]) -> None:
        """Store each participation's certifiability, where none is stored yet."""
        ...

    async def participants(
        self, campaign_id: int, *, status: str | None, search: str | None, limit: int, offset: int
    ) -> ParticipantPage:
        """Latest participation of each learner, sorted by last then first name."""
        ...

    async def status_counts(self, campaign_id: int) -> StatusCounts:
        """Latest participation of each learner by displayed status, in one query."""
        ...

    async def activity_by_day(self, campaign_id: int) -> list[DayActivity]:
        """Participations started and shared per Paris day (ACTIVITY_TIME_ZONE; days with
        activity only), by day."""
        ...

    async def shared_mastery(self, campaign_id: int) -> list[MasteryGroup]:
        """Shared latest participations grouped by stored mastery and validated skills."""
        ...


class CampaignTallies(Protocol):
    """The per-campaign tallies of tube patterns (domain/campaigns/tally.py)."""

    async def read(self, campaign_id: int) -> CampaignTally: ...

    async def untallied(
        self, campaign_id: int, *, after_id: int, limit: int
    ) -> list[ExportParticipation]:
        """Counted participations (shared, latest of their learner, not deleted) that are not
        in the tally yet — shared before tallies existed —, with id > after_id, by id."""
        ...

    async def add(self, campaign_id: int, contributions: Mapping[int, Patterns]) -> int:
        """Count these participations (id → patterns) if they count and are not counted yet;
        each is counted at most once, whoever else adds it at the same time. Returns how
        many were added."""
        ...

    async def remove(self, campaign_id: int, participation_id: int, patterns: Patterns) -> bool:
        """Take a counted participation out of the tally (at most once); False if it was not
        in it."""
        ...

    async def clear(self, campaign_id: int) -> None:
        """Forget the campaign's tally (the campaign is deleted)."""
        ...


class RandomSource(Protocol):
    def choice(self, alphabet: str) -> str: ...
