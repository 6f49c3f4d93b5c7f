"""Every number a flag takes is checked by the parser (finite, in range) and every value that names something is
not empty: a mistake is one line `Error: …` on stderr, exit status 2, and nothing is created or fetched."""

import itertools
import math

import click
import pytest
from click.testing import CliRunner

from monitor.cli import MAX_DELAY, Finite, Given, Whole, cli
from monitor.filters import read_filters

FEED = "http://127.0.0.1:9/rss.xml"  # never fetched: the parser stops first


def invoke(*args: str, **env: str):
    return CliRunner().invoke(cli, list(args), env=env or None)


def one_line_usage_error(result, *words: str) -> str:
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    for word in words:
        assert word in lines[0]
    return lines[0]


@pytest.mark.parametrize(
    ("flag", "value"),
    [
        ("--delay", "nan"),  # turned politeness off
        ("--delay", "-nan"),
        ("--delay", "NaN"),
        ("--delay", "inf"),  # hung silently
        ("--delay", "1e9"),
        ("--delay", "-1"),
        ("--delay", "abc"),
        ("--timeout", "nan"),  # failed every request
        ("--timeout", "inf"),
        ("--timeout", "0"),
        ("--interval", "nan"),
        ("--interval", "inf"),
        ("--interval", "1e300"),
        ("--max-bytes", "1e12"),
        ("--max-bytes", "99999999999999999999999"),
        ("--max-bytes", "nan"),
        ("--retries", "1000000"),
        ("--retries", "-1"),
        ("--passes", "99999999999999999999999"),
    ],
)
def test_a_crawl_number_out_of_range_is_one_line_and_touches_nothing(tmp_path, flag, value):
    db = tmp_path / "crawl.duckdb"
    result = invoke("crawl", "--db", str(db), "--feed", FEED, flag, value)
    one_line_usage_error(result, flag)
    assert not db.exists()


@pytest.mark.parametrize("value", ["99999999999999999999999", "9223372036854775807", "-1", "nan", "1.5"])
def test_a_huge_or_broken_query_limit_is_one_line(tmp_path, value):
    # a huge one ended in a traceback from DuckDB's fetchmany
    result = invoke("query", "--db", str(tmp_path / "none.duckdb"), "--limit", value, "SELECT 1")
    one_line_usage_error(result, "--limit")


def test_extract_with_an_empty_db_is_a_usage_error_not_a_run_that_stores_nothing(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(" date 2025-09-02 Sở Nội vụ tỉnh Quảng Ninh đã điều động 120 cán bộ về cấp xã.\n")
    result = invoke("extract", str(article), "--db", "", "--format", "jsonl")
    one_line_usage_error(result, "--db", "empty")


@pytest.mark.parametrize(
    "args",
    [
        ["timeline", "--province", ""],
        ["timeline", "--province", "   "],
        ["export", "--province", "", "--format", "csv", "--out", "x.csv"],
        ["timeline", "--db", ""],
        ["query", "--db", "", "SELECT 1"],
        ["sources", "--db", ""],
        ["digest", "--db", ""],
        ["reextract", "--db", ""],
        ["crawl", "--db", ""],
        ["crawl", "--feed", ""],
        ["crawl", "--sitemap", ""],
        ["export", "--format", "csv", "--out", ""],
        ["digest", "--out", ""],
        ["digest", "--smtp", "", "--to", "a@example.org"],
        ["digest", "--dry-run", "--to", ""],
        ["digest", "--from", ""],
        ["digest", "--password-env", ""],
    ],
)
def test_an_empty_value_is_an_error_never_no_filter_or_the_default(tmp_path, monkeypatch, args):
    monkeypatch.chdir(tmp_path)
    flag = next(arg for arg, value in itertools.pairwise(args) if not value.strip())
    one_line_usage_error(invoke(*args), flag, "empty")
    assert list(tmp_path.iterdir()) == []  # no default store was created, nothing written


@pytest.mark.parametrize("command", [["timeline"], ["export", "--format", "csv", "--out", "x.csv"]])
def test_since_after_until_is_a_usage_error_not_an_empty_answer(tmp_path, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    result = invoke(*command, "--since", "2025-09-01", "--until", "2025-08-01")
    one_line_usage_error(result, "--since 2025-09-01", "--until 2025-08-01")
    with pytest.raises(ValueError, match="after"):
        read_filters(since="2025-09-01", until="2025-08-01")


def test_the_notebook_refuses_an_empty_filter_too():
    for name in ("province", "metric", "status", "since", "until"):
        with pytest.raises(ValueError, match=name):
            read_filters(**{name: ""})
    assert read_filters(province=None)["province"] is None


def test_names_are_accepted_however_a_person_writes_them():
    for spelling in ("Hải Phòng", "HẢI PHÒNG", "TP Hải Phòng", "thành phố Hải Phòng", "Hải Dương"):  # a former one too
        assert read_filters(province=spelling)["province"] == "Hải Phòng"


def test_a_usage_error_from_the_commands_own_checks_is_one_line_too(tmp_path):
    result = invoke("crawl", "--db", str(tmp_path / "x.duckdb"), "--feed", FEED, "--quiet", "--log-json")
    one_line_usage_error(result, "--quiet")


@pytest.mark.parametrize(
    ("command", "flag", "shown"),
    [
        ("crawl", "--delay", f"0<=x<={MAX_DELAY}"),
        ("crawl", "--timeout", "0.1<=x<="),
        ("crawl", "--interval", "0.01<=x<="),
        ("crawl", "--max-bytes", "1000<=x<="),
        ("crawl", "--retries", "0<=x<="),
        ("query", "--limit", "0<=x<="),
    ],
)
def test_help_says_each_numbers_range(command, flag, shown):
    result = CliRunner().invoke(cli, [command, "--help"], terminal_width=400)
    assert result.exit_code == 0
    (line,) = [line for line in result.output.splitlines() if line.strip().startswith(flag)]
    assert shown in line


def test_the_number_types_accept_their_bounds_and_nothing_else():
    seconds = Finite(0, 3600)
    assert seconds.convert("0", None, None) == 0 and seconds.convert("3600", None, None) == 3600
    assert seconds.convert("1.5", None, None) == 1.5 and seconds.convert(2, None, None) == 2
    for bad in ("nan", "inf", "-inf", "3600.001", "-0.1", "", "1,5", math.nan):
        with pytest.raises(click.BadParameter):
            seconds.convert(bad, None, None)
    rows = Whole(0, 10)
    assert rows.convert("10", None, None) == 10
    for bad in ("11", "1e3", "nan", "1.0"):
        with pytest.raises(click.BadParameter):
            rows.convert(bad, None, None)
    name = Given()
    assert name.convert("Hải Phòng", None, None) == "Hải Phòng"
    with pytest.raises(click.BadParameter):
        name.convert(" ", None, None)


@pytest.mark.parametrize("args", [["--no-such-flag"], ["no-such-command"], ["crawl", "--no-such-flag"], ["extract"]])
def test_a_mistyped_command_line_is_one_line_too(args):
    one_line_usage_error(invoke(*args))


def test_monitor_alone_still_shows_its_help():
    result = invoke()
    assert "Commands:" in result.output
