"""Series: which real-world quantity each figure of an article measures (../shared/gold/series.md).

The last pass over an article's facts. It finds the parts of wholes (parts.py), lets a part inherit what
it does not state from its whole, reads each figure's population and kind of count, and writes its key:

    {place}[/{commune}]/{metric}[/{kind}][/{level}][/{from}-to-{to}][/{specialty}][/{population}]
        [/{purpose}][/{period}]/{status}/{count kind}[-{unit}]

for example `haiphong/staff_transfer/to-commune/commune-requests/proposed/total-person`. The same
quantity in two articles gets the same key; a key holds nothing of one article's wording except where a
part could not be told from its whole otherwise (`part-{n}-{doc}`: never compared across articles).
"""

from __future__ import annotations

import datetime as dt
import re

from monitor.extract.counts import bounded
from monitor.extract.document import Document, cue_pattern
from monitor.extract.lang.vi.populations import (
    BASIS_METRICS,
    BLOCK_METRICS,
    CLASS_METRICS,
    COMMUNE_REQUESTS,
    OTHER_REQUESTERS,
    POPULATIONS,
    REQUEST_METRICS,
    REQUEST_VERBS,
    REQUESTERS,
    STAFF_CLASS_METRICS,
)
from monitor.extract.lang.vi.staff import (
    ADDITIONAL_BEFORE,
)
from monitor.extract.normalize import slug
from monitor.extract.parts import PART_INTRODUCER, find_wholes
from monitor.extract.patterns import alternation
from monitor.extract.scopes import area, vague_subset
from monitor.extract.staffing import basis_before, block_before, staff_class
from monitor.facts import Fact

# metrics that are lists or dates, not quantities: no series
NO_SERIES = ("specialties", "document", "deadline")
# what a part states of its own, else takes from its whole: a part is a subset of the whole
_INHERITED = ("province", "commune", "kind", "level", "from_level", "to_level", "period_start", "period_end")
_COMMUNE_KINDS = ("phường", "xã", "đặc khu", "thị trấn")
# statuses whose figure is one for a date to come: a target, a plan
_DATED_STATUSES = ("target", "planned")

_ADDITIONAL = re.compile(rf"(?<!\w)(?:{alternation(ADDITIONAL_BEFORE)})\s*$")
_REQUEST = re.compile(
    rf"(?<!\w)(?:{alternation(REQUESTERS)})(?!\w)(?P<gap>[^,;.:]{{0,45}}?)(?<!\w)(?:{alternation(REQUEST_VERBS)})(?!\w)"
)
_OTHER_REQUESTER = re.compile(rf"(?<!\w)(?:{alternation(OTHER_REQUESTERS)})(?!\w)")
_NUMBER = re.compile(r"[\d.,]*")


def assign_series(facts: list[Fact], doc: Document) -> None:
    """Set population, count_kind, series, part_of (and a part's total and inherited fields) in place.

    facts (list[Fact]): one article's facts, in text order, after restatements were merged.
    doc (Document): the article's views, which the facts' offsets index.
    """
    wholes = find_wholes(facts, doc)
    parts_of: dict[int, list[Fact]] = {}
    figures = [f for f in facts if f.value is not None and "at" in f.extra]
    for i, fact in enumerate(figures):  # the scope a figure's words give it, before a part inherits its whole's
        if fact.metric in NO_SERIES:
            continue
        following = figures[i + 1].extra["at"] if i + 1 < len(figures) else len(doc.low)
        end = min(fact.extra.get("clause_end", fact.end), following)
        if not fact.commune:  # a commune is narrower than any area
            fact.extra["area"] = area(fact, doc, max(end, fact.extra["at"]))
        if vague_subset(fact, doc):
            fact.extra["subset"] = True
    for fact in facts:  # in text order: a whole is keyed before its parts
        if fact.value is None or fact.metric in NO_SERIES:
            continue
        whole = wholes.get(id(fact))
        if whole is not None and whole.metric == fact.metric:
            _inherit(fact, whole)
        fact.population = population(fact, doc)
        if fact.population is None and whole is not None and whole.metric == fact.metric:
            # a part that names no group of its own counts its whole's class of staff
            fact.population = whole.extra.get("staff_class")
        fact.count_kind = count_kind(fact, doc)
        if whole is not None and fact.count_kind == "total" and whole.count_kind not in (None, "share"):
            fact.count_kind = whole.count_kind  # a part of a batch is a batch too; a period's own is kept
        fact.series = series_key(fact)
        if whole is None:
            continue
        siblings = parts_of.setdefault(id(whole), [])
        if fact.series == whole.series or any(fact.series == s.series for s in siblings):
            # nothing readable tells the part from its whole: a key no other article can share
            fact.series = series_key(fact, f"part-{len(siblings) + 1}-{slug(fact.doc)}")
        siblings.append(fact)
        fact.part_of = whole.series
        if fact.total is None:
            fact.total = whole.value


