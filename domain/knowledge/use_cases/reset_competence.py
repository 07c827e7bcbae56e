from __future__ import annotations

from datetime import datetime, timedelta

from adaptive import knowledge as knowledge_rules
from domain.learning_content.engine_view import EngineViews
from domain.learning_content.ports import ContentProvider, loaded
from domain.participations.errors import NotYetAllowedError
from domain.shared.errors import NotFoundError
from domain.shared.ports import Clock
from domain.unit_of_work import UnitOfWork

RESET_DELAY = timedelta(days=knowledge_rules.DAYS_BEFORE_COMPETENCE_RESET)


async def reset_competence(
    competence_index: str,
    *,
    user_id: int,
    uow: UnitOfWork,
    content: ContentProvider,
    views: EngineViews,
    clock: Clock,
) -> datetime:
    """ "Remettre à zéro": start a competence again, 7 days after its last evidence."""
    current = loaded(content)
    if competence_index not in current.competences_by_index:
        raise NotFoundError("This competence does not exist.")
    now = clock.now()
    skill_ids = frozenset(
        s.id for s in views.get(current, f"competence:{competence_index}", "fr").skills
    )
    async with uow:
        elements = await uow.knowledge.of_user(user_id, skill_ids)
        state = knowledge_rules.current(elements)
        if not state:
            raise NotYetAllowedError("Nothing to reset: this competence was never tested.")
        available_at = max(e.created_at for e in state.values()) + RESET_DELAY
        if now < available_at:
            raise NotYetAllowedError(meta={"available_at": available_at.isoformat()})
        await uow.knowledge.add(user_id, knowledge_rules.reset(elements, skill_ids, now))
        await uow.commit()
    return now
