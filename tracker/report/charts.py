"""Stacked bar charts as geometry for inline SVG: numbers in, rectangles and labels out.

The template draws what this computes, so every label reaches the page through the template's
autoescaping, and no charting library (or script) is needed to open the page.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

# Okabe and Ito's palette: told apart with every common colour-vision deficiency, and in greyscale print.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
OTHER_COLOUR = "#999999"
MAX_SERIES = len(PALETTE)

WIDTH, HEIGHT = 520, 240
LEFT, RIGHT, TOP, BOTTOM = 60, 10, 12, 40


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    colour: str
    title: str  # shown as the tooltip, and read by screen readers


@dataclass(frozen=True)
class Tick:
    at: float
    text: str


@dataclass
class Chart:
    """One chart: ``bars`` in SVG user units over a ``width`` x ``height`` view box."""

    title: str
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    baseline: float = HEIGHT - BOTTOM
    bars: list[Bar] = field(default_factory=list)
    x_labels: list[Tick] = field(default_factory=list)
    y_ticks: list[Tick] = field(default_factory=list)
    legend: list[tuple[str, str]] = field(default_factory=list)  # (colour, name)


def nice_step(top: float, ticks: int = 4) -> float:
    """A round step (1, 2 or 5 times a power of ten) that divides ``[0, top]`` into about ``ticks`` parts."""
    if top <= 0:
        return 1.0
    raw = top / ticks
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


def stacked_bars(title: str, periods: Sequence[str], series: Mapping[str, Mapping[str, float]], *,
                 fmt: Callable[[float], str] = lambda v: f"{v:,.0f}", whole: bool = False) -> Chart:
    """One bar per period, stacked by series (largest series at the bottom).

    ``series`` maps a series name to its value per period. Beyond ``MAX_SERIES`` series the
    smallest are merged into "other". ``whole``: values are counts, so ticks are whole numbers.
    """
    totals = {name: sum(values.values()) for name, values in series.items()}
    names = sorted((n for n in series if totals[n] > 0), key=lambda n: (-totals[n], n))
    shown, rest = (names, []) if len(names) <= MAX_SERIES else (names[:MAX_SERIES - 1], names[MAX_SERIES - 1:])
    columns: list[tuple[str, str, dict[str, float]]] = [
        (n, PALETTE[i], dict(series[n])) for i, n in enumerate(shown)]
    if rest:
        merged: dict[str, float] = {}
        for n in rest:
            for p, v in series[n].items():
                merged[p] = merged.get(p, 0.0) + v
        columns.append((f"other ({len(rest)})", OTHER_COLOUR, merged))
    chart = Chart(title=title, legend=[(colour, name) for name, colour, _v in columns])
    if not periods or not columns:
        return chart
    top = max(sum(values.get(p, 0.0) for _n, _c, values in columns) for p in periods)
    step = nice_step(top)
    if whole:
        step = max(1.0, math.ceil(step))
    ceiling = step * max(1, math.ceil(top / step))
    plot_w = chart.width - chart.left - RIGHT
    plot_h = chart.baseline - TOP
    slot = plot_w / len(periods)
    bar_w = max(2.0, min(48.0, slot * 0.7))
    for i in range(round(ceiling / step) + 1):
        value = i * step
        chart.y_ticks.append(Tick(chart.baseline - plot_h * value / ceiling, fmt(value)))
    # Label every period when they fit, else about twelve of them.
    every = max(1, math.ceil(len(periods) / 12))
    for i, period in enumerate(periods):
        x = chart.left + slot * i + (slot - bar_w) / 2
        if i % every == 0:
            chart.x_labels.append(Tick(x + bar_w / 2, period))
        y = chart.baseline
        for name, colour, values in columns:
            v = values.get(period, 0.0)
            if v <= 0:
                continue
            h = plot_h * v / ceiling
            y -= h
            chart.bars.append(Bar(round(x, 2), round(y, 2), round(bar_w, 2), round(h, 2), colour,
                                  f"{period}, {name}: {fmt(v)}"))
    return chart
