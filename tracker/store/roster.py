"""The roster in the database: import Open States person files, read them back for linking and display.

An import is one transaction: a file that is not a person is named and skipped, everything else
is written, or nothing is. Each person keeps the SHA-256 of its file, so importing the same
roster again parses only the files that changed.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, insert, select, update

from tracker.errors import BadInputError, NotFoundError
from tracker.link.index import person_keys
from tracker.link.roster import Party, Person, Role, read_person, roster_files
from tracker.store import models as m

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from tracker.extract.document import Document
    from tracker.link.index import RosterIndex
    from tracker.link.linker import Correction
    from tracker.store.db import Database


@dataclass
class RosterImport:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, why)


def _root(path: Path) -> Path:
    if not path.exists():
        raise BadInputError(f"{path}: no such folder", "give the roster's folder (openstates people, or its data/)")
    return path / "data" if (path / "data").is_dir() else path


def _party_rows(p: Person) -> str:
    return json.dumps([[x.name, _iso(x.start), _iso(x.end)] for x in p.parties])


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def import_roster(db: Database, path: Path) -> RosterImport:
    """Import every person file under ``path``; returns inserted / updated / unchanged counts and skipped files."""
    root = _root(path)
    files = roster_files(root)
    if not files:
        raise BadInputError(f"{path}: no roster files (*.yml) found", "give the Open States people folder")
    result = RosterImport()
    with db.session(write=True) as s:
        conn = s.connection()
        stored = {ocd: (pid, src, digest) for pid, ocd, src, digest in conn.execute(
            select(m.RosterPerson.id, m.RosterPerson.ocd_id, m.RosterPerson.source, m.RosterPerson.digest))}
        # A file is parsed only when it is new or changed (or shares its person with another file).
        single = {src: digest for _, src, digest in stored.values() if ";" not in src}
        found: dict[str, list[tuple[str, str, Person]]] = defaultdict(list)
        for f in files:
            source = f.relative_to(root).as_posix()
            digest = hashlib.sha256(f.read_bytes()).hexdigest()
            if single.get(source) == digest:
                result.unchanged += 1
                continue
            try:
                person = read_person(f)
            except BadInputError as e:
                result.skipped.append((str(f), e.message.removeprefix(f"{f}: ")))
                continue
            found[person.ocd_id].append((source, digest, person))
        if not found and not result.unchanged:  # not one person file: no roster, and nothing is written
            raise BadInputError(f"{path}: none of its {len(files)} .yml file(s) is an Open States person file",
                                "give the Open States people folder (the one holding data/)")
        new: list[tuple[dict[str, Any], Person]] = []
        changed: list[tuple[int, dict[str, Any], Person]] = []
        for ocd, parts in found.items():
            person = _merged([p for _, _, p in parts])  # one person in two files (a mayor, later in Congress)
            row = {"ocd_id": ocd, "name": person.name[:200], "given_name": person.given_name,
                   "family_name": person.family_name, "middle_name": person.middle_name,
                   "other_names": json.dumps(list(person.other_names), ensure_ascii=False),
                   "parties": _party_rows(person), "source": ";".join(src for src, _, _ in parts),
                   "digest": ";".join(d for _, d, _ in parts)}
            if ocd not in stored:
                new.append((row, person))
            elif stored[ocd][2] == row["digest"]:
                result.unchanged += 1
            else:
                changed.append((stored[ocd][0], row, person))
        if new:
            conn.execute(insert(m.RosterPerson), [row for row, _ in new])
        ids = {ocd: pid for ocd, pid in conn.execute(select(m.RosterPerson.ocd_id, m.RosterPerson.id))} if new else {}
        roles: list[dict[str, Any]] = []
        names: list[dict[str, Any]] = []
        for pid, row, person in changed:
            conn.execute(update(m.RosterPerson).where(m.RosterPerson.id == pid).values(**row))
            conn.execute(delete(m.RosterRole).where(m.RosterRole.person_id == pid))
            conn.execute(delete(m.RosterName).where(m.RosterName.person_id == pid))
            roles += _role_rows(pid, person)
            names += [{"person_id": pid, "key": k[:200]} for k in sorted(person_keys(person))]
        for _, person in new:
            roles += _role_rows(ids[person.ocd_id], person)
            names += [{"person_id": ids[person.ocd_id], "key": k[:200]} for k in sorted(person_keys(person))]
        if roles:
            conn.execute(insert(m.RosterRole), roles)
        if names:
            conn.execute(insert(m.RosterName), names)
        result.inserted, result.updated = len(new), len(changed)
    return result


def _merged(persons: list[Person]) -> Person:
    first = persons[0]
    if len(persons) == 1:
        return first
    from dataclasses import replace

    return replace(first, other_names=tuple(dict.fromkeys(n for p in persons for n in (p.name, *p.other_names)
                                                          if n != first.name)),
                   roles=tuple(dict.fromkeys(r for p in persons for r in p.roles)),
                   parties=first.parties or next((p.parties for p in persons if p.parties), ()))


def _role_rows(pid: int, p: Person) -> list[dict[str, Any]]:
    return [{"person_id": pid, "type": r.type[:40], "jurisdiction": r.jurisdiction[:200],
             "district": r.district[:100] if r.district else None, "start_date": r.start, "end_date": r.end,
             "end_reason": r.end_reason} for r in p.roles]


def _date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _raw(conn: Any, sql: str, params: list[Any]) -> list[Any]:
    """Rows of ``sql`` (``?`` placeholders) on the driver's own cursor: linking looks persons up article
    after article, a few rows at a time, and SQLAlchemy's per-execution work cost more than the queries."""
    if conn.dialect.paramstyle != "qmark":
        sql = sql.replace("?", "%s")
    cursor = conn.connection.dbapi_connection.cursor()
    try:
        cursor.execute(sql, params)
        return list(cursor.fetchall())
    finally:
        cursor.close()


