"""``tracker report``: a Markdown dossier on one official or one topic, every item with its source."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tracker.report.dossier import money
from tracker.report.positions import KIND_LABELS, bill_label

if TYPE_CHECKING:
    from tracker.store.db import Database


def _cite(rec: dict[str, Any]) -> str:
    title = (rec.get("article_title") or f"article {rec['article_id']}").replace("]", ")")
    link = f"[{title}]({rec['article_url']})" if rec.get("article_url") else f"*{title}*"
    return f"{rec.get('article_published') or 'undated'}, {link}"


def _quote(text: str) -> str:
    return "\n".join("> " + line for line in " ".join(text.split()).splitlines())


def _statement(s: dict[str, Any]) -> list[str]:
    return [f"- **{KIND_LABELS.get(s['kind'], s['kind'])}**, {_cite(s)}:", "", _quote(s["text"]), ""]


def _stance(st: dict[str, Any]) -> str:
    return f"- **{st['stance']}** {bill_label(st)} ({st['bill_status']}), {_cite(st)}"


def official_dossier(db: Database, name: str) -> str:
    from tracker.store.queries import official_detail, positions

    d = official_detail(db, name)
    lines = [f"# {d['name']}", ""]
    if d.get("party"):
        lines.append(f"Party: {d['party']}  ")
    for o in d["offices"]:
        where = f", {o['jurisdiction']}" if o["jurisdiction"] else ""
        lines.append(f"Office: {o['office']}{where} (as of {o['as_of'] or 'undated'})  ")
    lines += [f"Seen in {d['articles']} article(s), {d['first_seen'] or '?'} to {d['last_seen'] or '?'}; "
              f"{d['statements']} statement(s).", ""]
    for g in positions(db, official=d["name"]):
        lines += [f"## {g['topic']}", ""]
        for o in g["officials"]:
            for s in o["statements"]:
                lines += _statement(s)
            lines += [_stance(st) for st in o["stances"]]
        lines.append("")
    if d["funding"]:
        lines += ["## Funding figures", "", "| date | amount | period | kind | purpose | flag | source |",
                  "|---|---|---|---|---|---|---|"]
        for f in d["funding"]:
            cells = [f["article_published"] or "", money(f["amount"], f["currency"]), f["period"] or "", f["kind"],
                     f["purpose"] or "", f["flag_reason"] or "", _cite(f)]
            lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def topic_dossier(db: Database, topic: str) -> str:
    from tracker.store.queries import find_topic, positions

    t = find_topic(db, topic)
    lines = [f"# {t['name']}", ""]
    groups = positions(db, topic=t["name"])
    if not groups:
        lines.append("No statements on this topic yet.")
    for g in groups:
        for o in g["officials"]:
            party = f" ({o['party']})" if o["party"] else ""
            lines += [f"## {o['official']}{party}", ""]
            for s in o["statements"]:
                lines += _statement(s)
            lines += [_stance(st) for st in o["stances"]]
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"
