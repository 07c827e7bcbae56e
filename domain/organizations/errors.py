from __future__ import annotations

from domain.shared.errors import DomainError


class OrganizationNotFoundError(DomainError):
    code = "ORGANIZATION_NOT_FOUND"
    default_detail = "This organisation does not exist."


class NotAnOrganizationMemberError(DomainError):
    code = "NOT_AN_ORGANIZATION_MEMBER"
    default_detail = "You are not a member of this organisation."


class AlreadyMemberError(DomainError):
    code = "ALREADY_MEMBER"
    default_detail = "This user is already a member of the organisation."


class InvitationNotFoundError(DomainError):
    code = "INVITATION_NOT_FOUND"
    default_detail = "This invitation does not exist or its link is wrong."


class InvitationAlreadyAcceptedError(DomainError):
    code = "INVITATION_ALREADY_ACCEPTED"
    default_detail = "This invitation was already accepted: log in to reach the organisation."


class InvitationCancelledError(DomainError):
    code = "INVITATION_CANCELLED"
    default_detail = "This invitation was cancelled by an administrator: ask for a new one."


class LastAdministratorError(DomainError):
    code = "LAST_ADMINISTRATOR"
    default_detail = "An organisation keeps at least one administrator."


class NotAnAdministratorError(DomainError):
    code = "NOT_AN_ADMINISTRATOR"
    default_detail = "Only an administrator of the organisation may do this."
