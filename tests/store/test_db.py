"""Finding, opening and refusing databases."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tracker.errors import SchemaError
from tracker.store.db import SCHEMA_HEAD, mask_url, open_db, resolve_url


def test_a_path_becomes_an_absolute_sqlite_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert resolve_url("x.db") == f"sqlite:///{tmp_path / 'x.db'}"


def test_a_url_is_used_as_given() -> None:
    assert resolve_url("postgresql+psycopg://u:p@h/db") == "postgresql+psycopg://u:p@h/db"


def test_tracker_db_environment_variable_is_the_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRACKER_DB", str(tmp_path / "env.db"))
    assert resolve_url(None) == f"sqlite:///{tmp_path / 'env.db'}"


def test_without_db_or_env_the_user_data_folder_is_used_and_created() -> None:
    import platformdirs

    folder = platformdirs.user_data_path("tracker")
    assert resolve_url(None) == f"sqlite:///{folder / 'tracker.db'}"
    assert folder.is_dir()


def test_passwords_are_masked() -> None:
    assert "secret" not in mask_url("postgresql+psycopg://me:secret@host/db")


def test_opening_sets_wal_busy_timeout_and_foreign_keys(tmp_path: Path) -> None:
    db = open_db(str(tmp_path / "t.db"))
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30000
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    db.close()


def test_a_write_session_holds_the_write_lock_from_its_start(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    db = open_db(str(path))
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    with db.session(write=True) as s:
        s.connection()  # BEGIN IMMEDIATE, before any write
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
    other.execute("BEGIN IMMEDIATE")  # free again once the session ends
    other.execute("ROLLBACK")
    other.close()
    db.close()


def test_a_read_session_does_not_block_writers(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    db = open_db(str(path))
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    with db.session() as s:
        s.connection()
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
    other.close()
    db.close()


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("these are my notes, not a database\n")
    with pytest.raises(SchemaError, match="not a SQLite database"):
        open_db(str(path))
    assert path.read_text() == "these are my notes, not a database\n"


def test_a_database_from_a_newer_tracker_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    open_db(str(path)).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.close()
    with pytest.raises(SchemaError, match="newer tracker") as err:
        open_db(str(path))
    assert err.value.hint
    con = sqlite3.connect(path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("9999_from_the_future",)
    con.close()


def test_another_programs_sqlite_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE recipes (name TEXT)")
    con.commit()
    con.close()
    with pytest.raises(SchemaError, match="not a tracker database"):
        open_db(str(path))
    con = sqlite3.connect(path)
    assert [r[0] for r in con.execute("SELECT name FROM sqlite_master")] == ["recipes"]
    con.close()


def test_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SchemaError, match="does not exist"):
        open_db(str(tmp_path / "nowhere" / "t.db"))
    assert not (tmp_path / "nowhere").exists()


def test_a_location_under_a_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "plain").write_text("x")
    with pytest.raises(SchemaError):
        open_db(str(tmp_path / "plain" / "t.db"))


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SchemaError, match="folder"):
        open_db(str(tmp_path))


def test_an_empty_file_becomes_a_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    open_db(str(path)).close()
    con = sqlite3.connect(path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (SCHEMA_HEAD,)
    con.close()


def test_opening_an_up_to_date_database_does_not_import_alembic(tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    open_db(str(path)).close()
    code = (f"import sys; from tracker.store.db import open_db; open_db({str(path)!r}).close(); "
            "print('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_an_in_memory_database_works_for_one_process() -> None:
    from tracker.store.queries import info

    db = open_db(":memory:")
    data = info(db)
    assert data["revision"] == SCHEMA_HEAD and data["counts"]["topics"] == 21
    db.close()


def test_current_of_a_file_that_is_not_a_database_is_a_schema_error(tmp_path: Path) -> None:
    from tracker.store.db import current

    path = tmp_path / "notes.txt"
    path.write_text("not a database, but long enough to have a header of sorts\n" * 20)
    with pytest.raises(SchemaError):
        current(f"sqlite:///{path}")
