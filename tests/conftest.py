"""Fixtures shared by every test: real temporary databases, the CLI, and the shared dev set."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = Path(os.environ.get("TRACKER_SHARED", ROOT.parent / "shared"))


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real user data folder, and render Rich tables at a known width."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.delenv("TRACKER_DB", raising=False)


PG_HINT = "set TRACKER_TEST_PG_URL, or run the tests under scripts/with-postgres (what `make test` does)"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--database-tests-only", action="store_true",
                     help="run only tests that use a database fixture (db_url, pg_url): the PostgreSQL pass "
                          "of `make test`, which would otherwise repeat every extraction test")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not config.getoption("--database-tests-only"):
        return
    keep, drop = [], []
    for item in items:
        uses_db = {"db_url", "pg_url"} & set(getattr(item, "fixturenames", ()))
        (keep if uses_db else drop).append(item)
    config.hook.pytest_deselected(items=drop)
    items[:] = keep


@pytest.fixture
def pg_url() -> str:
    """The PostgreSQL server to test against; the test is skipped, saying why, when none is given."""
    url = os.environ.get("TRACKER_TEST_PG_URL")
    if not url:
        pytest.skip(f"needs PostgreSQL: {PG_HINT}")
    return url


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """A fresh database: SQLite in a temp folder, or PostgreSQL when TRACKER_TEST_PG_URL is set."""
    pg = os.environ.get("TRACKER_TEST_PG_URL")
    if pg:
        from tests.pg import fresh_database

        return fresh_database(pg)
    return f"sqlite:///{tmp_path / 'tracker.db'}"


@pytest.fixture
def shared() -> Path:
    if not (SHARED / "eval" / "dev").is_dir():
        pytest.skip(f"../shared is absent ({SHARED}): the dev set lives there, not in this repo")
    return SHARED


@pytest.fixture
def cli(db_url: str) -> Callable[..., object]:
    """Run ``tracker ARGS`` in-process against the test database; returns the click Result."""
    from typer.testing import CliRunner

    from tracker.cli import app

    runner = CliRunner()

    def run(*args: str, input: str | bytes | None = None) -> object:
        return runner.invoke(app, ["--db", db_url, *args], input=input, catch_exceptions=False)

    return run
