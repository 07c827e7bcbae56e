"""Organisations seen by their members, and opened by platform administrators."""

from __future__ import annotations

from fastapi import APIRouter

from api.http.auth import CurrentClaims
from api.http.deps import ContainerDep, Id, UowDep
from api.http.problems import problem_responses
from api.http.schemas.organizations import (
    MembershipRead,
    OrganizationCreate,
    OrganizationRead,
    OrganizationUpdate,
)
from domain.organizations.model import OrganizationType
from domain.organizations.use_cases.create_organization import (
    OrganizationChanges,
    create_organization,
    update_organization,
)
from domain.organizations.use_cases.get_organization import get_organization

router = APIRouter(tags=["organizations"])


@router.get(
    "/organizations/{organization_id}",
    response_model=MembershipRead,
    responses=problem_responses(401, 403, 404),
)
async def read_organization(
    organization_id: Id, claims: CurrentClaims, uow: UowDep
) -> MembershipRead:
    """An organisation the signed-in user belongs to, with the user's role in it."""
    view = await get_organization(organization_id, user_id=claims.user_id, uow=uow)
    return MembershipRead.of(view)


@router.post(
    "/admin/organizations",
    status_code=201,
    response_model=OrganizationRead,
    responses=problem_responses(401, 403, 404, 422),
)
async def create_organization_as_admin(
    body: OrganizationCreate, claims: CurrentClaims, container: ContainerDep, uow: UowDep
) -> OrganizationRead:
    """Open an organisation's space with its first administrator (platform administrators)."""
    organization = await create_organization(
        name=body.name,
        type=OrganizationType(body.type),
        admin_email=body.admin_email,
        external_id=body.external_id,
        logo_url=body.logo_url,
        requested_by=claims.user_id,
        uow=uow,
        clock=container.clock,
    )
    return OrganizationRead.of(organization)


@router.patch(
    "/admin/organizations/{organization_id}",
    response_model=OrganizationRead,
    responses=problem_responses(401, 403, 404, 422),
)
async def update_organization_as_admin(
    organization_id: Id, body: OrganizationUpdate, claims: CurrentClaims, uow: UowDep
) -> OrganizationRead:
    """Rename an organisation, change its type, external id or logo (platform administrators)."""
    organization = await update_organization(
        organization_id,
        OrganizationChanges(
            name=body.name,
            type=OrganizationType(body.type) if body.type else None,
            external_id=body.external_id,
            logo_url=body.logo_url,
        ),
        requested_by=claims.user_id,
        uow=uow,
    )
    return OrganizationRead.of(organization)
