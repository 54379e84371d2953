"""Long runs draw a progress bar on a terminal, and print nothing of it when stderr is a pipe or a file."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.conftest import SEEDS


def _run(args: list[str], *, terminal: bool) -> tuple[int, str]:
    """Run ``tracker ARGS`` with stderr on a pseudo-terminal (or a pipe); its exit status and stderr."""
    env = {**os.environ, "TERM": "xterm", "COLUMNS": "100"}
    cmd = [sys.executable, "-m", "tracker", *args]
    if not terminal:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=300, env=env)
        return done.returncode, done.stderr
    leader, follower = pty.openpty()
    chunks: list[bytes] = []

    def drain() -> None:
        while True:
            try:
                data = os.read(leader, 4096)
            except OSError:  # the other end closed
                return
            if not data:
                return
            chunks.append(data)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=follower, env=env)
    os.close(follower)
    code = proc.wait(timeout=300)
    reader.join(timeout=10)
    os.close(leader)
    return code, b"".join(chunks).decode("utf-8", "replace")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Six articles: enough for a bar (fewer would only flash)."""
    out = tmp_path / "in"
    out.mkdir()
    seeds = sorted(p for p in SEEDS.iterdir() if p.is_file())
    for i in range(6):
        src = seeds[i % len(seeds)]
        (out / f"{i}{src.suffix}").write_text(src.read_text(encoding="utf-8") + f"\n\nUpdated {i}.\n",
                                              encoding="utf-8")
    return out


@pytest.mark.parametrize("command", ["ingest", "reextract", "export"])
def test_long_runs_show_progress_on_a_terminal_only(tmp_path: Path, folder: Path, command: str) -> None:
    db = str(tmp_path / "t.db")
    labels = {"ingest": "ingesting", "reextract": "re-extracting", "export": "exporting statements"}
    args = {"ingest": ["ingest", str(folder)], "reextract": ["reextract"],
            "export": ["export", "statements", "-o", str(tmp_path / "s.csv")]}[command]
    if command != "ingest":
        assert _run(["--db", db, "ingest", str(folder)], terminal=False)[0] == 0
    code, shown = _run(["--db", db, *args], terminal=True)
    assert code == 0, shown
    assert labels[command] in shown
    if command == "ingest":  # into a fresh database, so the piped run does the same work
        db = str(tmp_path / "fresh.db")
    code, piped = _run(["--db", db, *args], terminal=False)
    assert code == 0, piped
    assert labels[command] not in piped and "\x1b[" not in piped
