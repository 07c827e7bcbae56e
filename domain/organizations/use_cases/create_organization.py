from __future__ import annotations

from domain.access.policies import require_platform_operator
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
