"""challenge reports

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22 06:39:04.972273
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('challenge_reports',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('user_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('assessment_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('challenge_id', sa.String(length=64), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['assessment_id'], ['assessments.id'], name=op.f('fk_challenge_reports_assessment_id_assessments'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_challenge_reports_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_challenge_reports'))
    )
    with op.batch_alter_table('challenge_reports', schema=None) as batch_op:
        batch_op.create_index('ix_challenge_reports_created_at', ['created_at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('challenge_reports', schema=None) as batch_op:
        batch_op.drop_index('ix_challenge_reports_created_at')

    op.drop_table('challenge_reports')
