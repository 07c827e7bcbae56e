from __future__ import annotations

import pytest

from domain.users.errors import InvalidRefreshTokenError
from domain.users.policy import AccountPolicy
from domain.users.use_cases.log_out import log_out
from domain.users.use_cases.refresh_session import refresh_session
from tests.fakes import FakeAccessTokens
from tests.unit.domain.users.test_log_in import World


async def refresh(world: World, token: str, audience: str = "pix-app"):
    return await refresh_session(
        refresh_token=token,
        audience=audience,
        uow=world.uow,
        tokens=FakeAccessTokens(),
        secrets=world.secrets,
        clock=world.clock,
        policy=AccountPolicy(),
    )


class TestRefreshSession:
    async def test_rotation_keeps_the_family_and_retires_the_old_token(self):
        world = World()
        await world.register()
        first = await world.log_in()

        second = await refresh(world, first.refresh_token)

        tokens = list(world.uow.committed_store.refresh_tokens.values())
        assert len(tokens) == 2
        assert tokens[0].family_id == tokens[1].family_id
        assert tokens[0].rotated_at is not None and tokens[1].rotated_at is None
        assert second.refresh_token != first.refresh_token

    async def test_replay_of_a_rotated_token_revokes_every_token_of_the_family(self):
        world = World()
        await world.register()
        first = await world.log_in()
        other_session = await world.log_in()
        await refresh(world, first.refresh_token)

        with pytest.raises(InvalidRefreshTokenError):
            await refresh(world, first.refresh_token)

        store = world.uow.committed_store.refresh_tokens.values()
        family = [
            t
            for t in store
            if t.fingerprint != world.secrets.fingerprint(other_session.refresh_token)
        ]
        assert all(t.revoked_at is not None for t in family)
        # Another device's session is another family: it survives.
        await refresh(world, other_session.refresh_token)

    async def test_log_out_revokes_and_unknown_tokens_are_ignored(self):
        world = World()
        await world.register()
        session = await world.log_in()

        await log_out(
            refresh_token="unknown", uow=world.uow, secrets=world.secrets, clock=world.clock
        )
        await log_out(
            refresh_token=session.refresh_token,
            uow=world.uow,
            secrets=world.secrets,
            clock=world.clock,
        )

        with pytest.raises(InvalidRefreshTokenError):
            await refresh(world, session.refresh_token)
