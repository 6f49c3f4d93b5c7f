"""The matching view keeps every offset: same length as the text, whatever it folds."""

import pytest

from monitor.extract.normalize import fold, lower


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Thanh Hoá", "Thanh Hóa"),
        ("hoà", "hòa"),
        ("Uỷ ban", "Ủy ban"),
        ("quý", "quý"),
        ("hoàn thành", "hoàn thành"),
        ("“45 ngày đêm”", '"45 ngày đêm"'),
        ("2025 – 2027", "2025 - 2027"),
    ],
)
def test_fold(text, folded):
    assert fold(text) == folded


@pytest.mark.parametrize("text", ["", " ", "\n\n", "Thời sự İstanbul ǅ ß ﬁ", "a\u00a0b\u200bc", "😀 Hải Phòng"])
def test_views_keep_length(text):
    assert len(fold(text)) == len(text) == len(lower(fold(text)))
