from __future__ import annotations

from dataclasses import dataclass

from domain.assessments.errors import AnswerNotFoundError
from domain.assessments.model import RecordedAnswer
from domain.assessments.use_cases.get_next_challenge import get_owned_assessment
from domain.learning_content.model import Challenge, Tutorial
from domain.learning_content.ports import ContentProvider, loaded
from domain.learning_content.solutions import displayable_solution
from domain.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class AnsweredChallenge:
    answer: RecordedAnswer
    challenge: Challenge | None


@dataclass(frozen=True)
class Correction:
    answer: RecordedAnswer
    challenge: Challenge
    locale: str
    solution: list[str]
    tutorials: list[Tutorial]
    learning_more: list[Tutorial]


async def list_answers(
    assessment_id: int, *, user_id: int, uow: UnitOfWork, content: ContentProvider
) -> list[AnsweredChallenge]:
    """The answers given so far, oldest first (checkpoints show the last five)."""
    current = content.current()
    async with uow:
        await get_owned_assessment(uow, assessment_id, user_id)
        answers = await uow.assessments.answers(assessment_id)
    by_id = current.challenges_by_id if current else {}
    return [AnsweredChallenge(a, by_id.get(a.challenge_id)) for a in answers]


async def get_correction(
    answer_id: int, *, user_id: int, uow: UnitOfWork, content: ContentProvider
) -> Correction:
    """Solution, explanation and tutorials of a challenge the learner has already answered."""
    current = loaded(content)
    async with uow:
        answer = await uow.assessments.answer(answer_id)
        if answer is None:
            raise AnswerNotFoundError()
        assessment = await get_owned_assessment(uow, answer.assessment_id, user_id)
    challenge = current.challenges_by_id.get(answer.challenge_id)
    if challenge is None:
        raise AnswerNotFoundError("This challenge is no longer in the content.")
    text = challenge.texts.get(assessment.locale) or challenge.texts["fr"]
    skill = current.skills_by_id[challenge.skill_id]
    tutorials = current.tutorials_by_id
    return Correction(
        answer=answer,
        challenge=challenge,
        locale=assessment.locale,
        solution=displayable_solution(challenge.type, text),
        tutorials=[tutorials[t] for t in skill.tutorial_ids if t in tutorials],
        learning_more=[tutorials[t] for t in skill.learning_more_tutorial_ids if t in tutorials],
    )
