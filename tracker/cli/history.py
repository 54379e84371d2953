"""Positions over time: `tracker timeline OFFICIAL` and `tracker changes`."""

from __future__ import annotations

import typer

from tracker.cli.common import emit, open_database, reports_errors

JSON = typer.Option(False, "--json", help="Print JSON.")
CSV = typer.Option(False, "--csv", help="Print CSV with a header row.")


def register(app: typer.Typer) -> None:
    for fn in (timeline, changes):
        app.command()(fn)


@reports_errors
def timeline(ctx: typer.Context, official: str = typer.Argument(..., help="A name, surname or 'AG Surname'."),
             topic: str | None = typer.Option(None, "--topic", "-t", help="Only this topic."),
             as_json: bool = JSON, as_csv: bool = CSV) -> None:
    """One official's statements, bill stances and money figures in date order, grouped by topic.

    A quote or figure several articles report is one item, with how many sources report it.
    --json prints {"official", "topics": [{"topic", "items": [...]}]}; --csv one row per item.
    """
    from tracker.report.timeline import TIMELINE_COLUMNS, flatten_timeline, render_timeline
    from tracker.store.history import timeline as query_timeline

    detail = query_timeline(open_database(ctx), official, topic=topic)
    if as_json or as_csv:
        emit([detail] if as_json else flatten_timeline(detail), TIMELINE_COLUMNS, as_json=as_json, as_csv=as_csv)
        return
    render_timeline(detail)


@reports_errors
def changes(ctx: typer.Context,
            official: str | None = typer.Option(None, "--official", "-o", help="Only this official."),
            topic: str | None = typer.Option(None, "--topic", "-t", help="Only this topic."),
            as_json: bool = JSON, as_csv: bool = CSV) -> None:
    """Where a position moved: an official's stance on a bill that flipped, or their statements on a topic
    that went from supporting to opposing (or back), with both sources side by side.

    A statement's direction comes from plain cue words (support, back, oppose, against, ..., with
    "not" turning them round); statements without a clear one are passed over.
    """
    from tracker.report.changes import CHANGE_COLUMNS, find_changes, flatten_changes, render_changes
    from tracker.store.history import positions_over_time

    found = find_changes(*positions_over_time(open_database(ctx), official=official, topic=topic))
    if as_json or as_csv:
        emit(found if as_json else flatten_changes(found), CHANGE_COLUMNS, as_json=as_json, as_csv=as_csv)
        return
    render_changes(found)
