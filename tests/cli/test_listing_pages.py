"""Listings on a terminal show a screenful, say how many are left out, and fit 80 columns;
--json, --csv and --all give everything."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest

from tests.store.factory import article, document
from tracker.store.db import open_db
from tracker.store.ingest import store_article

N = 30  # articles, each with its own governor, senator and bill: 60 officials, 30 bills, 30 figures


@pytest.fixture
def many(db_url: str, cli: Callable[..., Any], monkeypatch: pytest.MonkeyPatch) -> Callable[..., Any]:
    monkeypatch.setenv("COLUMNS", "80")
    with open_db(db_url) as db:
        for i in range(N):
            day = (date(2023, 1, 1) + timedelta(days=i)).isoformat()
            governor, senator = f"Maria Ortega{chr(97 + i % 26)}{i}", f"Tom Reyes{chr(97 + i % 26)}{i}"
            amount = Decimal(1_234_567_000 + i)
            text = article(governor=governor, senator=senator, bill=f"House Bill {100 + i}",
                           amount=f"${amount:,}", day=day)
            doc = document(text, governor=governor, senator=senator, identifier=f"HB {100 + i}",
                           bill=f"House Bill {100 + i}", amount=amount, amount_text=f"${amount:,}", day=day)
            store_article(db, text=text, url=f"https://news.example/{i}", doc=doc)
    return cli


def _table_lines(stdout: str) -> list[str]:
    return [line for line in stdout.splitlines() if line.startswith("│")]


def test_officials_table_shows_25_and_says_how_many_are_left_out(many: Callable[..., Any]) -> None:
    result = many("officials")
    assert result.exit_code == 0, result.output
    names = [line.split("│")[1].strip() for line in _table_lines(result.stdout)]
    assert sum(1 for n in names if n.startswith(("Maria", "Tom"))) == 25
    assert "25 of 60 officials shown; 35 left out" in " ".join(result.stderr.split())


def test_officials_json_csv_and_all_give_every_official(many: Callable[..., Any]) -> None:
    assert len(json.loads(many("officials", "--json").stdout)) == 2 * N
    assert len(many("officials", "--csv").stdout.strip().splitlines()) == 2 * N + 1
    assert "left out" not in many("officials", "--all").stderr
    assert len(json.loads(many("officials", "--json", "--limit", "5").stdout)) == 5


def test_bills_table_shows_the_latest_seen_25_as_the_full_listing_orders_them(many: Callable[..., Any]) -> None:
    everything = json.loads(many("bills", "--json").stdout)
    assert len(everything) == N
    assert everything[0]["identifier"] == f"HB {100 + N - 1}"  # the latest seen first
    assert everything[0]["supporters"] and everything[0]["opponents"]
    result = many("bills")
    assert result.exit_code == 0, result.output
    shown = [line.split("│")[1].strip() for line in _table_lines(result.stdout)]
    assert [s for s in shown if s] == [b["identifier"] for b in everything[:25]]
    assert "25 of 30 bills" in " ".join(result.stderr.split())
    assert json.loads(many("bills", "--json", "--limit", "3").stdout) == everything[:3]


def test_funding_table_shows_the_25_most_recent_and_counts_every_figure(many: Callable[..., Any]) -> None:
    result = many("funding")
    assert result.exit_code == 0, result.output
    assert "25 of 30 figures" in " ".join(result.stderr.split())
    assert "2023-01-30" in result.stdout and "2023-01-05" not in result.stdout.split("Totals")[0]
    assert len(json.loads(many("funding", "--json").stdout)) == N
    assert "left out" not in " ".join(many("funding", "--all").stderr.split())


@pytest.mark.parametrize("command", ["bills", "funding", "officials"])
def test_tables_fit_80_columns_and_never_cut_a_number(many: Callable[..., Any], command: str) -> None:
    result = many(command)
    assert result.exit_code == 0, result.output
    assert max(len(line) for line in result.stdout.splitlines()) <= 80
    if command == "funding":
        for i in range(N - 25, N):  # every shown amount whole on one line
            assert f"{1_234_567_000 + i:,}" in result.stdout


def test_wide_shows_every_column(many: Callable[..., Any], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "250")  # so that headers are not folded
    assert "jurisdiction" not in many("bills").stdout
    wide = many("bills", "--wide")
    assert "jurisdiction" in wide.stdout and "session" in wide.stdout
    assert "evidence" not in many("funding").stdout
    assert "evidence" in many("funding", "--wide").stdout


def test_a_screenful_of_funding_totals_the_officials_it_shows_and_says_so(many: Callable[..., Any]) -> None:
    screen = many("funding")
    assert "totals for the officials shown" in " ".join(screen.stderr.split())
    every = many("funding", "--all")
    assert "totals for the officials shown" not in " ".join(every.stderr.split())
