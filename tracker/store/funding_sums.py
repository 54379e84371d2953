"""Funding sums that count each sum of money once.

A figure counts when its role is ``single`` or ``total`` (its parts and per-unit figures are inside
it) and it is not a repetition: the same official's same sum in the same period and year, stated
again in a later article ("the $183,994 request" reported twice), counts at its first mention.
One-time, annual and unstated periods are never added together, nor are currencies. Sums are exact
decimals added here (SQLite sums in floats).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import Any

COUNTED_ROLES = ("single", "total")
ROLLUPS = ("official", "topic", "year")


def mark_repeats(rows: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Each record with ``counted`` set, and ``role`` "repeat" (``repeat_of`` the first figure's id)
    for an official's sum already seen in an earlier article of the same year. Records come in date order."""
    first: dict[tuple[Any, ...], int] = {}
    for r in rows:
        r["repeat_of"] = None
        if r["role"] in COUNTED_ROLES and r["official"] is not None:
            key = (r["official"], r["amount"], r["currency"], r["period"], r["year"])
            seen = first.setdefault(key, r["id"])
            if seen != r["id"]:
                r["role"], r["repeat_of"] = "repeat", seen
        r["counted"] = r["role"] in COUNTED_ROLES
        yield r


def totals(rows: Iterable[dict[str, Any]], by: tuple[str, ...]) -> list[dict[str, Any]]:
    """Counted figures summed by the ``by`` fields of each record plus period and currency.

    ``count`` is the number of figures summed, ``uncounted`` the parts, units and repetitions left
    out because another figure holds them, ``flagged`` how many summed figures fail their own arithmetic.
    """
    keys = (*by, "period", "currency")
    total: dict[tuple[Any, ...], Decimal] = defaultdict(Decimal)
    count: dict[tuple[Any, ...], int] = defaultdict(int)
    left: dict[tuple[Any, ...], int] = defaultdict(int)
    flagged: dict[tuple[Any, ...], int] = defaultdict(int)
    for r in rows:
        key = tuple(r[k] for k in keys)
        if r["counted"]:
            total[key] += Decimal(r["amount"])
            count[key] += 1
            flagged[key] += bool(r["flagged"])
        else:
            total.setdefault(key, Decimal(0))
            left[key] += 1
    out = [{**dict(zip(keys, key, strict=True)), "count": count[key], "uncounted": left[key], "total": total[key],
            "flagged": flagged[key]} for key in total]
    out.sort(key=lambda r: tuple((r[k] is None, str(r[k] or "")) for k in keys))
    return out
