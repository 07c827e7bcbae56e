"""create_app(): the FastAPI application, its error format, middleware and the two SPAs."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.routing import APIRoute

from api.composition import Container, build_container
from api.http.middleware import RequestContextMiddleware
from api.http.problems import Problem, install_problem_handlers
from api.http.v1 import router as v1_router
from api.settings import Settings
from api.static import FrontEnds

DESCRIPTION = """
Public API of **Pix libre**, an open implementation of the Pix digital-skills service.

* Authenticate with `POST /api/v1/token` (OAuth2 password flow; the *Authorize* button works).
* Every error is an RFC 9457 problem (`application/problem+json`) with a stable `code`.
"""


def _operation_id(route: APIRoute) -> str:
    tag = route.tags[0] if route.tags else "default"
    return f"{tag}-{route.name}"


def create_app(settings: Settings | None = None, *, container: Container | None = None) -> FastAPI:
    settings = settings or (container.settings if container else Settings())
    logging.basicConfig(level=settings.log_level, format="%(message)s")

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        owned = container is None
        app.state.container = active = container or build_container(settings)
        await active.content.refresh(active.uow())
        watcher = asyncio.create_task(
            active.content.watch(active.uow, settings.content_refresh_seconds)
        )
        try:
            yield
        finally:
            watcher.cancel()
            if owned:
                await active.close()

    app = FastAPI(
        title="Pix libre API",
        version="1.0.0",
        description=DESCRIPTION,
        lifespan=lifespan,
        docs_url="/api/docs",
        redoc_url=None,
        openapi_url="/api/openapi.json",
        generate_unique_id_function=_operation_id,
        swagger_ui_parameters={"persistAuthorization": True},
    )
    if container is not None:
        app.state.container = container
    install_problem_handlers(app)
    app.include_router(v1_router)
    app.add_middleware(
        RequestContextMiddleware,
        max_body_bytes=settings.max_body_bytes,
        larger_bodies={"/api/v1/admin/content-releases": settings.max_release_bytes},
    )
    _register_problem_schema(app)
    app.router.default = FrontEnds(settings.app_dist, settings.orga_dist)
    return app


def _register_problem_schema(app: FastAPI) -> None:
    """Make sure `Problem` is in the spec's components even before a route references it."""
    original = app.openapi

    def openapi() -> dict[str, object]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = original()
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        components.setdefault(
            "Problem", Problem.model_json_schema(ref_template="#/components/schemas/{model}")
        )
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
