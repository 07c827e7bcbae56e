from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from adaptive import knowledge as knowledge_rules
from adaptive import scoring
from domain.access.policies import require_campaign_member
from domain.assessments.model import AssessmentState
from domain.campaigns.errors import CampaignArchivedError, CampaignNotFoundError
from domain.campaigns.model import CampaignType
from domain.campaigns.tally import tube_patterns
from domain.knowledge.use_cases.get_profile import compute_profile
from domain.learning_content.engine_view import (
    EngineViews,
    badge_acquired,
    stage_reached,
    target_of,
)
from domain.learning_content.model import Badge, LearningContent, Stage
from domain.learning_content.ports import ContentProvider, loaded
from domain.participations.errors import (
    AlreadySharedError,
    AssessmentNotCompletedError,
    ParticipationNotFoundError,
    ResultsNotSharedError,
)
from domain.participations.model import Participation, ParticipationStatus
from domain.participations.rules import NOT_OFFERED, Opportunity, can_improve, can_retry
from domain.shared.ports import Clock
from domain.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class CompetenceResult:
    index: str
    validated: int
    tested: int

    @property
    def percent(self) -> int:
        return round(100 * self.validated / self.tested) if self.tested else 0


@dataclass(frozen=True)
class ParticipationResults:
    participation: Participation
    completed: bool
    mastery_rate: float
    mastery_percent: int
    validated: int
    tested: int
    competences: list[CompetenceResult]
    stage: Stage | None
    reached_stage: int | None
    total_stages: int
    badges: list[tuple[Badge, bool]]
    pix_score: int
    retry: Opportunity = NOT_OFFERED
    improve: Opportunity = NOT_OFFERED


async def _compute(
    uow: UnitOfWork,
    participation: Participation,
    content: LearningContent,
    views: EngineViews,
    now: datetime,
) -> tuple[ParticipationResults, bool]:
    assert participation.id is not None
    campaign = await uow.campaigns.get(participation.campaign_id)
    if campaign is None:
        raise CampaignNotFoundError()
    target = target_of(campaign.target_profile_id, campaign.competence_index)
    view = views.get(content, target, "fr")
    elements = await uow.knowledge.of_user(
        participation.user_id, frozenset(s.id for s in view.skills)
    )
    if participation.shared_at is not None:
        # What was sent is what existed at sharing time (knowledge is append-only).
        elements = [e for e in elements if e.created_at <= participation.shared_at]
    validated = knowledge_rules.validated_skill_ids(elements)
    assessment = await uow.assessments.for_participation(participation.id)
    completed = assessment is not None and assessment.state == AssessmentState.COMPLETED
    competences = [
        CompetenceResult(
            index,
            sum(1 for s in view.skills if s.competence_id == index and s.id in validated),
            sum(1 for s in view.skills if s.competence_id == index),
        )
        for index in dict.fromkeys(s.competence_id for s in view.skills)
    ]
    profile = content.profiles_by_id.get(campaign.target_profile_id or "")
    stages = list(profile.stages) if profile else []
    reached = stage_reached(stages, view.skills, validated)
    badges = [
        (badge, badge_acquired(badge, view.skills, validated))
        for badge in (profile.badges if profile else ())
    ]
    scores = scoring.competence_scores(view.skills, validated)
    valid_count = sum(1 for s in view.skills if s.id in validated)
    return (
        ParticipationResults(
            participation=participation,
            completed=completed,
            mastery_rate=scoring.mastery_rate(view.skills, validated),
            mastery_percent=round(100 * scoring.mastery_rate(view.skills, validated)),
            validated=valid_count,
            tested=len(view.skills),
            competences=competences,
            stage=reached[0] if reached else None,
            reached_stage=reached[1] if reached else None,
            total_stages=len(stages),
            badges=badges,
            pix_score=scoring.total_pix(scores),
            retry=can_retry(participation, campaign, participation.mastery_rate or 0.0, now),
            improve=can_improve(participation, assessment, elements, now),
        ),
        campaign.is_joinable,
    )


async def _owned(uow: UnitOfWork, participation_id: int, user_id: int) -> Participation:
    participation = await uow.participations.get(participation_id)
    if participation is None or participation.user_id != user_id:
        raise ParticipationNotFoundError()
    return participation


async def get_participation_results(
    participation_id: int,
    *,
    user_id: int,
    uow: UnitOfWork,
    content: ContentProvider,
    views: EngineViews,
    clock: Clock,
) -> ParticipationResults:
    """The learner's own results page: mastery, per competence, stage, badges, what comes next."""
    current = loaded(content)
    async with uow:
        participation = await _owned(uow, participation_id, user_id)
        campaign = await uow.campaigns.get(participation.campaign_id)
        if campaign is not None and campaign.type == CampaignType.PROFILES_COLLECTION:
            elements = await uow.knowledge.of_user(participation.user_id, None)
            return _profile_results(
                participation, compute_profile(elements, current, views).total_pix
            )
        results, _ = await _compute(uow, participation, current, views, clock.now())
    return results


