from __future__ import annotations

import re

import httpx
import pytest

from api.composition import Container
from api.content.catalog import check_source
from domain.organizations.model import MembershipRole, OrganizationType
from domain.organizations.use_cases.add_member import add_member
from domain.organizations.use_cases.create_organization import create_organization
from tests.builders import bearer, sign_up
from tests.unit.domain.learning_content.test_content_check import MINI


@pytest.fixture
async def organization_id(client: httpx.AsyncClient, container: Container) -> int:
    container.content.replace(check_source(MINI).content)
    await sign_up(client, email="admin@example.org")
    await sign_up(client, email="member@example.org")
    organization = await create_organization(
        name="Mission locale de Lyon",
        type=OrganizationType.PRO,
        admin_email="admin@example.org",
        uow=container.uow(),
        clock=container.clock,
    )
    await add_member(
        organization_id=organization.id or 0,
        email="member@example.org",
        role=MembershipRole.MEMBER,
        uow=container.uow(),
        clock=container.clock,
    )
    return organization.id or 0


def assessment(**overrides: object) -> dict[str, object]:
    return {
        "name": "Promo 2026 – diagnostic",
        "type": "ASSESSMENT",
        "target_profile_id": "essai-clea",
        "title": "Diagnostic de rentrée",
        "landing_text": "Bonjour à **tous** !\n\n- un\n- deux\n\n<script>alert(1)</script> [piège](javascript:alert(1))",
        "external_id_label": "Numéro de dossier",
        "external_id_type": "STRING",
        **overrides,
    }


async def test_a_member_creates_a_campaign_with_a_readable_code(
    client: httpx.AsyncClient, organization_id: int
):
    headers = await bearer(client, "member@example.org")

    response = await client.post(
        f"/api/v1/organizations/{organization_id}/campaigns", json=assessment(), headers=headers
    )

    assert response.status_code == 201, response.text
    campaign = response.json()
    assert re.fullmatch(r"[BCDFGHJKMPQRTVWXY]{6}[2346789]{3}", campaign["code"])
    assert campaign["owner_id"] == campaign["creator_id"]
    assert campaign["multiple_sendings"] is False


async def test_anyone_finds_the_landing_page_by_code_without_the_internal_name(
    client: httpx.AsyncClient, organization_id: int
):
    headers = await bearer(client, "member@example.org")
    code = (
        await client.post(
            f"/api/v1/organizations/{organization_id}/campaigns", json=assessment(), headers=headers
        )
    ).json()["code"]

    response = await client.get(f"/api/v1/campaigns-to-join/{code.lower()}")

    assert response.status_code == 200
    landing = response.json()
    assert landing["title"] == "Diagnostic de rentrée"
    assert landing["organization_name"] == "Mission locale de Lyon"
    assert landing["external_id_label"] == "Numéro de dossier"
    assert "Promo 2026" not in response.text
    html = landing["landing_html"]
    assert "<strong>tous</strong>" in html and "<li>un</li>" in html
    assert "<script>" not in html and 'href="javascript' not in html


async def test_unknown_or_malformed_codes_are_404(client: httpx.AsyncClient):
    for code in ("BCDFGH234", "not-a-code", "A" * 300):
        response = await client.get(f"/api/v1/campaigns-to-join/{code}")
        assert response.status_code == 404
        assert response.json()["code"] == "CAMPAIGN_CODE_NOT_FOUND"


async def test_every_invalid_field_is_reported_together_and_nothing_is_created(
    client: httpx.AsyncClient, organization_id: int, container: Container
):
    headers = await bearer(client, "member@example.org")

    response = await client.post(
        f"/api/v1/organizations/{organization_id}/campaigns",
        json=assessment(
            name=" ", target_profile_id=None, landing_text="x" * 5001, external_id_type=None
        ),
        headers=headers,
    )

    assert response.status_code == 422
    codes = {e["code"] for e in response.json()["errors"]}
    assert codes == {
        "CAMPAIGN_NAME_IS_REQUIRED",
        "TARGET_PROFILE_IS_REQUIRED",
        "LANDING_TEXT_IS_TOO_LONG",
        "MISSING_EXTERNAL_ID_TYPE",
    }


async def test_unknown_target_profile_or_competence_is_refused(
    client: httpx.AsyncClient, organization_id: int
):
    headers = await bearer(client, "member@example.org")
    url = f"/api/v1/organizations/{organization_id}/campaigns"

    profile = await client.post(url, json=assessment(target_profile_id="nope"), headers=headers)
    competence = await client.post(
        url, json=assessment(target_profile_id=None, competence_index="9.9"), headers=headers
    )
    whole_competence = await client.post(
        url, json=assessment(target_profile_id=None, competence_index="9.1"), headers=headers
    )

    assert profile.json()["errors"][0]["code"] == "TARGET_PROFILE_NOT_FOUND"
    assert competence.json()["errors"][0]["code"] == "COMPETENCE_NOT_FOUND"
    assert whole_competence.status_code == 201


async def test_a_profiles_collection_tests_nothing_and_always_allows_sending_again(
    client: httpx.AsyncClient, organization_id: int
):
    headers = await bearer(client, "member@example.org")
    url = f"/api/v1/organizations/{organization_id}/campaigns"

    refused = await client.post(
        url,
        json={
            "name": "Profils",
            "type": "PROFILES_COLLECTION",
            "target_profile_id": "essai-clea",
            "title": "X",
        },
        headers=headers,
    )
    created = await client.post(
        url, json={"name": "Profils", "type": "PROFILES_COLLECTION"}, headers=headers
    )

    assert {e["code"] for e in refused.json()["errors"]} == {
        "TARGET_PROFILE_NOT_ALLOWED_FOR_PROFILES_COLLECTION_CAMPAIGN",
        "TITLE_NOT_ALLOWED_FOR_PROFILES_COLLECTION_CAMPAIGN",
    }
    assert created.status_code == 201 and created.json()["multiple_sendings"] is True


async def test_outsiders_cannot_create_campaigns_and_owners_must_be_members(
    client: httpx.AsyncClient, organization_id: int
):
    await sign_up(client, email="stranger@example.org")
    stranger = await client.post(
        f"/api/v1/organizations/{organization_id}/campaigns",
        json=assessment(),
        headers=await bearer(client, "stranger@example.org"),
    )
    stranger_id = (
        await client.get("/api/v1/me", headers=await bearer(client, "stranger@example.org"))
    ).json()["id"]
    foreign_owner = await client.post(
        f"/api/v1/organizations/{organization_id}/campaigns",
        json=assessment(owner_id=stranger_id),
        headers=await bearer(client, "member@example.org"),
    )
    anonymous = await client.post(
        f"/api/v1/organizations/{organization_id}/campaigns", json=assessment()
    )

    assert stranger.status_code == 403
    assert foreign_owner.status_code == 422
    assert foreign_owner.json()["errors"][0]["code"] == "OWNER_NOT_A_MEMBER"
    assert anonymous.status_code == 401
