"""Authentication (who is asking) is an HTTP concern; authorisation lives in domain.access."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends
from fastapi.security import OAuth2PasswordBearer

from api.http.deps import ContainerDep
from api.security.tokens import AccessClaims, InvalidAccessTokenError
from domain.shared.errors import DomainError


class NotAuthenticatedError(DomainError):
    code = "UNAUTHENTICATED"
    default_detail = "Authentication is required: send a valid bearer access token."


class InvalidAccessTokenDomainError(DomainError):
    code = "INVALID_ACCESS_TOKEN"
    default_detail = "The access token is invalid or expired. Log in again or refresh it."


oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/api/v1/token", auto_error=False)


async def get_claims(
    container: ContainerDep, token: Annotated[str | None, Depends(oauth2_scheme)]
) -> AccessClaims:
    if not token:
        raise NotAuthenticatedError()
    try:
        return container.tokens.decode(token)
    except InvalidAccessTokenError as error:
        raise InvalidAccessTokenDomainError() from error


CurrentClaims = Annotated[AccessClaims, Depends(get_claims)]
