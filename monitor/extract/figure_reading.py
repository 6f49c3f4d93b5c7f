"""What one figure counts (its Reading) and the scope it is read in: a figure's scope in its sentence
(figure_scope), a list item or table cell read under its lead or column header (read_item), a count noun standing
before a bare number (noun_before), a part of a whole the article told (part_of_told), the rest of a whole just
broken down (rest_of_told), a share ranked after a leader told before (ranked_after), and a share of a measure
the sentence names back (named_back)."""

from __future__ import annotations

import re

from monitor.extract import rules
from monitor.extract.context import Heading, Reading, Scope
from monitor.extract.document import Document
from monitor.extract.lang.vi.cues import NEGATIONS, OWNER_LINKS
from monitor.extract.lang.vi.money import NOT_BUDGET_CUES
from monitor.extract.lang.vi.numbers import BELOW_WORDS, IDENTIFIER_BEFORE, ROUGH_BEFORE_NUMBER
from monitor.extract.lang.vi.parts import PART_INTRODUCERS, REMAINDER_AFTER
from monitor.extract.lang.vi.shares import (
    MEASURE_NAMED_BACK,
    RANKED_COUNT_LINKS,
    RANKED_COUNT_PLACES,
    RANKED_COUNT_SUPERLATIVES,
    RANKING_LEADS,
)
from monitor.extract.lang.vi.units import (
    COUNT_NOUNS,
    FIGURE_LINE_LABELS,
    NOUN_CARRIED_BY_STEPS,
    NOUN_CARRIED_WORDS,
    NOUN_NOT_CARRIED_BY,
    NOUN_PARTS_NOT_CARRIED,
)
from monitor.extract.layout import cell_index
from monitor.extract.normalize import fold, lower
from monitor.extract.numbers import Quantity, can_count, find_quantities
from monitor.extract.patterns import alternation, optional_words, squeeze
from monitor.extract.state import State
from monitor.extract.tokenize import Sentence

_NOUN_BEFORE = re.compile(r"(" + alternation(COUNT_NOUNS) + r")(?!\w)[^,;.]{0,40}$")
# a label opening on what it counts, its verbs joined by a comma, then the number: "Số hồ sơ đã giải quyết xong, trả
# kết quả cho người dân là 2.131"
_LABEL_NOUN_BEFORE = re.compile(
    rf"(?<!\w)(?:{alternation(FIGURE_LINE_LABELS)})\s+({alternation(COUNT_NOUNS)})(?!\w)[^;.:]{{0,120}}?\s(?:là|:)\s*$"
)
# ... not a label broken down inside ("Tổng số hồ sơ tiếp nhận, gồm cả trực tuyến và trực tiếp, là 4.520"): its
# channel words are the parts', not the figure's
_LABEL_BROKEN_DOWN = re.compile(rf",\s*(?:{alternation(PART_INTRODUCERS)})(?!\w)")
_IDENTIFIER_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(IDENTIFIER_BEFORE)})\s*:?\s*$")
_BARE_NUMBER_AFTER = re.compile(r"[^\S\n]*(?:[,;.)\n]|$)")  # the number ends its clause, or its line


def figure_scope(
    doc: Document, sentence: Sentence, quantities: list[Quantity], i: int, previous: tuple[Quantity, Reading] | None
) -> Scope:
    quantity = quantities[i]
    semicolons = _clause_breaks(doc.low, sentence)
    clause_start = max((at + 1 for at in semicolons if at < quantity.start), default=sentence.start)
    clause_end = min((at for at in semicolons if at >= quantity.end), default=sentence.end)
    left = max(clause_start, quantities[i - 1].end if i else sentence.start)
    # a bare count naming whose the figure's people or things are ("200 cán bộ của 12 địa phương đã hoàn thành khóa
    # học") is no figure of its own: the words after it are still this figure's
    # nor does a share in a bracket right after it ("223/368 cán bộ, công chức cấp xã (đạt 60,59%) được bồi dưỡng")
    after = next(
        (
            q
            for q in quantities[i + 1 :]
            if (q.unit or not _OWNERS.fullmatch(doc.low, quantity.end, q.start))
            and not _in_bracket_after(doc.low, quantity, q, sentence.end)
        ),
        None,
    )
    right = min(clause_end, after.start if after else sentence.end)
    following = quantities[i + 1 :]
    return Scope(doc, sentence, quantity, left, right, clause_start, clause_end, previous, following=following)


