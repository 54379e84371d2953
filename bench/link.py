"""What the roster costs: import time, and linking's share of ingest.

    python bench/link.py ROSTER_DIR CORPUS [--repeat 3]

ROSTER_DIR is the Open States people folder (../shared/data/openstates-people); CORPUS a folder
of articles or a .jsonl file. Prints, with CPU time beside wall time (a busy machine stretches
wall time):

1. `roster import` of the whole roster into an empty database, then again (nothing changed).
2. Ingest of CORPUS (`tracker.pipeline.ingest`, one process) into an empty database, and into a
   copy of the database holding the roster: the same-run reference and the ratio.
3. Linking alone: the ingest linker (persons read on demand) over every extracted document of
   CORPUS, as a share of the ingest without a roster; and what loading the whole roster would cost.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _timed(fn: Callable[[], Any]) -> tuple[float, float, Any]:
    w, c = time.perf_counter(), time.process_time()
    out = fn()
    return time.perf_counter() - w, time.process_time() - c, out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("roster", type=Path)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    from tracker.extract import extract
    from tracker.pipeline import ingest
    from tracker.sources import SourceArticle, iter_articles
    from tracker.store.db import open_db
    from tracker.store.roster import import_roster, linker, roster_index

    tmp = Path(tempfile.mkdtemp())
    template = tmp / "roster.db"
    db = open_db(f"sqlite:///{template}")
    first = _timed(lambda: import_roster(db, args.roster))
    again = _timed(lambda: import_roster(db, args.roster))
    print(f"roster import: {first[0]:.1f} s wall, {first[1]:.1f} s CPU ({first[2].inserted} persons); "
          f"again: {again[0]:.1f} s wall, {again[1]:.1f} s CPU ({again[2].unchanged} unchanged)")
    db.close()

    plain, linked = [], []
    for i in range(args.repeat):
        for rows, roster in ((plain, False), (linked, True)):
            target = tmp / f"run{i}-{roster}.db"
            if roster:
                shutil.copy(template, target)
            run_db = open_db(f"sqlite:///{target}")
            wall, cpu, summary = _timed(lambda run_db=run_db: ingest(run_db, [str(args.corpus)]))
            rows.append((wall, cpu))
            run_db.close()
    n = summary.ingested
    p_wall, p_cpu = statistics.median(r[0] for r in plain), statistics.median(r[1] for r in plain)
    l_wall, l_cpu = statistics.median(r[0] for r in linked), statistics.median(r[1] for r in linked)
    print(f"ingest {n} articles, no roster: {p_wall:.2f} s wall, {p_cpu:.2f} s CPU (median of {args.repeat})")
    print(f"ingest {n} articles, with roster: {l_wall:.2f} s wall, {l_cpu:.2f} s CPU; "
          f"ratio {l_wall / p_wall:.2f} wall, {l_cpu / p_cpu:.2f} CPU")

    articles = [a for a in iter_articles([str(args.corpus)]) if isinstance(a, SourceArticle)]
    docs = [(a, extract(a.text, published=a.published.isoformat() if a.published else None)) for a in articles]
    runs = []
    for _ in range(args.repeat):
        db = open_db(f"sqlite:///{template}")
        run = _timed(lambda db=db: (lambda link: [link(d, a.text, None) for a, d in docs])(linker(db)))  # type: ignore[misc]
        runs.append(run[:2])
        db.close()
    link_wall, link_cpu = statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)
    print(f"linking alone (roster read on demand, as ingest does): {link_wall:.2f} s wall, {link_cpu:.2f} s CPU "
          f"for {len(docs)} documents = {100 * link_cpu / p_cpu:.1f}% of ingest CPU without a roster "
          f"({100 * link_wall / p_wall:.1f}% of wall)")
    db = open_db(f"sqlite:///{template}")
    whole = _timed(lambda: roster_index(db))
    print(f"for comparison, loading the whole roster into memory: {whole[0]:.2f} s wall, {whole[1]:.2f} s CPU")
    db.close()
    shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
