from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from domain.assessments.errors import (
    AssessmentCompletedError,
    ChallengeNotTimedError,
    NotTheCurrentChallengeError,
)
from domain.assessments.model import AssessmentState, time_left
from domain.assessments.use_cases.get_next_challenge import get_owned_assessment
from domain.learning_content.ports import ContentProvider, loaded
from domain.shared.ports import Clock
from domain.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class StartedTimer:
    challenge_id: str
    started_at: datetime
    time_left: timedelta


async def start_timer(
    assessment_id: int,
    *,
    user_id: int,
    challenge_id: str,
    uow: UnitOfWork,
    content: ContentProvider,
    clock: Clock,
) -> StartedTimer:
    """The learner starts the timer of the challenge shown: recorded once (a replay, a reload or
    another tab gets the first start and what is left of the time, never a fresh timer)."""
    current = loaded(content)
    async with uow:
        assessment = await get_owned_assessment(uow, assessment_id, user_id)
        if assessment.state == AssessmentState.COMPLETED:
            raise AssessmentCompletedError()
        if assessment.current_challenge_id != challenge_id:
            raise NotTheCurrentChallengeError()
        timer = current.challenges_by_id[challenge_id].timer
        if timer is None:
            raise ChallengeNotTimedError()
        now = clock.now()
        started_at = assessment.current_challenge_started_at
        if started_at is None:
            started_at = now
            await uow.assessments.update(replace(assessment, current_challenge_started_at=now))
            await uow.commit()
    return StartedTimer(challenge_id, started_at, time_left(timer, started_at, now))
