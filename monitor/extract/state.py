"""What the article is talking about at a point of its reading (State): the place, paragraph, date and span
under discussion, the document whose content the text tells, the figures told so far and the bulletin's status.
read_article makes it; the sentence reading (sentence_reading.py) carries it from sentence to sentence."""

from __future__ import annotations

from dataclasses import dataclass, field

from monitor.extract.context import Reading
from monitor.extract.dates import ResolvedDate
from monitor.extract.numbers import Quantity
from monitor.extract.where import Whereabouts


@dataclass
class State:
    """What the article is talking about at this point."""

    place: Whereabouts = field(default_factory=Whereabouts)
    paragraph: int = -1
    date: ResolvedDate | None = None
    # the last span figures were told for in the text ("từ 1/7 đến 30/9")
    reported_span: ResolvedDate | None = None
    # the text tells a draft's or a plan's content ("Theo dự thảo, …", "UBND tỉnh vừa ban hành kế hoạch …"): later
    # figures with no cue of their own are its too, in its status (proposed, planned)
    telling: str | None = None
    # the document the last sentence said was issued, at any time (kind, status): a sentence opening on its content
    # ("Theo đó, …") tells it
    issued: tuple[str, str | None] | None = None
    told: dict[tuple[float, str | None], Reading] = field(default_factory=dict)  # figures read so far
    thresholds: set[tuple[float, str | None]] = field(default_factory=set)  # bounds picking a group, not figures
    last_figure: tuple[Quantity, Reading] | None = None  # the last figure read, with its reading
    # the date of the last share read: a list ranked after it ("Các địa phương xếp sau:") is told for its date
    share_date: tuple[ResolvedDate | None, str | None] = (None, None)
    # "opening": the paragraph so far told a span and no figure ("… báo cáo kết quả từ ngày 1/7 đến ngày 23/9."),
    # opening a report whose figures follow; "lines": a run of bulletin lines after such an opening
    opens_report: str | None = None
    # the last paragraph was one short line: a short form's lines go on in the date the one before told
    short_line: bool = False
    # where the headline ends, and the past calendar span it names when its lines follow ("Đồng Tháp: chỉ số phục vụ
    # người dân (tháng 10/2025)" over "92,7% | hồ sơ giải quyết trước và đúng hạn"): lines with no date of their own,
    # up to the first paragraph of prose, are told for it
    headline_end: int = 0
    headline_span: ResolvedDate | None = None
    # the status the headline or the lead gives a bulletin's "label: value" lines under no lead: "proposed" when it
    # names a proposal ("Cà Mau trình mức hỗ trợ …")
    bulletin: str | None = None
    # the headline or the lead names an instruction: a bulletin line's aim (a bounded share, 100%) is its target
    instructed: bool = False
