"""Commands that read articles: ingest, extract, reextract."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import typer

from tracker.cli.common import MAX_BYTES, MAX_COUNT, fail, open_database, parse_date, reports_errors, stderr_console
from tracker.cli.progress import progress
from tracker.errors import BadInputError

# Below this many files a progress bar is more noise than help.
_PROGRESS_MIN_FILES = 5


def register(app: typer.Typer) -> None:
    app.command()(ingest)
    app.command()(extract)
    app.command()(reextract)


@reports_errors
def ingest(
    ctx: typer.Context,
    paths: list[str] = typer.Argument(..., help="Files or folders (.txt .md .html .htm .jsonl), or - for stdin."),
    title: str | None = typer.Option(None, help="Title, for a single article."),
    url: str | None = typer.Option(None, help="URL, for a single article."),
    outlet: str | None = typer.Option(None, help="Outlet, for a single article."),
    published: str | None = typer.Option(None, help="Published date YYYY-MM-DD, for a single article."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, max=MAX_COUNT, help="Extract in this many processes."),
    max_bytes: int | None = typer.Option(
        None, min=1, max=MAX_BYTES, metavar="BYTES",
        help="Refuse files (and JSON Lines lines) larger than this many bytes; default 20000000."),
) -> None:
    """Store articles and what they say; the same content twice is skipped."""
    from tracker.pipeline import ArticleMeta, IngestSummary
    from tracker.pipeline import ingest as run_ingest
    from tracker.sources import discover

    meta = ArticleMeta(title=title, url=url, outlet=outlet, published=parse_date(published, "--published"))
    files = [p for p in discover(paths) if isinstance(p, Path)] if any(p != "-" for p in paths) else []
    if meta != ArticleMeta() and (len(paths) > 1 or len(files) > 1 or any(str(f).endswith(".jsonl") for f in files)):
        raise BadInputError("--title/--url/--outlet/--published describe one article",
                            "give a single file or -, or put metadata in a .jsonl file")
    db = open_database(ctx, write=True)
    err = stderr_console()
    summary = IngestSummary()
    # A JSON Lines file holds an unknown number of articles: a counter then, not a bar; stdin: neither.
    total = 0 if not files else None if any(str(f).endswith(".jsonl") for f in files) else len(files)

    try:
        with progress("ingesting", total, at_least=_PROGRESS_MIN_FILES) as advance:

            def report(origin: str, outcome: str, reason: str | None) -> None:
                # Each failure is printed as it happens, so a long batch shows its problems early and an
                # interrupted one has already said what went wrong.
                if reason is not None:
                    print(f"Error: {origin}: {reason}", file=sys.stderr)
                advance()

            run_ingest(db, paths, meta=meta, jobs=jobs, max_bytes=max_bytes, on_item=report, summary=summary)
    except KeyboardInterrupt:
        err.print(f"interrupted: ingested {summary.ingested}, skipped {summary.duplicates} duplicate(s), "
                  f"failed {summary.failed} before stopping; every stored article is complete, so running the "
                  "same command again finishes the batch (stored articles are skipped)", soft_wrap=True)
        raise typer.Exit(130) from None
    edited = f", replaced {summary.updated} edited article(s) (earlier text kept)" if summary.updated else ""
    err.print(f"ingested {summary.ingested}, skipped {summary.duplicates} duplicate(s){edited}, "
              f"failed {summary.failed}")
    if summary.failed:
        raise typer.Exit(1)


def _linker(ctx: typer.Context) -> Callable[..., Any] | None:
    """The roster linker of the database --db / TRACKER_DB names, if that database exists and holds a roster."""
    from tracker.store.location import sqlite_file
    from tracker.store.quick import open_listing

    raw = ctx.obj.get("db") if ctx.obj else None
    path = sqlite_file(raw)
    if path is not None:
        # Looking at one file must not create a database, nor upgrade one: only a SQLite file at
        # this tracker's schema is read.
        opened = open_listing(raw)
        if opened is None:
            return None
        opened[1].close()
    elif raw and ":memory:" in raw:
        return None
    from tracker.store.roster import linker

    return linker(open_database(ctx))


@reports_errors
def extract(
    ctx: typer.Context,
    file: str = typer.Argument(..., help="An article file (.txt .md .html .htm), or - for stdin."),
    as_json: bool = typer.Option(False, "--json", help="Print the extraction document as JSON."),
    explain: bool = typer.Option(False, "--explain", help="Show each item in its sentence, and why."),
) -> None:
    """Print what one article says, without storing it."""
    from tracker.extract import extract as run_extract
    from tracker.sources import SourceFailure, read_path, read_stdin

    items = read_stdin(sys.stdin.buffer) if file == "-" else read_path(Path(file))
    article = next(iter(items), None)
    if article is None or isinstance(article, SourceFailure):
        reason = article.reason if article is not None else "no article found"
        raise fail(f"{file}: {reason}")
    published = article.published.isoformat() if article.published else None
    doc = run_extract(article.text, doc_id=Path(file).stem if file != "-" else None,
                      title=article.title, published=published)
    if as_json and (link := _linker(ctx)) is not None:  # what ingest would store: links, roster offices
        doc = link(doc, article.text, None)
    if as_json:
        print(json.dumps(doc.to_dict(), ensure_ascii=False, indent=1, default=str))
        return
    from tracker.report.explain import render_document

    render_document(article.text, doc, explain=explain)


@reports_errors
def reextract(ctx: typer.Context) -> None:
    """Re-run extraction over every stored article, replacing what extraction stored before."""
    from tracker.extract import extract as run_extract
    from tracker.store.ingest import reextract as run_reextract

    db = open_database(ctx, write=True)
    from tracker.store.roster import linker

    with progress("re-extracting", None) as advance:
        n = run_reextract(db, run_extract, progress=lambda done, total: advance(total=total), link_fn=linker(db))
    stderr_console().print(f"re-extracted {n} article(s)")
