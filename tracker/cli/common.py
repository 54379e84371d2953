"""What every command shares: the database handle, error reporting, and the three output formats."""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

import typer

from tracker.errors import TrackerError

if TYPE_CHECKING:
    from rich.console import Console

    from tracker.store.db import Database
    from tracker.store.listings import Run

# The largest count (--limit, --top, --jobs) and byte size (--max-bytes) an option takes: past these,
# Click reports a usage error, where the value would overflow SQLite's 64-bit integers or Python's
# index-sized reads ("OverflowError"). Nobody needs more; --all lifts the limits.
MAX_COUNT = 1_000_000_000
MAX_BYTES = 2**40

P = ParamSpec("P")
R = TypeVar("R")


def stderr_console() -> Console:
    from rich.console import Console

    return Console(stderr=True)


def stdout_console() -> Console:
    from rich.console import Console

    return Console()


def fail(message: str) -> typer.Exit:
    """Print one ``Error: ...`` line on stderr and return the exit to raise."""
    print(f"Error: {message}", file=sys.stderr)
    return typer.Exit(1)


def reports_errors(fn: Callable[P, R]) -> Callable[P, R]:
    """Turn a TrackerError raised by a command into one line on stderr and exit status 1."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return fn(*args, **kwargs)
        except TrackerError as e:
            raise fail(str(e)) from None
        except ValueError as e:
            # A NUL cannot reach us through a real command line, only from a program calling the CLI
            # in-process; the OS refuses it in any file name, which Python reports as this ValueError.
            if "null byte" not in str(e) and "null character" not in str(e):
                raise
            raise fail("a value holds a NUL character (\\x00), which no file name or option can hold: "
                       "remove it") from None
        except BrokenPipeError:  # `tracker export ... | head`
            sys.stderr.close()
            raise typer.Exit(0) from None
        except OSError as e:
            # The file system said no where no check foresaw it (a name too long, a permission, a
            # full disk): the user's environment, not a bug, so one line naming the file.
            where = f"{e.filename}: " if e.filename is not None else ""
            raise fail(f"{where}{e.strerror or e}: check the path, its permissions and free space") from None
        except Exception as e:
            if not _database_failed(e):
                raise
            # Locked by another program past the busy timeout, disk full, I/O error, server gone: not a
            # bug, and nothing half-written (every write is one transaction), so one line and no traceback.
            reason = " ".join(str(getattr(e, "orig", None) or e).split())
            raise fail(f"the database failed: {reason}: check disk space and permissions, and that no other "
                       "program holds the database, then run the command again") from None

    return wrapper


def _database_failed(e: Exception) -> bool:
    """Whether ``e`` is SQLAlchemy's OperationalError, without importing SQLAlchemy to find out."""
    exc = sys.modules.get("sqlalchemy.exc")
    return exc is not None and isinstance(e, exc.OperationalError)


def open_database(ctx: typer.Context, *, write: bool = False) -> Database:
    """The database named by --db / TRACKER_DB / the default, brought up to the latest schema.

    Commands that store anything pass ``write=True``: a file the user may only read is then refused
    in one line, where a reading command opens it read-only.
    """
    import logging

    from tracker.store.db import open_db, resolve_url

    # A Ctrl-C that lands while SQLAlchemy's pool resets a connection is logged by the pool with a
    # traceback (Python's last-resort handler prints it); the command already says it was interrupted.
    pool_log = logging.getLogger("sqlalchemy.pool")
    if not pool_log.handlers:
        pool_log.addHandler(logging.NullHandler())
    db = open_db(resolve_url(ctx.obj.get("db") if ctx.obj else None), write=write)
    ctx.call_on_close(db.close)  # so a command run in-process (tests, scripts) leaves no connection open
    return db


def quick_listing(ctx: typer.Context, listing: Callable[[Run], R]) -> R:
    """``listing``, read straight from a SQLite file already at this tracker's schema without loading
    SQLAlchemy (see tracker.store.quick), else through the full path, which opens, upgrades or explains."""
    import sqlite3

    from tracker.store.quick import open_listing

    opened = open_listing(ctx.obj.get("db") if ctx.obj else None)
    if opened is not None:
        run, con = opened
        try:
            return listing(run)
        except sqlite3.Error:
            pass  # locked past the timeout, damaged, ...: the full path reports it properly
        finally:
            con.close()
    from tracker.store.queries import run_listing

    return run_listing(open_database(ctx), listing)


def jsonable(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def emit(records: Iterable[Mapping[str, Any]], columns: Sequence[str], *, as_json: bool, as_csv: bool,
         title: str | None = None, wide: Sequence[str] = (), numbers: Sequence[str] = ()) -> None:
    """Print records as a Rich table (default), a JSON array, or CSV, to stdout.

    In the table, ``wide`` columns take the spare width and ``numbers`` are right-aligned and never
    wrapped or cut (the other columns fold to make room)."""
    if as_json and as_csv:
        raise TrackerError("--json and --csv cannot be used together", "pick one")
    if as_json:
        out = sys.stdout
        out.write("[")
        for i, r in enumerate(records):
            out.write(("," if i else "") + "\n" + json.dumps(dict(r), default=jsonable, ensure_ascii=False))
        out.write("\n]\n")
        return
    if as_csv:
        from tracker.report.csvout import write_rows

        write_rows(sys.stdout, columns, records)
        return
    from rich.table import Table

    table = Table(title=title, show_lines=False, header_style="bold")
    for c in columns:
        if c in numbers:
            table.add_column(c.replace("_", " "), justify="right", no_wrap=True)
        else:
            table.add_column(c.replace("_", " "), overflow="fold", ratio=3 if c in wide else None)
    n = 0
    for r in records:
        table.add_row(*(display(r.get(c)) for c in columns))
        n += 1
    console = stdout_console()
    if n == 0:
        stderr_console().print("[dim]nothing found[/dim]")
        return
    console.print(table)


def say_cut(shown: int, total: int, what: str, how: str) -> None:
    """On stderr, when a table shows only ``shown`` of ``total`` rows: how many and how to see the rest."""
    if shown < total:
        stderr_console().print(f"[dim]{shown:,} of {total:,} {what} shown; {total - shown:,} left out: {how}[/dim]")


def display(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return f"{value:,.2f}".removesuffix(".00")
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "yes" if value else ""
    return str(value)


def parse_date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise TrackerError(f"{option} {value!r} is not a date", "use YYYY-MM-DD, e.g. 2018-01-31") from None
