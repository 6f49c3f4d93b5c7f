"""The JSON API (GET only): provinces, timeline, facts, search, one article. Every listing is also CSV or
Parquet (?format=csv|parquet). Names are read any way they are written; an unknown one is a 404 naming the
nearest known names, a bad value a 422."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import JSONResponse, Response

from monitor.filters import slug
from monitor.web import reads
from monitor.web.downloads import Format, json_rows, listing, parquet_of_table, plain
from monitor.web.errors import BadInput, NotFound, read_names

router = APIRouter(prefix="/api", tags=["API"])

MAX_ROWS = 1_000_000
Province = Annotated[
    str | None, Query(description="Any spelling: 'hai phong', 'TP. Hải Phòng', 'HẢI PHÒNG'; a former province too.")
]
Commune = Annotated[str | None, Query(description="A commune or ward, any spelling: 'phường Hải An', 'hai an'.")]
Metric = Annotated[str | None, Query(description="A metric, e.g. dossiers_received, staff_transfer.")]
Status = Annotated[str | None, Query(description="done, planned, target or proposed.")]
Since = Annotated[dt.date | None, Query(description="Only figures as of this day (YYYY-MM-DD) or later.")]
Until = Annotated[dt.date | None, Query(description="Only figures as of this day (YYYY-MM-DD) or earlier.")]
Limit = Annotated[int | None, Query(ge=1, le=MAX_ROWS, description="At most this many rows (default: all).")]
FormatQuery = Annotated[Format, Query(alias="format", description="json (default), csv (UTF-8 with BOM) or parquet.")]


def _store(request: Request) -> Any:
    return reads.reading(request.app.state.db_path)


def store_filters(
    province: Province = None,
    commune: Commune = None,
    metric: Metric = None,
    status: Status = None,
    since: Since = None,
    until: Until = None,
) -> dict[str, Any]:
    """The filters of /api/timeline and /api/facts in the store's terms (NotFound for an unknown name)."""
    return read_names(province=province, commune=commune, metric=metric, status=status, since=since, until=until)


Filters = Annotated[dict[str, Any], Depends(store_filters)]


def _query_listing(request: Request, query: tuple[str, list[Any]], fmt: Format, name: str) -> Response:
    """A query's rows in the format asked for: JSON and Parquet straight from the store (no Python rows)."""
    with _store(request) as store:
        if fmt is Format.json:
            return json_rows(reads.json_array(store, *query))
        if fmt is Format.parquet:
            return parquet_of_table(reads.arrow(store, *query), name)
        result = store.query(*query)
    found = [dict(zip(result.columns, row, strict=True)) for row in result.rows]
    return listing(found, result.columns, fmt, name)


@router.get("/provinces", summary="Provinces with facts")
def provinces(request: Request, fmt: FormatQuery = Format.json) -> Response:
    """Each province the store has facts of: its slug, page, article, fact and series counts, last figure's day."""
    with _store(request) as store:
        found = reads.provinces(store)
    for row in found:
        row["slug"] = slug(row["province"])
        row["page"] = f"/province/{row['slug']}"
    columns = ["province", "slug", "page", "articles", "facts", "series", "last_as_of"]
    return listing(found, columns, fmt, "provinces")


@router.get("/timeline", summary="Timeline rows")
def timeline(
    request: Request,
    wanted: Filters,
    latest: Annotated[bool, Query(description="Only the latest done value of each series.")] = False,
    limit: Limit = None,
    fmt: FormatQuery = Format.json,
) -> Response:
    """The reconciled timeline: one row per point (a series' value on a day, reports merged), with its change,
    sources, conflicts (every value), `article_ids` and `evidence`, the sentence its value was read from
    (/api/facts gives each report's offsets and page link)."""
    return _query_listing(request, reads.timeline_sql(wanted, latest, limit), fmt, "timeline")


@router.get("/facts", summary="Facts with their articles")
def facts(request: Request, wanted: Filters, limit: Limit = None, fmt: FormatQuery = Format.json) -> Response:
    """Every fact (one row per report) with its article's title, url and outlet, its evidence and offsets
    (`start`, `end` into the article's text), its number in the article (`fact`) and `link`."""
    return _query_listing(request, reads.facts_sql(wanted, limit), fmt, "facts")


Q_HELP = "Words or \"a phrase\"; accents optional: 'ho so' finds 'hồ sơ', 'biet phai' finds 'biệt phái'."
HIT_COLUMNS = [
    "article_id",
    "title",
    "url",
    "outlet",
    "published_at",
    "snippet",
    "highlights",
    "score",
    "provinces",
    "metrics",
    "link",
]


@router.get("/search", summary="Full-text search")
def search(
    request: Request,
    q: Annotated[str, Query(min_length=1, description=Q_HELP)],
    province: Province = None,
    metric: Metric = None,
    outlet: Annotated[str | None, Query(description="Only articles of this outlet.")] = None,
    month: Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}$", description="YYYY-MM of publication.")] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0, le=10_000)] = 0,
    fmt: FormatQuery = Format.json,
) -> Response:
    """Articles ranked by relevance to `q`: {"total", "hits": [{"article_id", "title", "snippet", "highlights"
    (offsets into the snippet), "score", ...}], "facets": {"province": [{"value", "count"}], ...}}."""
    if not q.strip():
        raise BadInput("the search words are empty")
    result = request.app.state.searcher.search(
        q, province, metric, outlet=outlet, month=month, limit=limit, offset=offset
    )
    hits = [{**dataclasses.asdict(hit), "link": reads.article_href(hit.article_id)} for hit in result.hits]
    facets = {name: [{"value": v, "count": n} for v, n in pairs] for name, pairs in result.facets.items()}
    if fmt is not Format.json:
        return listing(hits, HIT_COLUMNS, fmt, "search")
    return JSONResponse(plain({"total": result.total, "hits": hits, "facets": facets}))


@router.get("/articles/{article_id}", summary="One article with its facts")
def article(request: Request, article_id: Annotated[str, Path(description="The article's id.")]) -> Response:
    """{"id", "title", "url", "outlet", "published_at", "text", "facts": [...]}: facts in their order in the
    article (`fact` N, as /article/{id}?fact=N shows it), each with `start` and `end` into `text`."""
    with _store(request) as store:
        found = reads.article(store, article_id)
    if found is None:
        raise NotFound(f"no article {article_id!r} in the store")
    return JSONResponse(plain(found))
