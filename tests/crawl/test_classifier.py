"""The relevance model: what it reads, how its threshold and splits are made, how its file is loaded
(never a type we did not list), and the committed model on articles it was not trained on."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest
import skops.io
from click.testing import CliRunner
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer

from monitor.cli import cli
from monitor.crawl import classifier, training
from monitor.crawl.classifier import (
    REFORM_START,
    ModelError,
    RelevanceModel,
    headline,
    judge,
    model_input,
    rule_judgement,
)
from monitor.crawl.training import Row, choose_threshold, leaks, measure, split_by_outlet

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))


def row(n: int, outlet: str, label: int = 1, **fields: str) -> Row:
    values = {
        "topic": "t",
        "url": f"https://{outlet}/bai-{n}.html",
        "published": "2025-08-01",
        "title": f"Tiêu đề {n}",
        "text": f"Nội dung {n}.",
    }
    return Row(f"x-{n:03d}", label, outlet=outlet, **(values | fields))


# --- what the model reads -------------------------------------------------------------------------------


def test_the_model_reads_the_title_twice_digits_folded_and_the_cues():
    document = model_input("Biệt phái 335 cán bộ về cấp xã", "Sở Nội vụ TP Hải Phòng cho biết ngày 20/8…")
    lines = document.splitlines()
    assert lines[:2] == ["biệt phái 000 cán bộ về cấp xã"] * 2
    assert "ngày 00/0" in document
    assert lines[-1].split() == ["cuecấpxã", "cuebiệtphái", "cuesởnộivụ"]


def test_years_are_kept_and_other_numbers_folded():
    document = model_input("Năm 2020 sáp nhập 12 xã", "Ngày 1/7/2025 còn 3.321 xã; văn bản 12345/2019; mã 20251")
    assert "năm 2020 sáp nhập 00 xã" in document and "ngày 0/0/2025 còn 0.000 xã" in document
    assert "00000/2019" in document and "mã 00000" in document  # a five-digit code is no year


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (None, "Dòng đầu là tiêu đề\nRồi đến thân bài.", ("Dòng đầu là tiêu đề", "Rồi đến thân bài.")),
        (None, "\n\nTiêu đề sau dòng trống\nThân bài.", ("Tiêu đề sau dòng trống", "Thân bài.")),
        ("Tiêu đề", "Tiêu đề\n\nThân bài của bài báo.", ("Tiêu đề", "Thân bài của bài báo.")),  # a stored article
        ("Tiêu đề", "Thân bài nhắc Tiêu đề ở giữa.", ("Tiêu đề", "Thân bài nhắc Tiêu đề ở giữa.")),
        ("", "Chỉ một dòng", ("Chỉ một dòng", "")),
    ],
)
def test_title_and_body_however_they_come(title, text, expected):
    assert headline(title, text) == expected


def test_a_text_file_and_the_same_article_crawled_read_alike():
    assert model_input(None, "Tiêu đề\nThân bài.") == model_input("Tiêu đề", "Tiêu đề\n\nThân bài.")


def test_the_cue_rule_is_the_fallback():
    assert rule_judgement("Điều động cán bộ", "Sở Nội vụ điều động 15 công chức về các xã.").to_json() == {
        "relevant": True,
        "score": 1.0,
        "model": "cues-2",
    }
    judged = rule_judgement("Xe khách tông đuôi xe tải", "Vụ tai nạn xảy ra trên địa bàn phường Long Bình.")
    assert (judged.relevant, judged.score) == (False, 0.5)


# --- threshold, splits, measures -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("labels", "scores", "recall", "expected"),
    [
        ([1] * 20, [i / 20 for i in range(20, 0, -1)], 0.95, 0.1),  # 19 of 20 kept: the 19th score
        ([1] * 10 + [0] * 5, [0.9] * 9 + [0.2] + [0.95] * 5, 0.9, 0.9),  # negatives do not move it
        ([1, 1, 0], [0.8, 0.6, 0.7], 1.0, 0.6),
        ([1, 1, 1], [0.3, 0.3, 0.3], 0.95, 0.3),
    ],
)
def test_the_threshold_keeps_the_recall_asked_at_the_best_precision(labels, scores, recall, expected):
    threshold = choose_threshold(labels, scores, recall)
    assert threshold == pytest.approx(expected)
    kept = measure(labels, [s >= threshold for s in scores])
    assert kept["recall"] >= recall


def test_no_reform_article_to_set_a_threshold_on_is_an_error():
    with pytest.raises(ValueError, match="no reform article"):
        choose_threshold([0, 0], [0.1, 0.2])


def test_measure_counts():
    result = measure([1, 1, 0, 0, 1], [True, False, True, False, True])
    assert (result["tp"], result["fp"], result["fn"]) == (2, 1, 1)
    assert result["precision"] == pytest.approx(2 / 3) and result["recall"] == pytest.approx(2 / 3)


def test_splits_give_whole_outlets_and_report_leaks():
    rows = [row(n, f"bao{n % 12}.vn", label=n % 2) for n in range(120)]
    splits = split_by_outlet(rows)
    outlets = [{r.outlet for r in part} for part in (splits.train, splits.dev, splits.test)]
    assert not (outlets[0] & outlets[1] or outlets[0] & outlets[2] or outlets[1] & outlets[2])
    assert sorted(r.id for r in splits.train + splits.dev + splits.test) == sorted(r.id for r in rows)
    assert len(splits.test) >= 24 and len(splits.dev) >= 24 and len(splits.train) >= 48
    assert leaks(splits) == []
    splits.test.append(row(999, splits.train[0].outlet, title=splits.dev[0].title))
    found = leaks(splits)
    assert any(line.startswith("outlet ") and "train and test" in line for line in found)
    assert any(line.startswith("title ") and "dev and test" in line for line in found)


def test_the_second_pass_decides():
    assert row(1, "a.vn", label=1).final_label == 1
    assert Row("x", 1, "t", "a", "u", "2025", "T", "X", second_pass={"label": 0, "why": "x"}).final_label == 0
    assert Row("x", 0, "t", "a", "u", "2025", "T", "X", second_pass=1).final_label == 1


def test_a_bad_data_line_names_its_file_and_line(tmp_path):
    (tmp_path / "batch-z.jsonl").write_text('{"id": "z-1", "label": 1}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"batch-z\.jsonl:1"):
        training.load_rows(tmp_path)


# --- the model's file ----------------------------------------------------------------------------------


def test_a_model_file_with_a_type_we_do_not_list_is_refused(tmp_path):
    """skops' point: a model file that would call os.system is not loaded, whatever its card says."""
    skops.io.dump(Pipeline([("run", FunctionTransformer(os.system))]), tmp_path / classifier.MODEL_FILE)
    (tmp_path / classifier.CARD_FILE).write_text(json.dumps({"version": "evil", "threshold": 0.5}))
    with pytest.raises(ModelError, match="holds types we do not load") as refused:
        RelevanceModel.load(tmp_path)
    assert "\n" not in str(refused.value) and "system" in str(refused.value)


