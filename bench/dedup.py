"""What near-duplicate detection costs an ingest into a database of 100,000 articles.

Builds (or reuses) a database of ``--articles`` stored articles: a seed corpus ingested for real,
then copied inside SQLite as ``bench/bigdb.py`` does, each copy with a MinHash signature and LSH
bands of its own (random: unrelated stories), so the band index is as big as 100,000 distinct
articles make it. Then ingests ``--parts`` folders of fresh articles through `tracker ingest`'s own
pipeline (read, decode, repair, extract, store, one transaction each), linking off (the reference)
and on in turn, in the same run on a copy of that database, and prints wall and CPU time per
article of both, and their ratios.

``--stored-dir DIR`` ingests DIR's articles into the database first (once); with ``--fresh-dir`` the
same DIR, every fresh article is a reprint of a stored one (the worst case: every article linked,
its statements, stances and figures all repeats).

    python bench/dedup.py [--articles 100000] [--fresh 400] [--work bench/out] [--fresh-dir DIR]
                          [--stored-dir DIR] [--parts 16]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sqlite3
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


def _fresh_folders(fresh: int, folder: Path | None, run: int, work: Path, parts: int) -> list[Path]:
    """``parts`` folders of .txt articles not stored yet: the synthetic corpus with a new seed, or ``folder``'s."""
    from corpus import corpus

    if folder is not None:
        texts = [f.read_text(encoding="utf-8") for f in sorted(folder.glob("*.txt"))[:fresh]]
    else:
        texts = [d["text"] for d in corpus(fresh, seed=run)]
    out = []
    for p in range(parts):
        d = work / f"fresh-{run}-{p}"
        d.mkdir()
        out.append(d)
    for i, text in enumerate(texts):  # a line of its own, so no text is one already stored
        (out[i % parts] / f"{i:05d}.txt").write_text(f"{text}\n\n(bench run {run}, article {i})\n", encoding="utf-8")
    return out


def store(path: Path, folder: Path) -> None:
    """Ingest ``folder`` into the database at ``path``, linking on, once (a second time stores nothing)."""
    from tracker.pipeline import ingest
    from tracker.store.db import open_db

    db = open_db(f"sqlite:///{path}")
    try:
        ingest(db, [str(folder)], jobs=1, link=True)
    finally:
        db.close()
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # all in the main file, which is what gets copied
    con.close()


def measure(source: Path, fresh: int, folder: Path | None, work: Path, parts: int = 16) -> dict[str, object]:
    """`tracker ingest`'s own pipeline (read, decode, repair, extract, store) over fresh folders,
    linking off and on in turn, on a copy of the database at ``source`` in the same run."""
    from tracker.pipeline import ingest
    from tracker.store.db import open_db

    path = work / "measured.db"
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    shutil.copyfile(source, path)  # each run starts from the same database: earlier runs' articles are not in it
    db = open_db(f"sqlite:///{path}")
    with db.engine.connect() as conn:
        stored = conn.exec_driver_sql("SELECT count(*) FROM articles").scalar()
    folders = _fresh_folders(fresh, folder, int(time.time()), work, parts)
    wall: dict[bool, float] = {False: 0.0, True: 0.0}
    cpu: dict[bool, float] = {False: 0.0, True: 0.0}
    count: dict[bool, int] = {False: 0, True: 0}
    try:
        for n, d in enumerate(folders):
            link = n % 2 == 1
            t0, c0 = time.perf_counter(), time.process_time()
            summary = ingest(db, [str(d)], jobs=1, link=link)
            wall[link] += time.perf_counter() - t0
            cpu[link] += time.process_time() - c0
            count[link] += summary.ingested
    finally:
        db.close()
        for d in folders:
            shutil.rmtree(d)
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)

    def per(v: dict[bool, float], link: bool) -> float:
        return round(v[link] / count[link] * 1000, 2)

    return {"stored_articles": stored, "fresh_articles": sum(count.values()),
            "wall_ms_per_article_without": per(wall, False), "wall_ms_per_article_with": per(wall, True),
            "wall_ratio": round(per(wall, True) / per(wall, False), 3),
            "cpu_ms_per_article_without": per(cpu, False), "cpu_ms_per_article_with": per(cpu, True),
            "cpu_ratio": round(per(cpu, True) / per(cpu, False), 3)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--seed-articles", type=int, default=1000)
    ap.add_argument("--fresh", type=int, default=400)
    ap.add_argument("--work", type=Path, default=HERE / "out")
    ap.add_argument("--fresh-dir", type=Path, help="ingest these .txt articles instead of new synthetic ones")
    ap.add_argument("--stored-dir", type=Path, help="store these .txt articles first (with --fresh-dir DIR: reprints)")
    ap.add_argument("--parts", type=int, default=16, help="folders, linking off and on in turn (default 16)")
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    path = args.work / f"dedup-{args.articles}.db"
    t0 = time.perf_counter()
    build(path, args.articles, args.seed_articles, args.work)
    print(f"database ready in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    if args.stored_dir is not None:
        stored = args.work / f"dedup-{args.articles}-{args.stored_dir.name}.db"
        if not stored.exists():
            tmp = stored.with_name(stored.name + ".building")
            shutil.copyfile(path, tmp)
            store(tmp, args.stored_dir)
            tmp.replace(stored)
        path = stored
    print(json.dumps(measure(path, args.fresh, args.fresh_dir, args.work, args.parts), indent=1))


if __name__ == "__main__":
    main()
