"""One error format for every 4xx/5xx: RFC 9457 problem details plus a stable `code`."""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.http.auth import InvalidAccessTokenDomainError, NotAuthenticatedError
from domain.assessments.errors import (
    AnswerNotFoundError,
    AssessmentCompletedError,
    AssessmentNotFoundError,
    ChallengeNotTimedError,
    NotTheCurrentChallengeError,
)
from domain.campaigns.errors import (
    CampaignArchivedError,
    CampaignCodeExhaustedError,
    CampaignCodeNotFoundError,
    CampaignNotFoundError,
    NotAProfilesCollectionError,
)
from domain.learning_content.errors import InvalidContentReleaseError, NoContentReleaseError
from domain.organizations.errors import (
    AlreadyMemberError,
    InvitationAlreadyAcceptedError,
    InvitationCancelledError,
    InvitationNotFoundError,
    LastAdministratorError,
    NotAnAdministratorError,
    NotAnOrganizationMemberError,
    OrganizationNotFoundError,
)
from domain.participations.errors import (
    AlreadySharedError,
    AssessmentNotCompletedError,
    NotYetAllowedError,
    ParticipationDeletedError,
    ParticipationNotFoundError,
    ResultsNotSharedError,
)
from domain.shared.errors import DomainError, ForbiddenError, InvalidInputError, NotFoundError
from domain.users.errors import (
    AccountTemporarilyBlockedError,
    EmailAlreadyUsedError,
    InvalidCredentialsError,
    InvalidRefreshTokenError,
    InvalidResetTokenError,
    UserNotFoundError,
    WrongCurrentPasswordError,
)

logger = logging.getLogger("pix.errors")
PROBLEM_JSON = "application/problem+json"

# Domain refusals → HTTP status. The domain never knows about HTTP.
STATUS_BY_ERROR: dict[type[DomainError], int] = {
    InvalidInputError: 422,
    NotAuthenticatedError: 401,
    InvalidAccessTokenDomainError: 401,
    EmailAlreadyUsedError: 409,
    InvalidCredentialsError: 401,
    AccountTemporarilyBlockedError: 403,
    InvalidRefreshTokenError: 401,
    InvalidResetTokenError: 400,
    WrongCurrentPasswordError: 400,
    UserNotFoundError: 404,
    NotFoundError: 404,
    OrganizationNotFoundError: 404,
    NotAnOrganizationMemberError: 403,
    AlreadyMemberError: 409,
    InvitationNotFoundError: 404,
    InvitationAlreadyAcceptedError: 409,
    InvitationCancelledError: 409,
    LastAdministratorError: 409,
    NotAnAdministratorError: 403,
    ForbiddenError: 403,
    InvalidContentReleaseError: 422,
    NoContentReleaseError: 503,
    CampaignCodeNotFoundError: 404,
    CampaignNotFoundError: 404,
    NotAProfilesCollectionError: 404,
    CampaignArchivedError: 403,
    AssessmentNotFoundError: 404,
    AnswerNotFoundError: 404,
    AssessmentCompletedError: 409,
    NotTheCurrentChallengeError: 409,
    ChallengeNotTimedError: 409,
    ParticipationNotFoundError: 404,
    ParticipationDeletedError: 403,
    AlreadySharedError: 409,
    AssessmentNotCompletedError: 409,
    NotYetAllowedError: 409,
    ResultsNotSharedError: 403,
    CampaignCodeExhaustedError: 503,
}

CODE_BY_STATUS = {
    400: "BAD_REQUEST",
    401: "UNAUTHENTICATED",
    403: "FORBIDDEN",
    404: "NOT_FOUND",
    405: "METHOD_NOT_ALLOWED",
    409: "CONFLICT",
    413: "PAYLOAD_TOO_LARGE",
    415: "UNSUPPORTED_MEDIA_TYPE",
    422: "VALIDATION_ERROR",
    429: "TOO_MANY_REQUESTS",
    500: "INTERNAL_ERROR",
    503: "SERVICE_UNAVAILABLE",
}


class FieldProblem(BaseModel):
    field: str = Field(description="Dotted path of the invalid field, e.g. `password`.")
    code: str = Field(description="Stable code of the rule broken, e.g. `WEAK_PASSWORD`.")
    message: str = Field(description="Human-readable explanation (English).")


