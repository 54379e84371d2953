"""Forgiving lookup of officials and topics by what a user types.

"AG Balderas", "balderas", "Gov. Lujan Grisham" and "Hector Balderas" all find the same person;
a name that fits several people, or nobody, raises NotFoundError with the closest names as a hint
rather than picking one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from tracker.errors import NotFoundError
from tracker.store import models as m

if TYPE_CHECKING:
    from tracker.store.db import Database

# Leading words that say what someone is, not who: stripped before matching, longest first.
_TITLES = sorted((
    "attorney general", "ag", "governor", "gov", "lieutenant governor", "lt gov", "lt governor", "senator", "sen",
    "state senator", "state sen", "representative", "rep", "state representative", "state rep", "congressman",
    "congresswoman", "congressmember", "mayor", "president", "vice president", "secretary", "sec", "speaker",
    "commissioner", "councilor", "councillor", "councilman", "councilwoman", "council member", "councilmember",
    "judge", "justice", "chief justice", "sheriff", "district attorney", "da", "treasurer", "auditor", "chair",
    "chairman", "chairwoman", "chairperson", "dr", "mr", "mrs", "ms", "us", "u s", "state", "former", "the",
    "minister", "prime minister", "premier", "superintendent", "spokesperson", "spokesman", "spokeswoman",
), key=len, reverse=True)
_TITLE_RE = re.compile(r"^(?:" + "|".join(re.escape(t) for t in _TITLES) + r")\b\s*")


def norm(name: str) -> str:
    """Case-, accent- and punctuation-blind form of a name: "Luján-Grisham, Gov." -> "lujan grisham gov"."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = re.sub(r"\([^)]*\)", " ", s)  # "(D-Santa Fe)"
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


def strip_titles(key: str) -> str:
    """Drop leading titles from a normalised name: "gov lujan grisham" -> "lujan grisham"."""
    while True:
        stripped = _TITLE_RE.sub("", key, count=1)
        if stripped == key or not stripped:
            return key
        key = stripped


def _closest(query: str, choices: Iterable[str], limit: int = 3) -> list[str]:
    from rapidfuzz import fuzz, process

    names = list(dict.fromkeys(choices))
    found = process.extract(query, names, scorer=fuzz.WRatio, processor=norm, limit=limit)
    return [name for name, _score, _i in found]


def _hint(query: str, choices: list[str], what: str) -> str:
    if not choices:
        return f"no {what} are stored yet; ingest some articles first"
    return "closest: " + ", ".join(_closest(query, choices))


def find_official(db: Database, name: str) -> dict[str, Any]:
    """The one official ``name`` refers to: full name, alias, surname, or any of these after a title."""
    with db.session() as s:
        officials = {oid: (n, party) for oid, n, party in s.execute(
            select(m.Official.id, m.Official.name, m.Official.party)).all()}
        aliases = list(s.execute(select(m.OfficialAlias.official_id, m.OfficialAlias.alias)).all())
    pairs = [(oid, n) for oid, (n, _p) in officials.items()] + aliases
    keyed = [(oid, norm(n)) for oid, n in pairs]
    ids = _match_official(norm(name), keyed)
    if ids is None:
        ids = _match_official(strip_titles(norm(name)), keyed)
    all_names = [n for n, _p in officials.values()]
    if not ids:
        raise NotFoundError(f"no official named {name!r}", hint=_hint(name, all_names, "officials"))
    if len(ids) > 1:
        names = sorted(officials[i][0] for i in ids)
        raise NotFoundError(f"{name!r} could be any of {len(ids)} officials",
                            hint="closest: " + ", ".join(names[:5]) + "; give the full name")
    oid = ids.pop()
    return {"id": oid, "name": officials[oid][0], "party": officials[oid][1],
            "aliases": sorted(a for i, a in aliases if i == oid)}


def _match_official(key: str, keyed: list[tuple[int, str]]) -> set[int] | None:
    """Ids matching ``key`` at the first tier that matches anyone: whole name, then trailing words."""
    if not key:
        return None
    exact = {oid for oid, n in keyed if n == key}
    if exact:
        return exact
    tail = {oid for oid, n in keyed if n.endswith(" " + key)}  # surname, or "lujan grisham"
    return tail or None


def find_topic(db: Database, name: str) -> dict[str, Any]:
    """The one topic ``name`` refers to: name or CAP code, any case; a unique prefix or word; else NotFoundError."""
    with db.session() as s:
        topics = [(tid, n, code) for tid, n, code in s.execute(
            select(m.Topic.id, m.Topic.name, m.Topic.cap_code)).all()]
    key = norm(name)
    tiers = (
        lambda n, code: norm(n) == key or (key.isdigit() and code == int(key)),
        lambda n, code: norm(n).startswith(key),
        lambda n, code: f" {key} " in f" {norm(n)} ",
    )
    for test in tiers:
        hits = [t for t in topics if key and test(t[1], t[2])]
        if len(hits) == 1:
            tid, n, code = hits[0]
            return {"id": tid, "name": n, "cap_code": code}
        if len(hits) > 1:
            raise NotFoundError(f"{name!r} could be any of {len(hits)} topics",
                                hint="closest: " + ", ".join(sorted(h[1] for h in hits)))
    raise NotFoundError(f"no topic named {name!r}", hint=_hint(name, [t[1] for t in topics], "topics"))
