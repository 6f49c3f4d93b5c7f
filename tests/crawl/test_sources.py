"""The sources file."""

from __future__ import annotations

import csv
import tomllib
from pathlib import Path

import pytest

from monitor.crawl import BUNDLED_SOURCES, Listing, listings, read_source_list, read_sources

PROVINCES = Path(__file__).resolve().parents[2] / "monitor" / "extract" / "lang" / "vi" / "provinces_2025.csv"


def test_the_bundled_sources_are_real_outlets_with_where_each_was_seen():
    sources = tomllib.loads(BUNDLED_SOURCES.read_text(encoding="utf-8"))["source"]
    provinces = {row["province"] for row in csv.DictReader(PROVINCES.open(encoding="utf-8"))}
    assert len(sources) >= 25
    assert len({s["name"] for s in sources}) == len(sources)
    for source in sources:
        assert source["feeds"] or source.get("sitemaps"), source["name"]
        assert source["seen_in"] and source["verified"] is False, source["name"]
        assert source.get("province", "Hà Nội") in provinces, source["name"]
    assert sum(1 for s in sources if "province" in s) >= 5
    assert len(read_sources(BUNDLED_SOURCES)) >= 50


def test_feeds_are_read_in_order_without_repeats(tmp_path):
    path = tmp_path / "sources.toml"
    path.write_text(
        """
[[source]]
name = "Báo A"
feeds = ["http://127.0.0.1:8765/rss/chinh-quyen.xml", "http://127.0.0.1:8765/rss/xa-hoi.xml"]
sitemaps = ["http://127.0.0.1:8765/sitemap.xml"]
province = "Hải Phòng"
sections = ["Chính quyền"]
seen_in = "tests/site"
verified = true

[[source]]
name = "Báo B"
feeds = ["http://127.0.0.1:8765/rss/xa-hoi.xml", "http://127.0.0.2:8765/rss/b.xml"]
""",
        encoding="utf-8",
    )
    assert read_sources(path) == [
        "http://127.0.0.1:8765/rss/chinh-quyen.xml",
        "http://127.0.0.1:8765/rss/xa-hoi.xml",
        "http://127.0.0.2:8765/rss/b.xml",
    ]


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ('[[source]]\nname = "A"\n', "needs feeds or sitemaps"),
        ('[[source]]\nname = "A"\nsitemaps = "http://x/s.xml"\n', "sitemaps must be a list"),
        ('[[source]]\nfeeds = ["http://x/"]\n', "needs a name"),
        ('[[source]]\nname = "A"\nfeeds = ["http://x/"]\nfeed = "oops"\n', "unknown keys: feed"),
        ("[[source]\n", "Expected"),  # not TOML at all
    ],
)
def test_a_bad_file_raises_value_error(tmp_path, text, error):
    path = tmp_path / "sources.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match=error):
        read_sources(path)


def test_sources_with_sitemaps_give_listings(tmp_path):
    path = tmp_path / "sources.toml"
    path.write_text(
        """
[[source]]
name = "Báo A"
feeds = ["http://127.0.0.1:8765/rss/chinh-quyen.xml"]
sitemaps = ["http://127.0.0.1:8765/sitemap.xml"]
province = "Hải Phòng"
verified = true

[[source]]
name = "Báo B"
sitemaps = ["http://127.0.0.2:8765/sitemap-news.xml.gz", "http://127.0.0.1:8765/sitemap.xml"]
""",
        encoding="utf-8",
    )
    sources = read_source_list(path)
    assert [(s.name, s.province, s.verified) for s in sources] == [("Báo A", "Hải Phòng", True), ("Báo B", None, False)]
    assert listings(sources) == [
        Listing("http://127.0.0.1:8765/rss/chinh-quyen.xml", "feed", "Báo A"),
        Listing("http://127.0.0.1:8765/sitemap.xml", "sitemap", "Báo A"),
        Listing("http://127.0.0.2:8765/sitemap-news.xml.gz", "sitemap", "Báo B"),
    ]