def _marks(values: list[Any]) -> str:
    return ", ".join("?" * len(values))


def _persons(db: Database, ocd_ids: list[str] | None = None, conn: Any = None) -> list[Person]:
    """Roster persons with their roles: those with these ids, or everyone."""
    if conn is None:
        with db.engine.connect() as fresh:
            return _persons(db, ocd_ids, fresh)
    sql = "SELECT id, ocd_id, name, given_name, family_name, middle_name, other_names, parties FROM roster_persons"
    if ocd_ids is not None:
        if not ocd_ids:
            return []
        sql += f" WHERE ocd_id IN ({_marks(ocd_ids)})"
    rows = _raw(conn, sql, list(ocd_ids or []))
    if not rows:
        return []
    rsql = "SELECT person_id, type, jurisdiction, district, start_date, end_date, end_reason FROM roster_roles"
    pids = [r[0] for r in rows] if ocd_ids is not None else []
    if pids:
        rsql += f" WHERE person_id IN ({_marks(pids)})"
    roles: dict[int, list[Role]] = defaultdict(list)
    for pid, typ, jur, district, start, end, reason in _raw(conn, rsql, pids):
        roles[pid].append(Role(typ, jur, district, _date(start), _date(end), reason))
    return [Person(ocd_id=ocd, name=name, given_name=given, family_name=family, middle_name=middle,
                   other_names=tuple(json.loads(others)),
                   parties=tuple(Party(n, _date(a), _date(b)) for n, a, b in json.loads(parties)),
                   roles=tuple(roles.get(pid, ())))
            for pid, ocd, name, given, family, middle, others, parties in rows]


def roster_index(db: Database) -> RosterIndex:
    """The whole roster, indexed for linking (empty when none was imported)."""
    from tracker.link.index import RosterIndex

    return RosterIndex(_persons(db))


_REACHED = ("SELECT DISTINCT p.ocd_id FROM roster_names n JOIN roster_persons p ON p.id = n.person_id "
            "WHERE n.key IN ({})")
