"""Playing tests: next challenge, answers, corrections, reports, competence evaluations, profile."""

from __future__ import annotations

import base64
import math
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Response

from api.http.auth import CurrentClaims
from api.http.deps import MAX_PAGE, ContainerDep, Id, UowDep
from api.http.markdown import render_challenge_markdown
from api.http.problems import problem_responses
from api.http.schemas.assessments import (
    AnswerCreate,
    AnswerList,
    AnswerRead,
    AnswerSummary,
    ChallengeRead,
    CompetenceEvaluationCreate,
    CompetenceEvaluationRead,
    CorrectionRead,
    NextChallengeRead,
    ReportCreate,
    ReportList,
    ReportRead,
    TimerStartCreate,
    TimerStartRead,
    TutorialRead,
)
from api.http.schemas.profile import ProfileRead
from domain.assessments.use_cases.answer_challenge import answer_challenge
from domain.assessments.use_cases.corrections import get_correction, list_answers
from domain.assessments.use_cases.get_next_challenge import NextChallenge, get_next_challenge
from domain.assessments.use_cases.report_problem import list_problem_reports, report_problem
from domain.assessments.use_cases.start_competence_evaluation import start_competence_evaluation
from domain.assessments.use_cases.start_timer import start_timer
from domain.knowledge.use_cases.get_profile import get_profile
from domain.knowledge.use_cases.reset_competence import reset_competence
from domain.learning_content.model import Tutorial, text_in
from domain.shared.errors import NotFoundError
from domain.users.use_cases.get_user import get_user

router = APIRouter(tags=["learning"])
Locale = Annotated[Literal["fr", "en"], Query(description="Language of the texts.")]


@router.get(
    "/assessments/{assessment_id}/next-challenge",
    response_model=NextChallengeRead,
    responses=problem_responses(401, 404),
)
async def read_next_challenge(
    assessment_id: Id, claims: CurrentClaims, container: ContainerDep, uow: UowDep
) -> NextChallengeRead:
    """The challenge to answer now (the same until answered), or `finished`."""
    found = await get_next_challenge(
        assessment_id,
        user_id=claims.user_id,
        uow=uow,
        content=container.content,
        views=container.engine_views,
        clock=container.clock,
    )
    return _next_challenge_read(found)


def _next_challenge_read(found: NextChallenge) -> NextChallengeRead:
    assessment_id = found.assessment.id
    assert assessment_id is not None
    release = found.assessment.content_release_id
    return NextChallengeRead(
        status="challenge" if found.challenge else "finished",
        assessment_id=assessment_id,
        answered_count=found.answered_count,
        challenge=ChallengeRead.of(
            found.challenge,
            found.assessment.locale,
            f"/api/v1/content-assets/{release}",
            shuffle_seed=str(assessment_id),
        )
        if found.challenge
        else None,
    )


@router.post(
    "/assessments/{assessment_id}/timer-start",
    response_model=TimerStartRead,
    responses=problem_responses(401, 404, 409, 422),
)
async def create_timer_start(
    assessment_id: Id,
    body: TimerStartCreate,
    claims: CurrentClaims,
    container: ContainerDep,
    uow: UowDep,
) -> TimerStartRead:
    """Start the timer of the timed challenge shown (idempotent: the first start counts).

    An answer given later than the timer plus a 5-second margin is recorded as timed out.
    """
    started = await start_timer(
        assessment_id,
        user_id=claims.user_id,
        challenge_id=body.challenge_id,
        uow=uow,
        content=container.content,
        clock=container.clock,
    )
    return TimerStartRead(
        challenge_id=started.challenge_id,
        started_at=started.started_at,
        seconds_left=math.ceil(started.time_left.total_seconds()),
    )


@router.post(
    "/assessments/{assessment_id}/answers",
    response_model=AnswerRead,
    status_code=201,
    responses=problem_responses(401, 404, 409, 422),
)
async def create_answer(
    assessment_id: Id,
    body: AnswerCreate,
    claims: CurrentClaims,
    container: ContainerDep,
    uow: UowDep,
) -> AnswerRead:
    """Answer the current challenge (final); replaying the same answer returns the first one.

    The response also carries what to show now (`next`: the next challenge or the end), so a
    learner needs one request per question; `next-challenge` serves the same on a reload.
    """
    value = (
        body.value.strip()
        if isinstance(body.value, str)
        else {k: v.strip() for k, v in body.value.items()}
    )
    outcome = await answer_challenge(
        assessment_id,
        user_id=claims.user_id,
        challenge_id=body.challenge_id,
        value=value,
        timed_out=body.timed_out,
        focused_out=body.focused_out,
        uow=uow,
        content=container.content,
        views=container.engine_views,
        clock=container.clock,
    )
    recorded = outcome.answer
    assert recorded.id is not None
    return AnswerRead(
        id=recorded.id,
        challenge_id=recorded.challenge_id,
        result=recorded.result,
        next=_next_challenge_read(outcome.next),
    )


@router.get(
    "/assessments/{assessment_id}/answers",
    response_model=AnswerList,
    responses=problem_responses(401, 404),
)
async def list_assessment_answers(
    assessment_id: Id, claims: CurrentClaims, container: ContainerDep, uow: UowDep
) -> AnswerList:
    """The answers given so far, oldest first (a checkpoint shows the last five)."""
    answered = await list_answers(
        assessment_id, user_id=claims.user_id, uow=uow, content=container.content
    )
    return AnswerList(
        items=[
            AnswerSummary(
                id=a.answer.id or 0,
                challenge_id=a.answer.challenge_id,
                result=a.answer.result,
                instruction_preview=_preview(a.challenge.texts["fr"].instruction)
                if a.challenge
                else "",
            )
            for a in answered
        ]
    )


