"""The README's speed and memory figures, each beside the plainest baseline doing the same work.

    python bench/run.py [--articles 10000] [--small 2000] [--statements 1000000] [--repeat 10]
                        [--officials 10000] [--bills 100000] [--only ingest,queries,listings,export,startup]

1. Ingest: a generated corpus (bench/corpus.py, deterministic) into a fresh SQLite database with
   the real `tracker ingest` in a subprocess, with --jobs 1 and --jobs 2; peak RSS of the child
   (wait4's rusage, which covers its worker processes) for two corpus sizes.
2. Queries on a database of --statements statements (bench/bigdb.py, cached in bench/out/):
   the CLI commands run in this process (no interpreter start-up), output rendered to /dev/null,
   median of --repeat runs.
   Listings: `officials`, `bills`, `funding`, `official NAME` on it as whole processes, 80 columns.
3. Export: `tracker export statements` of that database, rows/s and RSS growth while it streams,
   run in turn with the `sqlite3` shell's `.mode csv` over the same SELECT (the ratio is the bar;
   without the shell installed, no ratio: the benchmark installs nothing).
4. Start-up: whole processes, median of --repeat runs, with bytecode caching on as in a normal
   install (the cache goes to bench/out/pycache).

Prints a Markdown table and writes bench/out/results.json. Times are wall-clock medians; CPU
time is recorded beside them in the JSON, since a busy machine stretches wall time.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
PYTHON = Path(sys.executable)
TRACKER = PYTHON.with_name("tracker")
sys.path.insert(0, str(HERE))

from bigdb import build as build_big_db  # noqa: E402
from bigdb import write_corpus  # noqa: E402

Row = dict[str, Any]


def _env() -> dict[str, str]:
    """The environment for child processes: fixed width, bytecode cached (as an installed package has)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(COLUMNS="100", PYTHONPYCACHEPREFIX=str(OUT / "pycache"), NO_COLOR="1")
    return env


def _run(cmd: list[str], env: dict[str, str] | None = None, **kw: Any) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds, peak RSS in KB) of one child process, which must succeed."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env or _env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kw)
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    err = proc.stderr.read().decode() if proc.stderr else ""
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def _median(fn: Callable[[], Any], repeat: int) -> tuple[float, float]:
    """Median wall and CPU seconds of ``fn`` over ``repeat`` runs, after one warm-up run."""
    fn()
    walls, cpus = [], []
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    return statistics.median(walls), statistics.median(cpus)


