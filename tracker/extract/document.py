"""The extraction document: what one article says, as plain records with exact character spans.

Every span is half-open ``[start, end)`` over the exact text that was extracted from, so
``text[start:end]`` is the evidence. ``to_dict`` gives the shape of ``GOLD_FORMAT.md`` plus
offsets and a few extra keys (the scorer ignores keys it does not know).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any


@dataclass
class Official:
    """A person who holds, held or seeks public office, or speaks for a public body."""

    name: str
    office: str | None = None
    jurisdiction: str | None = None
    party: str | None = None
    aliases: list[str] = field(default_factory=list)
    start: int | None = None  # first mention
    end: int | None = None
    # Set by linking (tracker.link), never by extraction: the roster person, the district of the
    # role held on the article's date, and "linked" or why not ("not in roster", "ambiguous: 2 candidates").
    ocd_id: str | None = None
    district: str | None = None
    link: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name,
            "office": self.office,
            "jurisdiction": self.jurisdiction,
            "party": self.party,
            "aliases": self.aliases,
            "start": self.start,
            "end": self.end,
        }
        if self.link is not None:
            out.update(ocd_id=self.ocd_id, district=self.district, link=self.link)
        return out


@dataclass
class Statement:
    """One direct quote, reported-speech clause or interview answer.

    ``speaker`` is the official's canonical name, or None when the tool could not tell who
    spoke; ``speaker_text`` keeps the raw words that named the speaker either way.
    """

    speaker: str | None
    speaker_text: str | None
    kind: str  # choices.STATEMENT_KINDS
    text: str
    start: int
    end: int
    topics: list[str] = field(default_factory=list)
    cue: str = ""  # the rule that found and attributed it, for --explain
    attribution: str = "explicit"  # choices.ATTRIBUTIONS: how sure the speaker is

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker,
            "speaker_text": self.speaker_text,
            "attribution": self.attribution,
            "kind": self.kind,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "topics": self.topics,
            "cue": self.cue,
        }


@dataclass
class Position:
    """An official's stance on a bill, with the span that shows it."""

    official: str
    stance: str  # "supports" | "opposes"
    start: int | None = None
    end: int | None = None
    cue: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"official": self.official, "stance": self.stance, "start": self.start, "end": self.end,
                "cue": self.cue}


@dataclass
class Bill:
    """A bill, ballot measure or legal change named in the article."""

    identifier: str | None
    title: str
    session: str | None
    status: str  # choices.BILL_STATUSES
    evidence: str
    start: int
    end: int
    jurisdiction: str | None = None
    positions: list[Position] = field(default_factory=list)
    cue: str = ""
    topics: list[str] = field(default_factory=list)  # from the bill's title, best first

    def to_dict(self) -> dict[str, Any]:
        return {
            "identifier": self.identifier,
            "title": self.title,
            "session": self.session,
            "status": self.status,
            "jurisdiction": self.jurisdiction,
            "positions": [p.to_dict() for p in self.positions],
            "evidence": self.evidence,
            "start": self.start,
            "end": self.end,
            "cue": self.cue,
            "topics": self.topics,
        }


@dataclass
class Funding:
    """A money figure: public money (the default kinds) or campaign money (kind ``campaign``).

    ``flag`` holds a reason when a stated result does not match its own arithmetic. ``role`` says
    how the figure counts (``money_roles``): ``single`` or ``total`` figures are sums on their own,
    ``part`` and ``unit`` figures are counted inside the figure ``part_of`` (an index into the
    document's funding list) points to, when the article states it.
    """

    amount: Decimal
    currency: str
    period: str | None  # "one_time" | "annual" | None
    kind: str  # choices.FUNDING_KINDS
    purpose: str | None
    official: str | None
    evidence: str
    start: int
    end: int
    flag: str | None = None
    cue: str = ""
    role: str = "single"  # choices.FUNDING_ROLES
    part_of: int | None = None
    topic: str | None = None  # the CAP topic of what the money is for

    def to_dict(self) -> dict[str, Any]:
        amount: int | float = int(self.amount) if self.amount == self.amount.to_integral_value() else float(self.amount)
        return {
            "amount": amount,
            "currency": self.currency,
            "period": self.period,
            "kind": self.kind,
            "purpose": self.purpose,
            "official": self.official,
            "evidence": self.evidence,
            "start": self.start,
            "end": self.end,
            "flag": self.flag,
            "cue": self.cue,
            "role": self.role,
            "part_of": self.part_of,
            "topic": self.topic,
        }


@dataclass
class Document:
    """Everything extracted from one article."""

    id: str | None
    title: str | None
    published: str | None  # ISO date
    outlet: str | None = None
    officials: list[Official] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    bills: list[Bill] = field(default_factory=list)
    funding: list[Funding] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "published": self.published,
            "outlet": self.outlet,
            "officials": [o.to_dict() for o in self.officials],
            "statements": [s.to_dict() for s in self.statements],
            "bills": [b.to_dict() for b in self.bills],
            "funding": [f.to_dict() for f in self.funding],
        }
