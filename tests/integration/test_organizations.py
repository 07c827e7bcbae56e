from __future__ import annotations

import httpx
import pytest

from api.composition import Container
from domain.organizations.errors import AlreadyMemberError
from domain.organizations.model import MembershipRole, OrganizationType
from domain.organizations.use_cases.add_member import add_member
from domain.organizations.use_cases.create_organization import create_organization
from domain.users.use_cases.sign_up import SignUp
from domain.users.use_cases.sign_up import sign_up as sign_up_use_case
from tests.builders import PASSWORD, bearer, sign_up


async def make_super_admin(container: Container, email: str) -> None:
    await sign_up_use_case(
        SignUp("Alex", "Moreau", email, PASSWORD, True, is_super_admin=True),
        uow=container.uow(),
        hasher=container.hasher,
        clock=container.clock,
    )


async def test_super_admin_opens_an_organization_with_its_admin(
    client: httpx.AsyncClient, container: Container
):
    await make_super_admin(container, "root@example.org")
    await sign_up(client, email="directrice@example.org")
    headers = await bearer(client, "root@example.org")

    created = await client.post(
        "/api/v1/admin/organizations",
        json={"name": "Lycée Jean Moulin", "type": "SCO", "admin_email": "Directrice@example.org"},
        headers=headers,
    )

    assert created.status_code == 201
    assert created.json()["type"] == "SCO"
    director = await bearer(client, "directrice@example.org")
    memberships = (await client.get("/api/v1/me/memberships", headers=director)).json()["items"]
    assert memberships == [{"organization": created.json(), "role": "ADMIN"}]


async def test_only_a_super_admin_may_open_an_organization(
    client: httpx.AsyncClient, container: Container
):
    await sign_up(client, email="lea@example.org")
    headers = await bearer(client, "lea@example.org")

    response = await client.post(
        "/api/v1/admin/organizations", json={"name": "Mine", "type": "PRO"}, headers=headers
    )

    assert response.status_code == 403
    async with container.uow() as uow:
        assert await uow.organizations.find_by_name("Mine") is None


async def test_unknown_admin_email_refuses_the_whole_creation(
    client: httpx.AsyncClient, container: Container
):
    await make_super_admin(container, "root@example.org")
    headers = await bearer(client, "root@example.org")

    response = await client.post(
        "/api/v1/admin/organizations",
        json={"name": "Ghost", "type": "PRO", "admin_email": "ghost@example.org"},
        headers=headers,
    )

    assert response.status_code == 404
    assert response.json()["code"] == "USER_NOT_FOUND"
    async with container.uow() as uow:
        assert await uow.organizations.find_by_name("Ghost") is None


LOGO = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="


async def test_an_organisation_may_have_a_logo_shown_to_members_and_on_landing_pages(
    client: httpx.AsyncClient, container: Container
):
    from api.content.catalog import check_source
    from tests.integration.test_campaigns import assessment
    from tests.unit.domain.learning_content.test_content_check import MINI

    container.content.replace(check_source(MINI).content)
    await make_super_admin(container, "root@example.org")
    await sign_up(client, email="directrice@example.org")
    root = await bearer(client, "root@example.org")
    created = await client.post(
        "/api/v1/admin/organizations",
        json={
            "name": "Lycée",
            "type": "SCO",
            "admin_email": "directrice@example.org",
            "logo_url": LOGO,
        },
        headers=root,
    )
    director = await bearer(client, "directrice@example.org")
    (membership,) = (await client.get("/api/v1/me/memberships", headers=director)).json()["items"]
    campaign = await client.post(
        f"/api/v1/organizations/{created.json()['id']}/campaigns",
        json=assessment(),
        headers=director,
    )
    landing = (await client.get(f"/api/v1/campaigns-to-join/{campaign.json()['code']}")).json()

    assert created.status_code == 201, created.text
    assert created.json()["logo_url"] == LOGO
    assert membership["organization"]["logo_url"] == LOGO
    assert landing["organization_logo_url"] == LOGO


