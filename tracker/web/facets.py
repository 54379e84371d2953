"""A Datasette facet by year: of a date column, or of the article a row comes from (``article_id``).

Datasette's own date facet counts days; over years of news a year is the useful step. Selecting
a year filters with ``column__startswith=YYYY`` (dates are ISO text in SQLite), or, for
``article_id``, with a ``_where`` over the articles of that year.
"""

from __future__ import annotations

from typing import Any

from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.facets import Facet
from datasette.utils import escape_sqlite, path_with_added_args, path_with_removed_args

_ARTICLE = "article_id"


def _where(year: str) -> str:
    return f"article_id in (select id from articles where published like '{year}%')"


class YearFacet(Facet):
    type = "year"

    async def suggest(self) -> list[dict[str, Any]]:
        return []  # configured in the metadata only

    async def facet_results(self) -> tuple[list[dict[str, Any]], list[str]]:
        results: list[dict[str, Any]] = []
        timed_out: list[str] = []
        pairs = self.get_querystring_pairs()
        size = self.get_facet_size()
        for source_and_config in self.get_configs():
            config, source = source_and_config["config"], source_and_config["source"]
            column = config.get("column") or config["simple"]
            if column == _ARTICLE:
                year = "(select substr(published, 1, 4) from articles where articles.id = rows_.article_id)"
            else:
                year = f"substr(rows_.{escape_sqlite(column)}, 1, 4)"
            sql = (f"select value, count(*) as count from (select {year} as value from ({self.sql}) as rows_) "
                   f"where value is not null group by value order by value desc limit {size + 1}")
            try:
                rows = await self.ds.execute(self.database, sql, self.params, truncate=False,
                                             custom_time_limit=self.ds.setting("facet_time_limit_ms"))
            except QueryInterrupted:
                timed_out.append(column)
                continue
            values = []
            for row in rows.rows[:size]:
                value = str(row["value"])
                if not value.isdigit():  # not an ISO date: no year to offer
                    continue
                key, arg = ("_where", _where(value)) if column == _ARTICLE else (f"{column}__startswith", value)
                selected = (key, arg) in pairs
                path = (path_with_removed_args(self.request, {key: arg}) if selected
                        else path_with_added_args(self.request, {key: arg}))
                values.append({"value": value, "label": value, "count": row["count"], "selected": selected,
                               "toggle_url": self.ds.absolute_url(self.request, path)})
            hide = self.ds.urls.path(path_with_removed_args(self.request, {"_facet_year": column}))
            results.append({"name": f"{column} (year)" if column == _ARTICLE else column, "type": self.type,
                            "results": values, "hideable": source != "metadata", "toggle_url": hide,
                            "truncated": len(rows.rows) > size})
        return results, timed_out


@hookimpl
def register_facet_classes() -> list[type[Facet]]:
    return [YearFacet]
