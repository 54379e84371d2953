"""The roster held in memory for linking: persons by full-name key, by surname, and their roles' states."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

from tracker.link.names import full_keys, tokens
from tracker.link.roster import Person, Role

_OCD_STATE = re.compile(r"/(?:state|district|territory):([a-z]{2})\b")
_PLACE = re.compile(r"/place:([a-z0-9_~-]+)")


@lru_cache(maxsize=128)
def state_name(code: str) -> str | None:
    """'nm' / 'NM' -> 'New Mexico' (the `us` package knows states, DC and territories)."""
    import us

    found = us.states.lookup(code.upper())
    return found.name if found is not None else None


@lru_cache(maxsize=65536)
def _role_state(jurisdiction: str, district: str | None, federal: bool) -> str | None:
    if federal:
        if not district:
            return None
        code = district.split("-")[0]  # House seats are "FL-4"; Senate seats name the state
        return state_name(code) if len(code) == 2 else (district if state_name_known(district) else None)
    found = _OCD_STATE.search(jurisdiction)
    return state_name(found.group(1)) if found else None


@lru_cache(maxsize=128)
def state_name_known(name: str) -> bool:
    import us

    found = us.states.lookup(name)
    return found is not None and found.name == name


def role_state(role: Role) -> str | None:
    """The state a role belongs to; a member of Congress's own state, from the seat."""
    return _role_state(role.jurisdiction, role.district, role.federal)


def role_place(role: Role) -> str | None:
    """A mayor's city, from the jurisdiction id: '.../place:las_cruces/government' -> 'Las Cruces'."""
    found = _PLACE.search(role.jurisdiction)
    return found.group(1).replace("_", " ").title() if found else None


def _variants(p: Person) -> list[list[str]]:
    """The words of every name a person goes by ("Sanders, B." read surname last)."""
    names = [p.name, *p.other_names]
    if p.given_name and p.family_name:
        names.append(f"{p.given_name} {p.family_name}")
    out = []
    for v in names:
        if "," in v:
            last, _, first = v.partition(",")
            v = f"{first} {last}"
        if words := tokens(v):
            out.append(words)
    return out


def person_keys(p: Person) -> set[str]:
    """The lookup keys of a person: "f:first last" per name, "s:surname", "g:first name".

    Stored beside the roster (``roster_names``), so linking loads only the persons an article's
    names can reach instead of the whole roster.
    """
    keys: set[str] = set()
    for words in _variants(p):
        keys.update(f"f:{a} {b}" for a, b in full_keys(words))
        keys.add(f"s:{words[-1]}")
        if len(words) >= 2:
            keys.add(f"g:{words[0]}")
    if p.family_name and (family := tokens(p.family_name)):
        keys.update({f"s:{' '.join(family)}", f"s:{family[-1]}"})
    return keys


def name_keys(words: tuple[str, ...], nick: str | None) -> set[str]:
    """The keys a written name is looked up by (the persons they reach are its only candidates)."""
    keys = {f"f:{a} {b}" for a, b in full_keys(words)}
    if nick and len(words) >= 2:
        keys.add(f"f:{nick} {words[-1]}")
    if words:
        keys.add(f"s:{' '.join(words)}")
    if len(words) == 2:
        keys.add(f"g:{words[0]}")
    return keys


class RosterIndex:
    """Persons looked up by (first, last) name keys from every name they go by, and by surname.

    It may hold the whole roster or only the persons some names reach (``present`` says a roster
    exists at all, so an empty index of a real roster still reports "not in roster").
    """

    def __init__(self, persons: Iterable[Person], *, present: bool | None = None,
                 first_names: Iterable[str] = ()) -> None:
        self.persons: dict[str, Person] = {}
        self.keys: dict[str, set[str]] = defaultdict(set)
        self.firsts: dict[str, set[str]] = defaultdict(set)  # ocd id -> first names
        self.middles: dict[str, set[str]] = defaultdict(set)  # ocd id -> middle names or initials
        self.first_names: set[str] = set(first_names)  # "Lujan Grisham" is not a first and a last name
        for p in persons:
            self.add(p)
        self.present = bool(self.persons) if present is None else present

    def add(self, p: Person) -> None:
        pid = p.ocd_id
        self.persons[pid] = p
        for key in person_keys(p):
            self.keys[key].add(pid)
            if key.startswith("g:"):
                self.first_names.add(key[2:])
        for words in _variants(p):
            if len(words) >= 2:
                self.firsts[pid].add(words[0])
                self.middles[pid].update(w for w in words[1:-1] if w != words[-1])
        if p.middle_name:
            self.middles[pid].update(tokens(p.middle_name))

    def __len__(self) -> int:
        return len(self.persons)

    def full_name(self, words: tuple[str, ...], nick: str | None) -> set[str]:
        """Persons who go by this first and last name (or the nickname and last name)."""
        found: set[str] = set()
        for key in full_keys(words):
            found |= self.keys.get(f"f:{key[0]} {key[1]}", set())
        if nick and len(words) >= 2:
            found |= self.keys.get(f"f:{nick} {words[-1]}", set())
        return {pid for pid in found if self._middle_fits(pid, words)}

    def surname(self, words: tuple[str, ...]) -> set[str]:
        return set(self.keys.get(f"s:{' '.join(words)}", set()))

    def _middle_fits(self, pid: str, words: tuple[str, ...]) -> bool:
        """A written middle name or initial must agree with one the roster knows, if it knows any."""
        written = list(words[1:-1])
        known = self.middles.get(pid)
        if not written or not known:
            return True
        return all(any(k == w or (min(len(k), len(w)) == 1 and k[0] == w[0]) for k in known) or w in
                   self.firsts.get(pid, ()) for w in written)
