"""Restatements: one figure told several times in an article (title, lead, body, caption) is one fact.

facts.md: "One figure is one fact"; series.md rule 5: a figure repeated, even rounded ("3.022" then
"hơn 3.000"), is the precise figure's quantity, never a change of it.
"""

from __future__ import annotations

from monitor.extract.lang.vi.units import ALLOWANCE_PURPOSES
from monitor.facts import STATUSES, Fact

# how far a rounded figure may sit from the exact one it repeats: "hơn 1.200" for 1.236
_ROUNDING = 0.1
_SAME_PASSAGE_CHARS = 400  # a rounding this close to the exact figure is in its passage: another figure
_NEARLY_MEET = 0.02  # two approximations of one figure: "gần 76" and "hơn 75,9"
# what a restatement may leave out that the fuller statement gives: a title names the city, the body the
# ward; a ward named alone in a title may be one several provinces have
_DETAILS = ("province", "commune", "kind", "level", "specialty", "to_level", "from_level")
_SAME = ("metric", "status")
# a rate a title shortens: "12 triệu đồng/tháng" in the title, "12 triệu đồng/người/tháng" in the body
_PER_PERSON = "/person"
_BOUNDS = ("at_most", "at_least")
# rules/money.py: a later amount of a list after a rate, or an amount of a list naming its rate once at its end
_LISTED = ("money.rate_listed", "money.rate_named_once")


def dedupe(
    facts: list[Fact],
    captions: set[int] = frozenset(),  # type: ignore[assignment]
    headline_end: int = 0,
    lead_end: int | None = None,
) -> list[Fact]:
    """One figure is one fact: a figure repeated in title, lead and body is kept where stated most fully.

    The same value dated differently in the text ("tháng 8 biệt phái 50 …; tháng 9 … 50") is two figures;
    an undated repeat (a title, a lead) goes with them. A photo caption's figure (`captions`: ids of the
    facts read from one) is kept only when the text has it nowhere else. A repeat that leaves out details
    the fuller statement gives (its ward, its kind) or rounds it ("hơn 3.000" for 3.022) goes too.
    """
    told = {(f.metric, f.value, f.unit) for f in facts if id(f) not in captions and f.value is not None}
    # a caption names its photo's place: its figure repeats the text's wherever that was told
    repeats = [f for f in facts if id(f) in captions and (f.metric, f.value, f.unit) in told]
    facts = [f for f in facts if id(f) not in captions or (f.metric, f.value, f.unit) not in told]
    # "Trong số 176 công chức được điều động, …": a whole told before, named again to pick its part
    earlier: set[tuple] = set()
    named_again = set()
    for fact in sorted(facts, key=lambda f: f.start):
        key = (fact.metric, fact.value, fact.unit)
        if fact.extra.get("whole_named") and key in earlier:
            named_again.add(id(fact))
        if fact.value is not None:
            earlier.add(key)
    facts = [f for f in facts if id(f) not in named_again]
    facts = _headline_misread(facts, headline_end)
    groups: dict[tuple, list[Fact]] = {}
    for fact in facts:
        groups.setdefault(_figure_key(fact), []).append(fact)
    best = []
    rates = [part for told in groups.values() for part in _rates_for_others(told, lead_end)]
    parts = [item for part in rates for item in _items_apart(part)]
    for group in [aim_or_result for part in parts for aim_or_result in _aims_apart(part, headline_end)]:
        dated = {f.as_of for f in group if f.date_source == "text"}
        by_date = len(dated) > 1
        for as_of in dated if by_date else [None]:
            same = [f for f in group if not by_date or f.as_of == as_of]
            body = [f for f in same if f.start >= headline_end]
            told_as = same if len({f.status for f in same}) == 1 or not body else body
            # the fullest statement, and at equal confidence the body's ("usually the body", facts.md): a headline
            # rarely gives the figure's own date
            kept = max(told_as, key=lambda f: (f.confidence or 0, f.start >= headline_end, len(f.evidence)))
            strongest = min((f.status for f in told_as if f.status in STATUSES), key=STATUSES.index, default=None)
            if strongest and kept.status in STATUSES and STATUSES.index(strongest) < STATUSES.index(kept.status):
                kept.status = strongest
            mentioned(kept, same)
            best.append(kept)
    kept_facts = []
    for fact in best:
        fuller = next(
            (
                other
                for other in best
                if restates(fact, other, lead_end, headline_end)
                or cited_again(fact, other)
                or count_named_again(fact, other)
                or rate_named_again(fact, other)
            ),
            None,
        )
        if fuller is None:
            kept_facts.append(fact)
        else:
            if fuller.commune is None and fact.commune and fact.province == fuller.province:
                fuller.commune = fact.commune  # the headline's ward (restates)
            mentioned(fuller, [fact])
    for caption in repeats:  # a caption's repeat is a mention of the figure the text told
        told_where = next(
            (f for f in kept_facts if (f.metric, f.value, f.unit) == (caption.metric, caption.value, caption.unit)),
            None,
        )
        if told_where is not None:
            mentioned(told_where, [caption])
    return sorted(kept_facts, key=lambda f: f.start)


