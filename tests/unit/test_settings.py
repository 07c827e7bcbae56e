from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pydantic import ValidationError

from api.composition import build_container
from api.security.tokens import SystemClock
from api.settings import DEV_SECRET_KEY, Environment, Settings


def test_production_refuses_the_default_secret_key():
    with pytest.raises(ValidationError, match="PIX_SECRET_KEY"):
        Settings(environment=Environment.PRODUCTION)


def test_production_refuses_a_short_secret_key():
    with pytest.raises(ValidationError, match="PIX_SECRET_KEY"):
        Settings(environment=Environment.PRODUCTION, secret_key="short")


def test_production_starts_with_a_real_secret_key():
    settings = Settings(environment=Environment.PRODUCTION, secret_key="x" * 48)

    assert settings.secret_key != DEV_SECRET_KEY
    assert not settings.is_development


def test_settings_come_from_pix_environment_variables(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("PIX_DATABASE_URL", "postgresql+asyncpg://u@db:5432/pix")
    monkeypatch.setenv("PIX_ACCESS_TOKEN_MINUTES", "5")

    settings = Settings()

    assert settings.database_url == "postgresql+asyncpg://u@db:5432/pix"
    assert settings.access_token_minutes == 5


def test_the_readme_documents_every_setting():
    from api.settings import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")

    for name in Settings.model_fields:
        assert f"`PIX_{name.upper()}`" in readme, name


@pytest.mark.parametrize("environment", [Environment.PRODUCTION, Environment.DEVELOPMENT])
def test_a_shifted_clock_is_refused_outside_tests(environment: Environment, tmp_path: Path):
    with pytest.raises(ValidationError, match="PIX_TEST_CLOCK_OFFSET_FILE"):
        Settings(
            environment=environment,
            secret_key="x" * 48,
            test_clock_offset_file=tmp_path / "offset",
        )


def test_a_test_server_follows_the_offset_written_in_its_file(tmp_path: Path):
    offset_file = tmp_path / "offset"
    settings = Settings(environment=Environment.TEST, test_clock_offset_file=offset_file)
    clock = build_container(settings).clock
    before = datetime.now(UTC)

    assert abs(clock.now() - before) < timedelta(minutes=1)  # no file yet: no offset
    offset_file.write_text(str(5 * 24 * 3600))
    assert clock.now() - before >= timedelta(days=5)
    offset_file.write_text("0")
    assert clock.now() - before < timedelta(minutes=1)


def test_without_the_setting_the_server_runs_on_the_system_clock():
    container = build_container(Settings(environment=Environment.PRODUCTION, secret_key="x" * 48))

    assert isinstance(container.clock, SystemClock)