async def share_results(
    participation_id: int,
    *,
    user_id: int,
    uow: UnitOfWork,
    content: ContentProvider,
    views: EngineViews,
    clock: Clock,
) -> ParticipationResults:
    """Send the results to the organisation: once, after the test, while the campaign is open."""
    current = loaded(content)
    async with uow:
        participation = await _owned(uow, participation_id, user_id)
        if participation.status == ParticipationStatus.SHARED:
            raise AlreadySharedError()
        campaign = await uow.campaigns.get(participation.campaign_id)
        if campaign is not None and campaign.type == CampaignType.PROFILES_COLLECTION:
            return await _send_profile(uow, participation, current, views, clock)
        results, joinable = await _compute(uow, participation, current, views, clock.now())
        if not joinable:
            raise CampaignArchivedError()
        if not results.completed:
            raise AssessmentNotCompletedError()
        every_element = await uow.knowledge.of_user(participation.user_id, None)
        shared = replace(
            participation,
            status=ParticipationStatus.SHARED,
            shared_at=clock.now(),
            mastery_rate=results.mastery_rate,
            validated_skills_count=results.validated,
            pix_score=results.pix_score,
            validated_at_sharing=knowledge_rules.validated_skill_ids(every_element),
        )
        if not await uow.participations.update(shared):
            raise ParticipationNotFoundError()  # deleted by the organisation meanwhile
        assert shared.id is not None and shared.validated_at_sharing is not None
        await uow.tallies.add(
            shared.campaign_id,
            {shared.id: tube_patterns(shared.validated_at_sharing, current)},
        )
        await uow.commit()
    return replace(results, participation=shared)


async def _send_profile(
    uow: UnitOfWork,
    participation: Participation,
    current: LearningContent,
    views: EngineViews,
    clock: Clock,
) -> ParticipationResults:
    """A profiles collection receives the learner's whole profile as it is today (joins the UoW)."""
    campaign = await uow.campaigns.get(participation.campaign_id)
    if campaign is None or not campaign.is_joinable:
        raise CampaignArchivedError()
    elements = await uow.knowledge.of_user(participation.user_id, None)
    profile = compute_profile(elements, current, views)
    shared = replace(
        participation,
        status=ParticipationStatus.SHARED,
        shared_at=clock.now(),
        pix_score=profile.total_pix,
        validated_at_sharing=knowledge_rules.validated_skill_ids(elements),
        is_certifiable=profile.certifiable,
    )
    if not await uow.participations.update(shared):
        raise ParticipationNotFoundError()  # deleted by the organisation meanwhile
    await uow.commit()
    return _profile_results(shared, profile.total_pix)


def _profile_results(participation: Participation, pix: int) -> ParticipationResults:
    """A profiles collection has no test: its "results" are the profile's pix."""
    return ParticipationResults(
        participation=participation,
        completed=True,
        mastery_rate=0.0,
        mastery_percent=0,
        validated=0,
        tested=0,
        competences=[],
        stage=None,
        reached_stage=None,
        total_stages=0,
        badges=[],
        pix_score=pix,
    )


@dataclass(frozen=True)
class SharedResults:
    """What the organisation reads of one participant: who, and the results they sent."""

    first_name: str
    last_name: str
    results: ParticipationResults


async def get_shared_results(
    campaign_id: int,
    participation_id: int,
    *,
    user_id: int,
    uow: UnitOfWork,
    content: ContentProvider,
    views: EngineViews,
    clock: Clock,
) -> SharedResults:
    """A participant's results for the organisation: only once the learner has shared them."""
    current = loaded(content)
    async with uow:
        campaign = await require_campaign_member(uow, campaign_id, user_id)
        participation = await uow.participations.get(participation_id)
        if participation is None or participation.campaign_id != campaign_id:
            raise ParticipationNotFoundError()
        if participation.status != ParticipationStatus.SHARED:
            raise ResultsNotSharedError()
        learner = await uow.users.get(participation.user_id)
        if campaign.type == CampaignType.PROFILES_COLLECTION:
            results = _profile_results(participation, participation.pix_score or 0)
        else:
            results, _ = await _compute(uow, participation, current, views, clock.now())
    return SharedResults(
        first_name=learner.first_name if learner else "",
        last_name=learner.last_name if learner else "",
        results=results,
    )
