"""The listings that must start fast (``tracker topics``, ``tracker officials``), in plain SQL.

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


_STATEMENT_COUNTS = ("SELECT official_id, count(*) FROM statements WHERE official_id IS NOT NULL AND same_as IS NULL "
                     "GROUP BY official_id")
_SEEN = ("SELECT om.official_id, min(a.published), max(a.published) FROM official_mentions om "
         "JOIN articles a ON a.id = om.article_id GROUP BY om.official_id")
_OFFICIALS = "SELECT id, name, party, ocd_id FROM officials ORDER BY name"
# Each official's office as of their newest article (undated articles count as the oldest).
_LATEST_OFFICES = (
    "SELECT official_id, office, jurisdiction FROM ("
    " SELECT oo.official_id, oo.office, oo.jurisdiction, row_number() OVER ("
    "  PARTITION BY oo.official_id ORDER BY a.published DESC NULLS LAST, a.id DESC, oo.id) AS newest"
    " FROM official_offices oo JOIN articles a ON a.id = oo.article_id) AS ranked "
    "WHERE newest = 1")


def officials(run: Run) -> list[dict[str, Any]]:
    """Every official by name: party, latest office, statement count, first and last seen dates."""
    counts = {oid: n for oid, n in run(_STATEMENT_COUNTS, {})}
    seen = {oid: (lo, hi) for oid, lo, hi in run(_SEEN, {})}
    latest = {oid: (office, juris) for oid, office, juris in run(_LATEST_OFFICES, {})}
    out = []
    for oid, name, party, ocd_id in run(_OFFICIALS, {}):
        office, juris = latest.get(oid, (None, None))
        lo, hi = seen.get(oid, (None, None))
        out.append({"id": oid, "name": name, "party": party, "ocd_id": ocd_id, "office": office, "jurisdiction": juris,
                    "statements": counts.get(oid, 0), "first_seen": iso(lo), "last_seen": iso(hi)})
    return out
