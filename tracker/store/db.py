"""Where the database is, how to connect to it, and keeping its schema at the right revision.

SQLite is the default; any SQLAlchemy URL works (PostgreSQL is designed for). On SQLite each
connection gets WAL, a busy timeout and foreign keys, and a writer's transaction starts with
``BEGIN IMMEDIATE`` so two processes ingesting at once queue instead of failing with "database is
locked" (a deferred BEGIN that reads and then writes cannot wait for the lock); on PostgreSQL a
writer's transaction first takes an advisory lock, to the same end. Alembic is imported
only when the schema actually needs to change: the common case is one cheap query of
``alembic_version``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import create_engine, event, inspect, make_url, text
from sqlalchemy.engine import URL, Connection, Engine
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from tracker.errors import SchemaError
from tracker.store.location import SCHEMA_HEAD, chosen, default_folder, read_only_reason, read_only_uri, sqlite_target

if TYPE_CHECKING:
    from alembic.config import Config


_SQLITE_MAGIC = b"SQLite format 3\x00"
# The file header's "write version" byte: 2 when the database is in WAL mode, 1 for a rollback journal.
_HEADER_BYTES, _WRITE_VERSION, _WAL_VERSION = 100, 18, 2
_WRITE = "tracker_write"
# The PostgreSQL advisory lock a writer holds for its transaction ("trak"); its scope is one database.
_PG_WRITE_LOCK = 0x7472616B


def resolve_url(db: str | None) -> str:
    """The SQLAlchemy URL for ``--db``: a URL as given, a file path as SQLite, None as the default."""
    db = chosen(db)
    if db is None:
        folder = default_folder()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise SchemaError(f"cannot create the data folder {folder}: {exc.strerror}",
                              hint="pass --db PATH or set TRACKER_DB") from exc
        return str(URL.create("sqlite", database=str(folder / "tracker.db")))
    target = sqlite_target(db)
    if target is None:
        return "sqlite://" if db == ":memory:" else db
    path, read_only = target
    if read_only:  # SQLAlchemy's own spelling of a SQLite URI, which its driver passes through
        from urllib.parse import quote

        return f"sqlite:///file:{quote(str(path))}?mode=ro&uri=true"
    return str(URL.create("sqlite", database=str(path)))


def mask_url(url: str) -> str:
    """The URL with any password replaced by ``***``, for printing."""
    return make_url(url).render_as_string(hide_password=True)


class Database:
    """An open tracker database: an engine plus sessions that commit on success."""

    def __init__(self, url: str, engine: Engine, *, read_only: bool = False) -> None:
        self.url = url
        self.engine = engine
        self.read_only = read_only
        self._writer = engine.execution_options(**{_WRITE: True})

    @property
    def where(self) -> str:
        """The database as messages name it: its file path for SQLite, else the URL without password."""
        return _where(self.url)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def session(self, *, write: bool = False) -> Iterator[Session]:
        """A session in one transaction: committed when the block ends, rolled back on error.

        ``write=True`` takes SQLite's write lock at BEGIN, so reads made before writing stay valid.
        """
        with Session(self._writer if write else self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    def revision(self) -> str | None:
        """The schema revision recorded in this database."""
        with self.engine.connect() as conn:
            return _read_revision(conn)[0]

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _make_engine(url: str, *, foreign_keys: bool = True, read_only_path: Path | None = None) -> Engine:
    """An engine with tracker's connection settings; ``read_only_path`` opens that SQLite file read-only."""
    if read_only_path is not None:
        import sqlite3

        uri = read_only_uri(read_only_path)
        engine = create_engine(str(URL.create("sqlite", database=str(read_only_path))),
                               creator=lambda: sqlite3.connect(uri, uri=True, timeout=30, check_same_thread=False))
    else:
        from sqlalchemy.exc import ArgumentError, NoSuchModuleError

        try:
            engine = create_engine(url)
        except (ArgumentError, NoSuchModuleError, ImportError) as exc:
            scheme = url.split("://")[0] if "://" in url else url  # never the whole URL: it may hold a password
            raise SchemaError(f"cannot use the database {scheme!r}: {exc}",
                              hint="give a file path, or a URL such as postgresql+psycopg://user@host/dbname") from exc
    if engine.dialect.name == "postgresql":

        @event.listens_for(engine, "begin")
        def on_begin_pg(conn: Connection) -> None:
            # PostgreSQL's counterpart of BEGIN IMMEDIATE: writers (ingest, migrations) take turns
            # for one short transaction each, readers never wait. Without it, two articles naming
            # the same officials in another order deadlock, and a bill's "latest status" is lost.
            if conn.get_execution_options().get(_WRITE):
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_WRITE_LOCK})")

        return engine
    if engine.dialect.name != "sqlite":
        return engine

    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take transaction control away from the sqlite3 driver; "begin" below issues our own.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA busy_timeout = 30000")
            if read_only_path is not None:
                cursor.execute("PRAGMA query_only = ON")
                return  # switching the journal writes the header: a read-only file stays as it is
            _switch_to_wal(cursor)
            # In WAL mode NORMAL cannot corrupt the database; it only skips an fsync per commit,
            # which is most of the cost of one-article transactions.
            cursor.execute("PRAGMA synchronous = NORMAL")
            cursor.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(_WRITE) else "BEGIN")

    return engine


