"""The reference figures: what contemporary coverage attributes to the report.

`reference/` holds two CSVs rebuilt from news coverage that cites the report
(see reference/README.md). They are a yardstick, not ground truth. This module
turns both into one tidy table shaped like the claims table, so a source's
value and the reference's can be compared row by row. Every row keeps a
`ref_id` ("file:row") and its source URLs. An empty cell means "no figure
found", never zero, so no row is made for it.
"""

from __future__ import annotations

import csv
import io
import math
import re
from pathlib import Path

import pandas as pd

from analysis.core.codebook import MEASURES
from analysis.core.errors import InputError
from analysis.core.intervals import DEFAULT_TOLERANCE, interval

COUNTRIES = "soufan2017_countries.csv"
AGGREGATES = "soufan2017_aggregates.csv"
COLUMNS = ["ref_id", "entity", "measure", "value", "unit", "qualifier", "value_low", "value_high",
           "confidence", "note", "sources"]

#: The schema of each file: its required columns, and which of them hold a figure ("value") and
#: whether that figure may be empty ("no figure found"). Other columns are free text.
SCHEMA = {
    COUNTRIES: {"columns": ("iso3", "country", "departed", "departed_qualifier", "returned", "returned_qualifier",
                            "confidence", "note", "sources"),
                "values": {"departed": True, "returned": True}},
    AGGREGATES: {"columns": ("entity", "measure", "value", "qualifier", "confidence", "note", "sources"),
                 "values": {"value": False}},
}
#: A figure as the reference writes it: plain digits, optionally a decimal point; no sign, separator or words.
_FIGURE = re.compile(r"\d+(?:\.\d+)?")


def load(reference_dir: str | Path, approx_tolerance: float = DEFAULT_TOLERANCE) -> pd.DataFrame:
    """Long-form reference table: one row per (entity, measure) figure.

    Both files are checked against `SCHEMA` first; the first bad cell raises
    InputError naming the file, line and column (a negative or misread figure
    would otherwise become a high-severity finding against every article).
    """
    folder = Path(reference_dir)
    for name in (COUNTRIES, AGGREGATES):
        if not (folder / name).is_file():
            raise InputError(folder / name, "reference file not found")
    countries = read(folder / COUNTRIES)
    aggregates = read(folder / AGGREGATES)
    rows = []
    for line, r in countries:
        for measure in ("departed", "returned"):
            if r[measure].strip():
                rows.append(_row(f"{COUNTRIES}:{line}", r["iso3"], measure, r[measure], r[f"{measure}_qualifier"],
                                 r, approx_tolerance))
    for line, r in aggregates:
        rows.append(_row(f"{AGGREGATES}:{line}", r["entity"], r["measure"], r["value"], r["qualifier"], r,
                         approx_tolerance))
    return pd.DataFrame(rows, columns=COLUMNS).sort_values(["entity", "measure", "ref_id"], kind="stable",
                                                          ignore_index=True)


def read(path: Path) -> list[tuple[int, dict[str, str]]]:
    """(line, row) for each data row of one reference CSV, validated against its SCHEMA entry.

    `line` counts records as the ref_id does (header = line 1). Raises
    InputError for an empty, binary or non-UTF-8 file, a missing column, a
    row of the wrong width, and a figure that is not a plain non-negative number.
    """
    schema = SCHEMA[path.name]
    records = _records(path)
    if not records:
        raise InputError(path, "reference file is empty")
    header = records[0]
    missing = [c for c in schema["columns"] if c not in header]
    if missing:
        raise InputError(path, f"line 1: missing column(s) {', '.join(map(repr, missing))}")
    out = []
    for i, cells in enumerate(records[1:], start=2):
        if len(cells) != len(header):
            raise InputError(path, f"line {i} has {len(cells)} fields, the header has {len(header)}")
        row = dict(zip(header, cells))
        for column, may_be_empty in schema["values"].items():
            _check_figure(path, i, column, row[column], may_be_empty)
        out.append((i, row))
    return out


def _records(path: Path) -> list[list[str]]:
    """The CSV records of `path`, decoded as UTF-8; binary or undecodable bytes raise with their offset."""
    data = path.read_bytes()
    if not data.strip():
        raise InputError(path, "reference file is empty")
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(path, f"reference file contains a NUL byte at offset {nul}: binary data, not a CSV")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise InputError(path, f"line {line}: not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})") from None
    try:
        return [r for r in csv.reader(io.StringIO(text, newline="")) if r]
    except csv.Error as exc:
        raise InputError(path, f"not a readable CSV ({exc})") from None


def _check_figure(path: Path, line: int, column: str, cell: str, may_be_empty: bool) -> None:
    """A figure cell must be digits with an optional decimal point: no sign, separators, words, nan or inf."""
    s = cell.strip()
    where = f"line {line}, column {column!r}: {cell!r}"
    if not s:
        if may_be_empty:
            return
        raise InputError(path, f"{where} is empty; every row of this file needs a figure")
    if _FIGURE.fullmatch(s):
        return
    try:
        v = float(s)
    except ValueError:
        raise InputError(path, f"{where} is not a number (write digits only, e.g. 3417)") from None
    if not math.isfinite(v):
        raise InputError(path, f"{where} is not a finite number")
    if v < 0:
        raise InputError(path, f"{where} is negative; a count or share cannot be")
    raise InputError(path, f"{where} is not written as plain digits (e.g. 3417)")


def _row(ref_id, entity, measure, value, qualifier, r, tolerance) -> dict:
    if measure not in MEASURES:
        raise InputError(ref_id, f"unknown measure {measure!r} in the reference")
    unit = MEASURES[measure][0]
    v = float(value)
    low, high = interval(v, qualifier, unit, tolerance)
    return {"ref_id": ref_id, "entity": entity, "measure": measure, "value": v, "unit": unit,
            "qualifier": qualifier.strip().lower(), "value_low": low, "value_high": high,
            "confidence": r.get("confidence", ""), "note": r.get("note", ""), "sources": r.get("sources", "")}
