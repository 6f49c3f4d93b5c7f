"""The field's abbreviations (lang/vi/abbreviations.py): found as the press writes them around figures, never
inside other words or in lower case; phrases of the rules gain the abbreviations whose expansion holds them; a
figure before an abbreviation is read as before its noun."""

import pytest

from monitor.extract.lang.vi.abbreviations import count_nouns, find, implied, with_abbreviations

FOUND = [
    # (sentence after real reports, abbreviations found in order)
    ("Huế hiện cung cấp 572 DVCTT toàn trình trên Cổng dịch vụ công.", ["DVCTT"]),
    ("Phường Hòa Khánh thiếu nhiều nhất với 20 CBCC.", ["CBCC"]),
    ("Tỉnh đã điều động 1.150 CBCCVC về các xã, phường.", ["CBCCVC"]),
    ("Trung tâm PVHCC tỉnh tiếp nhận 12.480 hồ sơ TTHC trong tháng 8.", ["PVHCC", "TTHC"]),
    ("TTPVHCC phường Vinh Phú giải quyết đúng hạn 99,2% hồ sơ.", ["TTPVHCC"]),
    ("HĐND tỉnh thông qua Nghị quyết hỗ trợ CB,CC,VC chuyển đến trung tâm hành chính mới.", ["HĐND", "CB,CC,VC"]),
    ("Chỉ số CCHC của tỉnh năm 2025 xếp thứ 5 cả nước.", ["CCHC"]),
    ("UBND xã trình phương án bố trí 8 bộ đội chính quy tại Ban CHQS.", ["UBND", "CHQS"]),
    ("Phát triển KT-XH của ĐVHC mới sau sắp xếp.", ["KT-XH", "ĐVHC"]),
    # negatives: not an abbreviation
    ("Ông dvc nói rằng cbcc là viết tắt.", []),  # lower case in running text
    ("Mã hồ sơ TTHCX-2025 đã được cấp.", []),  # part of another code
    ("Ký hiệu DVCTT2 không phải dịch vụ công.", []),
    ("Cb và Cc được giao nhiệm vụ.", []),
]


@pytest.mark.parametrize(("sentence", "shorts"), FOUND)
def test_abbreviations_found_as_written(sentence, shorts):
    assert [item.short for _, _, item in find(sentence)] == shorts


@pytest.mark.parametrize(("sentence", "shorts"), [case for case in FOUND if case[1]])
def test_offsets_point_at_the_abbreviation(sentence, shorts):
    assert [sentence[start:end] for start, end, _ in find(sentence)] == shorts


EXPANDED = [
    # (phrases of a rule, abbreviations it gains, abbreviations it must not gain)
    (("trực tuyến",), {"dvctt"}, {"tthc", "dvc", "cbcc"}),
    (("thủ tục hành chính", "thủ tục"), {"tthc"}, {"dvctt", "cchc"}),
    (("dịch vụ công",), {"dvc", "dvctt", "dvcqg"}, {"tthc"}),
    (("cán bộ, công chức",), {"cbcc", "cbccvc", "cb,cc,vc"}, {"ccvc"}),
    (("công chức",), {"cbcc", "cbccvc", "ccvc"}, {"nlđ"}),
    (("hành chính công",), {"hcc", "pvhcc", "ttpvhcc"}, {"cchc"}),  # "cải cách hành chính" is not it
    (("hồ sơ",), set(), {"tthc", "dvc"}),
]


@pytest.mark.parametrize(("phrases", "gained", "not_gained"), EXPANDED)
def test_rules_phrases_gain_the_abbreviations_of_their_words(phrases, gained, not_gained):
    expanded = with_abbreviations(phrases)
    assert expanded[: len(phrases)] == phrases
    assert gained <= set(expanded) and not (not_gained & set(expanded))


def test_a_number_before_a_staff_or_procedure_abbreviation_counts_it():
    nouns = count_nouns()
    assert nouns["cbcc"] == nouns["cbccvc"] == nouns["nlđ"] == "person"
    assert nouns["tthc"] == nouns["dvctt"] == "procedure"
    assert "ubnd" not in nouns and "hđnd" not in nouns and "cchc" not in nouns


def test_an_abbreviation_tells_its_metric_and_kind():
    dvctt = implied("dvctt")
    assert dvctt is not None and (dvctt.metric, dvctt.kind) == ("procedures", "online")
    assert implied("UBND").metric is None
    assert implied("XYZ") is None


FACTS = [
    # (sentence, metric, value, rule): the field's abbreviations stand for their nouns around a figure
    ("Tỉnh Bắc Ninh hiện cung cấp 846 DVCTT toàn trình.", "procedures", 846, "procedures.local"),
    ("Xã Mường Nhé còn thiếu 14 CBCC có chuyên môn về đất đai.", "staff_shortage", 14, "staff.local"),
    ("Tỉnh đã điều động 1.150 CBCCVC về các xã, phường.", "staff_transfer", 1150, "staff.local"),
    ("Thành phố đã công bố 2.105 TTHC thuộc thẩm quyền cấp xã.", "procedures", 2105, "procedures.local"),
    ("Tỷ lệ hồ sơ DVCTT của phường đạt 76,4%.", "dossiers_online", 76.4, "dossiers.local"),
    ("Trung tâm PVHCC tỉnh tiếp nhận 12.480 hồ sơ TTHC trong tháng 8.", "dossiers_received", 12480, "dossiers.local"),
    ("Phường Hòa Khánh thiếu nhiều nhất với 20 CBCC.", "staff_shortage", 20, "staff.local"),
]


@pytest.mark.parametrize(("sentence", "metric", "value", "rule"), FACTS, ids=[r[0][:40] for r in FACTS])
def test_an_abbreviation_is_read_as_its_noun(read, sentence, metric, value, rule):
    assert [(f.metric, f.value, f.rule) for f in read(sentence) if f.value is not None] == [(metric, value, rule)]


@pytest.mark.parametrize(
    "sentence",
    [
        "HĐND tỉnh có 85 đại biểu.",  # a body's abbreviation counts nothing
        "UBND tỉnh ban hành 12 văn bản chỉ đạo CCHC.",  # documents about reform, not procedures
        "Chỉ số CCHC của tỉnh năm 2025 xếp thứ 5 cả nước.",  # a ranking
    ],
)
def test_an_abbreviation_that_counts_nothing_makes_no_figure(read, sentence):
    assert [f for f in read(sentence) if f.value is not None] == []
