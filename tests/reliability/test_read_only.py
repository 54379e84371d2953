"""A database the user may only read: every read command serves it, every writing command says so.

The copy has mode 0444 in a folder with mode 0555 and is opened by a user who is not root (root
writes anything, so under CI's root the commands run as ``nobody``), by each spelling of its path.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.reliability.conftest import nobody_launcher

ARTICLE = ("Council backs depot plan\n\n"
           "Mayor Rita Vance said the city will open a new bus depot next spring. \"Riders on the east side "
           "have waited long enough,\" Vance said on Tuesday, after the council voted six to one.\n")


def _launcher(cwd: Path) -> list[str]:
    """How to start tracker as a user file permissions apply to: nobody under root, else ourselves."""
    if os.geteuid() != 0:
        return [sys.executable, "-m", "tracker"]
    launcher = nobody_launcher(cwd)
    if launcher is None:
        pytest.skip("running as root, and user nobody cannot run tracker: permissions do not apply to root")
    return launcher


@pytest.fixture(scope="module")
def read_only_db() -> Iterator[Path]:
    base = Path(tempfile.mkdtemp(prefix="tracker-ro-"))
    try:
        base.chmod(0o755)
        article = base / "depot.txt"
        article.write_text(ARTICLE, encoding="utf-8")
        src = base / "src.db"
        done = subprocess.run([sys.executable, "-m", "tracker", "--db", str(src), "ingest", str(article)],
                              capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        folder = base / "ro"
        folder.mkdir()
        shutil.copy(src, folder / "tracker.db")
        (folder / "tracker.db").chmod(0o444)
        folder.chmod(0o555)
        (base / "out").mkdir(mode=0o777)
        (base / "out").chmod(0o777)
        yield folder / "tracker.db"
    finally:
        for p in (base / "ro", base / "ro" / "tracker.db"):
            if p.exists():
                p.chmod(stat.S_IRWXU)
        shutil.rmtree(base)


def _spellings(path: Path) -> list[str]:
    return [str(path), f"sqlite:///{path}", f"file:{path}?mode=ro", f"sqlite:///file:{path}?mode=ro&uri=true"]


READS = [["officials"], ["official", "Vance"], ["statements"], ["statements", "--json"], ["positions"],
         ["bills"], ["funding"], ["topics", "--csv"], ["info"], ["export", "statements"],
         ["report", "--official", "Rita Vance"], ["db", "current"]]
WRITES = [["ingest", "ARTICLE"], ["reextract"], ["db", "upgrade"], ["db", "downgrade", "base"]]
# Each command once by the plain path; the other spellings by a command of each kind (quick listing,
# full path, schema, writer), to keep the test quick.
SOME_READS, SOME_WRITES = [["topics", "--csv"], ["statements", "--json"], ["db", "current"]], [["ingest", "ARTICLE"]]


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.mark.parametrize("spelling", range(4), ids=["path", "sqlite-url", "file-uri-ro", "sqlite-uri-ro"])
def test_a_read_only_database_serves_every_read_command_and_refuses_writes_in_one_line(
        read_only_db: Path, spelling: int) -> None:
    python = _launcher(read_only_db.parent.parent)
    db = _spellings(read_only_db)[spelling]
    before = _digest(read_only_db.parent)
    env = {**os.environ, "HOME": str(read_only_db.parent.parent / "out"), "COLUMNS": "200"}
    reads, writes = (READS, WRITES) if spelling == 0 else (SOME_READS, SOME_WRITES)
    for args in [*reads, ["db", "backup", str(read_only_db.parent.parent / "out" / f"copy{spelling}.db")]]:
        done = subprocess.run([*python, "--db", db, *args], capture_output=True, text=True, env=env,
                              cwd=read_only_db.parent.parent, timeout=120)
        assert done.returncode == 0, f"{args}: {done.stderr}"
        assert "Error" not in done.stderr and "Traceback" not in done.stderr, f"{args}: {done.stderr}"
    assert "Rita Vance" in subprocess.run([*python, "--db", db, "officials", "--csv"], capture_output=True, text=True,
                                          env=env, cwd=read_only_db.parent.parent).stdout
    article = str(read_only_db.parent.parent / "depot.txt")
    for args in writes:
        args = [article if a == "ARTICLE" else a for a in args]
        done = subprocess.run([*python, "--db", db, *args], capture_output=True, text=True, env=env,
                              cwd=read_only_db.parent.parent, timeout=120)
        lines = done.stderr.strip().splitlines()
        assert done.returncode == 1, f"{args}: {done.stderr}"
        assert len(lines) == 1 and lines[0].startswith("Error: ") and "read-only" in lines[0], f"{args}: {lines}"
    assert _digest(read_only_db.parent) == before  # not a byte written, no -wal or -shm left beside it
