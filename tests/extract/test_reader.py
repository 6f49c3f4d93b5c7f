"""Whole articles: the seeds scored by the shared scorer, offsets, NFD input, dates of the article."""

import datetime as dt
import importlib.util
import json
import unicodedata
from pathlib import Path

import pytest

from monitor.extract import MAX_ARTICLE_CHARS, extract
from monitor.facts import Article
from monitor.inputs import read_text_article

SHARED = Path(__file__).resolve().parents[3] / "shared"
SEEDS = sorted((SHARED / "seeds").glob("*.txt"))
DEVSET = sorted((Path(__file__).parent / "devset" / "articles").glob("*.txt"))
needs_shared = pytest.mark.skipif(not SEEDS, reason="../shared/seeds is not beside the project")


def seed(name: str) -> Article:
    return read_text_article(next(p for p in SEEDS if p.name.startswith(name))).article


@needs_shared
def test_seeds_score_above_the_bar():
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    predictions = [f.to_json() for path in SEEDS for f in extract(read_text_article(path).article).facts]
    gold = [json.loads(line) for line in (SHARED / "gold" / "seeds.jsonl").read_text().splitlines() if line]
    result = score.score(gold, predictions)
    assert result["f1"] >= 0.9, (result["misses"], result["false_positives"])
    assert result["accuracy"]["province"] >= 0.95
    assert result["accuracy"]["date"] >= 0.9


@pytest.mark.parametrize("path", SEEDS + DEVSET, ids=lambda p: p.stem[:3])
def test_every_fact_is_cut_from_the_text(path):
    article = read_text_article(path).article
    for fact in extract(article).facts:
        assert article.text[fact.start : fact.end] == fact.evidence


@pytest.mark.parametrize("path", SEEDS + DEVSET, ids=lambda p: p.stem[:3])
def test_nfd_and_nfc_text_give_the_same_facts(path, tmp_path):
    text = path.read_text(encoding="utf-8")
    facts = {}
    for form in ("NFC", "NFD"):
        copy = tmp_path / form / path.name
        copy.parent.mkdir()
        copy.write_text(unicodedata.normalize(form, text), encoding="utf-8")
        facts[form] = [f.to_json() for f in extract(read_text_article(copy).article).facts]
    assert facts["NFD"] == facts["NFC"]


@needs_shared
def test_a_missing_date_is_inferred_from_the_text():
    anchor = extract(seed("002")).anchor
    assert (anchor.source, anchor.flag) == ("inferred", "missing")
    assert dt.date(2025, 7, 24) <= anchor.date <= dt.date(2025, 7, 31)


def test_a_month_with_its_year_told_as_past_infers_a_missing_date():
    # no date line, no day with a year: the month a report is dated by is the latest the text knows
    text = (
        "Theo Sở Nội vụ, tính đến cuối tháng 9/2025, tỉnh đã điều động 327 cán bộ về các xã; dự kiến trong quý IV "
        "sẽ điều động thêm khoảng 150 người."
    )
    extraction = extract(Article(id="t", text=text))
    assert (extraction.anchor.date, extraction.anchor.source) == (dt.date(2025, 9, 30), "inferred")
    assert [(f.value, f.as_of) for f in extraction.facts if f.value == 327] == [(327, dt.date(2025, 9, 30))]
    # a month announced as to come infers nothing
    later = "Năm 2025, tỉnh đã điều động 327 cán bộ về các xã; tỉnh sẽ hoàn thành sắp xếp trụ sở trong tháng 12/2025."
    assert extract(Article(id="t", text=later)).anchor.date is None


@needs_shared
def test_a_date_line_the_text_contradicts_is_flagged():
    anchor = extract(seed("004")).anchor
    assert anchor.flag == "contradicted_by_text"
    assert anchor.date >= dt.date(2025, 10, 27)


def test_the_province_carries_across_sentences_until_another_takes_over():
    text = (
        "Sở Nội vụ tỉnh Quảng Ninh cho biết đã điều động 120 cán bộ về cấp xã.\n\n"
        "Trong tháng 8, tỉnh tiếp nhận hơn 12.500 hồ sơ.\n\n"
        "Còn tại Cần Thơ, thành phố đã giải quyết 8.000 hồ sơ."
    )
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 9, 2))).facts
    assert [(f.metric, f.value, f.province) for f in facts] == [
        ("staff_transfer", 120, "Quảng Ninh"),
        ("dossiers_received", 12500, "Quảng Ninh"),
        ("dossiers_resolved", 8000, "Cần Thơ"),
    ]


def test_status_follows_the_clause():
    text = "UBND tỉnh Gia Lai dự kiến biệt phái 60 công chức về các xã; Sở Nội vụ đề xuất điều động thêm 25 cán bộ."
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 9, 2))).facts
    assert [(f.value, f.status) for f in facts] == [(60, "planned"), (25, "proposed")]