def _switch_to_wal(cursor: Any, *, patience_s: float = 30.0) -> None:
    """Put the connection's database in WAL mode, waiting out other processes doing the same.

    The switch needs an exclusive lock. When two processes open a new file at once, each holding a
    shared lock and wanting that exclusive one, SQLite does not call the busy handler (waiting could
    deadlock) and one of them gets "database is locked" at once. The loser only has to try again:
    by then the winner has switched the file, and the switch is a no-op.
    """
    import sqlite3
    import time

    deadline = time.monotonic() + patience_s
    pause = 0.005
    while True:
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            message = str(exc)
            if ("locked" not in message and "busy" not in message) or time.monotonic() > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.25)


def _sqlite_path(url: str) -> Path | None:
    target = sqlite_target(url) if url.startswith("sqlite:") else None
    return target[0] if target is not None else None


def _read_only(url: str, path: Path) -> str | None:
    """Why the database at ``url`` (the SQLite file ``path``) can only be read, or None."""
    target = sqlite_target(url)
    return read_only_reason(path, target is not None and target[1])


def _refuse_read_only(path: Path, reason: str) -> None:
    raise SchemaError(f"{path} is read-only ({reason}) and this command writes to it",
                      hint="run it on a writable copy, or pass --db with another database")


def _check_sqlite_file(path: Path) -> None:
    """Refuse, before SQLite touches it, a path that cannot be or hold a tracker database.

    Call it (and anything else that opens the file with a plain descriptor, as _in_rollback_mode
    does) only while this process holds no SQLite connection to ``path``. SQLite's locks are POSIX
    advisory locks, which belong to the process, and closing ANY descriptor on the file drops all of
    them ("How To Corrupt An SQLite Database File", 2.2). In WAL mode every open connection keeps a
    SHARED lock on the database file, and a connection that closes while it can take an EXCLUSIVE
    lock concludes it is the last one: it checkpoints and deletes the -wal and -shm files. So a
    header read here while a pooled connection was open silently unlocked this process; another
    process closing its last connection (its probe, or its exit) then deleted the WAL under us, and
    our later commits went into the unlinked WAL file and were lost, or clobbered pages on a
    checkpoint. open_db used to do just that: it read the revision through the engine (whose pool
    keeps the connection open), then upgrade() checked the file again. It now checks once, before
    connecting (tests/concurrency/test_concurrent_creation.py races processes on a new file).
    """
    hint = "pass --db with another path"
    if path.is_dir():
        raise SchemaError(f"{path} is a folder, not a database file", hint=hint)
    if path.exists() and not path.is_file():  # opening a FIFO would wait for a writer forever
        raise SchemaError(f"{path} is not a regular file (a device, socket or pipe)", hint=hint)
    if path.exists():
        try:
            with path.open("rb") as f:
                header = f.read(len(_SQLITE_MAGIC))
        except OSError as exc:
            raise SchemaError(f"cannot read {path}: {exc.strerror}", hint=hint) from exc
        if header and header != _SQLITE_MAGIC:
            raise SchemaError(f"{path} is not a SQLite database", hint=hint)
        if not os.access(path, os.W_OK):
            raise SchemaError(f"{path} is read-only", hint="check its permissions, or " + hint)
    parent = path.parent
    if not parent.is_dir():
        raise SchemaError(f"folder {parent} does not exist", hint="create it, or " + hint)
    # WAL needs the -wal and -shm files beside the database, so the folder must be writable too.
    if not os.access(parent, os.W_OK | os.X_OK):
        raise SchemaError(f"folder {parent} is not writable", hint="check its permissions, or " + hint)


