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
    """The SQLite file that ``--db`` (or ``TRACKER_DB``, or the default) names; None for a server URL,
    an in-memory database, or a URL with options, which only the full path understands."""
    db = chosen(db)
    if db is None:
        return default_folder() / "tracker.db"
    if "://" not in db:
        return None if db == ":memory:" else Path(db).expanduser().absolute()
    prefix = "sqlite:///"
    if not db.startswith(prefix) or "?" in db or len(db) == len(prefix):
        return None
    return Path(unquote(db[len(prefix):])).absolute()  # "sqlite:///x.db" is relative to the working folder
