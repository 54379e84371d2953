"""``tracker report --format html``: one self-contained page on an official or a topic, with charts.

The page is a Jinja2 template with autoescaping on, so article text (which may hold ``<script>``
or a broken attribute) always reaches the page as text. Charts are inline SVG computed in
``tracker.report.charts``; the page loads nothing (its Content-Security-Policy forbids it), so it
opens offline, in a mail attachment, or from an archive years later, the same.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from tracker import __version__
from tracker.report.charts import Chart, stacked_bars
from tracker.report.dossier import money
from tracker.report.positions import KIND_LABELS

if TYPE_CHECKING:
    from jinja2 import Environment

    from tracker.store.db import Database

UNDATED = "undated"


def official_page(db: Database, name: str) -> str:
    """The HTML dossier on one official: offices, positions by topic, bill stances, money, charts."""
    from tracker.store.queries import funding_totals, official_detail, positions

    d = official_detail(db, name)
    groups = positions(db, official=d["name"])
    # Totals come from the store's own query, so they count money exactly as `tracker funding` does.
    totals = funding_totals(db, official=d["name"])
    statements = [s for g in groups for o in g["officials"] for s in o["statements"]]
    stances = [st for g in groups for o in g["officials"] for st in o["stances"]]
    _add_outlets(db, [*statements, *stances, *d["stances"], *d["funding"]])
    by_topic = {g["topic"]: [s["article_published"] for o in g["officials"] for s in o["statements"]]
                for g in groups}
    charts = [_over_time(f"Statements per topic over time ({d['name']})", by_topic)]
    if d["funding"]:
        charts.append(_money_chart(d["funding"]))
    return _render("official.html.j2", official=d, groups=groups, totals=totals, charts=charts,
                   title=f"{d['name']}: statements, bills and money")


def topic_page(db: Database, topic: str) -> str:
    """The HTML dossier on one topic: its officials side by side, each with statements and bill stances."""
    from tracker.store.queries import find_topic, positions

    t = find_topic(db, topic)
    groups = positions(db, topic=t["name"])
    people = [o for g in groups for o in g["officials"]]
    _add_outlets(db, [rec for o in people for rec in (*o["statements"], *o["stances"])])
    by_official = {o["official"]: [s["article_published"] for s in o["statements"]] for o in people}
    charts = [_over_time(f"Statements on {t['name']} over time, by official", by_official)] if people else []
    return _render("topic.html.j2", topic=t, group=groups[0] if groups else None, officials=people, charts=charts,
                   title=f"{t['name']}: who said what")


# ---------------------------------------------------------------------------- data for the page

def _add_outlets(db: Database, records: Iterable[dict[str, Any]]) -> None:
    from tracker.store.articles import article_outlets

    recs = list(records)
    outlets = article_outlets(db, (r["article_id"] for r in recs))
    for r in recs:
        r["article_outlet"] = outlets.get(r["article_id"])


def _periods(dates: Iterable[str | None], *, months: bool = True) -> tuple[list[str], bool]:
    """The periods a time axis shows (every year from first to last, or with ``months`` every month
    when all fall in one year, then "undated" when some are), and whether they are months."""
    dates = list(dates)
    known = sorted({d for d in dates if d is not None})
    undated = any(d is None for d in dates)
    periods: list[str] = []
    monthly = False
    if known:
        first, last = date.fromisoformat(known[0]), date.fromisoformat(known[-1])
        if months and first.year == last.year:
            monthly = True
            periods = [f"{first.year}-{m:02d}" for m in range(first.month, last.month + 1)]
        else:
            periods = [str(y) for y in range(first.year, last.year + 1)]
    if undated:
        periods.append(UNDATED)
    return periods, monthly


def _period(d: str | None, monthly: bool) -> str:
    if d is None:
        return UNDATED
    return d[:7] if monthly else d[:4]


def _over_time(title: str, dates_by_series: dict[str, list[str | None]]) -> Chart:
    """How many statements each series (topic, official) has per period."""
    periods, monthly = _periods([d for ds in dates_by_series.values() for d in ds])
    series: dict[str, dict[str, float]] = {}
    for name, dates in dates_by_series.items():
        counts: dict[str, float] = defaultdict(float)
        for d in dates:
            counts[_period(d, monthly)] += 1
        series[name] = counts
    return stacked_bars(title, periods, series, whole=True)


def _money_chart(figures: list[dict[str, Any]]) -> Chart:
    """Money per year, stacked by kind; annual figures apart from one-time ones (never added together).

    Only the most common currency is drawn; the tables list every figure.
    """
    currencies: dict[str, int] = defaultdict(int)
    for f in figures:
        currencies[f["currency"]] += 1
    currency = max(currencies, key=lambda c: (currencies[c], c == "USD"))
    # parts, per-unit figures and repeats are inside a sum already drawn: each sum is drawn once
    shown = [f for f in figures if f["currency"] == currency and f.get("counted", True)]
    periods, _monthly = _periods([f["article_published"] for f in shown], months=False)
    series: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for f in shown:
        key = f["kind"] + (" (a year)" if f["period"] == "annual" else "")
        series[key][_period(f["article_published"], False)] += float(Decimal(f["amount"]))
    title = f"Money by year and kind ({currency}{', other currencies in the table' if len(currencies) > 1 else ''})"
    return stacked_bars(title, periods, series, fmt=lambda v: short_money(v, currency))


def short_money(value: float, currency: str = "USD") -> str:
    """$1.2M, $350K, $900: axis labels; the tables give every figure exactly."""
    sign = "$" if currency == "USD" else f"{currency} "
    for size, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")):
        if abs(value) >= size:
            return f"{sign}{value / size:,.1f}".removesuffix(".0") + suffix
    return f"{sign}{value:,.0f}"


# ---------------------------------------------------------------------------- rendering

def web_link(url: str | None) -> str | None:
    """``url`` when it is an http(s) address, else None: a stored ``javascript:`` URL never becomes a link."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def bill_name(st: dict[str, Any]) -> str:
    """"HB 3: Chile roasting safety act"; the number alone when the title only repeats it."""
    ident, title = st.get("identifier"), st["bill_title"]
    return f"{ident}: {title}" if ident and title != ident else ident or title


def _environment() -> Environment:
    from jinja2 import Environment, PackageLoader, StrictUndefined

    env = Environment(loader=PackageLoader("tracker.report", "templates"), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(money=money, web_link=web_link, kind_label=lambda k: KIND_LABELS.get(k, k),
                       bill_label=bill_name)
    return env


def _render(template: str, **context: Any) -> str:
    return _environment().get_template(template).render(version=__version__, **context)
