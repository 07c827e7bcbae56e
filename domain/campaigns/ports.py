from __future__ import annotations

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


class CampaignRepository(Protocol):
    async def add(self, campaign: Campaign) -> Campaign:
        """Insert; raises CampaignCodeExhaustedError if the code was taken meanwhile."""
        ...

    async def code_exists(self, code: str) -> bool: ...

    async def get(self, campaign_id: int) -> Campaign | None: ...

    async def get_to_join(self, code: str) -> CampaignToJoin | None: ...

    async def update(self, campaign: Campaign) -> None: ...

    async def page(self, query: CampaignListQuery) -> CampaignPage: ...

    async def summary(self, campaign_id: int) -> CampaignSummary | None: ...

    async def export_chunk(
        self, campaign_id: int, *, after_id: int, limit: int
    ) -> list[ExportParticipation]:
        """Participations (every one, improved included) with id > after_id, by id."""
        ...

    async def shared_chunk(
        self, campaign_id: int, *, after_id: int, limit: int
    ) -> list[ExportParticipation]:
        """Shared participations (every one, improved included) with id > after_id, by id,
        without names: what collective results read."""
        ...

    async def shared_profiles(
        self, campaign_id: int, *, limit: int, offset: int
    ) -> SharedProfilePage:
        """The latest shared participation of each learner, by last then first name."""
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


class RandomSource(Protocol):
    def choice(self, alphabet: str) -> str: ...
