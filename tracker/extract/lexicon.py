"""Searching text fast: word lists compiled as tries, word alternations the regex engine can skip
through, and plain substring search where a regex would test every character.

Python's regex engine skips ahead quickly only to a pattern's first fixed character(s); a pattern
that opens with ``\\b``, a look-behind or a character class (or runs with IGNORECASE) is tried at
every position of the text instead. On article text with curly quotes that costs tens of machine
instructions per character, so each helper here finds the same matches by a cheaper route.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from typing import Any


def trie_pattern(words: Iterable[str], space: str = r"\s+") -> str:
    """A regex alternation (no anchors, no boundaries) matching exactly ``words``, longest first; a space
    in a word matches ``space``."""
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        alts = [(space if ch == " " else re.escape(ch)) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = "(?:" + "|".join(alts) + ")" if len(alts) > 1 else alts[0]
        return f"(?:{body})?" if "" in node else body

    return build(trie)


def has_phrase(text: str, phrases: Iterable[str]) -> bool:
    """Whether any of ``phrases`` occurs in ``text`` as whole words: what ``\\b(?:p1|p2|...)\\b`` finds,
    by plain substring search (a leading ``\\b`` keeps the regex engine from skipping ahead)."""
    for p in phrases:
        i = text.find(p)
        while i >= 0:
            e = i + len(p)
            if (i == 0 or not is_word(text[i - 1])) and (e == len(text) or not is_word(text[e])):
                return True
            i = text.find(p, i + 1)
    return False


def is_word(ch: str) -> bool:
    """What ``\\w`` matches: a letter, digit or underscore."""
    return ch.isalnum() or ch == "_"


_FIRST_ATOM = re.compile(r"\[(?:\\.|[^\]\\])+\]|\\.|[^\\(|)?*+{]")


def word_alternation(*alternatives: str, not_after: tuple[str, ...] = ()) -> str:
    """``\\b(?:alt1|alt2|...)``, written for the regex engine's sake.

    A leading ``\\b`` hides the first characters from the engine's skip-ahead, so a search tries the
    alternation at every position. When the alternatives start with few distinct letters (at most
    ``_FEW_FIRSTS``), the boundary test moves behind each first character as a look-behind and the
    engine jumps from candidate to candidate: several times faster. With many first letters the
    plain form is faster. ``not_after`` holds fixed-width patterns that must not come right before
    a match (``r"not\\s"``).
    """
    firsts: set[str] = set()
    for alt in alternatives:
        atom = _FIRST_ATOM.match(alt)
        first = atom.group() if atom else ""
        if not re.fullmatch(r"\w|\[\w+\]|\[\w-\w\]", first) or alt[len(first):len(first) + 1] in ("?", "*", "+", "{"):
            firsts.update("many" + str(i) for i in range(_FEW_FIRSTS + 1))
            break
        firsts.update(_class_members(first))
    if len(firsts) > _FEW_FIRSTS:
        guards = "".join(f"(?<!{g})" for g in not_after)
        return f"{guards}\\b(?:{'|'.join(alternatives)})"
    out = []
    for alt in alternatives:
        first = _FIRST_ATOM.match(alt).group()  # type: ignore[union-attr]  # checked above
        guards = "".join(f"(?<!{g}{first})" for g in ("\\w", *not_after))
        out.append(f"{first}{guards}{alt[len(first):]}")
    return "(?:" + "|".join(out) + ")"


_FEW_FIRSTS = 4


def _class_members(atom: str) -> set[str]:
    """The characters a first atom ("a", "[Tt]", "[A-Z]") can be."""
    if not atom.startswith("["):
        return {atom}
    body = atom[1:-1]
    if len(body) == 3 and body[1] == "-":
        return {chr(c) for c in range(ord(body[0]), ord(body[2]) + 1)}
    return set(body)


def words(pattern: str, tail: str = r"\b", *, not_after: tuple[str, ...] = ()) -> re.Pattern[str]:
    """``re.compile(r"\\b(?:" + pattern + ")" + tail)``, written for speed (see ``word_alternation``)."""
    return re.compile(word_alternation(*split_alternatives(pattern), not_after=not_after) + tail)


class Cue:
    """A case-insensitive test for any of some word alternatives (``\\b(?:a|b|...)`` + ``tail``) in a window.

    The window is lower-cased and searched case-sensitively: several times faster than
    ``re.IGNORECASE``, which keeps the engine from skipping ahead on literal characters. Most windows
    hold none of the words: substring search for the literal each alternative needs answers those.
    """

    def __init__(self, alternatives: str, tail: str = r"\b") -> None:
        if re.search(r"\(\?[aiLmsux-]", alternatives):
            raise ValueError("alternatives must not hold inline flags")
        lowered = [_lower(a) for a in split_alternatives(alternatives)]
        self.rx = re.compile(word_alternation(*lowered) + tail)
        self.needs = needed_literals(lowered)

    def search(self, text: str) -> bool:
        return self.search_lowered(text.lower())

    def search_lowered(self, low: str) -> bool:
        """``search`` for a window the caller has lower-cased already."""
        return holds_any(low, self.needs) and self.rx.search(low) is not None


class Guarded:
    """A compiled pattern behind a cheap necessary test: every match holds one of ``needs``, so a window
    holding none of them is answered by substring search (fast, in C) without starting the regex engine,
    which tries a pattern led by ``\\b`` or many first letters at every character. Empty ``needs``: no test.
    """

    def __init__(self, rx: re.Pattern[str], needs: tuple[str, ...]) -> None:
        self.rx = rx
        self.needs = needs

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """What ``rx.search(text, pos, endpos)`` finds."""
        window = _window(text, pos, endpos)
        return self.rx.search(text, pos, endpos) if holds_any(window, self.needs) else None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        """What ``rx.finditer(text, pos, endpos)`` yields."""
        window = _window(text, pos, endpos)
        return self.rx.finditer(text, pos, endpos) if holds_any(window, self.needs) else iter(())


def _window(text: str, pos: int, endpos: int) -> str:
    """The part of ``text`` a regex search from ``pos`` to ``endpos`` reads (a negative ``pos`` reads as 0)."""
    return text if pos <= 0 and endpos >= len(text) else text[max(pos, 0):endpos]


def holds_any(window: str, needs: tuple[str, ...]) -> bool:
    """Whether ``window`` holds one of ``needs``, or ``needs`` is empty (no test to make)."""
    for lit in needs:  # a plain loop: cheaper than any() over a generator for these short tuples
        if lit in window:
            return True
    return not needs


def guarded_words(pattern: str, tail: str = r"\b", *, not_after: tuple[str, ...] = ()) -> Guarded:
    """``words(pattern, tail, not_after=...)`` behind the test for the literal each alternative needs."""
    return Guarded(words(pattern, tail, not_after=not_after), needed_literals(split_alternatives(pattern)))


def needed_literals(alternatives: Iterable[str]) -> tuple[str, ...]:
    """For regex alternatives, a literal every match of each one holds (its longest run of plain
    characters); empty when some alternative has none, so that no test can be made."""
    out: list[str] = []
    for alt in alternatives:
        lit = _longest_literal(alt)
        if not lit:
            return ()
        if lit not in out:
            out.append(lit)
    # a literal holding a shorter one adds nothing to the test
    return tuple(a for a in out if not any(b != a and b in a for b in out))


_TOKEN = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|\{\d*,?\d*\}|[^\\\[]")
_QUANTIFIER = re.compile(r"[?*+{]")


def _longest_literal(alt: str) -> str:
    """The longest run of plain characters outside groups, classes and escapes that no quantifier
    makes optional or repeats, so every match of ``alt`` holds it ("" when there is none)."""
    best, run, depth, i = "", "", 0, 0
    while i < len(alt):
        tok = _TOKEN.match(alt, i).group()  # type: ignore[union-attr]  # every character starts a token
        i += len(tok)
        quantified = depth == 0 and _QUANTIFIER.match(alt, i) is not None
        if tok == "(":
            depth += 1
        elif tok == ")":
            depth -= 1
        plain = depth == 0 and len(tok) == 1 and tok not in "()|.^$?*+{}" and not quantified
        if plain:
            run += tok
            continue
        best = max(best, run, key=len)
        run = ""
    return max(best, run, key=len)


def split_alternatives(pattern: str) -> list[str]:
    """The top-level ``|`` alternatives of a regex (alternatives inside groups and classes stay whole)."""
    out, depth, cls, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if cls:
            cls = ch != "]"
        elif ch == "[":
            cls = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def _lower(pattern: str) -> str:
    """``pattern`` with its literal letters lower-cased; escapes (``\\S``, ``\\W``) kept as written."""
    return re.sub(r"\\.|[^\\]+", lambda m: m.group() if m.group().startswith("\\") else m.group().lower(), pattern)


def occurrences(text: str, literal: str, start: int = 0, end: int | None = None) -> list[int]:
    """Every offset in ``[start, end)`` where ``literal`` occurs wholly inside it (overlaps included)."""
    end = len(text) if end is None else end
    out = []
    i = text.find(literal, start, end)
    while i >= 0:
        out.append(i)
        i = text.find(literal, i + 1, end)
    return out


def finditer_from(rx: re.Pattern[str], text: str, literals: Iterable[str], start: int = 0,
                  end: int | None = None) -> Iterator[re.Match[str]]:
    """What ``rx.finditer(text, start, end)`` yields, for a pattern whose every match starts with one
    of ``literals``: candidates come from plain substring search and ``rx.match`` runs only there.

    A regex scan whose pattern starts with a character class tests that class at every character
    (tens of instructions each on text with curly quotes); substring search skips ahead in C.
    """
    end = len(text) if end is None else end
    cands = sorted({i for lit in literals for i in occurrences(text, lit, start, end)})
    last = start
    for i in cands:
        if i < last:
            continue
        m = rx.match(text, i, end)
        if m:
            last = m.end() if m.end() > i else i + 1
            yield m
