"""Campaigns: created by organisation members, found by learners through their code."""

from __future__ import annotations

from fastapi import APIRouter

from api.http.auth import CurrentClaims
from api.http.deps import ContainerDep, UowDep
from api.http.problems import problem_responses
from api.http.schemas.campaigns import CampaignCreate, CampaignRead, CampaignToJoinRead
from domain.campaigns.model import CampaignType, ExternalIdType
from domain.campaigns.use_cases.create_campaign import NewCampaign, create_campaign
from domain.campaigns.use_cases.get_campaign_to_join import get_campaign_to_join

router = APIRouter(tags=["campaigns"])


@router.post(
    "/organizations/{organization_id}/campaigns",
    status_code=201,
    response_model=CampaignRead,
    responses=problem_responses(401, 403, 422),
)
async def create_organization_campaign(
    organization_id: int,
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
