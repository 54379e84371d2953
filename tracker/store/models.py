"""The storage model: articles, the officials they name, and what those officials said and did.

Every extracted fact row keeps the half-open character span ``[start, end)`` of the stored
``articles.text`` that is its evidence, so ``text[start:end]`` can always be cited. Officials are
linked by nullable foreign keys where the extractor may not know who it was (openstates' "refuse
to guess": ``speaker_text`` keeps the raw words either way).

The full-text index ``statements_fts`` (SQLite FTS5) and its triggers are not models: the
migration creates them, and ``migrations/env.py`` tells autogenerate to ignore them.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from tracker.choices import (
    BILL_STATUSES,
    CORRECTION_KINDS,
    FUNDING_KINDS,
    FUNDING_PERIODS,
    FUNDING_ROLES,
    REVIEW_ITEMS,
    REVIEW_VERDICTS,
    STANCES,
    STATEMENT_KINDS,
)

# Named constraints let Alembic's batch mode on SQLite find, drop and recreate them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def _span_ok(start: str = "start", end: str = "end") -> str:
    return f'"{start}" >= 0 AND "{end}" > "{start}"'


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Article(Base):
    __tablename__ = "articles"
    __table_args__ = (
        # An edited version of a stored article is found by its url, or its outlet and headline.
        Index("ix_articles_url", "url"),
        Index("ix_articles_outlet_title", "outlet", "title"),
        {"comment": "One ingested news article, with its full text as extracted from."},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Row id.")
    sha256: Mapped[str] = mapped_column(String(64), unique=True,
                                        comment="SHA-256 hex digest of text; the same text is one article.")
    text: Mapped[str] = mapped_column(Text, comment="Full article text; every span in the database indexes it.")
    title: Mapped[str | None] = mapped_column(Text, comment="Headline.")
    url: Mapped[str | None] = mapped_column(Text, comment="Where the article was published online.")
    outlet: Mapped[str | None] = mapped_column(String(200), comment="News outlet that published it.")
    published: Mapped[dt.date | None] = mapped_column(Date, index=True, comment="Publication date.")
    source: Mapped[str | None] = mapped_column(Text, comment="File path or origin it was ingested from.")
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True),
                                                     comment="When it was first stored (UTC).")
    extractor_version: Mapped[str] = mapped_column(String(40),
                                                   comment="tracker version whose extractor produced its rows.")
    duplicate_of: Mapped[int | None] = mapped_column(
        ForeignKey("articles.id", ondelete="SET NULL"), index=True,
        comment="An earlier article telling the same story (a reprint or another outlet's copy), if any.")
    similarity: Mapped[float | None] = mapped_column(
        Float, comment="Estimated word-shingle Jaccard similarity to duplicate_of (0 to 1).")


class ArticleSignature(Base):
    __tablename__ = "article_signatures"
    __table_args__ = ({"comment": "Each article's MinHash signature, to find near-duplicate articles."},)

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True,
                                            comment="The article.")
    minhash: Mapped[bytes] = mapped_column(LargeBinary, comment="64 one-permutation MinHash values, 4 bytes each.")


class ArticleBand(Base):
    __tablename__ = "article_bands"
    # On SQLite the primary key is the table (WITHOUT ROWID): 10 rows per ingested article go into
    # one B-tree. No index by article: an article's rows are found from its stored signature.
    __table_args__ = ({"comment": "LSH index: one row per band of an article's signature.",
                       "sqlite_with_rowid": False},)

    key: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False,
                                     comment="Hash of the band number and its MinHash values.")
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True,
                                            comment="The article.")


class ArticleVersion(Base):
    __tablename__ = "article_versions"
    __table_args__ = ({"comment": "Earlier texts of an article that was ingested again, edited."},)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Row id.")
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True,
                                            comment="The article, as it is now.")
    sha256: Mapped[str] = mapped_column(String(64), comment="SHA-256 hex digest of the earlier text.")
    text: Mapped[str] = mapped_column(Text, comment="The earlier text.")
    title: Mapped[str | None] = mapped_column(Text, comment="The earlier headline.")
    published: Mapped[dt.date | None] = mapped_column(Date, comment="The earlier publication date.")
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True),
                                                     comment="When the earlier text was stored (UTC).")
    replaced_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True),
                                                     comment="When the edited text replaced it (UTC).")


class Official(Base):
    __tablename__ = "officials"
    __table_args__ = ({"comment": "A person who holds, held or seeks public office, or speaks for a public body."},)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Row id.")
    name: Mapped[str] = mapped_column(String(200), unique=True, comment="Canonical full name.")
    party: Mapped[str | None] = mapped_column(String(100), comment="Party as last reported (Democratic, ...).")
    ocd_id: Mapped[str | None] = mapped_column(String(80), unique=True,
                                               comment="The roster person (ocd-person/...) when linked; NULL if not.")


class OfficialAlias(Base):
    __tablename__ = "official_aliases"
    __table_args__ = (
        UniqueConstraint("official_id", "alias"),
        {"comment": "Other names an official went by in some article."},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Row id.")
    official_id: Mapped[int] = mapped_column(ForeignKey("officials.id", ondelete="CASCADE"),
                                             comment="The official.")
    alias: Mapped[str] = mapped_column(String(200), index=True, comment="The other name, as written.")


class OfficialMention(Base):
    __tablename__ = "official_mentions"
    __table_args__ = (
        UniqueConstraint("official_id", "article_id"),
        CheckConstraint('"start" IS NULL OR (' + _span_ok() + ")", name="span"),
        {"comment": "That an article names an official, with the span of the first mention when known."},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Row id.")
    official_id: Mapped[int] = mapped_column(ForeignKey("officials.id", ondelete="CASCADE"),
                                             comment="The official named.")
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True,
                                            comment="The article that names them.")
    start: Mapped[int | None] = mapped_column(Integer, comment="First mention: start offset into articles.text.")
    end: Mapped[int | None] = mapped_column(Integer, comment="First mention: end offset (exclusive).")
    link: Mapped[str | None] = mapped_column(String(200),
                                             comment="'linked' to the roster, or why not ('not in roster', "
                                                     "'ambiguous: 2 candidates'); NULL when no roster was loaded.")


class OfficialOffice(Base):
    __tablename__ = "official_offices"
    __table_args__ = (
        UniqueConstraint("official_id", "office", "jurisdiction", "article_id"),
        {"comment": "An office an official held as of an article (roles are dated by their articles)."},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Row id.")
    official_id: Mapped[int] = mapped_column(ForeignKey("officials.id", ondelete="CASCADE"),
                                             comment="The official.")
    office: Mapped[str] = mapped_column(String(200), comment="Office title (Governor, Attorney General, ...).")
    jurisdiction: Mapped[str | None] = mapped_column(String(200), comment="Body or place (New Mexico, ...).")
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True,
                                            comment="The article that reports the office.")
    district: Mapped[str | None] = mapped_column(String(100), comment="District of the roster role, when linked.")


class Statement(Base):
    __tablename__ = "statements"
    __table_args__ = (
        CheckConstraint(_in("kind", STATEMENT_KINDS), name="kind"),
        CheckConstraint(_span_ok(), name="span"),
        Index("ix_statements_article_id_start", "article_id", "start"),
        # An official's most recently stored statements: the candidates a new statement may repeat.
        Index("ix_statements_official_id_article_id", "official_id", "article_id"),
        {"comment": "What an official said: a quote, reported speech or an interview answer (Popolo Speech)."},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Row id; also the FTS rowid.")
    official_id: Mapped[int | None] = mapped_column(ForeignKey("officials.id", ondelete="SET NULL"),
                                                    comment="Who spoke; NULL when the tool could not tell.")
    speaker_text: Mapped[str | None] = mapped_column(Text, comment="The raw words that named the speaker.")
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"),
                                            comment="The article it is from.")
    kind: Mapped[str] = mapped_column(String(20), comment="direct_quote, indirect or qa_answer.")
    text: Mapped[str] = mapped_column(Text, comment="What was said; equals articles.text[start:end].")
    start: Mapped[int] = mapped_column(Integer, comment="Start offset into articles.text.")
    end: Mapped[int] = mapped_column(Integer, comment="End offset into articles.text (exclusive).")
    cue: Mapped[str | None] = mapped_column(String(200), comment="The extraction rule that found it.")
    attribution: Mapped[str | None] = mapped_column(
        String(20), comment="How it was tied to its speaker: explicit, several, pronoun, continuation or interview "
                            "(NULL: stored before 0004; reextract fills it).")
    text_key: Mapped[str | None] = mapped_column(String(16), index=True,
                                                 comment="Hash of the text's lower-cased words: equal for one quote.")
    head_key: Mapped[str | None] = mapped_column(String(16), index=True,
                                                 comment="Hash of its first eight words: equal for a trimmed quote.")
    same_as: Mapped[int | None] = mapped_column(
        ForeignKey("statements.id", ondelete="SET NULL"), index=True,
        comment="The statement this one repeats (another source of it); NULL for the one counted.")


class Topic(Base):
    __tablename__ = "topics"
    __table_args__ = ({"comment": "Policy topics: the Comparative Agendas Project major topics."},)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Row id.")
    name: Mapped[str] = mapped_column(String(100), unique=True, comment="Topic name (Health, Education, ...).")
    cap_code: Mapped[int | None] = mapped_column(Integer, comment="CAP major-topic code.")


class StatementTopic(Base):
    __tablename__ = "statement_topics"
    __table_args__ = (
        Index("ix_statement_topics_topic_id_statement_id", "topic_id", "statement_id"),
        # `positions`: who said most on a topic, and each one's latest statements, from the index alone.
        Index("ix_statement_topics_latest", "topic_id", "official_id", "published", "article_id", "statement_id"),
        {"comment": "Topics of a statement, best first."},
    )

    statement_id: Mapped[int] = mapped_column(ForeignKey("statements.id", ondelete="CASCADE"), primary_key=True,
                                              comment="The statement.")
    topic_id: Mapped[int] = mapped_column(ForeignKey("topics.id", ondelete="CASCADE"), primary_key=True,
                                          comment="The topic.")
    rank: Mapped[int] = mapped_column(Integer, comment="0 for the main topic, then 1, ...")
    # Copies of the statement's columns (written with it, never updated: statements are immutable),
    # so "per topic, per official, newest first" needs no join over a million statements.
    official_id: Mapped[int | None] = mapped_column(ForeignKey("officials.id", ondelete="SET NULL"),
                                                    comment="statements.official_id of the statement.")
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"),
                                            comment="statements.article_id of the statement.")
    published: Mapped[dt.date | None] = mapped_column(Date, comment="articles.published of its article.")


class BillTopic(Base):
    __tablename__ = "bill_topics"
    __table_args__ = (
        Index("ix_bill_topics_topic_id_bill_id", "topic_id", "bill_id"),
        {"comment": "Topics of a bill, from its title, best first."},
    )

    bill_id: Mapped[int] = mapped_column(ForeignKey("bills.id", ondelete="CASCADE"), primary_key=True,
                                         comment="The bill.")
    topic_id: Mapped[int] = mapped_column(ForeignKey("topics.id", ondelete="CASCADE"), primary_key=True,
                                          comment="The topic.")
    rank: Mapped[int] = mapped_column(Integer, comment="0 for the main topic, then 1, ...")


class Bill(Base):
    __tablename__ = "bills"
    __table_args__ = (
        CheckConstraint(_in("status", BILL_STATUSES), name="status"),
        {"comment": "A bill, ballot measure or legal change; numbered ones are shared across articles."},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Row id.")
    identity: Mapped[str | None] = mapped_column(String(300), unique=True,
                                                 comment="identifier|jurisdiction|session, normalised; NULL "
                                                         "for an unnumbered bill, which is per article.")
    identifier: Mapped[str | None] = mapped_column(String(50), index=True, comment="Bill number (HB 3, SB 8).")
    title: Mapped[str] = mapped_column(Text, comment="Short description of the measure.")
    jurisdiction: Mapped[str | None] = mapped_column(String(200), comment="Legislature's place (New Mexico, ...).")
    session: Mapped[str | None] = mapped_column(String(50), comment="Legislative session (2021, ...).")
    status: Mapped[str] = mapped_column(String(20), comment="Status per the latest article that states one.")


class BillMention(Base):
    __tablename__ = "bill_mentions"
    __table_args__ = (
        CheckConstraint(_in("status_in_article", BILL_STATUSES), name="status_in_article"),
        CheckConstraint(_span_ok(), name="span"),
        {"comment": "An article naming a bill; articles.text[start:end] is the evidence."},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Row id.")
    bill_id: Mapped[int] = mapped_column(ForeignKey("bills.id", ondelete="CASCADE"), index=True,
                                         comment="The bill.")
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True,
                                            comment="The article.")
    status_in_article: Mapped[str] = mapped_column(String(20), comment="The bill's status as this article says.")
    start: Mapped[int] = mapped_column(Integer, comment="Evidence start offset into articles.text.")
    end: Mapped[int] = mapped_column(Integer, comment="Evidence end offset (exclusive).")
    cue: Mapped[str | None] = mapped_column(String(200), comment="The extraction rule that found it.")


class BillStance(Base):
    __tablename__ = "bill_stances"
    __table_args__ = (
        CheckConstraint(_in("stance", STANCES), name="stance"),
        CheckConstraint(_span_ok(), name="span"),
        # Also counts stances per bill and official (`positions`) from the index alone.
        Index("ix_bill_stances_bill_id_official_id", "bill_id", "official_id"),
        {"comment": "An official supporting or opposing a bill, as an article shows."},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Row id.")
    bill_id: Mapped[int] = mapped_column(ForeignKey("bills.id", ondelete="CASCADE"), comment="The bill.")
    official_id: Mapped[int] = mapped_column(ForeignKey("officials.id", ondelete="CASCADE"), index=True,
                                             comment="The official taking the stance.")
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True,
                                            comment="The article that shows it.")
    stance: Mapped[str] = mapped_column(String(10), comment="supports or opposes.")
    start: Mapped[int] = mapped_column(Integer, comment="Evidence start offset into articles.text.")
    end: Mapped[int] = mapped_column(Integer, comment="Evidence end offset (exclusive).")
    cue: Mapped[str | None] = mapped_column(String(200), comment="The extraction rule that found it.")
    same_as: Mapped[int | None] = mapped_column(
        ForeignKey("bill_stances.id", ondelete="SET NULL"), index=True,
        comment="The same stance in the article this one's article duplicates; NULL for the one counted.")


class Funding(Base):
    __tablename__ = "funding"
    __table_args__ = (
        CheckConstraint(_in("kind", FUNDING_KINDS), name="kind"),
        CheckConstraint("period IS NULL OR " + _in("period", FUNDING_PERIODS), name="period"),
        CheckConstraint(_span_ok(), name="span"),
        CheckConstraint(_in("role", FUNDING_ROLES), name="role"),
        {"comment": "A money figure (public or campaign money); articles.text[start:end] holds it."},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Row id.")
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True,
                                            comment="The article.")
    official_id: Mapped[int | None] = mapped_column(ForeignKey("officials.id", ondelete="SET NULL"), index=True,
                                                    comment="Who asks for, announces or controls it, if plain.")
    amount: Mapped[Decimal] = mapped_column(Numeric(20, 2), comment="Amount in whole currency units.")
    currency: Mapped[str] = mapped_column(String(3), comment="ISO 4217 code (USD).")
    period: Mapped[str | None] = mapped_column(String(10), comment="one_time, annual or NULL.")
    kind: Mapped[str] = mapped_column(String(20), comment="request, appropriation, budget, grant, ...")
    purpose: Mapped[str | None] = mapped_column(Text, comment="What the money is for.")
    start: Mapped[int] = mapped_column(Integer, comment="Evidence start offset into articles.text.")
    end: Mapped[int] = mapped_column(Integer, comment="Evidence end offset (exclusive).")
    flagged: Mapped[bool] = mapped_column(Boolean, comment="True when the figure disagrees with its own arithmetic.")
    flag_reason: Mapped[str | None] = mapped_column(Text, comment="Why it was flagged.")
    cue: Mapped[str | None] = mapped_column(String(200), comment="The extraction rule that found it.")
    ordinal: Mapped[int] = mapped_column(Integer, server_default="0",
                                         comment="Position among its article's figures, from 0.")
    role: Mapped[str] = mapped_column(String(10), server_default="single",
                                      comment="single, total, part or unit: only single and total figures are summed.")
    part_of: Mapped[int | None] = mapped_column(
        Integer, comment="ordinal of the figure in the same article that this part or unit is counted in.")
    topic_id: Mapped[int | None] = mapped_column(ForeignKey("topics.id", ondelete="SET NULL"),
                                                 comment="The policy topic of what the money is for.")

    same_as: Mapped[int | None] = mapped_column(
        ForeignKey("funding.id", ondelete="SET NULL"), index=True,
        comment="The same figure in the article this one's article duplicates; NULL for the one counted.")


class RosterPerson(Base):
    __tablename__ = "roster_persons"
    __table_args__ = ({"comment": "A real person from the Open States people roster (tracker roster import)."},)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Row id.")
    ocd_id: Mapped[str] = mapped_column(String(80), unique=True, comment="Stable id: ocd-person/<uuid>.")
    name: Mapped[str] = mapped_column(String(200), index=True, comment="Full name as the roster gives it.")
    given_name: Mapped[str | None] = mapped_column(String(100), comment="First name.")
    family_name: Mapped[str | None] = mapped_column(String(100), comment="Last name.")
    middle_name: Mapped[str | None] = mapped_column(String(100), comment="Middle name or initial.")
    other_names: Mapped[str] = mapped_column(Text, comment="JSON array of other names the person goes by.")
    parties: Mapped[str] = mapped_column(Text, comment="JSON array of [party, start, end], newest first.")
    source: Mapped[str] = mapped_column(Text, comment="Roster file it was imported from, relative to the import root.")
    digest: Mapped[str] = mapped_column(String(64), comment="SHA-256 of that file: unchanged files are skipped.")


class RosterRole(Base):
    __tablename__ = "roster_roles"
    __table_args__ = ({"comment": "A dated office a roster person held (chamber, executive office or mayoralty)."},)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Row id.")
    person_id: Mapped[int] = mapped_column(ForeignKey("roster_persons.id", ondelete="CASCADE"), index=True,
                                           comment="The person.")
    type: Mapped[str] = mapped_column(String(40), comment="upper, lower, legislature, governor, mayor, ...")
    jurisdiction: Mapped[str] = mapped_column(String(200), comment="ocd-jurisdiction id of the body.")
    district: Mapped[str | None] = mapped_column(String(100), comment="District or seat (12, FL-4, Vermont).")
    start_date: Mapped[dt.date | None] = mapped_column(Date, comment="First day; NULL when the roster does not say.")
    end_date: Mapped[dt.date | None] = mapped_column(Date, comment="Last day; NULL when still held.")
    end_reason: Mapped[str | None] = mapped_column(Text, comment="Why it ended (resigned, died, ...).")


class RosterName(Base):
    __tablename__ = "roster_names"
    __table_args__ = ({"comment": "Lookup keys of roster persons' names, so linking loads only the persons "
                                  "an article's names can reach."},)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Row id.")
    person_id: Mapped[int] = mapped_column(ForeignKey("roster_persons.id", ondelete="CASCADE"), index=True,
                                           comment="The person.")
    key: Mapped[str] = mapped_column(String(200), index=True,
                                     comment="f:first last, s:surname or g:first name, folded (tracker.link.index).")


class LinkCorrection(Base):
    __tablename__ = "link_corrections"
    __table_args__ = (
        CheckConstraint(_in("kind", CORRECTION_KINDS), name="kind"),
        {"comment": "A hand correction to linking; applied after automatic linking, so it survives re-linking."},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Row id; corrections apply in this order.")
    kind: Mapped[str] = mapped_column(String(10), comment="link, unlink, merge or split.")
    name: Mapped[str | None] = mapped_column(String(200), comment="Subject: an official's name as written or stored.")
    ocd_id: Mapped[str | None] = mapped_column(String(80), comment="Subject: the person an official is linked to.")
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"),
                                                   comment="Only in this article; NULL for every article.")
    target_ocd: Mapped[str | None] = mapped_column(String(80), comment="Link or merge to this roster person.")
    target_name: Mapped[str | None] = mapped_column(String(200), comment="Merge into or split off as this name.")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), comment="When it was made (UTC).")


class Review(Base):
    __tablename__ = "reviews"
    __table_args__ = (
        CheckConstraint(_in("item", REVIEW_ITEMS), name="item"),
        CheckConstraint(_in("verdict", REVIEW_VERDICTS), name="verdict"),
        CheckConstraint("stance IS NULL OR " + _in("stance", STANCES), name="stance"),
        CheckConstraint(_span_ok(), name="span"),
        UniqueConstraint("article_id", "item", "start", "end"),
        {"comment": "A person's verdict on an extracted item, kept apart so it survives re-extraction."},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, comment="Row id.")
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"),
                                            comment="The article the item is from.")
    item: Mapped[str] = mapped_column(String(10), comment="statement, stance or funding.")
    start: Mapped[int] = mapped_column(Integer, comment="The item's start offset into articles.text.")
    end: Mapped[int] = mapped_column(Integer, comment="The item's end offset (exclusive).")
    evidence: Mapped[str] = mapped_column(Text,
                                          comment="articles.text[start:end] when reviewed; applies only while equal.")
    verdict: Mapped[str] = mapped_column(String(10), comment="confirmed, rejected or corrected.")
    speaker: Mapped[str | None] = mapped_column(String(200), comment="Corrected speaker or official name.")
    topic: Mapped[str | None] = mapped_column(String(100), comment="Corrected main topic of a statement.")
    stance: Mapped[str | None] = mapped_column(String(10), comment="Corrected stance (supports, opposes).")
    amount: Mapped[Decimal | None] = mapped_column(Numeric(20, 2), comment="Corrected amount of a figure.")
    reason: Mapped[str | None] = mapped_column(Text, comment="Why, in the reviewer's words.")
    reviewed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), comment="When (UTC).")


metadata = Base.metadata
