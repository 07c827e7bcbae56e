from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection

from adaptive.types import KnowledgeElement, KnowledgeSource, KnowledgeStatus
from api.persistence.database import violates
from api.persistence.tables import (
    answers,
    assessments,
    campaign_participations,
    campaigns,
    challenge_reports,
    knowledge_elements,
    organizations,
)
from domain.assessments.model import (
    Assessment,
    AssessmentState,
    AssessmentType,
    ChallengeReport,
    RecordedAnswer,
)
from domain.participations.model import (
    Participation,
    ParticipationOverview,
    ParticipationStatus,
)
from domain.participations.ports import AnswerExistsError, ParticipationExistsError


def _participation(row: Any) -> Participation:
    return Participation(
        id=row.id,
        campaign_id=row.campaign_id,
        user_id=row.user_id,
        created_at=row.created_at,
        status=ParticipationStatus(row.status),
        participant_external_id=row.participant_external_id,
        shared_at=row.shared_at,
        mastery_rate=row.mastery_rate,
        validated_skills_count=row.validated_skills_count,
        pix_score=row.pix_score,
        is_improved=row.is_improved,
        deleted_at=row.deleted_at,
        deleted_by=row.deleted_by,
        validated_at_sharing=skill_set(row.validated_skill_ids),
        is_certifiable=row.is_certifiable,
    )


def skill_text(skill_ids: frozenset[str] | None) -> str | None:
    """The sharing snapshot as stored: skill ids, sorted, space-separated."""
    return None if skill_ids is None else " ".join(sorted(skill_ids))


def skill_set(text: str | None) -> frozenset[str] | None:
    return None if text is None else frozenset(text.split())


def _participation_values(p: Participation) -> dict[str, Any]:
    values = {k: v for k, v in p.__dict__.items() if k not in ("id", "validated_at_sharing")}
    values["status"] = p.status.value
    values["validated_skill_ids"] = skill_text(p.validated_at_sharing)
    return values


class SqlParticipationRepository:
    def __init__(self, connection: AsyncConnection) -> None:
        self._db = connection

    async def add(self, participation: Participation) -> Participation:
        try:
            result = await self._db.execute(
                insert(campaign_participations)
                .values(**_participation_values(participation))
                .returning(campaign_participations.c.id)
            )
        except IntegrityError as error:
            if violates(
                error,
                "uq_campaign_participations_one_active",
                "campaign_participations.campaign_id, campaign_participations.user_id",
            ):
                raise ParticipationExistsError() from error
            raise
        return Participation(**{**participation.__dict__, "id": result.scalar_one()})

    async def get(self, participation_id: int) -> Participation | None:
        row = (
            await self._db.execute(
                select(campaign_participations).where(
                    campaign_participations.c.id == participation_id,
                    campaign_participations.c.deleted_at.is_(None),
                )
            )
        ).first()
        return _participation(row) if row else None

    async def find_active(self, campaign_id: int, user_id: int) -> Participation | None:
        row = (
            await self._db.execute(
                select(campaign_participations).where(
                    campaign_participations.c.campaign_id == campaign_id,
                    campaign_participations.c.user_id == user_id,
                    campaign_participations.c.is_improved.is_(False),
                    campaign_participations.c.deleted_at.is_(None),
                )
            )
        ).first()
        return _participation(row) if row else None

    async def overviews(self, user_id: int) -> list[ParticipationOverview]:
        rows = await self._db.execute(_overviews_query(user_id))
        return [
            ParticipationOverview(
                participation=_participation(row),
                campaign_code=row.campaign_code,
                campaign_title=row.campaign_title,
                organization_name=row.organization_name,
                assessment_id=row.assessment_id,
                assessment_completed=row.assessment_state == AssessmentState.COMPLETED.value,
                disabled_at=row.campaign_archived_at,
            )
            for row in rows
        ]

    async def update(self, participation: Participation) -> bool:
        values = _participation_values(participation)
        # Deleting is the organisation's own statement (remove_learner); a stale copy read
        # before it must neither undo it nor change a deleted participation.
        del values["deleted_at"], values["deleted_by"]
        changed = await self._db.execute(
            update(campaign_participations)
            .where(
                campaign_participations.c.id == participation.id,
                campaign_participations.c.deleted_at.is_(None),
            )
            .values(**values)
            .returning(campaign_participations.c.id)
        )
        return changed.first() is not None

    async def remove_learner(
        self, campaign_id: int, user_id: int, *, at: datetime, by: int
    ) -> list[Participation]:
        cp = campaign_participations.c
        learner = (cp.campaign_id == campaign_id, cp.user_id == user_id, cp.deleted_at.is_(None))
        # Lock first, then update in a second statement: on PostgreSQL the update's snapshot is
        # taken after the lock waited for a retry in flight, so the retry's new participation
        # is deleted too (one statement would only see the rows that existed when it began).
        await self._db.execute(select(cp.id).where(*learner).with_for_update())
        rows = await self._db.execute(
            update(campaign_participations)
            .where(*learner)
            .values(deleted_at=at, deleted_by=by)
            .returning(*campaign_participations.c)
        )
        return [_participation(row) for row in rows]

    async def was_removed(self, campaign_id: int, user_id: int) -> bool:
        cp = campaign_participations.c
        found = await self._db.execute(
            select(cp.id)
            .where(cp.campaign_id == campaign_id, cp.user_id == user_id, cp.deleted_at.is_not(None))
            .limit(1)
        )
        return found.first() is not None


