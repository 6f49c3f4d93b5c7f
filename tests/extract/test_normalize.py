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


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("412&nbsp;cán bộ", "412      cán bộ"),
        ("Sở Nội vụ &amp; UBND", "Sở Nội vụ &     UBND"),
        ("&quot;một cửa&quot;", '"     một cửa"     '),
    ],
)
def test_fold_reads_leftover_html_entities_at_their_length(text, folded):
    assert fold(text) == folded


@pytest.mark.parametrize(
    ("raw", "stored"),
    [
        ("điề\u00adu độ\u00adng", "điều động"),  # a soft hyphen only marks a possible break
        ("5.\u200b230 hồ sơ", "5.230 hồ sơ"),  # a zero-width space that splits nothing goes
        ("412 \u200bcán bộ\u200b.", "412 cán bộ."),
        ("hồ\u200bsơ", "hồ\u200bsơ"),  # between letters it stands for a space: kept, the view reads a space
        ("ho\u0302\u0300\u200bsơ", "hồ\u200bsơ"),  # NFD letters are letters too
        ("a\r\nb", "a\nb"),
    ],
)
def test_stored_text_drops_invisible_characters(raw, stored):
    from monitor.text import stored_text

    assert stored_text(raw) == stored
