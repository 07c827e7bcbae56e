"""Bulk writes for generated data: COPY on PostgreSQL, executemany elsewhere.

Ids are reserved up front so that rows can reference each other without RETURNING."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.ext.asyncio import AsyncConnection


def _is_postgresql(connection: AsyncConnection) -> bool:
    return connection.dialect.name == "postgresql"


async def reserve_ids(connection: AsyncConnection, table: Table, count: int) -> int:
    """The first of `count` consecutive free ids of `table` (held until the transaction ends)."""
    if _is_postgresql(connection):
        name = table.name
        # Writers of this table wait for our commit: no one can take an id of the range.
        await connection.execute(text(f'LOCK TABLE "{name}" IN SHARE ROW EXCLUSIVE MODE'))
        sequence = f"pg_get_serial_sequence('{name}', 'id')"
        first = (await connection.execute(text(f"SELECT nextval({sequence})"))).scalar_one()
        await connection.execute(
            text(f"SELECT setval({sequence}, :last)"), {"last": first + count - 1}
        )
        return int(first)
    # SQLite: one writer at a time, so the largest id cannot move under us.
    largest = (await connection.execute(select(func.max(table.c.id)))).scalar_one()
    return int(largest or 0) + 1


async def copy_rows(
    connection: AsyncConnection,
    table: Table,
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
) -> None:
    """Insert rows given as tuples in `columns` order."""
    if not rows:
        return
    if _is_postgresql(connection):
        raw = await connection.get_raw_connection()
        driver = raw.driver_connection
        assert driver is not None
        await driver.copy_records_to_table(table.name, records=rows, columns=list(columns))
        return
    await connection.execute(insert(table), [dict(zip(columns, row, strict=True)) for row in rows])
