"""Paragraph and sentence spans over the original text."""

from __future__ import annotations

from tracker.extract.sentences import Spans, paragraphs, sentences


def _texts(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences(text)]


def test_sentences_do_not_split_at_titles_initials_or_state_abbreviations() -> None:
    text = "Sen. Lamar Alexander, R-Tenn., met Gov. J. B. Roe in Washington, D.C. on Monday. They talked."
    assert _texts(text) == ["Sen. Lamar Alexander, R-Tenn., met Gov. J. B. Roe in Washington, D.C. on Monday.",
                            "They talked."]


def test_a_closing_quote_stays_with_its_sentence() -> None:
    text = "“That has to change.” Roe said so. “It will.”"
    assert _texts(text) == ["“That has to change.”", "Roe said so.", "“It will.”"]


def test_sentences_never_cross_a_paragraph_break() -> None:
    text = "First part without a period\n\nSecond paragraph. Third sentence."
    assert _texts(text) == ["First part without a period", "Second paragraph.", "Third sentence."]


def test_text_without_blank_lines_has_one_paragraph_per_line() -> None:
    text = "One line.\nAnother line.\nA third."
    assert [text[s:e] for s, e in paragraphs(text)] == ["One line.", "Another line.", "A third."]


def test_blank_line_paragraphs_keep_single_newlines_inside() -> None:
    text = "Line one\nstill one.\n\nTwo."
    assert [text[s:e] for s, e in paragraphs(text)] == ["Line one\nstill one.", "Two."]


def test_spans_lookup_finds_the_span_holding_a_position() -> None:
    sp = Spans([(0, 5), (7, 10)])
    assert sp.at(3) == (0, 5)
    assert sp.at(6) is None
    assert sp.at(9) == (7, 10)
    assert sp.index_at(6) == 0
