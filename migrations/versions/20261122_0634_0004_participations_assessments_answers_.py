"""participations assessments answers knowledge

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 06:34:04.670976
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('knowledge_elements',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('user_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('skill_id', sa.String(length=64), nullable=False),
    sa.Column('competence_index', sa.String(length=8), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('earned_pix', sa.Float(), nullable=False),
    sa.Column('assessment_id', sa.String(length=32), nullable=False),
    sa.Column('answer_id', sa.String(length=32), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_knowledge_elements_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_knowledge_elements'))
    )
    with op.batch_alter_table('knowledge_elements', schema=None) as batch_op:
        batch_op.create_index('ix_knowledge_elements_user_id_skill_id', ['user_id', 'skill_id'], unique=False)

    op.create_table('campaign_participations',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('campaign_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('user_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('participant_external_id', sa.String(length=255), nullable=True),
    sa.Column('shared_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('mastery_rate', sa.Float(), nullable=True),
    sa.Column('validated_skills_count', sa.Integer(), nullable=True),
    sa.Column('pix_score', sa.Integer(), nullable=True),
    sa.Column('is_improved', sa.Boolean(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint("status IN ('STARTED', 'SHARED')", name=op.f('ck_campaign_participations_status_known')),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaigns.id'], name=op.f('fk_campaign_participations_campaign_id_campaigns'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_campaign_participations_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_campaign_participations'))
    )
    with op.batch_alter_table('campaign_participations', schema=None) as batch_op:
        batch_op.create_index('ix_campaign_participations_user_id', ['user_id'], unique=False)
        batch_op.create_index('uq_campaign_participations_one_active', ['campaign_id', 'user_id'], unique=True, sqlite_where=sa.text('is_improved = 0 AND deleted_at IS NULL'), postgresql_where=sa.text('is_improved = false AND deleted_at IS NULL'))

    op.create_table('assessments',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('user_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('type', sa.String(length=32), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('strategy', sa.String(length=32), nullable=False),
    sa.Column('content_release_id', sa.String(length=64), nullable=False),
    sa.Column('target', sa.String(length=64), nullable=False),
    sa.Column('locale', sa.String(length=8), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('campaign_participation_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('is_improving', sa.Boolean(), nullable=False),
    sa.Column('completed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('current_challenge_id', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['campaign_participation_id'], ['campaign_participations.id'], name=op.f('fk_assessments_campaign_participation_id_campaign_participations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_assessments_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assessments'))
    )
    with op.batch_alter_table('assessments', schema=None) as batch_op:
        batch_op.create_index('ix_assessments_campaign_participation_id', ['campaign_participation_id'], unique=False)
        batch_op.create_index('ix_assessments_user_id', ['user_id'], unique=False)

    op.create_table('answers',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('assessment_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('challenge_id', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('result', sa.String(length=16), nullable=False),
    sa.Column('timed_out', sa.Boolean(), nullable=False),
    sa.Column('focused_out', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['assessment_id'], ['assessments.id'], name=op.f('fk_answers_assessment_id_assessments'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_answers')),
    sa.UniqueConstraint('assessment_id', 'challenge_id', name='uq_answers_assessment_challenge')
    )


def downgrade() -> None:
    op.drop_table('answers')
    with op.batch_alter_table('assessments', schema=None) as batch_op:
        batch_op.drop_index('ix_assessments_user_id')
        batch_op.drop_index('ix_assessments_campaign_participation_id')

    op.drop_table('assessments')
    with op.batch_alter_table('campaign_participations', schema=None) as batch_op:
        batch_op.drop_index('uq_campaign_participations_one_active', sqlite_where=sa.text('is_improved = 0 AND deleted_at IS NULL'), postgresql_where=sa.text('is_improved = false AND deleted_at IS NULL'))
        batch_op.drop_index('ix_campaign_participations_user_id')

    op.drop_table('campaign_participations')
    with op.batch_alter_table('knowledge_elements', schema=None) as batch_op:
        batch_op.drop_index('ix_knowledge_elements_user_id_skill_id')

    op.drop_table('knowledge_elements')