def test_a_figure_repeated_in_title_lead_and_caption_is_one_fact_where_stated_most_fully():
    text = (
        "Hà Tĩnh: Hơn 1.200 cán bộ được điều động về xã\n\n"
        "(Báo Hà Tĩnh) - Tỉnh Hà Tĩnh đã điều động hơn 1.200 cán bộ về các xã, phường.\n\n"
        "Theo Sở Nội vụ tỉnh Hà Tĩnh, tính đến ngày 15/9, toàn tỉnh đã điều động 1.236 cán bộ về các xã.\n\n"
        "Ảnh: Hơn 1.200 cán bộ được điều động về xã."
    )
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 9, 20))).facts
    assert [(f.metric, f.value, f.as_of) for f in facts] == [("staff_transfer", 1236, dt.date(2025, 9, 15))]


@pytest.mark.parametrize(
    ("header", "row", "read"),
    [
        # the dates of one header cell are the span the whole table holds for (unseen42, issue 16)
        (
            "| Cấp | Hồ sơ tiếp nhận quý I/2025 (từ 15/12 đến 14/3) | Giải quyết đúng hạn |",
            "| Cấp tỉnh | 14.785 | 99,86% |",
            [("dossiers_received", 14785, dt.date(2025, 3, 14)), ("dossiers_on_time", 99.86, dt.date(2025, 3, 14))],
        ),
        # dates over several columns are each column's: cells naming nothing under them stay unread
        ("| Cấp | Tháng 1/2025 | Tháng 2/2025 |", "| Cấp tỉnh | 14.785 | 99,86% |", []),
        # … and a row naming its figures is read column by column, each cell dated by its column (issue 16)
        (
            "| Chỉ tiêu | Tháng 1/2025 | Tháng 2/2025 |",
            "| Hồ sơ tiếp nhận | 14.785 | 16.020 |",
            [("dossiers_received", 14785, dt.date(2025, 1, 31)), ("dossiers_received", 16020, dt.date(2025, 2, 28))],
        ),
        (
            "| Nội dung | Năm 2024 | Quý I/2025 |",
            "| Tỷ lệ hồ sơ trực tuyến | 71% | 76% |",
            [("dossiers_online", 71, dt.date(2024, 12, 31)), ("dossiers_online", 76, dt.date(2025, 3, 31))],
        ),
        # the row's label giving the cells' unit, "(%)" (the review of 0.8.91)
        (
            "| Chỉ tiêu | Tháng 1/2025 | Tháng 2/2025 |",
            "| Tỷ lệ hồ sơ trực tuyến (%) | 71 | 76 |",
            [("dossiers_online", 71, dt.date(2025, 1, 31)), ("dossiers_online", 76, dt.date(2025, 2, 28))],
        ),
        # a header without the rows' leading bar keeps its columns
        (
            "Chỉ tiêu | Tháng 1/2025 | Tháng 2/2025",
            "| Hồ sơ tiếp nhận | 14.785 | 16.020 |",
            [("dossiers_received", 14785, dt.date(2025, 1, 31)), ("dossiers_received", 16020, dt.date(2025, 2, 28))],
        ),
        # a year in the header's one dated cell dates the table's rows (unseen65, issue 16)
        (
            "| Nội dung | Kết quả năm 2024 |",
            "| Hồ sơ giải quyết đúng hạn | 899.364 hồ sơ |",
            [("dossiers_on_time", 899364, dt.date(2024, 12, 31))],
        ),
        # a date repeated within one column is no column's date: the cells keep the text's date
        (
            "| Chỉ tiêu | Từ 1/1 đến 31/3/2025 |",
            "| Hồ sơ tiếp nhận | 14.785 |",
            [("dossiers_received", 14785, dt.date(2025, 3, 31))],
        ),
        # four plain digits under a header giving their unit are a count, no year
        ("| Cấp | Hồ sơ tiếp nhận | Giải quyết đúng hạn |", "| Cấp tỉnh | 2016 |", [("dossiers_received", 2016, None)]),
    ],
)
def test_a_table_header_dated_in_one_cell_dates_the_table(header, row, read):
    text = f"Số liệu chính như sau:\n\n{header}\n|---|---|---|\n{row}"
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 4, 13))).facts
    assert [(f.metric, f.value, f.as_of if f.date_source == "text" else None) for f in facts] == read


def test_an_infographics_pictograph_lines_go_on_in_the_span_above_them():
    # "📥 509 hồ sơ …" lines under the span line (unseen42, issue 16)
    text = (
        "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ HRA (GIA LAI)\nTừ 1/7 – 17/9/2025\n\n"
        "📥 509 hồ sơ thủ tục hành chính được tiếp nhận\n✅ 457 hồ sơ đã giải quyết\n"
        "⏱ Hơn 88,2% hồ sơ được trả kết quả đúng hạn, trước hạn"
    )
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 9, 20))).facts
    assert [(f.value, f.as_of) for f in facts] == [
        (509, dt.date(2025, 9, 17)),
        (457, dt.date(2025, 9, 17)),
        (88.2, dt.date(2025, 9, 17)),
    ]


