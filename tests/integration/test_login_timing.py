"""An unknown email must not answer measurably faster than a known one (real Argon2 cost)."""

from __future__ import annotations

import statistics
import time

import httpx

from api.app import create_app
from api.composition import build_container
from api.settings import Settings
from tests.builders import log_in, sign_up
from tests.conftest import SteppingClock
from tests.database import empty_all_tables


async def median_login_seconds(client: httpx.AsyncClient, email: str, rounds: int = 7) -> float:
    durations = []
    for _ in range(rounds):
        started = time.perf_counter()
        response = await log_in(client, email, "Wrong-Pass1")
        durations.append(time.perf_counter() - started)
        assert response.status_code == 401
    return statistics.median(durations)


async def test_unknown_email_takes_as_long_as_a_wrong_password(
    settings: Settings, clock: SteppingClock
):
    real_cost = settings.model_copy(
        update={"argon2_time_cost": 3, "argon2_memory_kib": 65536, "max_failed_logins": 100}
    )
    container = build_container(real_cost, clock=clock)
    transport = httpx.ASGITransport(app=create_app(container=container))
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            await sign_up(client, email="lea@example.org")
            known = await median_login_seconds(client, "lea@example.org")
            unknown = await median_login_seconds(client, "nobody@example.org")
    finally:
        await empty_all_tables(container.engine)
        await container.close()

    assert 0.6 < unknown / known < 1.6, (known, unknown)
