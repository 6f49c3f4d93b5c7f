"""The digest's charts as PNG bytes (matplotlib, no screen needed).

Each chart is drawn as a matplotlib Figure first (activity_figure, metric_figure), so tests can look at
its axes and legend; activity_png and metric_png give the PNG bytes the digest embeds.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import textwrap

import matplotlib

matplotlib.use("Agg")  # render to memory: no display on a server

import matplotlib.dates as mdates
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from monitor.digest.content import Chart, WeekCount
from monitor.digest.labels import amount, metric_name, number
from monitor.digest.week import Week

WIDTH, HEIGHT = 6.4, 2.8  # inches at 100 dpi: 640 px wide fits a mail client's reading pane
PANEL = 1.55  # inches: each of the activity chart's two panels
LEGEND_ROW = 0.2  # inches: a row of legend below a metric chart
# a line's label may be long ("Hải Phòng (đề xuất, cấp xã, từ 1/7/2025)"): two legend columns when
# every label fits half the width at 8 pt, else one; a label wider than the chart wraps
HALF_WIDTH_CHARS, FULL_WIDTH_CHARS = 44, 95
INK, OTHER_WEEKS, WEEK_SHADE = "#1f3b57", "#9fb4c8", "#f6d7a7"
ARTICLES_INK, ARTICLES_OTHER = "#b3261e", "#e6b0ab"  # the articles panel: its own colour, not the facts'
COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf")


def activity_figure(weeks: list[WeekCount], week: Week) -> Figure:
    """Articles per week above, facts per week below: two panels, each with its own scale (a week's
    facts are many times its articles, so one axis would flatten the articles), the digest's week darker
    and its count written on its bar. No legend: each panel's title says what it counts."""
    figure = _figure(WIDTH, 0.45 + 2 * PANEL)
    top, bottom = figure.subplots(2, 1, sharex=True)
    labels = [f"T{w.week.number}" for w in weeks]
    panels = (
        (top, [w.articles for w in weeks], ARTICLES_INK, ARTICLES_OTHER, "Bài báo mỗi tuần", "bài báo"),
        (bottom, [w.facts for w in weeks], INK, OTHER_WEEKS, "Số liệu trích xuất mỗi tuần", "số liệu"),
    )
    for axes, values, ink, other, title, unit in panels:
        bars = axes.bar(labels, values, color=[ink if w.week == week else other for w in weeks], width=0.7)
        shown = [number(value) if w.week == week else "" for w, value in zip(weeks, values, strict=True)]
        axes.bar_label(bars, labels=shown, fontsize=8, color=ink, padding=2)
        axes.set_title(title, fontsize=9, loc="left", color=ink)
        axes.set_ylabel(unit, fontsize=8, color=ink)
        axes.yaxis.set_major_locator(MaxNLocator(nbins=3, integer=True))
        axes.yaxis.set_major_formatter(FuncFormatter(lambda v, _: number(v)))
        axes.set_ylim(0, max(1, max(values, default=0)) * 1.25)  # room for the week's count above its bar
        axes.tick_params(axis="y", colors=ink)
        _tidy(axes)
    figure.suptitle(f"Bài báo và số liệu mỗi tuần, đến tuần {week.number}/{week.year}", fontsize=10, x=0.01,
                    ha="left")  # fmt: skip
    return figure


def metric_figure(chart: Chart, week: Week) -> Figure:
    """One metric over time: a line per province, the digest's week shaded; the legend below the plot,
    never over a line (the figure grows a row per two lines)."""
    lines = [(_legend_label(label), points) for label, points in list(chart.lines.items())[: len(COLOURS)]]
    columns = 2 if all(len(label) <= HALF_WIDTH_CHARS for label, _ in lines) else 1
    rows = sum(label.count("\n") + 1 for label, _ in lines) / columns
    figure = _figure(WIDTH, HEIGHT + math.ceil(rows) * LEGEND_ROW)
    axes = figure.subplots()
    axes.axvspan(week.start, week.end + dt.timedelta(days=1), color=WEEK_SHADE, alpha=0.6, lw=0)
    for colour, (label, points) in zip(COLOURS, lines, strict=False):
        days, values = zip(*points, strict=True)
        # "$" would start mathtext in a label
        axes.plot(days, values, "o-", color=colour, label=label, markersize=4)
    axes.set_title(chart_title(chart), fontsize=10, loc="left")
    axes.yaxis.set_major_formatter(FuncFormatter(lambda v, _: amount(v, chart.unit)))
    axes.xaxis.set_major_locator(mdates.AutoDateLocator(maxticks=8))
    axes.xaxis.set_major_formatter(mdates.DateFormatter("%d/%m"))
    _tidy(axes)
    if lines:
        # "outside": constrained layout keeps the legend out of the plot area, below it
        figure.legend(loc="outside lower left", ncols=min(columns, len(lines)), fontsize=8, frameon=False)
    return figure


def activity_png(weeks: list[WeekCount], week: Week) -> bytes:
    return png(activity_figure(weeks, week))


def metric_png(chart: Chart, week: Week) -> bytes:
    return png(metric_figure(chart, week))


def chart_title(chart: Chart) -> str:
    return metric_name(chart.metric, chart.kind) + ("" if chart.unit != "%" else " (%)")


def png(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    # no Software/date metadata: the same digest gives the same bytes
    figure.savefig(buffer, format="png", metadata={"Software": None})
    return buffer.getvalue()


def _legend_label(label: str) -> str:
    # "$" would start mathtext in a label
    return textwrap.fill(label, FULL_WIDTH_CHARS).replace("$", r"\$")


def _figure(width: float, height: float) -> Figure:
    figure = Figure(figsize=(width, height), dpi=100)
    figure.set_layout_engine("constrained", h_pad=0.04, w_pad=0.04)
    return figure


def _tidy(axes: Axes) -> None:
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    axes.tick_params(labelsize=8)
