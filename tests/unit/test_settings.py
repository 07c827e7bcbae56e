from __future__ import annotations

import pytest
from pydantic import ValidationError

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
