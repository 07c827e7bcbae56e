from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.ext.asyncio import create_async_engine

from api.composition import Container
from api.persistence.migrations import upgrade_database_async
from api.persistence.tables import metadata


async def test_models_and_migrations_agree(container: Container):
    async with container.engine.connect() as connection:
        differences = await connection.run_sync(
            lambda sync: compare_metadata(
                MigrationContext.configure(sync, opts={"compare_type": True}), metadata
            )
        )

    assert differences == []


async def test_growing_tables_have_big_integer_keys_on_postgresql(container: Container):
    async with container.engine.connect() as connection:
        if connection.dialect.name != "postgresql":
            pytest.skip("SQLite has a single INTEGER type")
        columns = await connection.run_sync(
            lambda sync: {c["name"]: c["type"] for c in inspect(sync).get_columns("refresh_tokens")}
        )

    assert columns["id"].__class__.__name__ == "BIGINT"


async def test_existing_users_get_their_name_keys(tmp_path: Path):
    """Migration 0015 gives the users already there the keys Orga's lists order by."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'before.db'}"
    await upgrade_database_async(url, "0014")
    engine = create_async_engine(url)
    try:
        async with engine.begin() as connection:
            await connection.execute(
                text(
                    "INSERT INTO users (first_name, last_name, email, password_hash, locale,"
                    " is_super_admin, failed_login_count, created_at) VALUES"
                    " ('Hélène', 'Lœb', 'h@example.org', 'x', 'fr', 0, 0, '2026-01-01')"
                )
            )
        await upgrade_database_async(url)
        async with engine.connect() as connection:
            keys = (
                await connection.execute(text("SELECT first_name_key, last_name_key FROM users"))
            ).one()
    finally:
        await engine.dispose()

    assert tuple(keys) == ("helene", "loeb")
