"""Ingest as one library call: read sources, extract each article, store it in its own transaction.

Extraction is CPU-bound and pure, so with ``jobs > 1`` it runs in worker processes while this
process does all the writing; the database only ever sees one writer per ``tracker ingest``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
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


Outcome = tuple["SourceArticle | SourceFailure", "Document | BaseException | None"]


@dataclass
class IngestSummary:
    ingested: int = 0
    duplicates: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (origin, reason)

    @property
    def failed(self) -> int:
        return len(self.failures)


def _extract(article: SourceArticle) -> Document:
    from tracker.extract import extract

    published = article.published.isoformat() if article.published else None
    return extract(article.text, doc_id=article.origin, title=article.title, published=published)


def _extracted(items: Iterator[SourceArticle | SourceFailure], jobs: int) -> Iterator[Outcome]:
    """Pair each source with its document (or the error extraction raised), in input order."""
    from tracker.sources import SourceFailure

    if jobs <= 1:
        for item in items:
            if isinstance(item, SourceFailure):
                yield item, None
                continue
            try:
                yield item, _extract(item)
            except Exception as e:  # an extractor bug must not sink the batch; it is reported, not hidden
                yield item, e
        return
    # Bounded look-ahead keeps memory flat however long the input is.
    window = jobs * 8
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: list[tuple[SourceArticle | SourceFailure, Future[Document] | None]] = []
        for item in items:
            fut = None if isinstance(item, SourceFailure) else pool.submit(_extract, item)
            pending.append((item, fut))
            if len(pending) >= window:
                yield _settle(*pending.pop(0))
        for p in pending:
            yield _settle(*p)


def _settle(item: SourceArticle | SourceFailure, fut: Future[Document] | None) -> Outcome:
    if fut is None:
        return item, None
    try:
        return item, fut.result()
    except Exception as e:
        return item, e


def ingest(db: Database, paths: Sequence[str], *, meta: ArticleMeta | None = None, jobs: int = 1,
           max_bytes: int | None = None, on_item: Callable[[str, str], None] | None = None) -> IngestSummary:
    """Ingest every article under ``paths``; ``on_item(origin, outcome)`` is called after each one.

    ``meta`` (title, url, outlet, published) overrides what the source says; the CLI allows it only
    for a single article.
    """
    from tracker.sources import SourceFailure, iter_articles
    from tracker.store.ingest import store_article

    kwargs = {} if max_bytes is None else {"max_bytes": max_bytes}
    summary = IngestSummary()
    jobs = max(1, min(jobs, os.cpu_count() or 1)) if jobs else 1
    for item, doc in _extracted(iter_articles(list(paths), **kwargs), jobs):
        if isinstance(item, SourceFailure):
            summary.failures.append((item.origin, item.reason))
            outcome = "failed"
        elif isinstance(doc, BaseException) or doc is None:
            summary.failures.append((item.origin, f"extraction failed: {type(doc).__name__}: {doc}"))
            outcome = "failed"
        else:
            m = meta or ArticleMeta()
            try:
                result = store_article(
                    db, text=item.text, title=m.title or item.title or doc.title, url=m.url or item.url,
                    outlet=m.outlet or item.outlet, published=m.published or item.published,
                    source=item.origin, doc=doc)
            except Exception as e:  # one article's failure is reported and the batch goes on
                summary.failures.append((item.origin, f"could not store: {type(e).__name__}: {e}"))
                outcome = "failed"
            else:
                outcome = result.status
                if outcome == "duplicate":
                    summary.duplicates += 1
                else:
                    summary.ingested += 1
        if on_item:
            on_item(item.origin, outcome)
    return summary
