"""Hand-built articles and extraction documents, so storage tests do not depend on the extractor.

The articles are invented; spans are computed from the text, never typed in.
"""

from __future__ import annotations

from decimal import Decimal

from tracker.extract.document import Bill, Document, Funding, Official, Position, Statement


def span(text: str, piece: str, after: int = 0) -> tuple[int, int]:
    start = text.index(piece, after)
    return start, start + len(piece)


def article(governor: str = "Maria Ortega", senator: str = "Tom Reyes", bill: str = "House Bill 12",
            amount: str = "$25 million", day: str = "2023-02-01", extra: str = "") -> str:
    surname = governor.split()[-1]
    sen_surname = senator.split()[-1]
    return (
        f"Governor pushes pay plan for teachers\n\n"
        f"SANTA FE ({day}) — Gov. {governor} said Tuesday that the state must pay teachers more.\n\n"
        f"\"Every child deserves a teacher who is paid fairly,\" {surname} said.\n\n"
        f"{surname} asked lawmakers for {amount} for teacher raises. {bill} would raise pay, "
        f"and Sen. {senator}, a Republican, opposes it.\n\n"
        f"{sen_surname} said the plan costs too much and would raise taxes.{extra}\n"
    )


def document(text: str, governor: str = "Maria Ortega", senator: str = "Tom Reyes", identifier: str | None = "HB 12",
             bill: str = "House Bill 12", amount: Decimal = Decimal(25_000_000), amount_text: str = "$25 million",
             day: str | None = "2023-02-01", quote_topics: tuple[str, ...] = ("Education", "Labor")) -> Document:
    surname = governor.split()[-1]
    sen_surname = senator.split()[-1]
    quote = "Every child deserves a teacher who is paid fairly,"
    qs, qe = span(text, quote)
    indirect = "the plan costs too much and would raise taxes"
    is_, ie = span(text, indirect)
    bs, be = span(text, bill)
    ps, pe = span(text, f"Sen. {senator}, a Republican, opposes it")
    fs, fe = span(text, amount_text)
    gs, ge = span(text, governor)
    return Document(
        id=None, title="Governor pushes pay plan for teachers", published=day,
        officials=[
            Official(name=governor, office="Governor", jurisdiction="New Mexico", party="Democratic",
                     aliases=[surname], start=gs, end=ge),
            Official(name=senator, office="State Senator", jurisdiction="New Mexico", party="Republican"),
        ],
        statements=[
            Statement(speaker=governor, speaker_text=surname, kind="direct_quote", text=quote, start=qs, end=qe,
                      topics=list(quote_topics), cue="quote-said"),
            Statement(speaker=senator, speaker_text=sen_surname, kind="indirect", text=indirect, start=is_, end=ie,
                      topics=["Macroeconomics"], cue="said-that"),
        ],
        bills=[Bill(identifier=identifier, title="teacher pay raise", session="2023", status="proposed",
                    evidence=bill, start=bs, end=be, jurisdiction="New Mexico",
                    positions=[Position(official=governor, stance="supports"),
                               Position(official=senator, stance="opposes", start=ps, end=pe)])],
        funding=[Funding(amount=amount, currency="USD", period="one_time", kind="request",
                         purpose="teacher raises", official=governor, evidence=amount_text, start=fs, end=fe)],
    )


def pair(governor: str = "Maria Ortega", senator: str = "Tom Reyes", bill: str = "House Bill 12",
         identifier: str | None = "HB 12", day: str = "2023-02-01", extra: str = "") -> tuple[str, Document]:
    """An article and its document, with the same names in both."""
    text = article(governor=governor, senator=senator, bill=bill, day=day, extra=extra)
    return text, document(text, governor=governor, senator=senator, identifier=identifier, bill=bill, day=day)
