"""Popolo JSON (persons, organizations, memberships) of the officials and the offices articles show them in.

A linked official's Popolo id is its ocd-person id, so the file joins onto Open States data; an
unlinked one gets a local id. Each office (with jurisdiction and district) is a membership of a
body, dated by the first and last article that shows it; each party is an organization too.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tracker.store.db import Database

_LOWER = ("State Representative", "Assembly Member", "Delegate", "Representative")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")


def _body(office: str, jurisdiction: str | None) -> tuple[str, str]:
    """(name, classification) of the body an office sits in."""
    plain = office.removeprefix("Former ")
    if plain == "U.S. Senator":
        return "United States Senate", "legislature"
    if plain == "U.S. Representative":
        return "United States House of Representatives", "legislature"
    where = jurisdiction or "unknown jurisdiction"
    if plain in ("State Senator", "Senator"):
        return f"{where} Senate", "legislature"
    if plain in _LOWER:
        return f"{where} House", "legislature"
    return f"{plain}, {where}", "executive"


def _iso(d: Any) -> str | None:
    return d.isoformat() if isinstance(d, date) else d


def popolo(db: Database) -> dict[str, list[dict[str, Any]]]:
    """The whole database as one Popolo document."""
    from sqlalchemy import func, select

    from tracker.store import models as m

    o, oo, a, al = m.Official, m.OfficialOffice, m.Article, m.OfficialAlias
    with db.session() as s:
        officials = s.execute(select(o.id, o.name, o.party, o.ocd_id).order_by(o.name)).all()
        aliases: dict[int, list[str]] = defaultdict(list)
        for oid, alias in s.execute(select(al.official_id, al.alias).order_by(al.alias)):
            aliases[oid].append(alias)
        offices = s.execute(
            select(oo.official_id, oo.office, oo.jurisdiction, oo.district, func.min(a.published),
                   func.max(a.published), func.count())
            .join(a, a.id == oo.article_id)
            .group_by(oo.official_id, oo.office, oo.jurisdiction, oo.district)).all()
    pid = {oid: ocd or f"tracker/official/{oid}" for oid, _, _, ocd in officials}
    persons, orgs, memberships = [], {}, []
    for oid, name, party, ocd in officials:
        person: dict[str, Any] = {"id": pid[oid], "name": name,
                                  "other_names": [{"name": n} for n in aliases.get(oid, [])]}
        if ocd:
            person["identifiers"] = [{"scheme": "ocd-person", "identifier": ocd}]
        persons.append(person)
        if party:
            org_id = f"tracker/party/{_slug(party)}"
            orgs[org_id] = {"id": org_id, "name": party, "classification": "party"}
            memberships.append({"person_id": pid[oid], "organization_id": org_id, "role": "member"})
    for oid, office, jurisdiction, district, first, last, n in offices:
        name, classification = _body(office, jurisdiction)
        org_id = f"tracker/org/{_slug(name)}"
        orgs[org_id] = {"id": org_id, "name": name, "classification": classification}
        membership: dict[str, Any] = {"person_id": pid[oid], "organization_id": org_id, "role": office,
                                      "start_date": _iso(first), "end_date": _iso(last),
                                      "note": f"as of the articles that name this office ({n})"}
        if district:
            membership["post"] = {"label": district}
        memberships.append(membership)
    return {"persons": persons, "organizations": sorted(orgs.values(), key=lambda r: r["id"]),
            "memberships": memberships}
