from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from api.app import create_app
from api.composition import Container, build_container
from api.settings import Environment, Settings
from tests.database import empty_all_tables, requested_url, throwaway_database


class SteppingClock:
    """A real clock that tests can move forward (blocks and expiries without sleeping)."""

    def __init__(self) -> None:
        self.offset = timedelta()

    def now(self) -> datetime:
        return datetime.now(UTC) + self.offset

    def advance(self, delta: timedelta) -> None:
        self.offset += delta


@pytest.fixture(scope="session")
async def database_url() -> AsyncIterator[str]:
    async with throwaway_database(requested_url()) as url:
        yield url


@pytest.fixture
def outbox(tmp_path: Path) -> Path:
    return tmp_path / "outbox"


@pytest.fixture
def settings(database_url: str, outbox: Path) -> Settings:
    return Settings(
        environment=Environment.TEST,
        database_url=database_url,
        database_pool_size=2,
        # A cheap hash keeps the suite fast; the timing test builds the real cost itself.
        argon2_time_cost=1,
        argon2_memory_kib=1024,
        outbox_dir=outbox,
        app_dist=Path("/nonexistent-app"),
        orga_dist=Path("/nonexistent-orga"),
    )


@pytest.fixture
def clock() -> SteppingClock:
    return SteppingClock()


@pytest.fixture
async def container(settings: Settings, clock: SteppingClock) -> AsyncIterator[Container]:
    container = build_container(settings, clock=clock)
    yield container
    await empty_all_tables(container.engine)
    await container.close()


@pytest.fixture
def app(container: Container) -> FastAPI:
    return create_app(container=container)


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield client


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/integration/" in str(item.fspath):
            item.add_marker(pytest.mark.db)
    # Browser journeys last: they are the slowest and drive their own event loop.
    items.sort(key=lambda item: "tests/e2e/" in str(item.fspath))
