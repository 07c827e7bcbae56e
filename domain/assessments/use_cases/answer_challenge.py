from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import replace

from adaptive import knowledge as knowledge_rules
from adaptive import strategies
from adaptive.answers import examine
from domain.assessments.errors import (
    AssessmentCompletedError,
    NotTheCurrentChallengeError,
)
from domain.assessments.model import AssessmentState, RecordedAnswer, answered_too_late
from domain.assessments.use_cases.get_next_challenge import get_owned_assessment
from domain.learning_content.engine_view import EngineViews
from domain.learning_content.ports import ContentProvider, loaded
from domain.participations.ports import AnswerExistsError
from domain.shared.ports import Clock
from domain.unit_of_work import UnitOfWork


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
) -> RecordedAnswer:
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
            answers = await uow.assessments.answers(assessment_id)
        return next(a for a in answers if a.challenge_id == challenge_id)


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
) -> RecordedAnswer:
    current = loaded(content)
    async with uow:
        assessment = await get_owned_assessment(uow, assessment_id, user_id)
        answers = await uow.assessments.answers(assessment_id)
        previous = next((a for a in answers if a.challenge_id == challenge_id), None)
        if previous is not None:
            return previous
        if assessment.state == AssessmentState.COMPLETED:
            raise AssessmentCompletedError()
        if assessment.current_challenge_id != challenge_id:
            raise NotTheCurrentChallengeError()
        view = views.get(current, assessment.target, assessment.locale)
        engine_challenge = next(c for c in view.challenges if c.id == challenge_id)
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
        policy = strategies.get(assessment.strategy).knowledge_policy
        if policy != strategies.KnowledgePolicy.NONE:
            skill = next(s for s in view.skills if s.id == engine_challenge.skill_id)
            mine = [
                e
                for e in await uow.knowledge.of_user(user_id, frozenset(s.id for s in view.skills))
                if e.assessment_id == str(assessment_id)
            ]
            await uow.knowledge.add(
                user_id,
                knowledge_rules.elements_for_answer(
                    skill=skill,
                    result=correction.result,
                    target_skills=view.skills,
                    assessment_knowledge=mine,
                    assessment_id=str(assessment_id),
                    answer_id=str(recorded.id),
                    created_at=now,
                    infer=policy == strategies.KnowledgePolicy.INFER_EACH_ANSWER,
                ),
            )
        await uow.assessments.update(
            replace(assessment, current_challenge_id=None, current_challenge_started_at=None)
        )
        await uow.commit()
    return recorded
