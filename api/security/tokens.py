"""Signed access tokens (python-jose, HS256) and stored-secret helpers."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from jose import JWTError, jwt

ISSUER = "pix-libre"
AUDIENCES = frozenset({"pix-app", "pix-orga", "pix-admin"})
ALGORITHM = "HS256"


class InvalidAccessTokenError(Exception):
    """Expired, forged, malformed or meant for another audience."""


@dataclass(frozen=True)
class AccessClaims:
    user_id: int
    audience: str


class JwtAccessTokens:
    def __init__(self, secret_key: str, lifetime: timedelta) -> None:
        self._key = secret_key
        self._lifetime = lifetime

    def issue(self, user_id: int, audience: str) -> tuple[str, int]:
        if audience not in AUDIENCES:
            raise ValueError(f"unknown audience {audience!r}")
        now = datetime.now(UTC)
        claims = {
            "sub": str(user_id),
            "aud": audience,
            "iss": ISSUER,
            "iat": int(now.timestamp()),
            "exp": int((now + self._lifetime).timestamp()),
            "jti": uuid.uuid4().hex,
        }
        return jwt.encode(claims, self._key, algorithm=ALGORITHM), int(
            self._lifetime.total_seconds()
        )

    def issue_download(self, user_id: int, campaign_id: int) -> tuple[str, int]:
        """A token a browser can put in a link: one campaign's export, for one minute."""
        now = datetime.now(UTC)
        claims = {
            "sub": str(user_id),
            "aud": DOWNLOAD_AUDIENCE,
            "iss": ISSUER,
            "cid": campaign_id,
            "exp": int((now + DOWNLOAD_LIFETIME).timestamp()),
        }
        token = jwt.encode(claims, self._key, algorithm=ALGORITHM)
        return token, int(DOWNLOAD_LIFETIME.total_seconds())

    def decode_download(self, token: str, campaign_id: int) -> int | None:
        """The user a download token was issued to, if it is valid for this campaign."""
        try:
            claims = jwt.decode(
                token, self._key, algorithms=[ALGORITHM], audience=DOWNLOAD_AUDIENCE, issuer=ISSUER
            )
        except JWTError:
            return None
        if claims.get("cid") != campaign_id:
            return None
        try:
            return int(claims["sub"])
        except (KeyError, ValueError):
            return None

    def decode(self, token: str) -> AccessClaims:
        try:
            header = jwt.get_unverified_header(token)
            if header.get("alg") != ALGORITHM:
                raise InvalidAccessTokenError("unexpected algorithm")
            claims = jwt.decode(
                token,
                self._key,
                algorithms=[ALGORITHM],
                issuer=ISSUER,
                options={"verify_aud": False, "require_exp": True, "require_sub": True},
            )
        except JWTError as error:
            raise InvalidAccessTokenError(str(error)) from error
        audience = claims.get("aud")
        if audience not in AUDIENCES:
            raise InvalidAccessTokenError("wrong audience")
        try:
            return AccessClaims(user_id=int(claims["sub"]), audience=audience)
        except (KeyError, ValueError) as error:
            raise InvalidAccessTokenError("bad subject") from error


DOWNLOAD_AUDIENCE = "pix-download"
DOWNLOAD_LIFETIME = timedelta(minutes=1)


class UrlSafeSecrets:
    """Secrets are 256-bit random strings; only their SHA-256 is stored."""

    def new_secret(self) -> str:
        return secrets.token_urlsafe(32)

    def fingerprint(self, secret: str) -> str:
        return hashlib.sha256(secret.encode()).hexdigest()


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)
