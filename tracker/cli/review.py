"""Review by hand: `tracker review` walks unreviewed items; confirm, reject and correct for scripts."""

from __future__ import annotations

from typing import Any

import typer

from tracker.cli.common import MAX_COUNT, emit, open_database, reports_errors, stderr_console, stdout_console

ITEM = typer.Option(None, "--item", help="Only statement, stance or funding items.")
REASON = typer.Option(None, "--reason", help="Why, in your words (kept with the verdict).")
SPEAKER = typer.Option(None, "--speaker", help="The right speaker or official (full name).")
TOPIC = typer.Option(None, "--topic", help="The right main topic of a statement (see `tracker topics`).")
STANCE = typer.Option(None, "--stance", help="The right stance on the bill: supports or opposes.")
AMOUNT = typer.Option(None, "--amount", help="The right amount of a money figure, e.g. 183994.")

app = typer.Typer(invoke_without_command=True, no_args_is_help=False, rich_markup_mode=None)


def register(parent: typer.Typer) -> None:
    parent.add_typer(app, name="review")


@app.callback()
@reports_errors
def review(ctx: typer.Context, item: str | None = ITEM,
           limit: int | None = typer.Option(None, "--limit", min=1, max=MAX_COUNT, help="At most this many items."),
           as_json: bool = typer.Option(False, "--json", help="Print the unreviewed items as JSON and stop.")) -> None:
    """Review extracted items by hand; verdicts survive `tracker reextract`.

    With no command, walk the unreviewed statements, stances and figures one at a time: [c]onfirm,
    [r]eject, [e]dit (correct speaker, topic, stance or amount), [s]kip or [q]uit. With --json,
    print them instead: their `item` and `id` are what `tracker review confirm|reject|correct ITEM
    ID` take.
    """
    if ctx.invoked_subcommand is not None:
        return
    from tracker.store.review import pending

    _check_item(item)
    db = open_database(ctx, write=True)
    items = pending(db, item=item, limit=limit)
    if as_json:
        emit(items, [], as_json=True, as_csv=False)
        return
    if not items:
        stderr_console().print("nothing left to review")
        return
    done = {"confirmed": 0, "rejected": 0, "corrected": 0, "skipped": 0}
    for n, rec in enumerate(items, 1):
        _show(rec, n, len(items))
        verdict = _ask(db, rec)
        if verdict is None:
            break
        done[verdict] += 1
    stderr_console().print(", ".join(f"{k} {v}" for k, v in done.items()))


def _check_item(item: str | None) -> None:
    from tracker.choices import REVIEW_ITEMS
    from tracker.errors import BadInputError

    if item is not None and item not in REVIEW_ITEMS:
        raise BadInputError(f"--item {item!r} is not something to review", f"use one of {', '.join(REVIEW_ITEMS)}")


def _show(rec: dict[str, Any], n: int, total: int) -> None:
    from rich.markup import escape

    out = stdout_console()
    out.print(f"\n[bold]{n}/{total}[/bold]  {rec['item']} {rec['id']}  "
              f"[dim]{escape(rec.get('article_title') or '')} ({rec.get('article_published') or 'undated'})[/dim]")
    out.print(f"  speaker: {escape(rec.get('speaker') or '(unknown)')}")
    if rec["item"] == "statement":
        out.print(f"  topics:  {escape(', '.join(rec['topics']) or '(none)')}")
    elif rec["item"] == "stance":
        out.print(f"  stance:  {rec['stance']} {escape(rec.get('bill') or '')} {escape(rec.get('bill_title') or '')}")
    else:
        out.print(f"  amount:  {rec['amount']:,} {rec['currency']} ({rec['kind']})")
    out.print(f"  text:    {escape(rec['evidence'])}")


