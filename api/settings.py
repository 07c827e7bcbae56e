"""Every setting comes from an environment variable prefixed PIX_ (see the README's table)."""

from __future__ import annotations

from enum import StrEnum
from functools import cached_property
from pathlib import Path

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

ROOT = Path(__file__).resolve().parent.parent
DEV_SECRET_KEY = "dev-only-secret-key-change-me-in-production"


class Environment(StrEnum):
    DEVELOPMENT = "development"
    TEST = "test"
    PRODUCTION = "production"


class MailBackend(StrEnum):
    OUTBOX = "outbox"
    SMTP = "smtp"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PIX_", extra="ignore")

    environment: Environment = Field(
        Environment.DEVELOPMENT, description="development, test or production."
    )
    database_url: str = Field(
        f"sqlite+aiosqlite:///{ROOT / 'var' / 'pix.db'}",
        description="SQLAlchemy async URL: sqlite+aiosqlite:///… or postgresql+asyncpg://…",
    )
    database_pool_size: int = Field(10, ge=1, description="Connections per worker (PostgreSQL).")
    secret_key: str = Field(DEV_SECRET_KEY, description="Signs access tokens (HS256).")
    access_token_minutes: int = Field(20, ge=1, description="Access token lifetime.")
    refresh_token_days: int = Field(7, ge=1, description="Refresh token lifetime.")
    max_failed_logins: int = Field(10, ge=1, description="Failed logins in a row before a block.")
    login_block_minutes: int = Field(15, ge=1, description="How long a blocked account waits.")
    password_reset_hours: int = Field(24, ge=1, description="Lifetime of a password reset link.")
    argon2_time_cost: int = Field(3, ge=1, description="Argon2 iterations.")
    argon2_memory_kib: int = Field(65536, ge=8, description="Argon2 memory cost in KiB.")
    max_body_bytes: int = Field(1_048_576, ge=1024, description="Largest accepted request body.")
    public_url: str = Field(
        "http://localhost:8000", description="Base address used in links sent by email."
    )
    mail_backend: MailBackend = Field(
        MailBackend.OUTBOX, description="outbox (stores mails in a folder) or smtp."
    )
    mail_from: str = Field("Pix <no-reply@pix.localhost>", description="Sender of every mail.")
    outbox_dir: Path = Field(ROOT / "var" / "outbox", description="Where the outbox stores mails.")
    smtp_host: str = Field("localhost", description="SMTP server host.")
    smtp_port: int = Field(25, description="SMTP server port.")
    smtp_username: str | None = Field(None, description="SMTP login, if any.")
    smtp_password: str | None = Field(None, description="SMTP password, if any.")
    smtp_starttls: bool = Field(False, description="Upgrade the SMTP connection with STARTTLS.")
    app_dist: Path = Field(ROOT / "frontend-app" / "dist", description="Built learner app.")
    orga_dist: Path = Field(ROOT / "frontend-orga" / "dist", description="Built Orga app.")
    content_refresh_seconds: float = Field(
        30.0, gt=0, description="How often each worker checks for a newly imported release."
    )
    max_release_bytes: int = Field(
        64 * 1_048_576, description="Largest content release accepted by the admin import route."
    )
    log_level: str = Field("INFO", description="Python logging level.")
    test_clock_offset_file: Path | None = Field(
        None,
        description="Tests only: a file holding seconds added to the server's clock "
        "(refused unless PIX_ENVIRONMENT=test).",
    )

    @model_validator(mode="after")
    def _refuse_default_secret(self) -> Settings:
        if self.environment == Environment.PRODUCTION and (
            self.secret_key == DEV_SECRET_KEY or len(self.secret_key) < 32
        ):
            raise ValueError(
                "PIX_SECRET_KEY must be set to a random value of at least 32 characters "
                "outside development (for example: python -c 'import secrets; "
                "print(secrets.token_urlsafe(48))')."
            )
        return self

    @model_validator(mode="after")
    def _refuse_a_shifted_clock_outside_tests(self) -> Settings:
        if self.test_clock_offset_file is not None and self.environment != Environment.TEST:
            raise ValueError(
                "PIX_TEST_CLOCK_OFFSET_FILE moves the server's clock: it is accepted only with "
                "PIX_ENVIRONMENT=test."
            )
        return self

    @cached_property
    def is_development(self) -> bool:
        return self.environment != Environment.PRODUCTION
