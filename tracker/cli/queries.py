"""Listing commands: officials, official, statements, positions, bills, funding, topics."""

from __future__ import annotations

import typer

from tracker.cli.common import (
    MAX_COUNT,
    emit,
    open_database,
    parse_date,
    quick_listing,
    reports_errors,
    say_cut,
    stderr_console,
)

JSON = typer.Option(False, "--json", help="Print a JSON array of records.")
CSV = typer.Option(False, "--csv", help="Print CSV with a header row.")

STATEMENT_COLUMNS = ["article_published", "speaker", "kind", "topics", "text", "article_title", "sources"]
STATEMENT_DETAIL = ["attribution", "speaker_text", "article_url", "source_articles"]  # in --json and --csv only


def _with_sources_label(rec: dict) -> dict:
    n = rec["sources"]
    return {**rec, "sources": f"{n} sources" if n > 1 else "1 source"}

# A terminal shows a screenful; --json, --csv and `tracker export` are for everything.
TABLE_ROWS = 25
PER_OFFICIAL = 10
ALL = typer.Option(False, "--all", help="No limits: every matching item (can be very long).")


REVIEWED = typer.Option(False, "--reviewed", help="Only items a person confirmed or corrected (`tracker review`).")


def register(app: typer.Typer) -> None:
    from tracker.cli.review import statement_commands

    for fn in (official, positions, bills, funding, topics):  # `officials` is a group: cli/roster.py
        app.command()(fn)
    # `tracker statements [OPTIONS]` lists; `tracker statements confirm|reject|correct ID` reviews one.
    statement_commands.callback(invoke_without_command=True)(statements)
    app.add_typer(statement_commands, name="statements")


def _table_cut(limit: int | None, show_all: bool, as_json: bool, as_csv: bool) -> bool:
    """Whether a listing shows a terminal's screenful (no --limit, --all, --json or --csv)."""
    return limit is None and not show_all and not (as_json or as_csv)


def shown_rows(limit: int | None, show_all: bool, as_json: bool, as_csv: bool) -> int | None:
    """How many rows a listing shows: a screenful, --limit (a huge one means all), or all (None)."""
    if _table_cut(limit, show_all, as_json, as_csv):
        return TABLE_ROWS
    return None if limit is None or limit >= 2**62 else limit


@reports_errors
def official(ctx: typer.Context, name: str = typer.Argument(..., help="A name, surname or 'AG Surname'."),
             limit: int = typer.Option(PER_OFFICIAL, "--limit", "-n", min=1, max=MAX_COUNT,
                                       help="Show this many of the most recent stances and funding figures."),
             show_all: bool = ALL, as_json: bool = JSON) -> None:
    """One official: offices, party, statements by topic, bill stances, funding figures, first and last seen.

    Stances and funding figures are the most recent --limit of each (JSON too), with their totals;
    `tracker funding --official NAME` and `tracker export` list them all.
    """
    from tracker.report.dossier import render_official
    from tracker.store.queries import official_detail

    detail = official_detail(open_database(ctx), name, limit=None if show_all else limit)
    if as_json:
        emit([detail], [], as_json=True, as_csv=False)
        return
    render_official(detail)
    labels = {"stances": "stances", "funding": "funding figures"}
    cut = [f"{len(detail[k]):,} of {detail[f'{k}_total']:,} {label}" for k, label in labels.items()
           if len(detail[k]) < detail[f"{k}_total"]]
    if cut:
        stderr_console().print(f"[dim]the most recent shown: {' and '.join(cut)}; use --limit N or --all, "
                               "or `tracker funding --official NAME`[/dim]")


def parse_attributions(values: list[str] | None) -> tuple[str, ...] | None:
    """The --attribution values, checked: repeated options and comma-separated lists both work."""
    from tracker.choices import ATTRIBUTIONS
    from tracker.errors import BadInputError

    if not values:
        return None
    ways = tuple(dict.fromkeys(w.strip() for v in values for w in v.split(",") if w.strip()))
    bad = [w for w in ways if w not in ATTRIBUTIONS]
    if bad or not ways:
        raise BadInputError(f"--attribution {(bad or values)[0]!r} is not a way of attributing",
                            f"use one or more of {', '.join(ATTRIBUTIONS)}")
    return ways


