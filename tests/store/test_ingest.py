"""Writing articles: one transaction each, duplicates skipped, spans always evidence."""

from __future__ import annotations

import multiprocessing
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from tests.store.factory import pair, span
from tracker.errors import BadInputError
from tracker.extract.document import Document, Statement
from tracker.store import models as m
from tracker.store.db import Database, open_db
from tracker.store.ingest import bill_identity, normalise_identifier, reextract, store_article

EXTRACTED = (m.Statement, m.StatementTopic, m.BillMention, m.BillStance, m.Funding, m.OfficialOffice,
             m.OfficialMention)


def counts(db: Database) -> dict[str, int]:
    with db.session() as s:
        return {t.name: s.scalar(select(func.count()).select_from(t)) or 0 for t in m.metadata.sorted_tables}


def assert_spans_are_evidence(db: Database) -> int:
    """Every stored span is inside its article, and a statement's text is exactly its span."""
    checked = 0
    with db.session() as s:
        texts = dict(s.execute(select(m.Article.id, m.Article.text)).all())
        for model in (m.Statement, m.BillMention, m.BillStance, m.Funding):
            for row in s.scalars(select(model)):
                text = texts[row.article_id]
                assert 0 <= row.start < row.end <= len(text)
                if isinstance(row, m.Statement):
                    assert row.text == text[row.start:row.end]
                checked += 1
    return checked


def test_storing_an_article_writes_every_kind_of_row(db: Database) -> None:
    text, doc = pair()
    result = store_article(db, text=text, title=None, url="https://example.com/a", outlet="Example",
                           published=None, source="a.txt", doc=doc)
    assert result.status == "ingested"
    c = counts(db)
    assert c["articles"] == 1 and c["statements"] == 2 and c["statement_topics"] == 3
    assert c["officials"] == 2 and c["official_offices"] == 2 and c["official_mentions"] == 2
    assert c["bills"] == 1 and c["bill_mentions"] == 1 and c["bill_stances"] == 2 and c["funding"] == 1
    assert assert_spans_are_evidence(db) == 6
    with db.session() as s:
        article = s.get(m.Article, result.article_id)
        assert article is not None
        assert article.published == date(2023, 2, 1)  # from the document, as no date was given
        assert article.title == "Governor pushes pay plan for teachers"
        funding = s.scalars(select(m.Funding)).one()
        assert funding.amount == Decimal("25000000.00")
        assert text[funding.start:funding.end] == "$25 million"
        aliases = list(s.scalars(select(m.OfficialAlias.alias)))
    assert aliases == ["Ortega"]


def test_reingesting_the_same_article_is_a_noop(db: Database) -> None:
    text, doc = pair()
    first = store_article(db, text=text, doc=doc)
    before = counts(db)
    again = store_article(db, text=text, doc=doc)
    assert again.status == "duplicate" and again.article_id == first.article_id
    assert counts(db) == before


def test_a_failing_article_leaves_nothing_behind_and_others_still_store(db: Database) -> None:
    text, doc = pair()
    bad_funding = [replace(doc.funding[0], start=len(text) - 3, end=len(text) + 10)]
    bad = replace(doc, funding=bad_funding)  # statements and bills are written before this fails
    before = counts(db)
    with pytest.raises(BadInputError, match="funding figure 1"):
        store_article(db, text=text, doc=bad)
    assert counts(db) == before
    assert store_article(db, text=text, doc=doc).status == "ingested"
    other_text, other_doc = pair(governor="Ana Diaz", day="2023-03-01")
    assert store_article(db, text=other_text, doc=other_doc).status == "ingested"
    assert counts(db)["articles"] == 2


def test_a_statement_whose_text_is_not_its_span_is_refused(db: Database) -> None:
    text, doc = pair()
    st = doc.statements[0]
    wrong = replace(doc, statements=[replace(st, start=st.start + 1, end=st.end + 1)])
    with pytest.raises(BadInputError, match="statement 1"):
        store_article(db, text=text, doc=wrong)
    assert counts(db)["articles"] == 0


