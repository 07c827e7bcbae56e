"""Mes tutos: recommended after failures, saved, rated useful."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Response

from api.http.auth import CurrentClaims
from api.http.deps import ContainerDep, UowDep
from api.http.problems import problem_responses
from api.http.schemas.tutorials import TutorialCardList, TutorialCardRead, TutorialRating
from domain.tutorials.use_cases.my_tutorials import (
    list_recommended_tutorials,
    list_saved_tutorials,
    rate_tutorial,
    save_tutorial,
)

router = APIRouter(tags=["tutorials"])
Locale = Annotated[Literal["fr", "en"], Query(description="Language of the texts.")]


@router.get(
    "/me/tutorials/recommended", response_model=TutorialCardList, responses=problem_responses(401)
)
async def list_recommended(
    claims: CurrentClaims, container: ContainerDep, uow: UowDep, locale: Locale = "fr"
) -> TutorialCardList:
    """Tutorials of the skills the learner failed."""
    cards = await list_recommended_tutorials(claims.user_id, uow=uow, content=container.content)
    return TutorialCardList(items=[TutorialCardRead.of(c, locale) for c in cards])


@router.get(
    "/me/tutorials/saved", response_model=TutorialCardList, responses=problem_responses(401)
)
async def list_saved(
    claims: CurrentClaims, container: ContainerDep, uow: UowDep, locale: Locale = "fr"
) -> TutorialCardList:
    """Tutorials the learner saved, most recent first."""
    cards = await list_saved_tutorials(claims.user_id, uow=uow, content=container.content)
    return TutorialCardList(items=[TutorialCardRead.of(c, locale) for c in cards])


@router.put(
    "/me/saved-tutorials/{tutorial_id}", status_code=204, responses=problem_responses(401, 404)
)
async def save(
    tutorial_id: str, claims: CurrentClaims, container: ContainerDep, uow: UowDep
) -> Response:
    """Save a tutorial (idempotent)."""
    await save_tutorial(
        claims.user_id,
        tutorial_id,
        saved=True,
        uow=uow,
        content=container.content,
        clock=container.clock,
    )
    return Response(status_code=204)


@router.delete(
    "/me/saved-tutorials/{tutorial_id}", status_code=204, responses=problem_responses(401, 404)
)
async def unsave(
    tutorial_id: str, claims: CurrentClaims, container: ContainerDep, uow: UowDep
) -> Response:
    """Remove a tutorial from the saved ones (idempotent)."""
    await save_tutorial(
        claims.user_id,
        tutorial_id,
        saved=False,
        uow=uow,
        content=container.content,
        clock=container.clock,
    )
    return Response(status_code=204)


@router.put(
    "/me/tutorial-evaluations/{tutorial_id}",
    status_code=204,
    responses=problem_responses(401, 404, 422),
)
async def rate(
    tutorial_id: str,
    body: TutorialRating,
    claims: CurrentClaims,
    container: ContainerDep,
    uow: UowDep,
) -> Response:
    """Tuto utile: tell whether a tutorial helped."""
    await rate_tutorial(
        claims.user_id,
        tutorial_id,
        useful=body.useful,
        uow=uow,
        content=container.content,
        clock=container.clock,
    )
    return Response(status_code=204)
