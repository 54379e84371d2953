"""Money: figures parsed exactly, one entry per figure and purpose, kind, period, owner and arithmetic flags."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tracker.extract.amounts import find_money
from tracker.extract.cast import Cast
from tracker.extract.document import Funding
from tracker.extract.money import find_funding

from .helpers_bills_money import make_cast, statement


def _check(text: str, items: list[Funding]) -> None:
    for f in items:
        assert text[f.start:f.end] == f.evidence
        assert isinstance(f.amount, Decimal)
        assert f.amount in [m.amount for m in find_money(f.evidence)]


@pytest.mark.parametrize(("written", "amount"), [
    ("$227,000", "227000"), ("$1.2 million", "1200000"), ("$3.1 billion", "3100000000"), ("$6.3M", "6300000"),
    ("1-billion dollars", "1000000000"), ("$1.2-million", "1200000"), ("$890", "890"), ("$4.78 million", "4780000"),
    ("$0.5 billion", "500000000"), ("$12.50", "12.50"),
])
def test_amounts_are_exact_decimals(written: str, amount: str) -> None:
    found = find_money(f"The city will spend {written} on roads.")
    assert [m.amount for m in found] == [Decimal(amount)]
    assert str(found[0].amount) == str(Decimal(amount).quantize(Decimal(1)) if "." not in amount else amount)


def test_counts_and_cents_are_not_money() -> None:
    text = "There are 8,000 active leads across 25 agencies, and the tax falls by 4 cents."
    assert find_money(text) == []
    assert find_funding(text, Cast(), []) == []


def test_range_yields_two_figures_and_shares_its_scale() -> None:
    text = "Repairs could cost $1.5 to $2 million, or from $5,140 to $6,030 per home."
    assert [m.amount for m in find_money(text)] == [Decimal(1_500_000), Decimal(2_000_000), Decimal(5140),
                                                    Decimal(6030)]


def test_arithmetic_chain_is_annual_and_wrong_total_is_flagged() -> None:
    text = ("Our ask is two inspectors – salary $61,000 + (benefits) $22,500 = $83,500 x 2  "
            "= $170,000 per year.")
    cast = make_cast(text, "Nia Brooks")
    answer = statement(text, "Nia Brooks", text, kind="qa_answer")
    items = find_funding(text, cast, [answer])
    assert [f.amount for f in items] == [Decimal(61000), Decimal(22500), Decimal(83500), Decimal(170000)]
    assert {f.period for f in items} == {"annual"}
    assert {f.official for f in items} == {"Nia Brooks"}
    assert [f.flag for f in items] == [None, None, None, "stated $170,000 but 2 x $83,500 = $167,000"]
    assert items[0].evidence == "salary $61,000"
    assert items[1].evidence == "(benefits) $22,500"
    _check(text, items)


def test_correct_sum_is_not_flagged() -> None:
    text = "The plan adds $100 + $50 = $150 for each classroom."
    assert all(f.flag is None for f in find_funding(text, Cast(), []))


def test_will_cost_is_one_time_and_budget_is_annual() -> None:
    text = ("The new crime lab will cost $227,000.\n\n"
            "Councilors passed the $89.9 million operating budget on Tuesday.")
    items = find_funding(text, Cast(), [])
    assert [(f.amount, f.period, f.kind) for f in items] == [
        (Decimal(227000), "one_time", "cost"), (Decimal(89_900_000), "annual", "budget")]
    assert items[1].evidence == "Councilors passed the $89.9 million operating budget on Tuesday"
    assert items[1].purpose == "operating budget"
    _check(text, items)


def test_multi_year_figure_has_no_single_period() -> None:
    text = "The bill would add $9 billion over the next two years."
    assert find_funding(text, Cast(), [])[0].period is None


def test_headline_figure_repeated_in_body_is_one_entry_keeping_the_first() -> None:
    text = ("Bill directs $9 billion to schools\n\n"
            "HB 3, filed by Rep. Dan Ochoa, would add $9 billion in school funding.")
    items = find_funding(text, make_cast(text, "Dan Ochoa"), [])
    assert len(items) == 1
    assert items[0].start < text.index("\n")
    assert items[0].official == "Dan Ochoa"  # filled in from the body mention


def test_same_amount_for_two_stated_purposes_stays_two() -> None:
    text = "The budget sets aside $5 million for road repair and $5 million for park upkeep."
    items = find_funding(text, Cast(), [])
    assert [f.purpose for f in items] == ["road repair", "park upkeep"]


def test_baseline_figure_has_no_owner_and_bill_figures_go_to_the_sponsor() -> None:
    text = ("Sen. Amy Tran filed SB 8 on Monday.\n\n"
            "The bill raises the allotment from $5,140 to $6,030 per student and allocates "
            "an additional $140 million for a teacher quality program.")
    items = find_funding(text, make_cast(text, "Amy Tran"), [])
    by_amount = {f.amount: f for f in items}
    assert by_amount[Decimal(5140)].official is None
    assert by_amount[Decimal(5140)].evidence == "from $5,140"
    assert by_amount[Decimal(6030)].official == "Amy Tran"
    assert by_amount[Decimal(140_000_000)].official == "Amy Tran"
    assert by_amount[Decimal(140_000_000)].purpose == "teacher quality program"
    _check(text, items)


def test_subject_of_sentence_owns_the_figure_and_unowned_stays_none() -> None:
    text = ("Councilor Pat Reyes proposed using an additional $500,000 of surplus to cut taxes.\n\n"
            "One estimate says each district needs an average of $1.8 million.")
    items = find_funding(text, make_cast(text, "Pat Reyes"), [])
    assert [(f.official, f.period) for f in items] == [("Pat Reyes", "one_time"), (None, None)]


def test_campaign_money_is_its_own_kind_tied_to_the_candidate() -> None:
    text = "Gov. Lee Park raised $2.3 million in campaign contributions last quarter."
    items = find_funding(text, make_cast(text, "Lee Park"), [])
    assert [(f.amount, f.kind, f.official) for f in items] == [(Decimal(2_300_000), "campaign", "Lee Park")]


def test_budget_list_items_are_each_an_entry() -> None:
    text = ("The mayor's budget includes:\n"
            "- $12 million for road repair\n"
            "- $3.5 million for libraries\n")
    items = find_funding(text, Cast(), [])
    assert [(f.amount, f.purpose) for f in items] == [
        (Decimal(12_000_000), "road repair"), (Decimal(3_500_000), "libraries")]
    _check(text, items)


def test_stolen_money_and_prices_are_not_funding_but_recoveries_are() -> None:
    text = ("A man who stole $50,000 from a church was sentenced. Gas rose to $3.10 a gallon. "
            "The attorney general recovered $2.3 million in a settlement.")
    items = find_funding(text, Cast(), [])
    assert [(f.amount, f.kind, f.period) for f in items] == [(Decimal(2_300_000), "settlement", "one_time")]


def test_in_names_what_the_money_is() -> None:
    text = "The budget includes $350 million for road repairs and $1.2 billion in new school aid."
    items = find_funding(text, Cast(), [])
    assert [(f.purpose, f.evidence) for f in items] == [
        ("road repairs", "The budget includes $350 million for road repairs"),
        ("new school aid", "$1.2 billion in new school aid")]


def test_the_purpose_after_a_period_phrase() -> None:
    text = ("Treasurer Ann Lindqvist wants $50 million annually for repairs and $2 billion over 10 years for the "
            "pension system.\n")
    got = find_funding(text, make_cast(text, "Ann Lindqvist"), [])
    _check(text, got)
    assert [(int(f.amount), f.period, f.purpose) for f in got] == [
        (50_000_000, "annual", "repairs"), (2_000_000_000, None, "pension system")]


def test_zero_and_absurd_figures_are_not_money() -> None:
    assert find_money("It cost $0 and then $0.00 and then $" + "9" * 30 + " trillion.") == []


def test_a_spaced_abbreviation_still_scales_the_figure() -> None:
    assert [m.amount for m in find_money("$2 bn for transit and $3 mil for parks")] == [
        Decimal("2000000000"), Decimal("3000000")]


@pytest.mark.parametrize(("sentence", "period"), [
    ("The governor said the state will set aside $75 million for lead pipes.", "one_time"),
    ("The city has already spent $3.5 million replacing old lines.", "one_time"),
    ("The company agreed to pay a $250,000 civil penalty to the state.", "one_time"),
    ("Overtime at the county jail reached $2.7 million last year.", "annual"),
    ("Since 2019 the office has recovered $312 million for the state.", None),
])
def test_period_cues_of_spending_news(sentence: str, period: str | None) -> None:
    items = find_funding(sentence, Cast(officials=[], mentions=[]), [])
    _check(sentence, items)
    assert [f.period for f in items] == [period]


def test_list_items_belong_to_the_plan_before_the_list_and_a_critic_does_not_take_them() -> None:
    text = ("Gov. Ann Lee asked lawmakers for a $210 million package for teacher pay.\n\n"
            "Other highlights of the plan include:\n\n"
            "- $12 million for a new crime lab\n"
            "- $4.5 million annually for rural ambulances\n\n"
            "Sen. Bo Park said the $12 million crime lab was overdue.\n")
    cast = make_cast(text, "Ann Lee", "Bo Park")
    items = find_funding(text, cast, [statement(text, "Bo Park", "the $12 million crime lab was overdue",
                                                kind="indirect")])
    _check(text, items)
    assert [(int(f.amount), f.official) for f in items] == [
        (210_000_000, "Ann Lee"), (12_000_000, "Ann Lee"), (4_500_000, "Ann Lee")]


@pytest.mark.parametrize("sentence", [
    "The bill would have capped insulin copays at $35 a month for state-regulated plans.",
    "Landlords who fail to comply could face fines of up to $1,000 per unit.",
])
def test_what_a_law_caps_or_charges_people_is_not_public_money(sentence: str) -> None:
    assert find_funding(sentence, Cast(officials=[], mentions=[]), []) == []


def test_money_spent_on_copays_is_still_public_money() -> None:
    sentence = "The state budget sets aside $5 million to cover copays for veterans."
    assert [int(f.amount) for f in find_funding(sentence, Cast(officials=[], mentions=[]), [])] == [5_000_000]