_OWNERS = re.compile(rf"\s*(?:{alternation(OWNER_LINKS)})\s+")
# a bracket opening after the figure's noun phrase, before any verb: "… công chức cấp xã (đạt 60,59%)"
_BRACKET_OPENS = re.compile(r"[^\d().;:]{0,60}\(")


def _in_bracket_after(low: str, quantity: Quantity, other: Quantity, scope_end: int) -> bool:
    """Whether `other` is a share in a bracket right after `quantity`'s words, closed after it."""
    opened = _BRACKET_OPENS.match(low, quantity.end, other.start)
    if opened is None or other.unit != "%" or ")" in low[opened.end() : other.start]:
        return False
    return low.find(")", other.end, scope_end) >= 0


def _clause_breaks(low: str, sentence: Sentence) -> list[int]:
    """The semicolons that end clauses: not those between brackets, which part a breakdown's items ("tiếp nhận 9.673
    hồ sơ (UBND phường 1.043 hồ sơ; phi địa giới 2.375 hồ sơ)": both items break the 9.673 down)."""
    breaks, depth = [], 0
    for mark in _BRACKET_OR_SEMICOLON.finditer(low, sentence.start, sentence.end):
        if mark.group() == "(":
            depth += 1
        elif mark.group() == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            breaks.append(mark.start())
    return breaks


_BRACKET_OR_SEMICOLON = re.compile(r"[();]")


_WHOLE_BEFORE = re.compile(r"(?<!\w)(?:trong số|trong tổng số|trong)\s*$")


def part_of_told(doc: Document, earlier: list[Quantity], quantity: Quantity, state: State) -> Reading | None:
    """ "Đề xuất biệt phái 300 cán bộ. … Theo tờ trình, trong số 300 người, dự kiến có 120 công chức …":
    a figure after "trong số" a whole the article told before is its part, of its metric."""
    for whole in reversed(earlier):
        told = state.told.get((whole.value, quantity.unit))
        if told and _WHOLE_BEFORE.search(doc.low, max(0, whole.number_start - 15), whole.number_start):
            return Reading(told.metric, "parts.told", kind=told.kind, level=told.level, family=told.family)
    return None


_REST_AFTER = re.compile(rf"\s+(?:{alternation(REMAINDER_AFTER)})(?!\w)")
_DENIED = re.compile(rf"\s+(?:{alternation(NEGATIONS)})(?!\w)")


def rest_of_told(doc: Document, quantity: Quantity, state: State) -> Reading | None:
    """ "… trong đó 3.418 hồ sơ thuộc thẩm quyền của phường. 6.255 hồ sơ còn lại do các cơ quan ngành dọc giải
    quyết": a count called the rest, right after a figure of its unit in its paragraph, is a part of what that
    figure broke down, of its metric (how the rest is dealt with is not what it counts)."""
    last = state.last_figure
    rest = _REST_AFTER.match(doc.low, quantity.end)
    if last is None or quantity.unit is None or rest is None:
        return None
    if _DENIED.match(doc.low, rest.end()):
        return None  # "9 trường hợp còn lại chưa được bố trí": the rest not dealt with, no part of what was
    figure, reading = last
    if figure.unit != quantity.unit or doc.low.rfind("\n", figure.end, quantity.start) >= 0:
        return None
    return Reading(reading.metric, "parts.told", kind=None, level=reading.level, family=reading.family)


RANKED = "shares.ranked"
_RANKING_LEAD = re.compile(rf"(?<!\w)(?:{alternation(RANKING_LEADS)})(?!\w)")


