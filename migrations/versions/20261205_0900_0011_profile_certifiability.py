"""certifiability of a profile sent to a profiles collection, stored at sharing time

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05 09:00:00

Profiles sent before this migration keep NULL: the first reading of the collection's profiles
list computes them from the sharing snapshot and stores them (ADR 0010), so nothing is
computed here (a migration has no learning content).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0011'
down_revision: str | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('campaign_participations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('is_certifiable', sa.Boolean(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('campaign_participations', schema=None) as batch_op:
        batch_op.drop_column('is_certifiable')
