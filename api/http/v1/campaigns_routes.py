"""Campaigns: created by organisation members, found by learners through their code."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated, Literal
from urllib.parse import quote
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Query
from fastapi.responses import StreamingResponse

from api.exports.csv_writer import csv_chunks
from api.http.auth import CurrentClaims, InvalidAccessTokenDomainError
from api.http.deps import MAX_ID, MAX_PAGE, ContainerDep, Id, UowDep
from api.http.problems import problem_responses
from api.http.schemas.campaigns import (
    CampaignActivityRead,
    CampaignAnalysisRead,
    CampaignCreate,
    CampaignPageRead,
    CampaignRead,
    CampaignSummaryRead,
    CampaignToJoinRead,
    CampaignUpdate,
    CompetenceCollectiveRead,
    CompetenceLevelRead,
    DayActivityRead,
    DownloadToken,
    MasteryBandRead,
    ParticipantPageRead,
    ParticipantRead,
    SharedProfilePageRead,
    SharedProfileRead,
    StageCountRead,
    StatusCountsRead,
    TubeRecommendationRead,
)
from api.http.schemas.participations import ParticipantResultsRead, ResultsRead
from domain.campaigns.model import CampaignListQuery, CampaignSort, CampaignType, ExternalIdType
from domain.campaigns.use_cases.campaign_activity import campaign_activity
from domain.campaigns.use_cases.collective_results import analyse_campaign
from domain.campaigns.use_cases.create_campaign import NewCampaign, create_campaign
from domain.campaigns.use_cases.export_campaign_results import export_campaign_results
from domain.campaigns.use_cases.get_campaign_to_join import get_campaign_to_join
from domain.campaigns.use_cases.list_participants import list_participants
from domain.campaigns.use_cases.manage_campaigns import (
    CampaignChanges,
    delete_campaign,
    delete_participation,
    get_campaign,
    list_campaigns,
    set_archived,
    update_campaign,
)
from domain.campaigns.use_cases.profiles_collection_results import list_shared_profiles
from domain.learning_content.model import text_in
from domain.participations.use_cases.participation_results import get_shared_results

router = APIRouter(tags=["campaigns"])


@router.post(
    "/organizations/{organization_id}/campaigns",
    status_code=201,
    response_model=CampaignRead,
    responses=problem_responses(401, 403, 422),
)
async def create_organization_campaign(
    organization_id: Id,
    body: CampaignCreate,
    claims: CurrentClaims,
    container: ContainerDep,
    uow: UowDep,
) -> CampaignRead:
    """Create a campaign of the organisation; it gets a unique join code."""
    campaign = await create_campaign(
        NewCampaign(
            organization_id=organization_id,
            name=body.name,
            type=CampaignType(body.type),
            owner_id=body.owner_id,
            target_profile_id=body.target_profile_id,
            competence_index=body.competence_index,
            title=body.title,
            landing_text=body.landing_text,
            external_id_label=body.external_id_label,
            external_id_type=ExternalIdType(body.external_id_type)
            if body.external_id_type
            else None,
            multiple_sendings=body.multiple_sendings,
        ),
        requested_by=claims.user_id,
        uow=uow,
        content=container.content,
        clock=container.clock,
        random=container.random,
    )
    return CampaignRead.of(campaign)


@router.get(
    "/campaigns-to-join/{code}",
    response_model=CampaignToJoinRead,
    responses=problem_responses(404),
)
async def read_campaign_to_join(code: str, uow: UowDep) -> CampaignToJoinRead:
    """The landing page of a campaign, by its code (public, case-insensitive)."""
    return CampaignToJoinRead.of(await get_campaign_to_join(code, uow=uow))


@router.get(
    "/organizations/{organization_id}/campaigns",
    response_model=CampaignPageRead,
    responses=problem_responses(401, 403),
)
async def list_organization_campaigns(
    organization_id: Id,
    claims: CurrentClaims,
    container: ContainerDep,
    uow: UowDep,
    archived: Annotated[bool, Query(description="Archived tab instead of active.")] = False,
    name: Annotated[str | None, Query(max_length=255, description="Part of the name.")] = None,
    owner_id: Annotated[
        int | None, Query(ge=1, le=MAX_ID, description="Only this owner's campaigns.")
    ] = None,
    mine: Annotated[bool, Query(description="Only the campaigns I own.")] = False,
    page: Annotated[int, Query(ge=1, le=MAX_PAGE, description="Page number, from 1.")] = 1,
    page_size: Annotated[int, Query(ge=1, le=100, description="Campaigns per page.")] = 25,
    sort: Annotated[
        CampaignSort,
        Query(
            description="Order: `-created_at` newest first (default), `created_at` oldest "
            "first, `name` A→Z, `-name` Z→A, `-participants` most participants first."
        ),
    ] = "-created_at",
) -> CampaignPageRead:
    """Campaigns of an organisation (members), with search, owner filter and pagination."""
    result = await list_campaigns(
        CampaignListQuery(
            organization_id=organization_id,
            archived=archived,
            name=name,
            owner_id=claims.user_id if mine else owner_id,
            page=page,
            page_size=page_size,
            sort=sort,
        ),
        user_id=claims.user_id,
        uow=uow,
    )
    public_url = container.settings.public_url
    return CampaignPageRead(
        items=[CampaignSummaryRead.of(item, public_url) for item in result.items],
        total=result.total,
        page=page,
        page_size=page_size,
        organization_has_campaigns=result.organization_has_campaigns,
    )


@router.get(
    "/campaigns/{campaign_id}",
    response_model=CampaignSummaryRead,
    responses=problem_responses(401, 403, 404),
)
async def read_campaign(
    campaign_id: Id, claims: CurrentClaims, container: ContainerDep, uow: UowDep
) -> CampaignSummaryRead:
    """A campaign of one of my organisations, with its counts and direct link."""
    summary = await get_campaign(campaign_id, user_id=claims.user_id, uow=uow)
    return CampaignSummaryRead.of(summary, container.settings.public_url)


@router.patch(
    "/campaigns/{campaign_id}",
    response_model=CampaignRead,
    responses=problem_responses(401, 403, 404, 422),
)
async def update_campaign_details(
    campaign_id: Id, body: CampaignUpdate, claims: CurrentClaims, uow: UowDep
) -> CampaignRead:
    """Change name, title, landing text or owner (owner of the campaign or administrator)."""
    updated = await update_campaign(
        campaign_id,
        CampaignChanges(
            name=body.name, title=body.title, landing_text=body.landing_text, owner_id=body.owner_id
        ),
        user_id=claims.user_id,
        uow=uow,
    )
    return CampaignRead.of(updated)


@router.put(
    "/campaigns/{campaign_id}/archive",
    response_model=CampaignRead,
    responses=problem_responses(401, 403, 404),
)
async def archive_campaign(
    campaign_id: Id, claims: CurrentClaims, container: ContainerDep, uow: UowDep
) -> CampaignRead:
    """Archive: no more joining, sharing or editing; results stay readable."""
    return CampaignRead.of(
        await set_archived(
            campaign_id, True, user_id=claims.user_id, uow=uow, clock=container.clock
        )
    )


@router.delete(
    "/campaigns/{campaign_id}/archive",
    response_model=CampaignRead,
    responses=problem_responses(401, 403, 404),
)
async def unarchive_campaign(
    campaign_id: Id, claims: CurrentClaims, container: ContainerDep, uow: UowDep
) -> CampaignRead:
    """Unarchive a campaign."""
    return CampaignRead.of(
        await set_archived(
            campaign_id, False, user_id=claims.user_id, uow=uow, clock=container.clock
        )
    )


@router.delete(
    "/campaigns/{campaign_id}",
    status_code=204,
    responses=problem_responses(401, 403, 404),
)
async def remove_campaign(
    campaign_id: Id, claims: CurrentClaims, container: ContainerDep, uow: UowDep
) -> None:
    """Delete a campaign (its owner or an administrator of the organisation).

    The campaign disappears from Orga's lists and its code stops working; its participations
    are deleted with it and the external ids collected are forgotten. Learners keep what
    they learnt. Deleting is final: there is no undo."""
    await delete_campaign(campaign_id, user_id=claims.user_id, uow=uow, clock=container.clock)


@router.delete(
    "/campaigns/{campaign_id}/participants/{participation_id}",
    status_code=204,
    responses=problem_responses(401, 403, 404),
)
async def remove_participation(
    campaign_id: Id,
    participation_id: Id,
    claims: CurrentClaims,
    container: ContainerDep,
    uow: UowDep,
) -> None:
    """Take a participant out of a campaign (its owner or an administrator; archived
    campaigns too).

    Every participation of that learner in the campaign is deleted: it leaves the
    participants list, the counts, the exports and the collective results, and the learner
    cannot join this campaign again. Deleting is final: there is no undo."""
    await delete_participation(
        campaign_id,
        participation_id,
        user_id=claims.user_id,
        uow=uow,
        content=container.content,
        clock=container.clock,
    )


@router.get(
    "/campaigns/{campaign_id}/participants",
    response_model=ParticipantPageRead,
    responses=problem_responses(401, 403, 404),
)
async def list_campaign_participants(
    campaign_id: Id,
    claims: CurrentClaims,
    uow: UowDep,
    status: Annotated[
        Literal["STARTED", "TO_SHARE", "SHARED"] | None, Query(description="Only this status.")
    ] = None,
    search: Annotated[
        str | None,
        Query(
            max_length=255,
            description='Case-insensitive part of the first name, last name, "first last", '
            '"last first" or external id.',
        ),
    ] = None,
    page: Annotated[int, Query(ge=1, le=MAX_PAGE, description="Page number, from 1.")] = 1,
    page_size: Annotated[int, Query(ge=1, le=100, description="Participants per page.")] = 50,
) -> ParticipantPageRead:
    """Participants of a campaign (members); a mastery appears only once the learner shared."""
    found = await list_participants(
        campaign_id,
        user_id=claims.user_id,
        uow=uow,
        status=status,
        search=search,
        page=page,
        page_size=page_size,
    )
    return ParticipantPageRead(
        items=[
            ParticipantRead(
                participation_id=row.participation_id,
                first_name=row.first_name,
                last_name=row.last_name,
                external_id=row.external_id,
                status=row.status,
                created_at=row.created_at,
                shared_at=row.shared_at,
                mastery_percent=round(100 * row.mastery_rate)
                if row.mastery_rate is not None
                else None,
            )
            for row in found.items
        ],
        total=found.total,
        page=page,
        page_size=page_size,
    )


@router.get(
    "/campaigns/{campaign_id}/profiles",
    response_model=SharedProfilePageRead,
    responses=problem_responses(401, 403, 404),
)
async def list_campaign_profiles(
    campaign_id: Id,
    claims: CurrentClaims,
    container: ContainerDep,
    uow: UowDep,
    search: Annotated[
        str | None,
        Query(
            max_length=255,
            description='Case-insensitive part of the first name, last name, "first last", '
            '"last first" or external id (as the participants list searches).',
        ),
    ] = None,
    certifiable: Annotated[
        bool | None,
        Query(description="Only profiles that were certifiable (true) or not (false) when sent."),
    ] = None,
    page: Annotated[int, Query(ge=1, le=MAX_PAGE, description="Page number, from 1.")] = 1,
    page_size: Annotated[int, Query(ge=1, le=100, description="Profiles per page.")] = 50,
) -> SharedProfilePageRead:
    """Profiles received by a profiles collection (members): shared ones only, as sent, the
    latest of each learner; `total` counts the profiles matching the filters."""
    found = await list_shared_profiles(
        campaign_id,
        user_id=claims.user_id,
        uow=uow,
        content=container.content,
        views=container.engine_views,
        search=search,
        certifiable=certifiable,
        page=page,
        page_size=page_size,
    )
    return SharedProfilePageRead(
        items=[
            SharedProfileRead(
                participation_id=item.participation.participation_id,
                first_name=item.participation.first_name,
                last_name=item.participation.last_name,
                external_id=item.participation.external_id,
                shared_at=item.shared_at,
                total_pix=item.profile.total_pix,
                certifiable=item.profile.certifiable,
                certifiable_competences=item.profile.certifiable_competences,
                competences=[
                    CompetenceLevelRead(
                        index=c.competence.index,
                        name=text_in(c.competence.name, "fr"),
                        level=c.level,
                        pix=c.pix,
                    )
                    for c in item.profile.competences
                ],
            )
            for item in found.items
        ],
        total=found.total,
        page=page,
        page_size=page_size,
    )


@router.post(
    "/campaigns/{campaign_id}/export-tokens",
    response_model=DownloadToken,
    status_code=201,
    responses=problem_responses(401, 403, 404),
)
async def create_export_token(
    campaign_id: Id, claims: CurrentClaims, container: ContainerDep, uow: UowDep
) -> DownloadToken:
    """A one-minute token to download the results with a plain link (members)."""
    summary = await get_campaign(campaign_id, user_id=claims.user_id, uow=uow)
    token, expires_in = container.tokens.issue_download(claims.user_id, summary.campaign.id or 0)
    return DownloadToken(
        token=token,
        expires_in=expires_in,
        url=f"/api/v1/campaigns/{campaign_id}/results.csv?token={token}",
    )


@router.get(
    "/campaigns/{campaign_id}/results.csv",
    response_class=StreamingResponse,
    responses={200: {"content": {"text/csv": {}}}, **problem_responses(401, 403, 404)},
)
async def export_campaign_results_csv(
    campaign_id: Id,
    container: ContainerDep,
    token: Annotated[str, Query(description="A token from export-tokens.")],
) -> StreamingResponse:
    """The results as CSV (UTF-8 with BOM, `;`), one row per participation, streamed.

    Assessment campaigns: Pix's results columns; profiles collections: the profile sent
    (total pix, certifiability, level and pix per competence)."""
    user_id = container.tokens.decode_download(token, campaign_id)
    if user_id is None:
        raise InvalidAccessTokenDomainError()
    table = await export_campaign_results(
        campaign_id,
        user_id=user_id,
        uow=container.uow(),
        content=container.content,
        views=container.engine_views,
    )
    stamp = datetime.now(ZoneInfo("Europe/Paris")).strftime("%Y-%m-%d-%H%M")
    name = re.sub(r"[^\w.-]+", "_", table.campaign.name, flags=re.UNICODE).strip("_") or "campagne"
    filename = f"Resultats-{name}-{campaign_id}-{stamp}.csv"
    return StreamingResponse(
        csv_chunks(table.columns, table.rows, text_columns=table.text_columns),
        media_type="text/csv; charset=utf-8",
        headers={
            "Content-Disposition": f"attachment; filename*=UTF-8''{quote(filename)}",
            "Cache-Control": "no-store",
        },
    )


_RELEVANCE = {
    4: "Très fortement recommandé",
    3: "Fortement recommandé",
    2: "Recommandé",
    1: "Moyennement recommandé",
}


@router.get(
    "/campaigns/{campaign_id}/analysis",
    response_model=CampaignAnalysisRead,
    responses=problem_responses(401, 403, 404),
)
async def read_campaign_analysis(
    campaign_id: Id, claims: CurrentClaims, container: ContainerDep, uow: UowDep
) -> CampaignAnalysisRead:
    """Collective results per competence and recommended topics (shared results only)."""
    analysis = await analyse_campaign(
        campaign_id,
        user_id=claims.user_id,
        uow=uow,
        content=container.content,
        views=container.engine_views,
    )
    return CampaignAnalysisRead(
        shared_participants=analysis.shared_participants,
        competences=[
            CompetenceCollectiveRead(
                index=c.competence.index,
                name=text_in(c.competence.name, "fr"),
                area_code=c.competence.area_code,
                targeted_skills=c.targeted_skills,
                average_validated=round(c.average_validated, 2),
                percent=c.percent,
            )
            for c in analysis.competences
        ],
        tubes=[
            TubeRecommendationRead(
                tube_id=t.tube.name,
                title=text_in(t.tube.title, "fr"),
                description=text_in(t.tube.description, "fr"),
                competence_index=t.competence.index,
                competence_name=text_in(t.competence.name, "fr"),
                average_score=round(t.average_score, 1),
                relevance_dots=t.dots,
                relevance_label=_RELEVANCE[t.dots],
                tutorials=t.tutorials,
            )
            for t in analysis.tubes
        ],
    )


@router.get(
    "/campaigns/{campaign_id}/participants/{participation_id}/results",
    response_model=ParticipantResultsRead,
    responses=problem_responses(401, 403, 404),
)
async def read_participant_results(
    campaign_id: Id,
    participation_id: Id,
    claims: CurrentClaims,
    container: ContainerDep,
    uow: UowDep,
) -> ParticipantResultsRead:
    """A participant's individual results (members), once the participant has shared them."""
    shared = await get_shared_results(
        campaign_id,
        participation_id,
        user_id=claims.user_id,
        uow=uow,
        content=container.content,
        views=container.engine_views,
        clock=container.clock,
    )
    participation = shared.results.participation
    return ParticipantResultsRead(
        **ResultsRead.of(shared.results, "fr").model_dump(),
        first_name=shared.first_name,
        last_name=shared.last_name,
        external_id=participation.participant_external_id,
        created_at=participation.created_at,
        shared_at=participation.shared_at,
    )


