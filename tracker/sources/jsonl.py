"""JSON Lines: one article per line, read one line at a time so memory stays flat for any file size."""

from __future__ import annotations

import codecs
import datetime
import io
import json
from collections.abc import Callable, Iterator
from typing import BinaryIO

from tracker.sources.decode import EXPORT_AS_TEXT, decode_bytes, sniff_binary
from tracker.sources.records import Refusal, SourceArticle, SourceFailure, human_size
from tracker.sources.repair import repair_field, repair_text

_CHUNK = 1 << 20
_FIELDS = ("title", "url", "outlet", "published")


def read_jsonl(stream: BinaryIO, origin: str, *, max_bytes: int) -> Iterator[SourceArticle | SourceFailure]:
    """Each line an object with ``text`` (required) and optional title, url, outlet, published.

    A bad line is reported with its number and the other lines still load. ``max_bytes`` bounds
    one line (one article), not the file: JSON Lines exists for large batches. A file that is not
    JSON Lines at all (binary, or plain text given the wrong extension) is one failure, not one
    per line.
    """
    binary = _binary_reason(stream)
    if binary is not None:
        yield SourceFailure(origin, binary.reason)
        return
    found = False
    # Lines that are not JSON at all, held back until a JSON line shows the file is JSON Lines
    # with a few bad lines; if the first _PROBE_LINES lines are all prose, the file is refused whole.
    held: list[SourceFailure] | None = []
    for lineno, raw in _lines(stream, max_bytes):
        where = f"{origin}:{lineno}"
        item: SourceArticle | SourceFailure
        if isinstance(raw, Refusal):
            item = SourceFailure(where, f"line {lineno} cannot be read as text: {raw.reason}")
        elif raw is None:
            item = SourceFailure(where, f"line {lineno} is longer than the {human_size(max_bytes)} limit for one "
                                        "article; split the article or raise the limit with --max-bytes")
        elif not raw.strip():
            continue
        else:
            item = _record(raw, lineno, where)
        found = True
        if held is not None:
            if isinstance(item, SourceFailure) and isinstance(raw, str) and _is_prose(raw):
                held.append(item)
                if len(held) < _PROBE_LINES:
                    continue
                yield SourceFailure(origin, _not_jsonl(held, whole=False))
                return
            yield from held
            held = None
        yield item
    if held:
        yield SourceFailure(origin, _not_jsonl(held, whole=True))
    elif not found:
        yield SourceFailure(origin, "empty file: no JSON lines in it; add one JSON object per line, "
                                    'each with a "text" field')


# How many leading lines that are not JSON at all make a file "not JSON Lines" rather than "has bad lines".
_PROBE_LINES = 5
_SNIFF_BYTES = 8192


def _is_prose(line: str) -> bool:
    """A line that is not JSON and does not even try to be: no opening brace or bracket."""
    stripped = line.lstrip("\ufeff \t")
    if stripped.startswith(("{", "[")):
        return False
    try:
        json.loads(line)
    except json.JSONDecodeError:
        return True
    return False


def _not_jsonl(held: list[SourceFailure], *, whole: bool) -> str:
    first = held[0].reason.split("; ")[0]
    if not whole:
        some = f"the first {len(held)} lines are not"
    else:
        some = f"none of its {len(held)} lines is" if len(held) > 1 else "its only line is not"
    return (f"not JSON Lines: {some} JSON ({first}); put one JSON object per line, each with a "
            '"text" field, or save a plain-text article as .txt')


def _binary_reason(stream: BinaryIO) -> Refusal | None:
    """Why the file is binary, judged from its first few kilobytes; None when it may be text.

    JSON never holds a raw NUL byte, so one near the start means binary data (or UTF-16 without a
    byte-order mark) rather than a few bad lines.
    """
    if not isinstance(stream, io.BufferedReader):
        return None
    head = stream.peek(_SNIFF_BYTES)[:_SNIFF_BYTES]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    looks_like = sniff_binary(head)
    if looks_like:
        return Refusal(f"this is {looks_like}, not JSON Lines", EXPORT_AS_TEXT)
    if b"\x00" in head:
        return Refusal("contains NUL bytes, so it looks like a binary file rather than JSON Lines",
                       "save it as UTF-8 text, one JSON object per line")
    return None


def _lines(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[int, str | Refusal | None]]:
    """(line number, decoded line) pairs; None for a line over the limit, a Refusal for one that
    cannot be decoded (in UTF-16 that ends the file: the line boundaries after it are lost)."""
    head = stream.peek(4)[:4] if isinstance(stream, io.BufferedReader) else b""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Rare, but cheap to honour: the text layer splits UTF-16 lines correctly.
        text = io.TextIOWrapper(stream, encoding="utf-16", newline="")
        lineno = 0
        try:
            while line := text.readline(max_bytes // 2 + 1):
                lineno += 1
                if len(line) > max_bytes // 2 and not line.endswith(("\n", "\r")):
                    _skip_rest(lambda: text.readline(_CHUNK))
                    yield lineno, None
                else:
                    yield lineno, line
        except UnicodeDecodeError:
            yield lineno + 1, Refusal("not valid UTF-16", "re-save the file as UTF-8")
        finally:
            text.detach()
        return
    lineno = 0
    while raw := stream.readline(max_bytes + 1):
        lineno += 1
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            _skip_rest(lambda: stream.readline(_CHUNK))
            yield lineno, None
            continue
        if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8):]
        try:
            decoded: str | Refusal = decode_bytes(raw)
        except Refusal as e:
            decoded = e
        yield lineno, decoded


def _skip_rest(read: Callable[[], bytes | str]) -> None:
    while True:
        chunk = read()
        if not chunk or chunk[-1:] in ("\n", b"\n"):
            return


def _record(line: str, lineno: int, where: str) -> SourceArticle | SourceFailure:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        # json's message for a control character already ends in "at": do not say it twice.
        what = e.msg.removesuffix(" at")
        return SourceFailure(where, f"line {lineno} is not valid JSON: {what} at column {e.colno}; "
                                    "fix or remove the line")
    if not isinstance(obj, dict):
        return SourceFailure(where, f"line {lineno} is a JSON {type(obj).__name__}, not an object; "
                                    'write one object per line, with a "text" field')
    text = obj.get("text")
    if text is None:
        return SourceFailure(where, f'line {lineno} has no "text" field; add the article text as "text"')
    if not isinstance(text, str):
        return SourceFailure(where, f'line {lineno}: "text" is a {type(text).__name__}, not a string; '
                                    "give the article text as a JSON string")
    text = repair_text(text)
    if not text:
        return SourceFailure(where, f'line {lineno} has an empty "text"; add the article text or remove the line')
    meta: dict[str, object] = {}
    for key in _FIELDS:
        value = obj.get(key)
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            return SourceFailure(where, f'line {lineno}: "{key}" is a {type(value).__name__}, not a string; '
                                        "give it as a JSON string or leave it out")
        if key == "published":
            try:
                meta[key] = parse_published(value)
            except ValueError:
                return SourceFailure(where, f'line {lineno}: "published" value {value!r} is not a date; '
                                            "use YYYY-MM-DD (or an ISO 8601 date-time)")
        elif key == "url":
            meta[key] = value.strip()
        else:
            meta[key] = repair_field(value)
    return SourceArticle(text=text, origin=where, **meta)  # type: ignore[arg-type]


def parse_published(value: str) -> datetime.date:
    """YYYY-MM-DD or a full ISO 8601 date-time (``Z`` allowed); raises ValueError otherwise."""
    value = value.strip()
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return datetime.datetime.fromisoformat(value).date()