@pytest.mark.parametrize(
    ("example", "read"),
    [
        # made up to explain a rule, to its paragraph's end (unseen43, issue 16)
        ("Ví dụ, xã A được khoán quỹ phụ cấp bằng 21,0 lần mức lương cơ sở cho 14 người. Rồi chia đều thì mỗi người "
         "được 3,6 lần mức lương cơ sở.", []),
        ("Giả sử một xã tiếp nhận 1.000 hồ sơ mỗi tháng thì cần 5 công chức.", []),
        # a real case is read
        ("Ví dụ, tại xã Tân Phú, trong tháng 8 đã tiếp nhận 1.200 hồ sơ.", [1200]),
        ("Ví dụ điển hình là phường Tân Định: trong tháng 8 đã tiếp nhận 2.450 hồ sơ.", [2450]),
    ],
)  # fmt: skip
def test_an_illustration_holds_no_figure_of_a_place(example, read):
    text = f"Hỏi: Quỹ phụ cấp có được cộng dồn không? {example}\n\nĐáp: Tỉnh hỗ trợ 2 triệu đồng/người/tháng."
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 9, 2))).facts
    assert [f.value for f in facts] == [*read, 2_000_000]


def test_numbered_pictograph_lines_under_a_span_lead_go_on_in_its_span():
    # a title above the lead is read first (it holds no figure a span line could date), and a keycap numbers its item:
    # no figure of its own, no stray mark in the evidence (review of 0.8.81)
    text = "Bản tin\n\nKết quả từ 1/7 đến 17/9/2025:\n1️⃣ 509 hồ sơ được tiếp nhận\n2️⃣ 457 hồ sơ đã giải quyết"
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 9, 20))).facts
    assert [(f.value, f.as_of, f.evidence.split()[0]) for f in facts] == [
        (509, dt.date(2025, 9, 17), "1️⃣"),
        (457, dt.date(2025, 9, 17), "2️⃣"),
    ]


def test_a_bulletin_line_with_its_own_start_goes_on_in_the_reports_span():
    # "Hồ sơ tiếp nhận từ ngày 1/7: …" dates its own running total; the lines after it stay in the heading's span
    # (unseen44, issue 16)
    text = (
        "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ NHƠN TRẠCH (ĐỒNG NAI)\nSố liệu tính đến hết tháng 8/2025\n\n"
        "Hồ sơ tiếp nhận từ ngày 1/7: 8.424 hồ sơ\nHồ sơ giải quyết đúng hạn và trước hạn: 8.220 hồ sơ"
    )
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 9, 10))).facts
    assert [(f.value, f.as_of) for f in facts] == [(8424, dt.date(2025, 8, 31)), (8220, dt.date(2025, 8, 31))]


def test_a_headline_rounding_an_approximate_figure_is_that_figure():
    # "gần 76 tỉ" over "hơn 75,9 tỉ": both approximate, one figure (unseen38, issue 16)
    text = (
        "TP.HCM bổ sung gần 76 tỉ đồng chi chế độ cho cán bộ nghỉ việc sau sắp xếp\n\n"
        "UBND TP.HCM bổ sung dự toán ngân sách cho 16 xã, phường để giải quyết chế độ cho cán bộ nghỉ việc.\n"
        "Tổng kinh phí bổ sung: hơn 75,9 tỉ đồng"
    )
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 8, 31))).facts
    assert [(f.metric, f.value) for f in facts] == [("budget", 75_900_000_000)]


def test_a_rounded_count_right_after_an_exact_one_in_the_body_is_another_figure():
    # "khoảng 100" two clauses after "102": other officials, not the 102 again (unseen38, issue 16)
    text = (
        "Tỉnh Phú Thọ sắp xếp đội ngũ cán bộ cấp xã.\n\n"
        "Theo kế hoạch, đợt đầu tỉnh sẽ điều động 102 cán bộ, công chức từ cấp tỉnh về cấp xã. Bên cạnh đó, khoảng "
        "100 công chức sẽ được điều chuyển từ các xã, phường đang dư sang những nơi còn thiếu."
    )
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 9, 26))).facts
    assert [(f.metric, f.value) for f in facts] == [("staff_transfer", 102), ("staff_transfer", 100)]


@pytest.mark.parametrize(
    "announcement",
    [
        "Nghị quyết có hiệu lực từ ngày 1/1/2026.",
        "Thời gian biệt phái tối đa đến 30/6/2026.",
        "Đại hội đại biểu Đảng bộ tỉnh diễn ra ngày 15/11/2025.",
    ],
)
def test_a_date_to_come_does_not_contradict_the_publication_date(announcement):
    text = f"Tỉnh đã tiếp nhận 50.000 hồ sơ.\n\n{announcement}"
    result = extract(Article(id="t", text=text, published_at=dt.date(2025, 10, 20)))
    assert (result.anchor.date, result.anchor.flag) == (dt.date(2025, 10, 20), None)
    assert result.facts[0].as_of == dt.date(2025, 10, 20)


