"""What a week's digest says, read from the store's timeline (README.md, "Weekly digest").

A fact belongs to the ISO week its article was published in (else fetched in). The digest reads the
timeline as it stood at the week's end (the store's timeline_until), so nothing published after the week
is used and a week's digest reads the same whenever it is made. A figure is new in the week when one of
its reports comes from an article of that week; its change is the difference from the series' latest
value of an earlier day (same province, commune, metric, kind, status, ...).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field, fields
from typing import Any

from monitor.digest.labels import STATUS_LABELS
from monitor.digest.week import Week
from monitor.extract import provinces
from monitor.facts import METRICS
from monitor.store import Store

SILENT_WEEKS = 4  # a province with no report for this many weeks is listed as silent
DUE_WITHIN_DAYS = 14  # deadlines due within this many days after the week
CHARTS = 4  # charts of the main metrics, at most
ACTIVITY_WEEKS = 12  # weeks of articles and facts counted in the first chart
SHOWN_PER_PROVINCE = 25  # figures, documents and deadlines each: an email, not a report
SHOWN_CONFLICTS = 10
CHART_PROVINCES = 6  # lines per chart, at most (the provinces with the most points)

# the day an article counts for (as fact_reports.reported_on)
_ARTICLE_DAY = "coalesce(a.published_at, CAST(a.fetched_at AS DATE))"
_POINTS = "digest_points"  # a temporary table: the timeline at the week's end, each point numbered
# the timeline's series key: points of one series are one figure over time
SERIES = ("province", "commune", "metric", "kind", "level", "specialty", "unit", "detail", "status", "period_start")


@dataclass(slots=True)
class Link:
    outlet: str
    url: str | None = None
    title: str | None = None


@dataclass(slots=True)
class Figure:
    """One point of the timeline: a figure as reconciled across outlets."""

    province: str | None
    metric: str
    as_of: dt.date | None
    value: float | None = None
    value_max: float | None = None
    unit: str | None = None
    approx: str | None = None
    total: float | None = None
    status: str | None = None
    commune: str | None = None
    kind: str | None = None
    level: str | None = None
    specialty: str | None = None
    detail: str | None = None
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    previous_value: float | None = None  # the series' latest value of an earlier day
    previous_as_of: dt.date | None = None
    conflict: bool = False
    n_sources: int = 1
    point: int = 0  # the point's number in this digest's timeline
    evidence: str = ""
    links: list[Link] = field(default_factory=list)

    @property
    def change(self) -> float | None:
        return None if self.previous_value is None or self.value is None else self.value - self.previous_value


_FIGURE_FIELDS = {f.name for f in fields(Figure)} - {"links"}


@dataclass(slots=True)
class Reading:
    """One value of a figure outlets disagree on, with who gave it."""

    value: float | None
    links: list[Link]


@dataclass(slots=True)
class Conflict:
    figure: Figure
    readings: list[Reading]


@dataclass(slots=True)
class ProvinceNews:
    province: str
    figures: list[Figure]  # with a value, or a list of specialties
    documents: list[Figure]
    deadlines: list[Figure]
    left_out: int = 0  # figures beyond SHOWN_PER_PROVINCE (README: monitor timeline has them all)


@dataclass(slots=True)
class Silence:
    province: str
    last_report: dt.date | None  # None: never reported

    def weeks(self, week: Week) -> int | None:
        return None if self.last_report is None else (week.end - self.last_report).days // 7


@dataclass(slots=True)
class Chart:
    """One metric over time: a line per province (and status), the largest figure reported for each day."""

    metric: str
    unit: str | None
    kind: str | None
    lines: dict[str, list[tuple[dt.date, float]]]


@dataclass(slots=True)
class WeekCount:
    week: Week
    articles: int
    facts: int


@dataclass(slots=True)
class Digest:
    week: Week
    articles: int
    facts: int
    outlets: list[str]
    news: list[ProvinceNews]
    due_soon: list[Figure]
    silent: list[Silence]
    conflicts: list[Conflict]
    charts: list[Chart]
    activity: list[WeekCount]  # the weeks up to this one, oldest first
    conflicts_left_out: int = 0  # beyond SHOWN_CONFLICTS

    @property
    def empty(self) -> bool:
        return self.articles == 0

    @property
    def provinces_moved(self) -> list[str]:
        return [n.province for n in self.news if n.figures or n.documents or n.deadlines]


def gather(store: Store, week: Week) -> Digest:
    """The digest of one ISO week from a store (read-only is enough)."""
    # every query below reads the same timeline: computed once, as it stood at the week's end
    store.query(f"CREATE OR REPLACE TEMP TABLE {_POINTS} AS SELECT row_number() OVER () AS point, * "
                "FROM timeline_until(?)", [week.end])  # fmt: skip
    try:
        return _gather(store, week)
    finally:
        store.query(f"DROP TABLE IF EXISTS {_POINTS}")


def _gather(store: Store, week: Week) -> Digest:
    articles, facts, outlets = _week_counts(store, week)
    figures = _attach_links(store, _new_figures(store, week))
    return Digest(
        week=week,
        articles=articles,
        facts=facts,
        outlets=outlets,
        news=_by_province(figures),
        due_soon=_attach_links(store, _due_soon(store, week)),
        silent=_silent(store, week),
        conflicts=_conflicts(store, [f for f in figures if f.conflict][:SHOWN_CONFLICTS], week),
        charts=_charts(store, week) if articles else [],  # an empty week: a short digest
        activity=[WeekCount(w, *_week_counts(store, w)[:2]) for w in _weeks_up_to(week, ACTIVITY_WEEKS)],
        conflicts_left_out=max(0, sum(f.conflict for f in figures) - SHOWN_CONFLICTS),
    )


def _weeks_up_to(week: Week, count: int) -> list[Week]:
    return [week.weeks_before(n) for n in range(count - 1, -1, -1)]


def _rows(store: Store, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    result = store.query(sql, params)
    return [dict(zip(result.columns, row, strict=True)) for row in result.rows]


def _week_counts(store: Store, week: Week) -> tuple[int, int, list[str]]:
    row = _rows(
        store,
        f"""SELECT count(DISTINCT a.id) AS articles, count(f.article_id) AS facts,
                   list(DISTINCT coalesce(a.outlet, regexp_extract(a.url, '//([^/:]+)', 1), a.id)) AS outlets
            FROM articles a LEFT JOIN facts f ON f.article_id = a.id
            WHERE {_ARTICLE_DAY} BETWEEN ? AND ?""",
        [week.start, week.end],
    )[0]
    return row["articles"], row["facts"], sorted(o for o in row["outlets"] or [] if o)


def _points(store: Store, condition: str, params: list[Any], first: dt.date, last: dt.date) -> list[Figure]:
    """Points meeting `condition` (on t) that an article of days first..last reported, each with the
    series' latest value of an earlier day."""
    same_series = " AND ".join(f"p.{c} IS NOT DISTINCT FROM t.{c}" for c in SERIES)
    rows = _rows(
        store,
        f"""WITH reported AS (
                SELECT DISTINCT r.point
                FROM (SELECT point, unnest(article_ids) AS id FROM {_POINTS}) r JOIN articles a ON a.id = r.id
                WHERE {_ARTICLE_DAY} BETWEEN ? AND ?
            ),
            chosen AS (
                SELECT t.* EXCLUDE (change, previous_as_of) FROM {_POINTS} t SEMI JOIN reported USING (point)
                WHERE {condition}
            )
            SELECT t.*, p.value AS previous_value, p.as_of AS previous_as_of
            FROM chosen t LEFT JOIN {_POINTS} p
                ON {same_series} AND p.as_of < t.as_of AND p.value IS NOT NULL AND t.value IS NOT NULL
                   AND coalesce(t.kind, '') <> 'additional'
            -- the latest earlier day; on a day with several values, the one most outlets gave, then the largest
            QUALIFY row_number() OVER (
                PARTITION BY t.point ORDER BY p.as_of DESC NULLS LAST, p.n_sources DESC, p.confidence DESC,
                                              p.value DESC
            ) = 1
            ORDER BY t.province NULLS LAST, t.metric, t.as_of NULLS LAST, t.kind NULLS FIRST, t.level NULLS FIRST,
                     t.commune NULLS FIRST, t.specialty NULLS FIRST, t.status, t.value NULLS LAST""",
        [first, last, *params],
    )
    return [_figure(row) for row in rows]


