"""Every option of every command, fed hostile values, answers like a tool and not like a crash.

The commands and their options are read from the Typer app itself, so a command added later is
covered without touching this file. Each run gets values that have broken command-line tools
before: huge, negative and zero numbers, empty, non-ASCII, NUL and very long strings, dates out of
range, and paths that are folders, FIFOs, missing or unreadable. Whatever the values, the command
exits 0, 1 or 2; a refusal says so in exactly one ``Error:`` line; nothing escapes as a traceback;
and a refused command leaves the database as it was.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.main import get_command
from typer.testing import CliRunner

from tracker.cli import app

EXAMPLES = int(os.environ.get("TRACKER_OPTION_EXAMPLES", "20"))
ARTICLE = ("Council backs depot plan\n\n"
           "Mayor Rita Vance said the city will open a new bus depot next spring. \"Riders on the east side "
           "have waited long enough,\" Vance said on Tuesday. She asked for $2 million for the Health budget.\n")

HUGE = "99999999999999999999"
NUMBERS = [HUGE, f"-{HUGE}", "9223372036854775808", "-1", "0", "1", "3", "", "x", "1.5", " 2", "1e9"]
TEXTS = ["", "\x00", "a\x00b", "é", "Zoë Ñúñez", "中文", "🙂", "x" * 5000, " ", "-", "--", "'", '"', "%", "*",
         "NEAR", "\n", "Rita Vance", "Vance", "Health", "statements", "direct_quote", "request", "head", "base",
         "0001", "..", "/"]
DATES = ["0000-01-01", "0001-01-01", "9999-12-31", "10000-01-01", "2020-02-30", "-2020-01-01", "2020-1-1", HUGE,
         "2018-07-06", "2018-07-06T10:00"]
# Stand-ins for paths, made afresh in each example's folder (see _workspace).
PATHS = ["@folder", "@fifo", "@missing", "@missing-folder/x", "@unreadable", "@article", "@empty", "@binary",
         "@jsonl", "-", "/dev/null"]
TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=40)


def _commands() -> list[tuple[tuple[str, ...], Any]]:
    found: list[tuple[tuple[str, ...], Any]] = []

    def walk(cmd: Any, path: tuple[str, ...]) -> None:
        subs = getattr(cmd, "commands", None)
        if subs:
            for name, sub in sorted(subs.items()):
                walk(sub, (*path, name))
        else:
            found.append((path, cmd))

    walk(get_command(app), ())
    return found


def _values(param: Any) -> st.SearchStrategy[str]:
    """What to try for one option or argument, by what it takes."""
    annotation = str(getattr(getattr(param, "type_descriptor", None), "annotation", ""))
    name = param.name or ""
    if "int" in annotation or "float" in annotation:
        return st.sampled_from(NUMBERS) | st.integers().map(str)
    if name in {"since", "until", "published"} or "date" in name:
        return st.sampled_from(DATES) | st.dates().map(lambda d: d.isoformat()) | TEXT
    if "Path" in annotation or name in {"paths", "file", "output", "path"}:
        return st.sampled_from(PATHS) | st.sampled_from(TEXTS)
    return st.sampled_from(TEXTS) | st.sampled_from(PATHS) | TEXT


@st.composite
def _arguments(draw: st.DrawFn, cmd: Any) -> list[str]:
    args: list[str] = []
    positional: list[str] = []
    for param in cmd.params:
        is_option = bool(getattr(param, "opts", None)) and param.opts[0].startswith("-")
        if is_option:
            if not draw(st.booleans()):
                continue
            flag = draw(st.sampled_from(param.opts))
            if getattr(param, "is_flag", False):
                args.append(flag)
            else:
                args += [flag, draw(_values(param))]
        elif param.required or draw(st.booleans()):
            count = draw(st.integers(1, 2)) if param.nargs == -1 else 1
            positional += [draw(_values(param)) for _ in range(count)]
    # "--" so a value such as "-" or "--x" is taken as the argument it was meant to be.
    return [*args, "--", *positional] if positional else args


def _workspace(folder: Path, template: Path) -> Path:
    """A folder holding the database (a copy of the template) and each kind of path."""
    db = folder / "tracker.db"
    shutil.copy(template, db)
    (folder / "folder").mkdir()
    os.mkfifo(folder / "fifo")
    (folder / "unreadable.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "unreadable.txt").chmod(0)
    (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.html").write_bytes(bytes(range(256)) * 4)
    (folder / "items.jsonl").write_text('{"text": "Mayor Rita Vance said the depot opens in May."}\n{bad\n',
                                        encoding="utf-8")
    return db


def _concrete(value: str, folder: Path) -> str:
    names = {"@folder": "folder", "@fifo": "fifo", "@missing": "missing.txt", "@missing-folder/x": "nowhere/x.txt",
             "@unreadable": "unreadable.txt", "@article": "article.txt", "@empty": "empty.txt",
             "@binary": "binary.html", "@jsonl": "items.jsonl"}
    return str(folder / names[value]) if value in names else value


def _content(db: Path) -> str:
    """What the database holds, as SQL, hashed: the same whatever the WAL or page layout."""
    con = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        return hashlib.sha256("\n".join(con.iterdump()).encode()).hexdigest()
    finally:
        con.close()


@pytest.fixture(scope="module")
def template() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="tracker-options-"))
    try:
        (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
        result = CliRunner().invoke(app, ["--db", str(folder / "t.db"), "ingest", str(folder / "a.txt")])
        assert result.exit_code == 0, result.output
        yield folder / "t.db"
    finally:
        shutil.rmtree(folder)


def _check(command: tuple[str, ...], args: list[str], template: Path, db_option: str | None = None) -> None:
    folder = Path(tempfile.mkdtemp(prefix="tracker-option-"))
    cwd = Path.cwd()
    try:
        db = _workspace(folder, template)
        argv = [_concrete(a, folder) for a in args]
        before = _content(db)
        os.chdir(folder)  # a relative path the command writes lands here
        result = CliRunner().invoke(app, ["--db", _concrete(db_option, folder) if db_option is not None else str(db),
                                          *command, *argv], input="", env={"COLUMNS": "120"})
        os.chdir(cwd)
        shown = f"tracker {' '.join(command)} {argv!r:.500} -> {result.exit_code}\n{result.stderr[-2000:]}"
        assert result.exception is None or isinstance(result.exception, SystemExit), \
            f"{shown}\n{type(result.exception).__name__}: {str(result.exception)[:500]}"
        assert result.exit_code in (0, 1, 2), shown
        assert "Traceback" not in result.stderr, shown
        if result.exit_code != 0:
            errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
            # `ingest` of a folder goes on past a bad file: one line per file it could not store, and the
            # articles it could store are stored (each in its own transaction).
            batch = command == ("ingest",) and result.exit_code == 1 and "ingested " in result.stderr
            assert len(errors) >= 1 if batch else len(errors) == 1, shown
            if not batch or "ingested 0," in result.stderr:
                assert _content(db) == before, f"{shown}\nthe refused command changed the database"
    finally:
        os.chdir(cwd)
        for p in folder.rglob("*"):
            if not p.is_symlink():
                p.chmod(0o700)
        shutil.rmtree(folder)


# `serve` runs until it is stopped, so hostile values that happen to be valid would never return:
# its options are checked in tests/web with the server started in a subprocess.
COMMANDS = [(c, cmd) for c, cmd in _commands() if c != ("serve",)]


@pytest.mark.parametrize("command", [c for c, _ in COMMANDS], ids=[" ".join(c) for c, _ in COMMANDS])
def test_every_option_of_every_command_exits_cleanly_on_hostile_values(command: tuple[str, ...],
                                                                       template: Path) -> None:
    cmd = dict(COMMANDS)[command]

    @settings(max_examples=EXAMPLES, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(args=_arguments(cmd))
    def run(args: list[str]) -> None:
        _check(command, args, template)

    run()


@pytest.mark.parametrize("db_option", ["@folder", "@fifo", "@missing-folder/x", "@unreadable", "@article",
                                       "@empty", "@binary", "", "\x00", "x" * 5000, "sqlite:///", "file:?mode=ro",
                                       "postgresql://nobody@/nowhere?host=/nonexistent", "mysql://x/y", "é.db"])
@pytest.mark.parametrize("command", [("topics",), ("statements",), ("info",), ("db", "current")])
def test_the_database_option_refuses_what_is_no_database_in_one_line(db_option: str, command: tuple[str, ...],
                                                                      template: Path) -> None:
    _check(command, [], template, db_option=db_option)
