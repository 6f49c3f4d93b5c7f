"""The shared pieces of patterns.py: the bracket a position stands in."""

import pytest

from monitor.extract.patterns import open_bracket

TEXT = "tiếp nhận 1.200 hồ sơ (cùng kỳ năm 2024: 900 hồ sơ), đạt 80% (năm 2023) và 95%"


@pytest.mark.parametrize(
    ("start", "word", "opened_at"),
    [
        (0, "cùng kỳ", "(cùng"),  # inside a bracket opened after start
        (0, "900", "(cùng"),
        (0, "năm 2023", "(năm"),
        (0, "đạt 80%", None),  # after the bracket closed
        (0, "và 95%", None),
        (TEXT.index("cùng"), "900", None),  # opened before start
        (0, "1.200", None),  # no bracket yet
    ],
)
def test_open_bracket(start: int, word: str, opened_at: str | None) -> None:
    at = TEXT.index(word)
    expected = -1 if opened_at is None else TEXT.index(opened_at)
    assert open_bracket(TEXT, start, at) == expected
