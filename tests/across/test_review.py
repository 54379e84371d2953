"""Review by hand: verdicts and corrections are their own table and survive `tracker reextract`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from typing import Any

from tests.across.conftest import BRIDGE, QUOTE

Run = Callable[..., Any]


def _ids(as_json: Run) -> tuple[int, int]:
    said = as_json("statements")
    quote = next(s["id"] for s in said if QUOTE in s["text"])
    okafor = next(s["id"] for s in said if s["speaker"] == "Paul Okafor")
    return quote, okafor


def test_review_corrections_survive_reextract(ingest: Run, as_json: Run, cli: Run) -> None:
    ingest(BRIDGE, "bridge", "--published", "2025-03-03")
    quote, okafor = _ids(as_json)
    assert cli("statements", "reject", str(okafor), "--reason", "a paraphrase of a bill stance").exit_code == 0
    assert cli("statements", "correct", str(quote), "--speaker", "Dana M. Whitfield",
               "--topic", "Government Operations").exit_code == 0
    figure = as_json("funding")[0]["id"]
    assert cli("review", "correct", "funding", str(figure), "--amount", "45,000,000").exit_code == 0

    def check() -> None:
        said = as_json("statements")
        assert [(s["speaker"], s["topics"][0]) for s in said] == [("Dana M. Whitfield", "Government Operations")]
        assert [f["amount"] for f in as_json("funding")] == [45_000_000]

    check()
    assert cli("reextract").exit_code == 0
    check()


def test_reviewed_limits_listings_to_confirmed_and_corrected_items(ingest: Run, as_json: Run, cli: Run) -> None:
    ingest(BRIDGE, "bridge", "--published", "2025-03-03")
    quote, _okafor = _ids(as_json)
    assert as_json("statements", "--reviewed") == []
    assert cli("statements", "confirm", str(quote)).exit_code == 0
    assert [s["id"] for s in as_json("statements", "--reviewed")] == [quote]
    exported = cli("export", "statements", "--reviewed").stdout.splitlines()
    assert len(exported) == 2 and QUOTE in exported[1]
    assert cli("export", "funding", "--reviewed").stdout.splitlines()[1:] == []
    assert cli("export", "bills", "--reviewed").exit_code == 1
    assert all(item["id"] != quote or item["item"] != "statement" for item in as_json("review"))


def test_a_wrong_topic_or_id_is_one_error_line(ingest: Run, as_json: Run, cli: Run) -> None:
    ingest(BRIDGE, "bridge")
    quote, _ = _ids(as_json)
    for args in (("statements", "correct", str(quote), "--topic", "Gardening"),
                 ("statements", "reject", "99999"),
                 ("review", "correct", "stance", "1", "--amount", "12"),
                 ("review", "correct", "funding", "1", "--amount", "lots")):
        result = cli(*args)
        assert result.exit_code == 1, args
        assert result.stderr.startswith("Error: ") and len(result.stderr.strip().splitlines()) == 1, args


def test_interactive_review_walks_items_in_a_real_terminal_session(ingest: Run, db_url: str, as_json: Run) -> None:
    ingest(BRIDGE, "bridge", "--published", "2025-03-03")
    pending = as_json("review")
    assert [p["item"] for p in pending[:2]] == ["statement", "statement"]
    # confirm the quote; reject Okafor's line with a reason; correct the stance; skip the figure
    answers = "c\nr\nnot a statement\ne\n\nopposes\nread the article again\ns\n"
    env = {**os.environ, "COLUMNS": "120"}
    done = subprocess.run([sys.executable, "-m", "tracker", "--db", db_url, "review"], input=answers, text=True,
                          capture_output=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "confirmed 1, rejected 1, corrected 1, skipped 1" in done.stderr
    left = as_json("review")
    assert [p["item"] for p in left] == ["funding"]
    assert [s["text"] for s in as_json("statements", "--reviewed")] == [QUOTE]
    okafor = as_json("official", "Okafor")[0]
    assert [s["stance"] for s in okafor["stances"]] == ["opposes"]
    reviews = json.loads(subprocess.run([sys.executable, "-m", "tracker", "--db", db_url, "review", "--json"],
                                        capture_output=True, text=True, env=env, timeout=60).stdout)
    assert reviews == left
