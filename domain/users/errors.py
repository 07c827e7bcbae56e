from __future__ import annotations

from domain.shared.errors import DomainError


class EmailAlreadyUsedError(DomainError):
    code = "EMAIL_ALREADY_USED"
    default_detail = "An account already uses this email address."


class InvalidCredentialsError(DomainError):
    code = "INVALID_CREDENTIALS"
    default_detail = "The email address or the password is incorrect."


class AccountTemporarilyBlockedError(DomainError):
    code = "ACCOUNT_TEMPORARILY_BLOCKED"
    default_detail = "Too many failed attempts: this account is blocked for a while."


class InvalidRefreshTokenError(DomainError):
    code = "INVALID_REFRESH_TOKEN"
    default_detail = "The session has expired or was closed. Please log in again."


class InvalidResetTokenError(DomainError):
    code = "INVALID_RESET_TOKEN"
    default_detail = "This password reset link is invalid, expired or already used."


class WrongCurrentPasswordError(DomainError):
    code = "WRONG_CURRENT_PASSWORD"
    default_detail = "The current password is incorrect."


class UserNotFoundError(DomainError):
    code = "USER_NOT_FOUND"
    default_detail = "This user does not exist."
