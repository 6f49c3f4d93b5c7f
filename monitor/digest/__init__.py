"""Digest stage: the weekly digest for editors, from the store's timeline, as an HTML email with charts.

with Store.open("monitor.duckdb", read_only=True) as store:
    digest = gather(store, Week.parse("2025-W35"))
Path("digest.html").write_text(html_file(digest))          # charts embedded as data URIs
send(email_message(digest, sender, to), settings, to)      # charts as CID images
"""

from monitor.digest.content import Digest, gather
from monitor.digest.delivery import DeliveryError, SmtpSettings, describe, parse_server, send
from monitor.digest.render import email_message, html_file, images, subject, text
from monitor.digest.week import Week, WeekWithNews, weeks_with_news

__all__ = [
    "DeliveryError",
    "Digest",
    "SmtpSettings",
    "Week",
    "WeekWithNews",
    "describe",
    "email_message",
    "gather",
    "html_file",
    "images",
    "parse_server",
    "send",
    "subject",
    "text",
    "weeks_with_news",
]
