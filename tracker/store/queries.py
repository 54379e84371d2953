"""Reads: plain-dict records the CLI renders as tables, JSON or CSV.

Every statement, stance and funding record carries its article (``article_id``, ``article_title``,
``article_url``, ``article_published`` as ISO date) and ``evidence``, the exact article text it
came from. Dates are ISO strings and money is ``Decimal``, so JSON and CSV say the same thing.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Select,
    and_,
    case,
    func,
    literal,
    literal_column,
    or_,
    select,
    table,
    text,
)
from sqlalchemy import cast as sa_cast
from sqlalchemy.orm import Session, aliased

from tracker.store import funding_sums, listings
from tracker.store import models as m
from tracker.store.db import mask_url
from tracker.store.lookup import find_official, find_topic

if TYPE_CHECKING:
    from tracker.store.db import Database

__all__ = ["bill_mentions", "count_funding", "find_official", "find_topic", "funding_totals", "info", "list_bills",
           "list_funding", "list_officials", "list_statements", "list_topics", "official_detail", "official_sightings",
           "positions"]

A, S, Off = m.Article, m.Statement, m.Official
T = TypeVar("T")
_BATCH = 1000


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


def _evidence(start: Any, end: Any) -> Any:
    """articles.text[start:end] in SQL (substr counts characters from 1 on SQLite and PostgreSQL)."""
    return func.substr(A.text, start + 1, end - start)


def _article_cols() -> list[Any]:
    return [A.id.label("article_id"), A.title.label("article_title"), A.url.label("article_url"),
            A.outlet.label("article_outlet"), A.published.label("article_published")]


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

def run_listing(db: Database, listing: Callable[[listings.Run], T]) -> T:
    """One of the plain-SQL listings of ``tracker.store.listings``, on this database."""
    with db.session() as s:
        return listing(lambda sql, params: s.execute(text(sql), params).all())


def list_officials(db: Database) -> list[dict[str, Any]]:
    """Every official by name: party, latest office, statement count, first and last seen dates."""
    return run_listing(db, listings.officials)


def official_detail(db: Database, name: str, *, limit: int | None = None) -> dict[str, Any]:
    """One official: offices with as-of dates, party, aliases, statements by topic, stances, funding, seen dates.

    With ``limit``, only the ``limit`` most recent stances and funding figures (still in date order);
    ``stances_total`` and ``funding_total`` always count them all.
    """
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
        total = s.scalar(select(func.count()).select_from(S).where(S.official_id == oid, S.same_as.is_(None))) or 0
        # One range of ix_statement_topics_latest per topic, whatever statistics the planner has.
        tt = m.StatementTopic
        said = (select(func.count()).select_from(tt).where(tt.topic_id == m.Topic.id, tt.official_id == oid)
                .scalar_subquery())
        by_topic = [{"topic": t, "statements": n} for t, n in sorted(
            ((t, n) for t, n in s.execute(select(m.Topic.name, said)) if n), key=lambda r: (-r[1], r[0]))]
        st = m.BillStance
        stances = [_record(r) for r in s.execute(_latest(_stance_query().where(st.official_id == oid), st.start,
                                                         limit))]
        n_stances = s.scalar(select(func.count()).select_from(st).where(st.official_id == oid,
                                                                         st.same_as.is_(None))) or 0
        n_funding = s.scalar(select(func.count()).select_from(m.Funding).where(
            m.Funding.official_id == oid, m.Funding.kind != "campaign", m.Funding.same_as.is_(None))) or 0
    return {**found, "offices": office_rows, "first_seen": _iso(lo), "last_seen": _iso(hi), "articles": n_articles,
            "statements": total, "statements_by_topic": by_topic, "stances": stances, "stances_total": n_stances,
            "funding": list(list_funding(db, official_id=oid, latest=limit)), "funding_total": n_funding}


def _latest(q: Select, tiebreak: Any, limit: int | None) -> Select:
    """``q`` (ordered by date) cut to its ``limit`` most recent rows, still in date order.

    Undated articles count as the oldest, as everywhere else.
    """
    if limit is None:
        return q
    newest = q.order_by(None).order_by(A.published.desc().nulls_last(), A.id.desc(), tiebreak.desc()).limit(limit)
    sub = newest.subquery()
    return select(sub).order_by(sub.c.article_published.is_(None), sub.c.article_published, sub.c.article_id,
                                sub.c[tiebreak.key])


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


def _search_filter(db: Database, search: str, *, first: int | None = None) -> ColumnElement[bool] | None:
    """Statements matching ``search``; ``first``: only that many are wanted, in date order."""
    if db.dialect == "postgresql":
        english: ColumnElement[Any] = literal_column("'english'")  # literal, so it matches the GIN index expression
        return func.to_tsvector(english, S.text).op("@@")(func.plainto_tsquery(english, search))
    query = fts5_query(search)
    if not query:
        return None
    fts = table("statements_fts")
    match = literal_column("statements_fts").op("MATCH")(query)
    matching: Select = select(literal_column("rowid")).select_from(fts).where(match)
    if first is not None and _common(db, fts, match, first):
        # Walking articles in date order and keeping matches finds the first few at once, where
        # sorting every match by date would not; "+ 0" stops SQLite looking statements up by match.
        return (S.id + 0).in_(matching)
    return S.id.in_(matching)


def _common(db: Database, fts: Any, match: ColumnElement[bool], first: int) -> bool:
    """Whether so many statements match that a date-ordered walk meets ``first`` of them sooner than a sort.

    With ``n`` matches among ``total`` statements the walk reads about ``first * total / n`` rows and
    the sort ``n``: the walk wins when ``n * n > first * total``.
    """
    with db.session() as s:
        n = s.scalar(select(func.count()).select_from(fts).where(match)) or 0
        total = s.scalar(select(func.max(S.id))) or 0
    return n * n > first * total


def list_statements(db: Database, *, official: str | None = None, topic: str | None = None,
                    kind: str | None = None, since: date | None = None, until: date | None = None,
                    search: str | None = None, limit: int | None = None,
                    attribution: tuple[str, ...] | None = None,
                    reviewed: bool = False) -> Iterator[dict[str, Any]]:
    """Statements in date order (undated articles last), filtered; streamed, so exports of millions are flat.

    A quote several articles report is one record: ``sources`` counts its articles and
    ``source_articles`` lists them. ``reviewed``: only statements a person confirmed or corrected.
    ``attribution`` keeps only statements tied to their speaker in one of those ways (choices.ATTRIBUTIONS).
    Names are resolved before the first record, so a NotFoundError comes before any output.
    """
    q = _statement_query().where(S.same_as.is_(None))
    if reviewed:
        from tracker.store.review import reviewed as was_reviewed

        q = q.where(was_reviewed("statement", S))
    if official is not None:
        q = q.where(S.official_id == find_official(db, official)["id"])
    if topic is not None:
        tid = find_topic(db, topic)["id"]
        q = q.where(S.id.in_(select(m.StatementTopic.statement_id).where(m.StatementTopic.topic_id == tid)))
    if kind is not None:
        q = q.where(S.kind == kind)
    if attribution is not None:
        q = q.where(S.attribution.in_(attribution))
    if since is not None:
        q = q.where(A.published >= since)
    if until is not None:
        q = q.where(A.published <= until)
    if search is not None and search.strip():
        cond = _search_filter(db, search, first=limit if official is None and topic is None else None)
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
    return (select(S.id, Off.name.label("speaker"), S.speaker_text, S.kind, S.attribution, S.text, S.start, S.end,
                   S.cue, *_article_cols())
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
    _add_sources(s, records, ids)


def _add_sources(s: Session, records: list[dict[str, Any]], ids: str) -> None:
    """Set ``sources`` (how many articles report the statement) and ``source_articles`` (each of them)."""
    repeats: dict[int, list[dict[str, Any]]] = defaultdict(list)
    sql = ("SELECT s.same_as, a.id, a.title, a.outlet, a.url, a.published, s.start, s.\"end\" FROM statements s "
           f"JOIN articles a ON a.id = s.article_id WHERE s.same_as IN ({ids}) ORDER BY a.published, a.id")
    for target, aid, title, outlet, url, published, start, end in s.connection().exec_driver_sql(sql):
        repeats[target].append({"article_id": aid, "title": title, "outlet": outlet, "url": url,
                                "published": listings.iso(published), "start": start, "end": end})
    for rec in records:
        own = {"article_id": rec["article_id"], "title": rec.get("article_title"), "outlet": rec.get("article_outlet"),
               "url": rec.get("article_url"), "published": listings.iso(rec.get("article_published")),
               "start": rec["start"], "end": rec["end"]}
        rec["source_articles"] = [own, *repeats.get(rec["id"], [])]
        rec["sources"] = len(rec["source_articles"])


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


# The columns of ``statement_rows``, in order.
STATEMENT_ROW = ("id", "speaker", "speaker_text", "kind", "topics", "text", "start", "end", "cue",
                 "article_published", "article_title", "article_url", "evidence")


def _neutralised(col: str, starts: tuple[str, ...], char: str) -> str:
    """SQL for ``col`` with a leading ``'`` when it starts with one of ``starts`` (``char``: the
    dialect's function from code point to character, for control characters)."""
    if not starts:
        return col
    quoted = ", ".join(f"{char}({ord(c)})" if c < " " else "'" + c.replace("'", "''") + "'" for c in starts)
    return f"CASE WHEN substr({col}, 1, 1) IN ({quoted}) THEN '''' || {col} ELSE {col} END"


