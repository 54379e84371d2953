"""Ingest as one library call: read sources, extract each article, store it in its own transaction.

Extraction is CPU-bound and pure, so with ``jobs > 1`` it runs in worker processes while this
process does all the writing; the database only ever sees one writer per ``tracker ingest``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tracker.extract.document import Document
    from tracker.sources import SourceArticle, SourceFailure
    from tracker.store.db import Database


@dataclass(frozen=True)
class ArticleMeta:
    """What the user said about a single article on the command line; it wins over the source."""

    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: date | None = None


@dataclass(frozen=True)
class _AlreadyStored:
    """An article whose exact text is in the database already: nothing to extract or store."""

    article_id: int


Outcome = tuple["SourceArticle | SourceFailure", "Document | BaseException | _AlreadyStored | None"]


@dataclass
class IngestSummary:
    ingested: int = 0
    duplicates: int = 0
    updated: int = 0  # edited versions of stored articles, which replaced them
    failures: list[tuple[str, str]] = field(default_factory=list)  # (origin, reason)

    @property
    def failed(self) -> int:
        return len(self.failures)


def _extract(article: SourceArticle) -> Document:
    from tracker.extract import extract

    published = article.published.isoformat() if article.published else None
    return extract(article.text, doc_id=article.origin, title=article.title, published=published)


def _extracted(items: Iterator[SourceArticle | SourceFailure], jobs: int,
               stored: Callable[[str], int | None] = lambda text: None) -> Iterator[Outcome]:
    """Pair each source with its document (or the error extraction raised), in input order.

    ``stored(text)`` gives the id of an article already stored with that text; those are not extracted.
    """
    from tracker.sources import SourceFailure

    def known(item: SourceArticle | SourceFailure) -> _AlreadyStored | None:
        if isinstance(item, SourceFailure):
            return None
        found = stored(item.text)
        return None if found is None else _AlreadyStored(found)

    if jobs <= 1:
        for item in items:
            if isinstance(item, SourceFailure):
                yield item, None
                continue
            if (done := known(item)) is not None:
                yield item, done
                continue
            try:
                yield item, _extract(item)
            except Exception as e:  # an extractor bug must not sink the batch; it is reported, not hidden
                yield item, e
        return
    # Bounded look-ahead keeps memory flat however long the input is.
    window = jobs * 8
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: list[tuple[SourceArticle | SourceFailure, Future[Document] | _AlreadyStored | None]] = []
        for item in items:
            done = known(item)
            fut = done if done is not None or isinstance(item, SourceFailure) else pool.submit(_extract, item)
            pending.append((item, fut))
            if len(pending) >= window:
                yield _settle(*pending.pop(0))
        for p in pending:
            yield _settle(*p)


def _settle(item: SourceArticle | SourceFailure, fut: Future[Document] | _AlreadyStored | None) -> Outcome:
    if fut is None or isinstance(fut, _AlreadyStored):
        return item, fut
    try:
        return item, fut.result()
    except Exception as e:
        return item, e


def ingest(db: Database, paths: Sequence[str], *, meta: ArticleMeta | None = None, jobs: int = 1,
           max_bytes: int | None = None, on_item: Callable[[str, str, str | None], None] | None = None,
           summary: IngestSummary | None = None, link: bool = True) -> IngestSummary:
    """Ingest every article under ``paths``, each in its own transaction.

    ``on_item(origin, outcome, reason)`` is called after each item as it happens: outcome is
    "ingested", "duplicate", "updated" (an edited version replaced a stored article) or
    "failed", and reason says why for a failure. ``summary``, when given,
    is filled in as the batch goes, so a caller interrupted mid-batch still knows what was done.
    ``meta`` (title, url, outlet, published) overrides what the source says; the CLI allows it only
    for a single article. ``link`` False skips near-duplicate detection (the benchmark's reference).
    """
    from sqlalchemy.exc import OperationalError

    from tracker.errors import StorageError
    from tracker.sources import iter_articles
    from tracker.store.ingest import stored_lookup

    kwargs = {} if max_bytes is None else {"max_bytes": max_bytes}
    summary = summary if summary is not None else IngestSummary()
    jobs = max(1, min(jobs, os.cpu_count() or 1)) if jobs else 1
    from tracker.sources import SourceFailure
    from tracker.store.roster import linker

    to_roster = linker(db)
    origin = None
    try:
        for item, doc in _extracted(iter_articles(list(paths), **kwargs), jobs, stored_lookup(db)):
            origin = item.origin
            if (to_roster is not None and doc is not None and not isinstance(doc, BaseException | _AlreadyStored)
                    and not isinstance(item, SourceFailure)):
                if meta is not None and meta.published is not None:  # roles are as of the date the user gave
                    doc = replace(doc, published=meta.published.isoformat())
                doc = _linked(to_roster, doc, item.text)
            outcome, reason = _store(db, item, doc, meta or ArticleMeta(), link=link)
            if reason is not None:
                summary.failures.append((item.origin, reason))
            elif outcome == "duplicate":
                summary.duplicates += 1
            elif outcome == "updated":
                summary.updated += 1
            else:
                summary.ingested += 1
            if on_item:
                on_item(item.origin, outcome, reason)
    except OperationalError as e:
        # The database itself failed (locked by another program past the busy timeout, disk full, I/O
        # error, connection lost): every later article would fail the same way, slowly, so stop here.
        during = f" while storing {origin}" if origin else ""
        raise StorageError(f"{db.where}: {_one_line(e.orig or e)}{during}; {summary.ingested} article(s) "
                           "were stored before it, each complete",
                           "fix that (disk space, permissions, another program holding the database), then run "
                           "the same command again: stored articles are skipped") from e
    return summary


def _linked(link: Callable[[Document, str, int | None], Document], doc: Document,
            text: str) -> Document | BaseException:
    """The document linked to the roster; a linking bug fails this article, not the batch."""
    try:
        return link(doc, text, None)
    except Exception as e:
        return e


def _store(db: Database, item: SourceArticle | SourceFailure, doc: Document | BaseException | _AlreadyStored | None,
           meta: ArticleMeta, *, link: bool = True) -> tuple[str, str | None]:
    """Store one item: ("ingested", "updated" or "duplicate", None), or ("failed", why)."""
    from sqlalchemy.exc import OperationalError

    from tracker.sources import SourceFailure
    from tracker.store.ingest import store_article

    if isinstance(item, SourceFailure):
        return "failed", item.reason
    if isinstance(doc, _AlreadyStored):
        return "duplicate", None
    if isinstance(doc, BaseException) or doc is None:
        return "failed", f"extraction failed: {type(doc).__name__}: {_one_line(doc)}"
    try:
        result = store_article(
            db, text=item.text, title=meta.title or item.title or doc.title, url=meta.url or item.url,
            outlet=meta.outlet or item.outlet, published=meta.published or item.published,
            source=item.origin, doc=doc, link=link)
    except OperationalError:
        raise  # the database, not this article: ingest() stops the batch
    except Exception as e:  # one article's failure is reported and the batch goes on
        return "failed", f"could not store: {type(e).__name__}: {_one_line(getattr(e, 'orig', None) or e)}"
    return result.status, None


def _one_line(e: object) -> str:
    """An exception's message on one line (SQLAlchemy's end with a second "Background on this error" line)."""
    return " ".join(str(e).split())
