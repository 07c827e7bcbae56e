"""Engine creation for both dialects, with the per-connection settings each one needs."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine


def create_engine(database_url: str, *, pool_size: int = 10) -> AsyncEngine:
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":
        engine = create_async_engine(url, connect_args={"timeout": 30})
        event.listen(engine.sync_engine, "connect", _configure_sqlite)
        return engine
    return create_async_engine(url, pool_size=pool_size, max_overflow=pool_size, pool_pre_ping=True)


def _configure_sqlite(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()
    # SQLite's own lower() folds ASCII only: "Émery" would not match a search for "émery" as
    # it does on PostgreSQL. Python's folds every letter; no index is built on lower().
    dbapi_connection.create_function("lower", 1, _lower, deterministic=True)


def _lower(value: object) -> object:
    return value.lower() if isinstance(value, str) else value


def violates(error: IntegrityError, constraint: str, sqlite_hint: str) -> bool:
    """Whether an IntegrityError comes from the named constraint.

    PostgreSQL names the constraint; SQLite names the columns instead ("users.email").
    """
    message = str(error.orig)
    return constraint in message or sqlite_hint in message
