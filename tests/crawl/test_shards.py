"""`monitor crawl --shard I/N` (issue 19): which hosts a worker takes, the same in every process, the shards
covering every source once; a page listed on another shard's host left for its owner, which fetches it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from monitor.cli import cli
from monitor.crawl import BUNDLED_SOURCES, MemoryState, crawl, listings, read_source_list
from monitor.crawl.shard import Shard, shard_host, shard_number
from tests.crawl.outlets import PAGES, rows

HOSTS = [f"bao{number}.example.vn" for number in range(60)] + ["127.0.0.2", "xn--bo-mu-5qa.vn"]
ARTICLE = "ho-so.html"  # a page of tests/crawl/pages about the reform


def test_a_hosts_shard_is_the_same_in_every_process():
    # Python's hash() of a str changes with PYTHONHASHSEED: the shard must not
    code = (
        "import json, sys; from monitor.crawl.shard import shard_number; "
        "print(json.dumps({h: [shard_number(h, n) for n in (2, 3, 7)] for h in json.load(sys.stdin)}))"
    )
    seen = []
    for seed in ("1", "2", "random"):
        done = subprocess.run(
            [sys.executable, "-c", code],
            input=json.dumps(HOSTS),
            capture_output=True,
            text=True,
            env={"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin"},
            check=True,
        )
        seen.append(json.loads(done.stdout))
    here = {host: [shard_number(host, n) for n in (2, 3, 7)] for host in HOSTS}
    assert seen == [here] * 3
    # and the split is a split: every shard number is used for 62 hosts
    assert {numbers[1] for numbers in here.values()} == {1, 2, 3}


@pytest.mark.parametrize("count", [1, 2, 3, 5])
def test_the_shards_take_every_listing_once(count):
    every = listings(read_source_list(BUNDLED_SOURCES))
    picked = [Shard(index, count).pick(every) for index in range(1, count + 1)]
    taken = [listing for share in picked for listing in share]
    assert sorted(taken, key=repr) == sorted(every, key=repr)  # the union is every listing, none twice
    for share in picked:  # a host's listings all in one shard: its robots.txt and delay kept by one worker
        hosts = {shard_host(listing.url) for listing in share}
        others = {shard_host(listing.url) for other in picked if other is not share for listing in other}
        assert not hosts & others


def test_an_outlets_mirrors_and_ports_are_one_host():
    assert (
        shard_host("https://www.Bao.example.vn:8443/a") == shard_host("http://m.bao.example.vn/b") == "bao.example.vn"
    )
    owner = Shard(1, 7).owns("http://bao.example.vn/")
    assert all(Shard(1, 7).owns(url) == owner for url in ("http://amp.bao.example.vn/x", "https://bao.example.vn:81/"))


@pytest.mark.parametrize("text", ["0/3", "4/3", "a/b", "1/0", "1/", "2", "-1/3", "1/3/5", ""])
def test_a_shard_not_i_of_n_is_a_usage_error_in_one_line(text, tmp_path):
    result = CliRunner().invoke(cli, ["crawl", "--db", str(tmp_path / "m.duckdb"), "--shard", text])
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "--shard" in result.stderr, result.stderr
    assert not (tmp_path / "m.duckdb").exists()


def test_shards_parse():
    assert Shard.parse("2/3") == Shard(2, 3) and Shard.parse(" 1 / 1 ") == Shard(1, 1) and str(Shard(2, 3)) == "2/3"


def two_hosts_in_two_shards() -> tuple[str, str]:
    """Two loopback addresses whose hosts fall in shards 1 and 2 of 2."""
    addresses = [f"127.0.0.{number}" for number in range(2, 40)]
    first = next(address for address in addresses if shard_number(address, 2) == 1)
    second = next(address for address in addresses if shard_number(address, 2) == 2)
    return first, second


@pytest.fixture
def split_outlets(tmp_path, serve_on):
    """Outlet A (shard 1 of 2) whose feed lists two pages of its own and one on outlet B (shard 2 of 2);
    B's feed lists one page of its own."""
    a_address, b_address = two_hosts_in_two_shards()
    a, b = serve_on(tmp_path / "a", a_address), serve_on(tmp_path / "b", b_address)
    for root, names in ((tmp_path / "a", ["a1.html", "a2.html"]), (tmp_path / "b", ["b1.html", "b2.html"])):
        for name in names:
            (root / name).write_text(page_named(name), encoding="utf-8")
    links = [f"{a.base_url}/a1.html", f"{a.base_url}/a2.html", f"{b.base_url}/b2.html"]
    (tmp_path / "a" / "feed.xml").write_text(rss(links), encoding="utf-8")
    (tmp_path / "b" / "feed.xml").write_text(rss([f"{b.base_url}/b1.html"]), encoding="utf-8")
    return a, b


