from __future__ import annotations

from domain.access.policies import require_platform_operator
from domain.assessments.errors import NotTheCurrentChallengeError
from domain.assessments.model import ChallengeReport
from domain.assessments.use_cases.get_next_challenge import get_owned_assessment
from domain.shared.errors import FieldError, InvalidInputError
from domain.shared.ports import Clock
from domain.unit_of_work import UnitOfWork

MAX_COMMENT = 2000


async def report_problem(
    assessment_id: int,
    *,
    user_id: int,
    challenge_id: str,
    comment: str,
    uow: UnitOfWork,
    clock: Clock,
) -> ChallengeReport:
    """ "Signaler un problème": a learner reports a faulty challenge they were shown."""
    comment = comment.strip()
    if not comment or len(comment) > MAX_COMMENT:
        raise InvalidInputError(
            [
                FieldError(
                    "comment",
                    "INVALID_COMMENT",
                    f"Describe the problem (1 to {MAX_COMMENT} characters).",
                )
            ]
        )
    async with uow:
        assessment = await get_owned_assessment(uow, assessment_id, user_id)
        shown = {a.challenge_id for a in await uow.assessments.answers(assessment_id)}
        if assessment.current_challenge_id:
            shown.add(assessment.current_challenge_id)
        if challenge_id not in shown:
            raise NotTheCurrentChallengeError("Only a challenge you were shown can be reported.")
        report = await uow.assessments.add_report(
            ChallengeReport(
                id=None,
                user_id=user_id,
                assessment_id=assessment_id,
                challenge_id=challenge_id,
                comment=comment,
                created_at=clock.now(),
            )
        )
        await uow.commit()
    return report


async def list_problem_reports(
    *, requested_by: int, uow: UnitOfWork, limit: int = 100, offset: int = 0
) -> list[ChallengeReport]:
    """Reported problems, newest first (platform administrators)."""
    async with uow:
        await require_platform_operator(uow, requested_by)
        return await uow.assessments.reports(limit=limit, offset=offset)
