"""Assessments: the sequence of challenges a learner answers, played with one strategy."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum


class AssessmentState(StrEnum):
    STARTED = "started"
    COMPLETED = "completed"


class AssessmentType(StrEnum):
    CAMPAIGN = "CAMPAIGN"
    COMPETENCE_EVALUATION = "COMPETENCE_EVALUATION"


DEFAULT_STRATEGY = "bayes-tube-v1"


@dataclass(frozen=True)
class Assessment:
    id: int | None
    user_id: int
    type: AssessmentType
    state: AssessmentState
    strategy: str
    content_release_id: str
    target: str
    locale: str
    created_at: datetime
    campaign_participation_id: int | None = None
    is_improving: bool = False
    completed_at: datetime | None = None
    # The challenge shown last and not answered yet: the only one that may be answered.
    current_challenge_id: str | None = None
    # When the learner pressed the start button of that challenge's timer (timed ones).
    current_challenge_started_at: datetime | None = None


# What the server allows beyond a timer: the answer's trip and the countdown's last tick.
TIMER_GRACE = timedelta(seconds=5)


def time_left(timer: int, started_at: datetime, now: datetime) -> timedelta:
    """What remains of a timer started at `started_at` (never negative)."""
    return max(timedelta(0), started_at + timedelta(seconds=timer) - now)


def answered_too_late(timer: int | None, started_at: datetime | None, now: datetime) -> bool:
    """A timed challenge answered after its time (and the grace margin) counts as timed out,
    whatever the client says. Without a recorded start, the client's word is all there is."""
    if timer is None or started_at is None:
        return False
    return now - started_at > timedelta(seconds=timer) + TIMER_GRACE


@dataclass(frozen=True)
class RecordedAnswer:
    id: int | None
    assessment_id: int
    challenge_id: str
    value: str
    result: str
    timed_out: bool
    focused_out: bool
    created_at: datetime


@dataclass(frozen=True)
class ChallengeReport:
    id: int | None
    user_id: int
    assessment_id: int
    challenge_id: str
    comment: str
    created_at: datetime
