"""A tracker database with a million statements, built in minutes: ingest a seed corpus for real,
then copy its rows inside SQLite with shifted ids until it is big enough.

Each copy is a new article (its own sha256, url and row ids) carrying the same extracted rows, so
foreign keys, ``statement_topics`` and the full-text index (kept by its insert trigger) stay
consistent with what ``tracker ingest`` would have written for those articles.

With ``--officials`` and ``--bills``, copies of the seed's officials and bills (a numbered name
or title, a new identity) are made until there are that many, and each copied article points at
one set of them, chosen by the copy and the article: so listings face thousands of officials and
tens of thousands of bills, each with its own statements, stances and articles.

    python bench/bigdb.py OUT.db --statements 1000000 [--officials 10000] [--bills 100000]
                                  [--seed-articles 2000]
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TRACKER = Path(sys.executable).with_name("tracker")

# Tables copied per article, with the columns that point at rows that are copied too.
_COPIED = {
    "statements": ("id", "article_id"),
    "official_mentions": ("id", "article_id"),
    "official_offices": ("id", "article_id"),
    "bill_mentions": ("id", "article_id"),
    "bill_stances": ("id", "article_id"),
    "funding": ("id", "article_id"),
}


def write_corpus(path: Path, articles: int, seed: int = 1) -> Path:
    """The benchmark corpus as one JSONL file (cached: the generator is deterministic)."""
    sys.path.insert(0, str(HERE))
    from corpus import corpus

    if not path.exists():
        tmp = path.with_suffix(".tmp")
        with tmp.open("w", encoding="utf-8") as f:
            for doc in corpus(articles, seed):
                f.write(json.dumps(doc, ensure_ascii=False) + "\n")
        tmp.replace(path)
    return path


def _columns(db: Any, table: str) -> list[str]:
    if isinstance(db, sqlite3.Connection):
        return [r[1] for r in db.execute(f'PRAGMA table_info("{table}")')]
    return [r[0] for r in db.execute("SELECT column_name FROM information_schema.columns WHERE table_name = %s "
                                     "AND table_schema = current_schema() ORDER BY ordinal_position", (table,))]


# Columns naming an official or a bill, per copied table (the rest are copied as they are).
_OFFICIAL_OF = {"statements", "official_mentions", "official_offices", "bill_stances", "funding", "statement_topics"}
_BILL_OF = {"bill_mentions", "bill_stances"}


def _copy_people_and_bills(db: Any, officials: int, bills: int) -> tuple[int, int, int, int]:
    """Numbered copies of the seed's officials and bills, as many sets as ``officials`` and ``bills``
    need; returns (official sets, official id step, bill sets, bill id step)."""
    o_step = db.execute("SELECT max(id) FROM officials").fetchone()[0] or 0
    b_step = db.execute("SELECT max(id) FROM bills").fetchone()[0] or 0
    o_sets = max(1, -(-officials // max(1, db.execute("SELECT count(*) FROM officials").fetchone()[0])))
    b_sets = max(1, -(-bills // max(1, db.execute("SELECT count(*) FROM bills").fetchone()[0])))
    db.execute("BEGIN")
    for j in range(1, o_sets):
        db.execute(f"INSERT INTO officials (id, name, party) SELECT id + {j * o_step}, name || ' {j + 1}', party "
                   f"FROM officials WHERE id <= {o_step}")
    bill_cols = _columns(db, "bills")
    for j in range(1, b_sets):
        sel = ", ".join(f"id + {j * b_step}" if c == "id" else
                        f"identity || '#{j}'" if c == "identity" else
                        f"title || ' ({j + 1})'" if c == "title" else f'"{c}"' for c in bill_cols)
        db.execute(f'INSERT INTO bills ({", ".join(bill_cols)}) SELECT {sel} FROM bills WHERE id <= {b_step}')
        db.execute(f"INSERT INTO bill_topics (bill_id, topic_id, rank) SELECT bill_id + {j * b_step}, topic_id, rank "
                   f"FROM bill_topics WHERE bill_id <= {b_step}")
    db.execute("COMMIT")
    return o_sets, o_step, b_sets, b_step


def _set_of(k: int, copies: int, sets: int) -> str:
    """SQL for which set of officials or bills copy ``k`` of an article (``article_id``) points at:
    spread over the copies and, when there are more sets than copies, over the articles of a copy."""
    per_copy = -(-sets // max(1, copies - 1))
    return f"(({(k - 1) * per_copy} + article_id % {per_copy}) % {sets})"


def _connect(where: Path | str) -> Any:
    """An autocommitting connection (explicit BEGIN/COMMIT below): a SQLite file, or a PostgreSQL URL."""
    if isinstance(where, str) and where.startswith("postgresql"):
        import psycopg

        return psycopg.connect(where.replace("postgresql+psycopg://", "postgresql://"), autocommit=True)
    db = sqlite3.connect(where, isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = OFF")
    db.execute("PRAGMA foreign_keys = ON")
    return db


def _multiply(path: Path | str, statements: int, officials: int = 0, bills: int = 0, log: object = None) -> None:
    db = _connect(path)
    base = {t: db.execute(f"SELECT max(id) FROM {t}").fetchone()[0] or 0 for t in ("articles", *_COPIED)}
    base_statements = db.execute("SELECT count(*) FROM statements").fetchone()[0]
    copies = -(-statements // base_statements)  # ceiling
    art_cols = _columns(db, "articles")
    o_sets, o_step, b_sets, b_step = _copy_people_and_bills(db, officials, bills)

    def moved(table: str, c: str) -> str | None:
        if c == "official_id" and table in _OFFICIAL_OF and o_sets > 1:
            return f"official_id + {o_step} * {_set_of(k, copies, o_sets)}"
        if c == "bill_id" and table in _BILL_OF and b_sets > 1:
            return f"bill_id + {b_step} * {_set_of(k, copies, b_sets)}"
        return None

    for k in range(1, copies):
        db.execute("BEGIN")
        a_off = k * base["articles"]
        sel = ", ".join(
            f"id + {a_off}" if c == "id" else
            f"substr(sha256, 1, 58) || ':{k:05d}'" if c == "sha256" else
            f"url || '?copy={k}'" if c == "url" else f'"{c}"' for c in art_cols)
        db.execute(f'INSERT INTO articles ({", ".join(art_cols)}) SELECT {sel} FROM articles '
                   f'WHERE id <= {base["articles"]}')
        for table in _COPIED:
            cols = _columns(db, table)
            off = k * base[table]
            sel = ", ".join(f"id + {off}" if c == "id" else moved(table, c) or
                            (f"article_id + {a_off}" if c == "article_id" else f'"{c}"') for c in cols)
            db.execute(f'INSERT INTO {table} ({", ".join(chr(34) + c + chr(34) for c in cols)}) '
                       f"SELECT {sel} FROM {table} WHERE id <= {base[table]}")
        cols = _columns(db, "statement_topics")
        sel = ", ".join(f"statement_id + {k * base['statements']}" if c == "statement_id" else
                        moved("statement_topics", c) or
                        (f"article_id + {a_off}" if c == "article_id" else f'"{c}"') for c in cols)
        db.execute(f'INSERT INTO statement_topics ({", ".join(chr(34) + c + chr(34) for c in cols)}) '
                   f"SELECT {sel} FROM statement_topics WHERE statement_id <= {base['statements']}")
        db.execute("COMMIT")
        if log and k % 10 == 0:
            print(f"  copy {k}/{copies - 1}", file=sys.stderr)
    db.execute("ANALYZE")
    if isinstance(db, sqlite3.Connection):
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def build(path: Path, statements: int, seed_articles: int = 2000, work: Path | None = None, *,
          officials: int = 0, bills: int = 0) -> dict[str, float]:
    """Build (or reuse) the database at ``path``; returns how long each step took."""
    if path.exists():
        return {"cached": 1.0}
    work = work or path.parent
    corpus_path = write_corpus(work / f"corpus-{seed_articles}.jsonl", seed_articles)
    tmp = path.with_name(path.name + ".building")
    for suffix in ("", "-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    t0 = time.perf_counter()
    env = {**os.environ, "COLUMNS": "100"}
    subprocess.run([str(TRACKER), "--db", str(tmp), "ingest", str(corpus_path)], check=True,
                   env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    t1 = time.perf_counter()
    _multiply(tmp, statements, officials, bills, log=True)
    t2 = time.perf_counter()
    tmp.replace(path)
    return {"seed_ingest_s": t1 - t0, "multiply_s": t2 - t1}


def build_postgres(url: str, statements: int, seed_articles: int = 2000, work: Path | None = None, *,
                   officials: int = 0, bills: int = 0) -> dict[str, float]:
    """The same database in the (empty) PostgreSQL database at ``url``; returns how long each step took."""
    work = work or HERE / "out"
    work.mkdir(exist_ok=True)
    corpus_path = write_corpus(work / f"corpus-{seed_articles}.jsonl", seed_articles)
    t0 = time.perf_counter()
    subprocess.run([str(TRACKER), "--db", url, "ingest", str(corpus_path)], check=True,
                   env={**os.environ, "COLUMNS": "100"}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    t1 = time.perf_counter()
    _multiply(url, statements, officials, bills, log=True)
    return {"seed_ingest_s": t1 - t0, "multiply_s": time.perf_counter() - t1}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", help="a SQLite file to create, or an empty PostgreSQL database's URL")
    ap.add_argument("--statements", type=int, default=1_000_000)
    ap.add_argument("--officials", type=int, default=0, help="at least this many officials (copies of the seed's)")
    ap.add_argument("--bills", type=int, default=0, help="at least this many bills (copies of the seed's)")
    ap.add_argument("--seed-articles", type=int, default=2000)
    args = ap.parse_args()
    if str(args.out).startswith("postgresql"):
        print(build_postgres(str(args.out), args.statements, args.seed_articles, officials=args.officials,
                             bills=args.bills))
        return
    print(build(Path(args.out), args.statements, args.seed_articles, officials=args.officials, bills=args.bills))


if __name__ == "__main__":
    main()
