"""What each participation of a chunk had validated: the sharing snapshot, or live knowledge."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from adaptive import knowledge as knowledge_rules
from adaptive.types import KnowledgeElement, KnowledgeStatus
from domain.campaigns.model import ExportParticipation
from domain.campaigns.tally import tube_patterns
from domain.learning_content.model import LearningContent
from domain.participations.model import Participation
from domain.unit_of_work import UnitOfWork


@dataclass(frozen=True, slots=True)
class Knowledge:
    validated: frozenset[str]
    # Skills with a live (not reset) knowledge element: the progress of an unshared test.
    tested: frozenset[str]


NOTHING = Knowledge(frozenset(), frozenset())
CHUNK = 1000


def when_shared(
    elements: Iterable[KnowledgeElement], shared_at: datetime
) -> list[KnowledgeElement]:
    """Knowledge is append-only: what existed at sharing time is what was sent."""
    return [e for e in elements if e.created_at <= shared_at]


async def untally(uow: UnitOfWork, participation: Participation, content: LearningContent) -> None:
    """Take a shared participation out of its campaign's tally (a retry replaces it, the
    organisation deletes it), with what it had validated when shared: its snapshot, or for
    results shared before snapshots existed the knowledge of then, as the first reading of
    collective results counted it. Nothing happens if it was not counted (ADR 0009)."""
    if participation.id is None or participation.shared_at is None:
        return
    validated = participation.validated_at_sharing
    if validated is None:
        elements = await uow.knowledge.of_user(participation.user_id, None)
        validated = knowledge_rules.validated_skill_ids(
            when_shared(elements, participation.shared_at)
        )
    await uow.tallies.remove(
        participation.campaign_id, participation.id, tube_patterns(validated, content)
    )


async def knowledge_of_chunk(
    uow: UnitOfWork,
    chunk: list[ExportParticipation],
    skill_ids: frozenset[str] | None,
    *,
    progress: bool = False,
) -> dict[int, Knowledge]:
    """Per participation id. Shared ones read their snapshot (one column, no knowledge rows);
    results shared before snapshots existed read knowledge, in one query for the chunk, and
    so do tests still in progress when `progress` is asked (an unshared result is never
    shown; a finished test's progress is 100 % without reading anything)."""
    found: dict[int, Knowledge] = {}
    missing = []
    for p in chunk:
        if p.shared_at is None and (p.assessment_completed or not progress):
            found[p.participation_id] = NOTHING
        elif p.validated_at_sharing is not None:
            validated = (
                p.validated_at_sharing if skill_ids is None else p.validated_at_sharing & skill_ids
            )
            found[p.participation_id] = Knowledge(validated, validated)
        else:
            missing.append(p)
    if not missing:
        return found
    elements_by_user = await uow.knowledge.of_users([p.user_id for p in missing], skill_ids)
    for p in missing:
        elements = elements_by_user.get(p.user_id, [])
        if p.shared_at is not None:
            elements = when_shared(elements, p.shared_at)
        state = knowledge_rules.current(elements)
        found[p.participation_id] = Knowledge(
            frozenset(s for s, e in state.items() if e.status is KnowledgeStatus.VALIDATED),
            frozenset(state),
        )
    return found


async def backfill(
    uow: UnitOfWork,
    fetch: Callable[[int], Awaitable[list[ExportParticipation]]],
    write: Callable[[dict[int, frozenset[str]]], Awaitable[object]],
) -> bool:
    """Walk, chunk by chunk, the shared participations `fetch(after_id)` returns and hand
    `write` what each had validated when shared (the read models' first-reading backfills,
    for results shared before they stored what they read). True when there was any."""
    after = 0
    wrote = False
    while chunk := await fetch(after):
        after = chunk[-1].participation_id
        knowledge = await knowledge_of_chunk(uow, chunk, None)
        await write({p.participation_id: knowledge[p.participation_id].validated for p in chunk})
        wrote = True
    return wrote
