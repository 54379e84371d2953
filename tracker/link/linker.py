"""Linking: each extracted official to exactly one roster person, or to none with the reason why.

A person is a candidate when a name they go by fits the written name; the office written (a
state senator is not a member of Congress), the state (the one written beside the name, else
the article's dateline or most-named state) and the article's date (a role held then) narrow the
candidates. One left: linked, and office, jurisdiction, district and party are the roster's as
of that date ("Former ..." when the role had ended). None or several: unlinked, reason kept.
A surname alone, or a nickname the roster does not list, links only when an office is written
to check it against. A name the roster does not link may still be a national figure it lacks
(``national``); a surname alone that is no one plain is not kept as an official. Hand corrections
are applied last and always win.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from tracker.extract.document import Document, Official
from tracker.link import national
from tracker.link.cues import cues
from tracker.link.index import RosterIndex, role_place, role_state
from tracker.link.names import tokens, written_name
from tracker.link.roster import Person, Role

LINKED = "linked"
NOT_IN_ROSTER = "not in roster"


@dataclass(frozen=True)
class Correction:
    """A hand correction: ``kind`` link | unlink | merge | split, for the official named ``name``
    (as written or as stored) or linked to ``ocd_id``, in one article or (``article_id`` None) all."""

    kind: str
    name: str | None = None
    ocd_id: str | None = None
    article_id: int | None = None
    target_ocd: str | None = None
    target_name: str | None = None


# Offices the roster holds, by the role types that fit them; None in the level: either.
_UPPER, _LOWER = frozenset({"upper", "legislature"}), frozenset({"lower", "legislature"})
_LEGISLATOR = frozenset({"upper", "lower", "legislature"})
_OFFICE_TYPES: list[tuple[str, frozenset[str], str | None]] = [
    ("lieutenant governor", frozenset({"lt_governor"}), "state"),
    ("governor", frozenset({"governor"}), "state"),
    ("u.s. senator", _UPPER, "federal"),
    ("u.s. representative", _LOWER, "federal"),
    ("state senator", _UPPER, "state"),
    ("state representative", _LOWER, "state"),
    ("assembly member", _LOWER, "state"),
    ("delegate", _LOWER, "state"),
    ("senator", _UPPER, None),
    ("representative", _LOWER, None),
    ("speaker of the house", _LEGISLATOR, None),
    ("majority leader", _LEGISLATOR, None), ("minority leader", _LEGISLATOR, None),
    ("majority whip", _LEGISLATOR, None), ("minority whip", _LEGISLATOR, None),
    ("senate president", _UPPER, "state"), ("president pro tem", _UPPER, None),
    ("chair", _LEGISLATOR, None),
    ("mayor", frozenset({"mayor"}), "state"),
    ("attorney general", frozenset({"attorney general"}), "state"),
    ("secretary of state", frozenset({"secretary of state", "chief election officer"}), "state"),
    ("state treasurer", frozenset({"treasurer"}), "state"), ("treasurer", frozenset({"treasurer"}), "state"),
    ("state auditor", frozenset({"auditor"}), "state"), ("auditor", frozenset({"auditor"}), "state"),
]
# Offices the roster does not hold: a name with one of these is never linked to a roster person.
_OUTSIDE = ("u.s. attorney general", "deputy mayor", "president", "vice president", "spokesperson", "director",
            "secretary", "commissioner", "sheriff", "judge", "justice", "police chief", "fire chief",
            "district attorney", "city councilor", "city manager", "superintendent", "county", "comptroller",
            "fire marshal")


def _wanted(office: str | None) -> tuple[frozenset[str] | None, str | None, bool, bool]:
    """(role types, level, former, outside the roster) for an office as extraction wrote it."""
    if not office:
        return None, None, False, False
    from tracker.extract.offices import classify_title

    o = office.casefold().strip()
    if not o.startswith("former ") and (written := classify_title(office)[0]):
        o = written.casefold()  # a title as written ("Sen.", "Congressman") names its office
    former = o.startswith("former ")
    o = o.removeprefix("former ").strip()
    if o.endswith(("candidate", "nominee")):
        return None, None, former, False  # a member of Congress may be running for president
    if o in ("u.s. attorney general", "president", "vice president", "deputy mayor"):
        return None, None, former, True
    for name, types, level in _OFFICE_TYPES:
        if o == name or (o.endswith(" " + name) and name not in ("governor", "senator", "representative")):
            return types, level, former, False
    if o.startswith(_OUTSIDE) or o.endswith(_OUTSIDE) or any(w in o.split() for w in ("president", "secretary")):
        return None, None, former, True
    return None, None, former, False


def _short_form(p: Person, written: str) -> bool:
    given = tokens(p.given_name or p.name)
    return bool(given) and len(given[0]) > 1 and written.startswith(given[0])


def _running(office: str | None) -> bool:
    """A plain "President" or "Vice President": what a member of Congress running for it gets called."""
    return (office or "").casefold() in ("president", "vice president")


def _fits(role: Role, types: frozenset[str] | None, level: str | None) -> bool:
    if types is not None and role.type not in types:
        return False
    return level is None or role.federal == (level == "federal")


_CHAMBER_NAMES = {"ca": "Assembly Member", "nv": "Assembly Member", "ny": "Assembly Member", "wi": "Assembly Member",
                  "nj": "Assembly Member", "md": "Delegate", "va": "Delegate", "wv": "Delegate"}
_EXECUTIVE = {"governor": "Governor", "lt_governor": "Lieutenant Governor", "attorney general": "Attorney General",
              "secretary of state": "Secretary of State", "chief election officer": "Secretary of State",
              "treasurer": "State Treasurer", "auditor": "State Auditor", "mayor": "Mayor"}


def role_office(role: Role) -> tuple[str, str | None, str | None]:
    """(office, jurisdiction, district) of a roster role, in the words extraction uses."""
    state = role_state(role)
    if role.federal:
        office = "U.S. Senator" if role.type == "upper" else "U.S. Representative"
        return office, state, role.district if role.type != "upper" else None
    if role.type in _EXECUTIVE:
        if role.type == "mayor":
            place = role_place(role)
            return "Mayor", f"{place}, {state}" if place and state else place or state, None
        return _EXECUTIVE[role.type], state, None
    code = role.jurisdiction.partition("/state:")[2][:2]
    if role.type == "lower":
        office = _CHAMBER_NAMES.get(code, "State Representative")
    elif "/district:dc" in role.jurisdiction:
        office = "Council Member"
    else:
        office = "State Senator"
    return office, state, role.district


@dataclass(frozen=True)
class _Context:
    index: RosterIndex
    day: date | None
    article_state: str | None


_LOOSE = {"state senator": "Senator", "u.s. senator": "Senator", "state representative": "Representative",
          "u.s. representative": "Representative"}


def _resolve(o: Official, ctx: _Context, text: str) -> tuple[Person | None, Role | None, str]:
    """(person, role on the date, reason) for one extracted official.

    The title and state written beside the name count; extraction's office counts without its
    level (it may have read "Sen." as a state senator from the article's state) and its
    jurisdiction not at all, since either may be inferred rather than written.
    """
    words, nick = written_name(o.name)
    ids = ctx.index.full_name(words, nick) if words else set()
    if _wanted(o.office)[3] and not (len(ids) == 1 and _running(o.office)):
        return None, None, f"office not in roster: {o.office}"
    partial = not ids and (len(words) == 1 or (len(words) == 2 and words[0] not in ctx.index.first_names))
    if partial:
        ids = ctx.index.surname(words)  # "Roe", "Lujan Grisham": only with an office to check it against
    elif not ids and len(words) > 1 and any(written_name(a)[0] == words[-1:] for a in o.aliases):
        # "Morris J. Brooks", titled "Rep. Brooks" too, where the roster knows only "Mo Brooks": the
        # surname with the office, if the roster's given name is a short form of the one written
        # ("Mo" of "Morris"; never "Pat" for "Paul")
        ids = {pid for pid in ctx.index.surname(words[-1:]) if _short_form(ctx.index.persons[pid], words[0])}
        partial = bool(ids)
    if not ids:
        return None, None, NOT_IN_ROSTER  # most names: decided before reading the text around them
    written = cues(text, [o.name, *o.aliases], o.start)
    office = o.office
    if written.office and not (office or "").casefold().startswith("former "):
        office = written.office
    elif office:
        plain = office.casefold()
        office = ("Former " if plain.startswith("former ") else "") + _LOOSE.get(plain.removeprefix("former "),
                                                                                 office.removeprefix("Former "))
    types, level, former, outside = _wanted(office)
    if outside and len(ids) == 1 and _running(office):
        types, level, former, outside = None, None, False, False  # "President Roe" of a senator who is running
    if outside:
        return None, None, f"office not in roster: {office}"
    if partial and types is None:
        return None, None, "surname only, no office written to check it against"
    explicit = written.state
    state = explicit or ctx.article_state
    # A full name only one roster person goes by, anywhere, is a member of Congress wherever the
    # article is from: national news names them without title or state.
    sole = not partial and len(ids) == 1
    kept: list[tuple[Person, list[Role]]] = []
    for pid in sorted(ids):
        p = ctx.index.persons[pid]
        roles = [r for r in p.roles if _fits(r, types, level)]
        if explicit:
            roles = [r for r in roles if role_state(r) == explicit]
        elif state:
            # A member of Congress from elsewhere is still who the office says; a state official is not.
            roles = [r for r in roles if role_state(r) == state or (r.federal and (types is not None or sole))]
        else:
            roles = [r for r in roles if r.federal and (types is not None or sole)]
        if roles:
            kept.append((p, roles))
    if ctx.day is not None:
        # Someone who took office only after the article is not who it meant; among the rest, one
        # in office that day is (a "former" title: one whose role had ended).
        day = ctx.day
        kept = [(p, rs) for p, rs in kept if any(r.start is None or r.start <= day for r in rs)]
        held = [(p, rs) for p, rs in kept if any(r.valid_on(day) for r in rs)]
        if former:
            held = [(p, rs) for p, rs in kept if (p, rs) not in held]
        if held:
            kept = held
    if not kept:
        return None, None, NOT_IN_ROSTER
    if len(kept) > 1:
        return None, None, f"ambiguous: {len(kept)} candidates"
    person, roles = kept[0]
    return person, _role_on(roles, ctx.day), LINKED


def _holds(role: Role | None, day: date | None) -> bool:
    """Whether ``role`` is held on ``day`` (an undated article: whether it is held at all)."""
    return role is not None and (role.valid_on(day) if day is not None else role.end is None)


def _role_on(roles: list[Role], day: date | None) -> Role | None:
    """The role held on ``day``; else the last one ended before it; None when every role is later."""
    if day is None:
        return max(roles, key=lambda r: (r.end or date.max, r.start or date.min))
    held = [r for r in roles if r.valid_on(day)]
    if held:
        return max(held, key=lambda r: (r.start or date.min, r.end or date.max))
    ended = [r for r in roles if r.end is not None and r.end < day]
    return max(ended, key=lambda r: r.end or date.min) if ended else None


def _apply(o: Official, person: Person, role: Role | None, day: date | None, reason: str) -> Official:
    written = o.name
    aliases = list(dict.fromkeys([*o.aliases, *([written] if written != person.name else [])]))
    office, jurisdiction, district = o.office, o.jurisdiction, None
    if day is None and o.office:
        # an undated article: which role the person held then is unknown, so the article's words stand; a
        # state they leave out is the roster's when its role is that same office ("Sen. Roe" of Michigan)
        if role is not None and not o.jurisdiction and role_office(role)[0] == o.office:
            jurisdiction = role_office(role)[1]
    elif role is not None:
        office, jurisdiction, district = role_office(role)
        if day is not None and not role.valid_on(day):
            office = f"Former {office}"
    return replace(o, name=person.name, office=office, jurisdiction=jurisdiction, district=district,
                   party=_party(person, o, day), aliases=aliases, ocd_id=person.ocd_id, link=reason)


def _party(person: Person, o: Official, day: date | None) -> str | None:
    """The roster's party when it dates one to the day; else the article's, which is of its day; else the roster's.

    The roster often lists only today's party, undated (a senator who left his party in 2024 is
    listed Independent), so for an older article the party the article gives is the better witness.
    """
    return person.dated_party_on(day) or o.party or person.party_on(day)


def _subject(c: Correction, written: str, o: Official) -> bool:
    if c.ocd_id is not None:
        return o.ocd_id == c.ocd_id
    return c.name is not None and c.name.casefold() in (written.casefold(), o.name.casefold())


def link_document(doc: Document, index: RosterIndex, *, text: str, article_id: int | None = None,
                  corrections: list[Correction] | tuple[Correction, ...] = ()) -> Document:
    """A copy of ``doc`` whose officials are linked to roster persons where exactly one fits.

    Officials that turn out to be one person become one official; statements, stances and
    funding follow their official's new name. ``text`` gives the article's state (dateline, else
    the state it names most); ``article_id`` scopes corrections made for one article.
    """
    from tracker.extract.places import main_state

    day = _day(doc.published)
    ctx = _Context(index, day, main_state(text) if index.present else None)
    renamed: dict[str, str | None] = {}
    out: dict[str, Official] = {}
    for o in [*doc.officials, *(_untitled(doc, index, ctx, text) if index.present else [])]:
        if o.link is not None:  # found and linked already (named without a title)
            linked = o
        elif index.present:
            person, role, reason = _resolve(o, ctx, text)
            figure = national.find(o.name, o.office, day)
            if person is not None and figure is not None and not _holds(role, day):
                # a state legislator of long ago who is now a national figure: "Barack Obama" in 2016
                # news is the President, not the Illinois state senator of the roster's retired files
                linked = _national(o, figure, day)
            elif person is not None:
                linked = _apply(o, person, role, day, reason)
            elif figure is not None:
                linked = _national(o, figure, day)
            else:
                linked = replace(o, link=reason, jurisdiction=_abroad(o, day))
        else:
            linked = o
        for c in corrections:
            if c.article_id not in (None, article_id) or not _subject(c, o.name, linked):
                continue
            target = index.persons.get(c.target_ocd) if c.target_ocd else None
            if target is not None:  # link, or merge into a linked person
                roles = list(target.roles)
                linked = _apply(replace(o, ocd_id=None), target, _role_on(roles, day) if roles else None, day,
                                "linked by hand")
            else:
                name = c.target_name if c.kind in ("merge", "split") and c.target_name else o.name
                linked = replace(o, name=name, ocd_id=None, district=None, link=f"{c.kind} by hand".replace(
                    "unlink by hand", "unlinked by hand"))
        if _bare(linked):
            renamed[o.name] = None
            continue
        renamed[o.name] = linked.name
        if linked.name in out:  # "Obama" and "Barack Obama" in one article are one person
            first = out[linked.name]
            out[linked.name] = replace(first, aliases=list(dict.fromkeys([*first.aliases, o.name, *linked.aliases]))
                                       if o.name != first.name else first.aliases)
        else:
            out[linked.name] = linked

    def new_name(n: str | None) -> str | None:
        return renamed.get(n, n) if n else n

    return replace(
        doc, officials=list(out.values()),
        statements=[replace(s, speaker=new_name(s.speaker)) for s in doc.statements],
        bills=[replace(b, positions=[replace(p, official=official) for p in b.positions
                                     if (official := new_name(p.official))]) for b in doc.bills],
        funding=[replace(f, official=new_name(f.official)) for f in doc.funding])


def _national(o: Official, figure: national.Figure, day: date | None) -> Official:
    office: str | None
    jurisdiction: str | None
    office, jurisdiction = national.office_on(figure, day)
    if day is None and o.office:  # undated: which role they held then is unknown, so the article's words stand
        office, jurisdiction = o.office, o.jurisdiction
    aliases = list(dict.fromkeys([*o.aliases, *([o.name] if o.name != figure.name else [])]))
    return replace(o, name=figure.name, office=office, jurisdiction=jurisdiction, district=None, party=figure.party,
                   aliases=aliases, ocd_id=None, link=national.NATIONAL)


def _abroad(o: Official, day: date | None) -> str | None:
    """No jurisdiction for a "President" the national table does not know: on a date it covers, not the U.S. one
    (a foreign head of state, a college's president)."""
    if o.office == "President" and o.jurisdiction == "United States" and day and day >= _COVERED:
        return None
    return o.jurisdiction


_COVERED = date(1989, 1, 20)  # every U.S. president since is in the national table


def _bare(o: Official) -> bool:
    """A surname alone that neither the article, the roster nor the national table made a person: not an
    official of its own (its statements keep the words that named the speaker, with no official)."""
    return (o.ocd_id is None and o.link is not None and o.link != national.NATIONAL and "by hand" not in o.link
            and len(written_name(o.name)[0]) == 1)


def _untitled(doc: Document, index: RosterIndex, ctx: _Context, text: str) -> list[Official]:
    """Persons named without a title but with a party and home ("Ann Roe, a Republican from Elm") whose
    full name, state and date pick one roster person of that party: officials after all."""
    from tracker.extract.candidates import tagged_persons
    from tracker.extract.places import state_from_abbrev

    known = {n.casefold() for o in doc.officials for n in (o.name, *o.aliases)}
    found: dict[str, Official] = {}
    for c in tagged_persons(text):
        words, _ = written_name(c.name)
        if c.name.casefold() in known or c.name in found or len(words) < 2:
            continue
        home = state_from_abbrev(c.home)
        o = Official(name=c.name, start=c.start, end=c.end, party=c.party,
                     jurisdiction=home)
        person, role, _ = _resolve(o, replace(ctx, article_state=home or ctx.article_state), text)
        if person is not None and person.party_on(ctx.day) == c.party:
            found[c.name] = _apply(o, person, role, ctx.day, "linked (named without a title)")
    return list(found.values())


def _day(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None
