from __future__ import annotations

from domain.shared.ports import Clock, SecretGenerator
from domain.unit_of_work import UnitOfWork
from domain.users.model import Locale, OutgoingMail, PasswordResetToken, normalise_email
from domain.users.policy import AccountPolicy


async def request_password_reset(
    *,
    email: str,
    reset_url: str,
    uow: UnitOfWork,
    secrets: SecretGenerator,
    clock: Clock,
    policy: AccountPolicy,
) -> OutgoingMail | None:
    """Prepare a reset link for an existing account; the caller sends the mail after commit.

    Returns None for an unknown email, and the caller answers exactly as if it existed.
    `reset_url` is the page address; the token is appended as `?token=…`.
    """
    now = clock.now()
    secret = secrets.new_secret()
    fingerprint = secrets.fingerprint(secret)
    async with uow:
        user = await uow.users.get_by_email(normalise_email(email))
        if user is None or user.id is None:
            return None
        await uow.password_reset_tokens.add(
            PasswordResetToken(
                id=None,
                user_id=user.id,
                fingerprint=fingerprint,
                created_at=now,
                expires_at=now + policy.password_reset_lifetime,
            )
        )
        await uow.commit()
    hours = int(policy.password_reset_lifetime.total_seconds() // 3600)
    link = f"{reset_url}?token={secret}"
    if user.locale == Locale.EN:
        return OutgoingMail(
            to=user.email,
            subject="Reset your Pix password",
            text=(
                f"Hello {user.first_name},\n\nTo choose a new password, open this link "
                f"(valid {hours} hours, usable once):\n{link}\n\n"
                "If you did not ask for it, ignore this message: your password is unchanged.\n"
            ),
        )
    return OutgoingMail(
        to=user.email,
        subject="Réinitialisation de votre mot de passe Pix",
        text=(
            f"Bonjour {user.first_name},\n\nPour choisir un nouveau mot de passe, ouvrez ce lien "
            f"(valable {hours} heures, utilisable une seule fois) :\n{link}\n\n"
            "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : "
            "votre mot de passe reste inchangé.\n"
        ),
    )
