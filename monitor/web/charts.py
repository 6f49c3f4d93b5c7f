"""The charts of the pages, as data for plotly (static/charts.js draws them): one line per series, each point
carrying the link to the sentence it was read from (a click on it opens the article there)."""

from __future__ import annotations

from typing import Any

from monitor.digest import labels
from monitor.facts import METRICS
from monitor.web.render import series_label

LINES_PER_CHART = 8  # the series with the most points; the table below a chart lists them all
CHART_HEIGHT = 340
TABLE_ROWS = 200  # a metric's newest points in its table; the CSV has them all


def _plain_text(text: str) -> str:
    """plotly reads a few HTML tags in trace names and hover text: give it none."""
    return text.replace("<", "‹").replace(">", "›")


def _unit_name(unit: str | None) -> str:
    if not unit:
        return ""
    if unit == "%":
        return "%"
    return labels.amount(0, unit).removeprefix("0").strip()


def _figure(lines: list[tuple[str, list[dict[str, Any]]]], unit: str | None) -> dict[str, Any]:
    traces = []
    for name, points in lines:
        traces.append(
            {
                "type": "scatter",
                "mode": "lines+markers",
                "name": _plain_text(name),
                "x": [point["as_of"].isoformat() for point in points],
                "y": [point["value"] for point in points],
                "customdata": [point.get("link") for point in points],
                "text": [_plain_text(labels.amount(p["value"], p.get("unit"), approx=p.get("approx"))) for p in points],
                "hovertemplate": "%{text}<br>%{x|%d/%m/%Y}<extra>%{fullData.name}</extra>",
            }
        )
    return {
        "data": traces,
        "layout": {
            "height": CHART_HEIGHT,
            "margin": {"l": 60, "r": 20, "t": 10, "b": 40},
            "xaxis": {"type": "date", "tickformat": "%d/%m/%Y"},
            "yaxis": {"title": {"text": _unit_name(unit)}, "rangemode": "tozero", "separatethousands": True},
            "legend": {"orientation": "h", "y": -0.2},
            "showlegend": len(traces) > 1,
            "separators": ",.",
            "hovermode": "closest",
        },
    }


def _drawable(points: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [p for p in points if p.get("as_of") is not None and p.get("value") is not None]


def metric_sections(points: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One section per metric (in METRICS order): its label, the points its table shows (the newest
    TABLE_ROWS), how many it has, and the lines its chart draws (empty: nothing dated to draw). Draw them
    with draw() once the points have their links.

    A chart draws the series of the metric's most common unit (counts and shares are not drawn on one axis),
    the LINES_PER_CHART series with the most points.
    """
    by_metric: dict[str, list[dict[str, Any]]] = {}
    for point in points:
        by_metric.setdefault(point["metric"], []).append(point)
    sections = []
    for metric in sorted(by_metric, key=lambda m: (METRICS.index(m) if m in METRICS else len(METRICS), m)):
        found = by_metric[metric]
        drawable = _drawable(found)
        unit, busiest, series = None, [], {}
        if drawable:
            units = [p.get("unit") for p in drawable]
            unit = max(set(units), key=lambda u: (units.count(u), u or ""))
            for point in drawable:
                if point.get("unit") == unit:
                    series.setdefault(point["series"], []).append(point)
            busiest = sorted(series.items(), key=lambda item: (-len(item[1]), item[0]))[:LINES_PER_CHART]
        sections.append(
            {
                "metric": metric,
                "label": labels.metric_name(metric),
                "points": found[-TABLE_ROWS:],
                "count": len(found),
                "lines": [(series_label(points_of[0]), points_of) for _, points_of in busiest],
                "series": len(series),
                "unit": unit,
                "chart": None,
            }
        )
    return sections


def shown_points(sections: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The points the sections show, in their tables or charts (each once): those that need links."""
    shown = {id(p): p for section in sections for p in section["points"]}
    shown.update((id(p), p) for section in sections for _, points in section["lines"] for p in points)
    return list(shown.values())


def draw(sections: list[dict[str, Any]]) -> None:
    """Each section's chart (plotly's figure), from its lines."""
    for section in sections:
        if section["lines"]:
            section["chart"] = {
                "figure": _figure(section["lines"], section["unit"]),
                "lines": len(section["lines"]),
                "of": section["series"],
            }


def series_chart(points: list[dict[str, Any]]) -> dict[str, Any] | None:
    drawable = _drawable(points)
    if not drawable:
        return None
    return {"figure": _figure([(series_label(drawable[0]), drawable)], drawable[0].get("unit")), "lines": 1, "of": 1}
