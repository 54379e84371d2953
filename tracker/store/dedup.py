"""Counting each thing once across articles: near-duplicate articles, and statements repeated by several.

Near-duplicate articles (a reprint under a new headline, a wire story in two outlets, a trimmed
last paragraph) are found by MinHash over word 5-shingles with an LSH band index kept in the
database (``article_signatures``, ``article_bands``). The signature is one-permutation hashing:
each shingle is hashed once (CRC-32, then a 64-bit mixer) and falls into one of 64 bins, each bin
keeping its smallest value, so signing an article costs one hash per word rather than 64; empty
bins of a short article are filled by rotation densification. 21 bands
of 3 bins make articles sharing about half their shingles candidates with probability 0.94 and
unrelated news (Jaccard 0.05) with probability 0.003; candidates are then checked by the
estimated Jaccard of the whole signature. A later article links to the earliest one of its story
(``articles.duplicate_of``).

A statement is another source of an earlier one (``statements.same_as``) when the same speaker
said near-identical words within ``SAME_QUOTE_DAYS`` days: the same lower-cased words (found for
any speaker and date by the ``text_key`` index), or a fuzzy match among the speaker's most recently
stored statements and the statements of the article this one duplicates. In a near-duplicate
article, a stance on the same bill and a figure with the same amount are repeats too. Only rows
with ``same_as`` NULL are counted; the others are listed as their sources.
"""

from __future__ import annotations

import hashlib
import re
import struct
import zlib
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from tracker.store import models as m

SHINGLE = 5
BINS = 64
ROWS = 3
BANDS = 21
LINK_AT = 0.5  # estimated Jaccard of word 5-shingles from which two articles tell one story
SAME_QUOTE_DAYS = 30
RECENT_CANDIDATES = 200  # of a speaker's statements, the most recently stored compared fuzzily
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
    crc = zlib.crc32
    for i in range(len(ws) - SHINGLE + 1):
        h = _mix(crc(" ".join(ws[i:i + SHINGLE]).encode()))
        b, v = h >> 58, h & 0xFFFFFFFF
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


def text_key(text: str) -> str:
    """The same quote, whatever its punctuation, case or curly quotes: 16 hex digits of its words."""
    return hashlib.blake2b(" ".join(words(text)).encode(), digest_size=8).hexdigest()


# ---------------------------------------------------------------------------- articles

_BANDS_T = m.metadata.tables["article_bands"]
_SIGS_T = m.metadata.tables["article_signatures"]
A, S = m.Article, m.Statement


def link_article(conn: Connection, article_id: int, text: str) -> tuple[int, float] | None:
    """Sign the article, index it, and link it to the earliest stored article of its story, if any.

    Returns ``(duplicate_of, similarity)`` or None. Only articles stored before it (smaller ids)
    are candidates, so two articles never point at each other.
    """
    conn.execute(delete(_BANDS_T).where(_BANDS_T.c.article_id == article_id))
    conn.execute(delete(_SIGS_T).where(_SIGS_T.c.article_id == article_id))
    sig = signature(text)
    found: tuple[int, float] | None = None
    if sig is not None:
        keys = band_keys(sig)
        if keys:
            candidates = sorted({aid for (aid,) in conn.execute(
                select(_BANDS_T.c.article_id).where(_BANDS_T.c.key.in_(keys), _BANDS_T.c.article_id < article_id))})
            best: list[tuple[float, int]] = []
            if candidates:
                for aid, blob in conn.execute(select(_SIGS_T.c.article_id, _SIGS_T.c.minhash)
                                              .where(_SIGS_T.c.article_id.in_(candidates))):
                    sim = similarity(sig, unpack(blob))
                    if sim >= LINK_AT:
                        best.append((sim, aid))
            if best:
                sim, aid = max(best, key=lambda t: (t[0], -t[1]))
                root = conn.execute(select(A.duplicate_of).where(A.id == aid)).scalar()
                found = (root if root is not None else aid, round(sim, 3))
            conn.execute(insert(_BANDS_T), [{"key": k, "article_id": article_id} for k in dict.fromkeys(keys)])
        conn.execute(insert(_SIGS_T), [{"article_id": article_id, "minhash": pack(sig)}])
    dup, sim_ = found if found is not None else (None, None)
    conn.execute(update(A).where(A.id == article_id).values(duplicate_of=dup, similarity=sim_))
    return found


# ---------------------------------------------------------------------------- statements and other rows

def _norm(text: str) -> str:
    return " ".join(words(text))


