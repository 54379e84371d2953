"""Files too big to be an article are refused before they are read, with the option that lets them in."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from tests.reliability.conftest import Run, Tracker

MB = 1_000_000
# Peak resident memory allowed for a `tracker ingest` that meets a 100 MB file. The CLI with
# SQLAlchemy and the extractor loaded peaks at about 65-100 MB; reading the 100 MB file (or the 60 MB
# line) whole would add at least that much again, so this bound fails an implementation that does.
MAX_RSS_MB = 150


def peak_rss_run(tracker: Tracker, *args: str | Path) -> tuple[Run, float]:
    """Run tracker from a fresh intermediate process, so RUSAGE_CHILDREN sees only that one child.

    Returns the run and its peak resident set size in MB (ru_maxrss is in kB on Linux).
    """
    cmd = [sys.executable, "-m", "tracker", "--db", str(tracker.db), *map(str, args)]
    probe = ("import json, resource, subprocess, sys\n"
             f"p = subprocess.run({cmd!r}, capture_output=True, text=True)\n"
             "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
             "print(json.dumps([p.returncode, p.stdout, p.stderr, peak]))\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120)
    code, stdout, stderr, peak_kb = json.loads(out.stdout)
    run = Run(code, stdout, stderr)
    run.assert_no_traceback()
    return run, peak_kb / 1024


def sparse(path: Path, size: int) -> Path:
    with path.open("wb") as f:
        f.truncate(size)
    return path


def suggested_limit(line: str) -> int:
    match = re.search(r"--max-bytes (\d+)", line)
    assert match, line
    return int(match.group(1))


def test_a_100_mb_file_is_refused_by_default_in_bounded_memory(tracker: Tracker, tmp_path: Path) -> None:
    big = sparse(tmp_path / "dump.txt", 100 * 1024 * 1024)
    good = tmp_path / "good.txt"
    good.write_text("Gov. Ann Lee said the state will fund rural clinics.\n")
    run, peak_mb = peak_rss_run(tracker, "ingest", big, good)
    print(f"peak RSS refusing a 100 MB file: {peak_mb:.0f} MB")
    assert run.code == 1, run.stderr
    line = run.error_for(big)
    assert "104.9 MB, over the 20 MB limit" in line
    assert suggested_limit(line) >= big.stat().st_size  # the hint would actually let the file in
    assert "ingested 1," in run.stderr
    assert peak_mb < MAX_RSS_MB


def test_max_bytes_sets_the_limit_both_ways(tracker: Tracker, tmp_path: Path) -> None:
    article = tmp_path / "long.txt"
    article.write_text("Gov. Ann Lee said the state will fund rural clinics. " * 200)  # about 10 kB
    size = article.stat().st_size
    refused = tracker("ingest", "--max-bytes", "5000", article)
    assert refused.code == 1
    line = refused.error_for(article)
    assert "over the 5 kB limit" in line and "--max-bytes" in line
    assert tracker.count() == 0
    admitted = tracker("ingest", "--max-bytes", str(suggested_limit(line)), article)
    assert admitted.code == 0, admitted.stderr
    assert tracker.count() == 1 and size <= suggested_limit(line)


def test_max_bytes_must_be_positive(tracker: Tracker, tmp_path: Path) -> None:
    run = tracker("ingest", "--max-bytes", "0", tmp_path)
    assert run.code == 2  # a usage error, before anything is read
    assert "--max-bytes" in run.stderr


def test_a_huge_jsonl_line_is_refused_and_the_next_line_ingested_in_bounded_memory(tracker: Tracker,
                                                                                   tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    with path.open("wb") as f:
        f.write(b'{"text": "' + b"Gov. Ann Lee said the fund is solvent. " * (60 * MB // 39) + b'"}\n')
        f.write(json.dumps({"text": "Sen. Bob Ray said the bill is dead."}).encode() + b"\n")
    run, peak_mb = peak_rss_run(tracker, "ingest", path)
    print(f"peak RSS refusing a 60 MB JSON line: {peak_mb:.0f} MB")
    assert run.code == 1, run.stderr
    assert "longer than the 20 MB limit" in run.error_for(f"{path}:1")
    assert list(tracker.texts()) == [f"{path}:2"]
    assert peak_mb < MAX_RSS_MB


def test_the_help_states_the_real_default_limit() -> None:
    from typer.testing import CliRunner

    from tracker.cli import app
    from tracker.sources import DEFAULT_MAX_BYTES

    out = CliRunner().invoke(app, ["ingest", "--help"], env={"COLUMNS": "300"}).stdout
    assert f"default {DEFAULT_MAX_BYTES}." in " ".join(out.split())