def page_named(name: str) -> str:
    """The article page, with a closing line of its own: no two pages hold the same text (a copy is skipped)."""
    html = (PAGES / ARTICLE).read_text(encoding="utf-8")
    return html.replace("</div>", f"<p>Bài viết mang mã {name}.</p></div>")


def rss(links: list[str]) -> str:
    items = "".join(f"<item><title>t</title><link>{link}</link></item>" for link in links)
    return f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'


def paths(server) -> list[str]:
    return [path for _, path in server.requests]


def test_a_page_on_another_shards_host_is_left_for_its_owner(split_outlets):
    a, b = split_outlets
    feeds = [f"{a.base_url}/feed.xml", f"{b.base_url}/feed.xml"]
    state = MemoryState()
    first = list(crawl(feeds, delay=0, state=state, shard=Shard(1, 2)))
    assert paths(b) == []  # nothing asked of the other shard's host, not even its robots.txt
    assert sorted(paths(a)) == ["/a1.html", "/a2.html", "/feed.xml", "/robots.txt"]
    assert {event.url for event in first if event.is_page} == {f"{a.base_url}/a1.html", f"{a.base_url}/a2.html"}
    left = state.pending(None)
    assert [item.url for item in left] == [f"{b.base_url}/b2.html"]  # in the frontier, named by A's feed

    second = list(crawl(feeds, delay=0, state=state, shard=Shard(2, 2)))
    assert len(paths(a)) == 4  # the second worker never asks the first one's host
    assert sorted(paths(b)) == ["/b1.html", "/b2.html", "/feed.xml", "/robots.txt"]
    assert {event.url for event in second if event.is_page} == {f"{b.base_url}/b1.html", f"{b.base_url}/b2.html"}
    assert state.pending(None) == []


def test_the_command_crawls_a_shard_into_a_store(split_outlets, tmp_path):
    a, b = split_outlets
    sources = tmp_path / "sources.toml"
    sources.write_text(
        f'[[source]]\nname = "A"\nfeeds = ["{a.base_url}/feed.xml"]\n\n[[source]]\nname = "B"\n'
        f'feeds = ["{b.base_url}/feed.xml"]\n',
        encoding="utf-8",
    )
    db = tmp_path / "m.duckdb"
    args = ["crawl", "--db", str(db), "--sources", str(sources), "--delay", "0", "--quiet"]
    second = CliRunner().invoke(cli, [*args, "--shard", "2/2"])  # B's worker first: B's page A lists is unknown
    assert second.exit_code == 0, second.stderr
    assert paths(a) == [] and sorted(paths(b)) == ["/b1.html", "/feed.xml", "/robots.txt"]
    first = CliRunner().invoke(cli, [*args, "--shard", "1/2"])
    assert first.exit_code == 0, first.stderr
    assert "/b2.html" not in paths(b)
    assert rows(db, "SELECT status, count(*) FROM frontier GROUP BY status ORDER BY status") == [
        ("new", 1),
        ("stored", 3),
    ]
    again = CliRunner().invoke(cli, [*args, "--shard", "2/2"])  # its next pass takes the page A's feed named
    assert again.exit_code == 0, again.stderr
    assert paths(b).count("/b2.html") == 1 and paths(b).count("/b1.html") == 1
    assert rows(db, "SELECT status, count(*) FROM frontier GROUP BY status") == [("stored", 4)]
    assert rows(db, "SELECT count(*), count(DISTINCT url) FROM articles") == [(4, 4)]


def test_a_worker_whose_shard_holds_no_listing_says_so(tmp_path, split_outlets):
    a, _ = split_outlets
    feed = f"{a.base_url}/feed.xml"
    other = 2 if Shard(1, 2).owns(feed) else 1
    db = tmp_path / "m.duckdb"
    watch = CliRunner().invoke(cli, ["crawl", "--db", str(db), "--feed", feed, "--shard", f"{other}/2", "--watch"])
    assert watch.exit_code == 2 and "holds none" in watch.stderr
    once = CliRunner().invoke(cli, ["crawl", "--db", str(db), "--feed", feed, "--shard", f"{other}/2", "--delay", "0"])
    assert once.exit_code == 0 and "holds none" in once.stderr, once.stderr
    assert paths(a) == []


def test_a_watching_worker_polls_its_shards_listings_only(split_outlets, tmp_path):
    a, b = split_outlets
    feeds = [part for base in (a.base_url, b.base_url) for part in ("--feed", f"{base}/feed.xml")]
    db = tmp_path / "m.duckdb"
    args = ["crawl", "--db", str(db), *feeds, "--delay", "0", "--watch", "--passes", "1", "--shard", "1/2", "-q"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.stderr
    assert paths(b) == [] and sorted(paths(a)) == ["/a1.html", "/a2.html", "/feed.xml", "/robots.txt"]
    assert rows(db, "SELECT url FROM listings") == [(f"{a.base_url}/feed.xml",)]  # B's feed is not its to poll
