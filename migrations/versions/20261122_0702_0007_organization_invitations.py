"""organization invitations

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22 07:02:51.290536
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('organization_invitations',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('organization_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('email', sa.String(length=255), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('code_fingerprint', sa.String(length=64), nullable=False),
    sa.Column('invited_by', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("role IN ('ADMIN', 'MEMBER')", name=op.f('ck_organization_invitations_role_known')),
    sa.CheckConstraint("status IN ('pending', 'accepted', 'cancelled')", name=op.f('ck_organization_invitations_status_known')),
    sa.ForeignKeyConstraint(['invited_by'], ['users.id'], name=op.f('fk_organization_invitations_invited_by_users')),
    sa.ForeignKeyConstraint(['organization_id'], ['organizations.id'], name=op.f('fk_organization_invitations_organization_id_organizations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organization_invitations'))
    )
    with op.batch_alter_table('organization_invitations', schema=None) as batch_op:
        batch_op.create_index('ix_organization_invitations_organization_id', ['organization_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('organization_invitations', schema=None) as batch_op:
        batch_op.drop_index('ix_organization_invitations_organization_id')

    op.drop_table('organization_invitations')