@pytest.mark.parametrize(
    "sentence", ["Ngày 31/9, xã đã tiếp nhận 200 hồ sơ.", "Tỉnh yêu cầu hoàn thành trước ngày 31/6."]
)
def test_a_day_the_month_lacks_does_not_stop_the_article(sentence):
    text = f"{sentence}\n\nTỉnh Lào Cai đã điều động 45 công chức về xã."
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 10, 20))).facts
    assert ("staff_transfer", 45) in [(f.metric, f.value) for f in facts]


def test_the_same_value_for_two_communes_or_two_months_is_two_facts():
    text = (
        "Phường Hải Châu giải quyết đúng hạn 100% hồ sơ; phường Thanh Khê cũng đạt 100% hồ sơ đúng hạn.\n\n"
        "Trong tháng 8, tỉnh Quảng Ngãi biệt phái 50 công chức về xã; sang tháng 9, tỉnh biệt phái thêm 50 công chức."
    )
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 10, 2))).facts
    assert [(f.value, f.commune or f.as_of) for f in facts] == [
        (100, "phường Hải Châu"),
        (100, "phường Thanh Khê"),
        (50, dt.date(2025, 8, 31)),
        (50, dt.date(2025, 9, 30)),
    ]


def test_a_text_of_many_articles_is_read_up_to_the_limit_and_says_so():
    sentence = "Tỉnh Nghệ An đã điều động 45 công chức về xã. "
    text = sentence * (MAX_ARTICLE_CHARS // len(sentence) + 100)  # one paragraph, no end
    result = extract(Article(id="big", text=text, published_at=dt.date(2025, 9, 2)))
    assert [(f.metric, f.value) for f in result.facts] == [("staff_transfer", 45)]
    assert result.problems == [f"big: read the first 500,000 of {len(text):,} characters only"]


@pytest.mark.parametrize(
    ("sentence", "statuses"),
    [
        ("Tỉnh đã biệt phái 120 công chức và sẽ tiếp tục rà soát nhu cầu của các xã.", ["done"]),
        ("Tỉnh đã điều động 45 công chức, dự kiến tháng 10 sẽ biệt phái thêm 60 cán bộ.", ["done", "planned"]),
        ("Theo kế hoạch đề ra, tỉnh đã điều động 300 công chức về xã.", ["done"]),
        ("Sở Nội vụ đã đề xuất điều động 335 cán bộ.", ["proposed"]),
        # an obligation whose verb governs the figure
        ("Các tỉnh, thành phố phải công khai 100% thủ tục hành chính trên Cổng Dịch vụ công quốc gia.", ["target"]),
        ("Những cán bộ phải di chuyển xa, tỉnh đã hỗ trợ 4 triệu đồng/người/tháng.", ["done"]),
        ("Nhờ đó người dân không phải nộp lại 2.300 hồ sơ giấy.", ["done"]),
        # a target noun names the figures after it, not a result set against it
        ("Tại tỉnh Hưng Yên, chỉ tiêu giao là 90% hồ sơ trực tuyến, đến nay đạt 86%.", ["target", "done"]),
        ("Tỷ lệ hồ sơ giải quyết đúng hạn đạt 97,2%, vượt chỉ tiêu 95% tỉnh giao.", ["done", "target"]),
        ("Đến ngày 30/9, tỷ lệ hồ sơ trực tuyến mới đạt 45%, thấp hơn mục tiêu đề ra.", ["done"]),
        (
            "Thành phố đặt mục tiêu có 80% thủ tục được thực hiện trực tuyến, "
            "trong đó ít nhất 20% là trực tuyến toàn trình.",
            ["target", "target"],
        ),
        # plans in the making, submissions and needs
        ("Thời gian tới, tỉnh tiếp tục điều động 130 cán bộ về cơ sở.", ["planned"]),
        ("Sở Nội vụ trình UBND tỉnh phương án điều động 95 công chức về các xã.", ["proposed"]),
        ("Tỉnh cần bổ sung khoảng 300 công chức cho các xã vùng cao.", ["proposed"]),
        ("Tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 80%.", ["done"]),
        ("Theo phương án sắp xếp, tỉnh đã điều động 210 công chức về xã.", ["done"]),
    ],
)
def test_a_status_word_counts_in_the_figures_own_clause(sentence, statuses):
    facts = extract(Article(id="t", text=sentence, published_at=dt.date(2025, 10, 20))).facts
    assert [f.status for f in facts] == statuses


AUG_31, SEP_15, SEP_30 = dt.date(2025, 8, 31), dt.date(2025, 9, 15), dt.date(2025, 9, 30)


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a date tied to the figure after it (vào, trong, tính đến) wins over one before it
        (
            "Tính đến cuối tháng 8, tỉnh Gia Lai có 1.200 hồ sơ trực tuyến; "
            "tỷ lệ giải quyết đúng hạn đạt 72% vào tháng 9.",
            [(1200, AUG_31), (72, SEP_30)],
        ),
        (
            "Tính đến cuối tháng 8, tỉnh Gia Lai tiếp nhận 1.200 hồ sơ, "
            "tỷ lệ giải quyết đúng hạn đạt 72% trong tháng 9.",
            [(1200, AUG_31), (72, SEP_30)],
        ),
        ("Tính đến cuối tháng 8, tỷ lệ giải quyết đúng hạn của tỉnh đạt 95% tính đến ngày 30/9.", [(95, SEP_30)]),
        ("Tính đến cuối tháng 8, tỷ lệ giải quyết đúng hạn của tỉnh đạt 95% tính đến hết tháng 9.", [(95, SEP_30)]),
        ("Ngày 2/10, phường Hải Châu cho biết đã giải quyết 950 hồ sơ vào ngày 15/9.", [(950, SEP_15)]),
        ("Trong tháng 9, xã Cư M'gar tiếp nhận 500 hồ sơ vào ngày 15/9.", [(500, SEP_15)]),  # the finer date
        (
            "Tính đến cuối tháng 8, tỉnh Lào Cai đã tiếp nhận 3.000 hồ sơ. "
            "Tỷ lệ hồ sơ trực tuyến đạt 64% trong tháng 9.",
            [(3000, AUG_31), (64, SEP_30)],
        ),
        # not the figure's: another clause, a comparison, a duration, a period holding the earlier date
        (
            "Tính đến cuối tháng 8, tỷ lệ giải quyết đúng hạn đạt 72%; trong tháng 9, tỉnh tiếp tục rà soát.",
            [(72, AUG_31)],
        ),
        (
            "Tính đến cuối tháng 8, tỷ lệ giải quyết đúng hạn đạt 72%, còn trong tháng 9 tỉnh rà soát thêm.",
            [(72, AUG_31)],
        ),
        ("Tính đến cuối tháng 8, tỷ lệ hồ sơ trực tuyến đạt 72%, cao hơn so với trong tháng 7.", [(72, AUG_31)]),
        (
            "Tính đến cuối tháng 8, tỷ lệ giải quyết đúng hạn đạt 72% trong khi tháng 7 chỉ đạt 60%.",
            [(72, AUG_31), (60, dt.date(2025, 7, 31))],
        ),
        ("Tính đến cuối tháng 8, tỉnh đã biệt phái 50 công chức về xã đến hết năm 2026.", [(50, AUG_31)]),
        ("Tính đến ngày 30/9, tỉnh đã giải quyết đúng hạn 95% hồ sơ trong năm 2025.", [(95, SEP_30)]),
        # a date compared with is neither the figure's nor the next sentence's
        ("Tỉnh tiếp nhận 5.000 hồ sơ, tăng 8% so với tháng 7.", [(5000, dt.date(2025, 10, 10))]),
        (
            "Quý III/2025, tỉnh Quảng Ninh tiếp nhận 312.540 hồ sơ, tăng 8,4% so với quý II. "
            "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 72,5%.",
            [(312540, SEP_30), (72.5, SEP_30)],
        ),
    ],
)
def test_a_date_tied_to_a_figure_after_it_wins_within_its_clause(text, dates):
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 10, 10))).facts
    assert [(f.value, f.as_of) for f in facts] == dates


