"""who deleted a campaign or a participation (soft deletes, ADR 0011)

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05 11:40:00

`deleted_at` existed on both tables since 0003/0004 without a way to set it; the organisation
now deletes a participation or a whole campaign from Orga, and who did it is kept beside when.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0012'
down_revision: str | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    for table in ('campaigns', 'campaign_participations'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('deleted_by', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True))
            batch_op.create_foreign_key(
                f'fk_{table}_deleted_by_users', 'users', ['deleted_by'], ['id'], ondelete='SET NULL'
            )


def downgrade() -> None:
    for table in ('campaign_participations', 'campaigns'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(f'fk_{table}_deleted_by_users', type_='foreignkey')
            batch_op.drop_column('deleted_by')
