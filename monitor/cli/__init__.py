"""The `monitor` command: a thin layer over crawl, extract and store.

Results go to stdout; progress, warnings and errors to stderr, one line each. Exit status: 0 when
every input was processed, 1 when some failed (the others were processed), 2 for a usage error.
"""

from __future__ import annotations

from collections.abc import Sequence

# each module registers its commands on the group
from monitor.cli import crawling, digesting, extracting, maintaining, migrating, reading  # noqa: F401
from monitor.cli.base import MAX_DELAY, Finite, Given, Whole, cli
from monitor.facts import FACT_FIELDS
from monitor.search_command import search_command
from monitor.web.command import serve

cli.add_command(serve)
cli.add_command(search_command)


def main(argv: Sequence[str] | None = None) -> None:
    cli.main(args=list(argv) if argv is not None else None, prog_name="monitor")


# field names for external tools (README "The store" documents them)
__all__ = ["FACT_FIELDS", "MAX_DELAY", "Finite", "Given", "Whole", "cli", "main"]
