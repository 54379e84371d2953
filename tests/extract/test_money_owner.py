"""Whose money a figure is, in the shapes national news writes it: an aide's doing is not the
candidate's, a quotation's figure is its speaker's, a thing paid for is nobody's ask, and campaign
money belongs to the candidate it is raised or given for."""

from __future__ import annotations

import pytest

from tracker.extract.cast import Cast
from tracker.extract.money import find_funding

from .helpers_bills_money import make_cast


def _owners(text: str, *officials: str) -> list[tuple[int, str, str | None]]:
    return [(int(f.amount), f.kind, f.official) for f in find_funding(text, make_cast(text, *officials), [])]


def test_what_a_candidates_campaign_chairman_did_with_money_is_not_the_candidates() -> None:
    text = ("Gov. Lia Marsh's campaign chairman helped a foreign party steer $2 million in payments to two "
            "consulting firms in 2019.")
    assert _owners(text, "Lia Marsh") == []


def test_a_tax_plan_raising_money_is_public_money_not_a_campaign_haul() -> None:
    text = "Sen. Abe Lind's plan would raise $2 trillion in new taxes over a decade, mostly from the wealthy."
    assert _owners(text, "Abe Lind") == [(2_000_000_000_000, "other", "Abe Lind")]


@pytest.mark.parametrize("sentence", [
    "The utility says it paid $1.4 billion in property taxes last year.",
    "Last year the refinery paid nearly $2 billion in city, county, state and federal taxes.",
    "A bank that pays $5 billion in fines still keeps its charter.",
    "I will not debate unless the network pays me $5 million.",
])
def test_taxes_or_fines_someone_pays_and_fees_paid_to_a_person_are_not_stored(sentence: str) -> None:
    assert find_funding(sentence, Cast(), []) == []


def test_a_figure_quoted_from_someone_who_is_no_official_is_nobodys() -> None:
    text = ("Gov. Lia Marsh spoke in Dayton on Monday. \"Under this leadership we got a $40 billion budget "
            "nobody can read and roads nobody can drive,\" a columnist wrote.")
    assert _owners(text, "Lia Marsh") == [(40_000_000_000, "budget", None)]


def test_a_quotation_belongs_to_the_official_introduced_as_saying_it() -> None:
    text = ("As Gov. Lia Marsh explained, the repairs were put off, \"which sounds like a lot of delay. But the "
            "program will cost $20 million less than we feared for the next four years.\"")
    assert [(n, who) for n, _, who in _owners(text, "Lia Marsh")] == [(20_000_000, "Lia Marsh")]


def test_a_short_quoted_phrase_keeps_the_figure_with_the_official_whose_plan_it_is() -> None:
    text = "Sen. Abe Lind's plan asks the state for a one-time payment of \"$5 million\" to the county."
    assert [(n, who) for n, _, who in _owners(text, "Abe Lind")] == [(5_000_000, "Abe Lind")]


def test_the_grant_that_paid_for_a_place_an_official_visits_is_not_the_officials() -> None:
    text = "Sen. Abe Lind toured a clinic in Akron that was rebuilt with a $12 million federal grant."
    assert _owners(text, "Abe Lind") == [(12_000_000, "grant", None)]


def test_a_sentence_with_a_subject_of_its_own_does_not_borrow_the_paragraphs_official() -> None:
    text = ("Gov. Lia Marsh's office said the fund was empty. Still, Rosa Quint singled out rural clinics for "
            "government help, offering $30 million over ten years.")
    assert [(n, who) for n, _, who in _owners(text, "Lia Marsh")] == [(30_000_000, None)]


def test_campaign_money_raised_for_a_candidate_is_that_candidates() -> None:
    text = ("On Tuesday, some of the party's best donors signed on to help raise as much as $50 million for "
            "Gov. Lia Marsh and the state party.")
    assert _owners(text, "Lia Marsh") == [(50_000_000, "campaign", "Lia Marsh")]


def test_a_rivals_haul_set_beside_a_candidates_is_not_the_candidates() -> None:
    text = "In the last fundraising report, challenger Ed Holt had raised $290,000 to Sen. Abe Lind's $199,000."
    assert _owners(text, "Abe Lind") == [(199_000, "campaign", "Abe Lind")]


def test_campaign_money_the_sentence_says_a_candidates_campaign_loses_is_that_candidates() -> None:
    text = ("Sen. Abe Lind's campaign went to court against the state party on Monday to get back its use of the "
            "shared voter list, and its filing says being locked out loses the campaign $400,000 a day in donations.")
    assert _owners(text, "Abe Lind") == [(400_000, "campaign", "Abe Lind")]


def test_the_cost_of_a_get_out_the_vote_program_with_no_candidate_named_is_not_stored() -> None:
    text = ("In Ohio, an absentee turnout program that finds a candidate's voters and calls them can cost "
            "$1.5 million more.")
    assert find_funding(text, Cast(), []) == []


def test_a_donation_threshold_beside_a_haul_is_not_a_sum_of_money() -> None:
    text = "Sen. Abe Lind's campaign raised $9 million last month, half of it from donors giving $200 or less."
    assert _owners(text, "Abe Lind") == [(9_000_000, "campaign", "Abe Lind")]


def test_what_a_proposed_tax_would_raise_each_year_is_public_money_even_from_a_campaign() -> None:
    text = ("The Abe Lind campaign says a tax of a tenth of a percent on stock trades would raise $50 billion "
            "a year.")
    assert [(n, k == "campaign", who) for n, k, who in _owners(text, "Abe Lind")] == [
        (50_000_000_000, False, "Abe Lind")]


def test_campaign_money_spent_to_back_a_candidate_is_that_candidates() -> None:
    text = "The super PAC Ohio Forward PAC also spent $640,000 to back Sen. Abe Lind in the primary."
    assert _owners(text, "Abe Lind") == [(640_000, "campaign", "Abe Lind")]


def test_a_place_named_in_a_sentence_is_not_a_subject_of_its_own() -> None:
    text = ("Gov. Lia Marsh signed a bill on Thursday ending the sales tax on diapers. It will save families in "
            "New York an estimated $12 million a year.")
    assert [(n, who) for n, _, who in _owners(text, "Lia Marsh")] == [(12_000_000, "Lia Marsh")]


def test_a_possessive_written_with_a_bare_apostrophe_owns_the_figure() -> None:
    text = "Rep. Dee Soto's rival Sen. Abe Ross' $75 billion a year plan would make community college free."
    assert [(n, who) for n, _, who in _owners(text, "Abe Ross", "Dee Soto")] == [(75_000_000_000, "Abe Ross")]


def test_spending_on_television_ads_named_past_the_clause_is_campaign_money_not_public() -> None:
    text = "A review of filings counted some $90 million in spending on mail and staff rather than radio and TV ads."
    assert find_funding(text, Cast(), []) == []


def test_a_figure_does_not_borrow_an_official_named_only_as_an_object_before_it() -> None:
    text = ("The inquiry looked at the raid that left Ambassador Jo Diaz and three others hurt. "
            "It is impossible to spend two years and $7 million probing an agency and find nothing.")
    assert [o for _, _, o in _owners(text, "Jo Diaz")] in ([], [None])
    subject = "Gov. Jo Diaz unveiled her budget on Monday. The plan includes $7 million for new school crossings."
    assert [o for _, _, o in _owners(subject, "Jo Diaz")] == ["Jo Diaz"]
