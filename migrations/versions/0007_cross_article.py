"""Across articles: near-duplicate articles, repeated statements, edited versions, reviews.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06

- ``articles.duplicate_of``/``similarity``: an article that tells an earlier one's story again (a
  reprint under a new headline, another outlet's copy), found by MinHash over word shingles;
  ``article_signatures`` keeps each signature and ``article_bands`` is its LSH index.
- ``statements.same_as`` (and ``bill_stances.same_as``, ``funding.same_as``): a row that repeats
  another one from another article; only the row it points to is counted, the others are its
  sources. ``statements.text_key`` (all its words) and ``head_key`` (its first eight) find the same
  quote, or a trimmed copy of it, in any article by index lookups.
- ``article_versions``: the earlier text of an article ingested again with edits.
- ``reviews``: a person's verdicts and corrections, keyed by article and span, so re-extraction
  keeps them.

Adding a foreign key recreates ``statements`` on SQLite (batch mode), which drops its full-text
triggers: they are made again. Existing rows start as not duplicated and unsigned: `tracker
reextract` signs and links them.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0007'
down_revision: str | Sequence[str] | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Recreating ``statements`` (batch mode on SQLite) drops its full-text triggers: made again after.
_FTS_TRIGGERS = [
    '''CREATE TRIGGER IF NOT EXISTS "statements_ai" AFTER INSERT ON "statements" BEGIN
  INSERT INTO "statements_fts" (rowid, "text") VALUES (new."id", new."text");
END''',
    '''CREATE TRIGGER IF NOT EXISTS "statements_ad" AFTER DELETE ON "statements" BEGIN
  INSERT INTO "statements_fts" ("statements_fts", rowid, "text") VALUES ('delete', old."id", old."text");
END''',
    '''CREATE TRIGGER IF NOT EXISTS "statements_au" AFTER UPDATE ON "statements" BEGIN
  INSERT INTO "statements_fts" ("statements_fts", rowid, "text") VALUES ('delete', old."id", old."text");
  INSERT INTO "statements_fts" (rowid, "text") VALUES (new."id", new."text");
END''',
]


def _fts_triggers() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        for sql in _FTS_TRIGGERS:
            op.execute(sql)


def _self_reference(table: str, column: str, comment: str) -> None:
    """A nullable column pointing at another row of ``table``, with its foreign key and index."""
    with op.batch_alter_table(table, schema=None) as batch_op:
        batch_op.add_column(sa.Column(column, sa.Integer(), nullable=True, comment=comment))
        batch_op.create_index(batch_op.f(f'ix_{table}_{column}'), [column], unique=False)
        batch_op.create_foreign_key(batch_op.f(f'fk_{table}_{column}_{table}'), table, [column], ['id'],
                                    ondelete='SET NULL')


def _drop_self_reference(table: str, column: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f(f'fk_{table}_{column}_{table}'), type_='foreignkey')
        batch_op.drop_index(batch_op.f(f'ix_{table}_{column}'))
        batch_op.drop_column(column)


def upgrade() -> None:
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.add_column(sa.Column('similarity', sa.Float(), nullable=True, comment='Estimated word-shingle Jaccard similarity to duplicate_of (0 to 1).'))
        batch_op.create_index('ix_articles_url', ['url'], unique=False)
        batch_op.create_index('ix_articles_outlet_title', ['outlet', 'title'], unique=False)
    _self_reference('articles', 'duplicate_of', "An earlier article telling the same story (a reprint or another outlet's copy), if any.")
    with op.batch_alter_table('statements', schema=None) as batch_op:
        batch_op.add_column(sa.Column('text_key', sa.String(length=16), nullable=True, comment="Hash of the text's lower-cased words: equal for one quote."))
        batch_op.add_column(sa.Column('head_key', sa.String(length=16), nullable=True, comment='Hash of its first eight words: equal for a trimmed quote.'))
        batch_op.create_index(batch_op.f('ix_statements_text_key'), ['text_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_statements_head_key'), ['head_key'], unique=False)
        batch_op.drop_index('ix_statements_official_id')
        batch_op.create_index('ix_statements_official_id_article_id', ['official_id', 'article_id'], unique=False)
    _self_reference('statements', 'same_as', "The statement this one repeats (another source of it); NULL for the one counted.")
    _self_reference('bill_stances', 'same_as', "The same stance in the article this one's article duplicates; NULL for the one counted.")
    _self_reference('funding', 'same_as', "The same figure in the article this one's article duplicates; NULL for the one counted.")
    _fts_triggers()
    op.create_table('article_signatures',
    sa.Column('article_id', sa.Integer(), nullable=False, comment='The article.'),
    sa.Column('minhash', sa.LargeBinary(), nullable=False, comment='64 one-permutation MinHash values, 4 bytes each.'),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_article_signatures_article_id_articles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', name=op.f('pk_article_signatures')),
    comment="Each article's MinHash signature, to find near-duplicate articles."
    )
    op.create_table('article_bands',
    sa.Column('key', sa.BigInteger(), autoincrement=False, nullable=False, comment='Hash of the band number and its MinHash values.'),
    sa.Column('article_id', sa.Integer(), nullable=False, comment='The article.'),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_article_bands_article_id_articles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('key', 'article_id', name=op.f('pk_article_bands')),
    comment="LSH index: one row per band of an article's signature.",
    sqlite_with_rowid=False
    )
    op.create_table('article_versions',
    sa.Column('id', sa.Integer(), nullable=False, comment='Row id.'),
    sa.Column('article_id', sa.Integer(), nullable=False, comment='The article, as it is now.'),
    sa.Column('sha256', sa.String(length=64), nullable=False, comment='SHA-256 hex digest of the earlier text.'),
    sa.Column('text', sa.Text(), nullable=False, comment='The earlier text.'),
    sa.Column('title', sa.Text(), nullable=True, comment='The earlier headline.'),
    sa.Column('published', sa.Date(), nullable=True, comment='The earlier publication date.'),
    sa.Column('ingested_at', sa.DateTime(timezone=True), nullable=False, comment='When the earlier text was stored (UTC).'),
    sa.Column('replaced_at', sa.DateTime(timezone=True), nullable=False, comment='When the edited text replaced it (UTC).'),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_article_versions_article_id_articles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_article_versions')),
    comment='Earlier texts of an article that was ingested again, edited.'
    )
    with op.batch_alter_table('article_versions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_article_versions_article_id'), ['article_id'], unique=False)
    op.create_table('reviews',
    sa.Column('id', sa.Integer(), nullable=False, comment='Row id.'),
    sa.Column('article_id', sa.Integer(), nullable=False, comment='The article the item is from.'),
    sa.Column('item', sa.String(length=10), nullable=False, comment='statement, stance or funding.'),
    sa.Column('start', sa.Integer(), nullable=False, comment="The item's start offset into articles.text."),
    sa.Column('end', sa.Integer(), nullable=False, comment="The item's end offset (exclusive)."),
    sa.Column('evidence', sa.Text(), nullable=False, comment='articles.text[start:end] when reviewed; applies only while equal.'),
    sa.Column('verdict', sa.String(length=10), nullable=False, comment='confirmed, rejected or corrected.'),
    sa.Column('speaker', sa.String(length=200), nullable=True, comment='Corrected speaker or official name.'),
    sa.Column('topic', sa.String(length=100), nullable=True, comment='Corrected main topic of a statement.'),
    sa.Column('stance', sa.String(length=10), nullable=True, comment='Corrected stance (supports, opposes).'),
    sa.Column('amount', sa.Numeric(precision=20, scale=2), nullable=True, comment='Corrected amount of a figure.'),
    sa.Column('reason', sa.Text(), nullable=True, comment="Why, in the reviewer's words."),
    sa.Column('reviewed_at', sa.DateTime(timezone=True), nullable=False, comment='When (UTC).'),
    sa.CheckConstraint("item IN ('statement', 'stance', 'funding')", name=op.f('ck_reviews_item')),
    sa.CheckConstraint("verdict IN ('confirmed', 'rejected', 'corrected')", name=op.f('ck_reviews_verdict')),
    sa.CheckConstraint("stance IS NULL OR stance IN ('supports', 'opposes')", name=op.f('ck_reviews_stance')),
    sa.CheckConstraint('"start" >= 0 AND "end" > "start"', name=op.f('ck_reviews_span')),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_reviews_article_id_articles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reviews')),
    sa.UniqueConstraint('article_id', 'item', 'start', 'end', name=op.f('uq_reviews_article_id_item_start_end')),
    comment="A person's verdict on an extracted item, kept apart so it survives re-extraction."
    )


def downgrade() -> None:
    op.drop_table('reviews')
    with op.batch_alter_table('article_versions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_article_versions_article_id'))
    op.drop_table('article_versions')
    op.drop_table('article_bands')
    op.drop_table('article_signatures')
    for table, column in (('funding', 'same_as'), ('bill_stances', 'same_as'), ('statements', 'same_as'),
                          ('articles', 'duplicate_of')):
        _drop_self_reference(table, column)
    op.drop_index('ix_statements_official_id_article_id', 'statements')
    op.create_index('ix_statements_official_id', 'statements', ['official_id'], unique=False)
    op.drop_index(op.f('ix_statements_text_key'), 'statements')
    op.drop_index(op.f('ix_statements_head_key'), 'statements')
    op.drop_column('statements', 'head_key')
    op.drop_column('statements', 'text_key')
    op.drop_index('ix_articles_outlet_title', 'articles')
    op.drop_index('ix_articles_url', 'articles')
    op.drop_column('articles', 'similarity')
    _fts_triggers()