class Problem(BaseModel):
    """RFC 9457 problem details, the body of every error response."""

    type: str = Field(description="URI reference identifying the problem type.")
    title: str = Field(description="Short summary of the problem type.")
    status: int = Field(description="HTTP status code.")
    detail: str = Field(description="Explanation specific to this occurrence.")
    code: str = Field(description="Stable machine-readable code, e.g. `EMAIL_ALREADY_USED`.")
    errors: list[FieldProblem] | None = Field(
        None, description="Per-field validation errors, when the input was invalid."
    )
    request_id: str | None = Field(None, description="Identifier of the request in the logs.")


def problem_response(
    request: Request,
    status: int,
    code: str,
    detail: str,
    *,
    errors: list[dict[str, str]] | None = None,
    headers: dict[str, str] | None = None,
    meta: dict[str, Any] | None = None,
) -> JSONResponse:
    body: dict[str, Any] = {
        "type": f"/problems/{code.lower().replace('_', '-')}",
        "title": HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
        "code": code,
        "request_id": getattr(request.state, "request_id", None),
    }
    if errors is not None:
        body["errors"] = errors
    if meta:
        body.update(meta)
    if body["request_id"]:
        headers = {**(headers or {}), "X-Request-ID": body["request_id"]}
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON, headers=headers)


def _field_name(loc: tuple[Any, ...]) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "header", "cookie")]
    return ".".join(parts) or "body"


_PYDANTIC_CODES = {
    "missing": "REQUIRED",
    "value_error": "INVALID_VALUE",
    "string_too_long": "TOO_LONG",
    "string_too_short": "TOO_SHORT",
    "enum": "INVALID_CHOICE",
    "literal_error": "INVALID_CHOICE",
}


def _validation_problem(request: Request, exc: RequestValidationError) -> JSONResponse:
    raw = exc.errors()
    if any(e.get("type") == "json_invalid" for e in raw):
        return problem_response(
            request, 400, "MALFORMED_JSON", "The request body is not valid JSON."
        )
    errors = []
    for e in raw:
        field = _field_name(tuple(e.get("loc", ())))
        code = _PYDANTIC_CODES.get(e.get("type", ""), "INVALID_VALUE")
        if field.split(".")[-1] == "email" and code == "INVALID_VALUE":
            code = "INVALID_EMAIL"
        errors.append({"field": field, "code": code, "message": str(e.get("msg", "invalid"))})
    return problem_response(
        request, 422, "VALIDATION_ERROR", "Some fields are invalid.", errors=errors
    )


def install_problem_handlers(app: FastAPI) -> None:
    async def on_domain_error(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, DomainError)
        status = next(
            (s for cls, s in STATUS_BY_ERROR.items() if type(exc) is cls),
            next((s for cls, s in STATUS_BY_ERROR.items() if isinstance(exc, cls)), 400),
        )
        errors = None
        if isinstance(exc, InvalidInputError):
            errors = [{"field": e.field, "code": e.code, "message": e.message} for e in exc.errors]
        headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
        return problem_response(
            request, status, exc.code, exc.detail, errors=errors, meta=exc.meta, headers=headers
        )

    async def on_http_error(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, StarletteHTTPException)
        code = CODE_BY_STATUS.get(exc.status_code, "HTTP_ERROR")
        detail = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).phrase
        if exc.status_code == 404 and detail == "Not Found":
            detail = "No resource at this address."
        return problem_response(request, exc.status_code, code, detail, headers=exc.headers)

    async def on_validation_error(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        return _validation_problem(request, exc)

    async def on_unexpected(request: Request, exc: Exception) -> JSONResponse:
        request_id = getattr(request.state, "request_id", None)
        logger.exception("unhandled error (request_id=%s)", request_id)
        return problem_response(
            request,
            500,
            "INTERNAL_ERROR",
            "An unexpected error occurred. Quote the request id to the support team.",
        )

    app.add_exception_handler(DomainError, on_domain_error)
    app.add_exception_handler(StarletteHTTPException, on_http_error)
    app.add_exception_handler(RequestValidationError, on_validation_error)
    app.add_exception_handler(Exception, on_unexpected)


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses=` entries declaring the problem format for the given statuses."""
    return {
        status: {
            "model": Problem,
            "description": HTTPStatus(status).phrase,
            "content": {PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/Problem"}}},
        }
        for status in statuses
    }
