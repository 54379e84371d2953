"""National figures whom an article need not introduce: presidents, vice presidents, cabinet members,
congressional leaders, party chairs, major-party nominees and leading presidential candidates.

National reporting writes "Donald Trump said" or "Mrs. Clinton said" with no title at all, because
every reader knows who they are; the article-only rules (titles, "Republican nominee Ann Roe") then
miss the speakers most quoted in political news. ``tracker/data/national_figures.txt`` is a small
hand-written roster of such people with their roles and dates. A person it names is an official,
with the office they held on the article's date ("Presidential candidate" in 2016, "President" in
2017), or, when the article is undated, their best-known office with its years.

A full name ("Donald J. Trump") is enough. A surname alone ("Trump", "Mrs. Clinton") is taken for
the figure only when one figure has that surname (after "Mr."/"Mrs." where two do) and the article
names nobody else with it, nor uses it as somebody's first name: "Ivanka Trump" keeps her surname,
"Carson City" and "Scott Walker" are not Ben Carson and Tim Scott.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from tracker.extract.lexicon import trie_pattern
from tracker.extract.offices import TITLE_FIRST
from tracker.extract.persons import STOP_WORDS, Person, Registry, honorific_sex
from tracker.extract.politics import UNVERIFIED

_PARTIES = {"D": "Democratic", "R": "Republican", "I": "Independent", "L": "Libertarian", "G": "Green"}
_STATE_OFFICE = re.compile(r"(?:Former )?(?:Governor|Attorney General|Lieutenant Governor)\b")
_CAMPAIGN = re.compile(r"candidate|nominee", re.I)
# Capitalised at a sentence's start, never a first name: "While Comey said", "Asked whether Kasich ..."
_NOT_FIRST_NAMES = """While Although Though Since Because Unless Until If Then So Yet Still Meanwhile Today
Yesterday During Under Over Even From Without Against Among Between Both Either Neither Whether Once Now Unlike
Like Including Except Besides Beyond Within Through Throughout Toward Upon Via Per Amid Across Along Behind Below
Above Near Outside Inside Regardless Whatever Whoever Whenever Wherever However Moreover Furthermore Nevertheless
Nonetheless Otherwise Thus Hence Therefore Instead Indeed Perhaps Maybe Surely Certainly Clearly Obviously Asked
Told Said Says Called Calls Candidate Nominee Sen Senator Rep Gov Governor President Former Presidential"""
_FUNCTION_WORDS = frozenset(_NOT_FIRST_NAMES.split())
_HONORIFICS = frozenset({"Mr.", "Mrs.", "Ms.", "Dr."})
_CAPITALISED = re.compile(r"[A-Z][\w’'-]+")
_WORD_BEFORE = re.compile(r"([A-Z][\w.’'-]*)[ \t\xa0]+$")
_NAME_CHAR = re.compile(r"[\w’'-]")
# Above any cue an article gives: the roster knows the office; the article may only guess it.
_RANK = 5


@dataclass(frozen=True)
class Role:
    office: str
    place: str  # the state or city of a state or local office; "" for a national one
    start: str  # ISO dates; "" = open
    end: str
    party: str | None


@dataclass(frozen=True)
class Figure:
    name: str
    forms: tuple[str, ...]
    sex: str
    party: str | None
    roles: tuple[Role, ...]
    alone: bool = False  # the surname alone names them in national news

    @property
    def surname(self) -> str:
        words = [w for w in self.name.split() if w not in {"Jr.", "Sr.", "II", "III"}]
        return words[-1]


@dataclass(frozen=True)
class _Table:
    by_form: dict[str, Figure]
    by_surname: dict[str, tuple[Figure, ...]]


def parse(lines: list[str]) -> list[Figure]:
    """The figures of a roster file (format in its header); raises ValueError naming a bad line."""
    out: list[Figure] = []
    for n, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        cols = [c.strip() for c in line.split("|")]
        if len(cols) not in (5, 6) or not cols[0] or not cols[4] or (len(cols) == 6 and cols[5] != "alone"):
            raise ValueError(f"line {n}: expected NAME | OTHER NAMES | SEX | PARTY | ROLES [| alone]")
        name, others, sex, party, roles = cols[:5]
        parsed = []
        for r in roles.split(";"):
            parts = r.split("@")
            if len(parts) not in (4, 5) or not parts[0]:
                raise ValueError(f"line {n}: a role is office@place@from@to[@party], not {r!r}")
            parsed.append(Role(parts[0], parts[1], parts[2], parts[3],
                               _PARTIES.get(parts[4]) if len(parts) == 5 else None))
        forms = (name, *(o.strip() for o in others.split(";") if o.strip()))
        out.append(Figure(name, forms, sex, _PARTIES.get(party), tuple(parsed), alone=len(cols) == 6))
    return out


@cache
def figures() -> tuple[Figure, ...]:
    """Every figure of ``tracker/data/national_figures.txt``."""
    text = resources.files("tracker.data").joinpath("national_figures.txt").read_text(encoding="utf-8")
    return tuple(parse(text.splitlines()))


@cache
def _table() -> _Table:
    figures_ = figures()
    by_form = {f: fig for fig in figures_ for f in fig.forms}
    by_surname: dict[str, tuple[Figure, ...]] = {}
    for fig in figures_:
        by_surname[fig.surname] = (*by_surname.get(fig.surname, ()), fig)
    return _Table(by_form, by_surname)


def read(text: str, reg: Registry, published: str | None) -> None:
    """Register as officials the national figures ``text`` names, with their office on ``published``."""
    table = _table()
    date = (published or "")[:10] or None
    present = [s for s in _CAPITALISED.findall(text) if s in table.by_surname]
    if not present:
        return
    present = list(dict.fromkeys(present))
    done: dict[str, Person] = {}  # figure name -> registered person
    for surname in present:
        for m in _forms_of(surname).finditer(text):
            if not _whole_word(text, m.start(), m.end()):
                continue
            written = " ".join(m.group().split())
            fig = table.by_form[written]
            if fig.name in done:
                done[fig.name].forms.add(written)
                continue
            other = reg.find(written)
            if other is not None and other.first and not _first_fits(other, fig):
                continue
            _register(reg, fig, written, m.start(), m.end(), date, done)
    _sort_honorifics(done, table)
    reg.forget()
    for surname in present:
        standalone = tuple(f for f in table.by_surname[surname] if f.alone)
        if not standalone or all(f.name in done for f in standalone):
            continue
        starts = [m.start() for m in re.finditer(re.escape(surname), text)
                  if _whole_word(text, m.start(), m.end())]
        if _named_otherwise(text, starts, standalone):
            continue  # somebody else in the article has the surname
        for start in starts:
            if _in_longer_name(text, start, start + len(surname)):
                continue
            one = _only_figure(text, start, standalone, reg, date)
            if one is not None and one.name not in done:
                _register(reg, one, one.name, start, start + len(surname), date, done)


@cache
def _forms_of(surname: str) -> re.Pattern[str]:
    """Every written form of the figures with this surname, as one pattern."""
    forms = [f for fig in _table().by_surname[surname] for f in fig.forms]
    return re.compile(trie_pattern(forms, space=r"[ \t\xa0]+"))


def _sort_honorifics(done: dict[str, Person], table: _Table) -> None:
    """Two figures of one surname ("Bill Clinton", "Hillary Clinton"): the "Mrs. Clinton" the registry
    gave the one named first belongs to the one of her sex."""
    for figures in table.by_surname.values():
        here = [(f, done[f.name]) for f in figures if f.name in done and f.sex in {"m", "f"}]
        for f, p in here:
            other = "f" if f.sex == "m" else "m"
            to = [q for g, q in here if g.sex == other]
            if len(to) == 1 and p.votes[other]:
                to[0].votes[other] += p.votes[other]
                p.votes[other] = 0


def _whole_word(text: str, start: int, end: int) -> bool:
    return not (start and _NAME_CHAR.match(text, start - 1)) and not (end < len(text) and text[end].isalnum())


def _named_otherwise(text: str, starts: list[int], figures: tuple[Figure, ...]) -> bool:
    """Whether the article writes the surname after a first name none of ``figures`` has ("Jeffrey Stein")."""
    own = {w for f in figures for form in f.forms for w in form.split()[:-1]}
    for start in starts:
        before = _WORD_BEFORE.search(text, max(0, start - 30), start)
        if before is not None and before.group(1) not in own and _first_name_like(before.group(1)):
            return True
    return False


def _first_name_like(word: str) -> bool:
    """Whether a capitalised word right before a surname can be a first name or initial: not a title,
    an honorific, a common word, nor the end of the previous sentence ("... Democrats. Obama")."""
    if word.endswith(".") and not (len(word) == 2 or word.count(".") > 1):
        return False
    return (word.rstrip(".") not in TITLE_FIRST and word not in STOP_WORDS and word not in _HONORIFICS
            and word not in _FUNCTION_WORDS)


def _in_longer_name(text: str, start: int, end: int) -> bool:
    """"Carson City", "Ivanka Trump": the surname is part of another capitalised name."""
    after = re.match(r"[ \t\xa0]+[A-Z][a-z]", text[end:end + 3])
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return after is not None or (before is not None and _first_name_like(before.group(1)))


def _only_figure(text: str, start: int, figures: tuple[Figure, ...], reg: Registry,
                 date: str | None) -> Figure | None:
    """The one figure a bare surname at ``start`` can be, or None."""
    surname = figures[0].surname
    if any(p.first == surname for p in reg.people):
        return None  # "Scott" after "Scott Walker" is his first name
    same = [p for p in reg.people if p.surname == surname and (p.first is None or _first_name_like(p.first))]
    if len(same) > 1 or (same and same[0].first and not any(_first_fits(same[0], f) for f in figures)):
        return None  # somebody else of that name is in the article
    if same and same[0].first:
        figures = tuple(f for f in figures if _first_fits(same[0], f))
    sex = honorific_sex(text, start)
    if sex is not None and len(figures) > 1:
        figures = tuple(f for f in figures if f.sex == sex)
    if len(figures) > 1 and date is not None:  # in 2016 "Clinton" is the one in public life then
        figures = tuple(f for f in figures if _active(f, date))
    return figures[0] if len(figures) == 1 else None


def _active(fig: Figure, date: str) -> bool:
    return any(r.start <= date and (not r.end or date < r.end) for r in fig.roles)


def _first_fits(p: Person, fig: Figure) -> bool:
    return any(p.first == form.split()[0] for form in fig.forms)


def _register(reg: Registry, fig: Figure, written: str, start: int, end: int, date: str | None,
              done: dict[str, Person]) -> None:
    role = office_on(fig, date)
    if role is None:
        return  # not yet in public life on that date: whatever the article says stands
    office, place, party = role
    found = reg.find(written)
    other = {"m": "f", "f": "m"}.get(fig.sex)
    if found is not None and found.first is None and other and found.votes[other] > found.votes[fig.sex]:
        p = reg.add_apart(written, start, end)  # "Mrs. Clinton" so far is not Bill Clinton
        p.official = True
    else:
        p = reg.add(written, start, end, official=True)
    done[fig.name] = p
    p.name = fig.name  # one spelling of the person in every article; the article's stays an alias
    p.forms.add(fig.name)
    _absorb_initial_twins(reg, p, fig)
    p.party = party
    if fig.sex in {"m", "f"}:
        p.votes[fig.sex] += 5  # "she" and "Mrs." find her among two Clintons
        reg.forget()
    if date is None and p.office and p.office != UNVERIFIED:
        # undated: the article's own word ("Sen.", "the Republican nominee") says more than a list of
        # years; the roster only makes it exact ("Sen." -> "U.S. Senator" of Texas, not the dateline's)
        said = _same_office(fig, p.office)
        if said is not None:
            former = "Former " if p.office.casefold().startswith("former") else ""
            office, place = former + said.office, said.place
        elif p.level == "campaign":
            p.jurisdiction = "United States"
            return
    p.office, p.rank = office, _RANK
    p.level = "state" if _STATE_OFFICE.match(office) else "local" if office.startswith("Mayor") else "federal"
    p.jurisdiction = place or "United States"
    if office.startswith(("U.S. Senator", "U.S. Representative")):
        p.tag_state = place


def _absorb_initial_twins(reg: Registry, p: Person, fig: Figure) -> None:
    """"M. Reid" read off "Harry M. Reid (D-Nev.)", or "While Comey" off a sentence's start, is the same
    person, not a second one."""
    initials = {w for form in fig.forms for w in form.split()[1:-1]}
    twins = [q for q in reg.people if q is not p and q.surname == p.surname
             and q.first is not None and (q.first in initials or not _first_name_like(q.first))]
    for q in twins:
        p.forms |= q.forms
        if q.start is not None and (p.start is None or q.start < p.start):
            p.start, p.end = q.start, q.end
        reg.people.remove(q)
    if twins:
        reg.forget()


def _same_office(fig: Figure, written: str) -> Role | None:
    """The role of ``fig`` that an article's title for them ("Senator", "Secretary") names."""
    def key(office: str) -> str:
        return office.casefold().replace("u.s. ", "").replace("state ", "").replace("former ", "").strip()

    want = key(written)
    if not want:
        return None
    return (next((r for r in fig.roles if key(r.office) == want), None)
            or next((r for r in fig.roles if want in key(r.office)), None))


def office_on(fig: Figure, date: str | None) -> tuple[str, str, str | None] | None:
    """(office, place, party) of ``fig`` on ``date`` (ISO), or their best-known office with its years
    when the date is unknown; None when ``date`` is before every role."""
    if date is None:
        best = fig.roles[0]
        years = ", ".join(f"{r.start[:4]}–{r.end[:4]}" for r in fig.roles if r.office == best.office)
        return f"{best.office} ({years})", best.place, best.party or fig.party
    held = [r for r in fig.roles if r.start <= date and (not r.end or date < r.end)]
    if held:  # an office held wins over a candidacy; of two, the one begun last ("Speaker", not "Rep.")
        r = max(held, key=lambda r: (not _CAMPAIGN.search(r.office), r.start))
        return r.office, r.place, r.party or fig.party
    ended = [r for r in fig.roles if r.end and r.end <= date]
    if not ended:
        return None
    r = max(ended, key=lambda r: (not _CAMPAIGN.search(r.office), r.end))
    return f"Former {r.office}", r.place, r.party or fig.party

