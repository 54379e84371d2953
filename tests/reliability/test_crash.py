"""A process killed mid-batch leaves a sound database with only whole articles in it, and running the
same command again finishes the batch; a backup taken while another process writes is a good copy."""

from __future__ import annotations

import importlib.util
import json
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import ROOT
from tests.reliability.conftest import Tracker, closing

ARTICLES = 150  # in the batch that is killed and finished; enough that a kill lands mid-batch


def bench_corpus() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "bench" / "corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def corpus_lines() -> list[str]:
    """Synthetic articles (quotes, bills, money) as JSON Lines, the same every run."""
    return [json.dumps(doc, ensure_ascii=False) + "\n" for doc in bench_corpus().corpus(600, seed=5)]


@pytest.fixture
def corpus(corpus_lines: list[str], tmp_path: Path) -> Path:
    """The first ARTICLES of them, as a batch file."""
    return batch(tmp_path, corpus_lines, ARTICLES)


def batch(folder: Path, lines: list[str], n: int) -> Path:
    path = folder / f"batch{n}.jsonl"
    path.write_text("".join(lines[:n]), encoding="utf-8")
    return path


def wait_for(condition: Callable[[], bool], proc: subprocess.Popen[str], what: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert proc.poll() is None, f"tracker exited ({proc.returncode}) before {what}: {proc.stderr}"
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.02)


def assert_sound(db: Path) -> None:
    """SQLite's own checks, and every stored span is evidence: articles.text[start:end] is what it claims."""
    with closing(db) as con:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        con.execute("INSERT INTO statements_fts(statements_fts) VALUES ('integrity-check')")
        texts = dict(con.execute("SELECT id, text FROM articles"))
        for article_id, start, end, said in con.execute("SELECT article_id, start, \"end\", text FROM statements"):
            assert texts[article_id][start:end] == said
        for table in ("bill_mentions", "bill_stances", "funding"):
            for article_id, start, end in con.execute(f'SELECT article_id, start, "end" FROM {table}'):
                assert 0 <= start < end <= len(texts[article_id]), table


def assert_whole(db: Path, article_ids: list[int]) -> None:
    """Each of these articles holds exactly what extracting its text again gives: no half-stored article."""
    from tracker.extract import extract

    with closing(db) as con:
        for article_id in article_ids:
            text, title, published = con.execute(
                "SELECT text, title, published FROM articles WHERE id = ?", (article_id,)).fetchone()
            doc = extract(text, doc_id=str(article_id), title=title, published=published)
            stored = sorted(con.execute('SELECT start, "end", kind FROM statements WHERE article_id = ?',
                                        (article_id,)))
            assert stored == sorted((s.start, s.end, s.kind) for s in doc.statements), article_id
            assert stored, "every corpus article quotes someone"
            for table, items in (("bill_mentions", doc.bills), ("funding", doc.funding)):
                n = con.execute(f"SELECT count(*) FROM {table} WHERE article_id = ?", (article_id,)).fetchone()[0]
                assert n == len(items), (table, article_id)


def kill_mid_batch(tracker: Tracker, corpus: Path, at_least: int, sig: signal.Signals) -> subprocess.Popen[str]:
    proc = tracker.popen("ingest", corpus)
    wait_for(lambda: tracker.count() >= at_least, proc, f"{at_least} stored articles")
    proc.send_signal(sig)
    proc.communicate(timeout=60)
    return proc


