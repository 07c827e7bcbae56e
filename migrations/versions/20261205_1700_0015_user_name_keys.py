"""users.first_name_key and last_name_key: Orga's participant and team lists in alphabetical
order, and searches that let accents aside, alike on both databases

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-05 17:00:00

Ordering by lower(last_name) put "Émery" after "Zola" on SQLite and on PostgreSQL's C
collation, and a search for "helene" missed "Hélène". The keys are written by the application
(domain.shared.names.name_sort_key: case, accents and ligatures set aside); existing users get
theirs here, in batches.
"""

import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0015'
down_revision: str | None = '0014'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 5000


def name_sort_key(name: str) -> str:
    """domain.shared.names.name_sort_key as it was when this migration was written."""
    spelt = name.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
    decomposed = unicodedata.normalize("NFKD", spelt.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))[:255]


def upgrade() -> None:
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('first_name_key', sa.String(length=255), nullable=True))
        batch_op.add_column(sa.Column('last_name_key', sa.String(length=255), nullable=True))
    connection = op.get_bind()
    users = sa.table(
        'users',
        sa.column('id'),
        sa.column('first_name'),
        sa.column('last_name'),
        sa.column('first_name_key'),
        sa.column('last_name_key'),
    )
    write = (
        users.update()
        .where(users.c.id == sa.bindparam('user_id'))
        .values(first_name_key=sa.bindparam('first'), last_name_key=sa.bindparam('last'))
    )
    after = None
    while True:
        query = sa.select(users.c.id, users.c.first_name, users.c.last_name).order_by(users.c.id)
        if after is not None:
            query = query.where(users.c.id > after)
        rows = connection.execute(query.limit(BATCH)).all()
        if not rows:
            break
        connection.execute(
            write,
            [
                {
                    'user_id': row.id,
                    'first': name_sort_key(row.first_name),
                    'last': name_sort_key(row.last_name),
                }
                for row in rows
            ],
        )
        after = rows[-1].id
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.alter_column('first_name_key', existing_type=sa.String(length=255), nullable=False)
        batch_op.alter_column('last_name_key', existing_type=sa.String(length=255), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('last_name_key')
        batch_op.drop_column('first_name_key')
