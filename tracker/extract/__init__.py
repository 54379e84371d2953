"""Pure extraction: article text in, ``Document`` out. No database, no CLI, no I/O.

The pipeline runs one module per concern over the same text, so every span any of them reports
is an offset into exactly the string passed to ``extract``.
"""

from __future__ import annotations

from tracker.extract.document import Bill, Document, Funding, Official, Position, Statement

__all__ = ["Bill", "Document", "Funding", "Official", "Position", "Statement", "extract"]


def extract(text: str, *, doc_id: str | None = None, title: str | None = None,
            published: str | None = None) -> Document:
    """Extract officials, statements, bills and funding figures from one article's text.

    ``title`` and ``published`` given by the caller (HTML metadata, JSONL fields) win over what
    the text itself suggests.
    """
    from tracker.extract import bills, dates, money, people, quotes, topics

    published = published or dates.find_published(text)
    cast = people.find_cast(text, published)
    statements = quotes.find_statements(text, cast)
    found_bills = bills.find_bills(text, cast, statements)
    for b in found_bills:  # a bill's subject is in its title; the article's mix breaks ties
        b.topics = topics.classify(b.title or b.evidence, context=text)
    return Document(
        id=doc_id,
        title=title if title is not None else dates.headline(text),
        published=published,
        officials=cast.officials,
        statements=statements,
        bills=found_bills,
        funding=money.find_funding(text, cast, statements),
    )
