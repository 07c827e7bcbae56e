"""The profile's cards: when Remettre à zéro becomes possible, from the knowledge alone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from adaptive.types import KnowledgeElement, KnowledgeSource, KnowledgeStatus
from api.content.catalog import check_source
from domain.knowledge.use_cases.get_profile import compute_profile
from domain.learning_content.engine_view import EngineViews
from tests.unit.domain.learning_content.test_content_check import MINI

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def element(skill_id: str, status: KnowledgeStatus, at: datetime) -> KnowledgeElement:
    return KnowledgeElement(
        skill_id=skill_id,
        status=status,
        source=KnowledgeSource.DIRECT,
        created_at=at,
        competence_id="9.1",
    )


def test_a_tested_competence_may_be_reset_seven_days_after_its_latest_answer():
    content = check_source(MINI).content
    assert content is not None
    first, second = [s.id for s in content.skills if s.competence_index == "9.1"][:2]
    elements = [
        element(first, KnowledgeStatus.VALIDATED, NOW - timedelta(days=3)),
        element(second, KnowledgeStatus.INVALIDATED, NOW - timedelta(days=1)),
    ]

    (card,) = compute_profile(elements, content, EngineViews()).competences

    assert card.started is True
    assert card.reset_available_at == NOW - timedelta(days=1) + timedelta(days=7)
    assert card.evaluation_id is None


def test_an_untested_or_reset_competence_has_nothing_to_reset():
    content = check_source(MINI).content
    assert content is not None
    skill = next(s.id for s in content.skills if s.competence_index == "9.1")

    (untested,) = compute_profile([], content, EngineViews()).competences
    (reset,) = compute_profile(
        [
            element(skill, KnowledgeStatus.VALIDATED, NOW - timedelta(days=9)),
            element(skill, KnowledgeStatus.RESET, NOW - timedelta(days=1)),
        ],
        content,
        EngineViews(),
    ).competences

    assert untested.reset_available_at is None
    assert reset.started is False and reset.reset_available_at is None
