"""Persons named without a title but tagged like legislators: "Ann Roe, a Republican from Elm", "Ann Roe (D-Elm)".

Extraction does not make them officials (a title is its evidence of office); it only reports them,
so linking can look them up in a roster and decide. Pure: text in, candidates out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NAME = r"(?P<name>[A-Z][a-zà-ÿ'’.-]+(?:[ \xa0](?:[A-Z]\.|[A-Z][a-zà-ÿ'’-]+)){1,3})"
_PARTY_WORD = r"(?P<party>Democrat|Democratic|Republican|Independent)"
# Two patterns with a literal first character each: the regex engine then skips ahead to those.
_TAGS = (re.compile(r",[ \xa0]+an?[ \xa0]+" + _PARTY_WORD + r"(?:[ \xa0]+(?:state[ \xa0]+)?(?:lawmaker|legislator))?"
                    r"[ \xa0]+(?:from|of)[ \xa0]+(?P<home>[A-Z][a-z]+(?:[ \xa0][A-Z][a-z]+)?)"),
         re.compile(r"\((?P<letter>[DRI])-(?P<home>[A-Z][A-Za-z. ]{1,25})\)"))
_BEFORE = re.compile(_NAME + r"$")  # the name that ends where a tag starts
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
    for rx in _TAGS:
        for m in rx.finditer(text):  # tags are rare and cheap to find; names before them are looked for there
            end = m.start() - (m.start() > 0 and text[m.start() - 1] == " ")
            name = _BEFORE.search(text, max(0, m.start() - 80), end)
            if name is None:
                continue
            groups = m.groupdict()
            party = groups.get("party") or _LETTERS[groups["letter"]]
            party = "Democratic" if party == "Democrat" else party
            out.append(Candidate(name.group("name"), name.start("name"), name.end("name"), party,
                                 m.group("home").strip()))
    return sorted(out, key=lambda c: c.start)
