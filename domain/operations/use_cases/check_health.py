from __future__ import annotations

from domain.unit_of_work import UnitOfWork


async def check_health(*, uow: UnitOfWork) -> bool:
    """Whether the database answers."""
    try:
        await uow.ping()
    except Exception:  # any failure to reach the store means "unreachable", never a crash
        return False
    return True