def _figure(row: dict[str, Any]) -> Figure:
    figure = Figure(**{k: v for k, v in row.items() if k in _FIGURE_FIELDS})
    figure.links = [Link(url=url, outlet="") for url in row["urls"] or []]
    if not figure.links:  # text files have no url: name the sources
        figure.links = [Link(outlet=source) for source in row["sources"] or []]
    return figure


def _new_figures(store: Store, week: Week) -> list[Figure]:
    return _points(store, "TRUE", [], week.start, week.end)


def _due_soon(store: Store, week: Week) -> list[Figure]:
    """Deadlines known by the week's end that fall in the days after it and were not reported met."""
    first, last = week.end + dt.timedelta(days=1), week.end + dt.timedelta(days=DUE_WITHIN_DAYS)
    return _points(
        store,
        "t.metric = 'deadline' AND t.as_of BETWEEN ? AND ? AND coalesce(t.status, 'planned') <> 'done'",
        [first, last],
        dt.date.min,
        week.end,
    )


def _attach_links(store: Store, figures: list[Figure]) -> list[Figure]:
    _name_links(store, [link for figure in figures for link in figure.links])
    return figures


def _name_links(store: Store, links: list[Link]) -> None:
    """Give each url its outlet and the article's title."""
    urls = sorted({link.url for link in links if link.url})
    if not urls:
        return
    rows = _rows(
        store,
        """SELECT url, coalesce(outlet, regexp_extract(url, '//([^/:]+)', 1)) AS outlet, title
           FROM articles WHERE list_contains(?, url)""",
        [urls],
    )
    known = {row["url"]: row for row in rows}
    for link in links:
        if link.url in known:
            link.outlet = known[link.url]["outlet"] or link.url
            link.title = known[link.url]["title"]
        elif link.url:
            link.outlet = link.outlet or link.url


