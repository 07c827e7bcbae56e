"""Participations: join a campaign by code, see and send the results, improve or retry."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Response

from api.composition import Container
from api.http.auth import CurrentClaims
from api.http.deps import ContainerDep, Id, UowDep
from api.http.problems import problem_responses
from api.http.schemas.participations import (
    ParticipationCreate,
    ParticipationOverviewList,
    ParticipationOverviewRead,
    ParticipationRead,
    ResultsRead,
)
from domain.participations.use_cases.list_my_participations import list_my_participations
from domain.participations.use_cases.participation_results import (
    get_participation_results,
    share_results,
)
from domain.participations.use_cases.play_again import play_again
from domain.participations.use_cases.start_participation import start_participation
from domain.unit_of_work import UnitOfWork
from domain.users.use_cases.get_user import get_user

router = APIRouter(tags=["learning"])
Locale = Annotated[Literal["fr", "en"], Query(description="Language of the texts.")]


@router.post(
    "/campaign-participations",
    response_model=ParticipationRead,
    status_code=201,
    responses=problem_responses(401, 403, 404, 422),
)
async def create_participation(
    body: ParticipationCreate,
    response: Response,
    claims: CurrentClaims,
    container: ContainerDep,
    uow: UowDep,
) -> ParticipationRead:
    """Join a campaign with its code, or get back the participation already started (200)."""
    user = await get_user(claims.user_id, uow=container.uow())
    started = await start_participation(
        code=body.campaign_code,
        user_id=claims.user_id,
        participant_external_id=body.participant_external_id,
        locale=user.locale.value,
        uow=uow,
        content=container.content,
        clock=container.clock,
    )
    if started.resumed:
        response.status_code = 200
    return ParticipationRead.of(started)


@router.get(
    "/campaign-participations/{participation_id}/results",
    response_model=ResultsRead,
    responses=problem_responses(401, 404),
)
async def read_results(
    participation_id: Id,
    claims: CurrentClaims,
    container: ContainerDep,
    uow: UowDep,
    locale: Locale = "fr",
) -> ResultsRead:
    """The learner's results: mastery, per competence, stage and badges."""
    results = await get_participation_results(
        participation_id,
        user_id=claims.user_id,
        uow=uow,
        content=container.content,
        views=container.engine_views,
        clock=container.clock,
    )
    return ResultsRead.of(results, locale)


@router.post(
    "/campaign-participations/{participation_id}/improvement",
    response_model=ParticipationRead,
    status_code=201,
    responses=problem_responses(401, 404, 409),
)
async def improve_participation(
    participation_id: Id, claims: CurrentClaims, container: ContainerDep, uow: UowDep
) -> ParticipationRead:
    """Improve a finished test before sharing: the skills failed 4+ days ago come back."""
    return await _play_again(participation_id, claims.user_id, False, container, uow)


@router.post(
    "/campaign-participations/{participation_id}/retry",
    response_model=ParticipationRead,
    status_code=201,
    responses=problem_responses(401, 404, 409),
)
async def retry_participation(
    participation_id: Id, claims: CurrentClaims, container: ContainerDep, uow: UowDep
) -> ParticipationRead:
    """Je retente: a new participation 4 days after sharing, when the campaign allows it."""
    return await _play_again(participation_id, claims.user_id, True, container, uow)


async def _play_again(
    participation_id: int, user_id: int, retry: bool, container: Container, uow: UnitOfWork
) -> ParticipationRead:
    user = await get_user(user_id, uow=container.uow())
    started = await play_again(
        participation_id,
        user_id=user_id,
        retry=retry,
        locale=user.locale.value,
        uow=uow,
        content=container.content,
        views=container.engine_views,
        clock=container.clock,
    )
    return ParticipationRead.of(started)


@router.post(
    "/campaign-participations/{participation_id}/share",
    response_model=ResultsRead,
    responses=problem_responses(401, 403, 404, 409),
)
async def share_participation(
    participation_id: Id,
    claims: CurrentClaims,
    container: ContainerDep,
    uow: UowDep,
    locale: Locale = "fr",
) -> ResultsRead:
    """Send the results to the organisation (once, after the test)."""
    results = await share_results(
        participation_id,
        user_id=claims.user_id,
        uow=uow,
        content=container.content,
        views=container.engine_views,
        clock=container.clock,
    )
    return ResultsRead.of(results, locale)


@router.get(
    "/me/participations",
    response_model=ParticipationOverviewList,
    responses=problem_responses(401),
)
async def list_participations(claims: CurrentClaims, uow: UowDep) -> ParticipationOverviewList:
    """The learner's campaigns ("Mes parcours"), newest first, with what is left to do."""
    overviews = await list_my_participations(claims.user_id, uow=uow)
    return ParticipationOverviewList(
        items=[
            ParticipationOverviewRead(
                id=o.participation.id or 0,
                campaign_code=o.campaign_code,
                campaign_title=o.campaign_title,
                organization_name=o.organization_name,
                status=o.display_status,
                assessment_id=o.assessment_id,
                created_at=o.participation.created_at,
                shared_at=o.participation.shared_at,
                mastery_percent=round(100 * o.participation.mastery_rate)
                if o.participation.mastery_rate is not None
                else None,
                disabled_at=o.disabled_at,
            )
            for o in overviews
        ]
    )
