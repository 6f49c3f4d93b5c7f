"""What a week's digest says, read from the store's timeline (README.md, "Weekly digest").

A fact belongs to the ISO week its article was published in (else fetched in). A figure is new in the
week when one of its reports comes from an article of that week; its change is the difference from the
series' latest earlier value (same province, metric, kind, status, ...), as the timeline computes it.
Nothing published after the week is used, so a week's digest reads the same whenever it is made.
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
CHART_PROVINCES = 6  # lines per chart, at most (the provinces with the most points)

# the day an article counts for
_ARTICLE_DAY = "coalesce(a.published_at, CAST(a.fetched_at AS DATE))"
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
    figures: list[Figure]  # with a value
    documents: list[Figure]
    deadlines: list[Figure]


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

    @property
    def empty(self) -> bool:
        return self.articles == 0

    @property
    def provinces_moved(self) -> list[str]:
        return [n.province for n in self.news if n.figures or n.documents or n.deadlines]


def gather(store: Store, week: Week) -> Digest:
    """The digest of one ISO week from a store (read-only is enough)."""
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
        conflicts=[Conflict(f, _readings(store, f)) for f in figures if f.conflict],
        charts=_charts(store, week) if articles else [],  # an empty week: a short digest
        activity=[WeekCount(w, *_week_counts(store, w)[:2]) for w in _weeks_up_to(week, ACTIVITY_WEEKS)],
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


def _points(store: Store, condition: str, params: list[Any], week: Week) -> list[Figure]:
    """Timeline points meeting `condition` (on t) and reported in [first, last] (params[:2]), each with the
    series' latest value of an earlier day as its previous value; only articles of the week or before count."""
    same_series = " AND ".join(f"p.{c} IS NOT DISTINCT FROM t.{c}" for c in SERIES)
    rows = _rows(
        store,
        f"""WITH reported AS (
                SELECT list(a.id) AS ids FROM articles a WHERE {_ARTICLE_DAY} BETWEEN ? AND ?
            ),
            known AS (
                SELECT list(a.id) AS ids FROM articles a WHERE {_ARTICLE_DAY} <= ?
            ),
            known_points AS (
                SELECT t.* FROM timeline t, known WHERE list_has_all(known.ids, t.article_ids)
            ),
            chosen AS (
                SELECT t.* EXCLUDE (change, previous_as_of) FROM known_points t, reported
                WHERE list_has_any(t.article_ids, reported.ids) AND {condition}
            )
            SELECT t.*, p.value AS previous_value, p.as_of AS previous_as_of
            FROM chosen t LEFT JOIN known_points p
                ON {same_series} AND p.as_of < t.as_of AND p.value IS NOT NULL AND t.value IS NOT NULL
                   AND coalesce(t.kind, '') <> 'additional'
            -- the latest earlier day; on a day with several values, the one most outlets gave, then the largest
            QUALIFY row_number() OVER (
                PARTITION BY {", ".join(f"t.{c}" for c in SERIES)}, t.as_of, t.value, t.article_ids
                ORDER BY p.as_of DESC NULLS LAST, p.n_sources DESC, p.confidence DESC, p.value DESC
            ) = 1
            ORDER BY t.province NULLS LAST, t.metric, t.as_of NULLS LAST, t.kind NULLS FIRST, t.level NULLS FIRST,
                     t.commune NULLS FIRST, t.specialty NULLS FIRST, t.status, t.value NULLS LAST""",
        [*params[:2], week.end, *params[2:]],
    )
    return [_figure(row) for row in rows]


def _figure(row: dict[str, Any]) -> Figure:
    figure = Figure(**{k: v for k, v in row.items() if k in _FIGURE_FIELDS})
    figure.links = [Link(url=url, outlet="") for url in row["urls"] or []]
    if not figure.links:  # text files have no url: name the sources
        figure.links = [Link(outlet=source) for source in row["sources"] or []]
    return figure


def _new_figures(store: Store, week: Week) -> list[Figure]:
    return _points(store, "TRUE", [week.start, week.end], week)


def _due_soon(store: Store, week: Week) -> list[Figure]:
    """Deadlines known by the week's end that fall in the days after it and were not reported met."""
    first, last = week.end + dt.timedelta(days=1), week.end + dt.timedelta(days=DUE_WITHIN_DAYS)
    return _points(
        store,
        "t.metric = 'deadline' AND t.as_of BETWEEN ? AND ? AND coalesce(t.status, 'planned') <> 'done'",
        [dt.date.min, week.end, first, last],
        week,
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
    for entry in news.values():  # staff first, as METRICS lists them; the SQL order within a metric
        entry.figures.sort(key=lambda f: METRICS.index(f.metric) if f.metric in METRICS else len(METRICS))
    # provinces in alphabetical order (Vietnamese letters as the gazetteer lists them), national last
    order = {name: i for i, name in enumerate(sorted(provinces(), key=_collation))}
    return sorted(news.values(), key=lambda n: (not n.province, order.get(n.province, len(order)), n.province))


def _collation(name: str) -> str:
    # "Đà Nẵng" after "Cần Thơ", before "Điện Biên"... close enough: letters without marks, Đ as D
    base = unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in base if not unicodedata.combining(c)).casefold()


