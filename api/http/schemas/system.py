from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class Health(BaseModel):
    status: Literal["ok", "degraded"] = Field(description="ok when every check passes.")
    database: Literal["ok", "unreachable"] = Field(description="Database round-trip check.")
    content_release: str | None = Field(
        description="Id of the learning-content release in memory (none loaded yet: null)."
    )
    version: str = Field(description="Version of the service.")


class OutboxMail(BaseModel):
    id: str = Field(description="Mail id.")
    sent_at: str = Field(description="When it was stored (ISO 8601).")
    to: str = Field(description="Recipient.")
    subject: str = Field(description="Subject.")
    text: str = Field(description="Plain-text body.")