def ranked_after(doc: Document, heading: Heading | None, quantity: Quantity, state: State) -> Reading | None:
    """A list item under a lead that ranks it after a leader told before ("Các địa phương xếp sau:" over "- Đà
    Nẵng: 58,89%"): a share of the last share's metric the article told."""
    lead = heading.sentence if heading else None
    if lead is None or quantity.unit != "%" or not _RANKING_LEAD.search(doc.low, lead.start, lead.end):
        return None
    return _last_share(state, RANKED)


_RANKED_COUNT = re.compile(
    rf"(?<!\w)(?:(?:{alternation(RANKED_COUNT_SUPERLATIVES)})(?:\s+[^\W\d]+){{0,3}}?\s+nhất|{alternation(RANKED_COUNT_PLACES)})"
    rf"(?:(?:\s+[^\W\d]+){{0,2}}?\s+(?:{alternation(RANKED_COUNT_LINKS)})\s+|(?P<comma>\s*,\s*))"
    rf"{optional_words((*ROUGH_BEFORE_NUMBER, *BELOW_WORDS))}$"
)
# after a comma, the count's own words end its clause: "Điện Biên ít nhất, chưa đến 15.000 hồ sơ." ("nhiều nhất, 1.200
# hồ sơ chưa giải quyết" tells what the count is, no ranking)
_CLAUSE_ENDS = re.compile(r"\s*(?:[.;]|$)")
RANKED_COUNT = "counts.ranked"
_RANKABLE_UNITS = ("dossier", "procedure", "person", "person_time")


def ranked_count(doc: Document, scope: Scope, state: State) -> Reading | None:
    """A count of the unit the article last counted, after a place ranked by it ("TP.HCM vẫn là địa phương có nhiều
    hồ sơ nhất với 645.566 hồ sơ"): a count of that figure's metric, for the place ranked."""
    quantity = scope.quantity
    # counts only: money ranked ("Sở Y tế được phân bổ nhiều nhất với 5,2 tỷ đồng") is a part of an allocation
    ranked = _RANKED_COUNT.search(doc.low, scope.left, quantity.start) if quantity.unit in _RANKABLE_UNITS else None
    if ranked is None or (ranked.group("comma") and not _CLAUSE_ENDS.match(doc.low, quantity.end)):
        return None
    of_unit = [r for (_, unit), r in state.told.items() if unit == quantity.unit]
    # places ranked by their dossiers rank what they received, whatever part of it was told last
    told = next((r for r in reversed(of_unit) if r.metric == "dossiers_received"), of_unit[-1] if of_unit else None)
    if told is None:
        return None
    return Reading(told.metric, RANKED_COUNT, kind=told.kind, level=told.level, family=told.family)


_NAMED_BACK = re.compile(rf"(?<!\w)(?:{alternation(MEASURE_NAMED_BACK)})(?!\w)")


def named_back(doc: Document, scope: Scope, state: State) -> Reading | None:
    """A share in a sentence naming back the measure told before ("… ở chỉ tiêu này, trong đó An Giang, Bắc Ninh, Cà
    Mau và Ninh Bình đã đạt 100%"): a share of the last share's metric the article told."""
    if scope.quantity.unit != "%" or not _NAMED_BACK.search(doc.low, scope.sentence.start, scope.sentence.end):
        return None
    return _last_share(state, NAMED_BACK)


NAMED_BACK = "shares.named_back"


def _last_share(state: State, rule: str) -> Reading | None:
    told = next((r for (_, unit), r in reversed(state.told.items()) if unit == "%"), None)
    if told is None:
        return None
    return Reading(told.metric, rule, kind=told.kind, level=told.level, family=told.family)


