from __future__ import annotations

from datetime import timedelta

import pytest

from domain.users.errors import AccountTemporarilyBlockedError, InvalidCredentialsError
from domain.users.policy import AccountPolicy
from domain.users.use_cases.log_in import log_in
from domain.users.use_cases.sign_up import SignUp, sign_up
from tests.fakes import FakeAccessTokens, FakeClock, FakeHasher, FakeSecrets, FakeUnitOfWork

POLICY = AccountPolicy(max_failed_logins=3, block_duration=timedelta(minutes=10))


class World:
    def __init__(self) -> None:
        self.uow = FakeUnitOfWork()
        self.hasher = FakeHasher()
        self.clock = FakeClock()
        self.secrets = FakeSecrets()

    async def register(self, email: str = "lea@example.org", password: str = "Good-Pass1") -> None:
        await sign_up(
            SignUp("Léa", "Martin", email, password, True),
            uow=self.uow,
            hasher=self.hasher,
            clock=self.clock,
        )

    async def log_in(self, email: str = "lea@example.org", password: str = "Good-Pass1"):
        return await log_in(
            email=email,
            password=password,
            audience="pix-app",
            uow=self.uow,
            hasher=self.hasher,
            tokens=FakeAccessTokens(),
            secrets=self.secrets,
            clock=self.clock,
            policy=POLICY,
        )


class TestLogIn:
    async def test_success_stores_only_the_fingerprint_of_the_refresh_token(self):
        world = World()
        await world.register()

        issued = await world.log_in(email=" LEA@example.org ")

        (stored,) = world.uow.committed_store.refresh_tokens.values()
        assert stored.fingerprint == world.secrets.fingerprint(issued.refresh_token)
        assert stored.fingerprint != issued.refresh_token
        assert stored.expires_at == world.clock.now() + POLICY.refresh_token_lifetime

    async def test_unknown_email_spends_a_hash_and_says_invalid_credentials(self):
        world = World()

        with pytest.raises(InvalidCredentialsError):
            await world.log_in(email="nobody@example.org")

        assert world.hasher.burned == 1

    async def test_the_limit_blocks_then_the_block_expires(self):
        world = World()
        await world.register()
        for _ in range(2):
            with pytest.raises(InvalidCredentialsError):
                await world.log_in(password="Bad-Pass1")

        with pytest.raises(AccountTemporarilyBlockedError):
            await world.log_in(password="Bad-Pass1")
        with pytest.raises(AccountTemporarilyBlockedError):
            await world.log_in()

        world.clock.advance(timedelta(minutes=11))
        await world.log_in()
        (user,) = world.uow.committed_store.users.values()
        assert user.failed_login_count == 0 and user.blocked_until is None

    async def test_failures_are_counted_even_though_the_login_is_refused(self):
        world = World()
        await world.register()

        with pytest.raises(InvalidCredentialsError):
            await world.log_in(password="Bad-Pass1")

        (user,) = world.uow.committed_store.users.values()
        assert user.failed_login_count == 1
