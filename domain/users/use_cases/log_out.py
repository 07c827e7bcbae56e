from __future__ import annotations

from domain.shared.ports import Clock, SecretGenerator
from domain.unit_of_work import UnitOfWork


async def log_out(
    *, refresh_token: str, uow: UnitOfWork, secrets: SecretGenerator, clock: Clock
) -> None:
    """Revoke the session behind a refresh token; unknown tokens are ignored (idempotent)."""
    async with uow:
        stored = await uow.refresh_tokens.get_by_fingerprint(secrets.fingerprint(refresh_token))
        if stored is not None:
            await uow.refresh_tokens.revoke_family(stored.family_id, clock.now())
            await uow.commit()
