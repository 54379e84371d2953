"""Headline and published date: only what the top of the article says about itself."""

from __future__ import annotations

import pytest

from tracker.extract.dates import find_published, headline

BODY = "The council met for three hours and voted on the budget after a long public hearing that ran late.\n"


@pytest.mark.parametrize(("top", "iso"), [
    ("Posted by News Desk Friday, 06 July 2018 03:51\n\n", "2018-07-06"),
    ("City hall reopens\nDec. 20, 2019\n\n", "2019-12-20"),
    ("City hall reopens\n2019-12-29\n\n", "2019-12-29"),
    ("City hall reopens\n\nPosted: March 3, 2022\n\n", "2022-03-03"),
    ("FOR IMMEDIATE RELEASE\nMarch 16, 2007\nAG praises lawmakers\n\n", "2007-03-16"),
    ("City hall reopens\nBy Jane Roe | 4/5/2021\n\n", "2021-04-05"),
    ("WASHINGTON, Sept. 9, 2020 — " + BODY, "2020-09-09"),
    ("Clinic bill advances\n\nWASHINGTON (May 19, 2023) — " + BODY, "2023-05-19"),
])
def test_published_date_from_the_top_of_the_article(top: str, iso: str) -> None:
    assert find_published(top + BODY) == iso


def test_posted_label_wins_over_updated_label() -> None:
    text = "Headline here\nUpdated: May 2, 2021\nPublished: May 1, 2021\n\n" + BODY
    assert find_published(text) == "2021-05-01"


def test_dates_in_the_body_are_not_the_published_date() -> None:
    text = ("Headline here\n\n"
            "ROCHESTER — The council, which first met on March 5, 2019 to review the plan, voted again on "
            "Tuesday and will take up the matter of the water rates at the next meeting, the clerk said.\n")
    assert find_published(text) is None
    assert find_published("Council votes\n\nThe vote is on March 5 at city hall.\n") is None
    assert find_published("x" * 700 + "\nMarch 3, 2022\n") is None


def test_impossible_dates_are_ignored() -> None:
    assert find_published("Headline\nFebruary 30, 2020\n\n" + BODY) is None


@pytest.mark.parametrize(("text", "title"), [
    ("Q&A: Mayor wants more bus lanes\n\n\nNow in her second term...", "Q&A: Mayor wants more bus lanes"),
    ("FOR IMMEDIATE RELEASE\nMarch 16, 2007\nAll priorities alive after hurdle\n\nOLYMPIA…",
     "All priorities alive after hurdle"),
    ("GREENVILLE — On an evening when aldermen passed a levy that raises fees, the debate grew loud.", None),
    ("DAYTON, Ohio (WDTN) — Lawmakers at the Statehouse are weighing a bill that would ban phones.", None),
    ("Jane Doe, the state schools chief, says the state needs new funding sources for its schools.\n\nMore.", None),
    ("\n\n   \n", None),
])
def test_headline_is_the_first_line_only_when_it_looks_like_one(text: str, title: str | None) -> None:
    assert headline(text) == title


def test_label_with_a_time_before_the_date_and_iso_timestamps() -> None:
    assert find_published("Headline\nUpdated 3:45 p.m. EST, Tuesday, March 4, 2019\n\n" + BODY) == "2019-03-04"
    assert find_published("Headline\n2019-12-29T10:00:00Z\n\n" + BODY) == "2019-12-29"


def test_a_short_body_sentence_with_a_date_is_not_a_dateline() -> None:
    assert find_published("Council acts\n\nThe council voted Dec. 20, 2019.\n\n" + BODY) is None


def test_pipe_separated_byline_line_counts() -> None:
    assert find_published("Headline\nJane Roe | The Daily Star | March 3, 2022\n\n" + BODY) == "2022-03-03"


def test_a_readers_comment_date_is_not_the_published_date() -> None:
    text = ("Gov. Jane Roe said the state would cut taxes.\n\n12 Comments\n\n"
            "John Q says:\nMarch 4, 2022 at 9:15 am\nSame promise as last year.\n")
    assert find_published(text) is None


def test_a_site_menu_is_not_the_headline() -> None:
    assert headline("Home | News | Sports | Opinion | Weather\n\nCity opens shelters\n\n" + BODY) == \
        "City opens shelters"
