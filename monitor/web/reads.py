"""What the web app reads from the store, one request at a time, through the store's public views.

Every function takes an open read-only Store and returns plain rows (dicts of column -> value). A fact is
named by its place among its article's facts (N, 0-based, in FACT_ORDER): /article/{id}?fact=N shows it,
and every number the app shows links there.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from monitor.store import Store
from monitor.store.filters import FACT_ORDER as REPORT_ORDER
from monitor.store.filters import facts_query, timeline_query
from monitor.web.downloads import plain

# seconds a request waits for a writer (a crawl holds the file for a second at most between pages)
STORE_WAIT = 10.0
# the order of an article's facts: N in /article/{id}?fact=N counts in it (ties are the same figure twice)
FACT_ORDER = 'start, "end", metric, series NULLS FIRST, value NULLS FIRST'
Row = dict[str, Any]


@contextlib.contextmanager
def reading(db_path: Path | str) -> Iterator[Store]:
    """The store, read-only, for the length of one request: a crawl writes between requests."""
    with Store.open(db_path, read_only=True, wait=STORE_WAIT) as store:
        yield store


def rows(store: Store, sql: str, params: Sequence[Any] = ()) -> list[Row]:
    result = store.query(sql, params)
    return [dict(zip(result.columns, row, strict=True)) for row in result.rows]


def article_href(article_id: str, fact: int | None = None) -> str:
    href = f"/article/{quote(article_id, safe='')}"
    return href if fact is None else f"{href}?fact={fact}"


def series_href(series: str) -> str:
    return f"/series/{quote(series, safe='/')}"


# --- facts and their numbers -------------------------------------------------------------------------------


def _numbered_facts(columns: str, articles: str) -> str:
    """SQL of the `columns` of the facts of some articles (`articles`: an SQL list of ids), each with its N."""
    return f"""SELECT {columns}, row_number() OVER (PARTITION BY article_id ORDER BY {FACT_ORDER}) - 1 AS n
               FROM facts WHERE article_id IN ({articles})"""


def _with_fact_numbers(sql: str, params: list[Any], order: str) -> tuple[str, list[Any]]:
    """The rows of a query of fact_reports, each with its N (`fact`) and `link`, in `order`."""
    key = ("article_id", "start", '"end"', "metric", "series", "value")
    joined = " AND ".join(f"n.{column} IS NOT DISTINCT FROM p.{column}" for column in key)
    numbered = _numbered_facts(", ".join(key), "SELECT article_id FROM picked")
    return (
        f"""WITH picked AS ({sql}),
           numbered AS (SELECT {", ".join(key)}, min(n) AS fact FROM ({numbered}) GROUP BY ALL),
           linked AS (
               SELECT p.*, n.fact, '/article/' || url_encode(p.article_id) || '?fact=' || n.fact AS link
               FROM picked p LEFT JOIN numbered n ON {joined})
           SELECT * FROM linked ORDER BY {order}""",
        params,
    )


def facts_sql(filters: dict[str, Any], limit: int | None) -> tuple[str, list[Any]]:
    """Facts of fact_reports, filtered, each with its N (`fact`) and `link`, in the store's order for facts."""
    sql, params = facts_query(**filters)
    if limit is not None:
        sql, params = f"{sql} LIMIT ?", [*params, limit]
    return _with_fact_numbers(sql, params, REPORT_ORDER)


def arrow(store: Store, sql: str, params: list[Any]) -> Any:
    """The rows of a query as an Arrow table, every column's type kept (on a cursor of its own: a relation
    is what DuckDB turns into Arrow without a copy)."""
    with contextlib.closing(store.cursor()) as cursor:
        return cursor.sql(sql, params=params).to_arrow_table()


def json_array(store: Store, sql: str, params: list[Any]) -> str:
    """The rows of a query as a JSON array, written by DuckDB: on a large store, turning thousands of rows of
    fifty columns into Python objects and back costs more than the query."""
    found = store.db.execute(f"SELECT to_json(t)::VARCHAR FROM ({sql}) t", params).fetchall()
    if any("NaN" in row[0] or "Infinity" in row[0] for row in found):  # not JSON numbers: Python writes them null
        return json.dumps(plain(rows(store, sql, params)), ensure_ascii=False)
    return "[" + ",".join(row[0] for row in found) + "]"


# --- the timeline -----------------------------------------------------------------------------------------


# the columns of a timeline row the pages show (the lists of urls and sources, the parts, are left in the store)
SHOWN_COLUMNS = (
    "province, commune, metric, series, part_of, kind, level, specialty, population, count_kind, unit, detail, status,"
    " period_start, period_end, as_of, value, value_max, total, approx, change, previous_value, previous_as_of,"
    " previous_evidence, withheld, step_from_status, step_from_value, step_from_as_of, n_sources, article_ids,"
    ' evidence, conflict, "values"'
)


def timeline_sql(filters: dict[str, Any], latest: bool, limit: int | None) -> tuple[str, list[Any]]:
    sql, params = timeline_query(latest, **filters)
    if limit is not None:
        sql, params = f"{sql} LIMIT ?", [*params, limit]
    return sql, params


