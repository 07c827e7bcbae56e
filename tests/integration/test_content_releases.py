from __future__ import annotations

import json
from pathlib import Path

import httpx

from api.composition import Container
from api.content.catalog import check_source
from api.content.release import release_bytes
from api.content.store import ContentStore
from tests.builders import bearer, sign_up
from tests.integration.test_organizations import make_super_admin
from tests.unit.domain.learning_content.test_content_check import MINI


def mini_release() -> dict[str, object]:
    return check_source(MINI).release


async def admin_headers(client: httpx.AsyncClient, container: Container) -> dict[str, str]:
    await make_super_admin(container, "root@example.org")
    return await bearer(client, "root@example.org")


async def test_framework_needs_a_release(client: httpx.AsyncClient):
    response = await client.get("/api/v1/framework")

    assert response.status_code == 503
    assert response.json()["code"] == "NO_CONTENT_RELEASE"


async def test_an_admin_imports_a_release_that_every_worker_then_loads(
    client: httpx.AsyncClient, container: Container
):
    headers = await admin_headers(client, container)
    release = mini_release()

    imported = await client.post("/api/v1/admin/content-releases", json=release, headers=headers)
    framework = await client.get("/api/v1/framework?locale=en")
    health = await client.get("/api/v1/health")
    another_worker = ContentStore()
    swapped = await another_worker.refresh(container.uow())

    assert imported.status_code == 201
    assert imported.json()["release_id"] == release["release_id"]
    assert framework.status_code == 200
    (area,) = framework.json()["areas"]
    assert area["competences"][0]["name"] == "Test competence"
    assert [t["title"] for t in area["competences"][0]["tubes"]] == [
        "Recycle bin",
        "Copy and paste",
    ]
    assert "solution" not in framework.text and "Dans la corbeille" not in framework.text
    assert health.json()["content_release"] == release["release_id"]
    assert swapped and another_worker.current().release_id == release["release_id"]  # type: ignore[union-attr]


async def test_an_invalid_release_is_refused_whole_and_the_running_one_stays(
    client: httpx.AsyncClient, container: Container
):
    headers = await admin_headers(client, container)
    good = mini_release()
    await client.post("/api/v1/admin/content-releases", json=good, headers=headers)
    broken = json.loads(release_bytes(good))
    broken["challenges"][0]["texts"]["fr"]["solution"] = "9"
    from api.content.release import from_release, to_release

    broken = to_release(from_release(broken))  # a consistent hash, but a wrong solution

    refused = await client.post("/api/v1/admin/content-releases", json=broken, headers=headers)
    garbage = await client.post(
        "/api/v1/admin/content-releases", json={"format": 1, "areas": []}, headers=headers
    )

    assert refused.status_code == 422
    assert refused.json()["code"] == "INVALID_CONTENT_RELEASE"
    assert any("out of the 2 proposals" in p for p in refused.json()["problems"])
    assert garbage.status_code == 422
    assert (await client.get("/api/v1/health")).json()["content_release"] == good["release_id"]
    async with container.uow() as uow:
        assert await uow.content_releases.active_id() == good["release_id"]


async def test_only_platform_administrators_import_releases(
    client: httpx.AsyncClient, container: Container
):
    await sign_up(client, email="lea@example.org")

    response = await client.post(
        "/api/v1/admin/content-releases",
        json=mini_release(),
        headers=await bearer(client, "lea@example.org"),
    )

    assert response.status_code == 403
    async with container.uow() as uow:
        assert await uow.content_releases.active_id() is None


async def test_a_release_larger_than_the_usual_body_limit_is_accepted_on_the_import_route(
    client: httpx.AsyncClient, container: Container
):
    headers = await admin_headers(client, container)
    release = mini_release()
    padded = release_bytes(release) + b" " * (2 * 1024 * 1024)

    response = await client.post(
        "/api/v1/admin/content-releases",
        content=padded,
        headers={**headers, "content-type": "application/json"},
    )

    assert response.status_code == 201


async def test_cli_builds_then_imports_a_release_file(
    database_url: str, container: Container, tmp_path: Path
):
    from tests.integration.test_cli import pix

    release_file = tmp_path / "release.json"
    release_file.write_bytes(release_bytes(mini_release()))

    imported = pix(database_url, "content", "import", str(release_file))

    assert imported.returncode == 0, imported.stderr
    async with container.uow() as uow:
        assert await uow.content_releases.active_id() == mini_release()["release_id"]
