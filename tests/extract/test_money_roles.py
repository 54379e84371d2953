"""Parts, totals and per-unit figures: each figure knows whether another figure already holds it."""

from __future__ import annotations

from tracker.extract.cast import Cast
from tracker.extract.document import Funding
from tracker.extract.money import find_funding

from .helpers_bills_money import make_cast


def _roles(items: list[Funding]) -> list[tuple[int, str, int | None]]:
    """(amount, role, amount of the figure it is counted in)."""
    return [(int(f.amount), f.role, int(items[f.part_of].amount) if f.part_of is not None else None) for f in items]


def _counted(items: list[Funding]) -> list[int]:
    return [int(f.amount) for f in items if f.role in ("single", "total")]


def test_parts_times_count_make_one_total_and_only_the_total_counts() -> None:
    text = ("Sheriff Ada Kim asked the county for two deputies – salary $50,000 + benefits $20,000 = "
            "$70,000 x 2 = $140,000 a year.")
    items = find_funding(text, make_cast(text, "Ada Kim"), [])
    assert _roles(items) == [(50_000, "part", 70_000), (20_000, "part", 70_000), (70_000, "unit", 140_000),
                             (140_000, "total", None)]
    assert _counted(items) == [140_000]
    assert items[-1].flag is None  # the arithmetic adds up here


def test_the_arithmetic_check_still_names_a_product_that_does_not_add_up() -> None:
    text = "The county board wants two deputies at $70,000 x 2 = $150,000 a year in its budget."
    items = find_funding(text, Cast(), [])
    assert _roles(items) == [(70_000, "unit", 150_000), (150_000, "total", None)]
    assert items[-1].flag == "stated $150,000 but 2 x $70,000 = $140,000"


def test_a_per_unit_figure_is_not_summed_and_points_to_its_stated_product() -> None:
    text = "The state budget gives each of the 40 districts $25,000 each, $1 million in all, for school nurses."
    items = find_funding(text, Cast(), [])
    assert _roles(items) == [(25_000, "unit", 1_000_000), (1_000_000, "total", None)]
    assert _counted(items) == [1_000_000]


def test_a_total_stated_before_its_parts_holds_them() -> None:
    text = ("Mayor Rosa Vance proposed a $10 million budget package: $6 million for road repair and "
            "$4 million for park upkeep.")
    items = find_funding(text, make_cast(text, "Rosa Vance"), [])
    assert _roles(items) == [(10_000_000, "total", None), (6_000_000, "part", 10_000_000),
                             (4_000_000, "part", 10_000_000)]
    assert {f.official for f in items} == {"Rosa Vance"}


def test_a_plan_listed_item_by_item_after_its_total_counts_once() -> None:
    text = ("Gov. Ann Lee unveiled a $20 million public safety plan. The plan includes:\n\n"
            "- $12 million for a new crime lab\n"
            "- $8 million for rural ambulances\n")
    items = find_funding(text, make_cast(text, "Ann Lee"), [])
    assert _roles(items) == [(20_000_000, "total", None), (12_000_000, "part", 20_000_000),
                             (8_000_000, "part", 20_000_000)]


def test_of_which_marks_a_part_even_when_the_rest_is_not_stated() -> None:
    text = "Lawmakers approved $50 million for housing, of which $5 million goes to rental aid."
    items = find_funding(text, Cast(), [])
    assert _roles(items) == [(50_000_000, "total", None), (5_000_000, "part", 50_000_000)]


def test_one_time_and_annual_money_are_never_parts_of_one_another() -> None:
    text = ("Treasurer Lou Hale asked for $300,000 one-time for new software plus $150,000 a year for staff, "
            "and $150,000 a year for upkeep.")
    items = find_funding(text, make_cast(text, "Lou Hale"), [])
    assert [(int(f.amount), f.period, f.role) for f in items] == [
        (300_000, "one_time", "single"), (150_000, "annual", "single"), (150_000, "annual", "single")]


def test_a_figure_repeated_later_in_the_article_is_one_entry() -> None:
    text = ("Mayor Rosa Vance wants $2.5 million for a new fire station.\n\n"
            "Council members said the $2.5 million would come from reserves.")
    items = find_funding(text, make_cast(text, "Rosa Vance"), [])
    assert _roles(items) == [(2_500_000, "single", None)]


def test_unrelated_figures_in_one_paragraph_stay_single() -> None:
    text = "The city budget sets aside $3 million for parks and $2 million for libraries."
    assert _roles(find_funding(text, Cast(), [])) == [(3_000_000, "single", None), (2_000_000, "single", None)]
