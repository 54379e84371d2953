"""National figures the article need not introduce: presidents, candidates, cabinet members.

Every article here is invented; the people are real public figures whom the shipped roster
(tracker/data/national_figures.txt) lists.
"""

from __future__ import annotations

import pytest

from tracker.extract import extract
from tracker.extract.document import Official
from tracker.extract.national import office_on, parse


def _officials(text: str, published: str | None = None) -> dict[str, Official]:
    return {o.name: o for o in extract(text, published=published).officials}


def _speakers(text: str, published: str | None = None) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text) for s in extract(text, published=published).statements]


def test_a_famous_name_with_no_title_is_an_official_with_the_office_held_on_the_article_date() -> None:
    text = ("Rally draws a crowd\n\n"
            "Donald J. Trump said on Monday that the new trade pact would cost factory jobs in the Midwest.\n")
    in_2016 = _officials(text, "2016-03-07")["Donald Trump"]
    assert (in_2016.office, in_2016.jurisdiction, in_2016.party) == ("Presidential Candidate", "United States",
                                                                    "Republican")
    assert "Donald J. Trump" in in_2016.aliases  # the article's spelling is kept
    assert _officials(text, "2018-05-01")["Donald Trump"].office == "President"
    assert _speakers(text, "2016-03-07") == [("Donald Trump", "the new trade pact would cost factory jobs in the "
                                                              "Midwest")]


def test_an_undated_article_shows_the_best_known_office_with_its_years_not_a_guess_at_the_date() -> None:
    text = "Hillary Rodham Clinton told the crowd that her health plan would lower what families pay.\n"
    clinton = _officials(text)["Hillary Clinton"]
    assert clinton.office == "U.S. Secretary of State (2009–2013)"
    assert clinton.jurisdiction == "United States"


def test_a_member_of_congress_gets_the_federal_office_and_their_own_state_not_the_dateline() -> None:
    text = "DES MOINES, Iowa — Bernie Sanders said the minimum wage should be raised to fifteen dollars.\n"
    sanders = _officials(text, "2016-01-20")["Bernie Sanders"]
    assert (sanders.office, sanders.jurisdiction) == ("U.S. Senator", "Vermont")


def test_a_surname_alone_is_the_figure_when_one_figure_has_it_and_nobody_else_in_the_article_does() -> None:
    text = "Obama said the recovery had reached every state, and Kasich said he agreed with part of that.\n"
    got = _officials(text, "2016-04-02")
    assert got["Barack Obama"].office == "President"
    assert got["John Kasich"].office == "Governor"
    assert got["John Kasich"].jurisdiction == "Ohio"


def test_a_surname_shared_with_another_named_person_or_a_place_or_a_first_name_is_left_alone() -> None:
    text = ("Ivanka Trump visited a school. Trump said the school was a model for the nation and its teachers.\n\n"
            "In Carson City, lawmakers met. Scott Walker said the budget was balanced; Scott was pleased.\n")
    got = _officials(text, "2016-02-01")
    assert "Donald Trump" not in got
    assert "Ben Carson" not in got
    assert "Tim Scott" not in got
    assert got["Scott Walker"].office == "Governor"


def test_two_figures_with_one_surname_are_told_apart_by_mrs_or_by_who_was_in_public_life_then() -> None:
    mrs = "Mrs. Clinton said the plan would protect the savings of older workers.\n"
    assert "Hillary Clinton" in _officials(mrs)
    dated = "Clinton said the plan would protect the savings of older workers.\n"
    assert "Hillary Clinton" in _officials(dated, "2016-05-10")  # Bill Clinton held no role then
    assert not {"Hillary Clinton", "Bill Clinton"} & set(_officials(dated))  # undated: either one


def test_before_their_public_life_a_figure_is_only_what_the_article_says() -> None:
    text = "Donald Trump said the tower would open in the spring with two hundred apartments.\n"
    assert "Donald Trump" not in _officials(text, "1983-06-01")


