"""Roster records: one Open States person file (YAML) as typed, validated values.

The interchange record is kept apart from storage (openstates-core's way): ``read_person`` turns
a file into a ``Person`` or raises ``BadInputError`` naming what is wrong, and the store decides
what to write.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from tracker.errors import BadInputError

FEDERAL = "ocd-jurisdiction/country:us/government"


@dataclass(frozen=True)
class Role:
    """One office a person held: chamber or executive type, where, which district, and when."""

    type: str  # upper | lower | legislature | governor | lt_governor | mayor | attorney general | ...
    jurisdiction: str  # an ocd-jurisdiction id
    district: str | None = None
    start: date | None = None  # None: the roster does not say (held since before its records)
    end: date | None = None  # None: still held
    end_reason: str | None = None

    def valid_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    @property
    def federal(self) -> bool:
        return self.jurisdiction == FEDERAL


@dataclass(frozen=True)
class Party:
    name: str
    start: date | None = None
    end: date | None = None


@dataclass(frozen=True)
class Person:
    """A real person with a stable ``ocd-person/...`` id, the names they go by, parties and dated roles."""

    ocd_id: str
    name: str
    given_name: str | None = None
    family_name: str | None = None
    middle_name: str | None = None
    other_names: tuple[str, ...] = ()
    parties: tuple[Party, ...] = ()
    roles: tuple[Role, ...] = field(default=())

    def dated_party_on(self, day: date | None) -> str | None:
        """The party the roster dates to ``day`` (an entry with a start or end that covers it), else None."""
        if day is None:
            return None
        for p in self.parties:
            if (p.start or p.end) and (p.start is None or p.start <= day) and (p.end is None or day <= p.end):
                return p.name
        return None

    def party_on(self, day: date | None) -> str | None:
        """The party on ``day`` (the latest one listed when undated or none covers the day)."""
        if not self.parties:
            return None
        if day is not None:
            for p in self.parties:
                if (p.start is None or p.start <= day) and (p.end is None or day <= p.end):
                    return p.name
        current = [p for p in self.parties if p.end is None]
        return (current or list(self.parties))[0].name


def _date(value: Any, what: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        if len(str(value)) == 4 and str(value).isdigit():  # a bare year: the roster has a few
            return date(int(str(value)), 1, 1)
        raise BadInputError(f"{what}: {value!r} is not a date", "write dates as YYYY-MM-DD") from None


def _text(value: Any) -> str | None:
    return " ".join(str(value).split()) if value not in (None, "") else None


def person_from_record(record: Any, where: str) -> Person:
    """A ``Person`` from one parsed YAML record; ``where`` names the file in errors."""
    if not isinstance(record, dict):
        raise BadInputError(f"{where}: not a person record (a mapping with id and name)",
                            "fix or remove the file")
    ocd_id, name = record.get("id"), _text(record.get("name"))
    if not isinstance(ocd_id, str) or not ocd_id.startswith("ocd-person/") or not name:
        raise BadInputError(f"{where}: a person needs an id starting ocd-person/ and a name",
                            "fix or remove the file")
    roles = []
    for i, r in enumerate(record.get("roles") or []):
        if not isinstance(r, dict) or not r.get("type") or not r.get("jurisdiction"):
            raise BadInputError(f"{where}: role {i + 1} needs a type and a jurisdiction", "fix or remove the file")
        roles.append(Role(type=str(r["type"]), jurisdiction=str(r["jurisdiction"]),
                          district=_text(r.get("district")), start=_date(r.get("start_date"), where),
                          end=_date(r.get("end_date"), where), end_reason=_text(r.get("end_reason"))))
    parties = []
    for p in record.get("party") or []:
        if isinstance(p, dict) and p.get("name"):
            parties.append(Party(str(p["name"]), _date(p.get("start_date"), where), _date(p.get("end_date"), where)))
    others = tuple(dict.fromkeys(n for o in record.get("other_names") or []
                                 if isinstance(o, dict) and (n := _text(o.get("name")))))
    return Person(ocd_id=ocd_id, name=name, given_name=_text(record.get("given_name")),
                  family_name=_text(record.get("family_name")), middle_name=_text(record.get("middle_name")),
                  other_names=others, parties=tuple(parties), roles=tuple(roles))


def read_person(path: Path) -> Person:
    """Parse one roster file; a file that is not valid YAML or not a person raises BadInputError."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: several times faster
    try:
        record = yaml.load(path.read_bytes(), Loader=loader)
    except yaml.YAMLError as e:
        raise BadInputError(f"{path}: not valid YAML ({' '.join(str(e).split())[:120]})",
                            "fix or remove the file") from None
    except OSError as e:
        raise BadInputError(f"{path}: cannot read it ({e.strerror})", "check the file") from None
    return person_from_record(record, str(path))


# Where Open States keeps person files, below the folder given (its data/ folder, one state's folder,
# or one kind's folder): read by pattern, so a folder that is no roster is never walked whole.
_KINDS = ("legislature", "executive", "municipalities", "retired")
_LAYOUT = (*(f"{up}{kind}/*.yml" for up in ("data/*/", "*/", "") for kind in _KINDS), "*.yml")


def roster_files(root: Path) -> list[Path]:
    """Every person file under ``root`` (``data/<state>/<kind>/*.yml``), in a stable order."""
    found = {p for pattern in _LAYOUT for p in root.glob(pattern)}
    return sorted(p for p in found if p.is_file() and p.name != "municipalities.yml" and "committees" not in p.parts)
