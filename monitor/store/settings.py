"""The store's limits, from environment variables, each checked: a bad value is one line (BadSetting).

$MONITOR_LOCK_WAIT      seconds any command waits for another process to let go of the file (30)
$MONITOR_QUERY_TIMEOUT  seconds a researcher's query may run (20); always shorter than the lock wait,
                        so a reader never holds the file longer than a writer waits for it
$MONITOR_QUERY_MEMORY   memory a reading connection may use (1GB); past it the query stops
$MONITOR_QUERY_TEMP     disk a reading connection may spill to (1GB), in a private temporary folder
"""

from __future__ import annotations

import math
import os
import re

from monitor.store.errors import BadSetting

LOCK_WAIT = 30.0
QUERY_TIMEOUT = 20.0  # below LOCK_WAIT: see query_timeout()
QUERY_MEMORY = "1GB"
QUERY_TEMP = "1GB"
MAX_SECONDS = 86_400.0
MIN_BYTES = 16 * 2**20

_UNITS = {
    "b": 1,
    "kb": 10**3,
    "mb": 10**6,
    "gb": 10**9,
    "tb": 10**12,
    "kib": 2**10,
    "mib": 2**20,
    "gib": 2**30,
    "tib": 2**40,
}
_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([kmgt]i?b|b)\s*", re.IGNORECASE)


def _seconds(name: str) -> float | None:
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return None
    try:
        value = float(raw)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or not 0 < value <= MAX_SECONDS:
        raise BadSetting(f"${name} must be a number of seconds above 0 and at most {MAX_SECONDS:g}, not {raw!r}")
    return value


def lock_wait() -> float:
    """Seconds to wait for another process to let go of the file ($MONITOR_LOCK_WAIT, else 30)."""
    found = _seconds("MONITOR_LOCK_WAIT")
    return LOCK_WAIT if found is None else found


def query_timeout() -> float:
    """Seconds a query may run: always shorter than the lock wait, so no reader keeps a writer out.

    $MONITOR_QUERY_TIMEOUT if set (and below the lock wait: else BadSetting); else 20 s, or two
    thirds of a $MONITOR_LOCK_WAIT set lower than that.
    """
    wait = lock_wait()
    found = _seconds("MONITOR_QUERY_TIMEOUT")
    if found is None:
        return min(QUERY_TIMEOUT, wait * QUERY_TIMEOUT / LOCK_WAIT)
    if found >= wait:
        raise BadSetting(
            f"$MONITOR_QUERY_TIMEOUT ({found:g} s) must be shorter than $MONITOR_LOCK_WAIT ({wait:g} s): "
            "a query holds the file while writers wait for it; lower the one or raise the other"
        )
    return found


def _size(name: str, default: str) -> int:
    raw = os.environ.get(name)
    text = default if raw is None or not raw.strip() else raw
    match = _SIZE.fullmatch(text)
    size = int(float(match.group(1)) * _UNITS[match.group(2).lower()]) if match else 0
    if size < MIN_BYTES or size > 2**50:
        raise BadSetting(f"${name} must be a size from 16MiB up, such as 1GB or 512MB, not {raw!r}")
    return size


def query_memory() -> int:
    """Bytes of memory a reading connection may use ($MONITOR_QUERY_MEMORY, else 1GB)."""
    return _size("MONITOR_QUERY_MEMORY", QUERY_MEMORY)


def query_temp() -> int:
    """Bytes of temporary disk a reading connection may spill to ($MONITOR_QUERY_TEMP, else 1GB)."""
    return _size("MONITOR_QUERY_TEMP", QUERY_TEMP)


def human(size: int) -> str:
    """1000000000 -> '1 GB' (for messages)."""
    for unit, factor in (("TB", 10**12), ("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if size >= factor:
            return f"{size / factor:.3g} {unit}"
    return f"{size} B"
