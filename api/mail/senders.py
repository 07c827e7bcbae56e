"""Mail delivery: an SMTP sender for real deployments, a folder outbox for development."""

from __future__ import annotations

import asyncio
import json
import logging
import smtplib
import uuid
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any, Protocol

from domain.users.model import OutgoingMail


class MailSender(Protocol):
    async def send(self, mail: OutgoingMail) -> None: ...


def _message(mail: OutgoingMail, sender: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = mail.to
    message["Subject"] = mail.subject
    message.set_content(mail.text)
    return message


class SmtpMailSender:
    def __init__(
        self,
        *,
        host: str,
        port: int,
        sender: str,
        username: str | None = None,
        password: str | None = None,
        starttls: bool = False,
        timeout: float = 10.0,
    ) -> None:
        self._host, self._port, self._sender = host, port, sender
        self._username, self._password = username, password
        self._starttls, self._timeout = starttls, timeout

    async def send(self, mail: OutgoingMail) -> None:
        # smtplib blocks; a thread keeps the event loop free.
        await asyncio.to_thread(self._send_now, _message(mail, self._sender))

    def _send_now(self, message: EmailMessage) -> None:
        with smtplib.SMTP(self._host, self._port, timeout=self._timeout) as client:
            if self._starttls:
                client.starttls()
            if self._username and self._password:
                client.login(self._username, self._password)
            client.send_message(message)


class OutboxMailSender:
    """Development delivery: each mail becomes a JSON file, listed at /api/v1/dev/outbox."""

    def __init__(self, folder: Path, sender: str) -> None:
        self._folder = folder
        self._sender = sender

    async def send(self, mail: OutgoingMail) -> None:
        self._folder.mkdir(parents=True, exist_ok=True)
        sent_at = datetime.now(UTC)
        record = {
            "id": uuid.uuid4().hex,
            "sent_at": sent_at.isoformat(),
            "from": self._sender,
            "to": mail.to,
            "subject": mail.subject,
            "text": mail.text,
        }
        name = f"{sent_at.strftime('%Y%m%dT%H%M%S%f')}-{record['id']}.json"
        (self._folder / name).write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")

    def list(self, limit: int = 50) -> list[dict[str, Any]]:
        if not self._folder.exists():
            return []
        files = sorted(self._folder.glob("*.json"), reverse=True)[:limit]
        return [json.loads(path.read_text(encoding="utf-8")) for path in files]


async def deliver_quietly(sender: MailSender, mail: OutgoingMail) -> None:
    """Send after the response; a failing mail server is logged, never shown to the requester."""
    try:
        await sender.send(mail)
    except Exception:
        logging.getLogger("pix.mail").exception("mail to %s could not be sent", mail.to)
