"""Throwaway test databases, built only by running the migrations, on SQLite or PostgreSQL."""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import asyncpg
from sqlalchemy import delete
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine

from api.persistence.migrations import upgrade_database_async
from api.persistence.tables import metadata

DEFAULT_POSTGRES = "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"


def requested_url() -> str | None:
    """PIX_TEST_DATABASE_URL selects the server; unset means a temporary SQLite file."""
    return os.environ.get("PIX_TEST_DATABASE_URL") or None


@asynccontextmanager
async def throwaway_database(server_url: str | None) -> AsyncIterator[str]:
    """Yield the URL of a new, migrated, empty database; drop it afterwards."""
    if server_url is None or make_url(server_url).get_backend_name() == "sqlite":
        with tempfile.TemporaryDirectory(prefix="pix-test-") as folder:
            url = f"sqlite+aiosqlite:///{Path(folder) / 'test.db'}"
            await upgrade_database_async(url)
            yield url
        return
    server = make_url(server_url)
    name = f"pix_test_{uuid.uuid4().hex[:12]}"
    admin_dsn = server.set(drivername="postgresql", database="postgres").render_as_string(
        hide_password=False
    )
    connection = await asyncpg.connect(admin_dsn)
    try:
        await connection.execute(f'CREATE DATABASE "{name}"')
    finally:
        await connection.close()
    url = server.set(database=name).render_as_string(hide_password=False)
    try:
        await upgrade_database_async(url)
        yield url
    finally:
        connection = await asyncpg.connect(admin_dsn)
        try:
            await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            await connection.close()


async def empty_all_tables(engine: AsyncEngine) -> None:
    async with engine.begin() as connection:
        for table in reversed(metadata.sorted_tables):
            await connection.execute(delete(table))
