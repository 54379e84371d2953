"""The main text and metadata of an HTML article page, by trafilatura, offline."""

from __future__ import annotations

import contextlib
import datetime
import re
from typing import Any

from tracker.sources.records import Refusal
from tracker.sources.repair import repair_field, repair_text

_LB = "\x00"  # stands for <lb/> while whitespace is collapsed; NUL never occurs in parsed text
_SPACES = re.compile(r"[ \t\r\n\f\v]+")
# Elements trafilatura's XML uses for blocks that may hold other blocks.
_CONTAINERS = frozenset({"quote", "list", "div", "section", "body"})
_BLOCKS = frozenset({"p", "head", "item", "quote", "list", "div", "section", "code", "table"})


def read_html(html: str) -> tuple[str, dict[str, Any]]:
    """(text, metadata) of an article page; paragraphs are separated by a blank line.

    Metadata keys: title, url, outlet, published (a date), each only when the page states it.
    """
    import trafilatura  # slow to import (0.3 s): only pages pay for it

    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,  # reader comments are not the article
        include_tables=False,  # table cells are not sentences; figures in them lack their subject
        date_extraction_params={"extensive_search": False, "original_date": True},  # no guessed dates
    )
    body = getattr(doc, "body", None)
    text = repair_text("\n\n".join(_blocks(body))) if body is not None else ""
    if not text:
        raise Refusal("no article text found in HTML",
                      "check that the page holds the article itself (not a cookie wall or a script shell), "
                      "or save the article text as .txt")
    meta: dict[str, Any] = {}
    for key, attr in (("title", "title"), ("outlet", "sitename")):
        value = getattr(doc, attr, None)
        if isinstance(value, str) and value.strip():
            meta[key] = repair_field(value)
    url = getattr(doc, "url", None)
    if isinstance(url, str) and url.strip().startswith(("http://", "https://")):
        meta["url"] = url.strip()
    date = getattr(doc, "date", None)
    if isinstance(date, str):
        with contextlib.suppress(ValueError):  # a date we cannot read is left out, never guessed
            meta["published"] = datetime.date.fromisoformat(date[:10])
    return text, meta


def _blocks(element: Any) -> list[str]:
    """Paragraph texts in document order: containers are opened, leaf blocks flattened to one line
    each (a <lb/> inside a block stays a line break)."""
    out: list[str] = []
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in _CONTAINERS and any(isinstance(c.tag, str) and c.tag in _BLOCKS for c in child):
            out.extend(_blocks(child))
        else:
            line = _flatten(child)
            if line:
                out.append(line)
    return out


def _flatten(element: Any) -> str:
    parts: list[str] = []

    def walk(el: Any) -> None:
        if el.text:
            parts.append(el.text)
        for sub in el:
            if sub.tag == "lb":
                parts.append(_LB)
            elif isinstance(sub.tag, str):
                walk(sub)
            if sub.tail:
                parts.append(sub.tail)

    walk(element)
    # Source-code newlines are layout, not line breaks: only <lb/> survives as one.
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parts).split(_LB))
    return "\n".join(line for line in lines if line)