def _fresh(path: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    return path


# ---------------------------------------------------------------------------- 1. ingest

def bench_ingest(articles: int, small: int) -> list[Row]:
    rows: list[Row] = []
    peaks: dict[int, float] = {}
    for n, jobs in ((articles, 1), (articles, 2), (small, 1)):
        corpus = write_corpus(OUT / f"corpus-{n}.jsonl", n)
        chars = sum(len(json.loads(line)["text"]) for line in corpus.open(encoding="utf-8"))
        db = _fresh(OUT / f"ingest-{n}-j{jobs}.db")
        print(f"ingest {n} articles, --jobs {jobs} ...", file=sys.stderr)
        wall, cpu, rss = _run([str(TRACKER), "--db", str(db), "ingest", "--jobs", str(jobs), str(corpus)])
        peaks[n] = max(peaks.get(n, 0), rss / 1024)
        rows.append({"section": "ingest", "what": f"ingest {n:,} articles, --jobs {jobs}",
                     "value": n / wall, "unit": "articles/s", "wall_s": wall, "cpu_s": cpu,
                     "mb_text_per_s": chars / 1e6 / wall, "peak_rss_mb": rss / 1024,
                     "bar": ">= 100 articles/s" if jobs == 1 else "faster than --jobs 1"})
    one, two = rows[0]["value"], rows[1]["value"]
    rows[1]["ok"] = two > one
    rows[0]["ok"] = one >= 100
    rows[2].update(bar="", ok=None)
    for r in rows:
        n = int(r["what"].split()[1].replace(",", ""))
        r["text"] = (f"{r['value']:.0f} articles/s ({n / r['cpu_s']:.0f} per CPU-second), "
                     f"{r['mb_text_per_s']:.2f} MB text/s, peak RSS {r['peak_rss_mb']:.0f} MB")
    rows.append({"section": "ingest", "what": f"peak RSS, {small:,} vs {articles:,} articles (--jobs 1)",
                 "text": f"{peaks[small]:.0f} MB vs {peaks[articles]:.0f} MB", "bar": "< 300 MB, flat",
                 "ok": max(peaks.values()) < 300 and peaks[articles] < peaks[small] * 1.25,
                 "small_mb": peaks[small], "large_mb": peaks[articles]})
    rows += _ingest_baselines(articles, rows[0])
    return rows


def _ingest_baselines(articles: int, measured: Row) -> list[Row]:
    """Where ingest's time goes: extraction alone, and the same rows written with plain sqlite3."""
    from corpus import corpus

    from tracker.extract import extract, memo

    sample = list(corpus(min(articles, 500), seed=1))
    extract(sample[0]["text"])
    docs = []
    c0 = time.process_time()
    for a in sample:
        memo.clear()
        docs.append(extract(a["text"], title=a["title"], published=a["published"]))
    extract_s = (time.process_time() - c0) / len(sample)
    share = extract_s * articles / measured["wall_s"]
    out = [{"section": "ingest", "what": "extraction alone (this corpus, one core)", "value": 1 / extract_s,
            "unit": "articles/s", "text": f"{1 / extract_s:.0f} articles/s: {share:.0%} of ingest's time",
            "extract_ms": extract_s * 1000, "share": share}]
    store_s = _raw_store(sample, docs)
    out.append({"section": "ingest", "what": "baseline: the same rows via plain sqlite3 (no extraction)",
                "value": 1 / store_s, "unit": "articles/s", "text": f"{1 / store_s:.0f} articles/s",
                "store_ms": store_s * 1000})
    try:
        import extraction  # bench/extraction.py, when present
    except ImportError:
        return out
    m = extraction.measure(repeat=3)
    out.append({"section": "ingest", "what": "extraction alone (bench/extraction.py articles)",
                "value": m["mb_per_s"], "unit": "MB/s", "text": f"{m['mb_per_s']:.2f} MB/s", **m})
    return out


def _raw_store(sample: list[dict[str, str]], docs: list[Any]) -> float:
    """Seconds per article to write the rows tracker writes, one transaction each, with sqlite3 alone."""
    import hashlib

    from tracker.store.db import open_db

    path = _fresh(OUT / "baseline-store.db")
    open_db(str(path)).close()
    db = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode = WAL", "synchronous = NORMAL", "foreign_keys = ON"):
        db.execute(f"PRAGMA {pragma}")
    topics = {n.casefold(): i for i, n in db.execute("SELECT id, name FROM topics")}
    t0 = time.perf_counter()
    for a, d in zip(sample, docs, strict=True):
        db.execute("BEGIN IMMEDIATE")
        sha = hashlib.sha256(a["text"].encode()).hexdigest()
        aid = db.execute("INSERT INTO articles (sha256, text, title, url, published, ingested_at, extractor_version)"
                         " VALUES (?, ?, ?, ?, ?, '2026-01-01', 'x')",
                         (sha, a["text"], a["title"], a["url"], a["published"])).lastrowid
        names = list(dict.fromkeys([o.name for o in d.officials] + [s.speaker for s in d.statements if s.speaker]
                                   + [p.official for b in d.bills for p in b.positions]
                                   + [f.official for f in d.funding if f.official]))
        ids = dict(db.execute(f"SELECT name, id FROM officials WHERE name IN ({','.join('?' * len(names))})", names))
        for name in names:
            if name not in ids:
                ids[name] = db.execute("INSERT INTO officials (name) VALUES (?)", (name,)).lastrowid
        db.executemany("INSERT INTO official_mentions (official_id, article_id) VALUES (?, ?)",
                       [(ids[n], aid) for n in names])
        db.executemany("INSERT INTO official_offices (official_id, office, jurisdiction, article_id) VALUES (?,?,?,?)",
                       [(ids[o.name], o.office, o.jurisdiction, aid) for o in d.officials if o.office])
        links = []
        for s in d.statements:
            sid = db.execute('INSERT INTO statements (official_id, speaker_text, article_id, kind, text, start, "end",'
                             " cue) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (ids.get(s.speaker), s.speaker_text, aid,
                                                                      s.kind, s.text, s.start, s.end, s.cue)).lastrowid
            links += [(sid, topics[t.casefold()], r, ids.get(s.speaker), aid, a["published"])
                      for r, t in enumerate(dict.fromkeys(s.topics)) if t.casefold() in topics]
        db.executemany("INSERT INTO statement_topics (statement_id, topic_id, rank, official_id, article_id, published)"
                       " VALUES (?, ?, ?, ?, ?, ?)", links)
        for b in d.bills:
            bid = db.execute("INSERT INTO bills (identifier, title, status) VALUES (?, ?, ?)",
                             (b.identifier, b.title, b.status)).lastrowid
            db.execute('INSERT INTO bill_mentions (bill_id, article_id, status_in_article, start, "end") '
                       "VALUES (?, ?, ?, ?, ?)", (bid, aid, b.status, b.start, b.end))
            db.executemany('INSERT INTO bill_stances (bill_id, official_id, article_id, stance, start, "end") '
                           "VALUES (?, ?, ?, ?, ?, ?)",
                           [(bid, ids[p.official], aid, p.stance, b.start, b.end) for p in b.positions])
        db.executemany('INSERT INTO funding (article_id, official_id, amount, currency, kind, start, "end", flagged)'
                       " VALUES (?, ?, ?, 'USD', ?, ?, ?, 0)",
                       [(aid, ids.get(f.official), str(f.amount), f.kind, f.start, f.end) for f in d.funding])
        db.execute("COMMIT")
    seconds = (time.perf_counter() - t0) / len(sample)
    db.close()
    return seconds


