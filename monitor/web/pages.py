"""The HTML pages: home, a province, a series, an article, search, sources, the digest archive, the API's docs.

Each page reads the store for the length of its request and renders a template (autoescaped). Charts are data
in <script type="application/json"> blocks that static/charts.js draws with plotly: no inline code.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from monitor import filters as names
from monitor.digest import labels
from monitor.facts import METRICS
from monitor.web import charts, reads
from monitor.web.errors import BadInput, NotFound, read_names
from monitor.web.render import marked_snippet, marked_text, query_string

router = APIRouter(include_in_schema=False)

HEADLINE_METRICS = 4  # figures per province on the home page
HITS_PER_PAGE = 20
MAX_PAGE = 500  # a search's pages, at most (the index answers 10,000 hits deep)


def page(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    html = request.app.state.templates.get_template(template).render(**context)
    return HTMLResponse(html, status_code=status_code)


@router.get("/")
def home(request: Request) -> HTMLResponse:
    with reads.reading(request.app.state.db_path) as store:
        provinces = reads.provinces(store)
        figures = reads.headline_figures(store)
        crawled = reads.last_crawl(store)
        health = store.source_health()
    by_province: dict[str, list[dict[str, Any]]] = {}
    for figure in sorted(figures, key=lambda row: METRICS.index(row["metric"]) if row["metric"] in METRICS else 99):
        by_province.setdefault(figure["province"], []).append(figure)
    for row in provinces:
        row["slug"] = names.slug(row["province"])
        row["figures"] = by_province.get(row["province"], [])[:HEADLINE_METRICS]
    flags = Counter(source.flag for source in health)
    return page(request, "home.html.j2", provinces=provinces, crawled=crawled, flags=flags, sources=len(health))


@router.get("/province/{name}")
def province(request: Request, name: str) -> HTMLResponse:
    wanted = read_names(province=name)
    with reads.reading(request.app.state.db_path) as store:
        points = reads.timeline(store, wanted, columns=reads.SHOWN_COLUMNS)
        sections = charts.metric_sections(points)
        reads.with_links(store, charts.shown_points(sections))
    charts.draw(sections)
    return page(
        request,
        "province.html.j2",
        province=wanted["province"],
        slug=names.slug(wanted["province"]),
        sections=sections,
        points=len(points),
    )


@router.get("/series/{key:path}")
def series(request: Request, key: str) -> HTMLResponse:
    with reads.reading(request.app.state.db_path) as store:
        points = reads.series_points(store, key)
        reports = reads.series_reports(store, key)
    if not points and not reports:
        raise NotFound(f"no series {key!r} in the store")
    first = (points or reports)[0]
    conflicts = []
    for point in points:
        if point.get("conflict"):
            same_day = [r for r in reports if r["as_of"] == point["as_of"]]
            conflicts.append({"point": point, "reports": same_day})
    articles = {}
    for report in reports:
        articles.setdefault(report["article_id"], report)
    changes = [p for p in points if p.get("change") is not None or p.get("withheld") or p.get("step_from_status")]
    return page(
        request,
        "series.html.j2",
        key=key,
        first=first,
        points=points,
        chart=charts.series_chart(points),
        conflicts=conflicts,
        changes=changes,
        articles=list(articles.values()),
    )


@router.get("/article/{article_id}")
def article(
    request: Request, article_id: str, fact: Annotated[int | None, Query(ge=0, le=1_000_000)] = None
) -> HTMLResponse:
    with reads.reading(request.app.state.db_path) as store:
        found = reads.article(store, article_id)
    if found is None:
        raise NotFound(f"no article {article_id!r} in the store")
    spans = [(f["start"], f["end"], f["fact"]) for f in found["facts"]]
    text = marked_text(found["text"] or "", spans, current=fact)
    return page(request, "article.html.j2", article=found, text=text, current=fact)


@router.get("/search")
def search(
    request: Request,
    q: str = "",
    province: str = "",
    metric: str = "",
    outlet: str = "",
    month: Annotated[str, Query(pattern=r"^(\d{4}-\d{2})?$")] = "",
    page_number: Annotated[int, Query(alias="page", ge=1, le=MAX_PAGE)] = 1,
) -> HTMLResponse:
    form = {"q": q, "province": province, "metric": metric, "outlet": outlet, "month": month}
    context: dict[str, Any] = {
        "form": form,
        "provinces": names.provinces(),
        "metrics": names.metrics(),
        "result": None,
        "hits": [],
        "facets": [],
        "page_number": page_number,
        "per_page": HITS_PER_PAGE,
    }
    if q.strip():
        offset = (page_number - 1) * HITS_PER_PAGE
        result = request.app.state.searcher.search(
            q, province, metric, outlet=outlet, month=month, limit=HITS_PER_PAGE, offset=offset
        )
        context["result"] = result
        context["hits"] = [{"hit": hit, "snippet": marked_snippet(hit.snippet, hit.highlights)} for hit in result.hits]
        context["facets"] = _facets(result.facets, form)
    return page(request, "search.html.j2", **context)


FACETS = {"province": "Tỉnh, thành", "metric": "Chỉ tiêu", "outlet": "Báo", "month": "Tháng"}


def _facets(found: dict[str, list[tuple[str, int]]], form: dict[str, str]) -> list[dict[str, Any]]:
    """Each facet with its values, each linking to the search narrowed to it (the first page)."""
    facets = []
    for name, title in FACETS.items():
        values = [
            {
                "label": labels.metric_name(value) if name == "metric" else value,
                "count": count,
                "href": "/search" + query_string(**{**form, name: value}),
            }
            for value, count in found.get(name, [])
        ]
        if values:
            facets.append({"name": name, "title": title, "values": values})
    return facets


@router.get("/sources")
def sources(request: Request) -> HTMLResponse:
    with reads.reading(request.app.state.db_path) as store:
        health = store.source_health()
        crawled = reads.last_crawl(store)
    return page(request, "sources.html.j2", sources=health, crawled=crawled)


@router.get("/digests")
def digests(request: Request) -> HTMLResponse:
    with reads.reading(request.app.state.db_path) as store:
        weeks = reads.weeks(store)
    return page(request, "digests.html.j2", weeks=weeks)


_BODY = re.compile(r"<body[^>]*>(.*)</body>", re.DOTALL | re.IGNORECASE)


@router.get("/digests/{week}")
def digest(request: Request, week: str) -> HTMLResponse:
    from monitor.digest import Week, gather, html_file  # matplotlib: loaded when a digest is first asked for

    try:
        chosen = Week.parse(week)
    except ValueError as error:
        raise BadInput(str(error)) from None
    with reads.reading(request.app.state.db_path) as store:
        found = gather(store, chosen)
    # the digest's own HTML, rendered by its autoescaping template (every value from articles escaped there)
    # with its charts as data: URIs; its body goes inside this page
    body = _BODY.search(html_file(found))
    return page(request, "digest.html.j2", week=chosen, digest=Markup(body.group(1) if body else ""))


@router.get("/docs")
def docs(request: Request) -> HTMLResponse:
    spec = request.app.openapi()
    operations = []
    for path, methods in spec.get("paths", {}).items():
        for method, operation in methods.items():
            operations.append({"path": path, "method": method.upper(), **operation})
    return page(request, "docs.html.j2", spec=spec, operations=operations)
