"""Who is who: ``roster import|show``, ``relink``, and ``officials`` with its hand corrections."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from tracker.cli.common import MAX_COUNT, emit, open_database, quick_listing, reports_errors, say_cut, stderr_console
from tracker.cli.queries import ALL, CSV, JSON, TABLE_ROWS, shown_rows

app = typer.Typer(help="The Open States people roster: import it, look a person up.", no_args_is_help=True,
                  rich_markup_mode=None)
officials_app = typer.Typer(help="Every official; with a subcommand, correct who is who by hand.",
                            rich_markup_mode=None)


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="roster")
    root.add_typer(officials_app, name="officials")
    root.command()(relink)


@app.command("import")
@reports_errors
def import_(ctx: typer.Context,
            path: Path = typer.Argument(..., help="The Open States people folder (or its data/ folder).")) -> None:
    """Import (or update) the roster: persons with ocd-person ids, other names, parties and dated roles.

    Run it again after pulling a newer roster: changed files are updated, the rest skipped. A file
    that is not a person is named and skipped. Then `tracker relink` links what is stored.
    """
    from tracker.store.roster import import_roster

    result = import_roster(open_database(ctx, write=True), path)
    for file, why in result.skipped:
        print(f"Error: {file}: {why}", file=sys.stderr)
    stderr_console().print(f"roster: inserted {result.inserted}, updated {result.updated}, "
                           f"unchanged {result.unchanged}, skipped {len(result.skipped)}")
    if result.skipped:
        raise typer.Exit(1)


@app.command("show")
@reports_errors
def show(ctx: typer.Context,
         name: str = typer.Argument(..., help="A name (any the person goes by) or an ocd-person id."),
         as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Print the roster persons called NAME, with their parties and dated roles."""
    from dataclasses import asdict

    from tracker.link.linker import role_office
    from tracker.store.roster import find_persons

    persons = find_persons(open_database(ctx), name)
    records = []
    for p in persons:
        rec = asdict(p)
        rec["roles"] = [{**asdict(r), "office": " ".join(x for x in role_office(r)[:2] if x)} for r in p.roles]
        records.append(rec)
    if as_json:
        print(json.dumps(records, default=str, ensure_ascii=False, indent=1))
        return
    for rec in records:
        parties = ", ".join(p["name"] for p in rec["parties"]) or "no party listed"
        print(f"{rec['name']}  {rec['ocd_id']}  ({parties})")
        if rec["other_names"]:
            print(f"  also: {'; '.join(rec['other_names'])}")
        for r in sorted(rec["roles"], key=lambda r: str(r["start"] or r["end"] or ""), reverse=True):
            district = f", district {r['district']}" if r["district"] else ""
            print(f"  {r['start'] or '…'} to {r['end'] or 'now'}: {r['office']}{district}")


@officials_app.callback(invoke_without_command=True)
@reports_errors
def officials(ctx: typer.Context,
              limit: int | None = typer.Option(None, "--limit", "-n", min=1, max=MAX_COUNT,
                                               help=f"At most this many (the table's default: {TABLE_ROWS})."),
              show_all: bool = ALL, as_json: bool = JSON, as_csv: bool = CSV) -> None:
    """List officials by name, with party, roster id (ocd_id), latest office and statement counts.

    The table shows the first 25 unless --limit or --all says otherwise, and says how many are left
    out; --json and --csv print every official unless --limit is given.
    """
    if ctx.invoked_subcommand is not None:
        return
    from tracker.store import listings

    shown = shown_rows(limit, show_all, as_json, as_csv)
    rows, total = quick_listing(ctx, lambda run: (listings.officials(run, limit=shown),
                                                  listings.count_of(run, "officials")))
    emit(rows, ["name", "party", "ocd_id", "office", "jurisdiction", "statements", "first_seen", "last_seen"],
         as_json=as_json, as_csv=as_csv, title="Officials", numbers=("statements",))
    if not (as_json or as_csv):
        say_cut(len(rows), total, "officials", "use --limit N, --all, --json or --csv")


def _done(n: int) -> None:
    stderr_console().print(f"correction stored; re-linked {n} article(s)")


_WHO = typer.Argument(..., help="An official's name or id (tracker officials --json).")


@officials_app.command("link")
@reports_errors
def link(ctx: typer.Context, official: str = _WHO,
         ocd_id: str = typer.Argument(..., help="The roster person: ocd-person/... (tracker roster show NAME)."),
         ) -> None:
    """Link an official to a roster person by hand (kept through relink and reextract)."""
    from tracker.store.corrections import correct

    _done(correct(open_database(ctx, write=True), "link", official, ocd_id=ocd_id))


@officials_app.command("unlink")
@reports_errors
def unlink(ctx: typer.Context, official: str = _WHO) -> None:
    """Undo a link: the official's mentions stay unlinked, under the names the articles wrote."""
    from tracker.store.corrections import correct

    _done(correct(open_database(ctx, write=True), "unlink", official))


@officials_app.command("merge")
@reports_errors
def merge(ctx: typer.Context, official: str = _WHO,
          into: str = typer.Argument(..., help="The official they are the same person as.")) -> None:
    """Make OFFICIAL the same person as INTO ("Obama" into "Barack Obama")."""
    from tracker.store.corrections import correct

    _done(correct(open_database(ctx, write=True), "merge", official, other=into))


@officials_app.command("split")
@reports_errors
def split(ctx: typer.Context, official: str = _WHO,
          article: int = typer.Option(..., "--article", min=1, max=MAX_COUNT,
                                      help="The article id where the name is someone else."),
          new_name: str | None = typer.Option(None, "--as", help="Their name (default: NAME (article N))."),
          ) -> None:
    """Say that OFFICIAL in one article is someone else (two people with one name)."""
    from tracker.store.corrections import correct

    _done(correct(open_database(ctx, write=True), "split", official, article_id=article, new_name=new_name))


@reports_errors
def relink(ctx: typer.Context) -> None:
    """Link every stored article's officials to the roster again (after `roster import` or a newer roster).

    It re-runs extraction too (linking works on what extraction found), keeping hand corrections.
    """
    from tracker.extract import extract
    from tracker.store.ingest import reextract
    from tracker.store.roster import linker

    db = open_database(ctx, write=True)
    n = reextract(db, extract, link_fn=linker(db))
    stderr_console().print(f"re-linked {n} article(s)")
