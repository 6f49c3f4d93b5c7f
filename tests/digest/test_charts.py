"""The digest's charts: articles and facts each on their own scale, and no legend over the data."""

from __future__ import annotations

import datetime as dt

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.legend import Legend
from matplotlib.transforms import Bbox

from monitor.digest.charts import COLOURS, activity_figure, activity_png, metric_figure, metric_png
from monitor.digest.content import Chart, WeekCount
from monitor.digest.week import Week

WEEK = Week.parse("2025-W35")
LONG = "Thành phố Hồ Chí Minh (đề xuất, cấp xã, từ 1/7/2025)"  # as long as a line's label gets


def weeks(counts: list[tuple[int, int]]) -> list[WeekCount]:
    return [
        WeekCount(WEEK.weeks_before(n), a, f) for n, (a, f) in zip(range(len(counts) - 1, -1, -1), counts, strict=True)
    ]


def chart(lines: int) -> Chart:
    first = dt.date(2025, 8, 1)
    return Chart(
        "dossiers_received",
        "dossier",
        None,
        {
            (f"{LONG} {n}" if n % 2 else f"Tỉnh số {n}"): [
                (first + dt.timedelta(days=4 * d), 100 * n + 40 * d)
                for d in range(8)  # lines up to the week
            ]
            for n in range(lines)
        },
    )


def legends(figure: Figure) -> list[Legend]:
    found = list(figure.legends)
    found += [axes.get_legend() for axes in figure.axes if axes.get_legend() is not None]
    return found


def overlap(a: Bbox, b: Bbox) -> bool:
    return a.x0 < b.x1 and b.x0 < a.x1 and a.y0 < b.y1 and b.y0 < a.y1


def assert_no_legend_over_data(figure: Figure) -> None:
    renderer = FigureCanvasAgg(figure).get_renderer()
    figure.draw(renderer)  # the layout engine places everything on drawing
    whole = figure.bbox
    for legend in legends(figure):
        box = legend.get_window_extent(renderer)
        for axes in figure.axes:
            assert not overlap(box, axes.get_window_extent(renderer)), "a legend sits over the plot area"
        # and none is cut off at the image's edge
        assert whole.x0 <= box.x0 and box.x1 <= whole.x1 + 0.5 and whole.y0 <= box.y0 and box.y1 <= whole.y1 + 0.5


def test_articles_and_facts_have_each_their_own_axis() -> None:
    counts = [(0, 0)] * 6 + [(2, 30), (5, 80), (3, 41), (8, 150), (12, 310), (9, 240)]
    figure = activity_figure(weeks(counts), WEEK)
    assert len(figure.axes) == 2
    top, bottom = figure.axes
    # one panel per count, each scaled to its own values: the articles are not flattened by the facts
    assert [bar.get_height() for bar in top.patches] == [a for a, _ in counts]
    assert [bar.get_height() for bar in bottom.patches] == [f for _, f in counts]
    assert top.get_ylim()[1] < 20 < 300 < bottom.get_ylim()[1]
    assert top.get_ylabel() and bottom.get_ylabel() and top.get_ylabel() != bottom.get_ylabel()
    # each panel its own colour; the digest's week stands out in each
    top_colours = {bar.get_facecolor() for bar in top.patches}
    bottom_colours = {bar.get_facecolor() for bar in bottom.patches}
    assert len(top_colours) == len(bottom_colours) == 2 and not top_colours & bottom_colours
    assert top.patches[-1].get_facecolor() != top.patches[0].get_facecolor()
    # the week's counts written on its bars
    assert {"9", "240"} <= {t.get_text() for axes in figure.axes for t in axes.texts}
    assert_no_legend_over_data(figure)
    assert activity_png(weeks(counts), WEEK).startswith(b"\x89PNG")


def test_a_label_wider_than_the_chart_wraps_and_stays_in_the_image() -> None:
    wide = Chart("budget", "VND", None, {f"{LONG} {LONG} {LONG}": chart(1).lines["Tỉnh số 0"]})
    figure = metric_figure(wide, WEEK)
    (legend,) = legends(figure)
    assert "\n" in legend.get_texts()[0].get_text()
    assert_no_legend_over_data(figure)


@pytest.mark.parametrize("lines", [1, 2, 5, len(COLOURS)])
def test_a_metric_chart_has_its_legend_outside_the_plot(lines: int) -> None:
    figure = metric_figure(chart(lines), WEEK)
    (found,) = legends(figure)
    assert len(found.get_texts()) == lines
    assert f"{LONG} 1" in {t.get_text() for t in found.get_texts()} or lines == 1
    assert_no_legend_over_data(figure)
    assert metric_png(chart(lines), WEEK).startswith(b"\x89PNG")


def test_the_legend_is_below_the_plot_and_readable() -> None:
    figure = metric_figure(chart(6), WEEK)
    figure.draw(FigureCanvasAgg(figure).get_renderer())
    (legend,) = legends(figure)
    (axes,) = figure.axes
    assert legend.get_window_extent().y1 <= axes.get_window_extent().y0  # below (y grows upwards)
    assert all(t.get_fontsize() >= 8 for t in legend.get_texts())
    assert figure.get_size_inches()[0] * figure.dpi <= 640  # the width the email shows it at
