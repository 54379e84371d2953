"""CSV exports survive any text a quote can hold, never run as a spreadsheet formula, and are written
whole or not at all."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from tests.reliability.conftest import Tracker, closing

TITLE = '=HYPERLINK("http://evil.example","open") Budget fight, "round two"\nand more'
URL = "https://example.org/news?id=1,2&q=\"x\""
ARTICLE = """Budget fight

\u201cWe said \u2018no, never,\u2019 and we meant it; the deal is, in a word, \u2018dead,\u2019\u201d \
Gov. Maria Ortega said.

Sen. Ray Dunmore said: \u201cTeachers told me, \u2018We need 5,000 more aides,\u2019 and I agree.\u201d

\u201c=SUM(A1:A9) is not how we count children,\u201d Ortega said.

\u201c@everyone should read the bill,\u201d Dunmore added.

\u201c+10 percent for teachers is the floor, not the ceiling,\u201d Ortega said.

\u201c-Cuts to schools are not a plan,\u201d Dunmore added.
"""
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture
def filled(tracker: Tracker, tmp_path: Path) -> Tracker:
    path = tmp_path / "budget.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    run = tracker("ingest", path, "--title", TITLE, "--url", URL)
    assert run.code == 0, run.stderr
    return tracker


def stored_statements(tracker: Tracker) -> dict[str, str]:
    with closing(tracker.db) as con:
        return {str(i): text for i, text in con.execute("SELECT id, text FROM statements")}


def parse(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_quotes_commas_and_newlines_round_trip_through_a_csv_reader(filled: Tracker) -> None:
    run = filled("export", "statements")
    assert run.code == 0
    rows = parse(run.stdout)
    said = stored_statements(filled)
    assert len(rows) == len(said) >= 6
    assert any("," in s and "\u2018" in s for s in said.values())  # the test means something only if these exist
    for row in rows:
        assert row["text"].removeprefix("'") == said[row["id"]]
        assert row["article_title"] == "'" + TITLE  # newline, commas and double quotes intact
        assert row["article_url"] == URL
    assert parse(filled("statements", "--csv").stdout)[0]["article_title"] == "'" + TITLE


def test_formula_cells_are_neutralised(filled: Tracker) -> None:
    rows = list(csv.reader(io.StringIO(filled("export", "statements").stdout, newline="")))
    cells = [cell for row in rows for cell in row]
    assert not [c for c in cells if c.startswith(FORMULA_STARTS)]
    texts = {r[rows[0].index("text")] for r in rows[1:]}
    for risky in ("=SUM(A1:A9) is not how we count children", "@everyone should read the bill",
                  "+10 percent for teachers is the floor, not the ceiling", "-Cuts to schools are not a plan"):
        assert "'" + risky in texts


def test_excel_csv_starts_with_a_bom_and_still_parses(filled: Tracker, tmp_path: Path) -> None:
    plain, excel = tmp_path / "plain.csv", tmp_path / "excel.csv"
    assert filled("export", "statements", "-o", plain).code == 0
    assert filled("export", "statements", "--excel", "-o", excel).code == 0
    assert excel.read_bytes().startswith(b"\xef\xbb\xbfid,")
    assert not plain.read_bytes().startswith(b"\xef\xbb\xbf")
    with excel.open(encoding="utf-8-sig", newline="") as f:
        from_excel = list(csv.DictReader(f))
    assert from_excel == parse(plain.read_text(encoding="utf-8"))
    assert from_excel[0]["article_title"] == "'" + TITLE
    stdout = filled("export", "statements", "--excel").stdout
    assert stdout.startswith("\ufeffid,") and parse(stdout.removeprefix("\ufeff")) == from_excel


def test_output_into_a_missing_folder_fails_cleanly_and_writes_nothing(filled: Tracker, tmp_path: Path) -> None:
    before = set(tmp_path.rglob("*"))
    run = filled("export", "statements", "-o", tmp_path / "missing" / "out.csv")
    assert run.code == 1
    (line,) = run.errors()
    assert line == (f"Error: {tmp_path / 'missing' / 'out.csv'}: folder {tmp_path / 'missing'} does not exist: "
                    "create it first, or choose another path")
    assert set(tmp_path.rglob("*")) == before


def test_output_onto_a_folder_fails_cleanly(filled: Tracker, tmp_path: Path) -> None:
    run = filled("export", "statements", "-o", tmp_path)
    assert run.code == 1
    (line,) = run.errors()
    assert "is a folder" in line


def test_a_write_that_fails_midway_leaves_the_old_file_and_no_partial_one(filled: Tracker, tmp_path: Path) -> None:
    """As when the disk fills up (here: a file-size limit): the previous export stays as it was, no
    temporary file is left, and the error is one line."""
    import resource
    import subprocess
    import sys

    out = tmp_path / "out.csv"
    out.write_text("the previous export\n")

    def small_disk() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (600, 600))

    # Held open so SQLite's 32 kB shared-memory file already exists: only the CSV meets the limit.
    with closing(filled.db) as con:
        con.execute("SELECT count(*) FROM statements").fetchone()
        cmd = [sys.executable, "-m", "tracker", "--db", str(filled.db), "export", "statements", "-o", str(out)]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=60, preexec_fn=small_disk)
    assert done.returncode == 1, done.stderr
    assert done.stderr.splitlines() == [f"Error: {out}: could not write: File too large; the file was left as it "
                                        "was: free some space, or choose another path"]
    assert out.read_text() == "the previous export\n"
    assert [p.name for p in tmp_path.iterdir() if "out.csv" in p.name] == ["out.csv"]


def test_an_export_file_is_readable_like_any_other_file(filled: Tracker, tmp_path: Path) -> None:
    """Written via a private temporary file, but the result follows the umask like a normal file."""
    import os

    out = tmp_path / "shared.csv"
    mask = os.umask(0o022)
    try:
        assert filled("export", "statements", "-o", out).code == 0
    finally:
        os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o644
