"""Properties every extraction keeps, on any text: it never fails, every span is exact, every amount is a
real positive sum, and the same text always gives the same document.

The texts are built from news fragments (titled names, quote marks, speech verbs, money, bill numbers,
dates, page furniture, stray control and non-Latin characters) so the finders actually fire, plus
plain random strings for the odd corners.
"""

from __future__ import annotations

import json
import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.extract import Document, extract, memo

_TITLES = ["Gov.", "Lt. Gov.", "Sen.", "Rep.", "Del.", "AG", "Attorney General", "Speaker", "Treasurer", "Mayor",
           "Dr.", "state Sen.", "U.S. Rep.", "spokeswoman", "Councilwoman", "Secretary of State", "President", ""]
_FIRST = ["Jane", "Carlos", "Mary Ann", "J.", "Ana-María", "Li", "Tomás", "DeShawn", "O'Neil"]
_LAST = ["Roe", "Doe", "McAllister", "García", "Nguyen", "Smith-Jones", "O’Brien", "de la Cruz", "Van Buren"]
_AFTER_NAME = ["", " Jr.", " (R)", " (D-Springfield)", ", R-Tenn.,", ", a Democrat,", ", 45,", "’s", " III"]
_VERBS = ["said", "says", "told reporters", "added", "noted that", "argued", "warned", "urged lawmakers to",
          "wrote", "announced", "stressed", "insisted", "cautioned", "according to", "saying", "asked"]
_MARKS = ['"', "“", "”", "„", "''", "``", "‘", "’", "'"]
_MONEY = ["$3.1 billion", "$6.3M", "$210 million over two years", "1-billion dollars",
          "$1.5 million to upwards of $40 million", "$12", "$0", "$0.00", "$1,234,567.89", "€5 million", "£3bn",
          "$ 5", "5 dollars", "US$40bn", "$88,665 x 2 = $183,994", "$9" + "9" * 30 + " trillion", "$.5", "$1.", "$-3"]
_BILLS = ["HB 123", "House Bill 45", "SB 67", "S.B. 8", "H.R. 1", "AB 5", "LB 574", "Senate Bill 21-042",
          "Prop. 301", "the SAFE Act", "legislation that would allow", "a bill", "vetoed", "signed", "passed",
          "died", "would have", "filed", "introduced"]
_DATES = ["Friday, 06 July 2018", "Dec. 20, 2019", "2019-12-29", "Posted: March 3, 2022", "2019-02-30",
          "13/45/2020", "Updated 3:45 p.m. EST, March 4, 2019", "By Ann Lee | June 1, 2020"]
_FURNITURE = ["Comments are closed.", "Share this:", "Photo courtesy of the governor's office",
              "Support for this coverage comes from the Example Foundation.", "This site uses cookies.",
              "Advertisement", "Q:", "A:", "ROE:", "Attributable to Jane Roe:", "[anvplayer video=\"1\"]",
              "Read more: city budget", "- $12 million for roads", "• $3 million for parks"]
_ODD = ["\x00", "\u00a0", "Ã©", "\ufeff", "\r\n", "\t", "\u200b", "—", "…", "’", "ß", "İ", "ﬁ", "🙂", "?", ":", ";"]
_WORDS = ["the", "plan", "would", "cost", "budget", "schools", "police", "taxes", "that", "and", "is", "not",
          "we", "he", "she", "it", "They", "This", "bill", "money", "million", "year", "annually", "per year"]

_name = st.builds(lambda t, f, last, after: f"{t} {f} {last}{after}".strip(),
                  st.sampled_from(_TITLES), st.sampled_from(_FIRST), st.sampled_from(_LAST),
                  st.sampled_from(_AFTER_NAME))
_fragment = st.one_of(
    _name, _name, st.sampled_from(_VERBS), st.sampled_from(_MARKS), st.sampled_from(_MONEY),
    st.sampled_from(_BILLS), st.sampled_from(_DATES), st.sampled_from(_FURNITURE), st.sampled_from(_ODD),
    st.sampled_from(_WORDS), st.sampled_from(_WORDS), st.text(max_size=8),
)
_separator = st.sampled_from([" ", " ", ", ", ". ", "\n", "\n\n", "", ": ", " — ", "? ", ".\n\n"])
_news = st.lists(st.tuples(_fragment, _separator), max_size=70).map(lambda parts: "".join(a + b for a, b in parts))
_random = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)

_SETTINGS = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check_document(text: str, doc: Document) -> None:
    for s in doc.statements:
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start:s.end] == s.text
    for b in doc.bills:
        assert 0 <= b.start <= b.end <= len(text)
        assert text[b.start:b.end] == b.evidence
        for p in b.positions:
            assert p.start is None or p.end is None or 0 <= p.start <= p.end <= len(text)
    for f in doc.funding:
        assert 0 <= f.start <= f.end <= len(text)
        assert text[f.start:f.end] == f.evidence
        assert f.amount.is_finite() and f.amount > 0
        assert math.isfinite(float(f.amount))
    for o in doc.officials:
        assert o.name
        assert o.start is None or o.end is None or 0 <= o.start <= o.end <= len(text)
    json.dumps(doc.to_dict())  # the CLI prints it: it must be plain JSON


def _check_stable(text: str) -> None:
    memo.clear()
    first = extract(text)
    _check_document(text, first)
    again = extract(text)  # memoised layout reused
    memo.clear()
    fresh = extract(text)  # everything recomputed
    assert again.to_dict() == first.to_dict() == fresh.to_dict()


@_SETTINGS
@given(_news)
def test_news_like_text_extracts_with_exact_spans_and_the_same_result_twice(text: str) -> None:
    _check_stable(text)


@_SETTINGS
@given(_random)
def test_any_text_at_all_extracts_without_error(text: str) -> None:
    _check_stable(text)


@settings(max_examples=60, deadline=None)
@given(st.lists(_news, min_size=2, max_size=6))
def test_articles_read_one_after_another_do_not_leak_into_each_other(texts: list[str]) -> None:
    # the memo holds a few articles: interleaving them must not change any one's result
    alone = []
    for t in texts:
        memo.clear()
        alone.append(extract(t).to_dict())
    memo.clear()
    mixed = [extract(t).to_dict() for t in texts + texts[::-1]]
    assert mixed[:len(texts)] == alone
    assert mixed[len(texts):] == alone[::-1]
