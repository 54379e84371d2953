"""What the article writes around a name: the title just before it and a home state just after.

Linking reads these itself rather than trusting an office or jurisdiction that extraction may
have inferred (from the article's state, say): "Vermont Sen. Ann Roe", "Rep. Ann Roe (D-Vt.)",
"Ann Roe, a Republican from Iowa" say the person's state; "state Sen." or "U.S. Rep." their level.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.extract.offices import classify_title
from tracker.extract.places import state_from_abbrev

_TITLE = re.compile(
    r"(?:(?P<state>[A-Z][a-z]+(?:[ \xa0][A-Z][a-z]+)?|[A-Z][a-z]?\.(?:[A-Z]\.)?[a-z]*\.?)[ \xa0]+)?"
    r"(?P<title>(?:(?:U\.S\.|US|[Ss]tate)[ \xa0]+)?(?:Sen\.|Senator|Rep\.|Representative|Gov\.|Governor|"
    r"Lt\.[ \xa0]Gov\.|Lieutenant[ \xa0]Governor|Congress(?:man|woman|member)|Assembly(?:man|woman|member)|"
    r"Del\.|Delegate|Mayor|Attorney[ \xa0]General|Secretary[ \xa0]of[ \xa0]State|Speaker|President|"
    r"Treasurer|Auditor))[ \xa0]+$")
_TAG = re.compile(r"[ \xa0]*[,(][ \xa0]*[DRI]-(?P<where>[A-Z][A-Za-z.’' ]{1,20}?)\.?(?=[,;)]|\s)")
_FROM_STATE = re.compile(r",?[ \xa0]+(?:an?[ \xa0]+)?(?:Republican|Democrat|Democratic|Independent)?[ \xa0]*"
                         r"(?:from|of)[ \xa0]+(?P<state>[A-Z][a-z]+(?:[ \xa0][A-Z][a-z]+)?)")


@dataclass(frozen=True)
class Cues:
    office: str | None  # the office its title names, "State Senator", "Senator", "U.S. Representative", ...
    state: str | None  # a state written with the name


def cues(text: str, names: list[str], first: int | None = None) -> Cues:
    """The first title and the first state written with any of ``names`` (looked at up to 20 times)."""
    office = state = None
    spots = [first] if first is not None else []
    for name in names:
        if len(name) < 4:
            continue
        pos = text.find(name)
        while pos >= 0 and len(spots) < 20:
            spots.append(pos)
            pos = text.find(name, pos + len(name))
    for pos in dict.fromkeys(spots):
        at = next((n for n in names if text.startswith(n, pos)), None)
        if at is None:
            continue
        if office is None or state is None:
            t = _TITLE.search(text, max(0, pos - 60), pos)
            if t:
                office = office or classify_title(t.group("title"))[0] or None
                state = state or (state_from_abbrev(t.group("state")) if t.group("state") else None)
        if state is None:
            end = pos + len(at)
            tag = _TAG.match(text, end)
            if tag:
                state = state_from_abbrev(tag.group("where"))
            elif (home := _FROM_STATE.match(text, end)) is not None:
                state = state_from_abbrev(home.group("state"))
        if office is not None and state is not None:
            break
    return Cues(office, state)