def test_a_value_outside_the_choices_is_refused(db: Database) -> None:
    text, doc = pair()
    wrong = replace(doc, statements=[replace(doc.statements[0], kind="rumour")])
    with pytest.raises(BadInputError, match="rumour"):
        store_article(db, text=text, doc=wrong)


def test_a_speaker_the_tool_could_not_name_is_stored_unlinked(db: Database) -> None:
    text, doc = pair()
    anon = replace(doc.statements[1], speaker=None, speaker_text="a spokesman")
    store_article(db, text=text, doc=replace(doc, statements=[anon]))
    with db.session() as s:
        row = s.scalars(select(m.Statement)).one()
    assert row.official_id is None and row.speaker_text == "a spokesman"


def test_a_numbered_bill_is_one_bill_across_articles(db: Database) -> None:
    t1, d1 = pair(day="2023-02-01")
    t2, d2 = pair(day="2023-03-01", bill="H.B. 12", identifier="hb12")
    d2.bills[0].status = "passed"
    store_article(db, text=t1, doc=d1)
    store_article(db, text=t2, doc=d2)
    with db.session() as s:
        bills = list(s.scalars(select(m.Bill)))
        assert len(bills) == 1
        assert bills[0].identifier == "HB 12" and bills[0].status == "passed"
        assert s.scalar(select(func.count()).select_from(m.BillMention)) == 2


def test_an_older_article_does_not_overwrite_a_newer_bill_status(db: Database) -> None:
    t1, d1 = pair(day="2023-03-01")
    d1.bills[0].status = "signed"
    t2, d2 = pair(day="2023-01-01", extra=" Earlier.")
    store_article(db, text=t1, doc=d1)
    store_article(db, text=t2, doc=d2)
    with db.session() as s:
        assert s.scalars(select(m.Bill.status)).one() == "signed"


def test_unnumbered_bills_are_per_article(db: Database) -> None:
    t1, d1 = pair(identifier=None)
    t2, d2 = pair(identifier=None, day="2023-03-01")
    store_article(db, text=t1, doc=d1)
    store_article(db, text=t2, doc=d2)
    assert counts(db)["bills"] == 2


def test_bill_numbers_are_normalised() -> None:
    assert normalise_identifier("H.B. 3") == normalise_identifier("hb3") == normalise_identifier("HB  3") == "HB 3"
    assert normalise_identifier("H.R. 1") == "HR 1"
    assert bill_identity("SB 8", "Texas", "2021") != bill_identity("SB 8", "New Mexico", "2021")
    assert bill_identity(None, "Texas", "2021") is None


def test_officials_are_shared_across_articles(db: Database) -> None:
    t1, d1 = pair()
    t2, d2 = pair(day="2024-05-05", extra=" More.")
    store_article(db, text=t1, doc=d1)
    store_article(db, text=t2, doc=d2)
    c = counts(db)
    assert c["officials"] == 2 and c["official_mentions"] == 4 and c["official_offices"] == 4


def test_reextract_replaces_the_rows_of_every_article(db: Database) -> None:
    t1, d1 = pair()
    t2, d2 = pair(governor="Ana Diaz", senator="Lee Park", day="2023-03-01", identifier="SB 5", bill="Senate Bill 5")
    store_article(db, text=t1, doc=d1)
    store_article(db, text=t2, doc=d2)
    calls: list[dict[str, Any]] = []

    def only_quotes(text: str, **kw: Any) -> Document:
        calls.append(kw)
        quote = "Every child deserves a teacher who is paid fairly,"
        start, end = span(text, quote)
        return Document(id=None, title=None, published=None, statements=[
            Statement(speaker="Someone New", speaker_text=None, kind="direct_quote", text=quote, start=start,
                      end=end, topics=["Health"])])

    assert reextract(db, only_quotes) == 2
    assert {c["published"] for c in calls} == {"2023-02-01", "2023-03-01"}
    c = counts(db)
    assert c["statements"] == 2 and c["bills"] == 0 and c["funding"] == 0 and c["bill_stances"] == 0
    with db.session() as s:
        names = set(s.scalars(select(m.Official.name)))
        topics = set(s.scalars(select(m.Topic.name).join(m.StatementTopic)))
    assert names == {"Someone New"}  # officials no article names any more are gone
    assert topics == {"Health"}
    assert assert_spans_are_evidence(db) == 2


