"""Per-campaign tallies of tube patterns (ADR 0009), kept exact under concurrent writers:
a participation enters or leaves the tally only by flipping its `tallied` flag with a
conditional UPDATE, and counts change by upserts that add to what is stored."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from sqlalchemy import delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection

from api.persistence.repositories.campaigns import shared_chunk
from api.persistence.repositories.participations import skill_set, skill_text
from api.persistence.tables import campaign_participations, campaign_tallies
from domain.campaigns.model import ExportParticipation
from domain.campaigns.tally import CampaignTally, Patterns, TallyRow

cp = campaign_participations.c
ct = campaign_tallies.c

# A participation counts in collective results when it is shared, the latest of its learner
# (not improved by a retry) and not deleted.
_COUNTS = (cp.status == "SHARED", cp.is_improved.is_(False), cp.deleted_at.is_(None))
# The row of the tally that counts participations.
EVERYONE = ("", "")


class SqlCampaignTallies:
    def __init__(self, connection: AsyncConnection) -> None:
        self._db = connection

    async def read(self, campaign_id: int) -> CampaignTally:
        rows = await self._db.execute(
            select(ct.tube, ct.skill_ids, ct.participants).where(
                ct.campaign_id == campaign_id, ct.participants > 0
            )
        )
        everyone = 0
        found = []
        for row in rows:
            if (row.tube, row.skill_ids) == EVERYONE:
                everyone = row.participants
            else:
                found.append(
                    TallyRow(row.tube, skill_set(row.skill_ids) or frozenset(), row.participants)
                )
        return CampaignTally(everyone, tuple(found))

    async def untallied(
        self, campaign_id: int, *, after_id: int, limit: int
    ) -> list[ExportParticipation]:
        return await shared_chunk(
            self._db, campaign_id, *_COUNTS, cp.tallied.is_(False), after_id=after_id, limit=limit
        )

    async def add(self, campaign_id: int, contributions: Mapping[int, Patterns]) -> int:
        if not contributions:
            return 0
        flipped = (
            (
                await self._db.execute(
                    update(campaign_participations)
                    .where(
                        cp.id.in_(list(contributions)),
                        cp.campaign_id == campaign_id,
                        cp.tallied.is_(False),
                        *_COUNTS,
                    )
                    .values(tallied=True)
                    .returning(cp.id)
                )
            )
            .scalars()
            .all()
        )
        changes: Counter[tuple[str, str]] = Counter()
        for participation_id in flipped:
            for tube, skills in contributions[participation_id].items():
                changes[tube, skill_text(skills) or ""] += 1
        changes[EVERYONE] += len(flipped)
        await self._change(campaign_id, changes)
        return len(flipped)

    async def remove(self, campaign_id: int, participation_id: int, patterns: Patterns) -> bool:
        flipped = (
            await self._db.execute(
                update(campaign_participations)
                .where(
                    cp.id == participation_id,
                    cp.campaign_id == campaign_id,
                    cp.tallied.is_(True),
                )
                .values(tallied=False)
                .returning(cp.id)
            )
        ).first()
        if flipped is None:
            return False
        changes: Counter[tuple[str, str]] = Counter(
            {(tube, skill_text(skills) or ""): -1 for tube, skills in patterns.items()}
        )
        changes[EVERYONE] -= 1
        await self._change(campaign_id, changes)
        await self._db.execute(
            delete(campaign_tallies).where(ct.campaign_id == campaign_id, ct.participants <= 0)
        )
        return True

    async def clear(self, campaign_id: int) -> None:
        await self._db.execute(delete(campaign_tallies).where(ct.campaign_id == campaign_id))

    async def _change(self, campaign_id: int, changes: Counter[tuple[str, str]]) -> None:
        """Add each change to the stored count, creating the rows that do not exist yet."""
        values = [
            {"campaign_id": campaign_id, "tube": tube, "skill_ids": skills, "participants": n}
            for (tube, skills), n in changes.items()
            if n
        ]
        if not values:
            return
        dialect = postgresql if self._db.dialect.name == "postgresql" else sqlite
        statement = dialect.insert(campaign_tallies)
        statement = statement.on_conflict_do_update(
            index_elements=[ct.campaign_id, ct.tube, ct.skill_ids],
            set_={"participants": ct.participants + statement.excluded.participants},
        )
        await self._db.execute(statement, values)
