from __future__ import annotations

from dataclasses import dataclass, replace

from adaptive import knowledge as knowledge_rules
from adaptive import strategies
from adaptive.retry import ask_again
from adaptive.types import Answer, AnswerStatus, Decision, Finished, KnowledgeElement, Next
from domain.assessments.errors import AssessmentNotFoundError
from domain.assessments.model import Assessment, AssessmentState, RecordedAnswer
from domain.learning_content.engine_view import EngineView, EngineViews
from domain.learning_content.model import Challenge, LearningContent
from domain.learning_content.ports import ContentProvider, loaded
from domain.shared.ports import Clock
from domain.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class NextChallenge:
    assessment: Assessment
    challenge: Challenge | None  # None: the assessment is finished
    answered_count: int


def engine_answers(answers: list[RecordedAnswer], view: EngineView) -> list[Answer]:
    """The recorded answers as the engine sees them."""
    return [
        Answer(a.challenge_id, AnswerStatus(a.result), a.challenge_id in view.timed_challenge_ids)
        for a in answers
    ]


def engine_knowledge(
    assessment: Assessment, elements: list[KnowledgeElement]
) -> list[KnowledgeElement]:
    """The learner's knowledge the engine may use: old failures are forgotten when improving."""
    if assessment.is_improving:
        return knowledge_rules.improvement_filter(elements, assessment.created_at)
    return elements


def owned(assessment: Assessment | None, user_id: int) -> Assessment:
    """The learner's own assessment; someone else's is reported as missing (ids reveal nothing)."""
    if assessment is None or assessment.user_id != user_id:
        raise AssessmentNotFoundError()
    return assessment


async def get_owned_assessment(uow: UnitOfWork, assessment_id: int, user_id: int) -> Assessment:
    return owned(await uow.assessments.get(assessment_id), user_id)


def shown_now(assessment: Assessment, current: LearningContent, answered: int) -> NextChallenge:
    """What the assessment shows now: its current challenge, or nothing (finished)."""
    challenge = current.challenges_by_id.get(assessment.current_challenge_id or "")
    return NextChallenge(assessment, challenge, answered)


async def advance(
    uow: UnitOfWork,
    assessment: Assessment,
    view: EngineView,
    answers: list[Answer],
    elements: list[KnowledgeElement],
    clock: Clock,
) -> Assessment:
    """Ask the engine what comes next and write it down (inside the caller's unit of work).

    Either the challenge to show becomes the assessment's current one, or the test is over and
    the assessment is completed (with the knowledge settled when the strategy settles at the
    end). The caller commits.
    """
    assert assessment.id is not None
    decision: Decision = strategies.next_challenge(
        assessment.strategy,
        view.skills,
        engine_knowledge(assessment, elements),
        view.challenges,
        answers,
        assessment.id,
    )
    if isinstance(decision, Finished) and assessment.is_improving:
        # A retry ends only once every failure it set aside was asked again (adaptive.retry):
        # seeing only successes, the engine would otherwise validate them unasked.
        forgotten = knowledge_rules.forgotten_failures(elements, assessment.created_at)
        again = ask_again(forgotten, view.skills, view.challenges, answers, assessment.id)
        if again is not None:
            decision = Next(again, decision.estimate)
    if isinstance(decision, Finished):
        if (
            strategies.get(assessment.strategy).knowledge_policy
            == strategies.KnowledgePolicy.SETTLE_AT_END
        ):
            settled = knowledge_rules.settle(
                decision.estimate,
                view.skills,
                engine_knowledge(assessment, elements),
                assessment_id=str(assessment.id),
                created_at=clock.now(),
            )
            await uow.knowledge.add(assessment.user_id, settled)
        assessment = replace(
            assessment,
            state=AssessmentState.COMPLETED,
            completed_at=clock.now(),
            current_challenge_id=None,
            current_challenge_started_at=None,
        )
    else:
        assessment = replace(
            assessment,
            current_challenge_id=decision.challenge.id,
            current_challenge_started_at=None,
        )
    await uow.assessments.update(assessment)
    return assessment


async def get_next_challenge(
    assessment_id: int,
    *,
    user_id: int,
    uow: UnitOfWork,
    content: ContentProvider,
    views: EngineViews,
    clock: Clock,
) -> NextChallenge:
    """The challenge to show now (the same one until it is answered), or the end of the test.

    Answering already chose the next challenge, so this is usually one read; the engine runs here
    only for a test that has not started yet (or whose challenge left the content release).
    """
    current = loaded(content)
    async with uow:
        assessment, count = (await uow.assessments.progress(assessment_id)) or (None, 0)
        assessment = owned(assessment, user_id)
        shown = shown_now(assessment, current, count)
        if assessment.state == AssessmentState.COMPLETED or shown.challenge is not None:
            return shown
        view = views.get(current, assessment.target, assessment.locale)
        recorded = await uow.assessments.answers(assessment_id)
        elements = await uow.knowledge.of_user(assessment.user_id, view.skill_ids)
        assessment = await advance(
            uow, assessment, view, engine_answers(recorded, view), elements, clock
        )
        await uow.commit()
    return shown_now(assessment, current, len(recorded))
