"""What Datasette shows about the database: descriptions, facets, search and canned queries.

Table and column descriptions are the ``comment=`` of the SQLAlchemy models, so the browser says
what the schema says. Facets that Datasette cannot express on a plain column (the year of a date,
or of a row's article) use the ``year`` facet of ``tracker.web.facets``.
"""

from __future__ import annotations

from typing import Any

DATABASE = "tracker"

# Facets per table, by official, topic, kind and year where the table has them.
FACETS: dict[str, list[Any]] = {
    "statements": ["official_id", "kind", {"year": "article_id"}],
    "statement_topics": ["topic_id", "official_id", {"year": "published"}],
    "funding": ["official_id", "kind", "period", {"year": "article_id"}],
    "bill_stances": ["official_id", "stance", {"year": "article_id"}],
    "bills": ["status", "jurisdiction", "session"],
    "articles": ["outlet", {"year": "published"}],
    "official_offices": ["office", "jurisdiction"],
}

LABELS = {"officials": "name", "topics": "name", "bills": "title", "articles": "title", "statements": "text"}

# Said after the model's own comment, where a table is the way in to something.
GUIDES = {
    "statement_topics": "Facet by topic, official and year here to read statements topic by topic.",
    "statements": "Search the text with the box above; facet by official, kind and year.",
}

QUERIES: dict[str, dict[str, str]] = {
    "positions_by_topic": {
        "title": "Positions by topic",
        "description": "Each official's statements on a topic (part of its name will do; empty: every topic), "
                       "oldest first, with the article to cite.",
        "sql": """select t.name as topic, o.name as official, a.published, s.kind, s.text,
       a.title as article_title, a.outlet as article_outlet, a.url as article_url
from statement_topics st
join topics t on t.id = st.topic_id
join statements s on s.id = st.statement_id
join officials o on o.id = st.official_id
join articles a on a.id = st.article_id
where t.name like '%' || :topic || '%'
order by t.name, o.name, a.published is null, a.published, a.id, s.start""",
    },
    # Adds every stored figure of a kind and period; if funding rows come to mark parts and
    # repetitions of other figures, this SQL must leave those out, as `tracker funding` totals do.
    "money_by_official": {
        "title": "Money by official",
        "description": "Public money per official, kind and period (one-time and annual apart), each sum counted "
                       "once (parts and per-unit figures are inside their totals; campaign money is left out); "
                       "`tracker funding` gives exact decimal totals and also leaves out repeats across articles.",
        "sql": """select o.name as official, f.kind, f.period, f.currency, count(*) as figures,
       sum(f.amount) as total, sum(f.flagged) as flagged
from funding f
left join officials o on o.id = f.official_id
where f.role in ('single', 'total') and f.kind != 'campaign'
group by o.name, f.kind, f.period, f.currency
order by o.name is null, o.name, f.kind, f.period""",
    },
}


def metadata() -> dict[str, Any]:
    """Datasette's metadata for a tracker database served under the name ``DATABASE``."""
    from tracker.store.models import metadata as schema

    tables: dict[str, dict[str, Any]] = {}
    for t in schema.sorted_tables:
        entry: dict[str, Any] = {"columns": {c.name: c.comment for c in t.columns if c.comment}}
        if t.comment:
            entry["description"] = " ".join(filter(None, (t.comment, GUIDES.get(t.name))))
        if t.name in FACETS:
            entry["facets"] = FACETS[t.name]
        if t.name in LABELS:
            entry["label_column"] = LABELS[t.name]
        tables[t.name] = entry
    tables["statements"].update(fts_table="statements_fts", fts_pk="id")
    tables["statements_fts"] = {"hidden": True}
    return {
        "title": "tracker",
        "description": "Who said what about which policy, from news articles: every statement, bill stance and "
                       "money figure points to its article. Search statements on the statements table.",
        "databases": {DATABASE: {"tables": tables, "queries": QUERIES}},
    }
