"""One official's timeline in the terminal: per topic, every statement, stance and figure in date order."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from rich.console import Console
from rich.text import Text

from tracker.report.positions import KIND_LABELS, source_line

TIMELINE_COLUMNS = ["topic", "item", "article_published", "what", "sources", "evidence", "article_title",
                    "article_url"]


def _what(rec: dict[str, Any]) -> str:
    if rec["item"] == "statement":
        return KIND_LABELS.get(rec["kind"], rec["kind"])
    if rec["item"] == "stance":
        return f"{rec['stance']} {rec['bill']}"
    period = {"annual": " a year", "one_time": " one-time"}.get(rec["period"] or "", "")
    return f"{rec['kind']} {rec['amount']:,.2f} {rec['currency']}{period}".replace(".00 ", " ")


def flatten_timeline(detail: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for g in detail["topics"]:
        for rec in g["items"]:
            yield {"topic": g["topic"], "item": rec["item"], "article_published": rec["article_published"],
                   "what": _what(rec), "sources": rec["sources"], "evidence": rec["evidence"],
                   "article_title": rec["article_title"], "article_url": rec["article_url"]}


def render_timeline(detail: dict[str, Any], console: Console | None = None) -> None:
    console = console or Console()
    if not detail["topics"]:
        Console(stderr=True).print(f"[dim]nothing stored for {detail['official']}[/dim]")
        return
    console.print(Text(detail["official"], style="bold cyan"))
    for g in detail["topics"]:
        console.rule(Text(f"{g['topic']} · {len(g['items']):,} item(s)", style="bold"), align="left")
        lines: list[Text] = []
        for rec in g["items"]:
            line = Text("  ")
            line.append(f"{rec['article_published'] or 'undated'} ", style="green")
            line.append(f"[{_what(rec)}] ", style="bold magenta" if rec["item"] != "statement" else "dim")
            line.append(rec["evidence"])
            if rec["sources"] > 1:
                line.append(f"  ({rec['sources']} sources)", style="yellow")
            lines += [line, Text(f"      — {source_line(rec)}", style="dim")]
        console.print(Text("\n").join(lines))
