"""An organisation's team: members, invitations by e-mail, roles."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, BackgroundTasks, Query, Response

from api.http.auth import CurrentClaims
from api.http.deps import ContainerDep, Id, UowDep
from api.http.problems import problem_responses
from api.http.schemas.organizations import (
    InvitationAcceptance,
    InvitationCreate,
    InvitationList,
    InvitationPreview,
    InvitationRead,
    MembershipRead,
    RoleChange,
    TeamMemberRead,
    TeamRead,
)
from api.mail.senders import deliver_quietly
from domain.organizations.model import Invitation, MembershipRole, MembershipView
from domain.organizations.use_cases import team

router = APIRouter(tags=["team"])


def _invitation(i: Invitation) -> InvitationRead:
    return InvitationRead(
        id=i.id or 0,
        email=i.email,
        role=i.role.value,
        status=i.status.value,
        updated_at=i.updated_at,
    )


@router.get(
    "/organizations/{organization_id}/members",
    response_model=TeamRead,
    responses=problem_responses(401, 403),
)
async def list_members(organization_id: Id, claims: CurrentClaims, uow: UowDep) -> TeamRead:
    """The team, by last then first name (members)."""
    members = await team.list_team(organization_id, user_id=claims.user_id, uow=uow)
    return TeamRead(
        items=[
            TeamMemberRead(
                membership_id=m.membership.id or 0,
                user_id=m.membership.user_id,
                first_name=m.first_name,
                last_name=m.last_name,
                email=m.email,
                role=m.membership.role.value,
            )
            for m in members
        ]
    )


@router.post(
    "/organizations/{organization_id}/invitations",
    response_model=InvitationRead,
    status_code=201,
    responses=problem_responses(401, 403, 422),
)
async def invite(
    organization_id: Id,
    body: InvitationCreate,
    background: BackgroundTasks,
    claims: CurrentClaims,
    container: ContainerDep,
    uow: UowDep,
) -> InvitationRead:
    """Invite someone by e-mail (administrators); inviting again re-sends a fresh link."""
    sent = await team.invite_member(
        organization_id,
        email=body.email,
        role=MembershipRole(body.role),
        user_id=claims.user_id,
        accept_url=f"{container.settings.public_url.rstrip('/')}/orga/rejoindre",
        uow=uow,
        secrets=container.secrets,
        clock=container.clock,
    )
    background.add_task(deliver_quietly, container.mailer, sent.mail)
    return _invitation(sent.invitation)


@router.get(
    "/organizations/{organization_id}/invitations",
    response_model=InvitationList,
    responses=problem_responses(401, 403),
)
async def list_pending_invitations(
    organization_id: Id, claims: CurrentClaims, uow: UowDep
) -> InvitationList:
    """Invitations not answered yet (administrators)."""
    found = await team.list_invitations(organization_id, user_id=claims.user_id, uow=uow)
    return InvitationList(items=[_invitation(i) for i in found])


@router.delete(
    "/organizations/{organization_id}/invitations/{invitation_id}",
    status_code=204,
    responses=problem_responses(401, 403, 404, 409),
)
async def cancel(
    organization_id: Id,
    invitation_id: Id,
    claims: CurrentClaims,
    container: ContainerDep,
    uow: UowDep,
) -> Response:
    """Withdraw a pending invitation (administrators).

    409 `INVITATION_ALREADY_ACCEPTED` or `INVITATION_CANCELLED` when it was already answered.
    """
    await team.cancel_invitation(
        organization_id, invitation_id, user_id=claims.user_id, uow=uow, clock=container.clock
    )
    return Response(status_code=204)


@router.get(
    "/invitations/{invitation_id}",
    response_model=InvitationPreview,
    responses=problem_responses(404, 409),
)
async def read_invitation(
    invitation_id: Id,
    container: ContainerDep,
    uow: UowDep,
    code: Annotated[str, Query(max_length=512, description="The secret from the e-mailed link.")],
) -> InvitationPreview:
    """What an invitation opens, for the invitee holding the link.

    404 `INVITATION_NOT_FOUND` for an unknown or replaced link; 409
    `INVITATION_ALREADY_ACCEPTED` once accepted, `INVITATION_CANCELLED` once withdrawn.
    """
    invitation, organization = await team.get_invitation(
        invitation_id, code=code, uow=uow, secrets=container.secrets
    )
    return InvitationPreview(
        organization_name=organization.name, email=invitation.email, role=invitation.role.value
    )


@router.post(
    "/invitations/{invitation_id}/acceptance",
    response_model=MembershipRead,
    responses=problem_responses(401, 404, 409),
)
async def accept(
    invitation_id: Id,
    body: InvitationAcceptance,
    claims: CurrentClaims,
    container: ContainerDep,
    uow: UowDep,
) -> MembershipRead:
    """Join the team with a single-use invitation.

    404 `INVITATION_NOT_FOUND` for an unknown or replaced link; 409
    `INVITATION_ALREADY_ACCEPTED` once accepted, `INVITATION_CANCELLED` once withdrawn.
    """
    membership = await team.accept_invitation(
        invitation_id,
        code=body.code,
        user_id=claims.user_id,
        uow=uow,
        secrets=container.secrets,
        clock=container.clock,
    )
    async with container.uow() as read:
        organization = await read.organizations.get(membership.organization_id)
    assert organization is not None
    return MembershipRead.of(MembershipView(organization=organization, role=membership.role))


@router.patch(
    "/organizations/{organization_id}/members/{membership_id}",
    response_model=TeamMemberRead,
    responses=problem_responses(401, 403, 404, 409),
)
async def change_member_role(
    organization_id: Id, membership_id: Id, body: RoleChange, claims: CurrentClaims, uow: UowDep
) -> TeamMemberRead:
    """Change a member's role (administrators); the last administrator stays one."""
    await team.change_role(
        organization_id, membership_id, MembershipRole(body.role), user_id=claims.user_id, uow=uow
    )
    members = await team.list_team(organization_id, user_id=claims.user_id, uow=uow)
    m = next(m for m in members if m.membership.id == membership_id)
    return TeamMemberRead(
        membership_id=membership_id,
        user_id=m.membership.user_id,
        first_name=m.first_name,
        last_name=m.last_name,
        email=m.email,
        role=m.membership.role.value,
    )


@router.delete(
    "/organizations/{organization_id}/members/{membership_id}",
    status_code=204,
    responses=problem_responses(401, 403, 404, 409),
)
async def remove(
    organization_id: Id,
    membership_id: Id,
    claims: CurrentClaims,
    container: ContainerDep,
    uow: UowDep,
) -> Response:
    """Remove someone from the team (administrators)."""
    await team.remove_member(
        organization_id, membership_id, user_id=claims.user_id, uow=uow, clock=container.clock
    )
    return Response(status_code=204)
