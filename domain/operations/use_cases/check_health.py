from __future__ import annotations

from dataclasses import dataclass

from domain.learning_content.ports import ContentProvider
from domain.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class HealthReport:
    database_ok: bool
    content_release: str | None


async def check_health(*, uow: UnitOfWork, content: ContentProvider) -> HealthReport:
    """Whether the database answers, and which content release is in memory."""
    try:
        await uow.ping()
        database_ok = True
    except Exception:  # any failure to reach the store means "unreachable", never a crash
        database_ok = False
    current = content.current()
    return HealthReport(database_ok, current.release_id if current else None)
