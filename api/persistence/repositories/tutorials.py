from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Table, delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection

from api.persistence.tables import saved_tutorials, tutorial_evaluations


class SqlTutorialPreferences:
    def __init__(self, connection: AsyncConnection) -> None:
        self._db = connection

    def _insert(self, table: Table) -> Any:
        # Both dialects speak INSERT … ON CONFLICT: a double click never becomes an error.
        dialect = postgresql if self._db.dialect.name == "postgresql" else sqlite
        return dialect.insert(table)

    async def saved(self, user_id: int) -> list[str]:
        rows = await self._db.execute(
            select(saved_tutorials.c.tutorial_id)
            .where(saved_tutorials.c.user_id == user_id)
            .order_by(saved_tutorials.c.created_at.desc(), saved_tutorials.c.id.desc())
        )
        return [row.tutorial_id for row in rows]

    async def save(self, user_id: int, tutorial_id: str, at: datetime) -> None:
        await self._db.execute(
            self._insert(saved_tutorials)
            .values(user_id=user_id, tutorial_id=tutorial_id, created_at=at)
            .on_conflict_do_nothing(index_elements=["user_id", "tutorial_id"])
        )

    async def unsave(self, user_id: int, tutorial_id: str) -> None:
        await self._db.execute(
            delete(saved_tutorials).where(
                saved_tutorials.c.user_id == user_id, saved_tutorials.c.tutorial_id == tutorial_id
            )
        )

    async def useful(self, user_id: int) -> set[str]:
        rows = await self._db.execute(
            select(tutorial_evaluations.c.tutorial_id).where(
                tutorial_evaluations.c.user_id == user_id, tutorial_evaluations.c.useful.is_(True)
            )
        )
        return {row.tutorial_id for row in rows}

    async def rate(self, user_id: int, tutorial_id: str, useful: bool, at: datetime) -> None:
        await self._db.execute(
            self._insert(tutorial_evaluations)
            .values(user_id=user_id, tutorial_id=tutorial_id, useful=useful, created_at=at)
            .on_conflict_do_update(
                index_elements=["user_id", "tutorial_id"], set_={"useful": useful, "created_at": at}
            )
        )
