"""Counting each thing once across articles: near-duplicate articles, and statements repeated by several.

Near-duplicate articles (a reprint under a new headline, a wire story in two outlets, a trimmed
last paragraph) are found by MinHash over word 5-shingles with an LSH band index kept in the
database (``article_signatures``, ``article_bands``). The signature is one-permutation
hashing: each shingle is hashed once (CRC-32 spread over 64 bits by a multiplication) and falls
into one of 64 bins, each bin keeping its smallest value, so signing an article costs one hash
per word rather than 64; empty bins of a short article are filled by rotation densification.
10 bands of 2 bins make articles sharing half their shingles candidates with probability 0.94
and unrelated news (Jaccard 0.05) with probability 0.025; candidates are then checked by the
estimated Jaccard of the whole signature (a few microseconds each). Few, wide bands keep the
index small: every band is a random-key insert into a large B-tree, the costliest part of
linking in a database of 100,000 articles. A later article links to the earliest one of its story
(``articles.duplicate_of``).

A statement is another source of an earlier one (``statements.same_as``) when the same speaker
said near-identical words within ``SAME_QUOTE_DAYS`` days: the same lower-cased words (found by the
``text_key`` index), or a fuzzy match (rapidfuzz) among the statements that share its first eight
words (``head_key``: an outlet that trims a quote mostly cuts its end) and those of the article
this one retells. Candidates come from index lookups only, so the cost per article stays flat as
the database grows. In a near-duplicate article, a stance on the same bill and a figure with the
same amount are repeats too. Only rows with ``same_as`` NULL are counted; the others are listed as
their sources.
"""

from __future__ import annotations

import functools
import hashlib
import re
import struct
import zlib
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import Connection, delete, insert, select, update

from tracker.store import models as m

SHINGLE = 5
BINS = 64
ROWS = 2
BANDS = 10
LINK_AT = 0.5  # estimated Jaccard of word 5-shingles from which two articles tell one story
SAME_QUOTE_DAYS = 30
PER_KEY = 10  # of the statements with the same words (or first words), the newest this many are compared
FUZZY_RATIO = 90  # rapidfuzz ratio (0-100) of two normalised quotes that are one
TRIMMED_RATIO = 95  # partial ratio of a shorter quote inside a longer one (an outlet trimmed it)

_EMPTY = 0xFFFFFFFF
_MASK64 = (1 << 64) - 1
_WORD = re.compile(r"\w+")


def _mix(h: int) -> int:
    """The MurmurHash3 64-bit finaliser: spreads CRC-32's bits over 64, as a random permutation would."""
    h = ((h ^ (h >> 33)) * 0xFF51AFD7ED558CCD) & _MASK64
    h = ((h ^ (h >> 33)) * 0xC4CEB9FE1A85EC53) & _MASK64
    return h ^ (h >> 33)


def words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def signature(text: str) -> list[int] | None:
    """The article's 64 MinHash values; None when it is too short to tell."""
    ws = words(text)
    if len(ws) < SHINGLE + 20:
        return None
    sig = [_EMPTY] * BINS
    crc, join = zlib.crc32, " ".join
    for shingle in zip(*(ws[i:] for i in range(SHINGLE)), strict=False):  # the shorter tails end it
        # One multiplication spreads CRC-32 over 64 bits: the top six pick the bin, the next 32 are the value.
        h = (crc(join(shingle).encode()) * 0x9E3779B97F4A7C15) & _MASK64
        b, v = h >> 58, (h >> 26) & 0xFFFFFFFF
        if v < sig[b]:
            sig[b] = v
    return _densified(sig)


def _densified(sig: list[int]) -> list[int]:
    """Each empty bin borrows the value of the next filled one, shifted by the distance.

    Rotation densification (Shrivastava and Li, 2014): two articles fill an empty bin alike exactly
    when their next filled bins agree, so a short article still has every band to match on.
    """
    if all(v == _EMPTY for v in sig):
        return sig
    out = list(sig)
    for i, v in enumerate(sig):
        if v != _EMPTY:
            continue
        j, d = (i + 1) % BINS, 1
        while sig[j] == _EMPTY:
            j, d = (j + 1) % BINS, d + 1
        out[i] = (sig[j] + d * 0x9E3779B1) % _EMPTY
    return out


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of two signatures' shingle sets (bins empty in both are left out)."""
    used = same = 0
    for x, y in zip(a, b, strict=True):
        if x == _EMPTY and y == _EMPTY:
            continue
        used += 1
        same += x == y
    return same / used if used else 0.0


