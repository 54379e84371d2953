"""A statement's direction for `tracker changes`: plain cue words, negation turns them round, mixed means none."""

from __future__ import annotations

import pytest

from tracker.leaning import leaning


@pytest.mark.parametrize(("text", "expected"), [
    ("I support the transit levy and I will vote for it", "supports"),
    ("We oppose this levy", "opposes"),
    ("I will not support a levy that hits renters", "opposes"),
    ("I am no longer against the plan", "supports"),
    ("The levy is the wrong answer for this city", "opposes"),
    ("The bus lanes open on Monday", None),
    ("I support the goal but I oppose this bill", None),
])
def test_a_statement_leans_only_when_its_cues_agree(text: str, expected: str | None) -> None:
    assert leaning(text) == expected
