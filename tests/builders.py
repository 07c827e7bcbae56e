"""Builders for test data, going through the public API like a real client."""

from __future__ import annotations

import itertools
from typing import Any

import httpx

_counter = itertools.count(1)
PASSWORD = "Secret-Pass1"


def user_payload(**overrides: Any) -> dict[str, Any]:
    n = next(_counter)
    payload = {
        "first_name": "Léa",
        "last_name": f"Martin{n}",
        "email": f"lea.martin{n}@example.org",
        "password": PASSWORD,
        "terms_accepted": True,
    }
    payload.update(overrides)
    return payload


async def sign_up(client: httpx.AsyncClient, **overrides: Any) -> dict[str, Any]:
    response = await client.post("/api/v1/users", json=user_payload(**overrides))
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


async def log_in(
    client: httpx.AsyncClient, email: str, password: str = PASSWORD, client_id: str = "pix-app"
) -> httpx.Response:
    return await client.post(
        "/api/v1/token",
        data={
            "grant_type": "password",
            "username": email,
            "password": password,
            "client_id": client_id,
        },
    )


async def bearer(client: httpx.AsyncClient, email: str, password: str = PASSWORD) -> dict[str, str]:
    response = await log_in(client, email, password)
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}
