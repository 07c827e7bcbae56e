"""content releases

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 05:41:44.621916
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('content_releases',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('activated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('document', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_content_releases'))
    )
    with op.batch_alter_table('content_releases', schema=None) as batch_op:
        batch_op.create_index('ix_content_releases_activated_at', ['activated_at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('content_releases', schema=None) as batch_op:
        batch_op.drop_index('ix_content_releases_activated_at')

    op.drop_table('content_releases')
