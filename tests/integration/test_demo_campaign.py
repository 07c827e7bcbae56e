"""`pix demo --participants N`: a campaign Orga can read, whose learners are real accounts."""

from __future__ import annotations

import csv
import io

import httpx
import pytest

from api.composition import Container
from api.demo import DEMO_ACCOUNTS
from api.demo_campaign import PASSWORD, generate_demo_campaign
from tests.builders import bearer
from tests.integration.test_profiles_collection import real_content


@pytest.fixture(autouse=True)
def _content(container: Container) -> None:
    container.content.replace(real_content())


async def test_the_demo_campaign_has_shared_waiting_and_started_participants_with_varied_results(
    client: httpx.AsyncClient, container: Container
):
    made = await generate_demo_campaign(
        container, participants=40, profile="cléa", to_share=3, started=4, seed=7
    )
    admin = await bearer(client, DEMO_ACCOUNTS[0].email, DEMO_ACCOUNTS[0].password)
    campaign_id = made.campaign.id

    summary = (await client.get(f"/api/v1/campaigns/{campaign_id}", headers=admin)).json()
    statuses = {
        status: (
            await client.get(
                f"/api/v1/campaigns/{campaign_id}/participants",
                params={"status": status},
                headers=admin,
            )
        ).json()["total"]
        for status in ("SHARED", "TO_SHARE", "STARTED")
    }
    token = (
        await client.post(f"/api/v1/campaigns/{campaign_id}/export-tokens", headers=admin)
    ).json()
    text = (await client.get(token["url"])).content.decode("utf-8")
    header, *rows = list(csv.reader(io.StringIO(text[1:]), delimiter=";"))
    mastery_column = header.index("% maitrise de l'ensemble des acquis du profil")
    shared_rows = [row for row in rows if row[header.index("Partage (O/N)")] == "Oui"]
    masteries = [float(row[mastery_column]) for row in shared_rows]

    assert (summary["participants"], summary["shared"]) == (47, 40)
    assert statuses == {"SHARED": 40, "TO_SHARE": 3, "STARTED": 4}
    assert len(rows) == 47 and len(shared_rows) == 40
    assert made.answers > 40 * 20 and made.knowledge_elements > made.answers
    # Learners of varied ability: beginners and experts, not one repeated result.
    assert min(masteries) < 0.4 and max(masteries) > 0.7 and len(set(masteries)) > 10
    started_progress = [
        float(row[header.index("% de progression")])
        for row in rows
        if row[header.index("Partage (O/N)")] == "Non"
    ]
    assert sorted(started_progress)[:4] != [1.0] * 4 and started_progress.count(1.0) == 3

    # A participant is a real account: their own results, computed by the service from the
    # knowledge elements, agree with the sharing snapshot the export read.
    first = await bearer(client, f"demo.{made.campaign.code.lower()}.1@example.org", PASSWORD)
    (card,) = (await client.get("/api/v1/me/participations", headers=first)).json()["items"]
    mine = (
        await client.get(f"/api/v1/campaign-participations/{card['id']}/results", headers=first)
    ).json()
    external = header.index("Numéro de dossier")
    (row,) = [r for r in rows if r[external] == "D-000001"]
    assert card["status"] == "SHARED"
    assert mine["mastery_percent"] == round(100 * float(row[mastery_column]))


async def test_the_diagnostic_profile_can_be_chosen(
    client: httpx.AsyncClient, container: Container
):
    made = await generate_demo_campaign(
        container, participants=5, profile="diagnostic", to_share=0, started=0
    )
    admin = await bearer(client, DEMO_ACCOUNTS[0].email, DEMO_ACCOUNTS[0].password)

    analysis = (
        await client.get(f"/api/v1/campaigns/{made.campaign.id}/analysis", headers=admin)
    ).json()

    assert made.campaign.target_profile_id == "pix-emploi-diagnostic"
    assert analysis["shared_participants"] == 5
