"""The team: invitations by e-mail (single use), roles, and the last administrator rule."""

from __future__ import annotations

import json
import re
from pathlib import Path

import httpx

from api.composition import Container
from tests.builders import bearer, sign_up
from tests.integration.test_campaigns import organization_id as organization_id


def invitation_link(outbox: Path, to: str) -> tuple[int, str]:
    for path in sorted(outbox.glob("*.json"), reverse=True):
        mail = json.loads(path.read_text(encoding="utf-8"))
        if mail["to"] == to:
            match = re.search(r"/orga/rejoindre\?invitation=(\d+)&code=([\w-]+)", mail["text"])
            assert match, mail["text"]
            return int(match.group(1)), match.group(2)
    raise AssertionError(f"no mail to {to}")


async def test_an_admin_invites_and_the_invitee_joins_once(
    client: httpx.AsyncClient, organization_id: int, outbox: Path
):
    admin = await bearer(client, "admin@example.org")

    invited = await client.post(
        f"/api/v1/organizations/{organization_id}/invitations",
        json={"email": "Nouvelle.Recrue@example.org", "role": "MEMBER"},
        headers=admin,
    )
    invitation_id, code = invitation_link(outbox, "nouvelle.recrue@example.org")
    preview = await client.get(f"/api/v1/invitations/{invitation_id}", params={"code": code})
    wrong_code = await client.get(f"/api/v1/invitations/{invitation_id}", params={"code": "nope"})
    await sign_up(client, email="nouvelle.recrue@example.org", first_name="Nina", last_name="Roux")
    recruit = await bearer(client, "nouvelle.recrue@example.org")
    accepted = await client.post(
        f"/api/v1/invitations/{invitation_id}/acceptance", json={"code": code}, headers=recruit
    )
    reused = await client.post(
        f"/api/v1/invitations/{invitation_id}/acceptance", json={"code": code}, headers=recruit
    )
    reopened = await client.get(f"/api/v1/invitations/{invitation_id}", params={"code": code})
    members = (
        await client.get(f"/api/v1/organizations/{organization_id}/members", headers=recruit)
    ).json()["items"]

    assert invited.status_code == 201 and invited.json()["status"] == "pending"
    assert preview.json() == {
        "organization_name": "Mission locale de Lyon",
        "email": "nouvelle.recrue@example.org",
        "role": "MEMBER",
    }
    assert wrong_code.status_code == 404
    assert accepted.status_code == 200 and accepted.json()["role"] == "MEMBER"
    assert reused.status_code == 409 and reused.json()["code"] == "INVITATION_ALREADY_ACCEPTED"
    assert reused.headers["content-type"].startswith("application/problem+json")
    assert reopened.status_code == 409 and reopened.json()["code"] == "INVITATION_ALREADY_ACCEPTED"
    assert [m["last_name"] for m in members] == sorted(m["last_name"] for m in members)
    assert "Roux" in [m["last_name"] for m in members]


async def test_inviting_again_sends_a_fresh_link_and_cancelling_stops_it(
    client: httpx.AsyncClient, organization_id: int, outbox: Path, container: Container
):
    admin = await bearer(client, "admin@example.org")
    url = f"/api/v1/organizations/{organization_id}/invitations"
    first = (await client.post(url, json={"email": "x@example.org"}, headers=admin)).json()
    _, old_code = invitation_link(outbox, "x@example.org")
    for path in outbox.glob("*.json"):
        path.unlink()
    second = (await client.post(url, json={"email": "x@example.org"}, headers=admin)).json()
    _, new_code = invitation_link(outbox, "x@example.org")
    pending = (await client.get(url, headers=admin)).json()["items"]

    assert second["id"] == first["id"] and new_code != old_code
    assert (
        await client.get(f"/api/v1/invitations/{first['id']}", params={"code": old_code})
    ).status_code == 404
    assert [i["email"] for i in pending] == ["x@example.org"]
    cancelled = await client.delete(f"{url}/{first['id']}", headers=admin)
    assert cancelled.status_code == 204
    reopened = await client.get(f"/api/v1/invitations/{first['id']}", params={"code": new_code})
    await sign_up(client, email="x@example.org", first_name="Xavier", last_name="Petit")
    invitee = await bearer(client, "x@example.org")
    accepted = await client.post(
        f"/api/v1/invitations/{first['id']}/acceptance", json={"code": new_code}, headers=invitee
    )
    cancelled_again = await client.delete(f"{url}/{first['id']}", headers=admin)

    for refused in (reopened, accepted, cancelled_again):
        assert refused.status_code == 409
        assert refused.json()["code"] == "INVITATION_CANCELLED"
        assert refused.headers["content-type"].startswith("application/problem+json")


async def test_members_cannot_manage_the_team_and_the_last_admin_stays(
    client: httpx.AsyncClient, organization_id: int
):
    admin = await bearer(client, "admin@example.org")
    member = await bearer(client, "member@example.org")
    members = (
        await client.get(f"/api/v1/organizations/{organization_id}/members", headers=member)
    ).json()["items"]
    admin_id = next(m["membership_id"] for m in members if m["email"] == "admin@example.org")
    member_id = next(m["membership_id"] for m in members if m["email"] == "member@example.org")
    base = f"/api/v1/organizations/{organization_id}/members"

    by_member = await client.post(
        f"/api/v1/organizations/{organization_id}/invitations",
        json={"email": "y@example.org"},
        headers=member,
    )
    demote_last = await client.patch(f"{base}/{admin_id}", json={"role": "MEMBER"}, headers=admin)
    remove_last = await client.delete(f"{base}/{admin_id}", headers=admin)
    promote = await client.patch(f"{base}/{member_id}", json={"role": "ADMIN"}, headers=admin)
    demote_now = await client.patch(f"{base}/{admin_id}", json={"role": "MEMBER"}, headers=admin)
    removed = await client.delete(f"{base}/{admin_id}", headers=member)
    after = await client.get(f"/api/v1/organizations/{organization_id}", headers=admin)

    assert by_member.status_code == 403 and by_member.json()["code"] == "NOT_AN_ADMINISTRATOR"
    assert demote_last.status_code == 409 and demote_last.json()["code"] == "LAST_ADMINISTRATOR"
    assert remove_last.status_code == 409
    assert promote.status_code == 200 and promote.json()["role"] == "ADMIN"
    assert demote_now.status_code == 200
    assert removed.status_code == 204
    assert after.status_code == 403
