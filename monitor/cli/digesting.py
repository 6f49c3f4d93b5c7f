"""`monitor digest`: a week's digest, written or mailed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from monitor.cli.base import Given, cli, read_store, warn
from monitor.cli.printing import print_result
from monitor.store import (
    Result,
)
from monitor.store_options import store_options


def _week(ctx: click.Context, param: click.Parameter, value: str | None) -> Any:
    from monitor.digest import Week

    try:
        return Week.parse(value) if value else Week.last_complete()
    except ValueError as err:
        raise click.BadParameter(str(err)) from None


@cli.command(name="digest")
@store_options
@click.option(
    "--week",
    metavar="YYYY-Www",
    callback=_week,
    help="The ISO week, e.g. 2025-W35 (default: last week). A fact's week is its article's publication week.",
)
@click.option(
    "--out", type=Given(click.Path(dir_okay=False, path_type=Path)), help="Write the HTML, charts embedded, here."
)
@click.option("--text", "as_text", is_flag=True, help="Print the plain-text version on stdout.")
@click.option("--smtp", type=Given(), metavar="HOST:PORT", help="Send the digest by email through this SMTP server.")
@click.option("--to", "recipients", type=Given(), multiple=True, metavar="ADDR", help="A recipient (repeatable).")
@click.option(
    "--from",
    "sender",
    type=Given(),
    metavar="ADDR",
    help="Sender (default: $MONITOR_SMTP_FROM, else monitor@localhost).",
)
@click.option(
    "--security",
    type=click.Choice(["starttls", "ssl", "none"]),
    help="starttls (default), ssl (implicit TLS, default on port 465), or none (a local relay).",
)
@click.option("--user", envvar="MONITOR_SMTP_USER", help="SMTP login (default: $MONITOR_SMTP_USER); none: no login.")
@click.option(
    "--password-env",
    type=Given(),
    default="MONITOR_SMTP_PASSWORD",
    show_default=True,
    metavar="NAME",
    help="The environment variable holding the SMTP password (never given as a flag).",
)
@click.option("--dry-run", is_flag=True, help="Build the email and describe it on stdout; send nothing.")
@click.option("--weeks", "list_weeks", is_flag=True, help="List the weeks that have news (articles, facts) and stop.")
def digest_command(
    db: str | None,
    week: Any,
    out: Path | None,
    as_text: bool,
    smtp: str | None,
    recipients: tuple[str, ...],
    sender: str | None,
    security: str | None,
    user: str | None,
    password_env: str,
    dry_run: bool,
    list_weeks: bool,
) -> None:
    """The weekly digest for editors: what moved in the week, by province, with charts.

    Without --out, --smtp or --dry-run it prints the text version. An empty week gives a short
    digest saying so. The SMTP password is read from $MONITOR_SMTP_PASSWORD (see --password-env).

    \b
    Examples:
      monitor digest --week 2025-W35 --out digest.html
      monitor digest --week 2025-W35 --smtp mail.example.org:587 --to editor@example.org --user monitor
      monitor digest --weeks                # which weeks have news
    """
    from monitor import digest as digests

    if list_weeks:
        with read_store(db) as store:
            found = digests.weeks_with_news(store)
        rows = [(str(item.week), item.week.span(), item.articles, item.facts) for item in found]
        print_result(Result(["week", "days", "articles", "facts"], rows), "table")
        return

    if (smtp or dry_run) and not recipients:
        raise click.UsageError("--smtp and --dry-run need at least one --to ADDR")
    if recipients and not (smtp or dry_run):
        raise click.UsageError("--to needs --smtp HOST:PORT (or --dry-run)")
    for address in (*recipients, *([sender] if sender else [])):
        _check_address(address)
    settings = _smtp_settings(smtp, sender, security, user, password_env) if smtp else None
    with read_store(db) as store:
        digest = digests.gather(store, week)
        if week not in {item.week for item in digests.weeks_with_news(store)}:
            warn(f"no article of the store belongs to {week}: `monitor digest --weeks` lists the weeks that have news")
    pictures = digests.images(digest) if out or smtp or dry_run else []  # drawn once for file and email
    if out:
        try:
            out.write_text(digests.html_file(digest, pictures), encoding="utf-8")
        except OSError as err:
            raise click.ClickException(f"cannot write {out}: {err.strerror or err}") from None
        warn(f"wrote the digest of {week} to {out}")
    if as_text or not (out or smtp or dry_run):
        click.echo(digests.text(digest), nl=False)
    if smtp or dry_run:
        from_addr = settings.sender if settings else (sender or _default_sender())
        message = digests.email_message(digest, from_addr, list(recipients), pictures)
        if dry_run or settings is None:
            click.echo(digests.describe(message, list(recipients)))
            return
        try:
            digests.send(message, settings, list(recipients))
        except digests.DeliveryError as err:
            raise click.ClickException(str(err)) from None
        warn(f"sent the digest of {week} to {', '.join(recipients)} via {smtp}")


def _check_address(address: str) -> None:
    from email.utils import parseaddr

    addr = parseaddr(address)[1]
    if "@" not in addr or any(c in address for c in "\r\n") or " " in addr:
        raise click.UsageError(f"not an email address: {address!r}")


def _default_sender() -> str:
    import os

    return os.environ.get("MONITOR_SMTP_FROM") or "monitor@localhost"


def _smtp_settings(smtp: str, sender: str | None, security: str | None, user: str | None, password_env: str) -> Any:
    from monitor.digest import SmtpSettings, parse_server

    try:
        host, port = parse_server(smtp)
    except ValueError as err:
        raise click.BadParameter(str(err), param_hint="--smtp") from None
    security = security or ("ssl" if port == 465 else "starttls")
    if security == "none" and user and host not in ("localhost", "127.0.0.1", "::1"):
        raise click.UsageError("--security none with a login would send the password in clear: use starttls or ssl")
    return SmtpSettings(
        host=host,
        port=port,
        security=security,  # type: ignore[arg-type]
        user=user,
        password_env=password_env,
        sender=sender or _default_sender(),
    )
