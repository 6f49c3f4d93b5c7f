"""The digest's charts as PNG bytes (matplotlib, no screen needed)."""

from __future__ import annotations

import datetime as dt
import io

import matplotlib

matplotlib.use("Agg")  # render to memory: no display on a server

import matplotlib.dates as mdates
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from monitor.digest.content import Chart, WeekCount
from monitor.digest.labels import amount, metric_name, number
from monitor.digest.week import Week

SIZE = (6.4, 2.8)  # inches at 100 dpi: 640 px wide fits a mail client's reading pane
INK, OTHER_WEEKS, WEEK_SHADE = "#1f3b57", "#9fb4c8", "#f6d7a7"
COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf")


def activity_png(weeks: list[WeekCount], week: Week) -> bytes:
    """Facts and articles per week, the digest's week in another colour."""
    figure = _figure()
    axes = figure.subplots()
    labels = [f"T{w.week.number}" for w in weeks]
    colours = [INK if w.week == week else OTHER_WEEKS for w in weeks]
    axes.bar(labels, [w.facts for w in weeks], color=colours, label="số liệu")
    axes.plot(labels, [w.articles for w in weeks], "o-", color="#d62728", label="bài báo")
    axes.set_title(f"Bài báo và số liệu mỗi tuần, đến tuần {week.number}/{week.year}", fontsize=10, loc="left")
    axes.yaxis.set_major_formatter(FuncFormatter(lambda v, _: number(v)))
    axes.legend(fontsize=8, frameon=False, loc="upper left")
    return _png(figure, axes)


def metric_png(chart: Chart, week: Week) -> bytes:
    """One metric over time: a line per province, the digest's week shaded."""
    figure = _figure()
    axes = figure.subplots()
    axes.axvspan(week.start, week.end + dt.timedelta(days=1), color=WEEK_SHADE, alpha=0.6, lw=0)
    for colour, (label, points) in zip(COLOURS, chart.lines.items(), strict=False):
        days, values = zip(*points, strict=True)
        # "$" would start mathtext in a label
        axes.plot(days, values, "o-", color=colour, label=label.replace("$", r"\$"), markersize=4)
    axes.set_title(chart_title(chart), fontsize=10, loc="left")
    axes.yaxis.set_major_formatter(FuncFormatter(lambda v, _: amount(v, chart.unit)))
    axes.xaxis.set_major_locator(mdates.AutoDateLocator(maxticks=8))
    axes.xaxis.set_major_formatter(mdates.DateFormatter("%d/%m"))
    axes.legend(fontsize=8, frameon=False, loc="best")
    return _png(figure, axes)


def chart_title(chart: Chart) -> str:
    return metric_name(chart.metric, chart.kind) + ("" if chart.unit != "%" else " (%)")


def _figure() -> Figure:
    figure = Figure(figsize=SIZE, dpi=100)
    figure.set_layout_engine("tight")
    return figure


def _png(figure: Figure, axes: object) -> bytes:
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)  # type: ignore[attr-defined]
    axes.tick_params(labelsize=8)  # type: ignore[attr-defined]
    buffer = io.BytesIO()
    # no Software/date metadata: the same digest gives the same bytes
    figure.savefig(buffer, format="png", metadata={"Software": None})
    return buffer.getvalue()
