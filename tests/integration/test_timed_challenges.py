"""The server records when a timed challenge starts and judges lateness by its own clock."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import httpx
import pytest

from api.composition import Container
from tests.builders import bearer, sign_up
from tests.integration.test_learner_journey import code, content, join  # noqa: F401

TIMED = "@essaiCorbeille2-a"  # 60 seconds, in the test content's "essai-clea" profile
RIGHT = "Corbeille"


@pytest.fixture
async def shown(
    client: httpx.AsyncClient,
    container: Container,
    code: str,  # noqa: F811
) -> tuple[int, dict[str, str]]:
    """A learner whose current challenge is the timed one: (assessment id, headers)."""
    await sign_up(client, email="lea@example.org")
    headers = await bearer(client, "lea@example.org")
    assessment_id = int((await join(client, code, headers)).json()["assessment_id"])
    await client.get(f"/api/v1/assessments/{assessment_id}/next-challenge", headers=headers)
    # The engine decides what comes when; the rule is about the timed one, so it is shown now.
    uow = container.uow()
    async with uow:
        assessment = await uow.assessments.get(assessment_id)
        assert assessment is not None
        await uow.assessments.update(replace(assessment, current_challenge_id=TIMED))
        await uow.commit()
    return assessment_id, headers


async def _start(client: httpx.AsyncClient, assessment_id: int, headers, challenge_id=TIMED):  # type: ignore[no-untyped-def]
    return await client.post(
        f"/api/v1/assessments/{assessment_id}/timer-start",
        json={"challenge_id": challenge_id},
        headers=headers,
    )


async def _answer(client: httpx.AsyncClient, assessment_id: int, headers) -> str:  # type: ignore[no-untyped-def]
    answered = await client.post(
        f"/api/v1/assessments/{assessment_id}/answers",
        json={"challenge_id": TIMED, "value": RIGHT, "timed_out": False},
        headers=headers,
    )
    assert answered.status_code == 201, answered.text
    return str(answered.json()["result"])


async def test_a_late_answer_is_timed_out_even_when_the_client_says_it_is_not(
    client: httpx.AsyncClient, shown: tuple[int, dict[str, str]], clock
):
    assessment_id, headers = shown
    started = await _start(client, assessment_id, headers)
    clock.advance(timedelta(seconds=60 + 6))

    result = await _answer(client, assessment_id, headers)

    assert started.status_code == 200, started.text
    assert started.json()["seconds_left"] == 60
    assert result == "timedout"


async def test_an_answer_within_the_time_and_its_grace_margin_counts(
    client: httpx.AsyncClient, shown: tuple[int, dict[str, str]], clock
):
    assessment_id, headers = shown
    await _start(client, assessment_id, headers)
    clock.advance(timedelta(seconds=60 + 3))

    assert await _answer(client, assessment_id, headers) == "ok"


async def test_starting_again_keeps_the_first_start_and_what_is_left(
    client: httpx.AsyncClient, shown: tuple[int, dict[str, str]], clock
):
    assessment_id, headers = shown
    first = (await _start(client, assessment_id, headers)).json()
    clock.advance(timedelta(seconds=20))
    # A reload, another tab: pressing start again does not give a fresh minute.
    again = await _start(client, assessment_id, headers)
    clock.advance(timedelta(seconds=46))

    assert again.status_code == 200
    assert datetime.fromisoformat(again.json()["started_at"]) == datetime.fromisoformat(
        first["started_at"]
    )
    assert again.json()["seconds_left"] == 40
    assert await _answer(client, assessment_id, headers) == "timedout"


async def test_only_the_timed_challenge_shown_can_be_started(
    client: httpx.AsyncClient, shown: tuple[int, dict[str, str]], container: Container
):
    assessment_id, headers = shown
    other = await _start(client, assessment_id, headers, challenge_id="@essaiCorbeille1-a")
    uow = container.uow()
    async with uow:
        assessment = await uow.assessments.get(assessment_id)
        assert assessment is not None
        await uow.assessments.update(replace(assessment, current_challenge_id="@essaiCorbeille1-a"))
        await uow.commit()
    untimed = await _start(client, assessment_id, headers, challenge_id="@essaiCorbeille1-a")
    await sign_up(client, email="intrus@example.org")
    stranger = await _start(client, assessment_id, await bearer(client, "intrus@example.org"))

    assert other.status_code == 409 and other.json()["code"] == "NOT_THE_CURRENT_CHALLENGE"
    assert untimed.status_code == 409 and untimed.json()["code"] == "CHALLENGE_NOT_TIMED"
    assert stranger.status_code == 404


async def test_the_next_challenge_comes_with_no_start_of_its_own(
    client: httpx.AsyncClient, shown: tuple[int, dict[str, str]], container: Container, clock
):
    assessment_id, headers = shown
    await _start(client, assessment_id, headers)
    await _answer(client, assessment_id, headers)
    await client.get(f"/api/v1/assessments/{assessment_id}/next-challenge", headers=headers)

    uow = container.uow()
    async with uow:
        assessment = await uow.assessments.get(assessment_id)

    assert assessment is not None
    assert assessment.current_challenge_started_at is None
