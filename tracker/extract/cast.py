"""The cast of an article: the officials it names and every place it refers to one of them.

``people.find_cast`` builds it; quotes, bills and money read it to attribute what they find.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from tracker.extract.document import Official


@dataclass(frozen=True)
class Mention:
    """One reference to a person: a full name, a surname, a title ("the governor") or a pronoun.

    ``official`` is the canonical name of the official it refers to, or None for a person who is
    not an official (a defendant, an advocate) or when the reference cannot be resolved.
    """

    start: int
    end: int
    text: str
    official: str | None
    kind: str  # "name" | "surname" | "title" | "pronoun"


# Between two people named together: "Roe and Sen. Bo Diaz", "Lee, Roe and Diaz", titles allowed.
_JOINED = re.compile(r"[ \t\xa0]*(?:,[ \t\xa0]*(?:and[ \t\xa0]+)?|[ \t\xa0]and[ \t\xa0]+)"
                     r"(?:(?:[A-Z][\w.’'-]*|of|the|state|U\.S\.)[ \t\xa0]+)*")


def joined_before(text: str, before: list[Mention], last: Mention) -> list[Mention]:
    """The mentions in ``before`` (in text order, all ahead of ``last``) named together with ``last``
    by "and" or a list comma, nearest first; the gap next to ``last`` must hold an "and", so "With
    Lee, Roe said" joins nobody."""
    out: list[Mention] = []
    cur = last
    for m in reversed(before):
        gap = text[m.end:cur.start]
        if not _JOINED.fullmatch(gap) or (cur is last and " and " not in f" {gap} "):
            break
        out.append(m)
        cur = m
    return out


@dataclass
class Cast:
    officials: list[Official] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)  # sorted by start

    def __post_init__(self) -> None:
        self.mentions.sort(key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]

    def official(self, name: str | None) -> Official | None:
        """The official with this canonical name."""
        if name is None:
            return None
        return next((o for o in self.officials if o.name == name), None)

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        """Mentions that lie wholly inside ``[start, end)``."""
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    def last_official_before(self, pos: int, floor: int = 0) -> Mention | None:
        """The nearest mention of an official that ends at or before ``pos`` and starts at or after ``floor``."""
        i = bisect.bisect_right(self._starts, pos) - 1
        while i >= 0 and self.mentions[i].start >= floor:
            m = self.mentions[i]
            if m.official is not None and m.end <= pos:
                return m
            i -= 1
        return None
