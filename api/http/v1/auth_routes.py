"""Sessions: OAuth2 password and refresh-token grants, and log-out."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Form, Response

from api.http.deps import ContainerDep, UowDep
from api.http.problems import problem_responses
from api.http.schemas.users import RevokeRequest, TokenRead
from api.security.tokens import AUDIENCES
from domain.shared.errors import FieldError, InvalidInputError
from domain.users.use_cases.log_in import log_in
from domain.users.use_cases.log_out import log_out
from domain.users.use_cases.refresh_session import refresh_session

router = APIRouter(tags=["auth"])


def _audience(client_id: str | None) -> str:
    audience = client_id or "pix-app"
    if audience not in AUDIENCES:
        raise InvalidInputError(
            [FieldError("client_id", "UNKNOWN_CLIENT", f"Known clients: {sorted(AUDIENCES)}.")]
        )
    return audience


@router.post("/token", response_model=TokenRead, responses=problem_responses(401, 403, 422))
async def create_token(
    container: ContainerDep,
    uow: UowDep,
    grant_type: Annotated[
        Literal["password", "refresh_token"],
        Form(description="`password` to log in, `refresh_token` to renew a session."),
    ],
    username: Annotated[
        str | None, Form(max_length=255, description="Email (password grant).")
    ] = None,
    password: Annotated[
        str | None, Form(max_length=255, description="Password (password grant).")
    ] = None,
    refresh_token: Annotated[
        str | None, Form(max_length=512, description="Refresh token (refresh_token grant).")
    ] = None,
    client_id: Annotated[
        str | None, Form(description="Application: pix-app (default), pix-orga, pix-admin.")
    ] = None,
) -> TokenRead:
    """Log in (password grant) or renew a session (refresh_token grant)."""
    audience = _audience(client_id)
    c = container
    if grant_type == "password":
        missing = [
            FieldError(name, "REQUIRED", f"{name} is required with grant_type=password.")
            for name, value in (("username", username), ("password", password))
            if not value
        ]
        if missing:
            raise InvalidInputError(missing)
        issued = await log_in(
            email=username or "",
            password=password or "",
            audience=audience,
            uow=uow,
            hasher=c.hasher,
            tokens=c.tokens,
            secrets=c.secrets,
            clock=c.clock,
            policy=c.policy,
        )
    else:
        if not refresh_token:
            raise InvalidInputError(
                [FieldError("refresh_token", "REQUIRED", "refresh_token is required.")]
            )
        issued = await refresh_session(
            refresh_token=refresh_token,
            audience=audience,
            uow=uow,
            tokens=c.tokens,
            secrets=c.secrets,
            clock=c.clock,
            policy=c.policy,
        )
    return TokenRead.of(issued)


@router.post("/token/revoke", status_code=204, responses=problem_responses(422))
async def revoke_token(body: RevokeRequest, container: ContainerDep, uow: UowDep) -> Response:
    """Log out: close the session of a refresh token (always answers 204)."""
    await log_out(
        refresh_token=body.refresh_token, uow=uow, secrets=container.secrets, clock=container.clock
    )
    return Response(status_code=204)
