"""Files for other tools: ``export`` (CSV tables) and ``report`` (a Markdown or HTML dossier)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import typer

from tracker.cli.common import open_database, reports_errors, stderr_console
from tracker.cli.progress import Advance, progress
from tracker.errors import BadInputError


def register(app: typer.Typer) -> None:
    app.command()(export)
    app.command()(report)


@reports_errors
def export(
    ctx: typer.Context,
    table: str | None = typer.Argument(None, help="statements, officials, bills, funding or positions (CSV)."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write here instead of stdout."),
    excel: bool = typer.Option(False, "--excel", help="Start with a byte-order mark so spreadsheets read UTF-8."),
    fmt: str = typer.Option("csv", "--format", help="csv (one TABLE) or popolo (persons, organizations and "
                                                     "memberships as Popolo JSON)."),
    reviewed: bool = typer.Option(False, "--reviewed",
                                  help="Only items a person confirmed or corrected (statements, funding)."),
) -> None:
    """Write one table as RFC 4180 CSV (UTF-8, header row, formula cells neutralised), or everyone as Popolo JSON."""
    from tracker.report.csvout import atomic_text_file, write_row_batches
    from tracker.report.exports import EXPORTS, REVIEWED_EXPORTS

    if fmt == "popolo":
        if table is not None:
            raise BadInputError("--format popolo exports officials, offices and parties together",
                                "leave out the table name")
        _popolo(ctx, output)
        return
    if fmt != "csv":
        raise BadInputError(f"no export format {fmt!r}", "use csv or popolo")
    if table is None:
        raise BadInputError("export needs a table", f"use one of {', '.join(EXPORTS)}")
    if table not in EXPORTS:
        raise BadInputError(f"no export named {table!r}", f"use one of {', '.join(EXPORTS)}")
    if reviewed and table not in REVIEWED_EXPORTS:
        raise BadInputError(f"--reviewed does not apply to {table!r}",
                            f"reviews are of {' and '.join(REVIEWED_EXPORTS)}; export those with --reviewed")
    columns, rows_of, neutralised = (REVIEWED_EXPORTS if reviewed else EXPORTS)[table]
    db = open_database(ctx)
    with atomic_text_file(output, bom=excel) as out, progress(f"exporting {table}", None) as advance:
        n = write_row_batches(out, columns, _counted(rows_of(db), advance), neutralised=neutralised)
    if output is not None:
        stderr_console().print(f"wrote {n} row(s) to {output}")


def _counted(batches: Iterable[Sequence[Any]], advance: Advance) -> Iterator[Sequence[Any]]:
    for batch in batches:
        yield batch
        advance(len(batch))


def _popolo(ctx: typer.Context, output: Path | None) -> None:
    import json

    from tracker.report.csvout import atomic_text_file
    from tracker.report.popolo import popolo

    doc = popolo(open_database(ctx))
    with atomic_text_file(output) as out:
        json.dump(doc, out, ensure_ascii=False, indent=1)
        out.write("\n")
    if output is not None:
        stderr_console().print(f"wrote {len(doc['persons'])} person(s) to {output}")


@reports_errors
def report(
    ctx: typer.Context,
    official: str | None = typer.Option(None, "--official", "-o", help="A dossier on this official."),
    topic: str | None = typer.Option(None, "--topic", "-t", help="A dossier on this topic."),
    output: Path | None = typer.Option(None, "--output", help="Write here instead of stdout."),
    fmt: str = typer.Option("md", "--format", "-f", metavar="md|html",
                            help="md: Markdown. html: one self-contained page with charts, for a browser or print."),
) -> None:
    """Write a dossier on one official or one topic, every statement with its source.

    --format html writes one page that needs nothing else (inline CSS and SVG charts, no script,
    no request to any server): positions by topic, bill stances, money with totals, charts of
    statements over time and money by year. A topic dossier sets its officials side by side.
    """
    from tracker.report.csvout import atomic_text_file

    if (official is None) == (topic is None):
        raise BadInputError("report needs exactly one of --official or --topic", "e.g. --official 'Hector Balderas'")
    if fmt not in ("md", "html"):
        raise BadInputError(f"--format {fmt!r} is not a report format", "use md or html")
    db = open_database(ctx)
    if fmt == "html":
        from tracker.report.html import official_page, topic_page

        text = official_page(db, official) if official is not None else topic_page(db, topic or "")
    else:
        from tracker.report.markdown import official_dossier, topic_dossier

        text = official_dossier(db, official) if official is not None else topic_dossier(db, topic or "")
    with atomic_text_file(output) as out:
        out.write(text)
    if output is not None:
        stderr_console().print(f"wrote {output}")