def test_a_batch_killed_mid_way_loses_nothing_and_running_it_again_finishes(tracker: Tracker, corpus: Path) -> None:
    started = time.monotonic()
    proc = kill_mid_batch(tracker, corpus, 15, signal.SIGKILL)
    assert proc.returncode == -signal.SIGKILL
    first = tracker.count()
    assert 15 <= first < ARTICLES
    assert_sound(tracker.db)
    with closing(tracker.db) as con:
        newest = con.execute("SELECT max(id) FROM articles").fetchone()[0]
    assert_whole(tracker.db, [1, newest // 2, newest])  # the newest was being written when the kill came

    # Again, and this time the process is asked to stop (Ctrl-C) rather than killed.
    proc = kill_mid_batch(tracker, corpus, first + 15, signal.SIGINT)
    assert proc.returncode == 130
    assert_sound(tracker.db)
    second = tracker.count()

    rerun = tracker.process("ingest", corpus)
    assert rerun.code == 0, rerun.stderr
    assert f"ingested {ARTICLES - second}, skipped {second} duplicate(s), failed 0" in rerun.stderr
    assert_sound(tracker.db)
    with closing(tracker.db) as con:
        assert con.execute("SELECT count(*), count(DISTINCT sha256), count(DISTINCT source) FROM articles"
                           ).fetchone() == (ARTICLES, ARTICLES, ARTICLES)
        newest = con.execute("SELECT max(id) FROM articles").fetchone()[0]
    assert_whole(tracker.db, [newest])
    print(f"kill, interrupt and finish {ARTICLES} articles: {time.monotonic() - started:.1f} s")


def test_a_backup_of_a_database_being_written_is_a_sound_copy(tracker: Tracker, corpus_lines: list[str],
                                                               tmp_path: Path) -> None:
    writer = tracker.popen("ingest", batch(tmp_path, corpus_lines, 600))  # far more than the backups take
    try:
        wait_for(lambda: tracker.count() >= 10, writer, "10 stored articles")
        copies = []
        for i in range(3):
            copy = tmp_path / f"copy{i}.db"
            run = tracker("db", "backup", copy)
            assert run.code == 0, run.stderr
            assert writer.poll() is None, "the writer must still be running for this test to mean anything"
            copies.append(copy)
            time.sleep(0.2)
    finally:
        writer.kill()
        writer.communicate()
    counts = []
    for copy in copies:
        assert_sound(copy)
        info = Tracker(copy).process("info", "--json") if copy == copies[-1] else Tracker(copy)("info", "--json")
        assert info.code == 0, info.stderr
        counts.append(json.loads(info.stdout)["counts"]["articles"])
    assert 10 <= counts[0] <= counts[1] <= counts[2] < 600
    assert_sound(tracker.db)  # and the live database was not harmed by being copied
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no .partial left


def test_a_full_disk_stops_the_batch_with_one_line_and_running_it_again_finishes(tracker: Tracker,
                                                                                 corpus_lines: list[str],
                                                                                 tmp_path: Path) -> None:
    """The database failing under us (here: a file-size limit, as a full disk) stops the batch at once,
    in one line, instead of failing every remaining article the same way."""
    import os
    import resource

    articles = 40
    corpus = batch(tmp_path, corpus_lines, articles)
    limit = os.path.getsize(tracker.db) + 300_000

    def small_disk() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    cmd = [sys.executable, "-m", "tracker", "--db", str(tracker.db), "ingest", str(corpus)]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120, preexec_fn=small_disk)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    (line,) = done.stderr.splitlines()
    stored = tracker.count()
    assert 0 < stored < articles
    assert line.startswith(f"Error: {tracker.db}: disk I/O error while storing {corpus}:{stored + 1}; ")
    assert f"{stored} article(s) were stored before it" in line and "run the same command again" in line
    assert_sound(tracker.db)

    rerun = tracker.process("ingest", corpus)
    assert rerun.code == 0, rerun.stderr
    assert f"ingested {articles - stored}, skipped {stored} duplicate(s)" in rerun.stderr
    assert tracker.count() == articles


def test_a_database_failure_in_any_command_is_one_line_and_rolled_back(tracker: Tracker, corpus_lines: list[str],
                                                                        tmp_path: Path) -> None:
    import resource

    assert tracker("ingest", batch(tmp_path, corpus_lines, 10)).code == 0
    before = tracker.count("statements")

    def tiny_disk() -> None:  # room for SQLite's 32 kB shared-memory file, not for a transaction
        resource.setrlimit(resource.RLIMIT_FSIZE, (40_000, 40_000))

    cmd = [sys.executable, "-m", "tracker", "--db", str(tracker.db), "reextract"]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120, preexec_fn=tiny_disk)
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        "Error: the database failed: disk I/O error: check disk space and permissions, and that no other program "
        "holds the database, then run the command again"]
    assert_sound(tracker.db)
    assert tracker.count("statements") == before
    assert tracker("reextract").code == 0
    assert_whole(tracker.db, [1, 10])
