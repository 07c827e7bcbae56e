"""The learning content: the public framework, and release imports by administrators."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Query

from api.content.catalog import check_release
from api.content.release import release_bytes
from api.http.auth import CurrentClaims
from api.http.deps import ContainerDep, UowDep
from api.http.problems import problem_responses
from api.http.schemas.content import ContentReleaseRead, FrameworkRead
from domain.learning_content.errors import InvalidContentReleaseError
from domain.learning_content.use_cases.get_framework import get_framework
from domain.learning_content.use_cases.import_release import (
    authorize_release_import,
    import_release,
)

router = APIRouter(tags=["content"])


@router.get("/framework", response_model=FrameworkRead, responses=problem_responses(503))
async def read_framework(
    container: ContainerDep,
    locale: Annotated[Literal["fr", "en"], Query(description="Language of the texts.")] = "fr",
) -> FrameworkRead:
    """The framework: 5 areas, 16 competences and their topics (public)."""
    return FrameworkRead.of(get_framework(content=container.content), locale)


@router.post(
    "/admin/content-releases",
    status_code=201,
    response_model=ContentReleaseRead,
    responses=problem_responses(401, 403, 422),
)
async def create_content_release(
    document: Annotated[
        dict[str, Any], Body(description="A release built by `pix content build`.")
    ],
    claims: CurrentClaims,
    container: ContainerDep,
    uow: UowDep,
) -> ContentReleaseRead:
    """Import and activate a content release (platform administrators); invalid ones change nothing."""
    # Checking a release runs every reference answer: only administrators may make us do it.
    await authorize_release_import(uow=uow, requested_by=claims.user_id)
    content, problems = check_release(document)
    if content is None:
        raise InvalidContentReleaseError(problems)
    await import_release(
        content,
        release_bytes(document).decode(),
        problems,
        uow=uow,
        clock=container.clock,
        requested_by=claims.user_id,
    )
    container.content.replace(content)
    return ContentReleaseRead(
        release_id=content.release_id,
        competences=len(content.competences),
        skills=len(content.skills),
        challenges=len(content.challenges),
    )