def band_keys(sig: Sequence[int]) -> list[int]:
    """One signed 63-bit key per band whose bins all hold a value."""
    keys = []
    for band in range(BANDS):
        part = sig[band * ROWS:(band + 1) * ROWS]
        if _EMPTY in part:
            continue
        h = band
        for v in part:
            h = _mix(h * 0x9E3779B97F4A7C15 + v & _MASK64)
        keys.append(h >> 1)
    return keys


def pack(sig: Sequence[int]) -> bytes:
    return struct.pack(f"<{BINS}I", *sig)


def unpack(blob: bytes) -> tuple[int, ...]:
    return struct.unpack(f"<{BINS}I", blob)


HEAD_WORDS = 8


def _key(ws: list[str]) -> str:
    return hashlib.blake2b(" ".join(ws).encode(), digest_size=8).hexdigest()


def quote_keys(text: str) -> dict[str, str | None]:
    """``text_key``: the same quote whatever its punctuation, case or curly quotes (16 hex digits of its
    words); ``head_key``: its first eight words, shared by a copy an outlet trimmed at the end."""
    ws = words(text)
    return {"text_key": _key(ws) if ws else None, "head_key": _key(ws[:HEAD_WORDS]) if len(ws) >= HEAD_WORDS else None}


EDITED_AT = 0.3  # estimated shingle Jaccard from which new text under a stored headline is an edit of it


def same_story(new: str, old: str) -> bool:
    """Whether ``new`` is an edited version of ``old`` rather than another article under the same headline."""
    a, b = signature(new), signature(old)
    if a is not None and b is not None:
        return similarity(a, b) >= EDITED_AT
    from rapidfuzz import fuzz

    return bool(fuzz.ratio(_norm(new), _norm(old), score_cutoff=60))


# ---------------------------------------------------------------------------- articles

A, S = m.Article, m.Statement


class _Cursor:
    """The driver's cursor on the session's connection, for the few queries every ingested article runs.

    SQLAlchemy's per-execution work cost more than these index lookups themselves. Every value put
    into the SQL is an integer or a hex digest this module computed, so the SQL is the same on
    SQLite and PostgreSQL and nothing a user wrote is ever inlined; the one blob goes as a parameter.
    """

    def __init__(self, conn: Connection) -> None:
        self.cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        self.mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"

    def rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        self.cursor.execute(sql, params) if params else self.cursor.execute(sql)
        return list(self.cursor.fetchall()) if self.cursor.description else []

    def many(self, sql: str, params: list[tuple[Any, ...]]) -> None:
        if params:
            self.cursor.executemany(sql, params)

    def close(self) -> None:
        self.cursor.close()


def _ints(values: Iterable[int]) -> str:
    return ",".join(str(int(v)) for v in values)


def link_article(conn: Connection, article_id: int, text: str, *, fresh: bool = True) -> tuple[int, float] | None:
    """Sign the article, index it, and link it to the earliest stored article of its story, if any.

    Returns ``(duplicate_of, similarity)`` or None. Only articles stored before it (smaller ids)
    are candidates, so two articles never point at each other. ``fresh``: a new article, which has
    no signature or link to replace yet.
    """
    aid = int(article_id)
    cur = _Cursor(conn)
    try:
        if not fresh:  # its bands are found from its stored signature (article_bands is keyed by band)
            for (blob,) in cur.rows(f"SELECT minhash FROM article_signatures WHERE article_id = {aid}"):
                old = band_keys(unpack(bytes(blob)))
                if old:
                    cur.rows(f"DELETE FROM article_bands WHERE key IN ({_ints(old)}) AND article_id = {aid}")
            cur.rows(f"DELETE FROM article_signatures WHERE article_id = {aid}")
    finally:
        cur.close()
    sig = signature(text)
    found = earliest_of_story(conn, sig, before=aid)
    index_article(conn, aid, sig)
    if found is not None or not fresh:
        cur = _Cursor(conn)
        try:
            cur.rows(f"UPDATE articles SET duplicate_of = {int(found[0])}, similarity = {found[1]!r} WHERE id = {aid}"
                     if found is not None else
                     f"UPDATE articles SET duplicate_of = NULL, similarity = NULL WHERE id = {aid}")
        finally:
            cur.close()
    return found


