from __future__ import annotations

from dataclasses import dataclass

from domain.assessments.model import (
    DEFAULT_STRATEGY,
    Assessment,
    AssessmentState,
    AssessmentType,
)
from domain.campaigns.errors import CampaignArchivedError, CampaignCodeNotFoundError
from domain.campaigns.model import MAX_EXTERNAL_ID, CampaignType, ExternalIdType
from domain.campaigns.use_cases.get_campaign_to_join import get_campaign_to_join
from domain.learning_content.engine_view import target_of
from domain.learning_content.ports import ContentProvider, loaded
from domain.participations.errors import ParticipationDeletedError
from domain.participations.model import Participation
from domain.participations.ports import ParticipationExistsError
from domain.shared.errors import FieldError, InvalidInputError
from domain.shared.ports import Clock
from domain.unit_of_work import UnitOfWork
from domain.users.model import is_plausible_email


@dataclass(frozen=True)
class StartedParticipation:
    participation: Participation
    assessment: Assessment | None
    resumed: bool


def _external_id(label: str | None, kind: ExternalIdType | None, value: str | None) -> str | None:
    if not label:
        return None
    value = (value or "").strip()
    if not value:
        raise InvalidInputError(
            [FieldError("participant_external_id", "MISSING_EXTERNAL_ID", f"{label} is required.")]
        )
    if len(value) > MAX_EXTERNAL_ID:
        raise InvalidInputError(
            [FieldError("participant_external_id", "TOO_LONG", "At most 255 characters.")]
        )
    if kind == ExternalIdType.EMAIL and not is_plausible_email(value):
        raise InvalidInputError(
            [FieldError("participant_external_id", "INVALID_EMAIL", "An e-mail is expected.")]
        )
    return value


async def start_participation(
    *,
    code: str,
    user_id: int,
    participant_external_id: str | None,
    locale: str,
    uow: UnitOfWork,
    content: ContentProvider,
    clock: Clock,
) -> StartedParticipation:
    """Join a campaign, or resume the participation the learner already has in it."""

    async def attempt() -> StartedParticipation:
        return await _start(
            code=code,
            user_id=user_id,
            participant_external_id=participant_external_id,
            locale=locale,
            uow=uow,
            content=content,
            clock=clock,
        )

    try:
        return await attempt()
    except ParticipationExistsError:
        # Another request of the same learner won the race (ours rolled back): resume it.
        return await attempt()


async def _start(
    *,
    code: str,
    user_id: int,
    participant_external_id: str | None,
    locale: str,
    uow: UnitOfWork,
    content: ContentProvider,
    clock: Clock,
) -> StartedParticipation:
    found = await get_campaign_to_join(code, uow=uow)
    campaign = found.campaign
    assert campaign.id is not None
    async with uow:
        existing = await uow.participations.find_active(campaign.id, user_id)
        if existing is not None and existing.id is not None:
            return StartedParticipation(
                existing, await uow.assessments.for_participation(existing.id), resumed=True
            )
        if not campaign.is_joinable:
            raise CampaignArchivedError()
        if await uow.participations.was_removed(campaign.id, user_id):
            raise ParticipationDeletedError()
        external_id = _external_id(
            campaign.external_id_label, campaign.external_id_type, participant_external_id
        )
        now = clock.now()
        participation = await uow.participations.add(
            Participation(
                id=None,
                campaign_id=campaign.id,
                user_id=user_id,
                created_at=now,
                participant_external_id=external_id,
            )
        )
        # Read again, locked, once this participation is written: a deletion or an archiving
        # committed meanwhile is seen (and this one rolls back); one that comes later waits
        # for this commit, then includes the new participation.
        now_campaign = await uow.campaigns.get(campaign.id, lock=True)
        if now_campaign is None or now_campaign.deleted_at is not None:
            raise CampaignCodeNotFoundError()
        if not now_campaign.is_joinable:
            raise CampaignArchivedError()
        assessment = None
        if campaign.type == CampaignType.ASSESSMENT:
            current = loaded(content)
            assessment = await uow.assessments.add(
                Assessment(
                    id=None,
                    user_id=user_id,
                    type=AssessmentType.CAMPAIGN,
                    state=AssessmentState.STARTED,
                    strategy=DEFAULT_STRATEGY,
                    content_release_id=current.release_id,
                    target=target_of(campaign.target_profile_id, campaign.competence_index),
                    locale=locale,
                    created_at=now,
                    campaign_participation_id=participation.id,
                )
            )
        await uow.commit()
    return StartedParticipation(participation, assessment, resumed=False)
