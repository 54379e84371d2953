"""A database tracker cannot use is refused in one line, and the file is left exactly as it was."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from tests.reliability.conftest import Tracker, Unprivileged, closing, sha256, sidecars

ARTICLE = "Gov. Ann Lee said \u201cwe will fund the clinics\u201d on Monday.\n"

# Every command that opens the database, each of which must refuse the same way.
COMMANDS: list[tuple[str, ...]] = [("info",), ("statements",), ("ingest", "ARTICLE"), ("db", "upgrade"),
                                   ("db", "downgrade", "base"), ("export", "statements")]


def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def run_every_command(tracker: Tracker, tmp_path: Path, expect: str) -> None:
    """Each command exits 1 with one ``Error:`` line naming the file and containing ``expect``."""
    for command in COMMANDS:
        args = [str(article(tmp_path)) if a == "ARTICLE" else a for a in command]
        run = tracker(*args)
        assert run.code == 1, (command, run.stderr)
        (line,) = run.errors()
        assert line.startswith(f"Error: {tracker.db}") or line.startswith(f"Error: cannot open {tracker.db}"), line
        assert expect in line, (command, line)


@pytest.mark.parametrize("content", [
    b"these are my notes, not a database\n" * 40,
    bytes(random.Random(3).randrange(256) for _ in range(8192)),
    b"SQLite format 3\x00" + b"\xff" * 200,  # the right magic, and then nonsense
])
def test_a_file_that_is_not_a_database_is_refused_and_left_byte_identical(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(content)
    before = sha256(path)
    tracker = Tracker(path)
    run_every_command(tracker, tmp_path, "not a")
    assert tracker("db", "current").code == 1
    assert sha256(path) == before
    assert sidecars(path) == []


def stamp(db: Path, revision: str, journal_mode: str) -> None:
    with closing(db) as con:
        con.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        con.commit()
        con.execute(f"PRAGMA journal_mode = {journal_mode}")


@pytest.mark.parametrize("journal_mode", ["wal", "delete"])
def test_a_database_from_a_newer_tracker_is_refused_and_left_byte_identical(tracker: Tracker, tmp_path: Path,
                                                                            journal_mode: str) -> None:
    """A newer tracker's file, or a copy of one moved about in rollback-journal mode: never altered,
    not even the journal mode in its header."""
    assert tracker("ingest", article(tmp_path)).code == 0
    stamp(tracker.db, "0999_from_the_future", journal_mode)
    before = sha256(tracker.db)
    run_every_command(tracker, tmp_path, "newer tracker")
    assert tracker("db", "upgrade", "head").code == 1
    assert sha256(tracker.db) == before
    assert sidecars(tracker.db) == []
    current = tracker("db", "current")
    assert current.code == 0 and "0999_from_the_future" in current.stdout


def test_another_programs_database_is_refused_and_left_byte_identical(tmp_path: Path) -> None:
    path = tmp_path / "recipes.db"
    with closing(path) as con:
        con.execute("CREATE TABLE recipes (name TEXT)")
        con.execute("INSERT INTO recipes VALUES ('soup')")
        con.commit()
    before = sha256(path)
    run_every_command(Tracker(path), tmp_path, "not a tracker database")
    assert sha256(path) == before
    assert sidecars(path) == []


def test_an_unknown_target_revision_is_a_clean_error_that_changes_nothing(tracker: Tracker) -> None:
    before = sha256(tracker.db)
    for command in (("db", "upgrade", "7777"), ("db", "downgrade", "nonsense")):
        run = tracker(*command)
        assert run.code == 1
        (line,) = run.errors()
        assert "Can't locate revision" in line and "nothing was changed" in line
    assert sha256(tracker.db) == before


def test_a_database_downgraded_to_base_can_be_used_again(tracker: Tracker, tmp_path: Path) -> None:
    assert tracker("db", "downgrade", "base").code == 0
    run = tracker("ingest", article(tmp_path))
    assert run.code == 0, run.stderr
    assert tracker.count() == 1


def test_a_database_in_a_read_only_folder_is_refused_and_nothing_is_created(unprivileged: Unprivileged) -> None:
    folder = unprivileged.folder / "readonly"
    folder.mkdir()
    folder.chmod(0o555)
    tracker = Tracker(folder / "tracker.db")
    run = tracker.process("ingest", article(unprivileged.folder), prefix=unprivileged.prefix, cwd=unprivileged.folder)
    assert run.code == 1
    (line,) = run.errors()
    assert line == f"Error: folder {folder} is not writable: check its permissions, or pass --db with another path"
    assert list(folder.iterdir()) == []


def test_a_read_only_database_is_read_but_not_written_and_left_alone(unprivileged: Unprivileged,
                                                                       template_db: Path) -> None:
    path = unprivileged.folder / "tracker.db"
    path.write_bytes(template_db.read_bytes())
    path.chmod(0o444)
    before = sha256(path)
    assert Tracker(path).process("info", prefix=unprivileged.prefix, cwd=unprivileged.folder).code == 0
    run = Tracker(path).process("ingest", article(unprivileged.folder), prefix=unprivileged.prefix,
                                cwd=unprivileged.folder)
    assert run.code == 1
    (line,) = run.errors()
    assert line.startswith(f"Error: {path} is read-only (the file is read-only)")
    assert sha256(path) == before


def test_a_database_path_under_a_missing_folder_is_refused(tmp_path: Path) -> None:
    tracker = Tracker(tmp_path / "missing" / "tracker.db")
    run = tracker("info")
    assert run.code == 1
    (line,) = run.errors()
    assert "does not exist" in line
    assert not (tmp_path / "missing").exists()


def test_a_folder_given_as_the_database_is_refused(tmp_path: Path) -> None:
    run = Tracker(tmp_path)("info")
    assert run.code == 1
    (line,) = run.errors()
    assert "is a folder, not a database file" in line


def test_sqlite_rejects_nothing_we_accepted(tracker: Tracker) -> None:
    """The template the other tests copy is a real, healthy tracker database."""
    with closing(tracker.db) as con:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert con.execute("SELECT count(*) FROM topics").fetchone()[0] > 0
    assert isinstance(sqlite3.sqlite_version, str)


def test_opening_an_older_database_upgrades_it_and_keeps_every_row(tracker: Tracker, tmp_path: Path) -> None:
    """An upgrade loses nothing: every table the older schema has holds the same rows afterwards."""
    from tracker.store.db import SCHEMA_HEAD

    path = tmp_path / "articles.jsonl"
    path.write_text("".join(
        f'{{"text": "Gov. Ann Lee said \\u201cwe will fund {n} clinics\\u201d under HB {n}, a $4 million plan.", '
        f'"published": "2024-03-0{n}"}}\n' for n in range(1, 6)), encoding="utf-8")
    assert tracker("ingest", path).code == 0
    assert tracker("db", "downgrade", "--", "-1").code == 0  # one revision back

    def columns() -> dict[str, list[str]]:
        with closing(tracker.db) as con:
            tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                                                "LIKE 'sqlite%' AND name NOT LIKE 'statements_fts%'")]
            return {t: [c[1] for c in con.execute(f'PRAGMA table_info("{t}")')]
                    for t in tables if t != "alembic_version"}

    def dump(tables: dict[str, list[str]]) -> dict[str, list[tuple[object, ...]]]:
        with closing(tracker.db) as con:
            return {t: sorted(con.execute(f'SELECT {", ".join(chr(34) + c + chr(34) for c in cols)} FROM "{t}"'),
                              key=repr) for t, cols in tables.items()}

    old_columns = columns()
    older = dump(old_columns)
    assert older["statements"] and older["articles"]
    run = tracker("info")  # any command brings the schema up to date
    assert run.code == 0 and f"revision: {SCHEMA_HEAD}" in run.stdout
    assert dump(old_columns) == older  # new columns may have been added; the old ones hold the same rows
