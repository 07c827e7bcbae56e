"""SQLite only: the participants list (page 1, two searches) of the campaign that
`pix demo --participants 10000` creates (#2), with SQLite's built-in lower() and with the
Python lower() the engine registers (Unicode case folding), alternately, twice.

    export PIX_DATABASE_URL=sqlite+aiosqlite:////tmp/bench.db
    .venv/bin/pix db upgrade && .venv/bin/pix content import --from-source
    .venv/bin/pix demo --participants 10000
    .venv/bin/python bench/sqlite_lower.py [campaign id, default 2]
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import time
from typing import Any

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine

from api.persistence import database
from api.persistence.repositories.campaigns import SqlCampaignRepository

URL = os.environ.get("PIX_DATABASE_URL", "sqlite+aiosqlite:////tmp/bench.db")
SEARCHES = (("page 1", None), ("search 'lef'", "lef"), ("search 'émery'", "émery"))


def _built_in_lower_engine() -> AsyncEngine:
    """The project's engine without its lower() (SQLite's own, ASCII-only, stays)."""
    engine = database.create_engine(URL)
    event.remove(engine.sync_engine, "connect", database._configure_sqlite)

    def foreign_keys(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    event.listen(engine.sync_engine, "connect", foreign_keys)
    return engine


async def measure(label: str, engine: AsyncEngine, campaign_id: int) -> None:
    found = {}
    async with engine.connect() as connection:
        repository = SqlCampaignRepository(connection)
        for name, search in SEARCHES:
            runs = []
            for _ in range(7):
                started = time.perf_counter()
                page = await repository.participants(
                    campaign_id, status=None, search=search, limit=25, offset=0
                )
                runs.append(time.perf_counter() - started)
            found[name] = f"{statistics.median(runs) * 1000:.0f} ms ({page.total} found)"
    await engine.dispose()
    print(label, found)


async def main(campaign_id: int) -> None:
    for _ in range(2):
        await measure("built-in lower():", _built_in_lower_engine(), campaign_id)
        await measure("Python lower():  ", database.create_engine(URL), campaign_id)


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 2))
