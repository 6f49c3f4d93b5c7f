"""The charts of the pages, as data for plotly (static/charts.js draws them): one line per series, each point
carrying the link to the sentence it was read from (a click on it opens the article there)."""

from __future__ import annotations

from typing import Any

from monitor.digest import labels
from monitor.facts import METRICS
from monitor.web.render import series_label

LINES_PER_CHART = 8  # the series with the most points; the table below a chart lists them all
CHART_HEIGHT = 340


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


def metric_charts(points: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One section per metric (in METRICS order): its label, its points, its chart (None: nothing dated to draw).

    A chart draws the series of the metric's most common unit (counts and shares are not drawn on one axis).
    """
    by_metric: dict[str, list[dict[str, Any]]] = {}
    for point in points:
        by_metric.setdefault(point["metric"], []).append(point)
    sections = []
    for metric in sorted(by_metric, key=lambda m: (METRICS.index(m) if m in METRICS else len(METRICS), m)):
        shown = by_metric[metric]
        drawable = _drawable(shown)
        chart = None
        if drawable:
            units = [p.get("unit") for p in drawable]
            unit = max(set(units), key=lambda u: (units.count(u), u or ""))
            series: dict[str, list[dict[str, Any]]] = {}
            for point in drawable:
                if point.get("unit") == unit:
                    series.setdefault(point["series"], []).append(point)
            busiest = sorted(series.items(), key=lambda item: (-len(item[1]), item[0]))[:LINES_PER_CHART]
            lines = [(series_label(points_of[0]), points_of) for _, points_of in busiest]
            chart = {"figure": _figure(lines, unit), "lines": len(busiest), "of": len(series)}
        sections.append({"metric": metric, "label": labels.metric_name(metric), "points": shown, "chart": chart})
    return sections


def series_chart(key: str, points: list[dict[str, Any]]) -> dict[str, Any] | None:
    drawable = _drawable(points)
    if not drawable:
        return None
    return {"figure": _figure([(series_label(drawable[0]), drawable)], drawable[0].get("unit")), "lines": 1, "of": 1}
