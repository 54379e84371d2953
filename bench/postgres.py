"""The scale benchmark on PostgreSQL, beside SQLite's: the same big database and the same commands.

    scripts/with-postgres .venv/bin/python bench/postgres.py [--statements 1000000] [--officials 10000]
                                                             [--bills 100000] [--repeat 5]

Builds the database of bench/bigdb.py in the server that ``TRACKER_TEST_PG_URL`` names (the
throwaway cluster of scripts/with-postgres), then times `tracker export statements` in turn with
PostgreSQL's own CSV writer (`psql`'s `\\copy (the same SELECT) TO ... CSV HEADER`), and the
listing commands as whole processes at 80 columns. Prints a Markdown table and writes
bench/out/postgres.json.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bigdb import build_postgres  # noqa: E402
from run import OUT, TRACKER, Row, _pairs, bench_listings, table  # noqa: E402


def _plain(url: str) -> str:
    """A libpq URL (psql, psycopg) from SQLAlchemy's."""
    return url.replace("postgresql+psycopg://", "postgresql://")


def bench_export(url: str, rounds: int) -> list[Row]:
    import psycopg

    from tracker.report.csvout import FORMULA_STARTS
    from tracker.store.queries import statement_export_sql

    with psycopg.connect(_plain(url)) as con:
        n = con.execute("SELECT count(*) FROM statements").fetchone()[0]  # type: ignore[index]
    out, ref = OUT / "pg-export.csv", OUT / "pg-reference.csv"
    tracker = [str(TRACKER), "--db", url, "export", "statements", "-o", str(out)]
    psql = shutil.which("psql")
    row: Row = {"section": "postgresql", "what": f"export statements ({n:,} rows)", "unit": "rows/s",
                "bar": "(beside SQLite's)"}
    if psql is None:
        from run import _run

        wall = _run(tracker)[0]
        row.update(value=n / wall, text=f"{n / wall:,.0f} rows/s", baseline="psql not installed: no ratio")
    else:
        sql = statement_export_sql("postgresql", neutralise=FORMULA_STARTS)
        runs, ratios = _pairs(tracker, [psql, "-q", _plain(url), "-c", f"\\copy ({sql}) TO '{ref}' CSV HEADER"],
                              rounds)
        wall, ratio = statistics.median(w for w, _c in runs), statistics.median(ratios)
        row.update(value=n / wall, ratio=ratio, ratios=ratios,
                   text=f"{n / wall:,.0f} rows/s, {ratio:.2f}x PostgreSQL's COPY (pairs "
                        f"{', '.join(f'{r:.2f}' for r in ratios)})",
                   baseline=f"{n / wall / ratio:,.0f} rows/s (psql \\copy of the same SELECT to CSV, whole process)")
    out.unlink(missing_ok=True)
    ref.unlink(missing_ok=True)
    return [row]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--statements", type=int, default=1_000_000)
    ap.add_argument("--officials", type=int, default=10_000)
    ap.add_argument("--bills", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=5, help="runs per listing timing (median)")
    ap.add_argument("--rounds", type=int, default=3, help="export runs in turn with the reference")
    args = ap.parse_args()
    url = os.environ.get("TRACKER_TEST_PG_URL")
    if not url:
        raise SystemExit("Error: TRACKER_TEST_PG_URL is not set: run this under scripts/with-postgres")
    OUT.mkdir(exist_ok=True)
    started = time.perf_counter()
    print("building the database in PostgreSQL ...", file=sys.stderr)
    built = build_postgres(url, args.statements, officials=args.officials, bills=args.bills)
    import psycopg

    with psycopg.connect(_plain(url)) as con:
        official = con.execute("SELECT o.name FROM statements s JOIN officials o ON o.id = s.official_id "
                               "GROUP BY o.id, o.name ORDER BY count(*) DESC LIMIT 1").fetchone()[0]  # type: ignore[index]
    rows = bench_listings(url, official, args.repeat)
    for r in rows:
        r["section"] = "postgresql"
    rows += bench_export(url, args.rounds)
    machine = {"cpus": os.cpu_count(), "load_average": os.getloadavg(), "seconds": time.perf_counter() - started,
               "built": built}
    print(table(rows))
    print(f"\nload average at the end {machine['load_average'][0]:.1f}; took {machine['seconds']:.0f} s")
    (OUT / "postgres.json").write_text(json.dumps({"machine": machine, "results": rows}, indent=1, default=str))


if __name__ == "__main__":
    main()
