"""Facts as columns: one Arrow schema for every kind of fact, and Parquet output (`--format parquet`).

The schema is generated from the fact models, so it follows them as `schemas/` does: one column per field
name across the four kinds, in the order the records write them, null where a kind has no such field.
Types: whole numbers int64, other numbers float64 (`number`, `low`, `high`, `lat`, ...), days date32
(`earliest`, `latest`, `reference_date`, `date_value`), true/false bool, everything else a string. SPEC's
`value` is a number on amounts and counts and a string on dates, so in this one table it is a string (its
JSON text: "96400000000", "2021-03"); the typed columns `number` and `date_value` are what to compute on.

pyarrow is an optional dependency (`pip install "newsfacts[parquet]"`); nothing else imports this module.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
import types
import typing
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from pydantic.fields import FieldInfo

from .models import AmountFact, CountFact, DateFact, PlaceFact

__all__ = ["FactWriter", "fact_schema"]

_KINDS = (AmountFact, CountFact, DateFact, PlaceFact)
_DAY_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
_ROWS_PER_GROUP = 50_000


def fact_schema() -> pa.Schema:
    """The Arrow schema of a table of facts of every kind."""
    columns: dict[str, pa.DataType] = {}
    for model in _KINDS:
        for name, info in model.model_fields.items():
            kind = pa.string() if name == "value" else _arrow_type(info)
            if columns.setdefault(name, kind) != kind:
                raise TypeError(f"fact field {name!r} has two types across kinds")
    return pa.schema([pa.field(name, kind, nullable=name != "kind") for name, kind in columns.items()])


def _arrow_type(info: FieldInfo) -> pa.DataType:
    if any(getattr(m, "pattern", None) == _DAY_PATTERN for m in info.metadata):
        return pa.date32()
    args = [a for a in typing.get_args(info.annotation) if a is not type(None)]
    if isinstance(info.annotation, types.UnionType) or typing.get_origin(info.annotation) is typing.Union:
        if len(args) == 1:  # X | None
            return _arrow_type(FieldInfo.from_annotation(args[0]))
        if set(args) == {int, float}:
            return pa.float64()
    annotation = typing.get_origin(info.annotation) or info.annotation
    return _SCALARS.get(annotation, pa.string())


_SCALARS: dict[Any, pa.DataType] = {
    int: pa.int64(),
    float: pa.float64(),
    bool: pa.bool_(),
    dt.date: pa.date32(),
}


class FactWriter:
    """Facts to a Parquet file, written whole or not at all: row groups go to a temporary file beside the
    target, which replaces it on close(); abort() (or an exception inside `with`) removes it."""

    def __init__(self, path: str) -> None:
        self.target = Path(path)
        self.schema = fact_schema()
        fd, self._tmp = tempfile.mkstemp(prefix=f".{self.target.name}.", suffix=".part", dir=self.target.parent)
        os.close(fd)
        self._writer = pq.ParquetWriter(self._tmp, self.schema)
        self._rows: list[dict[str, Any]] = []
        self._days = [f.name for f in self.schema if f.type == pa.date32()]

    def write(self, facts: Iterable[Any]) -> None:
        for fact in facts:
            row = fact.model_dump()
            if "value" in row and row["value"] is not None:
                row["value"] = row["value"] if isinstance(row["value"], str) else json.dumps(row["value"])
            for name in self._days:
                if isinstance(row.get(name), str):
                    row[name] = dt.date.fromisoformat(row[name])
            self._rows.append(row)
        if len(self._rows) >= _ROWS_PER_GROUP:
            self._flush()

    def _flush(self) -> None:
        if self._rows:
            self._writer.write_table(pa.Table.from_pylist(self._rows, schema=self.schema))
            self._rows = []

    def close(self) -> None:
        self._flush()
        self._writer.close()
        os.replace(self._tmp, self.target)

    def abort(self) -> None:
        self._writer.close()
        Path(self._tmp).unlink(missing_ok=True)

    def __enter__(self) -> FactWriter:
        return self

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()