def test_a_report_date_after_tinh_den_contradicts_an_older_date_line():
    text = (
        "Tính đến ngày 30/9/2025, Sở Nội vụ tỉnh Lâm Đồng đã biệt phái 870 công chức.\n\n"
        "Trong quý III, tỉnh tiếp nhận 198.400 hồ sơ."
    )
    result = extract(Article(id="t", text=text, published_at=dt.date(2024, 3, 2)))
    assert (result.anchor.date, result.anchor.flag) == (dt.date(2025, 9, 30), "contradicted_by_text")
    assert [f.as_of for f in result.facts] == [dt.date(2025, 9, 30), dt.date(2025, 9, 30)]


@pytest.mark.parametrize(
    ("sentence", "published", "period"),
    [
        ("Tháng trước, tỉnh Cần Thơ tiếp nhận 168.500 hồ sơ.", dt.date(2025, 12, 2), ("2025-11-01", "2025-11-30")),
        ("Tuần trước, phường Đồng Hới tiếp nhận 1.150 hồ sơ.", dt.date(2026, 1, 6), ("2025-12-29", "2026-01-04")),
        ("Tháng này, tỉnh Gia Lai đã tiếp nhận 1.150 hồ sơ.", dt.date(2025, 10, 6), ("2025-10-01", "2025-10-31")),
    ],
)
def test_weeks_and_months_relative_to_the_publication_date(sentence, published, period):
    fact = extract(Article(id="t", text=sentence, published_at=published)).facts[0]
    assert (fact.period_start.isoformat(), fact.period_end.isoformat()) == period
    assert fact.as_of == min(fact.period_end, published)


