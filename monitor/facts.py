"""The two records that flow through the pipeline: an Article and the Facts read from it.

Field names and meanings follow ../shared/spec/facts.md; `Fact.to_json()` writes exactly those names.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field, fields
from typing import Any

METRICS = (
    "staff_transfer",
    "staff_training",
    "staff_shortage",
    "specialties",
    "dossiers_received",
    "dossiers_resolved",
    "dossiers_online",
    "dossiers_on_time",
    "procedures",
    "processing_time_cut",
    "allowance",
    "budget",
    "deadline",
    "document",
)

# The kinds of count (series.md rule 4): a running total, a batch ("thêm 140") or a bounded period's
# figure ("trong tháng 8"), a share (%), a rate (per person per month, per day). Never compared across kinds.
COUNT_KINDS = ("total", "batch", "period", "share", "rate")

# the state of a figure, by precedence when cues collide (facts.md, status)
STATUSES = ("proposed", "planned", "target", "done")


@dataclass(slots=True)
class Article:
    """One article: a text file given on the command line, or a crawled page."""

    id: str
    text: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published_at: dt.date | None = None
    published_source: str | None = None  # line, metadata, feed, inferred
    date_flag: str | None = None  # contradicted_by_text, missing
    fetched_at: dt.datetime | None = None


@dataclass(slots=True)
class Fact:
    """One dated, sourced figure about the reform, as read from one article."""

    doc: str
    metric: str
    evidence: str
    start: int
    end: int
    value: float | None = None
    value_max: float | None = None
    unit: str | None = None
    approx: str | None = None
    total: float | None = None
    status: str | None = None
    province: str | None = None
    commune: str | None = None
    as_of: dt.date | None = None
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    specialty: str | None = None
    specialties: list[str] | None = None
    role: str | None = None
    kind: str | None = None
    level: str | None = None
    from_level: str | None = None
    to_level: str | None = None
    purpose: str | None = None
    ref: str | None = None
    doc_type: str | None = None
    issuer: str | None = None
    issued: dt.date | None = None
    confidence: float = 0.5
    date_source: str | None = None  # text, published, inferred
    subject: str | None = None
    extractor_version: str | None = None
    rule: str | None = None
    # What the timeline needs to tell quantities apart (../shared/gold/series.md):
    population: str | None = None  # who or what is counted, where the article distinguishes a group
    count_kind: str | None = None  # total (running), batch, period, share, rate
    series: str | None = None  # the quantity's readable key: place/metric/qualifiers/status/count kind
    part_of: str | None = None  # the series key of the whole this figure is a component of
    # a figure the article tells more than once (title, lead, body, caption) is one fact: where each mention is,
    # [start, end] in the text, the evidence's among them; None when told once
    mentions: list[list[int]] | None = None
    extra: dict[str, Any] = field(default_factory=dict, repr=False)

    def to_json(self) -> dict[str, Any]:
        """The spec's fields that apply, JSON-ready: dates as ISO strings, whole numbers as ints."""
        out: dict[str, Any] = {}
        for name, value in asdict(self).items():
            if name == "extra" or value is None:
                continue
            out[name] = _plain(value)
        return out


FACT_FIELDS = tuple(f.name for f in fields(Fact) if f.name != "extra")


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value