def read_item(doc: Document, heading: Heading, scope: Scope) -> Reading | None:
    """A table cell is read by its column's header first, then its row; its evidence is the row. A list
    item is read by its own words first, then its lead line's."""
    if not heading.table:
        if rules.tells_no_figure(scope):
            return None  # "bằng 6 lần mức lương cơ sở, hơn 14 triệu đồng/tháng": the amount in đồng is the figure
        return rules.read(scope) or _read_under(doc, heading, scope)
    reading = _read_under(doc, heading, scope) or rules.read(scope)
    if reading is None and heading.lead:
        # a column naming no step ("Số hồ sơ") under a lead line that does: its figures are the lead's
        reading = _read_under(doc, heading, scope, heading.lead)
    previous = scope.previous
    if (
        reading is None
        and previous
        and previous[1].family in _SIBLING_RULES
        and previous[0].unit == scope.quantity.unit
    ):
        # a row led by a dash under a row with a figure breaks it down (sentence_reading): "– Lĩnh vực công nghệ thông
        # tin | 20 người |" under "Điều động từ cấp tỉnh về cấp xã | 126 người"
        reading = Reading(previous[1].metric, _SIBLING_RULES[previous[1].family], family=previous[1].family)
    scope.left, scope.right = scope.sentence.start, scope.sentence.end
    label = _row_label(doc, scope.sentence, scope.quantity.start)
    if reading and reading.metric == "budget" and label and _NOT_BUDGET.search(doc.low, *label):
        return None  # the row's label names money of the economy or of a national programme, whatever its cell says
    return reading


_SIBLING_RULES = {"staff": "staff.sibling", "dossier": "dossiers.sibling", "procedure": "procedures.sibling"}
_NOT_BUDGET = re.compile(rf"(?<!\w)(?:{alternation(NOT_BUDGET_CUES)})(?!\w)")


def _row_label(doc: Document, row: Sentence, before: int) -> tuple[int, int] | None:
    """A table row's label cell, past a leading bar if the row has one; None when `before` (a figure) is in it."""
    cells = doc.text[row.start : before]
    start = row.start + len(cells) - len(cells.lstrip(" |"))
    end = doc.text.find("|", start, before)
    return (start, end) if end > 0 else None


def _read_under(doc: Document, heading: Heading, scope: Scope, above: str | None = None) -> Reading | None:
    """A list item or table cell with no verb of its own, read as if its heading's words (the lead line,
    or the header of its column, after the table's lead line `above` if given) stood before it. A table cell has
    its row's label before its header."""
    q = scope.quantity
    start, end = scope.left, scope.right
    lead = heading.text
    if heading.table:
        start = doc.text.rfind("|", scope.sentence.start, q.start) + 1 or scope.sentence.start
        end = doc.text.find("|", q.end, scope.sentence.end)
        end = scope.sentence.end if end < 0 else end
        column = cell_index(doc.text, scope.sentence.start, q.start)
        cells = heading.text.strip().removeprefix("|").split("|")
        if column >= len(cells):
            return None
        lead = _NUMBERS.sub(" ", _with_table_noun(cells, column))  # a header's dates are read from the header row
        row_label = _row_label(doc, scope.sentence, q.start)
        if row_label:
            # the row's label before the header: "| Hồ sơ tiếp nhận | 2.748 hồ sơ, 1.850 hồ sơ trực tuyến |" under
            # "Số liệu" reads as "Hồ sơ tiếp nhận, Số liệu: …" (its dates and numbers left out: the row's own dates
            # are read from the row)
            label = _NUMBERS.sub(" ", doc.text[slice(*row_label)]).strip()
            # a column named by its date alone ("| Chỉ tiêu | Tháng 8 |") adds nothing to the row's label
            lead = f"{label}, {lead}" if label and lead.strip() else label or lead
        if above:
            # the lead's own numbers (its span's days) would stand between its words and the cell's figure
            lead = f"{_NUMBERS.sub(' ', above).rstrip(':').strip()}, {lead}"
    phrase = doc.text[start:end]
    start += len(phrase) - len(phrase.lstrip())
    text = f"{lead.rstrip(':').strip()}: "
    shift = len(text) - start  # from the article's offsets to the made-up line's
    text += doc.text[start:end]
    sub = Document(text)
    sentence = Sentence(0, len(text), 0)
    found = find_quantities(sub.low, 0, len(text), [])
    i = next((i for i, other in enumerate(found) if other.start == q.start + shift), None)
    if i is None:
        return None
    if heading.table and q.unit is None and found[i].unit is None and _IN_PERCENT.search(lead):
        found[i].unit = "%"  # "| Tỷ lệ hồ sơ trực tuyến (%) | 71 | 76 |": the label or the header gives the cells' unit
    sub_scope = figure_scope(sub, sentence, found, i, None)
    if sub_scope.quantity.unit is None:
        noun_before(sub, sub_scope)
    reading = rules.read(sub_scope)
    if reading and q.unit is None:
        q.unit, q.noun = sub_scope.quantity.unit, sub_scope.quantity.noun
    return reading


