"""A figure's status weighed from all its sources, the nearest first (facts.md, status): its own clause's cues
(status.figure_status); the lead of the list it is an item of, or a bulletin's headline over its "label: value" lines;
a plan's bounded share or whole is the plan's aim; a clause with no cue goes on in the one before; the content of a
draft told goes on; the sentence's opener; a date to come plans; else the figure is a result, done.

One pass, so that reading a sentence (sentence_reading.py) asks for a status in one call and the order of the sources
is written in one place."""

from __future__ import annotations

from dataclasses import dataclass

from monitor.extract.aims import is_aim_share, plans_aim
from monitor.extract.context import Parsed, Scope
from monitor.extract.document import Document
from monitor.extract.document_status import draft_goes_on, sentence_opener_status
from monitor.extract.layout import item_status, label_line, lead_status
from monitor.extract.numbers import Quantity
from monitor.extract.state import State
from monitor.extract.status import carried_status, figure_status
from monitor.extract.status_cues import RESULT


@dataclass(frozen=True)
class Weighed:
    status: str
    # the figure's clause, its list's lead or its bulletin's headline cued the status (series.py reads it)
    cued: bool


def weigh_status(
    doc: Document,
    item: Parsed,
    scope: Scope,
    quantities: list[Quantity],
    state: State,
    previous_status: str | None,
    to_come: bool,
) -> Weighed:
    """The status of scope's figure. `previous_status` is that of the clause before in the sentence (None when the
    figure shares its clause), `to_come` whether the figure's date is still to come."""
    sentence, quantity = item.sentence, scope.quantity
    # a bulletin's "label: value" lines under no lead tell what the headline or the lead names: a proposal's
    lead = (
        lead_status(doc, item.heading, sentence, quantity.start)
        if item.heading
        else (state.bulletin if label_line(doc, sentence) else None)
    )
    cued = item_status(figure_status(doc, scope, quantities), lead)
    if lead:
        cued = plans_aim(doc, quantity, cued)  # a plan's list: "Nội dung chính của kế hoạch:" over its aims
    if cued is None and state.instructed and label_line(doc, sentence) and is_aim_share(doc, quantity):
        # "🎯 Tối thiểu 60% hồ sơ …" under "Hà Nội yêu cầu xã, phường …" (a result told, "đã đạt 100%", is none)
        cued = None if RESULT.search(doc.low, scope.clause_start, quantity.start) else "target"
    # a later clause without a cue goes on in the state of the one before
    inherited = carried_status(doc, scope, previous_status)
    drafted = state.telling if state.telling and draft_goes_on(doc, scope) else None
    drafted = plans_aim(doc, quantity, drafted)  # the content of a plan told: "• … tối thiểu 20% thời gian …"
    status = cued or inherited or drafted or sentence_opener_status(doc, scope)
    return Weighed(status or ("planned" if to_come else "done"), cued is not None)