def earliest_of_story(conn: Connection, sig: Sequence[int] | None,
                      before: int | None = None) -> tuple[int, float] | None:
    """``(duplicate_of, similarity)``: the earliest stored article of the story whose signature is
    ``sig``, among articles with ids below ``before`` (all stored ones when None); None for none.

    A new article is looked up before its own row is written, so its link goes in with that row
    (an UPDATE of the article row rewrites its whole text).
    """
    if sig is None:
        return None
    cur = _Cursor(conn)
    try:
        keys = list(dict.fromkeys(band_keys(sig)))
        if not keys:
            return None
        # Parameters, not inlined values: the driver reuses the prepared queries article after article.
        marks = ",".join([cur.mark] * len(keys))
        below = f" AND article_id < {cur.mark}" if before is not None else ""
        candidates = [r[0] for r in cur.rows(f"SELECT DISTINCT article_id FROM article_bands WHERE key IN ({marks})"
                                             + below, (*keys, *([int(before)] if before is not None else [])))]
        best: list[tuple[float, int]] = []
        if candidates:
            for other, blob in cur.rows(f"SELECT article_id, minhash FROM article_signatures WHERE article_id IN "
                                        f"({','.join([cur.mark] * len(candidates))})", tuple(candidates)):
                sim = similarity(sig, unpack(bytes(blob)))
                if sim >= LINK_AT:
                    best.append((sim, other))
        if not best:
            return None
        sim, other = max(best, key=lambda t: (t[0], -t[1]))
        root = cur.rows(f"SELECT duplicate_of FROM articles WHERE id = {cur.mark}", (int(other),))[0][0]
        return (root if root is not None else other, round(sim, 3))
    finally:
        cur.close()


def index_article(conn: Connection, article_id: int, sig: Sequence[int] | None) -> None:
    """Store a new article's signature and LSH bands, so later articles can find it."""
    if sig is None:
        return
    aid = int(article_id)
    cur = _Cursor(conn)
    try:
        keys = list(dict.fromkeys(band_keys(sig)))
        if keys:
            cur.rows("INSERT INTO article_bands (key, article_id) VALUES "
                     + ",".join([f"({cur.mark},{cur.mark})"] * len(keys)), tuple(v for k in keys for v in (k, aid)))
        cur.rows(f"INSERT INTO article_signatures (article_id, minhash) VALUES ({cur.mark}, {cur.mark})",
                 (aid, pack(sig)))
    finally:
        cur.close()


# ---------------------------------------------------------------------------- statements and other rows

def _norm(text: str) -> str:
    return " ".join(words(text))


def _fuzzy_match(a: str, b: str) -> bool:
    """``a`` and ``b`` (normalised) are nearly the same words, or one is a trimmed copy of the other."""
    n, m_ = sorted((len(a), len(b)))
    if 200 * n < FUZZY_RATIO * (n + m_) and (n < 0.6 * m_ or n < 40):
        return False  # lengths alone rule out both (a ratio is at most 2 * short / (short + long))
    from rapidfuzz import fuzz

    if fuzz.ratio(a, b, score_cutoff=FUZZY_RATIO):
        return True
    short, long_ = sorted((a, b), key=len)
    return (len(short) >= 0.6 * len(long_) and len(short) >= 40
            and bool(fuzz.partial_ratio(short, long_, score_cutoff=TRIMMED_RATIO)))


def near_identical(a: str, b: str) -> bool:
    """Whether two quotes are one: nearly the same words, or one a trimmed copy of the other, leaning the same way."""
    from tracker.leaning import leaning

    na, nb = _norm(a), _norm(b)
    # "supports the bill" and "opposes the bill" are two statements, however alike.
    return bool(na and nb) and _fuzzy_match(na, nb) and leaning(a) == leaning(b)


def _close(d1: date | None, d2: date | None) -> bool:
    return d1 is None or d2 is None or abs((d1 - d2).days) <= SAME_QUOTE_DAYS


_CANDIDATE_SQL = ("SELECT s.id, s.official_id, s.text, s.text_key, s.same_as, s.article_id, a.published "
                  "FROM statements s JOIN articles a ON a.id = s.article_id WHERE ")


_KEYS_STEP = 4  # key lists are padded to a multiple of this, so a few query texts serve every article


