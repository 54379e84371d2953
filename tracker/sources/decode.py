"""Bytes to text: byte-order marks, binary sniffing, UTF-8 first, then a careful guess or a refusal.

Order matters. A byte-order mark is the only certain signal, so it wins; binary formats are refused
before any decoding so a PDF never becomes a page of mojibake; strict UTF-8 is tried before any
guessing because valid UTF-8 that is not meant as UTF-8 is vanishingly rare in practice.
"""

from __future__ import annotations

import codecs
import re

from tracker.sources.records import Refusal

EXPORT_AS_TEXT = "export the article as plain UTF-8 text (or HTML) and ingest that"
_RESAVE = "re-save the file as UTF-8"

# (magic bytes, what the file looks like). Checked before decoding, at the very start of the file.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\x7fELF", "an ELF executable"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.odt document, which is one)"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

# UTF-32 marks first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)

# Browsers decode pages labelled Latin-1 or ASCII as Windows-1252 (WHATWG Encoding Standard),
# and so do the servers that produced them: curly quotes live in 0x80-0x9F.
_WHATWG_1252 = frozenset({"latin_1", "iso8859_1", "ascii", "cp1252"})

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{1,40})""", re.IGNORECASE)
_NOT_ASCII_NOR_REPLACEMENT = re.compile(r"[^\x00-\x7f\ufffd]")

# Above this mess ratio (charset-normalizer's measure of implausible character sequences) a
# Windows-1252 reading is not trusted; Cyrillic or Greek bytes read as 1252 score near 1.0,
# Western text with curly quotes and accents under 0.05.
_MAX_1252_MESS = 0.15
_MAX_GUESS_CHAOS = 0.2


def sniff_binary(data: bytes) -> str | None:
    """What a binary file looks like ("a PDF document"), or None when it may be text."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    return None


def decode_bytes(data: bytes, *, html: bool = False) -> str:
    """Decode one file's bytes to text, or raise Refusal saying why it cannot be trusted as text."""
    looks_like = sniff_binary(data)
    if looks_like:
        raise Refusal(f"this is {looks_like}, not text", EXPORT_AS_TEXT)
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec)
            except UnicodeDecodeError as e:
                raise Refusal(f"starts with a {label} byte-order mark but is not valid {label} "
                              f"(byte {e.start + len(bom)})", _RESAVE) from None
    if b"\x00" in data:
        text = _bomless_utf16(data)
        if text is None:
            raise Refusal("contains NUL bytes, so it looks like a binary file rather than text", EXPORT_AS_TEXT)
        return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if html:
        text = _declared_html_charset(data)
        if text is not None:
            return text
    return _guess(data)


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a mark: Latin text then has a NUL in every other byte, and only there."""
    sample = data[:4096]
    even, odd = sample[0::2], sample[1::2]
    for zeros, other, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= 0.3 * len(zeros) and other.count(0) == 0 and len(data) % 2 == 0:
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    return None


def _declared_html_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:8192])
    if not match:
        return None
    try:
        codec = codecs.lookup(match.group(1).decode("ascii")).name.replace("-", "_")
    except LookupError:
        return None
    if codec in _WHATWG_1252:
        return _sloppy_1252(data)
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _sloppy_1252(data: bytes) -> str:
    """Windows-1252 where its five undefined bytes pass through as C1 controls, as browsers do;
    ftfy later turns any UTF-8 hiding in them back into the characters meant."""
    import ftfy.bad_codecs  # noqa: F401  (registers the "sloppy-windows-1252" codec)

    return data.decode("sloppy-windows-1252")


def _utf8_with_1252_strays(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return _sloppy_1252(exc.object[exc.start:exc.end]), exc.end


codecs.register_error("tracker-1252-strays", _utf8_with_1252_strays)


def _guess(data: bytes) -> str:
    from charset_normalizer import from_bytes
    from charset_normalizer.md import mess_ratio

    # Mostly UTF-8 with a few stray Windows-1252 bytes (text pasted together from two sources):
    # keep the UTF-8 and read only the strays as 1252, rather than mangling every multi-byte character.
    lenient = data.decode("utf-8", "replace")
    strays = lenient.count("\ufffd")
    if len(_NOT_ASCII_NOR_REPLACEMENT.findall(lenient)) > strays:
        return data.decode("utf-8", "tracker-1252-strays")
    # Western news text is by far the most common non-UTF-8 input, and charset-normalizer often names
    # a sibling code page (cp1250, cp1257) that reads the same bytes as different letters. Prefer
    # 1252 whenever it reads plausibly, and let the detector decide only when it does not.
    as_1252 = _sloppy_1252(data)
    if mess_ratio(as_1252, 1.0) <= _MAX_1252_MESS:
        return as_1252
    best = from_bytes(data).best()
    if best is None or best.encoding.startswith(("utf_16", "utf_32")) or best.chaos > _MAX_GUESS_CHAOS:
        raise Refusal("is not UTF-8, and its text encoding cannot be determined with confidence", _RESAVE)
    return str(best)
