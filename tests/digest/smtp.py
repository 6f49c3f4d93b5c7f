"""A real SMTP server for the digest tests: aiosmtpd on 127.0.0.1, with TLS from a certificate made here."""

from __future__ import annotations

import email
import socket
from email.message import EmailMessage
from email.policy import default
from typing import Any

from aiosmtpd.smtp import AuthResult, LoginPassword

USER = "digest"
PASSWORD = "s3cret-pass-9f2c"


class Inbox:
    """aiosmtpd handler: keeps what it accepts; refuses the first `refuse_rcpt` RCPTs / `refuse_data` DATAs."""

    def __init__(self, refuse_rcpt: int = 0, refuse_data: int = 0, reply: str = "451 4.3.0 try again") -> None:
        self.refuse_rcpt, self.refuse_data, self.reply = refuse_rcpt, refuse_data, reply
        self.received: list[tuple[str, list[str], EmailMessage]] = []
        self.logins: list[bytes | None] = []

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: list[str]) -> str:
        if self.refuse_rcpt:
            self.refuse_rcpt -= 1
            return self.reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.refuse_data:
            self.refuse_data -= 1
            return self.reply
        parsed = email.message_from_bytes(envelope.original_content, policy=default)
        self.received.append((envelope.mail_from, list(envelope.rcpt_tos), parsed))
        self.logins.append(session.auth_data.login if session.auth_data else None)
        return "250 OK queued"


def authenticator(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
    ok = isinstance(data, LoginPassword) and data.login == USER.encode() and data.password == PASSWORD.encode()
    return AuthResult(success=ok, handled=False, auth_data=data)


def free_port() -> int:
    # aiosmtpd 1.4's Controller can't listen on port 0 (it connects to its own port to start)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
