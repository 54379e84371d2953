"""Reading: forgiving lookups, filtered statements, positions, bills, money and topics."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from tests.store.factory import pair
from tracker.errors import NotFoundError
from tracker.store.db import Database
from tracker.store.ingest import store_article
from tracker.store.queries import (
    STATEMENT_ROW,
    find_official,
    find_topic,
    fts5_query,
    funding_totals,
    info,
    list_bills,
    list_funding,
    list_officials,
    list_statements,
    list_topics,
    official_detail,
    positions,
    statement_rows,
)

ARTICLE_KEYS = {"article_id", "article_title", "article_url", "article_published", "evidence"}


@pytest.fixture
def filled(db: Database) -> Database:
    """Three articles: Ortega and Reyes twice (Feb, then May 2023), Diaz and Park once (Mar 2023).

    The factory's articles are one template, so they are stored without duplicate linking: these
    tests are about listings (tests/across covers what linking does to them).
    """
    for kw in ({"day": "2023-05-01"},
               {"governor": "Ana Diaz", "senator": "Lee Park", "day": "2023-03-01", "identifier": "SB 5",
                "bill": "Senate Bill 5"},
               {"day": "2023-02-01", "extra": " Earlier."}):
        text, doc = pair(**kw)
        store_article(db, text=text, url=f"https://news.example/{kw['day']}", doc=doc, link=False)
    return db


@pytest.mark.parametrize("query", ["Maria Ortega", "maria ortega", "ORTEGA", "Gov. Ortega", "Governor Maria Ortega",
                                   "Gov Maria Ortega", "Maria Ortega (D-Santa Fe)", "Ortéga"])
def test_an_official_is_found_by_name_surname_or_title(filled: Database, query: str) -> None:
    assert find_official(filled, query)["name"] == "Maria Ortega"


def test_a_two_word_surname_is_found_after_a_title(db: Database) -> None:
    text, doc = pair(governor="Michelle Lujan Grisham")
    store_article(db, text=text, doc=doc, link=False)
    assert find_official(db, "Gov. Lujan Grisham")["name"] == "Michelle Lujan Grisham"


def test_an_unknown_official_raises_with_the_closest_names(filled: Database) -> None:
    with pytest.raises(NotFoundError, match="no official named 'Maria Ortego'") as err:
        find_official(filled, "Maria Ortego")
    assert err.value.hint is not None and "closest:" in err.value.hint and "Maria Ortega" in err.value.hint


def test_a_surname_shared_by_two_officials_is_ambiguous(filled: Database) -> None:
    text, doc = pair(governor="Rosa Ortega", day="2024-01-01")
    store_article(filled, text=text, doc=doc, link=False)
    with pytest.raises(NotFoundError, match="could be any of 2") as err:
        find_official(filled, "Ortega")
    assert err.value.hint is not None and "Maria Ortega" in err.value.hint and "Rosa Ortega" in err.value.hint
    assert find_official(filled, "Rosa Ortega")["name"] == "Rosa Ortega"


def test_lookup_in_an_empty_database_says_to_ingest(db: Database) -> None:
    with pytest.raises(NotFoundError) as err:
        find_official(db, "Anyone")
    assert err.value.hint is not None and "ingest" in err.value.hint


@pytest.mark.parametrize(("query", "name"), [("education", "Education"), ("EDUC", "Education"), ("6", "Education"),
                                             ("crime", "Law and Crime"), ("law and crime", "Law and Crime")])
def test_a_topic_is_found_by_name_prefix_word_or_code(db: Database, query: str, name: str) -> None:
    assert find_topic(db, query)["name"] == name


def test_an_unknown_topic_raises_with_the_closest(db: Database) -> None:
    with pytest.raises(NotFoundError, match="no topic named") as err:
        find_topic(db, "Educaton")
    assert err.value.hint is not None and "Education" in err.value.hint


def test_statements_come_in_date_order_with_their_article(filled: Database) -> None:
    rows = list(list_statements(filled))
    assert [r["article_published"] for r in rows] == sorted(r["article_published"] for r in rows)
    assert len(rows) == 6
    for r in rows:
        assert r.keys() >= ARTICLE_KEYS and r["evidence"] == r["text"]
    assert rows[0]["article_url"] == "https://news.example/2023-02-01"
    assert rows[0]["topics"] == ["Education", "Labor"]


def test_undated_articles_come_last(filled: Database) -> None:
    text, doc = pair(extra=" No date.")
    store_article(filled, text=text, doc=replace(doc, published=None), link=False)
    rows = list(list_statements(filled))
    assert rows[-1]["article_published"] is None and rows[0]["article_published"] == "2023-02-01"


def test_statements_filter_by_official_topic_kind_and_dates(filled: Database) -> None:
    assert {r["speaker"] for r in list_statements(filled, official="AG Ortega")} == {"Maria Ortega"}
    assert len(list(list_statements(filled, official="Ortega"))) == 2
    assert {r["kind"] for r in list_statements(filled, topic="labor")} == {"direct_quote"}
    assert {r["speaker"] for r in list_statements(filled, kind="indirect")} == {"Tom Reyes", "Lee Park"}
    from datetime import date

    got = list(list_statements(filled, since=date(2023, 3, 1), until=date(2023, 3, 31)))
    assert {r["article_published"] for r in got} == {"2023-03-01"}
    assert len(list(list_statements(filled, limit=4))) == 4


def test_an_unknown_filter_name_raises_before_any_record(filled: Database) -> None:
    with pytest.raises(NotFoundError):
        list_statements(filled, official="Nobody Atall")


def test_statements_are_streamed(filled: Database) -> None:
    rows = list_statements(filled)
    assert iter(rows) is rows
    assert next(rows)["speaker"]


def test_search_finds_a_word(filled: Database) -> None:
    rows = list(list_statements(filled, search="taxes"))
    assert len(rows) == 3 and all("taxes" in r["text"] for r in rows)
    assert list(list_statements(filled, search="helicopter")) == []


@pytest.mark.parametrize("query", ['"unbalanced', "taxes AND (", "NEAR(", "-taxes", "tax*", "a:b", "'", "*"])
def test_search_with_punctuation_does_not_raise(filled: Database, query: str) -> None:
    list(list_statements(filled, search=query))


def test_fts5_query_quotes_every_term() -> None:
    assert fts5_query('raise "child care" NOT tax*') == '"raise" "child care" "NOT" "tax"*'
    assert fts5_query("( ) *") == ""


def test_positions_group_statements_and_stances_by_topic(filled: Database) -> None:
    groups = positions(filled)
    counts = [g["statements"] for g in groups]
    assert counts == sorted(counts, reverse=True) and counts[0] == 3
    education = next(g for g in groups if g["topic"] == "Education")
    ortega = next(o for o in education["officials"] if o["official"] == "Maria Ortega")
    assert [s["article_published"] for s in ortega["statements"]] == ["2023-02-01", "2023-05-01"]
    assert {st["stance"] for st in ortega["stances"]} == {"supports"}
    assert ortega["party"] == "Democratic"


def test_positions_filter_by_topic_and_official(filled: Database) -> None:
    groups = positions(filled, topic="education", official="Reyes")
    assert [g["topic"] for g in groups] == ["Education"]
    assert [o["official"] for o in groups[0]["officials"]] == ["Tom Reyes"]
    assert groups[0]["officials"][0]["statements"] == []
    assert {s["stance"] for s in groups[0]["officials"][0]["stances"]} == {"opposes"}


def test_bills_list_supporters_and_opponents(filled: Database) -> None:
    bills = {b["identifier"]: b for b in list_bills(filled)}
    assert set(bills) == {"HB 12", "SB 5"}
    assert bills["HB 12"]["supporters"] == ["Maria Ortega"] and bills["HB 12"]["opponents"] == ["Tom Reyes"]
    assert bills["HB 12"]["articles"] == 2


def test_funding_records_carry_evidence_and_totals_are_exact(db: Database) -> None:
    text, doc = pair()
    cents = [replace(doc.funding[0], amount=Decimal("0.10")), replace(doc.funding[0], amount=Decimal("0.20"))]
    store_article(db, text=text, doc=replace(doc, funding=cents))
    rows = list(list_funding(db, official="Ortega"))
    assert len(rows) == 2 and rows[0].keys() >= ARTICLE_KEYS and rows[0]["evidence"] == "$25 million"
    totals = funding_totals(db)
    assert totals == [{"official": "Maria Ortega", "kind": "request", "period": "one_time", "currency": "USD",
                       "count": 2, "uncounted": 0, "total": Decimal("0.30"), "flagged": 0}]


def test_flagged_figures_can_be_listed_alone(db: Database) -> None:
    text, doc = pair()
    flagged = replace(doc.funding[0], flag="parts add up to $20 million, not $25 million")
    store_article(db, text=text, doc=replace(doc, funding=[doc.funding[0], flagged]))
    rows = list(list_funding(db, flagged=True))
    assert len(rows) == 1 and rows[0]["flag_reason"].startswith("parts add up")


def test_officials_list_latest_office_and_seen_dates(filled: Database) -> None:
    text, doc = pair(day="2024-06-01", extra=" Later.")
    doc.officials[0].office = "Former Governor"
    store_article(filled, text=text, doc=doc, link=False)
    rows = {r["name"]: r for r in list_officials(filled)}
    assert rows["Maria Ortega"]["office"] == "Former Governor"
    assert rows["Maria Ortega"]["first_seen"] == "2023-02-01" and rows["Maria Ortega"]["last_seen"] == "2024-06-01"
    assert rows["Maria Ortega"]["statements"] == 3
    assert rows["Lee Park"]["statements"] == 1


def test_a_newer_article_that_leaves_out_the_state_does_not_blank_the_listed_jurisdiction(filled: Database) -> None:
    text, doc = pair(day="2024-06-01", extra=" Later.")
    doc.officials[0].jurisdiction = None  # "Gov. Ortega" with no state named this time
    store_article(filled, text=text, doc=doc, link=False)
    rows = {r["name"]: r for r in list_officials(filled)}
    assert (rows["Maria Ortega"]["office"], rows["Maria Ortega"]["jurisdiction"]) == ("Governor", "New Mexico")
    text, doc = pair(day="2024-07-01", extra=" Later still.")
    doc.officials[0].office, doc.officials[0].jurisdiction = "U.S. Senator", None  # a new office: no state known
    store_article(filled, text=text, doc=doc, link=False)
    rows = {r["name"]: r for r in list_officials(filled)}
    assert (rows["Maria Ortega"]["office"], rows["Maria Ortega"]["jurisdiction"]) == ("U.S. Senator", None)


def test_official_detail_gathers_everything(filled: Database) -> None:
    d = official_detail(filled, "Gov. Ortega")
    assert d["name"] == "Maria Ortega" and d["party"] == "Democratic" and d["aliases"] == ["Ortega"]
    assert d["offices"] == [{"office": "Governor", "jurisdiction": "New Mexico", "first_as_of": "2023-02-01",
                             "as_of": "2023-05-01", "articles": 2}]
    assert d["statements"] == 2
    assert {t["topic"] for t in d["statements_by_topic"]} == {"Education", "Labor"}
    assert len(d["stances"]) == 2 and len(d["funding"]) == 2
    assert (d["first_seen"], d["last_seen"], d["articles"]) == ("2023-02-01", "2023-05-01", 2)


def test_topics_list_the_taxonomy_with_counts(filled: Database) -> None:
    topics = {t["name"]: t for t in list_topics(filled)}
    assert len(topics) == 21
    assert topics["Education"]["statements"] == 3 and topics["Education"]["cap_code"] == 6
    assert topics["Health"]["statements"] == 0


def test_info_counts_rows_per_table(filled: Database) -> None:
    data = info(filled)
    assert data["revision"] and data["dialect"] in ("sqlite", "postgresql")
    assert data["counts"]["articles"] == 3 and data["counts"]["topics"] == 21


def test_positions_keep_each_officials_most_recent_items_and_count_them_all(filled: Database) -> None:
    education = next(g for g in positions(filled, limit=1) if g["topic"] == "Education")
    ortega = next(o for o in education["officials"] if o["official"] == "Maria Ortega")
    assert [s["article_published"] for s in ortega["statements"]] == ["2023-05-01"]
    assert ortega["statements_total"] == 2
    assert len(ortega["stances"]) == 1 and ortega["stances_total"] == 2
    assert ortega["stances"][0]["article_published"] == "2023-05-01"
    assert ortega["statements"][0]["topics"] == ["Education", "Labor"]


def test_positions_keep_the_most_quoted_officials_and_say_how_many_there_are(filled: Database) -> None:
    education = next(g for g in positions(filled, officials=1) if g["topic"] == "Education")
    assert [o["official"] for o in education["officials"]] == ["Maria Ortega"]
    assert education["officials_total"] == 4 and education["statements"] == 3


def test_limited_positions_agree_with_complete_ones(filled: Database) -> None:
    full = positions(filled)
    for topic in (None, "education"):
        for official in (None, "Reyes"):
            got = positions(filled, topic=topic, official=official, limit=100, officials=100)
            want = positions(filled, topic=topic, official=official)
            assert got == want
    assert all(o["statements_total"] == len(o["statements"]) for g in full for o in g["officials"])


def test_positions_cut_keeps_the_newest_statements_in_date_order(db: Database) -> None:
    # Same-day articles and undated ones (listed last, but the oldest when choosing the newest):
    # the cut picks by date, then article, then reading order, and keeps the full list's order.
    for n, day in enumerate(("2023-05-01", None, "2023-05-01", "2022-01-09", None, "2023-05-01")):
        text, doc = pair(day=day or "undated", extra=f" Story {n}.")
        store_article(db, text=text, doc=replace(doc, published=day), published=None, link=False)
    full = {(g["topic"], o["official"]): o["statements"] for g in positions(db) for o in g["officials"]}
    assert max(len(v) for v in full.values()) == 6

    def newest(records: list[dict[str, object]], n: int) -> list[dict[str, object]]:
        key = [(r["article_published"] is not None, r["article_published"] or "", r["article_id"], r["start"])
               for r in records]
        keep = sorted(range(len(records)), key=key.__getitem__, reverse=True)[:n]
        return [r for i, r in enumerate(records) if i in keep]

    for limit in (1, 2, 3, 5):
        for g in positions(db, limit=limit, officials=10):
            for o in g["officials"]:
                everything = full[(g["topic"], o["official"])]
                assert o["statements"] == newest(everything, limit), (limit, g["topic"])
                assert o["statements_total"] == len(everything)
    education = next(g for g in positions(db, limit=1) if g["topic"] == "Education")
    assert [s["article_id"] for s in education["officials"][0]["statements"]] == [6]


def test_official_detail_keeps_the_most_recent_stances_and_funding_with_totals(filled: Database) -> None:
    d = official_detail(filled, "Ortega", limit=1)
    assert len(d["stances"]) == 1 and d["stances_total"] == 2
    assert d["stances"][0]["article_published"] == "2023-05-01"
    assert len(d["funding"]) == 1 and d["funding_total"] == 2
    assert d["funding"][0]["article_published"] == "2023-05-01"
    assert official_detail(filled, "Ortega")["stances"] == official_detail(filled, "Ortega", limit=10)["stances"]


def test_a_search_matching_many_statements_finds_the_same_first_ones(filled: Database) -> None:
    everything = [r["id"] for r in list_statements(filled, search="taxes")]
    for first in (1, 2, 5):  # 1 takes the date-ordered walk, 5 the sort of every match
        assert [r["id"] for r in list_statements(filled, search="taxes", limit=first)] == everything[:first]


def test_statement_rows_are_the_statements_in_date_order_with_formulas_neutralised(db: Database) -> None:
    for kw in ({"day": "2023-05-01"}, {"day": "2023-02-01", "extra": " Earlier."}):
        text, doc = pair(**kw)
        store_article(db, text=text, title="=SUM(A1)", doc=doc, link=False)
    records = list(list_statements(db))
    rows = [row for batch in statement_rows(db, neutralise=("=",)) for row in batch]
    assert [r[0] for r in rows] == [r["id"] for r in records]
    row, rec = dict(zip(STATEMENT_ROW, rows[0], strict=True)), records[0]
    assert row["topics"] == "; ".join(rec["topics"]) and row["evidence"] == rec["text"] == row["text"]
    assert row["article_title"] == "'=SUM(A1)" and row["article_published"] == "2023-02-01"
    assert dict(zip(STATEMENT_ROW, next(iter(statement_rows(db)))[0], strict=True))["article_title"] == "=SUM(A1)"
