"""``tracker official NAME`` in the terminal: who they are, what they talk about, bills and money."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from tracker.report.positions import source_line


def money(amount: Any, currency: str = "USD") -> str:
    text = f"{amount:,.2f}".removesuffix(".00")
    return f"${text}" if currency == "USD" else f"{currency} {text}"


def render_official(d: dict[str, Any], console: Console | None = None) -> None:
    console = console or Console()
    console.print(Text(d["name"], style="bold"), Text(f"({d['party']})" if d.get("party") else "", style="cyan"))
    seen = f"seen in {d['articles']} article(s), {d['first_seen'] or '?'} to {d['last_seen'] or '?'}"
    console.print(Text(seen, style="dim"))
    if d.get("aliases"):
        console.print(Text("also written: " + ", ".join(d["aliases"]), style="dim"))
    if d["offices"]:
        t = Table(title="Offices", header_style="bold")
        for c in ("office", "jurisdiction", "as of", "articles"):
            t.add_column(c)
        for o in d["offices"]:
            t.add_row(o["office"], o["jurisdiction"] or "", o["as_of"] or "", str(o["articles"]))
        console.print(t)
    t = Table(title=f"Statements by topic ({d['statements']} in all)", header_style="bold")
    t.add_column("topic")
    t.add_column("statements", justify="right")
    for r in d["statements_by_topic"]:
        t.add_row(r["topic"], str(r["statements"]))
    console.print(t)
    if d["stances"]:
        t = Table(title="Bill stances", header_style="bold")
        for c in ("date", "stance", "bill", "status", "source"):
            t.add_column(c, overflow="fold")
        for s in d["stances"]:
            t.add_row(s["article_published"] or "", s["stance"], s["identifier"] or s["bill_title"], s["bill_status"],
                      source_line(s))
        console.print(t)
    if d["funding"]:
        t = Table(title="Funding figures", header_style="bold")
        for c in ("date", "amount", "period", "kind", "purpose", "flag"):
            t.add_column(c, overflow="fold")
        for f in d["funding"]:
            t.add_row(f["article_published"] or "", money(f["amount"], f["currency"]), f["period"] or "", f["kind"],
                      f["purpose"] or "", f["flag_reason"] or "")
        console.print(t)
