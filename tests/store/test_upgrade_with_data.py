"""A database made by an older tracker keeps every row when this one upgrades it.

For each earlier schema revision: build a database at that revision, fill it with the rows an
old tracker would have written (plain SQL in the revision-0001 shape, which every later revision
keeps), upgrade to head, and check the data is all there and the commands a user runs still work.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from sqlalchemy import create_engine, inspect, text

from tracker.store import db as store_db

ARTICLE = ('Gov. Ann Example said, "We will fund the new water plant." '
           'Example backs House Bill 45, which would expand water recycling. It costs $12 million.')


def _earlier_revisions() -> list[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(store_db.alembic_config("sqlite://"))
    revs = [r.revision for r in script.walk_revisions()]  # newest first
    return [r for r in revs if r != store_db.head()]


def _fill(url: str) -> None:
    quote = ARTICLE.index("We will")
    quote_end = ARTICLE.index('."') + 1
    bill = ARTICLE.index("House Bill 45")
    money = ARTICLE.index("$12 million")
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO articles (id, sha256, text, title, url, outlet, published, source, ingested_at, "
            "extractor_version) VALUES (1, :sha, :text, 'Water plan', 'https://example.org/w', 'Example News', "
            "'2019-12-20', 'old.txt', '2019-12-21 10:00:00', '0.0.1')"), {"sha": "a" * 64, "text": ARTICLE})
        conn.execute(text("INSERT INTO officials (id, name, party) VALUES (1, 'Ann Example', 'Democratic')"))
        conn.execute(text("INSERT INTO official_mentions (id, official_id, article_id, start, \"end\") "
                          "VALUES (1, 1, 1, 5, 16)"))
        conn.execute(text("INSERT INTO official_offices (id, official_id, office, jurisdiction, article_id) "
                          "VALUES (1, 1, 'Governor', NULL, 1)"))
        conn.execute(text("INSERT INTO statements (id, official_id, speaker_text, article_id, kind, text, start, "
                          "\"end\", cue) VALUES (1, 1, 'Gov. Ann Example', 1, 'direct_quote', :t, :s, :e, 'said')"),
                     {"t": ARTICLE[quote:quote_end], "s": quote, "e": quote_end})
        env = conn.execute(text("SELECT id FROM topics WHERE name = 'Environment'")).scalar_one()
        copies = {"official_id", "article_id", "published"}  # from revision 0003 on
        if copies <= {c["name"] for c in inspect(conn).get_columns("statement_topics")}:
            conn.execute(text("INSERT INTO statement_topics (statement_id, topic_id, rank, official_id, article_id, "
                              "published) VALUES (1, :t, 0, 1, 1, '2019-12-20')"), {"t": env})
        else:
            conn.execute(text("INSERT INTO statement_topics (statement_id, topic_id, rank) VALUES (1, :t, 0)"),
                         {"t": env})
        conn.execute(text("INSERT INTO bills (id, identity, identifier, title, jurisdiction, session, status) "
                          "VALUES (1, 'hb 45||', 'HB 45', 'expand water recycling', NULL, NULL, 'proposed')"))
        conn.execute(text("INSERT INTO bill_mentions (id, bill_id, article_id, status_in_article, start, \"end\", "
                          "cue) VALUES (1, 1, 1, 'proposed', :s, :e, 'number')"), {"s": bill, "e": bill + 13})
        conn.execute(text("INSERT INTO bill_stances (id, bill_id, official_id, article_id, stance, start, \"end\", "
                          "cue) VALUES (1, 1, 1, 1, 'supports', :s, :e, 'backs')"), {"s": bill - 6, "e": bill + 13})
        conn.execute(text("INSERT INTO funding (id, article_id, official_id, amount, currency, period, kind, "
                          "purpose, start, \"end\", flagged, flag_reason, cue) VALUES (1, 1, 1, 12000000, 'USD', "
                          "'one_time', 'cost', 'water plant', :s, :e, :f, NULL, 'money')"),
                     {"s": money, "e": money + 11, "f": False})
    engine.dispose()


@pytest.mark.parametrize("revision", _earlier_revisions())
def test_upgrade_from_an_earlier_revision_keeps_the_data(revision: str, db_url: str,
                                                          cli: Callable[..., object]) -> None:
    store_db.upgrade(db_url, revision)
    _fill(db_url)
    store_db.upgrade(db_url)
    assert store_db.current(db_url) == store_db.head()

    stmts = json.loads(cli("statements", "--search", "water plant", "--json").stdout)  # type: ignore[attr-defined]
    assert [s["text"] for s in stmts] == ["We will fund the new water plant."]
    assert stmts[0]["article_published"] == "2019-12-20" and stmts[0]["topics"] == ["Environment"]
    groups = json.loads(cli("positions", "--official", "ann example", "--json").stdout)  # type: ignore[attr-defined]
    env = next(g for g in groups if g["topic"] == "Environment")
    assert [st["identifier"] for st in env["officials"][0]["stances"]] == ["HB 45"]
    money = json.loads(cli("funding", "--json").stdout)  # type: ignore[attr-defined]
    assert [(f["amount"], f["evidence"], f["role"], f["counted"]) for f in money] == [
        (12000000, "$12 million", "single", True)]  # a figure stored before roles existed counts on its own


def test_downgrade_one_step_and_back_keeps_the_data(db_url: str, cli: Callable[..., object]) -> None:
    earlier = _earlier_revisions()
    if not earlier:
        pytest.skip("only one schema revision exists")
    store_db.upgrade(db_url, earlier[-1])
    _fill(db_url)
    store_db.upgrade(db_url)
    store_db.downgrade(db_url, earlier[0])
    store_db.upgrade(db_url)
    info = json.loads(cli("info", "--json").stdout)  # type: ignore[attr-defined]
    counts = info["counts"]
    assert (counts["articles"], counts["statements"], counts["bills"], counts["funding"]) == (1, 1, 1, 1)
