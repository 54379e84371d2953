"""`tracker funding`: totals count each sum of money once, campaign money stays apart, rollups by
official, topic and year."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import SEEDS

REQUEST = """Mayor asks for fire station money

RIVERTON, March 3, 2025 — Mayor Rosa Vance asked the council on Monday for a one-time $12 million public safety
package: $9 million for a new fire station and $3 million for two ladder trucks.

Vance also wants $400,000 a year to staff the station.
"""

RETOLD = """Council weighs fire station

RIVERTON, April 9, 2025 — The council took up Mayor Rosa Vance's request on Tuesday. Vance asked for
$12 million in one-time money for the package and said the city could not wait another year.
"""

CAMPAIGN = """Mayor's war chest grows

RIVERTON, May 1, 2025 — Mayor Rosa Vance raised $800,000 for her re-election campaign in April.
"""


@pytest.fixture
def seeded(cli):  # type: ignore[no-untyped-def]
    result = cli("ingest", str(SEEDS))
    assert result.exit_code == 0, result.output
    return cli


@pytest.fixture
def riverton(cli, tmp_path: Path):  # type: ignore[no-untyped-def]
    for name, text in (("a.txt", REQUEST), ("b.txt", RETOLD), ("c.txt", CAMPAIGN)):
        (tmp_path / name).write_text(text)
    result = cli("ingest", str(tmp_path))
    assert result.exit_code == 0, result.output
    return cli


def _by(cli, by: str, *more: str) -> list[dict]:  # type: ignore[no-untyped-def,type-arg]
    result = cli("funding", "--by", by, "--json", *more)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_balderas_requests_total_183994_a_year_and_227000_one_time(seeded) -> None:  # type: ignore[no-untyped-def]
    rows = {(r["official"], r["period"]): r["total"] for r in _by(seeded, "official")}
    assert rows[("Hector Balderas", "annual")] == 183994
    assert rows[("Hector Balderas", "one_time")] == 227000


def test_listing_shows_every_figure_with_how_it_counts(seeded) -> None:  # type: ignore[no-untyped-def]
    rows = json.loads(seeded("funding", "--official", "Balderas", "--json").stdout)
    by_amount = {r["amount"]: r for r in rows}
    assert by_amount[65000]["role"] == "part" and by_amount[65000]["part_of"] == by_amount[88665]["id"]
    assert by_amount[88665]["role"] == "unit" and by_amount[88665]["part_of"] == by_amount[183994]["id"]
    assert by_amount[183994]["counted"] and not by_amount[65000]["counted"]
    assert by_amount[183994]["flag_reason"] == "stated $183,994 but 2 x $88,665 = $177,330"


def test_table_totals_add_parts_once(seeded) -> None:  # type: ignore[no-untyped-def]
    result = seeded("funding", "--official", "Balderas")
    assert result.exit_code == 0, result.output
    assert "183,994" in result.stdout and "361,324" not in result.stdout


def test_a_total_with_parts_and_the_same_request_retold_later_count_once(riverton) -> None:  # type: ignore[no-untyped-def]
    rows = {(r["official"], r["period"]): r for r in _by(riverton, "official")}
    assert rows[("Rosa Vance", "one_time")]["total"] == 12_000_000
    assert rows[("Rosa Vance", "one_time")]["uncounted"] == 3  # two parts and the retold request
    assert rows[("Rosa Vance", "annual")]["total"] == 400_000
    retold = [r for r in json.loads(riverton("funding", "--json").stdout) if r["role"] == "repeat"]
    assert [r["amount"] for r in retold] == [12_000_000]


def test_campaign_money_is_listed_only_with_kind_campaign_and_never_in_public_totals(riverton) -> None:  # type: ignore[no-untyped-def]
    public = json.loads(riverton("funding", "--json").stdout)
    assert 800_000 not in [r["amount"] for r in public]
    assert all(r["total"] != 800_000 for r in _by(riverton, "official"))
    campaign = json.loads(riverton("funding", "--kind", "campaign", "--json").stdout)
    assert [(r["amount"], r["official"]) for r in campaign] == [(800_000, "Rosa Vance")]
    export = riverton("export", "funding")
    assert "800000" not in export.stdout and "12000000" in export.stdout


def test_rollups_by_year_and_topic_keep_periods_apart(riverton) -> None:  # type: ignore[no-untyped-def]
    years = {(r["year"], r["period"]): r["total"] for r in _by(riverton, "year")}
    assert years == {(2025, "one_time"): 12_000_000, (2025, "annual"): 400_000}
    topics = _by(riverton, "topic")
    assert sum(r["total"] for r in topics if r["period"] == "one_time") == 12_000_000
    assert all(r["topic"] for r in topics)


def test_an_unknown_rollup_is_a_one_line_error(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("funding", "--by", "party")
    assert result.exit_code == 1
    assert "--by 'party' is not a rollup" in result.stderr and "Traceback" not in result.output


def test_the_table_totals_computed_in_sql_equal_the_rules_applied_figure_by_figure(riverton, cli, db_url,  # type: ignore[no-untyped-def]
                                                                                  tmp_path: Path) -> None:
    assert cli("ingest", str(SEEDS)).exit_code == 0
    from tracker.store import funding_sums
    from tracker.store.db import open_db
    from tracker.store.queries import funding_totals, list_funding

    db = open_db(db_url)
    try:
        for kind in (None, "campaign", "request"):
            by_rule = funding_sums.totals(list_funding(db, kind=kind), ("official", "kind"))
            assert funding_totals(db, kind=kind) == by_rule
        assert any(r["uncounted"] for r in funding_totals(db))  # parts and a retold request are in there
    finally:
        db.close()
