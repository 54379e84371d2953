"""Repair text that went through the wrong decoder somewhere upstream, without touching clean text.

Every later span is an offset into the string this returns, so the rules are conservative: ftfy
with every cosmetic option off (curly quotes, full-width forms, ligatures and Unicode normal form
are kept as written), one targeted fix ftfy does not know (UTF-8 read as GBK), and whitespace
normalisation that only affects characters a reader cannot see.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ftfy import TextFixerConfig

# No-break spaces (plain, figure, narrow) become plain spaces: they are invisible layout hints, and
# left in place they break every pattern that expects a space between words.
_NBSP = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u202f": " "})
_LINE_BREAK = re.compile(r"\r\n?")
_ASCII_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")

# UTF-8 closing quote (E2 80 9D) read as Windows-1252 loses its last byte, which 1252 leaves
# undefined: what survives is "â€" followed by U+FFFD, or by nothing before a space or line end.
# The other characters sharing that prefix with an undefined last byte (U+2001, U+200D, U+200F,
# U+2010) are far rarer in news text than a closing quote.
_LOST_CLOSING_QUOTE = re.compile("â€(?:\ufffd|(?=[\\s\"')\\],.;:!?]|$))")

# UTF-8 general punctuation (E2 80 xx) read as GBK starts with 鈥 (GBK E2 80); the next GBK
# character swallowed the third byte and the byte after it, usually an ASCII letter.
_GBK_RUN = re.compile("鈥[^\\x00-\\x7f]{1,6}")
_TYPOGRAPHIC = re.compile("[\u2010-\u205e]")


@cache
def _config() -> TextFixerConfig:
    from ftfy import TextFixerConfig

    return TextFixerConfig(
        unescape_html=False,  # "&amp;" in a text file is what the author wrote
        fix_latin_ligatures=False,
        fix_character_width=False,  # full-width forms are correct in CJK text
        uncurl_quotes=False,
        fix_line_breaks=False,  # handled below, without touching U+2028/U+2029 semantics twice
        normalization=None,  # NFC would change clean text (and its offsets) that uses combining marks
        explain=False,
    )


def repair_text(text: str) -> str:
    """Undo mojibake, turn no-break spaces into spaces, CRLF/CR into LF, and drop trailing whitespace."""
    from ftfy import fix_text

    text = _LINE_BREAK.sub("\n", text)
    if "â€" in text:
        text = _LOST_CLOSING_QUOTE.sub("\u201d", text)
    if not (text.isascii() and not _ASCII_CONTROL.search(text)):  # ftfy has nothing to fix in plain ASCII
        text = fix_text(text, _config())
    if "鈥" in text:
        text = _GBK_RUN.sub(_undo_gbk, text)
    return text.translate(_NBSP).rstrip()


def repair_field(value: str) -> str:
    """A one-line metadata value (title, outlet): repaired like text, inner whitespace collapsed."""
    return " ".join(repair_text(value).split())


def _undo_gbk(match: re.Match[str]) -> str:
    """Re-read a 鈥… run as the UTF-8 it was, but only if that works and yields punctuation.

    The longest prefix that decodes wins; anything after it is left for the next match, so a run
    that merely starts like mojibake in genuine Chinese text is returned unchanged.
    """
    run = match.group(0)
    for end in range(len(run), 1, -1):
        try:
            fixed = run[:end].encode("gbk").decode("utf-8")
        except UnicodeError:
            continue
        if _TYPOGRAPHIC.match(fixed):
            return fixed + (_GBK_RUN.sub(_undo_gbk, run[end:]) if "鈥" in run[end:] else run[end:])
    return run