def _overviews_query(user_id: int) -> Any:
    inner = assessments.alias("participation_assessments")
    latest = (
        select(func.max(inner.c.id))
        .where(inner.c.campaign_participation_id == campaign_participations.c.id)
        .correlate(campaign_participations)
        .scalar_subquery()
    )
    return (
        select(
            campaign_participations,
            campaigns.c.code.label("campaign_code"),
            campaigns.c.title.label("campaign_title"),
            campaigns.c.archived_at.label("campaign_archived_at"),
            organizations.c.name.label("organization_name"),
            assessments.c.id.label("assessment_id"),
            assessments.c.state.label("assessment_state"),
        )
        .join(campaigns, campaigns.c.id == campaign_participations.c.campaign_id)
        .join(organizations, organizations.c.id == campaigns.c.organization_id)
        .outerjoin(assessments, assessments.c.id == latest)
        .where(
            campaign_participations.c.user_id == user_id,
            campaign_participations.c.is_improved.is_(False),
            campaign_participations.c.deleted_at.is_(None),
            campaigns.c.deleted_at.is_(None),
        )
        .order_by(campaign_participations.c.created_at.desc(), campaign_participations.c.id.desc())
    )


def _assessment(row: Any) -> Assessment:
    return Assessment(
        id=row.id,
        user_id=row.user_id,
        type=AssessmentType(row.type),
        state=AssessmentState(row.state),
        strategy=row.strategy,
        content_release_id=row.content_release_id,
        target=row.target,
        locale=row.locale,
        created_at=row.created_at,
        campaign_participation_id=row.campaign_participation_id,
        is_improving=row.is_improving,
        completed_at=row.completed_at,
        current_challenge_id=row.current_challenge_id,
        current_challenge_started_at=row.current_challenge_started_at,
    )


def _assessment_values(a: Assessment) -> dict[str, Any]:
    values = {k: v for k, v in a.__dict__.items() if k != "id"}
    values["type"], values["state"] = a.type.value, a.state.value
    return values


