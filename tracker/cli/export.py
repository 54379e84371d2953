"""Files for other tools: ``export`` (CSV tables) and ``report`` (a Markdown dossier)."""

from __future__ import annotations

from pathlib import Path

import typer

from tracker.cli.common import open_database, reports_errors, stderr_console
from tracker.errors import BadInputError


def register(app: typer.Typer) -> None:
    app.command()(export)
    app.command()(report)


@reports_errors
def export(
    ctx: typer.Context,
    table: str = typer.Argument(..., help="statements, officials, bills, funding or positions."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write here instead of stdout."),
    excel: bool = typer.Option(False, "--excel", help="Start with a byte-order mark so spreadsheets read UTF-8."),
    reviewed: bool = typer.Option(False, "--reviewed",
                                  help="Only items a person confirmed or corrected (statements, funding)."),
) -> None:
    """Write one table as RFC 4180 CSV (UTF-8, header row, formula cells neutralised)."""
    from tracker.report.csvout import atomic_text_file, write_row_batches
    from tracker.report.exports import EXPORTS, REVIEWED_EXPORTS

    if table not in EXPORTS:
        raise BadInputError(f"no export named {table!r}", f"use one of {', '.join(EXPORTS)}")
    if reviewed and table not in REVIEWED_EXPORTS:
        raise BadInputError(f"--reviewed does not apply to {table!r}",
                            f"reviews are of {' and '.join(REVIEWED_EXPORTS)}; export those with --reviewed")
    columns, rows_of, neutralised = (REVIEWED_EXPORTS if reviewed else EXPORTS)[table]
    db = open_database(ctx)
    with atomic_text_file(output, bom=excel) as out:
        n = write_row_batches(out, columns, rows_of(db), neutralised=neutralised)
    if output is not None:
        stderr_console().print(f"wrote {n} row(s) to {output}")


@reports_errors
def report(
    ctx: typer.Context,
    official: str | None = typer.Option(None, "--official", "-o", help="A dossier on this official."),
    topic: str | None = typer.Option(None, "--topic", "-t", help="A dossier on this topic."),
    output: Path | None = typer.Option(None, "--output", help="Write here instead of stdout."),
) -> None:
    """Write a Markdown dossier on one official or one topic, every statement with its source."""
    from tracker.report.csvout import atomic_text_file
    from tracker.report.markdown import official_dossier, topic_dossier

    if (official is None) == (topic is None):
        raise BadInputError("report needs exactly one of --official or --topic", "e.g. --official 'Hector Balderas'")
    db = open_database(ctx)
    text = official_dossier(db, official) if official is not None else topic_dossier(db, topic or "")
    with atomic_text_file(output) as out:
        out.write(text)
    if output is not None:
        stderr_console().print(f"wrote {output}")
