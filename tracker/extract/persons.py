"""Person names as written, and the registry that merges "Hector Balderas", "Balderas" and "AG Balderas"."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from tracker.extract import places
from tracker.extract.memo import per_string

# Latin letters with accents count ("François", "José Rodríguez", "Peña Nieto")
_UP, _LO = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
_TOK = (rf"(?!(?:Jr|Sr)\b)(?:[{_UP}][{_LO}]?[{_UP}][{_LO}]+|[{_UP}][{_LO}]*(?:[-'’][{_UP}]?[{_LO}]+)*[{_LO}]|"
        rf"[{_UP}]\.)")
_PARTICLE = r"(?:de|del|de[ \t\xa0]la|van|von|da|di|le|la|St\.)"
NAME = (rf"{_TOK}(?:[ \t\xa0]+(?:{_PARTICLE}[ \t\xa0]+)?{_TOK}){{0,3}}"
        r"(?:,?[ \t\xa0](?:Jr\.|Sr\.|II|III|IV)(?![\w]))?")
PARTY_TAG = re.compile(
    r"(?:,[ \t\xa0]*(?P<p1>[DRI])(?:-(?P<w1>[A-Z][A-Za-z.’' ]*?)(?=,|;|\)|\.?\s|\.?$)|(?=,))"
    r"|[ \t\xa0]*\((?P<p2>[DRI])(?:-(?P<w2>[^)\n]{1,30}))?\))"
)
_STOP_WORDS = """
Watch Alliance Network Council Society Trust Bank Times Tribune Herald Gazette Courant Journal Reuters AP
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
September October November December Jan Feb Mar Apr Aug Sept Oct Nov Dec The A An Office Offices Department
Committee Act Bills House Senate Legislature State County City Administration Republican Republicans Democrat
Democrats Democratic Party Task Force Division University School Board Council Court Police Says Said Say
Wants Want Signs Sign Calls Call Aims Urges Announces Files Vetoes Will To And Of For In On At With Is Was Has
Had It He She They We I This That His Her Their Our America American Americans Capitol Statehouse Government
Federal National Agency Commission Program Fund Budget Plan Law Laws Campaign Election Governor Mayor Attorney
General Secretary Senator Representative Speaker President Congress Chairman Chair Chairwoman Team Center
Association Union Coalition Foundation Institute Group Project Report Meeting Meetings Services Health Public
Education Safety Justice Affairs Hall Street Avenue Park Road Who What Why How When Where Also But Or As After
Before Inc Corp Co LLC News Today Tonight Times Post Journal Press Here There Mr Mrs Ms Dr Jr Sr Should Could
Would Can May Must Not No Yes Q A Now Maybe Perhaps Even Only Just Instead Indeed Finally Later Earlier Next
Ahead Asked Like Unlike Despite Dear Hey Thanks Thank
"""
_STOP = frozenset(_STOP_WORDS.split())
STOP_WORDS = _STOP  # capitalised words that are never part of a person's name
_SUFFIX = {"Jr.", "Sr.", "II", "III", "IV"}


_HONORIFIC_BEFORE = re.compile(r"(?:Mr|Mrs|Ms)\.[ \t\xa0]+$")


def honorific_sex(text: str, pos: int) -> str | None:
    """"m" or "f" when "Mr." / "Mrs." / "Ms." stands right before ``pos``; else None."""
    h = _HONORIFIC_BEFORE.search(text, max(0, pos - 6), pos)
    return None if h is None else "m" if h.group().startswith("Mr.") else "f"


def party_name(p: str | None) -> str | None:
    """'D' / 'Democrat' / 'Democratic' -> 'Democratic'; likewise Republican, Independent, Libertarian."""
    if not p:
        return None
    k = p.strip().casefold()
    if k in {"d", "democrat", "democratic", "dem"}:
        return "Democratic"
    if k in {"r", "republican", "gop"}:
        return "Republican"
    if k in {"i", "independent"}:
        return "Independent"
    if k == "libertarian":
        return "Libertarian"
    return None


def party_tag(m: re.Match[str]) -> tuple[str, str | None]:
    """(party letter, home/state text or None) of a ``PARTY_TAG`` match."""
    if m.group("p1"):
        return m.group("p1"), m.group("w1")
    return m.group("p2"), m.group("w2")


# Verbs that follow a surname in headlines ("Gov. Roe Signs ...", "AG Harlan Secures ...").
_HEADLINE_VERBS = frozenset({
    "Announces", "Approves", "Asks", "Backs", "Blasts", "Blocks", "Calls", "Defends", "Faces", "Files", "Joins",
    "Launches", "Opposes", "Outlines", "Pitches", "Plans", "Praises", "Promises", "Proposes", "Pushes", "Rejects",
    "Says", "Secures", "Seeks", "Signs", "Slams", "Sues", "Supports", "Takes", "Targets", "Touts", "Unveils", "Urges",
    "Vetoes", "Vows", "Wants", "Warns", "Wins",
})


@per_string
def clean_name(raw: str, headline: bool = False) -> str:
    """The person-name part of a capitalised run: cut at words that cannot be part of a name."""
    raw = raw.strip()
    if raw.endswith(("’s", "'s")):  # possessive
        raw = raw[:-2]
    elif raw.endswith(("’", "'")):
        raw = raw[:-1]
    toks = raw.replace(",", " ").split()
    out: list[str] = []
    for t in toks:
        if t in _SUFFIX and out:
            out.append(t)
            break
        if t.rstrip(".") in _STOP or (headline and (len(out) >= 2 or t in _HEADLINE_VERBS)):
            break  # "AG Harlan Secures $18.5 Million": a headline names by surname, then its verb
        out.append(t)
    while out and out[-1] in {"de", "del", "van", "von", "da", "di", "le", "la", "St."}:
        out.pop()
    if not out or all(len(t) <= 2 for t in out):
        return ""
    return " ".join(out)


_PARTICLES = frozenset({"de", "van", "von", "da", "di", "du", "del", "della", "der", "le", "la", "st."})


def _surname(name: str) -> str:
    toks = [t for t in name.split() if t not in _SUFFIX]
    return toks[-1] if toks else name


@dataclass
class Person:
    name: str
    surname: str
    forms: set[str] = field(default_factory=set)
    official: bool = False
    office: str = ""
    level: str = ""
    rank: int = -1
    party: str | None = None
    jurisdiction: str | None = None
    tag_state: str | None = None
    tag_home: bool = False
    home_state: str | None = None  # "an Orlando Democrat": where they are from, not which chamber
    votes: Counter[str] = field(default_factory=Counter)
    start: int | None = None
    end: int | None = None

    @property
    def first(self) -> str | None:
        toks = self.name.split()
        return toks[0] if len(toks) > 1 else None


class Registry:
    """People found so far, merged by surname and first name."""

    def __init__(self) -> None:
        self.people: list[Person] = []
        self.pending: list[tuple[Person, str]] = []  # (spokesperson, surname of whom they speak for)
        self._found: dict[str, Person | None] = {}  # find() answers until the next add()
        self._genders: dict[str | None, str | None] = {}  # gender_of() answers until the next vote

    def add_apart(self, name: str, start: int, end: int) -> Person:
        """A person of their own, even if a surname-only one would otherwise take the name."""
        p = Person(name=name, surname=_surname(name), forms={name}, start=start, end=end)
        self.people.append(p)
        self.forget()
        return p

    def forget(self) -> None:
        """Drop remembered answers after people were merged or removed."""
        self._found.clear()
        self._genders.clear()

    def find(self, name: str) -> Person | None:
        """The person this name refers to: same surname and, when both have one, same first name."""
        if name in self._found:
            return self._found[name]
        found = self._find(name)
        self._found[name] = found
        return found

    def _find(self, name: str) -> Person | None:
        sur = _surname(name)
        toks = name.split()
        first = toks[0] if len(toks) > 1 else None
        if first is not None and len(toks) == 2 and first.casefold() in _PARTICLES:
            first = None  # "De Blasio" opening a sentence is Bill de Blasio's surname, not a first name
        same = [p for p in self.people if p.surname == sur]
        if first:
            exact = [p for p in same if p.first is None or p.first == first or _initial_ok(p.first, first)]
            return exact[0] if len(exact) == 1 else next((p for p in exact if p.first == first), None)
        return same[0] if len(same) == 1 else None

    def add(self, name: str, start: int, end: int, *, office: str | None = None, level: str = "", rank: int = 0,
            official: bool = False, party: str | None = None, jurisdiction: str | None = None,
            gender: str | None = None, honorific: str | None = None, title_text: str | None = None) -> Person:
        p = self.find(name)
        self._found.clear()  # a new person or a longer name changes who other names find
        self._genders.clear()
        if p is None:
            p = Person(name=name, surname=_surname(name))
            self.people.append(p)
        if len(name.split()) > len(p.name.split()):
            p.name = name
        p.forms.add(name)
        if p.start is None or start < p.start:
            p.start, p.end = start, end
        if official:
            p.official = True
            if office and rank > p.rank:
                p.office, p.level, p.rank = office, level, rank
                if jurisdiction:
                    p.jurisdiction = jurisdiction
        if jurisdiction and not p.jurisdiction:
            p.jurisdiction = jurisdiction
        if party and not p.party:
            p.party = party
        if gender:
            p.votes[gender] += 3
        if honorific in {"Mr."}:
            p.votes["m"] += 3
        elif honorific in {"Mrs.", "Ms."}:
            p.votes["f"] += 3
        return p

    def update(self, name: str, *, party: str | None = None, tag_state: str | None = None,
               tag_home: bool = False) -> None:
        p = self.find(name) or next((x for x in self.people if x.name == name), None)
        if p is None:
            return
        if party and not p.party:
            p.party = party
        if tag_state:
            p.tag_state = tag_state
        if tag_home:
            p.tag_home = True

    def vote_gender(self, official: str | None, g: str) -> None:
        self._genders.clear()
        p = self._named(official)
        if p is not None:
            p.votes[g] += 1

    def gender_of(self, official: str | None) -> str | None:
        if official not in self._genders:
            self._genders[official] = self._gender_of(official)
        return self._genders[official]

    def _gender_of(self, official: str | None) -> str | None:
        p = self._named(official)
        if p is None or not p.votes:
            return None
        (g, n), *rest = p.votes.most_common(2)
        return g if not rest or n > rest[0][1] else None

    def _named(self, name: str | None) -> Person | None:
        return next((x for x in self.people if x.name == name), None)


def _initial_ok(a: str, b: str) -> bool:
    """'J.' matches 'John'."""
    return (a.endswith(".") and len(a) == 2 and b.startswith(a[0])) or (
        b.endswith(".") and len(b) == 2 and a.startswith(b[0]))


_OF_PLACE = re.compile(r"[ \t\xa0]+of[ \t\xa0]+([A-Z][a-z]+(?:[ \t\xa0][A-Z][a-z]+)?)(?=[,.;:)]|[ \t\xa0][a-z])")


def tag_after(text: str, pos: int, reg: Registry, name: str) -> None:
    """Read a party/home tag right after a name: ", D-Lansing," "(R-New Richmond)" "(R)"."""
    t = PARTY_TAG.match(text, pos)
    if not t:
        h = _OF_PLACE.match(text, pos)
        if h:
            st = places.state_from_abbrev(h.group(1))
            reg.update(name, tag_state=st, tag_home=st is None)
        return
    letter, where = party_tag(t)
    st = places.state_from_abbrev(where) if where else None
    if st is None and not where and (h := _OF_PLACE.match(text, t.end())):  # "Rep. Ana Ruiz (D) of Wisconsin"
        st = places.state_from_abbrev(h.group(1))
    reg.update(name, party=party_name(letter), tag_state=st, tag_home=bool(where) and st is None)
