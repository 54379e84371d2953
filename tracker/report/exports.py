"""The tables ``tracker export`` writes: for each, its CSV columns and a function giving its rows.

Every row carries the article's date, title and url and the evidence text, so a spreadsheet user
can cite any line without going back to the database.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from tracker.report.positions import POSITION_COLUMNS, flatten_positions

if TYPE_CHECKING:
    from tracker.store.db import Database

Rows = Callable[["Database"], Iterable[dict[str, Any]]]
SOURCE = ["article_published", "article_title", "article_url", "evidence"]


def _statements(db: Database) -> Iterator[dict[str, Any]]:
    from tracker.store.queries import list_statements

    return list_statements(db)


def _officials(db: Database) -> Iterator[dict[str, Any]]:
    from tracker.store.queries import official_sightings

    return official_sightings(db)


def _bills(db: Database) -> Iterator[dict[str, Any]]:
    from tracker.store.queries import bill_mentions

    return bill_mentions(db)


def _funding(db: Database) -> Iterator[dict[str, Any]]:
    from tracker.store.queries import list_funding

    return list_funding(db)


def _positions(db: Database) -> Iterator[dict[str, Any]]:
    from tracker.store.queries import positions

    return flatten_positions(positions(db))


EXPORTS: dict[str, tuple[list[str], Rows]] = {
    "statements": (["id", "speaker", "speaker_text", "kind", "topics", "text", "start", "end", "cue", *SOURCE],
                   _statements),
    "officials": (["name", "party", "office", "jurisdiction", "start", "end", *SOURCE], _officials),
    "bills": (["identifier", "title", "jurisdiction", "session", "status", "status_in_article", "start", "end",
               *SOURCE], _bills),
    "funding": (["id", "official", "amount", "currency", "period", "kind", "purpose", "flagged", "flag_reason",
                 "start", "end", *SOURCE], _funding),
    "positions": (POSITION_COLUMNS, _positions),
}