def _read_revision(conn: Connection) -> tuple[str | None, bool]:
    """(revision, has_other_tables) read with plain SQL, without Alembic."""
    names = set(inspect(conn).get_table_names())
    if "alembic_version" not in names:
        return None, bool(names)
    rev = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    # After `db downgrade base` only an empty alembic_version is left: that is an empty tracker database.
    return rev, rev is not None or bool(names - {"alembic_version"})


def open_db(url: str | None, *, write: bool = True) -> Database:
    """Open (creating if needed) the database at ``url`` and bring its schema up to date.

    A SQLite file this process may only read (mode=ro, file or folder read-only) is opened
    read-only when ``write`` is False, and refused when it is True. Raises SchemaError, leaving the
    file untouched, for a file that is not a database, a database made by a newer tracker, or a
    location that cannot be written.
    """
    url = resolve_url(url)
    path = _sqlite_path(url)
    if path is not None:
        reason = _read_only(url, path)
        if reason is not None:
            if write:
                _refuse_read_only(path, reason)
            return _open_read_only(url, path, reason)
        _check_sqlite_file(path)
        _refuse_unusable_file(url, path)
    engine = _make_engine(url)
    try:
        try:
            with engine.connect() as conn:
                rev, has_tables = _read_revision(conn)
        except DatabaseError as exc:
            raise SchemaError(f"cannot open {_where(url)}: {exc.orig}",
                              hint="check the path or URL, or pass --db with another one") from exc
        if rev != SCHEMA_HEAD:
            _refuse_unusable(url, rev, has_tables)
            upgrade(url, engine=engine if _sqlite_path(url) is None and engine.dialect.name == "sqlite" else None,
                    checked=True)
    except BaseException:
        engine.dispose()
        raise
    return Database(url, engine)


def _open_read_only(url: str, path: Path, reason: str) -> Database:
    """The SQLite file at ``path`` opened for reading only; it must exist and be at this tracker's schema."""
    if path.is_dir():
        raise SchemaError(f"{path} is a folder, not a database file", hint="pass --db with another path")
    if not path.exists():
        raise SchemaError(f"{path} does not exist", hint="check the path; a read-only database cannot be created")
    if not path.is_file():
        raise SchemaError(f"{path} is not a regular file (a device, socket or pipe)",
                          hint="pass --db with another path")
    engine = _make_engine(url, read_only_path=path)
    try:
        try:
            with engine.connect() as conn:
                rev, has_tables = _read_revision(conn)
        except DatabaseError as exc:
            raise SchemaError(f"cannot read {path}: {exc.orig}",
                              hint="check the path and its permissions, or pass --db with another one") from exc
        if rev != SCHEMA_HEAD:
            _refuse_unusable(url, rev, has_tables)
            raise SchemaError(f"{path} is read-only ({reason}) and at schema {rev or 'base (empty)'}, not "
                              f"{SCHEMA_HEAD}", hint="upgrade a writable copy: tracker --db COPY db upgrade")
    except BaseException:
        engine.dispose()
        raise
    return Database(url, engine, read_only=True)