# Statements a person confirmed or corrected (store.review.reviewed, as SQL text for the export).
_REVIEWED_SQL = (" AND EXISTS (SELECT 1 FROM reviews r WHERE r.article_id = s.article_id AND r.item = 'statement' "
                 "AND r.start = s.start AND r.\"end\" = s.\"end\" AND r.verdict != 'rejected')")


def statement_export_sql(dialect: str, *, neutralise: tuple[str, ...] = (), reviewed: bool = False) -> str:
    """The one SELECT behind ``tracker export statements``: every statement as ``STATEMENT_ROW``, in
    date order (undated articles last), topics joined with '; ' by rank, text cells starting with one
    of ``neutralise`` prefixed with ``'`` (CSV formula injection). A quote repeated by other articles
    is one row; ``reviewed`` keeps only statements a person confirmed or corrected.

    Everything is done in SQL so that a row goes from the driver's cursor to ``csv.writer`` without
    a Python call per row or per cell; the benchmark runs this same text in the ``sqlite3`` shell.
    """
    def n(col: str) -> str:
        return _neutralised(col, neutralise, "chr" if dialect == "postgresql" else "char")

    name = n("t.name")
    published = "a.published"
    if dialect == "postgresql":
        published = "to_char(a.published, 'YYYY-MM-DD')"  # ISO text, as SQLite stores it
        topics = (f"(SELECT string_agg({name}, '; ' ORDER BY st.rank) FROM statement_topics st "
                  "JOIN topics t ON t.id = st.topic_id WHERE st.statement_id = s.id)")
    else:  # SQLite before 3.44 has no ORDER BY inside an aggregate: it concatenates in the subquery's order
        topics = (f"(SELECT group_concat(name, '; ') FROM (SELECT {name} AS name FROM statement_topics st "
                  "JOIN topics t ON t.id = st.topic_id WHERE st.statement_id = s.id ORDER BY st.rank))")
    return (f"SELECT s.id, {n('o.name')}, {n('s.speaker_text')}, {n('s.kind')}, {topics}, {n('s.text')}, "
            f's.start, s."end", {n("s.cue")}, {published}, {n("a.title")}, {n("a.url")}, {n("s.text")} '
            "FROM statements s JOIN articles a ON a.id = s.article_id "
            "LEFT JOIN officials o ON o.id = s.official_id "
            f"WHERE s.same_as IS NULL{_REVIEWED_SQL if reviewed else ''} "
            "ORDER BY a.published IS NULL, a.published, a.id, s.start")


