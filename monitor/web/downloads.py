"""A listing of the JSON API as JSON, CSV or Parquet (?format=json|csv|parquet).

CSV is UTF-8 with a byte-order mark (spreadsheet programs then read Vietnamese right), lists and records as
JSON in their cell; Parquet keeps every column's type (lists stay lists, dates dates).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
from collections.abc import Sequence
from enum import StrEnum
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from fastapi.responses import JSONResponse, Response

PARQUET = "application/vnd.apache.parquet"


class Format(StrEnum):
    json = "json"
    csv = "csv"
    parquet = "parquet"


def plain(value: Any) -> Any:
    """A value as JSON gives it: dates in ISO form, whole floats as ints, nan as null; lists and records inside."""
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return None
        return int(value) if value.is_integer() else value
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    return value


def listing(rows: list[dict[str, Any]], columns: Sequence[str], fmt: Format, name: str) -> Response:
    """The rows' columns as the format asks: JSON {"rows": [...]}, or a CSV or Parquet file named `name`."""
    if fmt is Format.csv:
        return _attachment(csv_bytes(rows, columns), "text/csv; charset=utf-8", f"{name}.csv")
    if fmt is Format.parquet:
        return _attachment(parquet_bytes(rows, columns), PARQUET, f"{name}.parquet")
    shown = [{column: row.get(column) for column in columns} for row in rows]  # the same columns in every format
    return JSONResponse({"rows": plain(shown)})


def json_rows(array: str) -> Response:
    """{"rows": array}, the array already JSON (written by the store)."""
    return Response('{"rows":' + array + "}", media_type="application/json")


def parquet_of_table(table: pa.Table, name: str) -> Response:
    """A Parquet file of an Arrow table (as the store gives it: every type kept)."""
    buffer = io.BytesIO()
    pq.write_table(table, buffer)
    return _attachment(buffer.getvalue(), PARQUET, f"{name}.parquet")


def csv_bytes(rows: list[dict[str, Any]], columns: Sequence[str]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(column)) for column in columns])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list | tuple | dict):
        return json.dumps(plain(value), ensure_ascii=False)
    return plain(value)


def parquet_bytes(rows: list[dict[str, Any]], columns: Sequence[str]) -> bytes:
    table = pa.table({column: pa.array([row.get(column) for row in rows]) for column in columns})
    buffer = io.BytesIO()
    pq.write_table(table, buffer)
    return buffer.getvalue()


def _attachment(body: bytes, media_type: str, filename: str) -> Response:
    return Response(body, media_type=media_type, headers={"Content-Disposition": f'attachment; filename="{filename}"'})