@reports_errors
def statements(
    ctx: typer.Context,
    official: str | None = typer.Option(None, "--official", "-o", help="Only this official."),
    topic: str | None = typer.Option(None, "--topic", "-t", help="Only this topic."),
    kind: str | None = typer.Option(None, "--kind", help="direct_quote, indirect or qa_answer."),
    attribution: list[str] | None = typer.Option(
        None, "--attribution", "-a",
        help="Only statements tied to their speaker this way: explicit, several, pronoun, continuation or "
             "interview (repeat or comma-separate for several; 'explicit' leaves out the less certain ones)."),
    since: str | None = typer.Option(None, help="Published on or after YYYY-MM-DD."),
    until: str | None = typer.Option(None, help="Published on or before YYYY-MM-DD."),
    search: str | None = typer.Option(None, "--search", "-s", help="Full-text search in the statement text."),
    limit: int | None = typer.Option(None, min=1, max=MAX_COUNT,
                                     help=f"At most this many (the table's default: {TABLE_ROWS})."),
    show_all: bool = ALL,
    reviewed: bool = REVIEWED,
    as_json: bool = JSON,
    as_csv: bool = CSV,
) -> None:
    """Statements, in date order, filtered by official, topic, kind, dates and words.

    A quote reported by several articles is listed once, with how many sources report it (--json
    lists them in source_articles). The table shows the first 25 unless --limit or --all says
    otherwise; --json and --csv print every match unless --limit is given. `tracker statements
    confirm|reject|correct ID` records a review of one statement.
    """
    if ctx.invoked_subcommand is not None:
        return
    from tracker.choices import STATEMENT_KINDS
    from tracker.errors import BadInputError
    from tracker.store.queries import list_statements

    if kind is not None and kind not in STATEMENT_KINDS:
        raise BadInputError(f"--kind {kind!r} is not a statement kind", f"use one of {', '.join(STATEMENT_KINDS)}")
    ways = parse_attributions(attribution)
    table_cut = limit is None and not show_all and not (as_json or as_csv)
    rows = list_statements(open_database(ctx), official=official, topic=topic, kind=kind, attribution=ways,
                           since=parse_date(since, "--since"), until=parse_date(until, "--until"),
                           search=search, limit=TABLE_ROWS + 1 if table_cut else limit, reviewed=reviewed)
    if not (as_json or as_csv):
        rows = (_with_sources_label(r) for r in rows)
    if table_cut:
        shown = list(rows)
        emit(shown[:TABLE_ROWS], STATEMENT_COLUMNS, as_json=False, as_csv=False, title="Statements", wide=("text",))
        if len(shown) > TABLE_ROWS:
            stderr_console().print(f"[dim]the first {TABLE_ROWS} shown; more match: use --limit N, --all, --json, "
                                   "--csv or `tracker export statements`[/dim]")
        return
    if as_csv:
        rows = ({**r, "source_articles": "; ".join(a["url"] or a["title"] or str(a["article_id"])
                                                   for a in r["source_articles"])} for r in rows)
    emit(rows, [*STATEMENT_COLUMNS, *STATEMENT_DETAIL] if as_csv or as_json else STATEMENT_COLUMNS,
         as_json=as_json, as_csv=as_csv, title="Statements", wide=("text",))


@reports_errors
def positions(
    ctx: typer.Context,
    topic: str | None = typer.Option(None, "--topic", "-t", help="Only this topic."),
    official: str | None = typer.Option(None, "--official", "-o", help="Only this official."),
    limit: int = typer.Option(PER_OFFICIAL, "--limit", "-n", min=1, max=MAX_COUNT,
                              help="Per official and topic, this many of the most recent statements and stances."),
    top: int = typer.Option(PER_OFFICIAL, "--top", min=1, max=MAX_COUNT,
                            help="Per topic, this many of the most-quoted officials."),
    show_all: bool = ALL,
    as_json: bool = JSON,
    as_csv: bool = CSV,
) -> None:
    """Positions by topic: each official's statements in date order, and their stances on bills.

    A topic can hold hundreds of thousands of statements, so each topic shows its --top
    most-quoted officials and each of them their --limit most recent statements and stances, with
    how many there are in all. --json and --csv obey the same limits and carry the totals
    (statements_total, stances_total, officials_total); --all lifts them, and
    `tracker export positions` always writes everything.
    """
    from tracker.report.positions import flatten_positions, render_positions
    from tracker.store.queries import positions as query_positions

    groups = query_positions(open_database(ctx), topic=topic, official=official,
                             limit=None if show_all else limit, officials=None if show_all else top)
    if as_json:
        emit(groups, [], as_json=True, as_csv=False)
    elif as_csv:
        from tracker.report.positions import POSITION_COLUMNS

        emit(flatten_positions(groups), POSITION_COLUMNS, as_json=False, as_csv=True)
    else:
        render_positions(groups)


WIDE = typer.Option(False, "--wide", help="Every column; the default table fits an 80-column terminal.")
BILL_COLUMNS = ["identifier", "title", "jurisdiction", "session", "status", "supporters", "opponents", "articles"]