_LOOSE_RULES = ("dossiers.clause", "staff.clause", "staff.sentence")


def _headline_misread(facts: list[Fact], headline_end: int) -> list[Fact]:
    """A headline's figure read from a cue of its clause that another figure owns ("hơn 3.100 hồ sơ, gần 95% nộp
    trực tuyến"), which the body tells by its own words as another metric ("tiếp nhận hơn 3.100 hồ sơ"): the body's
    figure, mentioned in the headline."""
    body = {}
    for fact in facts:
        if fact.start >= headline_end and fact.value is not None and fact.rule not in _LOOSE_RULES:
            body.setdefault((fact.value, fact.unit), fact)
    kept = []
    for fact in facts:
        told = body.get((fact.value, fact.unit)) if fact.start < headline_end and fact.rule in _LOOSE_RULES else None
        if told is not None and told.metric != fact.metric:
            mentioned(told, [fact])
            continue
        kept.append(fact)
    return kept


def headline_and_lead(text: str, title: str | None) -> tuple[int, int]:
    """Where the headline and the lead (the paragraph after it) end. The headline is the title when the text
    opens on it, else a first line shaped like one (no closing period, short); 0 when there is none."""
    if title and text.startswith(title.strip()):
        headline_end = len(title.strip())
    else:
        first_end = text.find("\n")
        first = text[:first_end].strip() if first_end > 0 else ""
        headline_end = first_end if first and len(first) <= 250 and not first.endswith((".", ":", ";")) else 0
    start = len(text) - len(text[headline_end:].lstrip())
    lead_end = text.find("\n", start)
    return headline_end, len(text) if lead_end < 0 else lead_end


def mentioned(kept: Fact, others: list[Fact]) -> None:
    """Record on the kept fact where each mention of its figure is (its own included), when there are two."""
    spans = {tuple(span) for span in (kept.mentions or [[kept.start, kept.end]])}
    spans |= {tuple(span) for other in others for span in (other.mentions or [[other.start, other.end]])}
    kept.mentions = [list(span) for span in sorted(spans)] if len(spans) > 1 else None


def _aims_apart(group: list[Fact], headline_end: int) -> list[list[Fact]]:
    """A target and a result of one value, both told in the body, are two figures: "An Giang đã cung cấp trực tuyến
    100% thủ tục …" and "… còn thấp so với mục tiêu 100% trong năm 2025" (the aim reached is no restatement of the
    aim). A headline's mention goes with the result."""
    body = [f for f in group if f.start >= headline_end]
    aims = [f for f in body if f.status == "target"]
    if not aims or not any(f.status == "done" for f in body):
        return [group]
    aimed = {id(f) for f in aims}
    return [aims, [f for f in group if id(f) not in aimed]]


def _items_apart(group: list[Fact]) -> list[list[Fact]]:
    """Two items of a timeline on one day are two tasks ("– Trước ngày 25/6: hoàn thành việc thành lập …", "– Chậm
    nhất ngày 25/6: thu hồi con dấu cũ …"), not one told twice; a mention outside the list goes with the first."""
    items: dict[int, list[Fact]] = {}
    for fact in group:
        if "item" in fact.extra:
            items.setdefault(fact.extra["item"], []).append(fact)
    return _apart(group, items)


def _apart(group: list[Fact], told: dict) -> list[list[Fact]]:
    """The group split by where its figures were told, when in two places or more; the rest go with the first."""
    if len(told) < 2:
        return [group]
    parts = list(told.values())
    placed = {id(f) for part in parts for f in part}
    parts[0] = parts[0] + [f for f in group if id(f) not in placed]
    return parts


