"""The run's CSV tables read as text, and the type each column is given in the workbook and the data package."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from analysis.report.catalog import TABLES

WORKBOOK = "coverage_tables.xlsx"
DATAPACKAGE = "datapackage.json"
WIDE = "wide"
WIDE_INDEX = "sources.csv"
#: Tables without which there is nothing to hand off (the others become sheets and resources when present).
REQUIRED = ("claims.csv", "documents.csv")
QUALIFIER = " qualifier"
#: Workbook sheet -> the outputs/ table it holds, in sheet order (after README).
SHEETS = {"documents": "documents", "claims": "claims", "findings": "discrepancies", "citations": "citations",
          "return_rates": "return_rates", "rate_estimates": "return_rate_estimates"}
_INTEGER = re.compile(r"-?(0|[1-9]\d*)")
_NUMBER = re.compile(r"-?((0|[1-9]\d*)(\.\d*)?|\.\d+)([eE][-+]?\d+)?|-?inf|nan")
_BOOLEAN = {"True", "False"}
#: Ids, keys and dates are text whatever their cells look like: articles named 1.txt, 2.txt have doc_ids "1", "2".
_TEXT_COLUMNS = re.compile(r"doc_[ab]|(.*_)?ids?|(other_)?entity|source|region|published(_[ab])?")


CONVENTIONS = [
    "Every sheet is a copy of the CSV of the same name in outputs/ (the CSV is the authoritative copy).",
    "An empty cell means no value (unknown, or not applicable), never zero.",
    "`inf` (text) in a *_high column means the interval is open-ended ('at least', 'more than').",
    "Lists of ids (claim_ids, ref_ids, doc_ids) are separated by `;`. A claim_id is doc_id#offset; a ref_id is "
    "file:line of the reference CSVs.",
    "Control characters a spreadsheet cannot hold are shown as U+FFFD, and text longer than 32,767 characters "
    "is cut: quotes and offsets are exact in the CSVs only.",
    "Text that starts like a formula (= + - @) is stored as text, never as a formula.",
]


def read_text_table(path: Path) -> pd.DataFrame:
    """A CSV exactly as written: every cell a string, empty cells empty (no NaN guessing, no type guessing)."""
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def field_types(table: str, df: pd.DataFrame) -> dict[str, str]:
    """Table Schema type of each column: declared where the code knows it, else read from the cells.

    The pandera schemas (claims, documents, skipped numbers) and the
    catalog's overrides win, because a column of digits (number_text) is
    still text and an often-empty column (score) is still a number; ids and
    keys are always text. Other columns take the type their cells show.
    """
    spec = TABLES.get(table)
    declared = {**_schema_types(table), **(spec.types if spec else {})}
    return {c: declared.get(c) or ("string" if _TEXT_COLUMNS.fullmatch(c) else infer_type(df[c])) for c in df.columns}


def _schema_types(table: str) -> dict[str, str]:
    from analysis.core import schema

    frame = {"claims": schema.CLAIMS, "documents": schema.DOCUMENTS, "skipped_numbers": schema.SKIPPED}.get(table)
    if frame is None:
        return {}
    kinds = {"int": "integer", "float": "number", "bool": "boolean"}
    return {c: next((t for k, t in kinds.items() if k in str(col.dtype)), "string") for c, col in frame.columns.items()}


def infer_type(cells: pd.Series) -> str:
    """integer, number, boolean or string from the non-empty cells; string (the default) if every cell is empty.

    Numbers with a leading zero stay text (an id such as 007 must keep its
    zeros in a spreadsheet).
    """
    values = cells[cells != ""]
    if values.empty:
        return "string"
    if values.map(lambda v: bool(_INTEGER.fullmatch(v))).all():
        return "integer"
    if values.map(lambda v: bool(_NUMBER.fullmatch(v))).all():
        return "number"
    if set(values) <= _BOOLEAN:
        return "boolean"
    return "string"


def typed(cells: pd.Series, kind: str) -> list:
    """Cells as Python values for a spreadsheet: numbers as numbers, empty as None, `inf` kept as text."""
    def one(v: str):
        if v == "":
            return None
        if kind == "integer":
            return int(v)
        if kind == "number":
            return v if v.lstrip("-") in ("inf", "nan") else float(v)
        if kind == "boolean":
            return v == "True"
        return v
    return [one(v) for v in cells]