def test_list_items_and_table_rows_are_read_under_their_lead_line_and_header():
    text = (
        "Tỉnh Thanh Hóa công bố kết quả.\n\n"
        "Trong tháng 9, số hồ sơ tiếp nhận tại một số xã như sau:\n"
        "- Xã Biện Thượng: 1.240 hồ sơ\n"
        "- Xã An Nông: 985 hồ sơ\n\n"
        "Phường | Hồ sơ tiếp nhận | Tỷ lệ đúng hạn\n"
        "Phường Hải Châu | 12.450 hồ sơ | 99,2%\n\n"
        "Thành phố dự kiến biệt phái thêm 120 công chức về các xã miền núi."
    )
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 10, 15))).facts
    assert [(f.metric, f.value, f.commune) for f in facts] == [
        ("dossiers_received", 1240, "xã Biện Thượng"),
        ("dossiers_received", 985, "xã An Nông"),
        ("dossiers_received", 12450, "phường Hải Châu"),
        ("dossiers_on_time", 99.2, "phường Hải Châu"),
        ("staff_transfer", 120, None),  # the last row's commune does not run on after the table
    ]
    assert facts[2].evidence == "Phường Hải Châu | 12.450 hồ sơ | 99,2%"
    assert all(f.as_of == dt.date(2025, 9, 30) for f in facts[:2])  # the list goes on in its lead's month


def test_a_table_rows_date_dates_no_row_after_it():
    text = (
        "Sở Xây dựng tỉnh Khánh Hòa công bố nhu cầu nhà ở công vụ.\n\n"
        "| Nội dung | Số liệu |\n"
        "| Nhà khách bố trí tạm đến hết ngày 3/10/2028 | 18 phòng |\n"
        "| Mức hỗ trợ tiền thuê nhà kiến nghị | 2.992.000 đồng/tháng/người |"
    )
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 5, 15))).facts
    assert [(f.metric, f.value, f.unit, f.as_of) for f in facts if f.value] == [
        ("allowance", 2992000, "VND/person/month", dt.date(2025, 5, 15))
    ]


@pytest.mark.parametrize(
    ("row", "read"),
    [
        # a header naming nothing: the row's label names the figure; the online channel is the part's (unseen7)
        (
            "| Hồ sơ toàn tỉnh tiếp nhận từ 1/7 đến 24/8/2025 | 227.748 hồ sơ, trong đó hơn 185.000 hồ sơ nộp"
            " trực tuyến |",
            [("dossiers_received", 227748), ("dossiers_online", 185000)],
        ),
        (
            "| Hồ sơ tiếp nhận | 2.748 hồ sơ, 1.850 hồ sơ trực tuyến |",
            [("dossiers_received", 2748), ("dossiers_online", 1850)],
        ),
        # the cell's own words still name its figure
        ("| Kết quả tháng 8 | 1.850 hồ sơ nộp trực tuyến |", [("dossiers_online", 1850)]),
    ],
)
def test_a_cell_under_a_header_naming_nothing_is_read_after_its_rows_label(row, read):
    text = "Trung tâm Phục vụ hành chính công tỉnh Gia Lai báo cáo.\n\n| Nội dung | Số liệu |\n|---|---|\n" + row
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 9, 5))).facts
    assert [(f.metric, f.value) for f in facts] == read


@pytest.mark.parametrize(
    "text",
    [
        "Thông báo tạm ngưng tiếp nhận hồ sơ thủ tục hành chính dịp Tết Nguyên đán Bính Ngọ 2026",
        "Cắt giảm thủ tục hành chính 2026",
    ],
)
def test_four_plain_digits_with_no_unit_are_a_year_not_a_count(text):
    assert extract(Article(id="t", text=text, published_at=dt.date(2026, 2, 9))).facts == []


def test_four_plain_digits_a_label_gives_are_still_a_count():
    facts = extract(Article(id="t", text="Hồ sơ tiếp nhận: 2026", published_at=dt.date(2026, 2, 9))).facts
    assert [(f.metric, f.value) for f in facts] == [("dossiers_received", 2026)]


def test_a_caption_repeats_a_figure_without_moving_the_text_on():
    text = (
        "Tính đến ngày 15/9, tỉnh Nghệ An đã tiếp nhận 86.400 hồ sơ.\n\n"
        "Ảnh: Người dân làm thủ tục tại phường Cửa Lò, nơi toàn tỉnh tiếp nhận 86.400 hồ sơ.\n\n"
        "Tỉnh đã điều động 1.532 công chức về cấp xã."
    )
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 9, 18))).facts
    assert [(f.value, f.as_of, f.commune) for f in facts] == [
        (86400, dt.date(2025, 9, 15), None),
        (1532, dt.date(2025, 9, 18), None),
    ]


