"""campaigns

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 05:50:14.578617
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('campaigns',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('code', sa.String(length=9), nullable=False),
    sa.Column('organization_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('name', sa.String(length=255), nullable=False),
    sa.Column('type', sa.String(length=32), nullable=False),
    sa.Column('creator_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('owner_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('target_profile_id', sa.String(length=64), nullable=True),
    sa.Column('competence_index', sa.String(length=8), nullable=True),
    sa.Column('title', sa.String(length=255), nullable=True),
    sa.Column('landing_text', sa.Text(), nullable=True),
    sa.Column('external_id_label', sa.String(length=255), nullable=True),
    sa.Column('external_id_type', sa.String(length=16), nullable=True),
    sa.Column('multiple_sendings', sa.Boolean(), nullable=False),
    sa.Column('archived_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('archived_by', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint("external_id_type IS NULL OR external_id_type IN ('STRING', 'EMAIL')", name=op.f('ck_campaigns_external_id_type_known')),
    sa.CheckConstraint("type IN ('ASSESSMENT', 'PROFILES_COLLECTION')", name=op.f('ck_campaigns_type_known')),
    sa.ForeignKeyConstraint(['archived_by'], ['users.id'], name=op.f('fk_campaigns_archived_by_users')),
    sa.ForeignKeyConstraint(['creator_id'], ['users.id'], name=op.f('fk_campaigns_creator_id_users')),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_campaigns_organization_id_organizations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['owner_id'], ['users.id'], name=op.f('fk_campaigns_owner_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_campaigns')),
    sa.UniqueConstraint('code', name=op.f('uq_campaigns_code'))
    )
    with op.batch_alter_table('campaigns', schema=None) as batch_op:
        batch_op.create_index('ix_campaigns_organization_id', ['organization_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('campaigns', schema=None) as batch_op:
        batch_op.drop_index('ix_campaigns_organization_id')

    op.drop_table('campaigns')
