"""docker-compose cannot run here (no engine): check the file says what the README promises."""

from __future__ import annotations

import re

import yaml

from api.settings import ROOT


def compose() -> dict:  # type: ignore[type-arg]
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))


def test_compose_runs_postgres_and_the_api_migrating_then_serving_with_workers():
    services = compose()["services"]

    assert services["db"]["image"].startswith("postgres:")
    api = services["api"]
    command = " ".join(api["command"])
    assert command.index("pix db upgrade") < command.index("pix serve")
    workers = re.search(r"--workers \$\{PIX_WORKERS:-(\d+)\}", command)
    assert workers and int(workers.group(1)) >= 2
    assert api["environment"]["PIX_DATABASE_URL"].startswith("postgresql+asyncpg://")
    assert "@db:5432/" in api["environment"]["PIX_DATABASE_URL"]
    assert api["environment"]["PIX_ENVIRONMENT"] == "production"
    assert api["depends_on"]["db"]["condition"] == "service_healthy"


def test_compose_requires_a_secret_key_instead_of_a_default():
    secret = compose()["services"]["api"]["environment"]["PIX_SECRET_KEY"]

    assert secret.startswith("${PIX_SECRET_KEY:?")


def test_the_image_builds_both_front_ends_and_ships_the_migrations():
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")

    for needed in ("frontend-app/dist", "frontend-orga/dist", "COPY migrations", "alembic.ini"):
        assert needed in dockerfile
