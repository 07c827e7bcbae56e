from __future__ import annotations

from datetime import timedelta

import httpx
from jose import jwt

from api.composition import Container
from api.security.tokens import JwtAccessTokens
from tests.builders import PASSWORD, bearer, log_in, sign_up
from tests.conftest import SteppingClock


async def test_log_in_gives_tokens_that_open_the_account(client: httpx.AsyncClient):
    user = await sign_up(client, email="lea@example.org")

    response = await log_in(client, "LEA@example.org")

    assert response.status_code == 200
    tokens = response.json()
    assert tokens["token_type"] == "bearer"
    assert tokens["expires_in"] == 20 * 60
    me = await client.get(
        "/api/v1/me", headers={"Authorization": f"Bearer {tokens['access_token']}"}
    )
    assert me.status_code == 200
    assert me.json()["id"] == user["id"] == tokens["user_id"]


async def test_wrong_password_and_unknown_email_get_the_same_generic_answer(
    client: httpx.AsyncClient,
):
    await sign_up(client, email="lea@example.org")

    wrong_password = await log_in(client, "lea@example.org", "Wrong-Pass1")
    unknown_email = await log_in(client, "nobody@example.org", "Wrong-Pass1")

    assert wrong_password.status_code == unknown_email.status_code == 401
    first, second = wrong_password.json(), unknown_email.json()
    assert first["code"] == second["code"] == "INVALID_CREDENTIALS"
    assert first["detail"] == second["detail"]
    assert wrong_password.headers["www-authenticate"] == "Bearer"


async def test_ten_failures_in_a_row_block_the_account_for_a_while(
    client: httpx.AsyncClient, clock: SteppingClock
):
    await sign_up(client, email="lea@example.org")
    for _ in range(9):
        assert (await log_in(client, "lea@example.org", "Wrong-Pass1")).status_code == 401

    tenth = await log_in(client, "lea@example.org", "Wrong-Pass1")
    with_right_password = await log_in(client, "lea@example.org", PASSWORD)

    assert tenth.status_code == 403
    assert tenth.json()["code"] == "ACCOUNT_TEMPORARILY_BLOCKED"
    assert tenth.json()["blocked_until"]
    assert with_right_password.status_code == 403
    clock.advance(timedelta(minutes=16))
    assert (await log_in(client, "lea@example.org", PASSWORD)).status_code == 200


async def test_a_success_resets_the_failure_count(client: httpx.AsyncClient):
    await sign_up(client, email="lea@example.org")
    for _ in range(9):
        await log_in(client, "lea@example.org", "Wrong-Pass1")
    assert (await log_in(client, "lea@example.org")).status_code == 200

    for _ in range(9):
        assert (await log_in(client, "lea@example.org", "Wrong-Pass1")).status_code == 401


async def refresh(
    client: httpx.AsyncClient, token: str, client_id: str = "pix-app"
) -> httpx.Response:
    return await client.post(
        "/api/v1/token",
        data={"grant_type": "refresh_token", "refresh_token": token, "client_id": client_id},
    )


async def test_refresh_token_rotates_on_every_use(client: httpx.AsyncClient):
    await sign_up(client, email="lea@example.org")
    first = (await log_in(client, "lea@example.org")).json()

    second = await refresh(client, first["refresh_token"])

    assert second.status_code == 200
    assert second.json()["refresh_token"] != first["refresh_token"]
    assert (await refresh(client, second.json()["refresh_token"])).status_code == 200


async def test_reusing_a_rotated_refresh_token_closes_the_whole_family(client: httpx.AsyncClient):
    await sign_up(client, email="lea@example.org")
    stolen = (await log_in(client, "lea@example.org")).json()["refresh_token"]
    legitimate = (await refresh(client, stolen)).json()["refresh_token"]

    replay = await refresh(client, stolen)
    after_replay = await refresh(client, legitimate)

    assert replay.status_code == 401
    assert replay.json()["code"] == "INVALID_REFRESH_TOKEN"
    assert after_replay.status_code == 401


async def test_refresh_token_only_works_for_its_application(client: httpx.AsyncClient):
    await sign_up(client, email="lea@example.org")
    token = (await log_in(client, "lea@example.org", client_id="pix-app")).json()["refresh_token"]

    assert (await refresh(client, token, client_id="pix-orga")).status_code == 401


async def test_expired_refresh_token_is_refused(client: httpx.AsyncClient, clock: SteppingClock):
    await sign_up(client, email="lea@example.org")
    token = (await log_in(client, "lea@example.org")).json()["refresh_token"]

    clock.advance(timedelta(days=8))

    assert (await refresh(client, token)).status_code == 401


async def test_log_out_revokes_the_refresh_token(client: httpx.AsyncClient):
    await sign_up(client, email="lea@example.org")
    token = (await log_in(client, "lea@example.org")).json()["refresh_token"]

    logout = await client.post("/api/v1/token/revoke", json={"refresh_token": token})

    assert logout.status_code == 204
    assert (await refresh(client, token)).status_code == 401
    again = await client.post("/api/v1/token/revoke", json={"refresh_token": token})
    assert again.status_code == 204


async def test_protected_route_without_token_is_401(client: httpx.AsyncClient):
    response = await client.get("/api/v1/me")

    assert response.status_code == 401
    assert response.json()["code"] == "UNAUTHENTICATED"


async def test_expired_forged_and_foreign_tokens_are_401(
    client: httpx.AsyncClient, container: Container
):
    user = await sign_up(client, email="lea@example.org")
    key = container.settings.secret_key
    expired, _ = JwtAccessTokens(key, timedelta(minutes=-5)).issue(user["id"], "pix-app")
    forged, _ = JwtAccessTokens("another-key-entirely", timedelta(minutes=5)).issue(
        user["id"], "pix-app"
    )
    claims = jwt.get_unverified_claims(forged)
    foreign_audience = jwt.encode({**claims, "aud": "another-service"}, key, algorithm="HS256")
    unsigned = jwt.encode(claims, key, algorithm="HS256").rsplit(".", 1)[0] + "."

    for token in (expired, forged, foreign_audience, unsigned, "not-a-jwt"):
        response = await client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})
        assert response.status_code == 401, token
        assert response.json()["code"] == "INVALID_ACCESS_TOKEN"


async def test_unknown_client_id_is_refused(client: httpx.AsyncClient):
    await sign_up(client, email="lea@example.org")

    response = await log_in(client, "lea@example.org", client_id="evil-app")

    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "client_id"


async def test_password_grant_needs_username_and_password(client: httpx.AsyncClient):
    response = await client.post("/api/v1/token", data={"grant_type": "password"})

    assert response.status_code == 422
    assert {e["field"] for e in response.json()["errors"]} == {"username", "password"}


async def test_orga_terms_are_accepted_once(client: httpx.AsyncClient):
    await sign_up(client, email="lea@example.org")
    headers = await bearer(client, "lea@example.org")
    assert (await client.get("/api/v1/me", headers=headers)).json()[
        "orga_terms_accepted_at"
    ] is None

    first = await client.post("/api/v1/me/orga-terms-acceptance", headers=headers)
    second = await client.post("/api/v1/me/orga-terms-acceptance", headers=headers)

    assert first.status_code == second.status_code == 200
    assert first.json()["orga_terms_accepted_at"] is not None
    assert second.json()["orga_terms_accepted_at"] == first.json()["orga_terms_accepted_at"]