def _padded(n: int) -> int:
    return -(-n // _KEYS_STEP) * _KEYS_STEP


def _pad(keys: list[str]) -> list[str | None]:
    return [*keys, *[None] * (_padded(len(keys)) - len(keys))]  # NULL matches no key


@functools.lru_cache(maxsize=64)
def _by_keys(mark: str, texts: int, heads: int) -> str:
    """The candidates of ``texts`` text keys and ``heads`` head keys: the newest ``PER_KEY`` rows of each
    key, each from its index (a slogan said in ten thousand articles costs what a quote said once
    does), from other articles. The keys are parameters: the driver reuses the prepared query."""
    per_key = [f"SELECT id FROM (SELECT id FROM statements WHERE {col} = {mark} ORDER BY id DESC "
               f"LIMIT {PER_KEY}) AS k{n}"
               for n, col in enumerate(["text_key"] * texts + ["head_key"] * heads)]
    return _CANDIDATE_SQL + f"s.id IN ({' UNION ALL '.join(per_key)}) AND s.article_id <> {mark}"


class _Row(NamedTuple):
    id: int
    official_id: int | None
    text: str
    text_key: str | None
    same_as: int | None
    article_id: int
    published: date | None


def _row(r: tuple[Any, ...]) -> _Row:
    published = r[6]
    if isinstance(published, str):  # SQLite's driver gives the stored text
        published = date.fromisoformat(published[:10])
    return _Row(r[0], r[1], r[2], r[3], r[4], r[5], published)


def _candidates(cur: _Cursor, article_id: int, published: date | None, mine: Sequence[tuple[Any, ...]],
                duplicate_of: int | None) -> list[_Row]:
    """Earlier counted statements the article's ones may repeat: those with the same words or the same
    first eight words (index lookups, whatever the database's size), and those of the article it retells.

    Dates are not asked for here: ``repeats`` checks them (a quote in the retold article has no limit).
    """
    found: dict[int, _Row] = {}
    pairs = list(dict.fromkeys([*(("text_key", r[3]) for r in mine if r[3]),
                                *(("head_key", r[4]) for r in mine if r[4])]))
    if pairs:
        texts = [k for col, k in pairs if col == "text_key"]
        heads = [k for col, k in pairs if col == "head_key"]
        for r in cur.rows(_by_keys(cur.mark, _padded(len(texts)), _padded(len(heads))),
                          (*_pad(texts), *_pad(heads), int(article_id))):
            found[r[0]] = _row(r)
    if duplicate_of is not None:
        for r in cur.rows(_CANDIDATE_SQL + f"s.article_id = {cur.mark}", (int(duplicate_of),)):
            found[r[0]] = _row(r)
    return sorted(found.values(), key=lambda r: r.id)


def link_statements(conn: Connection, article_id: int, published: date | None, duplicate_of: int | None) -> int:
    """Mark each of the article's stored statements that repeats an earlier one; returns how many."""
    cur = _Cursor(conn)
    try:
        mine = cur.rows(f"SELECT id, official_id, text, text_key, head_key FROM statements "
                        f"WHERE article_id = {int(article_id)} ORDER BY start")
    finally:
        cur.close()
    links = repeats(conn, article_id, published, duplicate_of, mine)
    if links:
        cur = _Cursor(conn)
        try:
            cur.many(f"UPDATE statements SET same_as = {cur.mark} WHERE id = {cur.mark}",
                     [(target, sid) for sid, target in links.items()])
            # A repeat's topics are those of the statement it repeats.
            cur.rows(f"DELETE FROM statement_topics WHERE statement_id IN ({_ints(links)})")
        finally:
            cur.close()
    return len(links)


def repeats(conn: Connection, article_id: int, published: date | None, duplicate_of: int | None,
            mine: Sequence[tuple[Any, int | None, str, str | None, str | None]]) -> dict[Any, int]:
    """Which of an article's statements repeat an earlier one: ``{its key: the statement it repeats}``.

    ``mine``: ``(key, official_id, text, text_key, head_key)`` per statement in reading order, the key
    being its id, or for statements not written yet anything that tells them apart (a new article's
    statements are matched before they are written, so each goes in with its link, and no UPDATE
    runs the full-text index's trigger). The same speaker (or, in a retold article, an unattributed
    quote), near-identical words, and dates at most ``SAME_QUOTE_DAYS`` apart (no limit within a
    retold article).
    """
    from tracker.leaning import leaning

    if not mine:
        return {}
    cur = _Cursor(conn)
    try:
        cands = _candidates(cur, article_id, published, mine, duplicate_of)
    finally:
        cur.close()
    if not cands:
        return {}
    by_speaker: dict[int | None, list[_Row]] = {}
    for c in cands:
        by_speaker.setdefault(c.official_id, []).append(c)
    copied = [c for c in cands if duplicate_of is not None and c.article_id == duplicate_of]
    norm: dict[int, str] = {}
    links: dict[Any, int] = {}
    for sid, official_id, text, key, _head in mine:
        own = _norm(text)
        if not own:
            continue
        # The same speaker; in a retold article, also a quote either copy leaves unattributed.
        pool = by_speaker.get(official_id, []) if official_id is not None else []
        if copied:
            pool = sorted({c.id: c for c in (*pool, *(c for c in copied if official_id is None
                                                      or c.official_id is None))}.values(), key=lambda c: c.id)
        for c in pool:
            in_copy = duplicate_of is not None and c.article_id == duplicate_of
            if not in_copy and not _close(published, c.published):
                continue
            if key is None or key != c.text_key:
                if c.id not in norm:
                    norm[c.id] = _norm(c.text)
                if not (_fuzzy_match(own, norm[c.id]) and leaning(text) == leaning(c.text)):
                    continue
            links[sid] = c.same_as if c.same_as is not None else c.id
            break
    return links


def link_copies(conn: Connection, article_id: int, duplicate_of: int) -> None:
    """In an article that retells ``duplicate_of``, its stances and figures that repeat that article's."""
    aid, dup = int(article_id), int(duplicate_of)
    cur = _Cursor(conn)
    try:
        for table, what in (("bill_stances", "bill_id, official_id, stance"),
                            ("funding", "amount, kind, period, official_id")):
            # Newest first, so the first row of each kind in the earlier article wins.
            theirs = {tuple(r[2:]): r[1] if r[1] is not None else r[0] for r in cur.rows(
                f"SELECT id, same_as, {what} FROM {table} WHERE article_id = {cur.mark} ORDER BY id DESC", (dup,))}
            if not theirs:
                continue
            links = [(target, r[0]) for r in cur.rows(f"SELECT id, {what} FROM {table} WHERE article_id = {cur.mark}",
                                                      (aid,))
                     if (target := theirs.get(tuple(r[1:]))) is not None]
            cur.many(f"UPDATE {table} SET same_as = {cur.mark} WHERE id = {cur.mark}", links)
    finally:
        cur.close()


def release(conn: Connection, model: type[m.Statement] | type[m.BillStance] | type[m.Funding],
            ids: Iterable[int]) -> None:
    """Before rows ``ids`` are deleted: each one's earliest repeat becomes the counted row instead.

    A promoted statement takes over the topics of the one it repeated (repeats have none of their own).
    """
    ids = list(ids)
    if not ids:
        return
    repeats: dict[int, list[int]] = {}
    for rid, target in conn.execute(select(model.id, model.same_as).where(model.same_as.in_(ids))
                                    .order_by(model.id)):
        if target is not None:
            repeats.setdefault(target, []).append(rid)
    for old, rows in repeats.items():
        new, rest = rows[0], rows[1:]
        conn.execute(update(model).where(model.id == new).values(same_as=None))
        if rest:
            conn.execute(update(model).where(model.id.in_(rest)).values(same_as=new))
        if model is m.Statement:
            _move_topics(conn, old, new)


def _move_topics(conn: Connection, old: int, new: int) -> None:
    tt = m.StatementTopic
    row = conn.execute(select(S.official_id, S.article_id, A.published).join(A, A.id == S.article_id)
                       .where(S.id == new)).one()
    topics = conn.execute(select(tt.topic_id, tt.rank).where(tt.statement_id == old)).all()
    conn.execute(delete(tt).where(tt.statement_id == new))
    if topics:
        conn.execute(insert(tt), [{"statement_id": new, "topic_id": t, "rank": rank, "official_id": row.official_id,
                                   "article_id": row.article_id, "published": row.published} for t, rank in topics])


def release_article(conn: Connection, article_id: int) -> None:
    """Before an article's extracted rows are deleted: repeats of them in other articles take their place."""
    for model in (m.Statement, m.BillStance, m.Funding):
        mine = select(model.id).where(model.article_id == article_id)
        release(conn, model, [i for (i,) in conn.execute(
            select(model.same_as).distinct().where(model.same_as.in_(mine))) if i is not None])

