"""One quote in several articles is one statement with several sources; a retold story is linked, not counted twice."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import create_engine, text

from tests.across.conftest import BRIDGE, OTHER_OUTLET, QUOTE, REPRINT, THIRD_OUTLET

Run = Callable[..., Any]


def _rows(db_url: str, sql: str) -> list[Any]:
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            return list(conn.execute(text(sql)).all())
    finally:
        engine.dispose()


def test_three_outlets_with_one_quote_make_one_statement_with_three_sources(
        ingest: Run, as_json: Run, cli: Run) -> None:
    ingest(BRIDGE, "ledger", "--outlet", "Riverton Ledger", "--url", "https://ledger.example/bridge",
           "--published", "2025-03-03")
    ingest(OTHER_OUTLET, "courier", "--outlet", "Valley Courier", "--url", "https://courier.example/funds",
           "--published", "2025-03-04")
    ingest(THIRD_OUTLET, "star", "--outlet", "Northern Star", "--url", "https://star.example/roads",
           "--published", "2025-03-05")

    said = [s for s in as_json("statements", "--official", "Whitfield") if QUOTE in s["text"]]
    assert len(said) == 1
    assert said[0]["sources"] == 3
    assert [a["url"] for a in said[0]["source_articles"]] == [
        "https://ledger.example/bridge", "https://courier.example/funds", "https://star.example/roads"]
    assert [a["outlet"] for a in said[0]["source_articles"]] == ["Riverton Ledger", "Valley Courier", "Northern Star"]
    # The count users see is one statement, not three.
    whitfield = next(o for o in as_json("officials") if o["name"] == "Dana Whitfield")
    assert whitfield["statements"] == 1
    table = cli("statements", "--official", "Whitfield").stdout
    assert "3 sources" in table


def test_the_same_words_a_year_apart_are_two_statements(ingest: Run, as_json: Run) -> None:
    ingest(BRIDGE, "then", "--published", "2025-03-03")
    ingest(OTHER_OUTLET, "later", "--published", "2026-04-01")
    said = [s for s in as_json("statements") if QUOTE in s["text"]]
    assert [s["sources"] for s in said] == [1, 1]


def test_a_reprint_under_a_new_headline_is_linked_and_its_rows_count_once(
        ingest: Run, as_json: Run, db_url: str) -> None:
    ingest(BRIDGE, "first", "--published", "2025-03-03")
    ingest(REPRINT, "reprint", "--published", "2025-03-04")

    rows = _rows(db_url, "SELECT id, title, duplicate_of, similarity FROM articles ORDER BY id")
    assert rows[1].duplicate_of == rows[0].id
    assert rows[1].similarity > 0.6
    assert all(s["sources"] == 2 for s in as_json("statements"))
    assert len(as_json("funding", "--official", "Whitfield")) == 1
    bill = next(b for b in as_json("bills") if b["identifier"] == "SB 12")
    assert bill["articles"] == 1  # one story, told twice
    okafor = as_json("official", "Okafor")[0]
    assert okafor["stances_total"] == 1


def test_different_stories_about_one_bridge_are_not_linked(ingest: Run, db_url: str) -> None:
    ingest(BRIDGE, "ledger")
    ingest(OTHER_OUTLET, "courier")
    ingest(THIRD_OUTLET, "star")
    assert [r.duplicate_of for r in _rows(db_url, "SELECT duplicate_of FROM articles")] == [None, None, None]


def test_reingesting_an_edited_article_replaces_what_it_said_and_keeps_the_earlier_text(
        ingest: Run, as_json: Run, db_url: str) -> None:
    url = "https://star.example/roads"
    ingest(THIRD_OUTLET, "star", "--url", url)
    edited = THIRD_OUTLET.replace(QUOTE, "No child should cross a bridge that shakes under the school bus")
    result = ingest(edited, "star-edited", "--url", url)

    assert "replaced 1 edited article" in result.stderr
    texts = [s["text"] for s in as_json("statements")]
    assert not any(QUOTE in t for t in texts)
    assert any("No child should cross a bridge" in t for t in texts)
    assert _rows(db_url, "SELECT count(*) FROM articles")[0][0] == 1
    (earlier,) = _rows(db_url, "SELECT text FROM article_versions")
    assert QUOTE in earlier.text


def test_reextract_keeps_one_statement_per_quote(ingest: Run, as_json: Run, cli: Run, db_url: str) -> None:
    ingest(BRIDGE, "ledger", "--published", "2025-03-03")
    ingest(OTHER_OUTLET, "courier", "--published", "2025-03-04")
    ingest(REPRINT, "reprint", "--published", "2025-03-04")
    index = "SELECT count(*), count(DISTINCT article_id) FROM article_bands"
    before = _rows(db_url, index)
    assert cli("reextract").exit_code == 0
    assert _rows(db_url, index) == before  # each article's bands replaced, none left behind
    assert _rows(db_url, "SELECT duplicate_of FROM articles ORDER BY id")[2].duplicate_of == 1
    said = [s for s in as_json("statements") if QUOTE in s["text"]]
    assert [s["sources"] for s in said] == [3]
    assert len(as_json("positions", "--official", "Whitfield")[0]["officials"][0]["statements"]) == 1


def test_an_edit_under_the_same_outlet_and_headline_replaces_but_another_story_does_not(
        ingest: Run, as_json: Run, db_url: str) -> None:
    meta = ("--outlet", "Northern Star", "--title", "Roads update")
    ingest(THIRD_OUTLET, "star", *meta)
    ingest(THIRD_OUTLET.replace("in the summer", "in early June"), "star-edited", *meta)
    assert _rows(db_url, "SELECT count(*) FROM articles")[0][0] == 1
    assert _rows(db_url, "SELECT count(*) FROM article_versions")[0][0] == 1
    ingest(BRIDGE, "another-story", *meta)  # a column's standing headline, another story
    assert _rows(db_url, "SELECT count(*) FROM articles")[0][0] == 2


def test_ingest_and_reextract_link_the_same_repeats_and_keep_the_same_topics(
        ingest: Run, cli: Run, db_url: str) -> None:
    # A new article's repeats are found before its rows are written; reextract finds them after: one answer.
    ingest(BRIDGE, "ledger", "--published", "2025-03-03")
    ingest(OTHER_OUTLET, "courier", "--published", "2025-03-04")
    ingest(REPRINT, "reprint", "--published", "2025-03-04")
    links = ("SELECT s.article_id, s.start, t.article_id AS of_article, t.start AS of_start FROM statements s "
             "LEFT JOIN statements t ON t.id = s.same_as ORDER BY s.article_id, s.start")
    topics = ("SELECT s.article_id, s.start, st.topic_id FROM statement_topics st "
              "JOIN statements s ON s.id = st.statement_id ORDER BY s.article_id, s.start, st.topic_id")
    funding = "SELECT article_id, amount, same_as IS NOT NULL AS repeat FROM funding ORDER BY article_id, start"
    before = [_rows(db_url, sql) for sql in (links, topics, funding)]
    assert any(r.of_article is not None for r in before[0])  # there are repeats to compare
    assert any(r.repeat for r in before[2])
    assert cli("reextract").exit_code == 0
    assert [_rows(db_url, sql) for sql in (links, topics, funding)] == before
