"""Policy topics: the Comparative Agendas Project major topics, scored with keyword lexicons.

The lexicons live in ``tracker/data/topics.json`` so they can be edited without touching code.
A statement gets its best topic, and a second one when that one is nearly as strong; the
article around it (``context``) decides for statements with few topic words of their own.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from tracker.extract.lexicon import trie_pattern
from tracker.extract.memo import per_text

FALLBACK = "Government Operations"
_SECOND_SHARE = 0.6  # the runner-up must score at least this share of the best to be listed
_CONTEXT_WEIGHT = 2.0  # how much the article's topic mix (as shares summing to 1) adds to a statement's
_WORD = re.compile(r"[a-z0-9]+(?:['-][a-z0-9]+)*")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Topic:
    name: str
    code: int
    weight: float


@dataclass(frozen=True)
class _Lexicon:
    topics: tuple[Topic, ...]
    exact: dict[str, list[tuple[int, float]]]  # "term" or "two words" -> (topic index, weight)
    stems: dict[str, list[tuple[int, float]]]  # "prosecut" / "tax cut" -> (topic index, weight)
    stem_lengths: tuple[int, ...]
    # One pass finds every term: a trie of all terms (longest wins) plus the rest of the last word.
    scan: re.Pattern[str]


def _norm(term: str) -> str:
    return " ".join(_WORD.findall(term.casefold().replace("’", "'")))


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    raw = json.loads(resources.files("tracker.data").joinpath("topics.json").read_text(encoding="utf-8"))
    topics: list[Topic] = []
    exact: dict[str, list[tuple[int, float]]] = {}
    stems: dict[str, list[tuple[int, float]]] = {}
    for i, t in enumerate(raw["topics"]):
        topics.append(Topic(t["name"], int(t["code"]), float(t.get("weight", 1.0))))
        for entry in t["terms"]:
            term, _, w = entry.partition("|")
            key = _norm(term.rstrip("*"))
            if key:
                (stems if term.endswith("*") else exact).setdefault(key, []).append((i, float(w or 1.0)))
    # Terms start with an ASCII letter at an ASCII word boundary: led by the (consumed) non-word character
    # before the term, the regex engine skips ahead through words instead of trying the trie at every letter.
    scan = re.compile(r"[^0-9A-Za-z_](" + trie_pattern(set(exact) | set(stems)) + r"[a-z0-9]*(?:['-][a-z0-9]+)*)")
    return _Lexicon(tuple(topics), exact, stems, tuple(sorted({len(k) for k in stems})), scan)


def taxonomy() -> tuple[Topic, ...]:
    """The topics, loaded once from the packaged JSON."""
    return _lexicon().topics


@lru_cache(maxsize=65536)
def _term_hits(found: str) -> tuple[tuple[int, float], ...]:
    """(topic, weight) for a scanned term: an exact term, or one a stem term begins."""
    lex = _lexicon()
    key = _SPACE.sub(" ", found)
    if key.endswith("'s"):
        key = key[:-2]
    hits = list(lex.exact.get(key, ()))
    hits += [h for k in lex.stem_lengths if k <= len(key) for h in lex.stems.get(key[:k], ())]
    return tuple(hits)


@per_text
def _index(text: str) -> tuple[list[int], list[int], list[tuple[tuple[int, float], ...]], bool]:
    """``_scan`` of a whole article, computed once: every statement's score is a slice of it."""
    return _scan(text)


def _scan(text: str) -> tuple[list[int], list[int], list[tuple[tuple[int, float], ...]], bool]:
    """Every term found in ``text``: (starts, ends, hits, aligned), so any span's score is a slice away.
    ``aligned`` is False when casefold() changed the length (ß -> ss) and offsets are not the text's."""
    low = text.casefold().replace("’", "'")
    starts: list[int] = []
    ends: list[int] = []
    found: list[tuple[tuple[int, float], ...]] = []
    # the leading space stands for the start of the text, where a term may begin too; offsets shift by one
    for m in _lexicon().scan.finditer(" " + low):
        hits = _term_hits(m[1])
        if hits:
            starts.append(m.start(1) - 1)
            ends.append(m.end() - 1)
            found.append(hits)
    return starts, ends, found, len(low) == len(text)


def _sum(found: list[tuple[tuple[int, float], ...]]) -> dict[str, float]:
    topics = _lexicon().topics
    hits: dict[int, float] = {}
    get = hits.get
    for hs in found:
        for ti, weight in hs:
            hits[ti] = get(ti, 0.0) + weight
    return {topics[ti].name: v * topics[ti].weight for ti, v in hits.items()}


def scores(text: str, article: str | None = None, start: int | None = None) -> dict[str, float]:
    """Weighted lexicon hits per topic name (topics with no hit are left out).

    With ``article`` holding ``text`` (at ``start`` when given), the article's one scan is reused.
    """
    if article is not None:
        if start is not None and start >= 0 and article.startswith(text, start):
            i = start  # the common case, told without copying the span out of the article
        else:
            i = article.find(text) if start is None or article[start:start + len(text)] != text else start
        starts, ends, found, aligned = _index(article)
        if i >= 0 and aligned:
            a = bisect.bisect_left(starts, i)
            b = bisect.bisect_right(ends, i + len(text), a)  # terms do not overlap: ends are sorted too
            return _sum(found[a:b])
    return _sum(_scan(text)[2])


@per_text
def _shares(article: str) -> tuple[tuple[str, float], ...]:
    """The article's topic mix, as shares summing to 1, each times the weight a statement adds it with
    (computed once per article)."""
    sc = _sum(_index(article)[2])
    total = sum(sc.values())
    return tuple((name, _CONTEXT_WEIGHT * (v / total)) for name, v in sc.items())


def classify(text: str, context: str | None = None, start: int | None = None) -> list[str]:
    """The best one or two CAP topic names for ``text``, best first; never empty.

    ``context`` (the whole article) adds the article's topic mix as shares: it decides for a
    statement with few topic words of its own ("That has to change.") and yields to one with many.
    ``start`` is where ``text`` sits in ``context``, when the caller knows.
    """
    sc = scores(text, context, start)
    if context:
        get = sc.get
        for name, weighted in _shares(context):
            sc[name] = get(name, 0.0) + weighted
    if not sc:
        return [FALLBACK]
    ranked = sorted(sc.items(), key=_rank)
    best = [ranked[0][0]]
    if len(ranked) > 1 and ranked[1][1] >= _SECOND_SHARE * ranked[0][1]:
        best.append(ranked[1][0])
    return best


def _rank(item: tuple[str, float]) -> tuple[float, str]:
    """Highest score first, then by name."""
    return -item[1], item[0]