@router.get(
    "/campaigns/{campaign_id}/activity",
    response_model=CampaignActivityRead,
    responses=problem_responses(401, 403, 404),
)
async def read_campaign_activity(
    campaign_id: Id, claims: CurrentClaims, container: ContainerDep, uow: UowDep
) -> CampaignActivityRead:
    """Activité: participants by status and per day, shared results by stage and mastery band."""
    activity = await campaign_activity(
        campaign_id, user_id=claims.user_id, uow=uow, content=container.content
    )
    return CampaignActivityRead(
        statuses=StatusCountsRead(
            started=activity.statuses.started,
            to_share=activity.statuses.to_share,
            shared=activity.statuses.shared,
        ),
        days=[
            DayActivityRead(day=d.day, started=d.started, shared=d.shared) for d in activity.days
        ],
        stages=[
            StageCountRead(
                rank=s.rank,
                threshold=s.stage.threshold,
                title=text_in(s.stage.prescriber_title, "fr"),
                description=text_in(s.stage.prescriber_description, "fr"),
                participants=s.participants,
            )
            for s in activity.stages
        ],
        mastery_bands=[
            MasteryBandRead(low=b.low, high=b.high, stars=stars, participants=b.participants)
            for stars, b in enumerate(activity.bands, start=1)
        ],
    )
