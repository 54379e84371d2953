#!/usr/bin/env python3
"""Build gold/<id>.json from src/<id>.py specs and check every span against the article."""
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def O(name, office, jur, party=None):
    return {"name": name, "office": office, "jurisdiction": jur, "party": party}


def S(speaker, kind, text, *topics):
    k = {"d": "direct_quote", "i": "indirect", "q": "qa_answer"}[kind]
    return {"speaker": speaker, "kind": k, "text": text, "topics": list(topics)}


def B(ident, title, session, status, positions, evidence):
    return {"identifier": ident, "title": title, "session": session, "status": status,
            "positions": [{"official": o, "stance": s} for o, s in positions], "evidence": evidence}


def F(amount, period, purpose, official, kind, evidence):
    return {"amount": amount, "currency": "USD", "period": period, "purpose": purpose,
            "official": official, "kind": kind, "evidence": evidence}


def build(stem):
    spec = importlib.util.spec_from_file_location(stem, ROOT / "src" / f"{stem}.py")
    mod = importlib.util.module_from_spec(spec)
    mod.__dict__.update(O=O, S=S, B=B, F=F)
    spec.loader.exec_module(mod)
    g = {"id": stem, "title": mod.TITLE, "published": mod.PUBLISHED, "outlet": None,
         "officials": mod.OFFICIALS, "statements": mod.STATEMENTS, "bills": mod.BILLS, "funding": mod.FUNDING}
    art = (ROOT / "articles" / f"{stem}.txt").read_text(encoding="utf-8")
    probs = []
    for s in g["statements"]:
        n = art.count(s["text"])
        if n != 1:
            probs.append(f"statement occurs {n}x: {s['text'][:60]!r}")
    for key in ("bills", "funding"):
        for x in g[key]:
            n = art.count(x["evidence"])
            if n != 1:
                probs.append(f"{key} evidence occurs {n}x: {x['evidence'][:60]!r}")
    # statements must not overlap each other for the same speaker
    spans = sorted((art.find(s["text"]), art.find(s["text"]) + len(s["text"]), s["speaker"]) for s in g["statements"])
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1] and a[2] == b[2]:
            probs.append(f"overlapping statements at {a[0]} and {b[0]}")
    (ROOT / "gold" / f"{stem}.json").write_text(json.dumps(g, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    words = len(art.split())
    print(f"{stem}: {words} words, {len(g['officials'])} off, {len(g['statements'])} st, "
          f"{len(g['bills'])} bills, {len(g['funding'])} fund" + ("".join("\n  !! " + p for p in probs)))


if __name__ == "__main__":
    stems = sys.argv[1:] or sorted(p.stem for p in (ROOT / "src").glob("h*.py"))
    for st in stems:
        build(st)
