from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, case, func, insert, literal, or_, select, union_all, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection

from api.persistence.database import violates
from api.persistence.repositories.participations import skill_set
from api.persistence.tables import (
    assessments,
    campaign_participations,
    campaigns,
    organizations,
    users,
)
from domain.campaigns.errors import CampaignCodeExhaustedError
from domain.campaigns.model import (
    ACTIVITY_TIME_ZONE,
    Campaign,
    CampaignListQuery,
    CampaignPage,
    CampaignSort,
    CampaignSummary,
    CampaignToJoin,
    CampaignType,
    DayActivity,
    ExportParticipation,
    ExternalIdType,
    MasteryGroup,
    ParticipantPage,
    ParticipantRow,
    SharedProfilePage,
    StatusCounts,
)
from domain.shared.names import name_sort_key

_PARIS = ZoneInfo(ACTIVITY_TIME_ZONE)


def _paris_day(bucket: date | str) -> date:
    """A PostgreSQL date is already the Paris day; SQLite's "YYYY-MM-DD HH" is a UTC hour."""
    if isinstance(bucket, date):
        return bucket
    hour = datetime.strptime(bucket, "%Y-%m-%d %H").replace(tzinfo=UTC)
    return hour.astimezone(_PARIS).date()


_FIELDS = (
    "code",
    "organization_id",
    "name",
    "creator_id",
    "owner_id",
    "created_at",
    "target_profile_id",
    "competence_index",
    "title",
    "landing_text",
    "external_id_label",
    "multiple_sendings",
    "archived_at",
    "archived_by",
    "deleted_at",
    "deleted_by",
)


def _stored(campaign: Campaign) -> dict[str, Any]:
    """The columns the application writes, with the sort key its name gives."""
    values = {name: getattr(campaign, name) for name in _FIELDS}
    values["name_key"] = name_sort_key(campaign.name)
    return values


def _campaign(row: Any) -> Campaign:
    return Campaign(
        id=row.id,
        type=CampaignType(row.type),
        external_id_type=ExternalIdType(row.external_id_type) if row.external_id_type else None,
        **{name: getattr(row, name) for name in _FIELDS},
    )


def _latest_assessment_state() -> Any:
    """State of a participation's latest assessment: one backward step of the
    (campaign_participation_id, id) index per participation, whatever the statistics say."""
    return (
        select(assessments.c.state)
        .where(assessments.c.campaign_participation_id == campaign_participations.c.id)
        .order_by(assessments.c.campaign_participation_id.desc(), assessments.c.id.desc())
        .limit(1)
        .correlate(campaign_participations)
        .scalar_subquery()
    )


def participant_matches(search: str | None) -> ColumnElement[bool] | None:
    """Pix's participant search, shared by Orga's lists: "contains" on the first name, the last
    name, "first last", "last first" (case and accents aside, on the stored name keys) and the
    external id (case aside). Blanks around and between words do not count; a blank search
    filters nothing."""
    words = " ".join((search or "").split())
    if not words:
        return None
    name = name_sort_key(words)
    first, last = users.c.first_name_key, users.c.last_name_key
    return or_(
        *(
            text_.contains(name, autoescape=True)
            for text_ in (first, last, first + " " + last, last + " " + first)
        ),
        func.lower(campaign_participations.c.participant_external_id).contains(
            words.lower(), autoescape=True
        ),
    )


async def shared_chunk(
    db: AsyncConnection,
    campaign_id: int,
    *conditions: ColumnElement[bool],
    after_id: int,
    limit: int,
) -> list[ExportParticipation]:
    """Shared participations of the campaign meeting `conditions`, id > after_id, by id,
    without names: what the read models' first-reading backfills walk through."""
    cp = campaign_participations.c
    rows = await db.execute(
        select(cp.id, cp.user_id, cp.created_at, cp.shared_at, cp.validated_skill_ids)
        .where(
            cp.campaign_id == campaign_id,
            cp.status == "SHARED",
            cp.deleted_at.is_(None),
            *conditions,
            cp.id > after_id,
        )
        .order_by(cp.id)
        .limit(limit)
    )
    return [
        ExportParticipation(
            participation_id=row.id,
            user_id=row.user_id,
            first_name="",
            last_name="",
            external_id=None,
            created_at=row.created_at,
            shared_at=row.shared_at,
            assessment_completed=True,
            validated_at_sharing=skill_set(row.validated_skill_ids),
        )
        for row in rows
    ]


