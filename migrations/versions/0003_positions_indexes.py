"""Indexes for `positions`: statement topics carry their statement's speaker, article and date.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23

`tracker positions --topic` counts each official's statements on a topic and lists their newest
ones. With the speaker and date copied into ``statement_topics`` and indexed behind the topic,
both come from one index range instead of a join of a topic's statements with ``statements`` and
``articles`` (on a million statements: ~25 ms instead of ~170 ms). Statements are never updated
in place (re-extraction deletes and re-inserts them), so the copies cannot go stale.

The index of bill stances by bill also holds the official, so stances per bill and official are
counted without reading the table (~7 ms instead of ~45 ms).
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0003'
down_revision: str | Sequence[str] | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COPY = """
UPDATE statement_topics SET
    official_id = (SELECT s.official_id FROM statements s WHERE s.id = statement_topics.statement_id),
    article_id = (SELECT s.article_id FROM statements s WHERE s.id = statement_topics.statement_id),
    published = (SELECT a.published FROM statements s JOIN articles a ON a.id = s.article_id
                 WHERE s.id = statement_topics.statement_id)
"""


def upgrade() -> None:
    with op.batch_alter_table('statement_topics', schema=None) as batch_op:
        batch_op.add_column(sa.Column('official_id', sa.Integer(), nullable=True, comment='statements.official_id of the statement.'))
        batch_op.add_column(sa.Column('article_id', sa.Integer(), nullable=True, comment='statements.article_id of the statement.'))
        batch_op.add_column(sa.Column('published', sa.Date(), nullable=True, comment='articles.published of its article.'))
    op.execute(_COPY)
    with op.batch_alter_table('statement_topics', schema=None) as batch_op:
        batch_op.alter_column('article_id', existing_type=sa.Integer(), nullable=False,
                              existing_comment='statements.article_id of the statement.')
        batch_op.create_index('ix_statement_topics_latest', ['topic_id', 'official_id', 'published', 'article_id', 'statement_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_statement_topics_article_id_articles'), 'articles', ['article_id'], ['id'], ondelete='CASCADE')
        batch_op.create_foreign_key(batch_op.f('fk_statement_topics_official_id_officials'), 'officials', ['official_id'], ['id'], ondelete='SET NULL')
    with op.batch_alter_table('bill_stances', schema=None) as batch_op:
        batch_op.drop_index('ix_bill_stances_bill_id')
        batch_op.create_index('ix_bill_stances_bill_id_official_id', ['bill_id', 'official_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('bill_stances', schema=None) as batch_op:
        batch_op.drop_index('ix_bill_stances_bill_id_official_id')
        batch_op.create_index('ix_bill_stances_bill_id', ['bill_id'], unique=False)
    with op.batch_alter_table('statement_topics', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_statement_topics_official_id_officials'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_statement_topics_article_id_articles'), type_='foreignkey')
        batch_op.drop_index('ix_statement_topics_latest')
        batch_op.drop_column('published')
        batch_op.drop_column('article_id')
        batch_op.drop_column('official_id')
