"""Full-text search beside a real store built from the seeds: Vietnamese folding, phrases, ranking, facets,
filters, pages, and an index that follows the store (new, re-extracted and deleted articles). On a DuckDB file, whose
index is beside it, and on a DuckLake store, whose index is on the machine (tests/conftest.py)."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import sys
import threading
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor import pipeline
from monitor.extract import extract
from monitor.facts import Article, Fact
from monitor.inputs import read_text_article
from monitor.search_command import search_command
from monitor.store import Store
from monitor.store.search import SearchIndex, fold

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))
pytestmark = pytest.mark.skipif(not SEEDS, reason="../shared/seeds is not beside the project")


@pytest.fixture(scope="module")
def seeds() -> list[tuple[Article, list[Fact]]]:
    """The seed articles and the facts the extractor reads in them, read once."""
    out = []
    for path in SEEDS:
        article = read_text_article(path).article
        out.append((article, extract(article).facts))
    return out


@pytest.fixture
def db(store_address: str, seeds: list[tuple[Article, list[Fact]]]) -> str:
    """A store of the seeds, of each kind in turn, for a test that writes to it."""
    write(store_address, *seeds)
    return store_address


@pytest.fixture
def index(db: str) -> SearchIndex:
    found = SearchIndex.for_store(db)
    assert found.refresh(db) == len(SEEDS)
    return found


@pytest.fixture(scope="module")
def seeds_db(store_kind, new_store, tmp_path_factory, seeds) -> Iterator[str]:
    """A store of the seeds, of each kind in turn, for the tests that only read it."""
    address = new_store.new(store_kind, tmp_path_factory.mktemp("seeds"))
    write(address, *seeds)
    yield address
    new_store.drop(address)


@pytest.fixture(scope="module")
def seeds_index(seeds_db: str) -> SearchIndex:
    """The index of the store of the seeds, for the tests that only search."""
    found = SearchIndex.for_store(seeds_db)
    found.refresh(seeds_db)
    return found


def write(db: str | Path, *articles: tuple[Article, list[Fact]]) -> None:
    with Store.open(db) as store:
        for article, facts in articles:
            store.write(article, facts)


def article(article_id: str, text: str, **fields) -> Article:
    return Article(id=article_id, text=text, **fields)


def figure(article_id: str, province: str, metric: str = "staff_transfer") -> Fact:
    """A fact about a province, enough for the index: its provinces and metrics come from the facts."""
    return Fact(
        doc=article_id,
        metric=metric,
        evidence="điều động 12 cán bộ",
        start=0,
        end=18,
        value=12.0,
        unit="person",
        province=province,
        as_of=dt.date(2025, 8, 20),
    )


def ids(index: SearchIndex, query: str, **options) -> list[str]:
    return [hit.article_id for hit in index.search(query, limit=100, **options).hits]


def seeds_with(phrase: str, seeds) -> set[str]:
    """Seeds whose text holds the phrase as whole words (case aside), found without the index."""
    pattern = re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)", re.IGNORECASE)
    return {a.id for a, _ in seeds if pattern.search(a.text)}


def test_with_or_without_accents_a_query_finds_the_same_articles(seeds_index, seeds):
    accented = ids(seeds_index, "hồ sơ")
    assert set(accented) >= seeds_with("hồ sơ", seeds) and accented
    for query in (
        "ho so",
        "HỒ SƠ",
        "Ho So",
        unicodedata.normalize("NFD", "hồ sơ"),
        unicodedata.normalize("NFD", "HỒ SƠ"),
    ):
        assert sorted(ids(seeds_index, query)) == sorted(accented), query


def test_biet_phai_finds_the_articles_about_secondment_first(seeds_index, seeds):
    wanted = seeds_with("biệt phái", seeds)
    assert len(wanted) == 4
    for query in ("biet phai", "biệt phái", "Biệt Phái"):
        found = ids(seeds_index, query)
        assert set(found[: len(wanted)]) == wanted, query  # an article with "biết ... phải" only comes after


def test_d_is_folded_to_d(seeds_index, seeds):
    wanted = seeds_with("điều động", seeds) | seeds_with("Điều động", seeds)
    for query in ("dieu dong", "DIEU DONG", "điều động", "Điều Động", "đieu đong"):
        assert set(ids(seeds_index, query)) >= wanted, query
    assert set(ids(seeds_index, "da nang")) >= seeds_with("Đà Nẵng", seeds)


def test_a_quoted_phrase_matches_those_words_side_by_side(seeds_index, seeds):
    phrase = ids(seeds_index, '"hồ sơ trực tuyến"')
    assert set(phrase) == seeds_with("hồ sơ trực tuyến", seeds) == {"002_9f9aab6ba1a80bad"}
    assert ids(seeds_index, '"ho so truc tuyen"') == phrase
    assert set(ids(seeds_index, "hồ sơ trực tuyến")) >= set(phrase)  # the same words anywhere: at least as many
    (hit,) = seeds_index.search('"hồ sơ trực tuyến"').hits
    assert [hit.snippet[a:b] for a, b in hit.highlights] == ["hồ sơ trực tuyến"]


def test_snippets_mark_the_words_found(seeds_index):
    result = seeds_index.search("ho so")
    assert result.hits
    for hit in result.hits:
        assert hit.highlights, hit.article_id
        for start, end in hit.highlights:
            assert set(fold(hit.snippet[start:end]).split()) <= {"ho", "so"}, hit.snippet[start:end]
        assert "\n" not in hit.snippet and len(hit.snippet) <= 250


def test_ranking_prefers_the_words_together_the_title_and_the_accents_typed(db):
    filler = "Người dân đến làm thủ tục tại trung tâm phục vụ hành chính công của xã. "
    write(
        db,
        (article("near", filler + "Phường đã nhận 300 hồ sơ trong tuần.", title="Tin phường"), []),
        (article("apart", "Họ nói rằng " + filler + "Tổng số là 300.", title="Tin xã"), []),
        (article("in_title", filler * 2, title="Chuyển đổi số ở cấp xã"), []),
        (article("in_text", filler + "Xã đẩy mạnh chuyển đổi số.", title="Tin mới"), []),
        (article("exact", filler + "Cán bộ được biệt phái về xã.", title="Tin một"), []),
        (article("other_accents", filler + "Cán bộ biết phải làm gì ở xã.", title="Tin hai"), []),
    )
    index = SearchIndex.for_store(db)
    index.refresh(db)

    def order(query: str, *names: str) -> list[str]:
        return [found for found in ids(index, query) if found in names]

    assert order("ho so", "near", "apart") == ["near", "apart"]
    assert order("chuyen doi so", "in_title", "in_text") == ["in_title", "in_text"]
    assert order("biệt phái", "exact", "other_accents") == ["exact", "other_accents"]
    assert order("biết phải", "exact", "other_accents") == ["other_accents", "exact"]
    assert set(order("biet phai", "exact", "other_accents")) == {"exact", "other_accents"}
    scores = [hit.score for hit in index.search("ho so", limit=100).hits]
    assert scores == sorted(scores, reverse=True)


def test_facets_count_every_match_not_only_the_page(seeds_index):
    everything = seeds_index.search("biet phai", limit=100)
    first = seeds_index.search("biet phai", limit=1)
    assert first.total == everything.total == len(everything.hits) and len(first.hits) == 1
    assert first.facets == everything.facets
    provinces: dict[str, int] = {}
    for hit in everything.hits:
        for province in hit.provinces:
            provinces[province] = provinces.get(province, 0) + 1
    assert dict(first.facets["province"]) == provinces and provinces.get("Hải Phòng", 0) >= 2
    counts = [count for _, count in first.facets["province"]]
    assert counts == sorted(counts, reverse=True)
    months = [month for month, _ in first.facets["month"]]
    assert months == sorted(months, reverse=True) and "2025-08" in months
    assert set(dict(first.facets["metric"])) == {metric for hit in everything.hits for metric in hit.metrics}


def test_filters_by_province_metric_outlet_and_month(index, db):
    write(
        db,
        (
            article("o1", "Hải Phòng điều động 12 cán bộ.", outlet="Tuổi Trẻ", published_at=dt.date(2025, 10, 3)),
            [figure("o1", "Hải Phòng")],
        ),
        (
            article("o2", "Huế điều động 12 cán bộ.", outlet="Thanh Niên", published_at=dt.date(2025, 10, 4)),
            [figure("o2", "Huế", metric="staff_shortage")],
        ),
    )
    index.refresh(db)
    for name in ("Hải Phòng", "hai phong", "HẢI PHÒNG"):
        found = index.search("dieu dong", province=name, limit=100).hits
        assert found and all("Hải Phòng" in hit.provinces for hit in found), name
        assert "o1" in [hit.article_id for hit in found] and "o2" not in [hit.article_id for hit in found]
    assert ids(index, "dieu dong", outlet="tuoi tre") == ["o1"]
    assert ids(index, "dieu dong", outlet="Thanh Niên") == ["o2"]
    assert set(ids(index, "dieu dong", month="2025-10")) == {"o1", "o2"}
    assert ids(index, "dieu dong", month="2025-10", metric="staff_shortage") == ["o2"]
    assert ids(index, "dieu dong", province="Hải Phòng", month="2025-10") == ["o1"]
    hit = index.search("dieu dong", outlet="tuoi tre").hits[0]
    assert (hit.outlet, hit.published_at, hit.provinces, hit.metrics) == (
        "Tuổi Trẻ",
        dt.date(2025, 10, 3),
        ["Hải Phòng"],
        ["staff_transfer"],
    )
    assert index.search("dieu dong", province="Cà Mau").total == 0


def test_pages_follow_one_another(seeds_index):
    whole = seeds_index.search("so", limit=100)
    assert whole.total >= 5
    paged = []
    for offset in range(0, whole.total, 2):
        page = seeds_index.search("so", limit=2, offset=offset)
        assert page.total == whole.total
        paged += [hit.article_id for hit in page.hits]
    assert paged == [hit.article_id for hit in whole.hits]
    assert seeds_index.search("so", offset=whole.total).hits == []


def test_refresh_follows_new_reextracted_and_deleted_articles(index, db):
    assert index.refresh(db) == 0  # nothing changed
    write(db, (article("fresh", "Xã Tân Lập tiếp nhận hồ sơ đất đai trực tuyến."), [figure("fresh", "Nghệ An")]))
    assert ids(index, "tan lap") == []
    assert index.refresh(db) == 1
    assert ids(index, "tan lap") == ["fresh"]
    assert ids(index, "tan lap", province="Nghệ An") == ["fresh"]
    # read again, its facts now about another province: the index follows
    write(db, (article("fresh", "Xã Tân Lập tiếp nhận hồ sơ đất đai trực tuyến."), [figure("fresh", "Đà Nẵng")]))
    assert index.refresh(db) == 1
    assert ids(index, "tan lap", province="Nghệ An") == []
    assert ids(index, "tan lap", province="Đà Nẵng") == ["fresh"]
    # its text changed
    write(db, (article("fresh", "Phường Bến Thành số hóa hồ sơ."), [figure("fresh", "Đà Nẵng")]))
    assert index.refresh(db) == 1
    assert ids(index, "tan lap") == [] and ids(index, '"ben thanh"') == ["fresh"]
    with Store.open(db) as store:
        store.db.execute("DELETE FROM facts WHERE article_id = 'fresh'")
        store.db.execute("DELETE FROM articles WHERE id = 'fresh'")
    assert index.refresh(db) == 1
    assert ids(index, '"ben thanh"') == []
    assert index.search("biet phai").total == 5  # the others are still there


def test_another_index_object_sees_what_a_refresh_committed(index, db):
    reader = SearchIndex.for_store(db)
    before = reader.search("ho so").total
    write(db, (article("late", "Thêm 20 hồ sơ."), []))
    index.refresh(db)
    assert reader.search("ho so").total == before + 1


def test_a_lost_or_damaged_index_is_built_again(index, db):
    folder = index.folder
    shutil.rmtree(folder)
    again = SearchIndex.for_store(db)
    assert again.search("biet phai").total == 0  # empty until refreshed
    assert again.refresh(db) == len(SEEDS)
    assert again.search("biet phai").total == 5
    (folder / "index" / "meta.json").write_text("not json")
    assert SearchIndex.for_store(db).refresh(db) == len(SEEDS)


@pytest.mark.parametrize(
    "query",
    [
        "x:(y^",
        '"unbalanced biệt phái',
        'biệt phái"',
        "title:biệt",
        "biet AND OR NOT phai",
        "(biệt phái",
        "biet* phai~2",
        "-biet +phai",
        "biet^3 phai",
        "[biet TO phai]",
        "{biet}",
        "biet/phai",
        "biet\\ phai",
        "'biet' `phai`",
    ],
)
def test_any_text_is_read_as_words_never_as_query_syntax(seeds_index, query):
    result = seeds_index.search(query)  # never a parser error
    assert result.total >= 0
    if query in ('"biệt phái', 'biệt phái"', "(biệt phái", "-biet +phai", "biet/phai", "biet\\ phai"):
        assert result.total > 0, query


@pytest.mark.parametrize("query", ["", "   ", "\t\n", "!!!", '""', "- : ( ^ )", "…"])
def test_a_query_without_words_is_a_clear_error(seeds_index, query):
    with pytest.raises(ValueError, match="search query"):
        seeds_index.search(query)


def test_a_query_past_a_persons_words_is_refused_before_it_is_run(seeds_index):
    seeds_index.search("biệt phái " * 45)  # 450 characters: words repeated are one clause each
    with pytest.raises(ValueError, match="search query is 1,001 characters long: give at most 500"):
        seeds_index.search("w" * 1001)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"month": "2025-13"}, "YYYY-MM"),
        ({"month": "August"}, "YYYY-MM"),
        ({"province": " "}, "province filter is empty"),
        ({"limit": 0}, "limit"),
        ({"offset": -1}, "offset"),
    ],
)
def test_bad_options_are_clear_errors(seeds_index, options, message):
    with pytest.raises(ValueError, match=message):
        seeds_index.search("ho so", **options)


def test_refreshes_at_once_in_several_processes_index_each_article_once(tmp_path, seeds):
    # on a file only: the race is the index's, whatever the store, and 300 articles cost a minute on a lake
    db = tmp_path / "many.duckdb"
    copies = [
        (article(f"{a.id}-{n}", a.text, published_at=a.published_at), [f for f in facts])
        for n in range(60)
        for a, facts in seeds
    ]
    write(db, *copies)
    code = (
        "import sys; from monitor.store.search import SearchIndex; "
        "print(SearchIndex.for_store(sys.argv[1]).refresh(sys.argv[1]))"
    )
    runs = [
        subprocess.Popen([sys.executable, "-c", code, str(db)], stdout=subprocess.PIPE, text=True) for _ in range(3)
    ]
    here: list[int] = []
    thread = threading.Thread(target=lambda: here.append(SearchIndex.for_store(db).refresh(db)))
    thread.start()
    outputs = [run.communicate(timeout=120)[0] for run in runs]
    thread.join(timeout=120)
    assert all(run.returncode == 0 for run in runs), outputs
    assert sum(int(out) for out in outputs) + sum(here) == len(copies)
    index = SearchIndex.for_store(db)
    assert index.refresh(db) == 0
    assert index.search("biet phai", limit=1).total == 5 * 60


def test_a_failed_refresh_is_a_warning_for_the_writer(tmp_path, capsys):
    assert pipeline.refresh_search(tmp_path / "missing.duckdb") == 0
    err = capsys.readouterr().err
    assert err.startswith("warning: search index not updated") and "missing.duckdb" in err
    said = []
    assert pipeline.refresh_search(tmp_path / "missing.duckdb", warn=said.append) == 0
    assert len(said) == 1 and said[0].startswith("warning:")


def test_a_crawl_leaves_its_articles_searchable(site_url, store_address):
    from monitor.cli import cli

    db = store_address
    feed = f"{site_url}/rss/chinh-quyen.xml"
    result = CliRunner().invoke(cli, ["crawl", "--db", db, "--delay", "0", "--quiet", "--feed", feed])
    assert result.exit_code == 0, result.output
    index = SearchIndex.for_store(db)
    found = index.search("biet phai")
    assert found.total >= 1 and all(hit.url and hit.url.startswith(site_url) for hit in found.hits)
    assert all(hit.title and hit.outlet for hit in found.hits)
    assert index.refresh(db) == 0  # the crawl refreshed it


def test_the_search_command(seeds_db, tmp_path):
    db = seeds_db
    runner = CliRunner()
    table = runner.invoke(search_command, ["biet phai", "--db", str(db)])
    assert table.exit_code == 0, table.output
    assert "5 articles" in table.stdout and "biệt phái" in table.stdout
    import json

    answer = runner.invoke(
        search_command, ["biet phai", "--db", str(db), "--province", "Hải Dương", "--format", "json"]
    )
    assert answer.exit_code == 0, answer.output
    whole = json.loads(answer.stdout)
    assert whole["total"] >= 2 and all("Hải Phòng" in hit["provinces"] for hit in whole["hits"])
    assert whole["facets"]["province"][0] == {"value": "Hải Phòng", "count": whole["total"]}
    lines = runner.invoke(search_command, ["ho so", "--db", str(db), "--format", "jsonl", "--limit", "2"])
    assert [json.loads(line)["article_id"] for line in lines.stdout.splitlines()] == ids(
        SearchIndex.for_store(db), "ho so"
    )[:2]
    empty = runner.invoke(search_command, ["  ", "--db", str(db)])
    assert empty.exit_code == 2 and "search query is empty" in empty.stderr
    unknown = runner.invoke(search_command, ["ho so", "--db", str(db), "--province", "Hai Phongg"])
    assert unknown.exit_code == 2 and "Hải Phòng" in unknown.stderr
    missing = runner.invoke(search_command, ["ho so", "--db", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 1 and "not found" in missing.stderr
    assert not (tmp_path / "none.duckdb").exists()
