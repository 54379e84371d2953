"""The fast text-search helpers find exactly what the plain regular expressions they replace would find."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.extract import places, sentences
from tracker.extract.amounts import _SIGNED, _SIGNS, _WORDED, _worded
from tracker.extract.bill_cues import STANCE_CUES, STATUS_CUES
from tracker.extract.lexicon import (
    Cue,
    finditer_from,
    guarded_words,
    has_phrase,
    needed_literals,
    occurrences,
    split_alternatives,
    words,
)
from tracker.extract.noise import mask
from tracker.extract.pronouns import _pronouns

_PIECES = ["US$", "USD", "€", "£", "GBP", "signed", "vetoed", "co-sponsor", "would", "plans", "on board", "budget",
           "fiscal year", "a year ago", "per year",
           "said", "says", "told", "Ohio", "Virginia", "West", "New York", "Kansas", "he", "He", "she", "the",
           "5", "1,000", "2.5", "million", "dollars", "Dollars", "$", ".", ",", "'", "’", "-", "_", "é", "x", "Q",
           " ", " ", "\n", "\n\n", "\t", "\u00a0", "Comments are closed.", "Photo courtesy", "Mr.", "U.S.", "No."]
_text = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(_text)
def test_word_patterns_match_what_a_leading_word_boundary_would(text: str) -> None:
    for pattern, tail in [("said|says|told", r"\b"), ("[Hh]e|she|the", r"\b"), ("passed|approved", r"\s*")]:
        plain = re.compile(rf"\b(?:{pattern}){tail}")
        assert [m.span() for m in words(pattern, tail).finditer(text)] == [m.span() for m in plain.finditer(text)]
    negated = re.compile(r"(?<!not\s)\b(?:passed|approved)\b")
    fast = words("passed|approved", not_after=(r"not\s",))
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in negated.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(_text)
def test_cues_match_like_a_case_insensitive_search(text: str) -> None:
    cue = Cue(r"said|told\s+reporters|he")
    assert cue.search(text) == bool(re.search(r"\b(?:said|told\s+reporters|he)\b", text, re.IGNORECASE))


@settings(max_examples=300, deadline=None)
@given(_text)
def test_literal_led_search_matches_a_full_scan(text: str) -> None:
    rx = re.compile(r"said[ \t]+|he\b")
    assert [m.span() for m in finditer_from(rx, text, ("said", "he"))] == [m.span() for m in rx.finditer(text)]
    assert has_phrase(text, ("said", "New York")) == bool(re.search(r"\b(?:said|New York)\b", text))
    assert occurrences(text, "he") == [m.start() for m in re.finditer("(?=he)", text)]


@settings(max_examples=300, deadline=None)
@given(_text)
def test_substring_finders_match_the_regexes_they_replace(text: str) -> None:
    pronoun = re.compile(r"(?:[Ss]h|[Hh])e(?![\w’'-])")
    assert _pronouns(text) == [(m.start(), m.end(), m.group()) for m in pronoun.finditer(text)
                               if not (m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-’'"))]
    assert [m.span() for m in _worded(text)] == [m.span() for m in _WORDED.finditer(text)
                                                 if m["cur"] in (m["cur"].lower(), m["cur"].capitalize(),
                                                                 m["cur"].upper())]
    assert [m.span() for m in finditer_from(_SIGNED, text, _SIGNS)] == [m.span() for m in _SIGNED.finditer(text)]
    counted = Counter(w for w in places._STATE_WORD.findall(text) if w in places._STATES)
    assert list(places._state_words(text).items()) == list(counted.items())  # order decides ties


@settings(max_examples=300, deadline=None)
@given(_text)
def test_sentences_reused_from_the_masked_copy_equal_a_fresh_split(text: str) -> None:
    assert sentences.sentences_like(text, mask(text)) == sentences.sentences(text)


@pytest.mark.parametrize(("pattern", "parts"), [
    ("a|b", ["a", "b"]),
    (r"good\s+(?:bill|law)|x", [r"good\s+(?:bill|law)", "x"]),
    (r"[|a]x|\||y", [r"[|a]x", r"\|", "y"]),
])
def test_split_alternatives_keeps_groups_and_classes_whole(pattern: str, parts: list[str]) -> None:
    assert split_alternatives(pattern) == parts


@settings(max_examples=300, deadline=None)
@given(_text, st.integers(0, 60), st.integers(0, 60))
def test_guarded_words_find_what_the_plain_patterns_find(text: str, start: int, length: int) -> None:
    for rx in [rx for _, rx in STATUS_CUES] + [rx for _, _, rx in STANCE_CUES]:
        assert [m.span() for m in rx.finditer(text, start, start + length)] == [
            m.span() for m in rx.rx.finditer(text, start, start + length)]
        assert bool(rx.search(text)) == bool(rx.rx.search(text))
    fast = guarded_words("passed|approved", not_after=(r"not\s",))
    plain = words("passed|approved", not_after=(r"not\s",))
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(_text)
def test_guarded_cues_match_like_a_case_insensitive_search(text: str) -> None:
    cue = Cue(r"budget\w*|fiscal\s+year|a\s+year(?!\s+ago)|on\s+board")
    assert cue.needs  # the test is made
    plain = re.search(r"\b(?:budget\w*|fiscal\s+year|a\s+year(?!\s+ago)|on\s+board)\b", text.lower())
    assert cue.search(text) == bool(plain)


@pytest.mark.parametrize(("alternatives", "needs"), [
    (["veto(?:ed|es)"], ("veto",)),
    ([r"co-?sponsor(?:s|ed)?", r"plans?\s+to", r"brought\b[^.;]{0,40}?\bforward"], ("sponsor", "plan", "brought")),
    ([r"fy\s?\d{2,4}", r"one[- ]time"], ("fy", "time")),
    (["signed", "sign"], ("sign",)),  # "signed" holds "sign": testing for "sign" is enough
    ([r"[Yy]ou", "said"], ("ou", "said")),
    ([r"\d+", "said"], ()),  # an alternative with no literal: no test can be made
])
def test_needed_literals_are_held_by_every_match(alternatives: list[str], needs: tuple[str, ...]) -> None:
    assert needed_literals(alternatives) == needs
