"""A sent profile's certifiability, stored on the participation so that Orga can filter on it
(ADR 0010). Profiles sent before it was stored get it on the first reading of the list."""

from __future__ import annotations

from collections.abc import Sequence

from adaptive.types import Skill
from domain.campaigns.model import ExportParticipation
from domain.campaigns.snapshots import CHUNK, backfill
from domain.knowledge.use_cases.get_profile import profile_of
from domain.learning_content.model import LearningContent
from domain.unit_of_work import UnitOfWork


async def store_missing_certifiability(
    uow: UnitOfWork, campaign_id: int, skills: Sequence[Skill], current: LearningContent
) -> bool:
    """Compute, from what was sent, the certifiability of the collection's shared profiles
    that have none stored, and store it (joins the caller's UoW; True when it wrote)."""

    async def fetch(after: int) -> list[ExportParticipation]:
        return await uow.campaigns.profiles_without_certifiability(
            campaign_id, after_id=after, limit=CHUNK
        )

    async def write(validated: dict[int, frozenset[str]]) -> None:
        await uow.campaigns.record_certifiability(
            campaign_id,
            {pid: profile_of(ids, skills, current).certifiable for pid, ids in validated.items()},
        )

    return await backfill(uow, fetch, write)
