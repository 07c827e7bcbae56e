"""Base of every business refusal: a stable code the API maps to an HTTP status."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FieldError:
    """One invalid input field, with a stable code a front end can translate."""

    field: str
    code: str
    message: str


class DomainError(Exception):
    """A refusal the business rules expect; never a bug, never a 500."""

    code: str = "DOMAIN_ERROR"
    default_detail: str = "The request was refused."

    def __init__(self, detail: str | None = None, *, meta: dict[str, object] | None = None) -> None:
        self.detail = detail or self.default_detail
        self.meta = meta or {}
        super().__init__(self.detail)


class InvalidInputError(DomainError):
    """Several fields can be wrong at once; they are reported together."""

    code = "VALIDATION_ERROR"
    default_detail = "Some fields are invalid."

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__()
        self.errors = errors


class NotFoundError(DomainError):
    code = "NOT_FOUND"
    default_detail = "The resource does not exist."


class ForbiddenError(DomainError):
    code = "FORBIDDEN"
    default_detail = "You are not allowed to do this."
