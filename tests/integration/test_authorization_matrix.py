"""Who may call what: every route of the API × six kinds of caller, with the status expected.

The routes are read from the application itself: a new route without a line in MATRIX fails
`test_every_route_has_a_line`. Each route is played against a fresh world, callers taken from
the least to the most privileged, so that what an allowed caller changes cannot hide a refusal.
A 404 for a resource of somebody else is deliberate (it does not reveal that the resource
exists); a 409 or 422 for an allowed caller means the authorization passed and a business rule
then answered (the case is noted on the line)."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute

from api.composition import Container
from api.content.catalog import check_source
from domain.organizations.model import MembershipRole, OrganizationType
from domain.organizations.use_cases.add_member import add_member
from domain.organizations.use_cases.create_organization import create_organization
from domain.users.use_cases.sign_up import SignUp
from domain.users.use_cases.sign_up import sign_up as sign_up_use_case
from tests.builders import PASSWORD, bearer, sign_up
from tests.integration.test_campaigns import assessment
from tests.integration.test_learner_journey import play_to_the_end
from tests.unit.domain.learning_content.test_content_check import MINI

# From the least to the most privileged towards organisation A.
PERSONAS = ("anonymous", "outsider", "platform_admin", "learner", "member", "admin")
_emails = itertools.count(1)


@dataclass
class World:
    """Organisation A (admin, member) with an assessment campaign C that the learner shared, a
    profiles collection K, a pending invitation; organisation B run by the outsider; a platform
    administrator who belongs to no organisation; the learner's competence evaluation X in
    progress in a second campaign (current challenge Y) and one corrected answer."""

    ids: dict[str, Any] = field(default_factory=dict)
    headers: dict[str, dict[str, str]] = field(default_factory=dict)
    user_ids: dict[str, int] = field(default_factory=dict)
    container: Container | None = None


@dataclass(frozen=True)
class Call:
    method: str
    path: str  # with {placeholders} filled from World.ids
    expected: tuple[int, int, int, int, int, int]  # in PERSONAS order
    json: Callable[[World], Any] | None = None
    params: Callable[[World, str], dict[str, str]] | None = None
    form: Callable[[World], dict[str, str]] | None = None


def everyone(status: int) -> tuple[int, int, int, int, int, int]:
    return (status,) * 6


def signed_in(status: int) -> tuple[int, int, int, int, int, int]:
    return (401,) + (status,) * 5


def learner_owned(status: int) -> tuple[int, int, int, int, int, int]:
    return (401, 404, 404, status, 404, 404)


def platform_only(status: int) -> tuple[int, int, int, int, int, int]:
    return (401, 403, status, 403, 403, 403)


def org_members(status: int) -> tuple[int, int, int, int, int, int]:
    return (401, 403, 403, 403, status, status)


def org_admins(status: int) -> tuple[int, int, int, int, int, int]:
    return (401, 403, 403, 403, 403, status)


def _download_token(world: World, persona: str) -> dict[str, str]:
    """A download token minted for the caller without the export-tokens check: the export
    itself must still refuse whoever cannot see the campaign."""
    if persona == "anonymous":
        return {"token": "not-a-token"}
    assert world.container is not None
    token, _ = world.container.tokens.issue_download(world.user_ids[persona], world.ids["C"])
    return {"token": token}


MATRIX: dict[tuple[str, str], Call] = {
    # Public: the same answer whoever asks.
    ("POST", "/api/v1/token"): Call(
        "POST",
        "/api/v1/token",
        everyone(200),
        form=lambda w: {
            "grant_type": "password",
            "username": "learner@example.org",
            "password": PASSWORD,
            "client_id": "pix-app",
        },
    ),
    ("POST", "/api/v1/token/revoke"): Call(
        "POST", "/api/v1/token/revoke", everyone(204), json=lambda w: {"refresh_token": "x"}
    ),
    ("POST", "/api/v1/users"): Call(
        "POST",
        "/api/v1/users",
        everyone(201),
        json=lambda w: {
            "first_name": "Nouvel",
            "last_name": "Inscrit",
            "email": f"new{next(_emails)}@example.org",
            "password": PASSWORD,
            "terms_accepted": True,
        },
    ),
    ("POST", "/api/v1/password-reset-requests"): Call(
        "POST",
        "/api/v1/password-reset-requests",
        everyone(202),
        json=lambda w: {"email": "nobody@example.org"},
    ),
    ("POST", "/api/v1/password-resets"): Call(
        "POST",
        "/api/v1/password-resets",
        everyone(400),  # a made-up reset token
        json=lambda w: {"token": "made-up", "new_password": "Another-Pass2"},
    ),
    ("GET", "/api/v1/campaigns-to-join/{code}"): Call(
        "GET", "/api/v1/campaigns-to-join/{code}", everyone(200)
    ),
    ("GET", "/api/v1/invitations/{invitation_id}"): Call(
        "GET",
        "/api/v1/invitations/{invitation_id}",
        everyone(404),  # the secret code of the e-mailed link is needed
        params=lambda w, p: {"code": "made-up"},
    ),
    ("GET", "/api/v1/content-assets/{release_id}/{path}"): Call(
        "GET", "/api/v1/content-assets/{release_id}/assets/9.1/icone.svg", everyone(200)
    ),
    ("GET", "/api/v1/framework"): Call("GET", "/api/v1/framework", everyone(200)),
    ("GET", "/api/v1/health"): Call("GET", "/api/v1/health", everyone(200)),
    ("GET", "/api/v1/dev/outbox"): Call(
        "GET",
        "/api/v1/dev/outbox",
        everyone(200),  # development and tests; 404 in production
    ),
    # The caller's own account, profile, tutorials.
    ("GET", "/api/v1/me"): Call("GET", "/api/v1/me", signed_in(200)),
    ("GET", "/api/v1/me/memberships"): Call("GET", "/api/v1/me/memberships", signed_in(200)),
    ("POST", "/api/v1/me/orga-terms-acceptance"): Call(
        "POST", "/api/v1/me/orga-terms-acceptance", signed_in(200)
    ),
    ("PUT", "/api/v1/me/password"): Call(
        "PUT",
        "/api/v1/me/password",
        signed_in(204),
        json=lambda w: {"current_password": PASSWORD, "new_password": "Another-Pass2"},
    ),
    ("GET", "/api/v1/me/participations"): Call("GET", "/api/v1/me/participations", signed_in(200)),
    ("GET", "/api/v1/me/profile"): Call("GET", "/api/v1/me/profile", signed_in(200)),
    ("GET", "/api/v1/me/tutorials/recommended"): Call(
        "GET", "/api/v1/me/tutorials/recommended", signed_in(200)
    ),
    ("GET", "/api/v1/me/tutorials/saved"): Call(
        "GET", "/api/v1/me/tutorials/saved", signed_in(200)
    ),
    ("PUT", "/api/v1/me/saved-tutorials/{tutorial_id}"): Call(
        "PUT", "/api/v1/me/saved-tutorials/tuto-91-corbeille", signed_in(204)
    ),
    ("DELETE", "/api/v1/me/saved-tutorials/{tutorial_id}"): Call(
        "DELETE", "/api/v1/me/saved-tutorials/tuto-91-corbeille", signed_in(204)
    ),
    ("PUT", "/api/v1/me/tutorial-evaluations/{tutorial_id}"): Call(
        "PUT",
        "/api/v1/me/tutorial-evaluations/tuto-91-corbeille",
        signed_in(204),
        json=lambda w: {"useful": True},
    ),
    ("POST", "/api/v1/competence-evaluations"): Call(
        "POST",
        "/api/v1/competence-evaluations",
        signed_in(201),
        json=lambda w: {"competence_index": "9.1"},
    ),
    ("POST", "/api/v1/me/competences/{competence_index}/reset"): Call(
        "POST",
        "/api/v1/me/competences/9.1/reset",
        (401, 409, 409, 409, 409, 409),  # nothing to reset, or tested less than 7 days ago
    ),
    ("POST", "/api/v1/campaign-participations"): Call(
        "POST",
        "/api/v1/campaign-participations",
        (401, 201, 201, 200, 201, 201),  # the learner gets their participation back
        json=lambda w: {"campaign_code": w.ids["code"]},
    ),
    ("POST", "/api/v1/invitations/{invitation_id}/acceptance"): Call(
        "POST",
        "/api/v1/invitations/{invitation_id}/acceptance",
        signed_in(404),  # the secret code of the e-mailed link is needed
        json=lambda w: {"code": "made-up"},
    ),
    # The learner's participation P and evaluation X: nobody else's business.
    ("GET", "/api/v1/campaign-participations/{participation_id}/results"): Call(
        "GET", "/api/v1/campaign-participations/{P}/results", learner_owned(200)
    ),
    ("POST", "/api/v1/campaign-participations/{participation_id}/improvement"): Call(
        "POST",
        "/api/v1/campaign-participations/{P}/improvement",
        learner_owned(409),  # already shared
    ),
    ("POST", "/api/v1/campaign-participations/{participation_id}/retry"): Call(
        "POST",
        "/api/v1/campaign-participations/{P}/retry",
        learner_owned(409),  # not a multiple-sendings campaign
    ),
    ("POST", "/api/v1/campaign-participations/{participation_id}/share"): Call(
        "POST",
        "/api/v1/campaign-participations/{P}/share",
        learner_owned(409),  # already
    ),
    ("GET", "/api/v1/assessments/{assessment_id}/next-challenge"): Call(
        "GET", "/api/v1/assessments/{X}/next-challenge", learner_owned(200)
    ),
    ("POST", "/api/v1/assessments/{assessment_id}/answers"): Call(
        "POST",
        "/api/v1/assessments/{X}/answers",
        learner_owned(201),
        json=lambda w: {"challenge_id": w.ids["Y"], "value": "#ABAND#"},
    ),
    ("GET", "/api/v1/assessments/{assessment_id}/answers"): Call(
        "GET", "/api/v1/assessments/{X}/answers", learner_owned(200)
    ),
    ("GET", "/api/v1/answers/{answer_id}/correction"): Call(
        "GET", "/api/v1/answers/{A}/correction", learner_owned(200)
    ),
    # The owner gets past authorization to the domain's refusal (the matrix's challenge has no
    # timer); everyone else is stopped before.
    ("POST", "/api/v1/assessments/{assessment_id}/timer-start"): Call(
        "POST",
        "/api/v1/assessments/{X}/timer-start",
        learner_owned(409),
        json=lambda w: {"challenge_id": w.ids["Y"]},
    ),
    ("POST", "/api/v1/assessments/{assessment_id}/challenge-reports"): Call(
        "POST",
        "/api/v1/assessments/{X}/challenge-reports",
        learner_owned(201),
        json=lambda w: {"challenge_id": w.ids["Y"], "comment": "L'image ne s'affiche pas."},
    ),
    # Platform administration.
    ("PATCH", "/api/v1/admin/organizations/{organization_id}"): Call(
        "PATCH",
        "/api/v1/admin/organizations/{org}",
        platform_only(200),
        json=lambda w: {"logo_url": "https://example.org/logo.png"},
    ),
    ("POST", "/api/v1/admin/organizations"): Call(
        "POST",
        "/api/v1/admin/organizations",
        platform_only(201),
        json=lambda w: {"name": f"Nouvelle {next(_emails)}", "type": "PRO"},
    ),
    ("GET", "/api/v1/admin/challenge-reports"): Call(
        "GET", "/api/v1/admin/challenge-reports", platform_only(200)
    ),
    ("POST", "/api/v1/admin/content-releases"): Call(
        "POST",
        "/api/v1/admin/content-releases",
        platform_only(422),  # allowed, and the empty release is refused
        json=lambda w: {},
    ),
    # Orga: organisation A's members, some acts for its administrators (or the owner).
    ("GET", "/api/v1/organizations/{organization_id}"): Call(
        "GET", "/api/v1/organizations/{org}", org_members(200)
    ),
    ("GET", "/api/v1/organizations/{organization_id}/members"): Call(
        "GET", "/api/v1/organizations/{org}/members", org_members(200)
    ),
    ("POST", "/api/v1/organizations/{organization_id}/invitations"): Call(
        "POST",
        "/api/v1/organizations/{org}/invitations",
        org_admins(201),
        json=lambda w: {"email": "recrue@example.org", "role": "MEMBER"},
    ),
    ("GET", "/api/v1/organizations/{organization_id}/invitations"): Call(
        "GET", "/api/v1/organizations/{org}/invitations", org_admins(200)
    ),
    ("DELETE", "/api/v1/organizations/{organization_id}/invitations/{invitation_id}"): Call(
        "DELETE", "/api/v1/organizations/{org}/invitations/{invitation_id}", org_admins(204)
    ),
    ("PATCH", "/api/v1/organizations/{organization_id}/members/{membership_id}"): Call(
        "PATCH",
        "/api/v1/organizations/{org}/members/{M}",
        org_admins(200),
        json=lambda w: {"role": "ADMIN"},
    ),
    ("DELETE", "/api/v1/organizations/{organization_id}/members/{membership_id}"): Call(
        "DELETE", "/api/v1/organizations/{org}/members/{M}", org_admins(204)
    ),
    ("POST", "/api/v1/organizations/{organization_id}/campaigns"): Call(
        "POST",
        "/api/v1/organizations/{org}/campaigns",
        org_members(201),
        json=lambda w: assessment(name="Nouvelle campagne"),
    ),
    ("GET", "/api/v1/organizations/{organization_id}/campaigns"): Call(
        "GET", "/api/v1/organizations/{org}/campaigns", org_members(200)
    ),
    ("GET", "/api/v1/campaigns/{campaign_id}"): Call(
        "GET", "/api/v1/campaigns/{C}", org_members(200)
    ),
    ("PATCH", "/api/v1/campaigns/{campaign_id}"): Call(
        "PATCH",
        "/api/v1/campaigns/{C}",
        org_admins(200),  # the member does not own C
        json=lambda w: {"name": "Nom changé"},
    ),
    ("PUT", "/api/v1/campaigns/{campaign_id}/archive"): Call(
        "PUT", "/api/v1/campaigns/{C}/archive", org_admins(200)
    ),
    ("DELETE", "/api/v1/campaigns/{campaign_id}/archive"): Call(
        "DELETE", "/api/v1/campaigns/{C}/archive", org_admins(200)
    ),
    ("DELETE", "/api/v1/campaigns/{campaign_id}"): Call(
        "DELETE",
        "/api/v1/campaigns/{C}",
        org_admins(204),  # the member does not own C
    ),
    ("DELETE", "/api/v1/campaigns/{campaign_id}/participants/{participation_id}"): Call(
        "DELETE", "/api/v1/campaigns/{C}/participants/{P}", org_admins(204)
    ),
    ("GET", "/api/v1/campaigns/{campaign_id}/participants"): Call(
        "GET", "/api/v1/campaigns/{C}/participants", org_members(200)
    ),
    ("GET", "/api/v1/campaigns/{campaign_id}/profiles"): Call(
        "GET", "/api/v1/campaigns/{K}/profiles", org_members(200)
    ),
    ("POST", "/api/v1/campaigns/{campaign_id}/export-tokens"): Call(
        "POST", "/api/v1/campaigns/{C}/export-tokens", org_members(201)
    ),
    ("GET", "/api/v1/campaigns/{campaign_id}/results.csv"): Call(
        "GET", "/api/v1/campaigns/{C}/results.csv", org_members(200), params=_download_token
    ),
    ("GET", "/api/v1/campaigns/{campaign_id}/analysis"): Call(
        "GET", "/api/v1/campaigns/{C}/analysis", org_members(200)
    ),
    ("GET", "/api/v1/campaigns/{campaign_id}/activity"): Call(
        "GET", "/api/v1/campaigns/{C}/activity", org_members(200)
    ),
    ("GET", "/api/v1/campaigns/{campaign_id}/participants/{participation_id}/results"): Call(
        "GET", "/api/v1/campaigns/{C}/participants/{P}/results", org_members(200)
    ),
}


def api_routes(app: FastAPI) -> Iterator[tuple[str, str]]:
    """(method, path) of every API route, included routers unfolded."""

    def walk(routes: list[Any], prefix: str) -> Iterator[tuple[str, str]]:
        for route in routes:
            if hasattr(route, "original_router"):  # a router included in another
                inner = route.original_router
                yield from walk(inner.routes, prefix + (inner.prefix or ""))
            elif isinstance(route, APIRoute):
                for method in sorted(route.methods - {"HEAD", "OPTIONS"}):
                    yield method, (prefix + route.path).replace("{path:path}", "{path}")

    return walk(list(app.routes), "")


def test_every_route_has_a_line(app: FastAPI):
    routes = {route for route in api_routes(app) if route[1].startswith("/api/v1/")}

    assert routes - MATRIX.keys() == set(), "routes without an authorization line"
    assert MATRIX.keys() - routes == set(), "lines for routes that no longer exist"


async def build_world(client: httpx.AsyncClient, container: Container) -> World:
    mini = check_source(MINI).content
    container.content.replace(mini)
    world = World(container=container)
    for persona in ("admin", "member", "outsider", "learner"):
        world.user_ids[persona] = (
            await sign_up(client, email=f"{persona}@example.org", first_name=persona.title())
        )["id"]
    admin_user = await sign_up_use_case(
        SignUp(
            first_name="Plateforme",
            last_name="Admin",
            email="platform_admin@example.org",
            password=PASSWORD,
            terms_accepted=True,
            is_super_admin=True,
        ),
        uow=container.uow(),
        hasher=container.hasher,
        clock=container.clock,
    )
    world.user_ids["platform_admin"] = admin_user.id or 0
    organization = await create_organization(
        name="Organisation A",
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
    other = await create_organization(
        name="Organisation B",
        type=OrganizationType.PRO,
        admin_email="outsider@example.org",
        uow=container.uow(),
        clock=container.clock,
    )
    world.headers["anonymous"] = {}
    for persona in ("admin", "member", "outsider", "learner", "platform_admin"):
        world.headers[persona] = await bearer(client, f"{persona}@example.org")
    admin = world.headers["admin"]
    org = organization.id or 0
    campaign = (
        await client.post(
            f"/api/v1/organizations/{org}/campaigns",
            json=assessment(external_id_label=None, external_id_type=None),
            headers=admin,
        )
    ).json()
    collection = (
        await client.post(
            f"/api/v1/organizations/{org}/campaigns",
            json={"name": "Profils", "type": "PROFILES_COLLECTION"},
            headers=admin,
        )
    ).json()
    second = (
        await client.post(
            f"/api/v1/organizations/{org}/campaigns",
            json=assessment(name="Deuxième", external_id_label=None, external_id_type=None),
            headers=admin,
        )
    ).json()
    learner = world.headers["learner"]
    # X: a test in progress whose current challenge is Y (started before C settles every skill).
    in_progress = (
        await client.post(
            "/api/v1/campaign-participations",
            json={"campaign_code": second["code"]},
            headers=learner,
        )
    ).json()
    step = (
        await client.get(
            f"/api/v1/assessments/{in_progress['assessment_id']}/next-challenge", headers=learner
        )
    ).json()
    joined = (
        await client.post(
            "/api/v1/campaign-participations",
            json={"campaign_code": campaign["code"]},
            headers=learner,
        )
    ).json()
    await play_to_the_end(client, joined["assessment_id"], learner, answers=mini)
    shared = await client.post(
        f"/api/v1/campaign-participations/{joined['id']}/share", headers=learner
    )
    assert shared.status_code == 200, shared.text
    answer_id = (
        await client.get(f"/api/v1/assessments/{joined['assessment_id']}/answers", headers=learner)
    ).json()["items"][0]["id"]
    invitation = (
        await client.post(
            f"/api/v1/organizations/{org}/invitations",
            json={"email": "invitee@example.org"},
            headers=admin,
        )
    ).json()
    members = (await client.get(f"/api/v1/organizations/{org}/members", headers=admin)).json()
    world.ids.update(
        org=org,
        B=other.id,
        C=campaign["id"],
        code=campaign["code"],
        K=collection["id"],
        P=joined["id"],
        X=in_progress["assessment_id"],
        Y=step["challenge"]["id"],
        A=answer_id,
        invitation_id=invitation["id"],
        M=next(m["membership_id"] for m in members["items"] if m["role"] == "MEMBER"),
        release_id=mini.release_id,
    )
    return world


@pytest.mark.parametrize("route", sorted(MATRIX), ids=lambda r: f"{r[0]} {r[1]}")
async def test_each_caller_gets_the_expected_status(
    route: tuple[str, str], client: httpx.AsyncClient, container: Container
):
    world = await build_world(client, container)
    call = MATRIX[route]
    path = call.path.format(**world.ids)
    got = {}
    for persona in PERSONAS:
        response = await client.request(
            call.method,
            path,
            headers=world.headers[persona],
            json=call.json(world) if call.json else None,
            data=call.form(world) if call.form else None,
            params=call.params(world, persona) if call.params else None,
        )
        got[persona] = response.status_code

    assert got == dict(zip(PERSONAS, call.expected, strict=True))


async def test_ids_of_organisation_a_are_not_reachable_through_another_organisation_or_campaign(
    client: httpx.AsyncClient, container: Container
):
    world = await build_world(client, container)
    ids, outsider, member = world.ids, world.headers["outsider"], world.headers["member"]

    calls = [
        # The outsider administers B and names A's membership and invitation under B.
        await client.patch(
            f"/api/v1/organizations/{ids['B']}/members/{ids['M']}",
            json={"role": "ADMIN"},
            headers=outsider,
        ),
        await client.delete(
            f"/api/v1/organizations/{ids['B']}/members/{ids['M']}", headers=outsider
        ),
        await client.delete(
            f"/api/v1/organizations/{ids['B']}/invitations/{ids['invitation_id']}",
            headers=outsider,
        ),
        # A's member names C's participation under another campaign of A.
        await client.get(
            f"/api/v1/campaigns/{ids['K']}/participants/{ids['P']}/results", headers=member
        ),
        # A download token of K does not open C.
        await client.get(
            f"/api/v1/campaigns/{ids['C']}/results.csv",
            params={
                "token": container.tokens.issue_download(world.user_ids["member"], ids["K"])[0]
            },
        ),
    ]

    assert [c.status_code for c in calls] == [404, 404, 404, 404, 401]
    team = (
        await client.get(
            f"/api/v1/organizations/{ids['org']}/members", headers=world.headers["admin"]
        )
    ).json()
    assert sorted(m["role"] for m in team["items"]) == ["ADMIN", "MEMBER"]
