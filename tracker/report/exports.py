"""The tables ``tracker export`` writes: for each, its CSV columns and a function giving its rows.

Every row carries the article's date, title and url and the evidence text, so a spreadsheet user
can cite any line without going back to the database.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

from tracker.report.positions import POSITION_COLUMNS, flatten_positions

if TYPE_CHECKING:
    from tracker.store.db import Database

Rows = Callable[["Database"], Iterable[dict[str, Any]]]
Batches = Callable[["Database"], Iterable[list[tuple[Any, ...]]]]
SOURCE = ["article_published", "article_title", "article_url", "evidence"]
STATEMENT_COLUMNS = ["id", "speaker", "speaker_text", "kind", "topics", "text", "start", "end", "cue", *SOURCE]


def _statements(db: Database, reviewed: bool = False) -> Iterator[list[tuple[Any, ...]]]:
    from tracker.report.csvout import FORMULA_STARTS
    from tracker.report.readahead import read_ahead
    from tracker.store.queries import STATEMENT_ROW, statement_rows

    assert list(STATEMENT_ROW) == STATEMENT_COLUMNS
    rows = statement_rows(db, neutralise=FORMULA_STARTS, reviewed=reviewed)
    # An in-memory SQLite database exists only in its own thread's connection.
    return rows if db.engine.url.database in (None, "", ":memory:") else read_ahead(rows)


def _officials(db: Database) -> Iterator[dict[str, Any]]:
    from tracker.store.queries import official_sightings

    return official_sightings(db)


def _bills(db: Database) -> Iterator[dict[str, Any]]:
    from tracker.store.queries import bill_mentions

    return bill_mentions(db)


def _funding(db: Database, reviewed: bool = False) -> Iterator[dict[str, Any]]:
    from tracker.store.queries import list_funding

    return list_funding(db, reviewed=reviewed)


def _positions(db: Database) -> Iterator[dict[str, Any]]:
    from tracker.store.queries import positions

    return flatten_positions(positions(db))


def batched(columns: list[str], rows_of: Rows, size: int = 1000) -> Batches:
    """Rows of records as batches of tuples in ``columns`` order, lists joined with '; '."""

    def batches(db: Database) -> Iterator[list[tuple[Any, ...]]]:
        batch: list[tuple[Any, ...]] = []
        for rec in rows_of(db):
            batch.append(tuple("; ".join(map(str, v)) if isinstance(v := rec.get(c), list | tuple) else v
                               for c in columns))
            if len(batch) >= size:
                yield batch
                batch = []
        if batch:
            yield batch

    return batches


class Export(NamedTuple):
    """An export's CSV columns, a function giving its rows as batches of tuples in that order, and
    whether those rows come with formula cells already neutralised."""

    columns: list[str]
    rows_of: Batches
    neutralised: bool = False


def _table(columns: list[str], rows_of: Rows) -> Export:
    return Export(columns, batched(columns, rows_of))


EXPORTS: dict[str, Export] = {
    "statements": Export(STATEMENT_COLUMNS, _statements, neutralised=True),
    "officials": _table(["name", "party", "ocd_id", "office", "jurisdiction", "link", "start", "end", *SOURCE],
                        _officials),
    "bills": _table(["identifier", "title", "jurisdiction", "session", "status", "status_in_article", "start", "end",
                     *SOURCE], _bills),
    # Public money only; "counted" marks the figures whose amounts add up to totals that count each sum once.
    "funding": _table(["id", "official", "amount", "currency", "period", "kind", "purpose", "flagged", "flag_reason",
                       "role", "part_of", "repeat_of", "counted", "topic", "year", "start", "end", *SOURCE], _funding),
    "positions": _table(POSITION_COLUMNS, _positions),
}

FUNDING_COLUMNS = EXPORTS["funding"].columns
# `tracker export TABLE --reviewed`: only items a person confirmed or corrected.
REVIEWED_EXPORTS: dict[str, Export] = {
    "statements": Export(STATEMENT_COLUMNS, lambda db: _statements(db, reviewed=True), neutralised=True),
    "funding": _table(FUNDING_COLUMNS, lambda db: _funding(db, reviewed=True)),
}