def statement_rows(db: Database, *, neutralise: tuple[str, ...] = (), reviewed: bool = False,
                   batch: int = 2000) -> Iterator[list[tuple[Any, ...]]]:
    """Every statement as a tuple of ``STATEMENT_ROW``, in batches of ``batch``: the bulk export.

    Rows come straight from the driver's cursor (a server-side cursor on PostgreSQL), so memory stays
    flat however many there are; see ``statement_export_sql``.
    """
    sql = statement_export_sql(db.dialect, neutralise=neutralise, reviewed=reviewed)
    with db.session() as s:
        dbapi = s.connection().connection.dbapi_connection
        assert dbapi is not None
        # psycopg's named cursor streams from the server; sqlite3's cursor steps through the result anyway
        cur = dbapi.cursor(name="tracker_export") if db.dialect == "postgresql" else dbapi.cursor()
        try:
            cur.execute(sql)
            while rows := cur.fetchmany(batch):
                yield cast(list[tuple[Any, ...]], rows)
        finally:
            cur.close()



# ---------------------------------------------------------------------------- positions

def _stance_query() -> Select:
    st = m.BillStance
    return (select(st.id, Off.name.label("official"), st.bill_id, m.Bill.identifier, m.Bill.title.label("bill_title"),
                   m.Bill.status.label("bill_status"), st.stance, st.start, st.end,
                   _evidence(st.start, st.end).label("evidence"), *_article_cols())
            .join(A, A.id == st.article_id).join(Off, Off.id == st.official_id).join(m.Bill, m.Bill.id == st.bill_id)
            .where(st.same_as.is_(None)).order_by(A.published, A.id, st.start))


