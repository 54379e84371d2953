"""Serve one tracker SQLite file in Datasette, read-only, on a local address until interrupted."""

from __future__ import annotations

import sys
from pathlib import Path

from tracker.errors import BadInputError

INSTALL_HINT = "install the extra: pip install 'tracker[serve]'"


def missing_extra() -> str | None:
    """Why Datasette cannot be loaded (to print as one line), or None when it can."""
    try:
        import datasette.app  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError as e:
        return f"tracker serve needs Datasette, which is not installed ({e.name} is missing): {INSTALL_HINT}"
    return None


def sqlite_file(url: str) -> Path:
    """The file behind a SQLite URL; anything else (PostgreSQL, an in-memory database) is refused."""
    from sqlalchemy import make_url

    u = make_url(url)
    if u.get_backend_name() != "sqlite":
        raise BadInputError(f"tracker serve works on a SQLite file, not a {u.get_backend_name()} database",
                            "export a SQLite copy, or pass --db PATH to a tracker SQLite file")
    if not u.database or u.database == ":memory:":
        raise BadInputError("tracker serve needs a SQLite file, not an in-memory database", "pass --db PATH")
    return Path(u.database)


def check_port(host: str, port: int) -> None:
    """Refuse at once, in one line, an address that cannot be listened on (a port already in use)."""
    import socket

    if not host.strip() or "\x00" in host:
        # an empty host would listen on every interface: never by accident
        raise BadInputError(f"--host {host!r} is no address", "give one, e.g. --host 127.0.0.1 (the default)")
    try:
        with socket.create_server((host, port)):
            pass
    except (OSError, UnicodeError, TypeError) as e:  # TypeError: a host name that cannot be encoded
        why = getattr(e, "strerror", None) or str(e)
        raise BadInputError(f"cannot listen on {host[:80]}:{port}: {why}",
                            "pick another --host or --port, or stop what uses it") from None


def serve(path: Path, *, host: str = "127.0.0.1", port: int = 8001, announce: bool = True) -> None:
    """Run Datasette over ``path`` (opened ``mode=ro``: it never writes) until Ctrl-C."""
    import asyncio

    import uvicorn
    from datasette.app import Datasette
    from datasette.database import Database
    from datasette.plugins import pm

    from tracker.web import facets
    from tracker.web.metadata import DATABASE, metadata

    if not pm.is_registered(facets):
        pm.register(facets, name="tracker-facets")
    ds = Datasette(metadata=metadata(), settings={"default_page_size": 50, "facet_time_limit_ms": 1000,
                                                       "truncate_cells_html": 300})
    # Mutable, so the connection is mode=ro and sees what an ingest running beside it commits (an
    # immutable=1 connection would skip the write-ahead log, where recent writes are).
    ds.add_database(Database(ds, path=str(path), is_mutable=True), name=DATABASE)
    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(ds.invoke_startup())
    finally:
        loop.close()
    if announce:
        print(f"serving {path} read-only at http://{host}:{port}/{DATABASE} (Ctrl-C stops)", file=sys.stderr,
              flush=True)
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning", lifespan="on", workers=1)