def _rates_for_others(group: list[Fact], lead_end: int | None) -> list[list[Fact]]:
    """One amount granted in the body by two sentences, each stating it in full as a rate per person ("người chưa được
    bố trí nhà công vụ được hỗ trợ 3 triệu đồng/người/tháng; người đã được bố trí hưởng 1 triệu đồng/người/tháng", then
    "Cán bộ … cách trụ sở cũ từ 50km trở lên … được hỗ trợ 1 triệu đồng/người/tháng"): two rates for two groups of
    people, not one told twice; a mention in the headline or lead goes with the first. A level named again ("Mức hỗ trợ
    …") is no such statement (rate_named_again)."""
    if not group or group[0].metric != "allowance" or lead_end is None:
        return [group]
    stated: dict[tuple, list[Fact]] = {}
    for fact in group:
        if (
            fact.start >= lead_end
            and fact.rule == "money.rate"
            and _PER_PERSON + "/" in (fact.unit or "")
            and not fact.extra.get("level_named")
            and fact.extra.get("sentence") is not None
        ):
            stated.setdefault(tuple(fact.extra["sentence"]), []).append(fact)
    return _apart(group, stated)


def _figure_key(fact: Fact) -> tuple:
    if fact.metric == "document":
        return (fact.metric, fact.ref)
    if fact.metric == "deadline":
        return (fact.metric, fact.as_of)
    if fact.metric == "specialties":
        return (fact.metric, fact.province, tuple(fact.specialties or ()))
    if fact.metric == "allowance":
        # one amount for two purposes is two rates: "2 triệu đồng tiền đi lại", "2 triệu đồng tiền ăn"; an amount
        # in the list after a rate (its parts: "1,82 triệu đồng/người/tháng, gồm … chi phí sinh hoạt 500.000 đồng")
        # is not the same amount granted on its own ("người ở gần được hỗ trợ riêng tiền sinh hoạt 500.000 đồng")
        listed = fact.rule in _LISTED
        return (fact.metric, fact.value, fact.unit, purpose_families(fact), fact.province, fact.commune, listed)
    # "21 người khác": other people than the count of the same value told before (sentence_reading.py, another)
    another = bool(fact.extra.get("another"))
    # a table's rows breaking a row down are parts of their own, whatever their value: "– Lĩnh vực xây dựng | 21 người"
    # and "– Lĩnh vực nông nghiệp | 21 người"
    row = fact.extra.get("sentence") if fact.extra.get("part_row") else None
    return (fact.metric, fact.value, fact.unit, fact.kind, fact.specialty, fact.province, fact.commune, another, row)


# counts of things, which an article does not give twice for two quantities of one metric, place and status; a rate
# or a share (100%, 2 triệu đồng/người/tháng) recurs for many things and is no such count
_COUNT_UNITS = ("person", "person_time", "dossier", "procedure")


def count_named_again(short: Fact, full: Fact) -> bool:
    """A count told again later without the kind its first statement gave: "công bố danh mục 205 thủ tục … không phụ
    thuộc địa giới" then "Như vậy, với 205 TTHC này, …", or a plan "đối với 407 thủ tục" then "Với việc phê duyệt
    phương án cho 407/461 thủ tục, …". The same count of one metric, unit, place and status is one figure
    (facts.md: one figure is one fact); the later, vaguer mention names it again to say more of it."""
    if short is full or short.value is None or short.unit not in _COUNT_UNITS or full.kind is None:
        return False
    if short.kind is not None or short.start < full.start or short.date_source == "text":
        return False
    same = ("metric", "value", "unit", "status", "approx")
    if any(getattr(short, name) != getattr(full, name) for name in same):
        return False
    if any(getattr(short, name) not in (None, getattr(full, name)) for name in ("province", "commune", "specialty")):
        return False
    if full.total is None:
        full.total = short.total  # the later mention may give the whole: "407/461 thủ tục"
    return True


