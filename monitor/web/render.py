"""HTML for the pages: the jinja2 environment (autoescaping everything) and the marked-up text of articles.

Data never reaches a page unescaped: templates escape every value, and the two pieces of markup built here
(an article's text with its evidence marked, a search snippet with its matches marked) escape each piece of
text themselves and add only <mark> elements whose attributes are numbers.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from monitor.digest import labels
from monitor.web.reads import article_href, series_href

TEMPLATES = Path(__file__).parent / "templates"


def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        day=day,
        when=moment,
        amount=amount,
        metric=labels.metric_name,
        number=labels.number,
        status=status_name,
        href=safe_href,
        article_href=article_href,
        series_href=series_href,
        segment=lambda text: quote(str(text), safe=""),
        label=series_label,
        change=change_text,
        percent=lambda share: "" if share is None else f"{share:.0%}",
        param_type=parameter_type,
    )
    env.globals.update(query=query_string)
    return env


def day(value: dt.date | None) -> str:
    return labels.day(value) if value else ""


def moment(value: dt.datetime | None) -> str:
    """A stored UTC time as a reader in Vietnam reads it."""
    if value is None:
        return ""
    local = value + dt.timedelta(hours=7)
    return f"{local:%H:%M} {local.day}/{local.month}/{local.year} (giờ Việt Nam)"


def amount(row: dict[str, Any]) -> str:
    """A point's or a fact's value as a sentence gives it, or what it names when it has no value."""
    if row.get("value") is None:
        return row.get("detail") or row.get("ref") or row.get("subject") or ""
    shown = labels.amount(row["value"], row.get("unit"), row.get("value_max"), row.get("approx"))
    if row.get("total") is not None:
        shown += f" / {labels.number(row['total'])}"
    return shown


def status_name(status: str | None) -> str:
    return labels.STATUS_LABELS.get(status or "done", status or "")


def series_label(row: dict[str, Any]) -> str:
    """What sets a series apart, in words: "Hồ sơ tiếp nhận — phường Hải An — đề xuất"."""
    parts = [labels.metric_name(row["metric"], row.get("kind"), row.get("level"))]
    if row.get("commune"):
        parts.append(row["commune"])
    if row.get("population"):
        parts.append(labels.population_name(row["population"]))
    if row.get("specialty"):
        parts.append(f"chuyên ngành {row['specialty']}")
    if row.get("count_kind") == "period" and row.get("period_start"):
        parts.append(f"từ {day(row['period_start'])} đến {day(row.get('period_end'))}")
    if row.get("status") and row["status"] != "done":
        parts.append(status_name(row["status"]))
    return " — ".join(parts)


def change_text(row: dict[str, Any]) -> str:
    """A point's change from its series' point before, or why it is not shown, or its status step."""
    if row.get("step_from_status") and row.get("step_from_value") is not None:
        before = labels.amount(row["step_from_value"], row.get("unit"))
        when = day(row.get("step_from_as_of"))
        return f"{status_name(row['step_from_status'])} {before} ({when}) → {status_name(row.get('status'))}"
    if row.get("change") is not None and row.get("previous_value") is not None:
        before = labels.amount(row["previous_value"], row.get("unit"))
        return f"{labels.change(row['change'], row.get('unit'))} so với {before} ({day(row.get('previous_as_of'))})"
    if row.get("withheld"):
        return f"không so sánh: {row['withheld']}"
    return ""


def parameter_type(parameter: dict[str, Any]) -> str:
    """An OpenAPI parameter's type in a word or two: "string", "date", "integer", "json | csv | parquet"."""
    schema = parameter.get("schema", {})
    kinds = []
    for option in schema.get("anyOf", [schema]):
        if "enum" in option:
            kinds.append(" | ".join(str(value) for value in option["enum"]))
        elif option.get("type") not in (None, "null"):
            kinds.append(option.get("format") or option["type"])
        elif "$ref" in option:
            kinds.append(option["$ref"].rsplit("/", 1)[-1])
    return " | ".join(kinds)


def safe_href(url: str | None) -> str | None:
    """The url if it is http(s), else None (the template then shows it as text): no javascript: or data: links."""
    if url and url.strip().lower().startswith(("http://", "https://")) and not any(c in url for c in "\r\n\t"):
        return url.strip()
    return None


def query_string(**params: Any) -> str:
    """ "?a=1&b=2" of the params that have a value (for links that keep a page's filters)."""
    given = {key: value for key, value in params.items() if value not in (None, "")}
    return "?" + urlencode(given) if given else ""


def marked_text(text: str, spans: Sequence[tuple[int, int, int]], current: int | None = None) -> Markup:
    """The text, escaped, with each fact's span (start, end, N) wrapped in <mark class="evidence">.

    Spans may nest or share a sentence (one sentence, several figures): the outer mark holds the inner ones.
    Spans that cross are split: the first piece of a span is its mark (class evidence, id fact-N), the later
    pieces are marks of class evidence-part with its data-fact. A span outside the text is left out.
    """
    spans = sorted(
        ((start, end, n) for start, end, n in spans if 0 <= start < end <= len(text)),
        key=lambda span: (span[0], -span[1], span[2]),
    )
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out: list[str] = []
    open_marks: list[tuple[int, int, int]] = []
    opened: set[int] = set()
    for left, right in itertools.pairwise(cuts):
        wanted = [span for span in spans if span[0] <= left and right <= span[1]]
        keep = 0
        while keep < min(len(open_marks), len(wanted)) and open_marks[keep] == wanted[keep]:
            keep += 1
        out.append("</mark>" * (len(open_marks) - keep))
        for span in wanted[keep:]:
            out.append(_mark_tag(span[2], first=span[2] not in opened, current=span[2] == current))
            opened.add(span[2])
        open_marks = wanted
        out.append(str(escape(text[left:right])))
    out.append("</mark>" * len(open_marks))
    return Markup("".join(out))


def _mark_tag(n: int, first: bool, current: bool) -> str:
    """A span's first piece is its mark (class evidence, id fact-N); a later piece of a split span is a part."""
    classes = "evidence" if first else "evidence-part"
    if current:
        classes += " current"
    identity = f' id="fact-{n}"' if first else ""
    return f'<mark class="{classes}"{identity} data-fact="{n}">'


def marked_snippet(snippet: str, highlights: Iterable[tuple[int, int]]) -> Markup:
    """A search snippet, escaped, with its matches wrapped in <mark>."""
    out: list[str] = []
    at = 0
    for start, end in sorted(highlights):
        start, end = max(start, at), min(end, len(snippet))
        if start >= end:
            continue
        out.append(str(escape(snippet[at:start])))
        out.append(f"<mark>{escape(snippet[start:end])}</mark>")
        at = end
    out.append(str(escape(snippet[at:])))
    return Markup("".join(out))