def positions(db: Database, *, topic: str | None = None, official: str | None = None,
              limit: int | None = None, officials: int | None = None) -> list[dict[str, Any]]:
    """Per topic, most-discussed first: each official's statements in date order and their bill stances.

    A bill's stances appear under the bill's own topics (classified from its title).
    Shape: ``[{"topic", "cap_code", "statements", "officials_total", "officials":
    [{"official", "party", "statements": [statement records], "statements_total",
    "stances": [stance records], "stances_total"}]}]``.

    A topic can hold hundreds of thousands of statements, so ``limit`` keeps each official's
    ``limit`` most recent statements and stances per topic, and ``officials`` keeps each topic's
    most-quoted officials; the ``*_total`` counts always count everything. Both None: everything.
    """
    tid = find_topic(db, topic)["id"] if topic is not None else None
    oid = find_official(db, official)["id"] if official is not None else None
    tt, st = m.StatementTopic, m.BillStance
    with db.session() as s:
        topics = {t: (n, c) for t, n, c in s.execute(select(m.Topic.id, m.Topic.name, m.Topic.cap_code)).all()}
        people = {i: (n, p) for i, n, p in s.execute(select(Off.id, Off.name, Off.party)).all()}
        # How much each official said and did per topic: counted, not fetched.
        cq = (select(tt.topic_id, tt.official_id, func.count()).where(tt.official_id.is_not(None))
              .group_by(tt.topic_id, tt.official_id))
        if tid is not None:
            cq = cq.where(tt.topic_id == tid)
        if oid is not None:
            cq = cq.where(tt.official_id == oid)
        said: Counter[tuple[int, int]] = Counter()
        for t, o, n in s.execute(cq):
            if o is not None:  # excluded by the query; this tells the type checker
                said[(t, o)] = n
        bill_topics, guessed = _bill_topics(s, tid)
        sq = (select(st.bill_id, st.official_id, func.count()).where(st.same_as.is_(None))
              .group_by(st.bill_id, st.official_id))
        if tid is not None:
            sq = sq.where(_of_topic(st.bill_id, tid, guessed))
        if oid is not None:
            sq = sq.where(st.official_id == oid)
        did: Counter[tuple[int, int]] = Counter()
        for bid, o, n in s.execute(sq):
            for t in bill_topics.get(bid, ()):
                did[(t, o)] += n
        candidates: dict[int, set[int]] = defaultdict(set)
        for t, o in (*said, *did):
            candidates[t].add(o)
        chosen: dict[int, list[int]] = {}
        for t, os_ in candidates.items():
            ranked = sorted(os_, key=lambda o, t=t: (-said[(t, o)], -did[(t, o)], people[o][0]))  # type: ignore[misc]
            chosen[t] = ranked[:officials] if officials is not None else ranked
        names = {t: n for t, (n, _c) in topics.items()}
        items = _position_items(s, chosen, (bill_topics, guessed), limit, names,
                                complete=oid is None and officials is None)
    out: list[dict[str, Any]] = []
    for t, ranked in chosen.items():
        rows = []
        for o in ranked:
            stmts, stances = items.get((t, o), ([], []))
            rows.append({"official": people[o][0], "party": people[o][1], "statements": stmts,
                         "statements_total": said[(t, o)], "stances": stances, "stances_total": did[(t, o)]})
        out.append({"topic": topics[t][0], "cap_code": topics[t][1],
                    "statements": sum(n for (t_, _o), n in said.items() if t_ == t),
                    "officials_total": len(candidates[t]), "officials": rows})
    out.sort(key=lambda g: (-g["statements"], g["topic"]))
    return out


