from __future__ import annotations

from datetime import datetime
from typing import Protocol

from adaptive.types import KnowledgeElement
from domain.assessments.model import Assessment, ChallengeReport, RecordedAnswer
from domain.participations.model import Participation, ParticipationOverview


class ParticipationRepository(Protocol):
    async def add(self, participation: Participation) -> Participation:
        """Insert; raises ParticipationExistsError on a second active participation."""
        ...

    async def get(self, participation_id: int) -> Participation | None: ...

    async def find_active(self, campaign_id: int, user_id: int) -> Participation | None: ...

    async def update(self, participation: Participation) -> bool:
        """Save the participation; False (nothing written) when it was deleted meanwhile."""
        ...

    async def remove_learner(
        self, campaign_id: int, user_id: int, *, at: datetime, by: int
    ) -> list[Participation]:
        """Soft-delete every participation of the learner in the campaign (history included);
        the ones deleted, as they are once locked (a share that committed first is seen)."""
        ...

    async def was_removed(self, campaign_id: int, user_id: int) -> bool:
        """Whether the organisation deleted a participation of this learner in the campaign."""
        ...

    async def overviews(self, user_id: int) -> list[ParticipationOverview]:
        """The learner's participations, newest first, with their campaign and test state."""
        ...


class AssessmentRepository(Protocol):
    async def add(self, assessment: Assessment) -> Assessment: ...

    async def get(self, assessment_id: int, *, for_update: bool = False) -> Assessment | None: ...

    async def started_for_target(self, user_id: int, target: str) -> Assessment | None:
        """A competence evaluation of this target still in progress, if any."""
        ...

    async def started_competence_evaluations(self, user_id: int) -> list[Assessment]:
        """The user's competence evaluations still in progress (one query, for the profile)."""
        ...

    async def for_participation(self, participation_id: int) -> Assessment | None:
        """The latest assessment of a participation."""
        ...

    async def update(self, assessment: Assessment) -> None: ...

    async def with_answers(
        self, assessment_id: int
    ) -> tuple[Assessment, list[RecordedAnswer]] | None:
        """The assessment and its answers (oldest first), in one read."""
        ...

    async def progress(self, assessment_id: int) -> tuple[Assessment, int] | None:
        """The assessment and how many answers it has, in one read."""
        ...

    async def answers(self, assessment_id: int) -> list[RecordedAnswer]: ...

    async def answer(self, answer_id: int) -> RecordedAnswer | None: ...

    async def add_report(self, report: ChallengeReport) -> ChallengeReport: ...

    async def reports(self, *, limit: int, offset: int) -> list[ChallengeReport]: ...

    async def add_answer(self, answer: RecordedAnswer) -> RecordedAnswer:
        """Insert; raises AnswerExistsError when the challenge was already answered."""
        ...


class KnowledgeRepository(Protocol):
    async def of_user(
        self, user_id: int, skill_ids: frozenset[str] | None
    ) -> list[KnowledgeElement]:
        """The user's knowledge elements on those skills (None: all), oldest first."""
        ...

    async def add(self, user_id: int, elements: list[KnowledgeElement]) -> None: ...

    async def of_users(
        self, user_ids: list[int], skill_ids: frozenset[str] | None
    ) -> dict[int, list[KnowledgeElement]]:
        """Several users' knowledge elements on those skills (None: all), oldest first."""
        ...


class ParticipationExistsError(Exception):
    """Raised by the repository when the unique active participation already exists."""


class AnswerExistsError(Exception):
    """Raised by the repository when (assessment, challenge) was already answered."""