def test_a_verb_of_the_next_clause_does_not_name_the_figure():
    text = "Tỉnh Bắc Ninh thiếu 410 công chức và dự kiến tuyển dụng bổ sung trong tháng 11."
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 10, 7))).facts
    assert [(f.metric, f.value) for f in facts] == [("staff_shortage", 410)]


def test_parts_of_a_whole_told_before_share_its_metric_and_a_proposal_dates_forward():
    text = (
        "Sở Nội vụ tỉnh Tuyên Quang đề xuất biệt phái 300 cán bộ về các xã vùng cao trong tháng 9.\n\n"
        "Theo tờ trình, trong số 300 người, dự kiến có 120 công chức tài chính và 95 công chức địa chính.\n\n"
        "Trong số 500 người dự thi, có 40 người đạt yêu cầu."  # a whole the article never told
    )
    facts = [f for f in extract(Article(id="t", text=text, published_at=dt.date(2025, 8, 28))).facts if f.value]
    # the submission's parts are proposed like their whole: a sentence opening on "Theo tờ trình" gives its figures
    # the submission's status, which precedes the clause's "dự kiến" (lang/vi/status.py)
    assert [(f.metric, f.value, f.status) for f in facts] == [
        ("staff_transfer", 300, "proposed"),
        ("staff_transfer", 120, "proposed"),
        ("staff_transfer", 95, "proposed"),
    ]
    assert facts[0].period_end == dt.date(2025, 9, 30)


@pytest.mark.parametrize(
    ("sentence", "as_of"),
    [
        ("Năm 2026, tỉnh Quảng Trị phấn đấu 90% hồ sơ được tiếp nhận trực tuyến.", dt.date(2026, 12, 31)),
        # a report's span stays as it was, target word or not
        ("Từ 1/7 đến 30/11, tỷ lệ hồ sơ trực tuyến đạt 52,7%, thấp hơn mục tiêu đề ra.", dt.date(2025, 11, 30)),
    ],
)
def test_a_years_target_holds_at_the_years_end(sentence, as_of):
    facts = extract(Article(id="t", text=sentence, published_at=dt.date(2025, 12, 5))).facts
    assert facts[0].as_of == as_of


def _facts(text: str, published: dt.date | None = dt.date(2025, 8, 25)) -> list:
    article = Article(id="noisy", text=text, published_at=published)
    return extract(article).facts


AUG_20 = dt.date(2025, 8, 20)
BODY = "Tính đến ngày 20/8, Sở Nội vụ tỉnh Nghệ An đã điều động 412 cán bộ, công chức về cấp xã."


@pytest.mark.parametrize(
    "furniture",
    [
        "Tin liên quan\nHải Phòng điều động 335 cán bộ về xã\nThái Nguyên thiếu 410 công chức (30/09/2025)",
        "TIN LIÊN QUAN:\n- TP.HCM tiếp nhận 80.000 hồ sơ ngày 15/10/2025",
        ">> Xem thêm: Hà Nội tiếp nhận 10.000 hồ sơ trực tuyến đến 30/9",
        "Đọc thêm: Lào Cai hoàn thành sắp xếp trước ngày 30/9/2025",
    ],
)
def test_links_to_other_articles_give_no_facts_and_no_date(furniture):
    # without a date line, the dateline at the top anchors the date, not the related headlines' later dates
    for published, top in ((dt.date(2025, 8, 25), ""), (None, "Thứ Hai, 25/08/2025 08:15 (GMT+7)\n")):
        extraction = extract(
            Article(id="noisy", text=f"{top}{BODY}\n{furniture}\nMinh Anh/VOV\n", published_at=published)
        )
        assert [(f.metric, f.value, f.as_of) for f in extraction.facts] == [("staff_transfer", 412, AUG_20)]
        assert extraction.anchor.date == dt.date(2025, 8, 25)


def test_a_related_block_ends_at_the_next_paragraph():
    text = f"Tin liên quan\nHải Phòng điều động 335 cán bộ về xã\n{BODY}\n"
    assert [f.value for f in _facts(text)] == [412]


@pytest.mark.parametrize(
    "text",
    [
        BODY.replace(" ", "  "),  # doubled spaces
        BODY.replace(" ", "\t", 3).replace("412 ", "412\t"),
        BODY.replace(" ", "&nbsp;", 2).replace("412 cán", "412&nbsp;cán"),
        BODY.replace(" ", "\u00a0"),
        BODY.replace("điều động", "điề\u00adu độ\u00adng"),
    ],
)
def test_figures_read_in_noisy_whitespace(text):
    facts = _facts(text + "\r\n")
    assert [(f.value, f.province, f.as_of) for f in facts] == [(412, "Nghệ An", AUG_20)]
    stored = extract(Article(id="noisy", text=text + "\r\n", published_at=dt.date(2025, 8, 25))).facts[0]
    assert stored.evidence and stored.evidence in text.replace("\u00ad", "")


