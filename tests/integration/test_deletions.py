"""The organisation deletes a participant or a whole campaign (soft deletes, ADR 0011): what
was deleted leaves every reading of Orga, the tally stays exact, the learner cannot come back,
and a share racing the deletion finds nothing to send."""

from __future__ import annotations

import asyncio
import csv
import io
from dataclasses import replace
from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from api.composition import Container
from api.content.catalog import check_source
from domain.participations.model import Participation
from tests.builders import bearer, sign_up
from tests.integration.test_campaign_tally import _analysis, _figures, _tally_rows, _two_shared
from tests.integration.test_campaigns import assessment
from tests.integration.test_campaigns import organization_id as organization_id
from tests.integration.test_learner_journey import play_to_the_end
from tests.integration.test_results_export import download
from tests.unit.domain.learning_content.test_content_check import MINI

# Zoé alone (she skipped everything): Copie 15, Corbeille 30 (reference §4.6, as in
# test_campaign_tally); Adam alone (everything right): 85 and 100.
ZOE_ALONE = (1, 0.0, [("@essaiCopie", 15.0), ("@essaiCorbeille", 30.0)])
ADAM_ALONE = (1, 3.0, [("@essaiCopie", 85.0), ("@essaiCorbeille", 100.0)])


@pytest.fixture(autouse=True)
def _content(container: Container) -> None:
    container.content.replace(check_source(MINI).content)


async def _campaign_and_lea(
    client: httpx.AsyncClient, organization_id: int
) -> tuple[dict[str, str], dict[str, Any], dict[str, str]]:
    """A new assessment campaign (its owner's headers, the campaign) and a new learner, Léa."""
    member = await bearer(client, "member@example.org")
    campaign = (
        await client.post(
            f"/api/v1/organizations/{organization_id}/campaigns", json=assessment(), headers=member
        )
    ).json()
    await sign_up(client, email="lea@example.org", first_name="Léa")
    return member, campaign, await bearer(client, "lea@example.org")


async def _sql(container: Container, query: str, **params: object) -> list[tuple[Any, ...]]:
    """What the database holds, read beside the API."""
    async with container.engine.connect() as connection:
        return [tuple(row) for row in await connection.execute(text(query), params)]


def _rows(export: httpx.Response) -> list[dict[str, str]]:
    assert export.status_code == 200, export.text
    return list(csv.DictReader(io.StringIO(export.content.decode("utf-8-sig")), delimiter=";"))


async def _participants(
    client: httpx.AsyncClient, campaign: dict[str, Any], headers: dict[str, str]
) -> list[str]:
    response = await client.get(f"/api/v1/campaigns/{campaign['id']}/participants", headers=headers)
    assert response.status_code == 200, response.text
    return [p["first_name"] for p in response.json()["items"]]


async def test_a_deleted_participant_leaves_every_reading_and_cannot_come_back(
    client: httpx.AsyncClient, organization_id: int, container: Container
):
    campaign, member, joined = await _two_shared(client, organization_id, container)
    adam_headers, adam = joined["Adam"]
    url = f"/api/v1/campaigns/{campaign['id']}"
    before = (await client.get(url, headers=member)).json()

    deleted = await client.delete(f"{url}/participants/{adam['id']}", headers=member)

    summary = (await client.get(url, headers=member)).json()
    orga_results = await client.get(f"{url}/participants/{adam['id']}/results", headers=member)
    mine = (await client.get("/api/v1/me/participations", headers=adam_headers)).json()
    own_results = await client.get(
        f"/api/v1/campaign-participations/{adam['id']}/results", headers=adam_headers
    )
    again = await client.post(
        "/api/v1/campaign-participations",
        json={"campaign_code": campaign["code"]},
        headers=adam_headers,
    )
    twice = await client.delete(f"{url}/participants/{adam['id']}", headers=member)

    assert deleted.status_code == 204, deleted.text
    assert (before["participants"], before["shared"]) == (2, 2)
    assert (summary["participants"], summary["shared"]) == (1, 1)
    assert await _participants(client, campaign, member) == ["Zoé"]
    assert [
        r["Prénom du Participant"] for r in _rows(await download(client, campaign["id"], member))
    ] == ["Zoé"]
    assert _figures(await _analysis(client, campaign, member)) == ZOE_ALONE
    assert orga_results.status_code == 404
    assert mine["items"] == []
    assert own_results.status_code == 404
    assert again.status_code == 403 and again.json()["code"] == "PARTICIPATION_DELETED"
    assert twice.status_code == 404


