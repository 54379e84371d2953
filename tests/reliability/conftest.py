"""Driving the real ``tracker`` against real SQLite files, and checking what a user would see.

Most tests run the CLI in-process (Typer's CliRunner, fast); those about processes, memory,
signals and permissions run ``python -m tracker`` as a subprocess.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

# The Rich summary line every ingest ends with; anything else on stderr must be an "Error: " line.
SUMMARY = re.compile(r"^ingested \d+, skipped \d+ duplicate\(s\), failed \d+$")
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\r")


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str

    @property
    def plain(self) -> str:
        """stderr without terminal control sequences (colour, cursor moves)."""
        return ANSI.sub("", self.stderr)

    def errors(self) -> list[str]:
        return [line for line in self.plain.splitlines() if line.startswith("Error: ")]

    def error_for(self, origin: str | Path) -> str:
        """The one error line about ``origin`` (a path, or ``path:LINE``)."""
        lines = [e for e in self.errors() if e.startswith(f"Error: {origin}: ")]
        assert len(lines) == 1, f"expected one error line for {origin}, got {lines}\n{self.stderr}"
        return lines[0]

    def assert_no_traceback(self) -> None:
        assert "Traceback" not in self.stderr and "Traceback" not in self.stdout, self.stderr


class Tracker:
    """``tracker --db DB ...`` for one test database."""

    def __init__(self, db: Path) -> None:
        self.db = db

    def __call__(self, *args: str | Path, input: bytes | str | None = None) -> Run:
        """In-process, through Typer's CliRunner; an exception escaping the CLI fails the test."""
        from typer.testing import CliRunner

        from tracker.cli import app

        result = CliRunner().invoke(app, ["--db", str(self.db), *map(str, args)], input=input,
                                    catch_exceptions=False)
        run = Run(result.exit_code, result.stdout, result.stderr)
        run.assert_no_traceback()
        return run

    def process(self, *args: str | Path, prefix: Sequence[str] = (), env: dict[str, str] | None = None,
                cwd: Path | None = None, timeout: float = 120) -> Run:
        """A real ``python -m tracker`` process; ``prefix`` replaces ``python -m tracker`` (see Unprivileged)."""
        cmd = [*(prefix or [sys.executable, "-m", "tracker"]), "--db", str(self.db), *map(str, args)]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=cwd,
                              env={**os.environ, **(env or {})})
        run = Run(done.returncode, done.stdout, done.stderr)
        run.assert_no_traceback()
        return run

    def popen(self, *args: str | Path) -> subprocess.Popen[str]:
        return subprocess.Popen([sys.executable, "-m", "tracker", "--db", str(self.db), *map(str, args)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def texts(self) -> dict[str, str]:
        """Stored article text by source (file path, or path:LINE)."""
        with closing(self.db) as con:
            return dict(con.execute("SELECT source, text FROM articles"))

    def count(self, table: str = "articles") -> int:
        with closing(self.db) as con:
            return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


class closing:
    """A short-lived sqlite3 connection that never keeps a WAL snapshot open."""

    def __init__(self, path: Path) -> None:
        self.con = sqlite3.connect(path, timeout=30)

    def __enter__(self) -> sqlite3.Connection:
        return self.con

    def __exit__(self, *exc: object) -> None:
        self.con.close()


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, empty tracker database, made once; tests get copies (migrating costs ~1 s)."""
    from tracker.store.db import open_db

    path = tmp_path_factory.mktemp("template") / "tracker.db"
    open_db(str(path)).close()
    assert not path.with_name("tracker.db-wal").exists()
    return path


@pytest.fixture
def db(template_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "tracker.db"
    shutil.copyfile(template_db, path)
    return path


@pytest.fixture
def tracker(db: Path) -> Tracker:
    return Tracker(db)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sidecars(path: Path) -> list[str]:
    """SQLite files that opening ``path`` may have left beside it."""
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name) and p != path)


@dataclass
class Unprivileged:
    """Where and how to run tracker so that file permissions apply (root ignores them): ``prefix``
    is the command that starts tracker as that user."""

    prefix: list[str]
    folder: Path


# Runs tracker from a Python given the environment's packages by path (.pth files included, which
# PYTHONPATH would skip): for a system Python when this one lives where nobody may enter (/root).
_LAUNCH = ("import runpy, site, sys; site.addsitedir(sys.argv.pop(1)); sys.argv[0] = 'tracker'; "
           "runpy.run_module('tracker', run_name='__main__')")


def nobody_launcher(cwd: Path) -> list[str] | None:
    """The command that runs ``tracker`` as user nobody (uid 65534), or None if nobody cannot run it:
    this Python if nobody may, else the system's Python of the same version with this one's packages."""
    import sysconfig

    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    drop = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
    packages = sysconfig.get_paths()["purelib"]
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    candidates = [[sys.executable, "-m", "tracker"]]
    for folder in ("/usr/bin", "/usr/local/bin"):
        system = Path(folder) / version
        if system.is_file():
            candidates.append([str(system), "-c", _LAUNCH, packages])
    for launcher in candidates:
        probe = subprocess.run([*drop, *launcher, "--version"], capture_output=True, cwd=cwd)
        if probe.returncode == 0:
            return [*drop, *launcher]
    return None


@pytest.fixture
def unprivileged(tmp_path: Path) -> Iterator[Unprivileged]:
    """As root, run as ``nobody`` through setpriv, in a folder nobody can reach; otherwise as is.

    Skips when running as root and the user cannot be switched: chmod does not bite root, so such
    a test could not fail.
    """
    if os.geteuid() != 0:
        yield Unprivileged([], tmp_path)
        return
    folder = Path(tempfile.mkdtemp(prefix="tracker-perm-"))
    folder.chmod(0o777)
    prefix = nobody_launcher(folder)
    if prefix is None:
        shutil.rmtree(folder)
        pytest.skip("running as root, and user nobody cannot run tracker (no setpriv, or no Python nobody may "
                    "run): permissions do not apply to root, so this cannot fail")
    try:
        yield Unprivileged(prefix, folder)
    finally:
        for p in [folder, *folder.rglob("*")]:
            if not p.is_symlink():
                p.chmod(p.stat().st_mode | stat.S_IRWXU)
        shutil.rmtree(folder)
