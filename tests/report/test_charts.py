"""The chart geometry and the small rules of the HTML page, without a browser."""

from __future__ import annotations

from tracker.report.charts import MAX_SERIES, OTHER_COLOUR, nice_step, stacked_bars
from tracker.report.html import short_money, web_link


def test_bars_stack_to_each_periods_total_on_a_round_scale() -> None:
    chart = stacked_bars("t", ["2020", "2021"], {"Health": {"2020": 3, "2021": 1}, "Education": {"2021": 2}},
                         whole=True)
    by_period: dict[str, float] = {}
    for b in chart.bars:
        period = b.title.split(",")[0]
        by_period[period] = by_period.get(period, 0) + b.height
    # 3 statements in each year: equal heights, reaching the top tick (3, a whole number).
    assert abs(by_period["2020"] - by_period["2021"]) < 0.05
    assert [t.text for t in chart.y_ticks] == ["0", "1", "2", "3"]
    assert [name for _c, name in chart.legend] == ["Health", "Education"]  # largest first
    assert {b.title for b in chart.bars} == {"2020, Health: 3", "2021, Health: 1", "2021, Education: 2"}


def test_beyond_eight_series_the_smallest_are_merged_as_other() -> None:
    series = {f"topic {i:02d}": {"2020": float(20 - i)} for i in range(12)}
    chart = stacked_bars("t", ["2020"], series)
    assert len(chart.legend) == MAX_SERIES
    colour, name = chart.legend[-1]
    assert colour == OTHER_COLOUR and name == f"other ({12 - MAX_SERIES + 1})"
    assert chart.legend[0][1] == "topic 00"


def test_no_periods_draw_no_bars() -> None:
    assert stacked_bars("t", [], {"a": {}}).bars == []


def test_axis_steps_are_one_two_or_five_times_a_power_of_ten() -> None:
    assert nice_step(7) == 2
    assert nice_step(41) == 20
    assert nice_step(590_000) == 200_000
    assert nice_step(0) == 1


def test_axis_money_is_short_and_tables_keep_it_exact() -> None:
    assert short_money(12_000_000) == "$12M"
    assert short_money(2_500_000) == "$2.5M"
    assert short_money(350_000) == "$350K"
    assert short_money(900) == "$900"
    assert short_money(1_500, "EUR") == "EUR 1.5K"


def test_only_web_addresses_become_links() -> None:
    assert web_link("https://news.example/a?b=1") == "https://news.example/a?b=1"
    assert web_link("http://x.example") == "http://x.example"
    assert web_link("javascript:alert(1)") is None
    assert web_link(" JavaScript:alert(1)") is None
    assert web_link("data:text/html,<b>x</b>") is None
    assert web_link(None) is None