def rate_named_again(short: Fact, full: Fact) -> bool:
    """A rate told, then named again later as a level ("Mỗi công chức được hỗ trợ 3 triệu đồng/người/tháng. Mức hỗ trợ
    3 triệu đồng/tháng được chi cùng kỳ lương"; "khoảng 2.005 người hưởng mức 3 triệu đồng/người/tháng"): one figure.
    The later one says no more than the first (its unit the first's or shortened, no other purpose or place); a
    list's amount ("gồm … sinh hoạt phí 500.000 đồng") is a part, never the rate granted on its own."""
    if short is full or short.metric != "allowance" or full.metric != "allowance" or short.value != full.value:
        return False
    if not short.extra.get("level_named") or short.start < full.start or short.status != full.status:
        return False
    if short.rule in _LISTED or full.rule in _LISTED or short.approx not in (None, full.approx, *_BOUNDS):
        return False
    if not _shortened(short.unit, full.unit) or purpose_families(short) - purpose_families(full):
        return False
    return all(getattr(short, name) in (None, getattr(full, name)) for name in ("province", "commune"))


def _shortened(short: str | None, full: str | None) -> bool:
    """The same unit, or the full one with some of its /person, /month, /year left out: "VND/month" of
    "VND/person/month"."""
    if not short or not full:
        return False
    short_base, *short_rate = short.split("/")
    full_base, *full_rate = full.split("/")
    return short_base == full_base and set(short_rate) <= set(full_rate)


def cited_again(short: Fact, full: Fact) -> bool:
    """ "Nghị định 178" or "Nghị định 178/2024" after "Nghị định 178/2024/NĐ-CP": a document cited again by the
    first parts of its number is the same document, one fact (facts.md: one figure is one fact)."""
    if short is full or short.metric != "document" or full.metric != "document" or not short.ref or not full.ref:
        return False
    if short.doc_type and full.doc_type and short.doc_type != full.doc_type:
        return False
    return len(short.ref) < len(full.ref) and full.ref.startswith(short.ref) and full.ref[len(short.ref)] in "/-"


def restates(short: Fact, full: Fact, lead_end: int | None = None, headline_end: int = 0) -> bool:
    """Whether `short` repeats `full`: the same figure or a rounding of it ("hơn 1.200" for the body's
    1.236), with no detail `full` lacks, and either rounded or with fewer details (else they are one
    group of dedupe already, or two figures)."""
    if short is full or short.value is None or full.value is None:
        return False
    same_words = short.value == full.value and short.approx == full.approx  # "hơn 200 hồ sơ" in title and body
    if (
        full.approx
        and not same_words
        and not (full.approx in _BOUNDS and short.approx is None and short.value == full.value)
        # a headline dropping "khoảng": "Xã Long Điền: mỗi ngày tiếp nhận 60 đến 80 hồ sơ" over "khoảng từ 60 đến 80"
        and not (
            full.approx == "about" and short.approx is None and short.value == full.value and short.start < headline_end
        )
        # "gần 76 tỉ" in the title, "hơn 75,9 tỉ" after it: the earlier, rounder mention restates the later one when
        # they nearly meet ("hơn 3.000" over "khoảng 3.200" are two approximations, no telling which rounds which)
        and not (full.approx in _ROUGHLY and short.start < full.start and _rounds(short, full, _NEARLY_MEET))
    ):
        return False  # a headline may drop a bound: "cắt giảm 30% thời gian" for "giảm ít nhất 30% thời gian"
    if short.extra.get("sentence") is not None and short.extra.get("sentence") == full.extra.get("sentence"):
        return False  # one sentence tells two figures: "đúng hạn trên 99%, riêng cấp xã đạt 99,98%"
    # a status the shorter statement does not cue itself is no difference ("Quyết liệt cắt giảm 30% thời gian" in
    # the headline of a plan's "giảm ít nhất 30% thời gian")
    same = _SAME if short.extra.get("status_cued", True) else ("metric",)
    if short.start < headline_end and _stronger_status(full, short):
        # a headline saying "dự kiến" of what the body tells as proposed ("Mức đề xuất: 3 triệu đồng/người/tháng"):
        # one figure, in the stronger status (facts.md: proposed > planned > target > done when cues collide)
        same = ("metric",)
    if any(getattr(short, name) != getattr(full, name) for name in same) or not _unit_restates(short, full):
        return False
    # "Bản tin: … phường Sa Huỳnh nhận hơn 620 hồ sơ" over lines naming no ward ("Hồ sơ tiếp nhận từ ngày 1/7: hơn 620
    # hồ sơ"): the headline names the ward the body's figure is of (dedupe gives it to the body's)
    ward_of_headline = (
        short.start < headline_end and bool(short.commune) and full.commune is None and short.province == full.province
    )
    details = tuple(name for name in _DETAILS if name != "commune") if ward_of_headline else _DETAILS
    if any(getattr(short, name) not in (None, getattr(full, name)) for name in details):
        return False
    if purpose_families(full) and purpose_families(short) - purpose_families(full):
        return False  # a rate for another purpose
    if short.approx is None or same_words:
        fewer = (
            ward_of_headline
            or short.unit != full.unit
            or any(getattr(short, n) is None and getattr(full, n) is not None for n in _DETAILS)
            or bool(purpose_families(full) - purpose_families(short))
        )
        # said in fewer words in the body, it is another figure of the same amount: "người ở nhà xã hội được
        # hỗ trợ 2 triệu đồng/người/tháng" is not "hỗ trợ tiền ăn 2 triệu đồng/người/tháng" told again
        in_lead = lead_end is None or short.start < lead_end
        return fewer and in_lead and short.value == full.value and short.start < full.start and _undated(short, full)
    if short.approx in _BOUNDS:  # "tối đa 12 triệu đồng/tháng" in the title, "cao nhất 12 triệu" in the body
        return short.value == full.value and short.start < full.start and _undated(short)
    # a rounding told in the body before the exact figure, or in its passage after it, is another figure: "điều động
    # 102 cán bộ … còn khoảng 100 công chức sẽ được điều chuyển"; a headline, a lead or a summing-up further on rounds
    # the body's figure (merging a body's earlier rounding into a later exact figure cost two blind sets)
    if lead_end is not None and short.start >= lead_end and short.start - full.end < _SAME_PASSAGE_CHARS:
        return False
    return _rounds(short, full)


