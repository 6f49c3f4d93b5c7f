"""The off-topic rule: at least two distinct cue phrases."""

from __future__ import annotations

import unicodedata

from monitor.crawl.relevance import CUES, MIN_CUES, is_relevant, matched_cues


def test_cues_are_distinct_and_nfc():
    assert len(set(CUES)) == len(CUES)
    assert all(unicodedata.is_normalized("NFC", cue) for cue in CUES)
    assert MIN_CUES == 2


def test_matching_ignores_case_and_needs_whole_words():
    assert matched_cues("SỞ NỘI VỤ cho biết đã tiếp nhận 120 HỒ SƠ") == ["hồ sơ", "Sở Nội vụ"]
    assert matched_cues("Giải quyết TTHC tại phường Hải An") == ["TTHC", "phường"]
    assert matched_cues("hồ sơn thủy") == []  # "hồ sơ" inside another word


def test_decomposed_text_still_matches():
    text = unicodedata.normalize("NFD", "Biệt phái cán bộ về cấp xã")
    assert matched_cues(text) == ["cấp xã", "biệt phái"]


def test_one_cue_is_not_enough():
    assert not is_relevant("Xe khách tông đuôi xe tải", "Vụ tai nạn xảy ra trên địa bàn phường Long Bình.")
    assert is_relevant("Điều động cán bộ", "Sở Nội vụ điều động 15 công chức về các xã.")


def test_a_social_allowance_is_not_the_commune_level():
    assert matched_cues("Chi trả trợ cấp xã hội hằng tháng cho 1.200 người tại phường An Hải") == ["phường"]
    assert not is_relevant(
        "Tăng mức trợ cấp xã hội", "Từ tháng 7, trợ cấp xã hội tăng lên 500.000 đồng tại phường Vĩnh Tuy."
    )
    assert matched_cues("trợ cấp xã hội và biệt phái cán bộ về cấp xã") == ["cấp xã", "biệt phái"]
