from __future__ import annotations

from dataclasses import dataclass, replace

from adaptive import knowledge as knowledge_rules
from adaptive import strategies
from adaptive.retry import ask_again
from adaptive.types import Answer, AnswerStatus, Decision, Finished, KnowledgeElement, Next
from domain.assessments.errors import AssessmentNotFoundError
from domain.assessments.model import Assessment, AssessmentState
from domain.learning_content.engine_view import EngineView, EngineViews
from domain.learning_content.model import Challenge
from domain.learning_content.ports import ContentProvider, loaded
from domain.shared.ports import Clock
from domain.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class NextChallenge:
    assessment: Assessment
    challenge: Challenge | None  # None: the assessment is finished
    answered_count: int


async def load_engine_state(
    uow: UnitOfWork, assessment: Assessment, view: EngineView
) -> tuple[list[Answer], list[KnowledgeElement]]:
    """Answers of the assessment and the learner's knowledge, as the engine sees them (joins the UoW)."""
    assert assessment.id is not None
    timers = {c.id: c.timer is not None for c in view.challenges}
    answers = [
        Answer(a.challenge_id, AnswerStatus(a.result), timers.get(a.challenge_id, False))
        for a in await uow.assessments.answers(assessment.id)
    ]
    elements = await uow.knowledge.of_user(assessment.user_id, frozenset(s.id for s in view.skills))
    if assessment.is_improving:
        elements = knowledge_rules.improvement_filter(elements, assessment.created_at)
    return answers, elements


async def get_owned_assessment(uow: UnitOfWork, assessment_id: int, user_id: int) -> Assessment:
    assessment = await uow.assessments.get(assessment_id)
    # Someone else's assessment is reported as missing: ids must not reveal anything.
    if assessment is None or assessment.user_id != user_id:
        raise AssessmentNotFoundError()
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
    """The challenge to show now (the same one until it is answered), or the end of the test."""
    current = loaded(content)
    async with uow:
        assessment = await get_owned_assessment(uow, assessment_id, user_id)
        if assessment.state == AssessmentState.COMPLETED:
            count = len(await uow.assessments.answers(assessment_id))
            return NextChallenge(assessment, None, count)
        view = views.get(current, assessment.target, assessment.locale)
        answers, elements = await load_engine_state(uow, assessment, view)
        decision = strategies.next_challenge(
            assessment.strategy, view.skills, elements, view.challenges, answers, assessment_id
        )
        if isinstance(decision, Finished) and assessment.is_improving:
            decision = await _ask_failures_again(uow, assessment, view, answers, decision)
        if isinstance(decision, Finished):
            if (
                strategies.get(assessment.strategy).knowledge_policy
                == strategies.KnowledgePolicy.SETTLE_AT_END
            ):
                settled = knowledge_rules.settle(
                    decision.estimate,
                    view.skills,
                    elements,
                    assessment_id=str(assessment_id),
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
            await uow.assessments.update(assessment)
            await uow.commit()
            return NextChallenge(assessment, None, len(answers))
        if assessment.current_challenge_id != decision.challenge.id:
            assessment = replace(
                assessment,
                current_challenge_id=decision.challenge.id,
                current_challenge_started_at=None,
            )
            await uow.assessments.update(assessment)
            await uow.commit()
    return NextChallenge(assessment, current.challenges_by_id[decision.challenge.id], len(answers))


async def _ask_failures_again(
    uow: UnitOfWork,
    assessment: Assessment,
    view: EngineView,
    answers: list[Answer],
    finished: Finished,
) -> Decision:
    """A retry ends only once every failure it forgot was asked again (adaptive.retry)."""
    assert assessment.id is not None
    everything = await uow.knowledge.of_user(
        assessment.user_id, frozenset(s.id for s in view.skills)
    )
    forgotten = knowledge_rules.forgotten_failures(everything, assessment.created_at)
    again = ask_again(forgotten, view.skills, view.challenges, answers, assessment.id)
    return finished if again is None else Next(again, finished.estimate)
