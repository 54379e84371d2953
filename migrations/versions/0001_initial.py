"""Initial schema: articles, officials, statements, topics, bills, funding, full-text search.

Revision ID: 0001
Revises:
Create Date: 2026-11-23

Self-contained on purpose: the topic list is copied here rather than imported from
tracker.choices, because a migration must build the same schema forever.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0001'
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('articles',
    sa.Column('id', sa.Integer(), nullable=False, comment='Row id.'),
    sa.Column('sha256', sa.String(length=64), nullable=False, comment='SHA-256 hex digest of text; the same text is one article.'),
    sa.Column('text', sa.Text(), nullable=False, comment='Full article text; every span in the database indexes it.'),
    sa.Column('title', sa.Text(), nullable=True, comment='Headline.'),
    sa.Column('url', sa.Text(), nullable=True, comment='Where the article was published online.'),
    sa.Column('outlet', sa.String(length=200), nullable=True, comment='News outlet that published it.'),
    sa.Column('published', sa.Date(), nullable=True, comment='Publication date.'),
    sa.Column('source', sa.Text(), nullable=True, comment='File path or origin it was ingested from.'),
    sa.Column('ingested_at', sa.DateTime(timezone=True), nullable=False, comment='When it was first stored (UTC).'),
    sa.Column('extractor_version', sa.String(length=40), nullable=False, comment='tracker version whose extractor produced its rows.'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_articles')),
    sa.UniqueConstraint('sha256', name=op.f('uq_articles_sha256')),
    comment='One ingested news article, with its full text as extracted from.'
    )
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_articles_published'), ['published'], unique=False)

    op.create_table('bills',
    sa.Column('id', sa.Integer(), nullable=False, comment='Row id.'),
    sa.Column('identity', sa.String(length=300), nullable=True, comment='identifier|jurisdiction|session, normalised; NULL for an unnumbered bill, which is per article.'),
    sa.Column('identifier', sa.String(length=50), nullable=True, comment='Bill number (HB 3, SB 8).'),
    sa.Column('title', sa.Text(), nullable=False, comment='Short description of the measure.'),
    sa.Column('jurisdiction', sa.String(length=200), nullable=True, comment="Legislature's place (New Mexico, ...)."),
    sa.Column('session', sa.String(length=50), nullable=True, comment='Legislative session (2021, ...).'),
    sa.Column('status', sa.String(length=20), nullable=False, comment='Status per the latest article that states one.'),
    sa.CheckConstraint("status IN ('proposed', 'filed', 'passed', 'failed', 'signed', 'vetoed', 'unknown')", name=op.f('ck_bills_status')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bills')),
    sa.UniqueConstraint('identity', name=op.f('uq_bills_identity')),
    comment='A bill, ballot measure or legal change; numbered ones are shared across articles.'
    )
    with op.batch_alter_table('bills', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bills_identifier'), ['identifier'], unique=False)

    op.create_table('officials',
    sa.Column('id', sa.Integer(), nullable=False, comment='Row id.'),
    sa.Column('name', sa.String(length=200), nullable=False, comment='Canonical full name.'),
    sa.Column('party', sa.String(length=100), nullable=True, comment='Party as last reported (Democratic, ...).'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_officials')),
    sa.UniqueConstraint('name', name=op.f('uq_officials_name')),
    comment='A person who holds, held or seeks public office, or speaks for a public body.'
    )
    op.create_table('topics',
    sa.Column('id', sa.Integer(), nullable=False, comment='Row id.'),
    sa.Column('name', sa.String(length=100), nullable=False, comment='Topic name (Health, Education, ...).'),
    sa.Column('cap_code', sa.Integer(), nullable=True, comment='CAP major-topic code.'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_topics')),
    sa.UniqueConstraint('name', name=op.f('uq_topics_name')),
    comment='Policy topics: the Comparative Agendas Project major topics.'
    )
    op.create_table('bill_mentions',
    sa.Column('id', sa.Integer(), nullable=False, comment='Row id.'),
    sa.Column('bill_id', sa.Integer(), nullable=False, comment='The bill.'),
    sa.Column('article_id', sa.Integer(), nullable=False, comment='The article.'),
    sa.Column('status_in_article', sa.String(length=20), nullable=False, comment="The bill's status as this article says."),
    sa.Column('start', sa.Integer(), nullable=False, comment='Evidence start offset into articles.text.'),
    sa.Column('end', sa.Integer(), nullable=False, comment='Evidence end offset (exclusive).'),
    sa.Column('cue', sa.String(length=200), nullable=True, comment='The extraction rule that found it.'),
    sa.CheckConstraint("status_in_article IN ('proposed', 'filed', 'passed', 'failed', 'signed', 'vetoed', 'unknown')", name=op.f('ck_bill_mentions_status_in_article')),
    sa.CheckConstraint('"start" >= 0 AND "end" > "start"', name=op.f('ck_bill_mentions_span')),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_bill_mentions_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['bill_id'], ['bills.id'], name=op.f('fk_bill_mentions_bill_id_bills'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bill_mentions')),
    comment='An article naming a bill; articles.text[start:end] is the evidence.'
    )
    with op.batch_alter_table('bill_mentions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bill_mentions_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_bill_mentions_bill_id'), ['bill_id'], unique=False)

    op.create_table('bill_stances',
    sa.Column('id', sa.Integer(), nullable=False, comment='Row id.'),
    sa.Column('bill_id', sa.Integer(), nullable=False, comment='The bill.'),
    sa.Column('official_id', sa.Integer(), nullable=False, comment='The official taking the stance.'),
    sa.Column('article_id', sa.Integer(), nullable=False, comment='The article that shows it.'),
    sa.Column('stance', sa.String(length=10), nullable=False, comment='supports or opposes.'),
    sa.Column('start', sa.Integer(), nullable=False, comment='Evidence start offset into articles.text.'),
    sa.Column('end', sa.Integer(), nullable=False, comment='Evidence end offset (exclusive).'),
    sa.Column('cue', sa.String(length=200), nullable=True, comment='The extraction rule that found it.'),
    sa.CheckConstraint("stance IN ('supports', 'opposes')", name=op.f('ck_bill_stances_stance')),
    sa.CheckConstraint('"start" >= 0 AND "end" > "start"', name=op.f('ck_bill_stances_span')),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_bill_stances_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['bill_id'], ['bills.id'], name=op.f('fk_bill_stances_bill_id_bills'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['official_id'], ['officials.id'], name=op.f('fk_bill_stances_official_id_officials'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bill_stances')),
    comment='An official supporting or opposing a bill, as an article shows.'
    )
    with op.batch_alter_table('bill_stances', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bill_stances_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_bill_stances_bill_id'), ['bill_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_bill_stances_official_id'), ['official_id'], unique=False)

    op.create_table('funding',
    sa.Column('id', sa.Integer(), nullable=False, comment='Row id.'),
    sa.Column('article_id', sa.Integer(), nullable=False, comment='The article.'),
    sa.Column('official_id', sa.Integer(), nullable=True, comment='Who asks for, announces or controls it, if plain.'),
    sa.Column('amount', sa.Numeric(precision=20, scale=2), nullable=False, comment='Amount in whole currency units.'),
    sa.Column('currency', sa.String(length=3), nullable=False, comment='ISO 4217 code (USD).'),
    sa.Column('period', sa.String(length=10), nullable=True, comment='one_time, annual or NULL.'),
    sa.Column('kind', sa.String(length=20), nullable=False, comment='request, appropriation, budget, grant, ...'),
    sa.Column('purpose', sa.Text(), nullable=True, comment='What the money is for.'),
    sa.Column('start', sa.Integer(), nullable=False, comment='Evidence start offset into articles.text.'),
    sa.Column('end', sa.Integer(), nullable=False, comment='Evidence end offset (exclusive).'),
    sa.Column('flagged', sa.Boolean(), nullable=False, comment='True when the figure disagrees with its own arithmetic.'),
    sa.Column('flag_reason', sa.Text(), nullable=True, comment='Why it was flagged.'),
    sa.Column('cue', sa.String(length=200), nullable=True, comment='The extraction rule that found it.'),
    sa.CheckConstraint("kind IN ('request', 'appropriation', 'budget', 'grant', 'cost', 'recovery', 'settlement', 'other')", name=op.f('ck_funding_kind')),
    sa.CheckConstraint("period IS NULL OR period IN ('one_time', 'annual')", name=op.f('ck_funding_period')),
    sa.CheckConstraint('"start" >= 0 AND "end" > "start"', name=op.f('ck_funding_span')),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_funding_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['official_id'], ['officials.id'], name=op.f('fk_funding_official_id_officials'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_funding')),
    comment='A money figure tied to public spending; articles.text[start:end] holds it.'
    )
    with op.batch_alter_table('funding', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_funding_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_funding_official_id'), ['official_id'], unique=False)

    op.create_table('official_aliases',
    sa.Column('id', sa.Integer(), nullable=False, comment='Row id.'),
    sa.Column('official_id', sa.Integer(), nullable=False, comment='The official.'),
    sa.Column('alias', sa.String(length=200), nullable=False, comment='The other name, as written.'),
    sa.ForeignKeyConstraint(['official_id'], ['officials.id'], name=op.f('fk_official_aliases_official_id_officials'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_official_aliases')),
    sa.UniqueConstraint('official_id', 'alias', name=op.f('uq_official_aliases_official_id_alias')),
    comment='Other names an official went by in some article.'
    )
    with op.batch_alter_table('official_aliases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_official_aliases_alias'), ['alias'], unique=False)

    op.create_table('official_mentions',
    sa.Column('id', sa.Integer(), nullable=False, comment='Row id.'),
    sa.Column('official_id', sa.Integer(), nullable=False, comment='The official named.'),
    sa.Column('article_id', sa.Integer(), nullable=False, comment='The article that names them.'),
    sa.Column('start', sa.Integer(), nullable=True, comment='First mention: start offset into articles.text.'),
    sa.Column('end', sa.Integer(), nullable=True, comment='First mention: end offset (exclusive).'),
    sa.CheckConstraint('"start" IS NULL OR ("start" >= 0 AND "end" > "start")', name=op.f('ck_official_mentions_span')),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_official_mentions_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['official_id'], ['officials.id'], name=op.f('fk_official_mentions_official_id_officials'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_official_mentions')),
    sa.UniqueConstraint('official_id', 'article_id', name=op.f('uq_official_mentions_official_id_article_id')),
    comment='That an article names an official, with the span of the first mention when known.'
    )
    with op.batch_alter_table('official_mentions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_official_mentions_article_id'), ['article_id'], unique=False)

    op.create_table('official_offices',
    sa.Column('id', sa.Integer(), nullable=False, comment='Row id.'),
    sa.Column('official_id', sa.Integer(), nullable=False, comment='The official.'),
    sa.Column('office', sa.String(length=200), nullable=False, comment='Office title (Governor, Attorney General, ...).'),
    sa.Column('jurisdiction', sa.String(length=200), nullable=True, comment='Body or place (New Mexico, ...).'),
    sa.Column('article_id', sa.Integer(), nullable=False, comment='The article that reports the office.'),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_official_offices_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['official_id'], ['officials.id'], name=op.f('fk_official_offices_official_id_officials'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_official_offices')),
    sa.UniqueConstraint('official_id', 'office', 'jurisdiction', 'article_id', name=op.f('uq_official_offices_official_id_office_jurisdiction_article_id')),
    comment='An office an official held as of an article (roles are dated by their articles).'
    )
    with op.batch_alter_table('official_offices', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_official_offices_article_id'), ['article_id'], unique=False)

    op.create_table('statements',
    sa.Column('id', sa.Integer(), nullable=False, comment='Row id; also the FTS rowid.'),
    sa.Column('official_id', sa.Integer(), nullable=True, comment='Who spoke; NULL when the tool could not tell.'),
    sa.Column('speaker_text', sa.Text(), nullable=True, comment='The raw words that named the speaker.'),
    sa.Column('article_id', sa.Integer(), nullable=False, comment='The article it is from.'),
    sa.Column('kind', sa.String(length=20), nullable=False, comment='direct_quote, indirect or qa_answer.'),
    sa.Column('text', sa.Text(), nullable=False, comment='What was said; equals articles.text[start:end].'),
    sa.Column('start', sa.Integer(), nullable=False, comment='Start offset into articles.text.'),
    sa.Column('end', sa.Integer(), nullable=False, comment='End offset into articles.text (exclusive).'),
    sa.Column('cue', sa.String(length=200), nullable=True, comment='The extraction rule that found it.'),
    sa.CheckConstraint("kind IN ('direct_quote', 'indirect', 'qa_answer')", name=op.f('ck_statements_kind')),
    sa.CheckConstraint('"start" >= 0 AND "end" > "start"', name=op.f('ck_statements_span')),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_statements_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['official_id'], ['officials.id'], name=op.f('fk_statements_official_id_officials'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_statements')),
    comment='What an official said: a quote, reported speech or an interview answer (Popolo Speech).'
    )
    with op.batch_alter_table('statements', schema=None) as batch_op:
        batch_op.create_index('ix_statements_article_id_start', ['article_id', 'start'], unique=False)
        batch_op.create_index(batch_op.f('ix_statements_official_id'), ['official_id'], unique=False)

    op.create_table('statement_topics',
    sa.Column('statement_id', sa.Integer(), nullable=False, comment='The statement.'),
    sa.Column('topic_id', sa.Integer(), nullable=False, comment='The topic.'),
    sa.Column('rank', sa.Integer(), nullable=False, comment='0 for the main topic, then 1, ...'),
    sa.ForeignKeyConstraint(['statement_id'], ['statements.id'], name=op.f('fk_statement_topics_statement_id_statements'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['topic_id'], ['topics.id'], name=op.f('fk_statement_topics_topic_id_topics'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('statement_id', 'topic_id', name=op.f('pk_statement_topics')),
    comment='Topics of a statement, best first.'
    )
    with op.batch_alter_table('statement_topics', schema=None) as batch_op:
        batch_op.create_index('ix_statement_topics_topic_id_statement_id', ['topic_id', 'statement_id'], unique=False)

    topics = sa.table('topics', sa.column('name', sa.String), sa.column('cap_code', sa.Integer))
    op.bulk_insert(topics, [{'name': name, 'cap_code': code} for name, code in CAP_TOPICS])
    _create_search()


def downgrade() -> None:
    _drop_search()
    with op.batch_alter_table('statement_topics', schema=None) as batch_op:
        batch_op.drop_index('ix_statement_topics_topic_id_statement_id')

    op.drop_table('statement_topics')
    with op.batch_alter_table('statements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_statements_official_id'))
        batch_op.drop_index('ix_statements_article_id_start')

    op.drop_table('statements')
    with op.batch_alter_table('official_offices', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_official_offices_article_id'))

    op.drop_table('official_offices')
    with op.batch_alter_table('official_mentions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_official_mentions_article_id'))

    op.drop_table('official_mentions')
    with op.batch_alter_table('official_aliases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_official_aliases_alias'))

    op.drop_table('official_aliases')
    with op.batch_alter_table('funding', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_funding_official_id'))
        batch_op.drop_index(batch_op.f('ix_funding_article_id'))

    op.drop_table('funding')
    with op.batch_alter_table('bill_stances', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bill_stances_official_id'))
        batch_op.drop_index(batch_op.f('ix_bill_stances_bill_id'))
        batch_op.drop_index(batch_op.f('ix_bill_stances_article_id'))

    op.drop_table('bill_stances')
    with op.batch_alter_table('bill_mentions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bill_mentions_bill_id'))
        batch_op.drop_index(batch_op.f('ix_bill_mentions_article_id'))

    op.drop_table('bill_mentions')
    op.drop_table('topics')
    op.drop_table('officials')
    with op.batch_alter_table('bills', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bills_identifier'))

    op.drop_table('bills')
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_articles_published'))

    op.drop_table('articles')


# The Comparative Agendas Project major topics and codes, as of this revision.
CAP_TOPICS = [
    ("Macroeconomics", 1), ("Civil Rights", 2), ("Health", 3), ("Agriculture", 4), ("Labor", 5),
    ("Education", 6), ("Environment", 7), ("Energy", 8), ("Immigration", 9), ("Transportation", 10),
    ("Law and Crime", 12), ("Social Welfare", 13), ("Housing", 14), ("Domestic Commerce", 15),
    ("Defense", 16), ("Technology", 17), ("Foreign Trade", 18), ("International Affairs", 19),
    ("Government Operations", 20), ("Public Lands", 21), ("Culture", 23),
]

# sqlite-utils' naming and datasette's detection: an external-content FTS5 table over
# statements.text kept in step by three triggers, so `datasette tracker.db` can search it.
FTS_SQLITE = [
    '''CREATE VIRTUAL TABLE "statements_fts" USING FTS5 (
    "text",
    content="statements",
    content_rowid="id"
)''',
    '''CREATE TRIGGER "statements_ai" AFTER INSERT ON "statements" BEGIN
  INSERT INTO "statements_fts" (rowid, "text") VALUES (new."id", new."text");
END''',
    '''CREATE TRIGGER "statements_ad" AFTER DELETE ON "statements" BEGIN
  INSERT INTO "statements_fts" ("statements_fts", rowid, "text") VALUES ('delete', old."id", old."text");
END''',
    '''CREATE TRIGGER "statements_au" AFTER UPDATE ON "statements" BEGIN
  INSERT INTO "statements_fts" ("statements_fts", rowid, "text") VALUES ('delete', old."id", old."text");
  INSERT INTO "statements_fts" (rowid, "text") VALUES (new."id", new."text");
END''',
    '''INSERT INTO "statements_fts" ("statements_fts") VALUES ('rebuild')''',
]


def _create_search() -> None:
    """Full-text search over statements.text: FTS5 on SQLite, a GIN tsvector index on PostgreSQL."""
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for sql in FTS_SQLITE:
            op.execute(sql)
    elif dialect == "postgresql":
        op.execute("CREATE INDEX ix_statements_text_tsv ON statements USING gin (to_tsvector('english', text))")


def _drop_search() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in ("statements_ai", "statements_ad", "statements_au"):
            op.execute(f'DROP TRIGGER IF EXISTS "{name}"')
        op.execute('DROP TABLE IF EXISTS "statements_fts"')
    elif dialect == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_statements_text_tsv")
