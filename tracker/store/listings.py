"""The listings that must start fast (``tracker topics``, ``officials``, ``bills``), in plain SQL.

Plain SQL with ``:name`` parameters runs unchanged on SQLite and PostgreSQL, and on two kinds of
connection: a SQLAlchemy session (``text()``), or, for a process that only lists, the standard
library's ``sqlite3`` without SQLAlchemy loaded at all (see ``tracker.store.quick``). Each listing
takes ``run(sql, params)``, which returns the rows, so the two paths share one query.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from typing import Any

Run = Callable[[str, Mapping[str, Any]], Iterable[Sequence[Any]]]


def iso(d: date | str | None) -> str | None:
    """A date column as ISO text: SQLite's driver gives the stored text, PostgreSQL's a date."""
    return d.isoformat() if isinstance(d, date) else d


_TOPIC_COUNTS = "SELECT topic_id, count(*) FROM statement_topics GROUP BY topic_id"
_TOPICS = "SELECT id, name, cap_code FROM topics"


def topics(run: Run) -> list[dict[str, Any]]:
    """The topic taxonomy by CAP code, with how many statements touch each (counted from the topic index alone)."""
    counts = {t: n for t, n in run(_TOPIC_COUNTS, {})}
    out = [{"id": t, "cap_code": code, "name": name, "statements": counts.get(t, 0)}
           for t, name, code in run(_TOPICS, {})]
    out.sort(key=lambda r: (r["cap_code"] is None, r["cap_code"] or 0, r["name"]))
    return out


# {only}: nothing, or " AND ... IN (...)" when a listing counts only the rows it shows. A quote other
# articles repeat (same_as set) is counted once, in the statement it repeats.
_STATEMENT_COUNTS = ("SELECT official_id, count(*) FROM statements WHERE official_id IS NOT NULL AND same_as IS NULL"
                     "{only} GROUP BY official_id")
_SEEN = ("SELECT om.official_id, min(a.published), max(a.published) FROM official_mentions om "
         "JOIN articles a ON a.id = om.article_id{only} GROUP BY om.official_id")
_OFFICIALS = "SELECT id, name, party, ocd_id FROM officials ORDER BY name"
# Each official's office as of their newest article (undated articles count as the oldest), and per
# office the newest stated jurisdiction: an article that names "Rep. Roe" without her state does not
# undo the state other articles gave for the same office. One pass, two rankings.
_OFFICES = (
    "SELECT official_id, office, jurisdiction, newest, stated FROM ("
    " SELECT oo.official_id, oo.office, oo.jurisdiction,"
    "  row_number() OVER (PARTITION BY oo.official_id ORDER BY a.published DESC NULLS LAST, a.id DESC, oo.id)"
    "  AS newest,"
    "  row_number() OVER (PARTITION BY oo.official_id, oo.office, oo.jurisdiction IS NULL"
    "   ORDER BY a.published DESC NULLS LAST, a.id DESC, oo.id) AS stated"
    " FROM official_offices oo JOIN articles a ON a.id = oo.article_id{only}) AS ranked "
    "WHERE newest = 1 OR (stated = 1 AND jurisdiction IS NOT NULL)")


def _only(column: str, ids: Sequence[int] | None) -> str:
    """A condition keeping rows of the listed ids (integers from the database, so inlined), or nothing."""
    return "" if ids is None else f" AND {column} IN ({', '.join(str(int(i)) for i in ids) or 'NULL'})"


def count_of(run: Run, table: str) -> int:
    """How many rows ``table`` holds (one of this module's tables: the name is not user input)."""
    return int(next(iter(run(f"SELECT count(*) FROM {table}", {})))[0])


def officials(run: Run, *, limit: int | None = None) -> list[dict[str, Any]]:
    """Every official by name (the first ``limit``): party, latest office, statement count, first and
    last seen dates. With ``limit``, only those officials' rows are counted, so a terminal's screenful
    costs the same however many officials there are."""
    listed = list(run(_OFFICIALS + ("" if limit is None else f" LIMIT {int(limit)}"), {}))
    ids = None if limit is None else [row[0] for row in listed]
    counts = {oid: n for oid, n in run(_STATEMENT_COUNTS.format(only=_only("official_id", ids)), {})}
    seen = {oid: (lo, hi) for oid, lo, hi in run(_SEEN.format(only=_only("om.official_id", ids)), {})}
    latest: dict[int, tuple[str | None, str | None]] = {}
    known: dict[tuple[int, str | None], str] = {}
    for oid, office, juris, newest, stated in run(_OFFICES.format(only=_only("oo.official_id", ids)), {}):
        if newest == 1:
            latest[oid] = (office, juris)
        if stated == 1 and juris is not None:
            known[(oid, office)] = juris
    out = []
    for oid, name, party, ocd_id in listed:
        office, juris = latest.get(oid, (None, None))
        juris = juris or (known.get((oid, office)) if office else None)
        lo, hi = seen.get(oid, (None, None))
        out.append({"id": oid, "name": name, "party": party, "ocd_id": ocd_id, "office": office, "jurisdiction": juris,
                    "statements": counts.get(oid, 0), "first_seen": iso(lo), "last_seen": iso(hi)})
    return out


# Latest seen first; then by identifier and title, descending, as a reader scans a docket.
_BILLS = (
    "SELECT b.id, b.identifier, b.title, b.jurisdiction, b.session, b.status, "
    "count(DISTINCT coalesce(a.duplicate_of, bm.article_id)), "
    "min(a.published), max(a.published) FROM bills b "
    "LEFT JOIN bill_mentions bm ON bm.bill_id = b.id LEFT JOIN articles a ON a.id = bm.article_id{where} "
    "GROUP BY b.id, b.identifier, b.title, b.jurisdiction, b.session, b.status "
    "ORDER BY max(a.published) IS NULL, max(a.published) DESC, b.identifier IS NULL, b.identifier DESC, "
    "b.title DESC")
# Each official's latest stance on a bill (undated articles count as the oldest).
_LATEST_STANCES = (
    "SELECT bill_id, name, stance FROM ("
    " SELECT st.bill_id, o.name, st.stance, row_number() OVER ("
    "  PARTITION BY st.bill_id, st.official_id"
    "  ORDER BY a.published IS NULL, a.published DESC, a.id DESC, st.start DESC) AS newest"
    " FROM bill_stances st JOIN officials o ON o.id = st.official_id JOIN articles a ON a.id = st.article_id"
    "{only}) AS ranked WHERE newest = 1")


# The newest dated mentions, from the index on articles.published: where the latest-seen bills are.
# Worth it for a screenful; for more, grouping every bill once is as quick.
_FEW = 1000
_RECENT_MENTIONS = ("SELECT a.published, bm.bill_id FROM articles a JOIN bill_mentions bm ON bm.article_id = a.id "
                    "WHERE a.published IS NOT NULL ORDER BY a.published DESC LIMIT {n}")


def _latest_seen(run: Run, limit: int) -> list[int] | None:
    """Ids of every bill last seen on or after the day the ``limit``-th latest-seen bill was, read from
    the newest mentions back (a screenful of bills without grouping them all); None when fewer than
    ``limit`` bills have a dated mention."""
    n = limit * 8
    while True:
        rows = list(run(_RECENT_MENTIONS.format(n=n), {}))
        seen: dict[int, None] = {}
        boundary = None
        for published, bid in rows:
            if boundary is not None and published != boundary:
                return list(seen)
            seen[bid] = None
            if boundary is None and len(seen) >= limit:
                boundary = published
        if len(rows) < n:  # every dated mention read
            return list(seen) if len(seen) >= limit else None
        n *= 4


def bills(run: Run, *, limit: int | None = None) -> list[dict[str, Any]]:
    """Bills, latest seen first (the first ``limit``): status, supporters and opponents (each
    official's latest stance), how many articles mention each, first and last seen dates."""
    some = None if limit is None or limit > _FEW else _latest_seen(run, limit)
    where = "" if some is None else " WHERE b.id IN (" + ", ".join(str(int(i)) for i in some) + ")"
    listed = list(run(_BILLS.format(where=where) + ("" if limit is None else f" LIMIT {int(limit)}"), {}))
    ids = None if limit is None else [r[0] for r in listed]
    stances: dict[int, dict[str, list[str]]] = {}
    for bid, name, stance in run(_LATEST_STANCES.format(only=_only("st.bill_id", ids)), {}):
        stances.setdefault(bid, {}).setdefault(stance, []).append(name)
    out = []
    for bid, ident, title, juris, session, status, n, lo, hi in listed:
        by = stances.get(bid, {})
        out.append({"id": bid, "identifier": ident, "title": title, "jurisdiction": juris, "session": session,
                    "status": status, "supporters": sorted(by.get("supports", [])),
                    "opponents": sorted(by.get("opposes", [])), "articles": n, "first_seen": iso(lo),
                    "last_seen": iso(hi)})
    return out