# ---------------------------------------------------------------------------- 2. queries

def _cli(db: Path, *args: str) -> Callable[[], None]:
    """One CLI command, run in this process with its output going nowhere."""
    import tracker.cli

    def run() -> None:
        with open(os.devnull, "w") as null, contextlib.redirect_stdout(null), contextlib.redirect_stderr(null):
            tracker.cli.app(["--db", str(db), *args], standalone_mode=False)

    return run


def _sql(db: Path, sql: str, params: tuple[Any, ...] = ()) -> Callable[[], None]:
    def run() -> None:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        con.execute(sql, params).fetchall()
        con.close()

    return run


def big_db(statements: int, officials: int, bills: int) -> tuple[Path, dict[str, float]]:
    """The query database (bench/bigdb.py), cached in bench/out/."""
    OUT.mkdir(exist_ok=True)
    db = OUT / f"statements-{statements}-officials-{officials}-bills-{bills}.db"
    print(f"database with {statements:,} statements (cached in {db.name}) ...", file=sys.stderr)
    return db, build_big_db(db, statements, officials=officials, bills=bills)


def bench_queries(db: Path, built: dict[str, float], repeat: int) -> list[Row]:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    n_statements = con.execute("SELECT count(*) FROM statements").fetchone()[0]
    topic, tid = con.execute("SELECT t.name, t.id FROM statement_topics st JOIN topics t ON t.id = st.topic_id "
                             "GROUP BY t.id ORDER BY count(*) DESC LIMIT 1").fetchone()
    con.close()
    official, oid = _most_quoted(db)
    since, word = "2020-01-01", "trafficking"
    st_cols = ('s.id, o.name, s.speaker_text, s.kind, s.text, s.start, s."end", s.cue, a.id, a.title, a.url, '
               "a.published FROM statements s JOIN articles a ON a.id = s.article_id "
               "LEFT JOIN officials o ON o.id = s.official_id")
    cases = [
        (f"positions --topic '{topic}'", _cli(db, "positions", "--topic", topic),
         _sql(db, "SELECT official_id, count(*) FROM statement_topics WHERE topic_id = ? GROUP BY official_id",
              (tid,)),
         "the per-official count it starts with"),
        (f"statements --official '{official}' --since {since}",
         _cli(db, "statements", "--official", official, "--since", since),
         _sql(db, f"SELECT {st_cols} WHERE s.official_id = ? AND a.published >= ? "
                  "ORDER BY a.published, a.id, s.start LIMIT 26", (oid, since)),
         "its SELECT of the first 26"),
        (f"statements --search {word}", _cli(db, "statements", "--search", word),
         _sql(db, f"SELECT {st_cols} WHERE s.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?) "
                  "ORDER BY a.published, a.id, s.start LIMIT 26", (f'"{word}"',)),
         "FTS5 MATCH, date order, first 26"),
        (f"official '{official}'", _cli(db, "official", official),
         _sql(db, "SELECT t.name, (SELECT count(*) FROM statement_topics st WHERE st.topic_id = t.id "
                  "AND st.official_id = ?) FROM topics t", (oid,)),
         "its statements-by-topic count"),
        ("topics", _cli(db, "topics"),
         _sql(db, "SELECT topic_id, count(*) FROM statement_topics GROUP BY topic_id"), "the same count"),
        (f"statements --since {since} --json --limit 1000",
         _cli(db, "statements", "--since", since, "--json", "--limit", "1000"),
         _sql(db, f"SELECT {st_cols} WHERE a.published >= ? ORDER BY a.published, a.id, s.start LIMIT 1000", (since,)),
         "the same SELECT"),
    ]
    rows: list[Row] = []
    for what, fn, base, base_what in cases:
        print(f"query: {what} ...", file=sys.stderr)
        wall, cpu = _median(fn, repeat)
        bwall, _bcpu = _median(base, repeat)
        rows.append({"section": "queries", "what": what, "value": wall * 1000, "unit": "ms", "cpu_ms": cpu * 1000,
                     "text": f"{wall * 1000:.0f} ms (CPU {cpu * 1000:.0f} ms)",
                     "baseline": f"{bwall * 1000:.0f} ms (sqlite3: {base_what})",
                     "baseline_ms": bwall * 1000, "bar": "< 200 ms", "ok": wall < 0.2})
    rows[0]["database"] = {"statements": n_statements, "path": db.name, **built}
    return rows


