"""Positions over time: an official's timeline by topic, and where a stance flipped."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.across.conftest import BRIDGE, MEALS

Run = Callable[..., Any]


def _meals(ingest: Run) -> None:
    ingest(MEALS.format(verb_title="backs", verb="supports"), "backs", "--published", "2024-01-10",
           "--url", "https://times.example/backs")
    ingest(MEALS.format(verb_title="turns on", verb="opposes").replace(
        "a free lunch.", "a free lunch, after the cost estimate doubled."), "turns", "--published", "2024-06-02",
        "--url", "https://times.example/turns")


def test_changes_finds_a_flipped_stance_with_both_sources(ingest: Run, as_json: Run, cli: Run) -> None:
    _meals(ingest)
    found = as_json("changes", "--official", "Castillo")
    flips = [c for c in found if c["item"] == "stance"]
    assert len(flips) == 1
    flip = flips[0]
    assert (flip["about"], flip["from"], flip["to"]) == ("SB 40", "supports", "opposes")
    assert flip["before"]["article_url"] == "https://times.example/backs"
    assert flip["after"]["article_url"] == "https://times.example/turns"
    assert flip["before"]["article_published"] == "2024-01-10"
    table = cli("changes").stdout
    assert "https://times.example/backs" in table and "https://times.example/turns" in table


def test_a_stance_said_twice_the_same_way_is_no_change(ingest: Run, as_json: Run) -> None:
    ingest(MEALS.format(verb_title="backs", verb="supports"), "one", "--published", "2024-01-10")
    ingest(MEALS.format(verb_title="still backs", verb="supports").replace("twelve", "fourteen"), "two",
           "--published", "2024-03-10")
    assert as_json("changes") == []


def test_timeline_lists_statements_stances_and_money_in_date_order_by_topic(ingest: Run, as_json: Run) -> None:
    _meals(ingest)
    ingest(BRIDGE, "bridge", "--published", "2025-03-03")
    castillo = as_json("timeline", "Castillo")[0]
    assert castillo["official"] == "Irene Castillo"
    items = [i for g in castillo["topics"] for i in g["items"]]
    stances = [(i["article_published"], i["stance"]) for i in items if i["item"] == "stance"]
    assert stances == [("2024-01-10", "supports"), ("2024-06-02", "opposes")]
    whitfield = as_json("timeline", "Whitfield")[0]
    kinds = {i["item"] for g in whitfield["topics"] for i in g["items"]}
    assert kinds == {"statement", "funding"}
    for g in whitfield["topics"]:
        dates = [i["article_published"] for i in g["items"]]
        assert dates == sorted(dates)


def test_timeline_of_an_unknown_official_is_one_error_line(cli: Run) -> None:
    result = cli("timeline", "Nobody Atall")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and len(result.stderr.strip().splitlines()) == 1
