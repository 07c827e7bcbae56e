from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from adaptive.types import KnowledgeElement, KnowledgeSource, KnowledgeStatus
from domain.assessments.model import Assessment, AssessmentState, AssessmentType
from domain.campaigns.model import Campaign, CampaignType
from domain.participations.model import Participation, ParticipationStatus
from domain.participations.rules import can_improve, can_retry

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
CAMPAIGN = Campaign(
    id=1,
    code="BCDFGH234",
    organization_id=1,
    name="C",
    type=CampaignType.ASSESSMENT,
    creator_id=1,
    owner_id=1,
    created_at=NOW,
    target_profile_id="p",
    multiple_sendings=True,
)
SHARED = Participation(
    id=1,
    campaign_id=1,
    user_id=2,
    created_at=NOW - timedelta(days=10),
    status=ParticipationStatus.SHARED,
    shared_at=NOW - timedelta(days=4, seconds=1),
)


@pytest.mark.parametrize(
    ("change", "allowed"),
    [
        ({}, True),
        ({"shared_at": NOW - timedelta(days=3, hours=23)}, False),
        ({"status": ParticipationStatus.STARTED, "shared_at": None}, False),
    ],
)
def test_retry_after_four_full_days(change: dict[str, object], allowed: bool):
    assert can_retry(replace(SHARED, **change), CAMPAIGN, 0.5, NOW).allowed is allowed


def test_no_retry_at_full_mastery_without_multiple_sendings_or_once_archived():
    assert not can_retry(SHARED, CAMPAIGN, 1.0, NOW).allowed
    assert not can_retry(SHARED, replace(CAMPAIGN, multiple_sendings=False), 0.5, NOW).allowed
    assert not can_retry(SHARED, replace(CAMPAIGN, archived_at=NOW), 0.5, NOW).allowed


def failure(days_ago: float) -> KnowledgeElement:
    return KnowledgeElement(
        "@t1", KnowledgeStatus.INVALIDATED, KnowledgeSource.DIRECT, NOW - timedelta(days=days_ago)
    )


def test_improvement_waits_four_days_after_the_oldest_failure_and_stops_once_shared():
    started = replace(SHARED, status=ParticipationStatus.STARTED, shared_at=None)
    done = Assessment(
        1,
        2,
        AssessmentType.CAMPAIGN,
        AssessmentState.COMPLETED,
        "bayes-tube-v1",
        "r",
        "p",
        "fr",
        NOW,
    )

    fresh = can_improve(started, done, [failure(1)], NOW)
    old = can_improve(started, done, [failure(5)], NOW)

    assert not fresh.allowed and fresh.available_at == NOW + timedelta(days=3)
    assert old.allowed
    assert not can_improve(SHARED, done, [failure(5)], NOW).allowed
    assert not can_improve(
        started, replace(done, state=AssessmentState.STARTED), [failure(5)], NOW
    ).allowed
    assert not can_improve(started, done, [], NOW).allowed