# ---------------------------------------------------------------------------- 3. export

_EXPORT_DRIVER = """
import json, os, sys, threading, time
import tracker.cli

def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20

samples = []
done = threading.Event()
def sample():
    while not done.wait(0.05):
        samples.append((time.perf_counter(), rss()))
threading.Thread(target=sample, daemon=True).start()
t0 = time.perf_counter()
try:
    tracker.cli.app(["--db", sys.argv[1], "export", "statements", "-o", sys.argv[2]], standalone_mode=False)
finally:
    done.set()
seconds = time.perf_counter() - t0
# Growth after the first quarter: start-up and the first batches fill the allocator's pools, then
# streaming in constant memory stays flat however many rows follow.
later = [r for t, r in samples if t - t0 >= seconds / 4] or [rss()]
print(json.dumps({"seconds": seconds, "rss_quarter_mb": later[0], "rss_peak_mb": max(r for _t, r in samples),
                  "rss_start_mb": samples[0][1] if samples else rss()}))
"""


def _pairs(a: list[str], b: list[str], rounds: int, **kw: Any) -> tuple[list[tuple[float, float]], list[float]]:
    """``a`` and ``b`` run in turn (a b a b ...), after one warm-up of each: [(wall, CPU seconds)] of
    ``a``, and each pair's wall ratio b/a (``a``'s speed as a share of ``b``'s on the same work)."""
    _run(a, **kw), _run(b, **kw)
    got, ratios = [], []
    for _ in range(rounds):
        wa, ca, _ = _run(a, **kw)
        wb, _cb, _ = _run(b, **kw)
        got.append((wa, ca))
        ratios.append(wb / wa)
    return got, ratios


