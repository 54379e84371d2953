"""Spans of page furniture that are not the article: menus, captions, bylines, embeds, comments.

Nothing inside a noise span may become an official or a statement. ``mask`` blanks the spans out
(same length, newlines kept) so every other module can keep offsets into the original text.
"""

from __future__ import annotations

import re

from tracker.extract.memo import per_text

# Whole lines that are furniture. Anchored on the stripped line, case-insensitive.
_LINE = re.compile(
    r"""^(?:
        comments?\ are\ closed\.? | leave\ a\ (?:comment|reply)\.? | \d+\ comments? | no\ comments(?:\ yet)?\.? |
        (?:log\ in|sign\ in)\ to\ (?:reply|comment)\.? | reply | share(?:\ this(?:\ (?:story|article))?)?:? |
        (?:photo|image|video)\ (?:courtesy|credit|by)\b.* | courtesy\ (?:photo|image|of\b.*) |
        (?:[a-z .]+\ )?(?:file\ )?photo\.? | \(?(?:ap|reuters|getty\ images?)\ photo\b.*\)? |
        (?:support|funding)\ for\ (?:this|our)\ (?:coverage|reporting|journalism)\ (?:comes|is\ provided)\ from\b.* |
        (?:this\ (?:web)?site|we)\ uses?\ cookies\b.* | accept(?:\ all)?\ cookies\.? | cookie\ (?:policy|settings) |
        advertisement | sponsored(?:\ content)? | subscribe(?:\ now|\ today)?\b.{0,60} |
        sign\ up\ for\ (?:our|the)\b.* | (?:click|tap)\ here\b.{0,80} | (?:read|see)\ (?:more|also)\b:?.{0,100} |
        related(?:\ (?:stories|articles|coverage|links))?:.{0,100} | related\ (?:stories|articles|coverage|links) |
        copyright\ (?:©|\(c\)|\d{4})\b.* | ©.* | all\ rights\ reserved\.? |
        (?:written|posted|published|updated|last\ updated)(?:\ by|:|\ on)\b.{0,100} |
        by\ [A-Z][\w.'’-]+(?:\ [A-Z][\w.'’-]+){0,3}(?:\ (?:and|&)\ [A-Z][\w.'’-]+(?:\ [A-Z][\w.'’-]+){0,3})?
            (?:\s*[,|/–—-]\s*.{0,60})? |
        [^.!?]{0,80}\ says:\s*$ | (?:home|menu|search|news|sports|opinion|weather)(?:\s*[|•·»]\s*\w[\w ]*){2,} |
        for\ immediate\ release
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# Inline furniture: video/embed shortcodes like [anvplayer video="1" station="2"].
_INLINE = re.compile(r"\[/?[a-z_][\w-]*(?:\s[^\]\n]*)?\]")
_LINES = re.compile(r"[^\n]+")
# The readers' comments begin: "12 Comments", "Leave a Reply", or a commenter's "NAME says:" over a
# time stamp ("March 4, 2022 at 9:15 am").
_COMMENTS_START = re.compile(r"(?:\d+\s+)?(?:comments?|responses?|replies)|leave\s+a\s+(?:comment|reply)|"
                             r"join\s+the\s+(?:discussion|conversation)|(?:show|view|load)\s+(?:\d+\s+)?comments",
                             re.IGNORECASE)
_HEADER_FIRST = re.compile(r"[\dcrljsv]", re.IGNORECASE)  # how such a header can begin: a cheap first test
_COMMENTER = re.compile(r"[^.!?]{1,80}\s+says:$")
_POSTED_AT = re.compile(r"(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})\s+(?:at\s+)?\d{1,2}:\d\d")
_MIN_REPEAT = 8  # a repeated line shorter than this is too generic to call furniture
_MAX_FURNITURE = 400  # furniture lines are short; longer lines are prose and skip the line patterns


@per_text
def noise_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Half-open spans of ``text`` that are page furniture, sorted and non-overlapping."""
    spans = list(_base_spans(text))
    spans += [span for run in _interruptions(text, _base_spans(text)) for span in run[1:-1]]
    spans.sort()
    return tuple(spans)


@per_text
def _base_spans(text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    seen: set[str] = set()
    comments = comments_start(text)  # the readers' comments: every line from there on is theirs
    for ls, le, stripped in _lines(text):
        s = text.find(stripped[0], ls, le)  # where the line's text begins, past its leading spaces
        e = s + len(stripped)
        if s >= comments:
            spans.append((s, e))
            continue
        key = stripped.casefold()
        # A line repeated word for word (caption, headline reprinted by the page template) is
        # furniture the second time; the first copy stays because it may be the headline.
        if key in seen and len(key) >= _MIN_REPEAT:
            spans.append((s, e))
            continue
        seen.add(key)
        if is_furniture_line(stripped):
            spans.append((s, e))
            continue
        if "[" in stripped:
            spans.extend((im.start(), im.end()) for im in _INLINE.finditer(text, s, e))
    spans.sort()
    return tuple(spans)


@per_text
def _lines(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, stripped text) of every line that is not blank."""
    return tuple((m.start(), m.end(), s) for m in _LINES.finditer(text) if (s := m.group().strip()))


@per_text
def comments_start(text: str) -> int:
    """Where the readers' comments begin ("12 Comments", "Leave a Reply", a commenter's "NAME says:"
    over a time stamp), or the end of the text when there are none."""
    best = len(text)
    # the first line that is a header; a header holds one of the words in one of three cases
    for ls, _, stripped in _lines(text):
        if (_HEADER_FIRST.match(stripped) and _COMMENTS_START.fullmatch(stripped.rstrip(".:"))
                and any(w in stripped for w in _COMMENT_WORDS)):
            best = ls
            break
    i = text.find("says:")
    while 0 <= i < best:
        ls, le = _line_span(text, i)
        line = text[ls:le].strip()
        nxt = text[le:].lstrip()
        if _COMMENTER.match(line) and _POSTED_AT.match(nxt):
            return ls + len(text[ls:le]) - len(text[ls:le].lstrip())
        i = text.find("says:", le)
    return best


def _line_span(text: str, i: int) -> tuple[int, int]:
    ls = text.rfind("\n", 0, i) + 1
    le = text.find("\n", i)
    return ls, len(text) if le < 0 else le


# the three cases a header is written in
_COMMENT_WORDS = tuple(f(w) for w in ("comment", "respons", "repl", "leave", "join")
                       for f in (str.lower, str.capitalize, str.upper))


@per_text
def joins(text: str) -> tuple[tuple[int, int], ...]:
    """Spans from the end of a sentence broken off by page furniture to where it resumes: reading
    across them (newlines included) puts the sentence back together."""
    return tuple((run[0][1], run[-1][0]) for run in _interruptions(text, _base_spans(text)))


_LONG_WORD = re.compile(r"\b[A-Za-z][a-z]{3,}\b")


def title_case(line: str) -> bool:
    """Whether most of a line's longer words are capitalised, as in a headline."""
    words = _LONG_WORD.findall(line)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


_FINAL = '.!?"”:'
_MAX_INTERRUPTION = 3


@per_text
def _interruptions(text: str, noise: tuple[tuple[int, int], ...]) -> list[list[tuple[int, int]]]:
    """Short unpunctuated lines (a reprinted headline, a caption) that the page template dropped
    into the middle of a sentence: the paragraph before breaks off mid-sentence and prose resumes after."""
    lines = _lines(text)
    noisy = set(noise)
    out: list[list[tuple[int, int]]] = []
    for i, (s, e, line) in enumerate(lines):
        if len(line) < 60 or not (line[-1].isalnum() or line[-1] in "_,") or (s, e) in noisy:
            continue
        if i == 0 and title_case(line):
            continue  # a Title Case first line is the headline, which never runs on into the body
        run: list[tuple[int, int]] = []
        for ls, le, cand in lines[i + 1: i + 1 + _MAX_INTERRUPTION + 1]:
            if any(ns <= ls + 1 and le - 1 <= ne for ns, ne in noise):
                continue
            if len(cand.split()) <= 15 and cand[-1] not in _FINAL:
                run.append((ls, le))
                continue
            if run and len(cand) >= 40:
                out.append([(s, e), *run, (ls, le)])
            break
    return out


def is_furniture_line(line: str) -> bool:
    """Whether a whole (stripped) line is page furniture: a menu, a caption, a share or cookie line."""
    return len(line) < _MAX_FURNITURE and not _looks_like_prose(line) and bool(_LINE.match(line))


def _looks_like_prose(line: str) -> bool:
    """A long sentence that happens to start like a byline ("By noon, the council...") is prose."""
    return len(line) > 160 and line.count(" ") > 25


@per_text
def mask(text: str) -> str:
    """``text`` with every noise span replaced by spaces (newlines kept), so offsets still line up."""
    spans = [(s, e, False) for s, e in noise_spans(text)] + [(s, e, True) for s, e in joins(text)]
    if not spans:
        return text
    spans.sort()
    parts: list[str] = []
    pos = 0
    for s, e, join in spans:
        if e <= pos:
            continue
        s = max(s, pos)
        parts.append(text[pos:s])
        parts.append(" " * (e - s) if join else re.sub(r"[^\n]", " ", text[s:e]))
        pos = e
    parts.append(text[pos:])
    return "".join(parts)


def is_noise(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps any noise span."""
    return any(s < end and start < e for s, e in noise_spans(text))
