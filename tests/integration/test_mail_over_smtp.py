"""A real SMTP conversation: the reset mail leaves through SmtpMailSender to a local server."""

from __future__ import annotations

import re
import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message
from typing import Any

import httpx
import pytest
from aiosmtpd.controller import Controller

from api.app import create_app
from api.composition import build_container
from api.settings import MailBackend, Settings
from tests.builders import log_in, sign_up
from tests.conftest import SteppingClock
from tests.database import empty_all_tables


@dataclass
class Inbox:
    messages: list[Message] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(message_from_bytes(envelope.content))
        return "250 Message accepted for delivery"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def smtp_server() -> Iterator[tuple[Inbox, int]]:
    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


async def test_password_reset_mail_goes_through_smtp(
    settings: Settings, clock: SteppingClock, smtp_server: tuple[Inbox, int]
):
    inbox, port = smtp_server
    smtp_settings = settings.model_copy(
        update={"mail_backend": MailBackend.SMTP, "smtp_host": "127.0.0.1", "smtp_port": port}
    )
    container = build_container(smtp_settings, clock=clock)
    transport = httpx.ASGITransport(app=create_app(container=container))
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            await sign_up(client, email="lea@example.org", locale="en")
            requested = await client.post(
                "/api/v1/password-reset-requests", json={"email": "lea@example.org"}
            )

            (mail,) = inbox.messages
            body = mail.get_payload(decode=True).decode()  # type: ignore[union-attr]
            token = re.search(r"\?token=([\w-]+)", body)
            assert token
            reset = await client.post(
                "/api/v1/password-resets",
                json={"token": token.group(1), "new_password": "Over-Smtp-Pass5"},
            )
            logged_in = await log_in(client, "lea@example.org", "Over-Smtp-Pass5")
    finally:
        await empty_all_tables(container.engine)
        await container.close()

    assert requested.status_code == 202
    assert mail["To"] == "lea@example.org"
    assert mail["Subject"] == "Reset your Pix password"
    assert "http://localhost:8000/changer-mot-de-passe?token=" in body
    assert reset.status_code == 204
    assert logged_in.status_code == 200


async def test_an_unreachable_mail_server_does_not_change_the_answer(
    settings: Settings, clock: SteppingClock
):
    smtp_settings = settings.model_copy(
        update={
            "mail_backend": MailBackend.SMTP,
            "smtp_host": "127.0.0.1",
            "smtp_port": free_port(),
        }
    )
    container = build_container(smtp_settings, clock=clock)
    transport = httpx.ASGITransport(app=create_app(container=container))
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            await sign_up(client, email="lea@example.org")
            response = await client.post(
                "/api/v1/password-reset-requests", json={"email": "lea@example.org"}
            )
    finally:
        await empty_all_tables(container.engine)
        await container.close()

    assert response.status_code == 202
