"""sharing snapshots and indexes for the campaign's participations and their assessments

Revision ID: 0008_sharing_snapshots
Revises: 0007
Create Date: 2026-12-04 18:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0008_sharing_snapshots'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('campaign_participations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('validated_skill_ids', sa.Text(), nullable=True))
        batch_op.create_index('ix_campaign_participations_campaign_id_id', ['campaign_id', 'id'], unique=False)
    with op.batch_alter_table('assessments', schema=None) as batch_op:
        batch_op.drop_index('ix_assessments_campaign_participation_id')
        batch_op.create_index('ix_assessments_campaign_participation_id_id', ['campaign_participation_id', 'id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('assessments', schema=None) as batch_op:
        batch_op.drop_index('ix_assessments_campaign_participation_id_id')
        batch_op.create_index('ix_assessments_campaign_participation_id', ['campaign_participation_id'], unique=False)
    with op.batch_alter_table('campaign_participations', schema=None) as batch_op:
        batch_op.drop_index('ix_campaign_participations_campaign_id_id')
        batch_op.drop_column('validated_skill_ids')
