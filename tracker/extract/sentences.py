"""Paragraph and sentence boundaries as character spans over the original text."""

from __future__ import annotations

import bisect
import re

from tracker.extract.memo import per_text

_PARA = re.compile(r"[^\n]+(?:\n(?![^\S\n]*\n)[^\n]+)*")  # a blank line (spaces allowed) ends it
_LINE = re.compile(r"[^\n]+")
# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before whitespace and a
# capital, digit or opening quote; abbreviations are checked separately.
_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s+[\"'“‘(\[]{0,2}[A-Z0-9])")
# The same for a paragraph without "!" or "?": led by a fixed "." the regex engine skips ahead to.
_END_DOT = re.compile(r"\.[\"'”’)\]]*(?=\s+[\"'“‘(\[]{0,2}[A-Z0-9])")
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Reps|Sens|Gov|Lt|Gen|Atty|Del|Sgt|Capt|Col|Maj|St|Jr|Sr|Inc|Co|Corp|No|Vol|"
    r"Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|Ave|Blvd|Rd|Hon|Prof|Supt|Comm|Cmdr|Mt|Ft|vs|etc|U\.S|"
    r"Prop|Sec|Dept|Gov't|Assn|Bros|Ltd|Mass|Ph\.D|a\.m|p\.m|"
    r"D|R|I|N\.M|N\.Y|Calif|Tenn|Ky|Ga|Fla|Mich|Ohio|Tex|Ariz|Colo|Wash|Ore|Nev|Mass|Conn|Pa|Va|Md|La|Ala|"
    r"Miss|Mo|Minn|Wis|Ill|Ind|Iowa|Kan|Neb|Okla|Ark|Del|S\.C|N\.C|N\.J|N\.H|R\.I|W\.Va|Vt|Me|Mont|Wyo|Ida|"
    r"Utah|Alaska|Hawaii|[A-Z])\.)$"
)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of blank-line-separated paragraphs (a single newline stays inside a paragraph).

    Text with no blank line at all is read one line per paragraph, as scraped pages often are.
    """
    return list(_paragraphs(text))


@per_text
def _paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    rx = _PARA if "\n\n" in text or "\n \n" in text else _LINE
    return tuple(m.span() for m in rx.finditer(text) if not m[0].isspace())


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of the sentences in ``text[start:end]``, never crossing a paragraph break."""
    if start == 0 and end is None:
        return list(_all_sentences(text))
    return _sentences(text, start, end)


@per_text
def _all_sentences(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(_sentences(text, 0, None))


def sentences_like(text: str, twin: str) -> list[tuple[int, int]]:
    """``sentences(text)``, reusing the split of ``twin``: a same-length copy of ``text`` that differs in a
    few places (the article with its page furniture masked). A paragraph that reads the same in both
    splits the same, so only the paragraphs the copy changed are split again."""
    if twin is text or twin == text:
        return sentences(text)
    twin_paras = set(_paragraphs(twin))
    twin_sents = _all_sentences(twin)
    starts = [s for s, _ in twin_sents]
    out: list[tuple[int, int]] = []
    for ps, pe in _paragraphs(text):
        if (ps, pe) in twin_paras and text[ps:pe] == twin[ps:pe]:
            i = bisect.bisect_left(starts, ps)
            while i < len(starts) and starts[i] < pe:
                out.append(twin_sents[i])
                i += 1
        else:
            out.extend(_split(text, ps, pe))
    return out


def _sentences(text: str, start: int, end: int | None) -> list[tuple[int, int]]:
    end = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    for ps, pe in paragraphs(text[start:end]):
        out.extend(_split(text, ps + start, pe + start))
    return out


def _split(text: str, ps: int, pe: int) -> list[tuple[int, int]]:
    """The sentences of the paragraph ``text[ps:pe]``."""
    out: list[tuple[int, int]] = []
    s = ps
    end = _END if text.find("!", ps, pe) >= 0 or text.find("?", ps, pe) >= 0 else _END_DOT
    for m in end.finditer(text, ps, pe):
        if _maybe_abbrev(text, m.start()) and _ABBREV.search(text, max(ps, m.start() - 8), m.start() + 1):
            continue
        out.append((s, m.end()))
        s = m.end()
        while s < pe and text[s].isspace():
            s += 1
    if s < pe:
        out.append((s, pe))
    return out


def _maybe_abbrev(text: str, end: int) -> bool:
    """A cheap test that lets most sentence ends ("said.") skip the ``_ABBREV`` search: an abbreviation
    ends in a period and, unless it is "vs." or "etc.", its word starts with a capital or follows a period."""
    if text[end] != ".":
        return False
    j = end - 1
    while j >= 0 and text[j].islower():
        j -= 1
    return j < 0 or text[j].isupper() or text[j] in ".'" or text[j + 1:end] in ("vs", "etc")


@per_text
def sentence_spans(text: str) -> Spans:
    """``Spans`` of ``sentences(text)``, built once per article and shared (callers must not change it)."""
    return Spans(list(_all_sentences(text)))


@per_text
def paragraph_spans(text: str) -> Spans:
    """``Spans`` of ``paragraphs(text)``, built once per article and shared (callers must not change it)."""
    return Spans(list(_paragraphs(text)))


class Spans:
    """Sorted, non-overlapping spans with a fast lookup of the one holding a position."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self._starts = [s for s, _ in spans]

    def index_at(self, pos: int) -> int:
        """Index of the span holding ``pos`` (or the last one starting before it), -1 if none."""
        return bisect.bisect_right(self._starts, pos) - 1

    def at(self, pos: int) -> tuple[int, int] | None:
        """The span holding ``pos``, or None when ``pos`` falls between spans."""
        i = self.index_at(pos)
        if i >= 0 and self.spans[i][0] <= pos < self.spans[i][1]:
            return self.spans[i]
        return None

    def __len__(self) -> int:
        return len(self.spans)
