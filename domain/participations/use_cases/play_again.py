from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from adaptive import scoring
from domain.assessments.model import (
    DEFAULT_STRATEGY,
    Assessment,
    AssessmentState,
    AssessmentType,
)
from domain.campaigns.errors import CampaignNotFoundError
from domain.campaigns.snapshots import untally
from domain.learning_content.engine_view import EngineViews, target_of
from domain.learning_content.ports import ContentProvider, loaded
from domain.participations.errors import NotYetAllowedError, ParticipationNotFoundError
from domain.participations.model import Participation
from domain.participations.rules import can_improve, can_retry
from domain.participations.use_cases.start_participation import StartedParticipation
from domain.shared.ports import Clock
from domain.unit_of_work import UnitOfWork


def _new_assessment(
    participation: Participation, target: str, release: str, locale: str, now: datetime
) -> Assessment:
    return Assessment(
        id=None,
        user_id=participation.user_id,
        type=AssessmentType.CAMPAIGN,
        state=AssessmentState.STARTED,
        strategy=DEFAULT_STRATEGY,
        content_release_id=release,
        target=target,
        locale=locale,
        created_at=now,
        campaign_participation_id=participation.id,
        # Only the failures older than the delay are forgotten: those skills come back.
        is_improving=True,
    )


async def play_again(
    participation_id: int,
    *,
    user_id: int,
    retry: bool,
    locale: str,
    uow: UnitOfWork,
    content: ContentProvider,
    views: EngineViews,
    clock: Clock,
) -> StartedParticipation:
    """Improve a finished test before sharing (retry=False), or retry after sharing (retry=True).

    Both ask again only the skills failed at least 4 days ago; successes are kept.
    """
    current = loaded(content)
    now = clock.now()
    async with uow:
        participation = await uow.participations.get(participation_id)
        if participation is None or participation.user_id != user_id or participation.id is None:
            raise ParticipationNotFoundError()
        campaign = await uow.campaigns.get(participation.campaign_id)
        if campaign is None:
            raise CampaignNotFoundError()
        target = target_of(campaign.target_profile_id, campaign.competence_index)
        view = views.get(current, target, "fr")
        elements = await uow.knowledge.of_user(user_id, frozenset(s.id for s in view.skills))
        if retry:
            rate = participation.mastery_rate
            if rate is None:
                rate = scoring.mastery_rate(view.skills, {e.skill_id for e in elements})
            opportunity = can_retry(participation, campaign, rate, now)
        else:
            assessment = await uow.assessments.for_participation(participation.id)
            opportunity = can_improve(participation, assessment, elements, now)
        if not opportunity.allowed:
            raise NotYetAllowedError(
                meta={"available_at": opportunity.available_at.isoformat()}
                if opportunity.available_at
                else None
            )
        if retry:
            # The shared result stops counting in collective results until the new one is shared.
            await untally(uow, participation, current)
            if not await uow.participations.update(replace(participation, is_improved=True)):
                raise ParticipationNotFoundError()  # deleted by the organisation meanwhile
            participation = await uow.participations.add(
                Participation(
                    id=None,
                    campaign_id=campaign.id or 0,
                    user_id=user_id,
                    created_at=now,
                    participant_external_id=participation.participant_external_id,
                )
            )
        assessment = await uow.assessments.add(
            _new_assessment(participation, target, current.release_id, locale, now)
        )
        await uow.commit()
    return StartedParticipation(participation, assessment, resumed=False)
