"""Reads: plain-dict records the CLI renders as tables, JSON or CSV.

Every statement, stance and funding record carries its article (``article_id``, ``article_title``,
``article_url``, ``article_published`` as ISO date) and ``evidence``, the exact article text it
came from. Dates are ISO strings and money is ``Decimal``, so JSON and CSV say the same thing.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Select, func, literal_column, select, table
from sqlalchemy.orm import Session

from tracker.store import models as m
from tracker.store.db import mask_url
from tracker.store.lookup import find_official, find_topic

if TYPE_CHECKING:
    from tracker.store.db import Database

__all__ = ["bill_mentions", "find_official", "find_topic", "funding_totals", "info", "list_bills", "list_funding",
           "list_officials", "list_statements", "list_topics", "official_detail", "official_sightings", "positions"]

A, S, Off = m.Article, m.Statement, m.Official
_BATCH = 1000


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


def _evidence(start: Any, end: Any) -> Any:
    """articles.text[start:end] in SQL (substr counts characters from 1 on SQLite and PostgreSQL)."""
    return func.substr(A.text, start + 1, end - start)


def _article_cols() -> list[Any]:
    return [A.id.label("article_id"), A.title.label("article_title"), A.url.label("article_url"),
            A.published.label("article_published")]


def _record(row: Any) -> dict[str, Any]:
    rec = dict(row._mapping)
    rec["article_published"] = _iso(rec.get("article_published"))
    return rec


def info(db: Database) -> dict[str, Any]:
    """Which database, its dialect and schema revision, and the row count of every table."""
    counts: dict[str, int] = {}
    with db.session() as s:
        for t in m.metadata.sorted_tables:
            counts[t.name] = s.scalar(select(func.count()).select_from(t)) or 0
    return {"url": mask_url(db.url), "dialect": db.dialect, "revision": db.revision(), "counts": counts}


# ---------------------------------------------------------------------------- officials

def list_officials(db: Database) -> list[dict[str, Any]]:
    """Every official by name: party, latest office, statement count, first and last seen dates."""
    with db.session() as s:
        counts = dict(s.execute(select(S.official_id, func.count()).where(S.official_id.is_not(None))
                                .group_by(S.official_id)).all())
        seen = {oid: (lo, hi) for oid, lo, hi in s.execute(
            select(m.OfficialMention.official_id, func.min(A.published), func.max(A.published))
            .join(A, A.id == m.OfficialMention.article_id).group_by(m.OfficialMention.official_id)).all()}
        latest = _latest_offices(s)
        out = []
        for oid, name, party in s.execute(select(Off.id, Off.name, Off.party).order_by(Off.name)).all():
            office, juris = latest.get(oid, (None, None))
            lo, hi = seen.get(oid, (None, None))
            out.append({"id": oid, "name": name, "party": party, "office": office, "jurisdiction": juris,
                        "statements": counts.get(oid, 0), "first_seen": _iso(lo), "last_seen": _iso(hi)})
    return out


def _latest_offices(s: Session, official_id: int | None = None) -> dict[int, tuple[str, str | None]]:
    q = (select(m.OfficialOffice.official_id, m.OfficialOffice.office, m.OfficialOffice.jurisdiction,
                A.published, A.id).join(A, A.id == m.OfficialOffice.article_id))
    if official_id is not None:
        q = q.where(m.OfficialOffice.official_id == official_id)
    best: dict[int, tuple[tuple[date, int], str, str | None]] = {}
    for oid, office, juris, published, aid in s.execute(q).all():
        key = (published or date.min, aid)  # undated articles count as oldest
        if oid not in best or key > best[oid][0]:
            best[oid] = (key, office, juris)
    return {oid: (office, juris) for oid, (_k, office, juris) in best.items()}


def official_detail(db: Database, name: str) -> dict[str, Any]:
    """One official: offices with as-of dates, party, aliases, statements by topic, stances, funding, seen dates."""
    found = find_official(db, name)
    oid = found["id"]
    with db.session() as s:
        offices: dict[tuple[str, str | None], list[date | None]] = defaultdict(list)
        for office, juris, published in s.execute(
                select(m.OfficialOffice.office, m.OfficialOffice.jurisdiction, A.published)
                .join(A, A.id == m.OfficialOffice.article_id).where(m.OfficialOffice.official_id == oid)).all():
            offices[(office, juris)].append(published)
        office_rows = []
        for (office, juris), dates in offices.items():
            known = sorted(d for d in dates if d is not None)
            office_rows.append({"office": office, "jurisdiction": juris,
                                "first_as_of": _iso(known[0]) if known else None,
                                "as_of": _iso(known[-1]) if known else None, "articles": len(dates)})
        office_rows.sort(key=lambda r: r["as_of"] or "", reverse=True)
        lo, hi, n_articles = s.execute(
            select(func.min(A.published), func.max(A.published), func.count())
            .join(m.OfficialMention, m.OfficialMention.article_id == A.id)
            .where(m.OfficialMention.official_id == oid)).one()
        total = s.scalar(select(func.count()).select_from(S).where(S.official_id == oid)) or 0
        by_topic = [{"topic": t, "statements": n} for t, n in s.execute(
            select(m.Topic.name, func.count()).join(m.StatementTopic, m.StatementTopic.topic_id == m.Topic.id)
            .join(S, S.id == m.StatementTopic.statement_id).where(S.official_id == oid)
            .group_by(m.Topic.name).order_by(func.count().desc(), m.Topic.name)).all()]
        stances = [_record(r) for r in s.execute(_stance_query().where(m.BillStance.official_id == oid))]
    return {**found, "offices": office_rows, "first_seen": _iso(lo), "last_seen": _iso(hi), "articles": n_articles,
            "statements": total, "statements_by_topic": by_topic, "stances": stances,
            "funding": list(list_funding(db, official_id=oid))}


# ---------------------------------------------------------------------------- statements

def fts5_query(search: str) -> str:
    """User words as a safe FTS5 query: every term quoted, "quoted phrases" kept, word* kept as prefix."""
    terms = []
    for phrase, word in re.findall(r'"([^"]*)"|([^\s"]+)', search):
        t = (phrase or word).strip()
        prefix = bool(word) and t.endswith("*")
        t = t.rstrip("*").replace('"', "")
        if any(c.isalnum() for c in t):
            terms.append(f'"{t}"' + ("*" if prefix else ""))
    return " ".join(terms)


def _search_filter(db: Database, search: str) -> ColumnElement[bool] | None:
    if db.dialect == "postgresql":
        english: ColumnElement[Any] = literal_column("'english'")  # literal, so it matches the GIN index expression
        return func.to_tsvector(english, S.text).op("@@")(func.plainto_tsquery(english, search))
    query = fts5_query(search)
    if not query:
        return None
    fts = table("statements_fts")
    return S.id.in_(select(literal_column("rowid")).select_from(fts)
                    .where(literal_column("statements_fts").op("MATCH")(query)))


def list_statements(db: Database, *, official: str | None = None, topic: str | None = None,
                    kind: str | None = None, since: date | None = None, until: date | None = None,
                    search: str | None = None, limit: int | None = None) -> Iterator[dict[str, Any]]:
    """Statements in date order (undated articles last), filtered; streamed, so exports of millions are flat.

    Names are resolved before the first record, so a NotFoundError comes before any output.
    """
    q = _statement_query()
    if official is not None:
        q = q.where(S.official_id == find_official(db, official)["id"])
    if topic is not None:
        tid = find_topic(db, topic)["id"]
        q = q.where(S.id.in_(select(m.StatementTopic.statement_id).where(m.StatementTopic.topic_id == tid)))
    if kind is not None:
        q = q.where(S.kind == kind)
    if since is not None:
        q = q.where(A.published >= since)
    if until is not None:
        q = q.where(A.published <= until)
    if search is not None and search.strip():
        cond = _search_filter(db, search)
        if cond is None:
            return iter(())
        q = q.where(cond)
    # Two index-ordered passes instead of NULLS LAST, which no index can serve.
    dated = q.where(A.published.is_not(None)).order_by(A.published, A.id, S.start)
    undated = q.where(A.published.is_(None)).order_by(A.id, S.start)
    if since is not None or until is not None:
        return _stream(db, [dated], limit)
    return _stream(db, [dated, undated], limit)


def _statement_query() -> Select:
    return (select(S.id, Off.name.label("speaker"), S.speaker_text, S.kind, S.text, S.start, S.end, S.cue,
                   *_article_cols())
            .join(A, A.id == S.article_id).outerjoin(Off, Off.id == S.official_id))


def _add_topics(s: Session, records: list[dict[str, Any]], names: dict[int, str]) -> None:
    """Set ``topics`` (best first) and ``evidence`` on a batch of statement records, in one query.

    The ids are integers read from the database, so they are written into the SQL directly:
    compiling a thousand bound parameters per batch would cost more than the query itself.
    """
    by_id: dict[int, list[str]] = {}
    for rec in records:
        rec["topics"] = by_id.setdefault(rec["id"], [])
        rec["evidence"] = rec["text"]
    if not by_id:
        return
    ids = ",".join(str(int(i)) for i in by_id)
    sql = f"SELECT statement_id, topic_id FROM statement_topics WHERE statement_id IN ({ids}) ORDER BY rank"
    for sid, tid in s.connection().exec_driver_sql(sql):
        by_id[sid].append(names[tid])


def _stream(db: Database, queries: list[Select], limit: int | None) -> Iterator[dict[str, Any]]:
    # Core rows on the session's connection, not ORM results: exports of a million rows spend
    # their time here, and the ORM layer would double it.
    left = limit
    with db.session() as s:
        conn = s.connection()
        names = dict(conn.execute(select(m.Topic.id, m.Topic.name)).all())
        for q in queries:
            if left is not None:
                if left <= 0:
                    return
                q = q.limit(left)
            result = conn.execution_options(yield_per=_BATCH).execute(q)
            keys = list(result.keys())
            for batch in result.partitions():
                records = [dict(zip(keys, row, strict=True)) for row in batch]
                _add_topics(s, records, names)
                for rec in records:
                    rec["article_published"] = _iso(rec["article_published"])
                    yield rec
                if left is not None:
                    left -= len(records)


# ---------------------------------------------------------------------------- positions

def _stance_query() -> Select:
    st = m.BillStance
    return (select(st.id, Off.name.label("official"), st.bill_id, m.Bill.identifier, m.Bill.title.label("bill_title"),
                   m.Bill.status.label("bill_status"), st.stance, st.start, st.end,
                   _evidence(st.start, st.end).label("evidence"), *_article_cols())
            .join(A, A.id == st.article_id).join(Off, Off.id == st.official_id).join(m.Bill, m.Bill.id == st.bill_id)
            .order_by(A.published, A.id, st.start))


def positions(db: Database, *, topic: str | None = None, official: str | None = None) -> list[dict[str, Any]]:
    """Per topic, most-discussed first: each official's statements in date order and their bill stances.

    A bill's stances appear under the bill's own topics (classified from its title).
    Shape: ``[{"topic", "cap_code", "statements", "officials":
    [{"official", "party", "statements": [statement records], "stances": [stance records]}]}]``.
    """
    tid = find_topic(db, topic)["id"] if topic is not None else None
    oid = find_official(db, official)["id"] if official is not None else None
    q = _statement_query().add_columns(m.StatementTopic.topic_id).join(
        m.StatementTopic, m.StatementTopic.statement_id == S.id).where(S.official_id.is_not(None))
    if tid is not None:
        q = q.where(m.StatementTopic.topic_id == tid)
    if oid is not None:
        q = q.where(S.official_id == oid)
    q = q.order_by(A.published.is_(None), A.published, A.id, S.start)
    with db.session() as s:
        topics = {t: (n, c) for t, n, c in s.execute(select(m.Topic.id, m.Topic.name, m.Topic.cap_code)).all()}
        parties = dict(s.execute(select(Off.name, Off.party)).all())
        rows = [_record(r) for r in s.execute(q)]
        for i in range(0, len(rows), _BATCH):
            _add_topics(s, rows[i:i + _BATCH], {t: n for t, (n, _c) in topics.items()})
        bill_topics: dict[int, set[int]] = defaultdict(set)
        for bid, t in s.execute(select(m.BillTopic.bill_id, m.BillTopic.topic_id)).all():
            bill_topics[bid].add(t)
        # Bills stored before revision 0002 have no topics of their own until `tracker reextract`.
        for bid, t in s.execute(
                select(m.BillMention.bill_id, m.StatementTopic.topic_id).distinct()
                .join(S, S.article_id == m.BillMention.article_id)
                .join(m.StatementTopic, m.StatementTopic.statement_id == S.id)
                .where(m.StatementTopic.rank == 0,
                       ~select(m.BillTopic.bill_id).where(m.BillTopic.bill_id == m.BillMention.bill_id).exists())
                ).all():
            bill_topics[bid].add(t)
        sq = _stance_query()
        if oid is not None:
            sq = sq.where(m.BillStance.official_id == oid)
        stances = [_record(r) for r in s.execute(sq)]
    grouped: dict[int, dict[str, dict[str, list[dict[str, Any]]]]] = defaultdict(
        lambda: defaultdict(lambda: {"statements": [], "stances": []}))
    for r in rows:
        t = r.pop("topic_id")
        grouped[t][r["speaker"]]["statements"].append(r)
    for st in stances:
        for t in bill_topics.get(st["bill_id"], ()):
            if tid is None or t == tid:
                grouped[t][st["official"]]["stances"].append(st)
    out: list[dict[str, Any]] = []
    for t, by_official in grouped.items():
        ranked = sorted(by_official.items(), key=lambda kv: (-len(kv[1]["statements"]), -len(kv[1]["stances"]),
                                                              kv[0]))
        officials = [{"official": name, "party": parties.get(name), **items} for name, items in ranked]
        out.append({"topic": topics[t][0], "cap_code": topics[t][1],
                    "statements": sum(len(items["statements"]) for _n, items in ranked), "officials": officials})
    out.sort(key=lambda g: (-g["statements"], g["topic"]))
    return out


# ---------------------------------------------------------------------------- bills, funding, topics

def list_bills(db: Database) -> list[dict[str, Any]]:
    """Every bill, latest first: status, supporters and opponents (each official's latest stance), articles."""
    with db.session() as s:
        mentions = {bid: (n, lo, hi) for bid, n, lo, hi in s.execute(
            select(m.BillMention.bill_id, func.count(func.distinct(m.BillMention.article_id)),
                   func.min(A.published), func.max(A.published))
            .join(A, A.id == m.BillMention.article_id).group_by(m.BillMention.bill_id)).all()}
        latest: dict[int, dict[str, str]] = defaultdict(dict)
        for bid, name, stance in s.execute(
                select(m.BillStance.bill_id, Off.name, m.BillStance.stance).join(Off).join(A)
                .order_by(A.published.is_(None).desc(), A.published, A.id, m.BillStance.start)).all():
            latest[bid][name] = stance  # later articles overwrite earlier stances
        bills = list(s.execute(select(m.Bill.id, m.Bill.identifier, m.Bill.title, m.Bill.jurisdiction,
                                      m.Bill.session, m.Bill.status)).all())
    out = []
    for bid, ident, title, juris, session, status in bills:
        n, lo, hi = mentions.get(bid, (0, None, None))
        stances = latest.get(bid, {})
        out.append({"id": bid, "identifier": ident, "title": title, "jurisdiction": juris, "session": session,
                    "status": status,
                    "supporters": sorted(k for k, v in stances.items() if v == "supports"),
                    "opponents": sorted(k for k, v in stances.items() if v == "opposes"),
                    "articles": n, "first_seen": _iso(lo), "last_seen": _iso(hi)})
    out.sort(key=lambda b: (b["last_seen"] or "", b["identifier"] or "", b["title"]), reverse=True)
    return out


def list_funding(db: Database, *, official: str | None = None, kind: str | None = None,
                 flagged: bool = False, official_id: int | None = None) -> Iterator[dict[str, Any]]:
    """Money figures in date order, optionally for one official, one kind, or only the flagged ones."""
    f = m.Funding
    q = (select(f.id, Off.name.label("official"), f.amount, f.currency, f.period, f.kind, f.purpose, f.flagged,
                f.flag_reason, f.start, f.end, _evidence(f.start, f.end).label("evidence"), *_article_cols())
         .join(A, A.id == f.article_id).outerjoin(Off, Off.id == f.official_id))
    if official is not None:
        official_id = find_official(db, official)["id"]
    if official_id is not None:
        q = q.where(f.official_id == official_id)
    if kind is not None:
        q = q.where(f.kind == kind)
    if flagged:
        q = q.where(f.flagged.is_(True))
    q = q.order_by(A.published.is_(None), A.published, A.id, f.start)
    return _plain_stream(db, q)


def _plain_stream(db: Database, q: Select) -> Iterator[dict[str, Any]]:
    with db.session() as s:
        for r in s.execute(q.execution_options(yield_per=_BATCH)):
            yield _record(r)


def funding_totals(db: Database, *, official: str | None = None, kind: str | None = None) -> list[dict[str, Any]]:
    """Sums by official, kind and currency, in exact decimals (summed here: SQLite sums in floats)."""
    totals: dict[tuple[str | None, str, str], Decimal] = defaultdict(Decimal)
    counts: Counter[tuple[str | None, str, str]] = Counter()
    flagged: Counter[tuple[str | None, str, str]] = Counter()
    for r in list_funding(db, official=official, kind=kind):
        key = (r["official"], r["kind"], r["currency"])
        totals[key] += Decimal(r["amount"])
        counts[key] += 1
        flagged[key] += bool(r["flagged"])
    rows = [{"official": o, "kind": k, "currency": c, "count": counts[(o, k, c)], "total": totals[(o, k, c)],
             "flagged": flagged[(o, k, c)]} for (o, k, c) in totals]
    rows.sort(key=lambda r: (r["official"] is None, r["official"] or "", r["kind"], r["currency"]))
    return rows


def list_topics(db: Database) -> list[dict[str, Any]]:
    """The topic taxonomy by CAP code, with how many statements and officials touch each."""
    st = m.StatementTopic
    with db.session() as s:
        counts = {t: (n, k) for t, n, k in s.execute(
            select(st.topic_id, func.count(), func.count(func.distinct(S.official_id)))
            .join(S, S.id == st.statement_id).group_by(st.topic_id)).all()}
        topics = list(s.execute(select(m.Topic.id, m.Topic.name, m.Topic.cap_code)).all())
    out = [{"id": t, "cap_code": code, "name": name, "statements": counts.get(t, (0, 0))[0],
            "officials": counts.get(t, (0, 0))[1]} for t, name, code in topics]
    out.sort(key=lambda r: (r["cap_code"] is None, r["cap_code"] or 0, r["name"]))
    return out


# ---------------------------------------------------------------------------- per-article rows for exports

def official_sightings(db: Database) -> Iterator[dict[str, Any]]:
    """One record per official per article: the office stated there and the first mention as evidence."""
    om, oo = m.OfficialMention, m.OfficialOffice
    office = (select(oo.office).where(oo.official_id == om.official_id, oo.article_id == om.article_id)
              .order_by(oo.id).limit(1).scalar_subquery())
    juris = (select(oo.jurisdiction).where(oo.official_id == om.official_id, oo.article_id == om.article_id)
             .order_by(oo.id).limit(1).scalar_subquery())
    q = (select(Off.name, Off.party, office.label("office"), juris.label("jurisdiction"), om.start, om.end,
                _evidence(om.start, om.end).label("evidence"), *_article_cols())
         .join(om, om.official_id == Off.id).join(A, A.id == om.article_id)
         .order_by(Off.name, A.published.is_(None), A.published, A.id))
    return _plain_stream(db, q)


def bill_mentions(db: Database) -> Iterator[dict[str, Any]]:
    """One record per bill per article: the status that article gives, and its evidence."""
    bm, b = m.BillMention, m.Bill
    q = (select(b.identifier, b.title, b.jurisdiction, b.session, b.status, bm.status_in_article, bm.start, bm.end,
                bm.cue, _evidence(bm.start, bm.end).label("evidence"), *_article_cols())
         .join(bm, bm.bill_id == b.id).join(A, A.id == bm.article_id)
         .order_by(A.published.is_(None), A.published, A.id, bm.start))
    return _plain_stream(db, q)
