"""Plays one whole assessment against a responder: the loop the domain runs one HTTP request
at a time, here in memory for tests, golden sequences and simulations."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from adaptive import knowledge as knowledge_module
from adaptive.strategies.base import KnowledgePolicy, Strategy
from adaptive.types import (
    Answer,
    AnswerStatus,
    Challenge,
    Estimate,
    Finished,
    KnowledgeElement,
    Profile,
    Skill,
)

Responder = Callable[[Challenge, Skill], AnswerStatus]
_EPOCH = datetime(2024, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Playthrough:
    asked: tuple[Challenge, ...]
    answers: tuple[Answer, ...]
    estimate: Estimate
    knowledge: tuple[KnowledgeElement, ...]
    finished: bool  # False when the safety limit stopped a strategy that would not end

    @property
    def validated(self) -> frozenset[str]:
        return self.estimate.validated


def play(
    strategy: Strategy,
    profile: Profile,
    respond: Responder,
    seed: int,
    *,
    knowledge: Sequence[KnowledgeElement] = (),
    assessment_id: str = "assessment",
    max_questions: int | None = None,
) -> Playthrough:
    """Ask until the strategy finishes, writing KEs as its knowledge policy says."""
    skill_of = {skill.id: skill for skill in profile.skills}
    limit = len(profile.challenges) + 1 if max_questions is None else max_questions
    written: list[KnowledgeElement] = list(knowledge)
    here: list[KnowledgeElement] = []
    asked: list[Challenge] = []
    answers: list[Answer] = []
    decision = strategy(profile.skills, written, profile.challenges, answers, seed)
    while not isinstance(decision, Finished) and len(answers) < limit:
        challenge = decision.challenge
        skill = skill_of[challenge.skill_id]
        result = respond(challenge, skill)
        asked.append(challenge)
        answers.append(Answer(challenge.id, result, timed=challenge.timed))
        if strategy.knowledge_policy is not KnowledgePolicy.NONE:
            created = knowledge_module.elements_for_answer(
                skill=skill,
                result=result,
                target_skills=profile.skills,
                assessment_knowledge=here,
                assessment_id=assessment_id,
                answer_id=f"{assessment_id}-{len(answers)}",
                created_at=_EPOCH + timedelta(seconds=len(answers)),
                infer=strategy.knowledge_policy is KnowledgePolicy.INFER_EACH_ANSWER,
            )
            here.extend(created)
            written.extend(created)
        decision = strategy(profile.skills, written, profile.challenges, answers, seed)
    finished = isinstance(decision, Finished)
    if strategy.knowledge_policy is KnowledgePolicy.SETTLE_AT_END:
        written.extend(
            knowledge_module.settle(
                decision.estimate,
                profile.skills,
                written,
                assessment_id=assessment_id,
                created_at=_EPOCH + timedelta(seconds=len(answers) + 1),
            )
        )
    return Playthrough(tuple(asked), tuple(answers), decision.estimate, tuple(written), finished)
