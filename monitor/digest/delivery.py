"""Delivery of the digest email over SMTP: STARTTLS, implicit SSL or plain; login; retries on temporary failures.

The password only ever comes from an environment variable (never a flag, a file or a log line), so that it stays out of
shell history, process listings and logs; every error message is built from the server's replies and the exception
class, never from the credentials.
"""

from __future__ import annotations

import logging
import os
import re
import smtplib
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage, Message
from typing import Literal

log = logging.getLogger(__name__)

# tests replace it to record the waits instead of sleeping
_sleep: Callable[[float], None] = time.sleep

Security = Literal["starttls", "ssl", "none"]


class DeliveryError(RuntimeError):
    """The message could not be handed to the SMTP server; one line, safe to print."""


@dataclass(kw_only=True)
class SmtpSettings:
    """Where and how to deliver. `password_env` names the variable holding the password; `retries` counts attempts."""

    host: str
    port: int
    security: Security
    user: str | None
    password_env: str = "MONITOR_SMTP_PASSWORD"
    sender: str
    timeout: float = 30.0
    retries: int = 3
    retry_wait: float = 2.0
    ssl_context: ssl.SSLContext | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self.security not in ("starttls", "ssl", "none"):
            raise ValueError(f"SMTP security must be starttls, ssl or none, not {self.security!r}")
        if self.retries < 1:
            raise ValueError(f"SMTP retries counts attempts and must be at least 1, not {self.retries}")


_SERVER = re.compile(r"\[(?P<v6>[^\[\]\s]+)\]:(?P<port6>\d+)|(?P<host>[^:\[\]\s]+):(?P<port>\d+)")


def parse_server(text: str) -> tuple[str, int]:
    """(host, port) from "HOST:PORT" or "[IPv6]:PORT"; ValueError with a one-line message otherwise."""
    match = _SERVER.fullmatch(text.strip())
    if not match:
        raise ValueError(f"SMTP server must be HOST:PORT or [IPv6]:PORT, not {text!r}")
    port = int(match["port6"] or match["port"])
    if not 0 < port < 65536:
        raise ValueError(f"SMTP port must be between 1 and 65535, not {port}")
    return match["v6"] or match["host"], port


def send(message: EmailMessage, settings: SmtpSettings, recipients: list[str]) -> None:
    """Hand `message` to the server for `recipients`, retrying temporary failures; DeliveryError when it can't."""
    if not recipients:
        raise ValueError("no recipients for the digest")
    where = f"smtp {_server(settings.host, settings.port)}"
    password = _password(settings, where)
    pending = list(recipients)
    for attempt in range(1, settings.retries + 1):
        try:
            refused = _send_once(message, settings, pending, password)
            if not refused:
                return
            # the other recipients have the message already: only the refused ones may be tried again
            pending = list(refused)
            raise smtplib.SMTPRecipientsRefused(refused)
        except OSError as error:  # smtplib's exceptions are OSErrors too
            reason = _reason(error)
            if attempt == settings.retries or not _temporary(error):
                tries = f"{attempt} attempt" + ("s" if attempt > 1 else "")
                raise DeliveryError(f"{where}: {reason} (after {tries})") from error
            wait = settings.retry_wait * 2 ** (attempt - 1)
            log.warning("%s: %s; attempt %d of %d, retrying in %gs", where, reason, attempt, settings.retries, wait)
            _sleep(wait)


def describe(message: Message, recipients: list[str]) -> str:
    """What send() would deliver, for --dry-run: envelope, subject and the MIME tree with sizes and Content-IDs."""
    lines = [
        f"From: {message['From']}",
        f"To: {', '.join(recipients)}",
        f"Subject: {message['Subject']}",
    ]
    _describe_part(message, 0, lines)
    return "\n".join(lines)


def _describe_part(part: Message, depth: int, lines: list[str]) -> None:
    indent = "  " * (depth + 1)
    if part.is_multipart():
        lines.append(f"{indent}{part.get_content_type()}")
        for child in part.get_payload():
            _describe_part(child, depth + 1, lines)
        return
    payload = part.get_payload(decode=True) or b""
    details = [part.get_content_type(), f"{len(payload)} bytes"]
    if part["Content-ID"]:
        details.append(f"cid {part['Content-ID']}")
    if part.get_filename():
        details.append(f"file {part.get_filename()}")
    lines.append(indent + ", ".join(details))


def _send_once(
    message: EmailMessage, settings: SmtpSettings, recipients: list[str], password: str | None
) -> dict[str, tuple[int, bytes]]:
    context = settings.ssl_context or ssl.create_default_context()
    if settings.security == "ssl":
        smtp: smtplib.SMTP = smtplib.SMTP_SSL(settings.host, settings.port, timeout=settings.timeout, context=context)
    else:
        smtp = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
    try:
        if settings.security == "starttls":
            # raises SMTPNotSupportedError when not offered: never fall back to sending the password in clear
            smtp.starttls(context=context)
        if settings.user:
            smtp.login(settings.user, password or "")
        return smtp.send_message(message, from_addr=settings.sender, to_addrs=recipients)
    finally:
        _quit(smtp)


def _quit(smtp: smtplib.SMTP) -> None:
    # the message is accepted (or the attempt failed) by now; a failing QUIT must not turn into a resend
    try:
        smtp.quit()
    except OSError:
        smtp.close()


def _password(settings: SmtpSettings, where: str) -> str | None:
    if not settings.user:
        return None
    password = os.environ.get(settings.password_env)
    if not password:
        raise DeliveryError(
            f"{where}: user {settings.user} needs a password in ${settings.password_env}, which is unset"
        )
    # smtplib encodes AUTH as ASCII and would fail with a UnicodeEncodeError halfway through the exchange
    if not (settings.user.isascii() and password.isascii()):
        raise DeliveryError(f"{where}: SMTP login needs an ASCII user name and password (${settings.password_env})")
    return password


def _temporary(error: OSError) -> bool:
    """4xx replies and network trouble are worth another attempt; 5xx, bad credentials and TLS failures are not."""
    if isinstance(error, smtplib.SMTPServerDisconnected):
        return True
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return bool(error.recipients) and all(400 <= code < 500 for code, _ in error.recipients.values())
    if isinstance(error, smtplib.SMTPAuthenticationError):
        # a wrong password stays wrong, and repeating it can lock the account
        return False
    if isinstance(error, smtplib.SMTPResponseException):
        return 400 <= error.smtp_code < 500
    if isinstance(error, smtplib.SMTPException):
        return False
    if isinstance(error, ssl.SSLError):
        # an untrusted certificate or a protocol mismatch won't heal; a connection cut during the handshake might
        return isinstance(error, ssl.SSLEOFError)
    return True


def _reason(error: OSError) -> str:
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        refused = [f"{address} {code} {_text(reply)}" for address, (code, reply) in error.recipients.items()]
        return "recipients refused: " + "; ".join(refused)
    if isinstance(error, smtplib.SMTPResponseException):
        return f"{error.smtp_code} {_text(error.smtp_error)}"
    return _text(str(error)) or type(error).__name__


def _text(reply: bytes | str) -> str:
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else reply
    return " ".join(text.split())


def _server(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