def _stronger_status(full: Fact, short: Fact) -> bool:
    """The fuller statement's status comes before the shorter one's in facts.md's order."""
    if full.status not in STATUSES or short.status not in STATUSES:
        return False
    return STATUSES.index(full.status) < STATUSES.index(short.status)


def purpose_families(fact: Fact) -> frozenset[str]:
    """What an allowance pays for, by family (lang/vi/units.py); empty for any other fact or a purpose of none."""
    purpose = (fact.purpose or "").lower() if fact.metric == "allowance" else ""
    return frozenset(family for family, words in ALLOWANCE_PURPOSES.items() if any(w in purpose for w in words))


def _unit_restates(short: Fact, full: Fact) -> bool:
    """The same unit, or a rate per person shortened to a rate: "đồng/tháng" for "đồng/người/tháng"; or both shortened
    from one rate per person per period, each leaving out another part: a headline's "1,75 lần lương cơ sở" per person
    for the body's "1,75 lần mức lương cơ sở/tháng". A period is never left for another ("/tháng" is no "/năm")."""
    if short.unit == full.unit:
        return True
    if not short.unit or not full.unit:
        return False
    if _PER_PERSON in full.unit and full.unit.replace(_PER_PERSON, "") == short.unit:
        return True
    short_base, *short_rate = short.unit.split("/")
    full_base, *full_rate = full.unit.split("/")
    if short_base != full_base or not short_rate or not full_rate or set(full_rate) <= set(short_rate):
        return False  # the same parts or more: the fuller statement, which nothing restates
    short_period, full_period = set(short_rate) - {_PER_PERSON[1:]}, set(full_rate) - {_PER_PERSON[1:]}
    return short_period <= full_period


def _undated(fact: Fact, full: Fact | None = None) -> bool:
    """A title or lead restating a figure gives no date of its own, or the fuller statement's ("Từ 1/10, làm 25 dịch vụ
    công …" over "Ở Thái Nguyên, từ ngày 1/10/2025, khi làm 25 dịch vụ công …")."""
    return fact.date_source != "text" or (full is not None and fact.as_of == full.as_of)


_ROUGHLY = ("more_than", "nearly", "about")


def _rounds(rounded: Fact, exact: Fact, within: float = _ROUNDING) -> bool:
    if rounded.approx not in _ROUGHLY or not rounded.value:
        return False
    gap = ((exact.value or 0) - rounded.value) / rounded.value
    if rounded.approx == "more_than":
        return 0 < gap <= within
    if rounded.approx == "nearly":
        return -within <= gap < 0
    return abs(gap) <= within
