"""The ``tracker`` command: thin Typer commands over the library, one module per command group.

Only Typer and the standard library are imported at start-up; SQLAlchemy, Alembic, Rich tables,
trafilatura and the extractor are imported inside the commands that use them.
"""

from __future__ import annotations

import typer

from tracker import __version__

app = typer.Typer(
    name="tracker",
    help="Who said what about which policy: officials, statements, bills and money figures from news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain help: Rich-formatted help imports ~120 ms of Rich and markdown-it before printing a line.
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        print(f"tracker {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
    db: str | None = typer.Option(
        None, "--db", envvar="TRACKER_DB", metavar="PATH|URL",
        help="SQLite file path or SQLAlchemy URL (default: tracker.db in the user data folder).",
    ),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version."),
) -> None:
    ctx.obj = {"db": db}


from tracker.cli import articles, database, export, history, queries, review, roster, serve  # noqa: E402

app.add_typer(database.app, name="db")
for _module in (articles, database, queries, history, review, export, roster, serve):  # register their commands
    _module.register(app)


def main() -> None:
    app()
