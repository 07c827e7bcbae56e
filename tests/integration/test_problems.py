"""Every error, expected or not, comes back in the one problem format."""

from __future__ import annotations

import logging

import httpx
import pytest
from fastapi import FastAPI

from tests.integration.test_campaigns import organization_id as organization_id


def assert_problem(response: httpx.Response, status: int, code: str) -> dict[str, object]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body: dict[str, object] = response.json()
    assert body["status"] == status
    assert body["code"] == code
    assert {"type", "title", "detail", "request_id"} <= body.keys()
    assert body["request_id"] == response.headers["x-request-id"]
    return body


async def test_unknown_api_route_is_a_404_problem(client: httpx.AsyncClient):
    assert_problem(await client.get("/api/v1/no-such-thing"), 404, "NOT_FOUND")
    assert_problem(await client.post("/api/v2/users", json={}), 404, "NOT_FOUND")


async def test_wrong_method_is_a_405_problem(client: httpx.AsyncClient):
    response = await client.get("/api/v1/token")

    assert_problem(response, 405, "METHOD_NOT_ALLOWED")
    assert "POST" in response.headers["allow"]


async def test_malformed_json_is_a_400_problem(client: httpx.AsyncClient):
    response = await client.post(
        "/api/v1/users", content=b'{"email": ', headers={"content-type": "application/json"}
    )

    assert_problem(response, 400, "MALFORMED_JSON")


async def test_a_2_mb_body_is_refused_with_413(client: httpx.AsyncClient):
    big = b'{"first_name": "' + b"a" * (2 * 1024 * 1024) + b'"}'

    response = await client.post(
        "/api/v1/users", content=big, headers={"content-type": "application/json"}
    )

    assert_problem(response, 413, "PAYLOAD_TOO_LARGE")


async def test_a_streamed_body_without_length_is_cut_at_the_limit(client: httpx.AsyncClient):
    async def chunks():
        for _ in range(40):
            yield b"a" * 65536

    response = await client.post(
        "/api/v1/users", content=chunks(), headers={"content-type": "application/json"}
    )

    assert_problem(response, 413, "PAYLOAD_TOO_LARGE")


async def test_unexpected_error_is_a_500_with_a_request_id_in_the_logs(
    app: FastAPI, client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
):
    @app.get("/api/v1/explode")
    async def explode() -> None:
        raise RuntimeError("secret internal detail")

    with caplog.at_level(logging.INFO):
        response = await client.get("/api/v1/explode")

    body = assert_problem(response, 500, "INTERNAL_ERROR")
    assert "secret internal detail" not in response.text
    assert "Traceback" not in response.text
    logged = "\n".join(r.getMessage() + str(getattr(r, "request_id", "")) for r in caplog.records)
    assert str(body["request_id"]) in logged
    assert any(r.exc_info for r in caplog.records if r.name == "pix.errors")


async def test_each_request_is_logged_once_as_json(
    client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
):
    with caplog.at_level(logging.INFO, logger="pix.access"):
        response = await client.get("/api/v1/health")

    import json

    lines = [json.loads(r.getMessage()) for r in caplog.records if r.name == "pix.access"]
    assert len(lines) == 1
    line = lines[0]
    assert line["method"] == "GET" and line["path"] == "/api/v1/health"
    assert line["status"] == 200 and line["duration_ms"] >= 0
    assert line["request_id"] == response.headers["x-request-id"]


async def test_health_reports_the_database(client: httpx.AsyncClient):
    response = await client.get("/api/v1/health")

    assert response.status_code == 200
    assert response.json()["database"] == "ok"
    assert response.json()["status"] == "ok"


async def test_pages_outside_the_api_fall_back_to_the_single_page_apps(
    client: httpx.AsyncClient,
):
    # The test settings point at missing builds: the fallback says so instead of crashing.
    page = await client.get("/campagnes/ABCDEF123")
    orga = await client.get("/orga/campagnes")

    assert page.status_code == orga.status_code == 503
    assert "make run" in page.text


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/api/v1/campaigns/9223372036854775808", {}),
        ("/api/v1/campaigns/0", {}),
        ("/api/v1/organizations/{org}/campaigns", {"owner_id": "9223372036854775808"}),
        ("/api/v1/organizations/{org}/campaigns", {"page": "4611686018427387904"}),
    ],
)
async def test_ids_and_pages_no_database_can_hold_are_422_not_500(
    client: httpx.AsyncClient, organization_id: int, path: str, params: dict[str, str]
):
    from tests.builders import bearer

    response = await client.get(
        path.format(org=organization_id),
        params=params,
        headers=await bearer(client, "member@example.org"),
    )

    assert_problem(response, 422, "VALIDATION_ERROR")