# Built once (the learner's hot path runs them on every step): building a statement and its
# cache key costs more than executing it.
_WITH_ANSWERS = (
    select(assessments, *[c.label(f"answer_{c.name}") for c in answers.c])
    .select_from(assessments.outerjoin(answers, answers.c.assessment_id == assessments.c.id))
    .where(assessments.c.id == bindparam("assessment_id"))
    .order_by(answers.c.id)
)
_ADD_ANSWER = insert(answers).returning(answers.c.id)
_UPDATE_ASSESSMENT = update(assessments).where(assessments.c.id == bindparam("assessment_key"))
_PROGRESS = select(
    assessments,
    select(func.count(answers.c.id))
    .where(answers.c.assessment_id == assessments.c.id)
    .correlate(assessments)
    .scalar_subquery()
    .label("answered_count"),
).where(assessments.c.id == bindparam("assessment_id"))


class SqlAssessmentRepository:
    def __init__(self, connection: AsyncConnection) -> None:
        self._db = connection

    async def add(self, assessment: Assessment) -> Assessment:
        result = await self._db.execute(
            insert(assessments).values(**_assessment_values(assessment)).returning(assessments.c.id)
        )
        return Assessment(**{**assessment.__dict__, "id": result.scalar_one()})

    async def get(self, assessment_id: int, *, for_update: bool = False) -> Assessment | None:
        query = select(assessments).where(assessments.c.id == assessment_id)
        if for_update:
            query = query.with_for_update()
        row = (await self._db.execute(query)).first()
        return _assessment(row) if row else None

    async def started_for_target(self, user_id: int, target: str) -> Assessment | None:
        row = (
            await self._db.execute(
                select(assessments)
                .where(
                    assessments.c.user_id == user_id,
                    assessments.c.target == target,
                    assessments.c.type == AssessmentType.COMPETENCE_EVALUATION.value,
                    assessments.c.state == AssessmentState.STARTED.value,
                )
                .order_by(assessments.c.id.desc())
                .limit(1)
            )
        ).first()
        return _assessment(row) if row else None

    async def started_competence_evaluations(self, user_id: int) -> list[Assessment]:
        rows = await self._db.execute(
            select(assessments)
            .where(
                assessments.c.user_id == user_id,
                assessments.c.type == AssessmentType.COMPETENCE_EVALUATION.value,
                assessments.c.state == AssessmentState.STARTED.value,
            )
            .order_by(assessments.c.id)
        )
        return [_assessment(row) for row in rows]

    async def for_participation(self, participation_id: int) -> Assessment | None:
        row = (
            await self._db.execute(
                select(assessments)
                .where(assessments.c.campaign_participation_id == participation_id)
                .order_by(assessments.c.id.desc())
                .limit(1)
            )
        ).first()
        return _assessment(row) if row else None

    async def update(self, assessment: Assessment) -> None:
        await self._db.execute(
            _UPDATE_ASSESSMENT,
            {"assessment_key": assessment.id, **_assessment_values(assessment)},
        )

    async def with_answers(
        self, assessment_id: int
    ) -> tuple[Assessment, list[RecordedAnswer]] | None:
        rows = (await self._db.execute(_WITH_ANSWERS, {"assessment_id": assessment_id})).all()
        if not rows:
            return None
        found = [
            RecordedAnswer(
                id=row.answer_id,
                assessment_id=row.answer_assessment_id,
                challenge_id=row.answer_challenge_id,
                value=row.answer_value,
                result=row.answer_result,
                timed_out=row.answer_timed_out,
                focused_out=row.answer_focused_out,
                created_at=row.answer_created_at,
            )
            for row in rows
            if row.answer_id is not None
        ]
        return _assessment(rows[0]), found

    async def progress(self, assessment_id: int) -> tuple[Assessment, int] | None:
        row = (await self._db.execute(_PROGRESS, {"assessment_id": assessment_id})).first()
        return (_assessment(row), row.answered_count) if row else None

    async def answers(self, assessment_id: int) -> list[RecordedAnswer]:
        rows = await self._db.execute(
            select(answers).where(answers.c.assessment_id == assessment_id).order_by(answers.c.id)
        )
        return [RecordedAnswer(**row._mapping) for row in rows]

    async def answer(self, answer_id: int) -> RecordedAnswer | None:
        row = (await self._db.execute(select(answers).where(answers.c.id == answer_id))).first()
        return RecordedAnswer(**row._mapping) if row else None

    async def add_report(self, report: ChallengeReport) -> ChallengeReport:
        values = {k: v for k, v in report.__dict__.items() if k != "id"}
        result = await self._db.execute(
            insert(challenge_reports).values(**values).returning(challenge_reports.c.id)
        )
        return ChallengeReport(**{**values, "id": result.scalar_one()})

    async def reports(self, *, limit: int, offset: int) -> list[ChallengeReport]:
        rows = await self._db.execute(
            select(challenge_reports)
            .order_by(challenge_reports.c.created_at.desc(), challenge_reports.c.id.desc())
            .limit(limit)
            .offset(offset)
        )
        return [ChallengeReport(**row._mapping) for row in rows]

    async def add_answer(self, answer: RecordedAnswer) -> RecordedAnswer:
        values = {k: v for k, v in answer.__dict__.items() if k != "id"}
        try:
            result = await self._db.execute(_ADD_ANSWER, values)
        except IntegrityError as error:
            if violates(
                error,
                "uq_answers_assessment_challenge",
                "answers.assessment_id, answers.challenge_id",
            ):
                raise AnswerExistsError() from error
            raise
        return RecordedAnswer(**{**values, "id": result.scalar_one()})