def _where(url: str) -> str:
    """A database as messages name it: the file path for SQLite, the URL (password hidden) otherwise."""
    path = _sqlite_path(url)
    return str(path) if path is not None else mask_url(url)


def _probe_sqlite(path: Path) -> tuple[str | None, bool]:
    """(revision, has_other_tables) of an existing SQLite file, read without changing a byte of it.

    The engine's connect hook switches the journal to WAL, which rewrites the header of a
    rollback-journal database; a file that is about to be refused must not get that far.
    """
    import sqlite3

    con = sqlite3.connect(path, timeout=30, isolation_level=None)
    try:
        con.execute("PRAGMA query_only = ON")
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                 if not r[0].startswith("sqlite_")}
        if "alembic_version" not in names:
            return None, bool(names)
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        rev = row[0] if row else None
        return rev, rev is not None or bool(names - {"alembic_version"})
    except sqlite3.DatabaseError as exc:
        raise SchemaError(f"cannot open {path}: {exc}", hint="check the path, or pass --db with another one") from exc
    finally:
        con.close()


def _refuse_unusable_file(url: str, path: Path) -> None:
    """Refuse an existing rollback-journal SQLite file that is not a tracker database, or is one from a
    newer tracker, before the engine's switch to WAL could rewrite its header.

    A file already in WAL mode (every database tracker made) is left to the engine, whose switch is
    then a no-op. (Probing those too once lost commits under concurrent creation; the probe was not
    the cause, see _check_sqlite_file.)
    """
    if _in_rollback_mode(path):
        rev, has_tables = _probe_sqlite(path)
        if rev != SCHEMA_HEAD:
            _refuse_unusable(url, rev, has_tables)


def _in_rollback_mode(path: Path) -> bool:
    """Whether ``path`` is a non-empty SQLite-looking file whose header is not in WAL mode."""
    if not path.is_file():
        return False  # missing, a folder or a FIFO: reported by _check_sqlite_file
    try:
        with path.open("rb") as f:
            header = f.read(_HEADER_BYTES)
    except OSError:
        return False  # missing (the engine creates it) or unreadable (reported by _check_sqlite_file)
    return len(header) == _HEADER_BYTES and header[_WRITE_VERSION] != _WAL_VERSION


def _refuse_unusable(url: str, rev: str | None, has_tables: bool) -> None:
    if rev is None and has_tables:
        raise SchemaError(f"{_where(url)} is a database, but not a tracker database",
                          hint="pass --db with a new or tracker-made database")
    _refuse_unknown(url, rev)


def _refuse_unknown(url: str, rev: str | None) -> None:
    if rev is None:
        return
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(url))
    known = {r.revision for r in script.walk_revisions()}
    if rev not in known:
        raise SchemaError(f"{_where(url)} has schema revision {rev!r}, which this tracker does not know; "
                          "it was made by a newer tracker", hint="upgrade tracker, or pass --db with another database")


def alembic_config(url: str) -> Config:
    """An Alembic Config built in code, pointing at the migrations shipped in the package."""
    from importlib.resources import files

    from alembic.config import Config

    cfg = Config(stdout=sys.stdout)  # the default is bound at import time, which may be a closed stream
    cfg.set_main_option("script_location", str(files("tracker.migrations")))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


