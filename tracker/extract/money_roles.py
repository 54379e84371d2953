"""How the figures of one article relate: which are totals, parts of a total, or per-unit figures.

A budget story states a sum and its parts ("salary $65,000 + benefits $23,665 = $88,665"), a unit
and its product ("$88,665 x 2 = $183,994", "$5,000 for each school"), or a total before its parts
("$10 million in all: $6 million for roads and $4 million for parks"). Adding every figure counts
the same money two or three times, so each figure gets a role: ``single`` (a sum on its own),
``total`` (a sum whose parts are also listed), ``part`` or ``unit`` (counted inside another figure,
``part_of`` says which). Only ``single`` and ``total`` figures are counted in sums.

Evidence, strongest first: the article's own arithmetic (operators and "="), then wording
("each", "per student", "of which", "including"), then sums (consecutive figures in a paragraph or a
list that add up to a figure stated just before or after them). One-time and annual figures are
never parts of one another.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from tracker.extract.document import Funding

COUNTED = ("single", "total")
_BULLETS = "-•*·–"

_MULTIPLY = ("x", "×", "*", "times")
_ADD = ("+", "plus", "-", "minus", "")
# "$88,665 each", "$5,140 per student", "$1,200 a month": a figure for one of several
_UNIT_AFTER = re.compile(
    r"\s*(?:each|apiece|per\s+(?!year\b|annum\b|fiscal\b|cent\b|biennium\b)[a-z]+|"
    r"a\s+(?:head|person|piece|student|pupil|child|family|household|resident|recipient|worker|month|week|day)\b|"
    r"for\s+each\b|x\s*\d)", re.I)
_UNIT_BEFORE = re.compile(
    r"\b(?:each|every)\s+(?:[a-z]+\s+){0,3}(?:at|of|costs?|gets?|receives?|would\s+\w+|will\s+\w+)\s*$", re.I)
_OF_WHICH = re.compile(r"\b(?:of\s+which|including|includes|among\s+them|of\s+that|of\s+this)\b[^$]{0,40}$", re.I)
_TOTAL_WORD = re.compile(r"\b(?:in\s+all|in\s+total|total\w*|altogether|combined|all\s+told|overall|sum)\b", re.I)


@dataclass(frozen=True)
class Term:
    """One token of an arithmetic chain: the operator before it, where it starts, its value, and
    whether it is a money figure (else a bare count like the 2 of "x 2")."""

    op: str
    start: int
    value: Decimal
    is_money: bool


def assign(text: str, items: list[Funding], figures: Sequence[tuple[int, int]], chains: Sequence[Sequence[Term]],
           paragraphs: Sequence[tuple[int, int]]) -> None:
    """Set ``role`` and ``part_of`` (an index into ``items``) on every figure, in place.

    ``figures[i]`` is the span of the figure itself ("$88,665") inside ``items[i]``'s evidence.
    """
    at = {s: i for i, (s, _) in enumerate(figures)}
    for chain in chains:
        _from_chain(items, at, chain)
    for f, (s, e) in zip(items, figures, strict=True):
        if f.role == "single" and (_UNIT_AFTER.match(text, e) or _UNIT_BEFORE.search(text[max(0, s - 60):s])):
            f.role = "unit"
    _of_which(text, items, figures)
    _sums(text, items, figures, paragraphs)
    for i, f in enumerate(items):  # a unit whose product is stated beside it: "$50 each, $500 in all"
        if f.role == "unit" and f.part_of is None:
            f.part_of = _product(items, figures, i)


def _set(items: list[Funding], i: int, role: str, part_of: int | None) -> None:
    items[i].role = role
    items[i].part_of = part_of
    if part_of is not None and items[part_of].role in ("single", "unit") and items[part_of].part_of is None:
        items[part_of].role = "total"


def split_at_results(chain: Sequence[Term]) -> list[list[Term]]:
    """``A + B = C x 2 = D`` -> [[A, +B], [C, x2], [D]]: the terms between stated results, each
    result opening the next segment (its "=" dropped)."""
    segments: list[list[Term]] = [[]]
    for t in chain:
        if t.op in ("=", "equals"):
            segments.append([])
            t = Term("", t.start, t.value, t.is_money)
        segments[-1].append(t)
    return segments


def _from_chain(items: list[Funding], at: dict[int, int], chain: Sequence[Term]) -> None:
    """``A + B = C x 2 = D``: A and B are parts of C, C a unit of D, D the total."""
    segments = split_at_results(chain)
    for k, seg in enumerate(segments):
        result = segments[k + 1][0] if k + 1 < len(segments) and segments[k + 1] else None
        target = at.get(result.start) if result and result.is_money else None
        multiplied = len(seg) >= 2 and any(t.op in _MULTIPLY for t in seg)
        if len(seg) < 2:
            continue
        for j, t in enumerate(seg):
            i = at.get(t.start)
            if i is None or not t.is_money:
                continue
            scaled = t.op in _MULTIPLY or (j + 1 < len(seg) and seg[j + 1].op in _MULTIPLY)
            if scaled and multiplied:
                _set(items, i, "unit", target)
            elif target is not None:
                _set(items, i, "part", target)
        if target is not None and items[target].role in ("single", "unit") and items[target].part_of is None:
            items[target].role = "total"


def _compatible(a: Funding, b: Funding) -> bool:
    return a.currency == b.currency and (a.period is None or b.period is None or a.period == b.period)


def _of_which(text: str, items: list[Funding], figures: Sequence[tuple[int, int]]) -> None:
    """"$10 million, of which $4 million ...", "a $9 billion plan, including $2 billion for ...": a part."""
    for i in range(1, len(items)):
        f, prev = items[i], items[i - 1]
        if f.role != "single" or not _OF_WHICH.search(text, figures[i - 1][1], figures[i][0]):
            continue
        if prev.amount > f.amount and _compatible(prev, f) and figures[i][0] - figures[i - 1][1] < 200:
            _set(items, i, "part", i - 1)


def _close(a: Decimal, b: Decimal) -> bool:
    return abs(a - b) <= max(Decimal(1), b * Decimal("0.005"))


def _sums(text: str, items: list[Funding], figures: Sequence[tuple[int, int]],
          paragraphs: Sequence[tuple[int, int]]) -> None:
    """Two or more consecutive figures that add up to a figure just before or after them are its parts."""
    block = [_block(text, s, paragraphs) for s, _ in figures]
    for t, total in enumerate(items):
        if total.role not in ("single", "total") or total.part_of is not None:
            continue
        for run in (_run(items, block, t, +1), _run(items, block, t, -1)):
            if run:
                for i in run:
                    _set(items, i, "part", t)
                break


def _run(items: list[Funding], block: list[int], t: int, step: int) -> list[int]:
    total = items[t]
    acc = Decimal(0)
    run: list[int] = []
    i = t + step
    while 0 <= i < len(items) and block[i] == block[t]:
        f = items[i]
        listed = f.role == "single" or (f.role == "part" and f.part_of == t)  # "includes: ..." found it first
        if not listed or not _compatible(total, f) or f.amount >= total.amount:
            return []
        acc += f.amount
        run.append(i)
        if len(run) >= 2 and _close(acc, total.amount):
            return run
        if acc > total.amount:
            return []
        i += step
    return []


def _block(text: str, pos: int, paragraphs: Sequence[tuple[int, int]]) -> int:
    """The paragraph holding ``pos``; a list joins the paragraph that introduces it ("... includes:")."""
    idx = next((k for k, (s, e) in enumerate(paragraphs) if s <= pos < e), -1)
    while idx > 0:
        s, _ = paragraphs[idx]
        prev_s, prev_e = paragraphs[idx - 1]
        line = text[s:s + 3].lstrip()
        intro = text[prev_s:prev_e].rstrip().endswith(":") or text[prev_s:prev_s + 3].lstrip()[:1] in _BULLETS
        if line[:1] in _BULLETS and intro:
            idx -= 1
            continue
        break
    return idx


def _product(items: list[Funding], figures: Sequence[tuple[int, int]], u: int) -> int | None:
    """A larger figure near the unit that is a whole multiple of it and stated as a total."""
    unit = items[u]
    for i, f in enumerate(items):
        if i == u or abs(figures[i][0] - figures[u][0]) > 200 or not _compatible(unit, f) or f.amount <= unit.amount:
            continue
        ratio = f.amount / unit.amount
        if ratio == ratio.to_integral_value() and ratio <= 10_000 and _TOTAL_WORD.search(f.evidence):
            _set(items, u, "unit", i)
            return i
    return None
