from __future__ import annotations

from datetime import datetime

from sqlalchemy import insert, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from api.persistence.tables import content_releases


class SqlContentReleaseRepository:
    def __init__(self, connection: AsyncConnection) -> None:
        self._db = connection

    async def active(self) -> tuple[str, str] | None:
        row = (
            await self._db.execute(
                select(content_releases.c.id, content_releases.c.document)
                .where(content_releases.c.activated_at.is_not(None))
                .order_by(content_releases.c.activated_at.desc())
                .limit(1)
            )
        ).first()
        return (row.id, row.document) if row else None

    async def active_id(self) -> str | None:
        row = (
            await self._db.execute(
                select(content_releases.c.id)
                .where(content_releases.c.activated_at.is_not(None))
                .order_by(content_releases.c.activated_at.desc())
                .limit(1)
            )
        ).first()
        return row.id if row else None

    async def activate(self, release_id: str, document: str, at: datetime) -> None:
        exists = (
            await self._db.execute(
                select(content_releases.c.id).where(content_releases.c.id == release_id)
            )
        ).first()
        if exists:
            await self._db.execute(
                update(content_releases)
                .where(content_releases.c.id == release_id)
                .values(activated_at=at)
            )
        else:
            await self._db.execute(
                insert(content_releases).values(
                    id=release_id, created_at=at, activated_at=at, document=document
                )
            )
