"""Decoding pages whose charset is declared wrongly, or not at all."""

from __future__ import annotations

import pytest

from monitor.crawl.charset import decode_html, foreign_characters, meta_charset
from tests.crawl.outlets import to_cp1258

PHRASE = "Đồng chí đề nghị các xã, phường sớm ổn định bộ máy chính quyền địa phương hai cấp, giải quyết hồ sơ đúng hạn."
PAGE = f"<html><head><meta charset='{{charset}}'></head><body><p>{PHRASE}</p></body></html>"


@pytest.mark.parametrize(
    ("body", "header"),
    [
        (PAGE.format(charset="utf-8").encode(), "utf-8"),
        (PAGE.format(charset="utf-8").encode(), "iso-8859-1"),  # wrong header, right meta
        (PAGE.format(charset="windows-1252").encode(), "windows-1252"),  # both wrong: the bytes are UTF-8
        (to_cp1258(PAGE.format(charset="windows-1258")), "windows-1258"),
        (to_cp1258(PAGE.format(charset="windows-1258")), "utf-8"),  # wrong header, right meta
        (to_cp1258(PAGE.format(charset="utf-8")), None),  # wrong meta, no header: the bytes tell
        (to_cp1258(PAGE.format(charset="windows-1258")), "no-such-charset"),
    ],
)
def test_vietnamese_comes_out_right(body, header):
    assert PHRASE in decode_html(body, header)


UTF8 = PAGE.format(charset="windows-1258").encode()  # UTF-8 bytes, the <meta> wrong


@pytest.mark.parametrize("header", [None, "windows-1258"])
def test_one_bad_byte_in_a_utf8_page_is_not_mojibake(header):
    body = UTF8.replace("đề nghị".encode(), "đề".encode() + b"\xff" + "nghị".encode())  # a byte no UTF-8 has
    text = decode_html(body, header)
    assert PHRASE.replace("đề nghị", "đề\ufffdnghị") in text


@pytest.mark.parametrize("header", [None, "windows-1258"])
def test_a_utf8_page_cut_inside_a_character_loses_only_that_character(header):
    cut = UTF8.index("ổn định".encode()) + 1  # inside "ổ", 3 bytes in UTF-8
    text = decode_html(UTF8[:cut], header)
    assert text == UTF8[: cut - 1].decode()
    assert text.endswith("sớm ")


def test_meta_charset_forms():
    assert meta_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">') == "windows-1258"
    assert meta_charset(b"<meta charset=UTF-8>") == "UTF-8"
    assert meta_charset(b"<p>no meta</p>") is None


def test_foreign_characters_count_mojibake_not_vietnamese():
    assert foreign_characters(PHRASE + " “Trích dẫn” – 5 €") == 0
    assert foreign_characters(PHRASE.encode().decode("latin-1")) > 10