def _bill_topics(s: Session, tid: int | None) -> tuple[dict[int, set[int]], dict[int, set[int]]]:
    """Each bill's topics (only bills of topic ``tid`` when given), and those of them guessed for pre-0002 bills."""
    bill_topics: dict[int, set[int]] = defaultdict(set)
    guessed: dict[int, set[int]] = defaultdict(set)
    q = select(m.BillTopic.bill_id, m.BillTopic.topic_id)
    if tid is not None:
        q = q.where(m.BillTopic.topic_id == tid)
    for bid, t in s.execute(q):
        bill_topics[bid].add(t)
    # Bills stored before revision 0002 have no topics of their own until `tracker reextract`: they
    # count under the main topics of the articles that name them. Checked first, as it is rare.
    untopical = ~select(m.BillTopic.bill_id).where(m.BillTopic.bill_id == m.Bill.id).exists()
    if s.execute(select(m.Bill.id).where(untopical).limit(1)).first() is None:
        return bill_topics, guessed
    q = (select(m.BillMention.bill_id, m.StatementTopic.topic_id).distinct()
         .join(S, S.article_id == m.BillMention.article_id)
         .join(m.StatementTopic, m.StatementTopic.statement_id == S.id)
         .where(m.StatementTopic.rank == 0,
                ~select(m.BillTopic.bill_id).where(m.BillTopic.bill_id == m.BillMention.bill_id).exists()))
    if tid is not None:
        q = q.where(m.StatementTopic.topic_id == tid)
    for bid, t in s.execute(q):
        bill_topics[bid].add(t)
        guessed[bid].add(t)
    return bill_topics, guessed


def _of_topic(bill_id: Any, tid: int, guessed: dict[int, set[int]]) -> ColumnElement[bool]:
    """``bill_id`` is a bill of topic ``tid``: by the bill_topics index, or (pre-0002 bills) as guessed."""
    listed = [b for b, ts in guessed.items() if tid in ts]
    indexed = bill_id.in_(select(m.BillTopic.bill_id).where(m.BillTopic.topic_id == tid))
    return or_(indexed, bill_id.in_(listed)) if listed else indexed


_Items = dict[tuple[int, int], tuple[list[dict[str, Any]], list[dict[str, Any]]]]


def _latest_per(q: Select, partition: tuple[Any, ...], tiebreak: Any, limit: int | None) -> Select:
    """Like ``_latest``, but the ``limit`` most recent rows of each ``partition`` (a window function)."""
    newest = func.row_number().over(partition_by=partition, order_by=(
        A.published.desc().nulls_last(), A.id.desc(), tiebreak.desc())).label("newest")
    sub = q.add_columns(newest).subquery()
    out = select(sub).order_by(sub.c.article_published.is_(None), sub.c.article_published, sub.c.article_id,
                               sub.c[tiebreak.key])
    return out if limit is None else out.where(sub.c.newest <= limit)


_TopicsOf = tuple[dict[int, set[int]], dict[int, set[int]]]


