"""``tracker serve``: browse, facet and search the database in Datasette (the ``serve`` extra)."""

from __future__ import annotations

import typer

from tracker.cli.common import fail, open_database, reports_errors


def register(app: typer.Typer) -> None:
    app.command()(serve)


@reports_errors
def serve(
    ctx: typer.Context,
    host: str = typer.Option("127.0.0.1", help="Address to listen on; the default is this computer only."),
    port: int = typer.Option(8001, min=0, max=65535, help="Port to listen on."),
) -> None:
    """Browse the database in Datasette, read-only: descriptions, facets, full-text search, canned queries.

    Needs the extra: pip install 'tracker[serve]'. SQLite files only. The database is brought to the
    current schema first, then served read-only until Ctrl-C.
    """
    from tracker.store.db import resolve_url
    from tracker.web.server import check_port, missing_extra, sqlite_file
    from tracker.web.server import serve as run_server

    if (why := missing_extra()) is not None:
        raise fail(why)
    path = sqlite_file(resolve_url(ctx.obj.get("db") if ctx.obj else None))
    check_port(host, port)
    open_database(ctx).close()  # created or brought to the current schema: the server only reads
    try:
        run_server(path, host=host, port=port)
    except KeyboardInterrupt:
        raise typer.Exit(0) from None
