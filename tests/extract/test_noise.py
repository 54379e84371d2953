"""Page furniture is found, masked without moving offsets, and never read as article text."""

from __future__ import annotations

from tracker.extract.noise import mask, noise_spans


def _noisy(text: str) -> list[str]:
    return [text[s:e] for s, e in noise_spans(text)]


def test_common_furniture_lines_are_noise() -> None:
    text = ("Headline here\n\nBy Jane Reporter\n\nCourtesy photo\n\nThe council met.\n\n"
            "Support for this coverage comes from the Example Fund.\n\nComments are closed.\n\n"
            "This website uses cookies to improve your experience.\n")
    assert _noisy(text) == ["By Jane Reporter", "Courtesy photo",
                            "Support for this coverage comes from the Example Fund.",
                            "Comments are closed.", "This website uses cookies to improve your experience."]


def test_embed_shortcodes_and_repeated_lines_are_noise() -> None:
    text = ("Mayor speaks\n\n[anvplayer video=”5082075″ station=”998127″]\n\nJane Roe\n\nA caption line here\n\n"
            "The mayor spoke.\n\nA caption line here\n")
    got = _noisy(text)
    assert "[anvplayer video=”5082075″ station=”998127″]" in got
    assert got.count("A caption line here") == 1  # the second copy only


def test_mask_keeps_length_and_newlines() -> None:
    text = "Real text.\n\nComments are closed.\n"
    m = mask(text)
    assert len(m) == len(text)
    assert m.count("\n") == text.count("\n")
    assert "Comments" not in m and m.startswith("Real text.")


def test_a_headline_dropped_into_a_sentence_is_masked_and_the_sentence_rejoined() -> None:
    text = ("Balderas joined other attorneys general from around the country to tell President\n\n"
            "AG meets officials at the border\n\n"
            "Trump and his attorney general that separating families is wrong.\n")
    m = mask(text)
    assert "AG meets" not in m
    assert "\n" not in m[: m.index("Trump")]


def test_prose_that_starts_like_a_byline_is_not_noise() -> None:
    text = ("By the time the council voted on the budget late Tuesday night, most of the residents who had come "
            "to speak about the water rates had already gone home, and the chamber was nearly empty again.\n")
    assert _noisy(text) == []


def test_everything_after_the_comments_header_is_noise() -> None:
    text = ("The council met.\n\n12 Comments\n\nJohn Q says:\nMarch 4, 2022 at 9:15 am\n"
            "The mayor said nothing useful.\n")
    assert _noisy(text) == ["12 Comments", "John Q says:", "March 4, 2022 at 9:15 am",
                            "The mayor said nothing useful."]


def test_a_commenter_over_a_time_stamp_starts_the_comments_without_a_header() -> None:
    text = "The council met.\n\nBob Smith says:\nJune 1, 2021 at 8:02 pm\nThe mayor is wrong.\n"
    assert _noisy(text) == ["Bob Smith says:", "June 1, 2021 at 8:02 pm", "The mayor is wrong."]


def test_a_sentence_that_starts_with_comments_is_not_the_comments_section() -> None:
    text = "Comments by the governor drew applause.\n\nThe council met.\n"
    assert _noisy(text) == []
