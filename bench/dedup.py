"""What near-duplicate detection costs an ingest into a database of 100,000 articles.

Builds (or reuses) a database of ``--articles`` stored articles: a seed corpus ingested for real,
then copied inside SQLite as ``bench/bigdb.py`` does, each copy with a MinHash signature and LSH
bands of its own (random: unrelated stories), so the band index is as big as 100,000 distinct
articles make it. Then ingests fresh articles, each extracted and stored exactly as `tracker
ingest` does, with linking off (the reference) and on for every other one, in the same run on the
same database, and prints both CPU times per article and their ratio.

    python bench/dedup.py [--articles 100000] [--fresh 400] [--work bench/out] [--fresh-dir DIR]
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bigdb import _multiply, write_corpus  # noqa: E402


def _sign_copies(path: Path, seed: int = 7) -> None:
    """Random signatures and bands for every article without one (the copies), as distinct stories have."""
    from tracker.store.dedup import BINS, band_keys, pack

    rng = random.Random(seed)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA synchronous = OFF")
    # A copy stands for another story: its quotes get words of their own (a text_key of their own),
    # else each of the corpus's quotes would be said word for word in a hundred stored articles.
    db.execute("UPDATE statements SET same_as = NULL, text_key = lower(hex(randomblob(8))), "
               "head_key = lower(hex(randomblob(8))) "
               "WHERE article_id NOT IN (SELECT article_id FROM article_signatures)")
    db.execute("UPDATE articles SET duplicate_of = NULL, similarity = NULL "
               "WHERE id NOT IN (SELECT article_id FROM article_signatures)")
    ids = [i for (i,) in db.execute("SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM "
                                    "article_signatures) ORDER BY id")]
    db.execute("BEGIN")
    for i in range(0, len(ids), 5000):
        sigs, bands = [], []
        for aid in ids[i:i + 5000]:
            sig = [rng.getrandbits(32) % 0xFFFFFFFF for _ in range(BINS)]
            sigs.append((aid, pack(sig)))
            bands += [(k, aid) for k in band_keys(sig)]
        db.executemany("INSERT INTO article_signatures (article_id, minhash) VALUES (?, ?)", sigs)
        db.executemany("INSERT OR IGNORE INTO article_bands (key, article_id) VALUES (?, ?)", bands)
    db.execute("COMMIT")
    db.execute("ANALYZE")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def build(path: Path, articles: int, seed_articles: int, work: Path) -> None:
    if path.exists():
        return
    import os
    import subprocess

    corpus = write_corpus(work / f"corpus-{seed_articles}.jsonl", seed_articles)
    tmp = path.with_name(path.name + ".building")
    for suffix in ("", "-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    tracker = Path(sys.executable).with_name("tracker")
    subprocess.run([str(tracker), "--db", str(tmp), "ingest", str(corpus)], check=True,
                   env={**os.environ, "COLUMNS": "100"}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    con = sqlite3.connect(tmp)
    per_article = con.execute("SELECT count(*) FROM statements").fetchone()[0] / seed_articles
    con.close()
    _multiply(tmp, int(articles * per_article), log=True)
    _sign_copies(tmp)
    tmp.replace(path)


def _fresh_docs(fresh: int, folder: Path | None, run: int) -> list[dict[str, str]]:
    """Articles not stored yet: the synthetic corpus with a new seed, or the .txt files of ``folder``."""
    from corpus import corpus

    if folder is not None:
        files = sorted(folder.glob("*.txt"))[:fresh]
        docs = [{"text": f.read_text(encoding="utf-8"), "title": f.stem} for f in files]
    else:
        docs = list(corpus(fresh, seed=run))
    for i, d in enumerate(docs):  # new urls and texts, or each would be an edited version or a copy of a stored one
        d["url"] = f"https://bench.example/{run}/{i}"
        d["text"] = d["text"] + f"\n\n(bench run {run}, article {i})\n"
    return docs


def measure(path: Path, fresh: int, folder: Path | None = None) -> dict[str, object]:
    from tracker.extract import extract
    from tracker.store.db import open_db
    from tracker.store.ingest import store_article

    db = open_db(f"sqlite:///{path}")
    stored = db.engine.connect().exec_driver_sql("SELECT count(*) FROM articles").scalar()
    docs = _fresh_docs(fresh, folder, int(time.time()))
    # CPU seconds of this process (the machine is shared, so wall time is noisy), per article:
    # extraction, then storing; linking on for every other article, so both see the same database.
    extract_s: list[float] = []
    store_s: dict[bool, list[float]] = {False: [], True: []}
    for n, d in enumerate(docs):
        link = n % 2 == 1
        t0 = time.process_time()
        doc = extract(d["text"], doc_id=d["url"], title=d.get("title"), published=d.get("published"))
        t1 = time.process_time()
        store_article(db, text=d["text"], title=d.get("title"), url=d["url"], outlet=d.get("outlet"), doc=doc,
                      link=link)
        t2 = time.process_time()
        extract_s.append(t1 - t0)
        store_s[link].append(t2 - t1)
    db.close()
    ext = statistics.mean(extract_s) * 1000
    off, on = statistics.mean(store_s[False]) * 1000, statistics.mean(store_s[True]) * 1000
    return {"stored_articles": stored, "fresh_articles": len(docs), "extract_ms": round(ext, 2),
            "store_ms_without_linking": round(off, 2), "store_ms_with_linking": round(on, 2),
            "ingest_ms_without": round(ext + off, 2), "ingest_ms_with": round(ext + on, 2),
            "ratio": round((ext + on) / (ext + off), 3)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--seed-articles", type=int, default=1000)
    ap.add_argument("--fresh", type=int, default=400)
    ap.add_argument("--work", type=Path, default=HERE / "out")
    ap.add_argument("--fresh-dir", type=Path, help="ingest these .txt articles instead of new synthetic ones")
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    path = args.work / f"dedup-{args.articles}.db"
    t0 = time.perf_counter()
    build(path, args.articles, args.seed_articles, args.work)
    print(f"database ready in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    print(json.dumps(measure(path, args.fresh, args.fresh_dir), indent=1))


if __name__ == "__main__":
    main()