def bench_export(db: Path, rounds: int = 3) -> list[Row]:
    """`tracker export statements` against the sqlite3 shell's `.mode csv` over the same SELECT."""
    import shutil

    from tracker.report.csvout import FORMULA_STARTS
    from tracker.store.queries import statement_export_sql

    print("export statements ...", file=sys.stderr)
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    n = con.execute("SELECT count(*) FROM statements").fetchone()[0]
    con.close()
    out, ref_out = OUT / "export.csv", OUT / "reference-export.csv"
    proc = subprocess.run([str(PYTHON), "-c", _EXPORT_DRIVER, str(db), str(out)], env=_env(), check=True,
                          capture_output=True, text=True)
    got = json.loads(proc.stdout.strip().splitlines()[-1])
    growth = got["rss_peak_mb"] - got["rss_quarter_mb"]
    tracker = [str(TRACKER), "--db", str(db), "export", "statements", "-o", str(out)]
    shell = shutil.which("sqlite3")
    row: Row = {"section": "export", "what": f"export statements ({n:,} rows, date order)", "unit": "rows/s",
                "bar": ">= 0.6x the sqlite3 shell's rows/s, flat memory", "rss_growth_mb": growth, **got}
    if shell is None:  # the reference is not installed: measure alone, say so, install nothing
        wall, _cpu, _ = _run(tracker)
        row.update(value=n / wall, text=f"{n / wall:,.0f} rows/s", ok=None,
                   baseline="sqlite3 shell not installed (apt-get install sqlite3): no ratio")
    else:
        sql = OUT / "reference-export.sql"
        sql.write_text(f".headers on\n.mode csv\n.output {ref_out}\n"
                       f"{statement_export_sql('sqlite', neutralise=FORMULA_STARTS)};\n")
        runs, ratios = _pairs(tracker, [shell, "-init", str(sql), f"file:{db}?mode=ro", ".quit"], rounds,
                              cwd=OUT)
        wall = statistics.median(w for w, _c in runs)
        ratio = statistics.median(ratios)
        pairs = ", ".join(f"{r:.2f}" for r in ratios)
        row.update(value=n / wall, ratio=ratio, ratios=ratios, cpu_s=statistics.median(c for _w, c in runs),
                   reference_rows_per_s=n / wall / ratio,
                   text=f"{n / wall:,.0f} rows/s, **{ratio:.2f}x** the shell (pairs {pairs}); RSS "
                        f"{got['rss_quarter_mb']:.0f} MB after a quarter of the rows, peak {got['rss_peak_mb']:.0f} MB",
                   baseline=f"{n / wall / ratio:,.0f} rows/s (sqlite3 shell, .mode csv, same SELECT, whole process)",
                   ok=ratio >= 0.6 and growth < 20)
        ref_out.unlink(missing_ok=True)
    out.unlink(missing_ok=True)
    return [row]


# ---------------------------------------------------------------------------- 3b. listings on a terminal

def bench_listings(target: str, official: str, repeat: int) -> list[Row]:
    """Whole processes of the listing commands on the big database (``--db`` ``target``), 80 columns
    wide, as a user types them: median wall and CPU time after one warm-up."""
    rows = []
    for what, args in (("officials", ["officials"]), ("bills", ["bills"]), ("funding", ["funding"]),
                       ("official NAME", ["official", official])):
        print(f"listing: {what} ...", file=sys.stderr)
        cmd = [str(TRACKER), "--db", target, *args]
        runs = [_run(cmd, env={**_env(), "COLUMNS": "80"}) for _ in range(repeat + 1)][1:]
        wall, cpu = statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)
        rows.append({"section": "listings", "what": f"tracker {what} (whole process, 80 columns)",
                     "value": wall * 1000, "unit": "ms", "cpu_ms": cpu * 1000,
                     "text": f"{wall * 1000:.0f} ms (CPU {cpu * 1000:.0f} ms)", "bar": "< 1000 ms", "ok": wall < 1.0})
    return rows


# ---------------------------------------------------------------------------- 4. start-up

