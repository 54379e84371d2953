"""Topics: CAP major topics from the packaged lexicons, best first, never empty."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from tracker.choices import CAP_TOPICS
from tracker.extract.topics import classify, taxonomy


def test_taxonomy_covers_exactly_the_cap_topics_with_their_codes() -> None:
    raw = json.loads(resources.files("tracker.data").joinpath("topics.json").read_text(encoding="utf-8"))
    assert {t["name"]: t["code"] for t in raw["topics"]} == CAP_TOPICS
    assert all(t["terms"] for t in raw["topics"])
    assert len(taxonomy()) == len(CAP_TOPICS)


@pytest.mark.parametrize(("text", "topic"), [
    ("We will prosecute every trafficking case and put sex offenders on the registry.", "Law and Crime"),
    ("Teachers deserve a raise and every school needs a counselor.", "Education"),
    ("The asylum seekers at the border should not be separated from their children.", "Immigration"),
    ("Medicaid expansion would cover 100,000 more patients at rural hospitals.", "Health"),
    ("The public records act and open meetings law need stronger penalties for corruption.", "Government Operations"),
    ("We must cut carbon emissions and protect clean water.", "Environment"),
    ("Affordable housing and rent relief for tenants facing eviction.", "Housing"),
    ("The property tax increase will cover the budget deficit.", "Macroeconomics"),
])
def test_statements_get_their_obvious_topic_first(text: str, topic: str) -> None:
    assert classify(text)[0] == topic


def test_word_stems_match_inflected_forms() -> None:
    assert classify("She prosecuted them and is prosecuting more.")[0] == "Law and Crime"


def test_a_statement_without_topic_words_falls_back_to_government_operations() -> None:
    assert classify("That has to change.") == ["Government Operations"]


def test_article_context_decides_for_a_statement_without_topic_words() -> None:
    article = "The attorney general wants to close a sex offender loophole. Trafficking victims deserve justice."
    assert classify("That has to change.", context=article)[0] == "Law and Crime"


def test_a_second_topic_only_when_nearly_as_strong() -> None:
    assert classify("Teachers, teachers, teachers and students, plus one crime.") == ["Education"]
    both = classify("School shootings: police must keep students and teachers safe from gun violence.")
    assert set(both) == {"Education", "Law and Crime"}


def test_campaign_talk_is_government_operations() -> None:
    # PolNeAR's coding rule, and CAP's: primaries, delegates, polls and debates are about how
    # government is chosen, not about the policy a candidate happens to name in passing
    assert classify("we will win the delegates in the next primaries and the polls show it")[0] == \
        "Government Operations"
    assert classify("she won the debate and the superdelegates will follow at the convention")[0] == \
        "Government Operations"
