"""Consistent copies of a live SQLite database through SQLite's online backup API."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tracker.errors import BadInputError


def sqlite_path(url: str) -> Path:
    """The file behind a ``sqlite:///`` URL; other databases have their own backup tools."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or url == prefix or ":memory:" in url:
        raise BadInputError(f"backup copies SQLite files; {url.split('://')[0]} is not one",
                            "use pg_dump for PostgreSQL")
    return Path(url[len(prefix):].split("?")[0])


def backup(url: str, target: Path) -> None:
    """Copy the database at ``url`` to ``target`` while other processes may be writing to it."""
    source = sqlite_path(url)
    if not source.exists():
        raise BadInputError(f"{source}: no database there", "check --db / TRACKER_DB")
    target = Path(target)
    if target.exists():
        raise BadInputError(f"{target}: already exists", "choose a new file name or remove the old copy")
    tmp = target.with_name(f".{target.name}.partial")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst, pages=1024)
        finally:
            dst.close()
        tmp.replace(target)
    except sqlite3.Error as e:
        tmp.unlink(missing_ok=True)
        raise BadInputError(f"{source}: backup failed: {e}", "check the file is a tracker database") from None
    finally:
        src.close()
