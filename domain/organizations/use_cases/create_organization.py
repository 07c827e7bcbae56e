from __future__ import annotations

from dataclasses import dataclass, replace

from domain.access.policies import require_platform_operator
from domain.organizations.errors import OrganizationNotFoundError
from domain.organizations.model import (
    MAX_LOGO,
    Membership,
    MembershipRole,
    Organization,
    OrganizationType,
    is_valid_logo,
)
from domain.shared.errors import FieldError, InvalidInputError
from domain.shared.ports import Clock
from domain.unit_of_work import UnitOfWork
from domain.users.errors import UserNotFoundError
from domain.users.model import normalise_email


def _checked(name: str, logo_url: str | None) -> str | None:
    """Refuses a blank name or a logo that is not one (both said together); the logo as kept."""
    errors = []
    if not name.strip():
        errors.append(FieldError("name", "REQUIRED", "The name is required."))
    logo_url = (logo_url or "").strip() or None
    if logo_url is not None and not is_valid_logo(logo_url):
        errors.append(
            FieldError(
                "logo_url",
                "INVALID_LOGO",
                "An https:// address or a base64 image data URI (PNG, JPEG, GIF, WebP, SVG) "
                f"of at most {MAX_LOGO} characters.",
            )
        )
    if errors:
        raise InvalidInputError(errors)
    return logo_url


async def create_organization(
    *,
    name: str,
    type: OrganizationType,
    admin_email: str | None,
    uow: UnitOfWork,
    clock: Clock,
    external_id: str | None = None,
    logo_url: str | None = None,
    requested_by: int | None = None,
) -> Organization:
    """Open an organisation's space (a platform administrator's act), with its first admin.

    `requested_by` is the user asking over the API; None means the operator's command line.
    """
    logo_url = _checked(name, logo_url)
    now = clock.now()
    async with uow:
        await require_platform_operator(uow, requested_by)
        admin = None
        if admin_email:
            admin = await uow.users.get_by_email(normalise_email(admin_email))
            if admin is None or admin.id is None:
                raise UserNotFoundError(
                    f"No account uses {admin_email}: the administrator must sign up first."
                )
        organization = await uow.organizations.add(
            Organization(
                id=None,
                name=name.strip(),
                type=type,
                created_at=now,
                external_id=external_id,
                logo_url=logo_url,
            )
        )
        if admin is not None and admin.id is not None and organization.id is not None:
            await uow.memberships.add(
                Membership(
                    id=None,
                    organization_id=organization.id,
                    user_id=admin.id,
                    role=MembershipRole.ADMIN,
                    created_at=now,
                )
            )
        await uow.commit()
    return organization


@dataclass(frozen=True)
class OrganizationChanges:
    """What a platform administrator changes; None leaves a field as it is ("" removes the
    logo or the external id)."""

    name: str | None = None
    type: OrganizationType | None = None
    external_id: str | None = None
    logo_url: str | None = None


async def update_organization(
    organization_id: int,
    changes: OrganizationChanges,
    *,
    requested_by: int | None,
    uow: UnitOfWork,
) -> Organization:
    """Rename, retype, or change the external id or the logo of an organisation (a platform
    administrator's act, like opening it)."""
    async with uow:
        await require_platform_operator(uow, requested_by)
        organization = await uow.organizations.get(organization_id)
        if organization is None:
            raise OrganizationNotFoundError()
        name = changes.name if changes.name is not None else organization.name
        logo = changes.logo_url if changes.logo_url is not None else organization.logo_url
        updated = replace(
            organization,
            name=name.strip(),
            type=changes.type or organization.type,
            external_id=(changes.external_id.strip() or None)
            if changes.external_id is not None
            else organization.external_id,
            logo_url=_checked(name, logo),
        )
        await uow.organizations.update(updated)
        await uow.commit()
    return updated
