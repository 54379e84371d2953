"""What counts as money: public money by default, campaign money apart, everything else not stored;
and whose money a figure is."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tracker.extract.amounts import find_money
from tracker.extract.cast import Cast, Mention
from tracker.extract.money import find_funding

from .helpers_bills_money import make_cast, statement


def test_campaign_money_and_public_money_in_one_sentence_are_told_apart() -> None:
    text = ("Sen. Mia Cho raised $4 million last quarter and proposed $60 million for school repairs.")
    items = find_funding(text, make_cast(text, "Mia Cho"), [])
    assert [(int(f.amount), f.kind, f.official) for f in items] == [
        (4_000_000, "campaign", "Mia Cho"), (60_000_000, "request", "Mia Cho")]


def test_campaign_money_tied_to_a_named_committee_is_kept_with_that_committee() -> None:
    text = "Forward Ohio PAC spent $1.2 million on television ads last month."
    items = find_funding(text, Cast(), [])
    assert [(int(f.amount), f.kind, f.official, f.purpose) for f in items] == [
        (1_200_000, "campaign", None, "Forward Ohio PAC")]


def test_campaign_money_tied_to_no_one_is_not_stored() -> None:
    assert find_funding("Small donors gave $5 million to the campaigns last month.", Cast(), []) == []


@pytest.mark.parametrize("sentence", [
    "The developer's net worth is estimated at $3.2 billion.",
    "Shares of the retailer rose $4.10 to close at $88.95 on Friday.",
    "The company reported $2.3 billion in net sales this year.",
    "The diner serves a $4 breakfast special every morning.",
    "He was paid $250,000 for two speeches to bank executives.",
    "The euro rose to $1.12 from $1.10 the day before.",
    "Voters with incomes above $100,000 favored the challenger.",
])
def test_private_money_prices_and_rates_are_not_stored(sentence: str) -> None:
    assert find_funding(sentence, Cast(), []) == []


def test_pounds_are_a_weight_unless_written_as_a_sum_of_money() -> None:
    assert find_money("Agents seized 30 pounds of cannabis and 2 million pounds of scrap.") == []
    assert [m.amount for m in find_money("The club paid 5 million pounds for the striker.")] == [Decimal(5_000_000)]


@pytest.mark.parametrize("sentence", [
    "The governor signed a $4.2 billion state budget on Friday.",
    "The federal grant of $12 million will pay for new buses.",
    "The settlement returns $3 million to taxpayers.",
    "Her plan would cost $1.4 trillion over ten years.",
])
def test_public_money_is_stored(sentence: str) -> None:
    assert len(find_funding(sentence, Cast(), [])) == 1


def test_the_official_who_asks_for_the_money_owns_it_not_the_speaker_or_the_nearest_name() -> None:
    text = ("Sen. Bo Park said Gov. Ann Lee asked lawmakers for $30 million to hire teachers.\n\n"
            "Rep. Dee Soto criticized Ann Lee's $8 million stadium plan.")
    cast = make_cast(text, "Bo Park", "Ann Lee", "Dee Soto")
    said = statement(text, "Bo Park", "Gov. Ann Lee asked lawmakers for $30 million to hire teachers", kind="indirect")
    items = find_funding(text, cast, [said])
    assert [(int(f.amount), f.official) for f in items] == [(30_000_000, "Ann Lee"), (8_000_000, "Ann Lee")]


def test_campaign_money_belongs_to_the_candidate_who_raised_it_not_the_aide_who_told_it() -> None:
    text = "Campaign manager Tom Reyes said Gov. Lia Marsh raised $3 million in a single day."
    cast = make_cast(text, "Tom Reyes", "Lia Marsh")
    items = find_funding(text, cast, [statement(text, "Tom Reyes", "Gov. Lia Marsh raised $3 million in a single day",
                                                kind="indirect")])
    assert [(f.kind, f.official) for f in items] == [("campaign", "Lia Marsh")]


def test_respectively_pairs_each_candidate_with_their_own_sum() -> None:
    text = "Gov. Lia Marsh and Sen. Abe Lind raised $5 million and $3 million, respectively, in the last quarter."
    items = find_funding(text, make_cast(text, "Lia Marsh", "Abe Lind"), [])
    assert [(int(f.amount), f.official) for f in items] == [(5_000_000, "Lia Marsh"), (3_000_000, "Abe Lind")]


def test_a_super_pac_spending_against_a_candidate_is_not_that_candidates_money() -> None:
    text = "Forward Ohio PAC spent $900,000 on ads attacking Sen. Abe Lind."
    items = find_funding(text, make_cast(text, "Abe Lind"), [])
    assert [(f.kind, f.official, f.purpose) for f in items] == [("campaign", None, "Forward Ohio PAC")]


def test_thresholds_and_limits_are_not_sums_of_money() -> None:
    text = ("The senator's plan raises the income tax on earnings above $400,000 for couples, "
            "and the contribution limit of $2,900 stays.")
    assert find_funding(text, Cast(), []) == []


def test_campaign_money_is_not_tied_to_a_committee_the_candidate_runs_against() -> None:
    text = ("Ada Moss, who is challenging Ohio Forward PAC chair Rep. Abe Lind, received more than $250,000 "
            "from small donors.")
    assert find_funding(text, make_cast(text, "Abe Lind"), []) == []


def test_a_named_person_who_is_no_official_keeps_the_figure_from_the_nearer_name() -> None:
    text = "Sen. Abe Lind backed Dr. Rae Voss's original call for a $2 billion federal research fund."
    lind = make_cast(text, "Abe Lind")
    voss = text.index("Rae Voss")
    cast = Cast(lind.officials, [*lind.mentions, Mention(voss, voss + 8, "Rae Voss", None, "name")])
    items = find_funding(text, cast, [])
    assert [(int(f.amount), f.official) for f in items] == [(2_000_000_000, None)]
