"""Where a position moved: a stance on a bill that flipped, or statements on a topic that changed direction.

Pure: it takes the date-ordered records of ``tracker.store.history.positions_over_time`` and pairs
each item with the one before it that it contradicts. Statements get their direction from
``tracker.leaning``; a statement without a clear one is passed over, never counted as a move.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from tracker.leaning import leaning

CHANGE_COLUMNS = ["official", "topic", "about", "before", "before_published", "after", "after_published"]


def find_changes(stances: Iterable[dict[str, Any]], statements: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each move, as ``{"official", "topic", "item", "about", "from", "to", "before": record, "after": record}``."""
    out: list[dict[str, Any]] = []
    last: dict[tuple[Any, ...], dict[str, Any]] = {}
    for rec in stances:
        key = ("stance", rec["official"], rec["bill_id"])
        prev = last.get(key)
        if prev is not None and prev["stance"] != rec["stance"]:
            out.append(_change(prev, rec, "stance", f"{rec['bill']}", prev["stance"], rec["stance"]))
        last[key] = rec
    for rec in statements:
        way = leaning(rec["text"])
        if way is None:
            continue
        rec = {**rec, "leaning": way}
        key = ("statement", rec["official"], rec["topic"])
        prev = last.get(key)
        if prev is not None and prev["leaning"] != way:
            out.append(_change(prev, rec, "statement", rec["topic"], prev["leaning"], way))
        last[key] = rec
    out.sort(key=lambda c: (c["official"], c["after"]["article_published"] is None,
                            c["after"]["article_published"] or "", c["after"]["article_id"]))
    return out


def _change(before: dict[str, Any], after: dict[str, Any], item: str, about: str, was: str, now: str) -> dict[str, Any]:
    return {"official": after["official"], "topic": after["topic"], "item": item, "about": about, "from": was,
            "to": now, "before": before, "after": after}


def flatten_changes(changes: Iterable[dict[str, Any]]) -> Iterable[dict[str, Any]]:
    """One CSV row per change, both sides' evidence and dates beside each other."""
    for c in changes:
        yield {"official": c["official"], "topic": c["topic"], "about": f"{c['about']}: {c['from']} -> {c['to']}",
               "before": c["before"]["evidence"], "before_published": c["before"]["article_published"],
               "after": c["after"]["evidence"], "after_published": c["after"]["article_published"]}


def _side(rec: dict[str, Any], way: str) -> Text:
    t = Text()
    t.append(f"{rec['article_published'] or 'undated'} ", style="green")
    t.append(f"{way}\n", style="bold magenta")
    t.append(rec["evidence"])
    t.append(f"\n— {rec.get('article_title') or 'article #' + str(rec['article_id'])}", style="dim")
    if rec.get("article_url"):
        t.append(f" · {rec['article_url']}", style="dim")
    return t


def render_changes(changes: list[dict[str, Any]], console: Console | None = None) -> None:
    """Each change as a row: who, on what, then the earlier and the later source side by side."""
    console = console or Console()
    if not changes:
        Console(stderr=True).print("[dim]no changes of position found[/dim]")
        return
    table = Table(show_lines=True, header_style="bold")
    table.add_column("official / about", ratio=1, overflow="fold")
    table.add_column("before", ratio=3, overflow="fold")
    table.add_column("after", ratio=3, overflow="fold")
    for c in changes:
        what = "stance on " + c["about"] if c["item"] == "stance" else f"statements on {c['about']}"
        table.add_row(Text(f"{c['official']}\n", style="bold cyan").append(what, style="dim"),
                      _side(c["before"], c["from"]), _side(c["after"], c["to"]))
    console.print(table)