_KNOWN = "SELECT DISTINCT key FROM roster_names WHERE key IN ({})"


class RosterLookup:
    """The roster read on demand: an index that grows by the persons articles' names can reach.

    Loading all 22,700 persons costs a second or two; an article's names reach a handful, read
    with one query by their keys (``roster_names``). Every person a key reaches is read the
    first time the key is asked for, so the index answers for every key asked so far exactly as
    the whole roster would.
    """

    def __init__(self, db: Database) -> None:
        from tracker.link.index import RosterIndex

        self.db = db
        with db.engine.connect() as conn:
            self.present = bool(_raw(conn, "SELECT id FROM roster_persons LIMIT 1", []))
        self.asked: set[str] = set()
        self._index = RosterIndex([], present=self.present)

    def index(self, keys: set[str], ocd_ids: Iterable[str] = ()) -> RosterIndex:
        """The index, with every person these keys (and ids) reach read in."""
        if not self.present:
            return self._index
        missing = sorted(keys - self.asked)
        wanted = set(ocd_ids) - self._index.persons.keys()
        if not missing and not wanted:
            return self._index
        self.asked.update(missing)
        names = [k for k in missing if not k.startswith("g:")]
        firsts = [k for k in missing if k.startswith("g:")]  # only whether anyone has this first name
        with self.db.engine.connect() as conn:
            if names:
                wanted |= {r[0] for r in _raw(conn, _REACHED.format(_marks(names)), names)}
            if firsts:
                self._index.first_names.update(r[0][2:] for r in _raw(conn, _KNOWN.format(_marks(firsts)), firsts))
            for p in _persons(self.db, sorted(wanted - self._index.persons.keys()), conn):
                self._index.add(p)
        return self._index


def find_persons(db: Database, name: str) -> list[Person]:
    """Roster persons who go by ``name`` (any of their names, accents and case aside), or whose ocd id it is."""
    from tracker.link.index import name_keys
    from tracker.link.names import tokens

    if name.startswith("ocd-person/"):
        found = _persons(db, [name])
    else:
        words = tuple(tokens(name))
        index = RosterLookup(db).index(name_keys(words, None))
        ids = index.full_name(words, None) if len(words) > 1 else index.surname(words)
        found = sorted((index.persons[i] for i in ids), key=lambda p: (p.name, p.ocd_id))
    if not found:
        raise NotFoundError(f"no one in the roster is called {name!r}",
                            "check the spelling, or import the roster with `tracker roster import PATH`")
    return found


def corrections(db: Database) -> list[Correction]:
    """Every hand correction, oldest first (later ones win)."""
    from tracker.link.linker import Correction

    c = m.LinkCorrection
    with db.session() as s:
        return [Correction(kind, name, ocd, art, tocd, tname) for kind, name, ocd, art, tocd, tname in s.execute(
            select(c.kind, c.name, c.ocd_id, c.article_id, c.target_ocd, c.target_name).order_by(c.id))]


def linker(db: Database) -> Callable[[Document, str, int | None], Document] | None:
    """``link(doc, text, article_id)`` over this database's roster and corrections; None when it has neither.

    Persons are read as the articles' names need them (``RosterLookup``).
    """
    from tracker.extract.candidates import tagged_persons
    from tracker.link.index import name_keys
    from tracker.link.linker import link_document
    from tracker.link.names import written_name

    lookup, fixes = RosterLookup(db), tuple(corrections(db))
    if not lookup.present and not fixes:
        return None
    targets = {c.target_ocd for c in fixes if c.target_ocd}

    def link(doc: Document, text: str, article_id: int | None) -> Document:
        keys: set[str] = set()
        for name in [n for o in doc.officials for n in (o.name, *o.aliases)] + [c.name for c in tagged_persons(text)]:
            keys |= name_keys(*written_name(name))
        return link_document(doc, lookup.index(keys, targets), text=text, article_id=article_id,
                             corrections=fixes)

    return link