_NUMBERS = re.compile(r"\d[\d/.,-]*")
_IN_PERCENT = re.compile(r"\(\s*%\s*\)")  # "(%)" after a label or a header: the unit of the cells under it
_COUNT_NOUN = re.compile(rf"(?<!\w)({alternation(COUNT_NOUNS)})(?!\w)")


def _with_table_noun(cells: list[str], column: int) -> str:
    """A column's header, with the count noun of the nearest header before it when it names none: in "Xã | Hồ sơ
    tiếp nhận | Đã giải quyết" the third column counts dossiers too."""
    lead = cells[column].strip()
    if _COUNT_NOUN.search(lower(fold(lead))):
        return lead
    for cell in reversed(cells[:column]):
        noun = _COUNT_NOUN.search(lower(fold(cell)))
        if noun:
            return f"{noun.group(1)} {lead}"
    return lead


def noun_before(doc: Document, scope: Scope) -> None:
    """'Tổng hồ sơ đã giải quyết hơn 233.000': the noun comes before the number."""
    if not _BARE_NUMBER_AFTER.match(doc.low, scope.quantity.end):
        return  # "mất khoảng 30 phút": a unit of its own follows
    if _IDENTIFIER_BEFORE.search(doc.low, max(0, scope.quantity.start - 25), scope.quantity.start):
        return  # "gọi tổng đài 1022": a number that names, not counts
    # the label's own noun first: "Số hồ sơ …, trả kết quả cho người dân là 2.131" counts dossiers, not people
    label = _LABEL_NOUN_BEFORE.search(doc.low, scope.left, scope.quantity.start)
    if label and _LABEL_BROKEN_DOWN.search(doc.low, label.start(), label.end()):
        return  # "Tổng số hồ sơ tiếp nhận, gồm cả trực tuyến và trực tiếp, là 4.520": left unread
    match = label or _NOUN_BEFORE.search(doc.low, scope.left, scope.quantity.start)
    if match is None:
        _noun_listed_before(doc, scope)
        return
    if match and not scope.quantity.total and can_count(COUNT_NOUNS[squeeze(match.group(1))], scope.quantity.value):
        scope.quantity.noun = squeeze(match.group(1))
        scope.quantity.unit = COUNT_NOUNS[squeeze(match.group(1))]


def _noun_listed_before(doc: Document, scope: Scope) -> None:
    """ "tiếp nhận 62.000 hồ sơ, giải quyết 60.500, đúng hạn 59.800": a bare number listed after a count of its
    sentence, a step of that noun's metrics between them (lang/vi/units.py NOUN_CARRIED_BY_STEPS), counts it too."""
    previous = scope.previous[0] if scope.previous else None
    if previous is None or previous.noun not in NOUN_CARRIED_BY_STEPS or previous.end < scope.sentence.start:
        return
    between = _LISTED_AFTER.fullmatch(doc.low, previous.end, scope.quantity.start)
    if between is None or _NOT_CARRIED.search(doc.low, *between.span("words")):
        return
    if scope.has(NOUN_CARRIED_BY_STEPS[previous.noun], *between.span("words")):
        scope.quantity.noun, scope.quantity.unit = previous.noun, previous.unit


_LISTED_AFTER = re.compile(
    rf"\s*[,;]\s*(?P<words>(?:[^\W\d]+\s+){{1,{NOUN_CARRIED_WORDS}}}?)(?:(?:là|:)\s*)?"
    rf"{optional_words(ROUGH_BEFORE_NUMBER)}"
)
_NOT_CARRIED = re.compile(rf"(?<!\w)(?:{alternation(NOUN_NOT_CARRIED_BY + NOUN_PARTS_NOT_CARRIED)})(?!\w)")
