"""Review by hand: a person confirms, rejects or corrects an extracted statement, stance or figure.

Verdicts live in their own table (``reviews``), keyed by the article and the item's span, not by
row id: re-extraction deletes and re-inserts rows, and ``apply`` puts each verdict back on the row
at the same span, as long as the text there is still what was reviewed. A rejected item is
deleted (a repeat of it elsewhere takes its place); a corrected one takes the reviewer's speaker,
topic, stance or amount.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, and_, delete, exists, select, update
from sqlalchemy.orm import Session

from tracker.choices import REVIEW_ITEMS, REVIEW_VERDICTS, STANCES
from tracker.errors import BadInputError, NotFoundError
from tracker.store import models as m

if TYPE_CHECKING:
    from tracker.store.db import Database

A, R = m.Article, m.Review
MODELS: dict[str, type[m.Statement] | type[m.BillStance] | type[m.Funding]] = {
    "statement": m.Statement, "stance": m.BillStance, "funding": m.Funding}
# What each kind of item can be corrected in.
CORRECTABLE = {"statement": ("speaker", "topic"), "stance": ("speaker", "stance"), "funding": ("speaker", "amount")}


def reviewed(item: str, model: Any) -> ColumnElement[bool]:
    """Rows of ``model`` (an ``item``) that a person confirmed or corrected."""
    return exists().where(R.article_id == model.article_id, R.item == item, R.start == model.start,
                          R.end == model.end, R.verdict != "rejected")


def _unreviewed(item: str, model: Any) -> ColumnElement[bool]:
    return ~exists().where(R.article_id == model.article_id, R.item == item, R.start == model.start,
                           R.end == model.end)


def pending(db: Database, *, item: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    """Items nobody has reviewed yet, oldest article first: statements, then stances, then figures."""
    out: list[dict[str, Any]] = []
    for kind in REVIEW_ITEMS if item is None else (item,):
        if limit is not None and len(out) >= limit:
            break
        left = None if limit is None else limit - len(out)
        out += _pending(db, kind, left)
    return out


def _pending(db: Database, item: str, limit: int | None) -> list[dict[str, Any]]:
    model = MODELS[item]
    off = m.Official
    cols: list[Any] = [model.id, off.name.label("speaker"), model.article_id, model.start, model.end,
                       A.title.label("article_title"), A.published.label("article_published")]
    if item == "statement":
        cols += [m.Statement.text.label("text"), m.Statement.speaker_text]
    elif item == "stance":
        cols += [m.BillStance.stance, m.Bill.identifier.label("bill"), m.Bill.title.label("bill_title")]
    else:
        cols += [m.Funding.amount, m.Funding.currency, m.Funding.kind, m.Funding.purpose]
    q = (select(*cols).join(A, A.id == model.article_id).outerjoin(off, off.id == model.official_id)
         .where(model.same_as.is_(None), _unreviewed(item, model))
         .order_by(A.published.is_(None), A.published, A.id, model.start))
    if item == "stance":
        q = q.join(m.Bill, m.Bill.id == m.BillStance.bill_id)
    if limit is not None:
        q = q.limit(limit)
    with db.session() as s:
        rows = [dict(r._mapping) for r in s.execute(q)]
        text_of = dict(s.execute(select(A.id, A.text).where(A.id.in_({r["article_id"] for r in rows}))).all())
        topics: dict[int, list[str]] = {}
        if item == "statement" and rows:
            for sid, name in s.execute(select(m.StatementTopic.statement_id, m.Topic.name)
                                       .join(m.Topic, m.Topic.id == m.StatementTopic.topic_id)
                                       .where(m.StatementTopic.statement_id.in_([r["id"] for r in rows]))
                                       .order_by(m.StatementTopic.rank)):
                topics.setdefault(sid, []).append(name)
    for r in rows:
        r["item"] = item
        r["evidence"] = text_of[r["article_id"]][r["start"]:r["end"]]
        r["article_published"] = r["article_published"].isoformat() if r["article_published"] else None
        if item == "statement":
            r["topics"] = topics.get(r["id"], [])
    return rows


def record(db: Database, item: str, item_id: int, verdict: str, *, speaker: str | None = None,
           topic: str | None = None, stance: str | None = None, amount: str | None = None,
           reason: str | None = None) -> dict[str, Any]:
    """Store a person's verdict on one item (by its id in listings) and apply it at once; returns the review."""
    if item not in REVIEW_ITEMS:
        raise BadInputError(f"{item!r} is not something to review", f"use one of {', '.join(REVIEW_ITEMS)}")
    if verdict not in REVIEW_VERDICTS:
        raise BadInputError(f"{verdict!r} is not a verdict", f"use one of {', '.join(REVIEW_VERDICTS)}")
    given = {k: v for k, v in (("speaker", speaker), ("topic", topic), ("stance", stance), ("amount", amount))
             if v is not None}
    if verdict == "corrected" and not given:
        raise BadInputError("a correction needs a new value", "give --speaker, --topic, --stance or --amount")
    for field in given:
        if field not in CORRECTABLE[item]:
            raise BadInputError(f"a {item} has no {field} to correct",
                                f"a {item} can be corrected in: {', '.join(CORRECTABLE[item])}")
    values: dict[str, Any] = {"speaker": " ".join(speaker.split()) if speaker else None, "topic": None,
                              "stance": None, "amount": None}
    if speaker is not None and not values["speaker"]:
        raise BadInputError("--speaker is empty", "give the official's full name")
    if stance is not None and stance not in STANCES:
        raise BadInputError(f"stance {stance!r} is not one of {', '.join(STANCES)}", "use supports or opposes")
    if amount is not None:
        try:
            values["amount"] = Decimal(amount.replace(",", "").lstrip("$")).quantize(Decimal("0.01"))
        except InvalidOperation:
            raise BadInputError(f"amount {amount!r} is not a number", "write it like 183994 or 1,250,000.50") from None
    values["stance"] = stance
    model = MODELS[item]
    with db.session(write=True) as s:
        if topic is not None:
            values["topic"] = _topic(s, topic)
        row = s.execute(select(model.article_id, model.start, model.end).where(model.id == item_id)).one_or_none()
        if row is None:
            raise NotFoundError(f"no {item} with id {item_id}", f"list them with `tracker review --json --item {item}`")
        article = s.get(m.Article, row.article_id)
        assert article is not None
        key = {"article_id": row.article_id, "item": item, "start": row.start, "end": row.end}
        s.execute(delete(R).where(*(getattr(R, k) == v for k, v in key.items())))
        s.add(R(**key, evidence=article.text[row.start:row.end], verdict=verdict, reason=reason or None,
                reviewed_at=datetime.now(UTC), **values))
        s.flush()
        apply(s, article)
    return {**key, "id": item_id, "verdict": verdict, **{k: v for k, v in values.items() if v is not None},
            "reason": reason}


