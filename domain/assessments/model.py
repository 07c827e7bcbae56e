"""Assessments: the sequence of challenges a learner answers, played with one strategy."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
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
