from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

from adaptive import knowledge as knowledge_rules
from adaptive import strategies
from adaptive.answers import examine
from domain.assessments.errors import (
    AssessmentCompletedError,
    NotTheCurrentChallengeError,
)
from domain.assessments.model import (
    AssessmentState,
    RecordedAnswer,
    answered_too_late,
)
from domain.assessments.use_cases.get_next_challenge import (
    NextChallenge,
    advance,
    engine_answers,
    owned,
    shown_now,
)
from domain.learning_content.engine_view import EngineViews
from domain.learning_content.ports import ContentProvider, loaded
from domain.participations.ports import AnswerExistsError
from domain.shared.ports import Clock
from domain.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class AnswerOutcome:
    answer: RecordedAnswer
    # What to show now, chosen in the same transaction: the learner needs no other request.
    next: NextChallenge


async def answer_challenge(
    assessment_id: int,
    *,
    user_id: int,
    challenge_id: str,
    value: str | Mapping[str, str],
    timed_out: bool,
    focused_out: bool,
    uow: UnitOfWork,
    content: ContentProvider,
    views: EngineViews,
    clock: Clock,
) -> AnswerOutcome:
    """Record the answer to the challenge being shown; a replay returns the first answer."""
    try:
        return await _answer(
            assessment_id,
            user_id=user_id,
            challenge_id=challenge_id,
            value=value,
            timed_out=timed_out,
            focused_out=focused_out,
            uow=uow,
            content=content,
            views=views,
            clock=clock,
        )
    except AnswerExistsError:
        # A concurrent request recorded it first (its transaction rolled back): return that one.
        async with uow:
            assessment, answers = (await uow.assessments.with_answers(assessment_id)) or (None, [])
        assessment = owned(assessment, user_id)
        first = next(a for a in answers if a.challenge_id == challenge_id)
        return AnswerOutcome(first, shown_now(assessment, loaded(content), len(answers)))


async def _answer(
    assessment_id: int,
    *,
    user_id: int,
    challenge_id: str,
    value: str | Mapping[str, str],
    timed_out: bool,
    focused_out: bool,
    uow: UnitOfWork,
    content: ContentProvider,
    views: EngineViews,
    clock: Clock,
) -> AnswerOutcome:
    current = loaded(content)
    async with uow:
        assessment, answers = (await uow.assessments.with_answers(assessment_id)) or (None, [])
        assessment = owned(assessment, user_id)
        previous = next((a for a in answers if a.challenge_id == challenge_id), None)
        if previous is not None:
            return AnswerOutcome(previous, shown_now(assessment, current, len(answers)))
        if assessment.state == AssessmentState.COMPLETED:
            raise AssessmentCompletedError()
        if assessment.current_challenge_id != challenge_id:
            raise NotTheCurrentChallengeError()
        view = views.get(current, assessment.target, assessment.locale)
        engine_challenge = view.challenges_by_id[challenge_id]
        now = clock.now()
        # The server's own clock decides whether a timed answer came too late.
        timed_out = timed_out or answered_too_late(
            engine_challenge.timer, assessment.current_challenge_started_at, now
        )
        correction = examine(engine_challenge, value, timed_out=timed_out, focused_out=focused_out)
        stored_value = (
            value if isinstance(value, str) else json.dumps(dict(value), ensure_ascii=False)
        )
        recorded = await uow.assessments.add_answer(
            RecordedAnswer(
                id=None,
                assessment_id=assessment_id,
                challenge_id=challenge_id,
                value=stored_value,
                result=correction.result.value,
                timed_out=timed_out,
                focused_out=correction.focused_out,
                created_at=now,
            )
        )
        # One read of the learner's knowledge serves the new elements and the engine's next step.
        elements = await uow.knowledge.of_user(user_id, view.skill_ids)
        policy = strategies.get(assessment.strategy).knowledge_policy
        if policy != strategies.KnowledgePolicy.NONE:
            added = knowledge_rules.elements_for_answer(
                skill=view.skills_by_id[engine_challenge.skill_id],
                result=correction.result,
                target_skills=view.skills,
                assessment_knowledge=[e for e in elements if e.assessment_id == str(assessment_id)],
                assessment_id=str(assessment_id),
                answer_id=str(recorded.id),
                created_at=now,
                infer=policy == strategies.KnowledgePolicy.INFER_EACH_ANSWER,
            )
            await uow.knowledge.add(user_id, added)
            elements = [*elements, *added]
        # The next challenge is chosen now, in the same transaction: showing it is then one read.
        assessment = await advance(
            uow, assessment, view, engine_answers([*answers, recorded], view), elements, clock
        )
        await uow.commit()
    return AnswerOutcome(recorded, shown_now(assessment, current, len(answers) + 1))
