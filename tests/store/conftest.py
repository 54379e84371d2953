"""Storage fixtures: an opened database on a real temporary file (or PostgreSQL when configured)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tracker.store.db import Database, open_db


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_db(db_url)
    yield database
    database.close()


@pytest.fixture
def sqlite_only(db_url: str) -> None:
    if not db_url.startswith("sqlite"):
        pytest.skip("SQLite-specific behaviour")
