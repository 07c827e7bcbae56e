"""Collective results are folded at sharing time into the campaign's tally (ADR 0009): a retry
takes the old result out, results shared before tallies existed are counted at the first
reading, and nobody is counted twice."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from api.composition import Container
from api.content.catalog import check_source
from tests.builders import bearer, sign_up
from tests.integration.test_campaigns import assessment
from tests.integration.test_campaigns import organization_id as organization_id
from tests.integration.test_learner_journey import play_to_the_end
from tests.unit.domain.learning_content.test_content_check import MINI


@pytest.fixture(autouse=True)
def _content(container: Container) -> None:
    container.content.replace(check_source(MINI).content)


async def _two_shared(
    client: httpx.AsyncClient, organization_id: int, container: Container
) -> tuple[dict[str, Any], dict[str, str], dict[str, tuple[dict[str, str], dict[str, Any]]]]:
    """Adam answers everything right, Zoé skips everything; both share."""
    member = await bearer(client, "member@example.org")
    campaign = (
        await client.post(
            f"/api/v1/organizations/{organization_id}/campaigns",
            json=assessment(external_id_label=None, external_id_type=None, multiple_sendings=True),
            headers=member,
        )
    ).json()
    joined = {}
    for first in ("Adam", "Zoé"):
        email = f"{first.lower()}@example.org"
        await sign_up(client, email=email, first_name=first)
        headers = await bearer(client, email)
        participation = (
            await client.post(
                "/api/v1/campaign-participations",
                json={"campaign_code": campaign["code"]},
                headers=headers,
            )
        ).json()
        joined[first] = (headers, participation)
        answers = container.content.current() if first == "Adam" else None
        await play_to_the_end(client, participation["assessment_id"], headers, answers=answers)
        shared = await client.post(
            f"/api/v1/campaign-participations/{participation['id']}/share", headers=headers
        )
        assert shared.status_code == 200, shared.text
    return campaign, member, joined


async def _analysis(
    client: httpx.AsyncClient, campaign: dict[str, Any], member: dict[str, str]
) -> dict[str, Any]:
    response = await client.get(f"/api/v1/campaigns/{campaign['id']}/analysis", headers=member)
    assert response.status_code == 200, response.text
    return response.json()


def _figures(analysis: dict[str, Any]) -> tuple[object, ...]:
    (competence,) = analysis["competences"]
    return (
        analysis["shared_participants"],
        competence["average_validated"],
        [(t["tube_id"], t["average_score"]) for t in analysis["tubes"]],
    )


async def test_a_retry_takes_the_old_result_out_until_the_new_one_is_shared(
    client: httpx.AsyncClient, organization_id: int, container: Container, clock
):
    campaign, member, joined = await _two_shared(client, organization_id, container)
    before = _figures(await _analysis(client, campaign, member))
    zoe_headers, zoe = joined["Zoé"]

    clock.advance(timedelta(days=5))
    retried = await client.post(
        f"/api/v1/campaign-participations/{zoe['id']}/retry", headers=zoe_headers
    )
    assert retried.status_code == 201, retried.text
    during = _figures(await _analysis(client, campaign, member))
    await play_to_the_end(
        client, retried.json()["assessment_id"], zoe_headers, answers=container.content.current()
    )
    await client.post(
        f"/api/v1/campaign-participations/{retried.json()['id']}/share", headers=zoe_headers
    )
    after = _figures(await _analysis(client, campaign, member))

    # Copie: Adam 40+15+20+10=85, Zoé 15 → 50; Corbeille: Adam 100, Zoé 30 → 65 (reference §4.6).
    assert before == (2, 1.5, [("@essaiCopie", 50.0), ("@essaiCorbeille", 65.0)])
    # Zoé's first result no longer counts; her new one is not shared yet: Adam alone.
    assert during == (1, 3.0, [("@essaiCopie", 85.0), ("@essaiCorbeille", 100.0)])
    assert after == (2, 3.0, [("@essaiCopie", 85.0), ("@essaiCorbeille", 100.0)])


async def _forget_tallies(container: Container, *, snapshot_of: int | None = None) -> None:
    """The database as an earlier version left it: no tally, and perhaps no snapshot."""
    async with container.engine.begin() as connection:
        await connection.execute(text("UPDATE campaign_participations SET tallied = false"))
        await connection.execute(text("DELETE FROM campaign_tallies"))
        if snapshot_of is not None:
            await connection.execute(
                text(
                    "UPDATE campaign_participations SET validated_skill_ids = NULL WHERE id = :id"
                ),
                {"id": snapshot_of},
            )


async def _tally_rows(container: Container) -> list[tuple[str, str, int]]:
    async with container.engine.connect() as connection:
        rows = await connection.execute(
            text("SELECT tube, skill_ids, participants FROM campaign_tallies ORDER BY 1, 2")
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


async def test_results_shared_before_tallies_existed_are_counted_at_the_first_reading(
    client: httpx.AsyncClient, organization_id: int, container: Container
):
    campaign, member, joined = await _two_shared(client, organization_id, container)
    expected = await _analysis(client, campaign, member)
    rows = await _tally_rows(container)
    await _forget_tallies(container, snapshot_of=joined["Adam"][1]["id"])

    first = await _analysis(client, campaign, member)
    second = await _analysis(client, campaign, member)

    assert rows and rows[0] == ("", "", 2)
    assert first == expected
    assert second == expected
    assert await _tally_rows(container) == rows


async def test_nobody_is_counted_twice_when_readers_fold_at_the_same_time(
    client: httpx.AsyncClient, organization_id: int, container: Container
):
    campaign, member, joined = await _two_shared(client, organization_id, container)
    expected = await _analysis(client, campaign, member)
    rows = await _tally_rows(container)
    await _forget_tallies(container)

    readings = await asyncio.gather(*(_analysis(client, campaign, member) for _ in range(3)))

    assert readings == [expected] * 3
    assert await _tally_rows(container) == rows
    # Sharing again adds nothing: the participation is already counted.
    async with container.uow() as uow:
        adam = joined["Adam"][1]["id"]
        assert await uow.tallies.add(campaign["id"], {adam: {"@essaiCopie": frozenset()}}) == 0
