"""The digest as an HTML email with a plain-text alternative, or as one HTML file.

Templates are jinja2 with autoescaping: everything taken from articles (titles, evidence, names, urls)
is escaped, and only http(s) urls become links.
"""

from __future__ import annotations

import base64
import datetime as dt
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from monitor.digest import labels
from monitor.digest.charts import activity_png, chart_title, metric_png
from monitor.digest.content import Digest, Figure
from monitor.digest.week import Week

TEMPLATES = Path(__file__).parent / "templates"


@dataclass(slots=True)
class Image:
    name: str  # file-like name, also the Content-ID's left part
    title: str
    png: bytes


def subject(digest: Digest) -> str:
    week = digest.week
    return f"Bản tin chính quyền hai cấp, tuần {week.number}/{week.year} ({week} · {week.span()})"


def images(digest: Digest) -> list[Image]:
    """The charts: articles and facts per week, then the main metrics (none for an empty week)."""
    if digest.empty:
        return []
    found = [Image("tuan.png", "Bài báo và số liệu mỗi tuần", activity_png(digest.activity, digest.week))]
    for number, chart in enumerate(digest.charts, 1):
        found.append(Image(f"chi-tieu-{number}.png", chart_title(chart), metric_png(chart, digest.week)))
    return found


def html_file(digest: Digest, pictures: list[Image] | None = None) -> str:
    """One self-contained HTML file: the charts embedded as data URIs."""
    pictures = images(digest) if pictures is None else pictures
    sources = {image.name: "data:image/png;base64," + base64.b64encode(image.png).decode() for image in pictures}
    return _html(digest, pictures, sources)


def text(digest: Digest) -> str:
    return _environment(autoescape=False).get_template("digest.txt.j2").render(**_context(digest))


def email_message(
    digest: Digest, sender: str, recipients: list[str], pictures: list[Image] | None = None
) -> EmailMessage:
    """multipart/alternative: the text, then the HTML with its charts as related CID images."""
    message = EmailMessage()
    message["Subject"] = subject(digest)
    message["From"] = sender
    message["To"] = ", ".join(recipients)
    message["Date"] = format_datetime(dt.datetime.now(dt.UTC))
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    message.set_content(text(digest), charset="utf-8")
    pictures = images(digest) if pictures is None else pictures
    ids = {image.name: make_msgid(idstring=image.name.removesuffix(".png"), domain="monitor") for image in pictures}
    message.add_alternative(_html(digest, pictures, {n: "cid:" + i.strip("<>") for n, i in ids.items()}), "html")
    html_part = message.get_payload()[1]  # type: ignore[index]
    for image in pictures:
        html_part.add_related(image.png, "image", "png", cid=ids[image.name], filename=image.name, disposition="inline")
    if pictures:
        html_part.set_param("type", "text/html")  # RFC 2387: the root part's type
    return message


def _html(digest: Digest, pictures: list[Image], sources: dict[str, str]) -> str:
    charts = [{"src": sources[image.name], "title": image.title} for image in pictures]
    template = _environment(autoescape=True).get_template("digest.html.j2")
    return template.render(**_context(digest), charts=charts)


def _context(digest: Digest) -> dict[str, object]:
    return {"d": digest, "week": digest.week, "subject": subject(digest), "national": labels.NATIONAL}


def _environment(autoescape: bool) -> Environment:
    environment = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html", "j2"]) if autoescape else False,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters.update(
        amount=figure_amount,
        change=figure_change,
        part=part_name,
        breakdown=breakdown_text,
        day=labels.day,
        name=figure_name,
        status=lambda status: labels.STATUS_LABELS.get(status or "done", status),
        href=safe_href,
        metric=labels.metric_name,
        number=labels.number,
    )
    return environment


def figure_name(figure: Figure) -> str:
    """ "Hồ sơ tiếp nhận — phường Hải An", "Cán bộ, công chức điều động, biệt phái — chuyên ngành kế toán"."""
    parts = [labels.metric_name(figure.metric, figure.kind, figure.level)]
    if figure.commune:
        parts.append(figure.commune)
    if figure.population:
        parts.append(labels.population_name(figure.population))
    if figure.specialty:
        parts.append(f"chuyên ngành {figure.specialty}")
    if figure.count_kind == "period" and figure.period_start:
        parts.append(f"từ {labels.day(figure.period_start)} đến {labels.day(figure.period_end)}")
    return " — ".join(parts)


def part_name(figure: Figure) -> str:
    """A part under its whole says only what sets it apart: "chuyên ngành kế toán", "chưa xác định nguồn"."""
    if figure.specialty:
        return f"chuyên ngành {figure.specialty}"
    if figure.population:
        return labels.population_name(figure.population)
    return figure.commune or labels.metric_name(figure.metric, figure.kind, figure.level)


def figure_amount(figure: Figure) -> str:
    """The figure's value as written ("hơn 4.300 hồ sơ", "95/807 người"), or what a list names."""
    if figure.value is None:
        return figure.detail or ""
    shown = labels.amount(figure.value, figure.unit, figure.value_max, figure.approx)
    if figure.total is not None:
        shown += f" / {labels.number(figure.total)}"
    return shown


def figure_change(figure: Figure, week: Week | None = None) -> str:
    """What moved: "tăng 85 người so với 250 người (25/8/2025)"; a status step "đề xuất 19,2 tỷ đồng
    (1/8/2025) → đã thực hiện"; "mới" for a series' first figure first reported this week; "" undated."""
    if figure.as_of is None:
        return ""  # nothing says which figure came before
    if figure.step_from_status and figure.step_from_value is not None:
        before = labels.amount(figure.step_from_value, figure.unit)
        step = labels.STATUS_LABELS.get(figure.step_from_status, figure.step_from_status)
        now = labels.STATUS_LABELS.get(figure.status or "done", figure.status)
        return f"{step} {before} ({labels.day(figure.step_from_as_of)}) → {now}"
    if figure.change is not None and figure.previous_value is not None:
        before = labels.amount(figure.previous_value, figure.unit)
        return f"{labels.change(figure.change, figure.unit)} so với {before} ({labels.day(figure.previous_as_of)})"
    if figure.kind == "additional" or figure.count_kind == "batch":
        return "đợt bổ sung"
    if week is None or figure.first_seen_in(week):
        return "mới"
    if figure.first_reported_on and week and figure.first_reported_on < week.start:
        return f"đã đưa tin từ {labels.day(figure.first_reported_on)}"
    return ""


def breakdown_text(figure: Figure, week: Week | None = None, depth: int = 1) -> str:
    """The text part's lines under a whole: "  └ trong đó chưa xác định nguồn: 277 người / 335", one per part."""
    lines = []
    for part in figure.parts:
        line = f"{'  ' * depth}└ trong đó {part_name(part)}: {figure_amount(part)}"
        if part.change is not None:
            line += f"; {figure_change(part, week)}"
        if part.conflict:
            line += " [các báo đưa khác nhau]"
        lines.append(line + "\n" + breakdown_text(part, week, depth + 1))
    return "".join(lines)


def safe_href(url: str | None) -> str | None:
    """The url if a mail client may follow it (http or https), else None: no javascript: or data: links."""
    if url and url.lower().startswith(("http://", "https://")):
        return url
    return None
