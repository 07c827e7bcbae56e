"""When a learner may play a campaign again: improve before sharing, retry after (4-day rules)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from adaptive import knowledge as knowledge_rules
from adaptive.types import KnowledgeElement, KnowledgeStatus
from domain.assessments.model import Assessment, AssessmentState
from domain.campaigns.model import Campaign, CampaignType
from domain.participations.model import Participation, ParticipationStatus

DELAY = timedelta(days=knowledge_rules.DAYS_BEFORE_RETRYING)


@dataclass(frozen=True)
class Opportunity:
    allowed: bool
    available_at: datetime | None = None  # when it will be allowed, if it is only a matter of time


NOT_OFFERED = Opportunity(False)


def can_retry(
    participation: Participation, campaign: Campaign, mastery_rate: float, now: datetime
) -> Opportunity:
    """ "Je retente" after sharing: multiple sendings, open campaign, 4 days, not already 100 %."""
    if (
        participation.status != ParticipationStatus.SHARED
        or participation.shared_at is None
        or campaign.type != CampaignType.ASSESSMENT
        or not campaign.multiple_sendings
        or not campaign.is_joinable
        or mastery_rate >= 1.0
    ):
        return Opportunity(False)
    available_at = participation.shared_at + DELAY
    return Opportunity(now >= available_at, available_at)


def can_improve(
    participation: Participation,
    assessment: Assessment | None,
    knowledge: Iterable[KnowledgeElement],
    now: datetime,
) -> Opportunity:
    """Before sharing, a finished test can be improved once its failures are 4 days old."""
    if (
        participation.status == ParticipationStatus.SHARED
        or assessment is None
        or assessment.state != AssessmentState.COMPLETED
    ):
        return Opportunity(False)
    failures = [
        e.created_at
        for e in knowledge_rules.current(knowledge).values()
        if e.status is KnowledgeStatus.INVALIDATED
    ]
    if not failures:
        return Opportunity(False)
    available_at = min(failures) + DELAY
    return Opportunity(now >= available_at, available_at)
