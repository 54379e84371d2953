"""Many processes creating one new SQLite database and writing to it at the same moment.

Each round starts several ``tracker ingest`` processes on a file that does not exist yet, so they
all race through creation, the switch to WAL and the first migration, then write at once. After
every round SQLite's own ``PRAGMA integrity_check`` must say ``ok`` and every article must be
there. Before the fix in tracker.store.db (plain file reads of the database while a pooled
connection held its locks), a few rounds of this were enough to see "database disk image is
malformed" or lost articles.
"""

from __future__ import annotations

import multiprocessing
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

ROUNDS = 4
PROCESSES = 6


def _article(k: int) -> str:
    return (f"Council votes on depot {k}\n\n"
            f"Mayor Rita Vance said the city will open bus depot number {k} next spring. "
            f"\"Depot {k} means shorter waits for riders on the east side,\" Vance said on Tuesday.\n")


def test_processes_creating_one_new_database_at_once_leave_it_intact(tmp_path: Path) -> None:
    for r in range(ROUNDS):
        folder = tmp_path / f"round{r}"
        folder.mkdir()
        files = []
        for k in range(PROCESSES):
            f = folder / f"a{k}.txt"
            f.write_text(_article(r * 100 + k), encoding="utf-8")
            files.append(f)
        db = folder / "tracker.db"
        procs = [subprocess.Popen([sys.executable, "-m", "tracker", "--db", str(db), "ingest", str(f)],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for f in files]
        outcomes = [(p.wait(timeout=300), p.stderr.read() if p.stderr else "") for p in procs]
        for p in procs:
            for stream in (p.stdout, p.stderr):
                if stream:
                    stream.close()
        for code, err in outcomes:
            assert code == 0, f"round {r}: {err}"
        con = sqlite3.connect(db)
        try:
            assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)], f"round {r}"
            assert con.execute("SELECT count(*) FROM articles").fetchone() == (PROCESSES,), f"round {r}"
        finally:
            con.close()


def _count_elsewhere(path: Path, sql: str) -> int:
    """What a fresh process reads from ``path``, as a user running another command would see it."""
    code = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
            "print(c.execute(sys.argv[2]).fetchone()[0]); c.close()")
    return int(subprocess.run([sys.executable, "-c", code, str(path), sql], check=True, timeout=60,
                              capture_output=True, text=True).stdout)


def test_opening_a_database_another_process_just_created_keeps_our_commits_visible(tmp_path: Path) -> None:
    """The same failure, made deterministic: another process has just created the file and switched
    it to WAL; we open it (creating the schema), a third process opens and closes it, then we write.
    Had opening released this process's locks, that third process would have taken itself for the
    last user and deleted the WAL file, and our commit would go into the deleted file, seen by no one."""
    from sqlalchemy import text

    from tracker.store.db import open_db

    path = tmp_path / "tracker.db"
    creator = sqlite3.connect(path, isolation_level=None)
    creator.execute("PRAGMA journal_mode = WAL")
    creator.execute("CREATE TABLE scratch (x)")
    creator.execute("DROP TABLE scratch")
    creator.close()
    db = open_db(str(path))
    try:
        assert _count_elsewhere(path, "SELECT count(*) FROM sqlite_master") > 0
        with db.session(write=True) as s:
            s.execute(text("INSERT INTO topics (cap_code, name) VALUES (9999, 'Invented for this test')"))
        assert _count_elsewhere(path, "SELECT count(*) FROM topics WHERE cap_code = 9999") == 1
    finally:
        db.close()


def _connect_at_barrier(path: str, barrier: Any) -> None:
    from tracker.store.db import _make_engine, resolve_url

    engine = _make_engine(resolve_url(path))  # everything but the connection, done before the start
    barrier.wait()
    with engine.connect() as conn:
        conn.exec_driver_sql("SELECT 1")
    engine.dispose()


def test_processes_opening_one_new_file_at_the_same_instant_all_get_it(tmp_path: Path) -> None:
    # Switching a new file to WAL needs an exclusive lock, and SQLite answers "database is locked"
    # at once, without waiting, to the process that would otherwise deadlock. Started together at a
    # barrier, a few processes hit that almost every time; every one of them must still open the file.
    context = multiprocessing.get_context("fork")
    for r in range(15):
        path = str(tmp_path / f"race{r}.db")
        barrier = context.Barrier(PROCESSES)
        procs = [context.Process(target=_connect_at_barrier, args=(path, barrier)) for _ in range(PROCESSES)]
        for p in procs:
            p.start()
        for p in procs:
            p.join(timeout=120)
        assert [p.exitcode for p in procs] == [0] * PROCESSES, f"round {r}"
