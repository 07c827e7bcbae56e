from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from domain.users.model import IssuedTokens, User


class UserCreate(BaseModel):
    """Sign-up form of a personal account."""

    model_config = ConfigDict(extra="forbid")

    first_name: str = Field(max_length=255, description="First name (prénom).")
    last_name: str = Field(max_length=255, description="Last name (nom).")
    email: str = Field(max_length=255, description="Email address; unique, case-insensitive.")
    password: str = Field(
        max_length=255,
        description="At least 8 characters with an upper-case letter, a lower-case one and a digit.",
    )
    terms_accepted: bool = Field(description="The terms of use must be accepted (true).")
    locale: Literal["fr", "en"] = Field("fr", description="Preferred language.")


class UserRead(BaseModel):
    """A personal account, as its owner sees it."""

    id: int = Field(description="User id.")
    first_name: str = Field(description="First name.")
    last_name: str = Field(description="Last name.")
    email: str = Field(description="Email address (normalised to lower case).")
    locale: str = Field(description="Preferred language: fr or en.")
    is_super_admin: bool = Field(description="Whether the user administers the platform.")
    orga_terms_accepted_at: datetime | None = Field(
        description="When the user accepted Pix Orga's terms, if ever."
    )
    created_at: datetime = Field(description="When the account was created.")

    @classmethod
    def of(cls, user: User) -> UserRead:
        assert user.id is not None
        return cls(
            id=user.id,
            first_name=user.first_name,
            last_name=user.last_name,
            email=user.email,
            locale=user.locale.value,
            is_super_admin=user.is_super_admin,
            orga_terms_accepted_at=user.orga_terms_accepted_at,
            created_at=user.created_at,
        )


class TokenRead(BaseModel):
    """OAuth2 token response."""

    access_token: str = Field(description="Short-lived JWT to send as `Authorization: Bearer …`.")
    token_type: Literal["bearer"] = Field("bearer", description="Always `bearer`.")
    expires_in: int = Field(description="Lifetime of the access token, in seconds.")
    refresh_token: str = Field(
        description="Single-use secret to obtain a new pair (grant_type=refresh_token)."
    )
    user_id: int = Field(description="Id of the authenticated user.")

    @classmethod
    def of(cls, issued: IssuedTokens) -> TokenRead:
        return cls(
            access_token=issued.access_token,
            expires_in=issued.expires_in,
            refresh_token=issued.refresh_token,
            user_id=issued.user_id,
        )


class RevokeRequest(BaseModel):
    """Log out: the refresh token of the session to close."""

    model_config = ConfigDict(extra="forbid")

    refresh_token: str = Field(max_length=512, description="Refresh token of the session.")


class PasswordChange(BaseModel):
    model_config = ConfigDict(extra="forbid")

    current_password: str = Field(max_length=255, description="The password in use today.")
    new_password: str = Field(max_length=255, description="The new password (same rule).")


class PasswordResetRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    email: str = Field(max_length=255, description="Email address of the account.")


class PasswordReset(BaseModel):
    model_config = ConfigDict(extra="forbid")

    token: str = Field(max_length=512, description="The secret from the emailed link.")
    new_password: str = Field(max_length=255, description="The new password.")