def _newest_statements(s: Session, pairs: list[tuple[int, int]],
                       limit: int | None) -> dict[tuple[int, int], list[dict[str, Any]]]:
    """Each (topic, official)'s ``limit`` newest statements, in date order.

    The newest are picked from the ``ix_statement_topics_latest`` index alone (newest date, then
    article, then reading order), one short range per pair; only those statements are then read.
    """
    tt = m.StatementTopic
    chosen: dict[tuple[int, int], list[int]] = {}
    for t, o in pairs:
        q = (select(tt.statement_id).where(tt.topic_id == t, tt.official_id == o)
             .order_by(tt.published.desc().nulls_last(), tt.article_id.desc(), tt.statement_id.desc()))
        chosen[(t, o)] = list(s.scalars(q if limit is None else q.limit(limit)))
    ids = sorted({i for got in chosen.values() for i in got})
    found: dict[int, dict[str, Any]] = {}
    for i in range(0, len(ids), _BATCH):
        for r in s.execute(_statement_query().where(S.id.in_(ids[i:i + _BATCH]))):
            found[r.id] = _record(r)
    order = {sid: n for n, sid in enumerate(sorted(found, key=lambda sid: (
        found[sid]["article_published"] is None, found[sid]["article_published"] or "",
        found[sid]["article_id"], found[sid]["start"])))}
    return {key: [dict(found[sid]) for sid in sorted(got, key=order.__getitem__)] for key, got in chosen.items()}


def _position_items(s: Session, chosen: dict[int, list[int]], topics_of: _TopicsOf, limit: int | None,
                    names: dict[int, str], *, complete: bool) -> _Items:
    """Statement and stance records per (topic, official) in ``chosen``, the ``limit`` most recent of each."""
    tt, st = m.StatementTopic, m.BillStance
    bill_topics, guessed = topics_of
    items: _Items = defaultdict(lambda: ([], []))
    pairs = [(t, o) for t, os_ in chosen.items() for o in os_]
    if limit is None and complete:
        # Everything: one ordered pass each, rather than a query per official.
        q = (_statement_query().add_columns(tt.topic_id, S.official_id).join(tt, tt.statement_id == S.id)
             .where(S.official_id.is_not(None)).order_by(A.published.is_(None), A.published, A.id, S.start))
        if len(chosen) == 1:
            q = q.where(tt.topic_id == next(iter(chosen)))
        wanted = set(pairs)
        for r in s.execute(q):
            key = (r.topic_id, r.official_id)
            if key in wanted:
                rec = _record(r)
                del rec["topic_id"], rec["official_id"]
                items[key][0].append(rec)
        sq = _stance_query().add_columns(st.official_id)
        if len(chosen) == 1:
            sq = sq.where(_of_topic(st.bill_id, next(iter(chosen)), guessed))
        for r in s.execute(sq):
            for t in bill_topics.get(r.bill_id, ()):
                if (t, r.official_id) in wanted:
                    rec = _record(r)
                    del rec["official_id"]
                    items[(t, r.official_id)][1].append(rec)
    else:
        for key, recs in _newest_statements(s, pairs, limit).items():
            items[key][0].extend(recs)
        if guessed:  # pre-0002 bills: their topics are not in bill_topics, so ask per official
            for t, o in pairs:
                sq = _stance_query().where(st.official_id == o, _of_topic(st.bill_id, t, guessed))
                items[(t, o)][1].extend(_record(r) for r in s.execute(_latest(sq, st.start, limit)))
        else:
            # The chosen officials' stances, numbered newest first per (topic, official), in one query.
            wanted = set(pairs)
            people = sorted({o for _t, o in pairs})
            if len(chosen) == 1:
                only = next(iter(chosen))
                sq = (_stance_query().order_by(None).add_columns(literal(only).label("topic_id"), st.official_id)
                      .where(st.official_id.in_(people), _of_topic(st.bill_id, only, guessed)))
                partition: tuple[Any, ...] = (st.official_id,)
            else:
                bt = m.BillTopic
                sq = (_stance_query().order_by(None).add_columns(bt.topic_id, st.official_id)
                      .join(bt, bt.bill_id == st.bill_id).where(st.official_id.in_(people)))
                partition = (bt.topic_id, st.official_id)
            for r in s.execute(_latest_per(sq, partition, st.start, limit)):
                key = (r.topic_id, r.official_id)
                if key in wanted:
                    rec = _record(r)
                    del rec["topic_id"], rec["official_id"], rec["newest"]
                    items[key][1].append(rec)
    statements = [r for stmts, _st in items.values() for r in stmts]
    for i in range(0, len(statements), _BATCH):
        _add_topics(s, statements[i:i + _BATCH], names)
    return items


