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
