"""Orga: the campaign list, a campaign's page, edits and archiving, with who may do what."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest

from api.composition import Container
from tests.builders import bearer, sign_up
from tests.integration.test_campaigns import assessment
from tests.integration.test_campaigns import organization_id as organization_id


async def create(
    client: httpx.AsyncClient, organization_id: int, email: str, **overrides: object
) -> dict:  # type: ignore[type-arg]
    response = await client.post(
        f"/api/v1/organizations/{organization_id}/campaigns",
        json=assessment(**overrides),
        headers=await bearer(client, email),
    )
    assert response.status_code == 201, response.text
    return response.json()  # type: ignore[no-any-return]


async def test_the_list_has_tabs_search_owner_filter_and_pages(
    client: httpx.AsyncClient, organization_id: int
):
    member = await bearer(client, "member@example.org")
    url = f"/api/v1/organizations/{organization_id}/campaigns"
    empty = (await client.get(url, headers=member)).json()
    for n in range(3):
        await create(client, organization_id, "member@example.org", name=f"Promo {n} – diagnostic")
    await create(client, organization_id, "admin@example.org", name="ÉTÉ – Salariés 2026")

    everything = (await client.get(url, headers=member)).json()
    searched = (await client.get(url, params={"name": "PROMO"}, headers=member)).json()
    mine = (
        await client.get(
            url, params={"mine": "true"}, headers=await bearer(client, "admin@example.org")
        )
    ).json()
    page_two = (await client.get(url, params={"page": 2, "page_size": 3}, headers=member)).json()
    nothing = (await client.get(url, params={"name": "zzz"}, headers=member)).json()
    accented = (await client.get(url, params={"name": "été"}, headers=member)).json()

    assert empty == {
        "items": [],
        "total": 0,
        "page": 1,
        "page_size": 25,
        "organization_has_campaigns": False,
    }
    assert (
        next(c["campaign"]["name"] for c in everything["items"]) == "ÉTÉ – Salariés 2026"
    )  # newest first
    assert everything["total"] == 4
    assert searched["total"] == 3
    assert [c["campaign"]["name"] for c in mine["items"]] == ["ÉTÉ – Salariés 2026"]
    assert len(page_two["items"]) == 1
    assert nothing["total"] == 0 and nothing["organization_has_campaigns"] is True
    assert [c["campaign"]["name"] for c in accented["items"]] == ["ÉTÉ – Salariés 2026"]
    first = everything["items"][0]
    assert first["participants"] == 0 and first["shared"] == 0
    assert first["direct_link"].endswith(f"/campagnes/{first['campaign']['code']}")


async def test_the_list_sorts_by_date_name_or_participants(
    client: httpx.AsyncClient, organization_id: int, container: Container
):
    member = await bearer(client, "member@example.org")
    url = f"/api/v1/organizations/{organization_id}/campaigns"
    created = {}
    for name in ("bilan", "Atelier", "Diagnostic", "ciblé", "École", "Zèbre"):
        created[name] = await create(client, organization_id, "member@example.org", name=name)
        container.clock.advance(timedelta(minutes=1))
    for n in range(2):
        await sign_up(client, email=f"p{n}@example.org")
        await client.post(
            "/api/v1/campaign-participations",
            json={"campaign_code": created["ciblé"]["code"], "participant_external_id": "x"},
            headers=await bearer(client, f"p{n}@example.org"),
        )
    await client.post(
        "/api/v1/campaign-participations",
        json={"campaign_code": created["Atelier"]["code"], "participant_external_id": "x"},
        headers=await bearer(client, "p0@example.org"),
    )

    async def names(sort: str | None) -> list[str]:
        params = {"sort": sort} if sort else {}
        listed = await client.get(url, params=params, headers=member)
        assert listed.status_code == 200, listed.text
        return [c["campaign"]["name"] for c in listed.json()["items"]]

    assert await names(None) == ["Zèbre", "École", "ciblé", "Diagnostic", "Atelier", "bilan"]
    assert await names("created_at") == [
        "bilan",
        "Atelier",
        "Diagnostic",
        "ciblé",
        "École",
        "Zèbre",
    ]
    # Case and accents apart, on both databases: "École" between "Diagnostic" and "Zèbre".
    assert await names("name") == ["Atelier", "bilan", "ciblé", "Diagnostic", "École", "Zèbre"]
    assert await names("-name") == ["Zèbre", "École", "Diagnostic", "ciblé", "bilan", "Atelier"]
    assert (await names("-participants"))[:2] == ["ciblé", "Atelier"]
    unknown = await client.get(url, params={"sort": "owner"}, headers=member)
    assert unknown.status_code == 422


async def test_archived_campaigns_move_tab_and_cannot_be_joined_or_edited(
    client: httpx.AsyncClient, organization_id: int, container: Container
):
    campaign = await create(client, organization_id, "member@example.org")
    member = await bearer(client, "member@example.org")
    url = f"/api/v1/campaigns/{campaign['id']}"

    archived = await client.put(f"{url}/archive", headers=member)
    active_tab = (
        await client.get(f"/api/v1/organizations/{organization_id}/campaigns", headers=member)
    ).json()
    archived_tab = (
        await client.get(
            f"/api/v1/organizations/{organization_id}/campaigns",
            params={"archived": "true"},
            headers=member,
        )
    ).json()
    await sign_up(client, email="lea@example.org")
    join = await client.post(
        "/api/v1/campaign-participations",
        json={"campaign_code": campaign["code"], "participant_external_id": "42"},
        headers=await bearer(client, "lea@example.org"),
    )
    edit = await client.patch(url, json={"title": "Nouveau"}, headers=member)
    landing = (await client.get(f"/api/v1/campaigns-to-join/{campaign['code']}")).json()
    unarchived = await client.delete(f"{url}/archive", headers=member)

    assert archived.status_code == 200 and archived.json()["archived_at"]
    assert active_tab["total"] == 0 and archived_tab["total"] == 1
    assert join.status_code == 403 and join.json()["code"] == "CAMPAIGN_ARCHIVED"
    assert edit.status_code == 403 and edit.json()["code"] == "CAMPAIGN_ARCHIVED"
    assert landing["is_archived"] is True
    assert unarchived.status_code == 200 and unarchived.json()["archived_at"] is None


async def test_only_the_owner_or_an_administrator_changes_a_campaign(
    client: httpx.AsyncClient, organization_id: int, container: Container
):
    from domain.organizations.model import MembershipRole
    from domain.organizations.use_cases.add_member import add_member

    campaign = await create(client, organization_id, "member@example.org")
    await sign_up(client, email="colleague@example.org")
    await add_member(
        organization_id=organization_id,
        email="colleague@example.org",
        role=MembershipRole.MEMBER,
        uow=container.uow(),
        clock=container.clock,
    )
    await sign_up(client, email="stranger@example.org")
    url = f"/api/v1/campaigns/{campaign['id']}"

    colleague = await client.patch(
        url, json={"name": "Piraté"}, headers=await bearer(client, "colleague@example.org")
    )
    colleague_reads = await client.get(url, headers=await bearer(client, "colleague@example.org"))
    stranger_reads = await client.get(url, headers=await bearer(client, "stranger@example.org"))
    admin = await client.patch(
        url,
        json={"name": "Promo 2026 (corrigé)", "landing_text": "**Bienvenue**"},
        headers=await bearer(client, "admin@example.org"),
    )
    blank = await client.patch(
        url, json={"name": "  "}, headers=await bearer(client, "member@example.org")
    )
    missing = await client.get(
        "/api/v1/campaigns/999999", headers=await bearer(client, "member@example.org")
    )

    assert colleague.status_code == 403
    assert colleague_reads.status_code == 200
    assert stranger_reads.status_code == 403
    assert admin.status_code == 200 and admin.json()["name"] == "Promo 2026 (corrigé)"
    assert admin.json()["landing_text"] == "**Bienvenue**"
    assert blank.status_code == 422
    assert missing.status_code == 404


@pytest.fixture(autouse=True)
def _content(container: Container) -> None:
    from api.content.catalog import check_source
    from tests.unit.domain.learning_content.test_content_check import MINI

    container.content.replace(check_source(MINI).content)


async def test_participants_show_a_result_only_after_the_learner_shares(
    client: httpx.AsyncClient, organization_id: int, container: Container
):
    from tests.integration.test_learner_journey import play_to_the_end

    campaign = await create(
        client, organization_id, "member@example.org", external_id_label=None, external_id_type=None
    )
    member = await bearer(client, "member@example.org")
    url = f"/api/v1/campaigns/{campaign['id']}/participants"
    learners = {}
    for first, last in (("Zoé", "Bernard"), ("Adam", "Aubert"), ("Inès", "Émery")):
        email = f"{first.lower()}@example.org"
        await sign_up(client, email=email, first_name=first, last_name=last)
        headers = await bearer(client, email)
        joined = (
            await client.post(
                "/api/v1/campaign-participations",
                json={"campaign_code": campaign["code"]},
                headers=headers,
            )
        ).json()
        learners[first] = (headers, joined)
    for first in ("Adam", "Inès"):
        headers, joined = learners[first]
        await play_to_the_end(client, joined["assessment_id"], headers)
    adam_headers, adam = learners["Adam"]
    await client.post(f"/api/v1/campaign-participations/{adam['id']}/share", headers=adam_headers)

    listed = (await client.get(url, headers=member)).json()
    waiting = (await client.get(url, params={"status": "TO_SHARE"}, headers=member)).json()
    searched = (await client.get(url, params={"search": "zo"}, headers=member)).json()
    # Case-insensitive beyond ASCII, on SQLite as on PostgreSQL.
    accented = (await client.get(url, params={"search": "inès  ÉME"}, headers=member)).json()
    summary = (await client.get(f"/api/v1/campaigns/{campaign['id']}", headers=member)).json()
    stranger = await client.get(url, headers=await bearer(client, "inès@example.org"))

    rows = [(p["last_name"], p["status"], p["mastery_percent"]) for p in listed["items"]]
    assert rows == [
        ("Aubert", "SHARED", 0),
        ("Bernard", "STARTED", None),
        ("Émery", "TO_SHARE", None),
    ]
    assert [p["last_name"] for p in waiting["items"]] == ["Émery"]
    assert [p["first_name"] for p in searched["items"]] == ["Zoé"]
    assert [p["first_name"] for p in accented["items"]] == ["Inès"]
    assert (summary["participants"], summary["shared"]) == (3, 1)
    assert stranger.status_code == 403


async def test_individual_results_reach_the_organisation_only_after_sharing(
    client: httpx.AsyncClient, organization_id: int, container: Container
):
    from tests.integration.test_learner_journey import play_to_the_end

    campaign = await create(
        client, organization_id, "member@example.org", external_id_label=None, external_id_type=None
    )
    member = await bearer(client, "member@example.org")
    await sign_up(client, email="lea@example.org", first_name="Léa", last_name="Martin")
    lea = await bearer(client, "lea@example.org")
    joined = (
        await client.post(
            "/api/v1/campaign-participations", json={"campaign_code": campaign["code"]}, headers=lea
        )
    ).json()
    url = f"/api/v1/campaigns/{campaign['id']}/participants/{joined['id']}/results"

    while_playing = await client.get(url, headers=member)
    await play_to_the_end(client, joined["assessment_id"], lea)
    finished_not_shared = await client.get(url, headers=member)
    await client.post(f"/api/v1/campaign-participations/{joined['id']}/share", headers=lea)
    shared = await client.get(url, headers=member)
    as_learner_of_nothing = await client.get(url, headers=lea)

    assert while_playing.status_code == finished_not_shared.status_code == 403
    assert finished_not_shared.json()["code"] == "RESULTS_NOT_SHARED"
    assert shared.status_code == 200 and shared.json()["status"] == "SHARED"
    assert shared.json()["tested"] == 3
    assert shared.json()["shared_at"] is not None and shared.json()["created_at"]
    assert (shared.json()["first_name"], shared.json()["last_name"]) == ("Léa", "Martin")
    assert as_learner_of_nothing.status_code == 403


async def test_unknown_campaigns_are_404_on_every_organisation_view(
    client: httpx.AsyncClient, organization_id: int
):
    member = await bearer(client, "member@example.org")

    for path in ("participants", "analysis", "participants/1/results"):
        response = await client.get(f"/api/v1/campaigns/999999/{path}", headers=member)
        assert response.status_code == 404, path
        assert response.json()["code"] == "CAMPAIGN_NOT_FOUND"
    export = await client.post("/api/v1/campaigns/999999/export-tokens", headers=member)
    assert export.status_code == 404
