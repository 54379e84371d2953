# ruff: noqa: E501  (article paragraphs are one line each, as in the files ingested)
"""Invented articles about one bridge and one school-meals bill, written to files and ingested through the CLI."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

QUOTE = "Every family that crosses that river deserves a bridge that will not fall apart under them"

BRIDGE = f"""Governor Dana Whitfield promises new bridge money

RIVERTON (March 3, 2025) — Governor Dana Whitfield on Monday asked lawmakers for $40 million to repair the Old Mill bridge and two county roads.

"{QUOTE}," Whitfield said at a news conference outside the capitol.

The request will go to the House Transportation Committee next week. State Senator Paul Okafor said he supports Senate Bill 12, which would pay for the repairs.

Engineers closed one lane of the bridge in January after inspectors found cracked steel beams under the deck.
"""

# The same story again a day later: a new headline, the last paragraph trimmed.
REPRINT = BRIDGE.replace("Governor Dana Whitfield promises new bridge money",
                         "Riverton bridge gets the governor's attention").rsplit("\n\nEngineers", 1)[0] + "\n"

OTHER_OUTLET = f"""Whitfield seeks funds for river crossing

Governor Dana Whitfield wants the legislature to set aside money to fix a crumbling bridge in Riverton.

"{QUOTE}," Whitfield said on Monday.

Local business owners have complained for months that the lane closure slows deliveries across town, and two bakeries have moved their vans to a depot on the east bank.
"""

THIRD_OUTLET = f"""Bridge repairs top governor's list

The governor's office released a plan this week for roads in the north of the state, including new signs and resurfacing on Route 9 between the two mill towns.

Speaking in Riverton, Governor Dana Whitfield said: “{QUOTE}.”

Work on Route 9 is expected to begin in the summer, when the county fair traffic has gone.
"""

MEALS = """Senator {verb_title} school meals bill

State Senator Irene Castillo said she {verb} Senate Bill 40, which would give every public school student a free lunch.

The bill has twelve sponsors in the Senate, and the committee will hear it after the budget vote.
"""


@pytest.fixture
def ingest(cli: Callable[..., Any], tmp_path: Path) -> Callable[..., Any]:
    """``ingest(text, name, *options)``: write the article to a file and ingest it; returns the CLI result."""

    def run(text: str, name: str, *options: str) -> Any:
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        result = cli("ingest", str(path), *options)
        assert result.exit_code == 0, result.output
        return result

    return run


@pytest.fixture
def as_json(cli: Callable[..., Any]) -> Callable[..., Any]:
    def run(*args: str) -> Any:
        result = cli(*args, "--json")
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)

    return run