def _readings(store: Store, figure: Figure) -> list[Reading]:
    """Every value outlets gave for a conflicting point, with their links (most sources first)."""
    same = " AND ".join(f"{column} IS NOT DISTINCT FROM ?" for column in SERIES)
    rows = _rows(
        store,
        f"""SELECT value, list(DISTINCT source ORDER BY source) AS sources,
                   list(DISTINCT url ORDER BY url) FILTER (WHERE url IS NOT NULL) AS urls
            FROM fact_reports WHERE {same} AND as_of IS NOT DISTINCT FROM ?
            GROUP BY value ORDER BY count(DISTINCT source) DESC, value""",
        [*(getattr(figure, column) for column in SERIES), figure.as_of],
    )
    readings = []
    for row in rows:
        links = [Link(url=url, outlet="") for url in row["urls"] or []] or [Link(s) for s in row["sources"]]
        readings.append(Reading(row["value"], links))
    _name_links(store, [link for reading in readings for link in reading.links])
    return readings


def _silent(store: Store, week: Week) -> list[Silence]:
    """Provinces with no report in the week and the weeks before it (SILENT_WEEKS in all)."""
    rows = _rows(
        store,
        f"""SELECT f.province, max({_ARTICLE_DAY}) AS last_report
            FROM facts f JOIN articles a ON a.id = f.article_id
            WHERE {_ARTICLE_DAY} <= ? AND f.province IS NOT NULL GROUP BY f.province""",
        [week.end],
    )
    last = {row["province"]: row["last_report"] for row in rows}
    since = week.weeks_before(SILENT_WEEKS - 1).start
    silent = [Silence(p, last.get(p)) for p in provinces() if last.get(p) is None or last[p] < since]
    # the longest silent first; never-reported provinces last, alphabetically
    return sorted(silent, key=lambda s: (s.last_report is None, s.last_report or dt.date.min, _collation(s.province)))


def _charts(store: Store, week: Week) -> list[Chart]:
    """The main metrics over time up to the week's end: those with most points, figures of this week first."""
    rows = _rows(
        store,
        f"""WITH known AS (SELECT list(a.id) AS ids FROM articles a WHERE {_ARTICLE_DAY} <= ?),
            points AS (
                -- no NULL in the chart key, so the joins below match
                SELECT t.metric, coalesce(t.unit, '') AS unit, coalesce(t.kind, '') AS kind, t.province,
                       coalesce(t.status, 'done') AS status, t.as_of,
                       max(t.value) AS value
                FROM timeline t, known
                WHERE t.value IS NOT NULL AND t.as_of IS NOT NULL AND t.as_of <= ? AND t.province IS NOT NULL
                  AND t.commune IS NULL AND t.specialty IS NULL AND coalesce(t.kind, '') <> 'additional'
                  AND list_has_all(known.ids, t.article_ids)
                GROUP BY ALL
            ),
            lines AS (
                SELECT metric, unit, kind, province, status, count(*) AS n,
                       count(*) FILTER (WHERE as_of BETWEEN ? AND ?) AS recent
                FROM points GROUP BY ALL
            ),
            ranked AS (
                SELECT metric, unit, kind, sum(n) AS n, max(n) AS longest, sum(recent) AS recent
                FROM lines GROUP BY ALL
            )
            -- a line over time (two days or more), figures of the last weeks first, then the most points
            SELECT p.* FROM points p JOIN ranked r USING (metric, unit, kind)
            WHERE r.longest > 1
            ORDER BY r.recent > 0 DESC, r.n DESC, p.metric, p.unit, p.kind,
                     p.province, p.status, p.as_of""",
        [week.end, week.end, week.weeks_before(SILENT_WEEKS - 1).start, week.end],
    )
    charts: dict[tuple[Any, ...], Chart] = {}
    for row in rows:
        key = (row["metric"], row["unit"], row["kind"])
        if key not in charts:
            if len(charts) == CHARTS:
                break
            charts[key] = Chart(row["metric"], row["unit"] or None, row["kind"] or None, {})
        line = row["province"] + ("" if row["status"] == "done" else f" ({STATUS_LABELS[row['status']]})")
        charts[key].lines.setdefault(line, []).append((row["as_of"], row["value"]))
    return [_busiest_lines(chart) for chart in charts.values()]


def _busiest_lines(chart: Chart) -> Chart:
    keep = sorted(chart.lines, key=lambda p: (-len(chart.lines[p]), _collation(p)))[:CHART_PROVINCES]
    chart.lines = {p: chart.lines[p] for p in sorted(keep, key=_collation)}
    return chart