def near_identical(a: str, b: str) -> bool:
    """Whether two quotes are one: nearly the same words, or one a trimmed copy of the other, leaning the same way."""
    from rapidfuzz import fuzz

    from tracker.leaning import leaning

    na, nb = _norm(a), _norm(b)
    if not na or not nb or leaning(a) != leaning(b):  # "supports the bill" and "opposes the bill" are two
        return False
    if fuzz.ratio(na, nb) >= FUZZY_RATIO:
        return True
    short, long_ = sorted((na, nb), key=len)
    return len(short) >= 0.6 * len(long_) and len(short) >= 40 and fuzz.partial_ratio(short, long_) >= TRIMMED_RATIO


def _close(d1: date | None, d2: date | None) -> bool:
    return d1 is None or d2 is None or abs((d1 - d2).days) <= SAME_QUOTE_DAYS


def _same_speaker(o1: int | None, o2: int | None, *, in_copy: bool) -> bool:
    # In a copy of the same story an unattributed quote is still that quote; elsewhere a speaker is needed.
    if o1 is not None and o2 is not None:
        return o1 == o2
    return in_copy


def link_statements(conn: Connection, article_id: int, published: date | None, duplicate_of: int | None) -> int:
    """Mark each of the article's statements that repeats an earlier one; returns how many."""
    mine = conn.execute(select(S.id, S.official_id, S.text, S.text_key).where(S.article_id == article_id)
                        .order_by(S.start)).all()
    if not mine:
        return 0
    cands: dict[int, Any] = {}
    cols = (S.id, S.official_id, S.text, S.text_key, S.same_as, S.article_id, A.published)
    keys = [r.text_key for r in mine if r.text_key]
    if keys:
        for r in conn.execute(select(*cols).join(A, A.id == S.article_id)
                              .where(S.text_key.in_(keys), S.article_id != article_id)):
            cands[r.id] = r
    if duplicate_of is not None:
        for r in conn.execute(select(*cols).join(A, A.id == S.article_id).where(S.article_id == duplicate_of)):
            cands[r.id] = r
    for oid in {r.official_id for r in mine if r.official_id is not None}:
        recent = (select(S.id).where(S.official_id == oid, S.article_id != article_id)
                  .order_by(S.article_id.desc()).limit(RECENT_CANDIDATES).scalar_subquery())
        for r in conn.execute(select(*cols).join(A, A.id == S.article_id).where(S.id.in_(recent))):
            cands[r.id] = r
    if not cands:
        return 0
    ordered = sorted(cands.values(), key=lambda r: r.id)
    linked = 0
    for st in mine:
        for c in ordered:
            in_copy = duplicate_of is not None and c.article_id == duplicate_of
            if not _same_speaker(st.official_id, c.official_id, in_copy=in_copy):
                continue
            if not in_copy and not _close(published, c.published):
                continue
            if (st.text_key == c.text_key and st.text_key) or near_identical(st.text, c.text):
                target = c.same_as if c.same_as is not None else c.id
                conn.execute(update(S).where(S.id == st.id).values(same_as=target))
                conn.execute(delete(m.StatementTopic).where(m.StatementTopic.statement_id == st.id))
                linked += 1
                break
    return linked


def link_copies(conn: Connection, article_id: int, duplicate_of: int) -> None:
    """In an article that retells ``duplicate_of``, its stances and figures that repeat that article's."""
    st = m.BillStance
    theirs = {(r.bill_id, r.official_id, r.stance): r.same_as or r.id for r in conn.execute(
        select(st.id, st.bill_id, st.official_id, st.stance, st.same_as).where(st.article_id == duplicate_of)
        .order_by(st.id.desc()))}
    for sid, bill_id, oid, stance in conn.execute(
            select(st.id, st.bill_id, st.official_id, st.stance).where(st.article_id == article_id)).all():
        if (target := theirs.get((bill_id, oid, stance))) is not None:
            conn.execute(update(st).where(st.id == sid).values(same_as=target))
    f = m.Funding
    figures = {(r.amount, r.kind, r.period, r.official_id): r.same_as or r.id for r in conn.execute(
        select(f.id, f.amount, f.kind, f.period, f.official_id, f.same_as).where(f.article_id == duplicate_of)
        .order_by(f.id.desc()))}
    for fid, amount, kind, period, fig_oid in conn.execute(
            select(f.id, f.amount, f.kind, f.period, f.official_id).where(f.article_id == article_id)).all():
        if (target := figures.get((amount, kind, period, fig_oid))) is not None:
            conn.execute(update(f).where(f.id == fid).values(same_as=target))


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