def _by_province(figures: list[Figure]) -> list[ProvinceNews]:
    news: dict[str | None, ProvinceNews] = {}
    for figure in figures:
        entry = news.setdefault(figure.province, ProvinceNews(figure.province or "", [], [], []))
        if figure.metric == "document":
            entry.documents.append(figure)
        elif figure.metric == "deadline":
            entry.deadlines.append(figure)
        else:
            entry.figures.append(figure)
    for entry in news.values():
        entry.left_out = max(0, len(entry.figures) - SHOWN_PER_PROVINCE)
        entry.figures = _shown(entry.figures)
        entry.documents, entry.deadlines = entry.documents[:SHOWN_PER_PROVINCE], entry.deadlines[:SHOWN_PER_PROVINCE]
    # provinces in alphabetical order (Vietnamese letters as the gazetteer lists them), national last
    order = {name: i for i, name in enumerate(sorted(provinces(), key=_collation))}
    return sorted(news.values(), key=lambda n: (not n.province, order.get(n.province, len(order)), n.province))


def _metric_order(figure: Figure) -> int:
    return METRICS.index(figure.metric) if figure.metric in METRICS else len(METRICS)


def _shown(figures: list[Figure]) -> list[Figure]:
    """The figures worth an editor's time first (most outlets, a change, done), then in METRICS order."""
    ranked = sorted(
        figures,
        key=lambda f: (-f.n_sources, f.change is None, (f.status or "done") != "done", _metric_order(f)),
    )
    kept = {id(f) for f in ranked[:SHOWN_PER_PROVINCE]}
    return sorted((f for f in figures if id(f) in kept), key=_metric_order)  # stable: the SQL order within


def _collation(name: str) -> str:
    # "Đà Nẵng" after "Cần Thơ", before "Điện Biên"... close enough: letters without marks, Đ as D
    base = unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in base if not unicodedata.combining(c)).casefold()


