"""A deterministic synthetic news corpus for benchmarks and large-batch tests.

Articles mix the patterns real coverage uses: titled officials with parties, quotes with the
speaker before and after, reported speech, Q&A blocks, numbered and unnumbered bills, money
figures and datelines across years. The same seed always gives the same corpus.

    python bench/corpus.py OUT_DIR --articles 10000 [--seed 1] [--jsonl]
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

FIRST = ["Maria", "James", "Linda", "Robert", "Ana", "David", "Karen", "Luis", "Susan", "Michael", "Grace",
         "Daniel", "Nora", "Peter", "Alicia", "Thomas", "Rosa", "Henry", "Julia", "Samuel"]
LAST = ["Alvarez", "Whitfield", "Okafor", "Brennan", "Castillo", "Lindqvist", "Moreau", "Takahashi", "Delgado",
        "Hargrove", "Pemberton", "Ruiz", "Sandoval", "Thornton", "Vasquez", "Wexler", "Yates", "Zamora",
        "Abernathy", "Caldwell", "Dunmore", "Ellery", "Fairbanks", "Galloway", "Holloway", "Iverson"]
OFFICES = [("Gov.", "Governor"), ("Attorney General", "Attorney General"), ("Sen.", "State Senator"),
           ("Rep.", "State Representative"), ("Treasurer", "Treasurer"), ("Mayor", "Mayor")]
STATES = ["New Mexico", "Ohio", "Texas", "Arizona", "Michigan", "Washington", "Colorado", "Oregon"]
PARTIES = [("Democrat", "D"), ("Republican", "R")]
THEMES = [
    ("school funding", "teachers", "classrooms", "students"),
    ("human trafficking", "prosecutors", "victims", "sex offenders"),
    ("water rights", "drought", "rivers", "farmers"),
    ("public records", "transparency", "open meetings", "agencies"),
    ("hospital costs", "Medicaid", "patients", "clinics"),
    ("road repairs", "highways", "bridges", "commuters"),
    ("housing costs", "rent", "tenants", "homeless shelters"),
    ("border security", "asylum seekers", "immigration courts", "families"),
]
VERBS = ["said", "says", "told reporters", "argued", "warned", "noted", "added", "stressed"]


def _person(rng: random.Random) -> dict[str, str]:
    title, office = rng.choice(OFFICES)
    party, letter = rng.choice(PARTIES)
    return {"first": rng.choice(FIRST), "last": rng.choice(LAST), "title": title, "office": office,
            "party": party, "letter": letter, "state": rng.choice(STATES)}


def _money(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"${rng.randint(2, 950)}.{rng.randint(1, 9)} million"
    return f"${rng.randint(10, 990):,},{rng.randint(0, 999):03d}"


def article(i: int, rng: random.Random) -> dict[str, str]:
    """One synthetic article: a dict with title, text, published, outlet, url."""
    a, b = _person(rng), _person(rng)
    theme, t2, t3, t4 = rng.choice(THEMES)
    day = date(2012, 1, 1) + timedelta(days=rng.randint(0, 365 * 12))
    bill = f"{rng.choice(['HB', 'SB', 'House Bill', 'Senate Bill'])} {rng.randint(1, 999)}"
    name_a = f"{a['title']} {a['first']} {a['last']}"
    name_b = f"{b['title']} {b['first']} {b['last']}"
    paras = [
        f"{a['state'].upper()} — {name_a}, a {a['party']}, on {day:%A} called for new rules on {theme}, "
        f"and asked lawmakers for {_money(rng)} to pay for {t2}.",
        f"\u201cWe cannot keep asking {t3} to wait while {t2} go without,\u201d {a['last']} said. "
        f"\u201cThis is about {t4}, and it is about keeping our word.\u201d",
        f"{a['last']} said the state should expand {theme} programs before the next session.",
        f"{name_b} ({b['letter']}-{rng.choice(STATES)}) filed {bill}, which would shift {_money(rng)} "
        f"toward {t2} over two years.",
        f"\u201cThe numbers do not add up,\u201d {b['last']} {rng.choice(VERBS)}, adding that {t3} deserve better.",
        f"The plan would cost {_money(rng)} a year, according to a legislative analysis of {bill}.",
    ]
    if rng.random() < 0.3:
        paras += [
            f"Q: What would {bill} change for {t4}?",
            f"A: It gives {t3} a seat at the table. We have waited long enough on {theme}, and the money is there.",
        ]
    rng.shuffle(paras[2:])
    title = f"{a['last']} pushes {theme} plan as {b['last']} files {bill}"
    text = f"{title}\n\nPublished: {day:%B} {day.day}, {day.year}\n\n" + "\n\n".join(paras) + f"\n\n(article {i})\n"
    return {"title": title, "text": text, "published": day.isoformat(), "outlet": "Synthetic Ledger",
            "url": f"https://example.org/news/{i}"}


def corpus(n: int, seed: int = 1) -> Iterator[dict[str, str]]:
    rng = random.Random(seed)
    for i in range(n):
        yield article(i, rng)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jsonl", action="store_true", help="write one corpus.jsonl instead of .txt files")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.jsonl:
        with (args.out / "corpus.jsonl").open("w", encoding="utf-8") as f:
            for doc in corpus(args.articles, args.seed):
                f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    else:
        for i, doc in enumerate(corpus(args.articles, args.seed)):
            (args.out / f"{i:06d}.txt").write_text(doc["text"], encoding="utf-8")


if __name__ == "__main__":
    main()