def _element(row: Any) -> KnowledgeElement:
    return KnowledgeElement(
        skill_id=row.skill_id,
        status=KnowledgeStatus(row.status),
        source=KnowledgeSource(row.source),
        created_at=row.created_at,
        assessment_id=row.assessment_id,
        answer_id=row.answer_id,
        earned_pix=row.earned_pix,
        competence_id=row.competence_index,
    )


_KNOWLEDGE_OF_USER = (
    select(knowledge_elements)
    .where(knowledge_elements.c.user_id == bindparam("user_id"))
    .order_by(knowledge_elements.c.created_at, knowledge_elements.c.id)
)


class SqlKnowledgeRepository:
    def __init__(self, connection: AsyncConnection) -> None:
        self._db = connection

    async def of_user(
        self, user_id: int, skill_ids: frozenset[str] | None
    ) -> list[KnowledgeElement]:
        # The skills are filtered here rather than in SQL: a learner has a few hundred elements
        # at most, and an IN list of a profile's ~160 skills costs more to bind than to scan.
        rows = await self._db.execute(_KNOWLEDGE_OF_USER, {"user_id": user_id})
        return [_element(row) for row in rows if skill_ids is None or row.skill_id in skill_ids]

    async def of_users(
        self, user_ids: list[int], skill_ids: frozenset[str] | None
    ) -> dict[int, list[KnowledgeElement]]:
        if not user_ids:
            return {}
        query = select(knowledge_elements).where(
            knowledge_elements.c.user_id.in_(sorted(set(user_ids)))
        )
        if skill_ids is not None:
            query = query.where(knowledge_elements.c.skill_id.in_(sorted(skill_ids)))
        rows = await self._db.execute(
            query.order_by(knowledge_elements.c.created_at, knowledge_elements.c.id)
        )
        found: dict[int, list[KnowledgeElement]] = {}
        for row in rows:
            found.setdefault(row.user_id, []).append(_element(row))
        return found

    async def add(self, user_id: int, elements: list[KnowledgeElement]) -> None:
        if not elements:
            return
        await self._db.execute(
            insert(knowledge_elements),
            [
                {
                    "user_id": user_id,
                    "skill_id": e.skill_id,
                    "competence_index": e.competence_id,
                    "status": e.status.value,
                    "source": e.source.value,
                    "earned_pix": e.earned_pix,
                    "assessment_id": e.assessment_id,
                    "answer_id": e.answer_id,
                    "created_at": e.created_at,
                }
                for e in elements
            ],
        )
