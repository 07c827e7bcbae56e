"""The SQL unit of work: one connection and one transaction per use case."""

from __future__ import annotations

from types import TracebackType
from typing import Self

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from api.persistence.repositories.campaigns import SqlCampaignRepository
from api.persistence.repositories.content_releases import SqlContentReleaseRepository
from api.persistence.repositories.organizations import (
    SqlInvitationRepository,
    SqlMembershipRepository,
    SqlOrganizationRepository,
)
from api.persistence.repositories.participations import (
    SqlAssessmentRepository,
    SqlKnowledgeRepository,
    SqlParticipationRepository,
)
from api.persistence.repositories.tallies import SqlCampaignTallies
from api.persistence.repositories.tutorials import SqlTutorialPreferences
from api.persistence.repositories.users import (
    SqlPasswordResetTokenRepository,
    SqlRefreshTokenRepository,
    SqlUserRepository,
)


class SqlUnitOfWork:
    """Opens a transaction on enter; commits only when asked; rolls back on exit otherwise."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine
        self._connection: AsyncConnection | None = None

    async def __aenter__(self) -> Self:
        connection = await self._engine.connect()
        await connection.begin()
        self._connection = connection
        self.users = SqlUserRepository(connection)
        self.refresh_tokens = SqlRefreshTokenRepository(connection)
        self.password_reset_tokens = SqlPasswordResetTokenRepository(connection)
        self.organizations = SqlOrganizationRepository(connection)
        self.memberships = SqlMembershipRepository(connection)
        self.invitations = SqlInvitationRepository(connection)
        self.content_releases = SqlContentReleaseRepository(connection)
        self.campaigns = SqlCampaignRepository(connection)
        self.tallies = SqlCampaignTallies(connection)
        self.participations = SqlParticipationRepository(connection)
        self.assessments = SqlAssessmentRepository(connection)
        self.knowledge = SqlKnowledgeRepository(connection)
        self.tutorials = SqlTutorialPreferences(connection)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        connection, self._connection = self._connection, None
        if connection is None:
            return
        try:
            if connection.in_transaction():
                await connection.rollback()
        finally:
            await connection.close()

    async def commit(self) -> None:
        if self._connection is None:
            raise RuntimeError("commit outside of the unit of work")
        await self._connection.commit()
        # Keep the block usable after a commit (a use case may read back what it wrote).
        await self._connection.begin()

    async def ping(self) -> None:
        async with self._engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
