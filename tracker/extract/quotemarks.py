"""Quotation spans: pairs of opening and closing double quotes, straight or curly, mixed freely.

A quotation that runs over several paragraphs opens each paragraph again and closes only at the
end of the last one (news style); such a run is one ``Quote`` with one piece per paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from tracker.extract import noise
from tracker.extract.lexicon import finditer_from
from tracker.extract.memo import per_text

_MARK = re.compile(r"[\"“”„]|''|``")
_MARK_LITERALS = ('"', "“", "”", "„", "''", "``")  # quote marks are rare: find them by substring search
_OPENERS = "“„"
_CLOSERS = "”"


@dataclass
class Quote:
    """One quotation: ``start``/``end`` are the inner text (marks excluded) of the whole run."""

    start: int
    end: int
    pieces: list[tuple[int, int]] = field(default_factory=list)  # inner spans, one per paragraph
    open_mark: int = 0  # offset of the opening mark
    close_mark: int | None = None  # offset of the closing mark, None when the paragraph ran out first
    after: int = 0  # offset just past the closing mark (a mark may be two characters: '')


def _is_open(text: str, i: int, mark: str) -> bool:
    """Whether a straight/ambiguous mark at ``i`` opens a quotation (by the characters around it)."""
    if mark in _OPENERS or mark == "``":
        return True
    if mark in _CLOSERS:
        return False
    before = text[i - 1] if i > 0 else " "
    after = text[i + len(mark)] if i + len(mark) < len(text) else " "
    if before.isspace() or before in "([{—–-:;/":
        return not after.isspace()
    return False


@per_text
def quotes(text: str) -> tuple[Quote, ...]:
    """The quotations in ``text`` (noise masked), in order; unmatched marks are ignored."""
    masked = noise.mask(text)
    out: list[Quote] = []
    cur: Quote | None = None
    para_end = _para_end_finder(masked)
    for m in finditer_from(_MARK, masked, _MARK_LITERALS):
        i, mark = m.start(), m.group()
        if cur is not None and i >= para_end(cur.pieces[-1][0]):
            # the paragraph ended inside the quotation: a continuation must reopen the next one
            ps = cur.pieces[-1][0]
            pe = para_end(ps)
            cur.pieces[-1] = (ps, _rstrip(masked, ps, pe))
            nxt = _next_para_start(masked, pe)
            if nxt == i and _is_open(masked, i, mark):
                cur.pieces.append((m.end(), m.end()))
                continue
            cur.end = cur.pieces[-1][1]
            out.append(cur)
            cur = None
        if cur is None:
            if _is_open(masked, i, mark):
                cur = Quote(m.end(), m.end(), [(m.end(), m.end())], open_mark=i)
            continue
        if _is_open(masked, i, mark) and mark not in ('"',) and mark != "''":
            # a second opener inside an open quotation: the first was never closed; restart here
            cur = Quote(m.end(), m.end(), [(m.end(), m.end())], open_mark=i)
            continue
        ps = cur.pieces[-1][0]
        cur.pieces[-1] = (ps, i)
        cur.end = i
        cur.close_mark = i
        cur.after = m.end()
        if cur.end > cur.start:
            out.append(cur)
        cur = None
    if cur is not None:
        ps = cur.pieces[-1][0]
        cur.pieces[-1] = (ps, _rstrip(masked, ps, para_end(ps)))
        cur.end = cur.pieces[-1][1]
        out.append(cur)
    return tuple(q for q in out if q.end > q.start)


def _rstrip(text: str, s: int, e: int) -> int:
    while e > s and text[e - 1].isspace():
        e -= 1
    return e


def _next_para_start(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _para_end_finder(text: str) -> Callable[[int], int]:
    """A function giving the end of the paragraph (line) holding a position."""

    def end_of(pos: int) -> int:
        e = text.find("\n", pos)
        return len(text) if e < 0 else e

    return end_of
