from __future__ import annotations

from datetime import datetime
from typing import Protocol

from domain.learning_content.model import LearningContent


class ContentReleaseRepository(Protocol):
    async def active(self) -> tuple[str, str] | None:
        """(release id, JSON document) of the active release, if any."""
        ...

    async def active_id(self) -> str | None: ...

    async def activate(self, release_id: str, document: str, at: datetime) -> None:
        """Store the release if it is new, and make it the active one."""
        ...


class ContentProvider(Protocol):
    def current(self) -> LearningContent | None:
        """The release in memory, or None before any release was imported."""
        ...


def loaded(content: ContentProvider) -> LearningContent:
    """The release in memory; before any import, a clear refusal instead of a crash."""
    from domain.learning_content.errors import NoContentReleaseError

    current = content.current()
    if current is None:
        raise NoContentReleaseError()
    return current