def _inherit(part: Fact, whole: Fact) -> None:
    """What a part does not state is its whole's: place, kind, levels, period, date, status."""
    for name in _INHERITED:
        if getattr(part, name) is None and getattr(whole, name) is not None:
            setattr(part, name, getattr(whole, name))
    if part.date_source != "text" and whole.date_source == "text":
        part.as_of, part.date_source = whole.as_of, whole.date_source
    if not part.extra.get("status_cued") and whole.status:
        part.status = whole.status
    if whole.extra.get("calendar"):
        part.extra["calendar"] = True
    for name in ("region", "area", "subset"):  # a part of a former province's or an area's figure is in it too
        if whole.extra.get(name) and not part.commune and not part.extra.get(name):
            part.extra[name] = whole.extra[name]


def count_kind(fact: Fact, doc: Document) -> str:
    """share (%), rate (per person, per month…), batch ("thêm 140"), period (a calendar span), else total."""
    unit = fact.unit or ""
    if unit == "%":
        return "share"
    if "/" in unit:
        return "rate"
    at = fact.extra.get("at")
    if fact.kind == "additional" or (at is not None and _ADDITIONAL.search(doc.low, max(0, at - 20), at)):
        return "batch"
    if fact.extra.get("calendar"):
        return "period"
    told = bounded(fact, doc)
    if told:
        fact.extra["bounded"] = told[1]
        return told[0]
    return "total"


def population(fact: Fact, doc: Document) -> str | None:
    """The group the figure counts, from its own words (lang/vi/populations.py), if it names one."""
    at = fact.extra.get("at")
    if at is None:
        return None
    low = doc.cue_view
    start = _NUMBER.match(low, at).end()  # type: ignore[union-attr]
    end = max(start, fact.end)
    cut = PART_INTRODUCER.search(low, start, end)  # the words after "trong đó" are the parts'
    end = cut.start() if cut else end
    group = next(
        (
            name
            for name, cues in POPULATIONS.items()
            if fact.metric in CLASS_METRICS[name] and cue_pattern(cues).search(low, start, end)
        ),
        None,
    )
    if group is None and fact.metric in BLOCK_METRICS:
        group = block_before(low, max(fact.start, at - 80), at)
    if group is None and fact.metric in BASIS_METRICS:
        group = basis_before(low, at)
    if group is None and fact.metric in REQUEST_METRICS:
        for match in _REQUEST.finditer(low, fact.start, at):
            if not _OTHER_REQUESTER.search(match.group("gap")):
                group = COMMUNE_REQUESTS
                break
    staff = staff_class(low, at) if fact.metric in STAFF_CLASS_METRICS else None
    fact.extra["staff_class"] = staff
    return "-".join(name for name in (staff, group) if name) or None