# ---------------------------------------------------------------------------- bills, funding, topics

def list_bills(db: Database, *, limit: int | None = None) -> list[dict[str, Any]]:
    """Bills, latest seen first (the first ``limit``): status, supporters and opponents (each official's
    latest stance), articles."""
    return run_listing(db, lambda run: listings.bills(run, limit=limit))


def list_funding(db: Database, *, official: str | None = None, kind: str | None = None,
                 flagged: bool = False, official_id: int | None = None,
                 latest: int | None = None, reviewed: bool = False) -> Iterator[dict[str, Any]]:
    """Money figures in date order, optionally for one official, one kind, or only the flagged ones.

    Public money only unless ``kind`` is "campaign". Each record says how it counts: ``role``
    (single, total, part, unit or repeat), ``part_of`` (the id of the figure it is counted in),
    ``repeat_of`` and ``counted``. ``latest`` keeps only that many of the most recent (still in date
    order); repetitions are then told only among those. A figure repeated by a copy of its article
    is listed once. ``reviewed``: only figures a person confirmed or corrected.
    """
    f = m.Funding
    whole = aliased(m.Funding)
    year = func.extract("year", A.published)
    q: Select = (select(f.id, Off.name.label("official"), f.amount, f.currency, f.period, f.kind, f.purpose, f.flagged,
                     f.flag_reason, f.role, whole.id.label("part_of"), m.Topic.name.label("topic"),
                     year.label("year"), f.start, f.end, _evidence(f.start, f.end).label("evidence"), *_article_cols())
                 .join(A, A.id == f.article_id).outerjoin(Off, Off.id == f.official_id)
                 .outerjoin(m.Topic, m.Topic.id == f.topic_id)
                 .outerjoin(whole, (whole.article_id == f.article_id) & (whole.ordinal == f.part_of)))
    if official is not None:
        official_id = find_official(db, official)["id"]
    q = _funding_filters(q, official_id=official_id, kind=kind, reviewed=reviewed)
    if flagged:
        q = q.where(f.flagged.is_(True))
    q = q.order_by(A.published.is_(None), A.published, A.id, f.start)
    return funding_sums.mark_repeats(_funding_records(_plain_stream(db, _latest(q, f.start, latest))))


def _funding_filters(q: Select, *, official_id: int | None, kind: str | None, reviewed: bool) -> Select:
    """What every funding listing and total keeps: one copy of a figure a reprint repeats, public money
    unless ``kind`` asks for another kind, and optionally one official's or only reviewed figures."""
    f = m.Funding
    q = q.where(f.same_as.is_(None))
    q = q.where(f.kind == kind) if kind is not None else q.where(f.kind != "campaign")
    if official_id is not None:
        q = q.where(f.official_id == official_id)
    if reviewed:
        from tracker.store.review import reviewed as was_reviewed

        q = q.where(was_reviewed("funding", f))
    return q


