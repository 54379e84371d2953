"""Where the database is, and which schema revision this tracker writes: facts every command needs
before (and often instead of) loading SQLAlchemy.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote

# The newest migration this tracker ships; a test checks it against the migrations folder, so
# opening an up-to-date database never has to import Alembic to learn it.
SCHEMA_HEAD = "0007"


def chosen(db: str | None) -> str | None:
    """The ``--db`` value in force: the option, else ``TRACKER_DB``, else None (the default file)."""
    return db if db is not None else (os.environ.get("TRACKER_DB") or None)


def default_folder() -> Path:
    """The per-user data folder that holds the default ``tracker.db``."""
    import platformdirs

    return platformdirs.user_data_path("tracker")


def sqlite_file(db: str | None) -> Path | None:
    """The SQLite file that ``--db`` (or ``TRACKER_DB``, or the default) names; None for a server URL
    or an in-memory database."""
    target = sqlite_target(db)
    return target[0] if target is not None else None


def sqlite_target(db: str | None) -> tuple[Path, bool] | None:
    """``(file, read_only_asked)`` for a ``--db`` naming a SQLite file in any spelling: a path,
    ``sqlite:///x.db``, ``sqlite:///file:x.db?mode=ro&uri=true``, ``file:x.db?mode=ro``; None for a
    server URL or an in-memory database. Read-only is asked by ``mode=ro`` or ``immutable=1``."""
    from urllib.parse import parse_qs

    db = chosen(db)
    if db is None:
        return default_folder() / "tracker.db", False
    if db == ":memory:":
        return None
    rest = db
    if db.startswith("sqlite:///") and len(db) > len("sqlite:///"):
        rest = db[len("sqlite:///"):]
    elif not db.startswith("file:"):
        return None if "://" in db else (Path(db).expanduser().absolute(), False)
    rest, _, q = rest.partition("?")
    query = parse_qs(q)
    if rest.startswith("file:"):
        rest = rest[len("file:"):]
        if rest.startswith("//"):  # file:///abs/x.db (a host part other than localhost is not for us)
            host, _, tail = rest[2:].partition("/")
            if host not in ("", "localhost"):
                return None
            rest = "/" + tail
    if not rest or rest == ":memory:" or query.get("mode") == ["memory"]:
        return None
    read_only = query.get("mode") == ["ro"] or query.get("immutable") == ["1"]
    # "sqlite:///x.db" is relative to the working folder, like SQLite's own file names.
    return Path(unquote(rest)).expanduser().absolute(), read_only


def read_only_reason(path: Path, asked: bool) -> str | None:
    """Why the SQLite file at ``path`` can only be read (None when this process may write it)."""
    if asked:
        return "opened with mode=ro"
    if not path.exists():
        return None
    if not os.access(path, os.W_OK):  # also false on read-only media (EROFS)
        return "the file is read-only"
    if not os.access(path.parent, os.W_OK | os.X_OK) and not all(
            os.access(f"{path}{suffix}", os.W_OK) for suffix in ("-wal", "-shm")):
        return "its folder is read-only, so SQLite cannot make the -wal and -shm files it writes with"
    return None


def read_only_uri(path: Path) -> str:
    """The SQLite URI that reads ``path`` without writing a byte anywhere.

    A WAL database needs its -shm file even to be read; where the folder is read-only and none is
    there, ``immutable=1`` tells SQLite no one can be writing it (no -wal file either), so it reads the
    database file as it stands.
    """
    from urllib.parse import quote

    immutable = not os.access(path.parent, os.W_OK | os.X_OK) and not any(
        Path(f"{path}{suffix}").exists() for suffix in ("-wal", "-shm"))
    return f"file:{quote(str(path))}?mode=ro" + ("&immutable=1" if immutable else "")
