"""How results are printed on stdout: tables for people, CSV and JSON for tools."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from collections.abc import Iterable, Sequence
from typing import Any

from rich.console import Console
from rich.table import Table

from monitor.facts import Fact
from monitor.store import (
    Result,
    with_breakdowns,
)
from monitor.text import vietnamese_number


def stdout_console() -> Console:
    width = None if sys.stdout.isatty() else 200
    return Console(file=sys.stdout, width=width, highlight=False, soft_wrap=False)


_TIMELINE_COLUMNS = ["province", "commune", "as_of", "metric", "detail", "value", "unit", "status", "change", "sources"]


# a timeline row's detail: what tells its series apart from the others of its metric
_SERIES_DETAIL = ("kind", "level", "specialty", "population")


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def print_result(result: Result, fmt: str) -> None:
    rows = [[_plain(v) for v in row] for row in result.rows]
    if fmt == "json":
        sys.stdout.write(
            json.dumps([dict(zip(result.columns, row, strict=True)) for row in rows], ensure_ascii=False, indent=1)
            + "\n"
        )
    elif fmt == "csv":  # lists as JSON, as in `monitor export --format csv`
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(result.columns)
        writer.writerows(
            [json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v for v in row] for row in rows
        )
    else:
        print_table(result.columns, rows)


def print_table(columns: Sequence[str], rows: Iterable[Sequence[Any]], title: str | None = None) -> None:
    table = Table(*columns, title=title, show_lines=False, header_style="bold")
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    stdout_console().print(table)


def _detail(row: dict[str, Any]) -> str:
    """kind, level, specialty, population, then what a figure without a value is about (as the store's `detail`)."""
    parts = [row.get(name) for name in _SERIES_DETAIL]
    if "detail" in row:
        parts.append(row["detail"])
    elif row.get("ref"):
        parts.append(f"{row.get('doc_type') or ''} {row['ref']}".strip())
    elif row.get("specialties"):
        parts.append(", ".join(row["specialties"]))
    else:
        parts.append(row.get("subject"))
    return " ".join(str(p) for p in parts if p)


def _value(row: dict[str, Any]) -> str:
    if row.get("value") is None:
        return ""
    text = vietnamese_number(row["value"])
    if row.get("value_max") is not None:
        text += f"–{vietnamese_number(row['value_max'])}"
    if row.get("total") is not None:
        text += f"/{vietnamese_number(row['total'])}"
    approx = {"more_than": ">", "nearly": "≈<", "about": "~", "at_least": "≥", "less_than": "<", "at_most": "≤"}
    return approx.get(row.get("approx") or "", "") + text


def print_timeline(result: Result) -> None:
    rows = []
    points = [dict(zip(result.columns, raw, strict=True)) for raw in result.rows]
    for row in with_breakdowns(points):
        rows.append(
            [
                row["province"] or "(national / unknown)",
                row["commune"] or "",
                _plain(row["as_of"]) or "",
                row["metric"],
                "  " * row["depth"] + ("└ " if row["depth"] else "") + _detail(row),
                _value(row) + (" ⚠ " + " | ".join(map(vietnamese_number, row["values"])) if row["conflict"] else ""),
                row["unit"],
                row["status"],
                _change(row),
                f"{row['n_sources']}: {', '.join(row['sources'])}",
            ]
        )
    print_table(_TIMELINE_COLUMNS, rows, title=f"Timeline: {len(rows)} points")


def _change(row: dict[str, Any]) -> str:
    """ "+85 (from 250 on 2025-08-25)"; a status step: "proposed 19.200.000.000 on 2025-08-01 →"; a difference
    the change gate withheld: "not compared with 9.860 on 2025-08-20: <why>"."""
    if row.get("step_from_status"):
        return f"{row['step_from_status']} {vietnamese_number(row['step_from_value'])} on {row['step_from_as_of']} →"
    change = row.get("change")
    if change is None and not row.get("withheld"):
        return ""
    previous = f"{vietnamese_number(row['previous_value'])} on {row['previous_as_of']}"
    if change is None:  # the change gate: shown as not compared, with why
        return f"not compared with {previous}: {row['withheld']}"
    sign = "±" if change == 0 else ("+" if change > 0 else "−")
    return f"{sign}{vietnamese_number(abs(change))} (from {previous})"


def print_facts(facts: list[Fact]) -> None:
    rows = []
    for fact in facts:
        row = fact.to_json()
        evidence = fact.evidence if len(fact.evidence) <= 90 else fact.evidence[:87] + "…"
        rows.append(
            [
                fact.doc,
                fact.province or "",
                fact.metric,
                _detail(row),
                _value(row),
                fact.unit or "",
                _plain(fact.as_of) or "",
                fact.status or "",
                evidence,
            ]
        )
    print_table(
        ["doc", "province", "metric", "detail", "value", "unit", "as_of", "status", "evidence"],
        rows,
        title=f"{len(facts)} facts",
    )
