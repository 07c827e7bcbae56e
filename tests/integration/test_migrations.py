from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from api.composition import Container
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
