"""Writes: one article and everything extracted from it, in one transaction.

``write_document`` is the single mapping from an extraction ``Document`` to rows; ``store_article``
and ``reextract`` both use it. It checks every span against the stored text as it goes and
raises BadInputError on the first one that is not evidence, which rolls the whole article back:
a row whose ``articles.text[start:end]`` is not what it claims is never stored.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from tracker import __version__
from tracker.choices import BILL_STATUSES, FUNDING_KINDS, FUNDING_PERIODS, STANCES, STATEMENT_KINDS
from tracker.errors import BadInputError
from tracker.store import models as m

if TYPE_CHECKING:
    from tracker.extract.document import Document
    from tracker.store.db import Database


@dataclass(frozen=True)
class StoreResult:
    status: Literal["ingested", "duplicate"]
    article_id: int


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _as_date(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None  # an unparseable date is no date, not a reason to lose the article


def store_article(db: Database, *, text: str, title: str | None = None, url: str | None = None,
                  outlet: str | None = None, published: date | None = None, source: str | None = None,
                  doc: Document) -> StoreResult:
    """Store one article and its extraction document in one transaction; the same text twice is a duplicate."""
    sha = text_sha256(text)
    try:
        with db.session(write=True) as s:
            existing = s.scalar(select(m.Article.id).where(m.Article.sha256 == sha))
            if existing is not None:
                return StoreResult("duplicate", existing)
            article = m.Article(
                sha256=sha, text=text, title=title if title is not None else doc.title, url=url,
                outlet=outlet if outlet is not None else doc.outlet,
                published=published if published is not None else _as_date(doc.published),
                source=source, ingested_at=datetime.now(UTC), extractor_version=__version__,
            )
            s.add(article)
            s.flush()
            write_document(s, article, doc)
            return StoreResult("ingested", article.id)
    except IntegrityError:
        # Another process stored the same text between our check and insert (possible on
        # PostgreSQL; SQLite's BEGIN IMMEDIATE already serialises writers). Anything else is a bug.
        with db.session() as s:
            existing = s.scalar(select(m.Article.id).where(m.Article.sha256 == sha))
        if existing is None:
            raise
        return StoreResult("duplicate", existing)


def reextract(db: Database, extract_fn: Callable[..., Document],
              progress: Callable[[int, int], None] | None = None) -> int:
    """Re-run extraction over every stored article, replacing its extracted rows; returns how many.

    ``extract_fn`` is called like ``tracker.extract.extract(text, doc_id=, title=, published=)``;
    it runs outside the write transaction so other writers are not held up while it thinks.
    """
    with db.session() as s:
        ids = list(s.scalars(select(m.Article.id).order_by(m.Article.id)))
    done = 0
    for article_id in ids:
        with db.session() as s:
            row = s.execute(select(m.Article.text, m.Article.title, m.Article.published)
                            .where(m.Article.id == article_id)).one_or_none()
        if row is None:  # deleted meanwhile
            continue
        doc = extract_fn(row.text, doc_id=str(article_id), title=row.title,
                         published=row.published.isoformat() if row.published else None)
        with db.session(write=True) as s:
            article = s.get(m.Article, article_id)
            if article is None:
                continue
            clear_extracted(s, article_id)
            article.extractor_version = __version__
            write_document(s, article, doc)
            _delete_orphans(s)
        done += 1
        if progress is not None:
            progress(done, len(ids))
    return done


def clear_extracted(s: Session, article_id: int) -> None:
    """Delete every row extraction made for one article (its text and metadata stay)."""
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


class _Writer:
    """Per-article caches for get-or-create, so each official or topic is looked up once."""

    def __init__(self, s: Session, article: m.Article) -> None:
        self.s = s
        self.article = article
        self.officials: dict[str, int] = {}
        self.mentioned: set[int] = set()
        self.topics: dict[str, int] | None = None

    def official(self, name: str) -> int:
        name = " ".join(name.split())
        if name not in self.officials:
            oid = _get_or_create(self.s, m.Official, {"name": name})
            self.officials[name] = oid
            self.mention(oid, None, None)
        return self.officials[name]

    def mention(self, oid: int, start: int | None, end: int | None) -> None:
        if oid in self.mentioned:
            return
        self.mentioned.add(oid)
        self.s.add(m.OfficialMention(official_id=oid, article_id=self.article.id, start=start, end=end))

    def topic(self, name: str) -> int:
        if self.topics is None:
            self.topics = {n.casefold(): i for i, n in self.s.execute(select(m.Topic.id, m.Topic.name)).all()}
        key = " ".join(name.split()).casefold()
        if key not in self.topics:
            self.topics[key] = _get_or_create(self.s, m.Topic, {"name": " ".join(name.split())})
        return self.topics[key]


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


def write_document(s: Session, article: m.Article, doc: Document) -> None:
    """Turn one extraction document into rows of ``article``; raises BadInputError on a bad span or value."""
    text = article.text
    w = _Writer(s, article)
    _write_officials(w, text, doc)
    _write_statements(w, text, doc)
    _write_bills(w, text, doc)
    _write_funding(w, text, doc)
    s.flush()


def _write_officials(w: _Writer, text: str, doc: Document) -> None:
    offices: set[tuple[int, str, str | None]] = set()
    for o in doc.officials:
        name = " ".join((o.name or "").split())
        if not name:
            continue
        if name not in w.officials:
            span: tuple[int | None, int | None] = (None, None)
            if o.start is not None or o.end is not None:
                span = _span(text, o.start, o.end, f"official {name!r}")
            oid = _get_or_create(w.s, m.Official, {"name": name})
            w.officials[name] = oid
            w.mention(oid, *span)
        oid = w.officials[name]
        official = w.s.get(m.Official, oid)
        assert official is not None
        if o.party:
            official.party = o.party  # the party as last reported
        if o.aliases:
            have = set(w.s.scalars(select(m.OfficialAlias.alias).where(m.OfficialAlias.official_id == oid)))
            for alias in dict.fromkeys(" ".join(a.split()) for a in o.aliases):
                if alias and alias != name and alias not in have:
                    w.s.add(m.OfficialAlias(official_id=oid, alias=alias))
        if o.office and (oid, o.office, o.jurisdiction) not in offices:
            offices.add((oid, o.office, o.jurisdiction))
            w.s.add(m.OfficialOffice(official_id=oid, office=o.office, jurisdiction=o.jurisdiction,
                                     article_id=w.article.id))


def _write_statements(w: _Writer, text: str, doc: Document) -> None:
    rows: list[tuple[m.Statement, list[str]]] = []
    for i, st in enumerate(doc.statements):
        what = f"statement {i + 1}"
        start, end = _span(text, st.start, st.end, what)
        if st.text != text[start:end]:
            raise BadInputError(f"{what}: its text is not the article text at [{start}, {end})",
                                "the extraction document does not belong to this text")
        row = m.Statement(
            official_id=w.official(st.speaker) if st.speaker else None, speaker_text=st.speaker_text,
            article_id=w.article.id, kind=_choice(st.kind, STATEMENT_KINDS, f"{what}: kind"),
            text=st.text, start=start, end=end, cue=st.cue or None,
        )
        rows.append((row, st.topics))
    w.s.add_all([r for r, _ in rows])
    w.s.flush()
    for row, names in rows:
        seen: set[int] = set()
        for name in names:
            if not name or not name.strip():
                continue
            tid = w.topic(name)
            if tid not in seen:
                w.s.add(m.StatementTopic(statement_id=row.id, topic_id=tid, rank=len(seen)))
                seen.add(tid)


def _write_bills(w: _Writer, text: str, doc: Document) -> None:
    published = w.article.published
    for i, b in enumerate(doc.bills):
        what = f"bill {i + 1}"
        start, end = _span(text, b.start, b.end, what)
        status = _choice(b.status, BILL_STATUSES, f"{what}: status")
        identity = bill_identity(b.identifier, b.jurisdiction, b.session)
        fields = {"identifier": normalise_identifier(b.identifier) if identity and b.identifier else None,
                  "title": b.title or text[start:end], "jurisdiction": b.jurisdiction, "session": b.session}
        if identity is None:
            bill = m.Bill(identity=None, status=status, **fields)
            w.s.add(bill)
            w.s.flush()
        else:
            got = w.s.get(m.Bill, _bill_by_identity(w.s, identity, status, fields))
            assert got is not None
            bill = got
            if status != "unknown" and _is_latest(w.s, bill.id, published):
                bill.status = status
        _write_bill_topics(w, bill.id, b.topics)
        w.s.add(m.BillMention(bill_id=bill.id, article_id=w.article.id, status_in_article=status,
                              start=start, end=end, cue=b.cue or None))
        for j, p in enumerate(b.positions):
            if not p.official:
                continue
            stance = _choice(p.stance, STANCES, f"{what}, position {j + 1}: stance")
            # A position with no span of its own is shown by the bill's evidence sentence.
            ps, pe = (_span(text, p.start, p.end, f"{what}, position {j + 1}")
                      if p.start is not None or p.end is not None else (start, end))
            w.s.add(m.BillStance(bill_id=bill.id, official_id=w.official(p.official), article_id=w.article.id,
                                 stance=stance, start=ps, end=pe, cue=p.cue or None))


def _write_bill_topics(w: _Writer, bill_id: int, names: list[str]) -> None:
    """A bill's topics come from the first article that names it; later articles keep them."""
    if w.s.scalar(select(m.BillTopic.bill_id).where(m.BillTopic.bill_id == bill_id).limit(1)) is not None:
        return
    seen: list[int] = []
    for name in names:
        if name and name.strip() and (tid := w.topic(name)) not in seen:
            w.s.add(m.BillTopic(bill_id=bill_id, topic_id=tid, rank=len(seen)))
            seen.append(tid)
    w.s.flush()