def test_reextract_keeps_full_text_search_in_step(db: Database, sqlite_only: None) -> None:
    from tracker.store.queries import list_statements

    text, doc = pair()
    store_article(db, text=text, doc=doc)

    def nothing(text: str, **kw: Any) -> Document:
        return Document(id=None, title=None, published=None)

    reextract(db, nothing)
    assert list(list_statements(db, search="teacher")) == []


def _store_in_process(url: str, text: str, doc_dict: dict[str, Any], out: Any) -> None:
    doc = Document(id=None, title=doc_dict["title"], published=doc_dict["published"],
                   statements=[Statement(**s) for s in doc_dict["statements"]])
    db = open_db(url)
    out.put(store_article(db, text=text, doc=doc).status)
    db.close()


@pytest.mark.parametrize("same", [True, False], ids=["same-article", "different-articles"])
def test_concurrent_processes_store_each_article_once(db_url: str, db: Database, same: bool) -> None:
    ctx = multiprocessing.get_context("spawn")
    out = ctx.Queue()
    jobs = []
    for i in range(6):
        text, doc = pair() if same else pair(extra=f" Note {i}.")
        d = {"title": doc.title, "published": doc.published, "statements": [vars(s) for s in doc.statements]}
        jobs.append(ctx.Process(target=_store_in_process, args=(db_url, text, d, out)))
    for p in jobs:
        p.start()
    for p in jobs:
        p.join(60)
    statuses = sorted(out.get(timeout=5) for _ in jobs)
    assert all(p.exitcode == 0 for p in jobs)
    if same:
        assert statuses == ["duplicate"] * 5 + ["ingested"]
        assert counts(db)["articles"] == 1 and counts(db)["statements"] == 2
    else:
        assert statuses == ["ingested"] * 6
        assert counts(db)["articles"] == 6


def test_span_helper_finds_pieces() -> None:
    assert span("abcabc", "c", 3) == (5, 6)


def _open_in_process(url: str, out: Any) -> None:
    open_db(url).close()
    out.put("ok")


def test_processes_opening_a_new_database_at_once_all_succeed(tmp_path: Any) -> None:
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    ctx = multiprocessing.get_context("spawn")
    out = ctx.Queue()
    jobs = [ctx.Process(target=_open_in_process, args=(url, out)) for _ in range(4)]
    for p in jobs:
        p.start()
    for p in jobs:
        p.join(60)
    assert [p.exitcode for p in jobs] == [0] * 4
    assert sorted(out.get(timeout=5) for _ in jobs) == ["ok"] * 4


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=60),
       a=st.integers(-5, 70), b=st.integers(-5, 70))
def test_only_spans_inside_the_text_are_ever_stored(db: Database, text: str, a: int, b: int) -> None:
    statement = Statement(speaker="Pat Doe", speaker_text="Doe", kind="indirect", text=text[a:b] if a >= 0 else "",
                          start=a, end=b)
    doc = Document(id=None, title=None, published=None, statements=[statement])
    valid = 0 <= a < b <= len(text)
    try:
        result = store_article(db, text=text, doc=doc)
    except BadInputError:
        assert not valid
    else:
        assert valid or result.status == "duplicate"  # a text seen before is not extracted again
    assert_spans_are_evidence(db)