def test_an_all_caps_headline_is_the_body_figure_once():
    text = "NGHỆ AN: ĐÃ ĐIỀU ĐỘNG 412 CÁN BỘ\n" + BODY
    facts = _facts(text)
    assert [(f.value, f.as_of, f.start) for f in facts] == [(412, AUG_20, text.index("Tính"))]


OCT_10 = dt.date(2025, 10, 10)


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a figure to come in a span wholly to come holds at its end; in a running span, on the day it is told
        ("Sở Nội vụ dự kiến luân chuyển 120 công chức về phường trong tháng 11.", [(120, dt.date(2025, 11, 30))]),
        (
            "Tỉnh đã điều động 45 công chức, dự kiến tháng 11 sẽ biệt phái thêm 60 cán bộ.",
            [(45, OCT_10), (60, dt.date(2025, 11, 30))],
        ),
        ("Tỉnh dự kiến trong quý IV sẽ điều động thêm 200 công chức về xã.", [(200, OCT_10)]),
        ("Tỉnh đã tiếp nhận 21.000 hồ sơ trong năm 2025.", [(21000, OCT_10)]),
        # a running month to come is this year's; an obligation speaks of the future
        ("Tỉnh yêu cầu đến hết tháng 10 tỷ lệ hồ sơ trực tuyến phải đạt 80%.", [(80, dt.date(2025, 10, 31))]),
        (
            "Chủ tịch UBND tỉnh chỉ đạo đến ngày 15/10 các xã phải đạt tỷ lệ 95% hồ sơ giải quyết đúng hạn.",
            [(95, dt.date(2025, 10, 15))],
        ),
        # a date after a turn to another clause is that clause's; a target compared with keeps the report's date
        (
            "Tỉnh đã tiếp nhận 8.500 hồ sơ, dự kiến đến cuối tháng 11 sẽ tiếp nhận khoảng 15.000 hồ sơ.",
            [(8500, OCT_10), (15000, dt.date(2025, 11, 30))],
        ),
        (
            "Đến ngày 30/9, tỷ lệ hồ sơ trực tuyến mới đạt 45%, thấp hơn chỉ tiêu 60%.",
            [(45, SEP_30), (60, SEP_30)],
        ),
    ],
)
def test_figures_to_come_are_dated_by_their_span(text, dates):
    facts = extract(Article(id="t", text=text, published_at=OCT_10)).facts
    assert [(f.value, f.as_of) for f in facts if f.metric != "deadline"] == dates


def test_a_rows_label_in_percent_gives_its_cells_unit():
    # "(%)" in the row's label: the bare cells are shares (the review of 0.8.94)
    text = "Số liệu chính như sau:\n\n| Chỉ tiêu | Tháng 1/2025 |\n|---|---|\n| Tỷ lệ hồ sơ trực tuyến (%) | 71 |"
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 4, 13))).facts
    assert [(f.metric, f.value, f.unit) for f in facts] == [("dossiers_online", 71, "%")]


def test_a_tables_rows_led_by_a_dash_break_down_the_row_above():
    # "– Lĩnh vực … | 27 người |" under "Điều động … | 126 người" (seventy-third set, issue 16); a row with no dash
    # stands on its own
    text = (
        "Số liệu:\n\nHình thức | Số người\nĐiều động từ cấp tỉnh về cấp xã | 126 người\n"
        "– Lĩnh vực tài chính – kế hoạch | 27 người\n– Lĩnh vực công nghệ thông tin | 20 người\n"
        "– Lĩnh vực nông nghiệp | 20 người\nHội nghị tổng kết | 300 người"
    )
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 9, 30))).facts
    # two rows of one value are two parts
    assert [(f.metric, f.value, f.status) for f in facts] == [
        ("staff_transfer", 126, "done"),
        ("staff_transfer", 27, "done"),
        ("staff_transfer", 20, "done"),
        ("staff_transfer", 20, "done"),
    ]


def test_a_table_whose_rows_all_start_with_a_dash_has_no_parts():
    # no row without a dash stands above them to be broken down (the third review of the session)
    text = (
        "Số liệu:\n\nHình thức | Số người\n– Điều động từ cấp tỉnh về cấp xã | 126 người\n"
        "– Nghỉ hưu trước tuổi, nghỉ thôi việc | 35 người"
    )
    facts = extract(Article(id="t", text=text, published_at=dt.date(2025, 9, 30))).facts
    assert [(f.metric, f.value) for f in facts] == [("staff_transfer", 126)]
