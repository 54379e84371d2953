"""National figures the Open States roster lacks: presidents, candidates, cabinet, Congress before
2025.

The roster holds state officials and today's Congress, so the most quoted people of national news
("President Obama", "Mrs. Clinton", "Speaker Ryan") were never linked and stayed whoever each
article's words made them. ``tracker/data/national_figures.txt`` is a short hand-written table of
them (name, other names, party, dated roles), shared with extraction (``tracker.extract.national``).
A name links to one of them as the roster would: a full name through the names they go by; a surname
alone only when the office written beside it (or none, for a surname only one of them bears) leaves
exactly one who had begun a career by the article's date. The office shown is the office held that
day (the one begun last; a candidacy only when no office is held), else "Former" and the last office
ended, a candidacy only when nothing else had ended.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from tracker.link.names import full_keys, tokens, written_name

if TYPE_CHECKING:
    from tracker.extract import national as national_table

NATIONAL = "national figure (not in roster)"


@dataclass(frozen=True)
class Role:
    office: str
    jurisdiction: str
    start: date


@dataclass(frozen=True)
class Figure:
    name: str
    keys: frozenset[tuple[str, str]]  # (first, last) of every name they go by
    suffixed: frozenset[str]  # the names they go by that end in Jr., Sr., II ..., folded
    surname: str
    party: str
    roles: tuple[Role, ...]
    source: national_table.Figure  # the table's own entry, whose dated office extraction reads too


_SUFFIX = re.compile(r"(?i)[ ,]+(?:jr|sr|ii|iii|iv)\.?$")


def _suffixed(name: str) -> str | None:
    """The folded name when it ends in a generational suffix ("Donald Trump Jr." is not his father)."""
    return " ".join(tokens(name)) if _SUFFIX.search(name) else None


@cache
def figures() -> tuple[Figure, ...]:
    """The roster of national figures extraction reads too (``tracker/data/national_figures.txt``)."""
    from tracker.extract import national as national_table

    out = []
    for p in national_table.figures():
        keys = {k for n in p.forms for k in full_keys(tokens(n))}
        roles = tuple(Role(r.office, r.place or "United States", date.fromisoformat(r.start)) for r in p.roles)
        suffixed = frozenset(f for n in p.forms if (f := _suffixed(n)))
        out.append(Figure(p.name, frozenset(keys), suffixed, tokens(p.name)[-1], p.party or "", roles, p))
    return tuple(out)


# What an office written beside a surname says about the role: its head word, and the words that rule it out.
_HEADS = (("candidate", ("Candidate", "Nominee"), ()), ("nominee", ("Candidate", "Nominee"), ()),
          ("vice president", "Vice President", ("Nominee", "Candidate")),
          ("president", "President", ("Vice", "Candidate", "Nominee")),
          ("secretary", "Secretary", ()), ("governor", "Governor", ()), ("senator", "Senator", ()),
          ("representative", "Representative", ()), ("congress", "Representative", ()),
          ("speaker", "Speaker", ()), ("leader", "Leader", ()))


def _fits(office: str | None, role: Role) -> bool | None:
    """Whether a role answers to the office written; None when that office says nothing the table knows."""
    if not office:
        return None
    o = office.casefold()
    for head, wanted, against in _HEADS:
        if head in o:
            return any(w in role.office for w in ((wanted,) if isinstance(wanted, str) else wanted)) and not any(
                a in role.office for a in against)
    return None


def _said(office: str | None, fig: Figure, day: date | None) -> bool:
    """Whether the office written fits a role the figure had begun by the day (any role when none is written)."""
    roles = [r for r in fig.roles if day is None or r.start <= day]
    if not roles:
        return False
    fits = [_fits(office, r) for r in roles]
    vague = office in (None, "Candidate", "Political figure (unverified)")
    return (vague and any(f is None for f in fits)) or any(fits)


def find(name: str, office: str | None, day: date | None) -> Figure | None:
    """The one figure that ``name`` (with ``office`` as written) can be on ``day``; None when none or several."""
    words, _ = written_name(name)
    if not words:
        return None
    suffixed = _suffixed(name)
    if suffixed is not None:
        found = [f for f in figures() if suffixed in f.suffixed]
    elif len(words) == 1:
        found = [f for f in figures() if f.surname == words[0] and _said(office, f, day)]
    else:
        keys = set(full_keys(words))
        found = [f for f in figures() if f.keys & keys and any(day is None or r.start <= day for r in f.roles)]
    return found[0] if len(found) == 1 else None


def office_on(fig: Figure, day: date | None) -> tuple[str, str]:
    """(office, jurisdiction) on ``day``: the office held (begun last; a candidacy only when no office is
    held), else "Former" and the last one ended."""
    from tracker.extract import national as national_table

    dated = national_table.office_on(fig.source, day.isoformat()) if day is not None else None
    if dated is None:  # undated (or, never here, before every role): the role begun last
        role = max(fig.roles, key=lambda r: r.start)
        return role.office, role.jurisdiction
    office, place, _ = dated  # extraction's rule, so both steps name the same office for one date
    return office, place or "United States"
