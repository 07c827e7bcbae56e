from __future__ import annotations

from dataclasses import dataclass

from domain.shared.errors import FieldError, InvalidInputError
from domain.shared.ports import Clock
from domain.unit_of_work import UnitOfWork
from domain.users.model import (
    PASSWORD_RULE,
    Locale,
    User,
    is_plausible_email,
    normalise_email,
    password_is_strong,
)
from domain.users.ports import PasswordHasher


@dataclass(frozen=True)
class SignUp:
    first_name: str
    last_name: str
    email: str
    password: str
    terms_accepted: bool
    locale: Locale = Locale.FR
    is_super_admin: bool = False


def check_sign_up(command: SignUp) -> None:
    errors: list[FieldError] = []
    if not command.first_name.strip():
        errors.append(FieldError("first_name", "REQUIRED", "The first name is required."))
    if not command.last_name.strip():
        errors.append(FieldError("last_name", "REQUIRED", "The last name is required."))
    if not is_plausible_email(normalise_email(command.email)):
        errors.append(FieldError("email", "INVALID_EMAIL", "The email address is not valid."))
    if not password_is_strong(command.password):
        errors.append(
            FieldError("password", "WEAK_PASSWORD", f"The password needs {PASSWORD_RULE}.")
        )
    if not command.terms_accepted:
        errors.append(
            FieldError("terms_accepted", "TERMS_NOT_ACCEPTED", "The terms of use must be accepted.")
        )
    if errors:
        raise InvalidInputError(errors)


async def sign_up(
    command: SignUp, *, uow: UnitOfWork, hasher: PasswordHasher, clock: Clock
) -> User:
    """Create a personal account; the email must not be used by another account."""
    check_sign_up(command)
    now = clock.now()
    user = User(
        id=None,
        first_name=command.first_name.strip(),
        last_name=command.last_name.strip(),
        email=normalise_email(command.email),
        password_hash=await hasher.hash(command.password),
        locale=command.locale,
        created_at=now,
        terms_accepted_at=now,
        is_super_admin=command.is_super_admin,
    )
    async with uow:
        created = await uow.users.add(user)
        await uow.commit()
    return created
