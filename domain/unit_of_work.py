"""The transaction boundary: use cases open it, commit explicitly, and roll back by leaving."""

from __future__ import annotations

from types import TracebackType
from typing import Protocol, Self

from domain.campaigns.ports import CampaignRepository, CampaignTallies
from domain.learning_content.ports import ContentReleaseRepository
from domain.organizations.ports import (
    InvitationRepository,
    MembershipRepository,
    OrganizationRepository,
)
from domain.participations.ports import (
    AssessmentRepository,
    KnowledgeRepository,
    ParticipationRepository,
)
from domain.tutorials.ports import TutorialPreferences
from domain.users.ports import (
    PasswordResetTokenRepository,
    RefreshTokenRepository,
    UserRepository,
)


class UnitOfWork(Protocol):
    users: UserRepository
    refresh_tokens: RefreshTokenRepository
    password_reset_tokens: PasswordResetTokenRepository
    organizations: OrganizationRepository
    memberships: MembershipRepository
    invitations: InvitationRepository
    content_releases: ContentReleaseRepository
    campaigns: CampaignRepository
    tallies: CampaignTallies
    participations: ParticipationRepository
    assessments: AssessmentRepository
    knowledge: KnowledgeRepository
    tutorials: TutorialPreferences

    async def __aenter__(self) -> Self: ...

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    async def commit(self) -> None: ...

    async def ping(self) -> None:
        """Raise if the store cannot be reached (health check)."""
        ...
