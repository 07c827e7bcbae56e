"""ASGI middleware: request ids, one structured log line per request, body size limit."""

from __future__ import annotations

import json
import logging
import time
import uuid
from http import HTTPStatus
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

access_logger = logging.getLogger("pix.access")


class RequestContextMiddleware:
    """Gives each request an id, refuses oversized bodies, and logs one JSON line at the end."""

    def __init__(
        self, app: ASGIApp, *, max_body_bytes: int, larger_bodies: dict[str, int] | None = None
    ) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        # Exact paths allowed a bigger body (content release imports).
        self.larger_bodies = larger_bodies or {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = _incoming_request_id(scope) or uuid.uuid4().hex
        limit = self.larger_bodies.get(scope["path"], self.max_body_bytes)
        scope.setdefault("state", {})["request_id"] = request_id
        started = time.perf_counter()
        status = 500
        response_started = False
        refused = False

        async def send_with_id(message: Message) -> None:
            nonlocal status, response_started
            if refused:
                return  # the 413 went out already; the app's late answer is dropped
            if message["type"] == "http.response.start":
                status = message["status"]
                response_started = True
                headers = list(message.get("headers", []))
                if not any(name.lower() == b"x-request-id" for name, _ in headers):
                    headers.append((b"x-request-id", request_id.encode()))
                message = {**message, "headers": headers}
            await send(message)

        received = 0

        async def limited_receive() -> Message:
            # A body without Content-Length is counted as it streams in; past the limit the
            # client gets its 413 and the app sees a disconnect, so it stops reading.
            nonlocal received, refused
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit and not response_started:
                    await _send_too_large(send_with_id, request_id, limit)
                    refused = True
                    return {"type": "http.disconnect"}
            return message

        try:
            declared = _content_length(scope)
            if declared is not None and declared > limit:
                await _send_too_large(send_with_id, request_id, limit)
            else:
                await self.app(scope, limited_receive, send_with_id)
        finally:
            access_logger.info(
                json.dumps(
                    {
                        "event": "request",
                        "method": scope["method"],
                        "path": scope["path"],
                        "status": status,
                        "duration_ms": round((time.perf_counter() - started) * 1000, 2),
                        "request_id": request_id,
                    }
                )
            )


def _incoming_request_id(scope: Scope) -> str | None:
    for name, value in scope.get("headers", []):
        if name == b"x-request-id":
            candidate = value.decode("latin-1")
            if 0 < len(candidate) <= 64 and candidate.replace("-", "").isalnum():
                return candidate
    return None


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _send_too_large(send: Any, request_id: str, limit: int) -> None:
    body = json.dumps(
        {
            "type": "/problems/payload-too-large",
            "title": HTTPStatus(413).phrase,
            "status": 413,
            "detail": f"The request body exceeds {limit} bytes.",
            "code": "PAYLOAD_TOO_LARGE",
            "request_id": request_id,
        }
    ).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"application/problem+json"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
