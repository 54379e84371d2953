"""Hand corrections to linking: stored by names and ocd ids (not row ids), so they outlive re-linking.

Each correction is applied at once by re-linking the articles it touches, and again by every
later ingest, ``reextract`` and ``relink`` (``tracker.link.linker`` applies them last).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, insert, select

from tracker.errors import BadInputError, NotFoundError
from tracker.store import models as m

if TYPE_CHECKING:
    from tracker.store.db import Database

_UNLINKED = " (unlinked)"


@dataclass(frozen=True)
class Subject:
    """An official as a correction names it: by person when linked, else by name."""

    official_id: int
    name: str
    ocd_id: str | None


def subject(db: Database, ref: str) -> Subject:
    """The official ``ref`` names: a row id from ``tracker officials --json``, or a stored name (any case)."""
    o = m.Official
    with db.session() as s:
        q = select(o.id, o.name, o.ocd_id)
        row = s.execute(q.where(o.id == int(ref))).first() if ref.isdigit() else None
        if row is None:
            row = s.execute(q.where(func.lower(o.name) == ref.casefold())).first()
        if row is None:
            row = s.execute(q.join(m.OfficialAlias, m.OfficialAlias.official_id == o.id)
                            .where(func.lower(m.OfficialAlias.alias) == ref.casefold()).limit(1)).first()
    if row is None:
        raise NotFoundError(f"no official {ref!r}", "use a name or id from `tracker officials --json`")
    return Subject(row.id, row.name.removesuffix(_UNLINKED), row.ocd_id)


def _person_exists(db: Database, ocd_id: str) -> None:
    with db.session() as s:
        if s.scalar(select(m.RosterPerson.id).where(m.RosterPerson.ocd_id == ocd_id)) is None:
            raise NotFoundError(f"no roster person {ocd_id!r}", "see `tracker roster show NAME` for ids")


def _articles_of(db: Database, *official_ids: int) -> list[int]:
    with db.session() as s:
        return sorted(set(s.scalars(select(m.OfficialMention.article_id)
                                    .where(m.OfficialMention.official_id.in_(official_ids)))))


def correct(db: Database, kind: str, ref: str, *, ocd_id: str | None = None, other: str | None = None,
            article_id: int | None = None, new_name: str | None = None) -> int:
    """Store one correction and re-link the articles it touches; returns how many were re-linked.

    link: ``ref`` is ``ocd_id``; unlink: ``ref`` is nobody in the roster; merge: ``ref`` is
    ``other``; split: ``ref`` in ``article_id`` is someone else (``new_name``).
    """
    from tracker.extract import extract
    from tracker.store.ingest import reextract
    from tracker.store.roster import linker

    subj = subject(db, ref)
    row: dict[str, object] = {"kind": kind, "name": None if subj.ocd_id else subj.name, "ocd_id": subj.ocd_id,
                              "article_id": None, "target_ocd": None, "target_name": None,
                              "created_at": datetime.now(UTC)}
    touched = [subj.official_id]
    if kind == "link":
        if not ocd_id or not ocd_id.startswith("ocd-person/"):
            raise BadInputError(f"{ocd_id!r} is not an ocd-person id", "see `tracker roster show NAME` for ids")
        _person_exists(db, ocd_id)
        row["target_ocd"] = ocd_id
    elif kind == "merge":
        target = subject(db, other or "")
        if target.official_id == subj.official_id:
            raise BadInputError(f"{ref!r} and {other!r} are already one official", "name two different officials")
        row["target_ocd"], row["target_name"] = target.ocd_id, target.name
        touched.append(target.official_id)
    elif kind == "split":
        if article_id is None:
            raise BadInputError("split needs --article", "give the id of the article where it is someone else")
        if article_id not in _articles_of(db, subj.official_id):
            raise NotFoundError(f"article {article_id} does not name {subj.name!r}", "see `tracker official NAME`")
        row["article_id"], row["target_name"] = article_id, new_name or f"{subj.name} (article {article_id})"
    elif kind != "unlink":
        raise BadInputError(f"no correction {kind!r}", "use link, unlink, merge or split")
    articles = _articles_of(db, *touched)
    with db.session(write=True) as s:
        s.execute(insert(m.LinkCorrection), [row])
    return reextract(db, extract, link_fn=linker(db), article_ids=articles)
