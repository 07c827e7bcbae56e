from __future__ import annotations

import json
import re
from datetime import timedelta
from pathlib import Path

import httpx

from tests.builders import PASSWORD, log_in, sign_up
from tests.conftest import SteppingClock


def reset_token_from_outbox(outbox: Path) -> str:
    (mail_file,) = outbox.glob("*.json")
    mail = json.loads(mail_file.read_text(encoding="utf-8"))
    match = re.search(r"changer-mot-de-passe\?token=([\w-]+)", mail["text"])
    assert match, mail["text"]
    return match.group(1)


async def test_change_password_needs_the_current_one_and_closes_sessions(
    client: httpx.AsyncClient,
):
    await sign_up(client, email="lea@example.org")
    session = (await log_in(client, "lea@example.org")).json()
    headers = {"Authorization": f"Bearer {session['access_token']}"}

    wrong = await client.put(
        "/api/v1/me/password",
        json={"current_password": "Not-It-1", "new_password": "Another-Pass2"},
        headers=headers,
    )
    weak = await client.put(
        "/api/v1/me/password",
        json={"current_password": PASSWORD, "new_password": "weak"},
        headers=headers,
    )
    done = await client.put(
        "/api/v1/me/password",
        json={"current_password": PASSWORD, "new_password": "Another-Pass2"},
        headers=headers,
    )

    assert wrong.status_code == 400 and wrong.json()["code"] == "WRONG_CURRENT_PASSWORD"
    assert weak.status_code == 422 and weak.json()["errors"][0]["code"] == "WEAK_PASSWORD"
    assert done.status_code == 204
    assert (await log_in(client, "lea@example.org")).status_code == 401
    assert (await log_in(client, "lea@example.org", "Another-Pass2")).status_code == 200
    refreshed = await client.post(
        "/api/v1/token",
        data={"grant_type": "refresh_token", "refresh_token": session["refresh_token"]},
    )
    assert refreshed.status_code == 401


async def test_password_reset_by_email_end_to_end(client: httpx.AsyncClient, outbox: Path):
    await sign_up(client, email="lea@example.org")

    requested = await client.post(
        "/api/v1/password-reset-requests", json={"email": "Lea@Example.org"}
    )
    token = reset_token_from_outbox(outbox)
    reset = await client.post(
        "/api/v1/password-resets", json={"token": token, "new_password": "Brand-New-Pass3"}
    )
    reused = await client.post(
        "/api/v1/password-resets", json={"token": token, "new_password": "Other-Pass4"}
    )

    assert requested.status_code == 202
    assert reset.status_code == 204
    assert reused.status_code == 400 and reused.json()["code"] == "INVALID_RESET_TOKEN"
    assert (await log_in(client, "lea@example.org", "Brand-New-Pass3")).status_code == 200


async def test_reset_request_for_an_unknown_email_looks_the_same_and_sends_nothing(
    client: httpx.AsyncClient, outbox: Path
):
    response = await client.post(
        "/api/v1/password-reset-requests", json={"email": "nobody@example.org"}
    )

    assert response.status_code == 202
    assert response.content == b""
    assert not outbox.exists() or not list(outbox.glob("*.json"))


async def test_reset_link_expires(client: httpx.AsyncClient, outbox: Path, clock: SteppingClock):
    await sign_up(client, email="lea@example.org")
    await client.post("/api/v1/password-reset-requests", json={"email": "lea@example.org"})
    token = reset_token_from_outbox(outbox)

    clock.advance(timedelta(hours=25))
    response = await client.post(
        "/api/v1/password-resets", json={"token": token, "new_password": "Brand-New-Pass3"}
    )

    assert response.status_code == 400
    assert (await log_in(client, "lea@example.org")).status_code == 200


async def test_reset_unblocks_a_blocked_account(client: httpx.AsyncClient, outbox: Path):
    await sign_up(client, email="lea@example.org")
    for _ in range(10):
        await log_in(client, "lea@example.org", "Wrong-Pass1")
    await client.post("/api/v1/password-reset-requests", json={"email": "lea@example.org"})

    await client.post(
        "/api/v1/password-resets",
        json={"token": reset_token_from_outbox(outbox), "new_password": "Brand-New-Pass3"},
    )

    assert (await log_in(client, "lea@example.org", "Brand-New-Pass3")).status_code == 200


async def test_dev_outbox_lists_sent_mails(client: httpx.AsyncClient):
    await sign_up(client, email="lea@example.org")
    await client.post("/api/v1/password-reset-requests", json={"email": "lea@example.org"})

    mails = (await client.get("/api/v1/dev/outbox")).json()

    assert [m["to"] for m in mails] == ["lea@example.org"]
    assert mails[0]["subject"] == "Réinitialisation de votre mot de passe Pix"
