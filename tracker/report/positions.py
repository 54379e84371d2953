"""Positions by topic in the terminal, and flattened to one row per statement or stance for CSV."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from rich.console import Console
from rich.text import Text

POSITION_COLUMNS = ["topic", "cap_code", "official", "party", "item", "kind", "text", "bill", "stance",
                    "article_published", "article_title", "article_url", "evidence"]


def flatten_positions(groups: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """One record per statement and per bill stance, each with its topic, official and source."""
    for g in groups:
        for o in g["officials"]:
            base = {"topic": g["topic"], "cap_code": g["cap_code"], "official": o["official"], "party": o["party"]}
            for s in o["statements"]:
                yield {**base, "item": "statement", "kind": s["kind"], "text": s["text"], "bill": None,
                       "stance": None, **_source(s)}
            for st in o["stances"]:
                yield {**base, "item": "stance", "kind": None, "text": st["bill_title"],
                       "bill": st["identifier"] or st["bill_title"], "stance": st["stance"], **_source(st)}


def _source(rec: dict[str, Any]) -> dict[str, Any]:
    return {"article_published": rec["article_published"], "article_title": rec["article_title"],
            "article_url": rec["article_url"], "evidence": rec["evidence"]}


def source_line(rec: dict[str, Any]) -> str:
    """'Headline · https://...': which article to cite (its date is printed beside the item)."""
    bits = [rec.get("article_title") or f"untitled article #{rec['article_id']}"]
    if rec.get("article_url"):
        bits.append(rec["article_url"])
    return " · ".join(bits)


def bill_label(st: dict[str, Any]) -> str:
    """"HB 3: Chile roasting safety act", or the title alone for an unnumbered measure."""
    return f"{st['identifier']}: {st['bill_title']}" if st["identifier"] else st["bill_title"]


KIND_LABELS = {"direct_quote": "quote", "indirect": "reported", "qa_answer": "Q&A answer"}


def render_positions(groups: list[dict[str, Any]], console: Console | None = None) -> None:
    """Each topic, most-discussed first; under it each official's statements in date order, then stances.

    Where the query left items out (``*_total`` above what is listed), a dim line says how many.
    """
    console = console or Console()
    if not groups:
        Console(stderr=True).print("[dim]no positions found: ingest articles with statements first[/dim]")
        return
    cut = False
    for g in groups:
        code = f" (CAP {g['cap_code']})" if g["cap_code"] is not None else ""
        console.rule(Text(f"{g['topic']}{code} · {g['statements']:,} statement(s)", style="bold"), align="left")
        lines: list[Text] = []  # printed at once: Rich's per-call cost was most of the command's time
        for o in g["officials"]:
            party = f" ({o['party']})" if o["party"] else ""
            said, did = o.get("statements_total", len(o["statements"])), o.get("stances_total", len(o["stances"]))
            counts = f" · {said:,} statement(s), {did:,} stance(s)" if (said, did) != (
                len(o["statements"]), len(o["stances"])) else ""
            lines.append(Text(f"{o['official']}{party}", style="bold cyan").append(counts, style="dim"))
            cut |= _more(lines, said - len(o["statements"]), "earlier statement(s)")
            for s in o["statements"]:
                line = Text("  ")
                line.append(f"{s['article_published'] or 'undated'} ", style="green")
                line.append(f"[{KIND_LABELS.get(s['kind'], s['kind'])}] ", style="dim")
                line.append(s["text"] if s["kind"] != "direct_quote" else f"“{s['text']}”")
                lines += [line, Text(f"      — {source_line(s)}", style="dim")]
            cut |= _more(lines, did - len(o["stances"]), "earlier stance(s)")
            for st in o["stances"]:
                line = Text("  ")
                line.append(f"{st['article_published'] or 'undated'} ", style="green")
                line.append(f"{st['stance']} ", style="bold magenta")
                line.append(f"{bill_label(st)} ({st['bill_status']})")
                lines += [line, Text(f"      — {source_line(st)}", style="dim")]
        cut |= _more(lines, g.get("officials_total", len(g["officials"])) - len(g["officials"]),
                     "more official(s) on this topic", indent="")
        console.print(Text("\n").join(lines))
        console.print()
    if cut:
        Console(stderr=True).print("[dim]some items left out: use --limit N, --top N, --all, --official NAME, "
                                   "or `tracker export positions` for everything[/dim]")


def _more(lines: list[Text], n: int, what: str, indent: str = "  ") -> bool:
    if n <= 0:
        return False
    lines.append(Text(f"{indent}… {n:,} {what} not shown", style="dim italic"))
    return True
