"""The team of an organisation: members, invitations by e-mail, roles."""

from __future__ import annotations

from dataclasses import dataclass, replace

from domain.access.policies import is_organization_admin, require_membership
from domain.organizations.errors import (
    InvitationAlreadyAcceptedError,
    InvitationCancelledError,
    InvitationNotFoundError,
    LastAdministratorError,
    NotAnAdministratorError,
    OrganizationNotFoundError,
)
from domain.organizations.model import (
    Invitation,
    InvitationStatus,
    Membership,
    MembershipRole,
    Organization,
    TeamMember,
)
from domain.shared.errors import FieldError, InvalidInputError, NotFoundError
from domain.shared.ports import Clock, SecretGenerator
from domain.unit_of_work import UnitOfWork
from domain.users.model import OutgoingMail, is_plausible_email, normalise_email


async def _require_admin(uow: UnitOfWork, organization_id: int, user_id: int) -> Membership:
    membership = await require_membership(uow, organization_id=organization_id, user_id=user_id)
    if not is_organization_admin(membership):
        raise NotAnAdministratorError()
    return membership


async def list_team(organization_id: int, *, user_id: int, uow: UnitOfWork) -> list[TeamMember]:
    """Members by last then first name (any member may see the team)."""
    async with uow:
        await require_membership(uow, organization_id=organization_id, user_id=user_id)
        return await uow.memberships.team(organization_id)


@dataclass(frozen=True)
class SentInvitation:
    invitation: Invitation
    mail: OutgoingMail


async def invite_member(
    organization_id: int,
    *,
    email: str,
    role: MembershipRole,
    user_id: int,
    accept_url: str,
    uow: UnitOfWork,
    secrets: SecretGenerator,
    clock: Clock,
) -> SentInvitation:
    """Invite someone by e-mail (administrators); inviting again re-sends with a fresh link."""
    email = normalise_email(email)
    if not is_plausible_email(email):
        raise InvalidInputError(
            [FieldError("email", "INVALID_EMAIL", "The email address is not valid.")]
        )
    code = secrets.new_secret()
    now = clock.now()
    async with uow:
        await _require_admin(uow, organization_id, user_id)
        organization = await uow.organizations.get(organization_id)
        if organization is None:
            raise OrganizationNotFoundError()
        pending = await uow.invitations.pending_for(organization_id, email)
        if pending is not None:
            invitation = replace(
                pending, role=role, code_fingerprint=secrets.fingerprint(code), updated_at=now
            )
            await uow.invitations.update(invitation)
        else:
            invitation = await uow.invitations.add(
                Invitation(
                    id=None,
                    organization_id=organization_id,
                    email=email,
                    role=role,
                    status=InvitationStatus.PENDING,
                    code_fingerprint=secrets.fingerprint(code),
                    invited_by=user_id,
                    created_at=now,
                    updated_at=now,
                )
            )
        await uow.commit()
    return SentInvitation(
        invitation,
        _mail(organization, invitation, f"{accept_url}?invitation={invitation.id}&code={code}"),
    )


def _mail(organization: Organization, invitation: Invitation, link: str) -> OutgoingMail:
    return OutgoingMail(
        to=invitation.email,
        subject=f"Invitation à rejoindre {organization.name} sur Pix Orga",
        text=(
            f"Bonjour,\n\nVous êtes invité(e) à rejoindre l'équipe « {organization.name} » sur "
            f"Pix Orga.\nPour accepter, ouvrez ce lien puis connectez-vous ou créez votre compte "
            f"Pix :\n{link}\n\nCe lien est à usage unique.\n"
        ),
    )


async def _pending(
    uow: UnitOfWork, invitation_id: int, code: str, secrets: SecretGenerator
) -> Invitation:
    invitation = await uow.invitations.get(invitation_id)
    if invitation is None or invitation.code_fingerprint != secrets.fingerprint(code):
        raise InvitationNotFoundError()
    _require_pending(invitation)
    return invitation


