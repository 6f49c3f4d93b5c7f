"""Delivery against real aiosmtpd servers on 127.0.0.1: plain, STARTTLS with login, implicit SSL, and the failures."""

from __future__ import annotations

import logging
import socket
import ssl
import struct
import zlib
from collections.abc import Callable
from email.message import EmailMessage
from typing import Any

import pytest

from monitor.digest import delivery
from monitor.digest.delivery import DeliveryError, SmtpSettings, describe, parse_server, send
from tests.digest.smtp import PASSWORD, USER, Inbox, authenticator, free_port

SUBJECT = "Tuần 2025-W35: Hải Phòng điều động 335 cán bộ"
CID = "<chart-2025-w35@monitor.test>"
ENV = "MONITOR_TEST_SMTP_PASSWORD"
SENDER = "digest@monitor.test"
TEAM = ["team@monitor.test"]


def _png() -> bytes:
    """A valid 2x1 RGB PNG, written by hand so the test needs no image library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 2, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00" + b"\xff\x00\x00" + b"\x00\x00\xff")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


PNG = _png()


def _message() -> EmailMessage:
    message = EmailMessage()
    message["Subject"] = SUBJECT
    message["From"] = SENDER
    message["To"] = ", ".join(TEAM)
    message.set_content(f"{SUBJECT}\n\nXem bản HTML.\n")
    message.add_alternative(f'<html><body><h1>{SUBJECT}</h1><img src="cid:{CID[1:-1]}"></body></html>', subtype="html")
    message.get_payload()[1].add_related(PNG, maintype="image", subtype="png", cid=CID)
    return message


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    recorded: list[float] = []
    monkeypatch.setattr(delivery, "_sleep", recorded.append)
    return recorded


def _settings(port: int, **kwargs: Any) -> SmtpSettings:
    values: dict[str, Any] = {"security": "none", "user": None, "sender": SENDER, "timeout": 5.0} | kwargs
    return SmtpSettings(host="127.0.0.1", port=port, password_env=ENV, **values)


def _check_received(inbox: Inbox, recipients: list[str] = TEAM) -> None:
    assert len(inbox.received) == 1
    mail_from, rcpt_tos, message = inbox.received[0]
    assert (mail_from, rcpt_tos) == (SENDER, recipients)
    assert message["Subject"] == SUBJECT
    assert SUBJECT in message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert f"<h1>{SUBJECT}</h1>" in html and f'src="cid:{CID[1:-1]}"' in html
    images = [part for part in message.walk() if part.get_content_type() == "image/png"]
    assert len(images) == 1
    assert images[0]["Content-ID"] == CID
    assert images[0].get_content() == PNG


def test_plain(serve: Callable[..., int], waits: list[float]) -> None:
    inbox = Inbox()
    send(_message(), _settings(serve(inbox)), TEAM)
    _check_received(inbox)
    assert inbox.logins == [None] and waits == []


def test_starttls_with_login(
    serve: Callable[..., int], server_tls: ssl.SSLContext, client_tls: ssl.SSLContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV, PASSWORD)
    inbox = Inbox()
    port = serve(inbox, tls_context=server_tls, require_starttls=True, auth_required=True, authenticator=authenticator)
    send(_message(), _settings(port, security="starttls", user=USER, ssl_context=client_tls), TEAM)
    _check_received(inbox)
    assert inbox.logins == [USER.encode()]


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")
def test_implicit_ssl_with_login(
    serve: Callable[..., int], server_tls: ssl.SSLContext, client_tls: ssl.SSLContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV, PASSWORD)
    inbox = Inbox()
    # aiosmtpd only counts STARTTLS as TLS: over implicit SSL it offers AUTH only with auth_require_tls=False
    port = serve(inbox, ssl_context=server_tls, auth_require_tls=False, auth_required=True, authenticator=authenticator)
    send(_message(), _settings(port, security="ssl", user=USER, ssl_context=client_tls), TEAM)
    _check_received(inbox)
    assert inbox.logins == [USER.encode()]


def test_wrong_password_fails_at_once_and_never_shows_the_password(
    serve: Callable[..., int],
    server_tls: ssl.SSLContext,
    client_tls: ssl.SSLContext,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    waits: list[float],
) -> None:
    caplog.set_level(logging.DEBUG)
    wrong = "wrong-" + PASSWORD
    monkeypatch.setenv(ENV, wrong)
    inbox = Inbox()
    port = serve(inbox, tls_context=server_tls, auth_required=True, authenticator=authenticator)
    with pytest.raises(DeliveryError) as failure:
        send(_message(), _settings(port, security="starttls", user=USER, ssl_context=client_tls), TEAM)
    assert (
        str(failure.value) == f"smtp 127.0.0.1:{port}: 535 5.7.8 Authentication credentials invalid (after 1 attempt)"
    )
    assert waits == [] and inbox.received == []
    for text in (str(failure.value), repr(failure.value), caplog.text):
        assert wrong not in text and PASSWORD not in text


def test_password_variable_missing(monkeypatch: pytest.MonkeyPatch, waits: list[float]) -> None:
    monkeypatch.delenv(ENV, raising=False)
    with pytest.raises(DeliveryError, match=rf"\${ENV}") as failure:
        send(_message(), _settings(free_port(), security="starttls", user=USER), TEAM)
    assert "\n" not in str(failure.value) and waits == []


def test_non_ascii_password_is_refused_before_connecting(monkeypatch: pytest.MonkeyPatch, waits: list[float]) -> None:
    password = "mật-khẩu-bí-mật"
    monkeypatch.setenv(ENV, password)
    with pytest.raises(DeliveryError, match="ASCII") as failure:
        send(_message(), _settings(free_port(), security="starttls", user=USER), TEAM)
    assert password not in str(failure.value) and waits == []


def test_starttls_not_offered_is_refused(
    serve: Callable[..., int], monkeypatch: pytest.MonkeyPatch, waits: list[float]
) -> None:
    monkeypatch.setenv(ENV, PASSWORD)
    inbox = Inbox()
    port = serve(inbox, auth_require_tls=False, authenticator=authenticator)
    with pytest.raises(DeliveryError, match=r"STARTTLS.*\(after 1 attempt\)"):
        send(_message(), _settings(port, security="starttls", user=USER), TEAM)
    assert inbox.received == [] and inbox.logins == [] and waits == []


def test_untrusted_certificate_is_not_retried(
    serve: Callable[..., int], server_tls: ssl.SSLContext, waits: list[float]
) -> None:
    port = serve(Inbox(), ssl_context=server_tls)
    with pytest.raises(DeliveryError, match=r"CERTIFICATE_VERIFY_FAILED.*\(after 1 attempt\)"):
        send(_message(), _settings(port, security="ssl"), TEAM)
    assert waits == []


@pytest.mark.parametrize("stage", ["rcpt", "data"])
def test_temporary_refusal_is_retried(
    stage: str, serve: Callable[..., int], waits: list[float], caplog: pytest.LogCaptureFixture
) -> None:
    inbox = Inbox(**{f"refuse_{stage}": 2})
    port = serve(inbox)
    send(_message(), _settings(port), TEAM)
    _check_received(inbox)
    assert waits == [2.0, 4.0]
    ours = [record for record in caplog.records if record.name == delivery.__name__]
    assert [record.levelno for record in ours] == [logging.WARNING] * 2
    warnings = [record.getMessage() for record in ours]
    assert len(warnings) == 2 and all("451 4.3.0 try again" in line and "\n" not in line for line in warnings)


def test_only_the_refused_recipient_is_retried(serve: Callable[..., int], waits: list[float]) -> None:
    inbox = Inbox(refuse_rcpt=1)
    port = serve(inbox)
    send(_message(), _settings(port), ["a@monitor.test", "b@monitor.test"])
    assert [rcpt_tos for _, rcpt_tos, _ in inbox.received] == [["b@monitor.test"], ["a@monitor.test"]]
    assert waits == [2.0]


def test_temporary_refusal_gives_up_after_the_attempts(serve: Callable[..., int], waits: list[float]) -> None:
    port = serve(Inbox(refuse_data=5))
    with pytest.raises(DeliveryError, match=r": 451 4.3.0 try again \(after 3 attempts\)$"):
        send(_message(), _settings(port, retry_wait=0.5), TEAM)
    assert waits == [0.5, 1.0]


def test_permanent_refusal_fails_at_once(serve: Callable[..., int], waits: list[float]) -> None:
    inbox = Inbox(refuse_rcpt=5, reply="550 5.1.1 no such user")
    port = serve(inbox)
    with pytest.raises(DeliveryError) as failure:
        send(_message(), _settings(port), TEAM)
    assert str(failure.value) == (
        f"smtp 127.0.0.1:{port}: recipients refused: {TEAM[0]} 550 5.1.1 no such user (after 1 attempt)"
    )
    assert waits == [] and inbox.received == []


def test_nothing_listening_is_retried_then_fails(waits: list[float], caplog: pytest.LogCaptureFixture) -> None:
    port = free_port()
    with pytest.raises(DeliveryError, match=rf"^smtp 127.0.0.1:{port}: .*refused \(after 3 attempts\)$"):
        send(_message(), _settings(port), TEAM)
    assert waits == [2.0, 4.0]
    assert [record.levelno for record in caplog.records if record.name == delivery.__name__] == [logging.WARNING] * 2


def test_silent_server_times_out_and_is_retried(waits: list[float]) -> None:
    # the kernel accepts the connection, but no greeting ever comes
    with socket.create_server(("127.0.0.1", 0)) as silent:
        port = silent.getsockname()[1]
        with pytest.raises(DeliveryError, match=r"timed out \(after 2 attempts\)$"):
            send(_message(), _settings(port, timeout=0.2, retries=2), TEAM)
    assert waits == [2.0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("smtp.example.com:587", ("smtp.example.com", 587)),
        ("127.0.0.1:25", ("127.0.0.1", 25)),
        ("[::1]:2525", ("::1", 2525)),
        (" mail:465 ", ("mail", 465)),
    ],
)
def test_parse_server(text: str, expected: tuple[str, int]) -> None:
    assert parse_server(text) == expected


@pytest.mark.parametrize(
    "text", ["", "smtp.example.com", "host:", ":25", "host:port", "::1:25", "[::1]", "h:0", "h:70000"]
)
def test_parse_server_rejects(text: str) -> None:
    with pytest.raises(ValueError, match=r"^SMTP (server|port) ") as failure:
        parse_server(text)
    assert "\n" not in str(failure.value)


def test_settings_are_checked() -> None:
    with pytest.raises(ValueError, match="starttls, ssl or none"):
        _settings(25, security="tls")
    with pytest.raises(ValueError, match="at least 1"):
        _settings(25, retries=0)


def test_describe_for_dry_run() -> None:
    summary = describe(_message(), TEAM)
    lines = summary.splitlines()
    assert lines[:3] == [f"From: {SENDER}", f"To: {TEAM[0]}", f"Subject: {SUBJECT}"]
    assert "multipart/alternative" in lines[3]
    assert any(line.strip().startswith("text/plain, ") for line in lines)
    assert any(line.strip().startswith("text/html, ") for line in lines)
    assert f"  image/png, {len(PNG)} bytes, cid {CID}" in summary