async def test_a_platform_administrator_renames_an_organisation_and_changes_its_logo(
    client: httpx.AsyncClient, container: Container
):
    await make_super_admin(container, "root@example.org")
    root = await bearer(client, "root@example.org")
    created = (
        await client.post(
            "/api/v1/admin/organizations", json={"name": "Lycée", "type": "SCO"}, headers=root
        )
    ).json()
    url = f"/api/v1/admin/organizations/{created['id']}"

    renamed = await client.patch(url, json={"name": " Lycée Hugo ", "logo_url": LOGO}, headers=root)
    refused = await client.patch(url, json={"logo_url": "javascript:alert(1)"}, headers=root)
    removed = await client.patch(url, json={"logo_url": ""}, headers=root)
    missing = await client.patch(
        "/api/v1/admin/organizations/999999", json={"name": "X"}, headers=root
    )

    assert renamed.status_code == 200, renamed.text
    assert (renamed.json()["name"], renamed.json()["type"], renamed.json()["logo_url"]) == (
        "Lycée Hugo",
        "SCO",
        LOGO,
    )
    assert refused.status_code == 422 and refused.json()["errors"][0]["code"] == "INVALID_LOGO"
    assert removed.status_code == 200 and removed.json()["logo_url"] is None
    assert removed.json()["name"] == "Lycée Hugo"
    assert missing.status_code == 404


@pytest.mark.parametrize(
    "logo",
    [
        "http://example.org/logo.png",  # not https: mixed content
        "javascript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD4=",
        'https://example.org/a.png" onerror="alert(1)',
    ],
)
async def test_a_logo_is_an_https_address_or_a_small_image_and_nothing_else(
    client: httpx.AsyncClient, container: Container, logo: str
):
    await make_super_admin(container, "root@example.org")
    response = await client.post(
        "/api/v1/admin/organizations",
        json={"name": "  ", "type": "PRO", "logo_url": logo},
        headers=await bearer(client, "root@example.org"),
    )

    assert response.status_code == 422
    assert [(e["field"], e["code"]) for e in response.json()["errors"]] == [
        ("name", "REQUIRED"),
        ("logo_url", "INVALID_LOGO"),
    ]


async def test_members_see_their_organization_and_others_are_refused(
    client: httpx.AsyncClient, container: Container
):
    await sign_up(client, email="admin@example.org")
    await sign_up(client, email="member@example.org")
    await sign_up(client, email="stranger@example.org")
    organization = await create_organization(
        name="Mission locale",
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
    url = f"/api/v1/organizations/{organization.id}"

    as_member = await client.get(url, headers=await bearer(client, "member@example.org"))
    as_stranger = await client.get(url, headers=await bearer(client, "stranger@example.org"))
    missing = await client.get(
        "/api/v1/organizations/999999", headers=await bearer(client, "member@example.org")
    )

    assert as_member.status_code == 200
    assert as_member.json()["role"] == "MEMBER"
    assert as_member.json()["organization"]["name"] == "Mission locale"
    assert as_stranger.status_code == 403
    assert as_stranger.json()["code"] == "NOT_AN_ORGANIZATION_MEMBER"
    assert missing.status_code == 404


async def test_a_user_cannot_be_added_twice(client: httpx.AsyncClient, container: Container):
    await sign_up(client, email="admin@example.org")
    organization = await create_organization(
        name="Université",
        type=OrganizationType.SUP,
        admin_email="admin@example.org",
        uow=container.uow(),
        clock=container.clock,
    )

    with pytest.raises(AlreadyMemberError):
        await add_member(
            organization_id=organization.id or 0,
            email="admin@example.org",
            role=MembershipRole.MEMBER,
            uow=container.uow(),
            clock=container.clock,
        )


async def test_memberships_are_sorted_by_organization_name(
    client: httpx.AsyncClient, container: Container
):
    await sign_up(client, email="admin@example.org")
    for name in ("Zèbre", "Abeille", "Marmotte"):
        await create_organization(
            name=name,
            type=OrganizationType.PRO,
            admin_email="admin@example.org",
            uow=container.uow(),
            clock=container.clock,
        )

    items = (
        await client.get(
            "/api/v1/me/memberships", headers=await bearer(client, "admin@example.org")
        )
    ).json()["items"]

    assert [i["organization"]["name"] for i in items] == ["Abeille", "Marmotte", "Zèbre"]


async def test_a_logo_too_big_to_travel_with_each_membership_is_refused(
    client: httpx.AsyncClient, container: Container
):
    await make_super_admin(container, "root@example.org")
    response = await client.post(
        "/api/v1/admin/organizations",
        json={"name": "Lycée", "type": "PRO", "logo_url": "data:image/png;base64," + "A" * 50_000},
        headers=await bearer(client, "root@example.org"),
    )

    assert response.status_code == 422
    assert [e["field"] for e in response.json()["errors"]] == ["logo_url"]
    async with container.uow() as uow:
        assert await uow.organizations.find_by_name("Lycée") is None