def _require_pending(invitation: Invitation) -> None:
    """An answered invitation says how it was answered: the invitee's next step differs."""
    if invitation.status == InvitationStatus.ACCEPTED:
        raise InvitationAlreadyAcceptedError()
    if invitation.status == InvitationStatus.CANCELLED:
        raise InvitationCancelledError()


async def get_invitation(
    invitation_id: int, *, code: str, uow: UnitOfWork, secrets: SecretGenerator
) -> tuple[Invitation, Organization]:
    """What the invitee sees before accepting (the link is the credential)."""
    async with uow:
        invitation = await _pending(uow, invitation_id, code, secrets)
        organization = await uow.organizations.get(invitation.organization_id)
    if organization is None:
        raise InvitationNotFoundError()
    return invitation, organization


async def accept_invitation(
    invitation_id: int,
    *,
    code: str,
    user_id: int,
    uow: UnitOfWork,
    secrets: SecretGenerator,
    clock: Clock,
) -> Membership:
    """Join the team with the invitation's role; the link then stops working."""
    now = clock.now()
    async with uow:
        invitation = await _pending(uow, invitation_id, code, secrets)
        existing = await uow.memberships.find_active(invitation.organization_id, user_id)
        if existing is not None:
            membership = existing
        else:
            membership = await uow.memberships.add(
                Membership(
                    id=None,
                    organization_id=invitation.organization_id,
                    user_id=user_id,
                    role=invitation.role,
                    created_at=now,
                )
            )
        await uow.invitations.update(
            replace(invitation, status=InvitationStatus.ACCEPTED, updated_at=now)
        )
        await uow.commit()
    return membership


async def cancel_invitation(
    organization_id: int, invitation_id: int, *, user_id: int, uow: UnitOfWork, clock: Clock
) -> None:
    """Withdraw a pending invitation (administrators)."""
    async with uow:
        await _require_admin(uow, organization_id, user_id)
        invitation = await uow.invitations.get(invitation_id)
        if invitation is None or invitation.organization_id != organization_id:
            raise InvitationNotFoundError()
        _require_pending(invitation)
        await uow.invitations.update(
            replace(invitation, status=InvitationStatus.CANCELLED, updated_at=clock.now())
        )
        await uow.commit()


async def list_invitations(
    organization_id: int, *, user_id: int, uow: UnitOfWork
) -> list[Invitation]:
    """Pending invitations (administrators)."""
    async with uow:
        await _require_admin(uow, organization_id, user_id)
        return await uow.invitations.list_pending(organization_id)


async def _target(uow: UnitOfWork, organization_id: int, membership_id: int) -> Membership:
    membership = await uow.memberships.get(membership_id)
    if (
        membership is None
        or membership.organization_id != organization_id
        or not membership.is_active
    ):
        raise NotFoundError("This member does not exist.")
    return membership


async def change_role(
    organization_id: int, membership_id: int, role: MembershipRole, *, user_id: int, uow: UnitOfWork
) -> Membership:
    """Make a member administrator or not (administrators); never the last administrator."""
    async with uow:
        await _require_admin(uow, organization_id, user_id)
        target = await _target(uow, organization_id, membership_id)
        demoted = target.role == MembershipRole.ADMIN and role != MembershipRole.ADMIN
        if demoted and await uow.memberships.count_admins(organization_id) <= 1:
            raise LastAdministratorError()
        updated = replace(target, role=role)
        await uow.memberships.update(updated)
        await uow.commit()
    return updated


async def remove_member(
    organization_id: int, membership_id: int, *, user_id: int, uow: UnitOfWork, clock: Clock
) -> None:
    """Remove someone from the team (administrators); the last administrator stays."""
    async with uow:
        await _require_admin(uow, organization_id, user_id)
        target = await _target(uow, organization_id, membership_id)
        if (
            target.role == MembershipRole.ADMIN
            and await uow.memberships.count_admins(organization_id) <= 1
        ):
            raise LastAdministratorError()
        await uow.memberships.update(replace(target, disabled_at=clock.now()))
        await uow.commit()
