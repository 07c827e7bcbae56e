"""A sent profile's certifiability, stored on the participation so that Orga can filter on it
(ADR 0010). Profiles sent before it was stored get it on the first reading of the list."""

from __future__ import annotations

from collections.abc import Sequence

from adaptive.types import Skill
from domain.campaigns.snapshots import knowledge_of_chunk
from domain.knowledge.use_cases.get_profile import profile_of
from domain.learning_content.model import LearningContent
from domain.unit_of_work import UnitOfWork

CHUNK = 1000


async def store_missing_certifiability(
    uow: UnitOfWork, campaign_id: int, skills: Sequence[Skill], current: LearningContent
) -> bool:
    """Compute, from what was sent, the certifiability of the collection's shared profiles
    that have none stored, and store it (joins the caller's UoW; True when it wrote)."""
    after = 0
    wrote = False
    while True:
        chunk = await uow.campaigns.profiles_without_certifiability(
            campaign_id, after_id=after, limit=CHUNK
        )
        if not chunk:
            return wrote
        after = chunk[-1].participation_id
        knowledge = await knowledge_of_chunk(uow, chunk, None)
        await uow.campaigns.record_certifiability(
            campaign_id,
            {
                p.participation_id: profile_of(
                    knowledge[p.participation_id].validated, skills, current
                ).certifiable
                for p in chunk
            },
        )
        wrote = True
