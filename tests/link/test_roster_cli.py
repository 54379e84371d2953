"""The roster through the command line: import, show, linking at ingest, relink, extract --json, corrections."""

from __future__ import annotations

import csv
import io
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

ROSTER = Path(__file__).parent / "roster"
PENA = "ocd-person/00000000-0000-4000-8000-000000000011"
BENTON = "ocd-person/00000000-0000-4000-8000-000000000012"

ROADS = """Senate backs new road money

SANTA FE, N.M. — State Sen. Raul Pena said Tuesday that the state must fix its rural roads before winter.

"We cannot wait another year for these repairs," Pena said.

Gov. Carl Benton said the plan was overdue.
"""
VOTES = """Road plan moves to the House

SANTA FE, N.M. — Sen. Raul Pena told reporters on Friday that the road plan had the votes it needed.

"The votes are there and the money is there," Pena said.
"""
Cli = Callable[..., Any]


def _officials(cli: Cli) -> dict[str, dict[str, Any]]:
    return {o["name"]: o for o in json.loads(cli("officials", "--json").stdout)}


def _ingest(cli: Cli, tmp_path: Path, name: str, text: str, published: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = cli("ingest", str(path), "--published", published)
    assert result.exit_code == 0, result.output


def test_import_counts_persons_and_a_second_import_changes_nothing(cli: Cli) -> None:
    first = cli("roster", "import", str(ROSTER))
    assert first.exit_code == 0 and "inserted 16, updated 0, unchanged 0, skipped 0" in first.stderr
    again = cli("roster", "import", str(ROSTER))
    assert again.exit_code == 0 and "inserted 0, updated 0, unchanged 16, skipped 0" in again.stderr


def test_import_updates_a_changed_person_and_names_a_malformed_file(cli: Cli, tmp_path: Path) -> None:
    copy = tmp_path / "people"
    shutil.copytree(ROSTER, copy)
    assert cli("roster", "import", str(copy)).exit_code == 0
    vance = copy / "data" / "co" / "legislature" / "Robert-Vance.yml"
    vance.write_text(vance.read_text().replace("Democratic", "Independent"), encoding="utf-8")
    broken = copy / "data" / "co" / "legislature" / "Broken.yml"
    broken.write_text("id: [not closed\n", encoding="utf-8")
    result = cli("roster", "import", str(copy))
    assert result.exit_code == 1
    assert "inserted 0, updated 1, unchanged 15, skipped 1" in result.stderr
    assert f"Error: {broken}: not valid YAML" in result.stderr
    shown = json.loads(cli("roster", "show", "Robert Vance", "--json").stdout)
    assert [p["name"] for p in shown[0]["parties"]] == ["Independent"]


def test_import_of_a_folder_without_roster_files_is_one_error_line(cli: Cli, tmp_path: Path) -> None:
    result = cli("roster", "import", str(tmp_path))
    assert result.exit_code == 1 and result.stderr.startswith("Error: ") and "no roster files" in result.stderr


def test_show_finds_a_person_by_a_name_without_accents(cli: Cli) -> None:
    cli("roster", "import", str(ROSTER))
    out = cli("roster", "show", "raul pena").stdout
    assert "Raúl Peña" in out and PENA in out and "State Senator New Mexico, district 26" in out
    missing = cli("roster", "show", "Nobody Here")
    assert missing.exit_code == 1 and "no one in the roster" in missing.stderr


def test_ingest_links_mentions_across_articles_to_one_official_with_the_roster_office(cli: Cli, tmp_path: Path) -> None:
    cli("roster", "import", str(ROSTER))
    _ingest(cli, tmp_path, "roads.txt", ROADS, "2020-03-03")
    _ingest(cli, tmp_path, "votes.txt", VOTES, "2020-03-06")
    officials = _officials(cli)
    pena = officials["Raúl Peña"]
    assert (pena["ocd_id"], pena["office"], pena["jurisdiction"], pena["party"]) == (
        PENA, "State Senator", "New Mexico", "Democratic")
    assert pena["statements"] >= 3 and "Raul Pena" not in officials
    benton = officials["Carl Benton"]  # governor until 2018: former by 2020
    assert (benton["ocd_id"], benton["office"]) == (BENTON, "Former Governor")


def test_export_carries_the_ocd_id_and_why_a_mention_was_not_linked(cli: Cli, tmp_path: Path) -> None:
    cli("roster", "import", str(ROSTER))
    _ingest(cli, tmp_path, "roads.txt", ROADS.replace("Carl Benton", "Dana Fell"), "2020-03-03")
    rows = {r["name"]: r for r in csv.DictReader(io.StringIO(cli("export", "officials").stdout))}
    assert (rows["Raúl Peña"]["ocd_id"], rows["Raúl Peña"]["link"]) == (PENA, "linked")
    assert (rows["Dana Fell"]["ocd_id"], rows["Dana Fell"]["link"]) == ("", "not in roster")


def test_without_a_roster_nothing_is_linked(cli: Cli, tmp_path: Path) -> None:
    _ingest(cli, tmp_path, "roads.txt", ROADS, "2020-03-03")
    pena = _officials(cli)["Raul Pena"]
    assert pena["ocd_id"] is None and pena["office"] == "State Senator"


def test_relink_after_a_roster_import_links_what_is_stored(cli: Cli, tmp_path: Path) -> None:
    _ingest(cli, tmp_path, "roads.txt", ROADS, "2020-03-03")
    cli("roster", "import", str(ROSTER))
    result = cli("relink")
    assert result.exit_code == 0 and "re-linked 1 article(s)" in result.stderr
    assert _officials(cli)["Raúl Peña"]["ocd_id"] == PENA


def test_extract_json_shows_the_links_ingest_would_store(cli: Cli, db_url: str, tmp_path: Path) -> None:
    cli("roster", "import", str(ROSTER))
    path = tmp_path / "votes.txt"
    path.write_text("Friday, March 6, 2020\n\n" + VOTES, encoding="utf-8")
    doc = json.loads(cli("extract", str(path), "--json").stdout)
    pena = next(o for o in doc["officials"] if o["ocd_id"] == PENA)
    assert (pena["name"], pena["office"], pena["district"], pena["link"]) == ("Raúl Peña", "State Senator", "26",
                                                                            "linked")
    assert _officials(cli) == {}  # nothing stored


def test_extract_json_without_a_database_has_no_links_and_creates_none(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from tracker.cli import app

    path = tmp_path / "votes.txt"
    path.write_text(VOTES, encoding="utf-8")
    db = tmp_path / "none.db"
    result = CliRunner().invoke(app, ["--db", str(db), "extract", str(path), "--json"])
    assert result.exit_code == 0 and "ocd_id" not in result.stdout and not db.exists()


def test_hand_link_survives_reextract_and_unlink_undoes_it(cli: Cli, tmp_path: Path) -> None:
    cli("roster", "import", str(ROSTER))
    _ingest(cli, tmp_path, "roads.txt", ROADS.replace("Carl Benton", "Carlos Benton"), "2020-03-03")
    assert _officials(cli)["Carlos Benton"]["ocd_id"] is None  # the roster lists no "Carlos"
    result = cli("officials", "link", "Carlos Benton", BENTON)
    assert result.exit_code == 0, result.output
    assert _officials(cli)["Carl Benton"]["ocd_id"] == BENTON
    assert cli("reextract").exit_code == 0
    assert _officials(cli)["Carl Benton"]["ocd_id"] == BENTON
    assert cli("officials", "unlink", "Carl Benton").exit_code == 0
    after = _officials(cli)
    assert "Carl Benton" not in after and after["Carlos Benton"]["ocd_id"] is None


def test_hand_merge_makes_two_officials_one_and_split_separates_an_article(cli: Cli, tmp_path: Path) -> None:
    _ingest(cli, tmp_path, "roads.txt", ROADS, "2020-03-03")
    _ingest(cli, tmp_path, "votes.txt", VOTES.replace("Raul Pena", "Ray Pena"), "2020-03-06")
    assert {"Raul Pena", "Ray Pena"} <= set(_officials(cli))
    assert cli("officials", "merge", "Ray Pena", "Raul Pena").exit_code == 0
    merged = _officials(cli)
    assert "Ray Pena" not in merged and merged["Raul Pena"]["statements"] >= 3
    detail = json.loads(cli("statements", "--official", "Raul Pena", "--json").stdout)
    article = max(s["article_id"] for s in detail)
    assert cli("officials", "split", "Raul Pena", "--article", str(article), "--as", "Ray Pena").exit_code == 0
    assert {"Raul Pena", "Ray Pena"} <= set(_officials(cli))
    assert cli("reextract").exit_code == 0
    assert {"Raul Pena", "Ray Pena"} <= set(_officials(cli))


def test_corrections_refuse_unknown_officials_and_persons(cli: Cli, tmp_path: Path) -> None:
    cli("roster", "import", str(ROSTER))
    _ingest(cli, tmp_path, "roads.txt", ROADS, "2020-03-03")
    nobody = cli("officials", "link", "Nobody", PENA)
    assert nobody.exit_code == 1 and nobody.stderr.startswith("Error: no official 'Nobody'")
    bad = cli("officials", "link", "Raúl Peña", "ocd-person/not-there")
    assert bad.exit_code == 1 and "no roster person" in bad.stderr


def test_the_open_states_roster_parses(shared: Path) -> None:
    from tracker.link.roster import read_person, roster_files

    root = shared / "data" / "openstates-people" / "data" / "us" / "legislature"
    if not root.is_dir():
        pytest.skip("the Open States roster is not in ../shared")
    persons = [read_person(p) for p in roster_files(root)]
    assert len(persons) > 500 and all(p.ocd_id.startswith("ocd-person/") and p.roles for p in persons)


def test_popolo_export_has_persons_bodies_and_dated_memberships(cli: Cli, tmp_path: Path) -> None:
    cli("roster", "import", str(ROSTER))
    _ingest(cli, tmp_path, "roads.txt", ROADS, "2020-03-03")
    out = tmp_path / "popolo.json"
    assert cli("export", "--format", "popolo", "-o", str(out)).exit_code == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    pena = next(p for p in doc["persons"] if p["id"] == PENA)
    assert pena["name"] == "Raúl Peña" and {"name": "Raul Pena"} in pena["other_names"]
    senate = next(o for o in doc["organizations"] if o["name"] == "New Mexico Senate")
    seat = next(ms for ms in doc["memberships"] if ms["person_id"] == PENA and ms["organization_id"] == senate["id"])
    assert (seat["role"], seat["start_date"], seat["post"]) == ("State Senator", "2020-03-03", {"label": "26"})
    assert any(o["classification"] == "party" and o["name"] == "Democratic" for o in doc["organizations"])


def test_popolo_export_refuses_a_table_name(cli: Cli) -> None:
    result = cli("export", "officials", "--format", "popolo")
    assert result.exit_code == 1 and result.stderr.startswith("Error: --format popolo")


def test_extract_json_neither_upgrades_nor_links_an_older_database(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from tracker.cli import app
    from tracker.store import db as store_db

    old = tmp_path / "old.db"
    store_db.upgrade(f"sqlite:///{old}", "0003")
    path = tmp_path / "votes.txt"
    path.write_text(VOTES, encoding="utf-8")
    result = CliRunner().invoke(app, ["--db", str(old), "extract", str(path), "--json"])
    assert result.exit_code == 0 and "ocd_id" not in result.stdout
    assert store_db.current(f"sqlite:///{old}") == "0003"
