"""After a writer: the search index beside the store catches up (tantivy is loaded only when called)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path


def refresh_search(db: str | Path, warn: Callable[[str], None] | None = None) -> int:
    """Bring the search index beside the store at db up to date; call it after the writer let go of the file.

    Returns how many articles it indexed or dropped. The index is a convenience beside the store: a failure
    is a one-line warning (through warn, else on stderr), never the writer's failure; the next refresh
    (of any writer, or of `monitor serve`) catches up.
    """
    from monitor.store.search import SearchIndex  # tantivy is loaded only by the commands that write

    try:
        return SearchIndex.for_store(db).refresh(db)
    except Exception as error:
        reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        message = f"warning: search index not updated ({reason}); the next refresh catches up"
        if warn is not None:
            warn(message)
        else:
            print(message, file=sys.stderr, flush=True)
        return 0
