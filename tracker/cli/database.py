"""Commands about the database itself: info, and the ``db`` group (upgrade, current, downgrade, backup)."""

from __future__ import annotations

from pathlib import Path

import typer

from tracker.cli.common import open_database, reports_errors, stderr_console

app = typer.Typer(help="Schema migrations and backups.", no_args_is_help=True)


def _url(ctx: typer.Context) -> str:
    from tracker.store.db import resolve_url

    root = ctx.find_root()
    return resolve_url(root.obj.get("db") if root.obj else None)


@app.command()
@reports_errors
def upgrade(ctx: typer.Context, revision: str = typer.Argument("head", help="Target revision.")) -> None:
    """Bring the database schema up to REVISION (default: the latest)."""
    from tracker.store.db import current
    from tracker.store.db import upgrade as run_upgrade

    url = _url(ctx)
    run_upgrade(url, revision)
    stderr_console().print(f"schema at {current(url)}")


@app.command()
@reports_errors
def downgrade(ctx: typer.Context, revision: str = typer.Argument(..., help="Target revision, or 'base'.")) -> None:
    """Take the database schema down to REVISION ('base' removes every table)."""
    from tracker.store.db import current
    from tracker.store.db import downgrade as run_downgrade

    url = _url(ctx)
    run_downgrade(url, revision)
    stderr_console().print(f"schema at {current(url) or 'base'}")


@app.command("current")
@reports_errors
def current_cmd(ctx: typer.Context) -> None:
    """Print the database's schema revision and the latest one this version knows."""
    from tracker.store.db import current, head

    print(f"current: {current(_url(ctx)) or 'base (empty)'}")
    print(f"latest:  {head()}")


@app.command()
@reports_errors
def backup(ctx: typer.Context, file: Path = typer.Argument(..., help="Where to write the copy.")) -> None:
    """Write a consistent copy of a live SQLite database (the online backup API)."""
    from tracker.store.backup import backup as run_backup

    run_backup(_url(ctx), file)
    stderr_console().print(f"backed up to {file}")


def register(app: typer.Typer) -> None:
    app.command()(info)


@reports_errors
def info(ctx: typer.Context, as_json: bool = typer.Option(False, "--json", help="Print as JSON.")) -> None:
    """Say which database is in use, its schema revision, and how many rows each table holds."""
    from tracker.store.queries import info as db_info

    data = db_info(open_database(ctx))
    counts = data.pop("counts", {})
    if as_json:  # one database: one JSON object
        import json

        print(json.dumps({**data, "counts": counts}, ensure_ascii=False, indent=1))
        return
    for k, v in data.items():
        print(f"{k}: {v}")
    for table, n in counts.items():
        print(f"  {table}: {n}")
