"""Reads over time: one official's statements, bill stances and money in date order, by topic.

Each item is counted once: repeats in other articles (``same_as``) are folded into ``sources``.
Records carry ``article_id``, ``article_title``, ``article_url``, ``article_published`` (ISO) and
``evidence`` like every other listing.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from tracker.store import models as m
from tracker.store.lookup import find_official, find_topic

if TYPE_CHECKING:
    from tracker.store.db import Database

A, S, St, F, Off = m.Article, m.Statement, m.BillStance, m.Funding, m.Official
NO_TOPIC = "(no topic)"


def _article(r: Any) -> dict[str, Any]:
    return {"article_id": r.article_id, "article_title": r.title, "article_url": r.url, "article_outlet": r.outlet,
            "article_published": r.published.isoformat() if r.published else None}


def _order(rec: dict[str, Any]) -> tuple[Any, ...]:
    return (rec["article_published"] is None, rec["article_published"] or "", rec["article_id"], rec["start"])


def _sources(s: Any, model: Any, ids: list[int]) -> Counter[int]:
    """How many articles report each row: itself and its repeats."""
    n: Counter[int] = Counter({i: 1 for i in ids})
    for i in range(0, len(ids), 900):
        for target, count in s.execute(select(model.same_as, func.count()).where(model.same_as.in_(ids[i:i + 900]))
                                       .group_by(model.same_as)):
            n[target] += count
    return n


def statements_of(s: Any, oid: int | None, tid: int | None) -> list[dict[str, Any]]:
    """Counted statements (of one official, or everyone's with a speaker), each with its main topic."""
    tt = m.StatementTopic
    q = (select(S.id, S.official_id, Off.name.label("official"), S.kind, S.text, S.start, S.end, S.article_id,
                A.title, A.url, A.outlet, A.published, m.Topic.name.label("topic"))
         .join(A, A.id == S.article_id).join(Off, Off.id == S.official_id)
         .outerjoin(tt, (tt.statement_id == S.id) & (tt.rank == 0)).outerjoin(m.Topic, m.Topic.id == tt.topic_id)
         .where(S.same_as.is_(None)))
    if oid is not None:
        q = q.where(S.official_id == oid)
    if tid is not None:
        q = q.where(S.id.in_(select(tt.statement_id).where(tt.topic_id == tid)))
    rows = s.execute(q).all()
    n = _sources(s, S, [r.id for r in rows])
    return [{"item": "statement", "id": r.id, "official": r.official, "topic": r.topic or NO_TOPIC, "kind": r.kind,
             "text": r.text, "evidence": r.text, "start": r.start, "end": r.end, "sources": n[r.id], **_article(r)}
            for r in rows]


def stances_of(s: Any, oid: int | None, tid: int | None) -> list[dict[str, Any]]:
    """Counted bill stances, each under its bill's main topic."""
    bt = m.BillTopic
    q = (select(St.id, Off.name.label("official"), St.bill_id, St.stance, St.start, St.end, St.article_id,
                m.Bill.identifier, m.Bill.title.label("bill_title"), A.title, A.url, A.outlet, A.published, A.text,
                m.Topic.name.label("topic"))
         .join(A, A.id == St.article_id).join(Off, Off.id == St.official_id).join(m.Bill, m.Bill.id == St.bill_id)
         .outerjoin(bt, (bt.bill_id == St.bill_id) & (bt.rank == 0)).outerjoin(m.Topic, m.Topic.id == bt.topic_id)
         .where(St.same_as.is_(None)))
    if oid is not None:
        q = q.where(St.official_id == oid)
    if tid is not None:
        q = q.where(St.bill_id.in_(select(bt.bill_id).where(bt.topic_id == tid)))
    rows = s.execute(q).all()
    n = _sources(s, St, [r.id for r in rows])
    return [{"item": "stance", "id": r.id, "official": r.official, "topic": r.topic or NO_TOPIC,
             "bill_id": r.bill_id, "bill": r.identifier or r.bill_title, "bill_title": r.bill_title,
             "stance": r.stance, "evidence": r.text[r.start:r.end], "start": r.start, "end": r.end,
             "sources": n[r.id], **_article(r)} for r in rows]


def _funding_of(s: Any, oid: int, main_topic: dict[int, str]) -> list[dict[str, Any]]:
    """Counted money figures, each under the main topic of what the official said in its article."""
    rows = s.execute(select(F.id, F.amount, F.currency, F.period, F.kind, F.purpose, F.start, F.end, F.article_id,
                            A.title, A.url, A.outlet, A.published, A.text)
                     .join(A, A.id == F.article_id).where(F.official_id == oid, F.same_as.is_(None))).all()
    n = _sources(s, F, [r.id for r in rows])
    return [{"item": "funding", "id": r.id, "topic": main_topic.get(r.article_id, NO_TOPIC), "amount": r.amount,
             "currency": r.currency, "period": r.period, "kind": r.kind, "purpose": r.purpose,
             "evidence": r.text[r.start:r.end], "start": r.start, "end": r.end, "sources": n[r.id], **_article(r)}
            for r in rows]


def timeline(db: Database, official: str, *, topic: str | None = None) -> dict[str, Any]:
    """One official's statements, stances and money in date order, grouped by topic (most items first).

    Shape: ``{"official", "topics": [{"topic", "items": [records with "item": statement|stance|funding]}]}``.
    """
    found = find_official(db, official)
    tid, name = _topic(db, topic)
    with db.session() as s:
        said = _under(statements_of(s, found["id"], tid), name)
        did = _under(stances_of(s, found["id"], tid), name)
        per_article: dict[int, Counter[str]] = defaultdict(Counter)
        for r in statements_of(s, found["id"], None) if tid is not None else said:
            per_article[r["article_id"]][r["topic"]] += 1
        main = {aid: c.most_common(1)[0][0] for aid, c in per_article.items()}
        money = _funding_of(s, found["id"], main)
    if name is not None:
        money = [r for r in money if r["topic"] == name]
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for rec in (*said, *did, *money):
        groups[rec["topic"]].append(rec)
    out: list[dict[str, Any]] = [{"topic": t, "items": sorted(items, key=_order)} for t, items in groups.items()]
    out.sort(key=lambda g: (g["topic"] == NO_TOPIC, -len(g["items"]), g["topic"]))
    return {"official": found["name"], "topics": out}


def positions_over_time(db: Database, *, official: str | None = None,
                        topic: str | None = None) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Every counted stance and attributed statement (optionally of one official, one topic), in date order."""
    oid = find_official(db, official)["id"] if official is not None else None
    tid, name = _topic(db, topic)
    with db.session() as s:
        stances = sorted(_under(stances_of(s, oid, tid), name), key=_order)
        said = sorted(_under(statements_of(s, oid, tid), name), key=_order)
    return stances, said


def _topic(db: Database, topic: str | None) -> tuple[int | None, str | None]:
    if topic is None:
        return None, None
    found = find_topic(db, topic)
    return found["id"], found["name"]


def _under(records: list[dict[str, Any]], topic: str | None) -> list[dict[str, Any]]:
    """Asked for one topic, every item is shown under it, whatever its main topic."""
    if topic is not None:
        for r in records:
            r["topic"] = topic
    return records
