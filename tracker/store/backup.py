"""Consistent copies of a live SQLite database through SQLite's online backup API."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tracker.errors import BadInputError
from tracker.store.location import read_only_reason, read_only_uri, sqlite_target


def sqlite_path(url: str) -> Path:
    """The file behind a ``sqlite:///`` URL; other databases have their own backup tools."""
    target = sqlite_target(url) if url.startswith("sqlite:") else None
    if target is None:
        raise BadInputError(f"backup copies SQLite files; {url.split('://')[0]} is not one",
                            "use pg_dump for PostgreSQL")
    return target[0]


def backup(url: str, target: Path) -> None:
    """Copy the database at ``url`` to ``target`` while other processes may be writing to it.

    The copy is written beside ``target`` under a temporary name and renamed into place, so an
    interrupted backup never leaves a file that looks complete.
    """
    source = sqlite_path(url)
    if not source.is_file():
        raise BadInputError(f"{source}: no database there", "check --db / TRACKER_DB")
    target = Path(target)
    if target.is_dir():
        raise BadInputError(f"{target}: is a folder", "give the name of the copy, e.g. tracker-backup.db")
    if target.exists():
        raise BadInputError(f"{target}: already exists", "choose a new file name or remove the old copy")
    if not target.parent.is_dir():
        raise BadInputError(f"{target}: folder {target.parent} does not exist", "create it, or choose another path")
    tmp = target.with_name(f".{target.name}.partial")
    tmp.unlink(missing_ok=True)  # left by a backup that was killed
    # Read-write but query-only rather than mode=ro: a read-only connection cannot remove the -wal
    # and -shm files it finds or creates, so it would leave them behind beside an idle database.
    # A file this process may only read is read through a read-only URI, which writes nothing.
    target_ro = sqlite_target(url)
    if read_only_reason(source, bool(target_ro and target_ro[1])) is not None:
        src = sqlite3.connect(read_only_uri(source), uri=True, timeout=30)
    else:
        src = sqlite3.connect(source, timeout=30)
    try:
        src.execute("PRAGMA query_only = ON")
        dst = sqlite3.connect(tmp)
        try:
            # All pages in one step, i.e. one read transaction: in WAL mode writers carry on meanwhile, and
            # the copy is the database as of that moment. Copying in chunks would restart from the first
            # page every time another process commits, so a busy writer could keep it from ever finishing.
            src.backup(dst, pages=-1)
        finally:
            dst.close()
        tmp.replace(target)
    except sqlite3.Error as e:
        raise BadInputError(f"{source}: backup failed: {e}", "check the file is a tracker database") from None
    except OSError as e:
        raise BadInputError(f"{target}: cannot write the copy: {e.strerror}",
                            "check the folder's permissions") from None
    finally:
        src.close()
        tmp.unlink(missing_ok=True)