def _most_quoted(db: Path) -> tuple[str, int]:
    """(name, id) of the official with the most statements."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        name, oid = con.execute("SELECT o.name, o.id FROM statements s JOIN officials o ON o.id = s.official_id "
                                "GROUP BY o.id ORDER BY count(*) DESC LIMIT 1").fetchone()
        return str(name), int(oid)
    finally:
        con.close()


def bench_startup(small_db: Path, repeat: int) -> list[Row]:
    print("start-up ...", file=sys.stderr)
    OUT.mkdir(exist_ok=True)

    def proc(*cmd: str) -> Callable[[], None]:
        return lambda: _run(list(cmd))

    py = str(PYTHON)
    base = {name: _median(proc(py, "-c", code), repeat)[0] for name, code in
            (("python -c pass", "pass"), ("import typer", "import typer"), ("import sqlalchemy", "import sqlalchemy"))}
    rows = []
    # topics and officials read an up-to-date SQLite file without SQLAlchemy (tracker/store/quick.py);
    # the commands that resolve names or search load it, and are shown beside them with no bar.
    for what, cmd, bar in (("tracker --help", ["--help"], 0.2),
                           ("tracker topics (small database)", ["--db", str(small_db), "topics"], 0.4),
                           # no SQLAlchemy either, but hundreds of rows: Rich lays out ~1.8 ms per row
                           ("tracker officials (small database, every official)", ["--db", str(small_db),
                                                                                  "officials"], None),
                           ("tracker statements --official NAME (loads SQLAlchemy)",
                            ["--db", str(small_db), "statements", "--official", _most_quoted(small_db)[0]], None),
                           ("tracker info (loads SQLAlchemy)", ["--db", str(small_db), "info"], None)):
        wall, _cpu = _median(proc(str(TRACKER), *cmd), repeat)
        rows.append({"section": "start-up", "what": what, "value": wall * 1000, "unit": "ms",
                     "text": f"{wall * 1000:.0f} ms",
                     "baseline": ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in base.items()),
                     "baseline_ms": {k: v * 1000 for k, v in base.items()},
                     "bar": f"< {bar * 1000:.0f} ms" if bar else "", "ok": wall < bar if bar else None})
    return rows


# ---------------------------------------------------------------------------- report

def table(rows: list[Row]) -> str:
    lines = ["| section | measurement | result | baseline | bar | met |", "|---|---|---|---|---|---|"]
    for r in rows:
        ok = {True: "yes", False: "**no**", None: ""}[r.get("ok")]
        lines.append(f"| {r['section']} | {r['what']} | {r['text']} | {r.get('baseline', '')} | {r.get('bar', '')} "
                     f"| {ok} |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=10_000, help="ingest corpus size (default 10,000)")
    ap.add_argument("--small", type=int, default=2_000, help="smaller corpus for the memory comparison")
    ap.add_argument("--statements", type=int, default=1_000_000, help="statements in the query database")
    ap.add_argument("--officials", type=int, default=10_000, help="officials in the query database")
    ap.add_argument("--bills", type=int, default=100_000, help="bills in the query database")
    ap.add_argument("--repeat", type=int, default=10, help="runs per timing (median)")
    ap.add_argument("--only", default="ingest,queries,listings,export,startup", help="comma-separated sections")
    args = ap.parse_args()
    only = set(args.only.split(","))
    OUT.mkdir(exist_ok=True)
    started = time.perf_counter()
    rows: list[Row] = []
    if "ingest" in only:
        rows += bench_ingest(args.articles, args.small)
    if only & {"queries", "listings", "export"}:
        big, built = big_db(args.statements, args.officials, args.bills)
        if "queries" in only:
            rows += bench_queries(big, built, args.repeat)
        if "listings" in only:
            rows += bench_listings(str(big), _most_quoted(big)[0], args.repeat)
        if "export" in only:
            rows += bench_export(big)
    if "startup" in only:
        small_db = OUT / f"ingest-{args.small}-j1.db"
        if not small_db.exists():
            corpus = write_corpus(OUT / "corpus-100.jsonl", 100)
            small_db = _fresh(OUT / "startup.db")
            _run([str(TRACKER), "--db", str(small_db), "ingest", str(corpus)])
        rows += bench_startup(small_db, args.repeat)
    machine = {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
               "sqlite": sqlite3.sqlite_version, "load_average": os.getloadavg(),
               "seconds": time.perf_counter() - started}
    print(table(rows))
    print(f"\n{machine['cpus']} CPUs, Python {machine['python']}, SQLite {machine['sqlite']}, "
          f"load average at the end {machine['load_average'][0]:.1f}; took {machine['seconds']:.0f} s")
    (OUT / "results.json").write_text(json.dumps({"machine": machine, "results": rows}, indent=1, default=str))


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        main()
