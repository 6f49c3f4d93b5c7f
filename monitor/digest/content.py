"""What a week's digest says, read from the store's timeline (README.md, "Weekly digest").

A fact belongs to the ISO week of the day its report counts for (fact_reports.reported_on: published,
else fetched, else first read). The digest reads the timeline as it stood at the week's end (the store's
timeline_until), so nothing reported after the week is used and a week's digest reads the same whenever
it is made. A figure is news in the week when an article of that week reported it (any of its values),
and "mới" only when it was first reported that week with no earlier point in its series; its change is
the timeline's: the difference from its series' point of the day before (one real quantity, series.md),
a proposal later adopted is a status step, and parts are listed under their whole, never compared with it.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field, fields
from typing import Any

from monitor.digest.labels import LEVEL_LABELS, STATUS_LABELS, population_name
from monitor.digest.week import Week
from monitor.extract import provinces
from monitor.facts import METRICS
from monitor.store import Store

SILENT_WEEKS = 4  # a province with no report for this many weeks is listed as silent
RECENT_WEEKS = 4  # a chart with figures of these last weeks comes first
DUE_WITHIN_DAYS = 14  # deadlines due within this many days after the week
ACTIVITY_WEEKS = 12  # weeks of articles and facts counted in the first chart
CHARTS = 4  # charts of the main metrics, at most
CHART_LINES = 6  # lines per chart, at most (those with the most points)
# an email, not a report: the rest is counted, and `monitor timeline` has it all
SHOWN_FIGURES = 200  # figures in all, shared between the provinces with news...
SHOWN_AT_LEAST = 5  # ...but at least this many per province (and as many documents, deadlines)
SHOWN_CONFLICTS = 10
SHOWN_DUE = 25

_TIMELINE = "digest_timeline"  # a temporary table: the timeline at the week's end
_POINTS = "digest_points"  # its points, each numbered


@dataclass(slots=True)
class Link:
    """An article that reported a figure: its outlet (else host, else id), url and title."""

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
    series: str | None = None  # the quantity's key (timeline.sql)
    part_of: str | None = None  # the series of the whole this figure is a part of
    population: str | None = None
    count_kind: str | None = None
    change: float | None = None  # from the series' point of the day before, when both days have one
    previous_value: float | None = None
    previous_as_of: dt.date | None = None
    step_from_status: str | None = None  # the same quantity under an earlier status: a proposal adopted
    step_from_value: float | None = None
    step_from_as_of: dt.date | None = None
    first_reported_on: dt.date | None = None
    earlier_points: int = 0  # points of its series on earlier days
    conflict: bool = False
    n_sources: int = 1
    point: int = 0  # the point's number in this digest's timeline
    article_ids: list[str] = field(default_factory=list)  # the articles that gave this value
    evidence: str = ""
    links: list[Link] = field(default_factory=list)
    parts: list[Figure] = field(default_factory=list)  # its breakdown: the parts reported with it

    def first_seen_in(self, week: Week) -> bool:
        """New to the store this week, and the first point of its series."""
        reported = self.first_reported_on is None or week.start <= self.first_reported_on <= week.end
        return reported and self.earlier_points == 0


_FIGURE_FIELDS = {f.name for f in fields(Figure)} - {"links", "parts"}


@dataclass(slots=True)
class Reading:
    """One value of a figure outlets disagree on, with who gave it."""

    value: float | None
    article_ids: list[str]
    links: list[Link] = field(default_factory=list)


@dataclass(slots=True)
class Conflict:
    figure: Figure
    readings: list[Reading]


@dataclass(slots=True)
class ProvinceNews:
    province: str  # "" for figures of the whole country
    figures: list[Figure]  # with a value, or a list of specialties
    documents: list[Figure]
    deadlines: list[Figure]
    left_out: int = 0  # figures, documents and deadlines not shown


@dataclass(slots=True)
class Silence:
    province: str
    last_report: dt.date | None  # None: never reported

    def weeks(self, week: Week) -> int | None:
        return None if self.last_report is None else (week.end - self.last_report).days // 7


@dataclass(slots=True)
class Chart:
    """One metric over time: a line per province (and status, level, period), the timeline's values."""

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
    due_left_out: int = 0
    conflicts_left_out: int = 0

    @property
    def empty(self) -> bool:
        return self.articles == 0

    @property
    def provinces_moved(self) -> list[str]:
        return [n.province for n in self.news if n.province]

    @property
    def conflicts_in_all(self) -> int:
        return len(self.conflicts) + self.conflicts_left_out


