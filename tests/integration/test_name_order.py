"""Orga's people lists in alphabetical order and searched with accents aside, alike on SQLite
and PostgreSQL (a C collation or lower() sorts "Émery" after "Zola" and misses "Hélène" for
"helene"): the stored name keys of migration 0015."""

from __future__ import annotations

import httpx

from api.composition import Container
from domain.organizations.model import MembershipRole
from domain.organizations.use_cases.add_member import add_member
from tests.builders import bearer, sign_up
from tests.integration.test_campaign_management import create
from tests.integration.test_campaigns import organization_id as organization_id

PEOPLE = (
    ("Zoé", "Zola"),
    ("Hélène", "Émery"),
    ("Adam", "durand"),
    ("Léa", "Eberhardt"),
    ("Anne", "Lœb"),
    ("Bruno", "Lopez"),
)
IN_ORDER = ["durand", "Eberhardt", "Émery", "Lœb", "Lopez", "Zola"]


async def test_participants_and_profiles_come_in_alphabetical_order_and_are_found_without_accents(
    client: httpx.AsyncClient, organization_id: int
):
    member = await bearer(client, "member@example.org")
    assessment = await create(
        client, organization_id, "member@example.org", external_id_label=None, external_id_type=None
    )
    profiles = await create(
        client,
        organization_id,
        "member@example.org",
        type="PROFILES_COLLECTION",
        target_profile_id=None,
        title=None,
        external_id_label=None,
        external_id_type=None,
    )
    for first, last in PEOPLE:
        email = f"{last.lower()}@example.org"
        await sign_up(client, email=email, first_name=first, last_name=last)
        headers = await bearer(client, email)
        for campaign in (assessment, profiles):
            joined = await client.post(
                "/api/v1/campaign-participations",
                json={"campaign_code": campaign["code"]},
                headers=headers,
            )
            assert joined.status_code == 201, joined.text
        sent = joined.json()
        shared = await client.post(
            f"/api/v1/campaign-participations/{sent['id']}/share", headers=headers
        )
        assert shared.status_code == 200, shared.text

    def names(response: httpx.Response) -> list[str]:
        assert response.status_code == 200, response.text
        return [p["last_name"] for p in response.json()["items"]]

    url = f"/api/v1/campaigns/{assessment['id']}/participants"
    listed = await client.get(url, headers=member)
    second_page = await client.get(url, params={"page": 2, "page_size": 4}, headers=member)
    by_first_name = await client.get(url, params={"search": "HELENE"}, headers=member)
    by_last_name = await client.get(url, params={"search": "emery"}, headers=member)
    by_both = await client.get(url, params={"search": "emery  helene"}, headers=member)
    by_ligature = await client.get(url, params={"search": "loeb"}, headers=member)
    shared_profiles = await client.get(
        f"/api/v1/campaigns/{profiles['id']}/profiles", headers=member
    )

    assert names(listed) == IN_ORDER
    assert names(second_page) == IN_ORDER[4:]
    assert names(by_first_name) == names(by_last_name) == names(by_both) == ["Émery"]
    assert names(by_ligature) == ["Lœb"]
    assert names(shared_profiles) == IN_ORDER


async def test_the_team_comes_in_alphabetical_order(
    client: httpx.AsyncClient, organization_id: int, container: Container
):
    for first, last in PEOPLE:
        email = f"{last.lower()}@example.org"
        await sign_up(client, email=email, first_name=first, last_name=last)
        await add_member(
            organization_id=organization_id,
            email=email,
            role=MembershipRole.MEMBER,
            uow=container.uow(),
            clock=container.clock,
        )
    team = await client.get(
        f"/api/v1/organizations/{organization_id}/members",
        headers=await bearer(client, "admin@example.org"),
    )

    assert team.status_code == 200
    names = [m["last_name"] for m in team.json()["items"]]
    # The fixture's administrator and member are "Martin<n>", between Lopez and Zola.
    assert names[:5] + names[-1:] == IN_ORDER
    assert all(n.startswith("Martin") for n in names[5:-1]) and len(names) == 8
