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


async def login_seconds(client: httpx.AsyncClient, email: str) -> float:
    started = time.perf_counter()
    response = await log_in(client, email, "Wrong-Pass1")
    elapsed = time.perf_counter() - started
    assert response.status_code == 401
    return elapsed


async def median_login_seconds(
    client: httpx.AsyncClient, known: str, unknown: str, rounds: int = 9
) -> tuple[float, float]:
    """Median times of a wrong password for a known and an unknown email, measured in turns
    (alternating which goes first) so that a busy machine slows both alike."""
    times: dict[str, list[float]] = {known: [], unknown: []}
    for n in range(rounds):
        for email in (known, unknown) if n % 2 == 0 else (unknown, known):
            times[email].append(await login_seconds(client, email))
    return statistics.median(times[known]), statistics.median(times[unknown])


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
            known, unknown = await median_login_seconds(
                client, "lea@example.org", "nobody@example.org"
            )
    finally:
        await empty_all_tables(container.engine)
        await container.close()

    assert 0.6 < unknown / known < 1.6, (known, unknown)
