"""saved and rated tutorials

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22 06:40:12.640426
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('saved_tutorials',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('user_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('tutorial_id', sa.String(length=128), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_saved_tutorials_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_saved_tutorials')),
    sa.UniqueConstraint('user_id', 'tutorial_id', name='uq_saved_tutorials_user_tutorial')
    )
    op.create_table('tutorial_evaluations',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('user_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('tutorial_id', sa.String(length=128), nullable=False),
    sa.Column('useful', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_tutorial_evaluations_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tutorial_evaluations')),
    sa.UniqueConstraint('user_id', 'tutorial_id', name='uq_tutorial_evaluations_user_tutorial')
    )


def downgrade() -> None:
    op.drop_table('tutorial_evaluations')
    op.drop_table('saved_tutorials')
