"""Persons named without a title but tagged like legislators: "Ann Roe, a Republican from Elm", "Ann Roe (D-Elm)".

Extraction does not make them officials (a title is its evidence of office); it only reports them,
so linking can look them up in a roster and decide. Pure: text in, candidates out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NAME = r"(?P<name>[A-Z][a-zà-ÿ'’.-]+(?:[ \xa0](?:[A-Z]\.|[A-Z][a-zà-ÿ'’-]+)){1,3})"
_PARTY_WORD = r"(?P<party>Democrat|Democratic|Republican|Independent)"
_TAGGED = re.compile(
    _NAME + r"(?:,[ \xa0]+an?[ \xa0]+" + _PARTY_WORD + r"(?:[ \xa0]+(?:state[ \xa0]+)?(?:lawmaker|legislator))?"
    r"[ \xa0]+(?:from|of)[ \xa0]+(?P<home>[A-Z][a-z]+(?:[ \xa0][A-Z][a-z]+)?)"
    r"|[ \xa0]*\((?P<letter>[DRI])-(?P<home2>[A-Z][A-Za-z. ]{1,25})\))")
_LETTERS = {"D": "Democratic", "R": "Republican", "I": "Independent"}


@dataclass(frozen=True)
class Candidate:
    """A person's name as written, where, the party and home (town or state) written with it."""

    name: str
    start: int
    end: int
    party: str
    home: str


def tagged_persons(text: str) -> list[Candidate]:
    """Every name followed by a party-and-home tag, in reading order."""
    out = []
    for m in _TAGGED.finditer(text):
        party = m.group("party") or _LETTERS[m.group("letter")]
        party = "Democratic" if party == "Democrat" else party
        out.append(Candidate(m.group("name"), m.start("name"), m.end("name"), party,
                             (m.group("home") or m.group("home2") or "").strip()))
    return out
