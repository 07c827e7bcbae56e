"""Operations: health, and the development mail outbox."""

from __future__ import annotations

from functools import cache
from importlib.metadata import PackageNotFoundError, version

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from api.http.deps import ContainerDep, UowDep
from api.http.problems import problem_responses
from api.http.schemas.system import Health, OutboxMail
from api.mail.senders import OutboxMailSender
from domain.operations.use_cases.check_health import check_health
from domain.shared.errors import NotFoundError

router = APIRouter(tags=["system"])


@cache  # read from the installed metadata once: it costs more than the whole health check
def _version() -> str:
    try:
        return version("pix-libre")
    except PackageNotFoundError:
        return "0.0.0"


@router.get("/health", response_model=Health, responses={503: {"model": Health}})
async def read_health(container: ContainerDep, uow: UowDep) -> JSONResponse:
    """Liveness and readiness: checks the database and reports the content release."""
    report = await check_health(uow=uow, content=container.content)
    health = Health(
        status="ok" if report.database_ok else "degraded",
        database="ok" if report.database_ok else "unreachable",
        content_release=report.content_release,
        version=_version(),
    )
    return JSONResponse(health.model_dump(), status_code=200 if report.database_ok else 503)


@router.get("/dev/outbox", response_model=list[OutboxMail], responses=problem_responses(404))
async def list_outbox(container: ContainerDep) -> list[OutboxMail]:
    """Development only: the latest mails the outbox stored instead of sending them."""
    mailer = container.mailer
    if not container.settings.is_development or not isinstance(mailer, OutboxMailSender):
        raise NotFoundError("No resource at this address.")
    return [OutboxMail.model_validate(m) for m in mailer.list()]
