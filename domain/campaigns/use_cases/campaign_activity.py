"""Activité: how a campaign is going, in counts the organisation may see.

Status counts cover every participant; stages and mastery bands come only from the results a
learner has shared (the mastery stored when they shared), never from a test in progress.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from domain.access.policies import require_campaign_member
from domain.campaigns.model import DayActivity, MasteryGroup, StatusCounts
from domain.learning_content.model import Stage
from domain.learning_content.ports import ContentProvider, loaded
from domain.unit_of_work import UnitOfWork

# Orga's mastery stars: (lowest %, highest %) of each band, one star per band.
MASTERY_BANDS = ((0, 20), (21, 50), (51, 80), (81, 100))


@dataclass(frozen=True)
class StageCount:
    rank: int  # 1-based, in threshold order
    stage: Stage
    participants: int


@dataclass(frozen=True)
class BandCount:
    low: int
    high: int
    participants: int


@dataclass(frozen=True)
class CampaignActivity:
    statuses: StatusCounts
    days: list[DayActivity]
    stages: list[StageCount]
    bands: list[BandCount]


def stage_rank(stages: tuple[Stage, ...], mastery_rate: float, validated_skills: int) -> int:
    """The rank reached, as the results page judges it: the first stage until a skill is won."""
    rank = 1
    if validated_skills:
        for position, stage in enumerate(stages, start=1):
            if stage.threshold <= 100 * mastery_rate:
                rank = position
    return rank


def band_index(mastery_rate: float) -> int:
    percent = round(100 * mastery_rate)
    return next(i for i, (_, high) in enumerate(MASTERY_BANDS) if percent <= high)


def every_day(days: list[DayActivity]) -> list[DayActivity]:
    """The days from the first to the last activity, quiet days included (a chart's x axis)."""
    if not days:
        return []
    known = {d.day: d for d in days}
    first, last = days[0].day, days[-1].day
    count = (last - first).days + 1
    return [
        known.get(day, DayActivity(day, 0, 0))
        for day in (first + timedelta(days=n) for n in range(count))
    ]


def _distributions(
    groups: list[MasteryGroup], stages: tuple[Stage, ...]
) -> tuple[list[StageCount], list[BandCount]]:
    per_stage = [0] * len(stages)
    per_band = [0] * len(MASTERY_BANDS)
    for group in groups:
        if stages:
            per_stage[stage_rank(stages, group.mastery_rate, group.validated_skills) - 1] += (
                group.participants
            )
        per_band[band_index(group.mastery_rate)] += group.participants
    return (
        [
            StageCount(rank, stage, n)
            for rank, (stage, n) in enumerate(zip(stages, per_stage, strict=True), 1)
        ],
        [BandCount(low, high, n) for (low, high), n in zip(MASTERY_BANDS, per_band, strict=True)],
    )


async def campaign_activity(
    campaign_id: int, *, user_id: int, uow: UnitOfWork, content: ContentProvider
) -> CampaignActivity:
    """Counts by status, activity per day, and shared results by stage and by mastery band."""
    current = loaded(content)
    async with uow:
        campaign = await require_campaign_member(uow, campaign_id, user_id)
        statuses = await uow.campaigns.status_counts(campaign_id)
        days = await uow.campaigns.activity_by_day(campaign_id)
        groups = await uow.campaigns.shared_mastery(campaign_id)
    profile = current.profiles_by_id.get(campaign.target_profile_id or "")
    stages = tuple(sorted(profile.stages, key=lambda s: s.threshold)) if profile else ()
    by_stage, by_band = _distributions(groups, stages)
    return CampaignActivity(statuses, every_day(days), by_stage, by_band)
