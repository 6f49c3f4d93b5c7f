"""The test site's server: {BASE} substitution, content types, 404s."""

from __future__ import annotations

import httpx


def test_links_point_at_the_server_itself(site_url):
    response = httpx.get(f"{site_url}/rss/chinh-quyen.xml")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/rss+xml; charset=utf-8"
    assert "{BASE}" not in response.text
    assert f"<link>{site_url}/chinh-quyen/" in response.text


def test_content_types_and_missing_files(site_url):
    assert httpx.get(f"{site_url}/").headers["content-type"] == "text/html; charset=utf-8"
    assert httpx.get(f"{site_url}/robots.txt").text.endswith(f"Sitemap: {site_url}/sitemap.xml\n")
    assert httpx.get(f"{site_url}/sitemap.xml").headers["content-type"] == "application/xml; charset=utf-8"
    assert httpx.get(f"{site_url}/static/logo.svg").headers["content-type"].startswith("image/svg+xml")
    assert httpx.get(f"{site_url}/no/such/page.html").status_code == 404
    assert httpx.get(f"{site_url}/../conftest.py").status_code == 404
