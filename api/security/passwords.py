"""Argon2 password hashing (passlib), behind the domain's PasswordHasher port.

Hashing is deliberately slow and CPU-bound, so it runs in a worker thread: the event loop
keeps serving other requests meanwhile.
"""

from __future__ import annotations

import asyncio

from passlib.context import CryptContext


class Argon2PasswordHasher:
    def __init__(self, *, time_cost: int = 3, memory_kib: int = 65536) -> None:
        self._context = CryptContext(
            schemes=["argon2"],
            argon2__time_cost=time_cost,
            argon2__memory_cost=memory_kib,
            argon2__parallelism=1,
        )
        self._dummy_hash = self._context.hash("a password nobody has")

    async def hash(self, password: str) -> str:
        return await asyncio.to_thread(self._context.hash, password)

    async def verify(self, password: str, password_hash: str) -> bool:
        return await asyncio.to_thread(self._verify_now, password, password_hash)

    async def burn_time(self, password: str) -> None:
        await asyncio.to_thread(self._verify_now, password, self._dummy_hash)

    def _verify_now(self, password: str, password_hash: str) -> bool:
        try:
            return bool(self._context.verify(password, password_hash))
        except ValueError:
            return False
