"""Names any way they are written (issue 17): one filter module for the CLI, the notebook API and the web app.

Provinces, communes, metrics and statuses as people write them become the store's values; an unknown name is
a clear error with the nearest names, never an empty answer. Read against a real store built from the seeds.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

import monitor
from monitor.cli import cli
from monitor.extract.normalize import slug
from monitor.filters import (
    AmbiguousName,
    UnknownName,
    commune_named,
    communes,
    metrics,
    province_named,
    provinces,
    read_filters,
    statuses,
)
from monitor.inputs import read_text_article
from monitor.pipeline import ingest
from monitor.store import QueryRefused, Store

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
PROVINCES_CSV = SHARED / "data" / "provinces_2025.csv"
SEEDS = sorted((SHARED / "seeds").glob("*.txt"))
needs_provinces = pytest.mark.skipif(not PROVINCES_CSV.exists(), reason="../shared/data/provinces_2025.csv absent")
needs_seeds = pytest.mark.skipif(not SEEDS, reason="../shared/seeds is not beside the project")


def _province_rows() -> list[dict[str, str]]:
    return list(csv.DictReader(PROVINCES_CSV.open(encoding="utf-8"))) if PROVINCES_CSV.exists() else []


def _plain(name: str) -> str:
    """A name as typed without accents: "Hải Phòng" -> "hai phong"."""
    return slug(name).replace("-", " ")


# ---------------------------------------------------------------- provinces


@pytest.mark.parametrize(
    ("given", "in_force"),
    [
        ("hai phong", "Hải Phòng"),
        ("Hải Phòng", "Hải Phòng"),
        ("TP. Hải Phòng", "Hải Phòng"),
        ("TP Hải Phòng", "Hải Phòng"),
        ("tp. hai phong", "Hải Phòng"),
        ("HẢI PHÒNG", "Hải Phòng"),
        ("HAI PHONG", "Hải Phòng"),
        ("thanh pho hai phong", "Hải Phòng"),
        ("Thành phố Hải Phòng", "Hải Phòng"),
        ("  hai   phong ", "Hải Phòng"),
        (unicodedata.normalize("NFD", "Hải Phòng"), "Hải Phòng"),
        ("Hải Dương", "Hải Phòng"),  # a former province: its successor
        ("hai duong", "Hải Phòng"),
        ("tỉnh Hải Dương", "Hải Phòng"),
        ("TP.HCM", "Hồ Chí Minh"),
        ("tphcm", "Hồ Chí Minh"),
        ("Ho Chi Minh City", "Hồ Chí Minh"),
        ("Bình Dương", "Hồ Chí Minh"),
        ("ba ria vung tau", "Hồ Chí Minh"),
        ("hanoi", "Hà Nội"),
        ("Thừa Thiên Huế", "Huế"),
        ("Thanh Hoá", "Thanh Hóa"),  # the old tone placement
        ("thanh hoa", "Thanh Hóa"),
        ("tinh nghe an", "Nghệ An"),
        ("Đắk Nông", "Lâm Đồng"),
        ("dak lak", "Đắk Lắk"),
    ],
)
def test_a_province_in_any_spelling_is_the_province_in_force(given, in_force):
    assert province_named(given) == in_force
    assert read_filters(province=given)["province"] == in_force


@needs_provinces
@pytest.mark.parametrize("row", _province_rows(), ids=lambda row: row["province"])
def test_every_province_and_former_province_of_the_list_is_read_however_written(row):
    for name in (row["province"], *row["former_provinces"].split(";")):
        for spelling in (name, name.upper(), name.lower(), _plain(name), f"tỉnh {name}", f"TP. {_plain(name)}"):
            assert province_named(spelling) == row["province"], spelling


@needs_provinces
def test_the_provinces_in_force_are_the_34_of_the_list():
    assert provinces() == [row["province"] for row in _province_rows()]
    assert len(provinces()) == 34


@pytest.mark.parametrize(
    ("given", "first"),
    [("hai phongg", "Hải Phòng"), ("Hải Phongf", "Hải Phòng"), ("ha noii", "Hà Nội"), ("hai duongg", "Hải Dương")],
)
def test_an_unknown_province_names_the_nearest(given, first):
    with pytest.raises(UnknownName) as caught:
        read_filters(province=given)
    error = caught.value
    assert (error.kind, error.given, error.nearest[0]) == ("province", given, first)
    assert 1 <= len(error.nearest) <= 5
    assert str(error).startswith(f"unknown province {given!r}: nearest {first}") and "\n" not in str(error)
    assert isinstance(error, ValueError)


def test_a_province_near_nothing_is_still_an_error():
    with pytest.raises(UnknownName, match=r"unknown province 'zzqx': no name is near it") as caught:
        read_filters(province="zzqx")
    assert caught.value.nearest == []


# ---------------------------------------------------------------- communes


@pytest.mark.parametrize(
    ("given", "province", "stored", "in_force"),
    [
        ("phuong Hong Bang", None, "phường Hồng Bàng", "Hải Phòng"),
        ("Hồng Bàng", None, "phường Hồng Bàng", "Hải Phòng"),
        ("P. Hồng Bàng", None, "phường Hồng Bàng", "Hải Phòng"),
        ("P.Hồng Bàng", "hai phong", "phường Hồng Bàng", "Hải Phòng"),
        ("PHƯỜNG HỒNG BÀNG", "Hải Phòng", "phường Hồng Bàng", "Hải Phòng"),
        ("hong bang", "TP. Hải Phòng", "phường Hồng Bàng", "Hải Phòng"),
        ("Bình Minh", "Tây Ninh", "phường Bình Minh", "Tây Ninh"),
        ("xa binh minh", "Hà Nội", "xã Bình Minh", "Hà Nội"),
        ("X. Bình Minh", "nghe an", "xã Bình Minh", "Nghệ An"),
        ("Cẩm Giàng", "Hải Dương", "xã Cẩm Giàng", "Hải Phòng"),  # a former province names its successor
        ("dac khu phu quoc", None, "đặc khu Phú Quốc", "An Giang"),
        ("Cư M’gar", None, "xã Cư M'gar", "Đắk Lắk"),  # any apostrophe, or none
        ("cu mgar", None, "xã Cư M'gar", "Đắk Lắk"),
        ("Văn Miếu-Quốc Tử Giám", None, "phường Văn Miếu - Quốc Tử Giám", "Hà Nội"),
        ("van mieu quoc tu giam", "ha noi", "phường Văn Miếu - Quốc Tử Giám", "Hà Nội"),
        ("Bình Hưng Hoà", None, "phường Bình Hưng Hòa", "Hồ Chí Minh"),  # the old tone placement
        ("phường 1 Bảo Lộc", None, "phường 1 Bảo Lộc", "Lâm Đồng"),
        ("Xà Phiên", None, "xã Xà Phiên", "Cần Thơ"),  # its first word looks like a kind word ("xa")
    ],
)
def test_a_commune_in_any_spelling_is_the_commune_as_stored(given, province, stored, in_force):
    wanted = read_filters(province=province, commune=given)
    assert (wanted["commune"], wanted["province"]) == (stored, in_force)


@pytest.mark.parametrize(
    ("given", "province", "listed"),
    [
        (
            "Bình Minh",
            None,
            [
                "phường Bình Minh (Tây Ninh)",
                "phường Bình Minh (Vĩnh Long)",
                "xã Bình Minh (Hà Nội)",
                "xã Bình Minh (Nghệ An)",
                "xã Bình Minh (Ninh Bình)",
                "xã Bình Minh (Quảng Ngãi)",
                "xã Bình Minh (Đồng Nai)",
            ],
        ),
        ("Cẩm Giàng", None, ["xã Cẩm Giàng (Hải Phòng)", "xã Cẩm Giàng (Thái Nguyên)"]),
        ("xa binh minh", None, None),  # five provinces have one
        ("cam giang", "Hải Phòng", ["xã Cẩm Giang (Hải Phòng)", "xã Cẩm Giàng (Hải Phòng)"]),  # only accents differ
    ],
)
def test_an_ambiguous_commune_says_so_and_lists_them(given, province, listed):
    with pytest.raises(AmbiguousName) as caught:
        read_filters(commune=given, province=province)
    error = caught.value
    assert error.kind == "commune" and len(error.nearest) >= 2
    if listed:
        assert error.nearest == listed
    assert all(place.endswith(")") for place in error.nearest)
    hint = "give the province too" if province is None else "accents"
    assert hint in str(error) and "\n" not in str(error)


@pytest.mark.parametrize(
    ("given", "province", "first", "says"),
    [
        ("Hong Bangg", None, "phường Hồng Bàng (Hải Phòng)", "unknown commune 'Hong Bangg': nearest"),
        ("Hong Bangg", "Hải Phòng", "phường Hồng Bàng (Hải Phòng)", "unknown commune 'Hong Bangg' in Hải Phòng"),
        ("xã Hồng Bàng", None, "phường Hồng Bàng (Hải Phòng)", "unknown commune"),  # the wrong kind word
        ("Hồng Bàng", "Hà Nội", "phường Hồng Bàng (Hải Phòng)", "no commune 'Hồng Bàng' in Hà Nội: it is"),
        ("Phu Dinhh", "ho chi minh", "phường Phú Định (Hồ Chí Minh)", "in Hồ Chí Minh"),
    ],
)
def test_an_unknown_commune_names_the_nearest(given, province, first, says):
    with pytest.raises(UnknownName) as caught:
        read_filters(commune=given, province=province)
    error = caught.value
    assert not isinstance(error, AmbiguousName)
    assert (error.kind, error.given, error.nearest[0]) == ("commune", given, first)
    assert says in str(error) and "\n" not in str(error)


def test_every_commune_of_the_ward_list_reads_back_as_stored():
    for province in provinces():
        for stored in communes(province):
            assert commune_named(stored, province).stored == stored
            assert commune_named(stored.upper(), province).stored == stored
    assert "phường Hồng Bàng" in communes("hai phong")
    assert len(communes("Hải Phòng")) > 100


# ---------------------------------------------------------------- metrics and statuses


@pytest.mark.parametrize(
    ("kind", "given", "stored"),
    [
        ("metric", "dossiers_received", "dossiers_received"),
        ("metric", "dossiers received", "dossiers_received"),
        ("metric", "Dossiers-Received", "dossiers_received"),
        ("metric", " DOSSIERS  RECEIVED ", "dossiers_received"),
        ("metric", "Staff transfer", "staff_transfer"),
        ("metric", "processing-time-cut", "processing_time_cut"),
        ("status", "Done", "done"),
        ("status", "PLANNED", "planned"),
        ("status", " target ", "target"),
    ],
)
def test_a_metric_or_status_in_any_case_with_spaces_or_dashes(kind, given, stored):
    assert read_filters(**{kind: given})[kind] == stored


@pytest.mark.parametrize(
    ("kind", "given", "first"),
    [("metric", "dossier received", "dossiers_received"), ("metric", "staff tranfer", "staff_transfer")],
)
def test_an_unknown_metric_or_status_names_the_nearest(kind, given, first):
    with pytest.raises(UnknownName) as caught:
        read_filters(**{kind: given})
    assert (caught.value.kind, caught.value.nearest[0]) == (kind, first)
    assert str(caught.value).startswith(f"unknown {kind} {given!r}: nearest {first}")


def test_an_unknown_status_near_nothing_lists_them_all():
    with pytest.raises(UnknownName, match="unknown status 'finished': one of proposed, planned, target, done"):
        read_filters(status="finished")
    with pytest.raises(UnknownName) as caught:
        read_filters(status="don")
    assert caught.value.nearest == ["done"]


def test_the_lists_for_the_web_app():
    assert "dossiers_received" in metrics() and len(metrics()) == 14
    assert statuses() == ["proposed", "planned", "target", "done"]


def test_names_typed_as_letters_and_marks_apart_are_the_same_names():
    # NFD: "ư" as "u" and a combining horn, "ờ" as "o", a horn and a grave (macOS file names, some keyboards)
    wanted = read_filters(
        province=unicodedata.normalize("NFD", "TP. Hải Phòng"), commune=unicodedata.normalize("NFD", "phường Hải An")
    )
    assert (wanted["province"], wanted["commune"]) == ("Hải Phòng", "phường Hải An")


@pytest.mark.parametrize("kind", ["province", "commune", "metric", "status", "since"])
def test_a_long_unknown_value_is_not_echoed_back_whole(kind):
    with pytest.raises(ValueError) as error:
        read_filters(**{kind: "xyz " * 5000})
    assert len(str(error.value).splitlines()[0]) < 1000 and "xyz xyz" in str(error.value)


@pytest.mark.parametrize("since", ["2025-13-01", "31/8/2025", "yesterday"])
def test_a_bad_day_says_which_filter_and_how_to_write_it(since):
    with pytest.raises(ValueError, match=r"^since .* is not a day: write it YYYY-MM-DD"):
        read_filters(since=since)


def test_dates_and_no_filters_are_as_before():
    assert read_filters() == dict.fromkeys(("province", "commune", "metric", "status", "since", "until"))
    wanted = read_filters(since="2025-08-01", until=dt.datetime(2025, 9, 1, 12))
    assert (wanted["since"], wanted["until"]) == (dt.date(2025, 8, 1), dt.date(2025, 9, 1))
    with pytest.raises(ValueError, match="commune"):
        read_filters(commune=" ")


# ---------------------------------------------------------------- a real store built from the seeds


@pytest.fixture(scope="module")
def db(store_kind, new_store, tmp_path_factory) -> Iterator[str]:
    """A store of the seeds of each kind in turn, a DuckDB file or a DuckLake store (tests/conftest.py)."""
    if not SEEDS:
        pytest.skip("../shared/seeds is not beside the project")
    path = new_store.new(store_kind, tmp_path_factory.mktemp("filters"))
    with Store.open(path) as store:
        for seed in SEEDS:
            ingest(read_text_article(seed).article, store)
    yield path
    new_store.drop(path)


def _stored(db: str, sql: str) -> list[tuple]:
    with Store.open(db, read_only=True) as store:
        return store.query(sql).rows


@needs_seeds
def test_every_commune_of_the_store_is_found_as_a_person_writes_it(db):
    places = _stored(db, "SELECT DISTINCT commune, province FROM facts WHERE commune IS NOT NULL")
    assert len(places) >= 3
    for stored, province in places:
        for spelling in (stored, _plain(stored), stored.upper(), stored.split(" ", 1)[1]):
            assert read_filters(commune=spelling, province=_plain(province))["commune"] == stored


@needs_seeds
@pytest.mark.parametrize(
    "filters",
    [
        {"commune": "phuong hai an"},
        {"commune": "P. Hải An", "province": "hai phong"},
        {"commune": "Hai An", "province": "HẢI DƯƠNG"},
    ],
)
def test_the_notebook_filters_by_commune(db, filters):
    frame = monitor.open(db).timeline(**filters)
    assert set(frame["commune"]) == {"phường Hải An"} and set(frame["province"]) == {"Hải Phòng"}
    assert 4213 in set(frame["value"])
    expected = _stored(db, "SELECT count(*) FROM timeline WHERE commune = 'phường Hải An'")[0][0]
    assert len(frame) == expected


@needs_seeds
def test_the_notebook_reads_every_filter_however_written(db):
    store = monitor.open(db)
    one = store.timeline(province="hai phong", commune="P. Hải An", metric="Dossiers Received", status="DONE")
    assert list(one["value"]) == [4213]
    assert store.facts(commune="Phú Định")["province"].unique().tolist() == ["Hồ Chí Minh"]
    assert set(store.latest(commune="thu duc")["commune"]) == {"phường Thủ Đức"}
    assert store.timeline(province="HẢI DƯƠNG").equals(store.timeline(province="Hải Phòng"))
    with Store.open(db, read_only=True) as reader:
        assert reader.timeline(commune="phường Hải An").rows  # the store takes the stored value as it is


@needs_seeds
def test_the_notebook_never_answers_an_unknown_name_with_an_empty_frame(db):
    store = monitor.open(db)
    with pytest.raises(UnknownName, match="nearest Hải Phòng"):
        store.timeline(province="hai phongg")
    with pytest.raises(AmbiguousName):
        store.facts(commune="Bình Minh")
    with pytest.raises(UnknownName, match="metric"):
        store.latest(metric="dossiers")


@needs_seeds
def test_the_notebook_query_binds_parameters_through_the_guard(db):
    store = monitor.open(db)
    expected = _stored(db, "SELECT count(*) FROM facts WHERE province = 'Hải Phòng' AND value > 1000")[0][0]
    assert expected > 0
    sql = "SELECT count(*) AS n FROM facts WHERE province = ? AND value > ?"
    assert store.query(sql, ["Hải Phòng", 1000])["n"][0] == expected
    assert store.query("SELECT count(*) AS n FROM facts WHERE province = $p", {"p": "Hải Phòng"})["n"][0] > 0
    # a value is a value: quotes in it change no SQL
    assert store.query("SELECT count(*) AS n FROM facts WHERE province = ?", ["x' OR 1=1 --"])["n"][0] == 0
    with pytest.raises(QueryRefused):
        store.query("DELETE FROM facts WHERE province = ?", ["Hải Phòng"])
    with pytest.raises(QueryRefused):
        store.query("SELECT * FROM read_csv(?)", ["/etc/passwd"])
    with pytest.raises(TypeError, match="not one string"):
        store.query("SELECT * FROM facts WHERE province = ?", "Hải Phòng")
    with pytest.raises(duckdb.InvalidInputException):
        store.query(sql, ["Hải Phòng"])


# ---------------------------------------------------------------- the command line


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


@needs_seeds
def test_the_cli_filters_by_commune_any_way_written(db):
    result = run("timeline", "--db", str(db), "--province", "hai phong", "--commune", "P. Hai An", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(result.stdout.splitlines()))
    assert rows and {(row["province"], row["commune"]) for row in rows} == {("Hải Phòng", "phường Hải An")}
    metric = run("timeline", "--db", str(db), "--metric", "Dossiers Received", "--status", "Done", "--format", "json")
    assert metric.exit_code == 0, metric.output


@needs_seeds
@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["timeline", "--province", "hai phongg"], "Error: unknown province 'hai phongg': nearest Hải Phòng"),
        (["timeline", "--commune", "Bình Minh"], "Error: commune 'Bình Minh' names 7 places: phường Bình Minh (Tây"),
        (["timeline", "--commune", "Hồng Bàng", "--province", "Hà Nội"], "it is phường Hồng Bàng (Hải Phòng)"),
        (["timeline", "--metric", "dosiers"], "Error: unknown metric 'dosiers': nearest dossiers_"),
        (["timeline", "--status", "finished"], "Error: unknown status 'finished': one of proposed"),
        (["export", "--commune", "Hong Bangg", "--format", "csv", "--out", "OUT"], "unknown commune 'Hong Bangg'"),
    ],
)
def test_an_unknown_name_exits_2_with_one_line(db, tmp_path, args, says):
    out = tmp_path / "out.csv"
    result = run(*[str(out) if arg == "OUT" else arg for arg in args], "--db", str(db))
    assert result.exit_code == 2, result.output
    assert result.output.startswith("Error: ") and says in result.output and result.output.count("\n") == 1
    assert not out.exists()


def test_an_unknown_name_is_checked_before_the_store_is_opened(tmp_path):
    missing = tmp_path / "none.duckdb"
    result = run("timeline", "--db", str(missing), "--province", "hai phongg")
    assert result.exit_code == 2 and "nearest Hải Phòng" in result.output
    assert not missing.exists()


@needs_seeds
def test_the_cli_query_binds_params(db):
    sql = "SELECT count(*) AS n FROM facts WHERE province = ? AND as_of >= ?"
    result = run("query", "--db", str(db), sql, "--param", "Hải Phòng", "--param", "2025-07-01", "--format", "json")
    assert result.exit_code == 0, result.output
    expected = _stored(db, "SELECT count(*) FROM facts WHERE province = 'Hải Phòng' AND as_of >= DATE '2025-07-01'")
    assert json.loads(result.stdout) == [{"n": expected[0][0]}]
    short = run("query", "--db", str(db), sql, "--param", "Hải Phòng")
    assert short.exit_code == 2 and short.output.startswith("Error: --param: ") and short.output.count("\n") == 1


def test_the_filter_values_are_the_stores_columns():
    # what read_filters returns is what where() takes: nothing lost between the two
    from monitor.store.filters import where

    clause, params = where(**read_filters(province="hai phong", commune="hai an", metric="dossiers received"))
    assert clause == "WHERE province = ? AND commune = ? AND metric = ?"
    assert params == ["Hải Phòng", "phường Hải An", "dossiers_received"]
