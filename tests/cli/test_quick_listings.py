"""`tracker topics` and `tracker officials` read an up-to-date SQLite file without loading SQLAlchemy,
and say exactly what the full path says; anything unusual goes the full path."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SEEDS
from tracker.store import listings
from tracker.store.db import open_db
from tracker.store.queries import list_officials, list_topics
from tracker.store.quick import open_listing

# Runs a listing in a fresh interpreter and reports whether SQLAlchemy had to be imported.
PROBE = ("import json, sys\nfrom tracker.cli import app\n"
         "try:\n    app(sys.argv[1:])\n"
         "finally:\n    print(json.dumps('sqlalchemy' in sys.modules), file=sys.stderr)\n")


def _tracker(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "COLUMNS": "200"})


@pytest.fixture
def seeded_file(tmp_path: Path) -> Path:
    path = tmp_path / "tracker.db"
    done = subprocess.run([sys.executable, "-m", "tracker", "--db", str(path), "ingest", str(SEEDS)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return path


@pytest.mark.parametrize("command", ["topics", "officials"])
def test_a_listing_of_an_up_to_date_file_does_not_load_sqlalchemy(seeded_file: Path, command: str) -> None:
    done = _tracker("--db", str(seeded_file), command, "--json")
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip().splitlines()[-1] == "false"
    assert json.loads(done.stdout)


def test_a_sqlite_url_relative_to_the_working_folder_is_read_too(seeded_file: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(seeded_file.parent)
    opened = open_listing(f"sqlite:///{seeded_file.name}")
    assert opened is not None
    opened[1].close()


def test_quick_and_full_listings_agree(seeded_file: Path) -> None:
    opened = open_listing(str(seeded_file))
    assert opened is not None
    run, con = opened
    try:
        quick = (listings.topics(run), listings.officials(run))
    finally:
        con.close()
    db = open_db(str(seeded_file))
    try:
        full = (list_topics(db), list_officials(db))
    finally:
        db.close()
    assert quick == full
    assert any(o["name"] == "Hector Balderas" and o["office"] and o["statements"] > 0 for o in quick[1])
    assert sum(t["statements"] for t in quick[0]) > 0


def test_a_file_at_an_older_schema_is_upgraded_by_the_full_path(seeded_file: Path) -> None:
    con = sqlite3.connect(seeded_file)
    con.execute("UPDATE alembic_version SET version_num = '0002'")  # as if made by the previous release
    con.commit()
    con.close()
    assert open_listing(str(seeded_file)) is None
    done = _tracker("--db", str(seeded_file), "topics", "--json")
    assert done.returncode != 0 or done.stderr.strip().splitlines()[-1] == "true"


@pytest.mark.parametrize("content", [b"", b"not a database at all\n" * 10])
def test_anything_but_a_tracker_file_takes_the_full_path_and_its_errors(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.db"
    path.write_bytes(content)
    assert open_listing(str(path)) is None
    done = _tracker("--db", str(path), "officials")
    if content:
        assert done.returncode == 1 and "is not a SQLite database" in done.stderr
        assert path.read_bytes() == content
    else:  # an empty file is a new database
        assert done.returncode == 0, done.stderr


def test_a_missing_file_or_a_server_url_takes_the_full_path(tmp_path: Path) -> None:
    assert open_listing(str(tmp_path / "new.db")) is None
    assert open_listing("postgresql+psycopg://u@localhost/x") is None
    assert open_listing(":memory:") is None