def _preview(markdown: str, length: int = 120) -> str:
    plain = " ".join(markdown.replace("*", "").replace("`", "").split())
    return plain if len(plain) <= length else plain[: length - 1].rstrip() + "…"


@router.get(
    "/answers/{answer_id}/correction",
    response_model=CorrectionRead,
    responses=problem_responses(401, 404),
)
async def read_correction(
    answer_id: Id, claims: CurrentClaims, container: ContainerDep, uow: UowDep
) -> CorrectionRead:
    """Solution, explanation and tutorials of a challenge already answered (never before)."""
    correction = await get_correction(
        answer_id, user_id=claims.user_id, uow=uow, content=container.content
    )
    text = correction.challenge.texts.get(correction.locale) or correction.challenge.texts["fr"]

    def tutorial(t: Tutorial) -> TutorialRead:
        return TutorialRead(
            id=t.id,
            title=text_in(t.title, correction.locale),
            source=t.source,
            format=t.format,
            duration_minutes=t.duration_minutes,
            link=t.link,
        )

    return CorrectionRead(
        answer_id=answer_id,
        challenge_id=correction.challenge.id,
        result=correction.answer.result,
        instruction_html=render_challenge_markdown(text.instruction),
        solution_text=correction.solution,
        explanation_html=render_challenge_markdown(text.explanation),
        tutorials=[tutorial(t) for t in correction.tutorials],
        learning_more_tutorials=[tutorial(t) for t in correction.learning_more],
    )


@router.post(
    "/assessments/{assessment_id}/challenge-reports",
    response_model=ReportRead,
    status_code=201,
    responses=problem_responses(401, 404, 409, 422),
)
async def create_challenge_report(
    assessment_id: Id,
    body: ReportCreate,
    claims: CurrentClaims,
    container: ContainerDep,
    uow: UowDep,
) -> ReportRead:
    """Signaler un problème on a challenge the learner was shown."""
    report = await report_problem(
        assessment_id,
        user_id=claims.user_id,
        challenge_id=body.challenge_id,
        comment=body.comment,
        uow=uow,
        clock=container.clock,
    )
    return ReportRead.model_validate(report, from_attributes=True)


@router.get(
    "/admin/challenge-reports", response_model=ReportList, responses=problem_responses(401, 403)
)
async def list_challenge_reports(
    claims: CurrentClaims,
    uow: UowDep,
    page: Annotated[int, Query(ge=1, le=MAX_PAGE, description="Page number, from 1.")] = 1,
    page_size: Annotated[int, Query(ge=1, le=100, description="Reports per page.")] = 50,
) -> ReportList:
    """Problems reported by learners, newest first (platform administrators)."""
    reports = await list_problem_reports(
        requested_by=claims.user_id, uow=uow, limit=page_size, offset=(page - 1) * page_size
    )
    return ReportList(items=[ReportRead.model_validate(r, from_attributes=True) for r in reports])


@router.post(
    "/competence-evaluations",
    response_model=CompetenceEvaluationRead,
    status_code=201,
    responses=problem_responses(401, 404),
)
async def create_competence_evaluation(
    body: CompetenceEvaluationCreate,
    response: Response,
    claims: CurrentClaims,
    container: ContainerDep,
    uow: UowDep,
) -> CompetenceEvaluationRead:
    """Evaluate a whole competence from the profile card, or resume the one in progress (200)."""
    user = await get_user(claims.user_id, uow=container.uow())
    assessment, resumed = await start_competence_evaluation(
        body.competence_index,
        user_id=claims.user_id,
        locale=user.locale.value,
        uow=uow,
        content=container.content,
        clock=container.clock,
    )
    if resumed:
        response.status_code = 200
    return CompetenceEvaluationRead(
        assessment_id=assessment.id or 0, competence_index=body.competence_index, resumed=resumed
    )


@router.post(
    "/me/competences/{competence_index}/reset",
    status_code=204,
    responses=problem_responses(401, 404, 409),
)
async def reset_my_competence(
    competence_index: str, claims: CurrentClaims, container: ContainerDep, uow: UowDep
) -> Response:
    """Remettre à zéro a competence (7 days after it was last tested)."""
    await reset_competence(
        competence_index,
        user_id=claims.user_id,
        uow=uow,
        content=container.content,
        views=container.engine_views,
        clock=container.clock,
    )
    return Response(status_code=204)


@router.get("/me/profile", response_model=ProfileRead, responses=problem_responses(401, 503))
async def read_profile(
    claims: CurrentClaims, container: ContainerDep, uow: UowDep, locale: Locale = "fr"
) -> ProfileRead:
    """The learner's profile: level and pix per competence, total out of 1024, certifiability.

    Each competence also tells the evaluation in progress to resume and when it may be reset.
    """
    profile = await get_profile(
        claims.user_id, uow=uow, content=container.content, views=container.engine_views
    )
    return ProfileRead.of(profile, locale)


@router.get("/content-assets/{release_id}/{path:path}", responses=problem_responses(404))
async def read_content_asset(release_id: str, path: str, container: ContainerDep) -> Response:
    """A picture or attachment of a challenge (public, cacheable forever: ids are hashes)."""
    current = container.content.current()
    asset = current.assets.get(path) if current and current.release_id == release_id else None
    if asset is None:
        raise NotFoundError("No such file in this content release.")
    headers = {"Cache-Control": "public, max-age=31536000, immutable"}
    if not asset.media_type.startswith("image/"):
        headers["Content-Disposition"] = f'attachment; filename="{path.rsplit("/", 1)[-1]}"'
    return Response(base64.b64decode(asset.base64), media_type=asset.media_type, headers=headers)
