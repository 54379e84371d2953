"""Writes: one article and everything extracted from it, in one transaction.

``write_document`` is the single mapping from an extraction ``Document`` to rows; ``store_article``
and ``reextract`` both use it. It checks every span against the stored text as it goes and
raises BadInputError on the first one that is not evidence, which rolls the whole article back:
a row whose ``articles.text[start:end]`` is not what it claims is never stored.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, fields, is_dataclass, replace
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import Date, Table, bindparam, delete, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from tracker import __version__
from tracker.choices import (
    ATTRIBUTIONS,
    BILL_STATUSES,
    FUNDING_KINDS,
    FUNDING_PERIODS,
    FUNDING_ROLES,
    STANCES,
    STATEMENT_KINDS,
)
from tracker.errors import BadInputError
from tracker.store import models as m
from tracker.store.dedup import quote_keys, same_story

if TYPE_CHECKING:
    from tracker.extract.document import Document
    from tracker.store.db import Database


@dataclass(frozen=True)
class StoreResult:
    """``updated``: an edited version of a stored article replaced it (the earlier text is kept in
    ``article_versions``). ``duplicate_of``: the earlier article this one retells, if any."""

    status: Literal["ingested", "duplicate", "updated"]
    article_id: int
    duplicate_of: int | None = None


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _as_date(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None  # an unparseable date is no date, not a reason to lose the article


_ARTICLE_BY_SHA = select(m.Article.id).where(m.Article.sha256 == bindparam("sha"))
# An edited version of a stored article: the same url, or (no url given) the same outlet and headline.
_ARTICLE_BY_URL = select(m.Article.id).where(m.Article.url == bindparam("url")).order_by(m.Article.id).limit(1)
_ARTICLE_BY_TITLE = (select(m.Article.id).where(m.Article.outlet == bindparam("outlet"),
                                                m.Article.title == bindparam("title"))
                     .order_by(m.Article.id).limit(1))


_NUL = "\x00"


def _without_nul(value: Any) -> Any:
    """``value`` with each NUL replaced by U+FFFD, inside lists and dataclasses too.

    PostgreSQL text cannot hold NUL, and one character for another keeps every span's offsets. Text
    read by ``tracker.sources`` never has NUL (repair drops control characters); library callers may.
    """
    if isinstance(value, str):
        return value.replace(_NUL, "\ufffd") if _NUL in value else value
    if isinstance(value, list):
        return [_without_nul(v) for v in value]
    if is_dataclass(value) and not isinstance(value, type):
        return replace(value, **{f.name: _without_nul(getattr(value, f.name)) for f in fields(value) if f.init})
    return value


def stored_lookup(db: Database) -> Callable[[str], int | None]:
    """``lookup(text)``: the id of the article stored with exactly this text (as store_article keys it), or None.

    Checked before extracting, so running an interrupted batch again costs a lookup for each
    article already done rather than a second extraction. store_article still checks under the
    write lock, so a race with another writer is harmless. An empty database needs no lookups:
    repeats within the batch are caught when storing.
    """
    with db.engine.connect() as conn:
        if conn.execute(select(m.Article.id).limit(1)).first() is None:
            return lambda text: None

    def lookup(text: str) -> int | None:
        # Core on a plain connection rather than an ORM session: a third of the cost per article.
        with db.engine.connect() as conn:
            return conn.execute(_ARTICLE_BY_SHA, {"sha": text_sha256(_without_nul(text))}).scalar()

    return lookup


def store_article(db: Database, *, text: str, title: str | None = None, url: str | None = None,
                  outlet: str | None = None, published: date | None = None, source: str | None = None,
                  doc: Document, link: bool = True) -> StoreResult:
    """Store one article and its extraction document in one transaction; the same text twice is a duplicate.

    New text under the url of a stored article, or with no url under its outlet and headline and
    telling the same story, is an edited version: it replaces what that article said, and the
    earlier text goes to ``article_versions``. ``link``
    False skips near-duplicate detection (the benchmark's reference).
    """
    if _NUL in text:
        text, doc = _without_nul(text), _without_nul(doc)
    title, url, outlet, source = (_without_nul(v) for v in (title, url, outlet, source))
    sha = text_sha256(text)
    try:
        with db.session(write=True) as s:
            existing = s.connection().execute(_ARTICLE_BY_SHA, {"sha": sha}).scalar()
            if existing is not None:
                return StoreResult("duplicate", existing)
            title = title if title is not None else doc.title
            outlet = outlet if outlet is not None else doc.outlet
            conn = s.connection()
            earlier = conn.execute(_ARTICLE_BY_URL, {"url": url}).scalar() if url else None
            if earlier is None and not url and outlet and title:
                # A headline is not unique ("Letters", "The Latest"): the texts must tell one story too.
                found = conn.execute(_ARTICLE_BY_TITLE, {"outlet": outlet, "title": title}).scalar()
                old_text = conn.execute(select(m.Article.text).where(m.Article.id == found)).scalar()
                if found is not None and old_text is not None and same_story(text, old_text):
                    earlier = found
            if earlier is not None:
                article = _replace_text(s, earlier, text=text, sha=sha, title=title, outlet=outlet,
                                        published=published if published is not None else _as_date(doc.published),
                                        source=source)
                write_document(s, article, doc)
                return _after_write(s, article, "updated", link=link)
            values = {
                "sha256": sha, "text": text, "title": title, "url": url, "outlet": outlet,
                "published": published if published is not None else _as_date(doc.published),
                "source": source, "ingested_at": datetime.now(UTC), "extractor_version": __version__,
            }
            sig: list[int] | None = None
            dup: int | None = None
            if link:  # the story it retells, found first, so the link goes in with the article's own row
                from tracker.store import dedup

                sig = dedup.signature(text)
                story = dedup.earliest_of_story(conn, sig)
                if story is not None:
                    dup, values["duplicate_of"], values["similarity"] = story[0], story[0], story[1]
            # Inserted as a row, not an ORM object: the unit-of-work flush cost a millisecond.
            (article_id,) = _INSERT_ARTICLE(s.connection(), [values])
            article = m.Article(id=article_id, **values)  # what write_document reads; not added to the session
            if link:
                dedup.index_article(conn, article_id, sig)
            write_document(s, article, doc, link=link, duplicate_of=dup)
            if dup is not None:
                dedup.link_copies(conn, article_id, dup)
            return StoreResult("ingested", article_id, dup)
    except IntegrityError:
        # Another writer stored the same text between our check and insert. Tracker's own writers
        # take turns (db.py), so only a program writing past that lock gets here; anything else is a bug.
        with db.session() as s:
            existing = s.scalar(select(m.Article.id).where(m.Article.sha256 == sha))
        if existing is None:
            raise
        return StoreResult("duplicate", existing)


def _replace_text(s: Session, article_id: int, *, text: str, sha: str, title: str | None, outlet: str | None,
                  published: date | None, source: str | None) -> m.Article:
    """Keep the stored text of ``article_id`` as a version, put the edited one in its place, clear its rows."""
    article = s.get(m.Article, article_id)
    assert article is not None
    s.add(m.ArticleVersion(article_id=article.id, sha256=article.sha256, text=article.text, title=article.title,
                           published=article.published, ingested_at=article.ingested_at,
                           replaced_at=datetime.now(UTC)))
    clear_extracted(s, article.id)
    article.sha256, article.text, article.title, article.outlet = sha, text, title, outlet
    article.published = published if published is not None else article.published
    article.source = source if source is not None else article.source
    article.ingested_at, article.extractor_version = datetime.now(UTC), __version__
    s.flush()
    return article


def _after_write(s: Session, article: m.Article, status: Literal["ingested", "updated"], *,
                 link: bool) -> StoreResult:
    """What follows writing an article's rows: the reviews of it applied, then repeats linked."""
    from tracker.store import dedup, review

    conn = s.connection()
    if status != "ingested":  # a new article has no reviews yet
        review.apply(s, article)
    dup = None
    if link:
        found = dedup.link_article(conn, article.id, article.text, fresh=status == "ingested")
        dup = found[0] if found else None
        dedup.link_statements(conn, article.id, article.published, dup)
        if dup is not None:
            dedup.link_copies(conn, article.id, dup)
    return StoreResult(status, article.id, dup)


def reextract(db: Database, extract_fn: Callable[..., Document],
              progress: Callable[[int, int], None] | None = None,
              link_fn: Callable[[Document, str, int | None], Document] | None = None,
              article_ids: list[int] | None = None) -> int:
    """Re-run extraction over every stored article, replacing its extracted rows; returns how many.

    ``extract_fn`` is called like ``tracker.extract.extract(text, doc_id=, title=, published=)``;
    it runs outside the write transaction so other writers are not held up while it thinks.
    ``link_fn(doc, text, article_id)``, when given, links the document to the roster before it is stored;
    ``article_ids`` limits the run to those articles.
    """
    if article_ids is None:
        with db.session() as s:
            ids = list(s.scalars(select(m.Article.id).order_by(m.Article.id)))
    else:
        ids = sorted(article_ids)
    done = 0
    for article_id in ids:
        with db.session() as s:
            row = s.execute(select(m.Article.text, m.Article.title, m.Article.published)
                            .where(m.Article.id == article_id)).one_or_none()
        if row is None:  # deleted meanwhile
            continue
        doc = extract_fn(row.text, doc_id=str(article_id), title=row.title,
                         published=row.published.isoformat() if row.published else None)
        if link_fn is not None:
            doc = link_fn(doc, row.text, article_id)
        with db.session(write=True) as s:
            article = s.get(m.Article, article_id)
            if article is None:
                continue
            clear_extracted(s, article_id)
            article.extractor_version = __version__
            write_document(s, article, doc)
            _after_write(s, article, "updated", link=True)
            _delete_orphans(s)
        done += 1
        if progress is not None:
            progress(done, len(ids))
    tidy_linked_names(db)
    return done


def tidy_linked_names(db: Database) -> None:
    """A linked official stored as "Name (id)" while an unlinked "Name" existed takes "Name" once it is free."""
    with db.session(write=True) as s:
        rows = s.execute(select(m.Official.id, m.Official.name, m.RosterPerson.name)
                         .join(m.RosterPerson, m.RosterPerson.ocd_id == m.Official.ocd_id)
                         .where(m.Official.name != m.RosterPerson.name)).all()
        for oid, _, wanted in rows:
            if s.execute(_NAME_FREE, {"name": wanted}).first() is None:
                s.execute(update(_table(m.Official)).where(m.Official.id == oid).values(name=wanted))


def clear_extracted(s: Session, article_id: int) -> None:
    """Delete every row extraction made for one article (its text and metadata stay).

    Rows in other articles that repeat one of these take its place first (see ``dedup.release``).
    """
    from tracker.store.dedup import release_article

    release_article(s.connection(), article_id)
    stmt_ids = select(m.Statement.id).where(m.Statement.article_id == article_id)
    s.execute(delete(m.StatementTopic).where(m.StatementTopic.statement_id.in_(stmt_ids)))
    for model in (m.Statement, m.BillStance, m.BillMention, m.Funding, m.OfficialOffice, m.OfficialMention):
        s.execute(delete(model).where(model.article_id == article_id))


def _delete_orphans(s: Session) -> None:
    """Bills and officials that no article refers to any more."""
    s.execute(delete(m.Bill).where(~select(m.BillMention.id).where(m.BillMention.bill_id == m.Bill.id).exists()))
    referenced = (select(m.OfficialMention.official_id)
                  .union(select(m.Statement.official_id).where(m.Statement.official_id.is_not(None)),
                         select(m.BillStance.official_id),
                         select(m.Funding.official_id).where(m.Funding.official_id.is_not(None))))
    s.execute(delete(m.OfficialAlias).where(m.OfficialAlias.official_id.not_in(referenced)))
    s.execute(delete(m.Official).where(m.Official.id.not_in(referenced)))


def _span(text: str, start: Any, end: Any, what: str) -> tuple[int, int]:
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        raise BadInputError(f"{what}: span [{start}, {end}) is not inside the article ({len(text)} characters)",
                            "the extraction document does not belong to this text")
    return start, end


def _choice(value: str | None, choices: tuple[str, ...], what: str) -> str:
    if value not in choices:
        raise BadInputError(f"{what} {value!r} is not one of {', '.join(choices)}", "fix the extractor output")
    return value


_ID_PARTS = re.compile(r"([A-Z]+)\s*(\d+)")


def normalise_identifier(identifier: str) -> str:
    """"H.B. 3", "hb3" and "HB  3" are one bill number: "HB 3"."""
    s = re.sub(r"\s+", " ", identifier.upper().replace(".", " ")).strip()
    s = re.sub(r"(?<=[A-Z]) (?=[A-Z])", "", s)  # "H B 3" -> "HB 3"
    return _ID_PARTS.sub(r"\1 \2", s)


def bill_identity(identifier: str | None, jurisdiction: str | None, session: str | None) -> str | None:
    """The key that makes two articles' mentions one bill; None for an unnumbered bill."""
    if not identifier or not identifier.strip():
        return None
    parts = (normalise_identifier(identifier), (jurisdiction or "").strip().casefold(),
             (session or "").strip().casefold())
    return "|".join(parts)


def _table(model: type[m.Base]) -> Table:
    return m.metadata.tables[model.__tablename__]


# The write path's statements, built once: building and cache-keying a fresh expression per
# article cost more than running it.
_OFFICIALS_NAMED = (select(m.Official.id, m.Official.name, m.Official.party, m.Official.ocd_id)
                    .where(m.Official.name.in_(bindparam("names", expanding=True))))
_PARTY_OF = select(m.Official.party).where(m.Official.id == bindparam("oid"))
_NAME_TAKEN = select(m.Official.id).where(m.Official.name == bindparam("name"), m.Official.ocd_id.is_not(None))
_BY_OCD = select(m.Official.id).where(m.Official.ocd_id == bindparam("ocd"))
_UNLINKED = " (unlinked)"
_NAME_FREE = select(m.Official.id).where(m.Official.name == bindparam("name"))
_SET_PARTY = update(_table(m.Official)).where(m.Official.id == bindparam("oid")).values(party=bindparam("party"))
_ALIASES_OF = (select(m.OfficialAlias.official_id, m.OfficialAlias.alias)
               .where(m.OfficialAlias.official_id.in_(bindparam("oids", expanding=True))))
_TOPICS = select(m.Topic.id, m.Topic.name)
_BILLS_IDENTIFIED = (select(m.Bill.id, m.Bill.identity, select(m.BillTopic.bill_id).where(
                         m.BillTopic.bill_id == m.Bill.id).exists().label("has_topics"))
                     .where(m.Bill.identity.in_(bindparam("identities", expanding=True))))
_HAS_TOPICS = select(m.BillTopic.bill_id).where(m.BillTopic.bill_id == bindparam("bill_id")).limit(1)
# A status from an article is kept unless another article that states one is newer (an undated
# article never outranks a dated one).
_NEWER_STATUS = (select(m.BillMention.id).join(m.Article, m.Article.id == m.BillMention.article_id)
                 .where(m.BillMention.bill_id == bindparam("bill_id"), m.BillMention.status_in_article != "unknown",
                        m.Article.published.is_not(None),
                        or_(bindparam("published", type_=Date).is_(None),
                            m.Article.published > bindparam("published", type_=Date))))
_SET_STATUS = (update(_table(m.Bill)).where(m.Bill.id == bindparam("bill_id"), ~_NEWER_STATUS.exists())
               .values(status=bindparam("status")))
_INSERT_UNNUMBERED_BILL = insert(_table(m.Bill))
_BILL_ID = select(m.Bill.id).where(m.Bill.identity == bindparam("identity"))


class _Insert:
    """An INSERT compiled once per dialect and column set, run straight on the driver's cursor.

    An article's rows are a few per table, so SQLAlchemy's per-execution work (compiled-cache
    lookup, execution context, events, result object) cost more than the database's own. Values go
    through the columns' bind processors as SQLAlchemy would send them.
    """

    def __init__(self, table: Table, *, returning: bool = False) -> None:
        self.table = table
        self.returning = returning
        self._compiled: dict[tuple[str, tuple[str, ...]], tuple[str, list[str] | None, list[Any]]] = {}

    def _prepare(self, dialect: Any, keys: tuple[str, ...]) -> tuple[str, list[str] | None, list[Any]]:
        stmt = insert(self.table).returning(self.table.c.id) if self.returning else insert(self.table)
        compiled = stmt.compile(dialect=dialect, column_keys=list(keys), for_executemany=not self.returning)
        order = list(compiled.positiontup) if compiled.positional and compiled.positiontup else None
        procs = [(k, p) for k in keys if (p := self.table.c[k].type.dialect_impl(dialect).bind_processor(dialect))]
        return compiled.string, order, procs

    def __call__(self, conn: Any, rows: list[dict[str, Any]]) -> list[int]:
        """Insert ``rows`` (dicts with the same keys); their new ids, in order, when ``returning``."""
        if not rows:
            return []
        keys = tuple(rows[0])
        key = (conn.dialect.name, keys)
        if key not in self._compiled:
            self._compiled[key] = self._prepare(conn.dialect, keys)
        sql, order, procs = self._compiled[key]
        if procs:
            rows = [{**r, **{k: p(r[k]) for k, p in procs}} for r in rows]
        params: list[Any] = [tuple(r[k] for k in order) for r in rows] if order else rows
        cursor = conn.connection.dbapi_connection.cursor()
        try:
            if not self.returning:
                cursor.executemany(sql, params)
                return []
            ids = []
            for p in params:
                cursor.execute(sql, p)
                ids.append(cursor.fetchone()[0])
            return ids
        finally:
            cursor.close()


_CHILDREN = (m.OfficialAlias, m.OfficialMention, m.OfficialOffice, m.BillTopic, m.BillMention, m.BillStance,
             m.Funding)
_INSERTS = {model: _Insert(_table(model)) for model in (*_CHILDREN, m.StatementTopic)}
_INSERT_STATEMENTS = _Insert(_table(m.Statement), returning=True)
_INSERT_ARTICLE = _Insert(_table(m.Article), returning=True)


class _Writer:
    """One article's rows, gathered in memory and inserted with one multi-row INSERT per table.

    Names are resolved to ids with one query per kind; get-or-create (safe against a racing
    writer) is left for the names not stored yet. An ORM flush per object cost four times what
    extracting the article did.
    """

    def __init__(self, s: Session, article: m.Article, names: list[str], linked: dict[str, str],
                 roster: bool) -> None:
        self.s = s
        self.conn = s.connection()
        self.article = article
        self.rows: dict[type[m.Base], list[dict[str, Any]]] = defaultdict(list)
        self.parties: dict[int, str | None] = {}
        self.officials: dict[str, int] = {}
        for name, ocd in linked.items():  # a linked person is found by ocd id, whatever name it is stored under
            self.officials[name] = oid = _linked_official(s, ocd, name)
            self.parties[oid] = self.conn.execute(_PARTY_OF, {"oid": oid}).scalar()
        wanted = [n for n in dict.fromkeys(names) if n not in linked]
        if wanted:
            for oid, stored, party, stored_ocd in self.conn.execute(_OFFICIALS_NAMED, {"names": wanted}):
                if stored_ocd is None or not roster:
                    self.officials[stored] = oid
                    self.parties[oid] = party
        for name in wanted:
            if name not in self.officials:
                # With a roster, an unlinked name is never filed under a linked person of that name.
                key = {"name": name, "ocd_id": None} if roster else {"name": name}
                if roster and self.conn.execute(_NAME_TAKEN, {"name": name}).first():
                    key = {"name": name + _UNLINKED, "ocd_id": None}
                self.officials[name] = oid = _get_or_create(s, m.Official, key)
                self.parties[oid] = None
        self.mentioned: set[int] = set()
        self.topics: dict[str, int] | None = None
        self.link = False  # statements that repeat earlier ones are written as repeats
        self.duplicate_of: int | None = None

    def add(self, model: type[m.Base], **row: Any) -> None:
        self.rows[model].append(row)

    def official(self, name: str) -> int:
        oid = self.officials[" ".join(name.split())]
        self.mention(oid, None, None)
        return oid

    def mention(self, oid: int, start: int | None, end: int | None, link: str | None = None) -> None:
        if oid in self.mentioned:
            return
        self.mentioned.add(oid)
        self.add(m.OfficialMention, official_id=oid, article_id=self.article.id, start=start, end=end, link=link)

    def topic(self, name: str) -> int:
        if self.topics is None:
            self.topics = {n.casefold(): i for i, n in self.conn.execute(_TOPICS)}
        key = " ".join(name.split()).casefold()
        if key not in self.topics:
            self.topics[key] = _get_or_create(self.s, m.Topic, {"name": " ".join(name.split())})
        return self.topics[key]

    def insert_all(self) -> None:
        """Insert the gathered rows, parents before children."""
        for model in _CHILDREN:
            _INSERTS[model](self.conn, self.rows.pop(model, []))
        assert not self.rows, f"rows of {list(self.rows)} were gathered but never inserted"


def _names(doc: Document) -> list[str]:
    """Every official name the document refers to, spaced as the writer looks them up."""
    names = [o.name for o in doc.officials if o.name and o.name.strip()]
    names += [st.speaker for st in doc.statements if st.speaker]
    names += [p.official for b in doc.bills for p in b.positions if p.official]
    names += [f.official for f in doc.funding if f.official]
    return [" ".join(n.split()) for n in names]


def _linked_official(s: Session, ocd: str, name: str) -> int:
    """The official linked to roster person ``ocd``, created under ``name`` when missing.

    A linked person owns their plain name: an unlinked official of that name (mentions that could
    not be told apart) becomes "name (unlinked)". Two roster persons of one name: the second is "name (id)".
    """
    conn = s.connection()
    found = conn.execute(_BY_OCD, {"ocd": ocd}).scalar()
    if found is not None:
        return int(found)
    holder = conn.execute(select(m.Official.id, m.Official.ocd_id).where(m.Official.name == name)).first()
    stored = name
    if holder is not None and holder.ocd_id is None and conn.execute(
            _NAME_FREE, {"name": name + _UNLINKED}).first() is None:
        conn.execute(update(_table(m.Official)).where(m.Official.id == holder.id).values(name=name + _UNLINKED))
    elif holder is not None:
        stored = f"{name} ({ocd[-12:]})"
    s.flush()
    try:
        with s.begin_nested():
            row = m.Official(name=stored, ocd_id=ocd)
            s.add(row)
        return int(row.id)
    except IntegrityError:
        return int(conn.execute(_BY_OCD, {"ocd": ocd}).scalar_one())


def _get_or_create(s: Session, model: Any, key: dict[str, Any]) -> int:
    """The id of the row with these unique values, inserting it if needed; safe against a racing writer."""
    found = s.scalar(select(model.id).filter_by(**key))
    if found is not None:
        return int(found)
    s.flush()  # so an IntegrityError below can only come from this row
    try:
        with s.begin_nested():
            row = model(**key)
            s.add(row)
        return int(row.id)
    except IntegrityError:
        return int(s.execute(select(model.id).filter_by(**key)).scalar_one())


def write_document(s: Session, article: m.Article, doc: Document, *, link: bool = False,
                   duplicate_of: int | None = None) -> None:
    """Turn one extraction document into rows of ``article``; raises BadInputError on a bad span or value.

    ``link``: a new article's statements that repeat earlier ones are written as repeats
    (``dedup.repeats``; ``duplicate_of``: the stored article it retells).
    """
    text = article.text
    s.flush()  # the article row (and, in reextract, its deletions) before rows that refer to it
    linked = {" ".join(o.name.split()): o.ocd_id for o in doc.officials if o.ocd_id is not None and o.name.strip()}
    w = _Writer(s, article, _names(doc), linked, roster=any(o.link is not None for o in doc.officials))
    w.link, w.duplicate_of = link, duplicate_of
    _write_officials(w, text, doc)
    _write_statements(w, text, doc)
    _write_bills(w, text, doc)
    _write_funding(w, text, doc)
    w.insert_all()


def _write_officials(w: _Writer, text: str, doc: Document) -> None:
    offices: set[tuple[int, str, str | None]] = set()
    parties: dict[int, str] = {}
    aliases: dict[int, list[str]] = {}
    for o in doc.officials:
        name = " ".join((o.name or "").split())
        if not name:
            continue
        oid = w.officials[name]
        if oid not in w.mentioned:
            span: tuple[int | None, int | None] = (None, None)
            if o.start is not None or o.end is not None:
                span = _span(text, o.start, o.end, f"official {name!r}")
            w.mention(oid, *span, link=o.link)
        if o.party:
            parties[oid] = o.party  # the party as last reported
        if o.aliases:
            aliases.setdefault(oid, [])
            aliases[oid] += [alias for a in o.aliases if (alias := " ".join(a.split())) and alias != name]
        if o.office and (oid, o.office, o.jurisdiction) not in offices:
            offices.add((oid, o.office, o.jurisdiction))
            w.add(m.OfficialOffice, official_id=oid, office=o.office, jurisdiction=o.jurisdiction,
                  article_id=w.article.id, district=o.district)
    for oid, party in parties.items():
        if w.parties.get(oid) != party:
            w.conn.execute(_SET_PARTY, {"oid": oid, "party": party})
            w.parties[oid] = party
    if aliases:
        have = {(oid, alias) for oid, alias in w.conn.execute(_ALIASES_OF, {"oids": list(aliases)})}
        for oid, names in aliases.items():
            for alias in dict.fromkeys(names):
                if (oid, alias) not in have:
                    have.add((oid, alias))
                    w.add(m.OfficialAlias, official_id=oid, alias=alias)


def _write_statements(w: _Writer, text: str, doc: Document) -> None:
    rows: list[dict[str, Any]] = []
    for i, st in enumerate(doc.statements):
        what = f"statement {i + 1}"
        start, end = _span(text, st.start, st.end, what)
        if st.text != text[start:end]:
            raise BadInputError(f"{what}: its text is not the article text at [{start}, {end})",
                                "the extraction document does not belong to this text")
        rows.append({"official_id": w.official(st.speaker) if st.speaker else None,
                     "speaker_text": st.speaker_text, "article_id": w.article.id,
                     "kind": _choice(st.kind, STATEMENT_KINDS, f"{what}: kind"), "text": st.text,
                     "start": start, "end": end, "cue": st.cue or None,
                     "attribution": _choice(st.attribution, ATTRIBUTIONS, f"{what}: attribution"),
                     **quote_keys(st.text)})
    if not rows:
        return
    # Stored in reading order, so within an article a statement's id orders it as its start does
    # (positions' "newest first" breaks ties of date and article on the id).
    order = sorted(range(len(rows)), key=lambda i: (rows[i]["start"], rows[i]["end"]))
    rows = [rows[i] for i in order]
    ordered = [doc.statements[i] for i in order]
    if w.link:
        from tracker.store import dedup

        mine = [(i, r["official_id"], r["text"], r["text_key"], r["head_key"]) for i, r in enumerate(rows)]
        same = dedup.repeats(w.conn, w.article.id, w.article.published, w.duplicate_of, mine)
        for i, row in enumerate(rows):
            row["same_as"] = same.get(i)
    ids = _INSERT_STATEMENTS(w.conn, rows)
    topic_rows: list[dict[str, Any]] = []
    for sid, st, row in zip(ids, ordered, rows, strict=True):
        if row.get("same_as") is not None:
            continue  # a repeat's topics are those of the statement it repeats
        seen: set[int] = set()
        for name in st.topics:
            if not name or not name.strip():
                continue
            tid = w.topic(name)
            if tid not in seen:
                topic_rows.append({"statement_id": sid, "topic_id": tid, "rank": len(seen),
                                   "official_id": row["official_id"], "article_id": w.article.id,
                                   "published": w.article.published})
                seen.add(tid)
    _INSERTS[m.StatementTopic](w.conn, topic_rows)


def _write_bills(w: _Writer, text: str, doc: Document) -> None:
    identities = [key for b in doc.bills if (key := bill_identity(b.identifier, b.jurisdiction, b.session))]
    known: dict[str, tuple[int, bool]] = {}
    if identities:
        wanted = {"identities": list(dict.fromkeys(identities))}
        for bid, stored, has_topics in w.conn.execute(_BILLS_IDENTIFIED, wanted):
            known[str(stored)] = (bid, bool(has_topics))
    topics_done: set[int] = {bid for bid, has_topics in known.values() if has_topics}
    for i, b in enumerate(doc.bills):
        what = f"bill {i + 1}"
        start, end = _span(text, b.start, b.end, what)
        status = _choice(b.status, BILL_STATUSES, f"{what}: status")
        identity = bill_identity(b.identifier, b.jurisdiction, b.session)
        fields = {"identifier": normalise_identifier(b.identifier) if identity and b.identifier else None,
                  "title": b.title or text[start:end], "jurisdiction": b.jurisdiction, "session": b.session}
        if identity is None:
            inserted = w.conn.execute(_INSERT_UNNUMBERED_BILL, {"identity": None, "status": status, **fields})
            bill_id = int(inserted.inserted_primary_key[0])  # type: ignore[index]
        elif identity in known:
            bill_id = known[identity][0]
            if status != "unknown":
                w.conn.execute(_SET_STATUS, {"bill_id": bill_id, "published": w.article.published, "status": status})
        else:
            bill_id = _bill_by_identity(w.s, identity, status, fields)
            known[identity] = (bill_id, False)
            # Not new after all when another writer stored it first.
            if w.conn.execute(_HAS_TOPICS, {"bill_id": bill_id}).first():
                topics_done.add(bill_id)
            if status != "unknown":
                w.conn.execute(_SET_STATUS, {"bill_id": bill_id, "published": w.article.published, "status": status})
        if bill_id not in topics_done:
            topics_done.add(bill_id)  # a bill's topics come from the first article that names it
            seen: list[int] = []
            for name in b.topics:
                if name and name.strip() and (tid := w.topic(name)) not in seen:
                    w.add(m.BillTopic, bill_id=bill_id, topic_id=tid, rank=len(seen))
                    seen.append(tid)
        w.add(m.BillMention, bill_id=bill_id, article_id=w.article.id, status_in_article=status,
              start=start, end=end, cue=b.cue or None)
        for j, p in enumerate(b.positions):
            if not p.official:
                continue
            stance = _choice(p.stance, STANCES, f"{what}, position {j + 1}: stance")
            # A position with no span of its own is shown by the bill's evidence sentence.
            ps, pe = (_span(text, p.start, p.end, f"{what}, position {j + 1}")
                      if p.start is not None or p.end is not None else (start, end))
            w.add(m.BillStance, bill_id=bill_id, official_id=w.official(p.official), article_id=w.article.id,
                  stance=stance, start=ps, end=pe, cue=p.cue or None)


def _bill_by_identity(s: Session, identity: str, status: str, fields: dict[str, Any]) -> int:
    conn = s.connection()
    found = conn.execute(_BILL_ID, {"identity": identity}).scalar()
    if found is not None:
        return int(found)
    try:
        with s.begin_nested():
            inserted = conn.execute(_INSERT_UNNUMBERED_BILL, {"identity": identity, "status": status, **fields})
        return int(inserted.inserted_primary_key[0])  # type: ignore[index]
    except IntegrityError:
        return int(conn.execute(_BILL_ID, {"identity": identity}).scalar_one())


def _write_funding(w: _Writer, text: str, doc: Document) -> None:
    for i, f in enumerate(doc.funding):
        what = f"funding figure {i + 1}"
        start, end = _span(text, f.start, f.end, what)
        try:
            amount = Decimal(f.amount).quantize(Decimal("0.01"))
        except (InvalidOperation, TypeError, ValueError):
            raise BadInputError(f"{what}: amount {f.amount!r} is not a number", "fix the extractor output") from None
        w.add(m.Funding,
              article_id=w.article.id, official_id=w.official(f.official) if f.official else None,
              amount=amount, currency=(f.currency or "USD").upper()[:3],
              period=_choice(f.period, FUNDING_PERIODS, f"{what}: period") if f.period else None,
              kind=_choice(f.kind, FUNDING_KINDS, f"{what}: kind"), purpose=f.purpose or None,
              start=start, end=end, flagged=bool(f.flag), flag_reason=f.flag or None, cue=f.cue or None,
              ordinal=i, role=_choice(f.role or "single", FUNDING_ROLES, f"{what}: role"),
              part_of=_part_of(f.part_of, len(doc.funding), what),
              topic_id=w.topic(f.topic) if f.topic else None)


def _part_of(index: int | None, count: int, what: str) -> int | None:
    if index is None:
        return None
    if not isinstance(index, int) or not 0 <= index < count:
        raise BadInputError(f"{what}: part_of {index!r} is not a figure of the same article",
                            "fix the extractor output")
    return index