def _campaign_order(sort: CampaignSort, summaries: Any) -> list[Any]:
    """The list's ORDER BY (the id, newest first, breaks ties so pages never overlap)."""
    participants = summaries.selected_columns.participants
    name = campaigns.c.name_key
    return {
        "-created_at": [campaigns.c.created_at.desc()],
        "created_at": [campaigns.c.created_at.asc()],
        "name": [name.asc()],
        "-name": [name.desc()],
        "-participants": [participants.desc()],
    }[sort]


class SqlCampaignRepository:
    def __init__(self, connection: AsyncConnection) -> None:
        self._db = connection

    async def add(self, campaign: Campaign) -> Campaign:
        values = _stored(campaign)
        values["type"] = campaign.type.value
        values["external_id_type"] = (
            campaign.external_id_type.value if campaign.external_id_type else None
        )
        try:
            result = await self._db.execute(
                insert(campaigns).values(**values).returning(campaigns.c.id)
            )
        except IntegrityError as error:
            if violates(error, "uq_campaigns_code", "campaigns.code"):
                raise CampaignCodeExhaustedError() from error
            raise
        return Campaign(**{**campaign.__dict__, "id": result.scalar_one()})

    async def code_exists(self, code: str) -> bool:
        found = await self._db.execute(select(campaigns.c.id).where(campaigns.c.code == code))
        return found.first() is not None

    async def get(self, campaign_id: int, *, lock: bool = False) -> Campaign | None:
        query = select(campaigns).where(campaigns.c.id == campaign_id)
        if lock:
            query = query.with_for_update(read=True)
        row = (await self._db.execute(query)).first()
        return _campaign(row) if row else None

    async def update(self, campaign: Campaign) -> None:
        # Deleting is its own statement (remove); a stale copy must not undo it.
        values = {k: v for k, v in _stored(campaign).items() if not k.startswith("deleted_")}
        await self._db.execute(
            update(campaigns)
            .where(campaigns.c.id == campaign.id, campaigns.c.deleted_at.is_(None))
            .values(**values)
        )

    async def remove(self, campaign_id: int, *, at: datetime, by: int) -> bool:
        removed = await self._db.execute(
            update(campaigns)
            .where(campaigns.c.id == campaign_id, campaigns.c.deleted_at.is_(None))
            .values(deleted_at=at, deleted_by=by)
            .returning(campaigns.c.id)
        )
        if removed.first() is None:
            return False
        cp = campaign_participations.c
        # Every participation goes with it, and the identifier the organisation had asked for.
        await self._db.execute(
            update(campaign_participations)
            .where(cp.campaign_id == campaign_id, cp.deleted_at.is_(None))
            .values(deleted_at=at, deleted_by=by, participant_external_id=None, tallied=False)
        )
        return True

    def _summaries(self) -> Any:
        counts = (
            select(
                campaign_participations.c.campaign_id,
                func.count().label("participants"),
                func.count(campaign_participations.c.shared_at).label("shared"),
            )
            .where(
                campaign_participations.c.is_improved.is_(False),
                campaign_participations.c.deleted_at.is_(None),
            )
            .group_by(campaign_participations.c.campaign_id)
            .subquery()
        )
        return (
            select(
                campaigns,
                (users.c.first_name + " " + users.c.last_name).label("owner_name"),
                func.coalesce(counts.c.participants, 0).label("participants"),
                func.coalesce(counts.c.shared, 0).label("shared"),
            )
            .join(users, users.c.id == campaigns.c.owner_id)
            .outerjoin(counts, counts.c.campaign_id == campaigns.c.id)
        )

    @staticmethod
    def _summary(row: Any) -> CampaignSummary:
        return CampaignSummary(_campaign(row), row.owner_name, row.participants, row.shared)

    async def summary(self, campaign_id: int) -> CampaignSummary | None:
        row = (
            await self._db.execute(self._summaries().where(campaigns.c.id == campaign_id))
        ).first()
        return self._summary(row) if row else None

    async def page(self, query: CampaignListQuery) -> CampaignPage:
        conditions = [
            campaigns.c.organization_id == query.organization_id,
            campaigns.c.deleted_at.is_(None),
        ]
        any_campaign = (
            await self._db.execute(select(func.count()).select_from(campaigns).where(*conditions))
        ).scalar_one()
        conditions.append(
            campaigns.c.archived_at.is_not(None)
            if query.archived
            else campaigns.c.archived_at.is_(None)
        )
        if query.name:
            conditions.append(
                func.lower(campaigns.c.name).contains(query.name.strip().lower(), autoescape=True)
            )
        if query.owner_id is not None:
            conditions.append(campaigns.c.owner_id == query.owner_id)
        total = (
            await self._db.execute(select(func.count()).select_from(campaigns).where(*conditions))
        ).scalar_one()
        summaries = self._summaries()
        rows = await self._db.execute(
            summaries.where(*conditions)
            .order_by(*_campaign_order(query.sort, summaries), campaigns.c.id.desc())
            .limit(query.page_size)
            .offset((query.page - 1) * query.page_size)
        )
        return CampaignPage(
            items=[self._summary(row) for row in rows],
            total=int(total),
            organization_has_campaigns=bool(any_campaign),
        )

    async def export_chunk(
        self, campaign_id: int, *, after_id: int, limit: int
    ) -> list[ExportParticipation]:
        completed = _latest_assessment_state()
        cp = campaign_participations.c
        rows = await self._db.execute(
            select(
                cp.id,
                cp.user_id,
                cp.participant_external_id,
                cp.created_at,
                cp.shared_at,
                cp.validated_skill_ids,
                cp.is_certifiable,
                users.c.first_name,
                users.c.last_name,
                completed.label("assessment_state"),
            )
            .join(users, users.c.id == campaign_participations.c.user_id)
            .where(
                campaign_participations.c.campaign_id == campaign_id,
                campaign_participations.c.deleted_at.is_(None),
                campaign_participations.c.id > after_id,
            )
            .order_by(campaign_participations.c.id)
            .limit(limit)
        )
        return [
            ExportParticipation(
                participation_id=row.id,
                user_id=row.user_id,
                first_name=row.first_name,
                last_name=row.last_name,
                external_id=row.participant_external_id,
                created_at=row.created_at,
                shared_at=row.shared_at,
                assessment_completed=row.assessment_state == "completed",
                validated_at_sharing=skill_set(row.validated_skill_ids),
                certifiable_at_sharing=row.is_certifiable,
            )
            for row in rows
        ]

    async def shared_profiles(
        self,
        campaign_id: int,
        *,
        search: str | None = None,
        certifiable: bool | None = None,
        limit: int,
        offset: int,
    ) -> SharedProfilePage:
        later = campaign_participations.alias("later_sending")
        conditions: list[ColumnElement[bool]] = [
            campaign_participations.c.campaign_id == campaign_id,
            campaign_participations.c.deleted_at.is_(None),
            campaign_participations.c.status == "SHARED",
            # One row per learner: the latest profile sent (multiple sendings keep history).
            ~select(later.c.id)
            .where(
                later.c.campaign_id == campaign_participations.c.campaign_id,
                later.c.user_id == campaign_participations.c.user_id,
                later.c.status == "SHARED",
                later.c.deleted_at.is_(None),
                later.c.id > campaign_participations.c.id,
            )
            .correlate(campaign_participations)
            .exists(),
        ]
        matches = participant_matches(search)
        if matches is not None:
            conditions.append(matches)
        if certifiable is not None:
            conditions.append(campaign_participations.c.is_certifiable.is_(certifiable))
        total = (
            await self._db.execute(
                select(func.count())
                .select_from(campaign_participations)
                .join(users, users.c.id == campaign_participations.c.user_id)
                .where(*conditions)
            )
        ).scalar_one()
        rows = await self._db.execute(
            select(campaign_participations, users.c.first_name, users.c.last_name)
            .join(users, users.c.id == campaign_participations.c.user_id)
            .where(*conditions)
            .order_by(users.c.last_name_key, users.c.first_name_key, campaign_participations.c.id)
            .limit(limit)
            .offset(offset)
        )
        return SharedProfilePage(
            items=[
                ExportParticipation(
                    participation_id=row.id,
                    user_id=row.user_id,
                    first_name=row.first_name,
                    last_name=row.last_name,
                    external_id=row.participant_external_id,
                    created_at=row.created_at,
                    shared_at=row.shared_at,
                    assessment_completed=True,
                    validated_at_sharing=skill_set(row.validated_skill_ids),
                    certifiable_at_sharing=row.is_certifiable,
                )
                for row in rows
            ],
            total=int(total),
        )

    async def profiles_without_certifiability(
        self, campaign_id: int, *, after_id: int, limit: int
    ) -> list[ExportParticipation]:
        return await shared_chunk(
            self._db,
            campaign_id,
            campaign_participations.c.is_certifiable.is_(None),
            after_id=after_id,
            limit=limit,
        )

    async def record_certifiability(self, campaign_id: int, certifiable: dict[int, bool]) -> None:
        cp = campaign_participations.c
        for value in (True, False):
            ids = [pid for pid, is_certifiable in certifiable.items() if is_certifiable is value]
            if ids:
                # Only where still unknown: a concurrent reading wrote the same answer.
                await self._db.execute(
                    update(campaign_participations)
                    .where(
                        cp.id.in_(ids), cp.campaign_id == campaign_id, cp.is_certifiable.is_(None)
                    )
                    .values(is_certifiable=value)
                )

    @staticmethod
    def _display_status() -> Any:
        """SHARED, TO_SHARE (last assessment completed) or STARTED, as Orga shows it."""
        return case(
            (campaign_participations.c.status == "SHARED", "SHARED"),
            (
                _latest_assessment_state() == "completed",
                "TO_SHARE",
            ),
            else_="STARTED",
        ).label("display_status")

    @staticmethod
    def _latest_of(campaign_id: int) -> list[ColumnElement[bool]]:
        """The participation each learner has now: not replaced by a retry, not deleted."""
        return [
            campaign_participations.c.campaign_id == campaign_id,
            campaign_participations.c.is_improved.is_(False),
            campaign_participations.c.deleted_at.is_(None),
        ]

    async def participants(
        self, campaign_id: int, *, status: str | None, search: str | None, limit: int, offset: int
    ) -> ParticipantPage:
        state = self._display_status()
        conditions = self._latest_of(campaign_id)
        matches = participant_matches(search)
        if matches is not None:
            conditions.append(matches)
        base = (
            select(
                campaign_participations.c.id,
                users.c.first_name,
                users.c.last_name,
                users.c.first_name_key,
                users.c.last_name_key,
                campaign_participations.c.participant_external_id,
                campaign_participations.c.created_at,
                campaign_participations.c.shared_at,
                campaign_participations.c.mastery_rate,
                state,
            )
            .join(users, users.c.id == campaign_participations.c.user_id)
            .where(*conditions)
        ).subquery()
        filtered = select(base)
        if status:
            filtered = filtered.where(base.c.display_status == status)
        total = (
            await self._db.execute(select(func.count()).select_from(filtered.subquery()))
        ).scalar_one()
        rows = await self._db.execute(
            filtered.order_by(base.c.last_name_key, base.c.first_name_key, base.c.id)
            .limit(limit)
            .offset(offset)
        )
        return ParticipantPage(
            items=[
                ParticipantRow(
                    participation_id=row.id,
                    first_name=row.first_name,
                    last_name=row.last_name,
                    external_id=row.participant_external_id,
                    status=row.display_status,
                    created_at=row.created_at,
                    shared_at=row.shared_at,
                    # Until the learner shares, the result stays theirs alone.
                    mastery_rate=row.mastery_rate if row.display_status == "SHARED" else None,
                )
                for row in rows
            ],
            total=int(total),
        )

    async def status_counts(self, campaign_id: int) -> StatusCounts:
        state = self._display_status()
        rows = await self._db.execute(
            select(state, func.count().label("n"))
            .where(*self._latest_of(campaign_id))
            .group_by(state)
        )
        counts = {row.display_status: int(row.n) for row in rows}
        return StatusCounts(
            started=counts.get("STARTED", 0),
            to_share=counts.get("TO_SHARE", 0),
            shared=counts.get("SHARED", 0),
        )

    def _bucket(self, column: Any) -> Any:
        """PostgreSQL: the Paris day itself. SQLite (no time zones): the UTC hour, turned
        into a Paris day in Python. France's offset is a whole number of hours and changes on
        an hour, so an hour never straddles two Paris days; at most 24 rows a day come back."""
        if self._db.dialect.name == "postgresql":
            return func.date(func.timezone(ACTIVITY_TIME_ZONE, column))
        return func.strftime("%Y-%m-%d %H", column)  # SQLite keeps the UTC instant as text

    async def activity_by_day(self, campaign_id: int) -> list[DayActivity]:
        latest = self._latest_of(campaign_id)
        events = union_all(
            select(
                self._bucket(campaign_participations.c.created_at).label("bucket"),
                literal(1).label("started"),
                literal(0).label("shared"),
            ).where(*latest),
            select(
                self._bucket(campaign_participations.c.shared_at).label("bucket"),
                literal(0).label("started"),
                literal(1).label("shared"),
            ).where(*latest, campaign_participations.c.shared_at.is_not(None)),
        ).subquery()
        rows = await self._db.execute(
            select(
                events.c.bucket,
                func.sum(events.c.started).label("started"),
                func.sum(events.c.shared).label("shared"),
            ).group_by(events.c.bucket)
        )
        by_day: dict[date, tuple[int, int]] = {}
        for row in rows:
            day = _paris_day(row.bucket)
            started, shared = by_day.get(day, (0, 0))
            by_day[day] = (started + int(row.started), shared + int(row.shared))
        return [DayActivity(day, *by_day[day]) for day in sorted(by_day)]

    async def shared_mastery(self, campaign_id: int) -> list[MasteryGroup]:
        # Grouped in the database: at most one row per distinct score, whatever the size.
        rate = campaign_participations.c.mastery_rate
        validated = func.coalesce(campaign_participations.c.validated_skills_count, 0)
        rows = await self._db.execute(
            select(rate.label("rate"), validated.label("validated"), func.count().label("n"))
            .where(
                *self._latest_of(campaign_id),
                campaign_participations.c.status == "SHARED",
                rate.is_not(None),
            )
            .group_by(rate, validated)
        )
        return [MasteryGroup(float(row.rate), int(row.validated), int(row.n)) for row in rows]

    async def get_to_join(self, code: str) -> CampaignToJoin | None:
        row = (
            await self._db.execute(
                select(
                    campaigns,
                    organizations.c.name.label("organization_name"),
                    organizations.c.type.label("organization_type"),
                    organizations.c.logo_url.label("organization_logo_url"),
                )
                .join(organizations, organizations.c.id == campaigns.c.organization_id)
                .where(campaigns.c.code == code)
            )
        ).first()
        if row is None:
            return None
        return CampaignToJoin(
            campaign=_campaign(row),
            organization_name=row.organization_name,
            organization_type=row.organization_type,
            organization_logo_url=row.organization_logo_url,
        )
