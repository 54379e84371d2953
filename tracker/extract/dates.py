"""The headline and the published date an article states about itself.

Only the top of an article speaks for the article: a dateline, a byline or a "Posted:" label.
A date in the body ("on March 5, 2019 the council voted") is about an event, not the article.
"""

from __future__ import annotations

import datetime as dt
import re

from tracker.extract import noise

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
    "nov": 11, "dec": 12,
}
_MONTH = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|"
          r"Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"


def _date_pattern(month: str, weekday: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(
        rf"{weekday}(?:(?P<mon1>{month})\s+(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year1>(?:19|20)\d\d)"
        rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon2>{month}),?\s+(?P<year2>(?:19|20)\d\d)"
        r"|(?P<year3>(?:19|20)\d\d)[-/](?P<mon3>\d{1,2})[-/](?P<day3>\d{1,2})"
        r"|(?P<mon4>\d{1,2})/(?P<day4>\d{1,2})/(?P<year4>(?:19|20)\d\d))(?!\d)",
        flags,
    )


_DATE = _date_pattern(_MONTH, _WEEKDAY, re.IGNORECASE)
# The same over lower-cased text that reads alike (see ``_top_dates``): IGNORECASE keeps the regex engine
# from its fast literal tests, and the dates are looked for at every character of the top lines.
_DATE_LOW = _date_pattern(_MONTH.lower(), _WEEKDAY.lower())
_LABEL = re.compile(r"\b(?P<label>Posted|Published|Updated|Last updated|Date|Released)(?:\s+on)?\s*:?\s*",
                    re.IGNORECASE)
_LABEL_LOW = re.compile(r"\b(?P<label>posted|published|updated|last updated|date|released)(?:\s+on)?\s*:?\s*")
_BYLINE = re.compile(r"^\s*(?:By\s|Written by\s|Posted\b|Published\b|Updated\b|Staff Reports?\b)", re.IGNORECASE)
# "ROCHESTER —", "DAYTON, Ohio (WDTN) —", "OLYMPIA…", "WASHINGTON, Dec. 20, 2019 --", "WASHINGTON (May 19, 2023) —"
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z.'’ -]{2,40}(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?(?:,\s*[^—–\n]{4,25}?)?\s*"
    r"(?:\([\w .,&-]{1,30}\)\s*)?(?:—|–|--|-\s|…|\.\.\.)"  # "(WDTN)", "(May 19, 2023)"
)
_RELEASE = re.compile(
    r"^\s*(?:FOR IMMEDIATE RELEASE|(?:NEWS|PRESS|MEDIA) (?:RELEASE|ADVISORY)|FOR RELEASE\b.*|CONTACT\b.*|"
    r"EMBARGOED\b.*|Media Contact\b.*)\s*:?\s*$",
    re.IGNORECASE,
)
_TIME = re.compile(r"\b\d{1,2}:\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}T|ET|CT|PT|MT)?", re.I)
_TOP = 600  # characters of the article that a bare dateline or byline may sit in
_LABEL_REACH = 2000


def _to_iso(m: re.Match[str]) -> str | None:
    if m["year1"]:
        y, mo, d = int(m["year1"]), _MONTHS[m["mon1"][:3].lower()], int(m["day1"])
    elif m["year2"]:
        y, mo, d = int(m["year2"]), _MONTHS[m["mon2"][:3].lower()], int(m["day2"])
    elif m["year3"]:
        y, mo, d = int(m["year3"]), int(m["mon3"]), int(m["day3"])
    else:
        y, mo, d = int(m["year4"]), int(m["mon4"]), int(m["day4"])
    try:
        return dt.date(y, mo, d).isoformat()
    except ValueError:
        return None


def _line_at(text: str, pos: int) -> tuple[int, int]:
    s = text.rfind("\n", 0, pos) + 1
    e = text.find("\n", pos)
    return s, (len(text) if e < 0 else e)


_YEAR = re.compile(r"(?:19|20)\d\d")


