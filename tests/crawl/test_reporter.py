"""What a person sees of a pass: the progress bar's known totals and per-source counts, and --log-json's fields."""

from __future__ import annotations

import io
import json

from rich.console import Console

from monitor.crawl import CrawlEvent, EventKind
from monitor.pipeline import Tally
from monitor.reporter import Reporter, _bar


def test_the_bar_counts_listings_and_pages_against_totals_that_grow():
    tally = Tally(hosts=20, listings=20, listings_done=12, pages=45, pages_done=30)
    tally.add("Báo Mẫu", "stored")
    tally.add("Báo Mẫu", "skipped")
    tally.add("Báo Khác", "error")
    shown = _bar(tally)
    assert shown["total"] == 65 and shown["completed"] == 42
    assert shown["description"].startswith("20 hosts · listings 12/20 · pages 30/45 · stored/skipped/errors: ")
    assert "Báo Mẫu 1/1/0" in shown["description"] and "Báo Khác 0/0/1" in shown["description"]


def test_with_many_sources_the_bar_shows_the_busiest_whole_and_counts_the_rest():
    tally = Tally(hosts=67, listings=67)
    for number in range(40):
        for _ in range(number % 5):
            tally.add(f"Báo Tỉnh Số {number}", "stored")
    tally.add("Báo Bận Nhất", "stored")
    for _ in range(9):
        tally.add("Báo Bận Nhất", "skipped")
    sources = _bar(tally)["description"].split("stored/skipped/errors: ")[1]
    shown, more = sources.rsplit(" (+", 1)
    names = [part.rsplit(" ", 1)[0] for part in shown.split(", ")]
    assert names[0] == "Báo Bận Nhất" and all(name.startswith("Báo") for name in names)  # none cut mid-name
    assert len(names) + int(more.split(" ")[0]) == len(tally.counts) and len(shown) <= 80


def test_json_lines_say_what_each_event_was_about():
    out = io.StringIO()
    reporter = Reporter(Console(file=out), "json")
    event = CrawlEvent(EventKind.ERROR, "http://x.vn/rss", "feed http://x.vn/rss: HTTP 500", source="x", target="feed")
    reporter.page(event, "error", None, Tally())
    record = json.loads(out.getvalue())
    assert (record["event"], record["target"], record["source"]) == ("error", "feed", "x")
    assert record["message"] == "feed http://x.vn/rss: HTTP 500"
