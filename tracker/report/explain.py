"""``tracker extract`` views: a summary of one document, or each item in its sentence with its cue."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from tracker.extract.document import Document
from tracker.extract.sentences import sentences


def _context(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentences around ``[start, end)``: from the sentence holding start to the one holding end."""
    spans = sentences(text, max(0, text.rfind("\n\n", 0, start)), min(len(text), end + 2000))
    lo = next((s for s, e in spans if s <= start < e), start)
    hi = next((e for s, e in spans if s < end <= e), end)
    return lo, max(hi, end)


def _highlighted(text: str, start: int, end: int, limit: int = 600) -> Text:
    lo, hi = _context(text, start, end)
    if hi - lo > limit:  # long answers: show the item's own span, trimmed in the middle
        lo, hi = start, end
    out = Text(text[lo:hi].replace("\n", " "))
    out.stylize("bold yellow", start - lo, end - lo)
    if len(out) > limit:
        out = Text.assemble(out[: limit // 2], Text(" … ", style="dim"), out[-limit // 2:])
    return out


def render_document(text: str, doc: Document, *, explain: bool, console: Console | None = None) -> None:
    console = console or Console()
    console.print(f"[bold]{doc.title or '(no title)'}[/bold]  published: {doc.published or 'unknown'}")
    console.rule("officials")
    for o in doc.officials:
        bits = ", ".join(b for b in (o.office, o.jurisdiction, o.party) if b)
        console.print(f"• [bold]{o.name}[/bold]" + (f" — {bits}" if bits else ""))
    console.rule("statements")
    for s in doc.statements:
        who = s.speaker or f"[red]unattributed[/red] ({s.speaker_text or 'no speaker found'})"
        console.print(f"[bold]{who}[/bold] · {s.kind} · {', '.join(s.topics)}"
                      + (f"  [dim]cue: {s.cue}[/dim]" if explain else ""))
        console.print(_highlighted(text, s.start, s.end) if explain else Text(_trim(s.text)), style=None)
    console.rule("bills")
    for b in doc.bills:
        stances = "; ".join(f"{p.official} {p.stance}" for p in b.positions) or "no stance stated"
        console.print(f"[bold]{b.identifier or '(unnumbered)'}[/bold] {b.title} · {b.status}"
                      f"{' · session ' + b.session if b.session else ''} · {stances}"
                      + (f"  [dim]cue: {b.cue}[/dim]" if explain else ""))
        if explain:
            console.print(_highlighted(text, b.start, b.end))
    console.rule("funding")
    for f in doc.funding:
        flag = f"  [red]flag: {f.flag}[/red]" if f.flag else ""
        console.print(f"[bold]{f.currency} {f.amount:,}[/bold] · {f.kind} · {f.period or 'period unknown'}"
                      f" · {f.purpose or ''} · {f.official or 'no official'}{flag}"
                      + (f"  [dim]cue: {f.cue}[/dim]" if explain else ""))
        if explain:
            console.print(_highlighted(text, f.start, f.end))


def _trim(s: str, n: int = 300) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"