def test_a_missing_or_broken_model_is_one_line(tmp_path):
    with pytest.raises(ModelError, match="cannot load the relevance model"):
        RelevanceModel.load(tmp_path)
    (tmp_path / classifier.MODEL_FILE).write_bytes(b"not a zip")
    (tmp_path / classifier.CARD_FILE).write_text("{}")
    with pytest.raises(ModelError, match="cannot load the relevance model"):
        RelevanceModel.load(tmp_path)


def test_without_a_model_the_cue_rule_judges(tmp_path, monkeypatch):
    monkeypatch.setenv("MONITOR_RELEVANCE_MODEL", str(tmp_path))
    classifier.default_model.cache_clear()
    try:
        judged = classifier.judge("Điều động cán bộ", "Sở Nội vụ điều động 15 công chức về các xã.")
    finally:
        classifier.default_model.cache_clear()
    assert judged.model == classifier.RULE_VERSION and judged.relevant


# --- the committed model -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def model() -> RelevanceModel:
    return RelevanceModel.load()


def test_the_committed_model_loads_with_its_card(model):
    card = json.loads((classifier.MODEL_DIR / classifier.CARD_FILE).read_text(encoding="utf-8"))
    assert model.version == card["version"] and model.version.startswith("relevance-")
    assert 0 < model.threshold < 1
    assert (
        (classifier.MODEL_DIR / "README.md")
        .read_text(encoding="utf-8")
        .startswith(f"# Relevance model {model.version}")
    )


@pytest.mark.skipif(not SEEDS, reason="../shared/seeds is not beside the project")
def test_the_seeds_are_about_the_reform(model):
    from monitor.inputs import read_text_article

    articles = [read_text_article(path).article for path in SEEDS]
    judged = model.judge_many([(article.title, article.text) for article in articles])
    assert all(j.relevant for j in judged), [round(j.score, 3) for j in judged]


def test_a_page_published_before_the_reform_is_not_about_it_whatever_its_words():
    title, text = (
        "Biệt phái 335 cán bộ về cấp xã",
        "Sở Nội vụ cho biết đã điều động, biệt phái 335 cán bộ về xã, phường.",
    )
    now = judge(title, text, published=dt.date(2025, 9, 1))
    before = judge(title, text, published=dt.date(2020, 9, 1))
    assert now.relevant and now.published_before is None
    assert not before.relevant and before.published_before == REFORM_START and before.score == now.score
    assert judge(title, text).relevant  # no date: the words judge


def test_monitor_classify_reads_a_files_date_line(tmp_path):
    (tmp_path / "cu.txt").write_text(
        " date 2020-06-01 Sáp nhập xã: biệt phái 40 cán bộ về các xã mới\n\n"
        "Sở Nội vụ cho biết đã điều động, biệt phái 40 cán bộ, công chức về các xã, phường sau sắp xếp.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["classify", str(tmp_path / "cu.txt"), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output.splitlines()[-1])["relevant"] is False
