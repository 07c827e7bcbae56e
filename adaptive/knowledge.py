"""Knowledge elements (reference §3, §6.4): creation with inference, reading, reset, filters.

Knowledge elements (KEs) are append-only; the most recent one per skill is the learner's
state for that skill, and a ``reset`` one makes the skill untested again.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

from adaptive.types import (
    AnswerStatus,
    Estimate,
    KnowledgeElement,
    KnowledgeSource,
    KnowledgeStatus,
    Skill,
)

DAYS_BEFORE_IMPROVING = 4
DAYS_BEFORE_RETRYING = 4
DAYS_BEFORE_COMPETENCE_RESET = 7


def current(knowledge: Iterable[KnowledgeElement]) -> dict[str, KnowledgeElement]:
    """Latest KE per skill (ties on ``created_at``: the later one in the input wins), with
    skills whose latest KE is a reset left out, as if never tested."""
    latest: dict[str, KnowledgeElement] = {}
    for element in knowledge:
        known = latest.get(element.skill_id)
        if known is None or element.created_at >= known.created_at:
            latest[element.skill_id] = element
    return {
        skill_id: element
        for skill_id, element in latest.items()
        if element.status is not KnowledgeStatus.RESET
    }


def validated_skill_ids(knowledge: Iterable[KnowledgeElement]) -> frozenset[str]:
    return frozenset(
        skill_id
        for skill_id, element in current(knowledge).items()
        if element.status is KnowledgeStatus.VALIDATED
    )


def _element(
    skill: Skill,
    status: KnowledgeStatus,
    source: KnowledgeSource,
    assessment_id: str,
    answer_id: str,
    created_at: datetime,
) -> KnowledgeElement:
    earned = skill.pix_value if status is KnowledgeStatus.VALIDATED else 0.0
    return KnowledgeElement(
        skill_id=skill.id,
        status=status,
        source=source,
        created_at=created_at,
        assessment_id=assessment_id,
        answer_id=answer_id,
        earned_pix=earned,
        competence_id=skill.competence_id,
    )


def elements_for_answer(
    *,
    skill: Skill,
    result: AnswerStatus,
    target_skills: Sequence[Skill],
    assessment_knowledge: Iterable[KnowledgeElement],
    assessment_id: str,
    answer_id: str,
    created_at: datetime,
    infer: bool = True,
) -> list[KnowledgeElement]:
    """KEs created by one corrected answer (reference §3.2).

    ``assessment_knowledge`` are the KEs already written by this assessment: a skill assessed
    there is never written again, which is why inference cannot contradict a direct answer
    of the same assessment. With ``infer=False`` only the direct KE is written (strategies
    that settle inference themselves at the end, such as bayes-tube-v1).
    """
    assessed = {
        element.skill_id
        for element in assessment_knowledge
        if element.status is not KnowledgeStatus.RESET
    }
    targeted = {target.id for target in target_skills}
    if skill.id not in targeted or skill.id in assessed:
        return []
    status = KnowledgeStatus.VALIDATED if result.is_success else KnowledgeStatus.INVALIDATED
    created = [
        _element(skill, status, KnowledgeSource.DIRECT, assessment_id, answer_id, created_at)
    ]
    if not infer:
        return created
    for other in target_skills:
        if other.tube_id != skill.tube_id or other.id in assessed or other.id == skill.id:
            continue
        easier_and_success = status is KnowledgeStatus.VALIDATED and other.level < skill.level
        harder_and_failure = status is KnowledgeStatus.INVALIDATED and other.level > skill.level
        if easier_and_success or harder_and_failure:
            created.append(
                _element(
                    other, status, KnowledgeSource.INFERRED, assessment_id, answer_id, created_at
                )
            )
    return created


def reset(
    knowledge: Iterable[KnowledgeElement], skill_ids: Iterable[str], at: datetime
) -> list[KnowledgeElement]:
    """Reset copies (status ``reset``, no pix) of the current KEs of the given skills."""
    wanted = set(skill_ids)
    return [
        KnowledgeElement(
            skill_id=element.skill_id,
            status=KnowledgeStatus.RESET,
            source=element.source,
            created_at=at,
            assessment_id=element.assessment_id,
            answer_id=element.answer_id,
            earned_pix=0.0,
            competence_id=element.competence_id,
        )
        for skill_id, element in current(knowledge).items()
        if skill_id in wanted
    ]


def improvement_filter(
    knowledge: Iterable[KnowledgeElement],
    assessment_created_at: datetime,
    delay_days: float = DAYS_BEFORE_RETRYING,
) -> list[KnowledgeElement]:
    """Current KEs minus the failures older than the delay (reference §6.4).

    Successes are kept whatever their age, so only failed questions come back.
    """
    delay = timedelta(days=delay_days)
    return [
        element
        for element in current(knowledge).values()
        if element.status is KnowledgeStatus.VALIDATED
        or assessment_created_at - element.created_at < delay
    ]


def forgotten_failures(
    knowledge: Iterable[KnowledgeElement],
    assessment_created_at: datetime,
    delay_days: float = DAYS_BEFORE_RETRYING,
) -> frozenset[str]:
    """The failed skills that :func:`improvement_filter` forgets: what a retry must ask again."""
    delay = timedelta(days=delay_days)
    return frozenset(
        element.skill_id
        for element in current(knowledge).values()
        if element.status is KnowledgeStatus.INVALIDATED
        and assessment_created_at - element.created_at >= delay
    )


def settle(
    estimate: Estimate,
    target_skills: Sequence[Skill],
    knowledge: Iterable[KnowledgeElement],
    *,
    assessment_id: str,
    created_at: datetime,
) -> list[KnowledgeElement]:
    """Inferred KEs that make the stored state match a strategy's final estimate.

    Used by strategies that do not infer after every answer. A direct KE of this assessment
    is never overwritten: the estimate cannot contradict what the learner answered.
    """
    elements = list(knowledge)
    state = current(elements)
    answered_here = {
        element.skill_id
        for element in elements
        if element.assessment_id == assessment_id and element.source is KnowledgeSource.DIRECT
    }
    created: list[KnowledgeElement] = []
    for skill in target_skills:
        if skill.id in answered_here:
            continue
        known = state.get(skill.id)
        known_status = known.status if known is not None else None
        if skill.id in estimate.validated:
            wanted = KnowledgeStatus.VALIDATED
        elif skill.id in estimate.invalidated:
            wanted = KnowledgeStatus.INVALIDATED
        else:
            continue
        if known_status is not wanted:
            created.append(
                _element(skill, wanted, KnowledgeSource.INFERRED, assessment_id, "", created_at)
            )
    return created


def tube_bounds(
    skills: Sequence[Skill], knowledge: Iterable[KnowledgeElement]
) -> dict[str, tuple[int, int | None]]:
    """Per tube, (floor, ceiling): highest validated level and lowest invalidated level.

    The equivalent "knowledge state" view of reference §3.3, handy for displays.
    """
    state = current(knowledge)
    bounds: dict[str, tuple[int, int | None]] = {}
    for skill in skills:
        floor, ceiling = bounds.get(skill.tube_id, (0, None))
        element = state.get(skill.id)
        if element is not None and element.status is KnowledgeStatus.VALIDATED:
            floor = max(floor, skill.level)
        elif element is not None and element.status is KnowledgeStatus.INVALIDATED:
            ceiling = skill.level if ceiling is None else min(ceiling, skill.level)
        bounds[skill.tube_id] = (floor, ceiling)
    return bounds