def _top_dates(text: str) -> list[re.Match[str]]:
    # only lines that hold a year can hold a full date; checking that first keeps the scan cheap
    top = text[:_TOP + 40]
    low = top.lower()
    # Lower-cased, the top keeps its offsets unless a letter grew ("İ" does) and reads as re.IGNORECASE reads
    # it, but for the two letters that it also folds to ASCII: the long s and the dotless i. The months' case
    # never mattered (``_to_iso`` folds it).
    same = len(low) == len(top) and "ſ" not in top and "ı" not in top
    rx, scanned = (_DATE_LOW, low) if same else (_DATE, text)
    out: list[re.Match[str]] = []
    pos = 0
    while pos < _TOP and pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if _YEAR.search(text, pos, end):
            out.extend(rx.finditer(scanned, pos, min(end, _TOP + 40)))
        pos = end + 1
    return out


def find_published(text: str) -> str | None:
    """The date the article says it was published, as ``YYYY-MM-DD``, or None.

    A labelled date ("Posted: March 3, 2022") wins; otherwise a date on a short line near the top,
    in a byline, or inside the dateline before its dash.
    """
    text = text[:noise.comments_start(text)]  # a reader's comment is dated too, but not the article
    head = text[:_LABEL_REACH]
    labelled: list[tuple[int, str]] = []
    low = head.lower()
    has_label = any(w in low for w in ("posted", "published", "updated", "date", "released"))
    # IGNORECASE keeps the engine from skipping ahead: scan the lower-cased copy when offsets agree
    labels = (_LABEL_LOW.finditer(low) if len(low) == len(head) else _LABEL.finditer(head)) if has_label else ()
    for lm in labels:
        dm = _DATE.search(head, lm.end(), lm.end() + 40)  # "Updated 3:45 p.m. EST, March 4, 2019"
        if dm and (iso := _to_iso(dm)):
            # an "Updated" date is only a fallback for the first publication
            rank = 1 if lm["label"].lower() in ("updated", "last updated") else 0
            labelled.append((rank, iso))
    if labelled:
        return min(labelled)[1]
    for dm in _top_dates(text):
        iso = _to_iso(dm)
        if iso is None:
            continue
        ls, le = _line_at(text, dm.start())
        line = text[ls:le]
        rest = _TIME.sub(" ", text[ls:dm.start()] + " " + text[dm.end():le])
        # a line that is little more than the date, or a byline: "The council voted Dec. 20, 2019." is not
        byline = _BYLINE.match(line) or (("|" in line or "•" in line) and len(line) <= 100)
        if len(re.findall(r"[A-Za-z]{2,}", rest)) <= 2 or byline:
            return iso
        dl = _DATELINE.match(line)
        if dl and dm.end() <= ls + dl.end():
            return iso
    return None


def _looks_like_headline(line: str) -> bool:
    words = line.split()
    if not words or len(line) > 200:
        return False
    if _DATELINE.match(line) and len(words) > 6:
        return False
    # A long line ending in a full stop is a body sentence, not a headline.
    return not (line.rstrip().endswith(".") and not line.rstrip().endswith("...") and len(words) > 12)


def _is_furniture(line: str) -> bool:
    """Lines above a headline that are not it: release labels, bylines, bare dates."""
    if _RELEASE.match(line) or _BYLINE.match(line) or noise.is_furniture_line(line):
        return True
    dm = _DATE.search(line) if _YEAR.search(line) else None  # every date form holds a year
    return bool(dm and len(line.strip()) - (dm.end() - dm.start()) <= 12)


def headline(text: str) -> str | None:
    """The article's headline: its first real line, or None when the text opens with body copy."""
    if len(text) > _HEAD_SCAN:  # the top is enough, unless it is all blank lines
        lines = text[:_HEAD_SCAN].splitlines()[:-1]  # the last line may be cut short
        if sum(1 for raw in lines if raw.strip()) > _HEAD_LINES:
            return _headline(lines)
    return _headline(text.splitlines())


_HEAD_SCAN = 4000
_HEAD_LINES = 6


def _headline(lines: list[str]) -> str | None:
    seen = 0
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        seen += 1
        if seen > _HEAD_LINES:
            return None
        if _is_furniture(line):
            continue
        return line if _looks_like_headline(line) else None
    return None
