"""The composition root: the only place where settings become adapters wired to the domain."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncEngine

from api.content.store import ContentStore
from api.mail.senders import MailSender, OutboxMailSender, SmtpMailSender
from api.persistence.database import create_engine
from api.persistence.unit_of_work import SqlUnitOfWork
from api.security.passwords import Argon2PasswordHasher
from api.security.tokens import JwtAccessTokens, SystemClock, UrlSafeSecrets
from api.settings import MailBackend, Settings
from api.shifted_clock import ShiftedClock
from domain.learning_content.engine_view import EngineViews
from domain.shared.ports import Clock
from domain.users.policy import AccountPolicy


@dataclass
class Container:
    settings: Settings
    engine: AsyncEngine
    hasher: Argon2PasswordHasher
    tokens: JwtAccessTokens
    secrets: UrlSafeSecrets
    clock: Clock
    mailer: MailSender
    policy: AccountPolicy
    content: ContentStore
    random: secrets.SystemRandom
    engine_views: EngineViews

    def uow(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self.engine)

    async def close(self) -> None:
        await self.engine.dispose()


def build_container(settings: Settings, *, clock: Clock | None = None) -> Container:
    mailer: MailSender
    if settings.mail_backend == MailBackend.SMTP:
        mailer = SmtpMailSender(
            host=settings.smtp_host,
            port=settings.smtp_port,
            sender=settings.mail_from,
            username=settings.smtp_username,
            password=settings.smtp_password,
            starttls=settings.smtp_starttls,
        )
    else:
        mailer = OutboxMailSender(settings.outbox_dir, settings.mail_from)
    return Container(
        settings=settings,
        engine=create_engine(settings.database_url, pool_size=settings.database_pool_size),
        hasher=Argon2PasswordHasher(
            time_cost=settings.argon2_time_cost, memory_kib=settings.argon2_memory_kib
        ),
        tokens=JwtAccessTokens(
            settings.secret_key, timedelta(minutes=settings.access_token_minutes)
        ),
        secrets=UrlSafeSecrets(),
        clock=clock or _clock(settings),
        mailer=mailer,
        policy=AccountPolicy(
            max_failed_logins=settings.max_failed_logins,
            block_duration=timedelta(minutes=settings.login_block_minutes),
            refresh_token_lifetime=timedelta(days=settings.refresh_token_days),
            password_reset_lifetime=timedelta(hours=settings.password_reset_hours),
        ),
        content=ContentStore(),
        random=secrets.SystemRandom(),
        engine_views=EngineViews(),
    )


def _clock(settings: Settings) -> Clock:
    # The settings accept an offset file only when PIX_ENVIRONMENT=test (browser tests).
    if settings.test_clock_offset_file is not None:
        return ShiftedClock(settings.test_clock_offset_file)
    return SystemClock()
