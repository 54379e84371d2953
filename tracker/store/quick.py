"""Read-only SQLite connections without SQLAlchemy, for listing commands that must start fast.

Importing SQLAlchemy and the models costs a command-line call about half a second; listing the
topics takes a millisecond. So when ``--db`` names an existing tracker SQLite file that is already
at this tracker's schema, a listing may read it through the standard library's ``sqlite3``,
opened read-only. Anything else (a new file, an old schema to upgrade, a file to refuse, a server
URL) returns None, and the command takes the full path, which creates, upgrades or explains.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from tracker.store.listings import Run
from tracker.store.location import SCHEMA_HEAD, read_only_uri, sqlite_file

_HEADER = b"SQLite format 3\x00"
_WAL_VERSION = 2  # header byte 18: 2 for a database in WAL mode, as every tracker database is


def open_listing(db: str | None, *, busy_timeout_s: float = 30.0) -> tuple[Run, sqlite3.Connection] | None:
    """``(run, connection)`` for the plain-SQL listings on the SQLite file ``db`` names, or None."""
    path = sqlite_file(db)
    if path is None or not path.is_file():  # a FIFO would block the read below; the full path explains
        return None
    try:
        with path.open("rb") as f:
            header = f.read(20)
    except OSError:
        return None
    if len(header) < 20 or not header.startswith(_HEADER) or header[18] != _WAL_VERSION:
        return None
    try:
        con = sqlite3.connect(read_only_uri(path), uri=True, timeout=busy_timeout_s)
    except sqlite3.Error:
        return None
    try:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        row = None
    if row is None or row[0] != SCHEMA_HEAD:
        con.close()
        return None

    def run(sql: str, params: Mapping[str, Any]) -> Iterable[Sequence[Any]]:
        return con.execute(sql, dict(params)).fetchall()

    return run, con