def _conflicts(store: Store, figures: list[Figure], week: Week) -> list[Conflict]:
    """Every value outlets gave for each conflicting point, with their links (most sources first)."""
    if not figures:
        return []
    same = " AND ".join(f"r.{c} IS NOT DISTINCT FROM t.{c}" for c in (*SERIES, "as_of"))
    rows = _rows(
        store,
        f"""SELECT t.point, r.value, list(DISTINCT r.source ORDER BY r.source) AS sources,
                   list(DISTINCT r.url ORDER BY r.url) FILTER (WHERE r.url IS NOT NULL) AS urls
            FROM {_POINTS} t JOIN fact_reports r ON {same}
            WHERE list_contains(?, t.point) AND (r.reported_on IS NULL OR r.reported_on <= ?)
            GROUP BY t.point, r.value ORDER BY t.point, count(DISTINCT r.source) DESC, r.value""",
        [[f.point for f in figures], week.end],
    )
    readings: dict[int, list[Reading]] = {f.point: [] for f in figures}
    for row in rows:
        links = [Link(url=url, outlet="") for url in row["urls"] or []] or [Link(s) for s in row["sources"]]
        readings[row["point"]].append(Reading(row["value"], links))
    _name_links(store, [link for values in readings.values() for r in values for link in r.links])
    return [Conflict(f, readings[f.point]) for f in figures]


def _silent(store: Store, week: Week) -> list[Silence]:
    """Provinces with no report in the week and the weeks before it (SILENT_WEEKS in all)."""
    rows = _rows(
        store,
        """SELECT province, max(reported_on) AS last_report FROM fact_reports
           WHERE reported_on <= ? AND province IS NOT NULL GROUP BY province""",
        [week.end],
    )
    last = {row["province"]: row["last_report"] for row in rows}
    since = week.weeks_before(SILENT_WEEKS - 1).start
    silent = [Silence(p, last.get(p)) for p in provinces() if last.get(p) is None or last[p] < since]
    # the longest silent first; never-reported provinces last, alphabetically
    return sorted(silent, key=lambda s: (s.last_report is None, s.last_report or dt.date.min, _collation(s.province)))


def _charts(store: Store, week: Week) -> list[Chart]:
    """The main metrics over time up to the week's end: a line of two days or more; figures of the last
    weeks first, then the most points; in each, the lines (province and status) with the most points."""
    rows = _rows(
        store,
        f"""WITH points AS (
                -- no NULL in the chart key, so the joins below match
                SELECT metric, coalesce(unit, '') AS unit, coalesce(kind, '') AS kind, province,
                       coalesce(status, 'done') AS status, as_of, max(value) AS value
                FROM {_POINTS}
                WHERE value IS NOT NULL AND as_of IS NOT NULL AND as_of <= ? AND province IS NOT NULL
                  AND commune IS NULL AND specialty IS NULL AND coalesce(kind, '') <> 'additional'
                GROUP BY ALL
            ),
            lines AS (
                SELECT metric, unit, kind, province, status, count(*) AS n,
                       count(*) FILTER (WHERE as_of BETWEEN ? AND ?) AS recent
                FROM points GROUP BY ALL
            ),
            charts AS (
                SELECT metric, unit, kind, row_number() OVER (
                           ORDER BY sum(recent) > 0 DESC, sum(n) DESC, metric, unit, kind
                       ) AS chart
                FROM lines GROUP BY metric, unit, kind HAVING max(n) > 1
            ),
            kept AS (
                SELECT l.*, c.chart FROM lines l JOIN charts c USING (metric, unit, kind)
                WHERE c.chart <= {CHARTS}
                QUALIFY row_number() OVER (PARTITION BY c.chart ORDER BY l.n DESC, l.province, l.status)
                        <= {CHART_PROVINCES}
            )
            SELECT p.*, k.chart FROM points p JOIN kept k USING (metric, unit, kind, province, status)
            ORDER BY k.chart, p.province, p.status, p.as_of""",
        [week.end, week.weeks_before(SILENT_WEEKS - 1).start, week.end],
    )
    charts: dict[int, Chart] = {}
    for row in rows:
        chart = charts.setdefault(row["chart"], Chart(row["metric"], row["unit"] or None, row["kind"] or None, {}))
        line = row["province"] + ("" if row["status"] == "done" else f" ({STATUS_LABELS[row['status']]})")
        chart.lines.setdefault(line, []).append((row["as_of"], row["value"]))
    return list(charts.values())
