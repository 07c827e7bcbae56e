"""campaigns.name_key: the alphabetical order of Orga's campaign list, alike on both databases

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05 13:15:00

Ordering by lower(name) puts "École" after "Zèbre" on SQLite and on PostgreSQL's C collation,
and elsewhere on other collations. The key is written by the application
(domain.campaigns.model.name_sort_key: case, accents and ligatures set aside); existing
campaigns get theirs here.
"""

import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0014'
down_revision: str | None = '0013'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def name_sort_key(name: str) -> str:
    """domain.campaigns.model.name_sort_key as it was when this migration was written."""
    spelt = name.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
    decomposed = unicodedata.normalize("NFKD", spelt.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))[:255]


def upgrade() -> None:
    with op.batch_alter_table('campaigns', schema=None) as batch_op:
        batch_op.add_column(sa.Column('name_key', sa.String(length=255), nullable=True))
    connection = op.get_bind()
    campaigns = sa.table('campaigns', sa.column('id'), sa.column('name'), sa.column('name_key'))
    rows = connection.execute(sa.select(campaigns.c.id, campaigns.c.name)).all()
    if rows:
        connection.execute(
            campaigns.update()
            .where(campaigns.c.id == sa.bindparam('campaign_id'))
            .values(name_key=sa.bindparam('key')),
            [{'campaign_id': row.id, 'key': name_sort_key(row.name)} for row in rows],
        )
    with op.batch_alter_table('campaigns', schema=None) as batch_op:
        batch_op.alter_column('name_key', existing_type=sa.String(length=255), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table('campaigns', schema=None) as batch_op:
        batch_op.drop_column('name_key')
