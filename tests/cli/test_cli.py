"""The CLI as a reporter uses it: ingest the seeds, ask questions, export, report."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SEEDS

ARTICLE = """Governor wants $4 million for rural clinics

SANTA FE — Gov. Jane Roe, a Democrat, asked lawmakers on Tuesday for $4 million to keep rural clinics open.

"No family should drive two hours to see a doctor," Roe said. "We can fix this in one session."

Roe said the money would come from the state's reserve fund.
"""


@pytest.fixture
def seeded(cli):  # type: ignore[no-untyped-def]
    result = cli("ingest", str(SEEDS))
    assert result.exit_code == 0, result.output
    return cli


def test_ingesting_the_seeds_reports_three_articles(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("ingest", str(SEEDS))
    assert result.exit_code == 0, result.output
    assert "ingested 3" in result.stderr


def test_reingesting_the_same_articles_is_a_noop(seeded) -> None:  # type: ignore[no-untyped-def]
    before = json.loads(seeded("statements", "--json").stdout)
    again = seeded("ingest", str(SEEDS))
    assert again.exit_code == 0
    assert "ingested 0, skipped 3" in again.stderr
    assert json.loads(seeded("statements", "--json").stdout) == before


def test_positions_by_topic_show_balderas_on_law_and_crime(seeded) -> None:  # type: ignore[no-untyped-def]
    result = seeded("positions", "--official", "balderas")
    assert result.exit_code == 0, result.output
    assert "Law and Crime" in result.stdout
    assert "Hector Balderas" in result.stdout
    assert "horrific child pornography loophole" in result.stdout.replace("\n", " ") or "loophole" in result.stdout


def test_positions_json_groups_statements_under_topics(seeded) -> None:  # type: ignore[no-untyped-def]
    groups = json.loads(seeded("positions", "--topic", "law and crime", "--json").stdout)
    assert [g["topic"] for g in groups] == ["Law and Crime"]
    officials = {o["official"] for g in groups for o in g["officials"]}
    assert "Hector Balderas" in officials


def test_statements_filter_by_official_kind_and_dates(seeded) -> None:  # type: ignore[no-untyped-def]
    rows = json.loads(seeded("statements", "--official", "AG Balderas", "--kind", "qa_answer", "--json").stdout)
    assert rows and all(r["speaker"] == "Hector Balderas" and r["kind"] == "qa_answer" for r in rows)
    dated = json.loads(seeded("statements", "--official", "balderas", "--since", "2018-01-01", "--json").stdout)
    assert dated and all(r["article_published"] >= "2018-01-01" for r in dated)
    none = json.loads(seeded("statements", "--until", "1990-01-01", "--json").stdout)
    assert none == []


def test_full_text_search_finds_statements_by_word(seeded) -> None:  # type: ignore[no-untyped-def]
    rows = json.loads(seeded("statements", "--search", "trafficking", "--json").stdout)
    assert rows and all("trafficking" in r["text"].lower() for r in rows)
    odd = seeded("statements", "--search", 'loophole" OR (', "--json")
    assert odd.exit_code == 0


def test_unknown_official_gets_one_line_with_closest_names(seeded) -> None:  # type: ignore[no-untyped-def]
    result = seeded("official", "Baldaras")
    assert result.exit_code == 1
    line = result.stderr.strip()
    assert line.startswith("Error:") and "\n" not in line
    assert "Hector Balderas" in line


def test_unknown_topic_is_an_error_with_suggestions(seeded) -> None:  # type: ignore[no-untyped-def]
    result = seeded("positions", "--topic", "Law & Crme")
    assert result.exit_code == 1
    assert "Law and Crime" in result.stderr


def test_official_shows_offices_topics_and_funding(seeded) -> None:  # type: ignore[no-untyped-def]
    result = seeded("official", "Hector Balderas")
    assert result.exit_code == 0, result.output
    assert "Attorney General" in result.stdout
    assert "227,000" in result.stdout


def test_funding_lists_figures_and_flags_bad_arithmetic(seeded) -> None:  # type: ignore[no-untyped-def]
    rows = json.loads(seeded("funding", "--json").stdout)
    amounts = {r["amount"] for r in rows}
    assert {227000, 183994} <= amounts
    flagged = [r for r in rows if r["flag_reason"]]
    assert any(r["amount"] == 183994 and "177,330" in r["flag_reason"] for r in flagged)


def test_officials_bills_topics_listings(seeded) -> None:  # type: ignore[no-untyped-def]
    officials = json.loads(seeded("officials", "--json").stdout)
    assert "Hector Balderas" in {o["name"] for o in officials}
    assert seeded("bills").exit_code == 0
    topics = json.loads(seeded("topics", "--json").stdout)
    assert len(topics) == 21 and {"name", "cap_code", "statements"} <= set(topics[0])


def test_export_writes_rfc4180_csv_with_sources(seeded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "statements.csv"
    result = seeded("export", "statements", "-o", str(out))
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"), newline="")))
    assert rows and {"article_title", "article_url", "article_published", "text"} <= set(rows[0])
    for table in ("officials", "bills", "funding", "positions"):
        assert seeded("export", table).exit_code == 0


def test_export_neutralises_formula_cells(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    assert cli("ingest", str(src), "--title", "=HYPERLINK(\"http://x\")").exit_code == 0
    out = cli("export", "statements", "--excel").stdout
    assert out.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(out.lstrip("\ufeff"), newline="")))
    assert rows and all(r["article_title"].startswith("'=") for r in rows)


def test_report_writes_a_markdown_dossier(seeded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "balderas.md"
    result = seeded("report", "--official", "balderas", "--output", str(out))
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Hector Balderas")
    assert "Law and Crime" in text


def test_extract_json_prints_the_gold_format_with_offsets(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from tracker.cli import app

    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(src), "--json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert set(doc) >= {"id", "title", "published", "officials", "statements", "bills", "funding"}
    assert any(o["name"] == "Jane Roe" for o in doc["officials"])
    for st in doc["statements"]:
        assert ARTICLE[st["start"]:st["end"]] == st["text"]
    assert any(f["amount"] == 4000000 for f in doc["funding"])


def test_extract_explain_shows_cues(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from tracker.cli import app

    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(src), "--explain"])
    assert result.exit_code == 0, result.output
    assert "cue:" in result.stdout and "Jane Roe" in result.stdout


def test_a_failing_article_does_not_stop_the_batch(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "in" / "empty.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "in" / "lines.jsonl").write_text('{"text": "Mayor Al Bee said the budget is fine."}\n{oops\n',
                                                  encoding="utf-8")
    result = cli("ingest", str(tmp_path / "in"))
    assert result.exit_code == 1
    assert "empty.txt" in result.stderr and "lines.jsonl:2" in result.stderr
    assert "ingested 2" in result.stderr
    titles = {r["article_title"] for r in json.loads(cli("statements", "--json").stdout)}
    assert "Governor wants $4 million for rural clinics" in titles


def test_missing_path_is_a_clear_error(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("ingest", str(tmp_path / "nope.txt"))
    assert result.exit_code == 1
    assert "nope.txt" in result.stderr and "Traceback" not in result.output


def test_info_and_db_commands_report_the_schema(cli) -> None:  # type: ignore[no-untyped-def]
    info = cli("info")
    assert info.exit_code == 0, info.output
    assert "revision" in info.stdout and "statements: 0" in info.stdout
    current = cli("db", "current")
    assert current.exit_code == 0
    lines = current.stdout.splitlines()
    assert lines[0].split()[-1] == lines[1].split()[-1]


def test_importing_the_cli_does_not_import_sqlalchemy() -> None:
    code = "import sys, tracker.cli; print('sqlalchemy' in sys.modules, 'trafilatura' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_the_console_script_runs_as_a_real_process(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("tracker")
    db = tmp_path / "p.db"
    res = subprocess.run([str(exe), "--db", str(db), "ingest", str(SEEDS)], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    res = subprocess.run([str(exe), "--db", str(db), "officials", "--csv"], capture_output=True, text=True)
    assert res.returncode == 0 and "Hector Balderas" in res.stdout


def test_the_statements_table_shows_a_screenful_and_says_more_match(seeded, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import tracker.cli.queries

    everything = json.loads(seeded("statements", "--json").stdout)
    monkeypatch.setattr(tracker.cli.queries, "TABLE_ROWS", 2)
    table = seeded("statements")
    assert table.exit_code == 0 and "more match" in table.stderr
    assert "more match" not in seeded("statements", "--all").stderr
    assert len(everything) > 2  # --json is not cut to the table's size
    assert len(json.loads(seeded("statements", "--json", "--limit", "2").stdout)) == 2


def test_positions_show_the_most_recent_items_with_totals_and_all_lifts_the_limits(seeded) -> None:  # type: ignore[no-untyped-def]
    cut = json.loads(seeded("positions", "--official", "balderas", "--limit", "1", "--json").stdout)
    everything = json.loads(seeded("positions", "--official", "balderas", "--all", "--json").stdout)
    assert [g["topic"] for g in cut] == [g["topic"] for g in everything]
    for short, full in zip(cut, everything, strict=True):
        (o,), (f,) = short["officials"], full["officials"]
        assert len(o["statements"]) <= 1 and o["statements_total"] == len(f["statements"]) == f["statements_total"]
        if o["statements"]:  # the most recent one, undated articles counting as the oldest
            newest = max(f["statements"], key=lambda s: (s["article_published"] or "", s["article_id"], s["start"]))
            assert o["statements"] == [newest]
    shown = seeded("positions", "--official", "balderas", "--limit", "1")
    assert shown.exit_code == 0
    if any(o["statements_total"] > 1 for g in cut for o in g["officials"]):
        assert "not shown" in shown.stdout and "--all" in shown.stderr


def test_export_statements_has_one_row_per_statement_in_date_order(seeded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    listed = json.loads(seeded("statements", "--json").stdout)
    out = tmp_path / "s.csv"
    assert seeded("export", "statements", "-o", str(out)).exit_code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"), newline="")))
    assert [int(r["id"]) for r in rows] == [r["id"] for r in listed]
    assert [r["topics"] for r in rows] == ["; ".join(r["topics"]) for r in listed]
    assert all(r["evidence"] == r["text"] for r in rows)


def test_statements_can_leave_out_the_less_certain_attributions(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / "rally.txt"
    src.write_text("Roe rallies in Elm\n\nRepublican nominee Ann Roe spoke in Elm on Monday.\n\n"
                   "\"We will win,\" Roe said. \"And we will win big.\"\n\n"
                   "Later she said the state would get a new grain terminal.\n", encoding="utf-8")
    assert cli("ingest", str(src)).exit_code == 0
    every = json.loads(cli("statements", "--json").stdout)
    assert sorted(r["attribution"] for r in every) == ["continuation", "explicit", "pronoun"]
    sure = json.loads(cli("statements", "--attribution", "explicit", "--json").stdout)
    assert [r["text"] for r in sure] == ["We will win"]
    two = json.loads(cli("statements", "-a", "explicit,pronoun", "--json").stdout)
    assert len(two) == 2
    bad = cli("statements", "--attribution", "guessed")
    assert bad.exit_code == 1
    assert "Error: --attribution 'guessed'" in bad.stderr and "explicit" in bad.stderr
