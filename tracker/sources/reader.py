"""Files and standard input to SourceArticle records: the one place that opens user files."""

from __future__ import annotations

import datetime
import io
import re
import stat
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from tracker.errors import BadInputError
from tracker.sources.decode import decode_bytes
from tracker.sources.discover import _stat, discover, unsupported_reason
from tracker.sources.jsonl import parse_published, read_jsonl
from tracker.sources.records import (
    DEFAULT_MAX_BYTES,
    HTML_SUFFIXES,
    JSONL_SUFFIXES,
    STDIN_ORIGIN,
    SUPPORTED_SUFFIXES,
    Refusal,
    SourceArticle,
    SourceFailure,
    human_size,
)
from tracker.sources.repair import repair_text

Item = SourceArticle | SourceFailure
_HTML_START = (b"<!doctype html", b"<html", b"<head", b"<!--")
# '{"' rather than '{': an article may well open with a brace, hardly ever with a JSON key.
_JSON_OBJECT_START = re.compile(rb'\{\s*"')


def read_path(path: Path | str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """The article in one file (.txt .md .html .htm), or one per line of a .jsonl file."""
    path = Path(path)
    origin = str(path)
    st = _stat(path)
    if isinstance(st, SourceFailure):
        yield st
        return
    if stat.S_ISDIR(st.st_mode):
        yield SourceFailure(origin, "this is a folder, not a file; use tracker ingest, which reads every "
                                    "article file in a folder")
        return
    if not stat.S_ISREG(st.st_mode):
        # Opening a named pipe would wait for a writer forever; a device may never end.
        yield SourceFailure(origin, "not a regular file (a device, socket or pipe); "
                                    "save the article to a file, or pipe it in with -")
        return
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        yield SourceFailure(origin, unsupported_reason(path))
        return
    try:
        with path.open("rb") as f:
            if suffix in JSONL_SUFFIXES:
                yield from read_jsonl(f, origin, max_bytes=max_bytes)
                return
            # stat first, so a huge file is refused without reading it; read at most one byte past
            # the limit in case it grew since.
            if st.st_size > max_bytes:
                yield _too_big(origin, st.st_size, max_bytes)
                return
            # Ask for no more than the file holds (read(n) sets aside n bytes first, so a --max-bytes
            # of a terabyte would fail on memory); a file that grew since is read on, in chunks.
            data = f.read(min(max_bytes, st.st_size) + 1)
            while st.st_size < len(data) <= max_bytes and (chunk := f.read(min(1 << 20, max_bytes + 1 - len(data)))):
                data += chunk
    except OSError as e:
        yield SourceFailure(origin, f"cannot read: {e.strerror}; check the file's permissions")
        return
    if len(data) > max_bytes:
        yield _too_big(origin, len(data), max_bytes)
        return
    yield _article(data, origin, html=suffix in HTML_SUFFIXES)


def read_stdin(stream: BinaryIO, *, title: str | None = None, url: str | None = None, outlet: str | None = None,
               published: datetime.date | str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Articles piped in: JSON Lines when the input starts with ``{``, HTML when it starts like a
    page, plain text otherwise. Metadata given here wins over what an HTML page says."""
    buffered: Any = stream if hasattr(stream, "peek") else io.BufferedReader(stream)
    head = buffered.peek(512)[:512].lstrip(b" \t\r\n\xef\xbb\xbf").lower()
    if _JSON_OBJECT_START.match(head):
        yield from read_jsonl(buffered, STDIN_ORIGIN, max_bytes=max_bytes)
        return
    data = buffered.read(max_bytes + 1)
    if len(data) > max_bytes:
        yield _too_big(STDIN_ORIGIN, None, max_bytes)
        return
    item = _article(data, STDIN_ORIGIN, html=head.startswith(_HTML_START))
    if isinstance(item, SourceArticle):
        given = {"title": title, "url": url, "outlet": outlet,
                 "published": parse_published(published) if isinstance(published, str) else published}
        for key, value in given.items():
            if value is not None:
                setattr(item, key, value)
    yield item


def iter_articles(paths: Sequence[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Every article under ``paths`` (files, folders, ``-`` for standard input), in order, with a
    SourceFailure for each thing that could not be read."""
    for arg in paths:
        if arg == "-":
            yield from read_stdin(sys.stdin.buffer, max_bytes=max_bytes)
            continue
        for found in discover([arg]):
            if isinstance(found, SourceFailure):
                yield found
            else:
                yield from read_path(found, max_bytes=max_bytes)


def load_text(path: Path | str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The text of one article file (``-`` for stdin), decoded exactly as ingest would store it.

    Raises BadInputError when the file cannot be read or holds no single article.
    """
    if str(path) == "-":
        items = read_stdin(sys.stdin.buffer, max_bytes=max_bytes)
    else:
        if Path(path).suffix.lower() in JSONL_SUFFIXES:
            raise BadInputError(f"{path}: a .jsonl file holds many articles",
                                "use tracker ingest for it, or pass a single article file")
        items = read_path(path, max_bytes=max_bytes)
    item = next(items, None)
    if item is None:
        raise BadInputError(f"{path}: no article found", "pass a file with the article text")
    if isinstance(item, SourceFailure):
        what, _, todo = item.reason.rpartition("; ")
        raise BadInputError(f"{item.origin}: {what or todo}", todo if what else None)
    return item.text


def _article(data: bytes, origin: str, *, html: bool) -> Item:
    try:
        if not data.strip():
            raise _empty()
        text = decode_bytes(data, html=html)
        if html:
            from tracker.sources.html import read_html

            if not text.strip():
                raise _empty()
            body, meta = read_html(text)
            return SourceArticle(text=body, origin=origin, **meta)
        text = repair_text(text)
        if not text.strip():
            raise _empty()
        return SourceArticle(text=text, origin=origin)
    except Refusal as e:
        return SourceFailure(origin, e.reason)


def _empty() -> Refusal:
    return Refusal("empty file (no text in it)", "add the article text or remove the file")


def _too_big(origin: str, size: int | None, max_bytes: int) -> SourceFailure:
    over = f"is {human_size(size)}, over" if size is not None else "is over"
    # Suggest a limit that would actually let this file in: its size rounded up to a whole MB.
    enough = max(max_bytes * 2, DEFAULT_MAX_BYTES, -(-(size or 0) // 1_000_000) * 1_000_000)
    return SourceFailure(origin, f"file {over} the {human_size(max_bytes)} limit; split it, or raise the limit "
                                 f"with --max-bytes (e.g. --max-bytes {enough})")
