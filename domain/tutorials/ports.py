from __future__ import annotations

from datetime import datetime
from typing import Protocol


class TutorialPreferences(Protocol):
    async def saved(self, user_id: int) -> list[str]:
        """Ids of the tutorials the user saved, most recent first."""
        ...

    async def save(self, user_id: int, tutorial_id: str, at: datetime) -> None:
        """Idempotent."""
        ...

    async def unsave(self, user_id: int, tutorial_id: str) -> None: ...

    async def useful(self, user_id: int) -> set[str]: ...

    async def rate(self, user_id: int, tutorial_id: str, useful: bool, at: datetime) -> None: ...