def series_key(fact: Fact, part: str | None = None) -> str | None:
    """The quantity's key; `part` stands in for the population of a part nothing else tells apart."""
    if fact.value is None or fact.metric in NO_SERIES:
        return None
    levels = None
    if fact.to_level:
        levels = f"{fact.from_level}-to-{fact.to_level}" if fact.from_level else f"to-{fact.to_level}"
    elif fact.from_level:
        levels = f"from-{fact.from_level}"
    qualifiers = [
        slug(fact.kind) if fact.kind else None,
        fact.level,
        levels,
        slug(fact.specialty) if fact.specialty else None,
        part or fact.population,
        # a proposal recalled from an earlier report, its day vague: never compared across articles
        f"recalled-{slug(fact.doc)}" if fact.extra.get("recalled") else None,
        slug(fact.purpose) if fact.purpose else None,
        # a share of one month ("tỷ lệ trong tháng 8") is not the running share since the reform
        # a span or round told in words ("tuần qua", "đợt 2") is its report's own: keyed by its words and day
        _told(fact)
        or (
            _period(fact)
            if fact.count_kind == "period" or (fact.count_kind == "share" and fact.extra.get("calendar"))
            else None
        ),
    ]
    if fact.status in _DATED_STATUSES and not qualifiers[-1] and fact.as_of:
        # a target or a plan is one for its date: 80% by the end of 2025 is not 90% by 30/9
        qualifiers.append(f"by-{fact.as_of.isoformat()}")
    kind = fact.count_kind or "total"
    count = "share" if kind == "share" else f"{kind}-{slug(fact.unit or 'count')}"
    return "/".join([*_place(fact), fact.metric, *(q for q in qualifiers if q), fact.status or "nostatus", count])


def _told(fact: Fact) -> str | None:
    words = fact.extra.get("bounded")
    if not words or fact.count_kind not in ("batch", "period"):
        return None
    return f"{slug(words)}-{fact.as_of.isoformat()}" if fact.as_of else f"{slug(words)}-{slug(fact.doc)}"


def _place(fact: Fact) -> list[str]:
    if fact.extra.get("national"):
        return ["national"]
    # an unknown place is no place to compare with another article's
    place = [slug(fact.province).replace("-", "")] if fact.province else [f"unplaced-{slug(fact.doc)}"]
    if fact.commune and fact.province:
        name = fact.commune
        for kind in _COMMUNE_KINDS:  # the kind word is no part of the name: "phường Phú Định" -> phu-dinh
            if name.lower().startswith(kind + " "):
                name = name[len(kind) + 1 :]
                break
        place.append(slug(name))
    elif fact.extra.get("region"):
        # a former province's area inside the merged one: "khu vực Bình Dương cũ" is not all of Hồ Chí Minh
        place.append("former-" + "+".join(slug(r) for r in fact.extra["region"].split("+")))
    if fact.extra.get("area") and not fact.commune:
        place.append(f"area-{fact.extra['area']}")  # "11 xã biên giới": the province's border communes
    if fact.extra.get("subset"):
        place.append(f"some-{slug(fact.doc)}")  # "nhiều xã": which communes, no other article can tell
    return place


def _period(fact: Fact) -> str | None:
    """ "2025-08" for a month, "2025-q3" for a quarter, "2025" for a year, else "start..end"."""
    start, end = fact.period_start, fact.period_end
    if start is None or end is None:
        return None
    if start.day != 1 or (end + dt.timedelta(days=1)).day != 1:
        return f"{start.isoformat()}..{end.isoformat()}"
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if months == 1:
        return f"{start.year}-{start.month:02d}"
    if months == 3 and start.month % 3 == 1:
        return f"{start.year}-q{start.month // 3 + 1}"
    if months == 6 and start.month in (1, 7):
        return f"{start.year}-h{1 if start.month == 1 else 2}"
    if months == 12 and start.month == 1:
        return str(start.year)
    return f"{start.isoformat()}..{end.isoformat()}"
