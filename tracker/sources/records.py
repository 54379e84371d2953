"""The two things reading a source can produce: an article to ingest, or a reason it was refused."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

# Big enough for any real article (a long feature is well under 1 MB); small enough that a stray
# video or database dump is refused before it is read into memory.
DEFAULT_MAX_BYTES = 20_000_000

TEXT_SUFFIXES = frozenset({".txt", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
SUPPORTED_LIST = ".txt .md .html .htm .jsonl"

STDIN_ORIGIN = "<stdin>"


@dataclass
class SourceArticle:
    """One article ready for extraction; ``text`` is exactly what will be stored and cited."""

    text: str
    origin: str  # "path", "path:LINE" for JSONL, or "<stdin>"
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: datetime.date | None = None


@dataclass
class SourceFailure:
    """A file (or JSONL line) that could not be read; ``reason`` says what is wrong and what to do."""

    origin: str
    reason: str


class Refusal(Exception):
    """Internal: why some bytes cannot become article text. Turned into a SourceFailure by the reader."""

    def __init__(self, what: str, todo: str) -> None:
        super().__init__(f"{what}; {todo}")
        self.what = what
        self.todo = todo

    @property
    def reason(self) -> str:
        return f"{self.what}; {self.todo}"


def human_size(n: int) -> str:
    """``20000000`` → ``"20 MB"``: sizes in failure messages a person can compare at a glance."""
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if n >= scale:
            value = n / scale
            return f"{value:.0f} {unit}" if value == int(value) else f"{value:.1f} {unit}"
    return f"{n} bytes"