def _topic(s: Session, name: str) -> str:
    wanted = " ".join(name.split()).casefold()
    for (t,) in s.execute(select(m.Topic.name)):
        if t.casefold() == wanted:
            return str(t)
    raise NotFoundError(f"no topic {name!r}", "see `tracker topics` for the names")


def apply(s: Session, article: m.Article) -> None:
    """Put every review of ``article`` on the rows now at its spans (after writing or re-extracting it)."""
    from tracker.store.dedup import release

    conn = s.connection()
    reviews = s.execute(select(R).where(R.article_id == article.id)).scalars().all()
    for rv in reviews:
        if article.text[rv.start:rv.end] != rv.evidence:
            continue  # the article was edited there: the verdict was about other words
        model = MODELS[rv.item]
        at = and_(model.article_id == article.id, model.start == rv.start, model.end == rv.end)
        ids = [i for (i,) in conn.execute(select(model.id).where(at))]
        if not ids:
            continue
        if rv.verdict == "rejected":
            release(conn, model, ids)
            if model is m.Statement:
                conn.execute(delete(m.StatementTopic).where(m.StatementTopic.statement_id.in_(ids)))
            conn.execute(delete(model).where(model.id.in_(ids)))
            continue
        if rv.verdict != "corrected":
            continue
        changes: dict[str, Any] = {}
        if rv.speaker:
            changes["official_id"] = _official(s, rv.speaker)
        if rv.stance and rv.item == "stance":
            changes["stance"] = rv.stance
        if rv.amount is not None and rv.item == "funding":
            changes["amount"] = rv.amount
        if changes:
            conn.execute(update(model).where(model.id.in_(ids)).values(**changes))
        if rv.item == "statement":
            _statement_topics(s, ids, rv.topic, changes.get("official_id"))


def _official(s: Session, name: str) -> int:
    found = s.scalar(select(m.Official.id).where(m.Official.name == name))
    if found is None:
        found = s.scalar(select(m.OfficialAlias.official_id).where(m.OfficialAlias.alias == name).limit(1))
    if found is None:
        official = m.Official(name=name)
        s.add(official)
        s.flush()
        found = official.id
    return int(found)


def _statement_topics(s: Session, ids: list[int], topic: str | None, official_id: int | None) -> None:
    tt = m.StatementTopic
    conn = s.connection()
    if official_id is not None:
        conn.execute(update(tt).where(tt.statement_id.in_(ids)).values(official_id=official_id))
    if topic is None:
        return
    tid = s.scalar(select(m.Topic.id).where(m.Topic.name == topic))
    if tid is None:
        return
    for sid, official, article_id, published, same_as in conn.execute(
            select(m.Statement.id, m.Statement.official_id, m.Statement.article_id, A.published,
                   m.Statement.same_as).join(A, A.id == m.Statement.article_id)
            .where(m.Statement.id.in_(ids))).all():
        if same_as is not None:  # a repeat of another statement: its topics are that one's
            continue
        others = [t for (t,) in conn.execute(select(tt.topic_id).where(tt.statement_id == sid, tt.topic_id != tid)
                                             .order_by(tt.rank))]
        conn.execute(delete(tt).where(tt.statement_id == sid))
        conn.execute(tt.__table__.insert(), [  # type: ignore[attr-defined]
            {"statement_id": sid, "topic_id": t, "rank": rank, "official_id": official, "article_id": article_id,
             "published": published} for rank, t in enumerate([tid, *others])])