def _bill_by_identity(s: Session, identity: str, status: str, fields: dict[str, Any]) -> int:
    found = s.scalar(select(m.Bill.id).where(m.Bill.identity == identity))
    if found is not None:
        return int(found)
    s.flush()
    try:
        with s.begin_nested():
            bill = m.Bill(identity=identity, status=status, **fields)
            s.add(bill)
        return bill.id
    except IntegrityError:
        return s.execute(select(m.Bill.id).where(m.Bill.identity == identity)).scalar_one()


def _is_latest(s: Session, bill_id: int, published: date | None) -> bool:
    """Whether an article published on ``published`` is at least as new as every other that gave a status."""
    latest = s.scalar(select(func.max(m.Article.published))
                      .join(m.BillMention, m.BillMention.article_id == m.Article.id)
                      .where(m.BillMention.bill_id == bill_id, m.BillMention.status_in_article != "unknown"))
    return latest is None or (published is not None and published >= latest)


def _write_funding(w: _Writer, text: str, doc: Document) -> None:
    for i, f in enumerate(doc.funding):
        what = f"funding figure {i + 1}"
        start, end = _span(text, f.start, f.end, what)
        try:
            amount = Decimal(f.amount).quantize(Decimal("0.01"))
        except (InvalidOperation, TypeError, ValueError):
            raise BadInputError(f"{what}: amount {f.amount!r} is not a number", "fix the extractor output") from None
        w.s.add(m.Funding(
            article_id=w.article.id, official_id=w.official(f.official) if f.official else None,
            amount=amount, currency=(f.currency or "USD").upper()[:3],
            period=_choice(f.period, FUNDING_PERIODS, f"{what}: period") if f.period else None,
            kind=_choice(f.kind, FUNDING_KINDS, f"{what}: kind"), purpose=f.purpose or None,
            start=start, end=end, flagged=bool(f.flag), flag_reason=f.flag or None, cue=f.cue or None,
        ))