@contextmanager
def _migration_connection(url: str, engine: Engine | None = None, *,
                          checked: bool = False) -> Iterator[tuple[Config, Connection]]:
    """A connection in one write transaction with foreign keys off, handed to env.py.

    ``engine`` is for an in-memory database, which only exists inside its own engine.
    """
    path = _sqlite_path(url)
    if path is not None and not checked:
        reason = _read_only(url, path)
        if reason is not None:
            _refuse_read_only(path, reason)
        _check_sqlite_file(path)
        _refuse_unusable_file(url, path)
    own = engine is None
    base = _make_engine(url, foreign_keys=False) if engine is None else engine
    cfg = alembic_config(url)
    try:
        with base.execution_options(**{_WRITE: True}).connect() as conn, conn.begin():
            _refuse_unusable(url, *_read_revision(conn))
            cfg.attributes["connection"] = conn
            yield cfg, conn
            if base.dialect.name == "sqlite":
                bad = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
                if bad:
                    raise SchemaError(f"migration left {len(bad)} rows with broken foreign keys "
                                      f"(first: {tuple(bad[0])})", hint="report this as a bug; nothing was changed")
    finally:
        if own:
            base.dispose()


def upgrade(url: str, rev: str = "head", *, engine: Engine | None = None, checked: bool = False) -> None:
    """Migrate the schema up to ``rev``, in one transaction."""
    from alembic import command
    from alembic.util import CommandError

    _refuse_unreadable_revision(rev, "head")

    with _migration_connection(url, engine, checked=checked) as (cfg, _conn):
        try:
            command.upgrade(cfg, rev)
        except CommandError as exc:  # an unknown or ambiguous target revision
            raise SchemaError(f"cannot upgrade {_where(url)} to {rev!r}: {exc}",
                              hint="give 'head' or a revision this tracker ships; nothing was changed") from exc


def _refuse_unreadable_revision(rev: str, example: str) -> None:
    """Refuse a target Alembic cannot read, before it answers with a bare AssertionError ("", "@")."""
    import re

    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    hint = f"give {example!r} or a revision this tracker ships; nothing was changed"
    if not rev.strip():
        raise SchemaError("no revision given", hint=hint)
    if re.fullmatch(r"\w*[+-]\d+", rev):  # relative ("-1", "0001+1"): resolved against the database's own
        return
    try:
        ScriptDirectory.from_config(alembic_config("sqlite://")).get_revisions(rev)
    except (CommandError, AssertionError, ValueError) as exc:
        raise SchemaError(f"no revision {rev!r}{': ' + str(exc) if str(exc) else ''}", hint=hint) from exc


def downgrade(url: str, rev: str) -> None:
    """Migrate the schema down to ``rev`` ("base" removes every table), in one transaction."""
    from alembic import command
    from alembic.util import CommandError

    _refuse_unreadable_revision(rev, "base")

    with _migration_connection(url) as (cfg, _conn):
        try:
            command.downgrade(cfg, rev)
        except CommandError as exc:
            raise SchemaError(f"cannot downgrade {_where(url)} to {rev!r}: {exc}",
                              hint="give 'base' or a revision this tracker ships; nothing was changed") from exc


def current(url: str) -> str | None:
    """The schema revision of the database at ``url`` (None for an empty or missing one)."""
    path = _sqlite_path(url)
    read_only = None
    if path is not None:
        if not path.exists():
            return None
        if not path.is_file():
            raise SchemaError(f"{path} is not a database file", hint="pass --db with another path")
        if _in_rollback_mode(path):  # read directly, so asking never changes the file (see _probe_sqlite)
            return _probe_sqlite(path)[0]
        read_only = path if _read_only(url, path) is not None else None
    engine = _make_engine(url, read_only_path=read_only)
    try:
        with engine.connect() as conn:
            return _read_revision(conn)[0]
    except DatabaseError as exc:
        raise SchemaError(f"cannot open {_where(url)}: {exc.orig}", hint="check the path or URL") from exc
    finally:
        engine.dispose()


def head() -> str:
    """The newest schema revision this tracker ships."""
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(alembic_config("sqlite://")).get_heads()
    return heads[0]
