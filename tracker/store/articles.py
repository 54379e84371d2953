"""Article details that the record queries leave out, looked up for a set of articles at once."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from sqlalchemy import select

from tracker.store import models as m

if TYPE_CHECKING:
    from tracker.store.db import Database

_BATCH = 1000


def article_outlets(db: Database, ids: Iterable[int]) -> dict[int, str | None]:
    """The outlet of each article in ``ids`` (None where unknown)."""
    wanted = sorted(set(ids))
    out: dict[int, str | None] = {}
    with db.session() as s:
        for i in range(0, len(wanted), _BATCH):
            rows = s.execute(select(m.Article.id, m.Article.outlet).where(m.Article.id.in_(wanted[i:i + _BATCH])))
            out.update((article_id, outlet) for article_id, outlet in rows)
    return out