async def test_deleting_a_learner_deletes_the_results_a_retry_replaced_too(
    client: httpx.AsyncClient, organization_id: int, container: Container, clock
):
    campaign, member, joined = await _two_shared(client, organization_id, container)
    zoe_headers, zoe = joined["Zoé"]
    clock.advance(timedelta(days=5))
    retried = await client.post(
        f"/api/v1/campaign-participations/{zoe['id']}/retry", headers=zoe_headers
    )
    assert retried.status_code == 201, retried.text

    # Orga lists the retry (the live participation); deleting it takes the learner out.
    deleted = await client.delete(
        f"/api/v1/campaigns/{campaign['id']}/participants/{retried.json()['id']}", headers=member
    )

    [(left,)] = await _sql(
        container,
        "SELECT count(*) FROM campaign_participations WHERE campaign_id = :c AND deleted_at IS NULL",
        c=campaign["id"],
    )
    assert deleted.status_code == 204, deleted.text
    assert left == 1  # Adam's; Zoé's first result and her retry are both gone
    assert _figures(await _analysis(client, campaign, member)) == ADAM_ALONE
    assert await _participants(client, campaign, member) == ["Adam"]


async def test_a_share_after_the_deletion_sends_nothing(
    client: httpx.AsyncClient, organization_id: int, container: Container
):
    campaign, member, _ = await _two_shared(client, organization_id, container)
    await sign_up(client, email="lea@example.org", first_name="Léa")
    lea = await bearer(client, "lea@example.org")
    joined = (
        await client.post(
            "/api/v1/campaign-participations", json={"campaign_code": campaign["code"]}, headers=lea
        )
    ).json()
    await play_to_the_end(client, joined["assessment_id"], lea, answers=container.content.current())
    before = _figures(await _analysis(client, campaign, member))

    await client.delete(
        f"/api/v1/campaigns/{campaign['id']}/participants/{joined['id']}", headers=member
    )
    shared = await client.post(f"/api/v1/campaign-participations/{joined['id']}/share", headers=lea)

    assert shared.status_code == 404
    assert _figures(await _analysis(client, campaign, member)) == before
    assert sorted(await _participants(client, campaign, member)) == ["Adam", "Zoé"]


async def test_participants_of_an_archived_campaign_can_be_deleted_but_only_from_their_campaign(
    client: httpx.AsyncClient, organization_id: int, container: Container
):
    campaign, member, joined = await _two_shared(client, organization_id, container)
    other = (
        await client.post(
            f"/api/v1/organizations/{organization_id}/campaigns", json=assessment(), headers=member
        )
    ).json()
    adam = joined["Adam"][1]
    await client.put(f"/api/v1/campaigns/{campaign['id']}/archive", headers=member)

    elsewhere = await client.delete(
        f"/api/v1/campaigns/{other['id']}/participants/{adam['id']}", headers=member
    )
    unknown = await client.delete(
        f"/api/v1/campaigns/{campaign['id']}/participants/999999", headers=member
    )
    deleted = await client.delete(
        f"/api/v1/campaigns/{campaign['id']}/participants/{adam['id']}", headers=member
    )

    assert elsewhere.status_code == 404 and elsewhere.json()["code"] == "PARTICIPATION_NOT_FOUND"
    assert unknown.status_code == 404
    assert deleted.status_code == 204
    assert _figures(await _analysis(client, campaign, member)) == ZOE_ALONE


async def test_a_deleted_campaign_disappears_its_code_stops_and_external_ids_are_forgotten(
    client: httpx.AsyncClient, organization_id: int, container: Container
):
    member, campaign, lea = await _campaign_and_lea(client, organization_id)
    joined = await client.post(
        "/api/v1/campaign-participations",
        json={"campaign_code": campaign["code"], "participant_external_id": "lea-42"},
        headers=lea,
    )
    assert joined.status_code == 201, joined.text
    await play_to_the_end(client, joined.json()["assessment_id"], lea)
    await client.post(f"/api/v1/campaign-participations/{joined.json()['id']}/share", headers=lea)
    url = f"/api/v1/campaigns/{campaign['id']}"
    token = (await client.post(f"{url}/export-tokens", headers=member)).json()

    deleted = await client.delete(url, headers=member)

    listed = (
        await client.get(f"/api/v1/organizations/{organization_id}/campaigns", headers=member)
    ).json()
    archived_tab = (
        await client.get(
            f"/api/v1/organizations/{organization_id}/campaigns",
            params={"archived": "true"},
            headers=member,
        )
    ).json()
    stored = await _sql(
        container,
        "SELECT participant_external_id, deleted_at IS NOT NULL, deleted_by "
        "FROM campaign_participations WHERE campaign_id = :c",
        c=campaign["id"],
    )
    assert deleted.status_code == 204, deleted.text
    assert listed["total"] == 0 and archived_tab["total"] == 0
    assert listed["organization_has_campaigns"] is False
    assert (await client.get(url, headers=member)).status_code == 404
    assert (await client.get(f"{url}/participants", headers=member)).status_code == 404
    assert (await client.get(token["url"])).status_code == 404
    assert (await client.get(f"/api/v1/campaigns-to-join/{campaign['code']}")).status_code == 404
    again = await client.post(
        "/api/v1/campaign-participations", json={"campaign_code": campaign["code"]}, headers=lea
    )
    assert again.status_code == 404
    assert (await client.get("/api/v1/me/participations", headers=lea)).json()["items"] == []
    assert stored == [(None, True, (await _user_id(client, member)))]
    assert [row for row in await _tally_rows(container)] == []
    assert (await client.delete(url, headers=member)).status_code == 404