def timeline(
    store: Store, filters: dict[str, Any], latest: bool = False, limit: int | None = None, columns: str = "*"
) -> list[Row]:
    """Timeline rows (or the latest of each series), in the store's order; `columns`: a few of them."""
    sql, params = timeline_sql(filters, latest, limit)
    return rows(store, f"SELECT {columns} FROM ({sql})" if columns != "*" else sql, params)


def with_links(store: Store, points: list[Row]) -> list[Row]:
    """Each point with `link` (/article/{id}?fact=N of the report whose sentence the point shows, else None)."""
    wanted = sorted({article for point in points for article in point.get("article_ids") or ()})
    if not wanted:
        for point in points:
            point["link"] = None
        return points
    # the key columns only: the window then sorts a few narrow columns (evidence would make it twice as slow)
    reports = store.query(
        f"""SELECT article_id, series, as_of, value, confidence, n
            FROM ({_numbered_facts("article_id, series, as_of, value, confidence", "SELECT unnest(?::VARCHAR[])")})
            WHERE series IN (SELECT unnest(?::VARCHAR[]))""",
        [wanted, sorted({point["series"] for point in points})],
    ).rows
    by_point: dict[tuple[Any, Any], list[tuple[Any, ...]]] = {}
    for report in reports:
        by_point.setdefault((report[1], report[2]), []).append(report)
    for point in points:
        point["link"] = _best_link(point, by_point.get((point["series"], point["as_of"]), []))
    return points


def _best_link(point: Row, reports: list[tuple[Any, ...]]) -> str | None:
    """The report of the point's own value in its own articles, the surest first (the timeline shows the surest
    report's sentence); else any report of the point."""
    own = set(point.get("article_ids") or ())
    candidates = [r for r in reports if r[0] in own] or reports
    if not candidates:
        return None
    best = min(candidates, key=lambda r: (r[3] != point["value"], -(r[4] or 0), r[0], r[5]))
    return article_href(best[0], best[5])


def series_points(store: Store, series: str) -> list[Row]:
    points = rows(store, "SELECT * FROM timeline WHERE series = ? ORDER BY as_of NULLS LAST, value", [series])
    return with_links(store, points)


def series_reports(store: Store, series: str) -> list[Row]:
    """Every report of a series (one row per fact), with its article and link: the values of a conflict."""
    order = "as_of NULLS LAST, value NULLS LAST, source, article_id"
    return rows(store, *_with_fact_numbers("SELECT * FROM fact_reports WHERE series = ?", [series], order))


# --- articles -----------------------------------------------------------------------------------------------


def article(store: Store, article_id: str) -> Row | None:
    """The article with its facts in FACT_ORDER (each with its N), or None."""
    found = rows(
        store,
        "SELECT id, title, url, outlet, published_at, fetched_at, text FROM articles WHERE id = ?",
        [article_id],
    )
    if not found:
        return None
    facts_of = rows(store, f"SELECT * FROM fact_reports WHERE article_id = ? ORDER BY {FACT_ORDER}", [article_id])
    for n, fact in enumerate(facts_of):
        fact["fact"] = n
        fact["link"] = article_href(article_id, n)
    return {**found[0], "facts": facts_of}


# --- overviews ----------------------------------------------------------------------------------------------


def provinces(store: Store) -> list[Row]:
    """Each province the store has facts of: counts and its last figure's day."""
    return rows(
        store,
        """SELECT province, count(DISTINCT article_id) AS articles, count(*) AS facts,
                  count(DISTINCT series) AS series, max(as_of) AS last_as_of
           FROM facts WHERE province IS NOT NULL GROUP BY province ORDER BY province""",
    )


def headline_figures(store: Store) -> list[Row]:
    """Per province and metric, the latest done figure of the province as a whole (no commune, no part)."""
    found = rows(
        store,
        """SELECT * FROM latest WHERE province IS NOT NULL AND commune IS NULL AND part_of IS NULL
           QUALIFY row_number() OVER (PARTITION BY province, metric
                                      ORDER BY as_of DESC NULLS LAST, n_sources DESC, series) = 1
           ORDER BY province, metric""",
    )
    return with_links(store, found)


def last_crawl(store: Store) -> Any:
    """When the crawler last fetched anything (UTC), else when an article was last stored, else None."""
    fetched = store.query("SELECT max(fetched_at) FROM fetch_log").rows[0][0]
    return fetched or store.query("SELECT max(fetched_at) FROM articles").rows[0][0]


def weeks(store: Store) -> list[Row]:
    """The ISO weeks with news (articles of that week), newest first, with their article and fact counts."""
    return rows(
        store,
        """WITH articles_of AS (
               SELECT strftime(day, '%G-W%V') AS week, count(*) AS articles FROM article_days
               WHERE day IS NOT NULL GROUP BY week),
           facts_of AS (
               SELECT strftime(reported_on, '%G-W%V') AS week, count(*) AS facts FROM fact_reports
               WHERE reported_on IS NOT NULL GROUP BY week)
           SELECT week, articles, coalesce(facts, 0) AS facts
           FROM articles_of LEFT JOIN facts_of USING (week) ORDER BY week DESC""",
    )
