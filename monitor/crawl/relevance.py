"""Is a page about the two-tier local-government reform? A small rule over cue phrases."""

from __future__ import annotations

import re
import unicodedata

# An article is kept when its title and text together contain at least MIN_CUES distinct cues.
MIN_CUES = 2

# Cue phrases, matched as whole words, ignoring case. One phrase alone proves little ("phường"
# is in every address), two together rarely appear outside reform news.
CUES = (
    "chính quyền địa phương hai cấp",  # the reform's name
    "chính quyền địa phương 2 cấp",  # the same, written with a digit
    "chính quyền hai cấp",  # short form
    "chính quyền 2 cấp",  # short form with a digit
    "mô hình hai cấp",  # "theo mô hình hai cấp"
    "mô hình 2 cấp",  # the same, with a digit
    "cấp xã",  # the commune level, where the staff are sent
    "biệt phái",  # seconding staff to communes
    "điều động",  # transferring staff
    "luân chuyển",  # rotating staff
    "thủ tục hành chính",  # administrative procedures handled by communes
    "TTHC",  # abbreviation of thủ tục hành chính
    "hồ sơ",  # dossiers received and resolved
    "sáp nhập",  # merging provinces and communes
    "sắp xếp đơn vị hành chính",  # the official name of the merger
    "Sở Nội vụ",  # provincial Department of Home Affairs, which runs staffing
    "phường",  # ward: urban commune-level unit
    "đặc khu",  # special zone: island commune-level unit
    "dịch vụ công",  # public (online) services
    "hành chính công",  # public administration service centres
)


# Phrases that hold a cue's words but mean something else: masked before the cues are looked for.
NOT_CUES = (
    "trợ cấp xã hội",  # social allowance, not "cấp xã"
)


def _pattern(phrase: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(_fold(phrase))}(?!\w)")


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


_PATTERNS = tuple((cue, _pattern(cue)) for cue in CUES)
_NOT_CUES = re.compile("|".join(_pattern(phrase).pattern for phrase in NOT_CUES))


def matched_cues(text: str) -> list[str]:
    """The distinct cue phrases found in text, in CUES order."""
    folded = _NOT_CUES.sub(" ", _fold(text))
    return [cue for cue, pattern in _PATTERNS if pattern.search(folded)]


def is_relevant(title: str, text: str) -> bool:
    """True when title and text together hold at least MIN_CUES distinct cues."""
    return len(matched_cues(f"{title}\n{text}")) >= MIN_CUES