async def _user_id(client: httpx.AsyncClient, headers: dict[str, str]) -> int:
    return int((await client.get("/api/v1/me", headers=headers)).json()["id"])


async def test_a_copy_read_before_a_deletion_neither_undoes_it_nor_changes_the_deleted_rows(
    client: httpx.AsyncClient, organization_id: int, container: Container
):
    """What a share, a retry or an edit racing a deletion would write with what it read
    before the deletion committed (the use cases then answer 404 and roll back)."""
    campaign, member, joined = await _two_shared(client, organization_id, container)
    adam = joined["Adam"][1]
    async with container.uow() as uow:
        stale_participation = await uow.participations.get(adam["id"])
        stale_campaign = await uow.campaigns.get(campaign["id"])
    assert stale_participation is not None and stale_campaign is not None

    await client.delete(
        f"/api/v1/campaigns/{campaign['id']}/participants/{adam['id']}", headers=member
    )
    async with container.uow() as uow:
        written = await uow.participations.update(replace(stale_participation, pix_score=999))
        await uow.commit()
    await client.delete(f"/api/v1/campaigns/{campaign['id']}", headers=member)
    async with container.uow() as uow:
        await uow.campaigns.update(replace(stale_campaign, name="Renommée"))
        await uow.commit()

    [participation] = await _sql(
        container,
        "SELECT deleted_at IS NOT NULL, pix_score FROM campaign_participations WHERE id = :id",
        id=adam["id"],
    )
    [stored_campaign] = await _sql(
        container,
        "SELECT deleted_at IS NOT NULL, name FROM campaigns WHERE id = :id",
        id=campaign["id"],
    )
    assert written is False
    assert participation[0] and participation[1] != 999
    assert stored_campaign[0] and stored_campaign[1] == campaign["name"]


async def test_a_deletion_waiting_for_a_retry_in_flight_deletes_the_retry_too(
    client: httpx.AsyncClient, organization_id: int, container: Container
):
    """The retry's transaction has marked the shared participation improved and inserted the
    new one, not committed yet; the deletion waits for it, then deletes both."""
    campaign, member, joined = await _two_shared(client, organization_id, container)
    zoe = joined["Zoé"][1]
    async with container.uow() as retry:
        shared = await retry.participations.get(zoe["id"])
        assert shared is not None
        assert await retry.participations.update(replace(shared, is_improved=True))
        await retry.participations.add(
            Participation(
                id=None,
                campaign_id=campaign["id"],
                user_id=shared.user_id,
                created_at=shared.created_at,
            )
        )
        deleting = asyncio.create_task(
            client.delete(
                f"/api/v1/campaigns/{campaign['id']}/participants/{zoe['id']}", headers=member
            )
        )
        await asyncio.sleep(0.5)
        waited = not deleting.done()
        await retry.commit()
    deleted = await deleting

    [(live,)] = await _sql(
        container,
        "SELECT count(*) FROM campaign_participations WHERE user_id = :u AND deleted_at IS NULL",
        u=shared.user_id,
    )
    assert waited
    assert deleted.status_code == 204, deleted.text
    assert live == 0
    assert await _participants(client, campaign, member) == ["Adam"]
    assert _figures(await _analysis(client, campaign, member)) == ADAM_ALONE


async def test_a_join_racing_the_campaign_deletion_is_refused_and_leaves_nothing(
    client: httpx.AsyncClient, organization_id: int, container: Container
):
    """The deletion's transaction has marked the campaign deleted, not committed yet; a
    learner who opened the landing page before joins now: refused once it commits."""
    _, campaign, lea = await _campaign_and_lea(client, organization_id)
    async with container.uow() as deletion:
        assert await deletion.campaigns.remove(
            campaign["id"], at=container.clock.now(), by=campaign["owner_id"]
        )
        joining = asyncio.create_task(
            client.post(
                "/api/v1/campaign-participations",
                json={"campaign_code": campaign["code"], "participant_external_id": "lea-42"},
                headers=lea,
            )
        )
        await asyncio.sleep(0.5)
        waited = not joining.done()
        await deletion.commit()
    joined = await joining

    [(rows,)] = await _sql(
        container,
        "SELECT count(*) FROM campaign_participations WHERE campaign_id = :c",
        c=campaign["id"],
    )
    assert waited
    assert joined.status_code == 404 and joined.json()["code"] == "CAMPAIGN_CODE_NOT_FOUND"
    assert rows == 0