def gather(store: Store, week: Week) -> Digest:
    """The digest of one ISO week from a store (read-only is enough)."""
    # every query below reads the same timeline: computed once, as it stood at the week's end
    store.query(f"CREATE OR REPLACE TEMP TABLE {_TIMELINE} AS SELECT * FROM timeline_until(?)", [week.end])
    # numbered by row id: a row_number() over the whole timeline would cost as much as computing it
    store.query(f"CREATE OR REPLACE TEMP VIEW {_POINTS} AS SELECT rowid AS point, * FROM {_TIMELINE}")
    try:
        return _gather(store, week)
    finally:
        store.query(f"DROP VIEW IF EXISTS {_POINTS}")
        store.query(f"DROP TABLE IF EXISTS {_TIMELINE}")


def _gather(store: Store, week: Week) -> Digest:
    activity, outlets = _activity(store, week)
    figures = _new_figures(store, week)
    due = _due_soon(store, week)
    conflicting = [f for f in figures if f.conflict]
    conflicts = _conflicts(store, conflicting[:SHOWN_CONFLICTS])
    _attach_links(store, [*figures, *due], [r for c in conflicts for r in c.readings])
    return Digest(
        week=week,
        articles=activity[-1].articles,
        facts=activity[-1].facts,
        outlets=outlets,
        news=_by_province(figures),
        due_soon=due[:SHOWN_DUE],
        silent=_silent(store, week),
        conflicts=conflicts,
        charts=_charts(store, week) if activity[-1].articles else [],  # an empty week: a short digest
        activity=activity,
        due_left_out=max(0, len(due) - SHOWN_DUE),
        conflicts_left_out=max(0, len(conflicting) - SHOWN_CONFLICTS),
    )


