"""collective results folded at sharing time: per-campaign tallies of tube patterns

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05 08:00:00

Results shared before this migration are folded in by the first reading of the campaign's
collective results (ADR 0009), so nothing is computed here.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'campaign_tallies',
        sa.Column('campaign_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
        sa.Column('tube', sa.String(length=255), nullable=False),
        sa.Column('skill_ids', sa.Text(), nullable=False),
        sa.Column('participants', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['campaign_id'], ['campaigns.id'], name=op.f('fk_campaign_tallies_campaign_id_campaigns'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('campaign_id', 'tube', 'skill_ids', name=op.f('pk_campaign_tallies')),
    )
    with op.batch_alter_table('campaign_participations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('tallied', sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.create_index(
            'ix_campaign_participations_untallied',
            ['campaign_id', 'id'],
            unique=False,
            sqlite_where=sa.text("tallied = 0 AND status = 'SHARED'"),
            postgresql_where=sa.text("tallied = false AND status = 'SHARED'"),
        )


def downgrade() -> None:
    with op.batch_alter_table('campaign_participations', schema=None) as batch_op:
        batch_op.drop_index('ix_campaign_participations_untallied')
        batch_op.drop_column('tallied')
    op.drop_table('campaign_tallies')
