"""SQLAlchemy tables: the shape of the database. Migrations are the only way it is created."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
    text,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)

# SQLite only auto-increments a column declared exactly INTEGER PRIMARY KEY.
BigId = BigInteger().with_variant(Integer(), "sqlite")


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC instants on both dialects (SQLite forgets the offset)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored")
        return value.astimezone(UTC)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


users = Table(
    "users",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("first_name", String(255), nullable=False),
    Column("last_name", String(255), nullable=False),
    # name_sort_key() of each: Orga's lists order and search by them, alike on both databases.
    Column("first_name_key", String(255), nullable=False),
    Column("last_name_key", String(255), nullable=False),
    Column("email", String(255), nullable=False),
    Column("password_hash", String(255), nullable=False),
    Column("locale", String(8), nullable=False),
    Column("is_super_admin", Boolean, nullable=False),
    Column("failed_login_count", Integer, nullable=False),
    Column("blocked_until", UTCDateTime, nullable=True),
    Column("terms_accepted_at", UTCDateTime, nullable=True),
    Column("orga_terms_accepted_at", UTCDateTime, nullable=True),
    Column("created_at", UTCDateTime, nullable=False),
    UniqueConstraint("email"),
)

refresh_tokens = Table(
    "refresh_tokens",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("user_id", BigId, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("family_id", String(36), nullable=False),
    Column("fingerprint", String(64), nullable=False),
    Column("audience", String(32), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("expires_at", UTCDateTime, nullable=False),
    Column("rotated_at", UTCDateTime, nullable=True),
    Column("revoked_at", UTCDateTime, nullable=True),
    UniqueConstraint("fingerprint"),
    Index("ix_refresh_tokens_family_id", "family_id"),
    Index("ix_refresh_tokens_user_id", "user_id"),
)

password_reset_tokens = Table(
    "password_reset_tokens",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("user_id", BigId, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("fingerprint", String(64), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("expires_at", UTCDateTime, nullable=False),
    Column("used_at", UTCDateTime, nullable=True),
    UniqueConstraint("fingerprint"),
    Index("ix_password_reset_tokens_user_id", "user_id"),
)

organizations = Table(
    "organizations",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("name", String(255), nullable=False),
    Column("type", String(8), nullable=False),
    Column("external_id", String(255), nullable=True),
    Column("created_at", UTCDateTime, nullable=False),
    # Shown in Orga's header and on the campaigns' landing pages (an https URL or a data URI).
    Column("logo_url", Text, nullable=True),
    CheckConstraint("type IN ('SCO', 'SUP', 'PRO')", name="type_known"),
    Index("ix_organizations_name", "name"),
)

memberships = Table(
    "memberships",
    metadata,
    Column("id", BigId, primary_key=True),
    Column(
        "organization_id",
        BigId,
        ForeignKey("organizations.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("user_id", BigId, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("role", String(16), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("disabled_at", UTCDateTime, nullable=True),
    CheckConstraint("role IN ('ADMIN', 'MEMBER')", name="role_known"),
    Index("ix_memberships_user_id", "user_id"),
    # One active membership per user and organisation; disabled ones stay for history.
    Index(
        "uq_memberships_active_member",
        "organization_id",
        "user_id",
        unique=True,
        sqlite_where=text("disabled_at IS NULL"),
        postgresql_where=text("disabled_at IS NULL"),
    ),
)

content_releases = Table(
    "content_releases",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("created_at", UTCDateTime, nullable=False),
    # The active release is the one activated last; earlier ones stay for history.
    Column("activated_at", UTCDateTime, nullable=True),
    Column("document", Text, nullable=False),
    Index("ix_content_releases_activated_at", "activated_at"),
)

campaigns = Table(
    "campaigns",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("code", String(9), nullable=False),
    Column(
        "organization_id",
        BigId,
        ForeignKey("organizations.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("name", String(255), nullable=False),
    # name_sort_key(name): the list's alphabetical order, alike on SQLite and PostgreSQL.
    Column("name_key", String(255), nullable=False),
    Column("type", String(32), nullable=False),
    Column("creator_id", BigId, ForeignKey("users.id"), nullable=False),
    Column("owner_id", BigId, ForeignKey("users.id"), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("target_profile_id", String(64), nullable=True),
    Column("competence_index", String(8), nullable=True),
    Column("title", String(255), nullable=True),
    Column("landing_text", Text, nullable=True),
    Column("external_id_label", String(255), nullable=True),
    Column("external_id_type", String(16), nullable=True),
    Column("multiple_sendings", Boolean, nullable=False),
    Column("archived_at", UTCDateTime, nullable=True),
    Column("archived_by", BigId, ForeignKey("users.id"), nullable=True),
    Column("deleted_at", UTCDateTime, nullable=True),
    Column("deleted_by", BigId, ForeignKey("users.id", ondelete="SET NULL"), nullable=True),
    UniqueConstraint("code"),
    CheckConstraint("type IN ('ASSESSMENT', 'PROFILES_COLLECTION')", name="type_known"),
    CheckConstraint(
        "external_id_type IS NULL OR external_id_type IN ('STRING', 'EMAIL')",
        name="external_id_type_known",
    ),
    Index("ix_campaigns_organization_id", "organization_id"),
)

campaign_participations = Table(
    "campaign_participations",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("campaign_id", BigId, ForeignKey("campaigns.id", ondelete="CASCADE"), nullable=False),
    Column("user_id", BigId, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("status", String(16), nullable=False),
    Column("participant_external_id", String(255), nullable=True),
    Column("shared_at", UTCDateTime, nullable=True),
    Column("mastery_rate", Float, nullable=True),
    Column("validated_skills_count", Integer, nullable=True),
    Column("pix_score", Integer, nullable=True),
    Column("is_improved", Boolean, nullable=False),
    # Deleted by the organisation (with every other participation of the learner there).
    Column("deleted_at", UTCDateTime, nullable=True),
    Column("deleted_by", BigId, ForeignKey("users.id", ondelete="SET NULL"), nullable=True),
    # Snapshot taken when results are shared: every skill the learner had validated then,
    # space-separated. Exports and collective results read it instead of the knowledge rows.
    Column("validated_skill_ids", Text, nullable=True),
    # Whether this participation's snapshot is counted in `campaign_tallies` (ADR 0009).
    Column("tallied", Boolean, nullable=False, server_default=false()),
    # A profiles collection's profile as sent: certifiable or not (ADR 0010). NULL: not a sent
    # profile, or sent before the column existed (filled by the first reading of the list).
    Column("is_certifiable", Boolean, nullable=True),
    CheckConstraint("status IN ('STARTED', 'SHARED')", name="status_known"),
    Index("ix_campaign_participations_user_id", "user_id"),
    Index("ix_campaign_participations_campaign_id_id", "campaign_id", "id"),
    # Shared results not in the tally yet (shared before it existed): found without a scan.
    Index(
        "ix_campaign_participations_untallied",
        "campaign_id",
        "id",
        sqlite_where=text("tallied = 0 AND status = 'SHARED'"),
        postgresql_where=text("tallied = false AND status = 'SHARED'"),
    ),
    # One live participation per learner and campaign; improved or deleted ones stay as history.
    Index(
        "uq_campaign_participations_one_active",
        "campaign_id",
        "user_id",
        unique=True,
        sqlite_where=text("is_improved = 0 AND deleted_at IS NULL"),
        postgresql_where=text("is_improved = false AND deleted_at IS NULL"),
    ),
)

# Collective results folded at sharing time (ADR 0009): for each tube, how many counted
# participations (shared, latest of their learner, not deleted) had validated exactly these
# skills of it; the row with an empty tube and empty skills counts the participations.
campaign_tallies = Table(
    "campaign_tallies",
    metadata,
    Column(
        "campaign_id",
        BigId,
        ForeignKey("campaigns.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("tube", String(255), primary_key=True),
    # Skill ids, sorted, space-separated.
    Column("skill_ids", Text, primary_key=True),
    Column("participants", Integer, nullable=False),
)

assessments = Table(
    "assessments",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("user_id", BigId, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("type", String(32), nullable=False),
    Column("state", String(16), nullable=False),
    Column("strategy", String(32), nullable=False),
    Column("content_release_id", String(64), nullable=False),
    Column("target", String(64), nullable=False),
    Column("locale", String(8), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column(
        "campaign_participation_id",
        BigId,
        ForeignKey("campaign_participations.id", ondelete="CASCADE"),
        nullable=True,
    ),
    Column("is_improving", Boolean, nullable=False),
    Column("completed_at", UTCDateTime, nullable=True),
    Column("current_challenge_id", String(64), nullable=True),
    Column("current_challenge_started_at", UTCDateTime, nullable=True),
    Index("ix_assessments_user_id", "user_id"),
    # Also orders a participation's assessments: its latest is one index step.
    Index("ix_assessments_campaign_participation_id_id", "campaign_participation_id", "id"),
)

answers = Table(
    "answers",
    metadata,
    Column("id", BigId, primary_key=True),
    Column(
        "assessment_id", BigId, ForeignKey("assessments.id", ondelete="CASCADE"), nullable=False
    ),
    Column("challenge_id", String(64), nullable=False),
    Column("value", Text, nullable=False),
    Column("result", String(16), nullable=False),
    Column("timed_out", Boolean, nullable=False),
    Column("focused_out", Boolean, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    # An answer is final: one per challenge of an assessment, whatever the retries.
    UniqueConstraint("assessment_id", "challenge_id", name="uq_answers_assessment_challenge"),
)

knowledge_elements = Table(
    "knowledge_elements",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("user_id", BigId, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("skill_id", String(64), nullable=False),
    Column("competence_index", String(8), nullable=False),
    Column("status", String(16), nullable=False),
    Column("source", String(16), nullable=False),
    Column("earned_pix", Float, nullable=False),
    Column("assessment_id", String(32), nullable=False),
    Column("answer_id", String(32), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Index("ix_knowledge_elements_user_id_skill_id", "user_id", "skill_id"),
)

challenge_reports = Table(
    "challenge_reports",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("user_id", BigId, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column(
        "assessment_id", BigId, ForeignKey("assessments.id", ondelete="CASCADE"), nullable=False
    ),
    Column("challenge_id", String(64), nullable=False),
    Column("comment", Text, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Index("ix_challenge_reports_created_at", "created_at"),
)

saved_tutorials = Table(
    "saved_tutorials",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("user_id", BigId, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("tutorial_id", String(128), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    UniqueConstraint("user_id", "tutorial_id", name="uq_saved_tutorials_user_tutorial"),
)

tutorial_evaluations = Table(
    "tutorial_evaluations",
    metadata,
    Column("id", BigId, primary_key=True),
    Column("user_id", BigId, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("tutorial_id", String(128), nullable=False),
    Column("useful", Boolean, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    UniqueConstraint("user_id", "tutorial_id", name="uq_tutorial_evaluations_user_tutorial"),
)

organization_invitations = Table(
    "organization_invitations",
    metadata,
    Column("id", BigId, primary_key=True),
    Column(
        "organization_id",
        BigId,
        ForeignKey("organizations.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("email", String(255), nullable=False),
    Column("role", String(16), nullable=False),
    Column("status", String(16), nullable=False),
    Column("code_fingerprint", String(64), nullable=False),
    Column("invited_by", BigId, ForeignKey("users.id"), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    CheckConstraint("status IN ('pending', 'accepted', 'cancelled')", name="status_known"),
    CheckConstraint("role IN ('ADMIN', 'MEMBER')", name="role_known"),
    Index("ix_organization_invitations_organization_id", "organization_id"),
)