@reports_errors
def bills(ctx: typer.Context,
          limit: int | None = typer.Option(None, "--limit", "-n", min=1,
                                           help=f"At most this many (the table's default: {TABLE_ROWS})."),
          show_all: bool = ALL, wide: bool = WIDE, as_json: bool = JSON, as_csv: bool = CSV) -> None:
    """Bills and measures, latest seen first, with status and each official's stance.

    The table shows the latest 25 unless --limit or --all says otherwise, and says how many are left
    out; --json and --csv print every bill unless --limit is given.
    """
    from tracker.store import listings

    shown = shown_rows(limit, show_all, as_json, as_csv)
    rows, total = quick_listing(ctx, lambda run: (listings.bills(run, limit=shown), listings.count_of(run, "bills")))
    if as_json or as_csv:
        emit(rows, BILL_COLUMNS, as_json=as_json, as_csv=as_csv)
        return
    columns = [*BILL_COLUMNS, "first_seen", "last_seen"] if wide else \
        ["identifier", "title", "status", "supporters", "opponents", "articles"]
    emit(rows, columns, as_json=False, as_csv=False, title="Bills", wide=("title",), numbers=("articles",))
    say_cut(len(rows), total, "bills (the latest seen)", "use --limit N, --all, --json or --csv")


FUNDING_COLUMNS = ["article_published", "official", "amount", "currency", "period", "kind", "role", "purpose",
                   "flag_reason", "evidence"]


@reports_errors
def funding(
    ctx: typer.Context,
    official: str | None = typer.Option(None, "--official", "-o", help="Only this official."),
    kind: str | None = typer.Option(
        None, "--kind", help="request, appropriation, budget, grant, cost, ...; campaign lists campaign money, "
                             "which is never in public totals."),
    by: str | None = typer.Option(None, "--by", help="Totals only, rolled up by topic, year or official."),
    reviewed: bool = REVIEWED,
    limit: int | None = typer.Option(None, "--limit", "-n", min=1, max=MAX_COUNT,
                                     help=f"At most this many, the most recent (the table's default: {TABLE_ROWS})."),
    show_all: bool = ALL,
    wide: bool = WIDE,
    as_json: bool = JSON,
    as_csv: bool = CSV,
) -> None:
    """Public money figures, with totals that count each sum once, and figures whose arithmetic does not add up.

    A part of a stated total, a per-unit figure and the same official's sum repeated in a later article
    are listed (role part, unit, repeat) but not added again; one-time and annual money are totalled apart.
    The table shows the 25 most recent figures unless --limit or --all says otherwise, and says how
    many are left out; the totals count every figure. --json and --csv print every figure unless
    --limit is given.
    """
    from tracker.choices import FUNDING_KINDS
    from tracker.errors import BadInputError
    from tracker.store.funding_sums import ROLLUPS
    from tracker.store.queries import count_funding, funding_totals, list_funding

    if kind is not None and kind not in FUNDING_KINDS:
        raise BadInputError(f"--kind {kind!r} is not a funding kind", f"use one of {', '.join(FUNDING_KINDS)}")
    if by is not None and by not in ROLLUPS:
        raise BadInputError(f"--by {by!r} is not a rollup", f"use one of {', '.join(ROLLUPS)}")
    db = open_database(ctx)
    if by is not None:
        emit(funding_totals(db, official=official, kind=kind, by=by, reviewed=reviewed),
             [by, "period", "currency", "count", "uncounted", "total", "flagged"], as_json=as_json, as_csv=as_csv,
             title=f"Totals by {by} (each sum counted once)", numbers=("count", "uncounted", "total"))
        return
    cut = _table_cut(limit, show_all, as_json, as_csv)
    rows = list_funding(db, official=official, kind=kind, reviewed=reviewed,
                        latest=shown_rows(limit, show_all, as_json, as_csv))
    if as_json or as_csv:
        emit(rows, [*FUNDING_COLUMNS, "id", "part_of", "repeat_of", "counted", "topic", "year", "article_title",
                    "article_url"], as_json=as_json, as_csv=as_csv)
        return
    listed = [{**r, "date": r["article_published"]} for r in rows]
    columns = FUNDING_COLUMNS if wide else ["date", "official", "amount", "currency", "kind", "purpose"]
    emit(listed, columns, as_json=False, as_csv=False, title="Funding figures", wide=("purpose", "evidence"),
         numbers=("amount",))
    if not listed:
        return
    say_cut(len(listed), len(listed) if not cut else count_funding(db, official=official, kind=kind),
            "figures (the most recent)", "use --limit N, --all, --json or --csv")
    # A screenful totals the officials whose figures it shows; --all totals every official.
    shown = sorted({r["official"] for r in listed}, key=lambda n: (n is None, n or "")) if cut else None
    totals = funding_totals(db, official=official, kind=kind, reviewed=reviewed, officials=shown)
    emit(totals, ["official", "kind", "period", "currency", "count", "uncounted", "total"], as_json=False,
         as_csv=False, title="Totals by official, kind and period (each sum counted once)",
         numbers=("count", "uncounted", "total"))
    if cut:
        stderr_console().print("[dim]totals for the officials shown; use --all, or `tracker funding --by official`, "
                               "for every official[/dim]")


@reports_errors
def topics(ctx: typer.Context, as_json: bool = JSON, as_csv: bool = CSV) -> None:
    """The topic taxonomy (Comparative Agendas Project major topics) with statement counts."""
    from tracker.store import listings

    emit(quick_listing(ctx, listings.topics), ["cap_code", "name", "statements"], as_json=as_json, as_csv=as_csv,
         title="Topics")
