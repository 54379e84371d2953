"""MinHash signatures: a retold story scores high, another story low, and short articles still get every band."""

from __future__ import annotations

from tests.across.conftest import BRIDGE, OTHER_OUTLET, QUOTE, REPRINT, THIRD_OUTLET
from tracker.store.dedup import BANDS, band_keys, near_identical, signature, similarity


def test_a_reprint_scores_high_and_other_stories_low() -> None:
    first, reprint = signature(BRIDGE), signature(REPRINT)
    assert first is not None and reprint is not None
    assert similarity(first, reprint) > 0.6  # shingle Jaccard 0.69, estimated from 64 bins
    for other in (OTHER_OUTLET, THIRD_OUTLET):
        sig = signature(other)
        assert sig is not None and similarity(first, sig) < 0.2


def test_a_short_article_has_every_band_and_a_reprint_shares_some() -> None:
    a, b = signature(THIRD_OUTLET), signature(THIRD_OUTLET.replace("in the summer", "in July"))
    assert a is not None and b is not None
    assert len(band_keys(a)) == BANDS
    assert set(band_keys(a)) & set(band_keys(b))


def test_too_short_a_text_has_no_signature() -> None:
    assert signature("Gov. Whitfield said no.") is None


def test_near_identical_quotes_are_one_but_opposite_stances_are_two() -> None:
    assert near_identical(QUOTE, QUOTE.upper() + "!")
    assert near_identical(QUOTE, QUOTE.rsplit(" under", 1)[0])  # an outlet trimmed the end
    assert not near_identical("she supports Senate Bill 40 because it feeds children",
                              "she opposes Senate Bill 40 because it feeds children")
    assert not near_identical(QUOTE, "Every family in Riverton deserves lower taxes and better schools")