def _ask(db: Any, rec: dict[str, Any]) -> str | None:
    from tracker.errors import TrackerError
    from tracker.store.review import CORRECTABLE, record

    while True:
        choice = typer.prompt("[c]onfirm [r]eject [e]dit [s]kip [q]uit", default="s").strip().lower()[:1]
        if choice == "q":
            return None
        if choice == "s":
            return "skipped"
        try:
            if choice == "c":
                record(db, rec["item"], rec["id"], "confirmed")
                return "confirmed"
            if choice == "r":
                reason = typer.prompt("reason", default="", show_default=False)
                record(db, rec["item"], rec["id"], "rejected", reason=reason or None)
                return "rejected"
            if choice == "e":
                values = {}
                for field in CORRECTABLE[rec["item"]]:
                    now = rec.get("speaker") if field == "speaker" else (
                        (rec.get("topics") or [None])[0] if field == "topic" else rec.get(field))
                    given = typer.prompt(f"{field}", default=str(now) if now is not None else "",
                                         show_default=now is not None).strip()
                    if given and given != (str(now) if now is not None else ""):
                        values[field] = given
                if not values:
                    stderr_console().print("nothing changed")
                    continue
                reason = typer.prompt("reason", default="", show_default=False)
                record(db, rec["item"], rec["id"], "corrected", reason=reason or None, **values)
                return "corrected"
        except TrackerError as e:  # a wrong topic or amount: say so and ask again
            stderr_console().print(f"Error: {e}")
            continue
        stderr_console().print("type c, r, e, s or q")


def _verdict(ctx: typer.Context, item: str, item_id: int, verdict: str, as_json: bool, **values: Any) -> None:
    from tracker.store.review import record

    _check_item(item)
    done = record(open_database(ctx, write=True), item, item_id, verdict, **values)
    if as_json:
        emit([done], [], as_json=True, as_csv=False)
    else:
        stderr_console().print(f"{item} {item_id}: {verdict}")


JSON = typer.Option(False, "--json", help="Print the stored verdict as JSON.")


@app.command()
@reports_errors
def confirm(ctx: typer.Context, item: str = typer.Argument(..., help="statement, stance or funding."),
            item_id: int = typer.Argument(..., min=1, max=MAX_COUNT, help="Its id (in `--json` listings)."),
            reason: str | None = REASON, as_json: bool = JSON) -> None:
    """Mark one item as checked and right."""
    _verdict(ctx, item, item_id, "confirmed", as_json, reason=reason)


@app.command()
@reports_errors
def reject(ctx: typer.Context, item: str = typer.Argument(..., help="statement, stance or funding."),
           item_id: int = typer.Argument(..., min=1, max=MAX_COUNT, help="Its id (in `--json` listings)."),
           reason: str | None = REASON, as_json: bool = JSON) -> None:
    """Mark one item as wrong: it leaves every listing, export and count, and stays out after `reextract`."""
    _verdict(ctx, item, item_id, "rejected", as_json, reason=reason)


@app.command()
@reports_errors
def correct(ctx: typer.Context, item: str = typer.Argument(..., help="statement, stance or funding."),
            item_id: int = typer.Argument(..., min=1, max=MAX_COUNT, help="Its id (in `--json` listings)."),
            speaker: str | None = SPEAKER, topic: str | None = TOPIC, stance: str | None = STANCE,
            amount: str | None = AMOUNT, reason: str | None = REASON, as_json: bool = JSON) -> None:
    """Correct one item's speaker, topic (statements), stance (stances) or amount (figures)."""
    _verdict(ctx, item, item_id, "corrected", as_json, speaker=speaker, topic=topic, stance=stance, amount=amount,
             reason=reason)


# `tracker statements confirm|reject|correct ID`: the same, for statements.
statement_commands = typer.Typer(rich_markup_mode=None)


STATEMENT_ID = typer.Argument(..., min=1, max=MAX_COUNT, help="The statement's id.")


@statement_commands.command("confirm")
@reports_errors
def confirm_statement(ctx: typer.Context, item_id: int = STATEMENT_ID,
                      reason: str | None = REASON, as_json: bool = JSON) -> None:
    """Mark a statement as checked and right."""
    _verdict(ctx, "statement", item_id, "confirmed", as_json, reason=reason)


@statement_commands.command("reject")
@reports_errors
def reject_statement(ctx: typer.Context, item_id: int = STATEMENT_ID,
                     reason: str | None = REASON, as_json: bool = JSON) -> None:
    """Mark a statement as wrong: it leaves listings and counts, also after `reextract`."""
    _verdict(ctx, "statement", item_id, "rejected", as_json, reason=reason)


@statement_commands.command("correct")
@reports_errors
def correct_statement(ctx: typer.Context, item_id: int = STATEMENT_ID,
                      speaker: str | None = SPEAKER, topic: str | None = TOPIC, reason: str | None = REASON,
                      as_json: bool = JSON) -> None:
    """Correct a statement's speaker or main topic."""
    _verdict(ctx, "statement", item_id, "corrected", as_json, speaker=speaker, topic=topic, reason=reason)