def _rows(store: Store, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    result = store.query(sql, params)
    return [dict(zip(result.columns, row, strict=True)) for row in result.rows]


# each article once, on its day: that of its reports, else (no fact) the article's own
_ARTICLES_BY_DAY = """
    SELECT article_id AS id, min(reported_on) AS day, count(*) AS facts, min(source) AS source
    FROM fact_reports GROUP BY article_id
    UNION ALL
    SELECT d.id, d.day, 0, d.source FROM article_days d ANTI JOIN facts f ON f.article_id = d.id
"""


def _activity(store: Store, week: Week) -> tuple[list[WeekCount], list[str]]:
    """Articles and facts of each of the ACTIVITY_WEEKS weeks up to this one; the outlets of this one."""
    weeks = [week.weeks_before(n) for n in range(ACTIVITY_WEEKS - 1, -1, -1)]
    rows = _rows(
        store,
        f"""SELECT strftime(day, '%G-W%V') AS week, count(*) AS articles, sum(facts) AS facts,
                   list(DISTINCT source ORDER BY source) FILTER (WHERE day >= ?) AS outlets
            FROM ({_ARTICLES_BY_DAY}) WHERE day BETWEEN ? AND ? GROUP BY week""",
        [week.start, weeks[0].start, week.end],
    )
    counted = {row["week"]: row for row in rows}
    nothing = {"articles": 0, "facts": 0, "outlets": []}
    activity = [
        WeekCount(w, counted.get(str(w), nothing)["articles"], int(counted.get(str(w), nothing)["facts"]))
        for w in weeks
    ]
    return activity, counted.get(str(week), nothing)["outlets"] or []


def _points(
    store: Store, condition: str = "TRUE", params: list[Any] | None = None, reported: Week | None = None
) -> list[Figure]:
    """Points meeting `condition` (on t), those an article of the `reported` week gave if one is given,
    with their change as the timeline computed it and the number of earlier points of their series."""
    week_only = "SEMI JOIN reported USING (point)" if reported else ""
    rows = _rows(
        store,
        f"""WITH reported AS (
                SELECT DISTINCT r.point
                -- only points with a report in the week can have an article of it
                FROM (SELECT point, unnest(all_article_ids) AS id FROM {_POINTS}
                      WHERE coalesce(last_reported_on >= ? AND first_reported_on <= ?, true)) r
                JOIN (SELECT DISTINCT article_id FROM fact_reports WHERE reported_on BETWEEN ? AND ?) w
                  ON w.article_id = r.id
            ),
            chosen AS (SELECT t.* FROM {_POINTS} t {week_only} WHERE {condition})
            SELECT t.*, (SELECT count(*) FROM {_POINTS} e WHERE e.series = t.series AND e.as_of < t.as_of)
                        AS earlier_points
            FROM chosen t
            ORDER BY t.province NULLS LAST, t.metric, t.as_of NULLS LAST, t.kind NULLS FIRST, t.level NULLS FIRST,
                     t.commune NULLS FIRST, t.specialty NULLS FIRST, t.status, t.value NULLS LAST, t.series""",
        [*([reported.start, reported.end] if reported else [None, None]) * 2, *(params or [])],
    )
    return [Figure(**{k: v for k, v in row.items() if k in _FIGURE_FIELDS}) for row in rows]


def _new_figures(store: Store, week: Week) -> list[Figure]:
    return _points(store, reported=week)


def _due_soon(store: Store, week: Week) -> list[Figure]:
    """Deadlines known by the week's end that fall in the days after it, unless reported met."""
    first, last = week.end + dt.timedelta(days=1), week.end + dt.timedelta(days=DUE_WITHIN_DAYS)
    met = f"""SELECT 1 FROM {_POINTS} m WHERE m.metric = 'deadline' AND m.status = 'done' AND m.as_of = t.as_of
              AND m.province IS NOT DISTINCT FROM t.province AND m.detail IS NOT DISTINCT FROM t.detail"""
    condition = f"""t.metric = 'deadline' AND t.as_of BETWEEN ? AND ? AND coalesce(t.status, 'planned') <> 'done'
                    AND NOT EXISTS ({met})"""
    return _points(store, condition, [first, last])


def _conflicts(store: Store, figures: list[Figure]) -> list[Conflict]:
    """Every value outlets gave for each conflicting point, with the articles that gave it."""
    if not figures:
        return []
    same = "r.series = t.series AND r.as_of IS NOT DISTINCT FROM t.as_of"
    rows = _rows(
        store,
        f"""SELECT t.point, r.value, list(DISTINCT r.article_id ORDER BY r.article_id) AS article_ids
            FROM {_POINTS} t JOIN fact_reports r ON {same} AND list_contains(t.all_article_ids, r.article_id)
            WHERE list_contains(?, t.point)
            GROUP BY t.point, r.value ORDER BY t.point, count(DISTINCT r.source) DESC, r.value""",
        [[f.point for f in figures]],
    )
    readings: dict[int, list[Reading]] = {f.point: [] for f in figures}
    for row in rows:
        readings[row["point"]].append(Reading(row["value"], row["article_ids"]))
    return [Conflict(f, readings[f.point]) for f in figures]


def _attach_links(store: Store, figures: list[Figure], readings: list[Reading]) -> None:
    """A link per article that gave a figure or a reading: outlet, url and title, in outlet order."""
    ids = sorted({i for item in [*figures, *readings] for i in item.article_ids})
    if not ids:
        return
    rows = _rows(
        store,
        "SELECT id, source, url, title FROM article_days WHERE list_contains(?, id)",
        [ids],
    )
    links = {row["id"]: Link(row["source"], row["url"], row["title"]) for row in rows}
    for item in [*figures, *readings]:
        found = [links[i] for i in item.article_ids if i in links]
        item.links = sorted(found, key=lambda link: (_collation(link.outlet), link.url or ""))


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
    shown = max(SHOWN_AT_LEAST, SHOWN_FIGURES // max(1, len(news)))
    for entry in news.values():
        entry.figures = _under_wholes(entry.figures)
        total = len(entry.figures) + len(entry.documents) + len(entry.deadlines)
        entry.figures = _shown(entry.figures, shown)
        entry.documents, entry.deadlines = entry.documents[:shown], entry.deadlines[:shown]
        entry.left_out = total - len(entry.figures) - len(entry.documents) - len(entry.deadlines)
    # provinces in alphabetical order (Vietnamese letters as the gazetteer lists them), national last
    order = {name: i for i, name in enumerate(sorted(provinces(), key=_collation))}
    return sorted(news.values(), key=lambda n: (not n.province, order.get(n.province, len(order)), n.province))


def _under_wholes(figures: list[Figure]) -> list[Figure]:
    """Each part moved into its whole's breakdown (the whole's point of the same day); the rest as they were."""
    wholes = {(f.series, f.as_of): f for f in figures}
    top = []
    for figure in figures:
        whole = wholes.get((figure.part_of, figure.as_of)) if figure.part_of else None
        if whole is None or whole is figure:
            top.append(figure)
        else:
            whole.parts.append(figure)
    return top


def _metric_order(figure: Figure) -> int:
    return METRICS.index(figure.metric) if figure.metric in METRICS else len(METRICS)


def _shown(figures: list[Figure], count: int) -> list[Figure]:
    """The figures worth an editor's time (most outlets, a change, done), shown in METRICS order."""
    ranked = sorted(
        figures,
        key=lambda f: (-f.n_sources, f.change is None, (f.status or "done") != "done", _metric_order(f)),
    )
    kept = {id(f) for f in ranked[:count]}
    return sorted((f for f in figures if id(f) in kept), key=_metric_order)  # stable: the SQL order within


def _collation(name: str) -> str:
    # "Đà Nẵng" after "Cần Thơ", before "Điện Biên"... close enough: letters without marks, Đ as D
    base = unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in base if not unicodedata.combining(c)).casefold()


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
    """The main metrics over time up to the week's end: a line per series (one real quantity: a province's
    figure of one status, level, population...), of two days or more; running totals, shares and rates
    only (a batch or a month's count is no level), parts left to their whole's breakdown. Figures of the
    last weeks first, then the most points; in each, the lines with the most points."""
    rows = _rows(
        store,
        f"""WITH points AS (
                -- no NULL in the keys, so the joins below match
                SELECT metric, coalesce(unit, '') AS unit, coalesce(kind, '') AS kind, series,
                       any_value(province) AS province, coalesce(any_value(status), 'done') AS status,
                       coalesce(any_value(level), '') AS level, coalesce(any_value(population), '') AS population,
                       as_of, max(value) AS value
                FROM {_POINTS}
                WHERE value IS NOT NULL AND as_of IS NOT NULL AND as_of <= ? AND province IS NOT NULL
                  AND commune IS NULL AND specialty IS NULL AND part_of IS NULL
                  AND coalesce(count_kind, 'total') IN ('total', 'share', 'rate')
                GROUP BY metric, unit, kind, series, as_of
            ),
            lines AS (
                SELECT metric, unit, kind, series, count(*) AS n,
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
                QUALIFY row_number() OVER (PARTITION BY c.chart ORDER BY l.n DESC, l.series) <= {CHART_LINES}
            )
            SELECT p.*, k.chart FROM points p JOIN kept k USING (metric, unit, kind, series)
            ORDER BY k.chart, p.province, p.series, p.as_of""",
        [week.end, week.weeks_before(RECENT_WEEKS - 1).start, week.end],
    )
    charts: dict[int, Chart] = {}
    for row in rows:
        chart = charts.setdefault(row["chart"], Chart(row["metric"], row["unit"] or None, row["kind"] or None, {}))
        chart.lines.setdefault(_line_label(row), []).append((row["as_of"], row["value"]))
    return list(charts.values())


def _line_label(row: dict[str, Any]) -> str:
    """ "Hải Phòng", "Hải Phòng (đề xuất, cấp xã, identified)"."""
    notes = [STATUS_LABELS.get(row["status"], row["status"])] if row["status"] != "done" else []
    notes += [LEVEL_LABELS.get(row["level"], row["level"])] if row["level"] else []
    notes += [population_name(row["population"])] if row["population"] else []
    return row["province"] + (f" ({', '.join(notes)})" if notes else "")
