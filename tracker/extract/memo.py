"""Per-article memo: layout computed from an article's text once and shared by every module.

Every finder needs the masked text, its sentences, paragraphs and quotations. Rather than thread
one context object through every public function, the functions that compute them are memoised on
the text itself (a few articles deep: extraction works through one article at a time). ``clear``
empties them all, so a benchmark can make every run pay full price.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

_DEPTH = 4  # articles remembered: the one being extracted, plus slack for callers that interleave
_CLEARERS: list[Callable[[], None]] = []


def per_text(fn: Callable[P, R]) -> Callable[P, R]:
    """Memoise ``fn`` (whose arguments are an article's text and other hashables) for a few articles."""
    cached = lru_cache(maxsize=_DEPTH)(fn)
    _CLEARERS.append(cached.cache_clear)
    return cached  # type: ignore[return-value]


def per_string(fn: Callable[P, R]) -> Callable[P, R]:
    """Memoise a pure function of short strings (a name, a title) that one article asks about again and
    again; ``clear`` forgets it too, so a benchmark never profits from an earlier article."""
    cached = lru_cache(maxsize=_STRINGS)(fn)
    _CLEARERS.append(cached.cache_clear)
    return cached  # type: ignore[return-value]


_STRINGS = 2048


def on_clear(fn: Callable[[], None]) -> None:
    """Register a hand-rolled cache's reset with ``clear``."""
    _CLEARERS.append(fn)


def clear() -> None:
    """Forget every memoised article."""
    for fn in _CLEARERS:
        fn()
