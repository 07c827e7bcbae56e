from __future__ import annotations

import httpx
from sqlalchemy import func, select

from api.composition import Container
from api.persistence.tables import users
from tests.builders import sign_up, user_payload


async def count_users(container: Container) -> int:
    async with container.engine.connect() as connection:
        return int((await connection.execute(select(func.count()).select_from(users))).scalar_one())


async def test_sign_up_creates_an_account_with_a_normalised_email(client: httpx.AsyncClient):
    response = await client.post(
        "/api/v1/users", json=user_payload(email="  Lea.Dupont@Example.ORG ", locale="en")
    )

    assert response.status_code == 201
    body = response.json()
    assert body["email"] == "lea.dupont@example.org"
    assert body["locale"] == "en"
    assert body["is_super_admin"] is False
    assert "password" not in body and "password_hash" not in body


async def test_duplicate_email_in_another_case_is_refused_and_nothing_is_written(
    client: httpx.AsyncClient, container: Container
):
    await sign_up(client, email="camille@example.org")

    response = await client.post("/api/v1/users", json=user_payload(email="CAMILLE@example.org"))

    assert response.status_code == 409
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["code"] == "EMAIL_ALREADY_USED"
    assert await count_users(container) == 1


async def test_weak_password_is_refused_naming_the_rule(
    client: httpx.AsyncClient, container: Container
):
    for weak in ("short1A", "alllowercase1", "ALLUPPERCASE1", "NoDigitsHere"):
        response = await client.post("/api/v1/users", json=user_payload(password=weak))

        assert response.status_code == 422, weak
        problem = response.json()
        assert problem["code"] == "VALIDATION_ERROR"
        (error,) = problem["errors"]
        assert error["field"] == "password"
        assert error["code"] == "WEAK_PASSWORD"
        assert "8 characters" in error["message"]
    assert await count_users(container) == 0


async def test_terms_must_be_accepted(client: httpx.AsyncClient, container: Container):
    response = await client.post("/api/v1/users", json=user_payload(terms_accepted=False))

    assert response.status_code == 422
    assert response.json()["errors"] == [
        {
            "field": "terms_accepted",
            "code": "TERMS_NOT_ACCEPTED",
            "message": "The terms of use must be accepted.",
        }
    ]
    assert await count_users(container) == 0


async def test_every_invalid_field_is_reported_at_once(client: httpx.AsyncClient):
    response = await client.post(
        "/api/v1/users",
        json=user_payload(first_name=" ", email="not-an-email", password="x", terms_accepted=False),
    )

    assert response.status_code == 422
    codes = {(e["field"], e["code"]) for e in response.json()["errors"]}
    assert codes == {
        ("first_name", "REQUIRED"),
        ("email", "INVALID_EMAIL"),
        ("password", "WEAK_PASSWORD"),
        ("terms_accepted", "TERMS_NOT_ACCEPTED"),
    }


async def test_missing_and_unknown_fields_are_validation_problems(client: httpx.AsyncClient):
    payload = user_payload()
    del payload["last_name"]
    payload["is_super_admin"] = True

    response = await client.post("/api/v1/users", json=payload)

    assert response.status_code == 422
    fields = {(e["field"], e["code"]) for e in response.json()["errors"]}
    assert ("last_name", "REQUIRED") in fields
    assert any(field == "is_super_admin" for field, _ in fields)