def test_an_office_that_ended_before_the_article_reads_former() -> None:
    fig = parse(["Ann Roe | | f | D | Governor@Elm@2001-01-01@2005-01-01"])[0]
    assert office_on(fig, "2010-01-01") == ("Former Governor", "Elm", "Democratic")
    assert office_on(fig, "2003-01-01") == ("Governor", "Elm", "Democratic")
    assert office_on(fig, "1999-01-01") is None


def test_a_malformed_roster_line_is_named() -> None:
    with pytest.raises(ValueError, match="line 2"):
        parse(["# comment", "Ann Roe | f | D"])


def test_in_an_undated_article_the_articles_own_title_stands_made_exact_by_the_roster() -> None:
    text = ("DES MOINES, Iowa — Sen. Ted Cruz said the tax plan would help families across the country.\n\n"
            "Republican nominee Donald Trump said the wall would be paid for one way or another.\n")
    got = _officials(text)
    assert (got["Ted Cruz"].office, got["Ted Cruz"].jurisdiction) == ("U.S. Senator", "Texas")  # not Iowa's
    assert (got["Donald Trump"].office, got["Donald Trump"].jurisdiction) != ("President", "United States")
    assert got["Donald Trump"].jurisdiction == "United States"


def test_a_middle_initial_and_a_sentence_end_before_a_surname_do_not_make_a_second_person() -> None:
    text = ("WASHINGTON — Senate Minority Leader Harry M. Reid (D-Nev.) met the party's leaders.\n\n"
            "He spoke to Democrats. Obama later said the talks had gone well for everyone in the room.\n\n"
            "\"We have to work it out,\" Reid said.\n")
    got = _officials(text, "2016-06-09")
    assert "M. Reid" not in got
    assert got["Harry Reid"].party == "Democratic"
    assert "Barack Obama" in got
    assert ("Harry Reid", "We have to work it out") in _speakers(text, "2016-06-09")


def test_a_word_opening_the_sentence_is_not_a_first_name() -> None:
    text = "While Comey said the review was complete, he gave no date for the report to the committee.\n"
    assert "James Comey" in _officials(text, "2016-07-05")
    assert _speakers(text, "2016-07-05") == [("James Comey", "the review was complete")]


def test_a_common_surname_alone_is_nobody_in_particular() -> None:
    text = ("Gates said the campaign had paid him for the work. Walker said the county would appeal. "
            "In Austin, lawmakers met, and the Vance campaign said it would spend more in the state.\n")
    got = _officials(text, "2016-08-17")
    assert not {"Robert Gates", "Scott Walker", "Lloyd Austin", "JD Vance"} & set(got)


def test_a_surname_two_figures_share_is_the_one_just_named_or_the_one_mrs_or_she_points_to() -> None:
    text = ("Hillary Clinton spoke in Elmton on Monday. Bill Clinton campaigned in Oakton.\n\n"
            "Clinton said the trade deal had cost the region thousands of jobs over ten years.\n\n"
            "Later, Mrs. Clinton said the deal should be renegotiated before the end of the year.\n\n"
            "Clinton said she would visit the plant again in the spring with the governor.\n")
    assert [(s, t.split()[0]) for s, t in _speakers(text)] == [
        ("Bill Clinton", "the"), ("Hillary Clinton", "the"), ("Hillary Clinton", "she")]


def test_mrs_clinton_written_before_bill_clinton_is_named_stays_hers() -> None:
    text = ("Mrs. Clinton spoke in Elmton. Mr. Clinton waited. Bill Clinton later joined her on stage.\n\n"
            "Hillary Clinton promised the crowd more help for the mills.\n\n"
            "Mrs. Clinton said the state would get its share of the new money for roads and bridges.\n")
    said = _speakers(text)
    assert ("Hillary Clinton", "the state would get its share of the new money for roads and bridges") in said
