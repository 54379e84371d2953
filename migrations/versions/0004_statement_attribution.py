"""Statements record how they were tied to their speaker.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06

``statements.attribution`` is one of explicit, several, pronoun, continuation or interview
(tracker.choices.ATTRIBUTIONS), so listings can leave out the less certain ones
(``--attribution explicit``). Rows stored before this revision keep NULL until ``tracker reextract``.

On SQLite the column is added with ALTER TABLE rather than a batch rebuild of ``statements``: a
rebuild would drop the full-text triggers, and a plain ADD COLUMN keeps them and every row in place.
The values are checked where they are written (store.ingest), not by a CHECK constraint: a CHECK on
the column would make SQLite refuse to drop it again once a later batch rebuild moves it into the
table's constraints.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0004'
down_revision: str | Sequence[str] | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COMMENT = ('How it was tied to its speaker: explicit, several, pronoun, continuation or interview '
            '(NULL: stored before 0004; reextract fills it).')


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE statements ADD COLUMN attribution VARCHAR(20)")
        return
    op.add_column('statements', sa.Column('attribution', sa.String(length=20), nullable=True, comment=_COMMENT))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE statements DROP COLUMN attribution")
        return
    op.drop_column('statements', 'attribution')