def _funding_records(rows: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for r in rows:
        r["year"] = int(r["year"]) if r["year"] is not None else None
        yield r


def count_funding(db: Database, *, official: str | None = None, kind: str | None = None) -> int:
    """How many money figures ``list_funding`` gives for the same filters."""
    f = m.Funding
    q = select(func.count()).select_from(f).where(f.same_as.is_(None))
    if official is not None:
        q = q.where(f.official_id == find_official(db, official)["id"])
    q = q.where(f.kind == kind) if kind is not None else q.where(f.kind != "campaign")
    with db.session() as s:
        return s.scalar(q) or 0


def _plain_stream(db: Database, q: Select) -> Iterator[dict[str, Any]]:
    with db.session() as s:
        for r in s.execute(q.execution_options(yield_per=_BATCH)):
            yield _record(r)


def funding_totals(db: Database, *, official: str | None = None, kind: str | None = None,
                   by: str | None = None, reviewed: bool = False,
                   officials: list[str | None] | None = None) -> list[dict[str, Any]]:
    """Sums that count each sum of money once (``funding_sums``): by official and kind, or with ``by``
    ("official", "topic" or "year") one rollup; always apart by period and currency. ``officials``
    (by official and kind only) keeps those officials' totals (None in it: figures nobody owns)."""
    if by is None:
        return _totals_by_official_and_kind(db, official=official, kind=kind, reviewed=reviewed, only=officials)
    return funding_sums.totals(list_funding(db, official=official, kind=kind, reviewed=reviewed), (by,))


def _totals_by_official_and_kind(db: Database, *, official: str | None, kind: str | None, reviewed: bool,
                                 only: list[str | None] | None = None) -> list[dict[str, Any]]:
    """``funding_sums.totals`` by official and kind, computed in SQL: the same rules (single and total
    figures count, an official's same sum in the same period and year counts at its first mention),
    without fetching every figure, so a screenful of `tracker funding` stays fast at a million figures.
    Money is summed in whole cents, so the totals are exact decimals on SQLite too."""
    f = m.Funding
    q: Select = (select(Off.name.label("official"), f.kind, f.period, f.currency, f.amount, f.flagged, f.role,
                     func.extract("year", A.published).label("year"), A.published.label("published"),
                     A.id.label("aid"), f.start)
                 .join(A, A.id == f.article_id).outerjoin(Off, Off.id == f.official_id))
    q = _funding_filters(q, official_id=find_official(db, official)["id"] if official is not None else None,
                         kind=kind, reviewed=reviewed)
    if only is not None:  # by id, so the index on funding.official_id picks the rows
        with db.session() as s:
            ids = list(s.scalars(select(Off.id).where(Off.name.in_([n for n in only if n is not None]))))
        q = q.where(or_(f.official_id.in_(ids), f.official_id.is_(None)) if None in only else f.official_id.in_(ids))
    sub = q.subquery()
    countable = and_(sub.c.role.in_(funding_sums.COUNTED_ROLES), sub.c.official.is_not(None))
    first = func.row_number().over(
        partition_by=(case((countable, 1), else_=0), sub.c.official, sub.c.amount, sub.c.currency, sub.c.period,
                      sub.c.year),
        order_by=(sub.c.published.is_(None), sub.c.published, sub.c.aid, sub.c.start))
    ranked = select(sub, first.label("nth")).subquery()
    counted = or_(and_(ranked.c.role.in_(funding_sums.COUNTED_ROLES), ranked.c.official.is_(None)),
                  and_(ranked.c.role.in_(funding_sums.COUNTED_ROLES), ranked.c.nth == 1))
    cents = sa_cast(func.round(ranked.c.amount * 100), BigInteger)
    groups = (ranked.c.official, ranked.c.kind, ranked.c.period, ranked.c.currency)
    agg = select(*groups, func.sum(case((counted, 1), else_=0)), func.sum(case((counted, 0), else_=1)),
                 func.sum(case((counted, cents), else_=0)),
                 func.sum(case((and_(counted, ranked.c.flagged.is_(True)), 1), else_=0))).group_by(*groups)
    with db.session() as s:
        rows = [{"official": o, "kind": k, "period": p, "currency": c, "count": int(n), "uncounted": int(left),
                 "total": Decimal(int(total)) / 100, "flagged": int(flag)}
                for o, k, p, c, n, left, total, flag in s.execute(agg)]
    keys = ("official", "kind", "period", "currency")
    rows.sort(key=lambda r: tuple((r[k] is None, str(r[k] or "")) for k in keys))
    return rows


def list_topics(db: Database) -> list[dict[str, Any]]:
    """The topic taxonomy by CAP code, with how many statements touch each (counted from the topic index alone)."""
    return run_listing(db, listings.topics)


# ---------------------------------------------------------------------------- per-article rows for exports

def official_sightings(db: Database) -> Iterator[dict[str, Any]]:
    """One record per official per article: the office stated there and the first mention as evidence."""
    om, oo = m.OfficialMention, m.OfficialOffice
    office = (select(oo.office).where(oo.official_id == om.official_id, oo.article_id == om.article_id)
              .order_by(oo.id).limit(1).scalar_subquery())
    juris = (select(oo.jurisdiction).where(oo.official_id == om.official_id, oo.article_id == om.article_id)
             .order_by(oo.id).limit(1).scalar_subquery())
    q = (select(Off.name, Off.party, Off.ocd_id, office.label("office"), juris.label("jurisdiction"), om.link,
                om.start, om.end,
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
